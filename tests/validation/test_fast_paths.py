# SPDX-License-Identifier: MIT
"""The quick ways the validator takes give the verdicts of the slow ones.

A valid file is judged by libxml2's XSD check alone; xmlschema explains a file that is not.
The two must agree on every fixture. The Schematron rules look back only to the nearest page
break; a page break inside a note must not change the page a later note is counted on.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from edition import validate
from edition.errors import XMLInputError
from edition.xmlsafe import parse_xml

HERE = Path(__file__).parent
FIXTURES = sorted((HERE / "broken").glob("*.xml")) + sorted((HERE / "valid").glob("*.xml"))
MINIMAL = (HERE / "valid" / "minimal.xml").read_text(encoding="utf-8")
BODY_START = '<p xml:id="p1">'
BODY_END = '</div>\n    </body>'


@pytest.mark.parametrize("path", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_libxml2_and_xmlschema_agree_on_every_fixture(path: Path):
    try:
        tree = parse_xml(path)
    except XMLInputError:
        pytest.skip("not well-formed: the parser refuses it before any schema")
    fast = validate._fast_xsd().validate(tree)
    slow = not list(validate._xsd().iter_errors(tree))
    assert fast == slow


def _with_paragraphs(tmp_path: Path, paragraphs: str) -> Path:
    start = MINIMAL.index(BODY_START)
    end = MINIMAL.index(BODY_END)
    path = tmp_path / "notes.xml"
    path.write_text(MINIMAL[:start] + paragraphs + "\n      " + MINIMAL[end:], encoding="utf-8")
    return path


def _messages(path: Path) -> list[str]:
    return [p.message for p in validate.validate_file(path, tei_all=False)]


def test_a_note_carried_over_a_page_leaves_the_next_note_on_the_body_page(tmp_path):
    # note 1 runs on to page 4 in the foot; the next note marked on page 3 is 2, not a new 1
    paragraphs = ('<p xml:id="p1">One.<note place="foot" n="1" xml:id="n1">Begins <pb n="4"/> ends.</note> '
                  'Two.<note place="foot" n="1" xml:id="n2">Again number one.</note></p>')
    assert any("duplicate note number" in m for m in _messages(_with_paragraphs(tmp_path, paragraphs)))


def test_numbers_restart_after_the_body_turns_the_page(tmp_path):
    paragraphs = ('<p xml:id="p1">One.<note place="foot" n="1" xml:id="n1">Begins <pb n="4"/> ends.</note> '
                  'Text.<pb n="4"/> More.<note place="foot" n="1" xml:id="n2">First on page 4.</note></p>')
    messages = _messages(_with_paragraphs(tmp_path, paragraphs))
    assert not [m for m in messages if "duplicate note number" in m], messages


def test_page_order_is_checked_across_an_unnumbered_page_break(tmp_path):
    paragraphs = '<p xml:id="p1">One.<pb n="9"/> Two.<pb/> Three.<pb n="iv"/> Four.<pb n="5"/> Five.</p>'
    messages = _messages(_with_paragraphs(tmp_path, paragraphs))
    assert any("page numbers not increasing" in m and "n='5'" in m and "n='9'" in m for m in messages), messages

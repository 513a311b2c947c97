# SPDX-License-Identifier: MIT
"""A note printed in paragraphs keeps them: transcribers' bracketed notes and e-texts' gathered
notes hold a blank line between a note's paragraphs; such a note is TEI note/p."""
from __future__ import annotations

from .conftest import NS


def _notes(root):
    return root.findall(".//t:text//t:note[@place='foot']", NS)


def _paragraphs(note) -> list[str]:
    return [" ".join("".join(p.itertext()).split()) for p in note.findall("t:p", NS)]


GUTENBERG = """\
CHAPTER I.

THE MILL AT THE FORD.

The miller kept his accounts in a book that still survives.[1] Its
entries run from one harvest to the next, and the hand changes twice.

The second hand is the miller's daughter's.[2]

[Footnote 1: The book is now in the county archive.

It was rebound in the last century, and two leaves were lost then.]

[Footnote 2: So the parish register suggests.]
"""


def test_a_bracketed_note_in_two_paragraphs_keeps_them(convert):
    root, _ = convert(GUTENBERG, form="gutenberg")
    first, second = _notes(root)
    assert _paragraphs(first) == ["The book is now in the county archive.",
                                  "It was rebound in the last century, and two leaves were lost then."]
    assert not (first.text or "").strip()
    # a note of one paragraph stays phrase content
    assert second.findall("t:p", NS) == []
    assert "".join(second.itertext()).strip() == "So the parish register suggests."


GATHERED = """\
THE FERRY.

The ferry was worked by a chain.[1] The chain broke in a flood.[2]

[1] The chain was forged at the smithy on the hill, and was renewed
every twenty years.

The last renewal is recorded on a stone by the landing.

[2] In the great flood of that spring.

THE BRIDGE.

A bridge replaced the ferry.
"""


def test_a_gathered_note_running_over_paragraphs_keeps_them(convert):
    root, _ = convert(GATHERED, form="gutenberg")
    first, second = _notes(root)
    assert _paragraphs(first) == [
        "The chain was forged at the smithy on the hill, and was renewed every twenty years.",
        "The last renewal is recorded on a stone by the landing."]
    assert "".join(second.itertext()).strip() == "In the great flood of that spring."


DP = """\
-----File: 001.png---\\alice\\bob\\-----

The letters were kept in a chest.[1]

[Footnote 1: The chest is described in the inventory of the house.

Its lock was broken when the letters were found.]

-----File: 002.png---\\alice\\bob\\-----

They were read aloud to the family.
"""


def test_a_proofread_note_in_paragraphs_keeps_them(convert):
    root, _ = convert(DP, form="dp-pages")
    (note,) = _notes(root)
    assert _paragraphs(note) == ["The chest is described in the inventory of the house.",
                                 "Its lock was broken when the letters were found."]


def test_notes_in_paragraphs_validate_and_render(convert, tmp_path):
    from lxml import etree

    from edition.validate import validate_files
    root, _ = convert(GUTENBERG, form="gutenberg")
    out = tmp_path / "notes.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    problems = validate_files([out], tei_all=True)
    assert not problems, "\n".join(map(str, problems))

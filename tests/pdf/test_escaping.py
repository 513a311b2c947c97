# SPDX-License-Identifier: MIT
"""Every Typst special character of the TEI text prints as itself (text becomes string literals)."""
from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from edition.render.pdf import build_pdf

from test_content import reading_text

HERE = Path(__file__).resolve().parent
SPECIALS = HERE / "fixtures" / "typst-specials.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"


def printed_lines(pdf: Path) -> str:
    """The PDF's text with line ends undone. A hyphen glyph may be reported as U+00AD
    (the font subset maps one glyph to one character, shared with hyphenation), so a
    hyphen at a line end is taken as hyphenation and a U+00AD inside a line as '-'."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)
    text = re.sub(r"[\u00ad]\n", "", text)
    text = text.replace("\u00ad", "-")
    # a line may end inside a URL-like string: white space is not compared
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def specials_pdf(tmp_path_factory) -> Path:
    pdf = tmp_path_factory.mktemp("specials") / "typst-specials.pdf"
    build_pdf(SPECIALS, pdf)
    return pdf


def specials_paragraphs():
    from edition.xmlsafe import parse_xml
    root = parse_xml(SPECIALS).getroot()
    return [(p.get("{http://www.w3.org/XML/1998/namespace}id"),
             re.sub(r"\s+", " ", reading_text(p, skip_notes=True)).strip())
            for p in root.iter(TEI + "p")]


@pytest.mark.parametrize("pid,text", specials_paragraphs(), ids=[p for p, _ in specials_paragraphs()])
def test_paragraph_prints_character_for_character(specials_pdf, pid, text):
    assert re.sub(r"\s+", "", text) in printed_lines(specials_pdf)


def test_fixture_holds_every_special_character():
    text = "".join(t for _, t in specials_paragraphs())
    for char in "#$*_@<>\\`~[]/=-+'\"":
        assert char in text


def test_footnote_with_specials_prints_as_itself(specials_pdf):
    expected = 'Note with #, $, *, _, @, <, >, \\, `, ~, [, ], /, =, -, +, \', ".'
    assert re.sub(r"\s+", "", expected) in printed_lines(specials_pdf)


def test_title_and_heading_with_specials(specials_pdf):
    text = printed_lines(specials_pdf)
    assert re.sub(r"\s+", "", 'Typst #specials* _in_ $titles$ @and "quotes" \\ [brackets]') in text
    assert "Chapter#1:*all*the_specials_" in text


def test_quotes_are_not_made_smart_nor_dashes_joined(specials_pdf):
    text = printed_lines(specials_pdf)
    for wrong in "“”‘’–—…":
        assert wrong not in text


ESCAPE_XSL = HERE.parents[1] / "xslt" / "typst" / "escape.xsl"


@pytest.mark.parametrize("text,literal", [
    ("plain", '"plain"'),
    ('say "no"', '"say \\"no\\""'),
    ("back\\slash", '"back\\\\slash"'),
    ("#$*_@<>`~[]/=-+'", '"#$*_@<>`~[]/=-+\'"'),
    ("line\nbreak\ttab", '"line break tab"'),
])
def test_typst_string_escapes_backslash_and_quote_only(tmp_path, text, literal):
    from edition.render.saxon import transform
    stylesheet = tmp_path / "call.xsl"
    stylesheet.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:ed="urn:x-edition:xslt" xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xsl:include href="{ESCAPE_XSL.as_uri()}"/>
      <xsl:param name="text" as="xs:string"/>
      <xsl:output method="text"/>
      <xsl:template match="/"><xsl:value-of select="ed:typst-string($text)"/></xsl:template>
    </xsl:stylesheet>""", encoding="utf-8")
    source = tmp_path / "empty.xml"
    source.write_text("<empty/>", encoding="utf-8")
    assert transform(stylesheet, source, params={"text": text}) == literal


def test_generated_source_has_no_raw_text(specials_pdf):
    typ = specials_pdf.parent / "typst" / "typst-specials.typ"
    generated = typ.read_text(encoding="utf-8").split("// ---- generated from the TEI", 1)[1]
    # with every string literal removed, none of the fixture's words is left
    without_strings = re.sub(r'"(?:[^"\\]|\\.)*"', '""', generated)
    for word in ("hash", "dollar", "backslash", "tilde", "equals", "panic", "not code", "math"):
        assert word not in without_strings

# SPDX-License-Identifier: MIT
"""Verse and block quotations set off from the prose keep their shape: Distributed
Proofreaders' `/*` … `*/` and `/#` … `#/` marks, Project Gutenberg's indented blocks. A DP
footnote continued overleaf ("]*" | "*[Footnote: …]") is one note."""
from __future__ import annotations

from lxml import etree

from edition.validate import validate_files

from .conftest import NS, TEI, notes, reading

DP = ("-----File: 010.png---\n"
      "The song was sung at every harvest:[1]\n\n"
      "/*\nThe mill goes round, the mill goes round,\n  And grinds the corn to meal;\n\n"
      "The wheel is old, the stream is cold,\n  And all the miller's weal.\n*/\n\n"
      "and the charter said as much:\n\n/#\nNo miller shall take more than his due.\n\n"
      "Nor shall he grind on a feast day.\n#/\n\n"
      "[Footnote 1: Printed in the county\nhistory, vol. 2, where the editor]*\n"
      "-----File: 011.png---\n"
      "*[Footnote: adds a third stanza.]\n\n"
      "The next day he left the valley.\n")

GUTENBERG = ("CHAPTER II.\n\n"
             "The song was sung at every harvest, and the old people knew it by heart:\n\n"
             "    The mill goes round, the mill goes round,\n"
             "      And grinds the corn to meal;\n"
             "    The wheel is old, the stream is cold,\n"
             "      And all the miller's weal.\n\n"
             "                                        --_Old Song._\n\n"
             "The chronicler is more severe, and his words deserve to be given in full,\n"
             "for no other account of the mill survives:\n\n"
             "    the miller was a man of evil life, who took more than his due from\n"
             "    every sack, and ground on feast days, so that the abbot at length\n"
             "    forbade the people to bring him their corn.\n\n"
             "So the mill stood idle for a year.\n\n"
             "                    THE END\n")


def _valid(root, tmp_path) -> bool:
    out = tmp_path / "out.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    return not validate_files([out], tei_all=True)


def test_dp_verse_and_quotation_marks(convert, tmp_path):
    root, report = convert(DP, form="dp-pages")
    verse = root.findall(".//t:body//t:lg", NS)
    assert len(verse) == 3  # one poem of two stanzas
    stanzas = verse[0].findall("t:lg", NS)
    assert [[reading(line) for line in stanza.findall("t:l", NS)] for stanza in stanzas] == [
        ["The mill goes round, the mill goes round,", "And grinds the corn to meal;"],
        ["The wheel is old, the stream is cold,", "And all the miller's weal."]]
    quote = root.find(".//t:body//t:quote", NS)
    assert [reading(p) for p in quote.findall("t:p", NS)] == [
        "No miller shall take more than his due.", "Nor shall he grind on a feast day."]
    body = etree.tostring(root.find(".//t:body", NS), encoding="unicode")
    assert "/*" not in body and "#/" not in body
    assert [reading(n) for n in notes(root)] == [
        "Printed in the county history, vol. 2, where the editor adds a third stanza."]
    assert not report.warnings
    assert _valid(root, tmp_path)


def test_gutenberg_indented_verse_and_quotation(convert, tmp_path):
    root, _report = convert(GUTENBERG, form="gutenberg")
    body = root.find(".//t:body", NS)
    lines = [reading(line) for line in body.iter(f"{TEI}l")]
    assert lines == ["The mill goes round, the mill goes round,", "And grinds the corn to meal;",
                     "The wheel is old, the stream is cold,", "And all the miller's weal."]
    quote = body.find(".//t:quote", NS)
    assert reading(quote).startswith("the miller was a man of evil life, who took more")
    assert len(quote.findall("t:p", NS)) == 1
    # an attribution and a centred line in capitals stay as they were
    paragraphs = [reading(p) for p in body.iter(f"{TEI}p")]
    assert "--Old Song." in paragraphs
    assert not [q for q in body.iter(f"{TEI}quote") if "END" in reading(q)]
    assert _valid(root, tmp_path)


def test_a_text_indented_throughout_has_no_set_off_passages(convert):
    text = "".join(f"  Paragraph {k} of a text that indents every line,\n  as some e-texts do.\n\n"
                   for k in range(4))
    root, _report = convert(text, form="gutenberg")
    assert root.find(".//t:body//t:lg", NS) is None and root.find(".//t:body//t:quote", NS) is None

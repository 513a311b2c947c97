# SPDX-License-Identifier: MIT
"""Transcribers' "[Sidenote: …]" marks are margin notes at the start of the paragraph they stand
before (or where they stand inside one), in Distributed Proofreaders pages and Gutenberg texts;
footnotes around them keep their numbers and the TEI validates."""
from __future__ import annotations

from lxml import etree

from edition.validate import validate_files

from .conftest import NS, reading

DP = ("-----File: 001.png---\n"
      "[Sidenote: The charter of\nthe town.]\n\n"
      "The charter was granted in the spring, and the burgesses\n"
      "paid for it with the tolls of the bridge.[1]\n\n"
      "[Footnote 1: Town book, fol. 3.]\n\n"
      "The bridge fell [Sidenote: <i>Its fall.</i>] in the next winter.\n"
      "-----File: 002.png---\n"
      "A second paragraph on the next page.\n\n"
      "[Sidenote: Rebuilt.]\n")

GUTENBERG = ("CHAPTER I.\n\n[Sidenote: Tolls of the bridge [A.D. 1402].]\n\n"
             "The burgesses paid for the charter with the tolls of the bridge.[1]\n\n"
             "[Footnote 1: Town book.]\n\n[Side note: _Its fall._]\n\nThe bridge fell.\n")


def _margin(root) -> list[tuple[str, str]]:
    return [(reading(n), reading(n.getparent())) for n in root.iterfind(".//t:note[@place='margin']", NS)]


def test_dp_sidenotes_are_margin_notes_of_their_paragraph(convert, tmp_path):
    root, report = convert(DP, form="dp-pages")
    notes = root.findall(".//t:note[@place='margin']", NS)
    assert [reading(n) for n in notes] == ["The charter of the town.", "Its fall.", "Rebuilt."]
    first = notes[0].getparent()
    assert first.tag.endswith("}p") and first.index(notes[0]) == 0 and not (first.text or "").strip()
    assert reading(first).startswith("The charter was granted")
    assert notes[1].find("t:hi", NS) is not None
    assert "fell in the next winter" in " ".join(reading(notes[1].getparent()).split())
    # the last one, with no paragraph after it on its page, ends the paragraph before it
    assert reading(notes[2].getparent()).startswith("A second paragraph")
    assert [n.get("n") for n in root.iterfind(".//t:note[@place='foot']", NS)] == ["1"]
    assert "Sidenote" not in etree.tostring(root, encoding="unicode")
    assert not report.warnings
    out = tmp_path / "dp.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert not validate_files([out], tei_all=True)


def test_gutenberg_sidenotes_with_brackets_inside(convert):
    root, _report = convert(GUTENBERG, form="gutenberg")
    notes = root.findall(".//t:note[@place='margin']", NS)
    assert [reading(n) for n in notes] == ["Tolls of the bridge [A.D. 1402].", "Its fall."]
    assert reading(notes[0].getparent()).startswith("The burgesses paid")
    assert [reading(n) for n in root.iterfind(".//t:note[@place='foot']", NS)] == ["Town book."]


def test_an_unclosed_sidenote_stays_text(convert):
    root, _report = convert("[Sidenote: never closed\n\nThe text goes on.\n", form="gutenberg")
    assert root.find(".//t:body//t:note", NS) is None
    assert "[Sidenote: never closed" in reading(root.find(".//t:body", NS))

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


def test_sidenotes_between_diamonds_are_margin_notes(convert):
    """Some Gutenberg transcribers set a sidenote between two symbols ("♦The mills.♦"): on a
    line of its own, or after a sentence's end inside a paragraph, over a line break too; a
    pair that neither opens a line nor follows a sentence's end is text (its own mention)."""
    text = ("CHAPTER III.\n\nThe marks are diamonds: ♦like this♦, as said.\n\n"
            "♦The mills.♦\n\n"
            "The town had three mills on the river, and all of them paid a rent\n"
            "to the abbey. ♦The\nmillers.♦ The millers were a company of their own.\n")
    root, _report = convert(text, form="gutenberg")
    paragraph = ("The town had three mills on the river, and all of them paid a rent to the abbey. "
                 "The millers were a company of their own.")
    assert _margin(root) == [("The mills.", paragraph), ("The millers.", paragraph)]
    assert "♦like this♦" in reading(root.find(".//t:body", NS))
    assert "♦" not in reading(root.find(".//t:body", NS)).replace("♦like this♦", "")


def test_gutenberg_bold_between_equals_signs(convert):
    root, _report = convert("=THE HISTORY OF THE MILLS.= By A. MILLER. With 2 Maps.\n\n"
                            "And a sum: 2 = 1 + 1, where x=2.\n", form="gutenberg")
    bold = root.findall(".//t:body//t:hi[@rend='bold']", NS)
    assert [reading(b) for b in bold] == ["THE HISTORY OF THE MILLS."]
    assert "2 = 1 + 1, where x=2." in reading(root.find(".//t:body", NS))

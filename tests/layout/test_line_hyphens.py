# SPDX-License-Identifier: MIT
"""A word a printed line's end cuts with a hyphen is one word again, within a page as across
a page end, in the forms that keep the print's lines; a transcription that wraps its own
lines (Gutenberg) has no such cut, and a hyphen after a capital joins two words."""
from __future__ import annotations

from .conftest import NS, reading

PAGE = ("\n\nThe assembly of the burgesses was held in the hall of the guild, and its\n"
        "delibera-\ntions lasted until the evening; the mayor, Hans-\nJoachim Weber, spoke first, "
        "and a well-\nknown merchant after him.\n\n")


def test_a_word_cut_at_a_line_end_is_rejoined_within_the_page(convert):
    root, _ = convert("12 THE TOWN\f" + PAGE + "\f", form="tesseract")
    text = reading(root.find(".//t:body", NS))
    assert "its deliberations lasted" in text
    assert "Hans-Joachim Weber" in text
    assert "wellknown merchant" in text      # as at a page end: the hyphen of a cut word goes


def test_pdftotext_lines_rejoin_cut_words(convert):
    root, _ = convert("THE TOWN 12\n\n" + PAGE + "\f", form="pdftotext")
    assert "its deliberations lasted" in reading(root.find(".//t:body", NS))


def test_gutenberg_line_end_hyphens_are_the_words_own(convert):
    root, _ = convert(PAGE, form="gutenberg")
    text = reading(root.find(".//t:body", NS))
    assert "delibera- tions" in text and "a well- known merchant" in text


def test_a_word_the_text_hyphenates_keeps_its_hyphen_at_a_line_end(convert):
    text = ("12 THE TOWN\f\n\nThe burgesses asked for self-government in 1402, and their self-\n"
            "government lasted a century; the mayor was a well-\nknown man.\n\f")
    root, _ = convert(text, form="tesseract")
    body = reading(root.find(".//t:body", NS))
    assert "their self-government lasted" in body
    assert "a wellknown man" in body


def test_a_word_the_text_hyphenates_keeps_its_hyphen_at_a_page_end(convert):
    text = ("THE TOWN\n\nThe burgesses asked for self-government in 1402, and their self-\n\n12\f"
            "THE TOWN\n\ngovernment lasted a century, until the king took the town's charter back.\n\n13\f"
            "THE TOWN\n\nThe charter was restored in 1530.\n\n14\f")
    root, _ = convert(text, form="pdftotext")
    body = root.find(".//t:body", NS)
    assert "their self-government lasted" in reading(body)
    assert {pb.get("n"): pb.get("break") for pb in body.iter("{http://www.tei-c.org/ns/1.0}pb")}["13"] == "no"

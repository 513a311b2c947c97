# SPDX-License-Identifier: MIT
"""OCR'd note numbers and markers read against the numbering: small hand-written pages."""
from __future__ import annotations

import pytest

from edition.layout.markers import GARBLED, ocr_markers
from edition.layout.ocrnumbers import likeness, reads_as

from .conftest import NS, notes, reading


@pytest.mark.parametrize("read, meant", [
    ("27", 227),     # a digit lost
    ("31", 301),     # a digit lost inside
    ("25°", 250),    # a sign for the last digit
    ("4?2", 412),    # a sign inside
    ("l4", 14),      # a lookalike letter for 1
    ("1O5", 105),    # and for 0
])
def test_a_misread_number_reads_as_the_number_meant(read, meant):
    assert reads_as(read, meant)


@pytest.mark.parametrize("read, meant", [
    ("5", 57),       # one digit shown of two: too little to go on
    ("1", 57),
    ("38", 227),     # no digit in place
    ("2275", 227),   # longer than the number
    ("781", 227),    # two digits wrong
])
def test_a_reading_that_cannot_be_the_number(read, meant):
    assert not reads_as(read, meant)


def test_a_sign_for_a_digit_fits_better_than_a_digit_read_wrong():
    # "?4>" shows one digit in place and signs for the others; "944" shows two in place and
    # one wrong: both may stand for 244, the exact reading best of all
    assert likeness("244", "244") > likeness("24?", "244") > likeness("944", "244") > 0
    assert likeness("?4>", "345") > 0
    assert likeness("??", "345") == 0


def _page(body: str, foot: str, number: str) -> str:
    return f"THE RECORDS OF THE FERRY {number}\n\n{body}\n\n{foot}\n\n{number}\n"


def test_the_first_notes_zone_of_a_text_numbered_by_the_run_below_it(convert):
    # the text begins inside a numbering (an excerpt), and OCR lost a digit of the first and
    # third numbers: the notes read whole below them give the run
    text = _page("The ferry ran twice a day,?4> and the toll was a penny.\n"
                 "Later the town bought the boat.?4?\n"
                 "The ferryman kept a book.??6",
                 "14 Town accounts, fol. 3.\n\n"
                 "415 Ibid., fol. 9.\n\n"
                 "16 The book is lost.", "71")
    root, _ = convert(text, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("414", "Town accounts, fol. 3."), ("415", "Ibid., fol. 9."), ("416", "The book is lost.")]
    assert "14 Town" not in reading(root.find(".//t:body", NS))


def test_a_garbled_number_opens_the_zone_the_numbering_expects(convert):
    page_one = _page("The ferry ran twice a day.58 The toll was a penny.59 The ferryman kept a book.",
                     "58 Town accounts, fol. 3.\n\n59 Ibid., fol. 9.", "71")
    page_two = _page("The boat sank in the winter.?° A new one was built in the spring.61\n"
                     "It was larger.62",
                     "6° Town accounts, fol. 12.\n\n61 The builder's bill.\n\n62 Ibid., fol. 14.", "72")
    root, _ = convert(page_one + "\f" + page_two, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("58", "Town accounts, fol. 3."), ("59", "Ibid., fol. 9."),
        ("60", "Town accounts, fol. 12."), ("61", "The builder's bill."), ("62", "Ibid., fol. 14.")]
    assert "6°" not in reading(root.find(".//t:body", NS))


def test_a_number_alone_after_the_last_note_takes_its_text_back(convert):
    # OCR read the last number as a column of its own: its note's text ran on as the end of
    # the note before
    text = _page("The ferry ran twice a day,32 and the toll was a penny.33",
                 "32 Town accounts, fol. 3. The toll is in the\n"
                 "charter.\n"
                 "Ibid., fol. 9.\n\n"
                 "33", "71")
    root, _ = convert(text, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("32", "Town accounts, fol. 3. The toll is in the charter."), ("33", "Ibid., fol. 9.")]


def test_misread_markers_are_aligned_with_their_notes_in_order(convert):
    # no marker is read as its number: a glued number read wrong (944), signs for digits
    # (?4>, 24©); the order of the page decides, not the first reading that fits
    text = _page("The ferry ran twice a day.944 The toll was a penny.?4> The ferryman\n"
                 "kept a book.24© Nothing else is known of him.",
                 "244 Town accounts, fol. 3.\n\n245 Ibid., fol. 9.\n\n246 The book is lost.", "71")
    root, report = convert(text, form="tesseract")
    found = {n.get("n"): n for n in notes(root)}
    assert sorted(found) == ["244", "245", "246"]

    def before(note) -> str:
        previous = note.getprevious()
        return (previous.tail if previous is not None else note.getparent().text) or ""

    assert before(found["244"]).endswith("twice a day.")
    assert before(found["245"]).endswith("was a penny.")
    assert before(found["246"]).endswith("kept a book.")
    assert not [w for w in report.warnings if "no marker" in str(w)]
    body = reading(root.find(".//t:body", NS))
    assert "944" not in body and "24©" not in body and "?4>" not in body


def test_a_note_whose_marker_is_lost_stays_at_the_end_of_its_page_with_a_warning(convert):
    page_one = _page("The ferry ran twice a day. The toll was a penny.53 Nothing else is known.54",
                     "52 Town accounts, fol. 3.\n\n53 Ibid., fol. 9.\n\n54 The book is lost.", "71")
    page_two = _page("The boat sank in the winter.", "", "72")
    root, report = convert(page_one + "\f" + page_two, form="tesseract")
    assert [n.get("n") for n in notes(root)] == ["53", "54", "52"]
    unanchored = [str(w) for w in report.warnings if "no marker" in str(w)]
    assert len(unanchored) == 1 and "note 52" in unanchored[0]
    paragraph = root.find(".//t:body//t:p", NS)
    assert paragraph[-1].get("n") == "52"


def test_a_note_cut_by_the_page_end_goes_on_above_the_next_pages_notes(convert):
    page_one = _page("The ferry ran twice a day.20 It was slow.21",
                     "20 Ibid., fol. 2.\n\n"
                     "21 The town accounts of that year say that the ferry ran at dawn and", "71")
    page_two = _page("The boat sank in the winter.22 A new one was built.23",
                     "at dusk, and not on Sundays.\n\n22 Ibid., fol. 9.\n\n23 Ibid., fol. 10.", "72")
    root, _ = convert(page_one + "\f" + page_two, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("20", "Ibid., fol. 2."),
        ("21", "The town accounts of that year say that the ferry ran at dawn and at dusk, and not on Sundays."),
        ("22", "Ibid., fol. 9."), ("23", "Ibid., fol. 10.")]
    assert "not on Sundays" not in reading(root.find(".//t:body", NS))


def test_numbers_read_too_short_or_as_signs_are_given_by_the_gap_they_fill(convert):
    # after note 40, "4" and "” " begin the next two blocks and 43 is read whole: they are 41, 42
    text = _page("The ferry ran twice a day.40 The toll was a penny.41 The ferryman kept a\n"
                 "book.42 Nothing else is known of him.43",
                 "40 Town accounts, fol. 3.\n\n4 Ibid., fol. 9.\n\n” See the charter.\n\n43 The book is lost.", "71")
    root, _ = convert(text, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("40", "Town accounts, fol. 3."), ("41", "Ibid., fol. 9."), ("42", "See the charter."),
        ("43", "The book is lost.")]


def test_a_short_reading_without_a_gap_to_fill_stays_in_its_note(convert):
    # "4 Ibid." after note 40 with 41 read whole next: no number is missing between, so the
    # line is the note's own text (a volume's number at a block's start)
    text = _page("The ferry ran twice a day.40 The toll was a penny.41 Nothing else is known.42",
                 "40 Town accounts, fol. 3.\n\n4 Ibid., fol. 9.\n\n41 See the charter.\n\n42 The book is lost.", "71")
    root, _ = convert(text, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("40", "Town accounts, fol. 3. 4 Ibid., fol. 9."), ("41", "See the charter."), ("42", "The book is lost.")]


def _garbled(text: str) -> list[str]:
    return [text[mk.start:mk.end] for mk in ocr_markers(text) if mk.n.startswith(GARBLED)]


def test_garbled_markers_leave_a_closing_quote_to_the_text():
    assert _garbled("the “old road.”?17 Then it rained.") == ["?17"]


def test_garbled_markers_of_signs_the_text_never_sets_there():
    assert _garbled("the mill,?3® and the weir") == ["?3®"]
    assert _garbled("the mill.4° The weir") == ["4°"]
    # a question mark glued to a word before lower case; before a capital it ends a question
    assert _garbled("the mill? and the weir") == ["?"]
    assert _garbled("Was it the mill? The weir") == []

# SPDX-License-Identifier: MIT
"""Notes hung in a margin column, as OCR reads them: their numbers as a block of bare
numbers, their texts as a block of short lines without numbers. Small hand-written pages."""
from __future__ import annotations

from edition.layout.noteblock import boundary_score, divide, foot_block
from edition.layout.numbercolumn import number_column
from edition.layout.pages import Line

from .conftest import NS, notes, reading

BODY = [
    "The harbour board met on the first Monday of every month and",
    "kept its minutes in a bound book, now lost.?° The clerk, a man",
    "named in the accounts only by his initials, copied the tolls,",
    "the names of the ships and of their masters into a second book",
    "that survives as the “county book”? and shows that the board",
    "raised the toll twice within ten years,?? and that the masters",
    "protested each time in a petition that the clerk copied in full",
    "into the same book, with the names of all who signed it below.",
]


def _lines(text: str) -> list[Line]:
    return [Line(line, k + 1) for k, line in enumerate(text.split("\n"))]


def _page(column: str, foot: str, number: str) -> str:
    return f"THE HARBOUR BOARD {number}\n\n{column}\n\n" + "\n".join(BODY) + f"\n\n{foot}\n\n{number}\n"


def _before(note) -> str:
    previous = note.getprevious()
    return (previous.tail if previous is not None else note.getparent().text) or ""


FOOT = ("Minutes of the board, vol. 2,\n"
        "fol. 17-19.\n"
        "See the list in the county\n"
        "archive, no. 44.\n"
        "Petitions of 1802 and 1809.")


def test_the_numbers_column_is_paired_with_the_notes_block_in_order(convert):
    root, report = convert(_page("118\n\nl19\n12O", FOOT, "71"), form="tesseract")
    found = [(n.get("n"), reading(n)) for n in notes(root)]
    assert found == [("118", "Minutes of the board, vol. 2, fol. 17-19."),
                     ("119", "See the list in the county archive, no. 44."),
                     ("120", "Petitions of 1802 and 1809.")]
    by_n = {n.get("n"): n for n in notes(root)}
    assert _before(by_n["118"]).endswith("now lost.")
    assert _before(by_n["119"]).endswith("county book”")
    assert _before(by_n["120"]).endswith("ten years,")
    assert not [w for w in report.warnings if "no marker" in str(w)]
    body = reading(root.find(".//t:body", NS))
    assert "l19" not in body and "12O" not in body and "Petitions" not in body


def test_the_numbering_goes_on_from_the_notes_of_the_page_before(convert):
    page_one = _page("118\n\nl19\n12O", FOOT, "71")
    page_two = _page("121\n122", "Ibid., fol. 20.\nA copy of the petition\nof 1809 is lost.", "72")
    root, _ = convert(page_one + "\f" + page_two, form="tesseract")
    assert [n.get("n") for n in notes(root)] == ["118", "119", "120", "121", "122"]
    assert reading(notes(root)[-1]) == "A copy of the petition of 1809 is lost."


def test_a_block_that_cannot_be_divided_into_the_columns_count_is_kept_together(convert):
    # three numbers, but the block shows only one place where a note plausibly ends: its text
    # stays whole, in the first note, with a warning; no word is lost
    foot = ("Minutes of the board, vol. 2,\n"
            "fol. 17-19, with the tolls\n"
            "and the names of the masters,\n"
            "in the clerk's hand. Petitions\n"
            "of 1802 and 1809.")
    root, report = convert(_page("118\n\n119\n120", foot, "71"), form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [("118", " ".join(foot.split()))]
    warning = next(str(w) for w in report.warnings if "kept together" in str(w))
    assert "118–120" in warning
    # the numbers no note takes stay in the text
    body = reading(root.find(".//t:body", NS))
    assert "119" in body and "120" in body


def test_notes_read_across_two_columns_are_kept_together(convert):
    # the second column's numbers stand inside the lines: the notes cannot be told apart
    foot = ("Minutes of the board, vol. 2, 121 Ibid., fol. 20.\n"
            "fol. 17-19. 122 A copy of the petition\n"
            "See the list. of 1809 is lost.")
    root, report = convert(_page("118\n119\n120", foot, "71"), form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [("118", " ".join(foot.split()))]
    assert any("118–122" in str(w) and "kept together" in str(w) for w in report.warnings)


def test_bare_numbers_that_do_not_follow_on_are_left_in_the_text(convert):
    root, _ = convert(_page("118\n\n7\n120", FOOT, "71"), form="tesseract")
    assert notes(root) == []
    body = reading(root.find(".//t:body", NS))
    assert "Petitions of 1802" in body and "118" in body


def test_a_german_block_divides_before_the_words_notes_open_with(convert):
    body = "\n".join([
        "Der Rat der Stadt tagte an jedem ersten Montag des Monats und",
        "führte darüber ein Protokoll, das heute verloren ist.?° Der Schreiber",
        "trug die Zölle, die Namen der Schiffe und ihrer Schiffer in ein",
        "zweites Buch ein, das im Archiv der Grafschaft erhalten ist.?> Es",
        "zeigt, dass der Rat den Zoll binnen zehn Jahren zweimal erhöhte",
        "und dass die Schiffer jedes Mal mit einer Bittschrift antworteten,",
        "die der Schreiber vollständig in dasselbe Buch abschrieb.",
    ])
    foot = ("Protokolle des Rates, Bd. 2,\n"
            "fol. 17-19; dazu die Liste\n"
            "ebd. fol. 44.\n"
            "Vgl. die Bittschriften von\n"
            "1802 und 1809.")
    text = f"DER HAFENRAT 71\n\n64\n65\n\n{body}\n\n{foot}\n\n71\n"
    root, _ = convert(text, form="tesseract", language="de")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("64", "Protokolle des Rates, Bd. 2, fol. 17-19; dazu die Liste ebd. fol. 44."),
        ("65", "Vgl. die Bittschriften von 1802 und 1809.")]


def test_the_column_is_read_against_the_numbering():
    lines = _lines("x\n3I\n\n32\n?3\nbody text")
    column = number_column(lines, 31)
    assert column is not None and column.numbers == [31, 32, 33] and column.indices == [1, 3, 4]
    assert number_column(lines, 40) is None          # too far from the numbering's next
    # a column's figures are misread as letters or signs, not as other digits
    assert number_column(_lines("x\n44\n4O\n46\ny"), 44) is None
    assert number_column(_lines("x\n44\n4?\n46\ny"), 44).numbers == [44, 45, 46]


def test_the_block_is_divided_at_its_most_plausible_places():
    lines = _lines("Minutes, vol. 2, fol. 17.\n"      # ends a citation, a capital follows
                   "Ibid., fol. 19; the clerk's\n"
                   "copy. See the list in the\n"       # the sentence goes on: no end here
                   "county archive, no. 44.\n"
                   "Petitions of 1802.")
    block = list(range(5))
    assert divide(lines, block, 3, "en") == [[0], [1, 2, 3], [4]]
    assert divide(lines, block, 5, "en") is None     # not four plausible places
    assert boundary_score("of the board, vol. 2,", "fol. 17-19.", False, False, "en") < 0
    # a citation goes on: after a word notes open with, before a volume's number
    assert boundary_score("Minutes, fol. 2; cf.", "Harbour Records, fol. 9.", False, False, "en") < 2
    assert boundary_score("Minutes of the board, vol.", "2, fol. 17.", False, False, "en") < 2
    assert boundary_score("Bd. 3, 15-17.", "Vgl. ebd.", False, False, "de") > \
        boundary_score("Bd. 3, 15-17.", "Bauer, ebd.", False, False, "de")


def test_the_notes_block_is_the_short_lines_below_the_text():
    lines = _lines("\n".join(BODY) + "\n\n" + FOOT)
    assert foot_block(lines, set()) == list(range(len(BODY) + 1, len(BODY) + 6))
    # a page of short lines only is no text with notes below it
    assert foot_block(_lines(FOOT), set()) is None


def test_a_block_opened_in_lower_case_ends_the_note_left_open_on_the_page_before(convert):
    page_one = _page("118\n\nl19\n12O", FOOT.replace("Petitions of 1802 and 1809.", "Petitions of 1802 and of the"),
                     "71")
    page_two = _page("121\n122", "following years, kept apart.\nIbid., fol. 20.\nA copy of the petition\n"
                     "of 1809 is lost.", "72")
    root, _ = convert(page_one + "\f" + page_two, form="tesseract")
    found = {n.get("n"): reading(n) for n in notes(root)}
    assert sorted(found) == ["118", "119", "120", "121", "122"]
    assert found["120"] == "Petitions of 1802 and of the following years, kept apart."
    assert found["121"] == "Ibid., fol. 20."
    assert found["122"] == "A copy of the petition of 1809 is lost."


def test_markers_garbled_beside_quotes_and_brackets_are_read_as_markers():
    from edition.layout.markers import GARBLED, ocr_markers
    for text, read in [("the harbour book”? which", "?"),          # after a closing quote
                       ("at a penny a ton)?\" and", "?\""),         # after a bracket, a quote for a digit
                       ("as the masters said.«°7 The", "°7"),      # after a guillemet
                       ("the toll was raised. ?>", "?>"),           # set off by a space at the line end
                       ("the Low Countries).\"> The", ">")]:
        found = [mk.n for mk in ocr_markers(text) if mk.n.startswith(GARBLED)]
        assert found == [GARBLED + read], text
    # a real question goes on with a capital; a quoted word ends the sentence
    assert not [mk for mk in ocr_markers("Was it the “old toll”? The clerk") if mk.n.startswith(GARBLED)]
    assert not ocr_markers('He said "no". Then')


def test_numbers_and_short_lines_with_no_markers_in_the_text_are_no_notes(convert):
    # a list's numbers and items, say: the text marks no note, so nothing is taken for one
    body = "\n".join(line.replace(".?°", ".").replace("”?", "”").replace(",??", ",") for line in BODY)
    text = f"THE HARBOUR BOARD 71\n\n1\n2\n3\n\n{body}\n\n{FOOT}\n\n71\n"
    root, _ = convert(text, form="tesseract")
    assert notes(root) == []
    assert "Petitions of 1802" in reading(root.find(".//t:body", NS))


def test_notes_that_lost_their_numbers_are_counted_by_the_numbering(convert):
    # the page before ends with note 120; this page's block opens with two notes that show no
    # number (their column was lost) and goes on with note 123, numbered
    page_one = _page("118\n\nl19\n12O", FOOT, "71")
    body = "\n".join(BODY).replace(".?°", ".'*").replace("”?", "”'?").replace(",??", ",?>")
    foot = ("Ibid., fol. 20.\n"
            "A copy of the petition of\n"
            "1809 is lost.\n\n"
            "123 Minutes, vol. 3, fol. 2.")
    page_two = f"THE HARBOUR BOARD 72\n\n{body}\n\n{foot}\n\n72\n"
    root, report = convert(page_one + "\f" + page_two, form="tesseract")
    found = [(n.get("n"), reading(n)) for n in notes(root)]
    assert found[3:] == [("121", "Ibid., fol. 20."), ("122", "A copy of the petition of 1809 is lost."),
                         ("123", "Minutes, vol. 3, fol. 2.")]
    by_n = {n.get("n"): n for n in notes(root)}
    assert _before(by_n["121"]).endswith("now lost.")
    assert _before(by_n["122"]).endswith("county book”")
    assert _before(by_n["123"]).endswith("ten years,")


def test_counted_notes_that_cannot_be_told_apart_are_kept_together(convert):
    page_one = _page("118\n\nl19\n12O", FOOT, "71")
    foot = ("Ibid., fol. 20, and the copy\n"
            "of the petition of 1809,\n"
            "now lost.\n\n"
            "123 Minutes, vol. 3, fol. 2.")
    page_two = _page("", foot, "72")
    root, report = convert(page_one + "\f" + page_two, form="tesseract")
    found = [(n.get("n"), reading(n)) for n in notes(root)]
    assert found[3:] == [("121", "Ibid., fol. 20, and the copy of the petition of 1809, now lost."),
                         ("123", "Minutes, vol. 3, fol. 2.")]
    assert any("121–122" in str(w) and "kept together" in str(w) for w in report.warnings)


def test_the_texts_last_line_stays_in_the_text_after_a_note_left_open(convert):
    # note 120 ends without closing punctuation; OCR set the next page's last line of text
    # apart, above its notes block: it goes on with the text's open line, not with the note
    page_one = _page("118\n\nl19\n12O", FOOT.replace("Petitions of 1802 and 1809.", "Petitions of 1802 and of the"),
                     "71")
    page_two = _page("121\n122", "Ibid., fol. 20.\nA copy of the petition\nof 1809 is lost.", "72")
    page_two = page_two.replace("of all who signed it below.", "of all who\n\nsigned it: the board met again.")
    root, _ = convert(page_one + "\f" + page_two, form="tesseract")
    found = {n.get("n"): reading(n) for n in notes(root)}
    assert found["120"] == "Petitions of 1802 and of the"
    assert "of all who signed it: the board met again." in reading(root.find(".//t:body", NS))
    assert [n.get("n") for n in notes(root)][3:] == ["121", "122"]


def test_a_list_item_at_the_texts_end_and_a_count_after_a_dash_stay_in_the_text(convert):
    # the text ends with a list: its last item is short and stands apart, like a note, and
    # its first item begins with a count after a dash, like a free note number
    body = "\n".join(BODY[:6]) + "\n\n— 12 harbours (Leith, Hull, Bristol);\n\n— one ferry (Tilbury);"
    text = f"THE HARBOUR BOARD 71\n\n118\n\nl19\n12O\n\n{body}\n\n{FOOT}\n\n71\n"
    root, _ = convert(text, form="tesseract")
    found = [(n.get("n"), reading(n)) for n in notes(root)]
    assert found == [("118", "Minutes of the board, vol. 2, fol. 17-19."),
                     ("119", "See the list in the county archive, no. 44."),
                     ("120", "Petitions of 1802 and 1809.")]
    body_text = reading(root.find(".//t:body", NS))
    assert "— 12 harbours" in body_text and "— one ferry (Tilbury);" in body_text

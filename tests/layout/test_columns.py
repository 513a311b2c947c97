# SPDX-License-Identifier: MIT
"""pdftotext -layout keeps columns side by side: they are read one after the other (notes in
narrow columns at the page foot, a second column of text), a margin heading number becomes the
heading's label; a justified line with a wide gap is not cut."""
from __future__ import annotations

from edition.layout.columns import split_columns
from edition.layout.pages import numbered_lines

from .conftest import NS, notes, reading

BODY = ("      The council met in the spring of that year,1 and its first act was to elect\n"
        "  a president. The debate lasted three days and ended in a vote that nobody\n"
        "  had expected, for the old members had all been against it.2 Then they\n"
        "  went home, and the town heard nothing of them for a year.\n")
FOOT = ("\n"
        " 1 Minutes of the council, fol. 12,     2 The vote is recorded in the town\n"
        "   in the town chest.                     book, which calls it a surprise\n"
        "                                          to everyone present.\n")
PAGE = ("                                                                       41\n\n" + BODY + FOOT
        + "\f                                                                       42\n\n"
        "      The second year was quieter.\n\f")

MARGIN = ("                                                                  12\n\n"
          "        II     The Second Council\n\n"
          "                   The second council met in the autumn, in a hall that the\n"
          "               town had lent it, and sat for a week. Its members were new\n"
          "               men, and none of them had sat before.\n\f"
          "                                                                  13\n\n"
          "               Its decisions were few.\n\f")


def test_notes_in_side_by_side_columns_are_read_column_after_column(convert):
    root, report = convert(PAGE, form="pdftotext-layout")
    assert [reading(n) for n in notes(root)] == [
        "Minutes of the council, fol. 12, in the town chest.",
        "The vote is recorded in the town book, which calls it a surprise to everyone present."]
    body = reading(root.find(".//t:body", NS))
    assert "Minutes" not in body and "to everyone present" not in body
    assert not report.warnings


def test_a_heading_number_in_the_margin_labels_the_heading(convert):
    root, _report = convert(MARGIN, form="pdftotext-layout")
    heads = root.findall(".//t:body//t:head", NS)
    assert [" ".join(reading(h).split()) for h in heads] == ["II The Second Council"]
    assert reading(root.find(".//t:body//t:p", NS)).startswith("The second council met in the autumn")


def test_one_line_with_a_wide_gap_is_no_column():
    lines = numbered_lines("the deists on the\ngrounds of natural theology.186               As Blackstone would\n"
                           "argue, the creature owes a duty to the creator.\n")
    assert [line.text for line in split_columns(lines)] == [line.text for line in lines]


def test_two_columns_of_prose_are_read_left_then_right():
    text = ("The left column begins here and it     the right column begins here and it\n"
            "goes on for a few lines of its own     goes on as the left one did, line by\n"
            "until it comes to an end at last.      line, until its end comes as well.\n")
    order = [line.text.strip() for line in split_columns(numbered_lines(text))]
    assert order[:3] == ["The left column begins here and it", "goes on for a few lines of its own",
                         "until it comes to an end at last."]
    assert order[3].startswith("the right column begins")

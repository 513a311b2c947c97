# SPDX-License-Identifier: MIT
"""Words hyphenated at a line's end are rejoined in paragraphs and notes; a compound's own
hyphen, as the text prints it elsewhere, and a suspended compound ("north- and southbound")
keep theirs."""
from __future__ import annotations

from edition.layout.hyphenation import Hyphenation, join_lines

from .conftest import NS, notes, reading

TEXT = ("The miller's accounts show a long con-\n"
        "fusion among the heirs, and a self-evident loss. Their self-\n"
        "evident loss was made good by the north- and\n"
        "southbound trade.1\n"
        "1\n"
        "The ledger's entries are in-\n"
        "complete for the years of the war.\n\n"
        "12\n\f"
        "The second mill stood on the other bank.\n\n13\n\f")


def test_line_end_hyphens_in_paragraphs_and_notes(convert):
    root, _report = convert(TEXT, form="pdftotext")
    body = reading(root.find(".//t:body", NS))
    assert "a long confusion among the heirs" in body
    assert "Their self-evident loss" in body
    assert "north- and southbound" in body
    assert [reading(n) for n in notes(root)] == ["The ledger's entries are incomplete for the years of the war."]


def test_the_text_decides_between_hyphen_and_none():
    known = Hyphenation(["a well-known mill", "the exaltation of"], ["en"])
    assert known.joint("the well-", "known mill") == "keep"
    assert known.joint("the exalta-", "tion of") == "drop"
    assert known.joint("Hans-", "Joachim Weber") == "keep"    # a capital: two words bound
    assert known.joint("a USA-", "based firm") == "keep"
    assert known.joint("the land--", "and more") == "space"   # a dash, not a hyphen
    assert join_lines(["pp. 239–", "255, and 12-", "14."], known) == "pp. 239–255, and 12-14."
    german = Hyphenation([], ["de"])
    assert german.joint("Verwaltungs-", "und Hofpersonal") == "space"
    assert join_lines(["Verwaltungs-", "und Hof-", "personal"], german) == "Verwaltungs- und Hofpersonal"

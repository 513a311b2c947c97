# SPDX-License-Identifier: MIT
"""Plain text copied from a PDF: Unicode superscript markers (`¹⁸`), the notes of each page
as paragraphs opened by their numbers where the page ended, often in mid-sentence.

The text shows no page separators: a page ends after its notes, or where a blank line cuts
a sentence (the next paragraph goes on in lower case). `*…*` and `**…**` are emphasis.
"""
from __future__ import annotations

import dataclasses
import re

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.markers import unicode_markers
from edition.layout.notezone import note_start
from edition.layout.pages import Line, Page, split_after_note_blocks, split_form_feeds
from edition.readers.italics import italic_rule
from edition.report import Report

RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")


def _pages(text: str) -> list[Page]:
    """Pages end after their notes. A note is a paragraph opened by a number that a marker
    before it awaits (a marker with that number and no note yet), or, among other notes, by
    the numbers that follow theirs; a paragraph that opens with a year ("1921 is significant
    …") or any other number is text."""
    awaited: set[str] = set()
    last: list[int] = []          # the number of the note block's last note, while in one

    def starts(line: Line) -> tuple[str, str] | None:
        start = note_start(line)
        value = int(start[0]) if start and start[0].isdigit() else None
        if start and start[1] and (start[0] in awaited or last and value is not None
                                   and 0 < value - last[-1] <= 3):
            awaited.discard(start[0])
            last[:] = [value] if value is not None else last
            return start
        last.clear()
        awaited.update(marker.n for marker in unicode_markers(line.text))
        return None

    if "\f" in text:
        # a form feed the copy kept is a page end the text shows
        return split_form_feeds(text)
    return split_after_note_blocks(text, starts, RULE)


PROFILE = Profile("pdf-copy", pages=_pages, markers=unicode_markers, furniture=False, markdown=True,
                  join_within_page=True, cut_ends_page=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    """Italic runs are told apart as titles, foreign phrases or emphasis (`italics`)."""
    return read_with(dataclasses.replace(PROFILE, italic=italic_rule(config)), text, config, report)

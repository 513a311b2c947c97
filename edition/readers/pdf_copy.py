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
from edition.layout.pages import Line, Page, split_after_note_blocks
from edition.readers.italics import classify_italic
from edition.report import Report

RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")


def _note_line(line: Line) -> tuple[str, str] | None:
    start = note_start(line)
    return start if start and start[1] else None


def _pages(text: str) -> list[Page]:
    return split_after_note_blocks(text, _note_line, RULE)


PROFILE = Profile("pdf-copy", pages=_pages, markers=unicode_markers, furniture=False, markdown=True,
                  join_within_page=True, cut_ends_page=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    """Italic runs are told apart as titles, foreign phrases or emphasis (`italics`)."""
    def italic(content: list, before: str, after: str, in_note: bool) -> m.Styled:
        return classify_italic(content, in_note=in_note, before=before, after=after,
                               languages=config.languages, language=config.language)
    return read_with(dataclasses.replace(PROFILE, italic=italic), text, config, report)

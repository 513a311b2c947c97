# SPDX-License-Identifier: MIT
"""OCR markdown as VLM tools write it (olmOCR, marker, MinerU, Mistral OCR).

Markers `<sup>n</sup>`, `\\(^n\\)`, `^n^`, `[^n]`; a `---` rule before a page's notes; note
lines `1 …`, `<sup>1</sup> …` or `[^1]: …`; pages separated by a blank line or by a single
newline, so a page is known by its notes: it ends after them. `#` headings, `*…*` and `**…**`
emphasis, `<i>`, `<sup>` and backslash escapes.
"""
from __future__ import annotations

import dataclasses
import re

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.furniture import strip_interrupting_heads, strip_recurring_first_lines
from edition.layout.markers import markdown_symbol_markers, markup_markers, unicode_markers
from edition.layout.notezone import markdown_note_mark, markdown_note_start
from edition.layout.setoff import mark_kept_lines, mark_list_items
from edition.layout.pages import (Page, one_paragraph_per_line, split_after_note_blocks, split_form_feeds,
                                  split_on_separators, split_single_newlines)
from edition.readers.italics import italic_rule
from edition.report import Report

RULE = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
# marker's page separators (`--paginate_output`): "{12}------------------------------------------------"
PAGE_SEPARATOR = re.compile(r"^\{\d+\}-{8,}\s*$")


def _markers(text: str):
    return markup_markers(text) + unicode_markers(text) + markdown_symbol_markers(text)


def _pages(text: str) -> list[Page]:
    if "\f" in text:
        return split_form_feeds(text)
    if any(PAGE_SEPARATOR.match(line) for line in text.split("\n")):
        return split_on_separators(text, PAGE_SEPARATOR)
    pages = split_after_note_blocks(text, markdown_note_start, RULE, opens=markdown_note_mark)
    # pages joined by a single newline where each paragraph is one line (olmOCR)
    if not one_paragraph_per_line(text):
        return pages
    pages = split_single_newlines(pages, markdown_note_start)
    strip_recurring_first_lines(pages)
    strip_interrupting_heads(pages)
    return pages


def _prepare(pages: list[Page]) -> None:
    mark_list_items(pages)
    if one_paragraph_per_line("\n".join(line.text for page in pages for line in page.lines)):
        mark_kept_lines(pages)


# the tools leave running heads out, or keep them as text lines nothing tells from the text
PROFILE = Profile("ocr-markdown", pages=_pages, markers=_markers, markdown=True, tags=True, furniture=False,
                  prepare=lambda pages, _report: _prepare(pages),
                  note_starts=markdown_note_start, line_hyphens=True, front_matter=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    profile = dataclasses.replace(PROFILE, italic=italic_rule(config))
    if one_paragraph_per_line(text):
        # a page holds each paragraph whole on one line: a blank line that cuts a sentence
        # ("… his picture—" | "" | "“besides, you’ll …") is a page end the text does not show
        return read_with(dataclasses.replace(profile, join_within_page=True, cut_ends_page=True),
                         text, config, report)
    return read_with(profile, text, config, report)

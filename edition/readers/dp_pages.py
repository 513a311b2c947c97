# SPDX-License-Identifier: MIT
"""Distributed Proofreaders page texts: `-----File: 012.png---` separators, `[Footnote N: …]`,
`*` marking a word or a dash broken across pages, proofers' `[**…]` notes, `<i>`, `<sc>`,
`/*` … `*/` around verse and `/#` … `#/` around a block quotation."""
from __future__ import annotations

import re

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.markers import bracket_markers
from edition.layout.pages import Page, split_on_separators
from edition.layout.setoff import mark_delimited
from edition.readers.bracketed import take_bracketed_notes
from edition.report import Report

# the scan's name, then what a download may add after the dashes: the proofers' names
# ("---\anna\bert\----------")
SEPARATOR = re.compile(r"^-{3,}\s*File:\s*(\S+?)\s*(?:-{3,}.*)?$")
# a word or dash cut by the page end: "op-*" | "*ponents"; not a note's "]*" | "*[Footnote: …]"
_BROKEN_END = re.compile(r"(?<=[^\W_]|[-—])\*\s*$")
_BROKEN_START = re.compile(r"^\s*\*(?=[^\s\[])")


def _pages(text: str) -> list[Page]:
    return split_on_separators(text, SEPARATOR)


def _prepare(pages: list[Page], report: Report) -> None:
    """Proofreaders' conventions at the page ends: a blank line at a page's top starts a new
    paragraph; `op-*` | `*ponents` (or `made--*` | `*as`) marks a word or a dash cut by the
    page end, which joins again."""
    del report
    mark_delimited(pages)
    for page in pages:
        page.opens_paragraph = bool(page.lines) and page.lines[0].blank
    for page, following in zip(pages, pages[1:]):
        last = next((line for line in reversed(page.lines) if not line.blank), None)
        first_index = next((i for i, line in enumerate(following.lines) if not line.blank), None)
        if last is None or first_index is None:
            continue
        first = following.lines[first_index]
        if _BROKEN_END.search(last.text) and _BROKEN_START.match(first.text):
            last.text = re.sub(r"\*\s*$", "", last.text)
            first.text = _BROKEN_START.sub("", first.text)
            following.opens_paragraph = False
            following.lines = following.lines[first_index:]


PROFILE = Profile("dp-pages", pages=_pages, markers=bracket_markers, tags=True, furniture=False, foot_notes=False,
                  extract_notes=take_bracketed_notes, prepare=_prepare,
                  editorial=re.compile(r"\[\*\*([^\]]*)\]"), sidenotes=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    return read_with(PROFILE, text, config, report)


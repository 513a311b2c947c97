# SPDX-License-Identifier: MIT
"""Text to pages of numbered lines."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

T = TypeVar("T")


@dataclass
class Line:
    """One line of the seed: its text (tabs expanded, right-stripped) and 1-based number."""
    text: str
    no: int
    # set off from the running text, as the form shows it: "verse" (lines kept as lines) or
    # "quote" (a block quotation); `region` tells one set-off passage from the next
    role: str | None = None
    region: int = 0

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


@dataclass
class Page:
    """A printed page (or a scan, or the whole text where the form shows no pages)."""
    index: int
    lines: list[Line]
    # the printed number, where the page shows one (set by the furniture stage)
    number: str | None = None
    # the number was not printed but follows from the numbers of the pages around it
    number_inferred: bool = False
    # the image the page was transcribed from (Distributed Proofreaders' scan names)
    facs: str | None = None
    # lines that are not the text: running heads, page numbers, separators (kept as fw)
    furniture: list[tuple[str, Line]] = field(default_factory=list)
    # the page begins a new paragraph whatever its first words (a form's convention)
    opens_paragraph: bool = False


def runs_between(items: Iterable[T], is_gap: Callable[[T], object]) -> list[list[T]]:
    """The runs of `items` between the gaps (blank lines ...), the gaps left out."""
    runs: list[list[T]] = [[]]
    for item in items:
        if is_gap(item):
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(item)
    return [run for run in runs if run]


def blocks_of(lines: list[Line]) -> list[list[int]]:
    """The indexes of the lines, in runs between blank lines (blocks)."""
    return runs_between(range(len(lines)), lambda i: lines[i].blank)


def numbered_lines(text: str, first: int = 1) -> list[Line]:
    return [Line(raw.expandtabs(8).rstrip(), no) for no, raw in enumerate(text.split("\n"), first)]


def split_form_feeds(text: str) -> list[Page]:
    """Pages separated by form feeds (pdftotext, Tesseract); a trailing empty page is dropped."""
    pages: list[Page] = []
    line_no = 1
    chunks = text.split("\f")
    for chunk in chunks:
        lines = numbered_lines(chunk, line_no)
        line_no += chunk.count("\n")
        pages.append(Page(len(pages), lines))
    while len(pages) > 1 and all(line.blank for line in pages[-1].lines):
        pages.pop()
    return pages


def split_on_separators(text: str, separator: re.Pattern[str]) -> list[Page]:
    """Pages separated by separator lines (e.g. `-----File: 012.png---`); group 1 names the scan.

    The separator line is furniture of the page it opens; text before the first separator
    is a page of its own."""
    pages: list[Page] = []
    current = Page(0, [])
    for line in numbered_lines(text):
        match = separator.match(line.text)
        if match:
            if current.lines or pages or current.furniture:
                if current.lines or current.furniture:
                    pages.append(current)
            current = Page(len(pages), [], facs=match.group(1) if match.groups() else None)
            current.furniture.append(("separator", line))
        else:
            current.lines.append(line)
    pages.append(current)
    for index, page in enumerate(pages):
        page.index = index
    return pages


def single_page(text: str) -> list[Page]:
    return [Page(0, numbered_lines(text))]


def split_after_note_blocks(text: str, starts: Callable[[Line], object], rule: re.Pattern[str],
                            opens: Callable[[Line], object] | None = None) -> list[Page]:
    """Pages where the text shows none: a printed page ends after its notes.

    A notes block begins at a rule line (`---`) or at a note line, and ends at the first
    line that is neither a note line nor blank: there the next page begins (tools that join
    pages with a single newline put it right after the last note). `opens` tells the lines
    that open a notes block without a rule before them (default: `starts`)."""
    pages: list[Page] = []
    current: list[Line] = []
    in_notes = False
    for line in numbered_lines(text):
        if rule.match(line.text):
            in_notes = True
            current.append(Line("", line.no))
            continue
        # each line is asked once: a reader's rule may keep count of the markers it has seen
        start = starts(line) if not line.blank else None
        if in_notes and not line.blank and start is None:
            pages.append(Page(len(pages), current))
            current, in_notes = [], False
        elif not in_notes and start is not None and (opens is None or opens(line) is not None) \
                and any(not earlier.blank for earlier in current):
            in_notes = True
        current.append(line)
    pages.append(Page(len(pages), current))
    return pages


# a line as VLM tools write a paragraph of a page: the whole paragraph on one line, longer
# than any printed line
PARAGRAPH_LINE = 160
# longer than a printed line: a short paragraph's whole line
PRINTED_LINE = 80
_ENDS = re.compile(r"[.!?:;\"”’—-]$")
_TABLE_OR_LIST = re.compile(r"^\s*(?:\||[-+]\s|\d{1,3}[.)]\s)")
_LIST_ITEM = re.compile(r"^\s*(?:[-+]|\d{1,3}[.)])\s+\S")


def one_paragraph_per_line(text: str) -> bool:
    """Most of the text's words stand in lines longer than any printed line, between blank
    lines: a tool wrote each paragraph of a page as one line (olmOCR, marker, MinerU)."""
    lines = [line for line in text.split("\n") if line.strip()]
    total = sum(len(line) for line in lines)
    if total == 0 or sum(len(line) for line in lines if len(line) >= PARAGRAPH_LINE) / total < 0.5:
        return False
    # the paragraphs of a page stand between blank lines: a single newline after a paragraph's
    # line is the rarer page end (a text that sets one paragraph a line without blank lines
    # between them shows no pages)
    raw = text.split("\n")
    single = blank = 0
    for k in range(len(raw) - 1):
        if len(raw[k]) >= PARAGRAPH_LINE:
            if raw[k + 1].strip():
                single += 1
            else:
                blank += 1
    return single <= blank


def _caps_heading(line: Line, previous: Line) -> bool:
    """A short line in capitals (an abbreviation's few small letters aside: "&c.") after a
    line that ends a sentence (of text, or a date): a page's heading, never the second line
    of a paragraph."""
    text, before = line.stripped, previous.stripped
    upper, lower = sum(c.isupper() for c in text), sum(c.islower() for c in text)
    return len(text) <= 60 and upper > 0 and lower * 10 < upper \
        and before[-1:] in ".!?\"”" and (any(c.islower() for c in before) or not any(c.isalpha() for c in before))


def _short_paragraphs(previous: Line, line: Line, pair: bool) -> bool:
    """A page's last paragraph, short but longer than a printed line, going on in lower case
    in the next line; or two short paragraphs standing alone (a line of dialogue and the
    next), one longer than a printed line, the first ending a sentence or a dash."""
    if len(previous.text) >= PRINTED_LINE and line.stripped[:1].islower():
        return True
    return pair and max(len(previous.text), len(line.text)) >= PRINTED_LINE and bool(_ENDS.search(previous.text))


def split_single_newlines(pages: list[Page], starts: Callable[[Line], object] | None = None) -> list[Page]:
    """Pages joined by a single newline, where each paragraph of a page is one line: between
    two lines with no blank line between them, one of them a paragraph's whole line, a page
    ends (a paragraph never goes on to a second line within a page), also between two short
    paragraphs standing alone, one longer than a printed line, where a sentence ends (a block
    of more lines is a title's, a summary's or verse). So it does after a note
    line (`starts`: a note is one line too) followed by a line of text, and before a short
    line in capitals that follows a sentence's end (the next page's heading). A page's note
    lines stay together, however long (a note is a paragraph of its own). Table rows stand
    on lines of their own and are left together; so are a list's items and the lines that go
    on with them (the tools keep a list item's printed lines), down to a blank line."""
    out: list[Page] = []
    for page in pages:
        current: list[Line] = []
        first = len(out)
        in_list = False      # a list's lines: its items and the lines that go on with them
        for k, line in enumerate(page.lines):
            previous = current[-1] if current else None
            item = bool(_LIST_ITEM.match(line.text))
            # the two lines stand alone between blank lines: two paragraphs, not a block of lines
            pair = (len(current) < 2 or current[-2].blank) \
                and (k + 1 >= len(page.lines) or page.lines[k + 1].blank)
            notes_block = starts is not None and starts(previous) is not None and starts(line) is not None \
                if previous is not None and not previous.blank and not line.blank else False
            if previous is not None and not previous.blank and not line.blank and not item and not in_list \
                    and not notes_block \
                    and not (_TABLE_OR_LIST.match(previous.text) and _TABLE_OR_LIST.match(line.text)) \
                    and (max(len(previous.text), len(line.text)) >= PARAGRAPH_LINE
                         or _short_paragraphs(previous, line, pair)
                         or _caps_heading(line, previous)
                         or starts is not None and starts(previous) is not None and starts(line) is None
                         and (len(current) < 2 or current[-2].blank)):
                out.append(Page(len(out), current, facs=page.facs))
                current = []
            in_list = (in_list or item) and not line.blank
            current.append(line)
        out.append(Page(len(out), current, facs=page.facs))
        out[first].furniture = list(page.furniture)
    return out


def split_page_gaps(pages: list[Page], gap: int, starts: Callable[[Line], object]) -> list[Page]:
    """Where a transcription shows a page's end by `gap` or more blank lines (a book's OCR
    does, as its front matter shows): a page ends before a text line after such a gap (a
    page's notes, begun by `starts`, stay with its text)."""
    out: list[Page] = []
    for page in pages:
        current: list[Line] = []
        first = len(out)
        blanks = 0
        for line in page.lines:
            if line.blank:
                blanks += 1
            else:
                if blanks >= gap and any(not earlier.blank for earlier in current) and starts(line) is None:
                    out.append(Page(len(out), current, facs=page.facs))
                    current = []
                blanks = 0
            current.append(line)
        out.append(Page(len(out), current, facs=page.facs))
        out[first].furniture = list(page.furniture)
        out[first].number, out[first].opens_paragraph = page.number, page.opens_paragraph
    return out

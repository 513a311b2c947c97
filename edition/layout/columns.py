# SPDX-License-Identifier: MIT
"""Columns set side by side, as `pdftotext -layout` prints them (two-column pages, notes in two
or three narrow columns at the foot, a margin column beside the text), read one after the
other: the left column from top to bottom, then the next.

A column boundary is a gutter: a band of at least GUTTER spaces at the same place in a run of
consecutive lines, with text on both sides of it in at least MIN_LINES of them. The run is
taken as long as its lines leave the gutter free (a line of the left column that ends before
it, a line of the right one that begins after it, a blank line); the widest such region of a
page is split first, then each column and what lies above and below it, in turn. One line with
a wide gap inside it (a justified line, a heading with its number set apart) is no column.
"""
from __future__ import annotations

import re
from collections import Counter

from edition.layout.pages import Line, Page

GUTTER = 3        # spaces between two columns, at least
MIN_LINES = 2     # lines with text on both sides of the gutter
MIN_WIDTH = 12    # a column's text is at least this wide (a table's figures are narrower)


def _free(line: Line, start: int, end: int) -> bool:
    return not line.text[start:end].strip()


def _gaps(line: Line) -> list[tuple[int, int]]:
    """The internal runs of at least GUTTER spaces of a line: (start, end)."""
    text = line.text
    first = len(text) - len(text.lstrip())
    gaps, i = [], first
    while i < len(text):
        if text[i] == " ":
            j = i
            while j < len(text) and text[j] == " ":
                j += 1
            if j - i >= GUTTER and j < len(text):
                gaps.append((i, j))
            i = j
        else:
            i += 1
    return gaps


def _both_sides(line: Line, start: int, end: int) -> bool:
    left, right = line.text[:start], line.text[end:]
    return len(left.strip()) >= MIN_WIDTH and len(right.strip()) >= MIN_WIDTH


def _grow(lines: list[Line], k: int, gap: tuple[int, int]) -> tuple[int, int, int, int, int]:
    """The region around line k whose lines leave (a part of) `gap` free: (first, end, gutter
    start, gutter end, lines with text on both sides)."""
    start, end = gap
    first = last = k
    for step in (-1, 1):
        i = k + step
        while 0 <= i < len(lines):
            line = lines[i]
            if not _free(line, start, end):
                # the gutter may narrow to the part this line leaves free
                free = [(a, b) for a, b in _gaps(line) if a < end and b > start]
                if not free:
                    break
                a, b = max(free, key=lambda g: min(g[1], end) - max(g[0], start))
                if min(b, end) - max(a, start) < GUTTER - 1:
                    break
                start, end = max(a, start), min(b, end)
            if step < 0:
                first = i
            else:
                last = i
            i += step
    both = sum(_both_sides(line, start, end) for line in lines[first:last + 1])
    return first, last + 1, start, end, both


def _piece(line: Line, start: int, end: int | None) -> Line:
    return Line(line.text[start:end].rstrip() if end is not None else line.text[start:].rstrip(), line.no)


def split_columns(lines: list[Line]) -> list[Line]:
    """The lines in reading order, columns one after the other."""
    best: tuple[int, int, int, int, int] | None = None
    for k, line in enumerate(lines):
        for gap in _gaps(line):
            region = _grow(lines, k, gap)
            if region[4] >= MIN_LINES and (best is None or region[4] > best[4]):
                best = region
    if best is None:
        return lines
    first, end, start, stop, _both = best
    inside = lines[first:end]
    # the gutter's middle divides the lines; the left column keeps its indents
    cut = (start + stop) // 2
    left = [_piece(line, 0, cut) for line in inside]
    right = _dedent([_piece(line, cut, None) for line in inside])
    return (split_columns(lines[:first]) + split_columns(_trim(left)) + split_columns(_trim(right))
            + split_columns(lines[end:]))


def _dedent(lines: list[Line]) -> list[Line]:
    """A column's lines as if it stood at the page's left edge (its own indents kept)."""
    indents = [line.indent for line in lines if not line.blank]
    least = min(indents) if indents else 0
    return [Line(line.text[least:], line.no) if not line.blank else Line("", line.no) for line in lines]


def _trim(lines: list[Line]) -> list[Line]:
    """A column without the blank lines at its ends (what stood beside the other column's
    text): its first and last lines are text."""
    while lines and lines[0].blank:
        lines = lines[1:]
    while lines and lines[-1].blank:
        lines = lines[:-1]
    return lines


# a heading's number set in the margin, apart from its title: "I       La science …"
_MARGIN_LABEL = re.compile(r"^(\s*)((?:[IVXLC]{1,6}|[A-Z]|\d{1,2})\.?)(\s{3,})(?=\S)")


def _margin_labels(lines: list[Line]) -> list[Line]:
    """A heading's number standing in the margin, apart from its title, is a line of its own
    above the title (the title keeps its place), as a number alone above a title is read."""
    indents = Counter(line.indent for line in lines if not line.blank)
    body = max(sorted(indents), key=lambda indent: indents[indent]) if indents else 0
    out: list[Line] = []
    for line in lines:
        match = _MARGIN_LABEL.match(line.text)
        # in the margin: the number stands left of the text's indent, the title from it on
        if match is None or not (line.indent < body <= match.end()):
            out.append(line)
            continue
        out.append(Line(match.group(1) + match.group(2), line.no))
        out.append(Line(" " * match.end() + line.text[match.end():], line.no))
    return out


def read_columns(pages: list[Page]) -> None:
    for page in pages:
        page.lines = _margin_labels(split_columns(page.lines))

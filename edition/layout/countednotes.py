# SPDX-License-Identifier: MIT
"""Notes that lost their numbers, counted by the numbering.

Where OCR printed a margin column's numbers elsewhere (on the page before, or not at all),
a page's block of short note lines may begin with notes that show no number and go on with
one that does ("14 Not counted here …"). The numbering expects note 11 next: the lines
before note 14 are then notes 11 to 13, and the block is divided into three at its most
plausible note ends (`noteblock.divide`); where it cannot be, their text is kept together
in the first, with a warning. The notes after go by the numbers their lines begin with.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from edition.layout.marginnotes import MarginNotes, note_of
from edition.layout.noteblock import carried_lines, divide, foot_block
from edition.layout.numbercolumn import MAX_SKIP, bare_number
from edition.layout.pages import Line

# a note's number at its line's start, its text after it
_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]?\s+(?=[^\W\d_])")
# how far a numbered note of the block may follow the one before it
_STEP = 3


def _number(line: Line) -> int | None:
    match = _NUMBERED.match(line.text)
    return int(match.group(1)) if match else None


def _strip_number(line: Line) -> Line:
    match = _NUMBERED.match(line.text)
    return Line(line.text[match.end():], line.no) if match else line


def read_counted_notes(lines: list[Line], page: int, expected: int | None, language: str,
                       markers: Callable[[str], int] = lambda text: 0) -> MarginNotes | None:
    """The page's notes where its block of short lines opens with notes that show no number
    and goes on with one that does; None where the page does not show that."""
    if expected is None:
        return None
    apart = {k for k, line in enumerate(lines) if bare_number(line) is not None}
    block = foot_block(lines, apart)
    if block is None:
        return None
    opening = next((j for j, k in enumerate(block) if j and (v := _number(lines[k])) is not None
                    and expected < v <= expected + MAX_SKIP), None)
    if opening is None:
        return None
    carried = carried_lines(lines, block[:opening], language)
    head = block[len(carried):opening]
    first_numbered = _number(lines[block[opening]])
    assert first_numbered is not None
    count = first_numbered - expected
    # the numbered notes: each begins on a line with the next number of the run
    numbered: list[tuple[int, list[int]]] = []
    for k in block[opening:]:
        value = _number(lines[k])
        if value is not None and (not numbered or numbered[-1][0] < value <= numbered[-1][0] + _STEP):
            numbered.append((value, [k]))
        else:
            numbered[-1][1].append(k)
    taken = set(block)
    body = [line for k, line in enumerate(lines) if k not in taken]
    if not head or 2 * markers(" ".join(line.text for line in body)) < count + len(numbered):
        return None
    # the numbered notes' first lines without their numbers
    stripped = {piece[0]: _strip_number(lines[piece[0]]) for _, piece in numbered}
    view = [stripped.get(k, line) for k, line in enumerate(lines)]
    pieces = divide(lines, head, count, language)
    warnings = []
    if pieces is None:
        pieces = [head]
        shown = f"{expected}–{first_numbered - 1}" if count > 1 else str(expected)
        warnings.append((f"notes {shown}: their texts, printed without their numbers, could not be told "
                         f"apart (fewer than {count} places where a note ends); kept together in note "
                         f"{expected}; check and divide them", lines[head[0]].no))
    notes = [note_of(expected + i, page, lines, piece) for i, piece in enumerate(pieces)]
    notes += [note_of(value, page, view, piece) for value, piece in numbered]
    return MarginNotes(body, notes, numbered[-1][0], warnings, [lines[k] for k in carried])

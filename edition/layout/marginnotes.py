# SPDX-License-Identifier: MIT
"""Notes whose numbers OCR read as a column apart from their texts, paired again.

A page whose notes hang their numbers in a margin column comes out of Tesseract as a block
of bare numbers (`numbercolumn`), the text, and the notes' texts as a block of short lines
without numbers (`noteblock`). The column says how many notes the page has and which: the
block is divided into that many notes, in order. Where it cannot be divided so (too few
places where a note plausibly ends, or numbers of further notes inside its lines, a second
column read across with the first), its text is kept together in the column's first note,
with a warning, rather than divided at a guess.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition.layout.noteblock import carried_lines, divide, foot_block
from edition.layout.notezone import NoteBlock
from edition.layout.numbercolumn import bare_number, number_column
from edition.layout.pages import Line

# a number inside a line, between words, beginning a text: "… 15/11/ 31 Jourdan à …"
_INNER_NUMBER = re.compile(r"(?<=\S)\s+(\d{1,4})\s+(?=[^\W\d_])")
# how far past the column's last number a number inside the block may show a further note
_FURTHER = 4


@dataclass
class MarginNotes:
    body: list[Line]
    notes: list[NoteBlock]
    highest: int                # the highest note number the page shows
    warnings: list[tuple[str, int]] = field(default_factory=list)
    # the block's first lines, begun in lower case: the end of a note begun before
    carried: list[Line] = field(default_factory=list)


def _further_notes(lines: list[Line], block: list[int], last: int) -> list[int]:
    """Numbers of notes after the column's last that stand inside the block's lines."""
    found = []
    for k in block:
        for match in _INNER_NUMBER.finditer(lines[k].text):
            value = int(match.group(1))
            if last < value <= last + _FURTHER and value not in found:
                found.append(value)
    return found


def note_of(n: int, page: int, lines: list[Line], piece: list[int]) -> NoteBlock:
    """Note n of the page, of the lines at `piece`."""
    return NoteBlock(str(n), page, [lines[k].stripped for k in piece], lines[piece[0]].no,
                     [lines[k].no for k in piece])


def read_margin_notes(lines: list[Line], page: int, expected: int | None, language: str,
                      markers: Callable[[str], int] = lambda text: 0) -> MarginNotes | None:
    """The page's notes from a column of numbers and a block of their texts; None where
    the page does not show both, or where its text shows markers for fewer than half of
    the column's numbers (`markers` counts a text's; a table's or a list's numbers have none)."""
    column = number_column(lines, expected)
    if column is None:
        return None
    numbers = set(column.indices)
    last = column.numbers[-1]
    # a number alone outside the column (the page's own) divides blocks but is no note's
    apart = {k for k, line in enumerate(lines) if bare_number(line) is not None}
    # a block of longer lines just above, with numbers of further notes inside its lines,
    # is two columns of notes read across: notes too
    # (two of them where no block of short lines stands below it)
    block = foot_block(lines, apart, lambda chunk, alone: len(_further_notes(lines, chunk, last)) >= 1 + alone)
    if block is None:
        return None
    body = [line for k, line in enumerate(lines) if k not in numbers and k not in block]
    if 2 * markers(" ".join(line.text for line in body)) < len(column.numbers):
        return None
    first = column.numbers[0]
    further = _further_notes(lines, block, last)
    highest = max([last, *further])
    carried = carried_lines(lines, block, language) if not further else []
    block = block[len(carried):]
    carried_lines_ = [lines[k] for k in carried]
    pieces = None if further or not block else divide(lines, block, len(column.numbers), language)
    if pieces is not None:
        return MarginNotes(body, [note_of(n, page, lines, piece) for n, piece in zip(column.numbers, pieces)],
                           highest, carried=carried_lines_)
    if not block:
        return None
    shown = f"{first}–{highest}" if highest > first else str(first)
    why = "numbers of further notes stand inside its lines (columns read across)" if further \
        else f"it shows fewer than {len(column.numbers)} places where a note ends"
    warning = (f"notes {shown}: their texts, read apart from their numbers, could not be told apart "
               f"({why}); kept together in note {first}, the other numbers left in the text; "
               "check and divide them")
    # the numbers no note takes stay in the text, as printed
    kept = set(block) | {column.indices[0]}
    body = [line for k, line in enumerate(lines) if k not in kept]
    return MarginNotes(body, [note_of(first, page, lines, block)], highest, [(warning, lines[block[0]].no)],
                       carried_lines_)

# SPDX-License-Identifier: MIT
"""A column of note numbers that OCR read apart from the notes' texts.

Where a page's notes hang their numbers in a narrow margin column, Tesseract reads that
column as a block of its own: lines that are each only a number ("29", "30", "3I", "32"),
before the text of the page or after it, and the notes' texts elsewhere without their
numbers. This module finds such lines and reads them against the numbering: the numbers
must follow on from one another (and from the numbering's next number, where it is known),
each reading able to stand for its number (`ocrnumbers.likeness`), most of them showing it
plainly enough (`ocrnumbers.reads_as`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from edition.layout.ocrnumbers import WILDCARDS, likeness, normalised, reads_as
from edition.layout.pages import Line

# a line that is a number only, as OCR may read it: digits with lookalike letters or signs
# among them ("3I", "5o", "?2"), at least one digit
_BARE = re.compile(rf"^\s*((?=\S*\d)[\d{re.escape(WILDCARDS)}lIOoı]{{1,4}})\s*$")
# OCR's dotless i for a 1 of a small-type figure ("ı8. Jahrhundert")
_DOTLESS = str.maketrans({"ı": "1"})
# how far the column's first number may lie beyond the numbering's next (notes of the pages
# between that no reading found)
MAX_SKIP = 6


@dataclass
class NumberColumn:
    numbers: list[int]       # the column's note numbers, in order
    indices: list[int]       # the page lines they stand on


def bare_number(line: Line) -> str | None:
    """The reading of a line that is only a number, else None."""
    match = _BARE.match(line.text)
    return match.group(1).translate(_DOTLESS) if match else None


def _no_digit_wrong(read: str, meant: str) -> bool:
    """Does the reading show no digit other than the number's, in place (a digit may be
    lost, or read as a sign or a lookalike letter)? A column's figures are large and clear:
    OCR misreads them as letters, seldom as other digits."""
    read = normalised(read)
    if len(read) == len(meant):
        return all(got == want or not got.isdigit() for got, want in zip(read, meant))
    return len(read) == len(meant) - 1 and any(
        _no_digit_wrong(read, meant[:k] + meant[k + 1:]) for k in range(len(meant)))


def _fits(readings: list[str], first: int) -> float | None:
    """How well the readings stand for first, first + 1, …: None where one cannot, or where
    fewer than half show their number plainly."""
    scores = [likeness(read, str(first + k)) for k, read in enumerate(readings)]
    if first < 1 or any(score <= 0 or not _no_digit_wrong(read, str(first + k))
                        for k, (score, read) in enumerate(zip(scores, readings))):
        return None
    plain = sum(1 for k, read in enumerate(readings) if reads_as(read, first + k))
    if 2 * plain < len(readings):
        return None
    return sum(scores)


def _read_run(found: list[tuple[int, str]], expected: int | None) -> NumberColumn | None:
    readings = [read for _, read in found]
    starts = {int(read) - k for k, read in enumerate(readings) if read.isdigit()}
    if expected is not None:
        starts = {s for s in starts | {expected} if expected <= s <= expected + MAX_SKIP}
    best: tuple[float, int] | None = None
    for first in sorted(starts):
        score = _fits(readings, first)
        if score is not None and (best is None or score > best[0]):
            best = (score, first)
    if best is None:
        return None
    return NumberColumn([best[1] + k for k in range(len(found))], [k for k, _ in found])


def number_column(lines: list[Line], expected: int | None) -> NumberColumn | None:
    """The page's lines that are only numbers, read as one run of note numbers; None where
    they do not follow on from one another (or from `expected`, the numbering's next). A
    number alone on the page's first or last line may be the page's own number: the run is
    read without it where it does not fit."""
    found = [(k, read) for k, line in enumerate(lines) if (read := bare_number(line)) is not None]
    content = [k for k, line in enumerate(lines) if not line.blank]
    if not found:
        return None
    ends = {content[0], content[-1]}
    trials = [found, [f for f in found if f[0] != content[-1]], [f for f in found if f[0] != content[0]],
              [f for f in found if f[0] not in ends]]
    for trial in trials:
        if trial and (trial is found or len(trial) < len(found)):
            column = _read_run(trial, expected)
            # one number on the page's first or last line, at a text's start, with no
            # numbering to read it by, may as well be the page's own
            if column is not None and not (expected is None and len(trial) == 1 and trial[0][0] in ends):
                return column
    return None

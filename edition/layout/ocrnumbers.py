# SPDX-License-Identifier: MIT
"""Note numbers as OCR reads them, weighed against the number the numbering expects.

OCR loses a digit of a small-type number ("27" for 227), puts a sign for one ("25°",
"2?7", "24©"), reads a 1 as a letter ("l", "I") or a 0 as "O", or a digit as another
("744" for 244). Which number a reading stands for is decided by the numbering: the note
expected next, or the place between the markers of its neighbours. `likeness` says how
well a reading fits a number (0: not at all); the signs a reading may put for a digit are
few and never letters of a word.
"""
from __future__ import annotations

import re

# signs OCR puts for a digit of a superscript or of a small-type note number
WILDCARDS = "?°©®>’”'*"
# letters and signs read for a digit
LOOKALIKES = {"l": "1", "I": "1", "!": "1", "|": "1", "O": "0", "o": "0"}
# a note number as OCR may read it at a line's start: digits with a sign or a lookalike
# among them, at least one digit ("25° See", "2?7 See", "l2 See"), then the note's text
READING = re.compile(rf"^\s*((?=[^\s]*\d)[\d{re.escape(WILDCARDS)}lIO]{{1,4}})[.)]?\s+(?=\S)")


def normalised(read: str) -> str:
    """The reading with lookalike letters put back as the digits they stand for."""
    return "".join(LOOKALIKES.get(ch, ch) for ch in read)


def _aligned(read: str, meant: str) -> tuple[int, int] | None:
    """(digits matched, digits differing) of a reading set against a number of its length."""
    matched = differing = 0
    for got, want in zip(read, meant):
        if got.isdigit():
            if got == want:
                matched += 1
            else:
                differing += 1
        elif got not in WILDCARDS:
            return None
    return matched, differing


def likeness(read: str, meant: str) -> float:
    """How well an OCR reading stands for the number `meant`: the digits it shows in place,
    less for a digit lost or read as another; 0 where it cannot stand for it."""
    read = normalised(read.rstrip("_"))
    if not meant.isdigit() or not read or len(read) > len(meant):
        return 0.0
    if read == meant:
        return float(len(meant)) + 1
    if len(read) == len(meant):
        score = _aligned(read, meant)
        if score is None or score[1] > 1:
            return 0.0
        matched, differing = score
        if differing and not matched:
            return 0.1      # signs and one digit, read wrong ("??4" for 221): the place speaks
        # every digit shown and one read wrong ("744" for 244) is weaker than signs for it
        return matched - 0.5 * differing + (0.25 if matched + differing < len(meant) or not differing else 0)
    if len(read) == len(meant) - 1:
        # one digit lost, anywhere: the rest in place
        best = 0.0
        for k in range(len(meant)):
            score = _aligned(read, meant[:k] + meant[k + 1:])
            if score is not None and not score[1]:
                best = max(best, score[0] - 0.5)
        return best
    return 0.0


def reads_as(read: str, meant: int) -> bool:
    """Can a note number read by OCR be `meant`, with at least one digit shown in place?"""
    return likeness(read, str(meant)) >= 1

# SPDX-License-Identifier: MIT
"""The notes of a page as one block of short lines without their numbers, and where it divides.

Notes set in a narrow column have lines markedly shorter than the text's. At a page's foot,
the blocks (between blank lines) whose lines are nearly all that short make up its notes
block: it ends the page, or stands before the page's last lines of text where OCR read the
text's last lines after it. A block begun by a dash is an item of the text's list, not a note. Told how many notes it holds, the block is divided at the most
plausible places between two lines: a line that ends a sentence or a citation followed by
one that begins anew (a capital, a word notes open with, edition/data/notes/<language>.toml),
more so at a blank line or after a line that stops short; never after a hyphen or before a
line in lower case, hardly before a figure or after a word notes open with ("Vgl.").
"""
from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Callable

from edition import data
from edition.layout.pages import Line, runs_between

SHORT = 0.72            # a note line is at most this share of the text's usual line length
MIN_TEXT_LINE = 25      # lines at least this long give the text's usual length
MIN_BODY_LINES = 6      # lines to measure the text by
FULL_RANK = 0.9         # the rank of the page's longest line that is not an outlier
FULL = 0.85             # a full line of text is at least this share of that one
MOSTLY = 0.8            # share of a block's lines that must be short
LEAST_BOUNDARY = 2.0    # a division scored lower is not a plausible end of a note

_ENDS = re.compile(r"(?:[.!?»«”\"’)\]]|\d[a-z]?\.|\bf{1,2}\.)\s*$")
_CUT = re.compile(r"[-‐‑–=]\s*$")
_OPEN = re.compile(r"[,;:(]\s*$")
# an item of the text's list ("— two cities (Bremen, Hamburg);"): short, but no note
_ITEM = re.compile(r"^\s*[—–-]\s")


@functools.cache
def openers(language: str) -> frozenset[str]:
    try:
        table = data.load(f"notes/{language}")
    except FileNotFoundError:
        return frozenset()
    return frozenset(table.get("openers", []))


@functools.cache
def _lowered(language: str) -> frozenset[str]:
    return frozenset(word.lower() for word in openers(language))


def usual_length(lines: list[Line]) -> float | None:
    """The text's usual line length: the median of the page's full lines, those near the
    length of its longest (but for a few longer still, lines OCR ran across the columns);
    notes in a narrow column, however many, are not among them."""
    lengths = sorted(len(line.stripped) for line in lines if len(line.stripped) >= MIN_TEXT_LINE)
    if len(lengths) < MIN_BODY_LINES:
        return None
    top = lengths[int(FULL_RANK * (len(lengths) - 1))]
    full = [length for length in lengths if length >= FULL * top]
    if len(full) < MIN_BODY_LINES:
        return None
    return statistics.median(full)


def _chunks(lines: list[Line], skip: set[int]) -> list[list[int]]:
    """The page's blocks of lines between blank lines (and lines in `skip`), as indices."""
    return runs_between(range(len(lines)), lambda k: lines[k].blank or k in skip)


def _short(chunk: list[int], lines: list[Line], limit: float) -> bool:
    short = sum(1 for k in chunk if len(lines[k].stripped) <= limit)
    return short >= MOSTLY * len(chunk)


def foot_block(lines: list[Line], skip: set[int],
               belongs: Callable[[list[int], bool], bool] = lambda chunk, alone: False) -> list[int] | None:
    """The indices of the page's notes block: the short-lined blocks at the foot of the page
    (lines in `skip`, the numbers' column, set aside), and blocks of longer lines at the foot
    or just above them that `belongs` says are notes too (told whether the block would stand
    alone, with no short block below it); None where the page shows none."""
    usual = usual_length([line for k, line in enumerate(lines) if k not in skip])
    if usual is None:
        return None
    limit = SHORT * usual
    chunks = _chunks(lines, skip)
    block: list[int] = []
    for chunk in reversed(chunks):
        if _ITEM.match(lines[chunk[0]].text) or (not _short(chunk, lines, limit) and not belongs(chunk, not block)):
            break
        block = chunk + block
    # the block must stand below text: a page of short lines only is no text with notes
    if not block or len(block) == sum(len(chunk) for chunk in chunks):
        return None
    return block


def _opens(text: str, language: str) -> bool:
    words = openers(language)
    first = text.split(maxsplit=2)
    return bool(first) and (first[0] in words or len(first) > 1 and f"{first[0]} {first[1]}" in words)


def boundary_score(before: str, after: str, gap: bool, short_end: bool, language: str) -> float:
    """How plausibly a note ends after the line `before` and the next begins with `after`."""
    score = 0.0
    if _CUT.search(before):
        return -3.0
    words = before.split()
    if _ENDS.search(before) and not (words and words[-1].lower() in _lowered(language)):
        score += 2.0        # (a line ending "… see also Vgl." goes on with what it cites)
    elif _OPEN.search(before):
        score -= 1.0
    first = after.lstrip()[:1]
    if first.isupper():
        score += 1.0
    elif first.islower():
        return -2.0
    elif first.isdigit():
        score -= 1.0        # a volume's or a page's number goes on with a citation
    if _opens(after, language):
        score += 1.0
    if gap:
        score += 1.5
    if short_end:
        score += 0.5
    return score


def carried_lines(lines: list[Line], block: list[int], language: str) -> list[int]:
    """The block's first lines where it opens in lower case: the end of a note begun on the
    page before (or in the other column), up to the first place a note plausibly ends."""
    if not lines[block[0]].stripped[:1].islower():
        return []
    for j in range(1, len(block)):
        before, after = lines[block[j - 1]], lines[block[j]]
        gap = block[j] - block[j - 1] > 1
        if boundary_score(before.stripped, after.stripped, gap, False, language) >= LEAST_BOUNDARY:
            return block[:j]
    return []


def divide(lines: list[Line], block: list[int], count: int, language: str) -> list[list[int]] | None:
    """The block divided into `count` notes at its count − 1 most plausible places; None
    where it has fewer plausible places than that."""
    if count < 1 or len(block) < count:
        return None
    if count == 1:
        return [block]
    widest = max(len(lines[k].stripped) for k in block)
    scored = []
    for j in range(1, len(block)):
        before, after = lines[block[j - 1]], lines[block[j]]
        gap = block[j] - block[j - 1] > 1
        short_end = len(before.stripped) < 0.75 * widest
        score = boundary_score(before.stripped, after.stripped, gap, short_end, language)
        if score >= LEAST_BOUNDARY:
            scored.append((score, -j, j))
    if len(scored) < count - 1:
        return None
    cuts = sorted(j for _, _, j in sorted(scored, reverse=True)[:count - 1])
    pieces, start = [], 0
    for j in cuts + [len(block)]:
        pieces.append(block[start:j])
        start = j
    return pieces

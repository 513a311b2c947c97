# SPDX-License-Identifier: MIT
"""Markers paired with notes, under any numbering: continuous, per page, per letter or
section, symbols.

Each note looks for an unused marker with its number: on its own page for notes printed at
the page foot, or the nearest one before it for notes gathered after a paragraph, a section
or a letter. An unmistakable marker wins over a glued number, a glued number over a free one.
A note of an OCR'd page that finds none takes a marker the OCR garbled ("?41") or misread
("744"), the page's notes and markers aligned in order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from edition.layout.markers import GARBLED, Marker, garbled_digits, garbled_reading
from edition.layout.ocrnumbers import likeness


@dataclass
class Candidate:
    block: int
    seg: int
    page: int
    marker: Marker
    order: int          # position in reading order


@dataclass
class NoteRef:
    """A note as the pairing sees it: its number, page and where it stands in reading order."""
    key: int
    n: str
    page: int
    order: int          # reading-order position of the note block (for gathered notes)


def pair(notes: list[NoteRef], candidates: list[Candidate], same_page: bool) -> dict[int, Candidate]:
    """note key -> the marker it is anchored at."""
    used: set[tuple[int, int, int]] = set()
    result: dict[int, Candidate] = {}
    cursor: dict[int, int] = {}           # per page: order of the last marker used
    by_number: dict[str, list[Candidate]] = defaultdict(list)
    by_seg: dict[tuple[int, int], list[Candidate]] = defaultdict(list)
    # by number and page, in the candidates' order: a number that restarts on every page is
    # looked for among its page's markers, not among all the book's
    by_page: dict[tuple[str, int], list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_number[c.marker.n].append(c)
        by_seg[(c.block, c.seg)].append(c)
        by_page[(c.marker.n, c.page)].append(c)
    uses = Counter(note.n for note in notes)

    def free(c: Candidate) -> bool:
        return (c.block, c.seg, c.marker.start) not in used

    for note in notes:
        same = by_number.get(note.n, [])
        if same_page:
            pool = [c for c in by_page.get((note.n, note.page), []) if free(c)]
            if not pool:
                # a note the tool printed on the page after its marker's
                pool = [c for c in by_page.get((note.n, note.page - 1), []) if free(c)]
            if not pool and uses[note.n] == 1:
                # notes gathered at the end of a chapter or of the text (markdown's `[^1]: …`):
                # a number used once is paired wherever its one marker stands
                pool = [c for c in same if free(c)]
                pool = pool if len(pool) == 1 else []
        else:
            pool = [c for c in same if c.order < note.order and free(c)]
        if not pool:
            continue
        if same_page:
            after = [c for c in pool if c.order > cursor.get(note.page, -1)]
            pool = after or pool
            best = max(pool, key=lambda c: (c.marker.strength, -c.order))
        else:
            best = max(pool, key=lambda c: (c.marker.strength, c.order))
        result[note.key] = best
        cursor[note.page] = best.order
        used |= _places_of(best, by_seg)
    if same_page:
        _pair_garbled(notes, candidates, result, used, by_seg)
    return result


def _places_of(best: Candidate, by_seg: dict[tuple[int, int], list[Candidate]]) -> set[tuple[int, int, int]]:
    """The marker places a chosen marker takes: a place read as two numbers (OCR "*" as "*"
    and as "1") is one place."""
    return {(c.block, c.seg, c.marker.start) for c in by_seg[(best.block, best.seg)]
            if c.marker.start < best.marker.end and best.marker.start < c.marker.end}


def _readable_as(digits: str, n: str) -> bool:
    """Can a garbled marker whose legible digits are `digits` be note n's (they are some of its
    digits, in order)?"""
    rest = iter(n)
    return n.isdigit() and all(d in rest for d in digits)


def _fit(c: Candidate, n: str, numbers: set[str]) -> float:
    """How well a marker the OCR misread stands for note n (0: not at all): a garbled one by
    its digits and signs, a glued number no note of the page has ("744") by its digits."""
    if c.marker.n.startswith(GARBLED):
        read = garbled_reading(c.marker)
        score = likeness(read, n)
        if score:
            return score
        digits = garbled_digits(c.marker)
        # signs only, or some of its digits in order: the place alone speaks for it
        return (0.3 if digits else 0.2) if _readable_as(digits, n) else 0.0
    if c.marker.strength >= 1 and c.marker.n.isdigit() and c.marker.n not in numbers:
        score = likeness(c.marker.n, n)
        return score if score >= 1 else 0.0
    return 0.0


def _pair_garbled(notes: list[NoteRef], candidates: list[Candidate], result: dict[int, Candidate],
                  used: set[tuple[int, int, int]], by_seg: dict[tuple[int, int], list[Candidate]]) -> None:
    """The notes of a page that found no marker of their number take the markers the OCR
    misread: the markers of a page stand in the order of their notes, so the notes between
    two anchored ones are aligned with the misread markers between those two, in order,
    each pair weighed by how well the reading fits the number (see `_align`)."""
    if not any(c.marker.n.startswith(GARBLED) for c in candidates):
        return
    by_page: dict[int, list[NoteRef]] = defaultdict(list)
    for note in notes:
        by_page[note.page].append(note)
    # each page's candidates, in their order: a page's gap is filled from its own markers
    page_candidates: dict[int, list[Candidate]] = defaultdict(list)
    for c in candidates:
        page_candidates[c.page].append(c)
    for page, page_notes in by_page.items():
        ordered = sorted(page_notes, key=lambda note: (int(note.n) if note.n.isdigit() else 0, note.key))
        numbers = {note.n for note in ordered}
        k = 0
        while k < len(ordered):
            if ordered[k].key in result:
                k += 1
                continue
            end = k
            while end < len(ordered) and ordered[end].key not in result:
                end += 1
            low = max((result[o.key].order for o in ordered[:k] if o.key in result), default=-1)
            high = min((result[o.key].order for o in ordered[end:] if o.key in result), default=None)
            pool = sorted((c for c in page_candidates.get(page, []) if low < c.order
                           and (high is None or c.order < high)
                           and (c.block, c.seg, c.marker.start) not in used
                           and not _inside_garbled(c, by_seg)), key=lambda c: c.order)
            for note, best in _align(ordered[k:end], pool, numbers):
                if (best.block, best.seg, best.marker.start) in used:
                    continue
                result[note.key] = best
                used |= _places_of(best, by_seg)
            k = end


def _inside_garbled(c: Candidate, by_seg: dict[tuple[int, int], list[Candidate]]) -> bool:
    """A number read as part of a wider garbled marker ("39" of "?39") is that marker's."""
    return not c.marker.n.startswith(GARBLED) and any(
        o.marker.n.startswith(GARBLED) and o.marker.start <= c.marker.start and c.marker.end <= o.marker.end
        and (o.marker.start, o.marker.end) != (c.marker.start, c.marker.end) for o in by_seg[(c.block, c.seg)])


def _align(notes: list[NoteRef], pool: list[Candidate], numbers: set[str]) -> list[tuple[NoteRef, Candidate]]:
    """Notes in their order and markers in reading order, paired without crossing so that
    the sum of the pairs' fits is greatest (an alignment, as of two sequences)."""
    rows, cols = len(notes), len(pool)
    best = [[0.0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            fit = _fit(pool[j], notes[i].n, numbers)
            take = fit + best[i + 1][j + 1] if fit else 0.0
            best[i][j] = max(take, best[i + 1][j], best[i][j + 1])
    pairs: list[tuple[NoteRef, Candidate]] = []
    i = j = 0
    while i < rows and j < cols:
        fit = _fit(pool[j], notes[i].n, numbers)
        if fit and best[i][j] == fit + best[i + 1][j + 1]:
            pairs.append((notes[i], pool[j]))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i][j + 1]:
            j += 1
        else:
            i += 1
    return pairs

# SPDX-License-Identifier: MIT
"""Running heads, page-number lines and margin furniture: found by layout and recurrence.

A line is furniture when it stands at a page edge (or alone in a margin block) and its
wording recurs on other pages with only its numbers changed; a bare number at the page's
top or foot is a page-number line. The printed page numbers are read from these lines and
checked against the sequence the pages make; a page whose number line is missing gets the
number the sequence gives, marked as inferred. Nothing is dropped: furniture is kept on the
page (as `fw` in the TEI).
"""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from edition.layout.pages import Line, Page

EDGE = 4            # lines at the top and foot of a page that may be running heads
SHORT = 90          # furniture is short
ALONE_SHORT = 60     # margin furniture standing alone among the text (a short title, an author)
MIN_SIGNATURE = 4   # and says something beyond a number
# a line ending like a sentence ("See id. at 54.") is text, however often it recurs
_SENTENCE_END = re.compile(r"[a-z0-9\)][.;,]$")
_BARE_NUMBER = re.compile(r"^[\W_]{0,2}(\d{1,4})[\W_]{0,2}$")
_EDGE_NUMBER = re.compile(r"^[\W_]{0,2}(\d{1,4})\b|\b(\d{1,4})[\W_]{0,2}$")


def signature(text: str) -> str:
    """The wording of a line without its page number (at either end), case and punctuation.

    A line that is one token ("Rg1/2002", a journal's volume) keeps its numbers: it is the
    same on every page."""
    text = text.strip().lower()
    if " " not in text and re.search(r"[^\W\d_]", text):
        return re.sub(r"[\W_]", "", text)
    text = re.sub(r"^[\W_]*\d{1,4}\b|\b\d{1,4}[\W_]*$", "", text)
    return re.sub(r"[\W_]", "", text)


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 10:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.85


def _edge_lines(page: Page) -> list[Line]:
    body = [line for line in page.lines if not line.blank]
    return body[:EDGE] + body[-EDGE:] if len(body) > 2 * EDGE else body


def _alone(page: Page, index: int) -> bool:
    """A line at the edge of a block: a blank line (or the page edge) before or after it.
    pdftotext prints a margin's running head at the end of the column beside it, so that only
    one side of it is blank."""
    lines = page.lines
    before = index == 0 or lines[index - 1].blank
    after = index == len(lines) - 1 or lines[index + 1].blank
    return before or after


def _recurring(pages: list[Page]) -> set[str]:
    """Signatures of short lines seen at an edge, or alone, on at least two pages."""
    seen: Counter[str] = Counter()
    for page in pages:
        sigs = {signature(line.text) for line in _edge_lines(page)
                if len(line.stripped) <= SHORT and not _SENTENCE_END.search(line.stripped)}
        sigs |= {signature(line.text) for i, line in enumerate(page.lines)
                 if not line.blank and len(line.stripped) <= ALONE_SHORT and _alone(page, i)
                 and not _SENTENCE_END.search(line.stripped)}
        seen.update(s for s in sigs if len(s) >= MIN_SIGNATURE)
    least = max(2, round(len(pages) / 4))
    common = {s for s, count in seen.items() if count >= least}
    # OCR noise: a signature close to a common one counts as that one
    for s in seen:
        if s not in common and any(_similar(s, c) for c in common):
            common.add(s)
    return common


def _number_in(text: str) -> str | None:
    match = _EDGE_NUMBER.search(text.strip())
    if not match:
        return None
    return match.group(1) or match.group(2)


def _furniture_kind(page: Page, index: int, common: set[str]) -> str | None:
    """"number" (a bare number), "head" (a recurring short line), "alone" (one standing alone
    among the text, as margin furniture does) or None (text)."""
    line = page.lines[index]
    if len(line.stripped) > SHORT:
        return None
    if _BARE_NUMBER.match(line.stripped):
        return "number"
    if signature(line.text) not in common:
        return None
    return "alone" if _alone(page, index) and len(line.stripped) <= ALONE_SHORT else "head"


COLUMN = 8          # lines whose indents differ by more than this stand in different columns


def _edge_band(page: Page, body: list[int], kinds: dict[int, str | None]) -> set[int]:
    """The lines of the page's top and foot bands: from each edge inwards, at most EDGE lines,
    up to the first line of text in the same column. A recurring line further in (an article's
    title and author on its first page, which the running heads repeat) is text; a line of
    another column in between (a margin note's last line, in a layout that keeps columns)
    does not close the band."""
    band: set[int] = set()
    for side in (body[:EDGE], body[::-1][:EDGE]):
        text_indents: list[int] = []
        for i in side:
            indent = page.lines[i].indent
            if kinds[i] is None:
                text_indents.append(indent)
            elif not any(abs(indent - other) <= COLUMN for other in text_indents):
                band.add(i)
    return band


def strip_furniture(pages: list[Page], min_pages: int = 3) -> None:
    """Move furniture lines of every page into `page.furniture`; set printed page numbers."""
    if len(pages) < 2:
        return
    common = _recurring(pages) if len(pages) >= min_pages else set()
    candidates: list[list[tuple[int, int]]] = []   # per page: (line index, number)
    heads: list[set[int]] = []                      # per page: indexes of running heads
    for page in pages:
        body = [i for i, line in enumerate(page.lines) if not line.blank]
        kinds = {i: _furniture_kind(page, i, common) for i in body}
        edges = _edge_band(page, body, kinds)
        found: list[tuple[int, int]] = []
        furniture: set[int] = set()
        for i in body:
            line, kind = page.lines[i], kinds[i]
            at_edge = i in edges
            if kind == "number" and at_edge:
                value = int(_BARE_NUMBER.match(line.stripped).group(1))  # type: ignore[union-attr]
                # the outermost line is where a page number stands; a number further in may
                # be a note's (pdftotext prints note numbers on lines of their own)
                outermost = i in (body[0], body[-1])
                found += [(i, value)] * (2 if outermost else 1)
            # a recurring line standing alone among the text is margin furniture on a page
            # that has a band of furniture (not on a title page, which has none)
            elif kind == "head" and at_edge or kind == "alone" and edges:
                furniture.add(i)
                printed = _number_in(line.text) if at_edge else None
                if printed:
                    found.append((i, int(printed)))
        candidates.append(found)
        page.furniture += [("header", page.lines[i]) for i in sorted(furniture)]
        heads.append(furniture)
    offset = _sequence_offset(candidates)
    numbered = [i for i, found in enumerate(candidates)
                if offset is not None and any(n == offset + i for _, n in found)]
    first, last = (numbered[0], numbered[-1]) if numbered else (0, -1)
    for page, found, furniture in zip(pages, candidates, heads):
        drop = set(furniture)
        if offset is not None:
            expected = offset + page.index
            hits = [i for i, n in found if n == expected]
            if hits:
                page.number = str(expected)
                for i in hits:
                    if i not in drop:
                        page.furniture.append(("pageNum", page.lines[i]))
                        drop.add(i)
            elif first <= page.index <= last:
                # between two printed numbers: the sequence gives it
                page.number = str(expected)
                page.number_inferred = True
        page.lines = [line for i, line in enumerate(page.lines) if i not in drop]
        page.furniture.sort(key=lambda item: item[1].no)


def _sequence_offset(candidates: list[list[tuple[int, int]]]) -> int | None:
    """The d for which page i is numbered d + i on the most pages (at least two, or the only one)."""
    votes: Counter[int] = Counter()
    for index, found in enumerate(candidates):
        weights: Counter[int] = Counter(n - index for _, n in found)
        for offset, weight in weights.items():
            votes[offset] += min(weight, 2)
    if not votes:
        return None
    offset, count = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
    pages_with_numbers = sum(1 for found in candidates if found)
    if count >= 2 or pages_with_numbers == 1:
        return offset
    return None


_CUT_END = re.compile(r"[^\W\d_]-?$|[,;]$")
_PAGE_NUMBER_LINE = re.compile(r"^[\W_]{0,2}(?:\d{1,4}|[ivxlcdm]{1,7})[\W_]{0,2}$")


def strip_recurring_first_lines(pages: list[Page], min_pages: int = 3) -> None:
    """Pages whose paragraphs are one line each show a running head, where a tool keeps it,
    as the page's first line standing alone: the same short wording (its page number aside)
    opening three pages or more is the running head, never a heading of each page."""
    firsts: list[tuple[Page, int, str]] = []
    for page in pages:
        content = [i for i, line in enumerate(page.lines) if not line.blank]
        if len(content) < 2:
            continue
        i = content[0]
        text = page.lines[i].stripped
        if len(text) <= ALONE_SHORT and _alone(page, i) and not _SENTENCE_END.search(text):
            firsts.append((page, i, signature(text)))
    groups: dict[str, list[tuple[Page, int]]] = {}
    for page, i, sig in firsts:
        if len(sig) >= MIN_SIGNATURE:
            groups.setdefault(sig, []).append((page, i))
    heads: set[int] = set()
    for members in groups.values():
        if len(members) < min_pages:
            continue
        texts = {page.lines[i].stripped for page, i in members}
        # a number that changes is the page's own, going with the page's place in the text
        # ("CHAPTER 1", "CHAPTER 2" open pages too, but their numbers do not follow the pages)
        offsets = Counter(int(n) - page.index for page, i in members
                          if (n := _number_in(page.lines[i].text)) is not None)
        if len(texts) == 1 or offsets and offsets.most_common(1)[0][1] >= max(2, len(members) - 1):
            heads |= {id(page.lines[i]) for page, i in members}
    for page, i, _sig in firsts:
        if id(page.lines[i]) in heads:
            line = page.lines[i]
            printed = _number_in(line.text)
            if printed and page.number is None:
                page.number = printed
            page.furniture.append(("header", line))
            del page.lines[i]


def strip_interrupting_heads(pages: list[Page]) -> None:
    """Where a tool keeps no running heads but a few (olmOCR), a head is known by the text
    it interrupts: the page's first line, short and standing alone, between a sentence the
    page before left open and the words that go on with it in lower case ("… the river. Un" |
    "EN ROUTE POUR LA MER GLACIALE." | "peu en amont …"). So is a page-number line there."""
    for previous, page in zip(pages, pages[1:]):
        before = next((line for line in reversed(previous.lines) if not line.blank), None)
        content = [i for i, line in enumerate(page.lines) if not line.blank]
        if before is None or len(content) < 2 or not _CUT_END.search(before.stripped):
            continue
        first, second = content[0], content[1]
        head = page.lines[first]
        alone = second > first + 1
        if alone and len(head.stripped) <= ALONE_SHORT and page.lines[second].stripped[:1].islower() \
                and not _SENTENCE_END.search(head.stripped):
            kind = "pageNum" if _PAGE_NUMBER_LINE.match(head.stripped) else "header"
            page.furniture.append((kind, head))
            del page.lines[first]

# SPDX-License-Identifier: MIT
"""Notes written out in brackets, as transcribers do: `[Footnote 12: …]`, over as many lines
as they take; brackets inside a note ([editorial remarks]) are balanced. The words that open
such a note are data: edition/data/layout/bracketed-notes.toml."""
from __future__ import annotations

import functools
import re

from edition.layout.notezone import NoteBlock
from edition.layout.pages import Line, Page
from edition.layout.sidenotes import gather_sidenotes, opening_words
from edition.report import Report



@functools.cache
def _opening() -> re.Pattern[str]:
    words = sorted(opening_words()["footnote"], key=len, reverse=True)
    alternatives = "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)
    return re.compile(rf"^\s*\*?\[(?:{alternatives})\s*([^\]:\s]*)\s*:\s*", re.IGNORECASE)


def take_bracketed_notes(page: Page, report: Report) -> list[NoteBlock]:
    """Remove `[Footnote N: …]` blocks from the page's lines; a blank line keeps their place.
    A note continued on a later page ("[Footnote 1: …]*" | "*[Footnote: …]") comes out in two
    blocks, the second marked `continues` (the engine joins them).
    Sidenotes are put on one line at the start of their paragraph (edition/layout/sidenotes.py)."""
    gather_sidenotes(page)
    notes: list[NoteBlock] = []
    kept: list[Line] = []
    lines = page.lines
    i = 0
    while i < len(lines):
        match = _opening().match(lines[i].text)
        if not match:
            kept.append(lines[i])
            i += 1
            continue
        depth, pieces, nos = 0, [], []
        first = lines[i]
        j = i
        text = lines[i].text[match.end():]
        depth = 1
        while True:
            for k, ch in enumerate(text):
                if ch == "[":
                    depth += 1
                elif ch == "]":
                    depth -= 1
                    if depth == 0:
                        pieces.append(text[:k])
                        nos.append(lines[j].no)
                        rest = text[k + 1:].strip()
                        break
            else:
                pieces.append(text)
                nos.append(lines[j].no)
                j += 1
                if j >= len(lines):
                    report.warn("a bracketed note is not closed before the page ends; kept to there", first.no)
                    rest = ""
                    break
                text = lines[j].text
                continue
            break
        # "[Footnote 1: …]*" goes on overleaf, where "*[Footnote: …]" (no number) is its rest
        continues = not match.group(1) and first.text.lstrip().startswith("*")
        n = match.group(1) or "*"
        notes.append(NoteBlock(n, page.index, [p.strip() for p in pieces], first.no, nos,
                               continues=continues, paragraphs=True))
        kept.append(Line("", first.no))
        if rest == "*":
            rest = ""
        if rest:
            kept.append(Line(rest, lines[j].no))
        i = j + 1
    page.lines = kept
    return notes

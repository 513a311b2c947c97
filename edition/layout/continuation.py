# SPDX-License-Identifier: MIT
"""A note's end that the OCR ran into the text of the next page.

When a page's last note is cut by the page end, its end is printed at the foot of the next
page; OCR tools that read a page as one column sometimes append it to the last line of
that page's text. The text shows it by a contradiction: the page's last paragraph ends
with closing punctuation, yet the page after goes on in lower case (the sentence was cut),
and the note before was left unfinished. The note's end then begins, after the paragraph's
last marker, at the first capitalised word or number that opens a reference (a number,
a page, an issue within a few words): "… gesture are | September 1925, pp. 306-309 …".
Pages that do not show a cut this way are left as they are (a `relocate` correction in the
seed's TOML can still move such a passage by hand).
"""
from __future__ import annotations

import re

_WORD = re.compile(r"\S+")
# what a reference shows within a few words: pages, issues, articles, volumes, years
_REFERENCE = re.compile(r"\b(?:pp?\.|No\.|art\.|vol\.|Vol\.|fol\.|S\.|Bd\.|t\.)\s*\d|\b\d{1,4}\s*[-–]\s*\d{1,4}\b"
                        r"|\(\d{4}\)|,\s*\d{4}\b")
_CLOSED = re.compile(r"[.!?)\]”\"’']\s*$")


def merged_note_end(text: str, last_marker_end: int, next_page_text: str) -> int | None:
    """The offset in `text` (a page's last paragraph) where a merged note's end begins, or None.

    `last_marker_end`: where the paragraph's last note marker ends (the note's end comes
    after it); `next_page_text`: the beginning of the next page's text."""
    if not _CLOSED.search(text) or not next_page_text[:1].islower():
        return None
    for match in _WORD.finditer(text, last_marker_end):
        word = match.group()
        if not (word[:1].isupper() or word[:1].isdigit()) or match.start() == last_marker_end:
            continue
        # the reference follows within a few words: "September 1925, pp. 306-309"
        reference = _REFERENCE.search(text[match.start():match.start() + 40])
        left = text[:match.start()].rstrip()
        if reference and reference.start() < 20 and not _CLOSED.search(left):
            return match.start()
    return None

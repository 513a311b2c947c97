# SPDX-License-Identifier: MIT
"""The seed's "relocate" corrections: text the OCR put in the wrong place, moved back.

`to = "note-continuation"`: the text (found once in the body) is the end of the note left
unfinished at the foot of the page before; it moves to that note's end.
"""
from __future__ import annotations

from collections.abc import Callable

from edition.config import Correction
from edition.errors import ConfigError
from edition.layout.notezone import NoteBlock
from edition.layout.pages import Page

NOTE_CONTINUATION = "note-continuation"


def relocate(pages: list[Page], notes: list[NoteBlock], corrections: tuple[Correction, ...],
             unfinished: Callable[[NoteBlock], bool], report, config_path) -> set[str]:
    """Apply the relocations; returns the ids of those applied."""
    applied: set[str] = set()
    for corr in corrections:
        if corr.kind != "relocate":
            continue
        if corr.to != NOTE_CONTINUATION:
            raise ConfigError(f"correction '{corr.id}': the engine cannot relocate text to '{corr.to}'",
                              config_path, hint=f"use to = \"{NOTE_CONTINUATION}\"")
        hits = [(page, line) for page in pages for line in page.lines if corr.find in line.text]
        if len(hits) != 1 or hits[0][1].text.count(corr.find) != 1:
            where = "not found" if not hits else "found more than once"
            report.warn(f"correction '{corr.id}': its text is {where} in the seed; not applied")
            continue
        page, line = hits[0]
        before = [note for note in notes if note.page < page.index]
        host = before[-1] if before else None
        if host is None or not unfinished(host):
            report.warn(f"correction '{corr.id}': no unfinished note before line {line.no}; "
                        "the text is left where it is", line.no)
            continue
        head, _, tail = line.text.partition(corr.find)
        line.text = _rejoin(head, tail)
        host.lines.append(corr.find)
        host.line_nos.append(line.no)
        applied.add(corr.id)
    return applied


def _rejoin(before: str, after: str) -> str:
    before, after = before.rstrip(), after.lstrip()
    if before and after and after[0] not in ".,;:)]":
        return f"{before} {after}"
    return before + after

# SPDX-License-Identifier: MIT
"""The distributor's frame around an e-text (Project Gutenberg's header and licence), found by
the opening and closing lines of edition/data/layout/etext-frames.toml.

The reader reads only the book; the frame's lines are blanked in the text it reads (so every
line keeps its number) and come back as their own divisions: the header before the book, the
licence after it. Nothing of the file is lost.
"""
from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib.resources import files

from edition import model as m


@dataclass(frozen=True)
class Frame:
    name: str
    book: str  # the text with the frame's lines blanked
    header: list[tuple[int, str]]   # (line number, line) before and with the opening line
    licence: list[tuple[int, str]]  # the closing line and all after it


@functools.cache
def _frames() -> tuple[tuple[str, re.Pattern, re.Pattern], ...]:
    data = tomllib.loads(files("edition").joinpath("data/layout/etext-frames.toml").read_text(encoding="utf-8"))
    return tuple((frame["name"],
                  re.compile("^\\s*(?:" + "|".join(frame["opens"]) + ")", re.IGNORECASE),
                  re.compile("^\\s*(?:" + "|".join(frame["closes"]) + ")", re.IGNORECASE))
                 for frame in data["frame"])


def find_frame(text: str) -> Frame | None:
    """The frame of the text, or None: an opening line with text after it is needed; the
    closing line is taken after the opening one (a file cut short has none)."""
    lines = text.split("\n")
    for name, opens, closes in _frames():
        start = next((i for i, line in enumerate(lines) if opens.match(line)), None)
        if start is None:
            continue
        end = next((i for i in range(start + 1, len(lines)) if closes.match(lines[i])), len(lines))
        if not any(line.strip() for line in lines[start + 1:end]):
            continue
        header = [(i + 1, lines[i]) for i in range(start + 1)]
        licence = [(i + 1, lines[i]) for i in range(end, len(lines))]
        book = "\n".join("" if i <= start or i >= end else line for i, line in enumerate(lines))
        return Frame(name, book, header, licence)
    return None


def frame_division(kind: str, lines: list[tuple[int, str]]) -> m.Div | None:
    """The frame's lines as a division of paragraphs, one per run of lines between blank lines,
    each line kept on its own (the header's "Title: …", "Author: …")."""
    paragraphs: list[m.Block] = []
    run: list[tuple[int, str]] = []
    for number, line in [*lines, (0, "")]:
        if line.strip():
            run.append((number, line.strip()))
            continue
        if run:
            content: list[m.Inline] = []
            for position, (_no, text) in enumerate(run):
                if position:
                    content.append(m.LineBreak())
                content.append(text)
            paragraphs.append(m.Paragraph(content, line=run[0][0]))
            run = []
    return m.Div(kind, children=paragraphs, line=lines[0][0]) if paragraphs else None

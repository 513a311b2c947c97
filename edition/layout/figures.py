# SPDX-License-Identifier: MIT
"""A paragraph that is only a transcriber's illustration mark, "[Illustration]" or
"[Illustration: caption]", is the figure it stands for (its words: edition/data/layout/
illustrations.toml); the caption keeps its inline marks."""
from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files

from edition import model as m


@functools.cache
def _opening() -> re.Pattern:
    data = tomllib.loads(files("edition").joinpath("data/layout/illustrations.toml").read_text(encoding="utf-8"))
    words = "|".join(re.escape(word) for word in data["words"])
    return re.compile(rf"^\s*\[\s*(?:{words})\b\s*(?::\s*|(?=\]))", re.IGNORECASE)


def illustration(content: list[m.Inline], line: int | None) -> m.Figure | None:
    """The figure a paragraph marks, or None when it is text. A mark with a page break or a note
    inside is left as text: those need a paragraph to stand in."""
    if not content or not isinstance(content[0], str) or not isinstance(content[-1], str):
        return None
    if any(isinstance(item, (m.PageBreak, m.Note, m.Furniture)) for item in content):
        return None
    opening = _opening().match(content[0])
    last = content[-1].rstrip()
    if opening is None or not last.endswith("]"):
        return None
    if len(content) == 1:
        caption: list[m.Inline] = [content[0][opening.end():].rstrip()[:-1].strip()]
    else:
        caption = [content[0][opening.end():], *content[1:-1], last[:-1]]
    if any(isinstance(item, str) and "[" in item for item in caption):
        return None  # a bracket inside: more than one mark, or a mark within text
    caption = [item for item in caption if item != ""]
    return m.Figure(caption, line=line)

# SPDX-License-Identifier: MIT
"""One inline parser for every form: a block's tokens to model inlines.

Tokens are strings and ready-made inlines (notes, page breaks, furniture). Strings carry
the forms' marks of print: HTML-like tags (`<i>`, `<b>`, `<sc>`, `<sup>`, `<u>`), markdown
emphasis (`*…*`, `**…**`) and Gutenberg's `_…_` (italics) and `=…=` (bold). A mark opened and never closed is kept as
the characters it is; nothing of the text is lost.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition import model as m

_TAG_RENDS = {"i": "italic", "em": "italic", "b": "bold", "strong": "bold", "sc": "smallcaps",
              "sup": "sup", "sub": "sub", "u": "underline", "g": "spaced"}
_TAG = re.compile(r"<(/?)(i|em|b|strong|sc|sup|sub|u|g)>", re.IGNORECASE)
# emphasis opens after a space or opening punctuation and closes before a space, closing
# punctuation or a note marker (a digit, ¹)
_MARKDOWN = re.compile(
    r"(?:^|(?<=[\s(\[{“‘\"'«—–-]))(\*\*|\*)(?=[^\s*.,;:!?)\]}”’])"
    r"|(?<=[^\s*\\])(\*\*|\*)(?=$|[\s.,;:!?)\]}”’\"'»—–\-\d¹²³⁰⁴⁵⁶⁷⁸⁹])")
_UNDERSCORE = re.compile(r"(?<![\w_])_(?=\S)|(?<=\S)_(?![\w_])")
# Gutenberg's bold, "=Bold words=": never an equals sign between spaces or words ("a = b", "x=1")
_EQUALS = re.compile(r"(?<![\w=])=(?=[^\s=])|(?<=[^\s=])=(?![\w=])")


# (content, source text before the run, source text after it) -> the Styled an italic run
# becomes (a title, a foreign phrase, emphasis); by default emphasis
ItalicRule = Callable[[list, str, str], m.Styled]


@dataclass
class _Frame:
    rend: str
    opener: str            # the characters that opened the run (kept if it never closes)
    closer: str
    content: list = field(default_factory=list)
    before: str = ""       # the source text before the opening mark


def _push_text(target: list, text: str) -> None:
    if not text:
        return
    if target and isinstance(target[-1], str):
        target[-1] += text
    else:
        target.append(text)


def _marks(text: str, markdown: bool, underscore: bool, tags: bool = True) -> list[tuple[int, int, str, str]]:
    """(start, end, 'open'|'close'|'either', rend or closer key) for every mark in a string."""
    found = []
    for mt in _TAG.finditer(text) if tags else ():
        kind = "close" if mt.group(1) else "open"
        found.append((mt.start(), mt.end(), kind, mt.group(2).lower()))
    # each kind of mark is looked for only where its character occurs
    if markdown and "*" in text:
        for mt in _MARKDOWN.finditer(text):
            mark = mt.group(1) or mt.group(2)
            found.append((mt.start(), mt.end(), "open" if mt.group(1) else "close", mark))
    if underscore:
        for mt in _UNDERSCORE.finditer(text) if "_" in text else ():
            found.append((mt.start(), mt.end(), "either", "_"))
        for mt in _EQUALS.finditer(text) if "=" in text else ():
            found.append((mt.start(), mt.end(), "either", "="))
    return sorted(found)


def _rend(key: str) -> str:
    return {"*": "italic", "**": "bold", "_": "italic", "=": "bold"}.get(key) or _TAG_RENDS[key]


def parse(tokens: list, markdown: bool = False, underscore: bool = False,
          italic: ItalicRule | None = None, unclosed: Callable[[str], None] | None = None,
          tags: bool = True) -> list[m.Inline]:
    """`tags`: HTML-like tags are marks of print; `unclosed` is told of every mark left
    without its pair (kept as printed)."""
    root: list = []
    stack: list[_Frame] = []

    def target() -> list:
        return stack[-1].content if stack else root

    for token in tokens:
        if not isinstance(token, str):
            target().append(token)
            continue
        pos = 0
        for start, end, kind, key in _marks(token, markdown, underscore, tags):
            if start < pos:
                continue
            _push_text(target(), token[pos:start])
            mark = token[start:end]
            open_frame = next((f for f in reversed(stack) if f.closer == key), None)
            if kind in ("close", "either") and open_frame is not None:
                while stack[-1] is not open_frame:
                    _unwind(stack, root, unclosed)
                frame = stack.pop()
                if italic is not None and frame.rend == "italic":
                    target().append(italic(frame.content, frame.before, token[end:]))
                else:
                    target().append(m.Styled("hi", frame.content, rend=frame.rend))
            elif kind in ("open", "either"):
                stack.append(_Frame(_rend(key), mark, key, before=token[:start]))
            else:
                _push_text(target(), mark)
            pos = end
        _push_text(target(), token[pos:])
    while stack:
        _unwind(stack, root, unclosed)
    return _unescaped(root) if markdown else root


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~^])")


def _unescaped(items: list) -> list:
    """Markdown's backslash escapes (`\\*`) stand for the character itself."""
    out = []
    for item in items:
        if isinstance(item, str):
            out.append(_ESCAPE.sub(r"\1", item) if "\\" in item else item)
        else:
            if isinstance(item, m.Styled):
                item.content = _unescaped(item.content)
            out.append(item)
    return out


def _unwind(stack: list[_Frame], root: list, unclosed: Callable[[str], None] | None = None) -> None:
    """A run that never closed: its opening mark and its content go back as they were."""
    frame = stack.pop()
    if unclosed is not None:
        unclosed(frame.opener)
    dest = stack[-1].content if stack else root
    for item in [frame.opener] + frame.content:
        if isinstance(item, str):
            _push_text(dest, item)
        else:
            dest.append(item)


def strip_ends(content: list) -> list:
    """Trim surrounding whitespace of a run of inlines (inside its first and last strings)."""
    content = list(content)
    for index, strip in ((0, str.lstrip), (-1, str.rstrip)):
        if not content:
            break
        item = content[index]
        if isinstance(item, str):
            content[index] = strip(item)
        elif isinstance(item, m.Styled):
            inner = strip_ends(item.content)
            content[index] = m.Styled(item.kind, inner, item.lang, item.level, item.rend)
    return [c for c in content if c != ""]


def split_at(content: list, offset: int) -> tuple[list, list]:
    """Split inlines at a character offset of their text; a styled run cut in two stays styled on both sides."""
    left: list = []
    right: list = []
    remaining = offset
    for item in content:
        if remaining <= 0:
            right.append(item)
            continue
        if isinstance(item, str):
            left.append(item[:remaining])
            if item[remaining:]:
                right.append(item[remaining:])
            remaining -= len(item)
        elif isinstance(item, m.Styled):
            size = len(m.text_of(item.content))
            if size <= remaining:
                left.append(item)
            else:
                inner_left, inner_right = split_at(item.content, remaining)
                left.append(m.Styled(item.kind, inner_left, item.lang, item.level, item.rend))
                right.append(m.Styled(item.kind, inner_right, item.lang, item.level, item.rend))
            remaining -= size
        else:
            left.append(item)
            remaining -= len(m.text_of([item]))
    return [x for x in left if x != ""], [x for x in right if x != ""]

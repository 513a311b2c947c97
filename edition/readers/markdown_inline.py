# SPDX-License-Identifier: MIT
"""Markdown inline marks of an OCR transcription to model inlines (styled runs, breaks, note markers).

The transcription uses CommonMark emphasis (`*…*`, `**…**`), a few HTML tags (`<i>`,
`<sup>`), backslash escapes and two-space hard line breaks. markdown-it-py tokenises them
by the CommonMark rules; only the rules a transcription needs are enabled, so brackets,
ampersands and backticks of the text stay literal.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from edition import model as m
from edition.config import Correction
from edition.report import Report

_MARKDOWN = MarkdownIt("commonmark").disable(
    ["link", "image", "autolink", "entity", "backticks", "text_join"])

# HTML tags an OCR transcription uses for print features -> (kind, rend)
_TAGS = {"i": ("italic", "italic"), "em": ("italic", "italic"), "b": ("hi", "bold"),
         "strong": ("hi", "bold"), "sup": ("hi", "sup"), "sub": ("hi", "sub"),
         "u": ("hi", "underline"), "sc": ("hi", "smallcaps")}
_TAG = re.compile(r"^<(/?)([A-Za-z]+)\s*(/?)>$")
_MARKER = re.compile(r"^\d{1,3}$")
# markdown marks left unmatched in a text run (an unescaped, unpaired asterisk or underscore run)
_STRAY_MARK = re.compile(r"\*+|(?<!\w)_+|_+(?!\w)")

# (content, characters before, characters after) -> the Styled an italic run becomes
ItalicRule = Callable[[list[m.Inline], str, str], m.Styled]


@dataclass
class NoteMarker:
    """A footnote marker (`<sup>1</sup>`) awaiting the note it points to."""
    n: str
    line: int


@dataclass
class _Frame:
    kind: str            # "italic" or "hi"
    rend: str | None
    tag: str             # the closing token type or tag name that ends this run
    start: int           # offset of the run in the block's plain text
    content: list = field(default_factory=list)


def typographic_italic(content: list[m.Inline], before: str, after: str) -> m.Styled:
    """Italics as a typographic choice (title pages, labels): always hi rend="italic"."""
    return m.Styled(kind="hi", content=content, rend="italic")


@dataclass
class InlineContext:
    """What the inline parser needs beyond the text: where it is and how to read italics."""
    report: Report
    italic: ItalicRule = typographic_italic
    markers: bool = False                      # <sup>n</sup> is a footnote marker here
    replacements: tuple[Correction, ...] = ()  # the seed's "replace" corrections
    applied: set[str] = field(default_factory=set)


def _plain_pieces(tokens) -> list[str]:
    """Each token's contribution to the block's plain text (for italic context)."""
    return [t.content if t.type in ("text", "text_special") else
            "\n" if t.type in ("softbreak", "hardbreak") else "" for t in tokens]


def _append(target: list, item: m.Inline) -> None:
    if isinstance(item, str) and target and isinstance(target[-1], str):
        target[-1] += item
    elif item != "":
        target.append(item)


def _with_replacements(text: str, ctx: InlineContext) -> list[m.Inline]:
    """Apply the seed's 'replace' corrections to a run of text, as sic/corr choices."""
    pieces: list[m.Inline] = [text]
    for corr in ctx.replacements:
        out: list[m.Inline] = []
        for piece in pieces:
            if not isinstance(piece, str) or corr.find not in piece:
                out.append(piece)
                continue
            before, _, after = piece.partition(corr.find)
            out += [before, m.Choice(sic=[corr.find], corr=[corr.replace or ""], source=corr.id), after]
            ctx.applied.add(corr.id)
        pieces = [p for p in out if p != ""]
    return pieces


def parse_inline(text: str, line: int, ctx: InlineContext) -> list:
    """Parse one block's text (lines joined by "\\n") into inlines and NoteMarkers."""
    tokens = _MARKDOWN.parseInline(text)[0].children or []
    pieces = _plain_pieces(tokens)
    plain = "".join(pieces)
    offsets = [sum(len(p) for p in pieces[:i]) for i in range(len(pieces) + 1)]
    root: list = []
    stack: list[_Frame] = []
    current_line = line
    i = 0
    while i < len(tokens):
        token = tokens[i]
        target = stack[-1].content if stack else root
        if token.type == "text":
            if _STRAY_MARK.search(token.content):
                ctx.report.warn(f"unmatched markdown mark in {token.content.strip()!r}: kept as text",
                                current_line)
            for item in _with_replacements(token.content, ctx):
                _append(target, item)
        elif token.type == "text_special":
            _append(target, token.content)
        elif token.type == "softbreak":
            current_line += 1
            _append(target, " ")
        elif token.type == "hardbreak":
            current_line += 1
            target.append(m.LineBreak())
        elif token.type in ("em_open", "strong_open"):
            kind, rend = ("italic", "italic") if token.type == "em_open" else ("hi", "bold")
            stack.append(_Frame(kind, rend, token.type.replace("open", "close"), offsets[i]))
        elif token.type in ("em_close", "strong_close") or (token.type == "html_inline" and _closes(token, stack)):
            frame = stack.pop()
            _append(stack[-1].content if stack else root,
                    _finish(frame, plain, offsets[i], ctx, current_line))
        elif token.type == "html_inline":
            tag = _TAG.match(token.content.strip())
            name = tag.group(2).lower() if tag else ""
            if tag and name == "br":
                target.append(m.LineBreak())
            elif tag and not tag.group(1) and name in _TAGS:
                if (name == "sup" and ctx.markers and i + 2 < len(tokens)
                        and tokens[i + 1].type == "text" and _MARKER.match(tokens[i + 1].content)
                        and tokens[i + 2].content.strip().lower() == "</sup>"):
                    target.append(NoteMarker(tokens[i + 1].content, current_line))
                    i += 3
                    continue
                kind, rend = _TAGS[name]
                stack.append(_Frame(kind, rend, name, offsets[i]))
            else:
                ctx.report.warn(f"unknown or unpaired tag {token.content!r}: kept as text", current_line)
                _append(target, token.content)
        else:  # any other token: keep its text rather than lose it
            _append(target, token.content)
        i += 1
    while stack:  # an opening tag never closed: keep its content, unstyled
        frame = stack.pop()
        ctx.report.warn(f"<{frame.tag}> is never closed: its text is kept without the style", current_line)
        for item in frame.content:
            _append(stack[-1].content if stack else root, item)
    return root


def _closes(token, stack: list[_Frame]) -> bool:
    tag = _TAG.match(token.content.strip())
    return bool(tag and tag.group(1) and stack and stack[-1].tag == tag.group(2).lower())


def _finish(frame: _Frame, plain: str, end: int, ctx: InlineContext, line: int) -> m.Inline:
    if not frame.content:
        ctx.report.warn("an empty styled run was dropped", line)
        return ""
    if frame.kind == "italic":
        before = plain[max(0, frame.start - 80):frame.start]
        after = plain[end:end + 80]
        return ctx.italic(frame.content, before, after)
    return m.Styled(kind="hi", content=frame.content, rend=frame.rend)


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

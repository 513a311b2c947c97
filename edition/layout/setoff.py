# SPDX-License-Identifier: MIT
"""Passages set off from the running text: verse, whose lines stay lines (TEI lg/l), and block
quotations (TEI quote). Forms show them in two ways:

- by markup, as Distributed Proofreaders' formatting does: `/*` … `*/` around lines that must
  not be rewrapped (verse), `/#` … `#/` around a block quotation (`mark_delimited`);
- by indentation, as Project Gutenberg texts do (`mark_indented`): a block of lines (between
  blank lines) all indented while the text is not, is verse when its lines are short and most
  of them begin in capitals, as verse lines do, and a quotation when they are wrapped prose.
  A centred block (a title, a heading), one in capitals, and a lone line standing far right or
  opened by a dash (an attribution, a signature) stay as they are.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter

from edition.layout.pages import Line, Page, blocks_of

_OPEN = {"/*": "verse", "/#": "quote"}
_CLOSE = {"*/": "verse", "#/": "quote"}
MIN_INDENT = 2        # a set-off line is indented at least this much more than the text
FAR_RIGHT = 20        # a lone line this far in is an attribution or a signature
VERSE_LINE = 70       # verse lines are short
_CAPITAL_START = re.compile(r"^[\W_]*[^\W\d_]")


def mark_delimited(pages: list[Page]) -> None:
    """Give the lines between `/*` and `*/` (or `/#` and `#/`) their role; the marks leave the
    text (a blank line keeps their place)."""
    region = 0
    for page in pages:
        role: str | None = None
        for i, line in enumerate(page.lines):
            mark = line.stripped
            if mark in _OPEN and role is None:
                role = _OPEN[mark]
                region += 1
                page.lines[i] = Line("", line.no)
            elif mark in _CLOSE and role == _CLOSE[mark]:
                role = None
                page.lines[i] = Line("", line.no)
            elif role is not None:
                line.role, line.region = role, region


def _centred(block: list[Line]) -> bool:
    """Lines of unequal indent whose middles line up: a centred title or heading."""
    indents = [line.indent for line in block]
    if len(block) < 2 or max(indents) - min(indents) <= 4:
        return False
    middles = [line.indent + len(line.stripped) / 2 for line in block]
    return statistics.pstdev(middles) <= 2


def _set_off_role(block: list[Line], base: int) -> str | None:
    indents = [line.indent for line in block]
    if min(indents) < base + MIN_INDENT:
        return None
    letters = "".join(ch for line in block for ch in line.stripped if ch.isalpha())
    if letters and letters.isupper() or _centred(block):
        return None
    if len(block) == 1 and (indents[0] >= base + FAR_RIGHT or block[0].stripped.startswith(("--", "—"))):
        return None
    short = max(len(line.stripped) for line in block) <= VERSE_LINE
    capitals = sum(bool(_CAPITAL_START.match(line.stripped)) and line.stripped.lstrip("_“\"‘'([")[:1].isupper()
                   for line in block)
    return "verse" if short and capitals * 10 >= len(block) * 6 else "quote"


def mark_indented(pages: list[Page]) -> None:
    """Give the indented blocks of the text their role (see the module's docstring)."""
    indents = Counter(line.indent for page in pages for line in page.lines if not line.blank)
    if not indents:
        return
    base = indents.most_common(1)[0][0]
    region = 0
    for page in pages:
        for block in ([page.lines[i] for i in block] for block in blocks_of(page.lines)):
            role = _set_off_role(block, base)
            if role is None:
                continue
            region += 1
            for line in block:
                line.role, line.region = role, region


# a markdown list item: a bullet, a space, its text ("- Keep it short."); a star is left out,
# being also a note's symbol at a page foot
_BULLET = re.compile(r"^\s*[-+]\s+(?=\S)")
_ENDS_SENTENCE = re.compile(r"[.!?:][\"”’)]?$")


def mark_list_items(pages: list[Page]) -> None:
    """Markdown list items, each with the lines that go on with it (down to a blank line, the
    next item, or a line that begins a sentence after one ended: the text after the list),
    take the role "item", one region each; the bullet leaves the text."""
    region = 0
    for page in pages:
        inside = False
        for i, line in enumerate(page.lines):
            if line.blank:
                inside = False
                continue
            bullet = _BULLET.match(line.text)
            if bullet:
                region += 1
                inside = True
                page.lines[i] = Line(line.text[bullet.end():], line.no, "item", region)
            elif inside and line.role is None and not (_ENDS_SENTENCE.search(page.lines[i - 1].text)
                                                       and line.stripped[:1].isupper()):
                line.role, line.region = "item", region
            else:
                inside = False     # a new sentence on a line of its own: the text after the list


# longer than a printed line: a paragraph's whole line, where a tool writes one a line
_PARAGRAPH_LINE = 80


def mark_kept_lines(pages: list[Page]) -> None:
    """Where each paragraph is one line, a block of several short lines (a dedication, an
    address, a signature) shows its printed lines: they take the role "lines" and are kept
    as lines (a heading among them is still a heading)."""
    for page in pages:
        for block in ([page.lines[i] for i in block] for block in blocks_of(page.lines)):
            if len(block) >= 2 and all(line.role is None and len(line.stripped) < _PARAGRAPH_LINE for line in block):
                for line in block:
                    line.role = "lines"

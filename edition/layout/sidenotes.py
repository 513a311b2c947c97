# SPDX-License-Identifier: MIT
"""Margin notes as transcribers write them, "[Sidenote: …]" (the opening words are data:
edition/data/layout/bracketed-notes.toml). A sidenote standing on lines of its own belongs to
the paragraph it stands before (after, at a page's end): it is moved, as one line, to that
paragraph's start; one inside a paragraph stays where it is. The engine then reads each as a
`note place="margin"` at its place in the text."""
from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable
from importlib.resources import files

from edition import model as m
from edition.layout.pages import Line, Page


@functools.cache
def opening_words() -> dict[str, list[str]]:
    text = files("edition").joinpath("data/layout/bracketed-notes.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return {"footnote": list(data["footnote"]), "sidenote": list(data["sidenote"]),
            "delimiters": list(data.get("sidenote_delimiters", []))}


@functools.cache
def _delimited() -> re.Pattern[str] | None:
    """A sidenote between a pair of delimiting symbols: opening a line or following a
    sentence's end, its text begun and ended by no space, followed by a space or the line end."""
    symbols = opening_words()["delimiters"]
    if not symbols:
        return None
    alternatives = "|".join(re.escape(symbol) for symbol in symbols)
    return re.compile(rf"(?:^|(?<=[.!?:;’”\"')\]] ))(?P<d>{alternatives})(?=\S)(?P<text>(?:(?!(?P=d)).)+?)(?<=\S)(?P=d)(?=\s|$)",
                      re.DOTALL)


def _bracket_delimited(page: Page) -> None:
    """Sidenotes between delimiting symbols, rewritten as "[Sidenote: …]" (a pair may span
    the lines of a paragraph, never a blank line)."""
    pattern = _delimited()
    if pattern is None or not any(symbol in line.text for line in page.lines for symbol in opening_words()["delimiters"]):
        return
    word = opening_words()["sidenote"][0]
    out: list[Line] = []
    block: list[Line] = []

    def flush() -> None:
        if not block:
            return
        joined = "\n".join(line.text for line in block)
        if pattern.search(joined):
            joined = pattern.sub(lambda mt: f"[{word}: {' '.join(mt.group('text').split())}]", joined)
            # the paragraph's lines, each the sidenote's own line kept where it began
            pieces = joined.split("\n")
            out.extend(Line(text, block[k].no) for k, text in enumerate(pieces))
        else:
            out.extend(block)
        block.clear()
    for line in page.lines:
        if line.blank:
            flush()
            out.append(line)
        else:
            block.append(line)
    flush()
    page.lines = out


def _alternatives(kind: str) -> str:
    words = sorted(opening_words()[kind], key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in words)


@functools.cache
def _opening() -> re.Pattern[str]:
    return re.compile(rf"\[\s*(?:{_alternatives('sidenote')})\s*:\s*", re.IGNORECASE)


@functools.cache
def _whole() -> re.Pattern[str]:
    """A sidenote on one line; brackets inside it balanced one level deep."""
    return re.compile(rf"\[\s*(?:{_alternatives('sidenote')})\s*:\s*((?:[^\[\]]|\[[^\[\]]*\])*)\]", re.IGNORECASE)


def _closing(text: str, start: int) -> int | None:
    """The index just after the bracket that closes the one opening at `start`, or None."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "[":
            depth += 1
        elif text[k] == "]":
            depth -= 1
            if depth == 0:
                return k + 1
    return None


def gather_sidenotes(page: Page) -> None:
    """Put every sidenote of the page on one line, at the start of the paragraph it belongs to."""
    _bracket_delimited(page)
    lines = page.lines
    i = 0
    while i < len(lines):
        match = _opening().search(lines[i].text)
        if not match:
            i += 1
            continue
        # the sidenote's lines, up to its closing bracket
        j, text = i, lines[i].text[match.start():]
        end = _closing(text, 0)
        while end is None and j + 1 < len(lines) and not lines[j + 1].blank:
            j += 1
            text += " " + lines[j].stripped
            end = _closing(text, 0)
        if end is None:
            i += 1   # never closed: its text stays as it is
            continue
        note, rest = " ".join(text[:end].split()), text[end:].strip()
        before = lines[i].text[:match.start()].rstrip()
        alone = not before and not rest and (i == 0 or lines[i - 1].blank) and (j + 1 >= len(lines) or lines[j + 1].blank)
        if not alone:
            lines[i] = Line(" ".join(part for part in (before, note, rest) if part), lines[i].no)
            del lines[i + 1:j + 1]
            i += 1
            continue
        del lines[i:j + 1]
        host = next((k for k in range(i, len(lines)) if not lines[k].blank), None)
        if host is not None:
            lines[host] = Line(f"{note} {lines[host].stripped}", lines[host].no)
        else:
            last = next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)
            if last is None:   # a page with nothing but the sidenote: it stands alone
                lines.insert(i, Line(note, lines[i - 1].no if i else 1))
                i += 1
            else:
                lines[last] = Line(f"{lines[last].text.rstrip()} {note}", lines[last].no)
        # continue from the same index: the host line may hold another sidenote further on


def split_sidenotes(piece: str, parse: Callable[[str], list[m.Inline]]) -> list:
    """A piece of text with its sidenotes as margin notes."""
    if "[" not in piece:
        return [piece]
    out: list = []
    pos = 0
    for match in _whole().finditer(piece):
        out += [piece[pos:match.start()], m.Note(None, parse(match.group(1).strip()), place="margin")]
        pos = match.end()
        if match.start() == 0:  # at the paragraph's start: its text follows the note directly
            pos += len(piece[pos:]) - len(piece[pos:].lstrip())
    return out + [piece[pos:]]

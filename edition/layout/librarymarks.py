# SPDX-License-Identifier: MIT
"""Marks of the holding library on the copy transcribed: shelfmarks, accession numbers, stamps.

They stand above a title page's title: a run of short codes (capital letters and digits,
separators inside, no word), a long number alone (an accession number), or a short run
whose letters are all in a script other than the text's (a stamp). They go to the
header's description of the copy, not to the text.
"""
from __future__ import annotations

import unicodedata

from edition import model as m
from edition.layout.runs import Run

# the longest code of a library mark (a shelfmark such as "E802-2", an accession number)
CODE_MAX_CHARS = 16
# separators within such a code
CODE_SEPARATORS = "./-"
# an accession number: a code of digits only, at least this long
ACCESSION_MIN_DIGITS = 6
# a stamp is a short run: at most this many characters
STAMP_MAX_CHARS = 40


def is_code_like(line: str) -> bool:
    """A library mark's code (a shelfmark, an accession number): one short token of capital
    letters and digits, with a digit and perhaps separators inside, no word."""
    token = line.strip()
    if not token or len(token) > CODE_MAX_CHARS or not any(ch.isdigit() for ch in token):
        return False
    if token[0] in CODE_SEPARATORS:
        return False
    return all(ch.isdigit() or (ch.isalpha() and ch.isupper()) or ch in CODE_SEPARATORS for ch in token)


def script_of(ch: str) -> str | None:
    """The script a letter belongs to, from its Unicode name ("LATIN", "CYRILLIC", "CJK"); None for a non-letter."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    return name.split(" ")[0] if name else None


def scripts(text: str) -> set[str]:
    """The scripts of a text's letters."""
    return {s for s in map(script_of, text) if s is not None}


def main_script(text: str) -> str | None:
    """The script most of a text's letters are written in (of two as common, the one met first)."""
    counts: dict[str, int] = {}
    chars: dict[str, list[str]] = {}
    # each distinct character is looked up once and counted at C speed
    for ch in set(text):
        script = script_of(ch)
        if script is not None:
            counts[script] = counts.get(script, 0) + text.count(ch)
            chars.setdefault(script, []).append(ch)
    if not counts:
        return None
    most = max(counts.values())
    tied = [s for s, n in counts.items() if n == most]
    if len(tied) == 1:
        return tied[0]
    return min(tied, key=lambda s: min(text.index(ch) for ch in chars[s]))


def copy_note(run: Run, text_script: str | None) -> m.CopyNote | None:
    """A library mark on the copy: a run of codes (a shelfmark; a long number alone is an
    accession number), or a stamp: a short run whose letters are all in a script other than
    the text's (`text_script`, see `main_script`)."""
    lines = [line.strip() for line in run.lines]
    if all(is_code_like(line) for line in lines):
        if len(lines) == 1 and lines[0].isdigit() and len(lines[0]) >= ACCESSION_MIN_DIGITS:
            return m.CopyNote("accession", lines[0], run.line)
        return m.CopyNote("shelfmark", " ".join(lines), run.line)
    text = " ".join(lines)
    letters = scripts(text)
    if letters and text_script not in letters and len(text) <= STAMP_MAX_CHARS:
        return m.CopyNote("stamp", text, run.line)
    return None

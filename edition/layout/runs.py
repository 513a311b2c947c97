# SPDX-License-Identifier: MIT
"""A transcription's runs of lines between blank lines, with the gap of blank lines before each.

The front matter of a book is read from these runs: a run is a title page's line, an
imprint's paragraph, a contents line's block; a gap of two or more blank lines (or a form
feed) is where the transcription shows a page's end.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
# marks removed to see a run's words: emphasis, tags, escapes, heading hashes
_MARKS = re.compile(r"\*\*|\*|</?[A-Za-z]+>|^#+\s*", re.MULTILINE)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# what may end a paragraph: a stop, possibly followed by closing quotes or brackets
# (a semicolon or comma never does, so a page ending in one cut the paragraph)
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’»)\]]*$|[\"'”’»)\]]*[.!?:…]$")
# a line that ends in a markdown hard break: two spaces or a backslash
HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# blank lines that separate two pages of the transcription (one separates paragraphs)
PAGE_GAP = 2


@dataclass
class Run:
    """Consecutive non-blank lines of the seed."""
    line: int                 # number of the first line in the seed (1-based)
    lines: list[str]
    gap_before: int           # blank lines before the run

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def heading(self) -> tuple[int, str] | None:
        """(level, raw text) when the run is a one-line '#' heading."""
        match = _HEADING.match(self.lines[0]) if len(self.lines) == 1 else None
        return (len(match.group(1)), match.group(2)) if match else None

    @property
    def is_rule(self) -> bool:
        return len(self.lines) == 1 and bool(_RULE.match(self.lines[0]))

    @property
    def plain(self) -> str:
        """The run's words without markdown marks, lines joined by spaces."""
        return " ".join(plain_text(line) for line in self.lines).strip()

    @property
    def wholly_bold(self) -> bool:
        text = self.text.strip()
        return text.startswith("**") and text.endswith("**") and text.count("**") == 2 and len(text) > 4


def plain_text(raw: str) -> str:
    """A line's words with markdown marks and escapes removed."""
    # each mark holds a star, an angle bracket or a hash, each escape a backslash
    text = _MARKS.sub("", raw) if "*" in raw or "<" in raw or "#" in raw else raw
    return (_ESCAPE.sub(r"\1", text) if "\\" in text else text).strip()


def split_runs(text: str) -> list[Run]:
    """Split the seed into runs at blank lines (lines of whitespace only are blank); a form
    feed (a page's end) counts as a page gap before the run after it."""
    runs: list[Run] = []
    current: list[str] = []
    start = gap = 0
    for number, line in enumerate(text.split("\n"), 1):
        if "\f" in line:
            if current:
                runs.append(Run(start, current, gap))
                current, gap = [], 0
            gap = max(gap, PAGE_GAP)
            line = line.replace("\f", "")
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip("\n"))
            continue
        if current:
            runs.append(Run(start, current, gap))
            current, gap = [], 0
        gap += 1
    if current:
        runs.append(Run(start, current, gap))
    return runs


def ends_sentence(text: str) -> bool:
    """Whether a paragraph's last words could end it (not a page cut in mid-sentence)."""
    return bool(_SENTENCE_END.search(text.rstrip()))

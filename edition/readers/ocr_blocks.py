# SPDX-License-Identifier: MIT
"""OCR transcription text to blocks: runs of non-blank lines with their line numbers and the gap before them."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")
_NOTE_START = re.compile(r"^\s*<sup>\s*(\d{1,3})\s*</sup>\s*")
# marks removed to see a block's words: emphasis, tags, escapes, heading hashes
_MARKS = re.compile(r"\*\*|\*|</?[A-Za-z]+>|^#+\s*", re.MULTILINE)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# what may end a paragraph: a stop, possibly followed by closing quotes or brackets
# (a semicolon or comma never does, so a page ending in one cut the paragraph)
_SENTENCE_END = re.compile(r"[.!?:…][\"'”’»)\]]*$|[\"'”’»)\]]*[.!?:…]$")
# blank lines that separate two pages of the transcription (one separates paragraphs)
PAGE_GAP = 2
# the longest code of a library mark (a shelfmark such as "E802-2", an accession number)
CODE_MAX_CHARS = 16
# separators within such a code
CODE_SEPARATORS = "./-"
# an accession number: a code of digits only, at least this long
ACCESSION_MIN_DIGITS = 6


@dataclass
class Block:
    """Consecutive non-blank lines of the seed."""
    line: int                 # number of the first line in the seed (1-based)
    lines: list[str]
    gap_before: int           # blank lines before the block

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def heading(self) -> tuple[int, str] | None:
        """(level, raw text) when the block is a one-line '#' heading."""
        match = _HEADING.match(self.lines[0]) if len(self.lines) == 1 else None
        return (len(match.group(1)), match.group(2)) if match else None

    @property
    def is_rule(self) -> bool:
        return len(self.lines) == 1 and bool(_RULE.match(self.lines[0]))

    @property
    def note_number(self) -> str | None:
        """The printed number when the block is a footnote (`<sup>n</sup> text`)."""
        match = _NOTE_START.match(self.lines[0])
        return match.group(1) if match else None

    @property
    def plain(self) -> str:
        """The block's words without markdown marks, lines joined by spaces."""
        return " ".join(plain_text(line) for line in self.lines).strip()

    @property
    def wholly_bold(self) -> bool:
        text = self.text.strip()
        return text.startswith("**") and text.endswith("**") and text.count("**") == 2 and len(text) > 4


def plain_text(raw: str) -> str:
    """A line's words with markdown marks and escapes removed."""
    text = _MARKS.sub("", raw)
    return _ESCAPE.sub(r"\1", text).strip()


def note_body(raw: str) -> str:
    """A footnote block's text after its `<sup>n</sup>` marker."""
    return _NOTE_START.sub("", raw, count=1)


def split_blocks(text: str) -> list[Block]:
    """Split the seed into blocks at blank lines (lines of whitespace only are blank); a form
    feed (a page's end) counts as a page gap before the block after it."""
    blocks: list[Block] = []
    current: list[str] = []
    start = gap = 0
    for number, line in enumerate(text.split("\n"), 1):
        if "\f" in line:
            if current:
                blocks.append(Block(start, current, gap))
                current, gap = [], 0
            gap = max(gap, PAGE_GAP)
            line = line.replace("\f", "")
        if line.strip():
            if not current:
                start = number
            current.append(line.rstrip("\n"))
            continue
        if current:
            blocks.append(Block(start, current, gap))
            current, gap = [], 0
        gap += 1
    if current:
        blocks.append(Block(start, current, gap))
    return blocks


def ends_sentence(text: str) -> bool:
    """Whether a paragraph's last words could end it (not a page cut in mid-sentence)."""
    return bool(_SENTENCE_END.search(text.rstrip()))


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
    """The script most of a text's letters are written in."""
    counts = Counter(s for s in map(script_of, text) if s is not None)
    return counts.most_common(1)[0][0] if counts else None

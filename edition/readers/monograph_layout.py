# SPDX-License-Identifier: MIT
"""A monograph seed's text to its layout: headings, body blocks, page ends and note texts.

The printed pages were flattened: the footnotes of each page stand as blocks beginning with
their number ("18 See ...") wherever the page ended, often in mid-sentence. A page also ends
where a form feed stands (as PDF-to-text tools mark it), and where a sentence is visibly cut
between two blocks without notes. This module only
sorts the blank-line separated blocks into what they are; `monograph` builds the document.

How a block is told apart (each rule is a heuristic over what the text shows):
- a note: it starts with a number of at most three digits that is awaited, i.e. a marker
  with that number stands in the body before it and has no note yet, or the number
  follows the last note's, or the block stands among other notes (an anomaly then).
  Body paragraphs that begin with a year ("1921 is significant") are never notes.
- a note's continuation: an unnumbered block right before the next note area's first note,
  while the last note ends without closing punctuation (it was cut by the page end);
  an unnumbered block between two notes continues the note before it.
- a heading: one short line without closing punctuation, starting with a capital, where a
  paragraph may end (the body before it ends a sentence), not ending on a function word of
  the text's language (edition/data/layout/function-words.toml). "2. Title" is a chapter.
- anything else is body text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition.readers.wording import language_table
from edition.report import Report

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MARKER = re.compile(f"[{SUPERSCRIPT_DIGITS}]+")
NOTE_START = re.compile(r"(\d{1,3})[ \t]+(?=\S)")
CHAPTER_HEADING = re.compile(r"(\d{1,3})\.[ \t]+(?=\S)")
# A sentence ends in . ! ? or … possibly followed by closing quotes or brackets.
SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")
HEADING_MAX_WORDS = 20
HEADING_MAX_CHARS = 160
# How far a number may stray from the sequence and still be read as a note within a note area.
NOTE_NUMBER_SLACK = 10
# "## Title": a heading marked as in markdown (the marks are dropped)
ATX_HEADING = re.compile(r"^#{1,6}\s+(?=\S)")


def unfinished_words(language: str | None) -> frozenset[str]:
    """Words a heading never ends with, in the text's language: a line ending so is a cut sentence
    (edition/data/layout/function-words.toml)."""
    return frozenset(w.casefold() for w in
                     language_table("layout/function-words", language).get("heading_never_ends", []))


def marker_number(marker: str) -> int:
    return int(marker.translate(str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")))


def ends_sentence(text: str) -> bool:
    """True when the text ends with closing punctuation (note markers after it ignored)."""
    return bool(SENTENCE_END.search(MARKER.sub("", text).rstrip()))


def starts_lower(text: str) -> bool:
    first = text.lstrip("\"'“‘(*")[:1]
    return first.islower()


@dataclass
class Block:
    """A run of non-blank lines; `line` is its first line in the seed; `page_start` when a
    form feed (the printed page's end, as PDF-to-text tools mark it) stands before it."""
    text: str
    line: int
    page_start: bool = False


@dataclass
class Heading:
    text: str
    line: int
    chapter_n: str | None = None   # set for a numbered chapter heading
    label: str | None = None       # the printed number with its dot, e.g. "2."


@dataclass
class Body:
    text: str
    line: int


@dataclass
class PageEnd:
    """Where a printed page ended: at a note area, at a form feed, or at a sentence visibly cut."""
    line: int
    visible_cut: bool = False
    form_feed: bool = False
    orphans: list[NoteText] = field(default_factory=list)


@dataclass
class NoteText:
    """A note as printed: its number and the pieces of text (first, then continuations)."""
    n: int
    pieces: list[Block]
    page_end: PageEnd | None = None
    used: bool = False

    @property
    def line(self) -> int:
        return self.pieces[0].line

    def unfinished(self) -> bool:
        return not ends_sentence(self.pieces[-1].text)


Entry = Heading | Body | PageEnd


@dataclass
class Layout:
    flow: list[Entry]
    notes: list[NoteText]


def split_blocks(text: str) -> list[Block]:
    """Blocks of non-blank lines; a form feed marks the block after it as a page's first."""
    blocks: list[Block] = []
    lines: list[str] = []
    start = 0
    page_start = False
    for number, raw in enumerate(text.split("\n"), 1):
        if "\f" in raw:
            if lines:   # a form feed inside a block ends the block and its page
                blocks.append(Block("\n".join(lines), start, page_start))
                lines, page_start = [], False
            page_start = page_start or bool(blocks)
            raw = raw.replace("\f", "")
        line = raw.rstrip()
        if line.strip():
            if not lines:
                start = number
            lines.append(line)
        elif lines:
            blocks.append(Block("\n".join(lines), start, page_start))
            lines, page_start = [], False
    if lines:
        blocks.append(Block("\n".join(lines), start, page_start))
    return blocks


class _Sorter:
    def __init__(self, blocks: list[Block], report: Report, language: str | None = None):
        self.blocks = blocks
        self.report = report
        self.unfinished_words = unfinished_words(language)
        self.flow: list[Entry] = []
        self.notes: list[NoteText] = []
        self.pending: list[int] = []       # markers seen in the body, awaiting their note
        self.last_note: int | None = None
        self.previous_kind = "start"       # "body", "heading", "note"

    def note_number(self, block: Block, strict: bool = False) -> int | None:
        """The block's note number if it is read as a note, else None.

        `strict` accepts only an awaited number (no anomaly within a note area)."""
        match = NOTE_START.match(block.text)
        if not match:
            return None
        n = int(match.group(1))
        if n in self.pending:
            return n
        if self.last_note is not None:
            if n == self.last_note + 1:
                return n
            if not strict and self.previous_kind == "note" and abs(n - self.last_note) <= NOTE_NUMBER_SLACK:
                return n
        return None

    def is_heading(self, index: int) -> bool:
        block = self.blocks[index]
        text = block.text
        if "\n" not in text and ATX_HEADING.match(text):
            return True   # a heading marked as in markdown
        if text.strip().isdigit():
            return False  # a bare number (a note left without its text) is no title
        if "\n" in text or len(text) > HEADING_MAX_CHARS or len(text.split()) > HEADING_MAX_WORDS:
            return False
        if MARKER.search(text) or text.rstrip()[-1] in ".,;:!?…—–-" or index + 1 >= len(self.blocks):
            return False
        if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"“‘'"):
            return False
        # A title does not end on an article or preposition, nor does a lower-case line go on.
        if text.split()[-1].casefold() in self.unfinished_words or starts_lower(self.blocks[index + 1].text):
            return False
        last_body = self.last_body_text()
        return last_body is None or ends_sentence(last_body)

    def last_body_text(self) -> str | None:
        for entry in reversed(self.flow):
            if isinstance(entry, Body):
                return entry.text
            if isinstance(entry, Heading):
                return None
        return None

    def open_page_end(self, line: int) -> PageEnd:
        last = self.flow[-1] if self.flow else None
        if not isinstance(last, PageEnd) or (self.previous_kind != "note" and not last.form_feed):
            self.flow.append(PageEnd(line))
        page_end = self.flow[-1]
        assert isinstance(page_end, PageEnd)
        return page_end

    def add_note(self, block: Block, n: int) -> None:
        if any(note.n == n for note in self.notes):
            self.report.warn(f"note number {n} occurs twice; this note is kept where it stands",
                             block.line)
        elif self.last_note is not None and n != self.last_note + 1:
            self.report.warn(f"note number {n} is out of sequence (expected {self.last_note + 1})",
                             block.line)
        if n in self.pending:
            self.pending.remove(n)
        page_end = self.open_page_end(block.line)
        number = NOTE_START.match(block.text)
        assert number is not None
        piece = Block(block.text[number.end():], block.line)
        self.notes.append(NoteText(n, [piece], page_end))
        self.last_note = n
        self.previous_kind = "note"

    def continues_note(self, index: int) -> bool:
        """An unnumbered block that belongs to the last note rather than to the body."""
        if not self.notes or index + 1 >= len(self.blocks):
            return False
        # Body text carries the markers of the notes below it; a note's continuation does not.
        if MARKER.search(self.blocks[index].text):
            return False
        if self.note_number(self.blocks[index + 1], strict=True) is None:
            return False
        if self.previous_kind == "note":
            return True
        return self.notes[-1].unfinished()

    def split_notes(self, index: int, n: int) -> None:
        """Several notes printed as one block: split it at each line that starts the next."""
        block = self.blocks[index]
        lines = block.text.split("\n")
        awaited = set(self.pending) - {n} | {n + 1}
        for offset, line in enumerate(lines[1:], 1):
            match = NOTE_START.match(line)
            if match and int(match.group(1)) in awaited:
                self.blocks[index:index + 1] = [
                    Block("\n".join(lines[:offset]), block.line, block.page_start),
                    Block("\n".join(lines[offset:]), block.line + offset)]
                return

    def sort(self) -> Layout:
        index = 0
        while index < len(self.blocks):
            block = self.blocks[index]
            if block.page_start and self.flow and not isinstance(self.flow[-1], PageEnd):
                self.flow.append(PageEnd(block.line, form_feed=True))
            n = self.note_number(block)
            if n is not None:
                self.split_notes(index, n)
                block = self.blocks[index]
                self.add_note(block, n)
            elif self.continues_note(index):
                self.open_page_end(block.line)
                self.notes[-1].pieces.append(block)
                self.previous_kind = "note"
            elif self.is_heading(index):
                self.flow.append(self.heading(block))
                self.previous_kind = "heading"
            else:
                self.body(block)
            index += 1
        for note in self.notes:
            if note.unfinished():
                self.report.warn(f"note {note.n} ends without closing punctuation and no "
                                 "continuation was found; check that it is whole", note.line)
        return Layout(self.flow, self.notes)

    def heading(self, block: Block) -> Heading:
        text = ATX_HEADING.sub("", block.text)
        match = CHAPTER_HEADING.match(text)
        if match:
            return Heading(text[match.end():], block.line, chapter_n=match.group(1),
                           label=text[:match.end()].rstrip())
        return Heading(text, block.line)

    def body(self, block: Block) -> None:
        previous = self.flow[-1] if self.flow else None
        if (self.previous_kind == "body" and isinstance(previous, Body)
                and not ends_sentence(previous.text) and starts_lower(block.text)):
            self.flow.append(PageEnd(block.line, visible_cut=True))
        self.pending.extend(marker_number(m.group()) for m in MARKER.finditer(block.text))
        self.flow.append(Body(block.text, block.line))
        self.previous_kind = "body"


def read_layout(text: str, report: Report, language: str | None = None) -> Layout:
    """Sort the seed's blocks into body flow (with page ends) and note texts; `language` (the
    seed's) chooses the word lists, English when not given."""
    return _Sorter(split_blocks(text), report, language).sort()

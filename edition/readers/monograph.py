# SPDX-License-Identifier: MIT
"""Monograph seed text (notes as numbered blocks where pages ended) to the document model.

The layout (which block is heading, body, note or continuation) comes from
`monograph_layout`; this module rebuilds what the page breaks cut apart:
- a body paragraph interrupted by a note area is one paragraph again when the text before
  the area does not end a sentence or the text after it begins in lower case; a paragraph cut
  at a page end without notes is rejoined when both are true (a visible cut);
- a `pb` (page numbers unknown, so without @n) marks where each of those pages ended, and
  where a form feed ended one;
- each note is placed at its superscript marker, its continuation on the next page joined;
- `*...*` italics become title, foreign or hi (see `italics`).
Anomalies are reported with their line and never drop text: a marker without a note stays
as printed, a note without a marker is placed where its page ended.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from edition.config import SeedConfig
from edition.model import Div, Document, Inline, Label, Note, PageBreak, Paragraph, Styled
from edition.readers.italics import classify_italic
from edition.readers.monograph_layout import (
    MARKER, Body, Heading, NoteText, PageEnd, ends_sentence, marker_number,
    read_layout, starts_lower,
)
from edition.report import Report

ITALIC = re.compile(r"\*(?=\S)([^*]+?)(?<=\S)\*")
# "\\*" is a printed asterisk, not an italic mark; it stands in as this character meanwhile
ESCAPED_ASTERISK = "\ue000"
BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
# A word broken by a hyphen at the page end: its halves are joined without a space.
HYPHENATED_END = re.compile(r"[^\W\d_]-$")


def _joiner(before: str, after: str) -> str:
    return "" if HYPHENATED_END.search(MARKER.sub("", before)) and starts_lower(after) else " "


class _Builder:
    def __init__(self, notes: list[NoteText], languages: Collection[str], language: str, report: Report):
        self.notes = notes
        self.languages = languages
        self.language = language
        self.report = report
        self.body: list = []
        self.chapter: Div | None = None
        self.section: Div | None = None
        self.paragraph: Paragraph | None = None
        self.paragraph_text = ""          # source text of the paragraph's last block
        self.page_end: PageEnd | None = None

    # ------------------------------------------------------------ inlines
    def inlines(self, text: str, line: int, *, in_note: bool) -> list[Inline]:
        """Source text to inlines: bold and italics, markers replaced by their notes."""
        text = text.replace("\\*", ESCAPED_ASTERISK)
        result: list[Inline] = []
        position = 0
        for match in BOLD.finditer(text):
            result += self.italics(text[position:match.start()], line, in_note=in_note)
            inner = self.italics(match.group(1), line, in_note=in_note)
            result.append(Styled(kind="hi", content=inner, rend="bold"))
            position = match.end()
        return result + self.italics(text[position:], line, in_note=in_note)

    def italics(self, text: str, line: int, *, in_note: bool) -> list[Inline]:
        """Source text to inlines: italics classified, markers replaced by their notes."""
        result: list[Inline] = []
        position = 0
        for match in ITALIC.finditer(text):
            result += self.plain(text[position:match.start()], line, in_note=in_note)
            content = self.plain(match.group(1), line, in_note=in_note)
            result.append(classify_italic(content, in_note=in_note, before=text[:match.start()],
                                          after=text[match.end():], languages=self.languages,
                                          language=self.language))
            position = match.end()
        result += self.plain(text[position:], line, in_note=in_note)
        if "*" in ITALIC.sub("", text):
            self.report.warn("an asterisk without its pair is kept as printed", line)
        return result

    def plain(self, text: str, line: int, *, in_note: bool) -> list[Inline]:
        text = text.replace(ESCAPED_ASTERISK, "*")
        if in_note:   # a superscript inside a note is not a note marker of the body
            return [text] if text else []
        result: list[Inline] = []
        position = 0
        for match in MARKER.finditer(text):
            if match.start() > position:
                result.append(text[position:match.start()])
            result.append(self.note_for(match.group(), line))
            position = match.end()
        if position < len(text):
            result.append(text[position:])
        return result

    def note_for(self, marker: str, line: int) -> Inline:
        n = marker_number(marker)
        for note in self.notes:
            if note.n == n and not note.used and note.line > line:
                return self.make_note(note)
        self.report.warn(f"note marker {marker} ({n}) has no note text; the marker is kept as printed",
                         line)
        return marker

    def make_note(self, note: NoteText) -> Note:
        note.used = True
        content: list[Inline] = []
        previous = ""
        for piece in note.pieces:
            if content:
                content.append(_joiner(previous, piece.text))
            content += self.inlines(piece.text, piece.line, in_note=True)
            previous = piece.text
        return Note(n=str(note.n), content=_merge_strings(content), line=note.line)

    # ------------------------------------------------------------ blocks
    def container(self) -> list:
        for div in (self.section, self.chapter):
            if div is not None:
                return div.children
        return self.body

    def close_paragraph(self) -> None:
        if self.paragraph is not None:
            self.paragraph.content = _merge_strings(self.paragraph.content)
        self.paragraph = None
        if self.page_end is not None:
            self.container().append(PageBreak())
            self.page_end = None

    def heading(self, heading: Heading) -> None:
        self.close_paragraph()
        head: list[Inline] = []
        if heading.label:
            head += [Label([heading.label]), " "]
        head += self.inlines(heading.text, heading.line, in_note=False)
        if heading.chapter_n is not None:
            self.chapter = Div(type="chapter", n=heading.chapter_n, head=head, line=heading.line)
            self.section = None
            self.body.append(self.chapter)
        else:
            self.section = Div(type="section", head=head, line=heading.line)
            (self.chapter.children if self.chapter else self.body).append(self.section)

    def text(self, block: Body) -> None:
        if self.paragraph is not None and self.page_end is not None and self.continues(block):
            self.paragraph.content += [_joiner(self.paragraph_text, block.text), PageBreak()]
            self.page_end = None
        else:
            self.close_paragraph()
            self.paragraph = Paragraph([], line=block.line)
            self.container().append(self.paragraph)
        self.paragraph.content += self.inlines(block.text, block.line, in_note=False)
        self.paragraph_text = block.text

    def continues(self, block: Body) -> bool:
        assert self.page_end is not None
        if self.page_end.visible_cut:
            return True
        return not ends_sentence(self.paragraph_text) or starts_lower(block.text)

    def page_ended(self, page_end: PageEnd, notes: list[NoteText]) -> None:
        """Notes of the page no marker claimed are kept where the page ended."""
        for note in notes:
            if note.page_end is page_end and not note.used:
                self.report.warn(f"note {note.n} has no marker in the text before it; "
                                 "it is placed where its page ended", note.line)
                if self.paragraph is None:
                    self.paragraph = Paragraph([], line=note.line)
                    self.container().append(self.paragraph)
                self.paragraph.content.append(self.make_note(note))
        self.page_end = page_end


def _merge_strings(content: list[Inline]) -> list[Inline]:
    merged: list[Inline] = []
    for item in content:
        if isinstance(item, str) and merged and isinstance(merged[-1], str):
            merged[-1] += item
        elif item != "":
            merged.append(item)
    return merged


def read(text: str, config: SeedConfig, report: Report) -> Document:
    """Read a monograph seed into a Document: chapter and section divisions, paragraphs
    rejoined across page ends, notes at their markers, page breaks where pages ended."""
    layout = read_layout(text, report, config.language)
    builder = _Builder(layout.notes, tuple(config.languages), config.language, report)
    for entry in layout.flow:
        if isinstance(entry, Heading):
            builder.heading(entry)
        elif isinstance(entry, Body):
            builder.text(entry)
        elif isinstance(entry, PageEnd):
            builder.page_ended(entry, layout.notes)
    # A page that ends with the text opens no new page: no pb after the last word.
    builder.page_end = None
    builder.close_paragraph()
    return Document(body=builder.body)


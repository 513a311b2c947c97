# SPDX-License-Identifier: MIT
"""Project Gutenberg plain text: `[12]` markers, notes as `[Footnote 12: …]` blocks or as
paragraphs opened by `[12]`, gathered after a paragraph, a section or a chapter; `_italics_`.
A whole e-text's header and licence (edition/layout/frame.py) are kept apart from the book:
the header in the front matter, the licence in the back matter."""
from __future__ import annotations

import re

from edition import model as m
from edition.config import SeedConfig
from edition.layout.blocks import closes
from edition.layout.engine import Profile, read_with
from edition.layout.frame import find_frame, frame_division
from edition.layout.headings import HeadingRules
from edition.layout.markers import bracket_markers
from edition.layout.notezone import NoteBlock
from edition.layout.pages import Line, Page, single_page
from edition.layout.setoff import mark_indented
from edition.readers.bracketed import take_bracketed_notes
from edition.report import Report

_NOTE_PARAGRAPH = re.compile(r"^\[(\d{1,4}|[*†‡§])\]\s+(?=\S)")
_MARKER = re.compile(r"\[(\d{1,4}|[*†‡§])\]")


def _take_notes(page: Page, report: Report, rules: HeadingRules) -> list[NoteBlock]:
    """Bracketed `[Footnote N: …]` blocks, then paragraphs that begin with `[N]`: such a note
    runs on, over paragraphs, to the next note, a heading, or the paragraph where the text
    resumes (one that marks a note itself, or one left open that leads into a heading)."""
    notes = take_bracketed_notes(page, report)
    kept: list[Line] = []
    current: NoteBlock | None = None
    lines = page.lines
    for i, line in enumerate(lines):
        starts_paragraph = i == 0 or lines[i - 1].blank
        match = _NOTE_PARAGRAPH.match(line.text) if starts_paragraph else None
        if match:
            current = NoteBlock(match.group(1), page.index, [line.text[match.end():].strip()], line.no, [line.no],
                                paragraphs=True)
            notes.append(current)
            kept.append(Line("", line.no))
            continue
        if current is not None and starts_paragraph and not line.blank and rules.match(_paragraph_text(lines, i), True) \
                and _heading_in_note(lines, i, kept):
            current.heads |= set(range(len(current.lines), len(current.lines) + _paragraph_length(lines, i)))
        elif current is not None and starts_paragraph and not line.blank and (
                _MARKER.search(_paragraph_text(lines, i)) or rules.match(_paragraph_text(lines, i), True)
                or _leads_into_heading(lines, i, rules)):
            current = None
        if current is not None:
            if line.blank:
                current.lines.append("")
            else:
                current.lines.append(line.stripped)
                current.line_nos.append(line.no)
            continue
        kept.append(line)
    for note in notes:
        while note.lines and not note.lines[-1]:
            note.lines.pop()
    page.lines = kept
    return notes


def _heading_in_note(lines: list[Line], start: int, before: list[Line]) -> bool:
    """A heading inside a gathered note (the title of a story the note tells): the notes
    gathered here go on after it, the next one's marker standing in the text before the
    notes, and nothing between marks a note of its own."""
    for i in range(start + 1, len(lines)):
        if lines[i].blank or not lines[i - 1].blank:
            continue
        match = _NOTE_PARAGRAPH.match(lines[i].text)
        if match:
            marker = f"[{match.group(1)}]"
            return any(marker in line.text for line in before)
        if _MARKER.search(_paragraph_text(lines, i)):
            return False
    return False


def _paragraph_length(lines: list[Line], start: int) -> int:
    end = start
    while end < len(lines) and not lines[end].blank:
        end += 1
    return end - start


def _leads_into_heading(lines: list[Line], start: int, rules: HeadingRules) -> bool:
    """A paragraph whose sentence is left open and runs into the heading after it ("There is
    another version, called" | "THE MIDWIFE."): the text introducing a section, not a note's."""
    text = _paragraph_text(lines, start)
    if closes(text.rstrip()):
        return False
    end = start
    while end < len(lines) and not lines[end].blank:
        end += 1
    following = next((i for i in range(end, len(lines)) if not lines[i].blank), None)
    return following is not None and bool(rules.match(_paragraph_text(lines, following), True))


def _paragraph_text(lines: list[Line], start: int) -> str:
    out = []
    for line in lines[start:]:
        if line.blank:
            break
        out.append(line.text)
    return " ".join(out)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    rules = HeadingRules([config.language, *config.languages])
    profile = Profile("gutenberg", pages=single_page, markers=bracket_markers, furniture=False,
                      foot_notes=False, extract_notes=lambda page, rep: _take_notes(page, rep, rules),
                      underscore=True, gathered=True, paged=False, sidenotes=True,
                      prepare=lambda pages, _report: mark_indented(pages))
    frame = find_frame(text)
    if frame is None:
        return read_with(profile, text, config, report)
    document = read_with(profile, frame.book, config, report)
    header = frame_division("transcription", frame.header)
    licence = frame_division("licence", frame.licence)
    if header:
        document.front.insert(0, header)
    if licence:
        document.back.append(licence)
    return document

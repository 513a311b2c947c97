# SPDX-License-Identifier: MIT
"""The body of an OCR'd book (parts, chapters, pages with per-page footnotes) to model divisions.

A printed page reaches the transcription as its body text followed by its footnotes
(`<sup>n</sup> text`, numbering restarting on every page). A page therefore ends where a
run of footnotes is followed by body text again, and also, with or without footnotes, where
a gap of two or more blank lines (the transcription's page gap) stands before body text;
the page numbers come from the contents.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition import model as m
from edition.config import Correction
from edition.errors import ConfigError
from edition.layout.continuation import merged_note_end
from edition.readers.markdown_inline import (
    InlineContext, NoteMarker, parse_inline, strip_ends)
from edition.readers.ocr_blocks import PAGE_GAP, Block, ends_sentence, note_body
from edition.readers.ocr_contents import Contents, Wording

# where a relocated passage may go (the `to` of a "relocate" correction)
NOTE_CONTINUATION = "note-continuation"
# letters OCR reads for the digits 1 and 0
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "o": "0"})
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


@dataclass
class Page:
    body: list[tuple[int, Block]] = field(default_factory=list)   # (block index, block)
    notes: list[Block] = field(default_factory=list)


@dataclass
class BodyContext:
    prose: InlineContext      # italics of the running text
    heads: InlineContext      # italics of part and chapter headings (typographic)
    notes: InlineContext      # italics of footnotes
    config_path: object
    words: Wording            # the words of parts and chapters in the text's language
    relocations: dict[int, list[Correction]] = field(default_factory=dict)
    applied: list[str] = field(default_factory=list)


def find_relocations(blocks: list[Block], corrections: tuple[Correction, ...], report, config_path) -> dict:
    """Index the seed's 'relocate' corrections by the block that holds the misplaced text."""
    found: dict[int, list[Correction]] = {}
    for corr in corrections:
        if corr.kind != "relocate":
            continue
        if corr.to != NOTE_CONTINUATION:
            raise ConfigError(f"correction '{corr.id}': the ocr-book reader cannot relocate text to '{corr.to}'",
                              config_path, hint=f"use to = \"{NOTE_CONTINUATION}\"")
        hits = [i for i, b in enumerate(blocks) if corr.find in b.text]
        if len(hits) == 1 and blocks[hits[0]].text.count(corr.find) == 1:
            found.setdefault(hits[0], []).append(corr)
        else:
            where = "not found" if not hits else "found more than once"
            report.warn(f"correction '{corr.id}': its text is {where} in the seed; not applied")
    return found


def roman_value(text: str) -> int | None:
    if not text or any(ch not in _ROMAN for ch in text.upper()):
        return None
    values = [_ROMAN[ch] for ch in text.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_part_title(block: Block, words: Wording) -> re.Match | None:
    return words.part.match(block.plain.lstrip("# ").strip()) if len(block.lines) == 1 else None


def is_chapter_heading(block: Block, words: Wording) -> re.Match | None:
    heading = block.heading
    return words.chapter.match(block.plain) if heading else None


def _is_title_line(block: Block, words: Wording) -> bool:
    """A short line without lower-case letters: the title under a part or chapter number."""
    text = block.plain
    return (len(block.lines) == 1 and not block.note_number and not is_part_title(block, words)
            and not is_chapter_heading(block, words) and len(text.split()) <= 12
            and not re.search(r"[a-z]", text))


def read_body(blocks: list[Block], contents: Contents | None, ctx: BodyContext, report) -> tuple[list[m.Block], dict]:
    """Read parts and chapters; returns the body's blocks and the ids of the divisions found."""
    body: list[m.Block] = []
    targets: dict[tuple[str, str], str] = {}
    container = body
    i = 0
    while i < len(blocks):
        block = blocks[i]
        part = is_part_title(block, ctx.words)
        if part:
            head = strip_ends(parse_inline(block.text.lstrip("# "), block.line, ctx.heads))
            if i + 1 < len(blocks) and _is_title_line(blocks[i + 1], ctx.words):
                i += 1
                title = blocks[i].text.lstrip("# ")
                head += [m.LineBreak()] + strip_ends(parse_inline(title, blocks[i].line, ctx.heads))
            part_id = f"part{part.group('n')}"
            div = m.Div("part", head=head, n=part.group("n"), id=part_id, line=block.line)
            targets[("part", part.group("n"))] = part_id
            body.append(div)
            container = div.children
            i += 1
            continue
        if is_chapter_heading(block, ctx.words):
            end = i + 1
            while end < len(blocks) and not is_part_title(blocks[end], ctx.words) \
                    and not is_chapter_heading(blocks[end], ctx.words):
                end += 1
            chapter, first_page = _chapter(blocks, i, end, contents, ctx, report)
            assert chapter.n is not None and chapter.id is not None  # _chapter names every chapter
            targets[("chapter", chapter.n)] = chapter.id
            if first_page:
                container.append(m.PageBreak(first_page))
            container.append(chapter)
            i = end
            continue
        report.warn("text before the first chapter heading: kept as a paragraph", block.line)
        container.append(m.Paragraph(strip_ends(parse_inline(block.text, block.line, ctx.prose)), block.line))
        i += 1
    return body, targets


def _chapter(blocks: list[Block], start: int, end: int, contents: Contents | None,
             ctx: BodyContext, report) -> tuple[m.Div, str | None]:
    heading = blocks[start]
    match = is_chapter_heading(heading, ctx.words)
    assert match is not None
    printed = match.group("n")
    prefix = heading.plain[:match.start("n")]
    title_block = blocks[start + 1] if start + 1 < end else None
    title_heading = title_block.heading if title_block is not None else None
    title = strip_ends(parse_inline(title_heading[1], title_block.line, ctx.heads)) \
        if title_block is not None and title_heading is not None else []
    n, number = _chapter_number(printed, m.text_of(title), contents, heading.line, report)
    head: list = [prefix, number] + ([m.LineBreak()] + title if title else [])
    entry = contents.chapter(m.text_of(title)) if contents and title else None
    first_page = entry.page if entry and entry.page and entry.page.isdigit() else None
    if first_page is None:
        report.warn(f"chapter {n}: its first page is not in the contents; page breaks are unnumbered", heading.line)
    first = start + (2 if title_block else 1)
    chapter = m.Div("chapter", head=head, n=n, id=f"ch{n}", line=heading.line)
    chapter.children = _pages(blocks, first, end, first_page, ctx, report)
    return chapter, first_page


def _chapter_number(printed: str, title: str, contents: Contents | None, line: int, report) -> tuple[str, m.Inline]:
    """The chapter's number, checked against the contents: an OCR misreading becomes sic/corr."""
    entry = contents.chapter(title) if contents and title else None
    if entry is None or entry.n is None:
        report.warn(f"chapter '{printed}' ({title}) is not in the contents: its number is not checked", line)
        return printed, printed
    if printed == entry.n or (entry.n.isdigit() and roman_value(printed) == int(entry.n)):
        return printed, printed
    if printed.translate(_OCR_DIGITS) == entry.n:
        return entry.n, m.Choice(sic=[printed], corr=[entry.n])
    report.warn(f"chapter heading reads '{printed}' but the contents give {entry.n} for '{title}': "
                "the heading's number is kept", line)
    return printed, printed


def _merged_note_end(text: str, line: int, next_text: str, unfinished: m.Note, ctx: BodyContext,
                     report) -> tuple[str, m.Note | None]:
    """The end of the previous page's last note, which the OCR ran into this page's last
    paragraph (see `edition.layout.continuation`), goes back to its note."""
    last_marker = text.rfind("</sup>")
    offset = merged_note_end(text, last_marker + len("</sup>") if last_marker >= 0 else 0, next_text)
    if offset is None:
        return text, unfinished
    moved = text[offset:]
    unfinished.content = strip_ends(unfinished.content + [" "] + parse_inline(moved, line, ctx.notes))
    report.warn(f"the end of note {unfinished.n} (page {unfinished.page or '?'}) was found run into the "
                f"text of the next page and put back into the note: “{moved[:40]}…”", line)
    return text[:offset].rstrip(), None


def _split_pages(blocks: list[Block], first: int, end: int) -> list[Page]:
    """A page ends where its footnotes are followed by body text again, or where a gap of
    blank lines as wide as the one between pages stands before body text."""
    pages = [Page()]
    for index in range(first, end):
        block = blocks[index]
        if block.note_number:
            pages[-1].notes.append(block)
        else:
            if pages[-1].notes or (pages[-1].body and block.gap_before >= PAGE_GAP):
                pages.append(Page())
            pages[-1].body.append((index, block))
    return pages


def _pages(blocks: list[Block], first: int, end: int, first_page: str | None,
           ctx: BodyContext, report) -> list[m.Block]:
    children: list[m.Block] = []
    open_paragraph: m.Paragraph | None = None
    unfinished: m.Note | None = None     # last note of the previous page, cut by the page end
    last_line = blocks[first - 1].line
    split = _split_pages(blocks, first, end)
    for k, page in enumerate(split):
        number = str(int(first_page) + k) if first_page else None
        notes = _notes(page.notes, number, ctx, report)
        notes_by_line = {note.line: note for note in notes.values()}
        for position, (index, block) in enumerate(page.body):
            text = block.text
            for corr in ctx.relocations.get(index, []):
                if unfinished is None:
                    report.warn(f"correction '{corr.id}': no unfinished note before line {block.line}; "
                                "the text is left where it is", block.line)
                    continue
                before, _, after = text.partition(corr.find)
                text = _rejoin(before, after)
                unfinished.content = strip_ends(unfinished.content + [" "] +
                                                parse_inline(corr.find, block.line, ctx.notes))
                ctx.applied.append(corr.id)
                unfinished = None
            if unfinished is not None and position == len(page.body) - 1 and k + 1 < len(split) \
                    and split[k + 1].body:
                text, unfinished = _merged_note_end(text, block.line, split[k + 1].body[0][1].text,
                                                    unfinished, ctx, report)
            content = strip_ends(parse_inline(text, block.line, ctx.prose))
            content = place_notes(content, notes, number, report)
            if position == 0 and k > 0:
                page_break = m.PageBreak(number)
                if open_paragraph is not None and (not ends_sentence(m.text_of(open_paragraph.content))
                                                   or text[:1].islower()):
                    joint = "" if m.text_of(open_paragraph.content).endswith("-") else " "
                    joined: list[m.Inline] = [joint, page_break]
                    open_paragraph.content += joined + content
                    continue
                children.append(page_break)
            open_paragraph = m.Paragraph(content, block.line)
            children.append(open_paragraph)
        last_line = page.body[-1][1].line if page.body else last_line
        _place_unreferenced(notes, open_paragraph, children, report)
        if unfinished is not None:
            report.warn(f"note {unfinished.n} on page {unfinished.page or '?'} seems to continue on the next "
                        "page, but no continuation was found (a 'relocate' correction can supply it)",
                        unfinished.line)
        last_note = page.notes[-1] if page.notes else None
        unfinished = None
        if last_note is not None and not ends_sentence(last_note.text):
            unfinished = notes_by_line[last_note.line]
    if unfinished is not None:
        report.warn(f"note {unfinished.n} on page {unfinished.page or '?'} is unfinished where the text ends",
                    unfinished.line)
    if open_paragraph is not None and not ends_sentence(m.text_of(open_paragraph.content)):
        report.warn("the text ends in mid-sentence: the transcription stops before the chapter's end",
                    last_line)
    return children


def _rejoin(before: str, after: str) -> str:
    before, after = before.rstrip(), after.lstrip()
    if before and after and after[0] not in ".,;:)]":
        return f"{before} {after}"
    return before + after


def _notes(blocks: list[Block], page: str | None, ctx: BodyContext, report) -> dict[str, m.Note]:
    notes: dict[str, m.Note] = {}
    for block in blocks:
        n = block.note_number
        assert n is not None  # the blocks of a page's notes are note blocks
        content = strip_ends(parse_inline(note_body(block.text), block.line, ctx.notes))
        note = m.Note(n=n, content=content, page=page, line=block.line)
        if n in notes:
            report.warn(f"a second note {n} on the same page: it is placed after the first", block.line)
            n = f"{n}#{block.line}"
        notes[n] = note
    return notes


def place_notes(content: list, notes: dict[str, m.Note], page: str | None, report) -> list:
    """Replace note markers by their notes; a marker without a note stays as a superscript."""
    placed: list[m.Inline] = []
    for item in content:
        if isinstance(item, NoteMarker):
            note = notes.pop(item.n, None)
            if note is None:
                report.warn(f"note marker {item.n} has no note on page {page or '?'}: kept as a superscript",
                            item.line)
                placed.append(m.Styled(kind="hi", content=[item.n], rend="sup"))
            else:
                placed.append(note)
        elif isinstance(item, m.Styled):
            item.content = place_notes(item.content, notes, page, report)
            placed.append(item)
        else:
            placed.append(item)
    return placed


def _place_unreferenced(notes: dict[str, m.Note], paragraph: m.Paragraph | None,
                        children: list[m.Block], report) -> None:
    """A note whose marker the OCR lost is kept, at the end of its page's last paragraph."""
    for note in notes.values():
        report.warn(f"note {note.n} on page {note.page or '?'} has no marker in the text: "
                    "placed at the end of the page's last paragraph", note.line)
        if paragraph is None:
            paragraph = m.Paragraph([], note.line)
            children.append(paragraph)
        paragraph.content.append(note)
    notes.clear()

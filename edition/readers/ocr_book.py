# SPDX-License-Identifier: MIT
"""An OCR'd book in markdown-like form (front matter, contents, chapters with per-page notes) to a Document.

The reader finds the book's landmarks in order: cover and title page (library marks
go to the header), the front-matter sections, the contents, then parts and chapters. The
words it goes by are those of the text's language (edition/data/frontmatter/, layout/).
What it cannot place it keeps as text and reports with its line number.
"""
from __future__ import annotations

from edition import model as m
from edition.config import SeedConfig
from edition.errors import InputError
from edition.readers.italics import classify_italic
from edition.readers.markdown_inline import InlineContext, parse_inline, strip_ends, typographic_italic
from edition.readers.ocr_blocks import PAGE_GAP, Block, main_script, split_blocks
from edition.readers.ocr_body import (
    BodyContext, find_relocations, is_chapter_heading, is_part_title, place_notes, read_body)
from edition.readers.ocr_contents import Contents, Wording, contents_list, is_contents_block, read_contents, wording
from edition.readers.ocr_front import (
    Section, copy_note, front_wording, plain_section, preface, section_head, section_type, split_sections,
    title_page)
from edition.report import Report


def _prose_italics(languages, language: str, in_note: bool):
    def rule(content, before, after):
        return classify_italic(content, in_note=in_note, before=before, after=after, languages=languages,
                               language=language)
    return rule


def _is_front_heading(block: Block, name: str, language: str) -> bool:
    heading = block.heading
    return bool(heading) and front_wording(language).types.get(block.plain.lstrip("# ").casefold()) == name


def _landmarks(blocks: list[Block], words: Wording, language: str) -> tuple[int | None, int, int]:
    """Indexes of the contents heading, the end of the contents and the start of the body."""
    contents_at = next((i for i, b in enumerate(blocks) if _is_front_heading(b, "contents", language)), None)
    start = 0
    contents_end = 0
    if contents_at is not None:
        listed: set[str] = set()
        contents_end = contents_at + 1
        while contents_end < len(blocks) and is_contents_block(blocks[contents_end], listed, words):
            part = is_part_title(blocks[contents_end], words)
            if part:
                listed.add(part.group("n"))
            contents_end += 1
        start = contents_end
    body_at = next((i for i in range(start, len(blocks))
                    if is_part_title(blocks[i], words) or is_chapter_heading(blocks[i], words)), len(blocks))
    return contents_at, contents_end, body_at


def _cover_and_title(blocks: list[Block], config: SeedConfig, ctx: InlineContext,
                     copy_notes: list[m.CopyNote], text_script: str | None) -> tuple[list[m.Block], int]:
    """The leading cover (lines wholly in bold) and title page (the page holding the main heading);
    library marks above the title go to `copy_notes`."""
    result: list[m.Block] = []
    front_types = front_wording(config.language).types
    i = 0
    cover: list[Block] = []
    while i < len(blocks) and blocks[i].wholly_bold and (not cover or blocks[i].gap_before < PAGE_GAP):
        cover.append(blocks[i])
        i += 1
    if cover:
        result.append(title_page(cover, config, ctx, "cover"))
    j = i
    while j < len(blocks) and (j == i or blocks[j].gap_before < PAGE_GAP) and not blocks[j].is_rule \
            and not (blocks[j].heading and blocks[j].plain.lstrip("# ").casefold() in front_types):
        j += 1
    page = blocks[i:j]
    title_at = next((k for k, b in enumerate(page) if b.heading and b.heading[0] == 1), None)
    if title_at is None:
        return result, i
    kept = []
    for k, block in enumerate(page):
        note = copy_note(block, text_script) if k < title_at else None
        if note:
            copy_notes.append(note)
        else:
            kept.append(block)
    result.append(title_page(kept, config, ctx, "main"))
    return result, j


def _front_sections(blocks: list[Block], config: SeedConfig, typographic: InlineContext,
                    prose: InlineContext, report: Report) -> list[m.Block]:
    result: list[m.Block] = []
    for section in split_sections(blocks):
        kind = section_type(section, config)
        ctx = prose if kind in ("preface", "introduction", "acknowledgements") else typographic
        div = m.Div(kind, head=section_head(section, ctx),
                    line=section.head_block.line if section.head_block else section.blocks[0].line)
        if kind == "preface":
            preface(div, section, ctx, config.language)
        else:
            plain_section(div, section, ctx, report)
        # the cataloguing data is printed on the imprint page, as part of it
        if kind == "cataloguing" and result and isinstance(result[-1], m.Div) and result[-1].type == "imprint":
            result[-1].children.append(div)
        else:
            result.append(div)
    return result


def _settle_markers(blocks: list, report: Report) -> None:
    """Markers left outside the chapters' note areas (front matter, plain text) have no note:
    they stay as superscripts, with a warning."""
    for block in blocks:
        if isinstance(block, m.Div):
            if block.head:
                block.head = place_notes(block.head, {}, None, report)
            _settle_markers(block.children, report)
        elif isinstance(block, m.Paragraph):
            block.content = place_notes(block.content, {}, None, report)
        elif isinstance(block, m.ListBlock):
            for item in block.items:
                item.content = place_notes(item.content, {}, None, report)
                if item.sublist:
                    _settle_markers([item.sublist], report)
        elif isinstance(block, m.TitlePage):
            for part in block.parts:
                part.content = place_notes(part.content, {}, None, report)
        elif isinstance(block, m.Closer):
            block.signed = place_notes(block.signed or [], {}, None, report) or None
            block.dateline = place_notes(block.dateline or [], {}, None, report) or None


def _plain_text(blocks: list[Block], ctx: InlineContext) -> list[m.Block]:
    """A text without a book's landmarks: each heading opens a section, other blocks are paragraphs."""
    sections: list[m.Div] = [m.Div("section", line=blocks[0].line)]
    for block in blocks:
        heading = block.heading
        if heading:
            head = strip_ends(parse_inline(heading[1], block.line, ctx))
            if sections[-1].children or sections[-1].head:
                sections.append(m.Div("section", line=block.line))
            sections[-1].head = head
        else:
            sections[-1].children.append(
                m.Paragraph(strip_ends(parse_inline(block.text, block.line, ctx)), block.line))
    result: list[m.Block] = [*sections]
    return result


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    """Read an OCR transcription of a book into the document model."""
    blocks = split_blocks(text)
    if not blocks:
        raise InputError("the seed has no text", config.seed_text_path)
    languages = tuple(config.languages)
    replacements = tuple(c for c in config.corrections if c.kind == "replace")
    applied: set[str] = set()
    typographic = InlineContext(report, typographic_italic, False, replacements, applied)
    prose = InlineContext(report, _prose_italics(languages, config.language, False), True, replacements, applied)
    notes = InlineContext(report, _prose_italics(languages, config.language, True), False, replacements, applied)

    words = wording(config.language)
    contents_at, contents_end, body_at = _landmarks(blocks, words, config.language)
    doc = m.Document()
    front_end = contents_at if contents_at is not None else body_at
    doc.front, start = _cover_and_title(blocks[:front_end], config, typographic, doc.copy_notes, main_script(text))
    doc.front += _front_sections(blocks[start:front_end], config, typographic, prose, report)

    contents: Contents | None = None
    contents_div = None
    if contents_at is not None:
        head_block = blocks[contents_at]
        contents = read_contents(section_head(Section(head_block), typographic) or [],
                                 blocks[contents_at + 1:contents_end],
                                 prose, head_block.line, words)
        contents_div = m.Div("contents", head=contents.head, line=head_block.line)
        doc.front.append(contents_div)
        doc.front += _front_sections(blocks[contents_end:body_at], config, typographic, prose, report)

    body_blocks = blocks[body_at:]
    body_ctx = BodyContext(prose, typographic, notes, config.path, words,
                           find_relocations(body_blocks, config.corrections, report, config.path))
    doc.body, targets = read_body(body_blocks, contents, body_ctx, report)
    if contents_div is not None and contents is not None:
        contents_div.children.append(contents_list(contents, targets))
    if not doc.body:
        # no part or chapter heading: the landmarks of a book are not there, so the
        # whole text is read as sections (a guessed title page would swallow it)
        report.warn("no part or chapter heading found: the text is read as plain sections",
                    blocks[-1].line)
        doc = m.Document(body=_plain_text(blocks, prose), corrections_applied=sorted(applied))
    else:
        doc.corrections_applied = sorted(applied) + body_ctx.applied
    _settle_markers(doc.front + doc.body, report)
    return doc

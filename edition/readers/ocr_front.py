# SPDX-License-Identifier: MIT
"""The front matter of an OCR'd book (cover, title page, imprint, series list, preface) to model blocks.

Pages of the front matter reach the transcription separated by runs of blank lines or by
horizontal rules; sections with a heading (preface, contents, a series list) begin at it.
Library marks on the copy (shelfmarks, accession numbers, a stamp) sit on the title page
above its title: they become copy notes for the header, not text. The wording the reader
goes by (section headings, the byline, imprint signs, month names of a dateline) is data
of the text's language: edition/data/frontmatter/<language>.toml and dates/<language>.toml.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from edition import model as m
from edition.config import SeedConfig
from edition.readers.markdown_inline import InlineContext, parse_inline, strip_ends
from edition.readers.ocr_blocks import (
    ACCESSION_MIN_DIGITS, PAGE_GAP, Block, ends_sentence, is_code_like, scripts)
from edition.readers.wording import language_file

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_MARK_NOTE = re.compile(r"^\\([*†‡§])\s*(.*)$", re.DOTALL)
# a line that ends in a markdown hard break: two spaces or a backslash
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# a stamp is a short block: at most this many characters
STAMP_MAX_CHARS = 40


def _alternatives(words) -> str:
    """A regex alternation of listed words (longest first), each whole where it begins or ends with a letter."""
    parts = []
    for word in sorted(words, key=len, reverse=True):
        part = re.escape(word)
        if word[:1].isalnum():
            part = r"\b" + part
        if word[-1:].isalnum():
            part += r"\b"
        parts.append(part)
    return "|".join(parts) or r"(?!)"


@dataclass(frozen=True)
class FrontWording:
    """The front matter's wording in the text's language (edition/data/frontmatter/, dates/)."""
    types: dict[str, str]          # heading, case-folded -> div type
    byline: frozenset[str]
    volume: re.Pattern
    imprint: re.Pattern
    cataloguing: tuple[str, ...]
    dateline: re.Pattern


@functools.cache
def front_wording(language: str | None) -> FrontWording:
    words = language_file("frontmatter", language)
    sections = words.get("sections", {})
    title_page = words.get("title_page", {})
    imprint = words.get("imprint", {})
    forms = [form for listed in language_file("dates", language).get("months", {}).values() for form in listed]
    months = _alternatives(dict.fromkeys(forms + [f[:1].upper() + f[1:] for f in forms]))
    return FrontWording(
        types={w.casefold(): kind for kind, listed in sections.items() for w in listed},
        byline=frozenset(w.casefold() for w in title_page.get("byline", [])),
        volume=re.compile(rf"^(?:{_alternatives(title_page.get('volume', []))})\s+\S+", re.IGNORECASE),
        imprint=re.compile(_alternatives(imprint.get("signs", [])), re.IGNORECASE),
        cataloguing=tuple(w.casefold() for w in imprint.get("cataloguing", [])),
        # "London, May 4, 1959", "4 May 1959", "May 1959", "1959"
        dateline=re.compile(
            rf"^(?:[A-Z][\w .'-]*,\s+)?(?:(?:{months})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+(?:{months})\s+\d{{4}}"
            rf"|(?:{months}),?\s+\d{{4}}|\d{{4}})\.?$"),
    )


@dataclass
class Section:
    head_block: Block | None
    blocks: list[Block] = field(default_factory=list)
    ruled_head: bool = False          # a bold line set between rules (a block's own heading)


def _squash(text: str) -> str:
    """Letters and digits only, case-folded: 'J.R. SMITH' and 'J. R. Smith' compare equal."""
    return re.sub(r"[\W_]+", "", text).casefold()


def copy_note(block: Block, text_script: str | None) -> m.CopyNote | None:
    """A library mark on the copy: a block of codes (a shelfmark; a long number alone is an
    accession number), or a stamp: a short block whose letters are all in a script other than
    the text's (`text_script`, see `ocr_blocks.main_script`)."""
    lines = [line.strip() for line in block.lines]
    if all(is_code_like(line) for line in lines):
        if len(lines) == 1 and lines[0].isdigit() and len(lines[0]) >= ACCESSION_MIN_DIGITS:
            return m.CopyNote("accession", lines[0], block.line)
        return m.CopyNote("shelfmark", " ".join(lines), block.line)
    text = " ".join(lines)
    letters = scripts(text)
    if letters and text_script not in letters and len(text) <= STAMP_MAX_CHARS:
        return m.CopyNote("stamp", text, block.line)
    return None


def _role(plain: str, is_heading: bool, config: SeedConfig, main_taken: bool) -> str:
    series = config.source.get("series") or ""
    author = config.source.get("author") or ""
    if is_heading:
        return "main"
    if series and _squash(plain).startswith(_squash(series)):
        return "series"
    if front_wording(config.language).volume.match(plain):
        return "volume"
    if author and _squash(plain) == _squash(author):
        return "author"
    return "sub" if main_taken else "main"


def title_page(blocks: list[Block], config: SeedConfig, ctx: InlineContext, page_type: str | None) -> m.TitlePage:
    """Lines of a cover or title page to title parts by role (series, main title, author, volume)."""
    parts: list[m.TitlePart] = []
    for block in blocks:
        text = block.text.strip()
        if block.wholly_bold:  # bold set for a whole line of a title page says nothing more
            text = text[2:-2]
        heading = block.heading
        if heading:
            text = heading[1]
        lines = block.lines if not block.wholly_bold and not heading else [text]
        if lines and lines[0].strip().casefold() in front_wording(config.language).byline and len(lines) > 1:
            # the line ends there: a forced break (two spaces or a backslash) is kept as one, any other as a space
            ending: m.Inline = m.LineBreak() if _HARD_BREAK.search(lines[0]) else " "
            parts.append(m.TitlePart("byline", [lines[0].strip(), ending]))
            parts.append(m.TitlePart("author", strip_ends(parse_inline(lines[1], block.line + 1, ctx))))
            for offset, line in enumerate(lines[2:], 2):
                parts.append(m.TitlePart("affiliation", strip_ends(parse_inline(line, block.line + offset, ctx))))
            continue
        content = strip_ends(parse_inline(text, block.line, ctx))
        role = _role(m.text_of(content), bool(heading), config, any(p.role == "main" for p in parts))
        parts.append(m.TitlePart(role, content))
    return m.TitlePage(parts, type=page_type)


def split_sections(blocks: list[Block]) -> list[Section]:
    """Cut the front matter after the title page into sections at headings, rules and page gaps."""
    sections: list[Section] = []
    current: Section | None = None
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.is_rule:
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            closing = blocks[index + 2] if index + 2 < len(blocks) else None
            if following is not None and following.wholly_bold and closing is not None and closing.is_rule:
                current = Section(following, ruled_head=True)
                sections.append(current)
                index += 3
                continue
            current = None  # a rule closes the section before it
            index += 1
            continue
        heading = block.heading
        if heading:
            previous_heading = current.head_block.heading if current is not None and current.head_block else None
            if current is not None and previous_heading is not None and not current.blocks \
                    and _squash(previous_heading[1]) == _squash(heading[1]):
                current.blocks.append(block)  # a repeated heading: the section reader drops it
            else:
                current = Section(block)
                sections.append(current)
        else:
            if current is None or (block.gap_before >= PAGE_GAP and current.head_block is None and current.blocks):
                current = Section(None)
                sections.append(current)
            current.blocks.append(block)
        index += 1
    return sections


def section_type(section: Section, config: SeedConfig) -> str:
    wording = front_wording(config.language)
    if section.head_block is None:
        signs = any(wording.imprint.search(b.plain) for b in section.blocks)
        return "imprint" if signs else "section"
    head = section.head_block.plain.lstrip("# ")
    if section.ruled_head:
        return "cataloguing" if any(w in head.casefold() for w in wording.cataloguing) else "section"
    if head.casefold() in wording.types:
        return wording.types[head.casefold()]
    series = config.source.get("series") or ""
    if series and _squash(head) == _squash(series):
        return "series"
    return "section"


def section_head(section: Section, ctx: InlineContext) -> list | None:
    block = section.head_block
    if block is None:
        return None
    raw = block.heading[1] if block.heading else block.text.strip()[2:-2]
    return strip_ends(parse_inline(raw, block.line, ctx))


def plain_section(div: m.Div, section: Section, ctx: InlineContext, report) -> None:
    """Paragraphs, numbered lists and marked notes ('\\* with …') of a section, in order."""
    mark_targets: dict[str, str] = {}
    for block in section.blocks:
        mark = _MARK_NOTE.match(block.text)
        if mark and mark.group(1) not in mark_targets:
            mark_targets[mark.group(1)] = f"{div.type}-note{len(mark_targets) + 1}"
    for block in section.blocks:
        if block.heading:
            report.warn(f"the heading {block.heading[1]!r} repeats the one above it: the OCR's duplicate "
                        "is dropped", block.line)
            continue
        mark = _MARK_NOTE.match(block.text)
        if mark:
            content = [m.Label([mark.group(1)])] + strip_ends(parse_inline(mark.group(2), block.line, ctx))
            div.children.append(m.Paragraph(content, block.line, id=mark_targets[mark.group(1)]))
            continue
        if len(block.lines) > 1 and all(_NUMBERED.match(line) for line in block.lines):
            div.children.append(_numbered_list(block, ctx, mark_targets))
            continue
        if len(block.plain) == 1 and block.plain.isalpha():
            report.warn(f"a lone letter {block.plain!r}, probably the OCR of a printer's device: kept as text",
                        block.line)
        div.children.append(m.Paragraph(strip_ends(parse_inline(block.text, block.line, ctx)), block.line))


def _numbered_list(block: Block, ctx: InlineContext, mark_targets: dict[str, str]) -> m.ListBlock:
    items = []
    for offset, line in enumerate(block.lines):
        numbered = _NUMBERED.match(line)
        assert numbered is not None  # the block was taken as a list because every line is numbered
        number, rest = numbered.groups()
        content: list = [m.Label([f"{number}."]), " "]
        mark = _MARK_NOTE.match(rest)
        if mark and mark.group(1) in mark_targets:
            content.append(m.Ref(mark_targets[mark.group(1)], [mark.group(1)]))
            rest = mark.group(2)
        content += strip_ends(parse_inline(rest, block.line + offset, ctx))
        items.append(m.Item(content, n=number))
    return m.ListBlock(items, type="ordered")


def preface(div: m.Div, section: Section, ctx: InlineContext, language: str | None = None) -> None:
    """Paragraphs (those cut by a page end rejoined), then the signature and dateline (month
    names of the text's `language`, edition/data/dates/)."""
    dateline_shape = front_wording(language).dateline
    blocks = list(section.blocks)
    signed = dateline = None
    for _ in range(2):
        if not blocks:
            break
        last = blocks[-1]
        if dateline is None and dateline_shape.match(last.plain):
            dateline = strip_ends(parse_inline(last.text, last.line, ctx))
        elif signed is None and len(last.plain.split()) <= 6 and not re.search(r"[a-z]", last.plain):
            signed = strip_ends(parse_inline(last.text, last.line, ctx))
        else:
            break
        blocks.pop()
    previous: m.Paragraph | None = None
    for block in blocks:
        content = strip_ends(parse_inline(block.text, block.line, ctx))
        if previous is not None and not ends_sentence(m.text_of(previous.content)):
            joined: list[m.Inline] = [" ", m.PageBreak()]
            previous.content += joined + content
            continue
        previous = m.Paragraph(content, block.line)
        div.children.append(previous)
    if signed or dateline:
        div.children.append(m.Closer(signed=signed, dateline=dateline))

# SPDX-License-Identifier: MIT
"""A transcribed table of contents (tab-separated lines, '#' part headings) to a nested contents list."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from edition import data
from edition import model as m
from edition.readers.markdown_inline import InlineContext, parse_inline, split_at, strip_ends
from edition.readers.ocr_blocks import PAGE_GAP, Block, plain_text
from edition.readers.wording import candidates, language_file

PAGE_NUMBER = re.compile(r"^(?:\d+|[ivxlc]+)$")


@dataclass(frozen=True)
class Wording:
    """The words of a book's divisions and contents in the text's language: those of parts and
    chapters from edition/data/layout/headings.toml (with English's), the others from
    edition/data/frontmatter/<language>.toml."""
    part: re.Pattern               # "PART III"
    chapter: re.Pattern            # "CHAPTER 11"
    label: re.Pattern              # "12.", "Chapter 11.", "Note A." (a letter only after a word), "(a)"
    chapter_words: frozenset[str]
    note_words: frozenset[str]
    page_column: frozenset[str]    # the heading of the column of page numbers


def _words_regex(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"


@functools.cache
def wording(language: str | None) -> Wording:
    headings = data.load("layout/headings")
    division: dict[str, list[str]] = {"part": [], "chapter": []}
    for tag in candidates(language):
        table = headings.get(tag.split("-")[0], {})
        for kind, listed in division.items():
            listed += [w for w in table.get(kind, []) if w not in listed]
    contents = language_file("frontmatter", language).get("contents", {})
    notes = contents.get("note", [])
    labelled = division["chapter"] + notes + contents.get("appendix", [])
    printed = dict.fromkeys(form for w in labelled for form in (w[:1].upper() + w[1:], w.upper()))
    return Wording(
        part=re.compile(rf"^(?:{_words_regex(division['part'])})\s+(?P<n>[IVXLC]+|\d+)\.?$", re.IGNORECASE),
        chapter=re.compile(rf"^(?:{_words_regex(division['chapter'])})\s+(?P<n>\S+)$", re.IGNORECASE),
        label=re.compile(
            rf"^(?:(?P<word>{_words_regex(printed)})\s+(?P<wn>\d+|[A-Z])|(?P<n>\d+))\.(?=\s|$)"
            r"|^\((?P<sec>[a-z])\)(?=\s|$)"),
        chapter_words=frozenset(w.casefold() for w in division["chapter"]),
        note_words=frozenset(w.casefold() for w in notes),
        page_column=frozenset(w.casefold() for w in contents.get("page_column", [])),
    )


@dataclass
class Entry:
    """One line of the contents: a part, chapter, note, section or other entry."""
    kind: str                      # "part", "chapter", "note", "section", "other"
    n: str | None
    label: list
    title: list
    line: int
    page: str | None = None
    page_break_before: bool = False
    column_head: list | None = None
    children: list[Entry] = field(default_factory=list)

    @property
    def title_text(self) -> str:
        return " ".join(m.text_of(self.title).split())


@dataclass
class Contents:
    head: list
    entries: list[Entry]
    line: int

    def chapter(self, title: str) -> Entry | None:
        """The chapter entry whose title matches a heading's (case and spacing ignored)."""
        wanted = " ".join(title.split()).casefold()
        for entry in self._walk(self.entries):
            if entry.kind == "chapter" and entry.title_text.casefold() == wanted:
                return entry
        return None

    def _walk(self, entries: list[Entry]):
        for entry in entries:
            yield entry
            yield from self._walk(entry.children)


def is_contents_block(block: Block, listed_parts: set[str], words: Wording) -> bool:
    """Whether a block still belongs to the contents (headings of parts, tab-separated lines)."""
    heading = block.heading
    if heading:
        text = plain_text(heading[1])
        part = words.part.match(text)
        return not words.chapter.match(text) and not (part and part.group("n") in listed_parts)
    return all("\t" in line or words.label.match(plain_text(line)) for line in block.lines)


def _label_italic(ctx_italic):
    """Italics at the start of a line set off its label; elsewhere they are read as in prose."""
    def rule(content, before, after):
        if not before.strip():
            return m.Styled(kind="hi", content=content, rend="italic")
        return ctx_italic(content, before, after)
    return rule


def _entry_from_line(raw: str, line: int, ctx: InlineContext, words: Wording) -> Entry | None:
    cells = [c for c in raw.split("\t") if c.strip()]
    if not cells:
        return None
    page = None
    if len(cells) > 1 and PAGE_NUMBER.match(cells[-1].strip()):
        page = cells.pop().strip()
    inlines = strip_ends(parse_inline(" ".join(c.strip() for c in cells), line, ctx))
    text = m.text_of(inlines)
    match = words.label.match(text)
    if not match:
        return Entry("other", None, [], inlines, line, page)
    label, title = split_at(inlines, match.end())
    if match.group("sec"):
        kind, n = "section", match.group("sec")
    else:
        word = (match.group("word") or "").casefold()
        kind = "note" if word in words.note_words else "chapter" if not word or word in words.chapter_words \
            else "other"
        n = match.group("wn") or match.group("n")
    return Entry(kind, n, strip_ends(label), strip_ends(title), line, page)


def read_contents(head: list, blocks: list[Block], ctx: InlineContext, line: int, words: Wording) -> Contents:
    """Read the blocks after a CONTENTS heading into a tree of entries."""
    ctx = InlineContext(ctx.report, _label_italic(ctx.italic), False, ctx.replacements, ctx.applied)
    entries: list[Entry] = []
    part: Entry | None = None
    last: Entry | None = None
    for index, block in enumerate(blocks):
        page_break = index > 0 and block.gap_before >= PAGE_GAP
        heading = block.heading
        if heading:
            inlines = strip_ends(parse_inline(heading[1], block.line, ctx))
            match = words.part.match(m.text_of(inlines))
            if match:
                part = Entry("part", match.group("n"), inlines, [], block.line, page_break_before=page_break)
                entries.append(part)
            elif part is not None and not part.title and not part.children:
                part.title = inlines
            else:
                part = None
                entries.append(Entry("other", None, [], inlines, block.line, page_break_before=page_break))
            continue
        for offset, raw in enumerate(block.lines):
            number = block.line + offset
            if plain_text(raw).casefold() in words.page_column:  # the column heading over page numbers
                column = strip_ends(parse_inline(raw.strip(), number, ctx))
                if part is not None and part.column_head is None:
                    part.column_head = column
                else:
                    entries.append(Entry("other", None, [], column, number))
                continue
            entry = _entry_from_line(raw, number, ctx, words)
            if entry is None:
                continue
            entry.page_break_before = page_break and offset == 0
            if entry.kind == "section" and last is not None:
                last.children.append(entry)
                continue
            if entry.kind == "section":
                ctx.report.warn(f"contents section {m.text_of(entry.label)} has no chapter above it", number)
            if entry.kind in ("chapter", "note", "section") and part is not None:
                part.children.append(entry)
            else:
                if entry.kind == "other":
                    part = None
                entries.append(entry)
            last = entry if entry.kind in ("chapter", "note") else last
    return Contents(head, entries, line)


def contents_list(contents: Contents, targets: dict[tuple[str, str], str]) -> m.ListBlock:
    """The contents as nested lists; entries for divisions in this file link to them."""
    return m.ListBlock(items=[_item(e, targets) for e in contents.entries], type="contents")


def _item(entry: Entry, targets: dict[tuple[str, str], str]) -> m.Item:
    content: list = [m.PageBreak()] if entry.page_break_before else []
    if entry.label:
        content.append(m.Label(entry.label))
    if entry.title:
        if content and not isinstance(content[-1], m.PageBreak):
            content.append(" ")
        target = targets.get((entry.kind, entry.n or ""))
        if target:
            content.append(m.Ref(target, entry.title))
        else:
            content.extend(entry.title)
    if entry.page:
        content += [" ", m.PageNumber(entry.page)]
    sublist = None
    if entry.children or entry.column_head:
        sublist = m.ListBlock(items=[_item(c, targets) for c in entry.children], head=entry.column_head)
    return m.Item(content=content, n=entry.n, sublist=sublist)

# SPDX-License-Identifier: MIT
"""A book's table of contents, recognised by its shape, to a nested list linked to the divisions it names.

After a contents heading (a word of the text's language, `bookwords`), the contents go on
as long as the runs are shaped as entries: part headings, lines whose last cell (after a
tab) is a page number, lines that begin with an entry's number ("12.", "Chapter 11.",
"Note A.", "(a)"). A part heading that repeats one already listed is where the body begins.
Lettered entries are sections of the chapter above them; chapters and notes belong to the
part above them. An entry links to the division of the body it names, where the body holds
it (`contents_list`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition import model as m
from edition.layout.bookwords import BookWords, division_number
from edition.layout.inline import split_at, strip_ends
from edition.layout.runs import PAGE_GAP, Run, plain_text

PAGE_NUMBER = re.compile(r"^(?:\d+|[ivxlc]+)$")
# a title's page number set after a tab, after a leader of dots, or after a wide space:
# "LESSONS OF OCTOBER\t3", "Le jardin . . . . 9", "The Start ........ 12", "Index    301"
_PAGE_CELL = re.compile(r"(?:\t+|\s*(?:\.\s*){3,}|\s*…+\s*| {3,})(\d{1,4}|[ivxlc]{1,7})\s*$")

# (a line's raw text, italics at the line's start taken as a label's) -> inlines
EntryParse = Callable[[str], list]


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
    column_head: list | None = None    # the heading over the page numbers, where no part holds it

    def walk(self, entries: list[Entry] | None = None):
        for entry in self.entries if entries is None else entries:
            yield entry
            yield from self.walk(entry.children)

    def chapter(self, title: str) -> Entry | None:
        """The chapter entry whose title matches a heading's (case and spacing ignored)."""
        wanted = " ".join(title.split()).casefold()
        return next((e for e in self.walk() if e.kind == "chapter" and e.title_text.casefold() == wanted), None)

    def paged(self) -> dict[str, str]:
        """Titles of the entries that give a page, case-folded -> the page."""
        return {e.title_text.casefold(): e.page for e in self.walk()
                if e.page and e.page.isdigit() and e.title_text}


def part_title(run: Run, words: BookWords) -> re.Match | None:
    """A part's heading alone on its line ("PART III", "*PART III*", "## PART III")."""
    return words.part.match(run.plain.lstrip("# ").strip()) if len(run.lines) == 1 else None


def chapter_heading(run: Run, words: BookWords) -> re.Match | None:
    return words.chapter.match(run.plain) if run.heading else None


def is_contents_run(run: Run, listed_parts: set[str], words: BookWords) -> bool:
    """Whether a run still belongs to the contents (headings of parts, tab-separated lines)."""
    heading = run.heading
    if heading:
        text = plain_text(heading[1])
        part = words.part.match(text)
        return not words.chapter.match(text) and not (part and division_number(part) in listed_parts)
    return all("\t" in line or words.label.match(plain_text(line)) or _PAGE_CELL.search(line)
               for line in run.lines)


def contents_end(runs: list[Run], start: int, words: BookWords) -> int:
    """The index of the first run after the contents that begin at `start`."""
    listed: set[str] = set()
    end = start
    while end < len(runs) and is_contents_run(runs[end], listed, words):
        part = part_title(runs[end], words)
        if part:
            listed.add(division_number(part))
        end += 1
    return end


def _entry_from_line(raw: str, line: int, parse: EntryParse, words: BookWords) -> Entry | None:
    page = None
    leader = _PAGE_CELL.search(raw)
    if leader and raw[:leader.start()].strip():
        page, raw = leader.group(1), raw[:leader.start()]
    cells = [c for c in raw.split("\t") if c.strip()]
    if not cells:
        return None
    inlines = parse(" ".join(c.strip() for c in cells))
    text = m.text_of(inlines)
    match = words.label.match(text)
    if not match:
        return Entry("other", None, [], inlines, line, page)
    label, title = split_at(inlines, match.end())
    if match.group("sec"):
        kind, n = "section", match.group("sec")
    else:
        word = (match.group("word") or match.group("lword") or "").casefold()
        kind = "note" if word in words.note_words else "chapter" if not word or word in words.chapter_words \
            else "other"
        n = match.group("wn") or match.group("ln") or match.group("n")
    return Entry(kind, n, strip_ends(label), strip_ends(title), line, page)


def read_contents(head: list, runs: list[Run], parse: EntryParse, line: int, words: BookWords,
                  report) -> Contents:
    """Read the runs after a contents heading into a tree of entries."""
    entries: list[Entry] = []
    part: Entry | None = None
    last: Entry | None = None
    column_head: list | None = None
    for index, run in enumerate(runs):
        page_break = index > 0 and run.gap_before >= PAGE_GAP
        heading = run.heading
        if heading:
            inlines = parse(heading[1])
            match = words.part.match(m.text_of(inlines))
            if match:
                part = Entry("part", division_number(match), inlines, [], run.line, page_break_before=page_break)
                entries.append(part)
            elif part is not None and not part.title and not part.children:
                part.title = inlines
            else:
                part = None
                entries.append(Entry("other", None, [], inlines, run.line, page_break_before=page_break))
            continue
        for offset, raw in enumerate(run.lines):
            number = run.line + offset
            if plain_text(raw).casefold() in words.page_column:  # the column heading over page numbers
                column = parse(raw.strip())
                if part is not None and part.column_head is None:
                    part.column_head = column
                elif part is None and not entries and column_head is None:
                    column_head = column
                else:
                    entries.append(Entry("other", None, [], column, number))
                continue
            entry = _entry_from_line(raw, number, parse, words)
            if entry is None:
                continue
            entry.page_break_before = page_break and offset == 0
            if entry.kind == "section" and last is not None:
                last.children.append(entry)
                continue
            if entry.kind == "section":
                report.warn(f"contents section {m.text_of(entry.label)} has no chapter above it", number)
            if entry.kind in ("chapter", "note", "section") and part is not None:
                part.children.append(entry)
            else:
                if entry.kind == "other":
                    part = None
                entries.append(entry)
            last = entry if entry.kind in ("chapter", "note") else last
    return Contents(head, entries, line, column_head)


def contents_list(contents: Contents, targets: dict[tuple[str, str], str]) -> m.ListBlock:
    """The contents as nested lists; entries for divisions in this file link to them."""
    return m.ListBlock(items=[_item(e, targets) for e in contents.entries], type="contents",
                       head=contents.column_head)


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

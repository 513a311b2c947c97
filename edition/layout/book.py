# SPDX-License-Identifier: MIT
"""A book's landmarks: where its front matter, its contents and its body begin, and what the
contents tell of the body (the pages its chapters begin on, their numbers, links to them).

The body begins at the first part or chapter heading after the contents (a division word
of the text's language and a number). A text is read as a book where something before
that heading shows front matter: a contents list, a front-matter section's heading
(preface, introduction) or an imprint sign, or where a contents list closes the text (as
French books print it: it goes to the back). The front matter is read from the runs of the
transcription (`frontmatter`, `contents`); the body goes through the engine, its pages
numbered from the contents: the page holding a chapter's title is the page the contents
give it, the pages after it follow on. A chapter's printed number is checked against its
entry: where OCR misread it ("II" for "11") the heading keeps the reading and gives the
number (sic/corr).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from edition import model as m
from edition.config import SeedConfig
from edition.layout.bookwords import BookWords, book_words, division_number, number_first
from edition.layout.contents import (Contents, chapter_heading, contents_end, contents_list, part_title,
                                     read_contents)
from edition.layout.frontmatter import FrontReading, cover_and_title, front_sections, section_head
from edition.layout.librarymarks import main_script
from edition.layout.pages import Page
from edition.layout.runs import Run, plain_text, split_runs
from edition.numerals import roman_value

# letters OCR reads for the digits 1 and 0
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "|": "1", "!": "1", "O": "0", "o": "0"})


@dataclass
class BookFront:
    front: list[m.Block]
    body_line: int                          # the seed's line the body begins at
    words: BookWords
    copy_notes: list[m.CopyNote] = field(default_factory=list)
    contents: Contents | None = None
    contents_div: m.Div | None = None
    # a contents list printed after the body, to the text's end: the line it begins at
    back_line: int | None = None


def _landmarks(runs: list[Run], words: BookWords) -> tuple[int | None, int, int]:
    """Indexes of the contents heading, the end of the contents and the start of the body."""
    def division(i: int) -> bool:
        return bool(part_title(runs[i], words) or chapter_heading(runs[i], words))

    first_division = next((i for i in range(len(runs)) if division(i)), len(runs))
    # a contents list after the first division (printed at the book's end) is not front matter
    contents_at = next((i for i, r in enumerate(runs[:first_division])
                        if r.heading and words.front_type(r.plain.lstrip("# ")) == "contents"), None)
    end = contents_end(runs, contents_at + 1, words) if contents_at is not None else 0
    body_at = next((i for i in range(end, len(runs)) if division(i)), len(runs))
    return contents_at, end, body_at


def _shows_front_matter(runs: list[Run], words: BookWords) -> bool:
    return any((r.heading and words.front_type(r.plain.lstrip("# ")) is not None)
               or words.imprint.search(r.plain) for r in runs)


def _trailing_contents(runs: list[Run], body_at: int, words: BookWords) -> int | None:
    """The index of a contents heading after the body whose list runs to the text's end."""
    for i in range(body_at + 1, len(runs) - 1):
        if runs[i].heading and words.front_type(runs[i].plain.lstrip("# ")) == "contents" \
                and contents_end(runs, i + 1, words) == len(runs):
            return i
    return None


def read_front(text: str, config: SeedConfig, reading: FrontReading, report) -> BookFront | None:
    """The front matter of a book (and a contents list printed at its end), or None where the
    text shows neither."""
    runs = split_runs(text)
    words = book_words(config.language)
    contents_at, end, body_at = _landmarks(runs, words)
    front_end = contents_at if contents_at is not None else body_at
    if body_at >= len(runs):
        return None
    tail_at = _trailing_contents(runs, body_at, words) if contents_at is None else None
    if tail_at is None and (body_at == 0 or not _shows_front_matter(runs[:body_at], words)):
        return None
    book = BookFront([], runs[body_at].line, words)
    if tail_at is not None:
        book.back_line = runs[tail_at].line
        contents_at, end, front_end = tail_at, len(runs), body_at
    book.front, start = cover_and_title(runs[:front_end], config, words, reading.parse, book.copy_notes,
                                        main_script(text))
    book.front += front_sections(runs[start:front_end], config, words, reading, report)
    if contents_at is not None:
        head_run = runs[contents_at]
        book.contents = read_contents(section_head(head_run, reading.parse) or [], runs[contents_at + 1:end],
                                      reading.entry, head_run.line, words, report)
        book.contents_div = m.Div("contents", head=book.contents.head, line=head_run.line)
        if book.back_line is None:
            book.front.append(book.contents_div)
            book.front += front_sections(runs[end:body_at], config, words, reading, report)
    return book


def body_text(text: str, book: BookFront) -> str:
    """The text with the front matter's lines left blank: the body keeps its line numbers."""
    lines = text.split("\n")
    keep = book.body_line - 1
    stop = book.back_line - 1 if book.back_line is not None else len(lines)
    return "\n" * keep + "\n".join(lines[keep:stop]) + "\n" * (len(lines) - stop)


def number_pages(pages: list[Page], contents: Contents | None) -> None:
    """A page that holds the title of an entry with a page number is that page; the pages
    after it follow on (until the next such page). The page does not print the number, so
    it is recorded as inferred."""
    paged = contents.paged() if contents else {}
    if not paged:
        return
    current: int | None = None
    for page in pages:
        found = next((paged[key] for line in page.lines
                      if (key := " ".join(plain_text(line.text).split()).casefold()) in paged), None)
        if found is not None:
            current = int(found)
        elif current is not None:
            current += 1
        if current is not None and page.number is None:
            page.number, page.number_inferred = str(current), True


def finish(document: m.Document, book: BookFront, report) -> None:
    """Front matter before the body; parts and chapters checked against the contents, and linked."""
    body = document.body
    if body and isinstance(body[0], m.PageBreak) and body[0].n is None:
        del body[0]  # the front matter's end: its pages are not marked either
    targets: dict[tuple[str, str], str] = {}
    _divisions(body, book, targets, report)
    if book.contents_div is not None and book.contents is not None:
        book.contents_div.children.append(contents_list(book.contents, targets))
        if book.back_line is not None:
            document.back.append(book.contents_div)
    document.front = book.front + document.front
    document.copy_notes = book.copy_notes + document.copy_notes


def _head_lines(head: list) -> tuple[list, list]:
    """A heading's first line and the rest (its title), at its first line break."""
    for k, item in enumerate(head):
        if isinstance(item, m.LineBreak):
            return head[:k], head[k + 1:]
    return head, []


def _divisions(blocks: list, book: BookFront, targets: dict[tuple[str, str], str], report) -> None:
    for block in blocks:
        if not isinstance(block, m.Div):
            continue
        first, title = _head_lines(block.head or [])
        label = " ".join(m.text_of(first).split())
        if (part := book.words.part.match(label)) is not None:
            block.type, block.n = "part", division_number(part)
            block.id = f"part{block.n}"
            targets[("part", block.n)] = block.id
        elif (chapter := book.words.chapter.match(label)) is not None:
            printed = division_number(chapter)
            n, number = _chapter_number(printed, m.text_of(title), book.contents, block.line, report)
            block.head = _with_number(first, printed, number, number_first(chapter)) \
                + ([m.LineBreak(), *title] if title else [])
            block.type, block.n, block.id = "chapter", n, f"ch{n}"
            targets[("chapter", n)] = block.id
        _divisions(block.children, book, targets, report)


def _with_number(first: list, printed: str, number: m.Inline, leading: bool) -> list:
    """A heading's first line with its printed number replaced by `number` (a sic/corr)."""
    if number == printed:
        return first
    k = 0 if leading else len(first) - 1
    piece = first[k] if first else None
    if not isinstance(piece, str):
        return first
    text = piece.strip()
    if leading and text.startswith(printed):
        return [number, piece[piece.index(printed) + len(printed):], *first[1:]]
    if not leading and text.endswith(printed):
        return [*first[:-1], piece[:piece.rindex(printed)], number]
    return first


def _chapter_number(printed: str, title: str, contents: Contents | None, line: int | None,
                    report) -> tuple[str, m.Inline]:
    """The chapter's number, checked against the contents: an OCR misreading becomes sic/corr."""
    if contents is None:
        return printed, printed
    entry = contents.chapter(title) if title else None
    if entry is None or entry.n is None:
        report.warn(f"chapter '{printed}' ({title}) is not in the contents: its number is not checked", line)
        return printed, printed
    if printed == entry.n or (entry.n.isdigit() and roman_value(printed) == int(entry.n)):
        return printed, printed
    if len(printed) > 1 and printed.isalpha() and roman_value(printed) is None:
        return printed, printed   # a number in words ("Erstes"): the data give no value to check
    if re.fullmatch(r"\d+", entry.n) and printed.translate(_OCR_DIGITS) == entry.n:
        return entry.n, m.Choice(sic=[printed], corr=[entry.n])
    report.warn(f"chapter heading reads '{printed}' but the contents give {entry.n} for '{title}': "
                "the heading's number is kept", line)
    return printed, printed

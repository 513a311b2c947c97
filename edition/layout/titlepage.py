# SPDX-License-Identifier: MIT
"""A first page that holds only a title block is a title page: an article's first page
(byline, title, subtitle, once the publisher's matter is set aside as furniture), a book's half
title. Its lines become the parts of a TEI titlePage in the front, not a section headed by the
author's name, and they are never joined to the text of the next page.

The signals are layout and shape only: the page's blocks (runs of lines between blank lines)
are few and short, none is a sentence or holds one that runs on ("… end. Next …"), a note or a
transcriber's mark ("[Illustration]"), and text follows on later pages, not continuing the
page's last words. The longest block is the title; a short block shaped like a personal
name (two to four capitalised words, short lowercase particles between them: "Ludwig van
Beethoven"), or the one after a byline word ("BY"), is the author; a year alone the date, a
volume word and number the volume; another block after the title is its subtitle, one before
it a series.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from edition import model as m
from edition.layout.pages import Page, blocks_of
from edition.readers.wording import language_file

MAX_BLOCKS = 6
# a book's title page sets many short lines apart, most in capitals
MAX_BOOK_BLOCKS = 16
BOOK_BLOCK_CHARS = 60
MAX_CHARS = 200          # a title block is short
NAME_CHARS = 40
# a sentence ends and the next begins: running text, never a title
SENTENCES = re.compile(r"[^\W\d_]{2,}[.;!?]\s+[^\W\d_][^\W\d_]")
_NAME = re.compile(r"^[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){1,4}$")


def _blocks(page: Page) -> list[str]:
    return [" ".join(page.lines[i].stripped for i in block) for block in blocks_of(page.lines)]


def take_title_page(pages: list[Page], noted_pages: set[int]) -> list[str] | None:
    """The first page's blocks, taken off the page, where it is a title page; else None."""
    if len(pages) < 2 or 0 in noted_pages or not any(not line.blank for p in pages[1:] for line in p.lines):
        return None
    blocks = _blocks(pages[0])
    book = _book_title_page(blocks)
    if not 0 < len(blocks) <= (MAX_BOOK_BLOCKS if book else MAX_BLOCKS):
        return None
    # in capitals, "HON. FELLOW" is an abbreviation and a word, not two sentences
    if any(len(text) > MAX_CHARS or SENTENCES.search(text) and not (book and _capitals(text))
           or _sentence(text) or text.startswith("[") for text in blocks):
        return None
    following = next(line.stripped for p in pages[1:] for line in p.lines if not line.blank)
    if blocks[-1].endswith(("-", "—", "–", ",", ";", "*")) or following[:1].islower():
        return None  # the page's last words go on overleaf
    pages[0].lines = []
    return blocks


def _capitals(text: str) -> bool:
    """Set in capitals, an abbreviation's few small letters aside ("No. 31", "&c.")."""
    return sum(c.islower() for c in text) * 10 < sum(c.isupper() for c in text)


def _book_title_page(blocks: list[str]) -> bool:
    """Many blocks, three in four of them short and in capitals: a printed book's title page
    (a long one may give the author's titles)."""
    return len(blocks) > MAX_BLOCKS \
        and sum(len(text) <= BOOK_BLOCK_CHARS for text in blocks) * 4 >= len(blocks) * 3 \
        and sum(_capitals(text) for text in blocks) * 4 >= len(blocks) * 3


def _sentence(text: str) -> bool:
    """A block that ends as a sentence does, most of its words in lower case: a line of text
    ("The first page, which ends here."), not a title ("Chapter I.", "Of Pilotage.")."""
    words = text.split()
    return text.endswith((".", "!")) and len(words) >= 5 and \
        sum(word[:1].islower() for word in words) * 2 > len(words)


def _name_shaped(text: str) -> bool:
    if len(text) > NAME_CHARS or not _NAME.match(text):
        return False
    words = text.split()
    return words[0][0].isupper() and words[-1][0].isupper() and all(
        word[0].isupper() or len(word) <= 3 for word in words)


_YEAR = re.compile(r"^[\W_]*\d{4}[\W_]*$")


def _roles(blocks: list[str], language: str | None) -> list[str]:
    wording = language_file("frontmatter", language).get("title_page", {})
    byline = {word.casefold() for word in wording.get("byline", [])}
    volume = [word.casefold() for word in wording.get("volume", [])]
    candidates = [i for i, text in enumerate(blocks) if text.strip(" .:").casefold() not in byline]
    main = max(candidates or range(len(blocks)), key=lambda i: len(blocks[i]))
    roles: list[str] = []
    for i, text in enumerate(blocks):
        folded = text.strip(" .:").casefold()
        if i == main:
            role = "main"
        elif folded in byline:
            role = "byline"
        elif roles and roles[-1] == "byline":
            role = "author"
        elif _YEAR.match(text):
            role = "date"
        elif any(folded.startswith(word + " ") for word in volume):
            role = "volume"
        elif _name_shaped(text):
            role = "author"
        else:
            role = "sub" if i > main else "series"
        roles.append(role)
    return roles


def title_page(blocks: list[str], parse: Callable[[str], list[m.Inline]], language: str | None) -> m.TitlePage:
    """The title page of the blocks, each parsed for its inline marks by `parse`; the byline
    and volume words are those of the text's language (edition/data/frontmatter/)."""
    if len(blocks) > MAX_BLOCKS:
        byline = tuple(language_file("frontmatter", language).get("title_page", {}).get("byline", ()))
        return _book_page(blocks, parse, byline)
    parts = []
    for role, text in zip(_roles(blocks, language), blocks):
        content = parse(text)
        parts.append(m.TitlePart(role, content + [" "] if role == "byline" else content))
    return m.TitlePage(parts)


def _book_page(blocks: list[str], parse: Callable[[str], list[m.Inline]], byline: tuple[str, ...]) -> m.TitlePage:
    """A book's title page, read in the order it is printed: the title's first block, the
    rest of the title down to the author's byline ("BY …", or "BY" alone over the name), the
    author's titles, then the imprint: the place (a block ending in a colon), the publisher,
    the year."""
    words = {word.casefold() for word in byline}
    by = next((i for i, text in enumerate(blocks) if text.split()[0].casefold() in words), None)
    # "BY" alone: the author's name is the next block
    author = None if by is None else by if len(blocks[by].split()) > 1 else by + 1
    place = next((i for i in range(author + 1, len(blocks)) if blocks[i].endswith(":")), None) \
        if author is not None else None
    parts: list[m.TitlePart] = []
    for i, text in enumerate(blocks):
        first, _, rest = text.partition(" ")
        if i == by:
            parts.append(m.TitlePart("byline", parse(first) + [" "]))
            if rest:
                parts.append(m.TitlePart("author", parse(rest)))
        elif by is None or i < by:
            parts.append(m.TitlePart("main" if i == 0 else "sub", parse(text)))
        elif i == author:
            parts.append(m.TitlePart("author", parse(text)))
        elif _YEAR.match(text):
            parts.append(m.TitlePart("date", parse(text)))
        elif i == place:
            parts.append(m.TitlePart("place", parse(text)))
        elif place is not None and author is not None and author < i < place:
            parts.append(m.TitlePart("affiliation", parse(text)))
        else:
            parts.append(m.TitlePart("publisher", parse(text)))
    return m.TitlePage(parts)

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
from edition.layout.pages import Page
from edition.readers.wording import language_file

MAX_BLOCKS = 6
MAX_CHARS = 200          # a title block is short
NAME_CHARS = 40
# a sentence ends and the next begins: running text, never a title
SENTENCES = re.compile(r"[^\W\d_]{2,}[.;!?]\s+[^\W\d_][^\W\d_]")
_NAME = re.compile(r"^[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){1,4}$")


def _blocks(page: Page) -> list[str]:
    blocks: list[list[str]] = [[]]
    for line in page.lines:
        if line.blank:
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(line.stripped)
    return [" ".join(block) for block in blocks if block]


def take_title_page(pages: list[Page], noted_pages: set[int]) -> list[str] | None:
    """The first page's blocks, taken off the page, where it is a title page; else None."""
    if len(pages) < 2 or 0 in noted_pages or not any(not line.blank for p in pages[1:] for line in p.lines):
        return None
    blocks = _blocks(pages[0])
    if not 0 < len(blocks) <= MAX_BLOCKS:
        return None
    if any(len(text) > MAX_CHARS or SENTENCES.search(text) or _sentence(text) or text.startswith("[")
           for text in blocks):
        return None
    following = next(line.stripped for p in pages[1:] for line in p.lines if not line.blank)
    if blocks[-1].endswith(("-", "—", "–", ",", ";", "*")) or following[:1].islower():
        return None  # the page's last words go on overleaf
    pages[0].lines = []
    return blocks


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
    parts = []
    for role, text in zip(_roles(blocks, language), blocks):
        content = parse(text)
        parts.append(m.TitlePart(role, content + [" "] if role == "byline" else content))
    return m.TitlePage(parts)

# SPDX-License-Identifier: MIT
"""A first page that holds only a title block is a title page: an article's first page
(byline, title, subtitle, once the publisher's matter is set aside as furniture), a book's half
title or its printed title page. Its lines become the parts of a TEI titlePage in the front,
not a section headed by the author's name, and they are never joined to the text of the next
page.

The signals are layout and shape only: the page's blocks (runs of lines between blank lines)
are few and short, none is a sentence or holds one that runs on ("… end. Next …"), a note or a
transcriber's mark ("[Illustration]"), and text follows on later pages, not continuing the
page's last words. The parts' roles are read by `titleroles`, as a book's transcription's are.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from edition import model as m
from edition.layout.bookwords import book_words
from edition.layout.pages import Page, blocks_of
from edition.layout.titleroles import MAX_BLOCKS, NO_FACTS, TitleFacts, title_pieces

# a book's title page sets many short lines apart, most in capitals
MAX_BOOK_BLOCKS = 16
BOOK_BLOCK_CHARS = 60
MAX_CHARS = 200          # a title block is short
# a sentence ends and the next begins: running text, never a title
SENTENCES = re.compile(r"[^\W\d_]{2,}[.;!?]\s+[^\W\d_][^\W\d_]")


def take_title_page(pages: list[Page], noted_pages: set[int]) -> list[list[str]] | None:
    """The first page's blocks (each a list of lines), taken off the page, where it is a
    title page; else None."""
    if len(pages) < 2 or 0 in noted_pages or not any(not line.blank for p in pages[1:] for line in p.lines):
        return None
    lines = [[pages[0].lines[i].stripped for i in block] for block in blocks_of(pages[0].lines)]
    blocks = [" ".join(block) for block in lines]
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
    return lines


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


def title_page(blocks: list[list[str]], parse: Callable[[str], list[m.Inline]], language: str | None,
               facts: TitleFacts = NO_FACTS) -> m.TitlePage:
    """The title page of the blocks (each a list of lines): their roles read by `titleroles`
    with the words of the text's language (edition/data/frontmatter/) and the seed's facts,
    each piece parsed for its inline marks by `parse`."""
    parts = []
    for piece in title_pieces(blocks, book_words(language), facts):
        content = parse(piece.text)
        parts.append(m.TitlePart(piece.role, content + [" "] if piece.role == "byline" else content))
    return m.TitlePage(parts)

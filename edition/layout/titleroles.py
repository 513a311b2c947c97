# SPDX-License-Identifier: MIT
"""The roles of a title page's parts, one reading for every form: the first page of a paged
text (`titlepage`) and the cover and title page of a book's transcription (`frontmatter`).

A title page comes as blocks (runs of lines between blank lines), each a list of lines as
the form writes them. The roles are told by shape, by position on the page, by the
language's words (`bookwords`: the byline word, the volume words) and by what the seed's
TOML says of the source where it says it (its series and its author):

- the title (main) is the block the form marks as such (a markdown heading), else the
  longest block that is neither a byline nor one of the TOML's facts;
- a block whose first line is a byline word ("BY") is the byline: the author's name on
  its next line (or in the next block where the word stands alone), the author's titles on
  the lines after it (affiliation);
- a block that opens with the TOML's series is the series, one that is the TOML's author
  the author; a year alone is the date, a volume word and a number the volume;
- a short block shaped like a personal name (two to five capitalised words, short
  lowercase particles between them: "Ludwig van Beethoven") is the author;
- any other block is a subtitle after the title, a series before it.

A page of many blocks is a printed book's title page, read in the order it is printed
(`_printed_book`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from edition.layout.bookwords import BookWords

MAX_BLOCKS = 6           # more blocks than this: a printed book's title page
NAME_CHARS = 40
_NAME = re.compile(r"^[^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){1,4}$")
_YEAR = re.compile(r"^[\W_]*\d{4}[\W_]*$")


@dataclass(frozen=True)
class TitleFacts:
    """What the seed's TOML says of the source that a title page prints."""
    series: str = ""
    author: str = ""

    @classmethod
    def of(cls, source: dict[str, Any]) -> TitleFacts:
        return cls(source.get("series") or "", source.get("author") or "")


NO_FACTS = TitleFacts()


@dataclass(frozen=True)
class TitlePiece:
    role: str
    text: str                # as the form writes it, for its own inline parser


def squash(text: str) -> str:
    """Letters and digits only, case-folded: 'J.R. SMITH' and 'J. R. Smith' compare equal."""
    return re.sub(r"[\W_]+", "", text).casefold()


def name_shaped(text: str) -> bool:
    if len(text) > NAME_CHARS or not _NAME.match(text):
        return False
    words = text.split()
    return words[0][0].isupper() and words[-1][0].isupper() and all(
        word[0].isupper() or len(word) <= 3 for word in words)


def title_pieces(blocks: list[list[str]], words: BookWords, facts: TitleFacts = NO_FACTS,
                 title_at: int | None = None, plain: Callable[[str], str] = str.strip,
                 join: Callable[[list[str]], str] = " ".join) -> list[TitlePiece]:
    """The title page's pieces in order, each with its role. `title_at`: the block the form
    marks as the title; `plain`: a piece's words without the form's marks; `join`: a
    block's lines as one piece of the form's text."""
    texts = [join(lines) for lines in blocks]
    if len(blocks) > MAX_BLOCKS:
        return _printed_book(texts, [plain(text) for text in texts], words)
    plains = [plain(text) for text in texts]

    def byline(line: str) -> bool:
        return plain(line).strip().strip(" .:").casefold() in words.byline

    def fact(text: str) -> str | None:
        if facts.series and squash(text).startswith(squash(facts.series)):
            return "series"
        if facts.author and squash(text) == squash(facts.author):
            return "author"
        return None

    main = title_at
    if main is None:
        candidates = [i for i, lines in enumerate(blocks) if not byline(lines[0]) and fact(plains[i]) is None]
        main = max(candidates or range(len(blocks)), key=lambda i: len(plains[i]))
    pieces: list[TitlePiece] = []
    for i, (lines, text, words_of) in enumerate(zip(blocks, texts, plains)):
        if i == main:
            role = "main"
        elif byline(lines[0]):
            pieces.append(TitlePiece("byline", lines[0]))
            if len(lines) > 1:
                pieces.append(TitlePiece("author", lines[1]))
                pieces += [TitlePiece("affiliation", line) for line in lines[2:]]
            continue
        elif pieces and pieces[-1].role == "byline":
            role = "author"
        elif (known := fact(words_of)) is not None:
            role = known
        elif _YEAR.match(words_of):
            role = "date"
        elif words.volume.match(words_of):
            role = "volume"
        elif name_shaped(words_of):
            role = "author"
        else:
            role = "sub" if i > main else "series"
        pieces.append(TitlePiece(role, text))
    return pieces


def _printed_book(texts: list[str], plains: list[str], words: BookWords) -> list[TitlePiece]:
    """A book's title page, read in the order it is printed: the title's first block, the
    rest of the title down to the author's byline ("BY …", or "BY" alone over the name), the
    author's titles, then the imprint: the place (a block ending in a colon), the publisher,
    the year."""
    by = next((i for i, text in enumerate(plains) if text.split()[0].casefold() in words.byline), None)
    # "BY" alone: the author's name is the next block
    author = None if by is None else by if len(plains[by].split()) > 1 else by + 1
    place = next((i for i in range(author + 1, len(plains)) if plains[i].endswith(":")), None) \
        if author is not None else None
    pieces: list[TitlePiece] = []
    for i, (text, words_of) in enumerate(zip(texts, plains)):
        if i == by:
            first, _, rest = text.partition(" ")
            pieces.append(TitlePiece("byline", first))
            if rest:
                pieces.append(TitlePiece("author", rest))
        elif by is None or i < by:
            pieces.append(TitlePiece("main" if i == 0 else "sub", text))
        elif i == author:
            pieces.append(TitlePiece("author", text))
        elif _YEAR.match(words_of):
            pieces.append(TitlePiece("date", text))
        elif i == place:
            pieces.append(TitlePiece("place", text))
        elif place is not None and author is not None and author < i < place:
            pieces.append(TitlePiece("affiliation", text))
        else:
            pieces.append(TitlePiece("publisher", text))
    return pieces

# SPDX-License-Identifier: MIT
"""One reading of a title page's roles: the same lines give the same parts as a book's
title page in markdown (the ocr-markdown form) and as the first page of a pdftotext text."""
from __future__ import annotations

from edition.layout.bookwords import book_words
from edition.layout.titleroles import TitleFacts, title_pieces

from .conftest import NS, TEI, reading

SERIES = "STUDIES IN MARITIME HISTORY 4"
TITLE = "THE HARBOUR AT DAWN AND OTHER ESSAYS ON THE NORTHERN COAST"
SUB = "An account of the fishing towns, 1800-1900"
AUTHOR = "ANNA FIELDING"
AFFILIATION = "Reader in History, University of the North"
VOLUME = "VOLUME III"

EXPECTED = [
    ("titlePart", "series", SERIES),
    ("titlePart", "main", TITLE),
    ("titlePart", "sub", SUB),
    ("docAuthor", None, AUTHOR),
    ("titlePart", "volume", VOLUME),
]

MARKDOWN = f"""\
{SERIES}

# {TITLE}

{SUB}

BY
{AUTHOR}
{AFFILIATION}

{VOLUME}



© Anna Fielding 1962

All rights reserved



## CHAPTER I

The boats went out before the light, and the town woke to the sound of their engines.
"""

PDFTOTEXT = f"""\
{SERIES}

{TITLE}

{SUB}

BY
{AUTHOR}
{AFFILIATION}

{VOLUME}
\f
The boats went out before the light, and the town woke to the sound of their engines.

They came back at noon with the catch, and the market opened on the quay.
\f"""


def parts(page) -> list[tuple[str, str | None, str]]:
    """The title page's titleParts and authors in order: (element, type, words)."""
    out = []
    for el in page.iter(TEI + "titlePart", TEI + "docAuthor"):
        out.append((el.tag[len(TEI):], el.get("type"), " ".join(reading(el).split())))
    return out


def test_the_same_title_page_gives_the_same_roles_as_a_book_and_as_a_first_page(convert):
    book, _ = convert(MARKDOWN, form="ocr-markdown")
    paged, _ = convert(PDFTOTEXT, form="pdftotext")
    book_page = book.find(".//t:front/t:titlePage[@type='main']", NS)
    first_page = paged.find(".//t:front/t:titlePage", NS)
    assert book_page is not None and first_page is not None
    assert parts(book_page) == EXPECTED
    assert parts(first_page) == EXPECTED
    # the byline word on its own line, the author's titles on the lines after the name
    for page in (book_page, first_page):
        byline = " ".join(reading(page.find("t:byline", NS)).split())
        assert byline == f"BY {AUTHOR} {AFFILIATION}"
    assert TITLE not in reading(paged.find(".//t:body", NS))


def test_the_tomls_series_and_author_outrank_shape():
    words = book_words("en")
    blocks = [["THE NORTHERN LIBRARY OF TRAVEL"], ["COASTS"], ["Mary Ann Hale"]]
    shape = [(p.role, p.text) for p in title_pieces(blocks, words)]
    # by shape alone the longest block is the title and a capitalised name the author
    assert shape == [("main", "THE NORTHERN LIBRARY OF TRAVEL"), ("sub", "COASTS"), ("author", "Mary Ann Hale")]
    facts = TitleFacts(series="The Northern Library of Travel", author="Mary Ann Hale")
    told = [p.role for p in title_pieces(blocks, words, facts)]
    assert told == ["series", "main", "author"]


def test_a_lone_byline_word_names_the_next_block_its_author():
    words = book_words("fr")
    blocks = [["LE PORT DU MATIN"], ["PAR"], ["Jeanne Martin"], ["1958"]]
    assert [p.role for p in title_pieces(blocks, words)] == ["main", "byline", "author", "date"]

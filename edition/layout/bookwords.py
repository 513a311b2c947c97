# SPDX-License-Identifier: MIT
"""The words a book's front matter and contents are found by, in the text's language.

Section headings, the byline word, imprint signs and the words of a contents list are
edition/data/frontmatter/<language>.toml; month names (a preface's dateline) are
edition/data/dates/<language>.toml; the words of parts and chapters are
edition/data/layout/headings.toml (with English's). A language without a file of its own
is read with its base language's, else with English.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from edition import data
from edition.readers.wording import candidates, language_file


def alternatives(words) -> str:
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


def _words_regex(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or r"(?!)"


@dataclass(frozen=True)
class BookWords:
    types: dict[str, str]          # front-matter heading, case-folded -> div type
    byline: frozenset[str]
    volume: re.Pattern
    imprint: re.Pattern
    cataloguing: tuple[str, ...]
    dateline: re.Pattern
    part: re.Pattern               # "PART III", "II. Teil", "Première partie"
    chapter: re.Pattern            # "CHAPTER 11", "2. Kapitel", "Erstes Kapitel"
    label: re.Pattern              # "12.", "IV.", "Chapter 11.", "2. Kapitel.", "Note A." (a letter only after a word), "(a)"
    chapter_words: frozenset[str]
    note_words: frozenset[str]
    page_column: frozenset[str]    # the heading of the column of page numbers

    def front_type(self, heading: str) -> str | None:
        """The division a front-matter heading opens ("preface", "contents"), or None."""
        return self.types.get(heading.strip().casefold())


def division_number(match: re.Match) -> str:
    """The number of a part or chapter heading matched by `BookWords.part` or `.chapter`, as
    printed ("III", "2", "Erstes")."""
    return match.group("n") or match.group("lead").rstrip(".")


def number_first(match: re.Match) -> bool:
    """The heading sets its number before the division's word ("2. Kapitel")."""
    return match.group("n") is None


@functools.cache
def book_words(language: str | None) -> BookWords:
    words = language_file("frontmatter", language)
    sections = words.get("sections", {})
    title_page = words.get("title_page", {})
    imprint = words.get("imprint", {})
    contents = words.get("contents", {})
    forms = [form for listed in language_file("dates", language).get("months", {}).values() for form in listed]
    months = alternatives(dict.fromkeys(forms + [f[:1].upper() + f[1:] for f in forms]))
    headings = data.load("layout/headings")
    division: dict[str, list[str]] = {"part": [], "chapter": []}
    ordinals: list[str] = []
    for tag in candidates(language):
        table = headings.get(tag.split("-")[0], {})
        for kind, listed in division.items():
            listed += [w for w in table.get(kind, []) if w not in listed]
        ordinals += [w for w in table.get("numbers", []) if w not in ordinals]
    # the number before the word, as German and French set it: "II. Teil", "Erstes Kapitel"
    lead = rf"(?P<lead>[IVXLC]+\.|\d+\.|{_words_regex(ordinals)})"
    notes = contents.get("note", [])
    labelled = division["chapter"] + notes + contents.get("appendix", [])
    printed = dict.fromkeys(form for w in labelled for form in (w[:1].upper() + w[1:], w.upper()))
    return BookWords(
        types={w.casefold(): kind for kind, listed in sections.items() for w in listed},
        byline=frozenset(w.casefold() for w in title_page.get("byline", [])),
        volume=re.compile(rf"^(?:{alternatives(title_page.get('volume', []))})\s+\S+", re.IGNORECASE),
        imprint=re.compile(alternatives(imprint.get("signs", [])), re.IGNORECASE),
        cataloguing=tuple(w.casefold() for w in imprint.get("cataloguing", [])),
        # "London, May 4, 1959", "4 May 1959", "May 1959", "1959"
        dateline=re.compile(
            rf"^(?:[A-Z][\w .'-]*,\s+)?(?:(?:{months})\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:{months})\s+\d{{4}}"
            rf"|(?:{months}),?\s+\d{{4}}|\d{{4}})\.?$"),
        part=re.compile(rf"^(?:(?:{_words_regex(division['part'])})\s+(?P<n>[IVXLC]+|\d+)\.?"
                        rf"|{lead}\s+(?:{_words_regex(division['part'])}))$", re.IGNORECASE),
        chapter=re.compile(rf"^(?:(?:{_words_regex(division['chapter'])})\s+(?P<n>\S+)"
                           rf"|{lead}\s+(?:{_words_regex(division['chapter'])}))$", re.IGNORECASE),
        label=re.compile(
            rf"^(?:(?P<word>{_words_regex(printed)})\s+(?P<wn>\d+|[IVXLC]+|[A-Z])"
            rf"|(?P<ln>\d+|[IVXLC]+)\.\s+(?P<lword>{_words_regex(printed)})|(?P<n>\d+|[IVXLC]+))\.(?=\s|$)"
            r"|^\((?P<sec>[a-z])\)(?=\s|$)"),
        chapter_words=frozenset(w.casefold() for w in division["chapter"]),
        note_words=frozenset(w.casefold() for w in notes),
        page_column=frozenset(w.casefold() for w in contents.get("page_column", [])),
    )

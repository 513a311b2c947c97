# SPDX-License-Identifier: MIT
"""The publisher's matter on an article's first page: the journal's masthead above the title,
which ends with the article's address (a DOI or a URL, or a citation suggestion), and the
licence statement at the page foot (its words: edition/data/layout/cover.toml).

It is page furniture, kept as `fw`, so that the page's text starts with the byline and title. It
is looked for on the first page only, and only where the masthead is made of short lines with
more below: a URL in a paragraph or a note is text.
"""
from __future__ import annotations

import functools
import re
import tomllib
from importlib.resources import files

from edition.layout.pages import Line, Page, blocks_of

SHORT = 90   # a masthead line is short, as furniture is
# a sentence ends and the next begins: running text, never a masthead
_SENTENCES = re.compile(r"[^\W\d_]{2,}[.;!?]\s+[^\W\d_][^\W\d_]")
_ADDRESS = re.compile(r"\b(?:https?://|www\.|doi:\s*|10\.\d{4,9}/)\S+", re.IGNORECASE)


@functools.cache
def _words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = tomllib.loads(files("edition").joinpath("data/layout/cover.toml").read_text(encoding="utf-8"))
    licence = "|".join(re.escape(word) for word in data["licence"])
    citation = "|".join(re.escape(word) for word in data["citation"])
    return (re.compile(rf"(?:{licence})", re.IGNORECASE),
            re.compile(rf"^\W*(?:{citation})\b", re.IGNORECASE))


def _masthead(lines: list[Line], body: list[int], citation: re.Pattern[str]) -> list[int]:
    """The lines from the page top to its last address or citation label in the upper three
    quarters, all short; [] where there is none or a longer line (running text) comes first."""
    upper = body[:max(1, len(body) * 3 // 4)]
    ends = [i for i in upper if _ADDRESS.search(lines[i].text) or citation.match(lines[i].text)]
    if not ends:
        return []
    head = [i for i in body if i <= ends[-1]]
    if any(len(lines[i].stripped) > SHORT for i in head) or len(head) == len(body):
        return []
    if _SENTENCES.search(" ".join(lines[i].stripped for i in head)):
        return []
    return head


def _licence(lines: list[Line], licence: re.Pattern[str], after: int) -> list[int]:
    """The page's last block of lines, where it states a licence (and follows the masthead)."""
    blocks = blocks_of(lines)
    if len(blocks) < 2:
        return []
    last = blocks[-1]
    if last[0] <= after or not licence.search(" ".join(lines[i].text for i in last)):
        return []
    return last if all(len(lines[i].stripped) <= SHORT for i in last) else []


def strip_cover_matter(pages: list[Page]) -> None:
    """Move the first page's masthead and licence statement into its furniture."""
    if len(pages) < 2:
        return
    page = pages[0]
    licence, citation = _words()
    body = [i for i, line in enumerate(page.lines) if not line.blank]
    masthead = _masthead(page.lines, body, citation)
    if not masthead:
        return
    foot = _licence(page.lines, licence, masthead[-1])
    moved = set(masthead) | set(foot)
    page.furniture += [("header", page.lines[i]) for i in masthead]
    page.furniture += [("footer", page.lines[i]) for i in foot]
    page.furniture.sort(key=lambda item: item[1].no)
    page.lines = [line for i, line in enumerate(page.lines) if i not in moved]

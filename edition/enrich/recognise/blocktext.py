# SPDX-License-Identifier: MIT
"""The text of each block as the recogniser reads it: names of the registers kept, notes,
titles and dates left out with a gap that no name runs across."""
from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from edition.enrich.calendar_data import load_calendar
from edition.enrich.textnodes import BLOCKS, iter_runs
from edition.tei.serialize import T


_NAME_TAGS = frozenset(T + t for t in ("persName", "placeName", "orgName"))
_BREAKS = frozenset(T + t for t in ("lb", "pb", "cb"))
# where an element left out of the scan stood (a title, a date, a note): names do not run across it
_GAP = " \u2016 "
_DATE_GAP = " \u2017 "  # where a date stood: the year of an imprint ("Paris, Economica, 1998")


def full_text(block: etree._Element | None) -> str:
    if block is None:
        return ""
    parts: list[str] = []

    def walk(el: etree._Element) -> None:
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and child.tag not in (T + "note", T + "sic"):
                walk(child)
            if child.tail:
                parts.append(child.tail)
    walk(block)
    return " ".join("".join(parts).split())


# the recogniser reads each verse line as a block: a line opens with a capital, as a sentence does
_READ_BLOCKS = BLOCKS | {T + "l"}


def block_texts(root: etree._Element) -> list[tuple[etree._Element | None, str, tuple[str, ...]]]:
    """The text of each block as the recogniser reads it: untagged text with the names the
    registers already tag ("France and Prussia" stays one list), a gap for what is left out;
    and the texts of the dates whose gaps it holds."""
    texts: dict[int, list] = {}
    dates: dict[int, list[str]] = defaultdict(list)
    order: list[etree._Element | None] = []
    for run in iter_runs(root, blocks=_READ_BLOCKS):
        key = id(run.block)
        if key not in texts:
            texts[key] = []
            order.append(run.block)
        pieces = texts[key]
        if run.is_tail:
            if run.element.tag in _NAME_TAGS:
                pieces.append("".join(run.element.itertext()))
            elif run.element.tag == T + "date":
                pieces.append(_DATE_GAP)
                dates[key].append("".join(run.element.itertext()))
            elif run.element.tag in _BREAKS:
                # a line or page break inside the text ("Ge<lb break="no"/>brauch"): the words
                # run on across it, joined where the break is inside a word
                pieces.append("" if run.element.get("break") == "no" else " ")
            else:
                pieces.append(_GAP)
        pieces.append(run.text)
    # white space as XML writes it: a name wrapped onto the next line of the file is one name
    return [(block, _WHITE_SPACE.sub(" ", "".join(texts[id(block)])), tuple(dates[id(block)])) for block in order]


_WHITE_SPACE = re.compile(r"\s+")


def with_dates(text: str, span: tuple[int, int], dates: tuple[str, ...]) -> str | None:
    """The words of text[a:b] as the source writes them, each date's gap given back its text
    ("Legal Theory in Eighteenth-Century Britain"), so that the phrase matches the text the
    names pass reads; None when a gap's date is not known."""
    a, b = span
    first = text.count(_DATE_GAP, 0, a)
    pieces = text[a:b].split(_DATE_GAP)
    if len(pieces) > 1 and first + len(pieces) - 1 > len(dates):
        return None
    out = pieces[0]
    for k, piece in enumerate(pieces[1:]):
        out += dates[first + k] + piece
    if "\u2017" in out:
        return None
    return " ".join(out.split())


def opens_date(word: str) -> bool:
    """Does a date begin with this token: a number, a month, or a date the dates pass tagged?"""
    return word[:1].isdigit() or word == _DATE_GAP.strip() or word in load_calendar().months

# SPDX-License-Identifier: MIT
"""Does a text capitalise its common nouns, as English and French books did until the
eighteenth century ("the breathing of this Child to the Father of Spirits")? Where it does,
the recogniser reads it as it reads German: a capitalised word is no name by its capital alone.

The sign is the share of the distinct words after a lower-case article or determiner that are
capitalised and stand alone (not the first word of a longer name): in prose of today few are
("the Commentaries", "the Crown"); in such a text a fifth to a third are. The text is said to
capitalise its nouns when the lower bound of that share's 95% Wilson interval passes
`SHARE`, so that a short passage needs a clear sign and a long book a steady one.
"""
from __future__ import annotations

import math
import re

from lxml import etree

from edition.enrich import gazetteer
from edition.tei.serialize import T

SHARE = 0.15
_Z = 1.96  # 95% interval
_SKIPPED = frozenset(T + tag for tag in ("note", "title", "bibl", "quote", "q", "head", "foreign"))
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]")
# the letters of older print, as dictionaries and lists of names write them: the long s, and
# the small e written above a vowel for its umlaut ("Grundſaͤtze": "Grundsätze")
_SUPERSCRIPT_E = re.compile("([aouAOU])\u0364")
_UMLAUT = {"a": "ä", "o": "ö", "u": "ü", "A": "Ä", "O": "Ö", "U": "Ü"}


def modern_letters(word: str) -> str:
    """The word with its letters of older print written as print writes them today."""
    if "ſ" not in word and "\u0364" not in word:
        return word
    return _SUPERSCRIPT_E.sub(lambda m: _UMLAUT[m[1]], word.replace("ſ", "s"))


def _prose(root: etree._Element) -> str:
    """The text of the paragraphs outside notes, without titles, quotations and headings."""
    parts: list[str] = []

    def walk(element: etree._Element) -> None:
        if element.tag in _SKIPPED:
            return
        if element.text:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                walk(child)
            if child.tail:
                parts.append(child.tail)

    for p in root.iter(T + "p"):
        if not any(a.tag in (T + "note", T + "p") for a in p.iterancestors()):
            walk(p)
            parts.append(" ")
    return " ".join(parts)


def _wilson_lower(hits: int, n: int) -> float:
    if n == 0:
        return 0.0
    p = hits / n
    centre = p + _Z * _Z / (2 * n)
    margin = _Z * math.sqrt(p * (1 - p) / n + _Z * _Z / (4 * n * n))
    return (centre - margin) / (1 + _Z * _Z / n)


def capitalises_nouns(root: etree._Element, determiners: frozenset[str]) -> bool:
    """See the module's docstring; `determiners` are the text's language's, lower-cased."""
    tokens = _TOKEN.findall(_prose(root))
    after: set[str] = set()
    capitalised: set[str] = set()
    for before, word, nxt, then in zip(["", *tokens], tokens, tokens[1:], [*tokens[2:], ""]):
        if not (word.islower() and word in determiners and nxt[:1].isalpha()):
            continue
        if before[:1].isupper():
            continue  # "Charles le Téméraire", "Louis the Pious": an epithet after a name
        after.add(nxt.lower())
        # "the Print", not "the Holy Roman Empire", "the Isle of Wight", "the BBC" or a place
        # that takes an article ("le Rhin", "the Netherlands")
        if nxt[:1].isupper() and not nxt.isupper() and not then[:1].isupper() and then != "of" \
                and not gazetteer.lookup(nxt):
            capitalised.add(nxt.lower())
    return _wilson_lower(len(capitalised), len(after)) > SHARE

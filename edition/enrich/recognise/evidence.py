# SPDX-License-Identifier: MIT
"""The evidence gathered for a name (a candidate) and for each of its occurrences; the
language of a block."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from edition.enrich.recognise.lexicon import COMMON_WORD_LANGS, VERY_COMMON_WORD, zipf
from edition.enrich.recognise.tokens import Tok
from edition.tei.serialize import T

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# strong evidence outweighs any number of weak hints
DECISIVE, STRONG, MEDIUM, WEAK = 5.0, 3.0, 2.0, 1.0


# --------------------------------------------------------------- evidence

@dataclass
class Candidate:
    surface: str
    evidence: dict[str, float] = field(default_factory=lambda: defaultdict(float))  # kind -> weight
    reasons: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    weights: dict[str, dict[str, float]] = field(default_factory=lambda: defaultdict(dict))
    count: int = 0
    context: str = ""
    source: str = ""
    mid_sentence: bool = False
    lang: str = ""
    inside: set[str] = field(default_factory=set)  # longer runs this name was found inside
    nouns_capitalised: bool = False  # first seen in a text that capitalises its nouns

    def add(self, kind: str, weight: float, reason: str) -> None:
        """Each kind of sign counts once, however often it recurs; the reasons keep the count."""
        self.reasons[kind][reason] += 1
        if weight > self.weights[kind].get(reason, 0):
            self.evidence[kind] += weight - self.weights[kind].get(reason, 0)
            self.weights[kind][reason] = weight


@dataclass
class Occurrence:
    words: list[Tok]
    text: str
    before: list[Tok]
    after: list[Tok]
    sentence_start: bool
    title: str | None
    lang: str
    block_start: bool
    route: bool = False
    addressee: bool = False
    origin: bool = False
    preposition: str = ""  # a preposition of place before the list this name is a later member of
    author: bool = False  # the author's place in a citation ("Holdsworth, *History*")


def document_language(root: etree._Element) -> str:
    """The language a TEI file is written in: its own xml:lang, its text's, or the first
    language its header declares (TEI from elsewhere often says it only there); else the one
    its words are in (`guessed_language`)."""
    text = root.find(T + "text")
    declared = root.find(f"{T}teiHeader/{T}profileDesc/{T}langUsage/{T}language")
    lang = root.get(XML_LANG) or (text.get(XML_LANG) if text is not None else None) \
        or (declared.get("ident") if declared is not None else None)
    return _language_code(lang) if lang else guessed_language(text)


# a text says nothing of its language: it is read in the language whose most frequent words
# make up the largest share of its words, if that is this share at least (the words of one
# language are seldom frequent words of another: 0.46-0.69 against 0.26 at most in the TEI of
# eval/corpus), else in none the word lists cover
_GUESS_WORDS, _GUESS_SHARE = 3000, 0.3


def guessed_language(text: etree._Element | None) -> str:
    """The language of the word lists whose most frequent words the text is written in; "und"
    (undetermined) when none; English for a text with no words."""
    words = re.findall(r"[^\W\d_]+", " ".join(text.itertext()).lower())[:_GUESS_WORDS] if text is not None else []
    if not words:
        return "en"
    shares = {lang: sum(zipf(w, lang) >= VERY_COMMON_WORD for w in words) / len(words)
              for langs in COMMON_WORD_LANGS.values() for lang in langs}
    best = max(shares.values())
    lang = min(lang for lang, share in shares.items() if share == best)
    return lang if best >= _GUESS_SHARE else "und"


@lru_cache(maxsize=None)
def _language_code(tag: str) -> str:
    """The two-letter code of a language tag ("de-DE", and "deu" or "ger" as TEI from
    elsewhere writes them, are "de"); a language without one keeps its own code."""
    code = tag.split("-")[0].lower()
    if len(code) == 3:
        import pycountry
        language = pycountry.languages.get(alpha_3=code) or pycountry.languages.get(bibliographic=code)
        code = getattr(language, "alpha_2", code)
    return code


def lang_of(element: etree._Element, default: str) -> str:
    for e in (element, *element.iterancestors()):
        lang = e.get(XML_LANG)
        if lang:
            return _language_code(lang)
    return default

# SPDX-License-Identifier: MIT
"""Italic runs of a seed to the model's Styled kinds: a work's title, a foreign word, or emphasis.

Print uses italics for three different things, which TEI tells apart (ENCODING.md):
the title of a work (`title`, with `@level` m/j/a), a foreign or transliterated word
(`foreign` with `xml:lang`), and anything else (`hi rend="italic"`). The decision is a
heuristic over the run's own words and the few characters around it; what it knows is
data an editor can extend without touching the rules: edition/data/italics/<language>.toml
(foreign words, the words that announce or cite a title, chosen by the language of the
prose), italics/periodicals.toml (periodicals' names and words), italics/languages.toml (what
shows a phrase's language) and layout/function-words.toml (words a title never ends with):

1. A run listed as a foreign word is that language's word (*de jure*, *kulak*, *ibid.*);
   a listed abbreviation opening a run that goes on with a capital (*id. Title*) is told
   apart from the title after it.
2. A run naming a known periodical is a journal title (level "j").
3. Context that announces a title ("entitled", "the pamphlet", "published in", "in:")
   or a citation around the run (a note, a place and year after it) makes it a title.
   Its level: "j" when an issue number follows or a periodical word is in it, "a" when
   the run stands in quotes or is followed by "in:" or by a periodical's name (an article
   in that periodical), otherwise "m": books are italicised, articles set in quotes.
4. A run in another language than the prose's (told by function words, spelling and
   month names, see `guess_language`) that is not a title is a foreign phrase.
5. Everything else is emphasis.

Languages are only ever those the seed declares: pass `languages` (the keys of the
seed's [edition.languages]) and a foreign word of an undeclared language stays `hi`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Literal

from edition import data
from edition.model import Inline, Styled, text_of
from edition.readers.wording import language_file, language_table

WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?|\d+", re.UNICODE)
QUOTE_BEFORE = re.compile(r"[“\"‘]\s*$")
QUOTE_AFTER = re.compile(r"^\s*[”\"’]")
# a year soon after a run: the run is cited as a publication
_YEAR = r"\b1[5-9]\d\d\b|\b20\d\d\b"


def _alternatives(words, *, bounded: bool = True) -> str:
    """A regex alternation of listed words; `bounded`: each a whole word where it begins or ends with a letter."""
    parts = []
    for word in words:
        part = re.escape(word)
        if bounded and word[:1].isalnum():
            part = r"\b" + part
        if bounded and word[-1:].isalnum():
            part += r"\b"
        parts.append(part)
    return "|".join(parts) or r"(?!)"


@dataclass(frozen=True)
class _Signs:
    """What shows a phrase's language (edition/data/italics/languages.toml)."""
    letters: re.Pattern | None
    function_words: frozenset[str] | None
    spelling: re.Pattern | None
    months: frozenset[str]


@functools.cache
def _language_signs() -> dict[str, _Signs]:
    signs = {}
    for lang, table in data.load("italics/languages").items():
        letters = table.get("letters", "")
        groups = [re.escape(g) for g in table.get("spellings", [])]
        groups += [re.escape(e) + r"\b" for e in table.get("endings", [])]
        words = table.get("function_words")
        signs[lang] = _Signs(
            letters=re.compile(f"[{re.escape(letters)}]") if letters else None,
            function_words=frozenset(words) if words is not None else None,
            spelling=re.compile(f"(?:{'|'.join(groups)})", re.IGNORECASE) if groups else None,
            months=frozenset(m.casefold() for m in table.get("months", [])))
    return signs


@dataclass(frozen=True)
class _Rules:
    """The italics rules for prose in one language, built from its word lists."""
    language: str
    foreign_terms: dict[str, str]
    abbreviations: tuple[str, ...]      # foreign terms ending in a full stop, longest first
    periodicals: frozenset[str]
    periodical_words: frozenset[str]
    title_cues: re.Pattern
    periodical_after: re.Pattern
    article_after: re.Pattern
    citation_after: re.Pattern
    trailing: frozenset[str]
    # the periodicals' names with the space after them (a name with a qualifier begins so), and
    # the foreign terms by their folded case (the first term of each folding)
    periodical_prefixes: tuple[str, ...] = ()
    folded_terms: dict[str, str] = field(default_factory=dict)


@functools.cache
def _rules(language: str | None) -> _Rules:
    words = language_file("italics", language)
    periodicals = data.load("italics/periodicals")
    title = words.get("title", {})
    periodical = words.get("periodical", {})
    terms = {term: lang for lang, listed in words.get("foreign", {}).items() for term in listed}
    cues = _alternatives(title.get("cues", []))
    issue = _alternatives(periodical.get("issue", []), bounded=False)
    articles = _alternatives(periodical.get("articles", []), bounded=False)
    kinds = _alternatives(periodical.get("kinds", []), bounded=False)
    container = _alternatives(title.get("container", []), bounded=False)
    folded_terms: dict[str, str] = {}
    for term, lang in terms.items():
        folded_terms.setdefault(term.casefold(), lang)
    names = frozenset(name.casefold() for name in periodicals.get("names", []))
    return _Rules(
        language=language or "en",
        foreign_terms=terms,
        periodical_prefixes=tuple(p + " " for p in names),
        folded_terms=folded_terms,
        abbreviations=tuple(sorted((t for t in terms if t.endswith(".")), key=len, reverse=True)),
        periodicals=names,
        periodical_words=frozenset(w.casefold() for listed in periodicals.get("words", {}).values()
                                   for w in listed),
        # words just before a run that announce the title of a work
        title_cues=re.compile(rf"(?:{cues})\s*[“\"‘']?\s*$", re.IGNORECASE),
        # what after a run shows it is a periodical: an issue number or a periodical's description
        periodical_after=re.compile(
            rf"^[”\"’']?\s*,?\s*(?:(?:{issue})\s*\d|\d+/\d{{4}}|,?\s*(?:{articles})\s+(?:{kinds}))"),
        # what after a run shows it is an article: the periodical or collection that holds it
        article_after=re.compile(rf"^[”\"’']?\s*,?\s*(?:{container})"),
        # a place or a year soon after a run: the run is cited as a publication
        citation_after=re.compile(
            rf"^[^.;]{{0,60}}?(?:{_YEAR}|{_alternatives(title.get('citation', []))})"),
        trailing=frozenset(language_table("layout/function-words", language).get("title_never_ends", [])),
    )


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def guess_language(text: str) -> str | None:
    """The language a short phrase is in ("ru-Latn", "de", "en"), or None when unclear.

    A heuristic over edition/data/italics/languages.toml: a letter only one language uses
    decides; otherwise function words and month names count two, each telling spelling one,
    and the best score wins if it beats every other.
    """
    words = [w.casefold().strip(".") for w in _words(text)]
    if not words:
        return None
    signs = _language_signs()
    for lang, sign in signs.items():
        if sign.letters is not None and sign.letters.search(text):
            return lang
    scores = {lang: 2 * sum(w in sign.function_words for w in words)
              for lang, sign in signs.items() if sign.function_words is not None}
    # the words apart, in one text: no spelling (a group of letters) reaches over a NUL, so one
    # search finds what a search of each word finds
    joined = "\0".join(words)
    for lang, sign in signs.items():
        if sign.spelling is not None:
            scores[lang] = scores.get(lang, 0) + len(sign.spelling.findall(joined))
        if sign.months:
            scores[lang] = scores.get(lang, 0) + 2 * sum(w in sign.months for w in words)
    if not scores:
        return None
    best = max(scores, key=lambda lang: (scores[lang], lang))
    runner_up = max((score for lang, score in scores.items() if lang != best), default=0)
    if scores[best] > runner_up:
        return best
    return None


def _declared(lang: str | None, languages: Collection[str] | None) -> str | None:
    if lang is None or languages is None or lang in languages:
        return lang
    return None


def _is_periodical(text: str, rules: _Rules) -> bool:
    """A periodical's name, alone or with a qualifier ("Sobranie Uzakonenii Zakavkazskoi SFSR")."""
    name = text.strip(" ,.:;").casefold()
    return (name in rules.periodicals or name.startswith(rules.periodical_prefixes)
            or any(w.casefold() in rules.periodical_words for w in _words(text)))


def _title_level(text: str, before: str, after: str, rules: _Rules) -> Literal["m", "j", "a"]:
    if _is_periodical(text, rules) or rules.periodical_after.search(after):
        return "j"
    if (QUOTE_BEFORE.search(before) and QUOTE_AFTER.search(after)) or rules.article_after.search(after):
        return "a"
    # "*Title*, Izvestija, 16.1.1925": an article followed by the periodical that printed it.
    lead = after.lstrip(" ,;:”\"’'").casefold()
    if any(lead.startswith(name) for name in rules.periodicals):
        return "a"
    return "m"


def _looks_like_title(words: list[str], rules: _Rules) -> bool:
    """Capitalised like a title and not a phrase cut before its object."""
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return words[-1].casefold() not in rules.trailing


def _leading_abbreviation(content: list[Inline], rules: _Rules) -> tuple[str, str] | None:
    """(abbreviation, space) when a run opens with a listed abbreviation and goes on with a capital."""
    if len(content) != 1 or not isinstance(content[0], str):
        return None
    run = content[0]
    for term in rules.abbreviations:
        head = run[:len(term)]
        rest = run[len(term):]
        space = rest[:len(rest) - len(rest.lstrip())]
        if head.casefold() == term.casefold() and space and rest.lstrip()[:1].isupper():
            return head, space
    return None


def _foreign_term(text: str, rules: _Rules) -> str | None:
    """The language of a listed foreign word or phrase (matched whole, case ignored)."""
    terms = rules.foreign_terms
    key = text.casefold()
    found = terms.get(text) or terms.get(key)
    if found is None:
        found = rules.folded_terms.get(key)
    return found


def classify_italic(content: list[Inline], *, in_note: bool, before: str = "", after: str = "",
                    languages: Collection[str] | None = None, language: str | None = None) -> Styled:
    """Decide what an italic run is: title, foreign word or phrase, or emphasis.

    `before`/`after` are the source characters around the run in the same paragraph or
    note (asterisks of neighbouring runs may appear in them); `languages`, when given,
    limits `xml:lang` values to those the seed declares; `language` is the language of the
    prose around the run (the seed's `language`), which chooses the word lists (English
    when not given or without lists of its own).
    """
    rules = _rules(language)
    host = rules.language
    before = before.replace("*", "")
    after = after.replace("*", "")
    lead = _leading_abbreviation(content, rules)
    if lead:
        # "*id.* and a title in one run: the citation's abbreviation and the work's title are told apart
        abbreviation_text, space = lead
        run = text_of(content)
        rest_text = run[len(abbreviation_text) + len(space):]
        abbreviation = classify_italic([abbreviation_text], in_note=in_note, languages=languages,
                                       language=language)
        rest = classify_italic([rest_text], in_note=in_note, before=before + abbreviation_text + space,
                               after=after, languages=languages, language=language)
        return Styled(kind="hi", content=[abbreviation, space, rest], rend="italic")
    text = text_of(content).strip()
    words = _words(text)

    term_lang = _foreign_term(text, rules)
    if term_lang is not None:
        lang = _declared(term_lang, languages)
        if lang is None:
            return Styled(kind="hi", content=content, rend="italic")
        return Styled(kind="foreign", content=content, lang=lang)

    guessed = guess_language(text)
    lang_attr = _declared(guessed, languages) if guessed not in (None, host) else None

    if _is_periodical(text, rules):
        return Styled(kind="title", content=content, level="j", lang=lang_attr)

    # A lone upper-case abbreviation (a publisher's initials) is neither title nor word.
    if len(words) == 1 and text.isupper() and len(text) <= 6:
        return Styled(kind="hi", content=content, rend="italic")

    # A date in another language ("Aprilya 1923g.") is a foreign phrase, not a title of its own.
    if len(words) <= 3:
        for month_lang, sign in _language_signs().items():
            if month_lang != host and sign.months and any(w.casefold() in sign.months for w in words):
                lang = _declared(month_lang, languages)
                if lang is not None:
                    return Styled(kind="foreign", content=content, lang=lang)

    cued = bool(rules.title_cues.search(before))
    cited = bool(rules.citation_after.search(after)) or bool(rules.periodical_after.search(after)) \
        or bool(rules.article_after.search(after))
    if _looks_like_title(words, rules) and (cued or cited or in_note or len(words) >= 2):
        return Styled(kind="title", content=content, level=_title_level(text, before, after, rules),
                      lang=lang_attr)

    if guessed not in (None, host) and lang_attr is not None:
        return Styled(kind="foreign", content=content, lang=lang_attr)
    return Styled(kind="hi", content=content, rend="italic")


def italic_rule(config) -> Callable[[list, str, str, bool], Styled]:
    """The engine's italic rule for a seed: (content, before, after, in a note) -> what the run is,
    with the seed's language and declared languages."""
    def rule(content: list, before: str, after: str, in_note: bool) -> Styled:
        return classify_italic(content, in_note=in_note, before=before, after=after,
                               languages=config.languages, language=config.language)
    return rule

# SPDX-License-Identifier: MIT
"""Italic runs of a seed to the model's Styled kinds: a work's title, a foreign word, or emphasis.

Print uses italics for three different things, which TEI tells apart (ENCODING.md):
the title of a work (`title`, with `@level` m/j/a), a foreign or transliterated word
(`foreign` with `xml:lang`), and anything else (`hi rend="italic"`). The decision is a
heuristic over the run's own words and the few characters around it; what it knows lives
in the word lists below, which an editor can extend without touching the rules:

1. A run listed in FOREIGN_TERMS is that language's word (*de jure*, *kulak*, *ibid.*).
2. A run naming a known periodical (PERIODICALS) is a journal title (level "j").
3. Context that announces a title ("entitled", "the pamphlet", "published in", "in:")
   or a citation around the run (a note, a place and year after it) makes it a title.
   Its level: "j" when an issue number follows or a periodical word is in it, "a" when
   the run stands in quotes or is followed by "in:" or by a periodical's name (an article
   in that periodical), otherwise "m": books are italicised, articles set in quotes.
4. A run of transliterated Russian (detected by function words and spelling, see
   `guess_language`) that is not a title is a foreign phrase.
5. Everything else is emphasis.

Languages are only ever those the seed declares: pass `languages` (the keys of the
seed's [edition.languages]) and a foreign word of an undeclared language stays `hi`.
"""
from __future__ import annotations

import re
from collections.abc import Collection

from edition.model import Inline, Styled, text_of

# Periodicals and serial publications met in the sources, in their printed spellings.
PERIODICALS: frozenset[str] = frozenset(name.casefold() for name in (
    "Pravda", "Leningradskaya Pravda", "Moscow Pravda", "Izvestija", "Izvestiya", "Izvestia",
    "Bol'shevik", "Bolshevik", "Krasnaya Nov'", "Krasnaya Nov", "Ekonomicheskiy vestnik",
    "Ekonomicheskaya Zhizn'", "Vestnik finansov", "Vestnik Kommunisticheskoy Akademii",
    "Kommunisticheskaya Akademiya", "Revue dějin socialismu", "Sobranie Zakonov",
    "Sobranie Uzakonenii", "Inprekorr", "Internationale Presse-Korrespondenz",
    "Kommunisticheskii Internatsional", "Planovoe Khozyaistvo", "Planovoye chozyaystvo",
))

# Words that make a title a periodical's wherever they occur in it.
PERIODICAL_WORDS: frozenset[str] = frozenset((
    "vestnik", "gazeta", "zhurnal", "revue", "review", "journal", "zeitschrift", "bulletin",
))

# Foreign words and phrases printed in italics within English prose: run text -> language.
FOREIGN_TERMS: dict[str, str] = {
    "de jure": "la", "de facto": "la", "ibid.": "la", "ibid": "la", "id.": "la",
    "idem": "la", "passim": "la", "op. cit.": "la", "loc. cit.": "la", "sic": "la",
    "a fortiori": "la", "a priori": "la", "ad hoc": "la", "bona fide": "la",
    "coup": "fr", "coup d'état": "fr", "coup d’état": "fr", "fait accompli": "fr",
    "rapprochement": "fr", "détente": "fr", "entente": "fr", "émigré": "fr", "émigrés": "fr",
    "kulak": "ru-Latn", "kulaks": "ru-Latn", "ikon": "ru-Latn", "ikons": "ru-Latn",
    "pud": "ru-Latn", "puds": "ru-Latn", "smenovekhovtsy": "ru-Latn", "smena vekh": "ru-Latn",
    "nepman": "ru-Latn", "nepmen": "ru-Latn", "seredniak": "ru-Latn", "serednyak": "ru-Latn",
    "bednyak": "ru-Latn", "bednyaki": "ru-Latn", "mir": "ru-Latn", "volost": "ru-Latn",
    "volost'": "ru-Latn", "uezd": "ru-Latn", "guberniya": "ru-Latn", "smychka": "ru-Latn",
    "khozraschet": "ru-Latn", "glavk": "ru-Latn", "glavki": "ru-Latn", "trest": "ru-Latn",
    "sovnarkhoz": "ru-Latn", "razverstka": "ru-Latn", "prodnalog": "ru-Latn",
    "Realpolitik": "de", "Weltanschauung": "de", "Putsch": "de", "Gleichschaltung": "de",
}

# Short words whose presence marks a phrase's language (lower case, punctuation stripped).
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "ru-Latn": frozenset((
        "v", "vo", "i", "k", "ko", "na", "po", "ili", "o", "ob", "s", "so", "iz", "ot", "do",
        "za", "pri", "posle", "dlya", "bez", "nashe", "nasha", "tom", "god", "g.",
    )),
    "de": frozenset((
        "und", "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "sein",
        "seine", "und", "zur", "zum", "mit", "von", "für", "über", "im", "hrsg.",
    )),
    "en": frozenset((
        "the", "of", "and", "a", "an", "in", "on", "to", "for", "with", "by", "from", "at",
    )),
}

# Spellings that only transliterated Russian shows in these sources.
RUSSIAN_SPELLING = re.compile(
    r"(?:shch|zh|kh|yy|iy|aya|oye|yye|iya|skiy|skii|skaya|ogo|ykh|ikh|ov'|'ev|"
    r"'y|stvo|nost'|tsy|tsi|yakh|iakh|yi\b|ii\b)", re.IGNORECASE)
# Letters of Czech orthography that no transliteration of Russian uses.
CZECH_LETTERS = re.compile(r"[řěůŘĚŮ]")
GERMAN_SPELLING = re.compile(r"(?:sch|ä|ö|ü|ß|ung\b|heit\b|keit\b|lich\b)", re.IGNORECASE)

# Russian month names in the genitive, as dates in transliterated titles give them.
RUSSIAN_MONTHS: frozenset[str] = frozenset((
    "yanvarya", "fevralya", "marta", "aprelya", "aprilya", "maya", "iyunya", "iyulya",
    "avgusta", "sentyabrya", "oktyabrya", "noyabrya", "dekabrya",
))

# Words just before a run that announce the title of a work.
TITLE_CUES = re.compile(
    r"(?:\btitled?|\bentitled|\bpamphlet|\bbook|\bvolume|\bessay|\barticle|\bjournal|"
    r"\bnewspaper|\bmagazine|\bpublished in|\bprinted in|\bappeared in|\bpages of|"
    r"\bsee|\bcf\.|\bin:)\s*[“\"‘']?\s*$", re.IGNORECASE)
# What after a run shows it is a periodical: an issue number or a periodical's description.
PERIODICAL_AFTER = re.compile(
    r"^[”\"’']?\s*,?\s*(?:(?:No\.?|Nr\.?|no\.)\s*\d|\d+/\d{4}|,?\s*(?:a|the)\s+"
    r"(?:magazine|journal|newspaper|periodical|daily|weekly|monthly))")
# What after a run shows it is an article: the periodical or collection that holds it.
ARTICLE_AFTER = re.compile(r"^[”\"’']?\s*,?\s*in:")
# A place or a year soon after a run: the run is cited as a publication.
CITATION_AFTER = re.compile(r"^[^.;]{0,60}?(?:\b1[5-9]\d\d\b|\b20\d\d\b|\bed\.|\bHrsg\.|\bVol\.?\b)")
QUOTE_BEFORE = re.compile(r"[“\"‘]\s*$")
QUOTE_AFTER = re.compile(r"^\s*[”\"’]")
ENGLISH_TRAILING = frozenset(("by", "of", "in", "and", "the", "to", "for", "with", "a", "an"))
# A citation abbreviation opening an italic run that goes on with a title ("id. Stalin").
CITATION_ABBREVIATION = re.compile(r"^(id\.|ibid\.|Id\.|Ibid\.)(\s+)(?=[A-Z])")
WORD = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?\.?|\d+", re.UNICODE)


def _words(text: str) -> list[str]:
    return WORD.findall(text)


def guess_language(text: str) -> str | None:
    """The language a short phrase is in ("ru-Latn", "de", "en"), or None when unclear.

    A heuristic: function words count two, each telling spelling one; the best score wins
    if it beats every other. Letters only Czech uses make it "cs".
    """
    words = [w.casefold().strip(".") for w in _words(text)]
    if not words:
        return None
    if CZECH_LETTERS.search(text):
        return "cs"
    scores = {lang: 2 * sum(w in vocabulary for w in words)
              for lang, vocabulary in FUNCTION_WORDS.items()}
    scores["ru-Latn"] += sum(len(RUSSIAN_SPELLING.findall(w)) for w in words)
    scores["ru-Latn"] += 2 * sum(w in RUSSIAN_MONTHS for w in words)
    scores["de"] += sum(len(GERMAN_SPELLING.findall(w)) for w in words)
    best = max(scores, key=lambda lang: (scores[lang], lang))
    runner_up = max(score for lang, score in scores.items() if lang != best)
    if scores[best] > runner_up:
        return best
    return None


def _declared(lang: str | None, languages: Collection[str] | None) -> str | None:
    if lang is None or languages is None or lang in languages:
        return lang
    return None


def _is_periodical(text: str) -> bool:
    """A periodical's name, alone or with a qualifier ("Sobranie Uzakonenii Zakavkazskoi SFSR")."""
    name = text.strip(" ,.:;").casefold()
    return (name in PERIODICALS or any(name.startswith(p + " ") for p in PERIODICALS)
            or any(w.casefold() in PERIODICAL_WORDS for w in _words(text)))


def _title_level(text: str, before: str, after: str) -> str:
    if _is_periodical(text) or PERIODICAL_AFTER.search(after):
        return "j"
    if (QUOTE_BEFORE.search(before) and QUOTE_AFTER.search(after)) or ARTICLE_AFTER.search(after):
        return "a"
    # "*Title*, Izvestija, 16.1.1925": an article followed by the periodical that printed it.
    lead = after.lstrip(" ,;:”\"’'").casefold()
    if any(lead.startswith(name) for name in PERIODICALS):
        return "a"
    return "m"


def _looks_like_title(words: list[str]) -> bool:
    """Capitalised like a title and not an English phrase cut before its object."""
    if not words or not words[0][:1].isupper() and not words[0][:1].isdigit():
        return False
    return words[-1].casefold() not in ENGLISH_TRAILING


def classify_italic(content: list[Inline], *, in_note: bool, before: str = "", after: str = "",
                    languages: Collection[str] | None = None) -> Styled:
    """Decide what an italic run is: title, foreign word or phrase, or emphasis.

    `before`/`after` are the source characters around the run in the same paragraph or
    note (asterisks of neighbouring runs may appear in them); `languages`, when given,
    limits `xml:lang` values to those the seed declares.
    """
    before = before.replace("*", "")
    after = after.replace("*", "")
    lead = CITATION_ABBREVIATION.match(content[0]) if len(content) == 1 and isinstance(content[0], str) else None
    if lead:
        # "*id. Stalin*": the citation's "the same author" and the work's title share one italic run
        abbreviation = classify_italic([lead.group(1)], in_note=in_note, languages=languages)
        rest = classify_italic([content[0][lead.end():]], in_note=in_note, before=before + lead.group(0),
                               after=after, languages=languages)
        return Styled(kind="hi", content=[abbreviation, lead.group(2), rest], rend="italic")
    text = text_of(content).strip()
    words = _words(text)
    key = text.casefold()

    term_lang = FOREIGN_TERMS.get(text) or FOREIGN_TERMS.get(key)
    if term_lang is None:
        term_lang = next((lang for term, lang in FOREIGN_TERMS.items() if term.casefold() == key), None)
    if term_lang is not None:
        lang = _declared(term_lang, languages)
        if lang is None:
            return Styled(kind="hi", content=content, rend="italic")
        return Styled(kind="foreign", content=content, lang=lang)

    language = guess_language(text)
    lang_attr = _declared(language, languages) if language not in (None, "en") else None

    if _is_periodical(text):
        return Styled(kind="title", content=content, level="j", lang=lang_attr)

    # A lone upper-case abbreviation (a publisher's initials) is neither title nor word.
    if len(words) == 1 and text.isupper() and len(text) <= 6:
        return Styled(kind="hi", content=content, rend="italic")

    # A Russian date ("Aprilya 1923g.") is a foreign phrase, not a title of its own.
    if any(w.casefold() in RUSSIAN_MONTHS for w in words) and len(words) <= 3:
        lang = _declared("ru-Latn", languages)
        if lang is not None:
            return Styled(kind="foreign", content=content, lang=lang)

    cued = bool(TITLE_CUES.search(before))
    cited = bool(CITATION_AFTER.search(after)) or bool(PERIODICAL_AFTER.search(after)) \
        or bool(ARTICLE_AFTER.search(after))
    if _looks_like_title(words) and (cued or cited or in_note or len(words) >= 2):
        return Styled(kind="title", content=content, level=_title_level(text, before, after),
                      lang=lang_attr)

    if language not in (None, "en") and lang_attr is not None:
        return Styled(kind="foreign", content=content, lang=lang_attr)
    return Styled(kind="hi", content=content, rend="italic")

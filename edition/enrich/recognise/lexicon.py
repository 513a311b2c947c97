# SPDX-License-Identifier: MIT
"""What a word is in the languages' vocabularies: its frequency (Zipf scale), whether it is
a given name, a language's or a people's name, a Roman ordinal; its script."""
from __future__ import annotations

import re
from functools import lru_cache

from edition.enrich import nouns
from edition.enrich.calendar_data import load_calendar
from edition.enrich.morphology import russian_marks
from edition.enrich.orthography import modern_letters
from edition.enrich.recognise.words import load_words


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    """The names of languages, also as a people's adjective without the qualifier ISO 639 adds:
    "Greek" of "Modern Greek (1453-)" (its inverted name "Greek, Modern (1453-)"), "Malay" of
    "Malay (macrolanguage)"."""
    import pycountry
    names = set()
    for lang in pycountry.languages:
        for name in (lang.name, getattr(lang, "inverted_name", None)):
            if name:
                names.add(name)
                names.add(re.sub(r"\s*\(.*?\)", "", name).split(",")[0].strip())
    return frozenset(n for n in names if n)


# a Roman number of two letters or more, of the letters of the small ones ("II", "VII", "XIV")
ROMAN_NUMBER = re.compile(r"(?=[IVX]{2,}$)X{0,3}(?:IX|IV|V?I{0,3})")


def single_roman_ordinal(word: str) -> bool:
    """'XVIième', 'XIIe', 'IIIrd': a Roman number with the suffix of an ordinal (the calendar's
    suffixes of a century's number), no name."""
    m = re.fullmatch(r"[IVXLC]+(\w+)", word)
    return m is not None and m.group(1) in load_calendar().century_suffixes


def is_language_name(word: str) -> bool:
    """'English', 'Latin', 'British-Soviet': the name of a language, an adjective or a people
    (or a compound of them), not a name here."""
    return word in _language_names() or ("-" in word and any(
        part in _language_names() or part.endswith(("ish", "ian", "an", "ese")) for part in word.split("-")))


@lru_cache(maxsize=1)
def _given_names():
    import gender_guesser.detector as detector
    return detector.Detector(case_sensitive=False)


# a word this frequent in English, German or French (Zipf scale) is a common word, not a name,
# unless something else in its context says it is a name
COMMON_WORD = 4.5
# a word this frequent in a language that capitalises its nouns, and rarer in the text's, is
# that language's noun when its ending says so ("Gesetzgebung" in a French text)
FOREIGN_NOUN = 2.0
# a city this large is rather the place than a given name before a word ("London Jews")
GREAT_CITY = 1_000_000
# a word this frequent is an everyday word, though a given name too ("His", "The")
EVERYDAY_WORD = 5.5
# in a text that capitalises its nouns, a word this frequent is taken for a noun ("the Principle")
# unless a strong sign says it is a name
NOUN_WORD = 3.5
# a word this frequent ("west", "north") is a common word even where it names a region;
# a region's name below it ("Wales", "Jersey") is frequent as the name itself
VERY_COMMON_WORD = 5.0


# a word the Russian dictionary reads as one kind of name this often (of its readings' estimated
# shares) is a name of that kind
CLEAR_READING = 0.75

# the lower-case words read on each side of a run to tell the language it stands in, how many
# are needed, and by how much (mean Zipf frequency) another language must be likelier
LOCAL_WINDOW, LOCAL_WORDS, LOCAL_MARGIN = 5, 4, 1.5

# the languages whose word lists say what a common word is, by the script a word is written in
COMMON_WORD_LANGS = {"latin": ("en", "de", "fr"), "cyrillic": ("ru",)}


def script_of(word: str) -> str:
    return "cyrillic" if any("\u0400" <= ch <= "\u04ff" for ch in word) else "latin"


@lru_cache(maxsize=65536)
def zipf(word: str, lang: str) -> float:
    """The word's frequency in `lang` (0 where wordfreq has no list for the language)."""
    from wordfreq import zipf_frequency
    return zipf_frequency(modern_letters(word), lang) if nouns.has_word_list(lang) else 0.0


def is_common_word(word: str, langs: tuple[str, ...] | None = None, threshold: float = COMMON_WORD) -> bool:
    low = word.lower()
    langs = langs or COMMON_WORD_LANGS[script_of(word)]
    return max(zipf(low, lang) for lang in langs) >= threshold


def own_language(lang: str) -> tuple[str, ...] | None:
    """The language of a text, where the word frequencies know it."""
    return (lang,) if any(lang in langs for langs in COMMON_WORD_LANGS.values()) else None


def is_given_name(word: str) -> bool:
    if "-" in word.strip("-") and word[:1].isupper():  # "Jean-Baptiste", "Hans-Ulrich"
        parts = word.split("-")
        return len(parts) == 2 and all(p[:1].isupper() and is_given_name(p) for p in parts)
    if len(word) < 3 or not word[:1].isupper() or word.isupper():
        return False
    if script_of(word) == "cyrillic":
        return russian_marks(word).get("Name", 0) >= 0.5 or any(_russian_given_name(form) for form in _nominatives(word))
    return _latin_given_name(modern_letters(word))


@lru_cache(maxsize=16384)
def _latin_given_name(word: str) -> bool:
    """In the list of given names as written, or without its accents ("Étienne": Etienne)."""
    from anyascii import anyascii

    names = _given_names()
    return names.get_gender(word) != "unknown" or names.get_gender(anyascii(word)) != "unknown"


@lru_cache(maxsize=4096)
def _russian_given_name(word: str) -> bool:
    """The given names are listed in Latin letters ("Иван": Ivan), and this one must be known
    in Russia ("Кама" is the river)."""
    from anyascii import anyascii

    return _given_names().get_gender(anyascii(word).replace("'", ""), "russia") not in ("unknown", "andy")


@lru_cache(maxsize=4096)
def _nominatives(word: str) -> tuple[str, ...]:
    """The word and the nominatives its case endings may stand for ("Семёна": Семён, "Дмитрия":
    Дмитрий), by the case endings of the word lists."""
    # (a stem of three letters is too short to tell: "Жена" is no "Жен")
    return (word, *(word[:-len(ending)] + base for ending, base in _case_endings()
                    if word.endswith(ending) and len(word) - len(ending) + len(base) >= 4))


@lru_cache(maxsize=1)
def _case_endings() -> tuple[tuple[str, str], ...]:
    return load_words().case_endings

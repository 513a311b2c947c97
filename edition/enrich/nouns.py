# SPDX-License-Identifier: MIT
"""Common nouns of a language that writes every noun capitalised (German): the words that stick
to a name ("Tod Sigmunds", "Oberungarn Kupfer") and are no part of it.

A word is such a noun when it ends in one of the language's noun suffixes ("-ung", "-schaft"),
or when it is frequent in that language and much rarer in the others read with the same script:
a given name or a place is written alike in English and French ("Otto", "Heinrich", "Rom"), a
noun of the language is not ("Tod", "Enkel", "Kupfer"). The word lists of words of kinship and
office (data) are nouns too.
"""
from __future__ import annotations

from functools import lru_cache

from edition.enrich.orthography import modern_letters

# the frequency (Zipf scale) of a noun in its own language, and how much rarer it is in the others;
# a word a list of given names holds ("Tod", "Götz") must be more frequent still
OWN_FREQUENCY = 3.5
MARGIN = 1.9
NAME_FREQUENCY = 5.0


@lru_cache(maxsize=65536)
def _frequencies(low: str, lang: str, others: tuple[str, ...]) -> tuple[float, float]:
    from wordfreq import zipf_frequency
    own = zipf_frequency(low, lang) if has_word_list(lang) else 0.0
    return own, max((zipf_frequency(low, o) for o in others), default=0.0)


@lru_cache(maxsize=None)
def has_word_list(lang: str) -> bool:
    """Does wordfreq know the words of `lang`?"""
    from wordfreq import available_languages
    return lang in available_languages()


def _capitalised_word(word: str) -> bool:
    word = modern_letters(word)
    return len(word) >= 3 and word[:1].isupper() and word.isalpha() and not word.isupper()


def has_noun_form(word: str, suffixes: tuple[str, ...], nouns: frozenset[str] = frozenset()) -> bool:
    """A noun by its ending ("Erhebung", "Hauptkirche") or a word of a list of nouns (kinship)."""
    if not _capitalised_word(word):
        return False
    word = modern_letters(word)
    low = word.lower()
    return low in nouns or word in nouns or len(word) > 5 and low.endswith(suffixes)


def is_frequent_noun(word: str, lang: str, others: tuple[str, ...], given_name: bool) -> bool:
    """A noun by its frequency in `lang` against the other languages of its script ("Tod",
    "Kupfer"). Places of the language are often so too ("Preußen"): read it beside a name only."""
    if not _capitalised_word(word):
        return False
    own, elsewhere = _frequencies(modern_letters(word).lower(), lang, others)
    return own >= (NAME_FREQUENCY if given_name else OWN_FREQUENCY) and own - elsewhere >= MARGIN


# the shortest last part of a compound that says the compound is a noun ("Landes|vergleich")
COMPOUND_TAIL = 7


def is_compound_noun(word: str, lang: str, others: tuple[str, ...], endings: tuple[str, ...] = ()) -> bool:
    """A compound whose last part is a frequent noun of `lang` ("Landeserbvergleich",
    "Staatskalender"), also with one of the `endings` of case and number after it
    ("Untersuchungsgegenstands"): a common noun, though no dictionary lists the whole. The
    part must be long, so that the endings of places and surnames ("-burg", "-kopf") do not
    count."""
    if not _capitalised_word(word) or len(word) < COMPOUND_TAIL + 3:
        return False
    word = modern_letters(word)
    for cut in range(3, len(word) - COMPOUND_TAIL + 1):
        tail = word[cut:].capitalize()
        if is_frequent_noun(tail, lang, others, False) or any(
                tail.endswith(e) and len(tail) - len(e) >= COMPOUND_TAIL
                and is_frequent_noun(tail[:-len(e)], lang, others, False) for e in endings):
            return True
    return False

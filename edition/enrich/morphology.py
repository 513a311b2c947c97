# SPDX-License-Identifier: MIT
"""What a Russian dictionary says a capitalised word is: the OpenCorpora dictionary (through
pymorphy3) marks given names, surnames and patronymics, place names and organisations, in
every case ("Пугачёва", "Байкалом"), so a declined name is read like its nominative."""
from __future__ import annotations

from functools import lru_cache

# the dictionary's marks of a proper name: given name, surname, patronymic, place, organisation
MARKS = ("Name", "Surn", "Patr", "Geox", "Orgn")
KIND_OF_MARK = {"Name": "person", "Surn": "person", "Patr": "person", "Geox": "place", "Orgn": "org"}


@lru_cache(maxsize=1)
def _analyser():
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=16384)
def russian_marks(word: str) -> dict[str, float]:
    """The share of the word's readings (by the dictionary's estimate) that bear each mark of
    a proper name: {"Surn": 0.88, "Geox": 0.12} for "Пугачёва". Empty for a word the
    dictionary reads as a common word only, or does not hold (its readings are guesses)."""
    shares: dict[str, float] = {}
    for parse in _analyser().parse(word):
        if not parse.is_known:
            continue
        mark = next((m for m in MARKS if m in parse.tag), None)
        if mark:
            shares[mark] = shares.get(mark, 0.0) + parse.score
    return shares


def russian_name_kinds(word: str) -> dict[str, float]:
    """The same shares by kind of name: {"person": 0.88, "place": 0.12} for "Пугачёва"."""
    kinds: dict[str, float] = {}
    for mark, share in russian_marks(word).items():
        kinds[KIND_OF_MARK[mark]] = kinds.get(KIND_OF_MARK[mark], 0.0) + share
    return kinds


# the dictionary's cases, the second genitive, accusative and locative read as the first
CASES = {"nomn": "nomn", "gent": "gent", "gen1": "gent", "gen2": "gent", "datv": "datv",
         "accs": "accs", "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc1": "loct",
         "loc2": "loct", "voct": "voct"}


@lru_cache(maxsize=16384)
def russian_cases(word: str) -> frozenset[str]:
    """The cases the dictionary reads the word in (empty where it does not hold the word, or
    the word does not decline)."""
    cases: set[str] = set()
    for parse in _analyser().parse(word):
        if not parse.is_known or "Fixd" in parse.tag:
            return frozenset()
        cases.update(CASES[c] for c in (parse.tag.case,) if c in CASES)
    return frozenset(cases)


def russian_names_apart(first: str, second: str) -> bool:
    """Two capitalised words side by side that cannot be one name: the dictionary knows both as
    names and reads them in no common case ("сыну Аники Григорию": Аника's son Григорий; "в
    Филях Кутузов": a place, then a person)."""
    if not russian_name_kinds(first) or not russian_name_kinds(second):
        return False
    cases_a, cases_b = russian_cases(first), russian_cases(second)
    return bool(cases_a and cases_b) and not cases_a & cases_b


@lru_cache(maxsize=16384)
def russian_lemmas(word: str) -> frozenset[str]:
    """The dictionary forms the word may be of ("губернии": губерния), for a word it holds."""
    return frozenset(p.normal_form for p in _analyser().parse(word) if p.is_known)


@lru_cache(maxsize=16384)
def russian_never_a_person(word: str) -> bool:
    """Does the dictionary hold the word, in no reading that names a living being ("Поморья":
    a region; "Строгановская": an adjective)?"""
    parses = [p for p in _analyser().parse(word) if p.is_known]
    return bool(parses) and not any("anim" in p.tag for p in parses)


@lru_cache(maxsize=4096)
def russian_forms(word: str) -> frozenset[str]:
    """Every form of the word's dictionary entries ("компания": компании, компанию, …; written
    capitalised if the word is), or the word alone where the dictionary does not hold it."""
    low = word.lower()
    forms = {low}
    for parse in _analyser().parse(low):
        if parse.is_known and parse.normal_form == low:
            forms.update(f.word for f in parse.lexeme)
    if word[:1].isupper():  # "Академия": Академию, Академией, …
        forms = {f[:1].upper() + f[1:] for f in forms}
    return frozenset(forms | {word})


@lru_cache(maxsize=16384)
def russian_noun_or_adjective(word: str) -> bool:
    """May the word be a noun or an adjective (what the name of an institution is made of:
    "Академии наук"), not a pronoun or a verb ("ей надлежало")?"""
    return any(p.tag.POS in ("NOUN", "ADJF", "PRTF") for p in _analyser().parse(word))

# SPDX-License-Identifier: MIT
"""The calendar words of edition/data/dates/*.toml, merged over every language, as regexes.

Each language file holds month names, season words, parts of periods, approximation
qualifiers, era markers, century words and the words that make a number no year; common.toml
says what the parts mean. Editors change those files, never this module.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from edition.enrich.regnal import Reign, load_reigns

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "dates"
COMMON = "common.toml"

def _forms(word: str) -> set[str]:
    """A word as written and with a capital first letter ("spring", "Spring")."""
    return {word, word[:1].upper() + word[1:]}


def alternation(words, *, capitalise: bool = True) -> str:
    """Words to one regex alternative, longest first; spaces in a word match any spacing."""
    forms: set[str] = set()
    for word in words:
        forms |= _forms(word) if capitalise else {word}
    forms.discard("")
    if not forms:
        return r"(?!x)x"
    ordered = sorted(forms, key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in ordered)


def _lookup(table: dict[str, str | int]) -> dict[str, str | int]:
    """Word -> value, with capitalised forms and spacing squashed."""
    out: dict[str, str | int] = {}
    for word, value in table.items():
        for form in _forms(word):
            out.setdefault(" ".join(form.split()), value)
    return out


@dataclass(eq=False)
class Calendar:
    months: dict[str, int] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    parts: dict[str, str] = field(default_factory=dict)
    syntax: dict[str, set[str]] = field(default_factory=dict)
    century_words: set[str] = field(default_factory=set)
    ordinals: dict[str, int] = field(default_factory=dict)
    century_suffixes: set[str] = field(default_factory=set)
    eras: dict[str, str] = field(default_factory=dict)
    qualifiers: dict[str, str] = field(default_factory=dict)
    qualifiers_after: dict[str, str] = field(default_factory=dict)
    not_before: set[str] = field(default_factory=set)
    not_after: set[str] = field(default_factory=set)
    # in a note, a number after these is a page: "supra note 5, at 1559", "see also id. 1563"
    note_locators: set[str] = field(default_factory=set)
    # in a note, nor a number before these: "id. 1563 (stating that ...)", a page and what it says
    note_page_explanations: set[str] = field(default_factory=set)
    imprint_before: set[str] = field(default_factory=set)
    imprint_after: set[str] = field(default_factory=set)
    # the small words between those and the year: "published in 1899", "publié en 1899"
    imprint_joins: set[str] = field(default_factory=set)
    imprint_containers: set[str] = field(default_factory=set)
    year_suffixes: set[str] = field(default_factory=set)
    feasts: dict[str, tuple[int, int]] = field(default_factory=dict)  # "Christmas Day" -> (12, 25)
    # the months of the French Republican calendar ("brumaire" -> 2) and the word of its year ("an")
    republican_months: dict[str, int] = field(default_factory=dict)
    republican_year_words: set[str] = field(default_factory=set)
    weekdays: dict[str, int] = field(default_factory=dict)  # "Tuesday" -> 1 (Monday 0)
    # regnal years: the words of their phrases (`[regnal]` of the languages), the ordinals past
    # the twenty-first ("thirty-fifth" -> 35), and each name of a ruler with its reign
    regnal: dict[str, set[str]] = field(default_factory=dict)
    regnal_ordinals: dict[str, int] = field(default_factory=dict)
    reign_of: dict[str, Reign] = field(default_factory=dict)
    julian_until: date = date(1752, 9, 2)
    common: dict = field(default_factory=dict)
    # the words before a bare year of three digits that make it a quantity, for the languages
    # read here that take such a year ("bei Andernach 939"); empty where none does
    bare_short_year_not_before: set[str] = field(default_factory=set)
    bare_short_year_langs: set[str] = field(default_factory=set)

    def words(self, key: str) -> set[str]:
        return self.syntax.get(key, set())

    def month(self, word: str) -> int:
        return self.months[" ".join(word.split())]

    def season(self, word: str) -> str:
        return self.seasons[" ".join(word.split())]

    def part(self, word: str | None) -> str | None:
        return self.parts[" ".join(word.split())] if word else None

    def era(self, word: str | None) -> str | None:
        return self.eras[" ".join(word.split())] if word else None

    def ordinal(self, word: str) -> int | None:
        return self.ordinals.get(" ".join(word.split()))

    def qualifier(self, word: str) -> str:
        return self.qualifiers[" ".join(word.split())]

    def regnal_ordinal(self, word: str) -> int | None:
        return self.ordinal(word) or self.regnal_ordinals.get(" ".join(word.split()))


def _merge(cal: Calendar, data: dict) -> None:
    for number, names in data.get("months", {}).items():
        for name in names:
            for form in _forms(name):
                cal.months.setdefault(form, int(number))
    for season, words in data.get("seasons", {}).items():
        for word in words:
            for form in _forms(word):
                cal.seasons.setdefault(" ".join(form.split()), season)
    for part, words in data.get("parts", {}).items():
        for word in words:
            for form in _forms(word):
                cal.parts.setdefault(" ".join(form.split()), part)
    for key, words in data.get("syntax", {}).items():
        cal.syntax.setdefault(key, set()).update(words)
    centuries = data.get("centuries", {})
    cal.century_words.update(centuries.get("words", []))
    for i, word in enumerate(centuries.get("ordinals", []), 1):
        for form in _forms(word):
            cal.ordinals.setdefault(form, i)
    cal.century_suffixes.update(centuries.get("number_suffixes", []))
    for era, words in data.get("eras", {}).items():
        for word in words:
            cal.eras.setdefault(" ".join(word.split()), era)
    cal.qualifiers.update({k: str(v) for k, v in _lookup(data.get("qualifiers", {})).items()})
    cal.qualifiers_after.update(data.get("qualifiers_after", {}))
    not_a_year = data.get("not_a_year", {})
    cal.not_before.update(not_a_year.get("before", []))
    cal.not_after.update(not_a_year.get("after", []))
    cal.note_locators.update(not_a_year.get("in_notes_before", []))
    cal.note_page_explanations.update(not_a_year.get("in_notes_after", []))
    imprint = data.get("imprint", {})
    cal.imprint_before.update(imprint.get("before", []))
    cal.imprint_after.update(imprint.get("after", []))
    cal.imprint_joins.update(imprint.get("joins", []))
    cal.imprint_containers.update(imprint.get("containers", []))
    cal.year_suffixes.update(data.get("year_suffixes", {}).get("forms", []))
    republican = data.get("republican", {})
    for i, name in enumerate(republican.get("months", []), 1):
        for form in _forms(name):
            cal.republican_months.setdefault(form, i)
    cal.republican_year_words.update(republican.get("year_words", []))
    for number, names in data.get("weekdays", {}).items():
        for name in names:
            for form in _forms(name):
                cal.weekdays.setdefault(form, int(number))
    regnal = data.get("regnal", {})
    for key in ("years", "titles", "day_of", "after", "before"):
        cal.regnal.setdefault(key, set()).update(regnal.get(key, []))
    units = {w: i for i, w in enumerate(centuries.get("ordinals", [])[:9], 1)}
    for ten, value in regnal.get("tens", {}).items():
        for unit, u in units.items():
            for joined in (f"{ten}-{unit}", f"{ten} {unit}"):
                for form in _forms(joined):
                    cal.regnal_ordinals.setdefault(form, value + u)
    for word, value in regnal.get("tens_ordinals", {}).items():
        for form in _forms(word):
            cal.regnal_ordinals.setdefault(form, value)
    for day, words in data.get("feasts", {}).items():
        month, dom = (int(n) for n in day.split("-"))
        for word in words:
            for form in _forms(word):
                cal.feasts.setdefault(" ".join(form.split()), (month, dom))


def cldr_months(language: str) -> dict[str, list[str]]:
    """Month names of a language from the Unicode CLDR (through Babel), for a language of the
    edition that has no file here: the full names as written in dates and standing alone, and
    the abbreviations with their full stop ("gen.", "févr.")."""
    try:
        from babel.dates import get_month_names
        names: dict[str, list[str]] = {}
        for context in ("format", "stand-alone"):
            for number, name in get_month_names("wide", context, language).items():
                names.setdefault(str(number), []).append(name)
            for number, name in get_month_names("abbreviated", context, language).items():
                if len(name.rstrip(".")) >= 3:
                    names[str(number)].append(name if name.endswith(".") else name + ".")
    except Exception:  # a language CLDR does not know: its dates are read with the others' words
        return {}
    return {number: sorted(set(forms)) for number, forms in names.items()}


def _saints_days(cal: Calendar, saints: dict[str, list[str]], forms: dict[str, list[str]]) -> None:
    """The feasts of saints' days ("the feast of St Luke", "la Saint-Luc"): each language's forms
    of a feast (its `[feast_forms]`) with each saint's name; an eve falls on the day before."""
    for day, names in saints.items():
        month, dom = (int(n) for n in day.split("-"))
        eve = date(2001, month, dom) - timedelta(days=1)  # (a year without 29 February)
        for kind, when in (("day", (month, dom)), ("eve", (eve.month, eve.day))):
            for template in forms.get(kind, []):
                for name in names:
                    for form in _forms(template.format(name)):
                        cal.feasts.setdefault(" ".join(form.split()), when)


@lru_cache(maxsize=8)
def load_calendar(directory: Path = DATA_DIR, languages: tuple[str, ...] = ()) -> Calendar:
    """Every language file of the directory, merged: a date in any of them is read anywhere
    (an English text cites German and Russian sources). A language of the edition without a
    file of its own adds its month names from CLDR."""
    cal = Calendar()
    with open(directory / COMMON, "rb") as fh:
        cal.common = tomllib.load(fh)
    reigns, cal.julian_until = load_reigns(cal.common)
    cal.reign_of = {" ".join(name.split()): reign for reign in reigns for name in reign.names}
    have = set()
    for path in sorted(directory.glob("*.toml")):
        if path.name == COMMON:
            continue
        have.add(path.stem)
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        _merge(cal, data)
        _saints_days(cal, cal.common.get("saints_days", {}), data.get("feast_forms", {}))
        # a language's own reading of bare years: for editions in that language, and there for
        # the paragraphs written in it (see dates.py)
        if path.stem in {lang.split("-")[0].lower() for lang in languages}:
            if "bare_short_year" in data:
                cal.bare_short_year_langs.add(path.stem)
                cal.bare_short_year_not_before.update(data["bare_short_year"].get("not_before", []))
    for language in languages:
        base = language.split("-")[0].lower()
        if base not in have:
            have.add(base)
            _merge(cal, {"months": cldr_months(base)})
    return cal

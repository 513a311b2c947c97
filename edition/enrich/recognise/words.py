# SPDX-License-Identifier: MIT
"""The recogniser's word lists (edition/data/names/*.toml), per language, read once."""
from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from edition.enrich.calendar_data import load_calendar

DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "names"


# --------------------------------------------------------------- words

@dataclass(frozen=True)
class Words:
    titles: frozenset[str]
    saints: frozenset[str]
    particles: frozenset[str]
    place_prepositions: frozenset[str]
    # prepositions of place that stand before persons as often ("à", "between")
    person_prepositions: frozenset[str]
    org_heads: frozenset[str]
    place_starts: frozenset[str]
    place_ends: frozenset[str]
    org_starts: tuple[str, ...]
    determiners: frozenset[str]
    not_names: frozenset[str]
    adjective_endings: tuple[str, ...]
    plural_endings: tuple[str, ...]
    common_endings: tuple[str, ...]
    abstract_endings: tuple[str, ...]
    imperatives: frozenset[str]
    people_prefixes: frozenset[str]
    person_verbs: tuple[str, ...]
    capitalised_nouns: frozenset[str]  # languages whose nouns are all capitalised
    weak_particles: frozenset[str] = frozenset()
    route_from: frozenset[str] = frozenset()
    route_to: frozenset[str] = frozenset()
    imprint_places: frozenset[str] = frozenset()
    salutations: frozenset[str] = frozenset()
    org_first: frozenset[str] = frozenset()
    case_endings: tuple[tuple[str, str], ...] = ()
    name_abbreviations: frozenset[str] = frozenset()
    name_prefixes: frozenset[str] = frozenset()
    titles_after: frozenset[str] = frozenset()
    office_titles: frozenset[str] = frozenset()
    article_prepositions: frozenset[str] = frozenset()
    fused_articles: frozenset[str] = frozenset()
    adjective_inflections: tuple[str, ...] = ()
    org_heads_lower: frozenset[str] = frozenset()
    org_adjective_endings: tuple[str, ...] = ()
    # the endings of an adjective written capitalised inside an organisation's name before its
    # capitalised head ("der Preußischen Akademie", "der Schwäbische Bund")
    org_capital_adjective_endings: tuple[str, ...] = ()
    place_hyphen_links: frozenset[str] = frozenset()  # "Paray-le-Monial", "Chalon-sur-Saône"
    street_endings: tuple[str, ...] = ()  # "Marktgasse", "Linkstraße"
    ordinal_full_stop: frozenset[str] = frozenset()  # languages that write "Ferdinand III." for "the Third"
    epithet_articles: frozenset[str] = frozenset()  # articles before an epithet ("Constantine the African")
    epithet_endings: tuple[str, ...] = ()  # "der Weise", "des Schönen": an adjective's endings
    place_verbs: frozenset[str] = frozenset()
    place_joins: frozenset[str] = frozenset()  # "Kyngeston super Hull": a place joined to its river
    # a word of going ("sailed", "voyages", "venu"), perhaps words of direction ("south", "back"),
    # then a preposition ("to", "from", "de") before a name: a place ("sailed south from Armagon");
    # language -> (words of going, of direction, prepositions), each language its own ("voyages
    # to" is English, "les voyages de Descartes" French)
    motion_of: tuple[tuple[str, tuple[frozenset[str], frozenset[str], frozenset[str]]], ...] = ()
    person_after: tuple[str, ...] = ()
    # the endings of a name's genitive, by language ("Steins": "s")
    genitive_endings_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # a saint's feast: the words before "St X" ("the feast of St Luke"), those before a saint
    # that already say "saint" ("am Tag des heiligen Martin"), and the words after ("St George's Day")
    feast_before: frozenset[str] = frozenset()
    saint_feast_before: frozenset[str] = frozenset()
    feast_after: frozenset[str] = frozenset()
    place_suffixes: tuple[str, ...] = ()
    place_prefixes: tuple[str, ...] = ()  # "Upper", "Haute-", "Ober": direction before a place
    closings: tuple[str, ...] = ()
    place_after: tuple[str, ...] = ()
    org_stops: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    editor_words: frozenset[str] = frozenset()
    publisher_before: frozenset[str] = frozenset()
    articles: frozenset[str] = frozenset()
    # "d'un Klimrath", "a Newton": a name after one stands for the man or his like, not a thing
    indefinite_articles: frozenset[str] = frozenset()
    place_of: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    kinship: frozenset[str] = frozenset()  # "his wife Mary", "leur fille Eudora"
    degrees: frozenset[str] = frozenset()  # "B.A. Yale University": no part of the name after it
    group_words: frozenset[str] = frozenset()  # "the Anglican Blackstone", "les Doctrinaires"
    shore_prepositions: frozenset[str] = frozenset()  # "an der Unstrut", "am Bug"
    section_words: frozenset[str] = frozenset()  # "ACT I", "Chapitre III": no ruler's number
    # the particles that say where a ruler is of ("Landgraf Philipp von Hessen"), besides "of"
    origin_particles: frozenset[str] = frozenset()
    person_case_endings: tuple[str, ...] = ()  # "к Кутузову": a surname's case after a preposition
    place_nouns_lower: frozenset[str] = frozenset()  # "Красной площади": a place's noun in lower case
    place_adjective_endings: tuple[str, ...] = ()
    citation_leads: frozenset[str] = frozenset()  # "see also Arnott, 'The Papers'"
    # after a cited article's title, before the book or journal that holds it ("Title, in: Jahrbuch")
    container_marks: tuple[str, ...] = ()
    patronymic_endings: tuple[str, ...] = ()  # "Николаевич", "Nikolaevich"
    seasons: frozenset[str] = frozenset()  # the calendar's seasons ("Весной", "Summer")
    # language -> its own articles and determiners ("La" opens a name in an English text)
    determiners_of: tuple[tuple[str, frozenset[str]], ...] = ()
    languages: frozenset[str] = frozenset()  # the languages the word lists cover (their files)
    # language -> the endings of its common nouns ("-ung", "-schaft"), where nouns are capitalised
    noun_suffixes_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    noun_endings_of: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "Drucker|n": endings of case and number
    noun_plural_endings_of: tuple[tuple[str, tuple[str, ...]], ...] = ()  # "Gospel|s"
    # language -> the weak particles its own file lists (the lists are merged: "das" of "Pedro das
    # Neves" is an article of German)
    weak_particles_of: tuple[tuple[str, frozenset[str]], ...] = ()
    articles_of: tuple[tuple[str, frozenset[str]], ...] = ()
    # language -> its institutions named by one word after the article ("the Exchequer")
    institutions_of: tuple[tuple[str, frozenset[str]], ...] = ()
    # after an author's name in a short citation ("Maine, supra note 24")
    author_after: tuple[str, ...] = ()
    # the capital letters of an elided particle that opens a surname ("D'Aguesseau")
    surname_elisions: frozenset[str] = frozenset()
    # after a person's name and a comma, part of it ("Charles J. Reid, Jr.")
    name_suffixes: frozenset[str] = frozenset()
    # the lower-case words of a title written in title case, by language ("Blackstone on
    # Judging"); a language without them writes no titles so
    title_case_words_of: tuple[tuple[str, frozenset[str]], ...] = ()
    # words after "St. Martin's" that leave the possessive without its noun: the parish or the
    # church ("In St. Martin's there stands")
    elliptic_possessive_before: frozenset[str] = frozenset()
    # particles of another language that join a place's name ("Creux des Fées" in English)
    foreign_place_particles_of: tuple[tuple[str, frozenset[str]], ...] = ()
    # words that end a publisher's name in brackets and are no part of it ("Thomas Payne et al.")
    publisher_tails: tuple[str, ...] = ()
    # the word of a company's legal form after its name and a comma ("Liberty Fund, Inc.")
    company_suffixes: tuple[str, ...] = ()
    # the last word of a firm's name after a possessive ("G.P. Putnam's Sons")
    firm_heads: frozenset[str] = frozenset()
    # the endings of nouns of a territory or a town before its name ("Reichsgrafschaften")
    territory_nouns: tuple[str, ...] = ()
    # the languages that name a territory by two places joined by a hyphen ("Schaumburg-Lippe")
    territory_compounds: frozenset[str] = frozenset()
    # language -> the institutions it writes in lower case, named with their field and their
    # place ("la faculté de droit de Paris")
    lowercase_institutions_of: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def lowercase_institution_pattern(self, lang: str) -> re.Pattern[str] | None:
        return _institution_pattern(self, lang)


@lru_cache(maxsize=4)
def load_words(directory: Path = DATA_DIR) -> Words:
    lists: dict[str, set[str]] = defaultdict(set)
    capitalised: set[str] = set()
    ordinal_stop: set[str] = set()
    territories: set[str] = set()
    endings: list[tuple[str, str]] = []
    own_determiners: dict[str, frozenset[str]] = {}
    motion: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
    noun_suffixes: dict[str, tuple[str, ...]] = {}
    noun_endings: dict[str, tuple[str, ...]] = {}
    plural_endings_of: dict[str, tuple[str, ...]] = {}
    own_weak: dict[str, frozenset[str]] = {}
    own_articles: dict[str, frozenset[str]] = {}
    title_case: dict[str, frozenset[str]] = {}
    foreign_places: dict[str, frozenset[str]] = {}
    institutions: dict[str, frozenset[str]] = {}
    lowercase_institutions: dict[str, tuple[str, ...]] = {}
    genitive_endings: dict[str, tuple[str, ...]] = {}
    for path in sorted(directory.glob("*.toml")):
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        for key, value in data.items():
            if key == "case_endings":
                endings += [(a, b) for a, b in value]
            elif key == "noun_suffixes":
                noun_suffixes[path.stem] = tuple(value)
            elif key == "noun_endings":
                noun_endings[path.stem] = tuple(sorted(value, key=len, reverse=True))
            elif key == "noun_plural_endings":
                plural_endings_of[path.stem] = tuple(sorted(value, key=len, reverse=True))
            elif key == "institutions":
                institutions[path.stem] = frozenset(value)
            elif key == "lowercase_institutions":
                lowercase_institutions[path.stem] = tuple(sorted(value, key=len, reverse=True))
            elif key == "genitive_endings":
                genitive_endings[path.stem] = tuple(value)
            elif isinstance(value, list):
                lists[key].update(value)
        if data.get("nouns_capitalised"):
            capitalised.add(path.stem)
        if data.get("ordinal_full_stop"):
            ordinal_stop.add(path.stem)
        if data.get("territory_compounds"):
            territories.add(path.stem)
        own_determiners[path.stem] = frozenset(w.lower() for w in data.get("determiners", []))
        going, directions, prepositions = (frozenset(w.lower() for w in data.get(key, []))
                                           for key in ("motion_words", "motion_adverbs", "motion_prepositions"))
        motion[path.stem] = (going, directions, prepositions)
        own_weak[path.stem] = frozenset(data.get("weak_particles", []))
        own_articles[path.stem] = frozenset(data.get("articles", []))
        if data.get("title_case_words"):
            title_case[path.stem] = frozenset(data["title_case_words"])
        foreign_places[path.stem] = frozenset(data.get("foreign_place_particles", []))
    months = set(load_calendar().months)
    return Words(
        titles=frozenset(lists["titles"]), saints=frozenset(lists["saints"]),
        particles=frozenset(lists["particles"]),
        place_prepositions=frozenset(lists["place_prepositions"]),
        person_prepositions=frozenset(lists["person_prepositions"]),
        org_heads=frozenset(lists["org_heads"]),
        place_starts=frozenset(lists["place_starts"]),
        place_ends=frozenset(lists["place_ends"]),
        org_starts=tuple(sorted(lists["org_starts"], key=len, reverse=True)),
        determiners=frozenset(w.lower() for w in lists["determiners"]),
        not_names=frozenset(lists["not_names"]) | months,
        adjective_endings=tuple(sorted(lists["adjective_endings"], key=len, reverse=True)),
        plural_endings=tuple(lists["plural_endings"]),
        common_endings=tuple(lists["common_endings"]),
        abstract_endings=tuple(lists["abstract_endings"]),
        imperatives=frozenset(lists["imperatives"]),
        people_prefixes=frozenset(lists["people_prefixes"]),
        person_verbs=tuple(lists["person_verbs"]),
        capitalised_nouns=frozenset(capitalised),
        weak_particles=frozenset(lists["weak_particles"]),
        route_from=frozenset(lists["route_from"]), route_to=frozenset(lists["route_to"]),
        imprint_places=frozenset(lists["imprint_places"]),
        salutations=frozenset(w.lower() for w in lists["salutations"]),
        org_first=frozenset(lists["org_first"]),
        case_endings=tuple(sorted(endings, key=lambda e: -len(e[0]))),
        name_abbreviations=frozenset(lists["name_abbreviations"]),
        name_prefixes=frozenset(lists["name_prefixes"]),
        titles_after=frozenset(lists["titles_after"]),
        office_titles=frozenset(lists["office_titles"]),
        article_prepositions=frozenset(w.lower() for w in lists["article_prepositions"]),
        fused_articles=frozenset(w.lower() for w in lists["fused_articles"]),
        adjective_inflections=tuple(lists["adjective_inflections"]),
        ordinal_full_stop=frozenset(ordinal_stop),
        epithet_articles=frozenset(lists["epithet_articles"]),
        epithet_endings=tuple(lists["epithet_endings"]),
        org_heads_lower=frozenset(lists["org_heads_lower"]),
        org_adjective_endings=tuple(lists["org_adjective_endings"]),
        org_capital_adjective_endings=tuple(sorted(lists["org_capital_adjective_endings"], key=len, reverse=True)),
        place_hyphen_links=frozenset(lists["place_hyphen_links"]),
        street_endings=tuple(sorted(lists["street_endings"], key=len, reverse=True)),
        place_verbs=frozenset(w.lower() for w in lists["place_verbs"]),
        place_joins=frozenset(lists["place_joins"]),
        motion_of=tuple(sorted(motion.items())),
        person_after=tuple(lists["person_after"]),
        feast_before=frozenset(lists["feast_before"]), saint_feast_before=frozenset(lists["saint_feast_before"]),
        feast_after=frozenset(lists["feast_after"]),
        place_suffixes=tuple(sorted(lists["place_suffixes"], key=len, reverse=True)),
        place_prefixes=tuple(sorted(lists["place_prefixes"], key=len, reverse=True)),
        closings=tuple(w.lower() for w in lists["closings"]),
        place_after=tuple(lists["place_after"]),
        org_stops=frozenset(w.lower() for w in lists["org_stops"]),
        pronouns=frozenset(lists["pronouns"]),
        editor_words=frozenset(w.lower() for w in lists["editor_words"]),
        publisher_before=frozenset(lists["publisher_before"]),
        articles=frozenset(w.lower() for w in lists["articles"]),
        indefinite_articles=frozenset(w.lower() for w in lists["indefinite_articles"]),
        place_of=frozenset(lists["place_of"]),
        conjunctions=frozenset(lists["conjunctions"]),
        kinship=frozenset(w.lower() for w in lists["kinship"]),
        degrees=frozenset(lists["degrees"]),
        group_words=frozenset(lists["group_words"]),
        shore_prepositions=frozenset(lists["shore_prepositions"]),
        section_words=frozenset(lists["section_words"]),
        origin_particles=frozenset(lists["origin_particles"]),
        person_case_endings=tuple(lists["person_case_endings"]),
        place_nouns_lower=frozenset(lists["place_nouns_lower"]),
        place_adjective_endings=tuple(lists["place_adjective_endings"]),
        citation_leads=frozenset(w.lower() for w in lists["citation_leads"]),
        container_marks=tuple(sorted(lists["container_marks"], key=len, reverse=True)),
        seasons=frozenset(s[:1].upper() + s[1:] for s in load_calendar().seasons),
        patronymic_endings=tuple(sorted(lists["patronymic_endings"], key=len, reverse=True)),
        determiners_of=tuple(sorted(own_determiners.items())),
        languages=frozenset(own_determiners),
        noun_suffixes_of=tuple(sorted(noun_suffixes.items())),
        noun_endings_of=tuple(sorted(noun_endings.items())),
        noun_plural_endings_of=tuple(sorted(plural_endings_of.items())),
        weak_particles_of=tuple(sorted(own_weak.items())),
        articles_of=tuple(sorted(own_articles.items())),
        institutions_of=tuple(sorted(institutions.items())),
        author_after=tuple(lists["author_after"]),
        surname_elisions=frozenset(lists["surname_elisions"]),
        name_suffixes=frozenset(lists["name_suffixes"]),
        title_case_words_of=tuple(sorted(title_case.items())),
        foreign_place_particles_of=tuple(sorted(foreign_places.items())),
        elliptic_possessive_before=frozenset(lists["elliptic_possessive_before"]),
        publisher_tails=tuple(sorted(lists["publisher_tails"], key=len, reverse=True)),
        company_suffixes=tuple(sorted(lists["company_suffixes"], key=len, reverse=True)),
        firm_heads=frozenset(lists["firm_heads"]),
        territory_compounds=frozenset(territories),
        territory_nouns=tuple(w.lower() for w in lists["territory_nouns"]),
        lowercase_institutions_of=tuple(sorted(lowercase_institutions.items())),
        genitive_endings_of=tuple(sorted(genitive_endings.items())),
    )


@lru_cache(maxsize=16)
def _institution_pattern(words: Words, lang: str) -> re.Pattern[str] | None:
    """An institution of `lang` written in lower case, perhaps its field, then its place, joined
    by the language's weak particles ("faculté de droit de Paris", "cour d'appel de Rouen")."""
    heads = dict(words.lowercase_institutions_of).get(lang)
    links = sorted(dict(words.weak_particles_of).get(lang, frozenset()), key=len, reverse=True)
    if not heads or not links:
        return None
    link = "|".join(re.escape(w) + (r"\s*" if w.endswith(("'", "’")) else r"\s+") for w in links)
    field = r"[^\W\d_A-ZÀ-ÞА-ЯЁ][\w'’-]*\s+"
    return re.compile(rf"(?<![\w'’])(?:{'|'.join(map(re.escape, heads))})\s+(?:(?:{link}){field})?"
                      rf"(?:{link})[A-ZÀ-ÞА-ЯЁ][\w'’-]+")

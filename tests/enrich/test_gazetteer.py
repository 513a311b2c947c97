# SPDX-License-Identifier: MIT
"""The gazetteer: GeoNames and ISO 3166, and the editors' file of places they lack."""
from __future__ import annotations

import tomllib

from edition.enrich import gazetteer


def test_territories_rivers_and_mountains_the_gazetteers_lack_are_places():
    for form, name, kind in [("Preußen", "Prussia", "region"), ("Bourgogne", "Burgundy", "region"),
                             ("Weichsel", "Vistula", "river"), ("Pyrénées", "Pyrenees", "mountains")]:
        places = gazetteer.lookup(form)
        assert [(p.name, p.kind) for p in places] == [(name, kind)], form
        assert places[0].geonames is None  # no id is made up: the editor adds one


def test_a_citys_name_in_another_language_gets_the_citys_geonames_id():
    venice = gazetteer.resolve("Venedig")
    assert venice is not None and venice.name == "Venice" and venice.iso == "IT" and venice.geonames
    assert not venice.primary


def test_every_city_of_the_editors_file_is_found_in_geonames():
    with open(gazetteer.HISTORICAL, "rb") as fh:
        cities = tomllib.load(fh)["cities"]
    for form, (name, country) in cities.items():
        assert any(p.name == name and p.iso == country for p in gazetteer.lookup(form)), form


def test_a_name_the_gazetteers_hold_keeps_their_place():
    assert [p.kind for p in gazetteer.lookup("Normandie")] == ["subdivision"]



def test_subdivisions_are_found_by_the_names_iso_writes_in_brackets_and_inverted():
    assert [p.iso for p in gazetteer.lookup("Wales")] == ["GB-WLS"]
    assert [p.iso for p in gazetteer.lookup("Principado de Asturias")] == ["ES-AS"]
    assert "ES-AS" in {p.iso for p in gazetteer.lookup("Asturias")}


def test_a_city_is_found_by_the_short_name_that_opens_its_own():
    # GeoNames names the town "Hanau am Main" (below the population whose other names are read)
    places = gazetteer.lookup("Hanau")
    assert places and places[0].name == "Hanau am Main" and not places[0].primary
    # the short name of two cities resolves to the far larger one
    frankfurt = gazetteer.resolve("Frankfurt")
    assert frankfurt is not None and frankfurt.name == "Frankfurt am Main"


def test_a_country_is_found_by_its_common_name_in_other_languages_and_its_short_name():
    # ISO 3166 names "Syrian Arab Republic" and "Russian Federation"; texts write the short names
    for form, iso in [("Syrie", "SY"), ("Syrien", "SY"), ("Russie", "RU"), ("Bolivie", "BO"),
                      ("Fédération de Russie", "RU")]:
        assert [p.iso for p in gazetteer.lookup(form)] == [iso], form

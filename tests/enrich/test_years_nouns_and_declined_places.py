# SPDX-License-Identifier: MIT
"""German bare years of three digits; German nouns beside names; Russian declined places;
institutions after "the"."""
from __future__ import annotations

import pytest

from conftest import T, tei
from edition.enrich import dates
from edition.enrich.textnodes import Run


def _years(text: str, languages: tuple[str, ...], lang: str = "de") -> list[tuple[str, dict]]:
    finder = dates.DateFinder(day_first=True, languages=languages)
    root = tei(f'<p xml:lang="{lang}">{text}</p>')
    run = Run(root.find(f".//{T}p"), False, None)
    return [(run.text[s.start:s.end], dict(s.attrib)) for s in finder(run)]


@pytest.mark.parametrize("text, expected", [
    ("Er siegte bei Tribur 872 und zog weiter.", [("872", {"when": "0872"})]),
    ("Sie heiratete 946 in Verona.", [("946", {"when": "0946"})]),
    ("Der Graf starb 803; sein Sohn folgte.", [("803", {"when": "0803"})]),
    ("Er kam 811 seine Schwester besuchen.", [("811", {"when": "0811"})]),
    ("Er kam mit 300 Reitern.", []),
    ("Sie zählten 400 Reiter.", []),
    ("Dort lagen 250 beschädigte Fässer.", []),
    ("Vgl. S. 412 unten.", []),
    # a number of a list of numbers, a paragraph's number
    ("(Beihefte 104, 126 und 151), Berlin", []),
    ("die Auslegung der §§. 212 und 215 des Vertrags", []),
    ("die Auslegung der §§ 212 u. 215 des Vertrags", []),
])
def test_a_german_bare_year_of_three_digits(text, expected):
    assert _years(text, ("de",)) == expected


def test_a_bare_year_of_three_digits_is_read_so_only_in_a_german_text():
    assert _years("He rode 872 miles in June.", ("en",), "en") == []
    # an English paragraph of an edition that has German too: the pages of a citation
    assert _years("Ibid., pp. 156, 159. See also 261 and more.", ("de", "en"), "en") == []
    assert _years("Vgl. S. 98, 105.", ("de",)) == []


def _decided(text: str, lang: str) -> dict[str, str]:
    from edition.enrich.recognise.recogniser import Recogniser
    from edition.enrich.recognise.words import load_words
    rec = Recogniser(load_words(), {})
    rec.scan(text, at_block_start=True, after_element=False, lang=lang, source="t", in_note=False)
    return rec.decide()


@pytest.mark.parametrize("text, name, noun", [
    ("Nach dem Tod Konrads des Roten zog das Heer ab.", "Konrads des Roten", "Tod Konrads des Roten"),
    ("Später erbte sein Enkel Lothar II. das Land.", "Lothar II.", "Enkel Lothar II."),
])
def test_a_german_noun_before_a_name_is_no_part_of_it(text, name, noun):
    decided = _decided(text, "de")
    assert decided.get(name) == "person" and noun not in decided


def test_a_german_noun_after_a_place_is_no_part_of_it():
    decided = _decided("Man brachte aus Niederschlesien Kupfer nach Danzig.", "de")
    assert "Niederschlesien Kupfer" not in decided


def test_a_german_noun_known_by_its_ending_alone_is_no_name():
    decided = _decided("Er predigte gegen die Heiligenverehrung und die Klosterkirche in Basel.", "de")
    assert "Heiligenverehrung" not in decided and "Klosterkirche" not in decided


def test_a_surname_that_is_a_noun_stays_after_a_given_name():
    from edition.enrich import nouns
    assert nouns.is_frequent_noun("Kupfer", "de", ("en", "fr"), given_name=False)
    assert not nouns.is_frequent_noun("Otto", "de", ("en", "fr"), given_name=True)
    decided = _decided("Darüber schrieb zuletzt Karl Kupfer in seiner Studie.", "de")
    assert "Karl Kupfer" in decided


def test_the_noun_signal_applies_to_german_only():
    decided = _decided("After the death of Konrad the army left; Kupfer Street was quiet.", "en")
    assert "Kupfer Street" in decided


def test_an_article_of_the_text_is_no_particle_of_another_language():
    decided = _decided("Später teilten die Brüder Lothar und Pippin das Erbe.", "de")
    assert "Pippin das Erbe" not in decided


def test_a_given_name_von_a_territory_is_a_ruler_and_his_land():
    decided = _decided("Später verbündete sich Herzog Moritz von Sachsen mit dem Kaiser.", "de")
    assert decided.get("Moritz") == "person" and decided.get("Sachsen") == "place"
    assert "Moritz von Sachsen" not in decided


def test_a_given_name_von_a_town_stays_one_name():
    decided = _decided("Damals lehrte Albert von Köln in Paris.", "de")
    assert decided.get("Albert von Köln") == "person"


def test_a_declined_place_after_u_is_a_place_and_a_declined_surname_is_not():
    decided = _decided("Войско остановилось у Торжка, а гонец ждал у Шереметева.", "ru")
    assert decided.get("Торжка") == "place"
    assert decided.get("Шереметева") != "place"


@pytest.mark.parametrize("text, place", [
    ("Купцы торговали на Сенной площади и у Белого моря.", "Сенной площади"),
    ("Купцы торговали на Сенной площади и у Белого моря.", "Белого моря"),
    ("Отряд стоял у Медвежьего мыса всю зиму.", "Медвежьего мыса"),
])
def test_a_russian_adjective_and_a_noun_of_place_are_one_place(text, place):
    assert _decided(text, "ru").get(place) == "place"


def test_an_english_institution_after_the_article_is_an_organisation():
    decided = _decided("The grant was paid out of the Treasury and approved by the Lords.", "en")
    assert decided.get("Treasury") == "org" and decided.get("Lords") == "org"


def test_the_english_institutions_apply_to_english_only():
    decided = _decided("Er sprach vor dem Senat; die Treasury blieb still.", "de")
    assert decided.get("Treasury") != "org"


def test_a_russian_given_name_opening_a_sentence_stays_with_the_name():
    from edition.enrich.recognise.recogniser import Recogniser
    from edition.enrich.recognise.words import load_words
    rec = Recogniser(load_words(), {})
    rec.scan("Гонец уехал; Мария Шуйская вернулась в столицу.", at_block_start=True, after_element=False,
             lang="ru", source="t", in_note=False)
    assert "Мария Шуйская" in rec.candidates and "Шуйская" not in rec.candidates

# SPDX-License-Identifier: MIT
"""Places of a coast and a journal: the word that opens a place's name stays at the start of a
sentence or a dateline ("Port Famine, 12th August 1828"), the words that end one ("Otway
Water", "Barbara Channel"), a river crossed. The inputs are written for these tests."""
from __future__ import annotations

from conftest import proposed_kinds


def test_the_opening_word_of_a_place_stays_at_a_sentence_start(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">Port Desolacion, 12th August 1828. Fresh breeze from the west.</p>
        <p xml:lang="en">Cape San Telmo was passed at noon, and the boats stood on.</p>""")
    assert kinds.get("Port Desolacion") == "place"
    assert "Desolacion" not in kinds
    assert kinds.get("Cape San Telmo") == "place"


def test_the_word_that_ends_a_place_names_it_over_a_given_name(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">The Ansel Channel joins Brackwater to Otterby Water, and the boats
        crossed the Mendle at dawn.</p>""")
    assert kinds.get("Ansel Channel") == "place"
    assert kinds.get("Otterby Water") == "place"
    assert kinds.get("Mendle") == "place"


def test_russian_places_on_an_island_and_a_harbour_named_by_an_adjective(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="ru">Промыслы на Унгаке вели купцы, и в Никольской гавани стояли их суда.
        Управляющий прибыл на Унгак летом.</p>""")
    assert kinds.get("Унгаке") == "place" or kinds.get("Унгак") == "place"
    assert kinds.get("Никольской гавани") == "place"


def test_a_place_joined_to_its_river_by_a_latin_or_english_word(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">A messuage in Aldby super Derwent was granted to the canons, and a toft
        in Norton juxta Malton to the nuns.</p>""")
    assert kinds.get("Aldby super Derwent") == "place"
    assert kinds.get("Norton juxta Malton") == "place"

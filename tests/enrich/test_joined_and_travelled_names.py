# SPDX-License-Identifier: MIT
"""Names joined with a word said again before each ("rode to Aylesbury and to Thame"): the
later ones take the kind of the clear one, even over a capitalised word's weak sign; an article
said again after a comma opens a clause and joins nothing. A word of going before "to", "from",
"de" or "von" makes a place, in its own language only. The inputs are written for these tests."""
from __future__ import annotations

from conftest import proposed_kinds


def test_a_preposition_said_again_passes_the_place_to_the_next_name(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">After a week at Wendover the steward rode to Aylesbury and to Quainton,
        where the bailiff kept the rolls.</p>""")
    assert kinds.get("Aylesbury") == "place"
    assert kinds.get("Quainton") == "place"


def test_a_word_said_again_passes_a_person_over_a_town_of_the_gazetteer(tmp_path, registers):
    # Hollis is a town of the gazetteer: with "of" said again it is the second correspondent
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">The steward kept the letters of Thomas Cromwell and of Hollis in one
        chest, and sent them on.</p>""")
    assert kinds.get("Thomas Cromwell") == "person"
    assert kinds.get("Hollis") == "person"


def test_an_article_after_a_comma_opens_a_clause_not_a_list(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="de">Im Herbst unterschrieb der König in Berlin das Gesetz, das Kanzleigesetz,
        das Johann von Ahlden entworfen hatte.</p>""")
    assert kinds.get("Johann von Ahlden") == "person"
    assert kinds.get("Kanzleigesetz") != "person"


def test_a_word_of_going_before_to_or_from_makes_a_place(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">In the spring the factor sailed south from Quelipur and made the second
        of his voyages to Wendapatam, where the nayak received him.</p>
        <p xml:lang="fr">Le premier abbé, venu de Sornay, gouverna vingt ans.</p>
        <p xml:lang="de">Der Schreiber floh von Ahlbach, als die Truppen kamen.</p>""")
    assert kinds.get("Quelipur") == "place"
    assert kinds.get("Wendapatam") == "place"
    assert kinds.get("Sornay") == "place"
    assert kinds.get("Ahlbach") == "place"


def test_a_noun_of_going_before_de_is_of_a_person_in_french(tmp_path, registers):
    # "voyages to" makes a place in English; "les voyages de" names the traveller
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="fr">Les voyages de Vernaudier furent publiés après sa mort, et
        Vernaudier lui-même ne les relut jamais.</p>""")
    assert kinds.get("Vernaudier") != "place"


def test_de_before_a_name_and_pour_before_a_common_noun_is_no_route(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="fr">Aux articles de Diderot s'ajoutèrent ceux de Vaumorel pour la musique
        et de Pontchâtel pour la chimie.</p>""")
    assert kinds.get("Vaumorel") != "place"
    assert kinds.get("Pontchâtel") != "place"

# SPDX-License-Identifier: MIT
"""The recogniser's cues of prepositions and epithets: French prepositions of place (and the
given names and surnames that stand after them), epithets after a name in German and French,
and a word of direction before the name of a known place."""
from __future__ import annotations

from conftest import proposed_kinds as _kinds
from edition.enrich.recognise.recogniser import Recogniser
from edition.enrich.recognise.words import load_words


def test_french_prepositions_of_place_open_places(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Le marchand séjourna à Quervallon,
        puis alla vers Trézaguet et resta jusqu'à l'hiver devant Marboulac.</p>""")
    assert kinds.get("Quervallon") == "place"
    assert kinds.get("Trézaguet") == "place"
    assert kinds.get("Marboulac") == "place"


def test_a_given_name_after_a_french_preposition_is_no_place(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Le juriste répondit à Thibaut
        dans une lettre.</p>""")
    assert kinds.get("Thibaut") != "place"


def test_the_surname_of_a_person_named_in_full_stays_a_person_after_a_preposition(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Amédée Quernolet publia son traité
        en 1821. Le jeune avocat écrivit à Quernolet une longue lettre.</p>""")
    assert kinds.get("Amédée Quernolet") == "person"
    assert kinds.get("Quernolet") == "person"


def test_german_and_french_epithets_belong_to_the_name(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Im Jahr 1203 stiftete Konrad der Fromme
        das Kloster, und Heinrich Walderich der Jüngere folgte ihm.</p>
        <p xml:lang="fr">Le comte Raoul sans Terre céda la ville à Hugues le Roux en 1190.</p>""")
    assert kinds.get("Konrad der Fromme") == "person"
    assert kinds.get("Heinrich Walderich der Jüngere") == "person"
    assert kinds.get("Raoul sans Terre") == "person"
    assert kinds.get("Hugues le Roux") == "person"


def test_a_german_article_before_a_noun_is_no_epithet():
    words = load_words()
    rec = Recogniser(words, {})
    rec.scan("Damals schrieb Konrad der Kanzlei einen Brief.", at_block_start=True,
             after_element=False, lang="de", source="x", in_note=False)
    assert "Konrad der Kanzlei" not in rec.candidates  # "Kanzlei" has no adjective's ending


def test_a_word_of_direction_before_a_known_place_names_a_place():
    rec = Recogniser(load_words(), {"Quarnland": "place"})
    assert rec._prefixed_place("Lower Quarnland")
    assert rec._prefixed_place("Haute-Quarnland")
    assert rec._prefixed_place("Oberquarnland")
    assert not rec._prefixed_place("Lower Treswick")  # an unknown place: no sign
    assert not rec._prefixed_place("Oberst")  # the prefix is not followed by a place


def test_an_article_and_a_noun_or_title_before_a_german_name_are_no_part_of_it(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Der Markgraf starb früh. Seine Witwe
        Kunigunde von Orlamünde stiftete ein Kloster. Die Grafen Ekbert und Wiprecht stritten um das
        Erbe.</p>""")
    assert kinds.get("Kunigunde von Orlamünde") == "person"
    assert kinds.get("Ekbert") == "person"
    assert not any(form.startswith(("Witwe", "Grafen", "Seine", "Die")) for form in kinds)


def test_the_surname_before_an_epithet_is_a_form_of_the_person(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Anton Welser der Ältere kaufte 1498 das
        Haus. Im Jahr darauf lieh Welser dem Rat eine große Summe.</p>""")
    assert kinds.get("Anton Welser der Ältere") == "person"
    assert kinds.get("Welser") == "person"


def test_an_epithet_after_a_given_name_that_follows_a_word_of_kinship_or_a_title(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Der Graf starb 1190. Sein Sohn Otto der
        Strenge erbte die Mark, und König Heinrich der Stolze bestätigte ihn.</p>""")
    assert kinds.get("Otto der Strenge") == "person"
    assert kinds.get("Heinrich der Stolze") == "person"

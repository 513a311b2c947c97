# SPDX-License-Identifier: MIT
"""The recogniser's reading of context: prepositions of place and the lists they open, the
later mentions of a person by given name, kinship, patronymics, the author's place in a
citation, initials, possessives inside organisations, the publisher after an imprint's colon."""
from __future__ import annotations

from conftest import proposals_for as _proposals, proposed_kinds as _kinds


def test_a_rare_word_after_a_preposition_of_place_is_a_place(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The drovers rested at Quennack before the ford.</p>
        <p xml:lang="de">Bei Ostrelingen verließ er den Wagen und ging nach Wümmsdorf.</p>""")
    assert kinds.get("Quennack") == "place"
    assert kinds.get("Ostrelingen") == "place" and kinds.get("Wümmsdorf") == "place"


def test_the_preposition_stands_for_each_name_of_the_list_it_opens(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Er predigte in Kalwitz und Brodenau.</p>
        <p>They camped at Tressilly, and Pendarves thanked them.</p>""")
    assert kinds.get("Kalwitz") == "place" and kinds.get("Brodenau") == "place"
    assert kinds.get("Pendarves") != "place"  # ", and" opens a clause, not a list


def test_a_given_name_alone_is_the_person_named_in_full_with_it(tmp_path, registers):
    proposals = _proposals(tmp_path, registers, """<p>Letters of Jeremiah Pollexfen to the
        vestry survive. Jeremiah wrote of the harvest.</p>""")
    person = next(p for p in proposals if "Jeremiah Pollexfen" in p.variants)
    assert person.kind == "person" and "Jeremiah" in person.variants
    assert not any(p.variants == ["Jeremiah"] for p in proposals)


def test_a_given_name_two_persons_share_stays_apart(tmp_path, registers):
    proposals = _proposals(tmp_path, registers, """<p>Jeremiah Pollexfen and Jeremiah Tresidder
        argued. Later Jeremiah wrote of the harvest.</p>""")
    assert all("Jeremiah" not in p.variants or p.variants == ["Jeremiah"] for p in proposals)


def test_kinship_before_a_given_name_and_patronymics(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>He wrote to his daughter Harriet from the farm.</p>
        <p xml:lang="fr">Leur fille Clémence resta au logis.</p>
        <p xml:lang="ru">Весной Пётр Ильич Карамзов уехал, а Мария Степановна осталась.</p>""")
    assert kinds.get("Harriet") == "person" and kinds.get("Clémence") == "person"
    assert kinds.get("Пётр Ильич Карамзов") == "person"
    assert kinds.get("Мария Степановна") == "person"


def test_the_authors_place_in_a_citation(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="1">Trevithick, <title>Mining in the
        West</title>, p. 4; see also Polwhele, ‘Tin Streams’, <title>Annals</title> 3 (1911), 9.
        </note></p>""")
    assert kinds.get("Trevithick") == "person" and kinds.get("Polwhele") == "person"


def test_initials_before_words_that_are_never_names(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="1">See I. R. Penhallow, <title>Ores</title>,
        p. 2, and D. May, <title>Lodes</title>, p. 7.</note></p>""")
    assert kinds.get("I. R. Penhallow") == "person"
    assert kinds.get("D. May") == "person"


def test_a_common_nouns_possessive_inside_an_organisation(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The case went to the Court of Queen's Bench, and the
        People's Commissariat of Public Works protested. They read of Nero's Tribunal.</p>""")
    assert kinds.get("Court of Queen's Bench") == "org"
    assert kinds.get("People's Commissariat of Public Works") == "org"
    assert "Nero's Tribunal" not in kinds


def test_after_an_imprints_colon_a_publisher_though_a_town_bears_its_name(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="1">R. Penrose, <title>Tin</title>
        (Boston: Methuen, 1911), p. 3.</note></p>""")
    assert kinds.get("Methuen") == "org"


def test_a_preposition_that_also_governs_persons_makes_no_place_of_an_unknown_name(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Il écrivit souvent à Kerbrassec, et
        Kerbrassec lui répondit en ami; Tréhouart passa sa jeunesse à Quimper.</p>""")
    assert kinds.get("Kerbrassec") == "person"
    assert kinds.get("Quimper") == "place"


def test_a_capital_particle_inside_a_sentence_opens_a_surname(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">La revue réunit Lemarrec, Du Quelennec,
        Tanguy et Des Fontenelles autour de son fondateur.</p>""")
    assert kinds.get("Du Quelennec") == "person"
    assert kinds.get("Des Fontenelles") == "person"
    assert "Quelennec" not in kinds


def test_a_preposition_said_again_makes_one_list(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Les lois de Suisse, de Valachie et
        d'Estrémadure furent comparées.</p>""")
    assert kinds.get("Valachie") == "place" and kinds.get("Estrémadure") == "place"


def test_initials_a_periodicals_volume_and_a_decisive_sign(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="1">See G. Pollard, <title>Tin</title>;
        J. M. Penhaligon, <title>Ores</title>, 1980; Cornubia 4 [1851] 212.</note>
        <note n="2">Boston, supra note 1, at 4; cf. Boston, supra note 1, at 9.</note></p>""")
    assert kinds.get("J. M. Penhaligon") == "person" and "M. Penhaligon" not in kinds
    assert "Cornubia" not in kinds
    assert kinds.get("Boston") == "person"  # the author of a work cited before, though a city


def test_a_person_of_a_territory_is_a_person_and_a_place(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Damals empörte sich Konrad von Schwaben
        gegen den König, und die Heere zogen bis an die Weichsel.</p>""")
    assert kinds.get("Konrad") == "person" and kinds.get("Schwaben") == "place"
    assert "Konrad von Schwaben" not in kinds


def test_an_article_the_gazetteer_knows_as_part_of_a_place_stays_with_it(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Le roi voulut investir La Rochelle, puis
        il gagna Le Havre par la mer.</p>""")
    assert kinds.get("La Rochelle") == "place" and kinds.get("Le Havre") == "place"
    assert "Rochelle" not in kinds and "Havre" not in kinds


def test_a_region_named_by_a_frequent_word_is_a_place_but_a_word_of_direction_is_not(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Cases from Wales went to the council, and the
        drovers of the West brought their cattle.</p>""")
    assert kinds.get("Wales") == "place"
    assert "West" not in kinds


def test_nouns_of_a_german_quotation_in_a_french_paragraph_are_no_names(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">Pour Kerhervé, le droit est «nicht
        Willkür, sondern stille Überlieferung und lange Gewöhnung», écrit-il.</p>""")
    assert kinds.get("Kerhervé") == "person"
    assert "Überlieferung" not in kinds and "Gewöhnung" not in kinds


def test_the_addressee_of_a_letter_cited_with_its_date_is_a_person(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="1" xml:lang="fr">Kerhervé à Tregaron,
        12/03/1828, in: Lettres 41.</note><note n="2">Penhallow to Trevaskis, 3 May 1816.</note>
        <note n="3" xml:lang="fr">A Tregaron, 05/01/1829.</note></p>""")
    assert kinds.get("Tregaron") == "person" and kinds.get("Trevaskis") == "person"
    assert kinds.get("Kerhervé") == "person" and kinds.get("Penhallow") == "person"


def test_a_small_town_of_the_gazetteer_alone_is_a_weak_sign_of_a_place(tmp_path, registers):
    # Laboulaye is a town of some 20,000 in Argentina and a French jurist's name
    kinds = _kinds(tmp_path, registers, """<p xml:lang="fr">La revue fut fondée par Laboulaye, et
        Laboulaye écrivit souvent à Warnkoenig.</p>""")
    assert kinds.get("Laboulaye") != "place"


def test_the_author_of_a_short_citation_with_a_reference_to_an_earlier_note(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>Text.<note n="4" xml:lang="de">Vgl. Bauer, Repertorium
        (wie Fn. 1) Bd. 2, 6.</note><note n="5" xml:lang="fr">Cité par Penhoët, Lettres (n. 2) 894.</note></p>""")
    assert kinds.get("Bauer") == "person" and kinds.get("Penhoët") == "person"

# SPDX-License-Identifier: MIT
"""Rulers named with their land ("Ruprecht III. von der Pfalz": a person and a place), lords
named by their titles, patronymics and callings. The inputs are written for these tests."""
from __future__ import annotations

from conftest import proposals_for, proposed_kinds


def test_given_names_a_number_and_a_land_are_a_ruler_and_his_land(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="de">Im Sommer zog Ludwig IV. von Bayern gegen die Stadt, während Karl Gustav
        von Schweden an der Küste stand und Ruprecht III. von der Pfalz in Heidelberg blieb.
        Später schrieb Erasmus von Rotterdam darüber.</p>""")
    assert kinds.get("Ludwig IV.") == "person"
    assert kinds.get("Bayern") == "place"
    assert kinds.get("Karl Gustav") == "person"
    assert kinds.get("Schweden") == "place"
    assert kinds.get("Ruprecht III.") == "person"
    assert kinds.get("Pfalz") == "place"
    # a town after the particle is a byname
    assert kinds.get("Erasmus von Rotterdam") == "person"


def test_a_surname_no_dictionary_has_joins_a_particle_after_a_given_name_in_german(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="de">Im Frühjahr führte Johann Ostrzesk von Velburg das Heer über den Fluss,
        und der Zyklus von Belagerung und Entsatz begann von neuem.</p>""")
    assert kinds.get("Johann Ostrzesk von Velburg") == "person"
    assert "Ostrzesk" not in kinds and "Johann Ostrzesk" not in kinds


def test_a_title_inside_a_run_opens_a_second_name(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">The new book was read at Kelross Bishop Andrew Moncur's desk, and at
        Dunvane by Dean Robert Aird, while P. G. M. Dickson looked on.</p>
        <p xml:lang="de">Seine Frau Anna Reinholt blieb in der Stadt.</p>""")
    assert kinds.get("Kelross") == "place"
    assert kinds.get("Andrew Moncur") == "person"
    assert kinds.get("Robert Aird") == "person"
    assert "Dean Robert Aird" not in kinds
    assert kinds.get("P. G. M. Dickson") == "person"
    assert "Seine" not in kinds


def test_a_given_name_alone_inside_a_sentence_is_a_person_a_place_adjective_is_not(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">The toft was granted to Adam the clerk and to his brother, and the
        witnesses were many. Roman law was read at the schools, and Mexican silver paid for it.</p>""")
    assert kinds.get("Adam") == "person"
    assert "Roman" not in kinds
    assert "Mexican" not in kinds


def test_a_surname_written_only_after_an_elided_particle_keeps_it(tmp_path, registers):
    proposals = proposals_for(tmp_path, registers, """
        <p xml:lang="fr">Le libraire confia l'ouvrage à Denis Vautrin et à Jean Le Rond
        d'Aubrecourt. D'Aubrecourt écrivit la préface, et d'Aubrecourt quitta l'entreprise plus tard.
        On lisait alors la Politique d'Aristote.</p>""")
    forms = {form: p for p in proposals for form in p.variants}
    assert forms["d'Aubrecourt"].kind == "person"
    assert forms["D'Aubrecourt"] is forms["d'Aubrecourt"]  # one person, two forms
    assert "Aubrecourt" not in forms
    assert "d'Aristote" not in forms


def test_a_title_after_a_title_is_a_surname_but_not_in_an_office(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="en">The boats of Captain Bishop came in at noon, and Captain Bishop dined
        with the Chief Justice of the Common Pleas.</p>""")
    assert kinds.get("Bishop") == "person"
    assert "Justice" not in kinds

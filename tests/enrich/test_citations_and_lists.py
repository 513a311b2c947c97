# SPDX-License-Identifier: MIT
"""Citations in the German and French manner ("Author, Title, in: Journal 12 (1950)", "…, hg.
von Editors, Köln 1980, 11–20") and lists whose members are mostly of one kind."""
from __future__ import annotations

from lxml import etree

from conftest import context, tagged, tei
from edition.enrich import dates, names
from edition.enrich.propose import write_proposals
from edition.enrich.recognise.recogniser import Recogniser
from edition.enrich.recognise.words import load_words


def _recogniser(texts: list[str], lang: str, in_note: bool) -> Recogniser:
    rec = Recogniser(load_words(), {})
    for text in texts:
        rec.scan(text, at_block_start=True, after_element=False, lang=lang, source="t", in_note=in_note)
    return rec


CITATION = ("Klaus Wendel, Die Zunftordnungen in Regensburg, in: Zeitschrift für bayerische "
            "Landesgeschichte 12 (1950) 3–9; vgl. auch Hans Ort, Handwerk, in: Städte in Franken "
            "1500–1600, hg. von Eva Lind, Otto Brem, Anna Kolb, Köln 1980, 11–20.")


def test_places_inside_the_titles_of_an_article_and_of_its_book_are_no_mentions():
    rec = _recogniser([CITATION], "de", in_note=True)
    decided = rec.decide()
    assert "Regensburg" not in decided and "Franken" not in decided
    assert "Die Zunftordnungen in Regensburg" in rec.phrases["Regensburg"]
    # the years before the editors end the book's title
    assert "Städte in Franken 1500–1600" in rec.phrases["Franken"]


def test_authors_and_editors_of_a_german_citation_are_persons_and_its_place_a_place():
    decided = _recogniser([CITATION], "de", in_note=True).decide()
    for person in ("Klaus Wendel", "Hans Ort", "Eva Lind", "Otto Brem", "Anna Kolb"):
        assert decided.get(person) == "person", person
    assert decided.get("Köln") == "place"  # after the editors: the place of the imprint


def test_the_container_mark_is_not_read_in_the_text():
    # outside a note the same words are prose: the name after "in" is read as usual
    decided = _recogniser(["Damals reiste Klaus Wendel, der Zunftmeister, in: Regensburg an."], "de",
                          in_note=False).decide()
    assert decided.get("Regensburg") == "place"


def test_a_list_mostly_of_persons_makes_a_small_town_of_the_gazetteer_a_surname():
    decided = _recogniser(["Le doyen écrivit à M. Vaubrun une lettre. Parmi ses élèves, on comptait "
                           "Vaubrun, Terlier, Mauclair, Pamiers qui voyagèrent."], "fr", in_note=False).decide()
    assert decided.get("Pamiers") == "person"


def test_a_list_of_places_keeps_its_towns():
    decided = _recogniser(["Les marchands passèrent par Toulouse, Pamiers, Foix et Tarbes."], "fr",
                          in_note=False).decide()
    assert decided.get("Pamiers") == "place"


def _convert_twice(tmp_path, registers, body: str):
    """Tag a text with the registers, propose, and tag the same text again with the proposals."""
    first = tei(body)
    names.run(first, context(registers))
    dates.run(first, context(registers))
    path = tmp_path / "first.xml"
    path.write_bytes(etree.tostring(first))
    proposed = tmp_path / "proposed"
    write_proposals([path], registers, proposed)
    second = tei(body)
    names.run(second, context(proposed))
    return tagged(second, "placeName"), proposed


def test_a_registered_name_inside_a_cited_title_with_a_date_is_no_mention(tmp_path, registers):
    # the title holds a date, which the dates pass tags, and a place the registers have
    body = ("<p>Moscow grew.<note n=\"1\">Ann Poe, Trade and Credit in Eighteenth-Century Moscow 65 "
            "(1989); Moscow is named again here.</note></p>")
    places, proposed = _convert_twice(tmp_path, registers, body)
    assert [name for name, _ in places] == ["Moscow", "Moscow"]  # the text's and the note's second
    listed = (proposed / "places.xml").read_text(encoding="utf-8")
    assert "Trade and Credit in Eighteenth-Century Moscow" in listed
    assert "\u2017" not in listed  # no gap of the recogniser's reading leaks into the phrase


def test_an_author_before_a_title_closed_by_its_imprint_is_a_person():
    # each surname opens a reference whose title runs, with
    # commas of its own, to the place and year of its imprint
    note = ("Dufort, Histoire du droit coutumier, tome premier, Toulouse 1842; Marcy, Leçons sur "
            "les fiefs, suivies d'un mémoire, Lyon, Grenoble 1839. Voir aussi Bertaud, Essai, Paris 1850.")
    decided = _recogniser([note], "fr", in_note=True).decide()
    assert decided.get("Dufort") == "person"
    assert decided.get("Marcy") == "person"
    assert decided.get("Bertaud") == "person"
    assert decided.get("Toulouse") == "place"


def test_a_name_with_its_own_preposition_of_place_does_not_share_the_one_before():
    decided = _recogniser(["Les travaux en province: Dufort en Provence, Vailhac en Auvergne, "
                           "Lorrin en Savoie."], "fr", in_note=False).decide()
    assert decided.get("Vailhac") != "place" and decided.get("Lorrin") != "place"
    assert decided.get("Provence") == "place" and decided.get("Savoie") == "place"
    # a list after one preposition keeps sharing it
    decided = _recogniser(["Ils voyagèrent en Provence, Auvergne et Savoie."], "fr", in_note=False).decide()
    assert decided.get("Auvergne") == "place"


def test_a_name_joined_by_a_particle_of_another_language_after_an_article_is_a_place():
    decided = _recogniser(["The smugglers hid their casks in the Trou des Gaulois, below "
                           "La Pointe du Hérou, and sold them to Jehan de Morville."], "en", in_note=False).decide()
    assert decided.get("Trou des Gaulois") == "place"
    assert decided.get("La Pointe du Hérou") == "place"
    # a person's name takes no article
    assert decided.get("Jehan de Morville") != "place"


def test_a_saints_name_in_the_possessive_without_its_noun_is_his_parish():
    decided = _recogniser(["They buried him at St. Anselm's, and in St. Brioc's there is a well. "
                           "St. Anselm's letters were read aloud."], "en", in_note=False).decide()
    assert decided.get("St. Anselm's") == "place"
    assert decided.get("St. Brioc's") == "place"
    # before its noun the possessive is the saint's: the name is written without "'s"
    assert "St. Anselm's letters" not in decided and decided.get("St. Anselm") == "person"


def test_an_editors_gloss_with_a_pronoun_in_brackets_makes_a_person():
    decided = _recogniser(["Please ask Wendling [his landlord] what the rooms cost, and tell "
                           "Mauthner (her cousin) that I am well."], "en", in_note=False).decide()
    assert decided.get("Wendling") == "person"
    assert decided.get("Mauthner") == "person"

# SPDX-License-Identifier: MIT
"""Names and dates of medieval and early-modern texts: eras and short years, ranges within
months, rulers' numbers, name prefixes and titles after a name, places after an article."""
from __future__ import annotations

import re

import pytest
from lxml import etree

from conftest import context, tagged, tei
from edition.enrich import dates, names
from edition.enrich.propose import propose


def dated(body: str, tmp_path) -> list[tuple[str, str]]:
    root = tei(body if body.startswith("<") else f"<p>{body}</p>")
    dates.run(root, context(tmp_path))
    return tagged(root, "date")


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("text, expected", [
    # an era before the year of a full date
    ("crowned on the 3rd of March, A.D. 1066, at", [("3rd of March, A.D. 1066", "when=1066-03-03")]),
    ("on 12 June, A.D. 1215 the barons", [("12 June, A.D. 1215", "when=1215-06-12")]),
    # a year of three digits after a word that opens a date
    ("the see was founded c. 640, and the", [("c. 640", "cert=medium when=0640")]),
    ("built about 815 and burnt", [("about 815", "cert=medium when=0815")]),
    ("the Arabs crossed in 711, and", [("711", "when=0711")]),
    ("gegründet um 950 und", [("um 950", "cert=medium when=0950")]),
    ("крещение в 988 году", [("988 году", "when=0988")]),
    # between two months: a date within them; from one to the other: a span over them
    ("written between March and May 1640.", [("March and May 1640", "notAfter=1640-05 notBefore=1640-03")]),
    ("from March to May 1640.", [("March to May 1640", "from=1640-03 to=1640-05")]),
    # a unit word that is a preposition before a name
    ("bâtie en 1204 sous Philippe Auguste", [("1204", "when=1204")]),
])
def test_older_calendar_expressions(text, expected, tmp_path):
    assert dated(text, tmp_path) == expected


@pytest.mark.parametrize("text", [
    "about 800 men were slain",     # a counted thing after the number
    "in 870 the count",             # a lower-case word after a bare three-digit number
    "pp. 640, 641",                 # pages
    "c. 64, and",                   # two digits are never a year
    "a rent of 1204 sous de rente",  # a coin after the number, a lower-case word after the coin
])
def test_what_is_no_short_year(text, tmp_path):
    assert dated(text, tmp_path) == []


def test_a_unit_word_before_a_tagged_name_is_a_preposition(tmp_path):
    body = "<p>bâtie vers 1204 sous <persName ref='#p'>Philippe Auguste</persName>.</p>"
    assert dated(body, tmp_path) == [("vers 1204", "cert=medium when=1204")]


def test_the_triggers_only_spare_work():
    """Every rule runs where its trigger occurs; with triggers that always match the finder
    finds the same dates."""
    finder = dates.DateFinder(day_first=True)
    texts = ["On the 29th of December, A.D. 1170, four knights", "about 529, and there",
             "the eleventh and twelfth centuries", "in the 1680s", "13.10.1922", "Midsummer Eve, 1851",
             "early in 1923", "im Frühjahr 1525", "Зимой 1812 года", "in December of that year",
             "44 B.C.", "1022-62", "au XVIIe siècle", "les années 1920", "12.März 1924", "mid-1922",
             "Christmas Day 1837", "в XVIII веке", "no date here"]

    def found(text):
        return [(f.start, f.end, f.attrs) for f in finder._candidates(text)]
    with_triggers = [found(t) for t in texts]
    assert all(with_triggers[:-1])
    always = {name: re.compile("") for name in finder.p.triggers}
    finder.p = dates.Patterns(**{**finder.p.__dict__, "triggers": always, "trigger_words": {}})
    assert [found(t) for t in texts] == with_triggers
    assert {need for _, _, need in finder.p.rules} <= set(always)


# ------------------------------------------------------------------ names

def _proposals(tmp_path, registers, body: str):
    root = tei(body)
    names.run(root, context(registers))
    path = tmp_path / "older.xml"
    path.write_bytes(etree.tostring(root))
    return propose([path], registers)


def _kinds(tmp_path, registers, body: str) -> dict[str, str]:
    return {form: p.kind for p in _proposals(tmp_path, registers, body) for form in p.variants}


def test_name_prefixes_and_titles_after_a_name(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The caliph Abd al-Malik ibn Marwan built the
        dome, and his general Ibrahim Pasha, who took the fortress, sailed home.</p>""")
    assert kinds.get("Abd al-Malik ibn Marwan") == "person"
    assert "Abd" not in kinds
    assert kinds.get("Ibrahim") == "person" and "Ibrahim Pasha" not in kinds


def test_a_weak_particle_after_a_given_name_joins_a_double_surname(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, "<p>Later Gonzalo Fernández de Córdoba fought there.</p>")
    assert kinds.get("Gonzalo Fernández de Córdoba") == "person"


def test_an_elided_particle_joins_a_surname_as_written(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>See Alexander Passerin d'Entrèves, Natural Law (1951);
        Jeanne Marie d’Arbouville, Poems (1840); and Pierre Bayle d'Amsterdam, Letters (1700).</p>""")
    # the names as the text writes them, no space after the apostrophe
    assert kinds.get("Alexander Passerin d'Entrèves") == "person"
    assert kinds.get("Jeanne Marie d’Arbouville") == "person"
    # a known place after the particle is where the person is from, not a surname
    assert "Pierre Bayle d'Amsterdam" not in kinds and kinds.get("Amsterdam") == "place"


def test_a_title_of_office_with_a_particle_names_a_place(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p xml:lang="de">Der Gesandte kam für den Herzog
        von Mantua. Herr v. Beckmann schrieb es auf.</p>""")
    assert kinds.get("Mantua") == "place" and "von Mantua" not in kinds
    assert kinds.get("v. Beckmann") == "person"


def test_rulers_numbers_end_a_sentence_or_keep_a_german_full_stop(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The treaty was signed under Henry V. After that
        the war went on.</p><p xml:lang="de">Dann dankte Kaiser Karl V. ab.</p>""")
    assert kinds.get("Henry V") == "person" and not any("After" in k for k in kinds)
    assert kinds.get("Karl V.") == "person"


def test_a_ruler_named_by_the_given_name_alone(tmp_path, registers):
    proposals = _proposals(tmp_path, registers, """<p>Pope Gregory VII deposed the king.
        Later Gregory fled south.</p>""")
    forms = next(p.variants for p in proposals if "Gregory VII" in p.variants)
    assert "Gregory" in forms


def test_places_after_a_preposition_and_an_article(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>They camped beside the Medway for a week.</p>
        <p xml:lang="fr">Le roi arriva au Louvre et le duc de La Trémoille parla.</p>""")
    assert kinds.get("Medway") == "place"
    assert kinds.get("Louvre") == "place"
    assert kinds.get("Trémoille") != "place"


def test_a_possessive_that_opens_a_company_and_a_country_before_a_person(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The Baffin's Bay Company traded furs.</p>
        <p xml:lang="de">Die Verträge für Spanien Gaspar de Bracamonte unterzeichnete.</p>""")
    assert kinds.get("Baffin's Bay Company") == "org" and "Bay Company" not in kinds
    assert kinds.get("Spanien") == "place"
    assert "Spanien Gaspar de Bracamonte" not in kinds


def test_lists_pass_their_kind_to_their_unclear_members(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>They rode by Glasgow and Kilbarchan to the
        coast. Ships came from Norway and from Halogaland every year.</p>""")
    assert kinds.get("Kilbarchan") == "place"
    assert kinds.get("Halogaland") == "place"


def test_a_russian_adjective_before_a_lower_case_head_names_an_organisation(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, '<p xml:lang="ru">Потом Казанский университет открылся.</p>')
    assert kinds.get("Казанский университет") == "org"


def test_a_given_name_and_its_epithet_and_a_possessive_land(tmp_path, registers):
    kinds = _kinds(tmp_path, registers, """<p>The chronicle says that Louis the Pious divided the
        realm. Trappers went up into Van Diemen's Land, and the Book of Kells was shown.</p>""")
    assert kinds.get("Louis the Pious") == "person" and "Pious" not in kinds
    assert kinds.get("Van Diemen's Land") == "place"
    assert "Book the" not in kinds and not any(k.endswith("the Book") for k in kinds)

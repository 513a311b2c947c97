# SPDX-License-Identifier: MIT
"""Citations of real scholarship: titles and journals of cited articles, authors before
"supra", initials as written, a capital D' of a surname, publishers in brackets; dates of
journals in citations, French centuries without their word, German page references."""
from __future__ import annotations

import pytest

from conftest import T, context, tagged, tei
from edition.enrich import dates
from edition.enrich.recognise.lexicon import single_roman_ordinal
from edition.enrich.recognise.recogniser import Recogniser
from edition.enrich.recognise.words import load_words
from edition.enrich.textnodes import Run


def _recogniser(texts: list[str], lang: str = "en", in_note: bool = True) -> Recogniser:
    rec = Recogniser(load_words(), {})
    for text in texts:
        rec.scan(text, at_block_start=True, after_element=False, lang=lang, source="t", in_note=in_note)
    return rec


def _decided(texts: list[str], lang: str = "en", in_note: bool = True) -> dict[str, str]:
    return _recogniser(texts, lang, in_note).decide()


def test_names_inside_the_title_and_journal_of_a_cited_article_are_no_mentions():
    rec = _recogniser(["See Jane Roe, Hobbes and the Common Lawyers, 12 Mich. L. Rev. 101, 104 (1950); "
                       "Hobbes wrote on."])
    decided = rec.decide()
    assert decided.get("Jane Roe") == "person"
    assert "Mich" not in decided and "Common Lawyers" not in decided
    # the name is proposed from the sentence after, and the title is kept as a phrase that
    # names something else
    assert "Hobbes and the Common Lawyers" in rec.phrases["Hobbes"]


def test_a_year_serving_as_a_volume_and_a_suffix_before_the_title():
    rec = _recogniser(["A. B. Smith, Jr., Locke on Property, 1961 Camb. L.J. 33, 35."])
    titles = [rec._full[a:b] for a, b in rec._article_titles(rec._full)]
    assert titles == ["Locke on Property", "Camb. L.J."]


def test_a_case_name_is_no_article_title():
    rec = _recogniser(["See Smith v. Jones, 12 U.S. 34 (1810)."])
    assert rec._article_titles(rec._full) == []


@pytest.mark.parametrize("text, name", [
    ("Ibid.; Winchester, supra note 12, at 40.", "Winchester"),
    ("See Durham, supra, at 3.", "Durham"),
])
def test_a_name_before_supra_is_an_author_even_when_a_place_bears_it(text, name):
    assert _decided([text]).get(name) == "person"


def test_initials_are_proposed_as_the_text_writes_them():
    decided = _decided(["The view of E.P. Thompson was that"], in_note=False)
    assert decided.get("E.P. Thompson") == "person"
    decided = _decided(["hg. von J.-B. Duroselle und P. Renouvin, Paris 1960."], lang="de")
    assert decided.get("J.-B. Duroselle") == "person"


def test_a_chain_of_initials_runs_on_to_a_surname_that_is_a_word_of_another_language():
    # "hart" is a common German word; in an English text it is a surname after three initials
    assert _decided(["Later W.H.R. Hart has argued that"], in_note=False).get("W.H.R. Hart") == "person"


def test_a_capital_d_apostrophe_opens_a_surname_but_not_a_place():
    decided = _decided(["Les réformes: Turgot, D'Argenson, Necker entre autres."], lang="fr")
    assert decided.get("D'Argenson") == "person"
    # "D'Italie" in a title or at the head of a sentence: a preposition and a place
    decided = _decided(["Les lettres: D'Italie il écrivit souvent."], lang="fr")
    assert "D'Italie" not in decided


def test_a_month_before_a_given_name_is_the_given_name():
    decided = _decided(["Die Briefe von August Wilhelm Schlegel zeigen das."], lang="de", in_note=False)
    assert decided.get("August Wilhelm Schlegel") == "person"
    assert "Juli Mannheim" not in _decided(["Er erreichte am 3. Juli Mannheim, wo er blieb."], lang="de")


def test_the_old_prints_equals_sign_joins_one_word():
    decided = _decided(["Er las Friedrich Nicolais Reise=Beschreibung gern."], lang="de", in_note=False)
    assert not any("Reise" in n for n in decided)


def test_publishers_in_brackets_without_et_al_and_with_their_legal_form():
    decided = _decided(["Locke, *Essays* 12 (Oxford, John Churchill et al. 1690); "
                        "Hume, *History* 80 (Liberty Press, Inc. 1983); Smith (Henry Holt & Sons 1920)."])
    assert decided.get("John Churchill") == "org" and "John Churchill et al." not in decided
    assert decided.get("Liberty Press, Inc.") == "org"


def test_a_firm_named_after_its_owner_with_sons():
    assert _decided(["printed for Charles Scribner's Sons in that year."]).get("Charles Scribner's Sons") == "org"


def test_a_possessive_name_after_that_is_no_common_noun():
    decided = _decided(["His article explains that Hobbes's is a theory of fear, and Hobbes saw it."],
                       in_note=False)
    assert decided.get("Hobbes") == "person"


@pytest.mark.parametrize("word, expected", [("XVIième", True), ("XIIe", True), ("IIIrd", True),
                                            ("Ivo", False), ("Xavier", False)])
def test_a_roman_ordinal_is_no_name(word, expected):
    assert single_roman_ordinal(word) is expected


def _dated(body: str) -> list[tuple[str, str]]:
    root = tei(f"<p>{body}</p>")
    dates.run(root, context(None))
    return tagged(root, "date")


def test_years_of_journals_in_citations_are_imprints():
    assert _dated('Text.<note n="1">J. Roe, Hobbes, 1961 Camb. L.J. 33, 35; P. Roux, <title>Le fief</title>, '
                  'in: RHD (1987) 12–30; Locke (Oxford, John Churchill et al. 1690).</note> In 1700 it was read.') == [
        ("1961", "type=imprint when=1961"), ("1987", "type=imprint when=1987"),
        ("1690", "type=imprint when=1690"), ("1700", "when=1700")]


def _found(text: str, lang: str) -> list[tuple[str, dict]]:
    finder = dates.DateFinder(day_first=True, languages=(lang,))
    root = tei(f'<p xml:lang="{lang}">{text}</p>')
    run = Run(root.find(f".//{T}p"), False, None)
    return [(run.text[s.start:s.end], dict(s.attrib)) for s in finder(run)]


def test_a_french_century_without_its_word():
    assert _found("On le lisait au XVIIe comme au XIIIe.", "fr") == [
        ("XVIIe", {"notBefore": "1600", "notAfter": "1699"}), ("XIIIe", {"notBefore": "1200", "notAfter": "1299"})]
    # a Roman ordinal before a noun is no century
    assert _found("Il habitait le XVIe arrondissement.", "fr") == []


def test_german_page_references_are_no_years():
    assert _found("Vgl. ebd. 412 f. und Sp. 318.", "de") == []
    assert _found("Er siegte bei Tribur 872 und zog weiter.", "de") == [("872", {"when": "0872"})]


def test_a_name_inside_an_article_title_is_kept_as_a_phrase_word_by_word():
    rec = _recogniser(["See Ann Poe, Revisiting Hobbes, 40 Yale L.J. 5, 7 (1931)."])
    assert "Revisiting Hobbes" in rec.phrases["Hobbes"]


def test_a_german_noun_of_territory_before_a_name_makes_it_a_place():
    decided = _decided(["Er beerbte die Reichsgrafschaften Hohenwald-Ost nicht."], lang="de", in_note=False)
    assert decided.get("Hohenwald-Ost") == "place"


def test_a_german_compound_noun_after_a_preposition_is_no_place():
    decided = _decided(["Es ging um die Auslegung zweier Artikel aus dem Grenzfriedensvertrag. Die Stände "
                        "stritten."], lang="de", in_note=False)
    assert "Grenzfriedensvertrag" not in decided
    # a word of direction before a region: a place, though the region's name is a frequent word
    decided = _decided(["Der Aufstand griff aus Niederbayern über."], lang="de", in_note=False)
    assert decided.get("Niederbayern") == "place"

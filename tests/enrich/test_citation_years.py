# SPDX-License-Identifier: MIT
"""Citations in notes. Their pages are not years: a list of pages after a locator ("at", "id.")
or after a reference to an earlier note ("(n. 4)", "(wie Fn. 3)"); the same numbers in prose, or
a year after a volume, stay dates. Their years are imprints after a place of several words or
after the words that say a work appeared ("publiée en 1907")."""
from __future__ import annotations

import pytest

from conftest import context, tagged, tei
from edition.enrich import dates


def dated_in_note(note: str, tmp_path, lang: str = "en") -> list[tuple[str, str]]:
    root = tei(f'<p xml:lang="{lang}">The case.<note n="3">{note}</note></p>')
    dates.run(root, context(tmp_path))
    return tagged(root, "date")


@pytest.mark.parametrize("note, lang", [
    ("Hale, supra note 7, at 1412-17, 1433, 1450.", "en"),
    ("Hale, supra note 7, at 1412; see also id. 1433.", "en"),
    ("Pollock, History (n. 4) 1215 and 1290.", "en"),
    ("Dupin, Mémoires (n. 9) 1104 et 1188.", "fr"),
    ("Eichhorn, Briefe (wie Fn. 3) 1350 u. 1372.", "de"),
    # pages glossed by the explanatory brackets of legal citations
    ("Hale, supra note 7, at 1412 (noting that the rule held), 1433 (quoting the charter).", "en"),
])
def test_a_list_of_pages_in_a_citation_is_no_year(note, lang, tmp_path):
    assert dated_in_note(note, tmp_path, lang) == []


@pytest.mark.parametrize("note, lang, expected", [
    # a year after the locator's pages, in its own clause, stays a year
    ("Hale, supra note 7, at 14. He wrote it in 1688.", "en", [("1688", "when=1688")]),
    # a volume number and its year are no list of pages
    ("Pollock, History (n. 4) vol. 2, 1887.", "en", [("1887", "when=1887")]),
    # a year before an explanatory bracket, not in a list of pages, stays a year
    ("Fitzherbert wrote the tract in 1534 (citing Littleton).", "en", [("1534", "when=1534")]),
])
def test_years_beside_citations_stay(note, lang, expected, tmp_path):
    assert dated_in_note(note, tmp_path, lang) == expected


def test_the_same_numbers_in_prose_are_years(tmp_path):
    root = tei('<p xml:lang="en">The bridge was built at 1412 and rebuilt in 1433.</p>')
    dates.run(root, context(tmp_path))
    assert [t for t, _ in tagged(root, "date")] == ["1412", "1433"]


@pytest.mark.parametrize("note, lang, year", [
    # a place of several words closing a citation
    ("Briefe an Welcker, hg. von Anna Roth, Freiburg im Breisgau 1987; und", "de", "1987"),
    ("Letters, ed. J. Roe, New York 1931.", "en", "1931"),
    # the words that say a work appeared, joined to its year by a small word
    ("Publiée en 1907 dans la Revue des deux mondes, 12.", "fr", "1907"),
    ("Zuerst erschienen im Jahre 1911 bei Cotta.", "de", "1911"),
    ("Published in 1913 by the author.", "en", "1913"),
])
def test_years_of_citations_are_imprints(note, lang, year, tmp_path):
    assert dated_in_note(note, tmp_path, lang) == [(year, f"type=imprint when={year}")]


def test_the_years_of_the_volumes_of_one_imprint_are_imprints(tmp_path):
    assert dated_in_note("Lettres, t. I–II, Paris, Chez Renouard, 1821. 1822. 8°.", tmp_path, "fr") == [
        ("1821", "type=imprint when=1821"), ("1822", "type=imprint when=1822")]
    # a year of the history after a cited one, in another clause, stays one
    assert dated_in_note("Letters, London 1931. The author died in 1940.", tmp_path) == [
        ("1931", "type=imprint when=1931"), ("1940", "when=1940")]


def test_a_year_after_a_place_in_prose_is_history(tmp_path):
    root = tei('<p xml:lang="en">He left for New York 1931, and never came back.</p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1931", "when=1931")]

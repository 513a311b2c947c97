# SPDX-License-Identifier: MIT
"""Institutions named by one word after the article ("la Sorbonne", "der Hofkriegsrat"), or in
Russian, which has no article, after any word ("указ Сената"); Russian companies and boards
named by a capitalised adjective, perhaps hyphenated, and a lower-case head. The inputs are
written for these tests."""
from __future__ import annotations

from conftest import proposed_kinds


def test_one_word_institutions_in_french_german_and_russian(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="fr">La thèse fut condamnée par la Sorbonne, puis le Parlement s'en saisit.</p>
        <p xml:lang="de">Im Winter beriet der Hofkriegsrat über den Sold der Truppen.</p>
        <p xml:lang="ru">Через год пришёл указ Сената о новых землях.</p>""")
    assert kinds.get("Sorbonne") == "org"
    assert kinds.get("Parlement") == "org"
    assert kinds.get("Hofkriegsrat") == "org"
    assert kinds.get("Сената") == "org"


def test_a_russian_company_named_by_a_hyphenated_adjective(tmp_path, registers):
    kinds = proposed_kinds(tmp_path, registers, """
        <p xml:lang="ru">В 1799 году Северо-восточная компания получила привилегию, и её Главное
        правление переехало в столицу.</p>""")
    assert kinds.get("Северо-восточная компания") == "org"
    assert kinds.get("Главное правление") == "org"

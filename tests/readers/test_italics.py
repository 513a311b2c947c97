# SPDX-License-Identifier: MIT
"""Tests of the italics classifier: titles with their level, foreign words, emphasis."""
from __future__ import annotations

import pytest

from edition.readers.italics import classify_italic, guess_language

DECLARED = ("en", "ru-Latn", "de")
WITH_LATIN_FRENCH = DECLARED + ("la", "fr")


def kind(text, *, in_note=False, before="", after="", languages=WITH_LATIN_FRENCH):
    styled = classify_italic([text], in_note=in_note, before=before, after=after, languages=languages)
    assert styled.content == [text]   # the run's content is never altered
    return styled.kind, styled.level or styled.lang or styled.rend


@pytest.mark.parametrize("text,before,after,expected", [
    # periodicals, wherever they stand
    ("Pravda", "final report of Pomgol (", ", 13.10.1922).", ("title", "j")),
    ("Izvestija", "", ", 8.1.1924. He had", ("title", "j")),
    ("Bol'shevik", "", ", No. 3", ("title", "j")),
    ("Krasnaya Nov'", "in ", "", ("title", "j")),
    ("Ekonomicheskiy vestnik", "; ", " No 1/1923, pp. 154–159", ("title", "j")),
    ("Revue dějin socialismu", "in: ", " 3/1968, pp. 386–388", ("title", "j")),
    # articles: followed by the periodical or collection that holds them, or in quotes
    ("Nashe chozjajstvennoye polozenije", "Felix E. Dzerzhinsky, ", ", in: *Izvestija*, 4.12.1924", ("title", "a")),
    ("Ocherednye zadachi sovietskogo stroitel'stva", "Rykov, ", ", Izvestija, 16.1.1925.", ("title", "a")),
    ("Osnovnoj zakon socialisticheskogo nakopleniya", "a treatise entitled “", "”, published in", ("title", "a")),
    # books: the default level of an italic title
    ("Krestyanskiy Brest", "See Pavlyuchenkov, S. A., ", ", Moscow, Russkoe knigoizd. tov. 1996", ("title", "m")),
    ("The Lessons of October", "there was nothing in ", " outside the bounds", ("title", "m")),
    ("1905", "under the title ", ", and added a note", ("title", "m")),
    ("On Lenin", "commemorative pamphlet ", ". It was distasteful", ("title", "m")),
])
def test_titles_and_their_level(text, before, after, expected):
    assert kind(text, in_note=True, before=before, after=after) == expected


@pytest.mark.parametrize("text,expected", [
    ("de jure", ("foreign", "la")),
    ("coup", ("foreign", "fr")),
    ("ikon", ("foreign", "ru-Latn")),
    ("kulak", ("foreign", "ru-Latn")),
    ("Smenovekhovtsy", ("foreign", "ru-Latn")),
    ("ibid.", ("foreign", "la")),
])
def test_listed_foreign_words(text, expected):
    assert kind(text, before="recognized the Soviet government ", after=" and expressed") == expected


def test_smenovekhovtsy_in_a_note_is_a_word_not_a_title():
    assert kind("Smenovekhovtsy", in_note=True, before="refers to the so called ",
                after=", a Russian emigre group") == ("foreign", "ru-Latn")


def test_undeclared_language_falls_back_to_emphasis():
    assert kind("de jure", languages=DECLARED) == ("hi", "italic")
    assert kind("coup", languages=DECLARED) == ("hi", "italic")


def test_transliterated_russian_phrase_in_prose_is_foreign():
    assert kind("khozyaistvennyi raschet", before="the principle of ", after=" in industry") == ("foreign", "ru-Latn")


def test_english_emphasis_is_hi():
    assert kind("not", before="he did ", after=" agree") == ("hi", "italic")
    assert kind("in fourteen volumes") == ("hi", "italic")
    assert kind("Published by") == ("hi", "italic")


def test_publisher_initials_are_not_a_title():
    assert kind("GIPL", in_note=True, before="Moskva, ", after=" 1968, pp. 29–33") == ("hi", "italic")


def test_title_language_is_set_only_when_declared():
    styled = classify_italic(["Deutscher Oktober 1923: Ein Revolutionsplan und sein Scheitern"],
                             in_note=True, before="studies in: ", after=". Hrsg. Bayerlein", languages=DECLARED)
    assert (styled.kind, styled.level, styled.lang) == ("title", "m", "de")
    czech = classify_italic(["Přehled o složení nejvyšších orgánů KSSS"], in_note=True,
                            after=", in: *Revue dějin socialismu*", languages=DECLARED)
    assert (czech.kind, czech.level, czech.lang) == ("title", "a", None)


@pytest.mark.parametrize("text,expected", [
    ("K socializmu ili k kapitalizmu", "ru-Latn"),
    ("Partiya i vlast' posle revolyucii", "ru-Latn"),
    ("Protokoll: Fünfter Kongress der Kommunistischen Internationale", "de"),
    ("The Soviet High Command, a Military-Political History", "en"),
    ("Přehled o složení", "cs"),
    ("Trotsky", None),
])
def test_guess_language(text, expected):
    assert guess_language(text) == expected


def test_nested_inlines_are_read_for_their_text():
    from edition.model import Styled
    run = ["Vestnik ", Styled(kind="hi", content=["finansov"], rend="italic")]
    styled = classify_italic(run, in_note=True, after=", No 6")
    assert (styled.kind, styled.level, styled.content) == ("title", "j", run)


def test_citation_abbreviation_and_title_in_one_run_are_told_apart():
    styled = classify_italic(["id. Stalin"], in_note=True, before="L. Trotsky, Moya Zhizn', ii, 149; ",
                             after=" (N.Y., 1946), p. 390", languages=("en", "la", "ru-Latn"))
    assert styled.kind == "hi"
    abbreviation, space, title = styled.content
    assert (abbreviation.kind, abbreviation.lang, abbreviation.content) == ("foreign", "la", ["id."])
    assert space == " "
    assert title.kind == "title" and title.content == ["Stalin"]

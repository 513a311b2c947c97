# SPDX-License-Identifier: MIT
"""The dates pass: calendar expressions to <date> with ISO 8601 values, precision as written."""
from __future__ import annotations

import pytest

from conftest import T, context, tagged, tei, text_of
from edition.enrich import dates


def dated(text: str, date_order: str = "day-first", tmp_path=None) -> list[tuple[str, str]]:
    root = tei(f"<p>{text}</p>")
    dates.run(root, context(tmp_path, date_order))
    return tagged(root, "date")


@pytest.mark.parametrize("text, expected", [
    ("opened on August 1, 1924.", [("August 1, 1924", "when=1924-08-01")]),
    ("Kislovodsk, September 15, 1924", [("September 15, 1924", "when=1924-09-15")]),
    ("on 4 May 1959", [("4 May 1959", "when=1959-05-04")]),
    ("the meeting of August 17-19, 1924", [("August 17-19, 1924", "from=1924-08-17 to=1924-08-19")]),
    ("(Pravda, 13.10.1922)", [("13.10.1922", "when=1922-10-13")]),
    ("on 8/10/1923 with a letter", [("8/10/1923", "when=1923-10-08")]),
    ("Izvestija, 28. and 29.10.1924.", [("28.", "when=1924-10-28"), ("29.10.1924", "when=1924-10-29")]),
    ("Izvestija, 13.5., 15.4. and 16.4.1925.", [("13.5.", "when=1925-05-13"), ("15.4.", "when=1925-04-15"),
                                               ("16.4.1925", "when=1925-04-16")]),
    ("in December 1920, when", [("December 1920", "when=1920-12")]),
    ("in September of 1924", [("September of 1924", "when=1924-09")]),
    ("October–November 1926", [("October–November 1926", "from=1926-10 to=1926-11")]),
    ("in the spring of 1922.", [("spring of 1922", "notAfter=1922-05 notBefore=1922-03")]),
    ("the summer and autumn of 1921", [("summer and autumn of 1921", "notAfter=1921-11 notBefore=1921-06")]),
    ("the winter of 1923-1924 a new", [("winter of 1923-1924", "notAfter=1924-02 notBefore=1923-12")]),
    ("By late autumn of 1923,", [("late autumn of 1923", "notAfter=1923-11 notBefore=1923-10")]),
    ("In late November 1923,", [("late November 1923", "notAfter=1923-11-30 notBefore=1923-11-21")]),
    ("in mid-January 1925", [("mid-January 1925", "notAfter=1925-01-20 notBefore=1925-01-11")]),
    ("in early June 1923", [("early June 1923", "notAfter=1923-06-10 notBefore=1923-06-01")]),
    ("in mid-1922, show trials", [("mid-1922", "notAfter=1922-08 notBefore=1922-05")]),
    ("In early 1923, French", [("early 1923", "notAfter=1923-04 notBefore=1923-01")]),
    ("At the end of 1924", [("end of 1924", "notAfter=1924-12 notBefore=1924-11")]),
    ("the late 1920s", [("late 1920s", "notAfter=1929 notBefore=1927")]),
    ("the 1923/1924 currency reform", [("1923/1924", "from=1923 to=1924")]),
    ("The Bolshevik Revolution, 1917-1923", [("1917-1923", "from=1917 to=1923")]),
    ("in 1923–24 and in 1927–28", [("1923–24", "from=1923 to=1924"), ("1927–28", "from=1927 to=1928")]),
    ("fighting until 1920, the year", [("1920", "when=1920")]),
    ("Zeno 1920 and Atom 1921", [("1920", "when=1920"), ("1921", "when=1921")]),
    ("Moscow, ROSSPEN 2000, pp. 129–133", [("2000", "when=2000")]),
    ("Ekonomicheskiy vestnik No 1/1923, pp. 154–159", [("1923", "when=1923")]),
    ("1. Russia — Social conditions — 1917-", [("1917-", "from=1917")]),
    ("17–25. Aprilya 1923g., Moskva", [("Aprilya 1923g.", "when=1923-04")]),
    ("in 1920 ... the Congress in December of that year", [("1920", "when=1920"),
                                                          ("December of that year", "when=1920-12")]),
])
def test_calendar_expressions(text, expected, tmp_path):
    assert dated(text, tmp_path=tmp_path) == expected


@pytest.mark.parametrize("text", [
    "pp. 1917-1923", "p. 1925", "Vol. 1924", "No. 1925, art. 1926", "600 million puds", "200,000 members",
    "some 1921 people", "180% growth", "5.2 million", "ISBN 0-333-07161-1", "i, 30-39", "No. 12-13",
    "31.2.1924", "in the autumn", "In September Trotsky", "in December of that year", "1925–1924",
    "the 309.1947 class",
])
def test_what_is_not_a_date(text, tmp_path):
    assert dated(text, tmp_path=tmp_path) == []


def test_month_first_order_comes_from_the_seed_configuration(tmp_path):
    assert dated("on 8/10/1923", "month-first", tmp_path) == [("8/10/1923", "when=1923-08-10")]
    assert dated("on 8/10/1923", "day-first", tmp_path) == [("8/10/1923", "when=1923-10-08")]


def test_that_year_does_not_reach_into_another_paragraph_or_note(tmp_path):
    root = tei('<p>In 1920.<note n="1">In December of that year.</note></p><p>In May of that year.</p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1920", "when=1920")]


def test_that_year_after_a_range_is_not_guessed(tmp_path):
    assert dated("in 1923–24 and in May of that year", tmp_path=tmp_path) == [("1923–24", "from=1923 to=1924")]


def test_text_is_kept_and_titles_are_not_scanned(tmp_path):
    body = '<p>In <title>Deutscher Oktober 1923</title> (Berlin, 2003), 13.10.1922 and <hi>May 1924</hi>.</p>'
    before = text_of(tei(body))
    root = tei(body)
    ctx = context(tmp_path)
    dates.run(root, ctx)
    assert text_of(root) == before
    assert tagged(root, "date") == [("2003", "when=2003"), ("13.10.1922", "when=1922-10-13"),
                                    ("May 1924", "when=1924-05")]
    assert ctx.counts["date"] == 3
    assert root.find(f".//{T}title").find(f"{T}date") is None

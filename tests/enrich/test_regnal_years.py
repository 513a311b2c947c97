# SPDX-License-Identifier: MIT
"""Regnal years and the days of them, reckoned in the Julian calendar; a day of the week before
a full date. The expected values are the historians' (Handbook of Dates; the coronation and the
battle of 1066 by their days of the week), the inputs written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from conftest import context, tagged, tei
from edition.enrich import dates, regnal
from edition.enrich.calendar_data import load_calendar


def dated(*paragraphs: str) -> list[tuple[str, str]]:
    root = tei("".join(f'<p xml:lang="en">{p}</p>' for p in paragraphs))
    dates.run(root, context(None))
    return tagged(root, "date")


def test_days_of_the_week_and_easter_in_the_julian_calendar():
    until = load_calendar().julian_until
    assert regnal.weekday(date(1066, 10, 14), until) == 5  # Hastings, a Saturday
    assert regnal.weekday(date(1066, 12, 25), until) == 0  # William crowned on a Monday
    assert regnal.weekday(date(1828, 8, 12), until) == 1  # after the reform: a Tuesday
    assert regnal.julian_easter(1215) == date(1215, 4, 19)
    assert regnal.weekday_from(date(1066, 10, 14), 6, True, until) == date(1066, 10, 15)


def test_a_regnal_year_runs_from_the_accession_or_from_ascension_day():
    reign_of = load_calendar().reign_of
    assert regnal.year_span(reign_of["Edward I"], 1) == (date(1272, 11, 20), date(1273, 11, 19))
    # John's years run from Ascension Day: 17 John, the year of the Great Charter
    assert regnal.year_span(reign_of["John"], 17) == (date(1215, 5, 28), date(1216, 5, 18))
    # the last year ends with the reign
    assert regnal.year_span(reign_of["John"], 18) == (date(1216, 5, 19), date(1216, 10, 19))
    assert regnal.year_span(reign_of["John"], 19) is None


@pytest.mark.parametrize("text, expected", [
    ("Given at Runnymede, 15 June, 17 John, in the meadow.", [("15 June, 17 John", "when=1215-06-15")]),
    ("Michaelmas, 3 Edward II. Grant of a messuage.", [("Michaelmas, 3 Edward II", "when=1309-09-29")]),
    ("Dated the first day of March, 12 Hen. VI, at York.", [("first day of March, 12 Hen. VI", "when=1434-03-01")]),
    ("In the fortieth year of King Henry III the barons met.",
     [("fortieth year of King Henry III", "notAfter=1256-10-27 notBefore=1255-10-28")]),
    ("Sealed 16 John [1214] at London.",
     [("16 John", "notAfter=1215-05-27 notBefore=1214-05-08"), ("1214", "when=1214")]),
    # the bracketed year chooses between the two 9 Mays of a year counted from Ascension Day
    ("9 May, 16 John [1215]. New Temple.", [("9 May, 16 John", "when=1215-05-09"), ("1215", "when=1215")]),
    ("See 1 John 4 and the third year of the plan.", []),
])
def test_regnal_dates(text, expected):
    assert dated(text) == expected


def test_a_day_counted_from_a_feast_in_a_regnal_year():
    # William's first year began at Christmas 1066, so St Luke's day (18 October) of 1 William I
    # is in 1067: a year and four days after Hastings (a Saturday), a Thursday; the Sunday after
    # it is 21 October 1067
    assert dated("Sunday after the feast of St Luke, 1 William I. Charter.") == [
        ("Sunday after the feast of St Luke, 1 William I", "when=1067-10-21")]


def test_a_day_of_the_week_before_a_full_date_is_part_of_it():
    assert dated("Port Desolacion, Tuesday, 12th August 1828. Fresh breeze.") == [
        ("Tuesday, 12th August 1828", "when=1828-08-12")]
    assert dated("On Tuesday, 9th, we sailed.") == []

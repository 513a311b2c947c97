# SPDX-License-Identifier: MIT
"""Dates as older print writes them: years in Roman numbers, months written with a numeral
("7bre"), German ordinal endings ("den 3ten"), approximate years with "the year", day ranges with
articles, and pages after a volume numbered in small Roman numbers."""
from __future__ import annotations

import pytest

from conftest import context, tagged, tei
from edition.enrich import dates


def dated(body: str, tmp_path, lang: str = "en") -> list[tuple[str, str]]:
    root = tei(f'<p xml:lang="{lang}">{body}</p>')
    dates.run(root, context(tmp_path))
    return tagged(root, "date")


@pytest.mark.parametrize("text, lang, expected", [
    ("Printed for the Author, MDCCXCIV.", "en", [("MDCCXCIV", "when=1794")]),
    ("Londini, M.DC.LXXX. Typis", "en", [("M.DC.LXXX.", "when=1680")]),
    ("the charter of MCCXV sealed", "en", [("MCCXV", "when=1215")]),
    ("Paris, 4 8bre 1791, à midi", "fr", [("4 8bre 1791", "when=1791-10-04")]),
    ("Wien, den 21sten Xber 1809 abends", "de", [("21sten Xber 1809", "when=1809-12-21")]),
    ("am 2ten October 1820 in", "de", [("2ten October 1820", "when=1820-10-02")]),
    ("London, 9ber 12, 1702, Sir", "en", [("9ber 12, 1702", "when=1702-11-12")]),
    ("built in or about the year 1140 by", "en", [("in or about the year 1140", "cert=medium when=1140")]),
    ("gestiftet um das Jahr 1230 von", "de", [("um das Jahr 1230", "cert=medium when=1230")]),
    ("fondée vers l'an 1120 par", "fr", [("vers l'an 1120", "cert=medium when=1120")]),
    ("sat from the 9th to the 14th of May 1661 at", "en",
     [("9th to the 14th of May 1661", "from=1661-05-09 to=1661-05-14")]),
])
def test_older_forms(text, lang, expected, tmp_path):
    assert dated(text, tmp_path, lang) == expected


@pytest.mark.parametrize("text", [
    "the MDC and the MIX, MILD words",   # capitals that are words or too short to be a year
    "see Gibbon, Decline, iv. 1456; vi. 1203",  # pages of volumes iv and vi
    "Mommsen, xiv. 1776",
])
def test_what_is_no_older_year(text, tmp_path):
    assert dated(text, tmp_path) == []


def test_a_stop_after_small_letters_that_are_no_volume_keeps_the_year(tmp_path):
    # "c." is circa, "i.e." no volume: the years stay
    assert dated("c. 1120 and, i.e. 1121, the", tmp_path) == [
        ("c. 1120", "cert=medium when=1120"), ("1121", "when=1121")]


@pytest.mark.parametrize("text, expected", [
    # before 25 March the year of the old reckoning is the one before ours: both are written
    ("dated at Whitehall, 10 Feb. 1688/9, and", [("10 Feb. 1688/9", "when=1689-02-10")]),
    ("on the 30th of January 1648-9 the king", [("30th of January 1648-9", "when=1649-01-30")]),
    ("Feb. 14, 1715-16. Sir,", [("Feb. 14, 1715-16", "when=1716-02-14")]),
    ("in March 1702/3 the", [("March 1702/3", "when=1703-03")]),
    # later in the year, or when the second year does not follow the first, the digits after
    # the date are not its second year
    ("on 5 April 1688/9 the", [("5 April 1688", "when=1688-04-05")]),
    ("on 10 Feb. 1688/7 the", [("10 Feb. 1688", "when=1688-02-10")]),
    # a span of years alone stays a span
    ("the winter term 1913/14 began", [("1913/14", "from=1913 to=1914")]),
])
def test_a_date_early_in_the_year_written_with_both_years_of_the_old_reckoning(text, expected, tmp_path):
    assert dated(text, tmp_path) == expected


@pytest.mark.parametrize("body, lang, expected", [
    # the century of the paragraph's date before
    ("The fair was granted in 1562, and by the end of the century it drew drovers from Wales.", "en",
     [("1562", "when=1562"), ("end of the century", "notAfter=1599 notBefore=1580")]),
    ("Le couvent fut fondé en 1431; au milieu du siècle il comptait trente moines.", "fr",
     [("1431", "when=1431"), ("milieu du siècle", "notAfter=1465 notBefore=1433")]),
    ("Die Zunft entstand 1611 und verlor bis zur Mitte des Jahrhunderts ihre Rechte.", "de",
     [("1611", "when=1611"), ("Mitte des Jahrhunderts", "notAfter=1665 notBefore=1633")]),
    # a span before: the century of its first year
    ("The lease ran from 1612 to 1640; late in the century a new one was sealed.", "en",
     [("1612 to 1640", "from=1612 to=1640"), ("late in the century", "notAfter=1699 notBefore=1666")]),
    # without a date before, with dates of two centuries before, or of the author's own time,
    # the century is not guessed
    ("Founded in 1447 and rebuilt in 1610, the hall was empty by the end of the century.", "en",
     [("1447", "when=1447"), ("1610", "when=1610")]),
    ("By the middle of the century the mill had gone.", "en", []),
    ("En 1840 on lisait encore, à la fin du siècle dernier, ses pamphlets.", "fr", [("1840", "when=1840")]),
])
def test_a_part_of_the_century_is_of_the_century_of_the_date_before(body, lang, expected, tmp_path):
    assert dated(body, tmp_path, lang) == expected


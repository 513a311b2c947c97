# SPDX-License-Identifier: MIT
"""German bare years of three digits; German nouns beside names; Russian declined places;
institutions after "the"."""
from __future__ import annotations

import pytest

from conftest import T, tei
from edition.enrich import dates
from edition.enrich.textnodes import Run


def _years(text: str, languages: tuple[str, ...]) -> list[tuple[str, dict]]:
    finder = dates.DateFinder(day_first=True, languages=languages)
    root = tei(f"<p>{text}</p>")
    run = Run(root.find(f".//{T}p"), False, None)
    return [(run.text[s.start:s.end], dict(s.attrib)) for s in finder(run)]


@pytest.mark.parametrize("text, expected", [
    ("Er siegte bei Tribur 872 und zog weiter.", [("872", {"when": "0872"})]),
    ("Sie heiratete 946 in Verona.", [("946", {"when": "0946"})]),
    ("Der Graf starb 803; sein Sohn folgte.", [("803", {"when": "0803"})]),
    ("Er kam 811 seine Schwester besuchen.", [("811", {"when": "0811"})]),
    ("Er kam mit 300 Reitern.", []),
    ("Sie zählten 400 Reiter.", []),
    ("Dort lagen 250 beschädigte Fässer.", []),
    ("Vgl. S. 412 unten.", []),
])
def test_a_german_bare_year_of_three_digits(text, expected):
    assert _years(text, ("de",)) == expected


def test_a_bare_year_of_three_digits_is_read_so_only_in_a_german_text():
    assert _years("He rode 872 miles in June.", ("en",)) == []

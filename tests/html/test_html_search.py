# SPDX-License-Identifier: MIT
"""Search: phrases, every name of a register entry, ranking, a filter by edition, the hit marked
on the page a result opens."""
from __future__ import annotations

import re

import pytest

from html_helpers import search_index, tei

PLACE = ('<listPlace><place xml:id="city"><placeName type="normalized">Northport</placeName>'
         '<placeName type="historical" from="1700" to="1800">Old Harbour</placeName>'
         '<placeName type="variant">Nordhafen</placeName></place></listPlace>')
FIRST = tei('<div><head>Harbour matters</head>'
            '<p xml:id="a1">The old town had a harbour; the harbour was old.</p>'
            '<p xml:id="a2">Ships left <placeName ref="#city">Old Harbour</placeName> at dawn.</p>'
            '<p xml:id="a3">Trade grew in <placeName ref="#city">Northport</placeName> and elsewhere.</p></div>',
            edition_id="first", stand_off=PLACE)
SECOND = tei('<div><p xml:id="b1">Later <placeName ref="#city">Nordhafen</placeName> had an old harbour too.</p></div>',
             edition_id="second", stand_off=PLACE)

pytestmark = pytest.mark.browser


def results(tab, site, query: str) -> list[str]:
    tab.goto((site / "search.html").as_uri() + "?" + query)
    return [href for href in tab.locator("#ed-search-results li a").evaluate_all("as => as.map(a => a.getAttribute('href'))")]


def anchors(hrefs: list[str]) -> list[str]:
    return [href.split("#")[-1] for href in hrefs]


def test_phrase_search(build_mini, browser_page):
    site = build_mini(FIRST, SECOND)
    words = anchors(results(browser_page, site, "q=old%20harbour"))
    assert set(words) == {"a1", "a2", "b1"}  # both words, anywhere
    phrase = anchors(results(browser_page, site, "q=%22old%20harbour%22"))
    assert set(phrase) == {"a2", "b1"}  # the words as a phrase


def test_all_names_of_an_entry_when_asked(build_mini, browser_page):
    site = build_mini(FIRST, SECOND)
    assert anchors(results(browser_page, site, "q=northport")) == ["a3"]
    found = anchors(results(browser_page, site, "q=northport&variants=1"))
    assert set(found) == {"a2", "a3", "b1"}
    assert browser_page.locator("#ed-variants").is_checked()
    names = search_index(site)["names"]
    assert ["Northport", "Old Harbour", "Nordhafen"] in names


def test_results_are_ranked_and_filtered_by_edition(build_mini, browser_page):
    site = build_mini(FIRST, SECOND)
    ranked = anchors(results(browser_page, site, "q=harbour"))
    assert ranked[0] == "ed-head-1" or ranked[0].startswith("ed-")  # the heading first
    assert ranked.index("a1") < ranked.index("a2")  # two hits before one
    only = results(browser_page, site, "q=harbour&edition=second")
    assert only and all(href.startswith("second.html") for href in only)
    assert browser_page.locator("#ed-edition").input_value() == "second"


def test_the_hit_is_marked_on_the_page_a_result_opens(build_mini, browser_page):
    site = build_mini(FIRST, SECOND)
    results(browser_page, site, "q=%22at%20dawn%22")
    browser_page.locator("#ed-search-results li a").first.click()
    browser_page.wait_for_url(re.compile(r"first\.html\?hl=.*#a2$"))
    marks = browser_page.locator("#a2 mark.search-hit")
    assert marks.count() == 1 and marks.first.inner_text() == "at dawn"
    assert browser_page.locator("#a1 mark").count() == 0

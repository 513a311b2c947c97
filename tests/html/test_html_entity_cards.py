# SPDX-License-Identifier: MIT
"""A name in the text opens its register entry as a card; the names are one stop of the Tab key."""
from __future__ import annotations

import pytest

from html_helpers import tei

pytestmark = pytest.mark.browser

STAND_OFF = ('<listPerson><person xml:id="ann"><persName type="normalized">Example, Ann</persName>'
             '<birth when="1801">1801</birth><death when="1870">1870</death>'
             '<idno type="Wikidata">Q0000</idno><note>A traveller of the old days.</note></person></listPerson>')
NAMES = " ".join(f'<persName ref="#ann">Ann{i}</persName>' for i in range(15))
DATES = " ".join(f'<date when="18{i:02d}">18{i:02d}</date>' for i in range(10))
BODY = f'<div><p xml:id="a">{NAMES} went in {DATES}<note place="foot" n="1" xml:id="n1">A note.</note> home.</p></div>'


def test_a_name_opens_its_card_with_a_link_to_the_register(build_mini, browser_page):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    browser_page.goto((site / "mini.html").as_uri())
    browser_page.locator("#a a.entity").nth(3).click()
    card = browser_page.locator("#card-ann")
    assert card.is_visible()
    assert browser_page.url.endswith("mini.html")  # the page stays
    text = card.inner_text()
    for fact in ["Example, Ann", "1801", "1870", "A traveller of the old days.", "Q0000"]:
        assert fact in text, fact
    browser_page.keyboard.press("Escape")
    assert not card.is_visible()
    browser_page.locator("#a a.entity").first.click()
    card.get_by_role("link", name="Entry in the register").click()
    assert browser_page.url.endswith("persons.html#ann")


def test_names_and_dates_are_one_tab_stop_before_the_first_note(build_mini, browser_page):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    browser_page.goto((site / "mini.html").as_uri())
    browser_page.locator("#ed-highlight").focus()
    presses = 0
    while browser_page.evaluate("document.activeElement.id") != "ref-n1" and presses < 40:
        browser_page.keyboard.press("Tab")
        presses += 1
    assert presses <= 4, presses
    # the arrow keys go from name to name
    browser_page.locator("#a a.entity").first.focus()
    browser_page.keyboard.press("ArrowRight")
    assert browser_page.evaluate("document.activeElement.textContent") == "Ann1"
    browser_page.keyboard.press("End")
    assert browser_page.evaluate("document.activeElement.textContent") == "1809"

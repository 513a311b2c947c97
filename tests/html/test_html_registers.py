# SPDX-License-Identifier: MIT
"""Registers: groups of persons, occurrences labelled by paragraph and context and leading to
the mention itself, names of cited literature kept apart from the history."""
from __future__ import annotations

import re

import pytest

from html_helpers import page, search_index, tei

STAND_OFF = ('<listPerson><person xml:id="ann"><persName type="normalized">Ann Example</persName>'
             '<note>A person.</note></person>'
             '<personGrp xml:id="brothers"><persName type="normalized">Brothers Grimmond</persName>'
             '<note>Two editors.</note></personGrp></listPerson>'
             '<listPlace><place xml:id="ville"><placeName type="normalized">Villeneuve</placeName></place></listPlace>'
             '<listOrg><org xml:id="press"><orgName type="normalized">Quill Press</orgName></org></listOrg>')
BODY = ('<div><head>A long section title that every label repeated</head>'
        '<p xml:id="x1">First the <persName ref="#brothers">Grimmonds</persName> wrote.</p>'
        '<p xml:id="x2">Then <persName ref="#ann">Ann</persName> travelled to <placeName ref="#ville">Villeneuve</placeName> by cart.'
        '<note place="foot" n="1" xml:id="n1">See her letters, <placeName ref="#ville">Villeneuve</placeName>, '
        '<orgName ref="#press">Quill Press</orgName> <date when="1901" type="imprint">1901</date>.</note></p>'
        '<p xml:id="x3">Later <persName ref="#ann">Ann</persName> rested.</p></div>')


def test_groups_of_persons_are_in_the_persons_register(build_mini):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    persons = page(site, "persons.html")
    entry = persons.get_element_by_id("brothers")
    assert "Two editors." in entry.text_content()
    assert "Brothers Grimmond" in persons.xpath("string(//nav[@class='register-index'])")
    link = page(site, "mini.html").xpath("//a[@href='persons.html#brothers']")
    assert link


def test_occurrences_are_labelled_by_paragraph_with_their_context_and_lead_to_the_mention(build_mini):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    entry = page(site, "persons.html").get_element_by_id("ann")
    items = entry.xpath(".//ul[@class='occurrences']/li")
    labels = [item.xpath("string(a)") for item in items]
    assert labels == ["¶ 2", "¶ 3"]  # not the section's title, twice
    assert "A long section title" not in entry.text_content()
    assert items[0].xpath("string(q[@class='kwic'])") == "Then Ann travelled to Villeneuve by cart."
    assert items[0].xpath("string(q/mark)") == "Ann"
    reading = page(site, "mini.html")
    for item in items:
        target = item.xpath("a/@href")[0].split("#")[1]
        mention = reading.get_element_by_id(target)
        assert mention.text_content() == "Ann" and "entity" in mention.get("class")


def test_names_of_cited_literature_are_kept_apart(build_mini):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    entry = page(site, "places.html").get_element_by_id("ville")
    historical = entry.xpath(".//li/ul[@class='occurrences']/li/a/text()")
    cited = entry.xpath(".//div[@class='occurrences-cited']//a/text()")
    assert historical == ["¶ 2"] and cited == ["n. 1"]
    press = page(site, "organisations.html").get_element_by_id("press")
    assert press.xpath(".//div[@class='occurrences-cited']//a")
    assert not press.xpath(".//li/ul[@class='occurrences']")
    reading = page(site, "mini.html")
    assert reading.xpath("//li[@id='n1']//a[contains(@class, 'cited')][@href='places.html#ville']")


@pytest.mark.browser
def test_the_mention_is_highlighted_on_arrival(build_mini, browser_page):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    browser_page.goto((site / "persons.html").as_uri())
    browser_page.locator("#ann ul.occurrences a").nth(1).click()
    browser_page.wait_for_url(re.compile(r"mini\.html#"))
    target = browser_page.locator(":target")
    assert target.inner_text() == "Ann"
    assert target.evaluate("e => e.closest('p').id") == "x3"
    assert target.evaluate("e => getComputedStyle(e).backgroundColor") != "rgba(0, 0, 0, 0)"


def test_search_results_and_chronology_are_labelled_by_paragraph_too(build_mini):
    body = BODY.replace("by cart.", 'by cart in <date when="1850">1850</date>.')
    site = build_mini(tei(body, stand_off=STAND_OFF))
    labels = {block[1]: block[2] for block in search_index(site)["blocks"]}
    assert labels["x2"] == "¶ 2" and labels["x3"] == "¶ 3" and labels["n1"] == "n. 1"
    chronology = page(site, "chronology.html")
    assert chronology.xpath("string(//a[@class='source'])") == "Mini edition mini, ¶ 2"


def test_the_editor_of_a_cited_book_is_no_publisher(build_mini):
    body = ('<div><p xml:id="a">Letters<note place="foot" n="1" xml:id="n1">ed. <persName ref="#ann">Ann Example</persName>, '
            'vol. 2, <placeName ref="#ville">Villeneuve</placeName>, <orgName ref="#press">Quill Press</orgName> '
            '<date when="1901" type="imprint">1901</date>.</note> here.</p></div>')
    site = build_mini(tei(body, stand_off=STAND_OFF))
    ann = page(site, "persons.html").get_element_by_id("ann")
    assert ann.xpath(".//li/ul[@class='occurrences']") and not ann.xpath(".//div[@class='occurrences-cited']")
    assert page(site, "places.html").get_element_by_id("ville").xpath(".//div[@class='occurrences-cited']")


def test_the_paragraph_number_of_a_label_is_shown_at_its_paragraph(build_mini):
    site = build_mini(tei(BODY, stand_off=STAND_OFF))
    reading = page(site, "mini.html")
    assert [reading.get_element_by_id(i).xpath("string(a[@class='permalink'])") for i in ("x1", "x2", "x3")] \
        == ["¶1", "¶2", "¶3"]

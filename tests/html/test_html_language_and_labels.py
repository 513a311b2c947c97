# SPDX-License-Identifier: MIT
"""Languages of passages, the navigation's current page, notes' names where numbers restart,
and the dark colour scheme."""
from __future__ import annotations

import pytest

from html_helpers import page, tei

FOREIGN = ('<div xml:lang="fr"><head xml:lang="de">Kopf</head>'
           '<p xml:id="a">Un <stamp xml:lang="zh">印章</stamp> et <seg xml:lang="la">verbum</seg>'
           '<note place="foot" n="1" xml:id="n1">Une note.</note>.</p>'
           '<list><item xml:lang="es">uno</item></list>'
           '<table><row><cell xml:lang="pl">komórka</cell></row></table></div>')


def lang_of(element) -> str | None:
    for node in [element, *element.iterancestors()]:
        if node.get("lang"):
            return node.get("lang")
    return None


def test_passages_keep_their_language_wherever_they_are_shown(build_mini):
    site = build_mini(tei(FOREIGN))
    root = page(site, "mini.html")
    for word, lang in [("印章", "zh"), ("verbum", "la"), ("uno", "es"), ("komórka", "pl")]:
        element = root.xpath(f"//main//*[text()[contains(., '{word}')]]")[0]
        assert lang_of(element) == lang, word
    heading = root.xpath("//main//h2[contains(., 'Kopf')] | //main//h3[contains(., 'Kopf')]")[0]
    assert lang_of(heading) == "de"
    assert lang_of(root.xpath("//nav[@class='toc']//a")[0]) == "de"
    # a note listed after the text keeps the language of its place in the text
    assert lang_of(root.get_element_by_id("n1")) == "fr"


def test_only_the_page_itself_is_the_current_page(build_mini):
    site = build_mini(tei('<div><p xml:id="a">Text.</p></div>'))
    reading = page(site, "mini.html")
    assert not reading.xpath("//nav[@class='site-nav']//a[@aria-current]")
    index = page(site, "index.html")
    assert index.xpath("//nav[@class='site-nav']//a[@aria-current='page']/@href") == ["index.html"]
    persons = page(site, "persons.html")
    assert persons.xpath("//nav[@class='site-nav']//a[@aria-current='page']/@href") == ["persons.html"]


def test_notes_whose_numbers_restart_are_named_with_their_page(build_mini):
    site = build_mini(tei('<div><p xml:id="a"><pb n="4"/>One<note place="foot" n="1" xml:id="x">a</note> '
                          '<pb n="5"/>two<note place="foot" n="1" xml:id="y">b</note> '
                          'three<note place="foot" n="2" xml:id="z">c</note>.</p></div>'))
    root = page(site, "mini.html")
    labels = [root.get_element_by_id(f"ref-{i}").get("aria-label") for i in "xyz"]
    assert labels == ["Note 1, page 4", "Note 1, page 5", "Note 2"]
    plain = page(build_mini(tei('<div><p xml:id="a"><pb n="4"/>One<note place="foot" n="7" xml:id="x">a</note></p></div>')),
                 "mini.html")
    assert plain.get_element_by_id("ref-x").get("aria-label") == "Note 7"


@pytest.mark.browser
def test_dark_colour_scheme(build_mini, chromium):
    site = build_mini(tei('<div><p xml:id="a">Text.</p></div>'))
    context = chromium.new_context(color_scheme="dark")
    tab = context.new_page()
    try:
        tab.goto((site / "mini.html").as_uri())
        background = tab.evaluate("getComputedStyle(document.documentElement).backgroundColor")
        color = tab.evaluate("getComputedStyle(document.body).color")
        channels = [int(c) for c in background[background.index("(") + 1:-1].split(",")[:3]]
        text = [int(c) for c in color[color.index("(") + 1:-1].split(",")[:3]]
        assert max(channels) < 60 and min(text) > 180, (background, color)
    finally:
        context.close()


@pytest.mark.browser
def test_a_passage_in_chinese_asks_for_the_readers_chinese_fonts(build_mini, browser_page):
    site = build_mini(tei(FOREIGN))
    browser_page.goto((site / "mini.html").as_uri())
    family = browser_page.locator("[lang='zh']").first.evaluate("e => getComputedStyle(e).fontFamily")
    assert "CJK SC" in family


def test_three_letter_language_codes_are_written_as_bcp_47(build_mini):
    # ISO 639-2 codes, as many TEI projects write them: HTML's lang wants the two-letter code
    # where there is one, and keeps the rest of the tag; a code without one stays as it is
    body = ("<p xml:id='p1'>A letter: <seg xml:lang='pol'>Kochany Przyjacielu</seg>, "
            "<seg xml:lang='ger-Latf'>Lieber Freund</seg>, <seg xml:lang='grc'>φίλε</seg>, "
            "<seg xml:lang='ru-Latn'>drug</seg>.</p>")
    root = page(build_mini(tei(body).replace('xml:lang="en"', 'xml:lang="eng"', 1)), "mini.html")
    langs = [el.get("lang") for el in root.iter("span") if el.get("lang")]
    assert langs == ["pl", "de-Latf", "grc", "ru-Latn"]
    assert root.get("lang") == "en"

# SPDX-License-Identifier: MIT
"""The site in a real browser: notes, highlighting, search, registers, citation, no-script reading."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.render.html import build_site
from html_helpers import SAMPLE_ID

pytestmark = pytest.mark.browser

READING = f"{SAMPLE_ID}.html"


def url(site, name: str) -> str:
    return (site / name).as_uri()


def no_dialogs(tab):
    dialogs: list[str] = []
    tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return dialogs


def test_reading_page_opens_with_its_text(site, browser_page):
    errors: list[str] = []
    browser_page.on("pageerror", lambda exc: errors.append(str(exc)))
    browser_page.goto(url(site, READING))
    assert browser_page.locator("h1").inner_text().startswith("Socialism in One Country")
    assert browser_page.locator("#p6").is_visible()
    assert browser_page.locator("nav.toc a[href='#ch11']").is_visible()
    assert not errors


def test_footnote_popover_opens_from_the_keyboard_and_closes_with_escape(site, browser_page):
    browser_page.goto(url(site, READING))
    popover = browser_page.locator("#pop-fn-p3-1")
    assert not popover.is_visible()
    marker = browser_page.locator("#ref-fn-p3-1")
    marker.focus()
    browser_page.keyboard.press("Enter")
    assert popover.is_visible()
    assert "The Interregnum, 1923-1924" in popover.inner_text()
    assert marker.get_attribute("aria-expanded") in (None, "true")  # exposed by the browser
    browser_page.keyboard.press("Escape")
    assert not popover.is_visible()
    # focus goes back to the marker, so reading continues where it was
    assert browser_page.evaluate("document.activeElement.id") == "ref-fn-p3-1"


def test_footnote_popover_opens_on_click_and_its_close_button_closes_it(site, browser_page):
    browser_page.goto(url(site, READING))
    browser_page.get_by_role("button", name="Note 1").first.click()
    popover = browser_page.locator("#pop-fn-p3-1")
    assert popover.is_visible()
    popover.get_by_role("button", name="Close").click()
    assert not popover.is_visible()


def test_note_list_links_back_to_the_marker(site, browser_page):
    browser_page.goto(url(site, READING) + "#fn-p4-1")
    browser_page.locator("#fn-p4-1 a.back-link").click()
    assert browser_page.url.endswith("#ref-fn-p4-1")


def test_entity_highlighting_toggles(site, browser_page):
    browser_page.goto(url(site, READING))
    lenin = browser_page.locator("#p6 a.entity.person").first
    plain = lenin.evaluate("e => getComputedStyle(e).backgroundColor")
    browser_page.get_by_label("Highlight names and dates").check()
    highlighted = lenin.evaluate("e => getComputedStyle(e).backgroundColor")
    assert plain == "rgba(0, 0, 0, 0)" and highlighted != plain
    place = browser_page.locator("#p6 a.entity.place").first.evaluate("e => getComputedStyle(e).backgroundColor")
    assert place not in (highlighted, plain)  # each kind has its colour
    lenin.click()  # its card opens, which leads to the register
    browser_page.locator("#card-lenin").get_by_role("link").click()
    assert browser_page.url.endswith("persons.html#lenin")


def test_search_for_a_name_and_follow_a_result(site, browser_page):
    browser_page.goto(url(site, READING))
    browser_page.get_by_role("searchbox", name="Search the editions").fill("zinoviev")
    browser_page.get_by_role("button", name="Search", exact=True).click()
    browser_page.wait_for_url(re.compile(r"search\.html\?q=zinoviev"))
    results = browser_page.locator("#ed-search-results li")
    assert results.count() == 1
    assert results.first.locator("mark").inner_text() == "Zinoviev"
    assert "1 passages found" in browser_page.locator("#ed-search-status").inner_text()
    results.first.locator("a").click()
    browser_page.wait_for_url(re.compile(re.escape(READING) + r"\?hl=[^#]*#fn-p4-1$"))
    assert browser_page.locator("#fn-p4-1").is_visible()


def test_search_ignores_case_and_diacritics_and_needs_every_word(site, browser_page):
    browser_page.goto(url(site, "search.html") + "?q=PETROGRAD%20leningrad")
    assert browser_page.locator("#ed-search-results li").count() == 1
    assert browser_page.locator("#ed-search-results li a").get_attribute("href").endswith(f"{READING}?hl="
        + "%5B%22petrograd%22%2C%22leningrad%22%5D#p6")
    browser_page.goto(url(site, "search.html") + "?q=petrograd%20nowhere")
    assert browser_page.locator("#ed-search-results li").count() == 0
    assert "No passage" in browser_page.locator("#ed-search-status").inner_text()


def test_search_results_show_markup_as_text(site, browser_page):
    dialogs = no_dialogs(browser_page)
    browser_page.goto(url(site, "search.html") + "?q=script")
    result = browser_page.locator("#ed-search-results li p").first
    assert "<script>alert('x')</script>" in result.inner_text()
    assert not dialogs


def test_register_entry_leads_back_to_its_paragraph(site, browser_page):
    browser_page.goto(url(site, "persons.html"))
    browser_page.locator("nav.register-index a", has_text="Lenin").click()
    entry = browser_page.locator("#lenin")
    assert "Leader of the Bolshevik party" in entry.inner_text()
    entry.locator("ul.occurrences a").first.click()
    browser_page.wait_for_url(re.compile(re.escape(READING) + "#"))
    assert browser_page.evaluate("document.querySelector(':target').closest('p').id") == "p6"


def test_chronology_leads_back_to_its_paragraph(site, browser_page):
    browser_page.goto(url(site, "chronology.html"))
    browser_page.locator("ol.mentions li a.source").first.click()
    browser_page.wait_for_url(re.compile(re.escape(READING) + "#p6$"))


def test_script_text_in_the_edition_shows_as_text(site, browser_page):
    dialogs = no_dialogs(browser_page)
    browser_page.goto(url(site, READING))
    assert "<script>alert('x')</script> & ]]>" in browser_page.locator("#p7").inner_text()
    assert browser_page.locator("#p7 script").count() == 0
    assert not dialogs


def test_cite_box_gives_the_paragraph_permalink_and_printed_page(site, browser_page):
    browser_page.goto(url(site, READING))
    browser_page.locator("#p6 a.permalink").click()
    browser_page.get_by_role("button", name="Cite this").click()
    box = browser_page.locator("#ed-cite")
    assert "pp. 3–4" in box.locator(".cite-page").inner_text()
    assert box.locator(".cite-url").inner_text().endswith(f"{READING}#p6")
    assert "Carr, Edward Hallett" in box.inner_text()


def test_reading_works_without_javascript(site, chromium):
    context = chromium.new_context(java_script_enabled=False)
    tab = context.new_page()
    try:
        tab.goto(url(site, READING))
        tab.locator("#ref-fn-p3-1").click()
        assert tab.locator("#pop-fn-p3-1").is_visible()  # popovers are HTML, not script
        tab.keyboard.press("Escape")
        assert not tab.locator("#pop-fn-p3-1").is_visible()
        tab.get_by_label("Highlight names and dates").check()
        color = tab.locator("#p6 a.entity.person").first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert color != "rgba(0, 0, 0, 0)"
        tab.get_by_role("button", name="Cite this").click()  # an HTML popover: no script needed
        assert tab.locator("#ed-cite").is_visible()
        tab.keyboard.press("Escape")
        assert not tab.locator("#ed-cite").is_visible()
        tab.locator("#p6 a.entity.person").first.click()
        assert tab.url.endswith("persons.html#lenin")
    finally:
        context.close()


def test_small_screens_do_not_scroll_sideways(site, chromium):
    context = chromium.new_context(viewport={"width": 360, "height": 740})
    tab = context.new_page()
    try:
        for name in [READING, "index.html", "persons.html", "chronology.html", "search.html"]:
            tab.goto(url(site, name))
            assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), name
    finally:
        context.close()


def test_print_leaves_out_the_site_controls(site, browser_page):
    browser_page.goto(url(site, READING))
    browser_page.emulate_media(media="print")
    assert not browser_page.locator(".site-header").is_visible()
    assert not browser_page.locator(".highlight-toggle").is_visible()
    assert browser_page.locator("#ed-notes").is_visible()
    assert browser_page.locator("#page-4 .pb-n").is_visible()


def test_script_in_a_seed_shows_as_text_in_the_page(tmp_path, browser_page):
    """End to end: a seed holding markup goes through convert and the site as plain text."""
    from typer.testing import CliRunner

    from edition.cli import app

    seed = tmp_path / "hostile.txt"
    seed.write_text("A scholar typed <script>alert('seed')</script> & <b>bold</b> here.\n", encoding="utf-8")
    seed.with_suffix(".toml").write_text(
        (Path(__file__).resolve().parents[2] / "seeds" / "building-socialism-1920s.toml").read_text(encoding="utf-8")
        .replace('id = "building-socialism-1920s"', 'id = "hostile"'), encoding="utf-8")
    tei = tmp_path / "hostile.xml"
    assert CliRunner().invoke(app, ["convert", str(seed), "-o", str(tei), "--quiet"]).exit_code == 0
    site_dir = tmp_path / "html"
    build_site([tei], site_dir)
    dialogs = no_dialogs(browser_page)
    browser_page.goto((site_dir / "hostile.html").as_uri())
    text = browser_page.locator("main").inner_text()
    assert "<script>alert('seed')</script> & <b>bold</b>" in text
    assert browser_page.locator("main script, main b").count() == 0
    assert not dialogs

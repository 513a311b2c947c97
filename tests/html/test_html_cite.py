# SPDX-License-Identifier: MIT
"""The "Cite this" box: opened on request only, dismissible; the reference, its page label,
its permanent address and the meta tags reference managers read."""
from __future__ import annotations

import re

import pytest

from edition.render.html import build_site
from html_helpers import page, tei

CHAPTER = ('<div type="chapter"><head>One</head>'
           '<p xml:id="a"><pb n="7"/>First paragraph on its page.</p>'
           '<p xml:id="b">Second runs <pb n="8"/>over a page end.</p></div>')


def chapter_tei(**kwargs) -> str:
    """A chapter whose source names no author, with a licence and a publication date."""
    document = tei(CHAPTER, **kwargs)
    return (document
            .replace("<author>A. Author</author>", "")
            .replace("<sourceDesc><bibl><title level=\"m\">Mini</title></bibl></sourceDesc>",
                     "<sourceDesc><bibl><title level=\"a\">A Chapter Without Author</title>"
                     "<biblScope unit=\"chapter\">4</biblScope></bibl></sourceDesc>")
            .replace("<publisher>P</publisher>",
                     "<publisher>Pub House</publisher><availability><licence target=\"https://example.org/lic\">"
                     "Licence X</licence></availability><date when=\"2025-03-04\">2025-03-04</date>"))


@pytest.mark.browser
def test_cite_box_stays_closed_after_links_and_opens_on_request(build_mini, browser_page):
    site = build_mini(chapter_tei())
    browser_page.set_viewport_size({"width": 1366, "height": 900})
    browser_page.goto((site / "mini.html").as_uri() + "#b")
    box = browser_page.locator("#ed-cite")
    assert not box.is_visible()  # a # link is no request to cite
    browser_page.locator("#a a.permalink").click()
    assert not box.is_visible()
    browser_page.get_by_role("button", name="Cite this").click()
    assert box.is_visible()
    assert "p. 7" in box.locator(".cite-page").inner_text()
    browser_page.get_by_role("button", name="Close").click()
    assert not box.is_visible()
    browser_page.goto((site / "mini.html").as_uri() + "#b")
    browser_page.get_by_role("button", name="Cite this").click()
    assert "pp. 7–8" in box.locator(".cite-page").inner_text()
    browser_page.keyboard.press("Escape")
    assert not box.is_visible()


@pytest.mark.browser
def test_cite_box_address_is_no_file_path(build_mini, browser_page):
    site = build_mini(chapter_tei())
    browser_page.goto((site / "mini.html").as_uri() + "#a")
    browser_page.get_by_role("button", name="Cite this").click()
    assert browser_page.locator("#ed-cite .cite-url").inner_text() == "mini.html#a"


def test_reference_opens_with_the_title_when_no_author_is_known(build_mini):
    site = build_mini(chapter_tei())
    box = page(site, "mini.html").get_element_by_id("ed-cite")
    source = box.xpath("string(.//span[@class='cite-source'])")
    assert source == "A Chapter Without Author, Chapter 4"
    assert "Pub House" in box.xpath("string(.//span[@class='cite-edition'])")
    licence = box.xpath(".//a[@rel='license']")
    assert licence and licence[0].get("href") == "https://example.org/lic"
    assert box.get("popover") == "auto"
    assert box.xpath(".//button[@popovertargetaction='hide']")


def test_site_url_makes_canonical_addresses_and_meta_tags(tmp_path):
    source = tmp_path / "in.xml"
    source.write_text(chapter_tei().replace("A. Author", ""), encoding="utf-8")
    build_site([source], tmp_path / "html", site_url="https://example.org/ed")
    root = page(tmp_path / "html", "mini.html")
    meta = {m.get("name"): m.get("content") for m in root.iter("meta") if m.get("name")}
    assert meta["citation_title"] == "Mini edition mini"
    assert meta["citation_publication_date"] == "2025/03/04"
    assert meta["citation_publisher"] == "Pub House"
    assert meta["citation_public_url"] == "https://example.org/ed/mini.html"
    assert root.xpath("//link[@rel='canonical']/@href") == ["https://example.org/ed/mini.html"]
    assert root.xpath("//head/link[@rel='license']/@href") == ["https://example.org/lic"]
    assert root.xpath("string(//span[@class='cite-url'])") == "https://example.org/ed/mini.html"
    assert not re.search(r"file:", (tmp_path / "html" / "mini.html").read_text(encoding="utf-8"))


def test_cli_takes_the_site_url(tmp_path):
    from typer.testing import CliRunner

    from edition.cli import app

    source = tmp_path / "in.xml"
    source.write_text(chapter_tei(), encoding="utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(app, ["html", str(source), "-o", str(out), "--site-url",
                                      "https://example.net/x/", "--quiet"])
    assert result.exit_code == 0, result.output
    assert page(out, "mini.html").xpath("//link[@rel='canonical']/@href") == ["https://example.net/x/mini.html"]


def test_site_url_comes_from_the_seeds_toml(tmp_path):
    from edition.render.html import seeds_site_url

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.toml").write_text('[edition]\nid = "other"\nsite_url = "https://wrong.example/"\n')
    (seeds / "b.toml").write_text('[edition]\nid = "mini"\nsite_url = "https://right.example/ed/"\n')
    assert seeds_site_url([tmp_path / "tei" / "mini.xml"], seeds) == "https://right.example/ed/"
    assert seeds_site_url([tmp_path / "tei" / "none.xml"], seeds) is None


@pytest.mark.parametrize("address", ["javascript:alert(1)", "example.org/ed", "https://x.org/a b"])
def test_a_site_url_that_is_no_web_address_is_refused(tmp_path, address):
    from edition.errors import InputError

    source = tmp_path / "in.xml"
    source.write_text(chapter_tei(), encoding="utf-8")
    with pytest.raises(InputError, match="not an http"):
        build_site([source], tmp_path / "html", site_url=address)
    assert not (tmp_path / "html").exists()


def test_a_source_described_with_its_own_publication_statement(build_mini):
    # a biblFull in sourceDesc has a publicationStmt of its own (the printed book's): the
    # citation names the edition's publisher, and the page is written
    document = tei("<p xml:id='p1'>Text.</p>").replace(
        "<sourceDesc><bibl><title level=\"m\">Mini</title></bibl></sourceDesc>",
        "<sourceDesc><biblFull><titleStmt><title>Kritik</title></titleStmt>"
        "<publicationStmt><publisher>Hartknoch</publisher><pubPlace>Riga</pubPlace><date>1781</date>"
        "</publicationStmt></biblFull></sourceDesc>")
    site = build_mini(document)
    edition = page(site, "mini.html").xpath("string(//*[@class='cite-edition'])")
    assert ", P" in edition and "Hartknoch" not in edition

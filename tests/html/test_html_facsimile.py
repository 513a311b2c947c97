# SPDX-License-Identifier: MIT
"""Page images: where a pb gives @facs, the page's image beside the text at its page break."""
from __future__ import annotations

import base64

import pytest

from edition.render.html import build_site
from html_helpers import page, tei

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")
BODY = ('<div><p xml:id="a"><pb n="1" facs="scans/p001.png"/>First page. '
        '<pb n="2" facs="https://images.example.org/p002.jpg"/>Second page. '
        '<pb n="3" facs="missing.png"/>Third.</p></div>')


def build(tmp_path):
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "p001.png").write_bytes(PNG)
    source = tmp_path / "in.xml"
    source.write_text(tei(BODY), encoding="utf-8")
    build_site([source], tmp_path / "html")
    return tmp_path / "html"


def test_page_images_are_shown_at_their_page_breaks(tmp_path):
    site = build(tmp_path)
    root = page(site, "mini.html")
    first = root.get_element_by_id("page-1")
    image = first.xpath(".//a[@class='facs']/img")[0]
    assert image.get("src") == "media/mini/scans/p001.png" and image.get("alt") == "Image of page 1"
    assert (site / "media" / "mini" / "scans" / "p001.png").read_bytes() == PNG
    # a web address is a link only: nothing is fetched from it
    second = root.get_element_by_id("page-2")
    assert second.xpath(".//a[contains(@class, 'facs')]/@href") == ["https://images.example.org/p002.jpg"]
    assert not second.xpath(".//img")
    assert not root.get_element_by_id("page-3").xpath(".//a")  # a file that is not there


@pytest.mark.browser
def test_page_image_stands_beside_the_text(tmp_path, browser_page):
    site = build(tmp_path)
    browser_page.set_viewport_size({"width": 1366, "height": 900})
    browser_page.goto((site / "mini.html").as_uri())
    image = browser_page.locator("#page-1 img")
    assert image.is_visible()
    text = browser_page.locator("#a").bounding_box()
    box = image.bounding_box()
    assert box["x"] >= text["x"] + text["width"] - 2  # in the margin, not over the words


def test_a_page_break_may_point_to_a_facsimile_surface(tmp_path):
    (tmp_path / "s1.png").write_bytes(PNG)
    document = tei('<div><p xml:id="a"><pb n="5" facs="#s1"/>Text.</p></div>').replace(
        "<standOff>", '<facsimile><surface xml:id="s1"><graphic url="s1.png"/></surface></facsimile><standOff>')
    source = tmp_path / "in.xml"
    source.write_text(document, encoding="utf-8")
    build_site([source], tmp_path / "html")
    root = page(tmp_path / "html", "mini.html")
    assert root.get_element_by_id("page-5").xpath(".//img/@src") == ["media/mini/s1.png"]

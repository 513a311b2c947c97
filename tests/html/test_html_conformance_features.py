# SPDX-License-Identifier: MIT
"""The pages of the reader's features (name cards, citation, about page, page images, search
options, languages) against the Nu HTML checker and axe-core, in light and dark colours."""
from __future__ import annotations

import pytest

from edition.render.html import build_site
from html_helpers import tei
from test_html_about import about_tei
from test_html_conformance import AXE_JS, AXE_TAGS, axe_violations, vnu_errors
from test_html_facsimile import PNG
from test_html_language_and_labels import FOREIGN
from test_html_registers import BODY as REGISTER_BODY, STAND_OFF


@pytest.fixture(scope="module")
def feature_site(tmp_path_factory):
    folder = tmp_path_factory.mktemp("features")
    (folder / "p1.png").write_bytes(PNG)
    documents = {
        "one.xml": tei(REGISTER_BODY.replace('<p xml:id="x3">', '<p xml:id="x3"><pb n="3" facs="p1.png"/>'),
                       edition_id="one", stand_off=STAND_OFF),
        "two.xml": about_tei().replace(">mini<", ">two<"),
        "three.xml": tei(FOREIGN, edition_id="three"),
    }
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "html"
    build_site([folder / name for name in documents], out, site_url="https://example.org/ed/")
    return out


def test_feature_pages_have_no_html_errors(feature_site):
    assert vnu_errors(sorted(feature_site.glob("*.html"))) == []


@pytest.mark.browser
def test_feature_pages_have_no_serious_accessibility_violations(feature_site, chromium):
    assert axe_violations(chromium, sorted(feature_site.glob("*.html")), highlight=True) == []


@pytest.mark.browser
def test_open_card_and_citation_in_dark_colours_are_accessible(feature_site, chromium):
    if not AXE_JS.exists():
        pytest.skip("axe-core is not installed (npm install --prefix tests --ignore-scripts)")
    context = chromium.new_context(color_scheme="dark")
    tab = context.new_page()
    try:
        tab.goto((feature_site / "one.html").as_uri())
        tab.locator("#ed-highlight").check()
        tab.locator("#x2 a.entity").first.click()
        tab.add_script_tag(path=str(AXE_JS))
        result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
        serious = [v["id"] for v in result["violations"] if v["impact"] in ("serious", "critical")]
        assert serious == []
    finally:
        context.close()

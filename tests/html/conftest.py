# SPDX-License-Identifier: MIT
"""Fixtures of the web edition tests: a site built once from the sample TEI, small inputs, a browser."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.render.html import build_site
from html_helpers import CHROMIUM, CHROMIUM_ARGS, SAMPLE


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The site of the sample edition, built once for every test that only reads it."""
    out = tmp_path_factory.mktemp("site") / "html"
    build_site([SAMPLE], out)
    return out


@pytest.fixture
def build_mini(tmp_path):
    """Build a site from TEI strings; return its directory."""
    def build(*documents: str) -> Path:
        files = []
        for number, document in enumerate(documents):
            path = tmp_path / f"in{number}.xml"
            path.write_text(document, encoding="utf-8")
            files.append(path)
        out = tmp_path / "html"
        build_site(files, out)
        return out
    return build


@pytest.fixture(scope="session")
def chromium():
    """A headless Debian chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        pytest.skip("chromium is not installed at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(chromium):
    context = chromium.new_context()
    # the site must not reach out: any request that is not a local file fails the test
    outside: list[str] = []
    context.route(re.compile(r"^(?!file:).*"), lambda route: (outside.append(route.request.url), route.abort()))
    tab = context.new_page()
    yield tab
    context.close()
    assert not outside, f"the site requested resources from elsewhere: {outside}"

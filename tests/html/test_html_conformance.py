# SPDX-License-Identifier: MIT
"""Every page of the site against the Nu HTML checker and axe-core (WCAG 2 A and AA)."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from edition.errors import EditionError
from edition.render.html import build_site

from html_helpers import NODE_MODULES

REPO = Path(__file__).resolve().parent.parent.parent
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    """The site of the editions in tei/, when the pipeline has produced them."""
    files = sorted((REPO / "tei").glob("*.xml"))
    if not files:
        pytest.skip("no tei/*.xml yet: run `make tei` first")
    out = tmp_path_factory.mktemp("real") / "html"
    try:
        build_site(files, out)
    except EditionError as exc:
        pytest.fail(f"the site of tei/*.xml does not build: {exc}")
    return out


def vnu_errors(pages: list[Path]) -> list[str]:
    if shutil.which("java") is None:
        pytest.skip("java is not installed (apt-get install default-jre-headless)")
    if not VNU_JAR.exists():
        pytest.skip("vnu-jar is not installed (npm install --prefix tests --ignore-scripts)")
    run = subprocess.run(["java", "-jar", str(VNU_JAR), "--errors-only", "--format", "json",
                          *map(str, pages)], capture_output=True, text=True, timeout=300)
    report = json.loads(run.stderr or run.stdout or '{"messages": []}')
    return [f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m['message']}"
            for m in report["messages"] if m.get("type") in ("error", "non-document-error")]


def test_sample_site_has_no_html_errors(site):
    assert vnu_errors(sorted(site.glob("*.html"))) == []


def test_real_site_has_no_html_errors(real_site):
    assert vnu_errors(sorted(real_site.glob("*.html"))) == []


def axe_violations(chromium, pages: list[Path], highlight: bool = False) -> list[str]:
    if not AXE_JS.exists():
        pytest.skip("axe-core is not installed (npm install --prefix tests --ignore-scripts)")
    found = []
    context = chromium.new_context()
    tab = context.new_page()
    try:
        for page in pages:
            tab.goto(page.as_uri())
            if highlight and tab.locator("#ed-highlight").count():
                tab.locator("#ed-highlight").check()
            tab.add_script_tag(path=str(AXE_JS))
            result = tab.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
            for violation in result["violations"]:
                if violation["impact"] in ("serious", "critical"):
                    targets = [node["target"] for node in violation["nodes"]][:3]
                    found.append(f"{page.name}: {violation['id']} ({violation['impact']}) {targets}")
    finally:
        context.close()
    return found


@pytest.mark.browser
def test_sample_site_has_no_serious_accessibility_violations(site, chromium):
    pages = sorted(site.glob("*.html"))
    assert axe_violations(chromium, pages) == []
    assert axe_violations(chromium, [p for p in pages if p.name not in {"index.html", "search.html"}],
                          highlight=True) == []


@pytest.mark.browser
def test_real_site_has_no_serious_accessibility_violations(real_site, chromium):
    assert axe_violations(chromium, sorted(real_site.glob("*.html")), highlight=True) == []

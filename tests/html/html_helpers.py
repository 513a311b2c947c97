# SPDX-License-Identifier: MIT
"""Shared values of the web edition tests: paths, the sample's id, small TEI inputs, page readers."""
from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

from lxml import html as lxml_html

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample.xml"
SAMPLE_ID = "carr-socialism-in-one-country-2"
TESTS_DIR = Path(__file__).resolve().parent.parent
NODE_MODULES = TESTS_DIR / "node_modules"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


def page(site: Path, name: str):
    return lxml_html.parse(str(site / name)).getroot()


def search_index(site: Path) -> dict:
    text = (site / "search-index.js").read_text(encoding="utf-8")
    match = re.fullmatch(r"window\.editionSearchIndex = (.*);\n", text, re.S)
    assert match, "search-index.js is not one assignment of a JSON value"
    return json.loads(match.group(1))


def tei(body: str, *, edition_id: str = "mini", stand_off: str = "", front: str = "") -> str:
    """A small TEI document around `body`, with the header the pipeline writes."""
    return textwrap.dedent(f"""\
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
          <teiHeader><fileDesc>
            <titleStmt><title type="main">Mini edition {edition_id}</title><author>A. Author</author></titleStmt>
            <publicationStmt><publisher>P</publisher><idno type="edition">{edition_id}</idno></publicationStmt>
            <sourceDesc><bibl><title level="m">Mini</title></bibl></sourceDesc>
          </fileDesc></teiHeader>
          <standOff>{stand_off}</standOff>
          <text><front>{front}</front><body>{body}</body></text>
        </TEI>
        """)

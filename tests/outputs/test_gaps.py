# SPDX-License-Identifier: MIT
"""A gap shows the encoder's description of what is missing, in every output."""
from __future__ import annotations


from lxml import html as lxml_html

from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

from .conftest import write_tei, epub_texts

BODY = """<p>Wis<gap reason="illegible" extent="2 letters"><desc>&#x2022;&#x2022;</desc></gap>dom,
a leaf <gap reason="lost"><desc>two lines torn away</desc></gap>, a page
<gap reason="duplicate"><desc>&#x3008;1 page duplicate&#x3009;</desc></gap> and <gap reason="illegible"/>.</p>"""


def test_a_gap_shows_its_description_or_an_ellipsis(tmp_path):
    tei = write_tei(tmp_path, "gaps", BODY)
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "gaps.html")).getroot()
    assert [g.text_content() for g in page.xpath("//article//span[contains(@class, 'gap')]")] == [
        "••", "[two lines torn away]", "〈1 page duplicate〉", "[…]"]
    build_epub(tei, tmp_path / "gaps.epub")
    texts = epub_texts(tmp_path / "gaps.epub")
    assert "[two lines torn away]" in texts and "〈1 page duplicate〉" in texts
    build_pdf(tei, tmp_path / "pdf" / "gaps.pdf")
    source = (tmp_path / "pdf" / "typst" / "gaps.typ").read_text(encoding="utf-8")
    assert "[two lines torn away]" in source and "••" in source and "[…]" in source

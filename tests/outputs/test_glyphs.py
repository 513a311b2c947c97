# SPDX-License-Identifier: MIT
"""Characters written with g: an empty g is shown by the mapping its charDecl entry gives."""
from __future__ import annotations


from lxml import html as lxml_html

from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

from .conftest import HEADER, TEI_NS, epub_texts

DECL = """<encodingDesc><charDecl>
<char xml:id="longs"><charName>LATIN SMALL LETTER LONG S</charName><mapping type="standard">s</mapping>
  <mapping type="diplomatic">ſ</mapping></char>
<glyph xml:id="rrot"><glyphName>R ROTUNDA</glyphName><mapping type="PUA">U+F20E</mapping>
  <mapping type="Unicode">U+A75B</mapping></glyph>
<char xml:id="unmapped"><charName>A LETTER WITHOUT A MAPPING</charName></char>
</charDecl></encodingDesc>"""
BODY = """<p>Ca<g ref="#longs"/>e, wo<g ref="#rrot"/>d, <g ref="#rrot">R</g>ex, a<g ref="#unmapped"/>b,
c<g ref="chars.xml#longs"/>d.</p>"""


def test_an_empty_g_shows_the_mapping_of_its_declaration_in_every_output(tmp_path):
    tei = tmp_path / "glyphs.xml"
    header = HEADER.format(title="G").replace("</fileDesc>", "</fileDesc>" + DECL)
    tei.write_text(f'<TEI xmlns="{TEI_NS}">{header}<text><body>{BODY}</body></text></TEI>', encoding="utf-8")
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "glyphs.html")).getroot()
    text = " ".join(page.xpath("//article//p[contains(@class, 'p')]")[-1].text_content().split())
    # the diplomatic mapping before the standard one, a code point read as the character, the
    # Unicode mapping before the private-use one, a g's own content kept, nothing for the rest
    assert text == "Caſe, woꝛd, Rex, ab, cd."
    build_epub(tei, tmp_path / "glyphs.epub")
    texts = epub_texts(tmp_path / "glyphs.epub")
    assert "ſ" in texts and "ꝛ" in texts and "\uf20e" not in texts
    build_pdf(tei, tmp_path / "pdf" / "glyphs.pdf")
    source = (tmp_path / "pdf" / "typst" / "glyphs.typ").read_text(encoding="utf-8")
    # (a character the print fonts lack is written by its code point: the font handling's choice)
    assert '#"ſ"' in source and ('#"ꝛ"' in source or '#"{U+A75B}"' in source) and "F20E" not in source

# SPDX-License-Identifier: MIT
"""Column breaks and milestones are visible where they carry a number or draw a rule; an author
tagged surname first is printed forename first."""
from __future__ import annotations

from lxml import html as lxml_html

from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

from .conftest import TEI_NS, epub_texts, write_tei

BODY = """<div><head>Liber secundus</head>
<p>Primum verbum <cb n="b"/>secundae columnae, <milestone unit="section" n="4"/>sectio quarta,
<milestone unit="para"/>sine numero, <milestone unit="canto" n="IX"/>cantus.</p>
<milestone unit="section" rendition="#hr"/>
<p>Post lineam <milestone unit="section" rend="rule"/>iterum.</p></div>"""


def test_numbered_columns_and_milestones_are_labelled_and_rules_drawn(tmp_path):
    tei = write_tei(tmp_path, "marks", BODY)
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "marks.html")).getroot()
    labels = [m.text_content() for m in page.xpath("//article//span[contains(@class, 'milestone')]")]
    assert labels == ["col. b", "§ 4", "canto IX"]
    assert len(page.xpath("//article//span[@class = 'divider'][@role = 'separator']")) == 2
    text = page.xpath("string(//article)")
    assert "sine numero" in text and "Primum verbum" in text

    build_epub(tei, tmp_path / "marks.epub")
    texts = epub_texts(tmp_path / "marks.epub")
    assert "[col. b]" in texts and "[§ 4]" in texts and "[canto IX]" in texts
    assert texts.count('class="divider"') == 2

    build_pdf(tei, tmp_path / "pdf" / "marks.pdf")
    source = (tmp_path / "pdf" / "typst" / "marks.typ").read_text(encoding="utf-8")
    assert source.count("#ed-reference(") == 3 and '"col. b"' in source
    assert source.count("#ed-divider()") == 2
    assert (tmp_path / "pdf" / "marks.pdf").stat().st_size > 0


def test_an_author_tagged_surname_first_reads_forename_first(tmp_path):
    tei = tmp_path / "named.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>Opus</title>
<author><persName><surname>Kepler</surname><forename>Johannes</forename></persName></author>
<author><persName><forename>Anne</forename> de <surname>Mornay</surname></persName></author>
</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><biblFull><titleStmt>
<title>Opus</title><author>Someone Else</author></titleStmt><publicationStmt><p>x</p>
</publicationStmt></biblFull></sourceDesc></fileDesc></teiHeader>
<text><body><p>Textus.</p></body></text></TEI>""", encoding="utf-8")
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "named.html")).getroot()
    # the edition's authors only (not the source's), each as it is read
    assert [p.text_content() for p in page.xpath("//header//p[@class = 'author']")] == [
        "Johannes Kepler", "Anne de Mornay"]
    build_epub(tei, tmp_path / "named.epub")
    import zipfile
    with zipfile.ZipFile(tmp_path / "named.epub") as archive:
        opf = next(archive.read(n).decode() for n in archive.namelist() if n.endswith(".opf"))
    assert "<dc:creator>Johannes Kepler</dc:creator>" in opf.replace(' id="creator"', "")


CITED = """<div type="edition" n="urn:cts:latinLit:phi0000.phi001"><div type="textpart" subtype="book" n="2">
<div type="textpart" subtype="chapter" n="7"><div type="textpart" subtype="section" n="1"><p>Unus.</p></div>
<div type="textpart" subtype="section" n="2"><p>Duo.</p></div></div>
<div type="textpart" subtype="chapter" n="8"><div type="textpart" subtype="section" n="1"><p>Tres.</p></div></div>
</div></div>"""


def test_a_citation_scheme_heads_its_books_and_cites_its_sections(tmp_path):
    tei = write_tei(tmp_path, "cited", CITED)
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "cited.html")).getroot()
    assert [h.text_content() for h in page.xpath("//article//h2[@class = 'head']")] == ["Book 2"]
    assert [a.text_content() for a in page.xpath("//nav[@class = 'toc']//a")] == ["Book 2"]
    assert [m.text_content() for m in page.xpath("//article//span[@class = 'milestone']")] == [
        "2.7.1", "2.7.2", "2.8.1"]
    build_epub(tei, tmp_path / "cited.epub")
    import zipfile
    with zipfile.ZipFile(tmp_path / "cited.epub") as archive:
        nav = next(archive.read(n).decode() for n in archive.namelist() if n.endswith("nav.xhtml"))
    assert "Book 2" in nav and "2.7" not in nav
    assert "[2.7.2]" in epub_texts(tmp_path / "cited.epub")

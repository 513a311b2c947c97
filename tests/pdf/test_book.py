# SPDX-License-Identifier: MIT
"""The PDF as a book and an archival file: outline, metadata, PDF/A, identical rebuilds, errors."""
from __future__ import annotations

import pypdf
import pytest
from typer.testing import CliRunner

from edition.errors import RenderError, XMLInputError
from edition.render.pdf import build_pdf, compile_typst
from pdftext import outline_titles

TEI = "{http://www.tei-c.org/ns/1.0}"


def test_outline_holds_every_chapter(built):
    titles = [" ".join(t.split()) for t in outline_titles(pypdf.PdfReader(built.pdf).outline)]
    heads = []
    for div in built.findall(".//tei:body//tei:div"):
        if div.get("type") in ("part", "chapter") and div.find(TEI + "head") is not None:
            head = div.find(TEI + "head")
            text = " ".join(t for t in head.xpath(".//text()[not(ancestor::tei:sic)][not(ancestor::tei:note)]",
                                                  namespaces={"tei": TEI[1:-1]}))
            heads.append(" ".join(text.split()))
    assert heads or not built.findall(".//tei:body//tei:div[@type='chapter']")
    for head in heads:
        assert any(head.replace(" ", "") == t.replace(" ", "") for t in titles), (head, titles)
    assert "Index of persons" in titles or not built.findall(".//tei:text//tei:persName[@ref]")


def test_metadata_title_author_language(sample):
    reader = pypdf.PdfReader(sample.pdf)
    assert reader.metadata.title == "Socialism in One Country, 1924-1926. Volume Two (front matter and chapter 11)"
    assert reader.metadata.author == "E. H. Carr"
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_pdfa_2b_declared(sample):
    xmp = pypdf.PdfReader(sample.pdf).trailer["/Root"]["/Metadata"].get_object().get_data()
    assert b"<pdfaid:part>2</pdfaid:part>" in xmp and b"<pdfaid:conformance>B</pdfaid:conformance>" in xmp


def test_xmp_rights_and_description(built):
    """The licence of the TEI header is the PDF's dc:rights (and its address the web statement);
    the printed source it reproduces is its description, in the XMP and the Info dictionary."""
    reader = pypdf.PdfReader(built.pdf)
    xmp = reader.xmp_metadata
    licences = built.findall(".//tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability//tei:licence")
    if licences:
        assert xmp.dc_rights["x-default"] == " ".join("".join(licences[0].itertext()).split())
        if licences[0].get("target"):
            data = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
            assert f"<xmpRights:WebStatement>{licences[0].get('target')}</xmpRights:WebStatement>" in data
    if built.findall(".//tei:teiHeader/tei:fileDesc/tei:sourceDesc/*"):
        description = xmp.dc_description["x-default"]
        assert len(description) > 10
        assert reader.metadata.subject == description


def test_pdfa_2b_structure(built):
    """What the tests can check of PDF/A-2b without a validator (none installs here from Debian
    or PyPI): one XMP packet that parses, declaring part 2 conformance B; an sRGB output intent;
    the Info dictionary agreeing with the XMP; no encryption; every font embedded; the file ID."""
    from lxml import etree
    reader = pypdf.PdfReader(built.pdf)
    assert not reader.is_encrypted
    assert len(reader.trailer["/ID"]) == 2
    root = reader.trailer["/Root"]
    intents = root["/OutputIntents"]
    assert any(i.get_object()["/S"] == "/GTS_PDFA1" and "/DestOutputProfile" in i.get_object() for i in intents)
    data = root["/Metadata"].get_object().get_data()
    assert "/Filter" not in root["/Metadata"].get_object()
    rdf = etree.fromstring(data.split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])
    ns = {"pdfaid": "http://www.aiim.org/pdfa/ns/id/", "dc": "http://purl.org/dc/elements/1.1/",
          "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"}
    assert rdf.findtext(".//pdfaid:part", namespaces=ns) == "2"
    assert rdf.findtext(".//pdfaid:conformance", namespaces=ns) == "B"
    assert rdf.findtext(".//dc:title/rdf:Alt/rdf:li", namespaces=ns) == reader.metadata.title
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))


def test_fonts_are_embedded(sample):
    reader = pypdf.PdfReader(sample.pdf)
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get("/Font", {}).values():
            descendant = font.get_object()["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"]
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            fonts.add(str(descendant["/BaseFont"]))
    assert any("Libertinus" in f for f in fonts), fonts


def test_page_labels_roman_front_arabic_body(sample):
    labels = list(pypdf.PdfReader(sample.pdf).page_labels)
    assert "i" in labels and "1" in labels and labels.index("i") < labels.index("1")


def test_two_builds_are_byte_identical(tmp_path, sample):
    again = tmp_path / "again" / "sample.pdf"
    build_pdf(sample.tei, again)
    assert again.read_bytes() == sample.pdf.read_bytes()


def test_malformed_tei_is_one_clear_error_and_no_pdf(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><p>unclosed</text></TEI>', encoding="utf-8")
    out = tmp_path / "out" / "bad.pdf"
    with pytest.raises(XMLInputError) as error:
        build_pdf(bad, out)
    assert error.value.line == 2
    assert not out.exists()


def test_not_tei_is_refused(tmp_path):
    other = tmp_path / "other.xml"
    other.write_text("<html/>", encoding="utf-8")
    with pytest.raises(RenderError, match="not a TEI file"):
        build_pdf(other, tmp_path / "other.pdf")


def test_typst_error_names_line_of_generated_source(tmp_path):
    broken = tmp_path / "broken.typ"
    broken.write_text("fine\n#let x = (\n", encoding="utf-8")
    with pytest.raises(RenderError) as error:
        compile_typst(broken, 0)
    assert error.value.line == 2 and "typst" in error.value.message


def test_cli_reports_bad_input_without_traceback(tmp_path):
    from edition.cli import app
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI", encoding="utf-8")
    result = CliRunner().invoke(app, ["pdf", str(bad), "-o", str(tmp_path / "out"), "--quiet"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert not (tmp_path / "out" / "bad.pdf").exists()

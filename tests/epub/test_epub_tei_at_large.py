# SPDX-License-Identifier: MIT
"""TEI as other projects write it, in the e-book: a document whose text the edition cannot
find (element names of a translated schema), DTD-era DOCTYPEs, figures with captions,
elements of modules the edition does not know."""
from __future__ import annotations

import re

from edition.render.epub import build_epub

from .conftest import NS, open_book

HEADER = ('<teiHeader><fileDesc><titleStmt><title type="main">{title}</title></titleStmt>'
          '<publicationStmt><publisher>P</publisher></publicationStmt><sourceDesc><p>x</p></sourceDesc>'
          '</fileDesc></teiHeader>')


def test_a_document_without_a_text_element_still_makes_a_valid_book(tmp_path, epubcheck):
    # the element names of a schema translated into German (TEI's i18n): no <text> to find
    tei = tmp_path / "kopf.xml"
    tei.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title="Kopf")}'
                   '<Text><Körper><p>Marley was dead: to begin with.</p></Körper></Text></TEI>', encoding="utf-8")
    build_epub(tei, tmp_path / "kopf.epub")
    book = open_book(tmp_path / "kopf.epub")
    assert book.documents["text-001.xhtml"].xpath("//h:h1/text()", namespaces=NS) == ["Kopf"]
    report = epubcheck(tmp_path / "kopf.epub")
    assert re.search(r"Messages: 0 fatals / 0 errors", report.stdout + report.stderr), report.stdout


def test_a_p4_doctype_unknown_elements_and_a_figure_caption_make_a_valid_book(tmp_path, epubcheck):
    tei = tmp_path / "older.xml"
    tei.write_text('<?xml version="1.0"?>\n<!DOCTYPE TEI SYSTEM "tei.dtd" [\n<!ENTITY % TEI.spoken "INCLUDE">\n]>\n'
                   f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title="Older")}<text><body><div>'
                   '<u who="#a">Well then</u><u who="#b">right</u>'
                   '<figure><head>The plan</head><figDesc>A ground plan</figDesc></figure>'
                   '</div></body></text></TEI>', encoding="utf-8")
    build_epub(tei, tmp_path / "older.epub")
    book = open_book(tmp_path / "older.epub")
    page = book.documents["text-001.xhtml"]
    assert [p.xpath("string()") for p in page.xpath("//h:p[@class='u']", namespaces=NS)] == ["Well then", "right"]
    assert page.xpath("string(//h:figure/h:figcaption)", namespaces=NS) == "The plan"
    report = epubcheck(tmp_path / "older.epub")
    assert re.search(r"Messages: 0 fatals / 0 errors", report.stdout + report.stderr), report.stdout


def test_a_web_address_with_characters_a_uri_may_not_hold_is_written_percent_encoded(tmp_path, epubcheck):
    tei = tmp_path / "links.xml"
    tei.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title="Links")}<text><body><div>'
                   '<p><ref target="https://example.org/?q=&lt;x&gt;">query</ref> and '
                   '<ref target="https://de.wikipedia.org/wiki/Köln">Köln</ref>.</p>'
                   '</div></body></text></TEI>', encoding="utf-8")
    build_epub(tei, tmp_path / "links.epub")
    page = open_book(tmp_path / "links.epub").documents["text-001.xhtml"]
    assert page.xpath("//h:a[@class='ref']/@href", namespaces=NS) == [
        "https://example.org/?q=%3Cx%3E", "https://de.wikipedia.org/wiki/K%C3%B6ln"]
    report = epubcheck(tmp_path / "links.epub")
    assert re.search(r"Messages: 0 fatals / 0 errors", report.stdout + report.stderr), report.stdout

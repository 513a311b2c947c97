# SPDX-License-Identifier: MIT
"""The EPUB 3 edition: valid, with popup footnotes, the whole text, metadata from the header, reproducible."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from edition.errors import XMLInputError
from edition.header_facts import derived_identifier
from edition.render.epub import build_epub

from .conftest import EDITIONS, NS, OPS, SAMPLE, XHTML, open_book

TEI = "{http://www.tei-c.org/ns/1.0}"
EPUB_TYPE = f"{{{OPS}}}type"


def text_of(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def tei_reading_text(el: etree._Element) -> str:
    """What a reader reads of a TEI element: corrections not the source's errors, notes apart."""
    parts: list[str] = []

    def walk(node: etree._Element, inside: bool) -> None:
        skip = inside and node.tag in (TEI + "note", TEI + "sic")
        if not skip and node.text:
            parts.append(node.text)
        if not skip:
            for child in node:
                walk(child, True)
        if inside and node.tail:
            parts.append(node.tail)
    walk(el, False)
    return " ".join("".join(parts).split())


def xhtml_reading_text(el: etree._Element) -> str:
    """Text of an XHTML element without its note markers."""
    copy = etree.fromstring(etree.tostring(el))
    for ref in copy.xpath(".//h:a[@epub:type='noteref']", namespaces=NS):
        tail = ref.tail
        parent = ref.getparent()
        previous = ref.getprevious()
        parent.remove(ref)
        if tail:
            if previous is not None:
                previous.tail = (previous.tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    return text_of(copy)


def test_every_note_is_a_noteref_footnote_pair(sample_book):
    tei = etree.parse(str(SAMPLE))
    notes = tei.findall(".//tei:text//tei:note[@place='foot']", NS)
    assert len(notes) == 2
    for note in notes:
        note_id = note.get("{http://www.w3.org/XML/1998/namespace}id")
        (name, doc), = [(n, d) for n, d in sample_book.documents.items()
                        if d.xpath("//h:aside[@id=$id]", id=note_id, namespaces=NS)]
        aside = doc.xpath("//h:aside[@id=$id]", id=note_id, namespaces=NS)[0]
        assert aside.get(EPUB_TYPE) == "footnote"
        refs = doc.xpath("//h:a[@epub:type='noteref'][@href=$href]", href="#" + note_id, namespaces=NS)
        assert len(refs) == 1, name
        assert refs[0].text == note.get("n")
        # the footnote links back to its marker, and holds the note's whole text after its number
        back = aside.xpath(".//h:a[@class='note-number']", namespaces=NS)[0]
        assert back.get("href") == "#" + refs[0].get("id")
        # the sample's source numbers its notes on each page from 1: the label names the page
        page = note.xpath("preceding::tei:pb[@n][1]/@n", namespaces=NS)[0]
        assert back.text == f"p. {page}, n. {note.get('n')}"
        assert text_of(aside) == f"p. {page}, n. {note.get('n')} {tei_reading_text(note)}"
    all_refs = [a for d in sample_book.documents.values()
                for a in d.xpath("//h:a[@epub:type='noteref']", namespaces=NS)]
    all_asides = [a for d in sample_book.documents.values()
                  for a in d.xpath("//h:aside[@epub:type='footnote']", namespaces=NS)]
    assert len(all_refs) == len(all_asides) == len(notes)


def _check_paragraphs(tei_file: Path, book) -> None:
    tei = etree.parse(str(tei_file))
    xml_id = "{http://www.w3.org/XML/1998/namespace}id"
    everything = " ".join(xhtml_reading_text(d.find(f"{{{XHTML}}}body")) for d in book.documents.values())
    paragraphs = tei.findall(".//tei:text//tei:p", NS)
    assert paragraphs
    for p in paragraphs:
        expected = tei_reading_text(p)
        rendered = [el for d in book.documents.values()
                    for el in d.xpath("//h:p[@id=$id]", id=p.get(xml_id), namespaces=NS)] if p.get(xml_id) else []
        if rendered:
            assert xhtml_reading_text(rendered[0]) == expected, p.get(xml_id)
        else:
            assert expected in everything


def test_the_text_of_every_paragraph_is_in_the_book(sample_book):
    _check_paragraphs(SAMPLE, sample_book)


@pytest.mark.parametrize("tei_file", EDITIONS, ids=[p.stem for p in EDITIONS])
def test_the_text_of_every_paragraph_is_in_each_edition(tmp_path, tei_file):
    target = tmp_path / f"{tei_file.stem}.epub"
    build_epub(tei_file, target)
    _check_paragraphs(tei_file, open_book(target))


def test_markup_in_the_text_stays_text(sample_book):
    (doc,) = [d for d in sample_book.documents.values() if d.xpath("//h:p[@id='p7']", namespaces=NS)]
    assert "<script>alert('x')</script> &" in text_of(doc.xpath("//h:p[@id='p7']", namespaces=NS)[0])
    assert not doc.xpath("//h:script", namespaces=NS)


def test_corrections_are_read_and_the_source_reading_kept(sample_book):
    corrections = [el for d in sample_book.documents.values()
                   for el in d.xpath("//h:span[@class='corr']", namespaces=NS)]
    assert [(c.text, c.get("title")) for c in corrections] == [("CHAPTER 11", "Reading of the source: CHAPTER II")]


def test_navigation_lists_the_divisions_and_every_link_resolves(sample_book):
    nav = sample_book.documents["nav.xhtml"]
    toc = nav.xpath("//h:nav[@epub:type='toc']", namespaces=NS)[0]
    labels = [text_of(a) for a in toc.iter(f"{{{XHTML}}}a")]
    assert labels == ["Imprint", "A HISTORY OF SOVIET RUSSIA", "PREFACE", "CONTENTS",
                      "PART III THE STRUGGLE IN THE PARTY", "CHAPTER 11 LESSONS OF OCTOBER", "A section heading"]
    # the chapter is nested in its part
    assert toc.xpath("h:ol/h:li[5]/h:ol/h:li/h:a", namespaces=NS)[0].get("href").endswith("#ch11")
    pages = nav.xpath("//h:nav[@epub:type='page-list']//h:a", namespaces=NS)
    assert [a.text for a in pages] == ["3", "4"]
    for name, doc in sample_book.documents.items():
        for a in doc.iter(f"{{{XHTML}}}a"):
            if re.match(r"https?://", a.get("href")):
                continue  # the licence, out of the book
            file, _, fragment = a.get("href").partition("#")
            target = sample_book.documents[file or name]
            assert not fragment or target.xpath("//*[@id=$id]", id=fragment), f"{name}: {a.get('href')}"


def test_metadata_comes_from_the_header(sample_book):
    meta = sample_book.package.find("opf:metadata", NS)

    def values(name: str) -> list[str]:
        return [el.text for el in meta.findall(name, NS)]
    assert values("dc:title") == ["Socialism in One Country, 1924-1926. Volume Two (front matter and chapter 11)"]
    assert values("dc:creator") == ["E. H. Carr"]
    assert values("dc:language") == ["en"]
    # no identifier recorded: a name-based UUID of publisher and id, never the bare slug
    assert values("dc:identifier") == [derived_identifier("Edition pipeline project", "carr-socialism-in-one-country-2")]
    assert "Macmillan" in values("dc:source")[0]
    # no date in the sample's header: the fixed placeholder, never the clock
    assert meta.xpath("opf:meta[@property='dcterms:modified']/text()", namespaces=NS) == ["1980-01-01T00:00:00Z"]


def test_modified_date_is_the_editions_publication_date(tmp_path):
    tree = etree.parse(str(SAMPLE))
    etree.SubElement(tree.find(".//tei:publicationStmt", NS), TEI + "date", when="2026-03-14").text = "2026"
    tei = tmp_path / "dated.xml"
    tree.write(str(tei), encoding="UTF-8", xml_declaration=True)
    build_epub(tei, tmp_path / "dated.epub")
    book = open_book(tmp_path / "dated.epub")
    assert book.package.xpath("//opf:meta[@property='dcterms:modified']/text()", namespaces=NS) == ["2026-03-14T00:00:00Z"]
    with zipfile.ZipFile(tmp_path / "dated.epub") as archive:
        assert {i.date_time for i in archive.infolist()} == {(2026, 3, 14, 0, 0, 0)}


def test_mimetype_comes_first_and_uncompressed(sample_book):
    with zipfile.ZipFile(sample_book.path) as archive:
        first, second = archive.infolist()[:2]
        assert (first.filename, first.compress_type, first.extra) == ("mimetype", zipfile.ZIP_STORED, b"")
        assert archive.read(first) == b"application/epub+zip"
        assert second.filename == "META-INF/container.xml"
    # the OCF rule: the bytes 'mimetypeapplication/epub+zip' at offset 30
    assert sample_book.path.read_bytes()[30:58] == b"mimetypeapplication/epub+zip"


def test_two_builds_are_byte_identical(tmp_path):
    build_epub(SAMPLE, tmp_path / "one.epub")
    build_epub(SAMPLE, tmp_path / "two.epub")
    assert (tmp_path / "one.epub").read_bytes() == (tmp_path / "two.epub").read_bytes()


def test_content_documents_are_xhtml(sample_book):
    for name, doc in sample_book.documents.items():
        assert doc.tag == f"{{{XHTML}}}html", name
        assert doc.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    manifest = {i.get("href") for i in sample_book.package.iterfind("opf:manifest/opf:item", NS)}
    assert set(sample_book.documents) <= manifest


def test_bad_input_is_refused_and_writes_nothing(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI xmlns='http://www.tei-c.org/ns/1.0'>\n<teiHeader>\n", encoding="utf-8")
    with pytest.raises(XMLInputError):
        build_epub(bad, tmp_path / "out" / "bad.epub")
    assert not (tmp_path / "out" / "bad.epub").exists()


@pytest.mark.parametrize("tei_file", [SAMPLE, *EDITIONS], ids=["sample", *(p.stem for p in EDITIONS)])
def test_epubcheck_finds_no_error(tmp_path, epubcheck, tei_file):
    target = tmp_path / f"{tei_file.stem}.epub"
    build_epub(tei_file, target)
    result = epubcheck(target)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert re.search(r"Messages: 0 fatals / 0 errors / 0 warnings", report), report


@pytest.mark.parametrize("tei_file", EDITIONS, ids=[p.stem for p in EDITIONS])
def test_each_editions_notes_are_noteref_footnote_pairs(tmp_path, tei_file):
    target = tmp_path / f"{tei_file.stem}.epub"
    build_epub(tei_file, target)
    book = open_book(target)
    notes = etree.parse(str(tei_file)).findall(".//tei:text//tei:note[@place='foot']", NS)
    for doc in book.documents.values():
        for aside in doc.xpath("//h:aside[@epub:type='footnote']", namespaces=NS):
            refs = doc.xpath("//h:a[@epub:type='noteref'][@href=$h]", h="#" + aside.get("id"), namespaces=NS)
            assert len(refs) == 1, aside.get("id")
    asides = [a for d in book.documents.values() for a in d.xpath("//h:aside[@epub:type='footnote']", namespaces=NS)]
    refs = [a for d in book.documents.values() for a in d.xpath("//h:a[@epub:type='noteref']", namespaces=NS)]
    assert len(asides) == len(refs) == len(notes)


def test_a_text_without_divisions_keeps_every_paragraph_and_a_navigation_entry(tmp_path):
    tei = tmp_path / "loose.xml"
    tei.write_text(
        '<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt>'
        '<title type="main">Loose</title></titleStmt><publicationStmt><publisher>P</publisher>'
        '<idno type="edition">loose</idno></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>'
        '</teiHeader><text><body><p xml:id="a">One<note place="foot" n="1">N</note></p><p>Two</p>'
        '</body></text></TEI>', encoding="utf-8")
    build_epub(tei, tmp_path / "loose.epub")
    book = open_book(tmp_path / "loose.epub")
    entries = book.documents["nav.xhtml"].xpath("//h:nav[@epub:type='toc']//h:a", namespaces=NS)
    assert [(a.text, a.get("href")) for a in entries] == [("Loose", "text-001.xhtml")]
    _check_paragraphs(tei, book)


def test_a_three_letter_language_code_is_the_books_bcp_47_language(tmp_path):
    tree = etree.parse(str(SAMPLE))
    tree.getroot().set("{http://www.w3.org/XML/1998/namespace}lang", "pol")
    tei = tmp_path / "polish.xml"
    tree.write(str(tei), encoding="UTF-8", xml_declaration=True)
    build_epub(tei, tmp_path / "polish.epub")
    book = open_book(tmp_path / "polish.epub")
    assert book.package.xpath("//dc:language/text()", namespaces=NS) == ["pl"]
    assert {doc.get("lang") for doc in book.documents.values()} <= {"pl", "en"}

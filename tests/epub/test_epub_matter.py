# SPDX-License-Identifier: MIT
"""What an e-reader and its user find: a persistent identifier, dates, a description,
accessibility metadata (EPUB Accessibility 1.1), a cover, a title page, a colophon, notes told
apart by their page, and the checks Ace makes that can be made here."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from edition.header_facts import derived_identifier
from edition.render.epub import build_epub

from .conftest import EDITIONS, NS, OPS, SAMPLE, XHTML, open_book

TEI_NS = "http://www.tei-c.org/ns/1.0"
SVG = "http://www.w3.org/2000/svg"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CARR = next(p for p in EDITIONS if p.stem == "carr-socialism-in-one-country-2")
MONOGRAPH = next(p for p in EDITIONS if p.stem == "building-socialism-1920s")
# values of schema:accessibilityFeature a book like this one can claim (schema.org's vocabulary)
FEATURES = {"structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability",
            "pageBreakMarkers", "pageNavigation", "MathML", "index", "longDescription", "describedMath"}


@pytest.fixture(scope="module")
def books(tmp_path_factory) -> dict[str, object]:
    out = tmp_path_factory.mktemp("books")
    built = {}
    for tei in [SAMPLE, *EDITIONS]:
        build_epub(tei, out / f"{tei.stem}.epub")
        built[tei.stem] = open_book(out / f"{tei.stem}.epub")
    return built


def metadata(book, prop: str) -> list[str]:
    return [el.text for el in book.package.xpath("//opf:meta[@property=$p]", p=prop, namespaces=NS)]


def unique_identifier(book) -> str:
    (value,) = book.package.xpath("//dc:identifier[@id=/opf:package/@unique-identifier]/text()", namespaces=NS)
    return value


def spine(book) -> list[str]:
    items = {i.get("id"): i.get("href") for i in book.package.iterfind("opf:manifest/opf:item", NS)}
    return [items[ref.get("idref")] for ref in book.package.iterfind("opf:spine/opf:itemref", NS)]


def _write_tei(tmp_path: Path, change) -> Path:
    tree = etree.parse(str(SAMPLE))
    change(tree)
    target = tmp_path / "tei" / "ed.xml"
    target.parent.mkdir(exist_ok=True)
    tree.write(str(target), encoding="UTF-8", xml_declaration=True)
    return target


# ---------------------------------------------------------------- identifier, date, description

def test_the_identifier_is_persistent_never_a_bare_slug(books):
    for name, book in books.items():
        identifier = unique_identifier(book)
        assert re.match(r"(urn:[a-z0-9][a-z0-9-]*:|https?://)\S+$", identifier), (name, identifier)
    assert unique_identifier(books["sample"]) == derived_identifier("Edition pipeline project",
                                                                     "carr-socialism-in-one-country-2")
    # the same edition gives the same identifier on every build
    assert re.fullmatch(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
                        unique_identifier(books["sample"]))


def test_an_identifier_recorded_in_the_header_is_used(tmp_path):
    def with_doi(tree):
        pub = tree.find(".//tei:publicationStmt", NS)
        etree.SubElement(pub, f"{{{TEI_NS}}}idno", type="DOI").text = "10.5555/carr.2"
    tei = _write_tei(tmp_path, with_doi)
    build_epub(tei, tmp_path / "doi.epub")
    assert unique_identifier(open_book(tmp_path / "doi.epub")) == "https://doi.org/10.5555/carr.2"


def test_the_seeds_identifier_and_description_are_used(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "ed.toml").write_text(
        '[edition]\nid = "ed"\ndate_order = "day-first"\ntitle = "T"\nlanguage = "en"\n'
        '[source]\nstatus = "unidentified"\ndescription = "d"\n'
        '[publication]\npublisher = "P"\nlicence = "L"\nlicence_url = "https://example.org/"\n'
        'identifier = "urn:nbn:de:0000-ed1"\ndescription = "Chapter 11 & more: <the> lessons"\n',
        encoding="utf-8")

    def renamed(tree):
        tree.find(".//tei:publicationStmt/tei:idno[@type='edition']", NS).text = "ed"
    tei = _write_tei(tmp_path, renamed)
    build_epub(tei, tmp_path / "ed.epub")
    book = open_book(tmp_path / "ed.epub")
    assert unique_identifier(book) == "urn:nbn:de:0000-ed1"
    assert book.package.xpath("//dc:description/text()", namespaces=NS) == ["Chapter 11 & more: <the> lessons"]


def test_the_publication_date_and_a_description_are_given(books):
    for tei in EDITIONS:
        book = books[tei.stem]
        header = etree.parse(str(tei))
        (when,) = header.xpath("//tei:publicationStmt/tei:date/@when", namespaces=NS)
        assert book.package.xpath("//dc:date/text()", namespaces=NS) == [when]
    # the sample records no date of its own: none is invented
    assert books["sample"].package.xpath("//dc:date", namespaces=NS) == []
    for book in books.values():
        (description,) = book.package.xpath("//dc:description/text()", namespaces=NS)
        assert len(description) > 40
    (carr,) = books[CARR.stem].package.xpath("//dc:description/text()", namespaces=NS)
    assert "E. H. Carr" in carr and "Macmillan" in carr


# ---------------------------------------------------------------- accessibility metadata

def test_accessibility_metadata(books):
    for name, book in books.items():
        assert set(metadata(book, "schema:accessMode")) == {"textual", "visual"}
        assert metadata(book, "schema:accessModeSufficient") == ["textual"]
        features = metadata(book, "schema:accessibilityFeature")
        assert {"structuralNavigation", "tableOfContents", "readingOrder", "alternativeText"} <= set(features)
        assert set(features) <= FEATURES, name
        assert metadata(book, "schema:accessibilityHazard") == ["none"]
        (summary,) = metadata(book, "schema:accessibilitySummary")
        assert len(summary) > 80
        assert metadata(book, "dcterms:conformsTo") == ["EPUB Accessibility 1.1 - WCAG 2.1 Level AA"]
        # pages are navigable exactly when the book has a page list
        has_pages = bool(book.documents["nav.xhtml"].xpath("//h:nav[@epub:type='page-list']", namespaces=NS))
        assert ("pageNavigation" in features) == has_pages == ("pageBreakMarkers" in features), name


# ---------------------------------------------------------------- cover, title page, colophon

def test_a_cover_image_with_title_and_author(books):
    book = books[CARR.stem]
    (cover,) = book.package.xpath("//opf:item[contains(concat(' ', @properties, ' '), ' cover-image ')]",
                                  namespaces=NS)
    assert cover.get("media-type") == "image/svg+xml"
    with zipfile.ZipFile(book.path) as archive:
        svg = etree.fromstring(archive.read(f"EPUB/{cover.get('href')}"))
    assert svg.tag == f"{{{SVG}}}svg"
    words = " ".join(" ".join(t.itertext()) for t in svg.iter(f"{{{SVG}}}text"))
    assert "E. H. Carr" in words and "Socialism in One" in words
    assert "Socialism in One Country" in svg.findtext(f"{{{SVG}}}title")
    # the cover page shows it first, with a text alternative
    assert spine(book)[:2] == ["cover.xhtml", "titlepage.xhtml"]
    (img,) = book.documents["cover.xhtml"].xpath("//h:img", namespaces=NS)
    assert img.get("src") == cover.get("href")
    assert "Socialism in One Country" in img.get("alt") and "E. H. Carr" in img.get("alt")


def test_a_title_page(books):
    page = books[CARR.stem].documents["titlepage.xhtml"]
    (section,) = page.xpath("//h:section[@epub:type='titlepage']", namespaces=NS)
    assert section.findtext(f"{{{XHTML}}}h1") == "Socialism in One Country, 1924-1926. Volume Two (front matter and chapter 11)"
    text = " ".join(section.itertext())
    assert "E. H. Carr" in text and "Edition pipeline project" in text and "2026-11-21" in text


def test_a_colophon_with_licence_and_credits_from_the_header(books):
    for tei in [SAMPLE, *EDITIONS]:
        book = books[tei.stem]
        header = etree.parse(str(tei))
        assert spine(book)[-1] == "colophon.xhtml"
        page = book.documents["colophon.xhtml"]
        (section,) = page.xpath("//h:section[@epub:type='colophon']", namespaces=NS)
        text = " ".join(" ".join(section.itertext()).split())
        licence = header.find(".//tei:availability/tei:licence", NS)
        assert " ".join(licence.text.split()) in text
        assert section.xpath(".//h:a/@href", namespaces=NS) == [licence.get("target")]
        for resp in header.findall(".//tei:titleStmt/tei:respStmt", NS):
            assert " ".join(resp.findtext("tei:resp", namespaces=NS).split()) in text
            for name in resp.findall("tei:name", NS):
                assert name.text in text
        assert header.findtext(".//tei:publicationStmt/tei:publisher", namespaces=NS) in text
        assert unique_identifier(book) in text
    assert "Macmillan" in " ".join(books[CARR.stem].documents["colophon.xhtml"].itertext())


def test_header_text_is_escaped_on_cover_title_page_and_colophon(tmp_path):
    title = 'Tom & Jerry <script>alert("x")</script> \u201cquoted\u201d'

    def odd(tree):
        tree.find(".//tei:titleStmt/tei:title[@type='main']", NS).text = title
        tree.find(".//tei:titleStmt/tei:author", NS).text = "A <b>& B"
    tei = _write_tei(tmp_path, odd)
    build_epub(tei, tmp_path / "odd.epub")
    book = open_book(tmp_path / "odd.epub")
    with zipfile.ZipFile(book.path) as archive:
        svg = etree.fromstring(archive.read("EPUB/cover.svg"))
    assert title in svg.findtext(f"{{{SVG}}}title")
    assert not list(svg.iter("{*}script"))
    for name in ("cover.xhtml", "titlepage.xhtml", "colophon.xhtml"):
        assert not book.documents[name].xpath("//h:script | //h:b", namespaces=NS), name
    assert book.documents["titlepage.xhtml"].xpath("//h:h1/text()", namespaces=NS) == [title]
    assert "A <b>& B" in book.documents["cover.xhtml"].xpath("//h:img/@alt", namespaces=NS)[0]


# ---------------------------------------------------------------- notes numbered per page

def test_notes_numbered_per_page_carry_their_page(books):
    """Carr's source restarts the note numbers on every page: two notes "1" of the chapter
    are told apart by their page, as the print edition cites them."""
    tei = etree.parse(str(CARR))
    book = books[CARR.stem]
    labels = {}
    for doc in book.documents.values():
        for aside in doc.xpath("//h:aside[@epub:type='footnote']", namespaces=NS):
            labels[aside.get("id")] = aside.xpath(".//h:a[@class='note-number']", namespaces=NS)[0].text
    notes = tei.xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)
    assert len(labels) == len(notes) == 25
    for note in notes:
        page = note.xpath("preceding::tei:pb[@n][1]/@n", namespaces=NS)[0]
        assert labels[note.get("{http://www.w3.org/XML/1998/namespace}id")] == f"p. {page}, n. {note.get('n')}"
    assert "p. 4, n. 1" in labels.values()
    assert len(set(labels.values())) == len(labels)


def test_notes_numbered_through_the_chapter_keep_their_number(books):
    tei = etree.parse(str(MONOGRAPH))
    numbers = [a.text for d in books[MONOGRAPH.stem].documents.values()
               for a in d.xpath("//h:aside[@epub:type='footnote']//h:a[@class='note-number']", namespaces=NS)]
    assert numbers == tei.xpath("//tei:text//tei:note[@place='foot']/@n", namespaces=NS)
    assert numbers[0] == "18"


# ---------------------------------------------------------------- checks Ace makes

@pytest.mark.parametrize("name", ["sample", *(p.stem for p in EDITIONS)])
def test_ace_like_checks(books, name):
    book = books[name]
    lang = book.package.get(XML_LANG)
    assert lang
    for doc_name, doc in book.documents.items():
        # the language of every content document, in both attributes
        assert doc.get(XML_LANG) == doc.get("lang") == lang, doc_name
        assert doc.findtext(f"{{{XHTML}}}head/{{{XHTML}}}title").strip(), doc_name
        # every image has a text alternative
        for img in doc.iter(f"{{{XHTML}}}img"):
            assert (img.get("alt") or "").strip() or img.get("role") == "presentation", doc_name
        # a page break is announced with its number
        for pagebreak in doc.xpath("//*[@epub:type='pagebreak']", namespaces=NS):
            assert pagebreak.get("aria-label") and pagebreak.get("id"), doc_name
        # at most one heading of level 1 per document
        assert len(doc.xpath("//h:h1", namespaces=NS)) <= 1 or doc_name.startswith("text-"), doc_name
    nav = book.documents["nav.xhtml"]
    assert nav.xpath("//h:nav[@epub:type='toc']//h:a", namespaces=NS)
    landmarks = nav.xpath("//h:nav[@epub:type='landmarks']//h:a/@epub:type", namespaces=NS)
    assert {"cover", "titlepage", "toc", "bodymatter", "colophon"} <= set(landmarks)
    # the page list has one entry per printed page break of the text, each leading to it
    source = {"sample": SAMPLE, **{p.stem: p for p in EDITIONS}}[name]
    pbs = etree.parse(str(source)).xpath("/tei:TEI/tei:text//tei:pb[@n][not(ancestor::tei:note)]", namespaces=NS)
    entries = nav.xpath("//h:nav[@epub:type='page-list']//h:a", namespaces=NS)
    assert [a.text for a in entries] == [pb.get("n") for pb in pbs]
    if entries:  # Ace: a page list needs the source of its page numbers
        (refines,) = book.package.xpath("//opf:meta[@property='source-of'][.='pagination']/@refines", namespaces=NS)
        assert book.package.xpath("//dc:source[@id=$id]/text()", id=refines.lstrip("#"), namespaces=NS)
    for a in entries:
        file, _, fragment = a.get("href").partition("#")
        (target,) = book.documents[file].xpath("//*[@id=$id]", id=fragment, namespaces=NS)
        assert target.get(f"{{{OPS}}}type") == "pagebreak"


def test_the_books_own_words_are_marked_with_their_language(tmp_path):
    """A German text: the colophon's English labels say they are English, the text is German."""
    def german(tree):
        tree.getroot().set(XML_LANG, "de")
    tei = _write_tei(tmp_path, german)
    build_epub(tei, tmp_path / "de.epub")
    page = open_book(tmp_path / "de.epub").documents["colophon.xhtml"]
    assert page.get(XML_LANG) == "de"
    labels = page.xpath("//h:h1 | //h:dt", namespaces=NS)
    assert labels and all(el.get(XML_LANG) == el.get("lang") == "en" for el in labels)
    assert all(dd.get(XML_LANG) is None for dd in page.xpath("//h:dd[not(contains(., 'restricted'))]",
                                                             namespaces=NS))


def test_a_language_name_in_the_header_is_no_language_tag(tmp_path):
    """Some headers name the language ("greek") where a tag belongs: the text's own tag is taken."""
    def named(tree):
        root = tree.getroot()
        del root.attrib[XML_LANG]
        for language in tree.findall(".//tei:langUsage/tei:language", NS):
            language.set("ident", "greek")
        tree.find("tei:text", NS).set(XML_LANG, "grc")
    tei = _write_tei(tmp_path, named)
    build_epub(tei, tmp_path / "grc.epub")
    book = open_book(tmp_path / "grc.epub")
    assert book.package.xpath("//dc:language/text()", namespaces=NS) == ["grc"]
    assert {d.get(XML_LANG) for d in book.documents.values()} == {"grc"}

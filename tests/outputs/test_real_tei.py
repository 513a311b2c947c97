# SPDX-License-Identifier: MIT
"""TEI written elsewhere (eval/corpus/tei/): every output renders it, with the behaviours of
the processing model: one reading of a choice, the lemma of an apparatus in the text, verse
as lines, speeches with their speakers, deletions as deletions."""
from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree, html as lxml_html

from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

from .conftest import epub_texts
from edition.render.vocabulary import report_unknown

REAL = Path(__file__).resolve().parents[2] / "eval" / "corpus" / "tei"
SMALL = ["06-lelewel-letter-app.xml", "07-potocki-verse.xml", "13-stylesheets-testtranscr.xml",
         "14-stylesheets-ms-charter.xml", "11-stylesheets-test.xml"]
TEI_NS = "http://www.tei-c.org/ns/1.0"

pytestmark = pytest.mark.skipif(not (REAL / SMALL[0]).exists(), reason="eval/corpus/tei/ is not there")


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """A site per small real TEI file; the reading page of each."""
    pages = {}
    for name in SMALL:
        out = tmp_path_factory.mktemp("real") / "html"
        build_site([REAL / name], out)
        reading = [p for p in out.glob("*.html") if p.name not in
                   ("index.html", "search.html", "chronology.html", "persons.html", "places.html",
                    "organisations.html") and not p.name.endswith("-about.html")]
        assert len(reading) == 1
        pages[name] = reading[0]
    return pages


def text_of(page: Path):
    return lxml_html.parse(str(page)).getroot().get_element_by_id("ed-text")


def reading_text(el) -> str:
    """The text a reader reads: without the alternatives at hand and the popovers."""
    copy = lxml_html.fromstring(lxml_html.tostring(el))
    for hidden in copy.xpath("//*[contains(concat(' ', @class, ' '), ' sic ') or @popover or self::button]"):
        hidden.drop_tree()
    return " ".join(copy.text_content().split())


def test_an_abbreviation_is_read_expanded_and_not_glued_to_its_expansion(sites):
    root = text_of(sites["14-stylesheets-ms-charter.xml"])
    text = reading_text(root)
    assert "detrimentudetrimentum" not in text.replace(" ", "")
    assert root.xpath(".//span[contains(@class, 'choice-abbr')]")


def test_original_spelling_is_at_hand_and_the_regularised_one_read(sites):
    root = text_of(sites["07-potocki-verse.xml"])
    choices = root.xpath(".//span[contains(@class, 'choice-orig')]")
    assert choices
    first = choices[0]
    assert first.xpath("./span[@class='corr']") and first.xpath("./span[@class='sic']")


def test_verse_lines_are_lines(sites):
    root = text_of(sites["07-potocki-verse.xml"])
    tei = etree.parse(str(REAL / "07-potocki-verse.xml"))
    count = len(tei.findall(f".//{{{TEI_NS}}}text//{{{TEI_NS}}}l"))
    assert len(root.xpath(".//*[contains(concat(' ', @class, ' '), ' l ')]")) == count
    assert root.xpath(".//div[contains(@class, 'lg')]")


def test_the_lemma_is_in_the_text_and_the_readings_in_a_popover(sites):
    root = text_of(sites["06-lelewel-letter-app.xml"])
    apps = root.xpath(".//span[@class='app']")
    assert len(apps) == 7
    for app in apps:
        assert app.xpath("./span[@class='lem']")
        assert app.xpath("./span[@popover]//span[contains(@class, 'rdg')]")


def test_deletions_additions_and_supplied_text(sites):
    root = text_of(sites["13-stylesheets-testtranscr.xml"])
    assert len(root.xpath(".//del")) == 4
    assert len(root.xpath(".//ins")) == 5
    supplied = root.xpath(".//span[contains(@class, 'supplied')]")
    assert supplied and all(s.text_content().startswith("[") for s in supplied)


def test_drama_tables_and_markup_examples(sites):
    root = text_of(sites["11-stylesheets-test.xml"])
    assert root.xpath(".//div[contains(@class, 'sp')]/p[contains(@class, 'speaker')]")
    assert root.xpath(".//table[contains(@class, 'table')]//td")
    assert root.xpath(".//pre[contains(@class, 'egXML')]/code")


def test_a_site_is_the_same_bytes_when_built_again(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    for out in (first, second):
        build_site([REAL / "06-lelewel-letter-app.xml"], out)
    files = sorted(p.relative_to(first) for p in first.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(second) for p in second.rglob("*") if p.is_file())
    for name in files:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


@pytest.mark.parametrize("name", SMALL[:3])
def test_the_print_edition_is_made(tmp_path, name):
    target = tmp_path / "out.pdf"
    build_pdf(REAL / name, target)
    assert target.read_bytes().startswith(b"%PDF")


def _epubcheck() -> list[str] | None:
    found = shutil.which("epubcheck")
    if not found:
        return None
    real = os.path.realpath(found)
    if real.endswith(".jar"):
        return [shutil.which("java") or "java", "-jar", real]
    return [found]


@pytest.mark.parametrize("name", ["07-potocki-verse.xml", "11-stylesheets-test.xml"])
def test_the_epub_passes_epubcheck(tmp_path, name):
    target = tmp_path / "out.epub"
    build_epub(REAL / name, target)
    with zipfile.ZipFile(target) as archive:
        assert any(n.endswith(".xhtml") and n != "EPUB/nav.xhtml" for n in archive.namelist())
    command = _epubcheck()
    if command is None:
        pytest.skip("epubcheck is not installed")
    result = subprocess.run([*command, str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_element_without_a_rendering_is_shown_by_content_and_reported_once(tmp_path, capsys):
    path = tmp_path / "mystery.xml"
    path.write_text(f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>M</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>one <mystery>hidden words</mystery> and <mystery>more</mystery></p></body></text></TEI>""",
                    encoding="utf-8")
    build_site([path], tmp_path / "html")
    warnings = [line for line in capsys.readouterr().err.splitlines() if "<mystery>" in line]
    assert len(warnings) == 1 and "2 elements" in warnings[0]
    assert "hidden words" in (tmp_path / "html" / "mystery.html").read_text(encoding="utf-8")
    assert report_unknown(etree.parse(str(REAL / "06-lelewel-letter-app.xml")), Path("x"), stream=open(os.devnull, "w")) == []


HEADER = """<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt><publicationStmt><p>x</p>
</publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>"""


def _write_include_set(folder: Path, href: str = "part.xml") -> Path:
    main = folder / "main.xml"
    main.write_text(f"""<TEI xmlns="{TEI_NS}" xmlns:xi="http://www.w3.org/2001/XInclude">{HEADER.format(title='XI')}
<text><body><p>Before</p><xi:include href="{href}"/><p>After <xi:include href="missing.xml"><xi:fallback>fallback
words</xi:fallback></xi:include></p></body></text></TEI>""", encoding="utf-8")
    (folder / "part.xml").write_text(f'<div xmlns="{TEI_NS}"><head>Included</head><p>Included words</p></div>',
                                     encoding="utf-8")
    return main


def test_an_include_beside_the_document_is_resolved_in_every_output(tmp_path):
    main = _write_include_set(tmp_path)
    build_site([main], tmp_path / "html")
    page = (tmp_path / "html" / "main.html").read_text(encoding="utf-8")
    assert "Included words" in page and "fallback" in page
    build_epub(main, tmp_path / "main.epub")
    texts = epub_texts(tmp_path / "main.epub")
    assert "Included words" in texts
    build_pdf(main, tmp_path / "pdf" / "main.pdf")
    assert "Included words" in (tmp_path / "pdf" / "typst" / "main.typ").read_text(encoding="utf-8")


@pytest.mark.parametrize("href", ["../outside.xml", "http://example.org/part.xml", "/etc/hostname"])
def test_an_include_from_elsewhere_is_refused_with_file_and_line(tmp_path, href):
    from edition.errors import XMLInputError
    main = _write_include_set(tmp_path, href)
    with pytest.raises(XMLInputError) as caught:
        build_site([main], tmp_path / "html")
    assert caught.value.file == str(main) and caught.value.line == 3
    assert not (tmp_path / "html").exists()


def test_a_corpus_is_a_set_of_editions_on_the_web_and_one_book_in_print(tmp_path):
    corpus = tmp_path / "corpus.xml"
    member = "<TEI>{header}<text><body><p>{words}</p></body></text></TEI>"
    corpus.write_text(f"""<teiCorpus xmlns="{TEI_NS}">{HEADER.format(title='Corpus')}
{member.format(header=HEADER.format(title='One'), words='First member words')}
{member.format(header=HEADER.format(title='Two').replace('<p>x</p>', '<idno type="edition">second</idno>', 1),
               words='Second member words')}</teiCorpus>""", encoding="utf-8")
    build_site([corpus], tmp_path / "html")
    assert "First member" in (tmp_path / "html" / "corpus-1.html").read_text(encoding="utf-8")
    assert "Second member" in (tmp_path / "html" / "second.html").read_text(encoding="utf-8")
    build_epub(corpus, tmp_path / "corpus.epub")
    texts = epub_texts(tmp_path / "corpus.epub")
    assert "First member" in texts and "Second member" in texts
    build_pdf(corpus, tmp_path / "pdf" / "corpus.pdf")
    source = (tmp_path / "pdf" / "typst" / "corpus.typ").read_text(encoding="utf-8")
    assert "First member" in source and "Second member" in source


def test_a_tex_formula_is_mathematics_in_every_output(tmp_path):
    tei = tmp_path / "formula.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}">{HEADER.format(title='F')}<text><body>
<p>Energy <formula notation="TeX">E = mc^2</formula>; unreadable <formula notation="TeX">\\frac{{</formula>.</p>
</body></text></TEI>""", encoding="utf-8")
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "formula.html")).getroot()
    maths = page.xpath("//*[local-name() = 'math']")
    assert len(maths) == 1 and maths[0].get("alttext") == "E = mc^2"
    assert page.xpath("//code[contains(@class, 'formula')]")  # the one that does not convert, as written
    build_epub(tei, tmp_path / "formula.epub")
    with zipfile.ZipFile(tmp_path / "formula.epub") as archive:
        package = archive.read("EPUB/content.opf").decode()
    assert 'properties="mathml"' in package
    build_pdf(tei, tmp_path / "pdf" / "formula.pdf")
    source = (tmp_path / "pdf" / "typst" / "formula.typ").read_text(encoding="utf-8")
    assert 'attach(c, t: 2)' in source
    command = _epubcheck()
    if command is not None:
        result = subprocess.run([*command, str(tmp_path / "formula.epub")], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_notes_by_place(tmp_path):
    tei = tmp_path / "notes.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}">{HEADER.format(title='N')}<text><body><p>Foot<note place="foot">a
footnote</note>, end<note place="end">first end note</note>, margin<note place="margin">a margin note</note>,
inline<note place="inline">an inline note</note>.</p></body></text></TEI>""", encoding="utf-8")
    build_pdf(tei, tmp_path / "pdf" / "notes.pdf")
    source = (tmp_path / "pdf" / "typst" / "notes.typ").read_text(encoding="utf-8")
    assert '#ed-endnote-ref("1")' in source and '#ed-endnote("1")[#"first end note";]' in source
    # a note of the source's margin stands in the margin of the page, with no footnote number
    assert '#ed-margin-note(inline: true)[#"a margin note";]' in source
    assert '#ed-note("1", printed: none)[#"a footnote";]' in source
    assert '#ed-note("2"' not in source
    assert '#"(";#"an inline note";#")"' in source
    build_site([tei], tmp_path / "html")
    root = text_of(tmp_path / "html" / "notes.html")
    assert root.xpath(".//span[@class='note note-margin']") and root.xpath(".//span[@class='note note-end']")
    assert "(an inline note)" in reading_text(root)


def _png() -> bytes:
    import struct
    import zlib
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(3))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_a_local_image_is_shown_in_every_output_and_nothing_else_is_fetched(tmp_path):
    (tmp_path / "pics").mkdir()
    (tmp_path / "pics" / "red.png").write_bytes(_png())
    (tmp_path.parent / "outside.png").write_bytes(_png())
    tei = tmp_path / "fig.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}">{HEADER.format(title='Fig')}<text><body>
<figure><graphic url="pics/red.png"/><figDesc>a red rectangle</figDesc></figure>
<figure><graphic url="../outside.png"/></figure><figure><graphic url="http://example.org/x.png"/></figure>
</body></text></TEI>""", encoding="utf-8")
    build_site([tei], tmp_path / "html")
    page = (tmp_path / "html" / "fig.html").read_text(encoding="utf-8")
    assert page.count("<img") == 1 and 'src="media/fig/pics/red.png"' in page and 'alt="a red rectangle"' in page
    assert sorted(p.name for p in (tmp_path / "html" / "media").rglob("*.png")) == ["red.png"]
    build_epub(tei, tmp_path / "fig.epub")
    with zipfile.ZipFile(tmp_path / "fig.epub") as archive:
        assert [n for n in archive.namelist() if n.endswith(".png")] == ["EPUB/media/pics/red.png"]
        assert 'media-type="image/png"' in archive.read("EPUB/content.opf").decode()
    build_pdf(tei, tmp_path / "pdf" / "fig.pdf")
    from pypdf import PdfReader
    assert sum(len(page.images) for page in PdfReader(str(tmp_path / "pdf" / "fig.pdf")).pages) == 1
    command = _epubcheck()
    if command is not None:
        result = subprocess.run([*command, str(tmp_path / "fig.epub")], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_an_example_of_markup_in_another_namespace_keeps_its_prefixes(tmp_path):
    tei = tmp_path / "example.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">{HEADER.format(title='E')}
<text><body><div><head>Example</head>
<egXML xmlns="http://www.tei-c.org/ns/Examples"><xsl:template match="p"><p n="1">said <xsl:value-of select="."/></p></xsl:template></egXML>
</div></body></text></TEI>""", encoding="utf-8")
    build_site([tei], tmp_path / "html")
    code = lxml_html.parse(str(tmp_path / "html" / "example.html")).getroot().xpath(
        "//pre[contains(@class, 'egXML')]/code")[0].text_content()
    assert '<xsl:template match="p"><p n="1">said <xsl:value-of select="."/></p></xsl:template>' == code
    build_pdf(tei, tmp_path / "pdf" / "example.pdf")
    source = (tmp_path / "pdf" / "typst" / "example.typ").read_text(encoding="utf-8")
    assert "xsl:template" in source and "xmlns" not in source

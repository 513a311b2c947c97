# SPDX-License-Identifier: MIT
"""What readers see of the book: chapters open pages and sections run on, a heading stays with
its text, title pages are right-hand pages, words stay apart on title pages and in bookmarks,
index ranges stay on one line and mentions in notes are marked."""
from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from edition.render.pdf import build_pdf
from edition.xmlsafe import parse_xml
from many_chapters import many_chapters
from pdftext import normalise, outline_titles

ROOT = Path(__file__).resolve().parents[2]
MONOGRAPH = ROOT / "tei" / "building-socialism-1920s.xml"
CARR = ROOT / "tei" / "carr-socialism-in-one-country-2.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"tei": TEI[1:-1]}
CHAPTERS = 6


def _built(tei: Path, pdf_dir: Path) -> Path:
    pdf = pdf_dir / f"{tei.stem}.pdf"
    if not pdf.exists():
        build_pdf(tei, pdf)
    return pdf


@pytest.fixture(scope="module")
def monograph(pdf_dir) -> Path:
    return _built(MONOGRAPH, pdf_dir)


@pytest.fixture(scope="module")
def carr(pdf_dir) -> Path:
    return _built(CARR, pdf_dir)


@pytest.fixture(scope="module")
def chapters(tmp_path_factory) -> Path:
    """An edition of a few short chapters, each with a section, names, a note and a page break."""
    work = tmp_path_factory.mktemp("chapters")
    tei = work / "chapters.xml"
    tei.write_bytes(many_chapters(CHAPTERS))
    pdf = work / "chapters.pdf"
    build_pdf(tei, pdf)
    return pdf


def texts(pdf: Path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(pdf).pages]


def body_range(pdf: Path) -> range:
    """Physical pages (0-based) of the text: from page "1" to before the back matter."""
    reader = pypdf.PdfReader(pdf)
    labels = list(reader.page_labels)
    pages = texts(pdf)
    start = labels.index("1")
    end = next((i for i in range(start, len(pages))
                if pages[i].lstrip().startswith(("List of emendations", "Index of", "Notes"))), len(pages))
    return range(start, end)


def head_text(head) -> str:
    """A heading as plain text: corrections read, a line break as a space."""
    parts = []
    for node in head.xpath(".//text()[not(ancestor::tei:sic)][not(ancestor::tei:note)] | .//tei:lb", namespaces=NS):
        parts.append(" " if not isinstance(node, str) else str(node))
    return " ".join("".join(parts).split())


# ------------------------------------------------------------------ chapters and sections

def test_chapter_title_shares_its_page_with_the_text(monograph):
    pages = texts(monograph)
    first = body_range(monograph).start
    assert "Building Socialism" in pages[first]
    # the chapter's first section and its first paragraph follow the title on the same page
    assert normalise("The War Communism and the NEP") in normalise(pages[first])
    assert normalise("The implementation of Soviet economic policy") in normalise(pages[first])


def test_sections_do_not_open_pages_and_no_page_is_nearly_empty(monograph):
    tree = parse_xml(MONOGRAPH)
    pages = texts(monograph)
    body = body_range(monograph)
    # every page of the chapter but its last is full: no page of six lines
    for index in list(body)[:-1]:
        assert len(pages[index].splitlines()) >= 25, (index, pages[index][:200])
    # some section starts below the end of the section before it, on the same page
    run_on = 0
    for div in tree.getroot().findall(f".//{TEI}body//{TEI}div[@type='section']")[1:]:
        previous = div.getprevious()
        last = previous.findall(f".//{TEI}p")[-1] if previous is not None and previous.findall(f".//{TEI}p") else None
        if last is None:
            continue
        tail = normalise("".join(last.xpath(".//text()[not(ancestor::tei:note)][not(ancestor::tei:sic)]",
                                            namespaces=NS)))[-40:]
        head = normalise(head_text(div.find(f"{TEI}head")))[:30]
        run_on += any(tail in normalise(pages[i]) and head in normalise(pages[i]) for i in body)
    assert run_on >= 1


def test_each_chapter_opens_a_page_with_its_heading_first(chapters):
    pages = texts(chapters)
    body = body_range(chapters)
    for n in range(1, CHAPTERS + 1):
        opening = [i for i in body if re.search(rf"^{n}\. Chapter {n}", pages[i], re.MULTILINE)]
        assert len(opening) == 1, n
        # no running head above it; the source's page marker may stand in the margin
        lines = [line for line in pages[opening[0]].splitlines() if line.strip() and not line.strip().isdigit()]
        assert lines[0].startswith(f"{n}. Chapter {n}"), lines[:3]
        # the section and its text follow on the same page
        assert f"A section of chapter {n}" in pages[opening[0]]


def test_a_heading_is_never_the_last_thing_on_its_page(built):
    """A heading is kept with the text after it. A part's title, followed at once by its first
    chapter, which opens a page of its own, stands on a page of its own, as in the printed book."""
    every = texts(built.pdf)
    pages = [normalise(every[i]) for i in body_range(built.pdf)]
    for head in built.findall(".//tei:body//tei:div/tei:head"):
        text = normalise(head_text(head))
        following = next((el for el in head.itersiblings() if el.tag != TEI + "pb"), None)
        if len(text) < 6 or (following is not None and following.tag == TEI + "div"
                             and following.get("type") in ("chapter", "part")):
            continue
        for page in pages:
            at = page.find(text)
            if at >= 0:
                rest = re.sub(r"\d+$", "", page[at + len(text):])
                assert len(rest) >= 20, f"heading {head_text(head)!r} ends its page"


def test_no_page_holds_only_a_page_number(built):
    reader = pypdf.PdfReader(built.pdf)
    labels = list(reader.page_labels)
    for index, page in enumerate(reader.pages):
        text = page.extract_text().strip()
        # a blank page (the verso before a right-hand opening) has nothing; any other page has text
        assert not text.isdigit(), f"page {labels[index]} holds only {text!r}"


# ------------------------------------------------------------------ title pages

def test_title_pages_are_right_hand_pages(built):
    """Each title page of the TEI (or the one made from the header) is on page 1 or an odd page."""
    pages = [normalise(t) for t in texts(built.pdf)]
    title_pages = built.findall(".//tei:front/tei:titlePage")
    firsts = [normalise("".join(tp.find(f".//{TEI}titlePart").itertext())) for tp in title_pages
              if tp.find(f".//{TEI}titlePart") is not None]
    if not firsts:
        firsts = [normalise(built.findall(".//tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title")[0].text or "")]
    index = -1
    for first in firsts:
        index = next(i for i in range(index + 1, len(pages)) if first[:25] in pages[i])
        assert index % 2 == 0, f"a title page is page {index + 1}, a left-hand page"


def test_carr_title_page_keeps_the_line_break_after_by(carr):
    title_page = texts(carr)[2]
    assert re.search(r"^BY\s*$", title_page, re.MULTILINE), title_page
    assert "BYE." not in title_page


@pytest.mark.parametrize("ending, expected", [("BY  \n", "lb"), ("BY\n", "space")])
def test_the_reader_keeps_the_break_after_by(tmp_path, ending, expected):
    """The OCR'd book's title page: "BY" ends its line. A forced break (two spaces) becomes lb,
    any other line end a space; the two words never run together."""
    import shutil

    from edition.convert import convert_seed
    from lxml import etree
    seed = ROOT / "seeds" / "carr-socialism-in-one-country-2.txt"
    text = seed.read_text(encoding="utf-8")
    assert "BY  \nE. H. CARR" in text
    copy = tmp_path / seed.name
    copy.write_text(text.replace("BY  \nE. H. CARR", ending + "E. H. CARR", 1), encoding="utf-8")
    shutil.copy(seed.with_suffix(".toml"), copy.with_suffix(".toml"))
    root = etree.fromstring(convert_seed(copy, ROOT / "tei" / "registers"))
    byline = root.find(f".//{TEI}titlePage[@type='main']/{TEI}byline")
    author = byline.find(f"{TEI}docAuthor")
    before = author.getprevious()
    if expected == "lb":
        assert before is not None and before.tag == TEI + "lb" and (byline.text or "").strip() == "BY"
    else:
        assert before is None and byline.text == "BY "


def test_edition_notice_keeps_the_source_description_words_apart(monograph):
    notice = " ".join(texts(monograph)[1].split())
    assert "1920s2Chapter" not in notice
    assert "The “Building Socialism” in the early 1920s. Chapter 2. Chapter 2 of a modern" in notice


# ------------------------------------------------------------------ bookmarks

def test_bookmarks_keep_words_apart_at_line_breaks(built):
    titles = outline_titles(pypdf.PdfReader(built.pdf).outline)
    for head in built.findall(".//tei:body//tei:div/tei:head"):
        if head.find(f".//{TEI}lb") is not None:
            assert head_text(head) in [" ".join(t.split()) for t in titles], (head_text(head), titles)


def test_carr_part_bookmark(carr):
    titles = [" ".join(t.split()) for t in outline_titles(pypdf.PdfReader(carr).outline)]
    assert "PART III THE STRUGGLE IN THE PARTY" in titles
    assert "CHAPTER 11 LESSONS OF OCTOBER" in titles


# ------------------------------------------------------------------ the index

def index_lines(pdf: Path) -> list[str]:
    pages = texts(pdf)
    start = next(i for i, t in enumerate(pages) if t.lstrip().startswith("Index of"))
    return [line for t in pages[start:] for line in t.splitlines()]


def test_index_ranges_do_not_break(monograph):
    lines = index_lines(monograph)
    assert any(re.search(r"\d–\d", line) for line in lines)
    broken = [line for line in lines if re.search(r"\d–\s*$", line)]
    assert not broken, broken


def test_mentions_in_notes_are_marked(built):
    """A name the text mentions only in notes is listed with pages marked "n"."""
    root = built.tree.getroot()
    only_in_notes = {}
    for name in root.xpath(".//tei:text//tei:persName[@ref][not(ancestor::tei:head)]", namespaces=NS):
        ref = name.get("ref").lstrip("#")
        in_note = bool(name.xpath("ancestor::tei:note", namespaces=NS))
        only_in_notes[ref] = only_in_notes.get(ref, True) and in_note
    entries = {e.get("{http://www.w3.org/XML/1998/namespace}id"): e
               for e in root.findall(f".//{TEI}standOff//{TEI}person")}
    noted = [ref for ref, only in only_in_notes.items() if only and ref in entries]
    if not noted:
        pytest.skip("no person of this edition is named only in notes")
    text = " ".join(index_lines(built.pdf))
    text = re.sub(r"[\u00ad-] ", "", text)
    checked = 0
    for ref in noted[:10]:
        names = entries[ref].findall(f"{TEI}persName")
        normalised = [n for n in names if n.get("type") == "normalized"] or names
        name = " ".join("".join(normalised[0].itertext()).split())
        found = re.search(re.escape(name) + r" ((?:[\divxlc]+n?(?:–\d+)?(?:, )?)+)", text)
        if not found:
            continue
        pages = [p.strip() for p in found.group(1).split(",") if p.strip()]
        assert pages and all(p.endswith("n") for p in pages), (name, pages)
        checked += 1
    assert checked >= 1


def test_sample_note_mark_is_on_the_page_of_the_note(monograph):
    text = " ".join(index_lines(monograph))
    # Tagantsev is named only in a footnote
    found = re.search(r"Tagantsev, Vladimir Nikolaevich (\d+)n\b", text)
    assert found, text[:400]
    reader = pypdf.PdfReader(monograph)
    labels = list(reader.page_labels)
    page = reader.pages[labels.index(found.group(1), labels.index("1"))]
    assert "Tagan" in page.extract_text()


# ------------------------------------------------------------------ scaling

def test_memory_does_not_grow_with_the_square_of_the_headings(tmp_path):
    """From 60 to 240 short chapters (480 headings, some 500 pages) the peak grows by little:
    the running heads, opening pages and index used to ask typst about every heading on every
    page (703 MB for 200 chapters, more than 8 GB for 800); now each page asks a fixed number
    of questions. Each build runs in a process of its own, whose peak includes typst's child;
    the growth between the two, not the peak itself, is compared, so that what the machine
    adds to every process does not count."""
    import os
    import subprocess
    import sys
    code = ("import sys; from pathlib import Path; from edition.render.pdf import build_pdf; "
            "build_pdf(Path(sys.argv[1]), Path(sys.argv[2]))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    peaks = {}
    for chapters in (60, 240):
        tei = tmp_path / f"chapters-{chapters}.xml"
        tei.write_bytes(many_chapters(chapters))
        process = subprocess.Popen([sys.executable, "-c", code, str(tei), str(tmp_path / f"{chapters}.pdf")], env=env)
        _, status, usage = os.wait4(process.pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0
        peaks[chapters] = usage.ru_maxrss / 1024
    grown = peaks[240] - peaks[60]
    assert grown < 150, f"{peaks[60]:.0f} MB for 60 chapters, {peaks[240]:.0f} MB for 240"

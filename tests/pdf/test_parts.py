# SPDX-License-Identifier: MIT
"""A long book set part by part (edition.render.pdf_parts) is the book set whole: the same
pages with the same text, the same contents, bookmarks and index numbers, every link to the
same page, links between parts included; and the file is still PDF/A-2b."""
from __future__ import annotations

import re
import struct
import zlib

import pypdf
import pytest
from lxml import etree

from edition.render.pdf import build_pdf
from edition.render.pdf_parts import heading_calls, split_source
from many_chapters import TEI_NS, many_chapters
from pdftext import normalise, outline_titles

CHAPTERS = 40


def _red_png() -> bytes:
    """A PNG of 4 x 3 red pixels."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 4 for _ in range(3))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _book_with_links(count: int) -> bytes:
    """Many chapters, with references from the first chapter to the last and back, and notes
    at the end of the book, so that links cross the parts both ways; the last chapter shows an
    image beside the TEI (pics/red.png)."""
    root = etree.fromstring(many_chapters(count))
    paragraph = {p.get("{http://www.w3.org/XML/1998/namespace}id"): p for p in root.iter(f"{{{TEI_NS}}}p")}
    first, last = paragraph["ch1-p2"], paragraph[f"ch{count}-p2"]
    for paragraph, target in ((first, f"ch{count}-p1"), (last, "ch2-p1")):
        ref = etree.SubElement(paragraph, f"{{{TEI_NS}}}ref", target=f"#{target}")
        ref.text = f"see {target}"
        note = etree.SubElement(paragraph, f"{{{TEI_NS}}}note", place="end", n=target)
        note.text = f"An end note beside the reference to {target}."
    figure = etree.SubElement(last.getparent(), f"{{{TEI_NS}}}figure")
    etree.SubElement(figure, f"{{{TEI_NS}}}graphic", url="pics/red.png")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _links(reader: pypdf.PdfReader) -> list[tuple[int, int | str]]:
    """Every link of the PDF: its page and the page it leads to (or its address)."""
    named = reader.named_destinations
    pages = {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}
    links: list[tuple[int, int | str]] = []
    for number, page in enumerate(reader.pages):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            target = annotation.get("/Dest")
            action = annotation.get("/A")
            if target is None and action is not None and action.get("/S") == "/GoTo":
                target = action["/D"]
            if target is None:
                links.append((number, str(action.get("/URI"))))
                continue
            target = target.get_object()
            if isinstance(target, str):
                links.append((number, reader.get_destination_page_number(named[target])))
            else:
                links.append((number, pages[target[0].idnum]))
    return links


@pytest.fixture(scope="module")
def whole_and_parts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("parts")
    tei = folder / "long.xml"
    tei.write_bytes(_book_with_links(CHAPTERS))
    (folder / "pics").mkdir()
    (folder / "pics" / "red.png").write_bytes(_red_png())
    build_pdf(tei, folder / "whole" / "long.pdf")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("EDITION_PDF_PART_MB", "0.01")
        build_pdf(tei, folder / "parts" / "long.pdf")
        build_pdf(tei, folder / "again" / "long.pdf")
    return folder


def test_the_book_is_set_in_parts_only_when_long(whole_and_parts):
    whole = pypdf.PdfReader(whole_and_parts / "whole" / "long.pdf")
    parts = pypdf.PdfReader(whole_and_parts / "parts" / "long.pdf")
    # the joined file carries no tags (they cannot be joined); the whole one does
    assert "/StructTreeRoot" in whole.trailer["/Root"]
    assert "/StructTreeRoot" not in parts.trailer["/Root"]
    source = (whole_and_parts / "parts" / "typst" / "long.typ").read_text(encoding="utf-8")
    split = split_source(source, 10_000)
    assert split is not None and len(split.parts) >= 4
    # nothing of the parts is left beside the kept source (and the image it shows)
    assert sorted(p.name for p in (whole_and_parts / "parts" / "typst").iterdir()) == ["long.typ", "media"]


def _images(reader: pypdf.PdfReader) -> list[int]:
    """The pages that draw an image (an XObject of their own or of a form they draw)."""
    def has_image(resources) -> bool:
        for xobject in (resources or {}).get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Image" or has_image(xobject.get("/Resources")):
                return True
        return False
    return [i for i, page in enumerate(reader.pages) if has_image(page.get("/Resources"))]


def test_the_last_part_shows_its_image(whole_and_parts):
    whole = _images(pypdf.PdfReader(whole_and_parts / "whole" / "long.pdf"))
    assert whole and _images(pypdf.PdfReader(whole_and_parts / "parts" / "long.pdf")) == whole


def test_every_page_has_the_text_it_has_in_the_whole_book(whole_and_parts):
    whole = pypdf.PdfReader(whole_and_parts / "whole" / "long.pdf")
    parts = pypdf.PdfReader(whole_and_parts / "parts" / "long.pdf")
    assert len(parts.pages) == len(whole.pages) > CHAPTERS
    texts = [(normalise(a.extract_text()), normalise(b.extract_text())) for a, b in zip(whole.pages, parts.pages)]
    assert [i for i, (a, b) in enumerate(texts) if a != b] == []
    # the running heads and folios of the parts' pages: the same as the whole book's
    assert any(f"chapter{CHAPTERS}ofthebook" in b for _, b in texts)
    assert list(parts.page_labels) == list(whole.page_labels)


def test_contents_bookmarks_and_links_lead_where_they_lead_in_the_whole_book(whole_and_parts):
    whole = pypdf.PdfReader(whole_and_parts / "whole" / "long.pdf")
    parts = pypdf.PdfReader(whole_and_parts / "parts" / "long.pdf")
    assert outline_titles(parts.outline) == outline_titles(whole.outline)
    whole_links, parts_links = _links(whole), _links(parts)
    assert len(whole_links) > 4 * CHAPTERS  # contents, notes, cross-references, index
    assert parts_links == whole_links
    assert not [target for _, target in parts_links if isinstance(target, str) and target.startswith("ed-ext:")]
    # the references of the first chapter to the last and back cross the parts
    texts = [normalise(page.extract_text()) for page in parts.pages]
    forward = next(i for i, text in enumerate(texts) if f"seech{CHAPTERS}p1" in text)
    backward = next(i for i, text in enumerate(texts) if "seech2p1" in text)
    assert any(source == forward and isinstance(target, int) and target > backward - 3 for source, target in parts_links)
    assert any(source == backward and isinstance(target, int) and target < forward + 3 for source, target in parts_links)


def test_the_joined_book_is_pdf_a_and_the_same_from_run_to_run(whole_and_parts):
    parts = (whole_and_parts / "parts" / "long.pdf").read_bytes()
    assert parts == (whole_and_parts / "again" / "long.pdf").read_bytes()
    reader = pypdf.PdfReader(whole_and_parts / "parts" / "long.pdf")
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert re.search(r"pdfaid:part[^0-9]*2", xmp) and re.search(r"pdfaid:conformance[^A-Z]*B", xmp)
    assert "/OutputIntents" in reader.trailer["/Root"]
    # the licence of the header is added to the joined file's metadata as to a book set whole
    assert "<dc:rights>" in xmp
    assert reader.pdf_header == pypdf.PdfReader(whole_and_parts / "whole" / "long.pdf").pdf_header


HEAD = "#show: book.with(title: \"x\")\n\n// ---- the text\n"
BACK = "\n// ---- the back matter\n#ed-index(\"person\", \"Index\", \"see\", ())\n"


def chapter(n: int, size: int = 40) -> str:
    return f"\n#ed-page-start()\n#ed-heading(1, id: \"c{n}\", running: \"C{n}\")[#\"Chapter {n}\";]\n" + \
        f"#ed-paragraph[#\"{'word ' * size}\";]\n"


def test_a_source_is_cut_only_where_a_chapter_opens_outside_every_bracket():
    inside = "\n#ed-group(\"quote\")[\n#ed-page-start()\n#\"a quoted chapter ] [ (\";\n]\n"
    # a break after a line break of the text, on the same line of the source, is a cut too
    after_break = chapter(4).replace("\n#ed-page-start()", "\n#linebreak()#ed-page-start()", 1)
    source = HEAD + chapter(1) + inside + chapter(2) + chapter(3) + after_break + BACK
    split = split_source(source, 150)
    assert split is not None
    assert all(part.lstrip("\n").startswith("#ed-page-start()") for part in split.parts[1:])
    assert split.parts[-1].startswith("#ed-page-start()\n#ed-heading(1, id: \"c4\"")
    assert not any(part.startswith("#ed-page-start()\n#\"a quoted") for part in split.parts)
    assert "".join(split.parts) == source[len(HEAD):-len(BACK)]
    assert split.head == HEAD and split.back == BACK
    # each line of a part's source (and of the back matter of the book set around the
    # parts) is found again at its line of the full source, where an error names it
    lines = source.splitlines()
    for index, part in enumerate(split.parts):
        part_lines = (split.head + part).splitlines()
        for number, text in enumerate(part_lines, start=1):
            assert text in lines[split.part_line(index, number) - 1], (index, number)
    skeleton = split.head + "#{\n  [\n#ed-placeholder(())[]\n]}\n" + split.back
    skeleton_lines = skeleton.splitlines()
    found = [split.back_line(skeleton, n) for n in range(1, len(skeleton_lines) + 1)]
    assert [lines[f - 1] for f in found if f is not None] == \
        [t for t, f in zip(skeleton_lines, found) if f is not None] and found.count(None) == 4


def test_a_short_book_and_a_short_last_chapter_are_not_parts_of_their_own():
    assert split_source(HEAD + chapter(1) + chapter(2) + BACK, 10_000) is None
    assert split_source(HEAD + chapter(1) + chapter(2) + BACK.replace("back matter", "end"), 10) is None
    split = split_source(HEAD + chapter(1, 200) + chapter(2, 200) + chapter(3, 5) + BACK, 900)
    assert split is not None and len(split.parts) == 2 and "Chapter 3" in split.parts[-1]


def test_the_headings_of_a_part_are_found_whatever_their_text_holds():
    text = ('#ed-heading(2, id: none, running: none)[#"a ] and a [ (";#ed-italic[#"\\"x\\"";]]\n'
            '#ed-paragraph[#"#ed-heading(1)[not a heading]";]\n'
            '#ed-heading(1, id: "b", running: "B")[#"B";#ed-note("1")[#"n";]]\n')
    assert heading_calls(text) == ['#ed-heading(2, id: none, running: none)[#"a ] and a [ (";#ed-italic[#"\\"x\\"";]]',
                                   '#ed-heading(1, id: "b", running: "B")[#"B";#ed-note("1")[#"n";]]']


def test_a_part_that_does_not_match_its_source_leaves_the_book_set_whole(tmp_path, monkeypatch):
    tei = tmp_path / "long.xml"
    tei.write_bytes(_book_with_links(12))
    monkeypatch.setenv("EDITION_PDF_PART_MB", "0.01")
    monkeypatch.setattr("edition.render.pdf_parts.heading_calls", lambda text: [])
    build_pdf(tei, tmp_path / "pdf" / "long.pdf")
    reader = pypdf.PdfReader(tmp_path / "pdf" / "long.pdf")
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # set whole, tagged
    assert sorted(p.name for p in (tmp_path / "pdf" / "typst").iterdir()) == ["long.typ"]

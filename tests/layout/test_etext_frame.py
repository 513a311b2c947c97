# SPDX-License-Identifier: MIT
"""A whole Project Gutenberg file: its header and licence are kept apart from the book, the
form is recognised from its frame, and every line of the file is still in the TEI."""
from __future__ import annotations

from .conftest import NS, TEI, reading

from lxml import etree

from edition.readers.detect import detect_form
from edition.validate import validate_files

HEADER = """\
The Project Gutenberg eBook of A Winter Journey, by Mary Hollis

This ebook is for the use of anyone anywhere at no cost and with almost
no restrictions whatsoever.

Title: A Winter Journey

Author: Mary Hollis

Release date: March 3, 2011 [eBook #35512]

*** START OF THE PROJECT GUTENBERG EBOOK A WINTER JOURNEY ***
"""

BOOK = """\



CHAPTER I.

THE ROAD NORTH.


We left the town before dawn, when the carts were still standing in the
square and the lamps burned low in the inn.

The snow began at noon.[1] By evening the road was gone.

[1] It had not snowed there for nine years.



CHAPTER II.

THE FERRY.


The ferryman would not cross until the ice had broken.

"""

LICENCE = """\
*** END OF THE PROJECT GUTENBERG EBOOK A WINTER JOURNEY ***

Updated editions will replace the previous one--the old editions will
be renamed.

START: FULL LICENSE
"""


def test_header_and_licence_are_kept_apart_from_the_book(convert):
    root, _report = convert(HEADER + BOOK + LICENCE)
    front = root.find(f"{TEI}text/{TEI}front")
    back = root.find(f"{TEI}text/{TEI}back")
    assert front is not None and back is not None
    header = front.find(f"{TEI}div[@type='transcription']")
    licence = back.find(f"{TEI}div[@type='licence']")
    assert "Title: A Winter Journey" in reading(header)
    assert "START OF THE PROJECT GUTENBERG EBOOK" in reading(header)
    assert reading(licence).startswith("*** END OF THE PROJECT GUTENBERG EBOOK")
    # the lines of the header stay lines
    title_lines = [p for p in header.iter(f"{TEI}p") if "Title:" in reading(p)]
    assert title_lines and not title_lines[0].findall(f"{TEI}lb")
    # the book itself: two chapters, a note at its marker, no licence text in the body
    body = root.find(f"{TEI}text/{TEI}body")
    assert len(body.findall(f".//{TEI}div[@type='chapter']")) == 2
    assert "Project Gutenberg" not in reading(body)
    notes = body.findall(".//t:note", NS)
    assert len(notes) == 1 and "nine years" in reading(notes[0])


def test_the_tei_with_its_frame_is_valid(convert, tmp_path):
    root, _report = convert(HEADER + BOOK + LICENCE)
    path = tmp_path / "framed.xml"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert validate_files([path], tei_all=True) == []


def test_every_word_of_the_file_is_in_the_tei(convert):
    root, _report = convert(HEADER + BOOK + LICENCE)
    text = " ".join("".join(root.find(f"{TEI}text").itertext()).split())
    for word in (HEADER + BOOK + LICENCE).replace("[1]", " ").split():
        assert word in text


def test_the_frame_tells_the_form():
    assert detect_form(HEADER + BOOK + LICENCE) == "gutenberg"
    # the book alone, with no bracketed notes, has nothing to tell it by but its frame
    plain = BOOK.replace("[1]", "")
    assert detect_form(HEADER + plain + LICENCE) == "gutenberg"


def test_a_file_cut_before_its_licence_keeps_its_whole_book(convert):
    root, _report = convert(HEADER + BOOK)
    body = root.find(f"{TEI}text/{TEI}body")
    assert "The ferryman would not cross" in reading(body)
    assert root.find(f"{TEI}text/{TEI}back/{TEI}div[@type='licence']") is None

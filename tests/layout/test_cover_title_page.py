# SPDX-License-Identifier: MIT
"""An article's first page as pdftotext prints it: the journal's masthead (ending with the DOI)
and the licence statement are furniture, the byline and title a title page; a first page of
running text keeps its URL and gets no title page."""
from __future__ import annotations

from edition.validate import validate_files

from .conftest import NS, TEI, reading

COVER = """\
Quarterly Review

of Maritime History

Vol. 12, No. 3 (1998)
pp. 201-230
https://doi.org/10.5555/qrmh.1998.201

Margarethe von Stade

Harbour Dues and Pilotage
in the Hanseatic Towns
A Reconsideration

This article is available under a
Creative Commons Attribution 4.0 licence
\f
The pilots of Lübeck kept their accounts in a ledger that survives for the
years after the fire, and what it shows is how little of the dues reached
the town.1 The council nevertheless claimed the whole of them.

1 Stadtarchiv, Pilotage ledger, fol. 3.
\f
202

Whether the other towns followed the same practice cannot be told from
their records, which are scattered.
"""

RUNNING = """\
The pilots of Lübeck kept their accounts in a ledger that survives for the
years after the fire. Its editor printed it at https://example.org/ledger,
and what it shows is how little of the dues reached the town.

A Reconsideration

The council nevertheless claimed the whole of them.
\f
202

Whether the other towns followed the same practice cannot be told from
their records, which are scattered.
"""


def test_masthead_and_licence_are_furniture_and_the_title_block_a_title_page(convert, tmp_path):
    root, _report = convert(COVER, form="pdftotext")
    front = root.find(f".//{TEI}front")
    assert front is not None
    furniture = [fw.text for fw in front.iter(f"{TEI}fw")]
    assert "https://doi.org/10.5555/qrmh.1998.201" in furniture
    assert "Quarterly Review" in furniture
    assert [fw.text for fw in front.iter(f"{TEI}fw") if fw.get("type") == "footer"] == [
        "This article is available under a", "Creative Commons Attribution 4.0 licence"]
    assert reading(front.find(".//t:docAuthor", NS)) == "Margarethe von Stade"
    title = reading(front.find(".//t:titlePart[@type='main']", NS))
    assert title.startswith("Harbour Dues and Pilotage in the Hanseatic Towns")
    body = root.find(f".//{TEI}body")
    assert "Margarethe" not in reading(body) and "Quarterly" not in reading(body)
    assert reading(body).startswith("The pilots of Lübeck")
    tei = tmp_path / "out.xml"
    tei.write_bytes(b'<?xml version="1.0"?>' + __import__("lxml.etree").etree.tostring(root))
    assert not validate_files([tei], tei_all=False)


def test_a_first_page_of_running_text_keeps_its_url_and_has_no_title_page(convert):
    root, _report = convert(RUNNING, form="pdftotext")
    assert root.find(f".//{TEI}titlePage") is None
    body = reading(root.find(f".//{TEI}body"))
    assert "https://example.org/ledger" in body
    assert not [fw for fw in root.iter(f"{TEI}fw") if fw.get("type") == "footer"]


BOOK = ("-----File: 001.png---\n"
        "THE MILLS OF THE\nWESTERN VALLEYS\n\nBY\n\nJOHN ASHWORTH PRICE\n\nVOLUME II\n\n1911\n"
        "-----File: 002.png---\n"
        "The first mill on the river was built by the abbey, and the town grew around it.\n")


def test_a_books_title_page_with_byline_volume_and_date(convert):
    root, _report = convert(BOOK, form="dp-pages")
    page = root.find(".//t:front/t:titlePage", NS)
    assert page is not None
    assert reading(page.find(".//t:titlePart[@type='main']", NS)) == "THE MILLS OF THE WESTERN VALLEYS"
    byline = page.find("t:byline", NS)
    assert " ".join(reading(byline).split()) == "BY JOHN ASHWORTH PRICE"
    assert reading(byline.find("t:docAuthor", NS)) == "JOHN ASHWORTH PRICE"
    assert reading(page.find(".//t:titlePart[@type='volume']", NS)) == "VOLUME II"
    assert reading(page.find(".//t:docDate", NS)) == "1911"
    assert reading(root.find(".//t:body", NS)).startswith("The first mill")

# SPDX-License-Identifier: MIT
"""Lists of places and persons written into the text, and notes with nothing in them."""
from __future__ import annotations


import pytest
from lxml import html as lxml_html

from edition.errors import InputError
from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

from .conftest import write_tei, epub_texts

PLACES = """<div><head>Places</head>
<listPlace>
  <place xml:id="wessex">
    <placeName>Wessex</placeName>
    <placeName xml:lang="la">Occidentalium Saxonum regnum</placeName>
    <location><region>South</region>
      <country>England</country></location>
    <place><settlement>Winchester</settlement></place>
  </place>
  <place><placeName>Mercia</placeName></place>
</listPlace>
<listPerson><person><persName>Alfred</persName>
  <birth>849</birth></person></listPerson>
</div>"""


def test_a_list_of_places_in_the_text_is_a_list_of_its_entries(tmp_path):
    tei = write_tei(tmp_path, "wessex", PLACES)
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "wessex.html")).getroot()
    lists = page.xpath("//article//ul[contains(@class, 'list')]")
    assert len(lists) == 2
    entries = lists[0].xpath("./li")
    assert [e.get("id") for e in entries] == ["wessex", None]
    first = " ".join(entries[0].text_content().split())
    # the names and the parts of the location are kept apart, the town is an entry of its own
    assert first.startswith("Wessex · Occidentalium Saxonum regnum · South, England")
    assert entries[0].xpath("./div[contains(@class, 'place')]")[0].text_content().strip() == "Winchester"
    assert " ".join(lists[1].text_content().split()) == "Alfred · 849"
    build_pdf(tei, tmp_path / "pdf" / "wessex.pdf")
    source = (tmp_path / "pdf" / "typst" / "wessex.typ").read_text(encoding="utf-8")
    assert source.count("#ed-list[") == 2 and source.count("#ed-list-item(") == 4
    assert '#" · "' in source
    assert source.count("#pad(left: 1.5em)[#ed-list-item(") == 1  # Winchester, set in from Wessex


def test_a_note_with_nothing_in_it_has_no_mark_and_takes_no_number(tmp_path):
    tei = write_tei(tmp_path, "blank", """<p>One<note n="1"/> two<note place="foot"><lb/></note>
three<note place="foot">A real note.</note></p>""")
    build_site([tei], tmp_path / "html")
    page = lxml_html.parse(str(tmp_path / "html" / "blank.html")).getroot()
    marks = page.xpath("//article//button[contains(@class, 'note-ref')]")
    assert [m.text for m in marks] == ["1"]
    assert page.xpath("//ol[contains(@class, 'note-list')]/li")[0].text_content().count("A real note.") == 1
    build_epub(tei, tmp_path / "blank.epub")
    texts = epub_texts(tmp_path / "blank.epub")
    assert texts.count('epub:type="noteref"') == 1
    build_pdf(tei, tmp_path / "pdf" / "blank.pdf")
    source = (tmp_path / "pdf" / "typst" / "blank.typ").read_text(encoding="utf-8")
    assert source.count("#ed-note(") == 1 and '#ed-note("1", printed: none)[#"A real note.";]' in source


def test_an_edition_named_like_a_page_of_the_site_is_refused_in_one_line(tmp_path):
    tei = write_tei(tmp_path, "places", "<p>x</p>")
    with pytest.raises(InputError, match="one of the site's own pages"):
        build_site([tei], tmp_path / "html")
    assert not (tmp_path / "html").exists()

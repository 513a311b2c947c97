# SPDX-License-Identifier: MIT
"""The TEI writer: model values become the TEI the encoding conventions ask for."""
from __future__ import annotations

from lxml import etree

from edition import model as m
from edition.config import load_config
from edition.tei.serialize import to_bytes
from edition.tei.writer import write_tei

NS = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CARR = load_config("seeds/carr-socialism-in-one-country-2.toml")
MONOGRAPH = load_config("seeds/building-socialism-1920s.toml")


def tei(doc: m.Document, config=CARR) -> etree._Element:
    return etree.fromstring(to_bytes(write_tei(doc, config, "edition test")))


def one_chapter(*content) -> m.Document:
    return m.Document(body=[m.Div("chapter", n="11", head=["Lessons"], children=[m.Paragraph(list(content))])])


def test_notes_stay_at_their_marker_with_page_qualified_ids():
    root = tei(one_chapter("people.", m.Note("1", ["See p. 3."], page="3"), " More",
                           m.PageBreak("4"), " text.", m.Note("1", ["Other."], page="4")))
    p = root.find(".//t:body//t:p", NS)
    notes = p.findall("t:note", NS)
    assert [n.get(XML_ID) for n in notes] == ["fn-p3-1", "fn-p4-1"]
    assert [n.get("n") for n in notes] == ["1", "1"]
    assert p.text == "people." and notes[0].tail == " More"
    assert p.find("t:pb", NS).get("n") == "4"


def test_duplicate_ids_are_made_unique():
    root = tei(one_chapter("a", m.Note("5", ["x"]), "b", m.Note("5", ["y"])))
    ids = [n.get(XML_ID) for n in root.iterfind(".//t:note[@place='foot']", NS)]
    assert ids == ["fn5", "fn5-2"]


def test_styled_runs_map_to_title_foreign_hi():
    root = tei(one_chapter(m.Styled("title", ["Pravda"], level="j"), " ",
                           m.Styled("foreign", ["kulak"], lang="ru-Latn"), " ",
                           m.Styled("hi", ["very"])))
    p = root.find(".//t:body//t:p", NS)
    assert p.find("t:title", NS).get("level") == "j"
    assert p.find("t:foreign", NS).get("{http://www.w3.org/XML/1998/namespace}lang") == "ru-Latn"
    assert p.find("t:hi", NS).get("rend") == "italic"


def test_choice_keeps_the_source_reading():
    root = tei(m.Document(body=[m.Div("chapter", n="11", head=[m.Choice(["CHAPTER II"], ["CHAPTER 11"], source="c1")])]))
    head = root.find(".//t:head", NS)
    assert head.findtext("t:choice/t:sic", namespaces=NS) == "CHAPTER II"
    corr = head.find("t:choice/t:corr", NS)
    assert corr.text == "CHAPTER 11" and corr.get("source") == "#c1"


def test_reader_chosen_div_id_is_kept_and_refs_point_to_it():
    doc = m.Document(
        front=[m.Div("contents", children=[m.ListBlock([m.Item([m.Ref("ch11", ["Lessons"]), " ", m.PageNumber("3")])])])],
        body=[m.Div("chapter", n="11", id="ch11", head=["Lessons"])])
    root = tei(doc)
    assert root.find(".//t:body/t:div", NS).get(XML_ID) == "ch11"
    assert root.find(".//t:ref", NS).get("target") == "#ch11"
    assert root.find(".//t:num", NS).get("value") == "3"


def test_all_ids_unique_and_paragraphs_numbered_in_order():
    doc = m.Document(front=[m.Div("preface", children=[m.Paragraph(["a"])])],
                     body=[m.Div("chapter", n="1", children=[m.Paragraph(["b"]), m.Paragraph(["c"])]),
                           m.Div("chapter", n="1", children=[m.Paragraph(["d"])])])
    root = tei(doc)
    ids = [e.get(XML_ID) for e in root.iter() if e.get(XML_ID)]
    assert len(ids) == len(set(ids))
    assert [p.get(XML_ID) for p in root.iterfind(".//t:text//t:p", NS)] == ["p1", "p2", "p3", "p4"]


def test_pretty_printing_never_adds_space_inside_mixed_content():
    root_bytes = to_bytes(write_tei(one_chapter(m.Styled("hi", ["a"]), m.Styled("hi", ["b"])), CARR, "t"))
    assert b'<p xml:id="p1"><hi rend="italic">a</hi><hi rend="italic">b</hi></p>' in root_bytes
    assert b"\n    <teiHeader>" not in root_bytes and b"\n  <teiHeader>" in root_bytes


def test_text_is_escaped():
    data = to_bytes(write_tei(one_chapter("<script>&]]>"), CARR, "t"))
    assert b"&lt;script&gt;&amp;]]&gt;" in data
    assert etree.fromstring(data).find(".//t:body//t:p", NS).text == "<script>&]]>"


def test_output_is_deterministic():
    doc = one_chapter("x", m.Note("1", ["n"]))
    assert to_bytes(write_tei(doc, CARR, "t")) == to_bytes(write_tei(doc, CARR, "t"))


# ---------------------------------------------------------------- header

def test_header_of_an_identified_book():
    root = tei(one_chapter("x"))
    h = root.find("t:teiHeader", NS)
    assert h.findtext(".//t:titleStmt/t:author", namespaces=NS) == "E. H. Carr"
    assert h.find(".//t:publicationStmt/t:availability/t:licence", NS).get("target").startswith("https://")
    assert h.findtext(".//t:publicationStmt/t:idno", namespaces=NS) == CARR.id
    monogr = h.find(".//t:sourceDesc/t:biblStruct/t:monogr", NS)
    assert [i.text for i in monogr.iterfind("t:idno[@type='ISBN']", NS)] == ["0-333-07161-1", "0-333-24216-5"]
    assert monogr.findtext("t:imprint/t:publisher", namespaces=NS) == "The Macmillan Press Ltd"
    assert [p.text for p in monogr.iterfind("t:imprint/t:pubPlace", NS)] == ["London", "Basingstoke"]
    assert h.findtext(".//t:series/t:title", namespaces=NS) == "A History of Soviet Russia"
    langs = [x.get("ident") for x in h.iterfind(".//t:langUsage/t:language", NS)]
    assert langs[0] == "en" and "ru-Latn" in langs
    assert "edition test" in h.findtext(".//t:revisionDesc/t:change", namespaces=NS)
    assert h.find(".//t:editorialDecl/t:correction", NS) is not None


def test_header_of_an_unidentified_source_invents_nothing():
    root = tei(one_chapter("x"), MONOGRAPH)
    h = root.find("t:teiHeader", NS)
    assert h.find(".//t:titleStmt/t:author", NS) is None
    assert h.find(".//t:biblStruct", NS) is None
    note = h.findtext(".//t:sourceDesc/t:bibl/t:note[@type='unidentified']", namespaces=NS)
    assert "does not name its author" in note


def test_copy_notes_go_to_the_header_not_the_text():
    doc = one_chapter("x")
    doc.copy_notes = [m.CopyNote("shelfmark", "K512"), m.CopyNote("accession", "7908791"),
                      m.CopyNote("stamp", "外文书库")]
    root = tei(doc)
    ms = root.find(".//t:sourceDesc/t:msDesc", NS)
    assert ms.findtext("t:msIdentifier/t:idno", namespaces=NS) == "K512"
    assert ms.find(".//t:stamp", NS).text == "外文书库"
    assert "K512" not in "".join(root.find("t:text", NS).itertext())

# SPDX-License-Identifier: MIT
"""The Dublin Core record: every field present and equal to what the teiHeader states."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.deposit import DC_STYLESHEET, build_deposit, dc_params
from edition.header_facts import derived_identifier, header_facts
from edition.render.saxon import transform

from .conftest import NS, SAMPLE, TEI

DC = "http://purl.org/dc/elements/1.1/"
OAI_DC = "{http://www.openarchives.org/OAI/2.0/oai_dc/}dc"
SCHEMAS = Path(__file__).resolve().parent / "schemas"
# the schema locations the published schemas import, and the copies here (schemas/README.md)
SCHEMA_COPIES = {
    "http://dublincore.org/schemas/xmls/simpledc20021212.xsd": SCHEMAS / "simpledc20021212.xsd",
    "http://www.w3.org/2001/03/xml.xsd": SCHEMAS / "xml.xsd",
}


class _LocalCopies(etree.Resolver):
    def resolve(self, system_url, public_id, context):
        if system_url in SCHEMA_COPIES:
            return self.resolve_filename(str(SCHEMA_COPIES[system_url]), context)
        return None


def oai_dc_schema() -> etree.XMLSchema:
    """oai_dc.xsd with its imports read from tests/deposit/schemas/, the network off."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_LocalCopies())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "oai_dc.xsd"), parser))


def dc_record(tei: Path) -> etree._Element:
    """The record as the deposit makes it: the stylesheet with the facts of the header."""
    facts = header_facts(etree.parse(str(tei)), tei)
    return etree.fromstring(transform(DC_STYLESHEET, tei, params=dc_params(facts)).encode("utf-8"))


def dc_fields(tei: Path) -> dict[str, list[str]]:
    root = dc_record(tei)
    assert root.tag == OAI_DC
    fields: dict[str, list[str]] = {}
    for child in root:
        assert child.tag.startswith(f"{{{DC}}}"), child.tag
        fields.setdefault(etree.QName(child).localname, []).append(child.text)
    return fields


def header_text(tree, path: str) -> list[str]:
    return [" ".join("".join(el.itertext()).split()) for el in tree.findall(path, NS)]


def test_each_field_matches_the_header():
    header = etree.parse(str(SAMPLE))
    fields = dc_fields(SAMPLE)
    assert fields["title"] == header_text(header, ".//tei:titleStmt/tei:title[@type='main']")
    assert fields["creator"] == header_text(header, ".//tei:titleStmt/tei:author") == ["E. H. Carr"]
    assert fields["contributor"] == header_text(header, ".//tei:titleStmt/tei:respStmt/tei:name")
    assert fields["publisher"] == header_text(header, ".//tei:publicationStmt/tei:publisher")
    # the sample records no edition date: the printed book's first publication stands for it
    assert fields["date"] == ["1959"]
    assert fields["language"] == header.xpath(".//tei:langUsage/tei:language/@ident", namespaces=NS)
    # the persistent identifier first (none recorded: derived from publisher and id), then the id
    assert fields["identifier"] == [derived_identifier("Edition pipeline project", "carr-socialism-in-one-country-2"),
                                    "carr-socialism-in-one-country-2"]
    licence = header.find(".//tei:availability/tei:licence", NS)
    assert fields["rights"] == [" ".join(licence.text.split()), licence.get("target")]
    assert fields["type"] == ["Text"]
    assert fields["format"] == ["application/tei+xml"]


def test_source_cites_the_printed_book():
    (source,) = dc_fields(SAMPLE)["source"]
    for fact in ("Carr, Edward Hallett", "Socialism in One Country, 1924-1926", "Volume Two",
                 "A History of Soviet Russia 6", "London; Basingstoke: The Macmillan Press Ltd, 1959",
                 "ISBN 0-333-07161-1", "ISBN 0-333-24216-5"):
        assert fact in source
    assert ".." not in source


def test_the_edition_date_wins_over_the_source_date(edit_sample):
    def dated(tree):
        etree.SubElement(tree.find(".//tei:publicationStmt", NS), TEI + "date", when="2026-03").text = "2026"
    assert dc_fields(edit_sample("dated", dated))["date"] == ["2026-03"]


def test_an_unidentified_source_leaves_out_what_is_unknown(edit_sample):
    """A chapter received without its book: no author, no date, and the source says so."""
    def unidentified(tree):
        for author in tree.findall(".//tei:titleStmt/tei:author", NS):
            author.getparent().remove(author)
        source_desc = tree.find(".//tei:sourceDesc", NS)
        for child in list(source_desc):
            source_desc.remove(child)
        bibl = etree.SubElement(source_desc, TEI + "bibl", type="chapter")
        etree.SubElement(bibl, TEI + "title", level="a").text = "The “Building Socialism” & <more>"
        etree.SubElement(bibl, TEI + "biblScope", unit="chapter").text = "2"
        etree.SubElement(bibl, TEI + "note", type="unidentified").text = "The printed source is not identified."
    fields = dc_fields(edit_sample("unidentified", unidentified))
    assert "creator" not in fields
    assert "date" not in fields
    assert fields["source"] == ["Chapter 2: The “Building Socialism” & <more>. The printed source is not identified."]
    for required in ("title", "contributor", "language", "identifier", "rights", "type", "format"):
        assert fields[required], required


def test_the_record_in_the_bag_is_the_one_the_stylesheet_makes(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    in_bag = etree.parse(str(tmp_path / "sample" / "data" / "metadata" / "oai_dc.xml")).getroot()
    assert [el.text for el in in_bag] == [v for vs in dc_fields(SAMPLE).values() for v in vs]


def test_the_record_is_valid_oai_dc():
    schema = oai_dc_schema()
    record = dc_record(SAMPLE)
    assert schema.validate(record), schema.error_log
    # the schema is strict enough to tell: an element outside Dublin Core is refused
    etree.SubElement(record, "{http://purl.org/dc/elements/1.1/}shelfmark").text = "x"
    assert not schema.validate(record)


def _no_titles(tree):
    for title in tree.findall(".//tei:titleStmt/tei:title", NS):
        title.getparent().remove(title)


def _no_idno(tree):
    for idno in tree.findall(".//tei:publicationStmt/tei:idno", NS):
        idno.getparent().remove(idno)


def _no_header(tree):
    header = tree.find("tei:teiHeader", NS)
    header.getparent().remove(header)


@pytest.mark.parametrize("change", [_no_titles, _no_idno, lambda tree: (_no_titles(tree), _no_idno(tree)), _no_header],
                         ids=["no-title", "no-idno", "neither", "no-header"])
def test_title_and_identifier_are_never_missing(tmp_path, registers, edit_sample, change):
    tei = edit_sample("bare", change)
    fields = dc_fields(tei)
    assert fields["title"] and all(t.strip() for t in fields["title"])
    assert fields["identifier"] and all(i.strip() for i in fields["identifier"])
    assert oai_dc_schema().validate(dc_record(tei))
    # and so in the package, whose record is checked against the schema too
    build_deposit(tei, tmp_path / "out", registers)
    in_bag = etree.parse(str(tmp_path / "out" / "bare" / "data" / "metadata" / "oai_dc.xml"))
    assert in_bag.xpath("//dc:title/text()", namespaces={"dc": DC})
    assert in_bag.xpath("//dc:identifier/text()", namespaces={"dc": DC})
    assert oai_dc_schema().validate(in_bag)


def test_a_tei_without_titles_is_named_by_its_identifier(edit_sample):
    (title,) = dc_fields(edit_sample("bare", _no_titles))["title"]
    assert "carr-socialism-in-one-country-2" in title

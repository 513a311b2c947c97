# SPDX-License-Identifier: MIT
"""What an archive's intake reads: BagIt 1.0, bag-info.txt from the header and the seed's TOML,
the real bagging date apart from the edition's, the access copies, and bagit's own validation."""
from __future__ import annotations

import os
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bagit
import pytest
from lxml import etree

from edition.deposit import build_deposit
from edition.errors import InputError
from edition.header_facts import derived_identifier

from .conftest import NS, SAMPLE, TEI

OPF = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
TOML = """\
[edition]
id = "ed"
form = "ocr-book"
date_order = "day-first"
title = "T"
language = "en"

[source]
status = "identified"
author = "E. H. Carr"
title = "Socialism in One Country"

[publication]
publisher = "Edition pipeline project"
licence = "CC BY 4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
date = "2026-11-21"
{publication}
{deposit}
"""


def bag_info(bag: Path) -> dict[str, list[str]]:
    info: dict[str, list[str]] = {}
    for line in (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines():
        key, value = line.split(": ", 1)
        info.setdefault(key, []).append(value)
    return info


def _project(tmp_path: Path, publication: str = "", deposit: str = "") -> Path:
    """A project laid out as make lays it: seeds/ed.toml beside tei/ed.xml (the sample, id 'ed')."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "tei").mkdir()
    (tmp_path / "seeds" / "ed.toml").write_text(TOML.format(publication=publication, deposit=deposit),
                                               encoding="utf-8")
    tree = etree.parse(str(SAMPLE))
    tree.find(".//tei:publicationStmt/tei:idno[@type='edition']", NS).text = "ed"
    etree.SubElement(tree.find(".//tei:publicationStmt", NS), TEI + "date", when="2026-11-21").text = "2026"
    tei = tmp_path / "tei" / "ed.xml"
    tree.write(str(tei), encoding="UTF-8", xml_declaration=True)
    return tei


def test_the_bag_is_bagit_1_0_and_bagit_validates_it(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    bag_dir = tmp_path / "sample"
    assert (bag_dir / "bagit.txt").read_text(encoding="utf-8") == (
        "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n")
    bag = bagit.Bag(str(bag_dir))
    assert bag.version_info == (1, 0)
    bag.validate(completeness_only=False)
    assert bag.is_valid()
    # the tag manifests cover bagit.txt as it is now
    (bag_dir / "bagit.txt").write_text("BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8 \n", encoding="utf-8")
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(bag_dir)).validate()


def test_bag_info_takes_the_deposit_keys_and_identifier_of_the_seed(tmp_path):
    tei = _project(tmp_path, publication='identifier = "10.5555/edition.ed"',
                   deposit='[deposit]\nsource_organization = "Archive Friends"\ncontact_name = "A. Keeper"\n'
                           'contact_email = "keeper@example.org"\ngroup = "edition-pipeline-collection"\n')
    build_deposit(tei, tmp_path / "build" / "deposit", tmp_path / "no-registers")
    bag_dir = tmp_path / "build" / "deposit" / "ed"
    info = bag_info(bag_dir)
    assert info["Source-Organization"] == ["Archive Friends"]
    assert info["Contact-Name"] == ["A. Keeper"]
    assert info["Contact-Email"] == ["keeper@example.org"]
    assert info["External-Identifier"] == ["https://doi.org/10.5555/edition.ed"]
    assert info["Bag-Group-Identifier"] == ["edition-pipeline-collection"]
    assert info["Edition-Date"] == ["2026-11-21"]
    # the EPUB in the package is known by the same identifier
    with zipfile.ZipFile(bag_dir / "data" / "access" / "ed.epub") as epub:
        opf = etree.fromstring(epub.read("EPUB/content.opf"))
    unique = opf.get("unique-identifier")
    assert opf.xpath("//dc:identifier[@id=$id]/text()", id=unique, namespaces=OPF) == info["External-Identifier"]
    dc = etree.parse(str(bag_dir / "data" / "metadata" / "oai_dc.xml"))
    assert dc.xpath("//dc:identifier/text()", namespaces=OPF)[0] == info["External-Identifier"][0]
    bagit.Bag(str(bag_dir)).validate()


def test_absent_keys_are_left_out_not_invented(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    info = bag_info(tmp_path / "sample")
    for absent in ("Contact-Name", "Contact-Email", "Contact-Phone", "Organization-Address", "Edition-Date"):
        assert absent not in info
    # the publisher the header records is the organisation; the printed source's series the group
    assert info["Source-Organization"] == ["Edition pipeline project"]
    assert info["Bag-Group-Identifier"] == ["A History of Soviet Russia"]
    # no identifier recorded: one derived from publisher and id, never the bare slug
    assert info["External-Identifier"] == [derived_identifier("Edition pipeline project",
                                                              "carr-socialism-in-one-country-2")]
    assert info["External-Identifier"][0].startswith("urn:uuid:")
    assert "https://creativecommons.org/licenses/by/4.0/" in info["Rights"][0]
    assert "CC BY 4.0" in info["Rights"][0]


def test_a_header_without_publisher_gives_no_source_organization(tmp_path, registers, edit_sample):
    def anonymous(tree):
        for publisher in tree.findall(".//tei:publicationStmt/tei:publisher", NS):
            publisher.getparent().remove(publisher)
    build_deposit(edit_sample("anonymous", anonymous), tmp_path / "out", registers)
    info = bag_info(tmp_path / "out" / "anonymous")
    assert "Source-Organization" not in info
    assert "not recorded" not in (tmp_path / "out" / "anonymous" / "bag-info.txt").read_text(encoding="utf-8")


def test_bagging_date_is_the_day_of_the_build_in_utc(tmp_path, registers, monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(timezone.utc).date()
    build_deposit(SAMPLE, tmp_path, registers)
    after = datetime.now(timezone.utc).date()
    (bagged,) = bag_info(tmp_path / "sample")["Bagging-Date"]
    assert bagged in {before.isoformat(), after.isoformat()}
    assert bagged != "1980-01-01"


def test_bagging_date_follows_source_date_epoch(tmp_path, registers, monkeypatch, edit_sample):
    def dated(tree):
        etree.SubElement(tree.find(".//tei:publicationStmt", NS), TEI + "date", when="2026-03-14").text = "2026"
    tei = edit_sample("dated", dated)
    moment = datetime(2031, 5, 6, 23, 59, tzinfo=timezone.utc)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(moment.timestamp())))
    zip_path = build_deposit(tei, tmp_path / "out", registers)
    info = bag_info(tmp_path / "out" / "dated")
    assert info["Bagging-Date"] == ["2031-05-06"]
    assert info["Edition-Date"] == ["2026-03-14"]  # the edition's own date, in its own field
    readme = (tmp_path / "out" / "dated" / "data" / "README.txt").read_text(encoding="utf-8")
    assert "2031-05-06" in readme and "SOURCE_DATE_EPOCH" in readme
    first = zip_path.read_bytes()
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int((moment + timedelta(hours=-5)).timestamp())))
    assert build_deposit(tei, tmp_path / "out", registers).read_bytes() == first


def test_a_malformed_source_date_epoch_is_refused_before_anything_is_written(tmp_path, registers, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(InputError, match="SOURCE_DATE_EPOCH"):
        build_deposit(SAMPLE, tmp_path / "out", registers)
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


def test_the_pdf_and_the_epub_are_access_copies_in_the_payload(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path / "deposit", registers)
    access = tmp_path / "deposit" / "sample" / "data" / "access"
    assert sorted(p.name for p in access.iterdir()) == ["sample.epub", "sample.pdf"]
    pdf = (access / "sample.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"pdfaid:part" in pdf
    with zipfile.ZipFile(access / "sample.epub") as epub:
        assert epub.read("mimetype") == b"application/epub+zip"
    readme = (tmp_path / "deposit" / "sample" / "data" / "README.txt").read_text(encoding="utf-8")
    assert "access/sample.pdf" in readme and "PDF/A" in readme
    manifest = (tmp_path / "deposit" / "sample" / "manifest-sha256.txt").read_text(encoding="utf-8")
    assert "data/access/sample.pdf" in manifest and "data/access/sample.epub" in manifest


def test_built_access_copies_are_taken_from_beside_the_deposit(tmp_path, registers):
    """As make and `edition build` lay them out: build/pdf/, build/epub/ beside build/deposit/."""
    for name in ("pdf", "epub"):
        (tmp_path / name).mkdir()
        (tmp_path / name / f"sample.{name}").write_bytes(f"already built {name}".encode())
    build_deposit(SAMPLE, tmp_path / "deposit", registers)
    access = tmp_path / "deposit" / "sample" / "data" / "access"
    assert (access / "sample.pdf").read_bytes() == b"already built pdf"
    assert (access / "sample.epub").read_bytes() == b"already built epub"


def test_an_access_copy_older_than_the_tei_is_made_afresh(tmp_path, registers):
    tei = tmp_path / "sample.xml"
    tei.write_bytes(SAMPLE.read_bytes())
    stale = tmp_path / "old.pdf"
    stale.write_bytes(b"stale")
    os.utime(stale, (tei.stat().st_mtime - 60, tei.stat().st_mtime - 60))
    build_deposit(tei, tmp_path / "deposit", registers, access_copies={"pdf": stale})
    assert (tmp_path / "deposit" / "sample" / "data" / "access" / "sample.pdf").read_bytes().startswith(b"%PDF-")
    assert stale.read_bytes() == b"stale"  # left as it was


def test_make_builds_the_deposit_after_the_pdf_and_the_epub():
    from edition.outputs import make_rules
    (rule,) = [line for line in make_rules().splitlines() if line.startswith("build/deposit/%.zip:")]
    assert "build/pdf/%.pdf" in rule and "build/epub/%.epub" in rule


def test_a_urn_the_header_records_is_the_identifier_and_an_email_is_no_organisation(tmp_path, registers,
                                                                                    edit_sample):
    """As the Deutsches Textarchiv writes its headers: the URN nested in an idno, the e-mail
    and the address inside the publisher."""
    def archive_header(tree):
        pub = tree.find(".//tei:publicationStmt", NS)
        publisher = pub.find("tei:publisher", NS)
        publisher.text = None
        etree.SubElement(publisher, TEI + "email").text = "dta@example.org"
        etree.SubElement(publisher, TEI + "orgName").text = "Deutsches Textarchiv"
        etree.SubElement(etree.SubElement(publisher, TEI + "address"), TEI + "addrLine").text = "Jägerstr. 22"
        group = etree.SubElement(pub, TEI + "idno")
        etree.SubElement(group, TEI + "idno", type="URLWeb").text = "https://example.org/kant"
        etree.SubElement(group, TEI + "idno", type="URN").text = "urn:nbn:de:kobv:b4-200905192998"
    build_deposit(edit_sample("dta", archive_header), tmp_path / "out", registers)
    info = bag_info(tmp_path / "out" / "dta")
    assert info["External-Identifier"] == ["urn:nbn:de:kobv:b4-200905192998"]
    assert info["Source-Organization"] == ["Deutsches Textarchiv"]


@pytest.mark.parametrize("publication, deposit, message", [
    ('identifier = "carr-2"', "", "is not a URI, URN, DOI or ISBN"),
    ('identifier = "978-0-333-07161-2"', "", "is not a URI, URN, DOI or ISBN"),  # a wrong check digit
    ("", '[deposit]\ncontact_email = "keeper at example.org"\n', "is not an e-mail address"),
    ("", '[deposit]\ncontact_phone = "123"\n', "unknown key 'contact_phone'"),
])
def test_bad_package_keys_are_refused_with_their_line(tmp_path, publication, deposit, message):
    from edition.config import load_config
    from edition.errors import ConfigError
    tei = _project(tmp_path, publication=publication, deposit=deposit)
    config = tmp_path / "seeds" / "ed.toml"
    with pytest.raises(ConfigError, match=message) as caught:
        load_config(config)
    assert caught.value.line and caught.value.line > 15
    # the deposit reads the same TOML and refuses it the same way, writing nothing
    with pytest.raises(ConfigError, match=message):
        build_deposit(tei, tmp_path / "build" / "deposit", tmp_path / "no-registers")
    assert not (tmp_path / "build" / "deposit").exists() or not list((tmp_path / "build" / "deposit").iterdir())


@pytest.mark.parametrize("value, expected", [
    ("10.5555/abc", "https://doi.org/10.5555/abc"), ("doi:10.5555/abc", "https://doi.org/10.5555/abc"),
    ("https://doi.org/10.5555/abc", "https://doi.org/10.5555/abc"), ("urn:nbn:de:1-2", "urn:nbn:de:1-2"),
    ("ISBN 978-3-16-148410-0", "urn:isbn:9783161484100"), ("0-333-07161-1", "urn:isbn:0333071611"),
    ("https://example.org/editions/ed", "https://example.org/editions/ed"), ("ed", None), ("", None),
])
def test_identifiers_are_written_as_uris(value, expected):
    from edition.header_facts import persistent_form
    assert persistent_form(value) == expected

# SPDX-License-Identifier: MIT
"""The BagIt package: valid, tamper-evident, complete, dated from the TEI and reproducible."""
from __future__ import annotations

import shutil
import stat
import zipfile
from pathlib import Path

import bagit
import pytest
from lxml import etree

from edition.deposit import build_deposit
from edition.header_facts import FALLBACK_DATE
from edition.errors import XMLInputError

from .conftest import NS, SAMPLE, TEI


def bag_info(bag: Path) -> dict[str, str]:
    lines = (bag / "bag-info.txt").read_text(encoding="utf-8").splitlines()
    return dict(line.split(": ", 1) for line in lines)


def test_bag_validates_and_holds_every_input(tmp_path, registers):
    zip_path = build_deposit(SAMPLE, tmp_path / "out", registers)
    bag_dir = tmp_path / "out" / "sample"
    assert zip_path == tmp_path / "out" / "sample.zip"
    bag = bagit.Bag(str(bag_dir))
    bag.validate()  # raises on any failure
    assert set(bag.algorithms) == {"sha256", "sha512"}
    data = bag_dir / "data"
    assert (data / "tei" / "sample.xml").read_bytes() == SAMPLE.read_bytes()
    for register in registers.iterdir():
        assert (data / "tei" / "registers" / register.name).read_bytes() == register.read_bytes()
    assert (data / "metadata" / "oai_dc.xml").is_file()
    assert (data / "README.txt").is_file()


def test_schema_files_present_in_the_project_are_included(tmp_path, registers):
    from edition.deposit import SCHEMA_DIR
    build_deposit(SAMPLE, tmp_path, registers)
    readme = (tmp_path / "sample" / "data" / "README.txt").read_text(encoding="utf-8")
    expected = sorted(p.name for p in SCHEMA_DIR.glob("*") if p.is_file() and not p.name.startswith("."))
    included = sorted(p.name for p in (tmp_path / "sample" / "data" / "schema").glob("*"))
    assert included == expected
    if not expected:
        assert "No schema files were present" in readme
    for name in expected:
        assert f"schema/{name}" in readme


@pytest.mark.parametrize("payload_file", ["tei/sample.xml", "metadata/oai_dc.xml", "README.txt"])
def test_changing_one_payload_byte_fails_validation(tmp_path, registers, payload_file):
    build_deposit(SAMPLE, tmp_path, registers)
    target = tmp_path / "sample" / "data" / payload_file
    content = bytearray(target.read_bytes())
    content[len(content) // 2] ^= 0x01  # same size: only the checksums can tell
    target.write_bytes(bytes(content))
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(tmp_path / "sample")).validate()


def test_a_removed_payload_file_fails_validation(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    (tmp_path / "sample" / "data" / "tei" / "registers" / "places.xml").unlink()
    with pytest.raises(bagit.BagValidationError):
        bagit.Bag(str(tmp_path / "sample")).validate()


def test_bag_info_fields(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    info = bag_info(tmp_path / "sample")
    assert info["Source-Organization"] == "Edition pipeline project"
    assert info["Internal-Sender-Identifier"] == "carr-socialism-in-one-country-2"
    assert "Socialism in One Country, 1924-1926" in info["External-Description"]
    payload = [p for p in (tmp_path / "sample" / "data").rglob("*") if p.is_file()]
    assert info["Payload-Oxum"] == f"{sum(p.stat().st_size for p in payload)}.{len(payload)}"
    assert info["Bag-Size"].endswith(" KB")
    # the sample records no date of its own: no Edition-Date is invented
    assert "Edition-Date" not in info


def _set_publication_date(value: str):
    def change(tree):
        pub = tree.find(".//tei:publicationStmt", NS)
        date = etree.SubElement(pub, TEI + "date", when=value)
        date.text = value
    return change


def _add_revision(*whens: str):
    def change(tree):
        revision = tree.find(".//tei:revisionDesc", NS)
        for when in whens:
            etree.SubElement(revision, TEI + "change", when=when).text = "revised"
    return change


@pytest.mark.parametrize("change, expected", [
    (_set_publication_date("2026-03-14"), "2026-03-14"),
    (_set_publication_date("2026-03"), "2026-03-01"),
    (_set_publication_date("2025"), "2025-01-01"),
    (_add_revision("2024-05-02", "2025-11-30", "2025-01-09"), "2025-11-30"),
])
def test_zip_time_stamps_come_from_the_tei(tmp_path, registers, edit_sample, change, expected):
    tei = edit_sample("dated", change)
    zip_path = build_deposit(tei, tmp_path / "out", registers)
    year, month, day = (int(x) for x in expected.split("-"))
    with zipfile.ZipFile(zip_path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(year, month, day, 0, 0, 0)}


def test_sample_without_a_date_gets_the_placeholder_time_stamp(tmp_path, registers):
    zip_path = build_deposit(SAMPLE, tmp_path, registers)
    year, month, day = (int(x) for x in FALLBACK_DATE.split("-"))
    with zipfile.ZipFile(zip_path) as archive:
        assert {info.date_time for info in archive.infolist()} == {(year, month, day, 0, 0, 0)}


def _tree_snapshot(root: Path) -> dict[str, tuple[bytes | None, int]]:
    return {p.relative_to(root).as_posix(): (p.read_bytes() if p.is_file() else None, stat.S_IMODE(p.stat().st_mode))
            for p in sorted(root.rglob("*"))}


def test_two_builds_give_identical_bags_and_zips(tmp_path, registers, monkeypatch):
    # the bagging date is the day of the build: fixed here, so that midnight cannot pass between
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1764633600")
    first = build_deposit(SAMPLE, tmp_path / "one", registers)
    second = build_deposit(SAMPLE, tmp_path / "two", registers)
    assert first.read_bytes() == second.read_bytes()
    assert _tree_snapshot(tmp_path / "one" / "sample") == _tree_snapshot(tmp_path / "two" / "sample")
    # a rebuild in place replaces the package with the same bytes
    build_deposit(SAMPLE, tmp_path / "one", registers)
    assert first.read_bytes() == second.read_bytes()
    assert sorted(p.name for p in (tmp_path / "one").iterdir()) == ["sample", "sample.zip"]


def test_zip_is_the_bag_in_one_folder_with_fixed_modes(tmp_path, registers):
    zip_path = build_deposit(SAMPLE, tmp_path / "out", registers)
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {n.split("/", 1)[0] for n in names} == {"sample"}
        for info in archive.infolist():
            mode = info.external_attr >> 16
            assert stat.S_IMODE(mode) == (0o755 if info.is_dir() else 0o644)
        archive.extractall(tmp_path / "unzipped")
    bagit.Bag(str(tmp_path / "unzipped" / "sample")).validate()


def test_bag_files_have_fixed_modes(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    for path in (tmp_path / "sample").rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) == (0o755 if path.is_dir() else 0o644), path


def test_tag_manifests_are_sorted(tmp_path, registers):
    build_deposit(SAMPLE, tmp_path, registers)
    for manifest in (tmp_path / "sample").glob("tagmanifest-*.txt"):
        names = [line.split(" ", 1)[1] for line in manifest.read_text().splitlines()]
        assert names == sorted(names)
        assert "bag-info.txt" in names and "manifest-sha512.txt" in names


def test_missing_registers_folder_gives_a_bag_without_registers(tmp_path):
    build_deposit(SAMPLE, tmp_path, tmp_path / "no-registers")
    bagit.Bag(str(tmp_path / "sample")).validate()
    assert not (tmp_path / "sample" / "data" / "tei" / "registers").exists()


def test_malformed_tei_is_refused_with_its_line_and_writes_nothing(tmp_path, registers):
    bad = tmp_path / "broken.xml"
    bad.write_text('<?xml version="1.0"?>\n<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<teiHeader>\n</TEI>\n')
    with pytest.raises(XMLInputError) as caught:
        build_deposit(bad, tmp_path / "out", registers)
    assert caught.value.line == 4
    assert not (tmp_path / "out").exists() or list((tmp_path / "out").iterdir()) == []


def test_a_file_that_is_not_tei_is_refused(tmp_path, registers):
    other = tmp_path / "other.xml"
    other.write_text("<html><head/></html>\n")
    with pytest.raises(XMLInputError, match="not a TEI edition"):
        build_deposit(other, tmp_path / "out", registers)


def test_a_failed_rebuild_keeps_the_previous_package(tmp_path, registers):
    tei = tmp_path / "sample.xml"
    shutil.copyfile(SAMPLE, tei)
    zip_path = build_deposit(tei, tmp_path / "out", registers)
    before = zip_path.read_bytes()
    tei.write_text("<TEI", encoding="utf-8")
    with pytest.raises(XMLInputError):
        build_deposit(tei, tmp_path / "out", registers)
    assert zip_path.read_bytes() == before
    bagit.Bag(str(tmp_path / "out" / "sample")).validate()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["sample", "sample.zip"]


def test_cli_reports_bad_input_in_one_line(tmp_path):
    from typer.testing import CliRunner

    from edition.cli import app
    bad = tmp_path / "broken.xml"
    bad.write_text("<TEI>\n<oops>\n</TEI>\n")
    result = CliRunner().invoke(app, ["deposit", str(bad), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "broken.xml:3" in result.output
    assert "Traceback" not in result.output

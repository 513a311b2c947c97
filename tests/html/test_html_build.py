# SPDX-License-Identifier: MIT
"""build_site: the pages it writes, determinism, downloads, and clear errors on bad input."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from edition.errors import EditionError, InputError, XMLInputError
from edition.render.html import build_site

from html_helpers import SAMPLE, SAMPLE_ID, tei

PAGES = ["index.html", f"{SAMPLE_ID}.html", f"{SAMPLE_ID}-about.html", "persons.html", "places.html",
         "organisations.html", "chronology.html", "search.html"]


def digest_tree(root: Path) -> dict[str, str]:
    return {str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(root.rglob("*")) if path.is_file()}


def test_every_page_and_asset_is_written(site):
    for name in PAGES + ["search-index.js", "assets/edition.css", "assets/edition.js"]:
        assert (site / name).is_file(), name


def test_the_tei_is_offered_as_a_byte_identical_copy(site):
    assert (site / "tei" / f"{SAMPLE_ID}.xml").read_bytes() == SAMPLE.read_bytes()


def test_two_builds_are_byte_identical(tmp_path):
    build_site([SAMPLE], tmp_path / "a")
    build_site([SAMPLE], tmp_path / "b")
    assert digest_tree(tmp_path / "a") == digest_tree(tmp_path / "b")


def test_two_builds_of_the_real_editions_with_a_site_url_are_byte_identical(tmp_path):
    files = sorted((Path(__file__).resolve().parents[2] / "tei").glob("*.xml"))
    if not files:
        pytest.skip("no tei/*.xml yet")
    for name in "ab":
        build_site(files, tmp_path / name, site_url="https://example.org/ed/")
    assert digest_tree(tmp_path / "a") == digest_tree(tmp_path / "b")


def test_no_page_names_a_path_of_the_build_machine(site, tmp_path):
    for path in site.rglob("*"):
        if path.suffix in {".html", ".js"} and path.parent.name != "assets":
            text = path.read_text(encoding="utf-8")
            assert "file:" not in text, path
            assert str(SAMPLE.parent) not in text and str(site) not in text, path


def test_pdf_built_beside_the_site_is_copied_and_linked(tmp_path):
    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / f"{SAMPLE_ID}.pdf").write_bytes(b"%PDF-1.7 test")
    build_site([SAMPLE], tmp_path / "html")
    assert (tmp_path / "html" / "pdf" / f"{SAMPLE_ID}.pdf").read_bytes() == b"%PDF-1.7 test"
    assert f'href="pdf/{SAMPLE_ID}.pdf"' in (tmp_path / "html" / f"{SAMPLE_ID}.html").read_text()


def test_missing_pdf_is_not_linked_and_does_not_fail(site):
    reading = (site / f"{SAMPLE_ID}.html").read_text()
    assert ".pdf" not in reading
    assert f'href="tei/{SAMPLE_ID}.xml"' in reading


def test_malformed_tei_names_file_and_line_and_keeps_the_previous_site(tmp_path):
    out = tmp_path / "html"
    build_site([SAMPLE], out)
    before = digest_tree(out)
    broken = tmp_path / "broken.xml"
    broken.write_text(tei("<div><p>open <hi>never closed</p></div>"), encoding="utf-8")
    with pytest.raises(XMLInputError) as caught:
        build_site([SAMPLE, broken], out)
    assert caught.value.file == str(broken)
    lines = broken.read_text().splitlines()
    assert caught.value.line == next(n for n, line in enumerate(lines, 1) if "never closed" in line)
    assert digest_tree(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".html")], "temporary directory left behind"


def test_entity_declarations_are_refused(tmp_path):
    hostile = tmp_path / "hostile.xml"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE TEI [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                       '<TEI xmlns="http://www.tei-c.org/ns/1.0">&x;</TEI>', encoding="utf-8")
    with pytest.raises(XMLInputError, match="DOCTYPE"):
        build_site([hostile], tmp_path / "html")
    assert not (tmp_path / "html").exists()


def test_edition_without_id_is_named_by_its_file(tmp_path):
    path = tmp_path / "noid.xml"
    path.write_text(tei("<div><p>x</p></div>").replace('<idno type="edition">mini</idno>', ""), encoding="utf-8")
    build_site([path], tmp_path / "html")
    assert (tmp_path / "html" / "noid.html").is_file()


def test_edition_id_that_cannot_name_a_file_gives_way_to_the_file_name(tmp_path):
    path = tmp_path / "bad.xml"
    path.write_text(tei("<div><p>x</p></div>", edition_id="../escape"), encoding="utf-8")
    build_site([path], tmp_path / "html")
    assert (tmp_path / "html" / "bad.html").is_file()
    assert not (tmp_path / "escape.html").exists()


def test_two_files_with_one_edition_id_are_refused(tmp_path):
    first, second = tmp_path / "a.xml", tmp_path / "b.xml"
    for path in (first, second):
        path.write_text(tei("<div><p>x</p></div>"), encoding="utf-8")
    with pytest.raises(InputError, match="also the id of"):
        build_site([first, second], tmp_path / "html")


def test_a_non_tei_root_is_refused(tmp_path):
    path = tmp_path / "other.xml"
    path.write_text("<html><body/></html>", encoding="utf-8")
    with pytest.raises(XMLInputError, match="expected a TEI document"):
        build_site([path], tmp_path / "html")


def test_no_input_is_an_error_not_an_empty_site(tmp_path):
    with pytest.raises(EditionError):
        build_site([], tmp_path / "html")
    assert not (tmp_path / "html").exists()

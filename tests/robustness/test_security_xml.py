# SPDX-License-Identifier: MIT
"""XML external entities in every encoding, late DOCTYPEs and external DTDs: refused by every
command and for register files, with no file read, no network request and no output."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition.errors import RenderError
from edition.render import saxon

from .faults import COMMANDS, Listener, files_under, run, run_command, sample_text

SECRET = "TOP-SECRET-TOKEN-4711"
REFUSED = "DOCTYPE and entity declarations are not allowed"


def _with_doctype(doctype: str, reference: str = "&xxe;", comment: int = 0, encoding: str = "UTF-8") -> str:
    """The sample edition with `doctype` before its root and `reference` in its body."""
    text = sample_text().replace('encoding="UTF-8"', f'encoding="{encoding}"', 1)
    declaration, rest = text.split("\n", 1)
    padding = f"<!--{'x' * comment}-->\n" if comment else ""
    rest = rest.replace("<body>", f"<body><p>{reference}</p>", 1)
    return f"{declaration}\n{padding}{doctype}\n{rest}"


def _vectors(tmp: Path, port: int) -> dict[str, bytes]:
    secret = tmp / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    dtd = tmp / "evil.dtd"
    dtd.write_text(f'<!ENTITY xxe SYSTEM "{secret.as_uri()}">', encoding="utf-8")
    internal = f'<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    external_file = f'<!DOCTYPE TEI SYSTEM "{dtd.as_uri()}">'
    external_http = f'<!DOCTYPE TEI SYSTEM "http://127.0.0.1:{port}/evil.dtd">'
    parameter = f'<!DOCTYPE TEI [<!ENTITY % pe SYSTEM "{dtd.as_uri()}"> %pe;]>'
    utf16 = _with_doctype(internal, encoding="UTF-16")
    return {
        "utf8": _with_doctype(internal).encode("utf-8"),
        "utf16-le-bom": b"\xff\xfe" + utf16.encode("utf-16-le"),
        "utf16-be-bom": b"\xfe\xff" + utf16.encode("utf-16-be"),
        "utf16-le": utf16.encode("utf-16-le"),
        "utf16-be": utf16.encode("utf-16-be"),
        "late-doctype": _with_doctype(external_file, comment=5000).encode("utf-8"),
        "late-doctype-utf16": _with_doctype(external_file, comment=5000, encoding="UTF-16").encode("utf-16"),
        "parameter-entity-utf16": _with_doctype(parameter, encoding="UTF-16").encode("utf-16"),
        "external-dtd-file": _with_doctype(external_file).encode("utf-8"),
        "external-dtd-http": _with_doctype(external_http, comment=5000, encoding="UTF-16").encode("utf-16"),
    }


VECTORS = ["utf8", "utf16-le-bom", "utf16-be-bom", "utf16-le", "utf16-be", "late-doctype",
           "late-doctype-utf16", "parameter-entity-utf16", "external-dtd-file", "external-dtd-http"]


def _assert_no_leak(root: Path, output: str) -> None:
    assert SECRET not in output and "LEAKED-OVER-HTTP" not in output
    for path in files_under(root):
        data = path.read_bytes()
        for token in (SECRET, "LEAKED-OVER-HTTP"):
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert token.encode(encoding) not in data or path.name == "secret.txt", path


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("vector", VECTORS)
def test_xxe_through_utf16_and_late_doctype_is_refused(tmp_path, monkeypatch, command, vector):
    monkeypatch.chdir(tmp_path)
    with Listener() as listener:
        (tmp_path / "bad.xml").write_bytes(_vectors(tmp_path, listener.port)[vector])
        result = run_command(command, "bad.xml")
    assert listener.requests == [], "the build made a network request"
    assert result.exit_code == (1 if command == "validate" else 2), result.output
    assert REFUSED in result.output and "bad.xml:" in result.output
    _assert_no_leak(tmp_path, result.output)
    assert not (tmp_path / "out").exists() or not files_under(tmp_path / "out"), "partial output written"


@pytest.mark.parametrize("vector", ["utf8", "utf16-le-bom", "utf16-be", "late-doctype-utf16", "external-dtd-http"])
def test_xxe_in_a_register_file_is_refused(tmp_path, monkeypatch, vector):
    """A register is read by convert (names) and packed by deposit: both refuse it."""
    monkeypatch.chdir(tmp_path)
    registers = tmp_path / "tei" / "registers"
    registers.mkdir(parents=True)
    seed = tmp_path / "seed.txt"
    seed.write_text("Lenin spoke in Moscow.\n", encoding="utf-8")
    seed.with_suffix(".toml").write_text(
        '[edition]\nid = "seed"\nform = "pdf-copy"\ndate_order = "day-first"\ntitle = "T"\nlanguage = "en"\n'
        '[source]\nstatus = "unidentified"\ndescription = "d"\n'
        '[publication]\npublisher = "P"\nlicence = "L"\nlicence_url = "https://example.org/"\n',
        encoding="utf-8")
    (tmp_path / "sample.xml").write_text(sample_text(), encoding="utf-8")
    with Listener() as listener:
        (registers / "persons.xml").write_bytes(_vectors(tmp_path, listener.port)[vector])
        converted = run(["convert", "seed.txt", "-o", "out/seed.xml", "--registers", "tei/registers"])
        deposited = run(["deposit", "sample.xml", "-o", "out/deposit"])
    assert listener.requests == []
    for result in (converted, deposited):
        assert result.exit_code == 2, result.output
        assert REFUSED in result.output and "persons.xml:" in result.output
    _assert_no_leak(tmp_path, converted.output + deposited.output)
    assert not (tmp_path / "out").exists() or not files_under(tmp_path / "out")


def test_saxon_itself_refuses_doctypes_and_the_network(tmp_path):
    """Defence in depth: a document the stylesheets open with doc() is parsed by Saxon's own
    parser, which refuses any DOCTYPE and may not open http: URIs."""
    with Listener() as listener:
        vectors = _vectors(tmp_path, listener.port)
        (tmp_path / "evil.xml").write_bytes(vectors["utf16-le-bom"])
        stylesheet = tmp_path / "open.xsl"
        for uri in ((tmp_path / "evil.xml").as_uri(), f"http://127.0.0.1:{listener.port}/doc.xml"):
            stylesheet.write_text(
                '<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">'
                '<xsl:output method="text"/><xsl:template match="/">'
                f'<xsl:value-of select="doc(\'{uri}\')"/></xsl:template></xsl:stylesheet>', encoding="utf-8")
            saxon._compiled.cache_clear()
            with pytest.raises(RenderError) as caught:
                saxon.transform(stylesheet, _sample(tmp_path))
            assert SECRET not in str(caught.value)
            assert "\n" not in str(caught.value)
    saxon._compiled.cache_clear()
    assert listener.requests == []


def _sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.xml"
    path.write_text(sample_text(), encoding="utf-8")
    return path


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("encoding", ["UTF-16", "UTF-16-BE-NO-BOM", "ISO-8859-1"])
def test_safe_tei_in_another_encoding_still_builds(tmp_path, monkeypatch, command, encoding):
    """Deciding on the decoded text refuses nothing a UTF-8 file could hold."""
    monkeypatch.chdir(tmp_path)
    declared = "UTF-16" if encoding.startswith("UTF-16") else encoding
    text = sample_text().replace('encoding="UTF-8"', f'encoding="{declared}"', 1)
    if encoding == "UTF-16":
        data = text.encode("utf-16")
    elif encoding == "UTF-16-BE-NO-BOM":
        data = text.encode("utf-16-be")
    else:
        data = text.replace("©", "(c)").encode("latin-1", errors="replace")
    (tmp_path / "ed.xml").write_bytes(data)
    result = run_command(command, "ed.xml")
    assert result.exit_code == 0, result.output

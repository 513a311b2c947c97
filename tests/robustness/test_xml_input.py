# SPDX-License-Identifier: MIT
"""TEI changed by hand: unsafe or malformed XML is refused quickly with file:line:col, exit 2."""
from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from edition.cli import app

runner = CliRunner()

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&lol9;</p></body></text></TEI>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE TEI [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><p>&xxe;</p></body></text></TEI>
"""
MALFORMED = b"""<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <text>
    <body>
      <p>unclosed paragraph
    </body>
  </text>
</TEI>
"""

COMMANDS = [["validate", "--no-tei-all"], ["html", "-o", "site"], ["pdf", "-o", "pdf"],
            ["epub", "-o", "epub"], ["deposit", "-o", "deposit"]]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
@pytest.mark.parametrize("case,data,fragment,line", [
    ("billion-laughs", BILLION_LAUGHS, "DOCTYPE and entity declarations are not allowed", 2),
    ("external-entity", EXTERNAL_ENTITY, "DOCTYPE and entity declarations are not allowed", 2),
    ("malformed", MALFORMED, "not well-formed XML", 6),
])
def test_unsafe_or_malformed_tei_is_refused(tmp_path, monkeypatch, command, case, data, fragment, line):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bad.xml").write_bytes(data)
    start = time.perf_counter()
    result = runner.invoke(app, [command[0], "bad.xml", *command[1:]])
    assert time.perf_counter() - start < 10
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    expected_code = 1 if command[0] == "validate" else 2
    assert result.exit_code == expected_code, result.output
    assert fragment in result.output
    assert f"bad.xml:{line}" in result.output
    assert "root:" not in result.output and "lol" not in result.output.replace("billion", "")
    produced = [p for p in tmp_path.rglob("*") if p.is_file() and p.name != "bad.xml"]
    assert not produced, f"partial output written: {produced}"

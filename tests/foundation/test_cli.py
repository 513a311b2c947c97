# SPDX-License-Identifier: MIT
"""The CLI: help on every command, and one clear line with exit code 2 for every bad input."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from edition.cli import app

from .conftest import VALID_TOML

runner = CliRunner()
EDITION = [sys.executable, "-m", "edition.cli"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([*EDITION, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=60)


def test_every_command_has_help():
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"convert", "validate", "html", "pdf", "epub", "deposit", "build", "stats", "entities"} <= set(commands)
    for name in commands:
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "Usage" in result.output and len(result.output) > 200, name


def test_convert_writes_tei(project):
    result = runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "out.xml"])
    assert result.exit_code == 0, result.output
    data = (project / "out.xml").read_bytes()
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert b"First line &amp; &lt;b&gt;." in data


def test_convert_default_output_is_tei_dir(project):
    result = runner.invoke(app, ["convert", "seeds/tiny.txt", "--quiet"])
    assert result.exit_code == 0, result.output
    assert (project / "tei" / "tiny.xml").exists()


def test_convert_is_byte_identical_on_rebuild(project):
    runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "a.xml"])
    runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "b.xml"])
    assert (project / "a.xml").read_bytes() == (project / "b.xml").read_bytes()


def _seed(project: Path, name: str, text: bytes, toml: str = VALID_TOML) -> Path:
    (project / "seeds" / f"{name}.txt").write_bytes(text)
    (project / "seeds" / f"{name}.toml").write_text(toml.replace('id = "tiny"', f'id = "{name}"'))
    return project / "seeds" / f"{name}.txt"


# each case: (seed bytes, toml text, expected message fragment, expected line or None);
# the CLI runs in a subprocess, so the TOML names a real reader (never reached)
REAL_TOML = VALID_TOML.replace('"test-lines"', '"monograph"')
BAD_INPUTS = {
    "missing-file": (None, REAL_TOML, "seed not found", None),
    "non-utf8": (b"good line\nbad \xff byte\n", REAL_TOML, "not valid UTF-8", 2),
    "utf16": ("text".encode("utf-16"), REAL_TOML, "UTF-16", 1),
    "empty": (b"", REAL_TOML, "the seed is empty", None),
    "whitespace": (b"  \n\t\n", REAL_TOML, "the seed is empty", None),
    "binary": (b"\x00\x01\x02PNG\x00", REAL_TOML, "binary", 1),
    "malformed-toml": (b"text\n", REAL_TOML.replace('title = "A tiny text"', "title = ="), "malformed TOML", 5),
    "incomplete-toml": (b"text\n", REAL_TOML.replace('title = "A tiny text"\n', ""), "missing key 'title'", None),
    "unknown-reader": (b"text\n", REAL_TOML.replace('"monograph"', '"nonesuch"'), "unknown form 'nonesuch'", None),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_one_clear_line_exit_2(project, case):
    text, toml, message, line = BAD_INPUTS[case]
    seed = project / "seeds" / f"{case}.txt"
    if text is not None:
        seed = _seed(project, case, text, toml)
    out = project / "out.xml"
    result = run_cli("convert", str(seed.relative_to(project)), "-o", "out.xml", cwd=project)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert message in lines[0]
    expected_file = f"{case}.toml" if "toml" in case or "reader" in case else f"{case}.txt"
    assert expected_file in lines[0]
    if line is not None:
        assert f":{line}" in lines[0]
    assert not out.exists()


def test_unwritable_output_exit_2_and_previous_output_kept(project):
    locked = project / "locked"
    locked.mkdir()
    (locked / "x.xml").write_text("previous")
    locked.chmod(0o500)
    try:
        if os.access(locked, os.W_OK):
            pytest.skip("running as a user who can write to read-only directories (root)")
        result = runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "locked/x.xml"])
        assert result.exit_code == 2
        assert "cannot write" in result.output
        assert (locked / "x.xml").read_text() == "previous"
    finally:
        locked.chmod(0o700)


def test_output_into_a_file_path_that_is_a_directory(project):
    (project / "adir").mkdir()
    (project / "afile").write_text("x")
    result = runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "afile/out.xml"])
    assert result.exit_code == 2
    assert "cannot create directory" in result.output
    assert (project / "afile").read_text() == "x"


def test_failed_conversion_leaves_previous_output_intact(project):
    runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "out.xml"])
    before = (project / "out.xml").read_bytes()
    (project / "seeds" / "tiny.txt").write_bytes(b"\xff\xfe")
    result = runner.invoke(app, ["convert", "seeds/tiny.txt", "-o", "out.xml"])
    assert result.exit_code == 2
    assert (project / "out.xml").read_bytes() == before
    assert not [p for p in project.iterdir() if p.name.startswith(".out.xml")]


def test_control_characters_are_replaced_with_a_warning(project):
    _seed(project, "ctl", b"bell\x07 and escape\x1bhere\n")
    result = runner.invoke(app, ["convert", "seeds/ctl.txt", "-o", "ctl.xml"])
    assert result.exit_code == 0
    assert "U+0007" in result.output and "U+001B" in result.output
    assert b"bell  and escape here" in (project / "ctl.xml").read_bytes()


def test_strict_makes_warnings_fatal(project):
    _seed(project, "ctl", b"bell\x07\n")
    result = runner.invoke(app, ["convert", "seeds/ctl.txt", "-o", "ctl.xml", "--strict"])
    assert result.exit_code == 1
    assert not (project / "ctl.xml").exists()


def test_bom_and_crlf_are_accepted(project):
    _seed(project, "bom", b"\xef\xbb\xbfLine one\r\nLine two\rLine three\r\n")
    result = runner.invoke(app, ["convert", "seeds/bom.txt", "-o", "bom.xml"])
    assert result.exit_code == 0, result.output
    data = (project / "bom.xml").read_bytes()
    assert b"\xef\xbb\xbf" not in data and b"\r" not in data
    assert b">Line three<" in data

# SPDX-License-Identifier: MIT
"""`edition validate`: exit codes and the file:line:col: message format an editor reads."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from edition.cli import app

HERE = Path(__file__).parent
MINIMAL = HERE / "valid" / "minimal.xml"
UNSAFE = HERE / "unsafe"
LOCATED = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+)(:(?P<col>\d+))?: (?P<message>.+)$")


def _run(*args: str):
    return CliRunner().invoke(app, ["validate", *args])


def test_valid_file_exits_0_and_says_so():
    result = _run(str(MINIMAL), "--no-tei-all")
    assert result.exit_code == 0, result.output
    assert "1 file(s) valid" in result.output


def test_quiet_valid_file_prints_nothing():
    result = _run(str(MINIMAL), "--no-tei-all", "--quiet")
    assert result.exit_code == 0
    assert result.output == ""


def test_invalid_file_exits_1_with_one_located_line_per_problem():
    broken = HERE / "broken" / "from-after-to.xml"
    result = _run(str(broken), "--no-tei-all")
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    match = LOCATED.match(lines[0])
    assert match, lines[0]
    assert match["file"] == str(broken) and match["line"] == "42" and match["col"]
    assert "dates in wrong order" in match["message"]
    assert "Traceback" not in result.output


def test_one_invalid_file_among_valid_ones_still_exits_1():
    result = _run(str(MINIMAL), str(HERE / "broken" / "empty-head.xml"), "--no-tei-all")
    assert result.exit_code == 1
    assert all(line.startswith(str(HERE / "broken" / "empty-head.xml"))
               for line in result.output.strip().splitlines())


def test_malformed_file_reports_line_and_column():
    path = UNSAFE / "unclosed-element.xml"
    result = _run(str(path), "--no-tei-all")
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:5:")
    assert "not well-formed XML" in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_bad_input_not_an_invalid_file():
    result = _run("no/such/file.xml", "--no-tei-all")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "no/such/file.xml" in result.output and "file not found" in result.output


def test_billion_laughs_is_refused_quickly():
    path = UNSAFE / "billion-laughs.xml"
    start = time.perf_counter()
    result = _run(str(path), "--no-tei-all")
    assert time.perf_counter() - start < 2
    assert result.exit_code == 1
    assert result.output.startswith(f"{path}:")
    assert "DOCTYPE and entity declarations are not allowed" in result.output


def test_external_entity_is_refused_and_never_read():
    path = UNSAFE / "external-entity.xml"
    result = _run(str(path), "--no-tei-all")
    assert result.exit_code == 1
    assert "DOCTYPE and entity declarations are not allowed" in result.output
    assert "root:" not in result.output  # nothing of /etc/passwd


def test_missing_tei_all_gives_setup_hint_not_traceback(tmp_path):
    env = {**os.environ, "EDITION_TEI_ALL": str(tmp_path / "absent" / "tei_all.rng")}
    proc = subprocess.run([sys.executable, "-m", "edition.cli", "validate", str(MINIMAL)],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 2
    assert "tei_all.rng" in proc.stderr and "make setup" in proc.stderr
    assert "Traceback" not in proc.stderr

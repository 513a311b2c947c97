# SPDX-License-Identifier: MIT
"""`edition convert` from any directory, and `--strict` failing on possible loss only."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from .conftest import TOML

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", "from edition.cli import main; main()", *args],
                          cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


def _project(tmp_path: Path, text: str) -> Path:
    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    shutil.copytree(ROOT / "tei" / "registers", project / "tei" / "registers")
    seed = project / "seeds" / "layout-test.txt"
    seed.write_text(text, encoding="utf-8")
    seed.with_suffix(".toml").write_text(TOML.format(form='form = "gutenberg"', language="en", encoding=""))
    return seed


def test_convert_from_another_directory_finds_the_project(tmp_path):
    seed = _project(tmp_path, "Lenin spoke in Moscow.\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    result = _run("convert", str(seed), "--quiet", cwd=elsewhere)
    assert result.returncode == 0, result.stderr
    written = seed.parents[1] / "tei" / "layout-test.xml"
    data = written.read_bytes()
    # the project's registers were found: the names are tagged
    assert b"<persName" in data and b"<placeName" in data


def test_convert_outside_any_project_asks_for_the_registers(tmp_path):
    seed = tmp_path / "lone.txt"
    seed.write_text("Some text.\n", encoding="utf-8")
    seed.with_suffix(".toml").write_text(TOML.format(form="", language="en", encoding=""))
    result = _run("convert", str(seed), cwd=tmp_path)
    assert result.returncode == 2
    assert "--registers" in result.stderr and "Traceback" not in result.stderr


def test_strict_fails_on_possible_loss_only(tmp_path):
    # a note whose marker the text lost is a warning, not a loss
    seed = _project(tmp_path, "A text[1] with a note.\n\n[Footnote 1: one]\n\n[Footnote 2: two]\n")
    result = _run("convert", str(seed), "-o", str(tmp_path / "a.xml"), "--strict", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "warning" in result.stderr
    # a character XML cannot hold is replaced: that is a possible loss
    seed.write_bytes(b"A bell\x07 here.\n")
    result = _run("convert", str(seed), "-o", str(tmp_path / "b.xml"), "--strict", cwd=tmp_path)
    assert result.returncode == 1
    assert "possible loss" in result.stderr
    assert not (tmp_path / "b.xml").exists()

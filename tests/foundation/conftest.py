# SPDX-License-Identifier: MIT
"""Fixtures for the foundation tests: a tiny reader and seed files in a temporary project."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from edition import model as m
from edition import readers

REGISTERS = Path(__file__).resolve().parents[2] / "tei" / "registers"

VALID_TOML = """\
[edition]
id = "tiny"
reader = "test-lines"
date_order = "day-first"
title = "A tiny text"
language = "en"

[source]
status = "unidentified"
description = "A text made for the tests."

[publication]
publisher = "Test publisher"
licence = "CC BY 4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
"""


def read_lines(text, config, report):
    """A reader for tests: every non-empty line is a paragraph of one chapter."""
    paragraphs = [m.Paragraph([line], line=i) for i, line in enumerate(text.split("\n"), 1) if line.strip()]
    return m.Document(body=[m.Div("chapter", n="1", head=["One"], children=paragraphs)])


@pytest.fixture
def test_reader(monkeypatch):
    monkeypatch.setitem(readers.READERS, "test-lines", read_lines)


@pytest.fixture
def project(tmp_path, test_reader, monkeypatch) -> Path:
    """A project directory with one seed and its TOML; the working directory for the CLI."""
    (tmp_path / "seeds").mkdir()
    (tmp_path / "tei").mkdir()
    shutil.copytree(REGISTERS, tmp_path / "tei" / "registers")
    (tmp_path / "seeds" / "tiny.txt").write_text("First line & <b>.\n\nSecond line.\n", encoding="utf-8")
    (tmp_path / "seeds" / "tiny.toml").write_text(VALID_TOML, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path

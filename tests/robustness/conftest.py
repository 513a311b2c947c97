# SPDX-License-Identifier: MIT
"""Helpers for the robustness suite: seeds of any bytes, converted by each real reader."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from edition.cli import app

READER_TOML = """\
[edition]
id = "{id}"
form = "{reader}"
date_order = "day-first"
title = "Robustness input"
language = "en"

[source]
status = "unidentified"
description = "Generated for the robustness tests."

[publication]
publisher = "Test"
licence = "CC BY 4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
"""
READERS = ("pdf-copy", "ocr-markdown", "ocr-book", "pdftotext", "pdftotext-layout", "tesseract", "dp-pages", "gutenberg")
runner = CliRunner()


def make_seed(directory: Path, name: str, reader: str, data: bytes) -> Path:
    seed = directory / f"{name}.txt"
    seed.write_bytes(data)
    seed.with_suffix(".toml").write_text(READER_TOML.format(id=name, reader=reader), encoding="utf-8")
    return seed


def convert(seed: Path, out: Path):
    """Run `edition convert` in-process; any exception other than a clean exit is a failure."""
    result = runner.invoke(app, ["convert", str(seed), "-o", str(out), "--quiet"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of a message: {result.exception!r}") from result.exception
    return result


def words(text: str) -> list[str]:
    """Words as a reader of the text sees them: runs of letters (numbers are note numbers)."""
    return re.findall(r"[^\W\d_¹²³⁰⁴⁵⁶⁷⁸⁹]+", text)


def tei_words(path: Path) -> list[str]:
    root = etree.parse(str(path)).getroot()
    return words(" ".join(root.itertext()))


@pytest.fixture
def seed_dir(tmp_path: Path) -> Path:
    return tmp_path

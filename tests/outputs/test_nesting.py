# SPDX-License-Identifier: MIT
"""TEI nested as TEI allows and HTML, Typst and EPUB do not: notes in notes and headings,
tables in notes and items, verse in floating texts in paragraphs, figures in lines, empty
elements, other namespaces, hostile link targets, scripts the fonts lack. Every output is
made, the EPUB is valid, and the web edition keeps the words."""
from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

import pytest

from edition.render.epub import build_epub
from edition.render.html import build_site
from edition.render.pdf import build_pdf

ROOT = Path(__file__).resolve().parents[2]
NESTING = Path(__file__).resolve().parent / "fixtures" / "nesting.xml"


def _epubcheck() -> list[str] | None:
    import os
    import shutil
    found = shutil.which("epubcheck")
    if not found:
        return None
    real = os.path.realpath(found)
    return [shutil.which("java") or "java", "-jar", real] if real.endswith(".jar") else [found]


def _measure():
    spec = importlib.util.spec_from_file_location("eval_outputs", ROOT / "eval" / "outputs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_output_is_made_and_keeps_the_words(tmp_path):
    measure = _measure()
    reference = measure.tei_words(NESTING)
    build_site([NESTING], tmp_path / "html")
    page = (tmp_path / "html" / "nesting.html").read_text(encoding="utf-8")
    assert "href=\"javascript:" not in page and "src=\"javascript:" not in page
    assert measure.kept_in_context(reference, measure.html_words(tmp_path / "html")) >= 0.99
    build_epub(NESTING, tmp_path / "nesting.epub")
    assert measure.kept_in_context(reference, measure.epub_words(tmp_path / "nesting.epub")) >= 0.94
    build_pdf(NESTING, tmp_path / "pdf" / "nesting.pdf")
    assert (tmp_path / "pdf" / "nesting.pdf").read_bytes().startswith(b"%PDF")
    command = _epubcheck()
    if command is None:
        pytest.skip("epubcheck is not installed")
    result = subprocess.run([*command, str(tmp_path / "nesting.epub")], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr

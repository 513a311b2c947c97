# SPDX-License-Identifier: MIT
"""Readers: one per form of raw text, each turning a seed's text into a Document.

Every reader has the signature ``read(text, config, report) -> Document``; `text` is the
decoded seed with line ends normalised to "\\n" (form feeds kept), so line numbers match
the file. A form is named in the seed's TOML (`form = "pdftotext"`) or detected from the
text (`edition.readers.detect`).
"""
from __future__ import annotations

import importlib
from collections.abc import Callable

from edition.config import SeedConfig
from edition.model import Document
from edition.report import Report

Reader = Callable[[str, SeedConfig, Report], Document]

# form name used in the seed's TOML -> module that implements it (imported on first use),
# or the reader function itself
READERS: dict[str, str | Reader] = {
    "pdftotext": "edition.readers.pdftotext",
    "pdftotext-layout": "edition.readers.pdftotext_layout",
    "tesseract": "edition.readers.tesseract",
    "ocr-markdown": "edition.readers.markdown",
    "dp-pages": "edition.readers.dp_pages",
    "gutenberg": "edition.readers.gutenberg",
    "pdf-copy": "edition.readers.pdf_copy",
}

FORMS: tuple[str, ...] = tuple(READERS)


def get_reader(name: str) -> Reader:
    entry = READERS[name]
    return importlib.import_module(entry).read if isinstance(entry, str) else entry

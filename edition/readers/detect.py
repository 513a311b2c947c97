# SPDX-License-Identifier: MIT
"""The form of a raw text, told from the text itself (for `form = "auto"`, the default).

The signals, strongest first: Distributed Proofreaders' page separators; markdown as OCR
tools write it (`<sup>n</sup>`, `\\(^n\\)`, `#` headings); form feeds (pdftotext, or
Tesseract where the text shows none of pdftotext's traits: ligature glyphs, private-use
glyphs, page-number lines, column padding); Gutenberg's bracketed notes and markers;
Unicode superscript markers (text copied from a PDF). A seed's TOML can always name its form.
"""
from __future__ import annotations

import re

from edition.layout.frame import find_frame
from edition.layout.pages import one_paragraph_per_line

_DP = re.compile(r"(?m)^-{3,}\s*File:\s*\S+?-{3,}\s*$")
_MARKDOWN = re.compile(r"<sup>\s*\d{1,4}\s*</sup>|\\\(\s*\^|^#{1,6}\s+\S|\[\^\d+\]", re.MULTILINE)
_PDF_GLYPHS = re.compile("[\ufb00-\ufb06\ue000-\uf8ff]")
_BARE_NUMBER = re.compile(r"(?m)^\s*\d{1,4}\s*$")
_PADDED = re.compile(r"(?m)^ {2,}\S.*\S {3,}\S")
_BRACKETED = re.compile(r"(?m)^\[(?:Footnote\s+\w+:|\d{1,4}\]\s)|\w\[\d{1,4}\]")
_SUPERSCRIPT = re.compile(r"[^\s\d][⁰¹²³⁴⁵⁶⁷⁸⁹]+")


def detect_form(text: str) -> str:
    lines = max(1, text.count("\n"))
    if find_frame(text) is not None and "\f" not in text and not _DP.search(text):
        return "gutenberg"
    if _DP.search(text):
        return "dp-pages"
    if len(_MARKDOWN.findall(text)) >= 2:
        return "ocr-markdown"
    if "\f" in text:
        if len(_PADDED.findall(text)) / lines > 0.02:
            return "pdftotext-layout"
        if _PDF_GLYPHS.search(text) or len(_BARE_NUMBER.findall(text)) / lines > 0.02:
            return "pdftotext"
        return "tesseract"
    if _BRACKETED.search(text):
        return "gutenberg"
    if _SUPERSCRIPT.search(text):
        return "pdf-copy"
    if one_paragraph_per_line(text):
        # a VLM tool's output without markup: each paragraph of a page one line (olmOCR)
        return "ocr-markdown"
    return "gutenberg"

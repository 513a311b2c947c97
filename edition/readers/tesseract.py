# SPDX-License-Identifier: MIT
"""OCR plain text (Tesseract): form feeds between pages, noisy running heads, note markers
read as `*`, `1`, `!` or lost, spurious blank lines inside paragraphs."""
from __future__ import annotations

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.markers import ocr_markers
from edition.layout.pages import split_form_feeds
from edition.report import Report

PROFILE = Profile("tesseract", pages=split_form_feeds, markers=ocr_markers, ocr=True,
                  join_within_page=True, line_hyphens=True, number_column=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    return read_with(PROFILE, text, config, report)

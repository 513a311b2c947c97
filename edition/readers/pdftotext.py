# SPDX-License-Identifier: MIT
"""pdftotext output, default mode: form feeds end pages; blank lines are not paragraph ends.

Running heads and page numbers at the page edges, footnotes at the foot begun by their
numbers (alone on a line or at the line start), markers glued to words and punctuation.
"""
from __future__ import annotations

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.markers import print_markers
from edition.layout.pages import split_form_feeds
from edition.report import Report

# pdftotext prints a margin column's notes, and their pieces, where the column's text falls
PROFILE = Profile("pdftotext", pages=split_form_feeds, markers=print_markers, paragraphs="shape",
                  margin_notes=True, line_hyphens=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    return read_with(PROFILE, text, config, report)

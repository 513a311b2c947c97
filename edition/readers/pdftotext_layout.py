# SPDX-License-Identifier: MIT
"""pdftotext -layout output: columns padded with spaces (side-by-side columns are read one
after the other: edition/layout/columns.py), a paragraph begins indented."""
from __future__ import annotations

from edition import model as m
from edition.config import SeedConfig
from edition.layout.engine import Profile, read_with
from edition.layout.markers import print_markers
from edition.layout.pages import split_form_feeds
from edition.report import Report

PROFILE = Profile("pdftotext-layout", pages=split_form_feeds, markers=print_markers, paragraphs="indent",
                  columns=True, line_hyphens=True)


def read(text: str, config: SeedConfig, report: Report) -> m.Document:
    return read_with(PROFILE, text, config, report)

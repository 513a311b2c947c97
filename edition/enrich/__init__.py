# SPDX-License-Identifier: MIT
"""Enrichment passes: functions over the TEI tree, run in order after the writer.

Each pass has the signature ``run(root, context) -> None``; it changes the tree in place
and reports through ``context.report``.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.config import SeedConfig
from edition.report import Report


@dataclass
class EnrichContext:
    config: SeedConfig
    registers_dir: Path
    report: Report
    counts: dict[str, int] = field(default_factory=dict)


# module names, run in this order; each module exposes `run(root, context)`
PASSES: list[str] = [
    "edition.enrich.names",   # persons, places, organisations from tei/registers/, and the standOff
    "edition.enrich.dates",   # calendar expressions, day/month order from the seed's TOML
]


def enrich(root: etree._Element, context: EnrichContext) -> None:
    for name in PASSES:
        importlib.import_module(name).run(root, context)

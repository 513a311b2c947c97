# SPDX-License-Identifier: MIT
"""Seed (text + TOML) to TEI bytes: read, write, enrich, serialize."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from edition import __version__
from edition.config import load_config
from edition.errors import InputError
from edition.enrich import EnrichContext, enrich
from edition.readers import READERS, get_reader
from edition.readers.detect import detect_form
from edition.report import Report
from edition.seedio import read_seed
from edition.tei.serialize import to_bytes
from edition.tei.writer import write_tei


def config_path_for(seed: Path) -> Path:
    return seed.with_suffix(".toml")


def convert_seed(seed: str | Path, registers_dir: str | Path, report: Report | None = None) -> bytes:
    """Convert one seed to its canonical TEI; warnings go to `report`."""
    seed = Path(seed)
    report = report or Report(str(seed))
    if not seed.exists():
        raise InputError("seed not found", seed, hint="check the path; seeds live in seeds/")
    config = load_config(config_path_for(seed), known_forms=tuple(READERS))
    text = read_seed(seed, report, encoding=config.encoding)
    if config.form == "auto":
        config = dataclasses.replace(config, form=detect_form(text))
    document = get_reader(config.form)(text, config, report)
    root = write_tei(document, config, converter=f"edition {__version__}")
    enrich(root, EnrichContext(config=config, registers_dir=Path(registers_dir), report=report))
    return to_bytes(root)

# SPDX-License-Identifier: MIT
"""The editions, the registers and the reference samples pass every check."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition.schemas import tei_all_path
from edition.validate import validate_file

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).parent
EDITIONS = [ROOT / "tei" / f"{seed.stem}.xml" for seed in sorted((ROOT / "seeds").glob("*.toml"))]
REGISTERS = [ROOT / "tei" / "registers" / f"{name}.xml" for name in ("persons", "places", "orgs")]
SAMPLES = [ROOT / "tests" / "fixtures" / "sample.xml", HERE / "valid" / "minimal.xml"]
ALL = EDITIONS + REGISTERS + SAMPLES


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(ROOT)) for p in paths]


def _require(path: Path) -> None:
    if not path.exists():
        pytest.skip(f"{path.relative_to(ROOT)} does not exist yet (run 'make tei')")


@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_valid_against_project_schema_and_rules(path: Path):
    _require(path)
    problems = validate_file(path, tei_all=False)
    assert problems == [], "\n".join(map(str, problems))


@pytest.mark.slow
@pytest.mark.parametrize("path", ALL, ids=_ids(ALL))
def test_conformant_to_tei_all(path: Path):
    _require(path)
    if not tei_all_path().exists():
        pytest.skip("tei_all.rng is not installed: run 'make setup' (python -m edition.schemas fetch)")
    problems = validate_file(path, tei_all=True)
    assert problems == [], "\n".join(map(str, problems))


def test_project_schema_is_stricter_than_tei_all():
    """An element TEI allows but the edition never writes is refused."""
    problems = validate_file(HERE / "broken" / "unknown-element.xml", tei_all=False)
    assert [p.message for p in problems] == ["<epigraph> is not allowed here in <div>"]

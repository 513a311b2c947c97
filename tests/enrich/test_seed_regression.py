# SPDX-License-Identifier: MIT
"""The seeds keep their quality: precision and recall on the hand-annotated sample of both seeds
(tests/enrich/gold/*.gold). The registers were written from these seeds, so this guards against
regressions only; how well names and dates are found in new texts is test_quality.py's."""
from __future__ import annotations

import pytest

import goldeval
from edition.enrich.registers import load_registers

TARGETS = {"person": (0.98, 0.97), "place": (0.98, 0.97), "date": (0.95, 0.95)}


@pytest.fixture(scope="module")
def result():
    return goldeval.evaluate(goldeval.convert_all())


def test_the_sample_is_substantial():
    blocks = [b for path in sorted(goldeval.GOLD_DIR.glob("*.gold")) for b in goldeval.read_gold(path)]
    items = [item for b in blocks for item in b.items]
    assert len(blocks) >= 100
    for kind, minimum in (("person", 300), ("place", 100), ("date", 120)):
        assert sum(1 for k, *_ in items if k == kind) >= minimum


def test_every_gold_anchor_finds_its_block(result):
    assert not [m for m in result.misses if "anchor" in m]


def test_gold_values_point_to_register_entries():
    entries = load_registers(goldeval.ROOT / "tei" / "registers").entries
    for path in sorted(goldeval.GOLD_DIR.glob("*.gold")):
        for block in goldeval.read_gold(path):
            for kind, surface, value in block.items:
                if kind != "date":
                    assert value in entries, f"{path.name}:{block.line}: {surface} -> {value}"
                    assert entries[value].kind == kind


@pytest.mark.parametrize("kind", TARGETS)
def test_precision_and_recall_meet_the_targets(result, kind):
    precision, recall = TARGETS[kind]
    assert result.precision(kind) >= precision, [m for m in result.misses if f"'{kind}'" in m]
    assert result.recall(kind) >= recall, [m for m in result.misses if f"'{kind}'" in m]


def test_conversion_with_enrichment_is_byte_identical_on_rerun():
    from edition.convert import convert_seed
    from edition.report import Report
    seed = goldeval.ROOT / "seeds" / "carr-socialism-in-one-country-2.txt"
    registers = goldeval.ROOT / "tei" / "registers"
    assert convert_seed(seed, registers, Report("a")) == convert_seed(seed, registers, Report("b"))

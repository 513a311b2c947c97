# SPDX-License-Identifier: MIT
"""The gold still fits its texts: the corpus's and the seeds' (a changed seed needs new gold)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


@pytest.mark.parametrize("check", ["corpus/tools/check_gold.py", "gold/tools/check_seed_gold.py"])
def test_every_gold_string_fits_its_text(check: str):
    result = subprocess.run([sys.executable, str(EVAL / check)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "TOTAL mismatches: 0" in result.stdout

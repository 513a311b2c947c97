# SPDX-License-Identifier: MIT
"""TEI written elsewhere: one summary line, not an error per element the project does not use."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition.validate import validate_file

REAL = Path(__file__).resolve().parents[2] / "eval" / "corpus" / "tei"
TRANSCRIPTION = REAL / "13-stylesheets-testtranscr.xml"

pytestmark = pytest.mark.skipif(not TRANSCRIPTION.exists(), reason="eval/corpus/tei/ is not there")


def test_tei_from_elsewhere_gets_one_summary_line():
    problems = validate_file(TRANSCRIPTION, tei_all=False)
    assert len(problems) == 1
    message = problems[0].message
    assert message.startswith("uses 3 elements outside this project's schema: appInfo, application, editionStmt; ")
    assert "problems against the project's schema and rules" in message
    assert "without --no-tei-all" in message
    assert problems[0].line is not None


@pytest.mark.slow
def test_tei_from_elsewhere_valid_against_tei_all_says_so():
    from edition.schemas import tei_all_path
    if not tei_all_path().exists():
        pytest.skip("tei_all.rng is not installed: run 'make setup' (python -m edition.schemas fetch)")
    problems = validate_file(TRANSCRIPTION, tei_all=True)
    assert len(problems) == 1
    assert problems[0].message.startswith("valid TEI P5 4.3.0; uses 3 elements outside this project's schema")

# SPDX-License-Identifier: MIT
"""The consistency table's options: some texts of the manifest measured alone."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _consistency():
    spec = importlib.util.spec_from_file_location("eval_consistency", EVAL / "consistency.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_consistency"] = module
    spec.loader.exec_module(module)
    return module


def test_only_measures_the_texts_named(monkeypatch, capsys):
    consistency = _consistency()
    measured = []
    monkeypatch.setattr(consistency, "measure", lambda name, entry, scratch: measured.append(name) or {
        "name": name, "form": entry["form"], "error": "not measured"})
    monkeypatch.setattr(consistency, "write_section", lambda *args, **kwargs: pytest.fail("--only writes nothing"))
    assert consistency.main(["--only", "blackstone-tesseract-p28-33"]) == 0
    assert measured == ["blackstone-tesseract-p28-33"]
    assert "blackstone-tesseract-p28-33" in capsys.readouterr().out


def test_only_refuses_a_name_the_manifest_lacks():
    with pytest.raises(SystemExit):
        _consistency().main(["--only", "no-such-text"])

# SPDX-License-Identifier: MIT
"""The table of outputs drives the command line and the Makefile."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from edition.cli import app
from edition.outputs import OUTPUTS, make_rules, per_edition

ROOT = Path(__file__).resolve().parents[2]


def test_every_output_has_a_command_with_its_help():
    runner = CliRunner()
    for output in OUTPUTS:
        result = runner.invoke(app, [output.name, "--help"])
        assert result.exit_code == 0, result.output
        assert output.summary.split(":")[0] in " ".join(result.output.split())


def test_the_makefile_rules_come_from_the_table():
    rules = make_rules()
    for output in per_edition():
        assert f"build/{output.name}/%{output.suffix}: build/valid/%.ok" in rules
        assert f"$(EDITION) {output.name} tei/$*.xml -o build/{output.name} --quiet" in rules
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "include $(OUTPUTS_MK)" in makefile and "outputs --make" in makefile
    for output in per_edition():
        assert f"build/{output.name}/%" not in makefile, "a per-edition rule is written by hand"

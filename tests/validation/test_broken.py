# SPDX-License-Identifier: MIT
"""Each deliberately broken file is rejected for its one fault, with the expected message and line.

Every file in broken/ states what it expects in comments at its top:
    <!-- expect line 42: unresolved @ref: '#leningrad' on placeName -->
and must yield exactly those problems (project schema and Schematron rules), no fewer, no more.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.validate import validate_file

HERE = Path(__file__).parent
BROKEN = sorted((HERE / "broken").glob("*.xml"))
EXPECT = re.compile(r"<!-- expect line (\d+): (.*?) -->")


def _expectations(path: Path) -> list[tuple[int, str]]:
    return [(int(line), message.replace("- -", "--"))
            for line, message in EXPECT.findall(path.read_text(encoding="utf-8"))]


def test_there_is_a_broken_file_for_every_rule():
    names = {p.stem for p in BROKEN}
    rules = {"unknown-element", "unknown-attribute", "bad-iso-date", "ref-not-a-pointer", "duplicate-id",
             "unresolved-ref", "unused-entry", "duplicate-note-number", "from-after-to",
             "notbefore-after-notafter", "page-numbers-decreasing", "empty-paragraph", "empty-head",
             "markdown-emphasis", "markdown-bold", "markdown-heading", "markdown-sup",
             "header-without-source", "header-without-licence"}
    assert rules <= names, f"missing: {sorted(rules - names)}"


@pytest.mark.parametrize("path", BROKEN, ids=[p.stem for p in BROKEN])
def test_broken_file_is_rejected_with_expected_message_and_line(path: Path):
    expected = _expectations(path)
    assert expected, f"{path.name} states no expectation"
    problems = validate_file(path, tei_all=False)
    found = [(p.line, p.message) for p in problems]
    for line, message in expected:
        assert any(pl == line and message in pm for pl, pm in found), \
            f"expected line {line}: {message!r}; got {[str(p) for p in problems]}"
    assert len(problems) == len(expected), [str(p) for p in problems]
    assert all(str(p).startswith(f"{path}:{p.line}:") for p in problems)


def test_column_is_where_the_offending_start_tag_begins():
    path = HERE / "broken" / "unresolved-ref.xml"
    [problem] = validate_file(path, tei_all=False)
    line = path.read_text(encoding="utf-8").split("\n")[problem.line - 1]
    assert line[problem.column - 1:].startswith('<placeName ref="#leningrad">')

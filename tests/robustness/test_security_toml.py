# SPDX-License-Identifier: MIT
"""A seed's TOML of any wrong type or spelling: one line naming the TOML's line, exit 2; the
values of the schema are those the README lists."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.config import SCHEMA, load_config, schema_markdown
from edition.errors import ConfigError

from .faults import assert_one_line_error, run

ROOT = Path(__file__).resolve().parent.parent.parent
SEEDS = ROOT / "seeds"
# values of every wrong kind TOML has, an escape sequence, an empty string
BAD_VALUES = {
    "int": "5",
    "bool": "true",
    "date": "2026-11-21",
    "list": '["x"]',
    "table": "{ a = 1 }",
    "empty": '""',
    "osc": '"\\u001b]0;pwned\\u0007"',
}
_KEY_LINE = re.compile(r'^([a-z_]+) = (".*"|\[.*\]|\d+)$')


def _seed(tmp_path: Path, toml: str, name: str = "case") -> Path:
    seed = tmp_path / f"{name}.txt"
    seed.write_text("Lenin spoke in Moscow.\n\nTrotsky replied.\n", encoding="utf-8")
    seed.with_suffix(".toml").write_text(toml, encoding="utf-8")
    return seed


def _cases() -> list[tuple[str, int, str]]:
    """(seed TOML, line number, bad value) for every one-line key of the real seeds."""
    cases = []
    for toml in sorted(SEEDS.glob("*.toml")):
        for number, line in enumerate(toml.read_text(encoding="utf-8").splitlines()):
            if _KEY_LINE.match(line):
                cases += [(toml.name, number, kind) for kind in BAD_VALUES]
    return cases


CASES = _cases()


def test_there_are_two_hundred_cases():
    assert len(CASES) >= 200


@pytest.mark.parametrize("toml,number,kind", CASES, ids=[f"{t[:5]}-{n}-{k}" for t, n, k in CASES])
def test_wrong_type_toml_is_one_line_not_a_traceback(tmp_path, monkeypatch, toml, number, kind):
    monkeypatch.chdir(tmp_path)
    lines = (SEEDS / toml).read_text(encoding="utf-8").splitlines()
    key = _KEY_LINE.match(lines[number]).group(1)
    lines[number] = f"{key} = {BAD_VALUES[kind]}"
    seed = _seed(tmp_path, "\n".join(lines) + "\n")
    result = run(["convert", seed.name, "-o", "out.xml", "--quiet", "--registers", ROOT / "tei" / "registers"])
    assert "\x1b" not in result.output
    if result.exit_code == 0:
        return  # a value of the right kind after all
    assert result.exit_code == 2, result.output
    error = assert_one_line_error(result, "case.toml")
    assert f"case.toml:{number + 1}:" in error, error  # the line of the key itself
    assert "'\\x" not in error and "datetime.date(" not in error  # no Python reprs
    assert not (tmp_path / "out.xml").exists()


MINIMAL = """\
[edition]
id = "case"
form = "pdf-copy"
date_order = "day-first"
title = "T"
language = "en"

[source]
status = "unidentified"
description = "Generated."

[publication]
publisher = "P"
licence = "L"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
"""


def _error(tmp_path: Path, toml: str) -> ConfigError:
    path = tmp_path / "case.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    return caught.value


def test_toml_date_literal_is_an_error_naming_the_line(tmp_path):
    error = _error(tmp_path, MINIMAL + 'date = 2026-11-21\n')
    assert error.line == MINIMAL.count("\n") + 1
    assert "must be a string, not a TOML date" in error.message
    assert '"2026-11-21"' in error.hint


def test_identified_source_without_author_is_an_error(tmp_path):
    toml = MINIMAL.replace('status = "unidentified"\ndescription = "Generated."', 'status = "identified"\ntitle = "B"')
    error = _error(tmp_path, toml)
    assert "missing key 'author' in [source]" in error.message and error.line == 8


def test_misspelt_status_is_an_error_not_a_lost_source_description(tmp_path):
    error = _error(tmp_path, MINIMAL.replace('"unidentified"', '"identifed"'))
    assert "unknown value 'identifed'" in error.message and "did you mean 'identified'" in error.hint
    assert error.line == 9


def test_unknown_or_misspelt_key_names_its_line(tmp_path):
    error = _error(tmp_path, MINIMAL.replace("date_order", "date_ordre"))
    assert "unknown key 'date_ordre' in [edition]" in error.message and error.line == 4
    assert "did you mean 'date_order'" in error.hint
    error = _error(tmp_path, MINIMAL + "\n[sauce]\nx = 1\n")
    assert "unknown key 'sauce'" in error.message and error.line == MINIMAL.count("\n") + 2


def test_id_with_a_line_break_is_refused(tmp_path):
    error = _error(tmp_path, MINIMAL.replace('id = "case"', 'id = "t\\n"'))
    assert error.line == 2 and "line break" in error.message


def test_isbns_of_the_wrong_shape_are_refused(tmp_path):
    toml = MINIMAL.replace('status = "unidentified"\ndescription = "Generated."',
                           'status = "identified"\nauthor = "A"\ntitle = "B"\nisbns = ["x"]')
    error = _error(tmp_path, toml)
    assert "[source] 'isbns' #1 must be a table, not a string" in error.message and error.line == 12


def test_osc_escape_in_a_toml_value_never_reaches_the_terminal(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seed = _seed(tmp_path, MINIMAL.replace('title = "T"', 'title = "x\\u001b]0;owned\\u0007y"'))
    result = run(["convert", seed.name, "-o", "out.xml", "--registers", ROOT / "tei" / "registers"])
    assert result.exit_code == 2 and "\x1b" not in result.output and "\x07" not in result.output
    assert_one_line_error(result, "case.toml:5:")


def test_keys_other_stages_use_are_allowed(tmp_path):
    path = tmp_path / "case.toml"
    path.write_text(MINIMAL.replace('language = "en"', 'language = "en"\nsite_url = "https://example.org/ed/"')
                    + '\n[registers]\ndir = "tei/registers"\n\n[facsimile]\nimages = "pages/"\nany = 1\n',
                    encoding="utf-8")
    assert load_config(path).id == "case"


def test_the_real_seeds_load():
    for toml in sorted(SEEDS.glob("*.toml")):
        assert load_config(toml).id


def test_readme_lists_every_toml_key():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert schema_markdown() in readme, "README's list of TOML keys differs from edition.config.SCHEMA"
    for table, keys in SCHEMA.items():
        for key in keys:
            assert f"`{table}.{key}`" in readme

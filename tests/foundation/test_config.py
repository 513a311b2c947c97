# SPDX-License-Identifier: MIT
"""Seed TOML: the real seeds load; every kind of broken TOML is one ConfigError with its place."""
from __future__ import annotations

import pytest

from edition.config import load_config
from edition.errors import ConfigError
from edition.readers import FORMS

from .conftest import VALID_TOML


def write(tmp_path, text: str | bytes):
    path = tmp_path / "x.toml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    return path


@pytest.mark.parametrize("name", ["building-socialism-1920s", "carr-socialism-in-one-country-2"])
def test_real_seed_configs_load(name):
    config = load_config(f"seeds/{name}.toml", known_forms=FORMS)
    assert config.id == name
    assert config.date_order == "day-first"
    assert config.seed_text_path.name == f"{name}.txt"


def test_monograph_source_is_declared_unidentified():
    source = load_config("seeds/building-socialism-1920s.toml").source
    assert source["status"] == "unidentified"
    assert "author" not in source and "title" not in source


def test_carr_source_has_imprint_facts():
    source = load_config("seeds/carr-socialism-in-one-country-2.toml").source
    assert [i["value"] for i in source["isbns"]] == ["0-333-07161-1", "0-333-24216-5"]
    assert source["reprints"] == ["1965", "1978"]
    assert source["series_number"] == "6"


def test_malformed_toml_reports_line(tmp_path):
    path = write(tmp_path, VALID_TOML.replace('title = "A tiny text"', 'title = "unterminated'))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.line == VALID_TOML.splitlines().index('title = "A tiny text"') + 1
    assert "malformed TOML" in err.value.message


def test_missing_key_is_named(tmp_path):
    path = write(tmp_path, VALID_TOML.replace('date_order = "day-first"\n', ""))
    with pytest.raises(ConfigError, match=r"missing key 'date_order' in \[edition\]"):
        load_config(path)


def test_missing_table_is_named(tmp_path):
    path = write(tmp_path, VALID_TOML.split("[publication]")[0])
    with pytest.raises(ConfigError, match=r"missing table \[publication\]"):
        load_config(path)


def test_unknown_form_lists_the_known_ones(tmp_path):
    path = write(tmp_path, VALID_TOML.replace('"test-lines"', '"pdf-magic"'))
    with pytest.raises(ConfigError) as err:
        load_config(path, known_forms=("pdftotext", "dp-pages"))
    assert "unknown form 'pdf-magic'" in err.value.message
    assert "pdftotext" in err.value.hint and "dp-pages" in err.value.hint


def test_bad_date_order(tmp_path):
    path = write(tmp_path, VALID_TOML.replace('"day-first"', '"sideways"'))
    with pytest.raises(ConfigError, match="date_order"):
        load_config(path)


def test_wrong_type(tmp_path):
    path = write(tmp_path, VALID_TOML.replace('title = "A tiny text"', "title = 3"))
    with pytest.raises(ConfigError, match="must be a str"):
        load_config(path)


def test_non_utf8_toml(tmp_path):
    path = write(tmp_path, VALID_TOML.encode().replace(b"A tiny", b"A \xff tiny"))
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.line == 5


def test_missing_toml(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.toml")


def test_corrections_are_checked(tmp_path):
    base = VALID_TOML + '\n[[corrections]]\nid = "c1"\nkind = "replace"\nfind = "II"\nreason = "OCR"\n'
    with pytest.raises(ConfigError, match="needs 'replace'"):
        load_config(write(tmp_path, base))
    ok = load_config(write(tmp_path, base.replace('reason = "OCR"', 'reason = "OCR"\nreplace = "11"')))
    assert ok.corrections[0].replace == "11"
    twice = base.replace('reason = "OCR"', 'reason = "OCR"\nreplace = "11"') * 1
    twice += '\n[[corrections]]\nid = "c1"\nkind = "replace"\nfind = "x"\nreplace = "y"\nreason = "z"\n'
    with pytest.raises(ConfigError, match="duplicate correction id"):
        load_config(write(tmp_path, twice))

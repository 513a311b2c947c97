# SPDX-License-Identifier: MIT
"""edition stats: figures per edition from its TEI."""
from __future__ import annotations

import pytest

from edition.errors import XMLInputError
from edition.stats import edition_stats, format_stats

SAMPLE = """<TEI xmlns="http://www.tei-c.org/ns/1.0">
<teiHeader><fileDesc><titleStmt><title>Header words are not counted</title></titleStmt>
<publicationStmt><idno type="edition">sample</idno></publicationStmt></fileDesc></teiHeader>
<standOff><listPerson><person xml:id="lenin"><persName type="normalized">Lenin, V. I.</persName>
<persName>Lenin</persName></person></listPerson></standOff>
<text><body><p>Said <persName ref="#lenin">Lenin</persName> in <placeName ref="#moscow">Moscow</placeName>
on <date when="1924">1924</date>.<note n="1">See <persName ref="#lenin">Lenin</persName>.</note></p>
<pb n="2"/><p>The <orgName ref="#cheka">Cheka</orgName>.</p></body></text></TEI>"""


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    return path


def test_figures(sample):
    stats = edition_stats(sample)
    assert stats["id"] == "sample"
    assert stats["words"] == 10  # Said Lenin in Moscow on 1924. See Lenin. The Cheka.
    assert (stats["paragraphs"], stats["notes"], stats["page_breaks"]) == (2, 1, 1)
    assert (stats["persons"], stats["places"], stats["organisations"], stats["dates"]) == (2, 1, 1, 1)
    assert stats["mentions"] == {"lenin": 2, "cheka": 1, "moscow": 1}


def test_format_shows_a_column_per_edition_and_mentions_with_names(sample):
    stats = edition_stats(sample)
    out = format_stats([stats, dict(stats, id="other")])
    lines = out.splitlines()
    assert lines[0].split() == ["sample", "other"]
    assert lines[1].split() == ["words", "10", "10"]
    assert "persons tagged" in out and "dates tagged" in out
    assert any(line.split()[:3] == ["2", "#lenin", "Lenin,"] for line in lines)


def test_malformed_file_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text("<TEI><text>", encoding="utf-8")
    with pytest.raises(XMLInputError) as caught:
        edition_stats(bad)
    assert caught.value.file.endswith("bad.xml") and caught.value.line == 1


def test_cli_stats_and_entities(sample, tmp_path):
    from typer.testing import CliRunner

    from edition.cli import app
    runner = CliRunner()
    result = runner.invoke(app, ["stats", str(sample)])
    assert result.exit_code == 0 and "persons tagged" in result.output
    missing = runner.invoke(app, ["stats", str(tmp_path / "missing.xml")])
    assert missing.exit_code == 2 and "Traceback" not in missing.output
    assert "missing.xml: file not found" in missing.output

# SPDX-License-Identifier: MIT
"""The editor's tool: names no register covers, and mentions per entity."""
from __future__ import annotations

from lxml import etree

from conftest import context, tei
from edition.enrich import names
from edition.enrich.unknown import format_entities, unknown_names


def write(tmp_path, body, registers, name="ed.xml"):
    root = tei(body)
    names.run(root, context(registers))
    path = tmp_path / name
    path.write_bytes(etree.tostring(root))
    return path


def test_unknown_names_with_counts_and_context(tmp_path, registers):
    path = write(tmp_path, "<p>Lenin met Ruth Fischer in Berlin. Later Ruth Fischer left.</p>"
                           "<p>The party was small. Another day came.</p>", registers)
    rows = {name: (count, sample) for name, count, sample in unknown_names([path], registers)}
    assert rows["Ruth Fischer"][0] == 2 and "met Ruth Fischer in Berlin" in rows["Ruth Fischer"][1]
    assert rows["Berlin"][0] == 1
    # covered by a register, or a capitalised common word opening a sentence
    assert "Lenin" not in rows and "The" not in rows and "Another" not in rows and "Later" not in rows


def test_format_unknown_is_limited(tmp_path, registers):
    path = write(tmp_path, "<p>He saw Alpha Beta, Gamma Delta and Epsilon Zeta.</p>", registers)
    out = format_entities([path], registers, unknown=True, limit=2)
    assert out.splitlines()[0].startswith("3 capitalised name(s)")
    assert len(out.splitlines()) == 3


def test_mentions_per_entity_over_several_files(tmp_path, registers):
    one = write(tmp_path, "<p>Lenin and Lenin's Moscow</p>", registers, "one.xml")
    two = write(tmp_path, "<p>Lenin</p>", registers, "two.xml")
    out = format_entities([one, two], registers, unknown=False, limit=10).splitlines()
    assert out[0] == "2 entities mentioned:"
    assert out[1].split() == ["3", "person", "#lenin", "Lenin,", "Vladimir", "Ilyich"]
    assert out[2].split()[:3] == ["1", "place", "#moscow"]


def test_everything_covered(tmp_path, registers):
    path = write(tmp_path, "<p>Lenin in Moscow.</p>", registers)
    assert "covered" in format_entities([path], registers, unknown=True, limit=5)

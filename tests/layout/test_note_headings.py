# SPDX-License-Identifier: MIT
"""A heading inside a gathered note of an e-text: the note's label, not a division's head."""
from __future__ import annotations

from lxml import etree

from edition.validate import validate_files

from .conftest import NS, TEI, notes, reading

TEXT = (
    "THE MILLERS.\n\n"
    "The miller of the upper mill was said to grind at night.[7] His neighbour\n"
    "would not speak of him.[8]\n\n"
    "[7] A tale of the place is told of him.\n\n"
    "THE NIGHT GRINDER.\n\n"
    "A man heard the wheel turning when the river was dry, and went to look,\n"
    "and found nobody there.--_From an old carter._\n\n"
    "[8] So the carter said.\n\n"
    "THE FLOOD.\n\n"
    "The river rose in the spring.[9]\n\n"
    "[9] The year is not known.\n"
)


def test_a_heading_between_gathered_notes_is_the_notes_label(convert, tmp_path):
    root, report = convert(TEXT, form="gutenberg")
    found = {n.get("n"): n for n in notes(root)}
    assert sorted(found) == ["7", "8", "9"]
    seven = found["7"]
    assert reading(seven).startswith("A tale of the place is told of him.")
    assert reading(seven).endswith("found nobody there.--From an old carter.")
    labels = seven.findall(".//t:label", NS)  # in the note, or in its paragraph
    assert [label.text for label in labels] == ["THE NIGHT GRINDER."]
    heads = [h.text for h in root.iter(f"{TEI}head")]
    # the heading after the gathered notes opens a division: the next note's marker follows it
    assert "THE FLOOD." in heads and "THE NIGHT GRINDER." not in heads
    assert not [w for w in report.warnings if "without closing punctuation" in str(w)]
    path = tmp_path / "out.xml"
    path.write_bytes(etree.tostring(root))
    assert validate_files([str(path)], tei_all=False) == []

# SPDX-License-Identifier: MIT
"""A transcriber's "[Illustration: caption]" is a figure with its caption, in any plain form;
a bracket in running text stays text."""
from __future__ import annotations

from lxml import etree

from edition.validate import validate_files

from .conftest import TEI, reading

TEXT = """\
CHAPTER I.

THE HARBOUR.


The boats came in at dusk, one after another, and the quay filled with
people waiting for news of the storm.

[Illustration: The quay at St. Anne, _from a drawing_ of 1870.]

Nobody spoke of the [Illustration] that the printer had left out, and the
evening went on.

[Illustration]

The last boat was the smallest.
"""


def test_illustration_marks_become_figures_with_their_captions(convert, tmp_path):
    root, _report = convert(TEXT, form="gutenberg")
    figures = root.findall(f".//{TEI}body//{TEI}figure")
    assert len(figures) == 2
    head = figures[0].find(f"{TEI}head")
    assert reading(head) == "The quay at St. Anne, from a drawing of 1870."
    assert head.find(f"{TEI}hi") is not None  # the caption keeps its italics
    assert figures[1].find(f"{TEI}head") is None
    # a mark inside a sentence is the sentence's text
    assert any("left out" in reading(p) and "[Illustration]" in reading(p) for p in root.iter(f"{TEI}p"))
    path = tmp_path / "figures.xml"
    path.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    assert validate_files([path], tei_all=True) == []


def test_a_figure_in_distributed_proofreaders_pages(convert):
    pages = ("-----File: 001.png---\nThe first page of the text, which ends here.\n\n"
             "[Illustration: A map of the coast.]\n"
             "-----File: 002.png---\nThe second page follows.\n")
    root, _report = convert(pages, form="dp-pages")
    figures = root.findall(f".//{TEI}figure")
    assert [reading(f.find(f"{TEI}head")) for f in figures] == ["A map of the coast."]

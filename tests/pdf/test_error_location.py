# SPDX-License-Identifier: MIT
"""A typst error names the TEI file and the line of the element it was set from."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.errors import RenderError
from edition.render.pdf import tei_to_typst
from edition.render.typst_source import in_tei
from edition.xmlsafe import read_xml

TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body>
<p>First paragraph.</p>
<lg>
<l>A line</l>
</lg>
<table><row><cell>cell</cell></row></table>
</body></text></TEI>
"""


def test_a_line_of_the_generated_source_leads_back_to_its_element(tmp_path):
    tei_file = tmp_path / "t.xml"
    tei_file.write_text(TEI, encoding="utf-8")
    tei = read_xml(tei_file)
    source = tei_to_typst(tei)
    typ_file = tmp_path / "t.typ"
    typ_file.write_text(source, encoding="utf-8")
    lines = source.splitlines()
    for text, tei_line, name in (('"A line"', 6, "l"), ('"cell"', 8, "table"), ('"First paragraph."', 4, "p")):
        typ_line = next(i for i, line in enumerate(lines, start=1) if text in line)
        error = in_tei(RenderError("typst could not set the edition: boom", typ_file, typ_line, 3), typ_file,
                       tei_file, tei.tree)
        assert error.file == str(tei_file) and error.line == tei_line, (text, error)
        assert f"in <{name}>" in error.hint and f"{typ_file}:{typ_line}:3" in error.hint


def test_an_error_outside_any_marked_block_is_left_as_it_is(tmp_path):
    typ_file = tmp_path / "t.typ"
    typ_file.write_text("#let x = 1\n", encoding="utf-8")
    error = RenderError("boom", typ_file, 1, 1)
    assert in_tei(error, typ_file, Path("t.xml"), etree.ElementTree(etree.Element("TEI"))) is error

# SPDX-License-Identifier: MIT
"""White space of the TEI in the Typst source: runs are one space, none at a block's edges."""
from __future__ import annotations

import re

from edition.render.pdf import tei_to_typst

TEI = """<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
<titleStmt><title>White space</title></titleStmt>
<publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc>
</fileDesc></teiHeader><text><body><div>
<p>
   First\t\trun <hi rend="italic">mid</hi>  last
</p>
<p>one<lb/>
   two</p>
<p>a\u00a0 b</p>
</div></body></text></TEI>"""


def paragraphs(tmp_path) -> list[str]:
    path = tmp_path / "white-space.xml"
    path.write_text(TEI, encoding="utf-8")
    source = tei_to_typst(path)
    return re.findall(r"^#ed-paragraph\[(.*)\]$", source, re.MULTILINE)


def test_runs_are_one_space_and_block_edges_have_none(tmp_path):
    assert paragraphs(tmp_path)[0] == '#"First run ";#ed-italic[#"mid";]#" last";'


def test_no_space_opens_a_line_after_a_line_break(tmp_path):
    assert paragraphs(tmp_path)[1] == '#"one";#linebreak()#"two";'


def test_a_no_break_space_is_not_white_space(tmp_path):
    assert paragraphs(tmp_path)[2] == '#"a\u00a0 b";'

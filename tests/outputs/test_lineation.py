# SPDX-License-Identifier: MIT
"""A text that records its source's lineation (a line break for every printed line) is set in
lines of the output's own in print and EPUB: the breaks inside prose read as spaces, a word
broken across lines and pages (with its catchword) is one word; where breaks are few, each is
a break the text asks for."""
from __future__ import annotations

import re

from edition.render.epub import build_epub
from edition.render.pdf import tei_to_typst

from .conftest import epub_texts, write_tei

LINEATED = """<div><head>Erstes<lb/>Capitel</head>
<p>Die erste Zeile<lb/>und die zweite Zeile,<lb/> dann die dritte mit Un<lb break="no"/><fw
type="catch" place="bottom">willen</fw>
<lb/>
<pb n="2"/>
<lb/> willen und<lb/>die vierte.</p>
<p>Noch eine<lb/>Zeile.</p></div>"""

FEW = """<p>Dear Sir,<lb/>I write to you today about the weather and other matters.</p>
<p>Another paragraph with no breaks at all.</p>"""


def typst_body(tmp_path, name, body):
    tei = write_tei(tmp_path, name, body)
    return tei_to_typst(tei)


def test_lineation_of_the_source_is_reflowed_in_print(tmp_path):
    source = typst_body(tmp_path, "lineated", LINEATED)
    paragraph = source[source.index('#"Die erste Zeile'):source.index('die vierte.')]
    assert "#linebreak()" not in paragraph
    text = "".join(re.findall(r'#"((?:[^"\\]|\\.)*)"', paragraph))
    assert "Zeile und die zweite Zeile, dann die dritte mit Un" in text
    assert "dritte mit Unwillen und " in text
    # the heading keeps its break
    assert "Erstes" in source and "#linebreak()" in source[:source.index('"Die erste Zeile')]


def test_lineation_of_the_source_is_reflowed_in_the_epub(tmp_path):
    tei = write_tei(tmp_path, "lineated", LINEATED)
    build_epub(tei, tmp_path / "lineated.epub")
    texts = epub_texts(tmp_path / "lineated.epub")
    body = texts[texts.index("Die erste Zeile"):texts.index("die vierte.")]
    assert "<br" not in body
    plain = re.sub(r"<span[^>]*class=\"fw[^\"]*\"[^>]*>[^<]*</span>", "", body)
    plain = re.sub(r"<[^>]+>", "", plain)
    assert "Zeile und die zweite Zeile, dann die dritte mit Unwillen und " in re.sub(r"\s+", " ", plain)
    # the catchword is kept in the document, not shown in the reflowed text
    import zipfile
    with zipfile.ZipFile(tmp_path / "lineated.epub") as archive:
        css = next(archive.read(n).decode() for n in archive.namelist() if n.endswith(".css"))
    assert ".fw { display: none; }" in css and 'class="fw fw-catch"' in body


def test_a_few_breaks_stay_breaks(tmp_path):
    source = typst_body(tmp_path, "few", FEW)
    assert source.count("#linebreak()") == 1
    tei = write_tei(tmp_path, "few", FEW)
    build_epub(tei, tmp_path / "few.epub")
    assert "Dear Sir,<br/>I write" in epub_texts(tmp_path / "few.epub")

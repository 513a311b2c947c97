# SPDX-License-Identifier: MIT
"""A TEI edition of many short chapters, made at run time from the monograph's header and
registers: each chapter a heading, a section with its heading, two short paragraphs with
names, a footnote, a correction and a page break. Used by the tests of the print layout and
to measure how the PDF stage scales with the number of headings:

    python tests/pdf/many_chapters.py 800 build/many-800.xml
"""
from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
BASE = ROOT / "tei" / "building-socialism-1920s.xml"
TEI_NS = "http://www.tei-c.org/ns/1.0"

CHAPTER = """<div xmlns="http://www.tei-c.org/ns/1.0" type="chapter" n="{n}" xml:id="ch{n}">
  <head><label>{n}.</label> Chapter {n}<lb/>of the book</head>
  <div type="section" xml:id="ch{n}-s1">
    <head>A section of chapter {n}</head>
    <p xml:id="ch{n}-p1">In chapter {n} <persName ref="#lenin">Lenin</persName> wrote to
      <persName ref="#trotsky">Trotsky</persName> from <placeName ref="#moscow">Moscow</placeName>.<note
      place="foot" n="{n}">A note of chapter {n} about <persName ref="#stalin">Stalin</persName>.</note>
      The letter is <choice><sic>lnst</sic><corr resp="#editor">lost</corr></choice>.</p>
    <pb n="{n}"/>
    <p xml:id="ch{n}-p2">A second paragraph of chapter {n}, which names <persName
      ref="#lenin">Lenin</persName> again and ends the chapter.</p>
  </div>
</div>"""


def many_chapters(count: int) -> bytes:
    """The monograph's header and standOff with `count` short chapters as its body."""
    tree = etree.parse(str(BASE))
    body = tree.getroot().find(f"{{{TEI_NS}}}text/{{{TEI_NS}}}body")
    assert body is not None
    for child in list(body):
        body.remove(child)
    body.text = "\n"
    for n in range(1, count + 1):
        chapter = etree.fromstring(CHAPTER.format(n=n))
        chapter.tail = "\n"
        body.append(chapter)
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8")


if __name__ == "__main__":
    Path(sys.argv[2]).write_bytes(many_chapters(int(sys.argv[1])))

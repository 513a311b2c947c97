# SPDX-License-Identifier: MIT
"""TEI as other projects write it, in print: a source's marginal notes in the margin, elements
of modules the edition does not know laid out with their words apart, an apparatus letter
that leaves the lemma's last word whole."""
from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from edition.render.pdf import build_pdf, typst_source_path

HEADER = ('<teiHeader><fileDesc><titleStmt><title type="main">{title}</title></titleStmt>'
          '<publicationStmt><publisher>P</publisher></publicationStmt><sourceDesc><p>x</p></sourceDesc>'
          '</fileDesc></teiHeader>')


def build(tmp_path: Path, name: str, body: str) -> tuple[Path, str]:
    tei = tmp_path / f"{name}.xml"
    tei.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title=name)}'
                   f'<text><body>{body}</body></text></TEI>', encoding="utf-8")
    pdf = tmp_path / "pdf" / f"{name}.pdf"
    build_pdf(tei, pdf)
    return pdf, typst_source_path(pdf).read_text(encoding="utf-8")


def runs(pdf: Path) -> list[tuple[str, float, float]]:
    """Every run of text on the pages after the title pages: (text, x, font size)."""
    found: list[tuple[str, float, float]] = []
    for page in pypdf.PdfReader(pdf).pages:
        def visit(text, cm, tm, font, size):
            if text.strip():
                found.append((text, cm[4] + tm[4], size))
        page.extract_text(visitor_text=visit)
    return found


def text_of(pdf: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf).pages)


@pytest.fixture(scope="module")
def margin(tmp_path_factory):
    return build(tmp_path_factory.mktemp("margin"), "margin",
                 '<div><head>Chapter</head><p>The text runs on here<note place="margin">Gloss in the'
                 ' margin</note> and on, to a footnote<note place="foot">A footnote</note> and a second'
                 ' gloss<note place="margin-left">Left gloss</note>.</p></div>')


def test_a_marginal_note_is_set_in_the_margin_not_as_a_footnote(margin):
    pdf, source = margin
    assert source.count("#ed-margin-note(") == 2
    # the footnote is the book's first: the marginal notes take no footnote number
    assert re.search(r'#ed-note\("1", printed: none\)\[#"A footnote";\]', source)
    assert "#ed-note(\"2\"" not in source


def test_the_marginal_note_stands_beside_the_text_in_small_type(margin):
    pdf, _ = margin
    found = runs(pdf)
    body_x = min(x for text, x, size in found if "The text runs on" in text)
    gloss = [(x, size) for text, x, size in found if "Gloss in the" in text]
    assert gloss, "the marginal note is not in the PDF"
    x, size = gloss[0]
    assert size < 8 and x > body_x + 250  # beyond the right edge of the text block
    words = text_of(pdf).split()
    assert "margin" in words and "gloss" in words


def test_a_marginal_note_in_a_heading_stays_a_footnote(tmp_path):
    _, source = build(tmp_path, "headnote", '<div><head>Title<note place="margin">In the margin</note></head>'
                                            '<p>Text<note place="margin">Beside the text</note>.</p></div>')
    assert source.count("#ed-margin-note(") == 1
    assert re.search(r'#ed-note\("1", printed: none\)\[#"In the margin";\]', source)


def test_an_unknown_element_outside_any_division_keeps_its_words_apart(tmp_path):
    pdf, _ = build(tmp_path, "entry", '<entry><form><orth>pamplemousse</orth></form>\n'
                                      '<sense><date>1677</date>\n<def>fruit comestible</def></sense></entry>')
    words = text_of(pdf).split()
    assert "pamplemousse" in words and "1677" in words and "fruit" in words


def test_the_apparatus_letter_leaves_the_lemma_a_word_of_its_own(tmp_path):
    pdf, _ = build(tmp_path, "app", '<p>by blood and <app><lem wit="#a">butchery</lem>'
                                    '<rdg wit="#b">bûchers</rdg></app>.</p>')
    assert "butchery" in text_of(pdf).split()


def test_print_reports_what_it_renders_by_content_only_and_what_it_cannot_show(tmp_path, capsys):
    tei = tmp_path / "report.xml"
    tei.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title="Report")}'
                   '<text><body><div><u>one</u><u>two</u></div></body></text><Anhang>not shown</Anhang></TEI>',
                   encoding="utf-8")
    build_pdf(tei, tmp_path / "pdf" / "report.pdf")
    warned = capsys.readouterr().err.splitlines()
    assert [line for line in warned if "<u>" in line] == [
        f"{tei}:1: warning: <u> has no rendering of its own; its content is shown as text (2 elements)"]
    assert any("<Anhang>" in line and "outside its <text>" in line for line in warned)


def test_a_title_page_keeps_its_words_apart_and_its_rules(tmp_path):
    tei = tmp_path / "titled.xml"
    tei.write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0">{HEADER.format(title='Critik')}<text><front>
<titlePage><docTitle><titlePart type="main">Critik der reinen Vernunft</titlePart></docTitle>
<milestone unit="section" rendition="#hr"/><byline>von <docAuthor>Immanuel Kant</docAuthor></byline>
<milestone unit="section" rendition="#hr"/><docImprint><pubPlace>Riga</pubPlace>, <docDate>1781</docDate>.</docImprint>
</titlePage></front><body><p>Text.</p></body></text></TEI>""", encoding="utf-8")
    pdf = tmp_path / "pdf" / "titled.pdf"
    build_pdf(tei, pdf)
    title_page = pypdf.PdfReader(pdf).pages[0].extract_text()
    assert "von Immanuel Kant" in title_page and "Riga, 1781." in title_page, title_page
    assert typst_source_path(pdf).read_text(encoding="utf-8").count("#ed-divider()") == 2

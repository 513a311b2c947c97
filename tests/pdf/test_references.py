# SPDX-License-Identifier: MIT
"""Page numbers, columns and the sections of a citation scheme stand in the outer margin
without disturbing the text: a break between two paragraphs keeps their spacing, so no line
is set on another."""
from __future__ import annotations

import pypdf

from edition.render.pdf import build_pdf

TEI_NS = "http://www.tei-c.org/ns/1.0"
SENTENCE = "Gypsy quarry jumps over the lazy dog, quickly. "


def write(folder, body):
    tei = folder / "refs.xml"
    tei.write_text(f"""<TEI xmlns="{TEI_NS}"><teiHeader><fileDesc><titleStmt><title>Refs</title>
</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc>
</teiHeader><text><body>{body}</body></text></TEI>""", encoding="utf-8")
    return tei


def baselines(pdf, size=10.5):
    """The baselines of the body text's lines, page by page, top to bottom."""
    pages = []
    for page in pypdf.PdfReader(pdf).pages:
        ys: set[float] = set()

        def visit(text, cm, tm, font, font_size, ys=ys):
            if text.strip() and abs(font_size * tm[0] * cm[0] - size) < 0.6 or (
                    text.strip() and abs(font_size - size) < 0.6):
                ys.add(round(tm[5] * cm[3] + cm[5], 1))
        page.extract_text(visitor_text=visit)
        pages.append(sorted(ys, reverse=True))
    return pages


def test_breaks_between_paragraphs_keep_the_lines_apart(tmp_path):
    paragraph = "<p>" + SENTENCE * 6 + "</p>"
    body = (paragraph + '<pb n="2"/>' + paragraph
            + '<div type="textpart" subtype="book" n="1">'
            + "".join(f'<div type="textpart" subtype="chapter" n="{c}">'
                      + "".join(f'<div type="textpart" subtype="section" n="{s}">{paragraph}</div>'
                                for s in (1, 2)) + "</div>" for c in (1, 2))
            + "</div>")
    tei = write(tmp_path, body)
    build_pdf(tei, tmp_path / "pdf" / "refs.pdf")
    source = (tmp_path / "pdf" / "typst" / "refs.typ").read_text(encoding="utf-8")
    # the book is a heading (in the PDF's outline), each section cited by book, chapter and
    # section in the margin
    assert [item.title for item in pypdf.PdfReader(tmp_path / "pdf" / "refs.pdf").outline
            if not isinstance(item, list)][-1] == "Book 1"
    assert [f'#ed-reference("1.{c}.{s}"' in source for c in (1, 2) for s in (1, 2)] == [True] * 4
    gaps = [a - b for page in baselines(tmp_path / "pdf" / "refs.pdf") for a, b in zip(page, page[1:])]
    line = min(g for g in gaps if g > 5)
    assert line > 10, gaps
    # no two lines closer than a line's height (a zero spacing set them about half a line apart)
    assert all(g >= 0.95 * line for g in gaps if g > 0.5), gaps


def test_a_text_without_headings_has_no_empty_contents_page(tmp_path):
    tei = write(tmp_path, "<p>" + SENTENCE * 4 + "</p>")
    build_pdf(tei, tmp_path / "pdf" / "refs.pdf")
    pages = [page.extract_text() for page in pypdf.PdfReader(tmp_path / "pdf" / "refs.pdf").pages]
    assert not any(text.strip().startswith("Contents") for text in pages), pages
    assert "Gypsy quarry jumps" in pages[-1]


def test_a_text_whose_only_heading_is_in_the_back_matter_has_its_contents_page(tmp_path):
    # no heading in the text, but notes set at its end have one ("Notes"); the word
    # "#ed-heading(" written in the text itself is no heading
    body = ('<p>#ed-heading(1)[x] ' + SENTENCE + '<note place="end">An endnote.</note></p>')
    tei = write(tmp_path, body)
    build_pdf(tei, tmp_path / "pdf" / "refs.pdf")
    pages = [page.extract_text() for page in pypdf.PdfReader(tmp_path / "pdf" / "refs.pdf").pages]
    assert any(text.strip().startswith("Contents") for text in pages), pages
    assert any("#ed-heading(1)[x]" in text for text in pages), pages


def test_a_text_that_writes_a_heading_call_has_no_contents_page(tmp_path):
    tei = write(tmp_path, "<p>#ed-heading(1)[x] #ed-index( " + SENTENCE + "</p>")
    build_pdf(tei, tmp_path / "pdf" / "refs.pdf")
    pages = [page.extract_text() for page in pypdf.PdfReader(tmp_path / "pdf" / "refs.pdf").pages]
    assert not any(text.strip().startswith("Contents") for text in pages), pages

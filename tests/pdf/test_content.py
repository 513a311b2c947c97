# SPDX-License-Identifier: MIT
"""Nothing of the text is lost in print: every paragraph and every footnote is in the PDF."""
from __future__ import annotations

from pdftext import normalise, streams

TEI = "{http://www.tei-c.org/ns/1.0}"


def reading_text(el, skip_notes: bool) -> str:
    """The words a reader sees in `el`: corrections read as corrected, notes (when
    skipped) read at the foot of the page instead."""
    hidden = {TEI + "sic"} | ({TEI + "note"} if skip_notes else set())
    parts = []
    for text in el.xpath(".//text()"):
        container = text.getparent().getparent() if text.is_tail else text.getparent()
        if not _below_any(container, el, hidden):
            parts.append(str(text))
    return "".join(parts)


def _below_any(node, top, tags) -> bool:
    """True if `node`, or an ancestor of it below `top`, has one of `tags`."""
    while node is not None and node is not top:
        if node.tag in tags:
            return True
        node = node.getparent()
    return False


def test_every_paragraph_is_in_the_body_text(built):
    body, _ = streams(built.pdf)
    paragraphs = built.findall(".//tei:text//tei:p")
    assert paragraphs
    missing = [p.get("{http://www.w3.org/XML/1998/namespace}id") for p in paragraphs
               if normalise(reading_text(p, skip_notes=True)) not in body]
    assert not missing, f"paragraphs not found in {built.pdf.name}: {missing}"


def test_every_footnote_is_in_the_notes(built):
    _, notes = streams(built.pdf)
    footnotes = built.findall(".//tei:text//tei:note[@place='foot']")
    missing = [n.get("{http://www.w3.org/XML/1998/namespace}id") for n in footnotes
               if normalise(reading_text(n, skip_notes=False)) not in notes]
    assert not missing, f"footnotes not found in {built.pdf.name}: {missing}"


def test_the_source_reading_is_not_printed_in_the_text_but_listed(sample):
    body, _ = streams(sample.pdf)
    assert normalise("CHAPTER 11") in normalise(open_pdf_text(sample.pdf))
    everything = open_pdf_text(sample.pdf)
    # the reading of the source appears once: in the list of emendations
    assert everything.count("CHAPTER II") == 1
    assert "List of emendations" in everything


def open_pdf_text(path) -> str:
    import pypdf
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)

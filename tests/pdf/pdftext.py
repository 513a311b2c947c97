# SPDX-License-Identifier: MIT
"""A PDF of the print edition to its text streams: body text, footnotes, per page."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import pypdf

# Sizes of book.typ's defaults (params.xsl): body 10.5pt, footnotes 8.5pt
BODY_SIZE = 10.5
NOTE_SIZE = 8.5
# The text area of a 234mm page with 22mm top and 24mm bottom margins, in points
MM = 72 / 25.4


@dataclass
class PageText:
    body: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    everything: str = ""


def normalise(text: str) -> str:
    """Letters and digits only, lower case: hyphenation, ligatures, spacing and the
    soft hyphen a PDF viewer may report for a hyphen glyph do not count."""
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", "", text)


def page_texts(pdf_path) -> list[PageText]:
    reader = pypdf.PdfReader(pdf_path)
    pages = []
    for page in reader.pages:
        height = float(page.mediabox.height)
        top, bottom = height - 22 * MM + 2, 24 * MM - 2
        result = PageText()

        def visit(text, cm, tm, font, size, result=result, top=top, bottom=bottom):
            y = cm[5] + tm[5]
            if not text or not (bottom <= y <= top):
                return
            if abs(size - BODY_SIZE) < 0.05:
                result.body.append(text)
            elif abs(size - NOTE_SIZE) < 0.05:
                result.notes.append(text)

        result.everything = page.extract_text(visitor_text=visit)
        pages.append(result)
    return pages


def streams(pdf_path) -> tuple[str, str]:
    """(body, notes) of the whole PDF, normalised, each in reading order."""
    pages = page_texts(pdf_path)
    return (normalise("".join("".join(p.body) for p in pages)),
            normalise("".join("".join(p.notes) for p in pages)))


def outline_titles(items) -> list[str]:
    """The titles of a PDF's bookmarks (pypdf's outline), nested ones in order, as written."""
    titles = []
    for item in items:
        if isinstance(item, list):
            titles += outline_titles(item)
        else:
            titles.append(item.title)
    return titles

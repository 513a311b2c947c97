# SPDX-License-Identifier: MIT
"""Document model: what a reader produces from a seed and the TEI writer turns into XML.

Readers and the writer depend on this module only. The model is small on purpose:
blocks (divisions, paragraphs, lists, title pages, closers) holding inlines (text,
styled runs, notes, page and line breaks, corrections, references).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Union


# ---------------------------------------------------------------- inlines

@dataclass
class Styled:
    """A run set off in print: a work's title, a foreign word, or other emphasis.

    kind "title" -> <title level=...>, "foreign" -> <foreign xml:lang=...>,
    "hi" -> <hi rend=...> (rend: "italic", "bold", "sup", "smallcaps").
    """
    kind: Literal["title", "foreign", "hi"]
    content: list[Inline]
    lang: str | None = None
    level: Literal["m", "j", "a", "s", "u"] | None = None
    rend: str | None = None


@dataclass
class Note:
    """A note placed at its marker: a footnote, or a margin note (place "margin", most often
    unnumbered). `page` qualifies `n` where numbering restarts per page."""
    n: str | None
    content: list[Inline]
    page: str | None = None
    line: int | None = None
    place: Literal["foot", "margin"] = "foot"


@dataclass
class PageBreak:
    """The end of a printed page; `n` is the number of the page that begins, when known.

    `inferred`: the page does not print its number; the numbers around it give it.
    `inside_word`: the page ends inside a hyphenated word, rejoined ("con-" | "fusion").
    `facs`: the image the page was transcribed from."""
    n: str | None = None
    inferred: bool = False
    inside_word: bool = False
    facs: str | None = None


@dataclass
class Furniture:
    """A line of the page that is not the text: running head, page number, a separator.

    kind: "header", "pageNum", "separator"; place: "top" or "bottom"."""
    kind: str
    text: str
    place: str | None = None


@dataclass
class EditorialNote:
    """A note by a transcriber or proofreader, not by the author (e.g. `[**typo?]`)."""
    content: list[Inline]


@dataclass
class LineBreak:
    """A forced line break the source shows (title pages, imprints, addresses)."""


@dataclass
class ParagraphBreak:
    """A new paragraph inside a note: a long note printed in paragraphs keeps them."""


@dataclass
class Choice:
    """An emendation: the source's reading and the editor's correction, both kept.

    `source` names the correction's authority: the id of a correction in the seed's
    TOML, or a short description of the rule that found it.
    """
    sic: list[Inline]
    corr: list[Inline]
    source: str | None = None


@dataclass
class Ref:
    """A link to a division in this file (`target` is a division id, without '#')."""
    target: str
    content: list[Inline]


@dataclass
class Label:
    """A printed label in a list item or heading, e.g. 'Chapter 11.' or '(a)'."""
    content: list[Inline]


@dataclass
class PageNumber:
    """A page number printed in the source's apparatus (e.g. a contents list)."""
    value: str


Inline = Union[str, Styled, Note, PageBreak, LineBreak, ParagraphBreak, Choice, Ref, Label, PageNumber,
               Furniture, EditorialNote]


def text_of(content: list[Inline]) -> str:
    """The characters of inlines as a reader reads them: corrections read, notes and breaks left out."""
    out = []
    for item in content:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (Styled, Ref, Label)):
            out.append(text_of(item.content))
        elif isinstance(item, Choice):
            out.append(text_of(item.corr))
        elif isinstance(item, (LineBreak, ParagraphBreak)):
            out.append("\n")
    return "".join(out)


# ---------------------------------------------------------------- blocks

@dataclass
class Paragraph:
    content: list[Inline]
    line: int | None = None
    # an id chosen by the reader when something in the text links to this paragraph
    id: str | None = None


@dataclass
class Item:
    content: list[Inline]
    n: str | None = None
    sublist: ListBlock | None = None
    id: str | None = None


@dataclass
class ListBlock:
    items: list[Item]
    type: str | None = None
    head: list[Inline] | None = None


@dataclass
class TitlePart:
    """One line of a title page, by its role.

    roles: "series", "main", "sub", "volume" (-> docTitle/titlePart),
    "author" (-> byline/docAuthor), "byline" (byline text such as "by"),
    "affiliation", "publisher", "place", "date", "edition".
    """
    role: str
    content: list[Inline]


@dataclass
class TitlePage:
    parts: list[TitlePart]
    type: str | None = None


@dataclass
class Closer:
    """The signature and dateline that close a preface or letter."""
    signed: list[Inline] | None = None
    dateline: list[Inline] | None = None


@dataclass
class Figure:
    """An illustration the transcription marks ("[Illustration: caption]"), with its caption."""
    head: list[Inline] = field(default_factory=list)
    line: int | None = None


@dataclass
class Verse:
    """Lines of verse set off from the prose, in stanzas (TEI lg, l)."""
    stanzas: list[list[list[Inline]]]
    line: int | None = None


@dataclass
class Quote:
    """A block quotation set off from the text: its paragraphs (TEI quote)."""
    children: list[Paragraph]
    line: int | None = None


@dataclass
class Div:
    """A division: part, chapter, section, preface, contents, imprint ..."""
    type: str
    children: list[Block] = field(default_factory=list)
    head: list[Inline] | None = None
    n: str | None = None
    id: str | None = None
    line: int | None = None


Block = Union[Div, Paragraph, ListBlock, TitlePage, Closer, PageBreak, Furniture, Figure, Verse, Quote]


# ---------------------------------------------------------------- document

@dataclass
class CopyNote:
    """Something on the copy used that is not the author's text: a stamp, a shelfmark."""
    kind: Literal["shelfmark", "stamp", "accession", "other"]
    text: str
    line: int | None = None


@dataclass
class Document:
    front: list[Block] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    back: list[Block] = field(default_factory=list)
    copy_notes: list[CopyNote] = field(default_factory=list)
    # ids of the seed's TOML corrections that were applied
    corrections_applied: list[str] = field(default_factory=list)

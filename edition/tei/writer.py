# SPDX-License-Identifier: MIT
"""Document model to TEI tree: the one writer every reader shares."""
from __future__ import annotations

import re
from collections import Counter

from lxml import etree

from edition import model as m
from edition.config import SeedConfig
from edition.tei.header import build_header
from edition.tei.serialize import T, TEI_NS, XML_NS

XML_ID = "{%s}id" % XML_NS
XML_LANG = "{%s}lang" % XML_NS

TITLE_PAGE_ROLES = {"series", "main", "sub", "volume"}


def _el(parent: etree._Element | None, name: str, **attrs: str | None) -> etree._Element:
    clean = {k.replace("xml_", "{%s}" % XML_NS): v for k, v in attrs.items() if v is not None}
    if parent is None:
        return etree.Element(T + name, clean, nsmap={None: TEI_NS})
    return etree.SubElement(parent, T + name, clean)


def _append_text(parent: etree._Element, text: str) -> None:
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


class _Ids:
    """Stable, unique xml:ids derived from document order and printed numbers."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.reserved: set[str] = set()  # ids a reader chose; only that division may take them
        self.counters: Counter[str] = Counter()

    def claim(self, wanted: str, explicit: bool = False) -> str:
        base = re.sub(r"[^A-Za-z0-9_.-]", "-", wanted)
        if not re.match(r"[A-Za-z_]", base):
            base = "x" + base
        candidate, k = base, 1
        while candidate in self.used or (candidate in self.reserved and not (explicit and k == 1)):
            k += 1
            candidate = f"{base}-{k}"
        self.used.add(candidate)
        return candidate

    def next(self, prefix: str) -> str:
        self.counters[prefix] += 1
        return self.claim(f"{prefix}{self.counters[prefix]}")


def _div_id(div: m.Div, parent_id: str | None, ids: _Ids) -> str:
    if div.id:
        return ids.claim(div.id, explicit=True)
    short = {"chapter": "ch", "part": "part", "section": "s"}.get(div.type)
    if short and div.n:
        return ids.claim(f"{short}{div.n}")
    if div.type == "section" and parent_id:
        return ids.next(f"{parent_id}-s")
    if div.type in ("preface", "contents", "imprint"):
        return ids.claim(div.type)
    return ids.next(div.type)


def _page_break(parent: etree._Element, pb: m.PageBreak) -> None:
    _el(parent, "pb", n=pb.n, cert="medium" if pb.inferred and pb.n else None,
        **{"break": "no" if pb.inside_word else None}, facs=pb.facs)


class _Writer:
    def __init__(self) -> None:
        self.ids = _Ids()
        self.margin_notes = 0

    def reserve(self, blocks: list[m.Block]) -> None:
        """Claim ids readers chose for divisions first, so generated ids never take them."""
        for block in blocks:
            if isinstance(block, m.Paragraph) and block.id:
                self.ids.reserved.add(block.id)
            if isinstance(block, m.Div):
                if block.id:
                    self.ids.reserved.add(block.id)
                self.reserve(block.children)

    # ------------------------------------------------------------ inlines
    def inlines(self, parent: etree._Element, content: list[m.Inline]) -> None:
        for item in content:
            if isinstance(item, str):
                _append_text(parent, item)
            elif isinstance(item, m.Styled):
                attrs: dict[str, str | None] = (
                    {"rend": item.rend or "italic"} if item.kind == "hi"
                    else {"level": item.level, "xml_lang": item.lang} if item.kind == "title"
                    else {"xml_lang": item.lang})
                self.inlines(_el(parent, item.kind, **attrs), item.content)
            elif isinstance(item, m.Note):
                if item.place == "margin":
                    self.margin_notes += 1
                    wanted = f"mn{item.n or self.margin_notes}"
                else:
                    wanted = f"fn-p{item.page}-{item.n}" if item.page else f"fn{item.n}"
                note = _el(parent, "note", place=item.place, n=item.n, xml_id=self.ids.claim(wanted))
                self.note_content(note, item.content)
            elif isinstance(item, m.PageBreak):
                _page_break(parent, item)
            elif isinstance(item, m.Furniture):
                _el(parent, "fw", type=item.kind, place=item.place).text = item.text
            elif isinstance(item, m.EditorialNote):
                self.inlines(_el(parent, "note", type="transcriber"), item.content)
            elif isinstance(item, m.LineBreak):
                _el(parent, "lb")
            elif isinstance(item, m.ParagraphBreak):  # pragma: no cover - note_content takes them
                raise TypeError("a paragraph break outside a note")
            elif isinstance(item, m.Choice):
                choice = _el(parent, "choice")
                self.inlines(_el(choice, "sic"), item.sic)
                source = f"#{item.source}" if item.source else None
                self.inlines(_el(choice, "corr", resp="#editor", source=source), item.corr)
            elif isinstance(item, m.Ref):
                self.inlines(_el(parent, "ref", target=f"#{item.target}"), item.content)
            elif isinstance(item, m.Label):
                self.inlines(_el(parent, "label"), item.content)
            elif isinstance(item, m.PageNumber):
                _el(parent, "num", type="page", value=item.value).text = item.value
            else:  # pragma: no cover - the model is closed
                raise TypeError(f"unknown inline {item!r}")

    def note_content(self, note: etree._Element, content: list[m.Inline]) -> None:
        """A note's text; a note printed in paragraphs holds them as `p` (TEI's note holds
        paragraphs or phrases, not both)."""
        if not any(isinstance(item, m.ParagraphBreak) for item in content):
            self.inlines(note, content)
            return
        paragraph: list[m.Inline] = []
        count = 0
        for item in [*content, m.ParagraphBreak()]:
            if not isinstance(item, m.ParagraphBreak):
                paragraph.append(item)
                continue
            if m.text_of(paragraph).strip() or any(not isinstance(i, str) for i in paragraph):
                count += 1   # cited as the note's paragraph: fn3-p2
                if count > 1:  # a reader of the text alone still sees two paragraphs
                    note[-1].tail = "\n"
                self.inlines(_el(note, "p", xml_id=self.ids.claim(f"{note.get(XML_ID)}-p{count}")), paragraph)
            paragraph = []

    # ------------------------------------------------------------ blocks
    def blocks(self, parent: etree._Element, blocks: list[m.Block], parent_id: str | None = None) -> None:
        for block in blocks:
            if isinstance(block, m.Div):
                div_id = _div_id(block, parent_id, self.ids)
                div = _el(parent, "div", type=block.type, n=block.n, xml_id=div_id)
                if block.head:
                    self.inlines(_el(div, "head"), block.head)
                self.blocks(div, block.children, div_id)
            elif isinstance(block, m.Paragraph):
                pid = self.ids.claim(block.id, explicit=True) if block.id else self.ids.next("p")
                self.inlines(_el(parent, "p", xml_id=pid), block.content)
            elif isinstance(block, m.ListBlock):
                self.list(parent, block)
            elif isinstance(block, m.TitlePage):
                self.title_page(parent, block)
            elif isinstance(block, m.Closer):
                closer = _el(parent, "closer")
                if block.signed:
                    self.inlines(_el(closer, "signed"), block.signed)
                if block.dateline:
                    self.inlines(_el(closer, "dateline"), block.dateline)
            elif isinstance(block, m.PageBreak):
                _page_break(parent, block)
            elif isinstance(block, m.Furniture):
                _el(parent, "fw", type=block.kind, place=block.place).text = block.text
            elif isinstance(block, m.Verse):
                lg = _el(parent, "lg")
                for stanza in block.stanzas:
                    group = _el(lg, "lg") if len(block.stanzas) > 1 else lg
                    for verse_line in stanza:
                        self.inlines(_el(group, "l"), verse_line)
            elif isinstance(block, m.Quote):
                self.blocks(_el(parent, "quote"), list(block.children), parent_id)
            elif isinstance(block, m.Figure):
                figure = _el(parent, "figure")
                if block.head:
                    self.inlines(_el(figure, "head"), block.head)
            else:  # pragma: no cover
                raise TypeError(f"unknown block {block!r}")

    def list(self, parent: etree._Element, block: m.ListBlock) -> None:
        lst = _el(parent, "list", type=block.type)
        if block.head:
            self.inlines(_el(lst, "head"), block.head)
        for item in block.items:
            el = _el(lst, "item", n=item.n, xml_id=self.ids.claim(item.id) if item.id else None)
            self.inlines(el, item.content)
            if item.sublist:
                self.list(el, item.sublist)

    def title_page(self, parent: etree._Element, page: m.TitlePage) -> None:
        tp = _el(parent, "titlePage", type=page.type)
        doc_title = byline = imprint = None
        for part in page.parts:
            if part.role in TITLE_PAGE_ROLES:
                if doc_title is None or tp[-1] is not doc_title:
                    doc_title = _el(tp, "docTitle")
                self.inlines(_el(doc_title, "titlePart", type=part.role), part.content)
            elif part.role in ("author", "byline", "affiliation"):
                if byline is None or tp[-1] is not byline:
                    byline = _el(tp, "byline")
                if part.role == "author":
                    self.inlines(_el(byline, "docAuthor"), part.content)
                elif part.role == "affiliation":
                    # <affiliation> is not allowed in <byline>: a line of its own instead
                    if len(byline) or byline.text:
                        _el(byline, "lb")
                    self.inlines(byline, part.content)
                else:
                    self.inlines(byline, part.content)
            elif part.role in ("publisher", "place", "date"):
                if imprint is None or tp[-1] is not imprint:
                    imprint = _el(tp, "docImprint")
                name = {"publisher": "publisher", "place": "pubPlace", "date": "docDate"}[part.role]
                self.inlines(_el(imprint, name), part.content)
            elif part.role == "edition":
                self.inlines(_el(tp, "docEdition"), part.content)
            else:
                raise ValueError(f"unknown title page role {part.role!r}")


def write_tei(doc: m.Document, config: SeedConfig, converter: str) -> etree._Element:
    """Build the TEI tree of a document: header from the seed's TOML, text from the model."""
    root = _el(None, "TEI", xml_lang=config.language)
    root.append(build_header(config, doc, converter))
    writer = _Writer()
    for blocks in (doc.front, doc.body, doc.back):
        writer.reserve(blocks)
    text = _el(root, "text")
    for name, blocks in (("front", doc.front), ("body", doc.body), ("back", doc.back)):
        if blocks or name == "body":
            writer.blocks(_el(text, name), blocks)
    body = text.find(T + "body")
    if len(body) == 0:
        _el(body, "p")  # TEI requires content; an empty seed never reaches here (the reader refuses it)
    return root

# SPDX-License-Identifier: MIT
"""Seed configuration to teiHeader: title, publication, source, encoding, languages, revision."""
from __future__ import annotations

from lxml import etree

from edition import model as m
from edition.config import SeedConfig
from edition.tei.serialize import T, XML_NS


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str | None) -> etree._Element:
    clean = {k.replace("xml_", "{%s}" % XML_NS): v for k, v in attrs.items() if v is not None}
    el = etree.SubElement(parent, T + name, clean)
    if text is not None:
        el.text = text
    return el


def _paragraphs(parent: etree._Element, *texts: str) -> None:
    for text in texts:
        _sub(parent, "p", text)


def _title_stmt(fd: etree._Element, config: SeedConfig) -> None:
    ts = _sub(fd, "titleStmt")
    _sub(ts, "title", config.title, type="main")
    _sub(ts, "title", "A TEI edition", type="sub")
    if config.source.get("author"):
        _sub(ts, "author", config.source["author"])
    resp = _sub(ts, "respStmt", xml_id="editor")
    _sub(resp, "resp", "TEI encoding, editorial corrections and entity registers")
    _sub(resp, "name", config.publication["publisher"])


def _publication_stmt(fd: etree._Element, config: SeedConfig) -> None:
    ps = _sub(fd, "publicationStmt")
    _sub(ps, "publisher", config.publication["publisher"])
    av = _sub(ps, "availability", status=config.publication.get("status", "restricted"))
    _sub(av, "licence", config.publication["licence"], target=config.publication["licence_url"])
    if config.publication.get("date"):
        _sub(ps, "date", config.publication["date"], when=config.publication["date"])
    _sub(ps, "idno", config.id, type="edition")


def _bibl_struct(sd: etree._Element, src: dict) -> None:
    bs = _sub(sd, "biblStruct", type="book")
    monogr = _sub(bs, "monogr")
    _sub(monogr, "author", src["author_sort"] if src.get("author_sort") else src["author"])
    _sub(monogr, "title", src["title"], level="m", type="main")
    for isbn in src.get("isbns", []):
        _sub(monogr, "idno", isbn["value"], type="ISBN")
    if src.get("edition"):
        edition = _sub(monogr, "edition", src["edition"])
        reprints = src.get("reprints") or []
        if reprints:
            edition.text += "; reprinted " + ", ".join(reprints)
    imprint = _sub(monogr, "imprint")
    for place in src.get("pub_places", []):
        _sub(imprint, "pubPlace", place)
    if src.get("publisher"):
        _sub(imprint, "publisher", src["publisher"])
    if src.get("date"):
        _sub(imprint, "date", src["date"], when=src["date"], type="firstPublished")
    for year in src.get("reprints", []):
        _sub(imprint, "date", year, when=year, type="reprinted")
    if src.get("volume"):
        _sub(monogr, "biblScope", src.get("volume_label", src["volume"]), unit="volume", n=src["volume"])
    if src.get("series"):
        series = _sub(bs, "series")
        _sub(series, "title", src["series"], level="s")
        if src.get("series_number"):
            _sub(series, "biblScope", src["series_number"], unit="volume")
    notes = []
    if src.get("copyright"):
        notes.append(("copyright", src["copyright"]))
    if src.get("printer"):
        notes.append(("printer", f"Printed in {src.get('printed_in', '[place not stated]')} by {src['printer']}."))
    if src.get("affiliation") and src.get("author"):
        notes.append(("affiliation", f"{src['author']}, {src['affiliation']}."))
    for isbn in src.get("isbns", []):
        if isbn.get("note"):
            notes.append(("isbn", f"ISBN {isbn['value']}: {isbn['note']}."))
    for cls in src.get("classification", []):
        notes.append(("classification", f"{cls['scheme']} {cls['value']}"))
    if src.get("extent"):
        notes.append(("extent", src["extent"]))
    for kind, text in notes:
        _sub(bs, "note", text, type=kind)


def _unidentified_bibl(sd: etree._Element, src: dict) -> None:
    bibl = _sub(sd, "bibl", type="chapter")
    if src.get("chapter_title"):
        _sub(bibl, "title", src["chapter_title"], level="a")
    if src.get("chapter"):
        _sub(bibl, "biblScope", src["chapter"], unit="chapter")
    _sub(bibl, "note", src.get("description", "The printed source is not identified."),
         type="unidentified")


def _copy_description(sd: etree._Element, notes: list[m.CopyNote]) -> None:
    """The copy the text was taken from: shelfmarks and stamps, kept out of the author's text."""
    ms = _sub(sd, "msDesc")
    ident = _sub(ms, "msIdentifier")
    marks = [n for n in notes if n.kind in ("shelfmark", "accession")]
    if marks:
        first, *rest = marks
        _sub(ident, "idno", first.text, type=first.kind)
        for mark in rest:
            alt = _sub(ident, "altIdentifier")
            _sub(alt, "idno", mark.text, type=mark.kind)
    else:
        _sub(ident, "msName", "copy used for the transcription")
    others = [n for n in notes if n.kind not in ("shelfmark", "accession")]
    if others:
        phys = _sub(ms, "physDesc")
        add = _sub(phys, "additions")
        p = _sub(add, "p", "Marks of the holding library on the copy used, kept out of the text: ")
        for i, note in enumerate(others):
            stamp = _sub(p, "stamp", note.text, type=note.kind)
            if note.text and any("\u3000" <= ch <= "\u9fff" for ch in note.text):
                stamp.set("{%s}lang" % XML_NS, "zh")
            stamp.tail = "; " if i < len(others) - 1 else "."


# how the header describes where a relocated passage went (Correction.to)
RELOCATION_TARGETS = {
    "note-continuation": "the end of the footnote left unfinished on the page before",
}


def _quoted(text: str, limit: int = 120) -> str:
    """A seed passage as the header quotes it: markdown marks dropped, long passages shortened."""
    plain = " ".join(text.replace("*", "").replace("\\", "").split())
    if len(plain) <= limit:
        return plain
    head = plain[:limit // 2].rsplit(" ", 1)[0]
    tail = plain[-limit // 3:].split(" ", 1)[-1]
    return f"{head} … {tail}"


def _encoding_desc(header: etree._Element, config: SeedConfig, doc: m.Document) -> None:
    ed = _sub(header, "encodingDesc")
    _paragraphs(_sub(ed, "projectDesc"),
                "A digital edition converted from a plain-text transcription of the printed source. "
                "The TEI file is the single source of the HTML, print, EPUB and archive editions.")
    decl = _sub(ed, "editorialDecl")
    corr = _sub(decl, "correction")
    _paragraphs(corr,
                "Errors of the source or of its optical character recognition are corrected with "
                "choice/sic/corr; the reading of the source is always kept. A correction found by a "
                "rule of the converter is marked resp=\"#editor\"; a correction made by the editor is "
                "recorded in the seed's configuration and listed here.")
    if config.corrections:
        # a list may not stand directly in <correction>: it goes inside a paragraph
        lst = _sub(_sub(corr, "p"), "list", type="corrections")
        for c in config.corrections:
            applied = c.id in doc.corrections_applied
            target = (f"reads “{_quoted(c.replace or '')}”" if c.kind == "replace"
                      else f"moved to {RELOCATION_TARGETS.get(c.to or '', c.to)}")
            _sub(lst, "item", f"“{_quoted(c.find)}” {target}: {c.reason}"
                 + ("" if applied else " (not found in this text)"), xml_id=c.id)
    _paragraphs(_sub(decl, "normalization"),
                "Spelling, transliteration, punctuation, typographic quotes and dashes are kept as in "
                "the source. Markdown marks and note markers of the transcription are replaced by TEI "
                "encoding.")
    _paragraphs(_sub(decl, "segmentation"),
                "Paragraphs and footnotes split by a page end are rejoined; a pb element marks where "
                "the page ended, with its number when the source shows it.")
    _paragraphs(_sub(decl, "interpretation"),
                "Persons, places and organisations are tagged from the project registers and linked "
                "to the entries copied into standOff; dates carry ISO 8601 values at the precision "
                "written. Numeric dates are read "
                + ("day first." if config.date_order == "day-first" else "month first."))


def _profile_desc(header: etree._Element, config: SeedConfig) -> None:
    pd = _sub(header, "profileDesc")
    lu = _sub(pd, "langUsage")
    for code, name in config.languages.items():
        _sub(lu, "language", name, ident=code)


def build_header(config: SeedConfig, doc: m.Document, converter: str) -> etree._Element:
    header = etree.Element(T + "teiHeader")
    fd = _sub(header, "fileDesc")
    _title_stmt(fd, config)
    _publication_stmt(fd, config)
    sd = _sub(fd, "sourceDesc")
    if config.source["status"] == "identified":
        _bibl_struct(sd, config.source)
    else:
        _unidentified_bibl(sd, config.source)
    if doc.copy_notes:
        _copy_description(sd, doc.copy_notes)
    _encoding_desc(header, config, doc)
    _profile_desc(header, config)
    rev = _sub(header, "revisionDesc")
    _sub(rev, "change", f"Converted from {config.seed_text_path.name} by {converter} "
                        f"(form “{config.form}”).")
    return header

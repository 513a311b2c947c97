# SPDX-License-Identifier: MIT
"""TEI edition to print PDF: XSLT (xslt/typst/book.xsl) to Typst source, typst to PDF/A-2b."""
from __future__ import annotations

import json
import re
import tempfile
from datetime import date, datetime, time, timezone
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from edition.errors import RenderError, XMLInputError
from edition.fileio import atomic_path, write_atomic
from edition.header_facts import FALLBACK_DATE, edition_date
from edition.render.limits import ChildFailed, LimitExceeded, compile_in_child
from edition.render.documents import prepared
from edition.render.fonts import Fallback, fallback_fonts, families, languages, unprovided
from edition.render.glyphs import PDF_STANDARDS, missing_glyphs
from edition.render.media import local_images
from edition.render.pdf_parts import PartsDisagree, part_size, set_in_parts, split_source
from edition.render.saxon import XSLT_DIR, transform
from edition.render.typst_source import in_tei
from edition.render.vocabulary import report_unknown, warn
from edition.tei.serialize import T
from edition.xmlsafe import SafeXML

STYLESHEET = XSLT_DIR / "typst" / "book.xsl"


def typst_source_path(out_pdf: Path) -> Path:
    """Where the generated Typst source of a PDF is kept for inspection."""
    return out_pdf.parent / "typst" / f"{out_pdf.stem}.typ"


def edition_timestamp(tree, tei_file: Path | None = None) -> int:
    """The PDF's creation date: the edition's own date, as the deposit and the EPUB state it
    (header_facts.edition_date). Never the clock; a date before 1970 falls back to the fixed one.

    A date that is no day of the calendar (when="2026-02-30") is an error naming its line."""
    header = tree.getroot().find(f"{T}teiHeader")
    day = edition_date(header)[0] if header is not None else FALLBACK_DATE
    if day < "1970":
        day = FALLBACK_DATE
    try:
        moment = datetime.combine(date.fromisoformat(day), time(), timezone.utc)
    except ValueError:
        line = next((el.sourceline for el in header.iter() if isinstance(el.tag, str)
                     and (el.get("when") or "").startswith(day[:7])), None) if header is not None else None
        raise XMLInputError(f"the edition's date {day!r} is not a day of the calendar", tei_file, line,
                            hint="correct the date's @when in the TEI header (YYYY-MM-DD); "
                                 "'edition validate' names every such date") from None
    return int(moment.timestamp())


def edition_rights(tree) -> tuple[str, str | None]:
    """The licence of the edition as the TEI header states it (availability/licence, else the
    availability's paragraphs) and the licence's address, if it names one."""
    availability = tree.getroot().find(f"{T}teiHeader/{T}fileDesc/{T}publicationStmt/{T}availability")
    if availability is None:
        return "", None
    licences = availability.findall(f".//{T}licence") or availability.findall(f".//{T}p")
    text = " ".join(" ".join("".join(el.itertext()).split()) for el in licences).strip()
    target = next((el.get("target").strip() for el in licences if (el.get("target") or "").strip()), None)
    return text, target


_DC_NS = 'xmlns:dc="http://purl.org/dc/elements/1.1/"'
_RIGHTS_NS = ' xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"'


def with_rights(pdf: bytes, rights: str, url: str | None = None) -> bytes:
    """`pdf` with the licence in its XMP metadata: dc:rights and, where the licence names its
    address, xmpRights:WebStatement (both of schemas PDF/A knows). typst writes neither. The
    new XMP is appended as an incremental update, so every byte typst wrote stays as it was
    and the file is not parsed whole: a book of thousands of pages costs no more than a page."""
    if not rights:
        return pdf
    found = _metadata_stream(pdf)
    if found is None:
        raise RenderError("typst's PDF has an unexpected form: the licence cannot be added to its metadata")
    number, xmp = found
    added = f'<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">{escape(rights)}</rdf:li></rdf:Alt></dc:rights>'
    if url:
        added += f"<xmpRights:WebStatement>{escape(url)}</xmpRights:WebStatement>"
        xmp = xmp.replace(_DC_NS, _DC_NS + _RIGHTS_NS, 1)
    data = xmp.replace("</dc:title>", "</dc:title>" + added, 1).encode("utf-8")
    trailer = _last_trailer(pdf)
    if trailer is None:
        raise RenderError("typst's PDF has an unexpected form: the licence cannot be added to its metadata")
    entries, previous = trailer
    body = bytearray(pdf if pdf.endswith(b"\n") else pdf + b"\n")
    offset = len(body)
    body += b"%d 0 obj\n<</Type/Metadata/Subtype/XML/Length %d>>\nstream\n" % (number, len(data))
    body += data + b"\nendstream\nendobj\n"
    xref = len(body)
    body += (b"xref\n0 1\n0000000000 65535 f \n%d 1\n%010d 00000 n \ntrailer\n<<%s/Prev %d>>\n"
             b"startxref\n%d\n%%%%EOF\n") % (
        number, offset, entries, previous, xref)
    return bytes(body)


_METADATA = re.compile(rb"/Type\s*/Metadata\b")
_OBJECT_START = re.compile(rb"(\d+) 0 obj\s*<<")
_TRAILER = re.compile(rb"trailer\s*<<(.*?)>>\s*startxref\s*(\d+)\s*%%EOF\s*$", re.DOTALL)


def _metadata_stream(pdf: bytes) -> tuple[int, str] | None:
    """The object number and the text of the (uncompressed) XMP stream typst writes."""
    for mark in _METADATA.finditer(pdf):
        start = pdf.rfind(b" 0 obj", 0, mark.start())
        head = _OBJECT_START.match(pdf, pdf.rfind(b"\n", 0, start) + 1)
        stream = pdf.find(b"stream", mark.end())
        if head is None or stream < 0 or b"endobj" in pdf[head.end():stream]:
            continue
        entries = pdf[head.end():stream]
        length = re.search(rb"/Length\s+(\d+)", entries)
        if b"/Filter" in entries or length is None:
            return None
        begin = stream + len(b"stream") + (2 if pdf[stream + 6:stream + 8] == b"\r\n" else 1)
        xmp = pdf[begin:begin + int(length.group(1))].decode("utf-8")
        if _DC_NS not in xmp or "</dc:title>" not in xmp:
            return None
        return int(head.group(1)), xmp
    return None


def _last_trailer(pdf: bytes) -> tuple[bytes, int] | None:
    """The entries of the file's trailer (Size, Root, Info, ID) and where its xref table is."""
    match = _TRAILER.search(pdf[-4096:])
    if match is None or b"/Prev" in match.group(1) or b"/Root" not in match.group(1):
        return None
    return match.group(1), int(match.group(2))


def tei_to_typst(tei_file: Path | SafeXML, params: dict[str, object] | None = None) -> str:
    """The Typst source of the print edition of one TEI file."""
    source = transform(STYLESHEET, tei_file, params=params)
    if source is None:
        raise RenderError("the XSLT to Typst produced no output",
                          tei_file.path if isinstance(tei_file, SafeXML) else tei_file)
    return source


# characters no font inside typst has: CJK, Hangul, emoji and pictographs, private use.
# Unless a fallback font covers them (edition.render.fonts), they are printed as their code
# point, {U+5B57}, so that the PDF is made and says what is missing (braces: plain text in
# Typst markup and strings alike, never a trailing argument as [ or ( is).
_NO_GLYPH = re.compile("[\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\ue000-\uf8ff\uf900-\ufaff"
                       "\ufe10-\ufe1f\ufe30-\ufe4f\uff00-\uffef\U0001f000-\U0001faff\U00020000-\U0010ffff]")
# joiners and selectors that only make sense beside such characters
_INVISIBLE = re.compile("[\u200d\ufe0e\ufe0f]")
# typst's PDF/A refusal: the text `"字"` could not be displayed with font ...
_MISSING = re.compile(r'the text `"(.+?)"` could not be displayed')
_MAX_GLYPH_RETRIES = 8


def _placeholder(char: str) -> str:
    return f"{{U+{ord(char):04X}}}"


def unshowable(source: str, fonts: Fallback | None = None) -> set[str]:
    """The characters of `source` known without a probe to be beyond typst's fonts and `fonts`."""
    return {c for c in set(source) if _NO_GLYPH.match(c) and not (fonts and fonts.covers(c))}


def without_missing_glyphs(source: str, extra: str = "", fonts: Fallback | None = None) -> str:
    """`source` with the characters typst's fonts (and the fallback `fonts`) cannot show
    replaced by their code point."""
    source = _INVISIBLE.sub("", source)
    source = _NO_GLYPH.sub(lambda m: m.group() if fonts and fonts.covers(m.group()) else _placeholder(m.group()),
                           source)
    for char in set(extra):
        if not char.isspace() and char not in "{}U+0123456789ABCDEF":
            source = source.replace(char, _placeholder(char))
    return source


def _typst_error(report: dict, typ_file: Path) -> RenderError:
    message = (str(report.get("message") or "typst failed").strip().splitlines() or ["typst failed"])[0]
    # the diagnostic names the first place in the source: "┌─ file.typ:36:71"
    where = re.search(r"┌─ .*?:(\d+):(\d+)", report.get("diagnostic") or "")
    line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
    hints = "; ".join(report.get("hints") or [])
    return RenderError(f"typst could not set the edition: {message}", typ_file, line, column,
                       hint=hints or "the generated Typst source is kept for inspection")


def _options(typ_file: Path, timestamp: int, fmt: str, ppi: float | None,
             font_paths: list[str] | None = None) -> dict:
    """typst's options: the fonts inside typst, and those in `font_paths` (directories)."""
    options: dict = dict(root=str(typ_file.parent), font_paths=font_paths or [], ignore_system_fonts=True,
                         timestamp=timestamp, format=fmt)
    if fmt == "pdf":
        options["pdf_standards"] = PDF_STANDARDS
    if ppi is not None:
        options["ppi"] = ppi
    return options


def compile_typst(typ_file: Path, timestamp: int, fmt: str = "pdf", output: str | None = None,
                  ppi: float | None = None, fonts: Fallback | None = None) -> bytes | list[bytes] | None:
    """Compile Typst source with the fonts inside typst and the fallback fonts of its scripts
    only; TypstError becomes RenderError.

    A PDF is compiled in a child process under memory and time limits (edition.render.limits).
    The fallback fonts are `fonts`, else those of the source's characters."""
    if fonts is None:
        fonts = fallback_fonts(set(typ_file.read_text(encoding="utf-8")))
    with tempfile.TemporaryDirectory(prefix="edition-typst-") as work:
        options = _options(typ_file, timestamp, fmt, ppi, fonts.font_paths(Path(work)))
        return _compile(typ_file, fmt, output, options, Path(work))


def compile_pdf(typ_file: Path, target: Path, options: dict, query: str | None = None) -> Any:
    """typst's PDF of `typ_file` as `target`, compiled in a child process under the build's
    limits; with `query`, the value of the element it selects. Errors become RenderError."""
    try:
        return compile_in_child(str(typ_file), str(target), options, query=query)
    except ChildFailed as exc:
        raise _typst_error(exc.report, typ_file) from None
    except LimitExceeded as exc:
        limit = (f"{exc.limits.memory_mb} MB of memory" if exc.what == "memory"
                 else f"{exc.limits.time_s} seconds")
        variable = "EDITION_MEMORY_LIMIT_MB" if exc.what == "memory" else "EDITION_TIME_LIMIT_S"
        raise RenderError(f"typst needed more than {limit} to set the edition and was stopped",
                          typ_file, hint=f"split the edition, or raise the limit with {variable}") from None
    except OSError as exc:
        raise RenderError(f"cannot run typst: {exc.strerror}", typ_file) from None


def _compile(typ_file: Path, fmt: str, output: str | None, options: dict, work: Path) -> bytes | list[bytes] | None:
    if fmt == "pdf":
        target = Path(output) if output is not None else work / "out.pdf"
        compile_pdf(typ_file, target, options)
        return None if output is not None else target.read_bytes()
    import typst
    try:
        return typst.compile(str(typ_file), output=output, **options)
    except typst.TypstError as exc:
        raise _typst_error({"message": str(getattr(exc, "message", exc)),
                            "diagnostic": getattr(exc, "diagnostic", "") or "",
                            "hints": list(getattr(exc, "hints", None) or [])}, typ_file) from None


def set_book(typ_file: Path, source: str, timestamp: int, output: Path, fonts: Fallback) -> None:
    """The PDF of the book whose Typst source is `source` (kept as `typ_file`): compiled whole,
    or, when its text is longer than one and a half parts, part by part (edition.render.pdf_parts)."""
    split = split_source(source, part_size())
    if split is None:
        compile_typst(typ_file, timestamp, output=str(output), fonts=fonts)
        return
    with tempfile.TemporaryDirectory(prefix="edition-typst-") as work:
        options = _options(typ_file, timestamp, "pdf", None, fonts.font_paths(Path(work)))
        options["pdf_tags"] = False  # the tags of separate compiles cannot be joined

        def compile_part(source_file: Path, pdf: Path, inputs: dict[str, str]) -> dict:
            return compile_pdf(source_file, pdf, dict(options, sys_inputs=inputs), query="<ed-report>")

        try:
            set_in_parts(split, typ_file, output, compile_part)
        except PartsDisagree:
            compile_typst(typ_file, timestamp, output=str(output), fonts=fonts)


def _copy_images(tei: SafeXML, tei_file: Path, typ_file: Path) -> str:
    """Copy the local images the TEI shows beside the Typst source; their list as JSON."""
    listed = []
    for image in local_images(tei.tree, tei_file):
        relative = f"media/{typ_file.stem}/{image.name}"
        write_atomic(typ_file.parent / relative, image.path.read_bytes())
        listed.append({"url": image.url, "href": relative})
    return json.dumps(listed, sort_keys=True)


def build_pdf(tei_file: Path, out_pdf: Path) -> None:
    """Build the print edition of `tei_file` as `out_pdf` (PDF/A-2b), keeping its Typst source."""
    tei_file, out_pdf = Path(tei_file), Path(out_pdf)
    tei = prepared(tei_file)  # xi:includes resolved, a teiCorpus as one document
    tree = tei.tree
    if tree.getroot().tag != f"{T}TEI":
        raise RenderError("not a TEI file: the root element must be TEI in the TEI namespace", tei_file, 1)
    report_unknown(tree, tei_file)
    timestamp = edition_timestamp(tree, tei_file)
    typ_file = typst_source_path(out_pdf)
    langs = languages(tree)
    source = tei_to_typst(tei, {"images": _copy_images(tei, tei_file, typ_file),
                                "fallback-fonts": json.dumps(list(families(langs)))})
    # the font files are those of the characters printed (a header's library stamp is not)
    fonts = fallback_fonts(set(source), langs)
    lost = unshowable(source, fonts)
    source = without_missing_glyphs(source, fonts=fonts)
    # every other character the fonts lack, found at once rather than one compile at a time
    missing = missing_glyphs(source, fonts)
    lost.update(missing)
    source = without_missing_glyphs(source, missing, fonts)
    write_atomic(typ_file, source.encode("utf-8"))
    with atomic_path(out_pdf, suffix=".pdf") as tmp:
        for _attempt in range(_MAX_GLYPH_RETRIES):
            try:
                set_book(typ_file, source, timestamp, Path(tmp), fonts)
                break
            except RenderError as exc:
                found = _MISSING.search(exc.message)
                if not found:
                    raise in_tei(exc, typ_file, tei_file, tree) from None
                lost.update(found.group(1))
                source = without_missing_glyphs(source, found.group(1), fonts)
                write_atomic(typ_file, source.encode("utf-8"))
        else:
            raise RenderError("typst's fonts cannot show some characters of the edition", typ_file,
                              hint="the generated Typst source is kept for inspection")
        _warn_lost(lost, tei_file)
        rights, url = edition_rights(tree)
        if rights:
            Path(tmp).write_bytes(with_rights(Path(tmp).read_bytes(), rights, url))


def _warn_lost(lost: set[str], tei_file: Path) -> None:
    """One warning line naming the characters printed as their code points."""
    lost = {c for c in lost if not c.isspace()}
    if not lost:
        return
    shown = ", ".join(f"U+{ord(c):04X}" for c in sorted(lost)[:8]) + (", …" if len(lost) > 8 else "")
    line = (f"{tei_file}: warning: the print edition's fonts cannot show {len(lost)} "
            f"character{'s' if len(lost) > 1 else ''} of the text ({shown}); printed as {{U+…}}")
    scripts = unprovided(lost)
    if scripts:
        line += (f"; no font for {', '.join(scripts)} is installed "
                 "(Debian's fonts-noto-core, fonts-noto-cjk and fonts-junicode have them)")
    warn(line)


def render_page_images(typ_file: Path, out_dir: Path, timestamp: int, ppi: float = 80) -> list[Path]:
    """Render every page of a Typst source as PNG (page-001.png ...), to look at the layout."""
    images = compile_typst(typ_file, timestamp, fmt="png", ppi=ppi)
    if isinstance(images, bytes):
        images = [images]
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, image in enumerate(images or [], start=1):
        path = out_dir / f"page-{number:03d}.png"
        write_atomic(path, image)
        paths.append(path)
    return paths

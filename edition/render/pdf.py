# SPDX-License-Identifier: MIT
"""TEI edition to print PDF: XSLT (xslt/typst/book.xsl) to Typst source, typst to PDF/A-2b."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timezone
from pathlib import Path

from edition.errors import RenderError
from edition.fileio import atomic_path, write_atomic
from edition.header_facts import FALLBACK_DATE, edition_date
from edition.render.saxon import XSLT_DIR, transform
from edition.tei.serialize import T
from edition.xmlsafe import parse_xml

STYLESHEET = XSLT_DIR / "typst" / "book.xsl"
PDF_STANDARDS = ["a-2b"]


def typst_source_path(out_pdf: Path) -> Path:
    """Where the generated Typst source of a PDF is kept for inspection."""
    return out_pdf.parent / "typst" / f"{out_pdf.stem}.typ"


def edition_timestamp(tree) -> int:
    """The PDF's creation date: the edition's own date, as the deposit and the EPUB state it
    (header_facts.edition_date). Never the clock; a date before 1970 falls back to the fixed one."""
    header = tree.getroot().find(f"{T}teiHeader")
    day = edition_date(header)[0] if header is not None else FALLBACK_DATE
    if day < "1970":
        day = FALLBACK_DATE
    return int(datetime.combine(date.fromisoformat(day), time(), timezone.utc).timestamp())


def tei_to_typst(tei_file: Path, params: dict[str, object] | None = None) -> str:
    """The Typst source of the print edition of one TEI file."""
    source = transform(STYLESHEET, tei_file, params=params)
    if source is None:
        raise RenderError("the XSLT to Typst produced no output", tei_file)
    return source


def compile_typst(typ_file: Path, timestamp: int, fmt: str = "pdf", output: str | None = None,
                  ppi: float | None = None) -> bytes | list[bytes] | None:
    """Compile Typst source with the fonts inside typst only; TypstError becomes RenderError."""
    import typst
    options = dict(root=str(typ_file.parent), font_paths=[], ignore_system_fonts=True,
                   timestamp=timestamp, format=fmt)
    if fmt == "pdf":
        options["pdf_standards"] = PDF_STANDARDS
    if ppi is not None:
        options["ppi"] = ppi
    try:
        return typst.compile(str(typ_file), output=output, **options)
    except typst.TypstError as exc:
        message = str(getattr(exc, "message", exc)).strip().splitlines()[0]
        # the diagnostic names the first place in the source: "┌─ file.typ:36:71"
        where = re.search(r"┌─ .*?:(\d+):(\d+)", getattr(exc, "diagnostic", "") or "")
        line, column = (int(where.group(1)), int(where.group(2))) if where else (None, None)
        hints = "; ".join(getattr(exc, "hints", None) or [])
        raise RenderError(f"typst could not set the edition: {message}", typ_file, line, column,
                          hint=hints or "the generated Typst source is kept for inspection") from None


def build_pdf(tei_file: Path, out_pdf: Path) -> None:
    """Build the print edition of `tei_file` as `out_pdf` (PDF/A-2b), keeping its Typst source."""
    tei_file, out_pdf = Path(tei_file), Path(out_pdf)
    tree = parse_xml(tei_file)
    if tree.getroot().tag != f"{T}TEI":
        raise RenderError("not a TEI file: the root element must be TEI in the TEI namespace", tei_file, 1)
    typ_file = typst_source_path(out_pdf)
    write_atomic(typ_file, tei_to_typst(tei_file).encode("utf-8"))
    pdf = compile_typst(typ_file, edition_timestamp(tree))
    with atomic_path(out_pdf, suffix=".pdf") as tmp:
        tmp.write_bytes(pdf)


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

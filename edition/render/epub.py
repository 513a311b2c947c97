# SPDX-License-Identifier: MIT
"""TEI edition to an EPUB 3 file: XSLT writes the documents, a fixed-order zip packs them."""
from __future__ import annotations

import json
import tempfile
from pathlib import Path

from edition.header_facts import header_facts
from edition.zipfiles import ZipEntry, zip_bytes, zip_timestamp
from edition.errors import RenderError
from edition.fileio import write_atomic
from edition.render.saxon import XSLT_DIR, transform
from edition.render.vocabulary import report_unknown
from edition.render.documents import prepared
from edition.render.media import local_images

EPUB_DIR = XSLT_DIR / "epub"
STYLESHEET = EPUB_DIR / "epub.xsl"
CSS = EPUB_DIR / "edition.css"
CONTENT_DIR = "EPUB"  # as in xslt/epub/params.xsl
MIMETYPE = b"application/epub+zip"


def _entries(root: Path) -> list[ZipEntry]:
    """The OCF order: mimetype first and uncompressed, then the container, then the rest sorted."""
    files = sorted((p for p in root.rglob("*") if p.is_file()), key=lambda p: p.relative_to(root).as_posix())
    container = [p for p in files if p.relative_to(root).as_posix() == "META-INF/container.xml"]
    if not container:
        raise RenderError("the EPUB stylesheet wrote no META-INF/container.xml", STYLESHEET)
    rest = [p for p in files if p not in container]
    return ([ZipEntry("mimetype", MIMETYPE, stored=True)]
            + [ZipEntry(p.relative_to(root).as_posix(), p.read_bytes()) for p in container + rest])


def build_epub(tei_file: Path, out_epub: Path) -> None:
    """Write `out_epub` whole, or leave what was there untouched if anything fails."""
    tei_file, out_epub = Path(tei_file), Path(out_epub)
    tei = prepared(tei_file)
    facts = header_facts(tei.tree, tei_file)
    report_unknown(tei.tree, tei_file)
    with tempfile.TemporaryDirectory(prefix="edition-epub-") as tmp:
        root = Path(tmp)
        images = local_images(tei.tree, tei_file)
        for image in images:
            target = root / CONTENT_DIR / "media" / image.name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(image.path.read_bytes())
        listed = [{"url": i.url, "href": f"media/{i.name}", "type": i.media_type} for i in images]
        transform(STYLESHEET, tei, params={"modified": f"{facts.date}T00:00:00Z",
                                           "identifier": facts.persistent_id, "date": facts.published,
                                           "description": facts.description,
                                           "images": json.dumps(listed, sort_keys=True)}, base_output_dir=root)
        (root / CONTENT_DIR).mkdir(exist_ok=True)
        (root / CONTENT_DIR / CSS.name).write_bytes(CSS.read_bytes())
        archive = zip_bytes(_entries(root), zip_timestamp(facts.date))
    write_atomic(out_epub, archive)

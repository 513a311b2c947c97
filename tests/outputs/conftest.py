# SPDX-License-Identifier: MIT
"""Helpers of the outputs' tests: small TEI documents written for a test."""
from __future__ import annotations

from pathlib import Path

TEI_NS = "http://www.tei-c.org/ns/1.0"
HEADER = """<teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt><publicationStmt><p>x</p>
</publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>"""


def write_tei(folder: Path, name: str, body: str) -> Path:
    """FOLDER/NAME.xml: a TEI document whose body is BODY."""
    tei = folder / f"{name}.xml"
    tei.write_text(f'<TEI xmlns="{TEI_NS}">{HEADER.format(title=name)}<text><body>{body}</body></text></TEI>',
                   encoding="utf-8")
    return tei


def epub_texts(epub: Path) -> str:
    """The XHTML documents of an EPUB, one after the other."""
    import zipfile
    with zipfile.ZipFile(epub) as archive:
        return "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xhtml"))

# SPDX-License-Identifier: MIT
"""Print editions built once per test session, with page images kept under build/pdf-pages/."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.render.pdf import build_pdf, edition_timestamp, render_page_images, typst_source_path
from edition.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PAGES_DIR = ROOT / "build" / "pdf-pages"
TEI = "{http://www.tei-c.org/ns/1.0}"

EDITIONS = [ROOT / "tests" / "fixtures" / "sample.xml", HERE / "fixtures" / "typst-specials.xml",
            *sorted((ROOT / "tei").glob("*.xml"))]


class Built:
    def __init__(self, tei: Path, pdf: Path):
        self.tei, self.pdf = tei, pdf
        self.tree = parse_xml(tei)

    def findall(self, path: str) -> list[etree._Element]:
        return self.tree.getroot().findall(path.replace("tei:", TEI))


@pytest.fixture(scope="session")
def pdf_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pdf")


@pytest.fixture(scope="session", params=EDITIONS, ids=lambda p: p.stem)
def built(request, pdf_dir) -> Built:
    tei = request.param
    pdf = pdf_dir / f"{tei.stem}.pdf"
    if not pdf.exists():
        build_pdf(tei, pdf)
        # page images to look at: a reader's view of the layout, kept as build artifacts
        render_page_images(typst_source_path(pdf), PAGES_DIR / tei.stem, edition_timestamp(parse_xml(tei)), ppi=60)
    return Built(tei, pdf)


@pytest.fixture(scope="session")
def sample(pdf_dir) -> Built:
    tei = EDITIONS[0]
    pdf = pdf_dir / f"{tei.stem}.pdf"
    if not pdf.exists():
        build_pdf(tei, pdf)
    return Built(tei, pdf)

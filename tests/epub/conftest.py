# SPDX-License-Identifier: MIT
"""Fixtures for the EPUB tests: built books opened as parsed documents, and EPUBCheck if installed."""
from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from lxml import etree

from edition.render.epub import build_epub

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "sample.xml"
EDITIONS = sorted((ROOT / "tei").glob("*.xml"))
XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"
NS = {"h": XHTML, "epub": OPS, "tei": "http://www.tei-c.org/ns/1.0",
      "opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/"}
EPUBCHECK_INSTALL = "apt-get install -y --no-install-recommends epubcheck default-jre-headless"


@dataclass
class Book:
    path: Path
    documents: dict[str, etree._Element]  # XHTML content documents by name inside EPUB/
    package: etree._Element


def open_book(path: Path) -> Book:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    documents = {}
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".xhtml"):
                documents[name.removeprefix("EPUB/")] = etree.fromstring(archive.read(name), parser)
        package = etree.fromstring(archive.read("EPUB/content.opf"), parser)
    return Book(path, documents, package)


@pytest.fixture(scope="session")
def sample_book(tmp_path_factory) -> Book:
    target = tmp_path_factory.mktemp("epub") / "sample.epub"
    build_epub(SAMPLE, target)
    return open_book(target)


def epubcheck_command() -> list[str] | None:
    """EPUBCheck as installed by Debian: a jar run with java (the jar is not always executable)."""
    found = shutil.which("epubcheck")
    if not found:
        return None
    real = os.path.realpath(found)
    if real.endswith(".jar"):
        java = shutil.which("java")
        return [java, "-jar", real] if java else None
    return [found]


@pytest.fixture(scope="session")
def epubcheck():
    command = epubcheck_command()
    if command is None:
        pytest.skip(f"EPUBCheck is not installed; install it with: {EPUBCHECK_INSTALL}")

    def run(epub: Path) -> subprocess.CompletedProcess:
        return subprocess.run([*command, str(epub)], capture_output=True, text=True, timeout=300)
    return run

# SPDX-License-Identifier: MIT
"""The TEI elements the outputs give a rendering of their own, read from the processing model.

An element named in no template of the model is rendered by its content (never dropped);
`report_unknown` says so once per element name, with the first place it occurs and how
often, as pandoc does for what its writers do not know.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator

import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

from lxml import etree

from edition.render.saxon import XSLT_DIR

TEI_NS = "http://www.tei-c.org/ns/1.0"
XSL_NS = "http://www.w3.org/1999/XSL/Transform"
MODEL_FILES = ("common/behaviours.xsl", "html/behaviours.xsl", "typst/render.xsl", "typst/book.xsl",
               "html/reading.xsl", "epub/behaviours.xsl")
# the document's frame, which the page templates handle themselves
FRAME = {"TEI", "teiCorpus", "text", "front", "body", "back", "teiHeader", "standOff"}
_NAME = re.compile(r"\btei:([A-Za-z][A-Za-z0-9]*)")


@lru_cache(maxsize=1)
def known_elements() -> frozenset[str]:
    """Every TEI element a template of the processing model matches, in any output."""
    names = set(FRAME)
    for relative in MODEL_FILES:
        path = XSLT_DIR / relative
        if not path.is_file():
            continue
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True))
        for template in tree.iter(f"{{{XSL_NS}}}template"):
            names.update(_NAME.findall(template.get("match") or ""))
    return frozenset(names)


def unknown_elements(tree: etree._ElementTree) -> dict[str, tuple[int, int | None]]:
    """TEI elements of the text that no template names: name -> (count, first line)."""
    known = known_elements()
    counts: Counter[str] = Counter()
    first: dict[str, int | None] = {}
    for text in tree.getroot().iter(f"{{{TEI_NS}}}text"):
        if text.getparent() is not None and text.getparent().tag != f"{{{TEI_NS}}}TEI":
            continue  # an embedded text is visited through its outer one
        for el in text.iter():
            if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{TEI_NS}}}"):
                continue
            name = el.tag.split("}", 1)[1]
            if name not in known:
                counts[name] += 1
                first.setdefault(name, el.sourceline)
    return {name: (counts[name], first[name]) for name in sorted(counts)}


# --quiet: the command line asks for errors only
_quiet = False


def set_quiet(quiet: bool) -> None:
    global _quiet
    _quiet = quiet


@contextlib.contextmanager
def quiet_if(quiet: bool) -> Iterator[None]:
    """--quiet for one command: the setting is restored after it (a caller that runs several
    commands in one process, as the tests do, keeps its own)."""
    before = _quiet
    set_quiet(quiet)
    try:
        yield
    finally:
        set_quiet(before)


def warn(line: str, stream=None) -> None:
    """One warning line on standard error (unless --quiet)."""
    if not _quiet or stream is not None:
        print(line, file=stream or sys.stderr)


# what a TEI document holds beside its text that the outputs read or rightly leave out
_BESIDE_TEXT = {"teiHeader", "text", "facsimile", "sourceDoc", "standOff", "fsdDecl"}


def outside_text(tree: etree._ElementTree) -> dict[str, tuple[int, int | None]]:
    """Elements a TEI document holds where its text would be, that no output shows: the
    element names of a translated schema (<Text>, <TeiKopf>), a project's own wrapper."""
    counts: Counter[str] = Counter()
    first: dict[str, int | None] = {}
    root = tree.getroot()
    documents = [root] if root.tag == f"{{{TEI_NS}}}TEI" else root.findall(f"{{{TEI_NS}}}TEI")
    for document in documents:
        for el in document:
            if not isinstance(el.tag, str):
                continue
            name = etree.QName(el).localname if el.tag.startswith(f"{{{TEI_NS}}}") else el.tag
            if name not in _BESIDE_TEXT:
                counts[name] += 1
                first.setdefault(name, el.sourceline)
    return {name: (counts[name], first[name]) for name in sorted(counts)}


def report_unknown(tree: etree._ElementTree, tei_file: Path, stream=None) -> list[str]:
    """Warn once per element name the outputs render by its content only, and once per element
    name that stands outside the text where no output shows it; return the lines."""
    lines = [f"{tei_file}:{line or 1}: warning: <{name}> has no rendering of its own; its content is shown "
             f"as text ({count} element{'s' if count != 1 else ''})"
             for name, (count, line) in unknown_elements(tree).items()]
    lines += [f"{tei_file}:{line or 1}: warning: <{name}> stands in the TEI document outside its <text>, "
              f"where no output shows it ({count} element{'s' if count != 1 else ''}); an edition's text "
              f"is read from <text>"
              for name, (count, line) in outside_text(tree).items()]
    if not _quiet or stream is not None:
        for line in lines:
            print(line, file=stream or sys.stderr)
    return lines

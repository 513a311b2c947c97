# SPDX-License-Identifier: MIT
"""The TEI document an output renders from a file: read safely, its xi:includes resolved,
and a teiCorpus made one document whose texts form a group, so that a corpus gives one
print edition and one e-book (the web edition shows each TEI of a corpus as an edition)."""
from __future__ import annotations

import copy
from pathlib import Path

from lxml import etree

from edition.errors import XMLInputError
from edition.render.formulae import with_mathml
from edition.render.xinclude import resolve_includes
from edition.xmlsafe import SafeXML, read_xml

TEI_NS = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI_NS}}}"


def _title_of(member: etree._Element) -> str:
    titles = member.findall(f"{T}teiHeader/{T}fileDesc/{T}titleStmt/{T}title")
    main = [t for t in titles if t.get("type") == "main"] or titles
    return " ".join("".join(main[0].itertext()).split()) if main else ""


def corpus_as_group(corpus: etree._Element, path: Path) -> etree._ElementTree:
    """<teiCorpus> to one <TEI>: the corpus's header, and each member's text in a <group>,
    opened by the member's title where the text has no title page of its own."""
    members = corpus.findall(f"{T}TEI")
    if not members:
        raise XMLInputError("the teiCorpus holds no TEI document", path, corpus.sourceline)
    tei = etree.Element(f"{T}TEI", nsmap={None: TEI_NS})
    for name, value in corpus.attrib.items():
        tei.set(name, value)
    header = corpus.find(f"{T}teiHeader")
    if header is not None:
        tei.append(copy.deepcopy(header))
    group = etree.SubElement(etree.SubElement(tei, f"{T}text"), f"{T}group")
    for member in members:
        text = member.find(f"{T}text")
        if text is None:
            continue
        text = copy.deepcopy(text)
        text.tail = None
        if member.get("{http://www.w3.org/XML/1998/namespace}lang") and text.get("{http://www.w3.org/XML/1998/namespace}lang") is None:
            text.set("{http://www.w3.org/XML/1998/namespace}lang", member.get("{http://www.w3.org/XML/1998/namespace}lang"))
        title = _title_of(member)
        if title and text.find(f"{T}front/{T}titlePage") is None:
            front = text.find(f"{T}front")
            if front is None:
                front = etree.Element(f"{T}front")
                text.insert(0, front)
            page = etree.Element(f"{T}titlePage")
            part = etree.SubElement(etree.SubElement(page, f"{T}docTitle"), f"{T}titlePart")
            part.text = title
            front.insert(0, page)
        group.append(text)
    return etree.ElementTree(tei)


def prepared(tei_file: str | Path) -> SafeXML:
    """The document the print edition and the e-book render for `tei_file`."""
    path = Path(tei_file)
    safe = with_formulae(resolve_includes(read_xml(path)))
    root = safe.tree.getroot()
    if root.tag != f"{T}teiCorpus":
        return safe
    tree = corpus_as_group(root, path)
    return SafeXML(path, etree.tostring(tree, encoding="unicode"), tree)


def with_formulae(safe: SafeXML) -> SafeXML:
    """The document with the MathML of its TeX formulae (edition.render.formulae)."""
    tree = with_mathml(safe.tree)
    if tree is safe.tree:
        return safe
    return SafeXML(safe.path, etree.tostring(tree, encoding="unicode"), tree)

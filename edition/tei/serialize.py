# SPDX-License-Identifier: MIT
"""TEI tree to bytes: pretty-printed UTF-8 that never alters mixed content."""
from __future__ import annotations

from lxml import etree

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
T = "{%s}" % TEI_NS

# Elements whose content model is element-only: only these get indentation, so
# whitespace is never added inside a paragraph, heading, note or any other mixed content.
ELEMENT_ONLY = frozenset({
    "TEI", "teiHeader", "fileDesc", "titleStmt", "editionStmt", "publicationStmt", "availability",
    "notesStmt", "sourceDesc", "biblStruct", "monogr", "imprint", "series", "msDesc",
    "msIdentifier", "altIdentifier", "physDesc", "history",
    "encodingDesc", "projectDesc", "editorialDecl", "correction", "normalization", "hyphenation",
    "interpretation", "segmentation", "quotation", "tagsDecl", "classDecl", "taxonomy",
    "profileDesc", "langUsage", "revisionDesc", "listChange", "respStmt", "text", "front", "body",
    "back", "div", "list", "titlePage", "docTitle", "standOff",
    "listPerson", "listPlace", "listOrg", "listEvent", "person", "place", "org", "event",
    "listBibl", "listRelation", "choice", "msContents", "objectDesc",
    "textClass",
})


def _indent(elem: etree._Element, level: int = 0) -> None:
    name = etree.QName(elem).localname
    children = list(elem)
    if not children or name not in ELEMENT_ONLY:
        return
    if (elem.text and elem.text.strip()) or any(c.tail and c.tail.strip() for c in children):
        return  # mixed after all: leave untouched
    pad = "\n" + "  " * (level + 1)
    elem.text = pad
    for child in children:
        child.tail = pad
        _indent(child, level + 1)
    children[-1].tail = "\n" + "  " * level


def to_bytes(root: etree._Element) -> bytes:
    """Serialize a TEI tree deterministically: fixed declaration, indentation, final newline."""
    for elem in root.iter():
        name = etree.QName(elem).localname if isinstance(elem.tag, str) else None
        if name in ELEMENT_ONLY:
            elem.text = None if not (elem.text and elem.text.strip()) else elem.text
            for child in elem:
                if not (child.tail and child.tail.strip()):
                    child.tail = None
    _indent(root)
    body = etree.tostring(root, encoding="UTF-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + body + b"\n"

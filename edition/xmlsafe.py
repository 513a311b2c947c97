# SPDX-License-Identifier: MIT
"""TEI file to lxml tree, parsed safely: no DTD, no entities, no network."""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from edition.errors import XMLInputError


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def parse_xml(path: str | Path) -> etree._ElementTree:
    """Parse an XML file an editor may have changed by hand; refuse DOCTYPEs and entities.

    A billion-laughs or external-entity file is refused before any expansion; a malformed
    file raises XMLInputError with file:line:col.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise XMLInputError("file not found", path) from None
    except OSError as exc:
        raise XMLInputError(f"cannot read: {exc.strerror}", path) from None
    head = data[:4096]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data:
        first = min(pos for pos in (data.find(b"<!DOCTYPE"), data.find(b"<!ENTITY")) if pos >= 0)
        line = data[:first].count(b"\n") + 1
        raise XMLInputError("DOCTYPE and entity declarations are not allowed in edition files",
                            path, line, hint="remove the DOCTYPE; TEI files need none")
    try:
        return etree.ElementTree(etree.fromstring(data, _parser(), base_url=str(path)))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (exc.lineno, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "not well-formed XML"
        raise XMLInputError(f"not well-formed XML: {message}", path, line, col) from None

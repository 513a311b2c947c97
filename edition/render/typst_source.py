# SPDX-License-Identifier: MIT
"""From a place in the generated Typst source back to the TEI element it was made from.

The XSLT to Typst (xslt/typst/render.xsl) writes a comment before each block it sets,
`// tei: /*[1]/*[2]/*[1]`, the element's position in the TEI document. A typst error names a
line of the generated source; the nearest comment above it names the element, and so the
TEI file's line that an editor can correct.
"""
from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from edition.errors import RenderError

MARK = re.compile(r"// tei: (/\*\[\d+\](?:/\*\[\d+\])*)\s*$")


def tei_element(typ_file: Path, line: int, tree: etree._ElementTree) -> etree._Element | None:
    """The TEI element whose rendering holds `line` of the generated source, if marked."""
    try:
        lines = typ_file.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for number in range(min(line, len(lines)) - 1, -1, -1):
        match = MARK.search(lines[number])
        if match:
            found = tree.xpath(match.group(1))
            return found[0] if found and isinstance(found[0], etree._Element) else None
    return None


def in_tei(error: RenderError, typ_file: Path, tei_file: Path, tree: etree._ElementTree) -> RenderError:
    """`error` of typst, at a line of the generated source, as an error at the TEI element."""
    element = tei_element(typ_file, error.line, tree) if error.line else None
    if element is None:
        return error
    name = etree.QName(element).localname
    where = f"{typ_file}:{error.line}" + (f":{error.column}" if error.column else "")
    hint = f"in <{name}>; the generated Typst source is {where}"
    if error.hint and "generated Typst source is kept" not in error.hint:
        hint = f"{error.hint}; {hint}"
    return RenderError(error.message, tei_file, element.sourceline, hint=hint)

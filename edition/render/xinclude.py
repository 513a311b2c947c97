# SPDX-License-Identifier: MIT
"""XInclude for the outputs: parts of a TEI document kept in files beside it.

An `xi:include` whose `href` names a file in the document's folder (or below it) is replaced
by that file's root element, or by the element its `xpointer` names by id, or by its text
with `parse="text"`. Each included file is read as safely as the document itself
(edition.xmlsafe: no DOCTYPE, no entities, no network). An include that points elsewhere
(another folder, a URL) is refused with a message naming the document and line, unless the
include has an `xi:fallback`, whose content is used instead. An include of a file beside the
document that is not there (a part the project kept elsewhere) uses its fallback too, or, with
none, is left out with a warning: the rest of the document is still rendered.
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

from lxml import etree

from edition.errors import XMLInputError
from edition.render.vocabulary import warn
from edition.xmlsafe import SafeXML, decode_xml, read_xml

XI_NS = "http://www.w3.org/2001/XInclude"
INCLUDE = f"{{{XI_NS}}}include"
FALLBACK = f"{{{XI_NS}}}fallback"
MAX_DEPTH = 8
_SHORTHAND = re.compile(r"^(?:xpointer\(id\(['\"](?P<a>[^'\"]+)['\"]\)\)|element\((?P<b>[A-Za-z_][\w.-]*)\)|(?P<c>[A-Za-z_][\w.-]*))$")


class MissingInclude(XMLInputError):
    """An include of a file beside the document that is not there."""


def has_includes(tree: etree._ElementTree) -> bool:
    return next(tree.getroot().iter(INCLUDE), None) is not None


def _target(include: etree._Element, document: Path, folder: Path) -> Path:
    href = (include.get("href") or "").strip()
    line = include.sourceline
    if not href:
        raise XMLInputError("xi:include without href is not supported", document, line,
                            hint="name the file to include in @href")
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", href) or href.startswith(("/", "\\")):
        raise XMLInputError(f"xi:include of {href!r}: only files beside the document are included", document,
                            line, hint="copy the file into the document's folder and name it by a relative path")
    target = (document.resolve().parent / href).resolve()
    if folder not in target.parents:
        raise XMLInputError(f"xi:include of {href!r} points outside the document's folder", document, line,
                            hint="keep included files in the document's folder or below it")
    if not target.is_file():
        raise MissingInclude(f"xi:include of {href!r}: no such file", document, line,
                            hint=f"expected it at {target.name} beside the document")
    return target


def _pointed(tree: etree._ElementTree, include: etree._Element, document: Path) -> etree._Element:
    pointer = (include.get("xpointer") or "").strip()
    if not pointer:
        return tree.getroot()
    match = _SHORTHAND.match(pointer)
    if not match:
        raise XMLInputError(f"xi:include xpointer {pointer!r} is not supported", document, include.sourceline,
                            hint="point to an element by its xml:id (xpointer=\"ID\")")
    wanted = match.group("a") or match.group("b") or match.group("c")
    found = tree.xpath("//*[@xml:id = $id]", id=wanted)
    if not found:
        raise XMLInputError(f"xi:include xpointer {pointer!r}: no element with that xml:id", document,
                            include.sourceline)
    return found[0]


def _expand(tree: etree._ElementTree, document: Path, folder: Path, depth: int) -> None:
    """Resolve the includes of `tree` (read from `document`); files must lie in `folder`."""
    for include in list(tree.getroot().iter(INCLUDE)):
        parent = include.getparent()
        if parent is None:
            raise XMLInputError("the whole document is an xi:include", document, include.sourceline)
        try:
            if depth >= MAX_DEPTH:
                raise XMLInputError(f"xi:include nested more than {MAX_DEPTH} deep", document, include.sourceline,
                                    hint="an included file may include itself")
            target = _target(include, document, folder)
            if include.get("parse") == "text":
                replacement: list = [decode_xml(target.read_bytes(), target)]
            else:
                included = read_xml(target).tree
                _expand(included, target, folder, depth + 1)
                replacement = [_copy(_pointed(included, include, document))]
        except XMLInputError as exc:
            fallback = include.find(FALLBACK)
            if fallback is None and isinstance(exc, MissingInclude):
                warn(f"{document}:{include.sourceline or 1}: warning: xi:include of "
                     f"{(include.get('href') or '').strip()!r}: no such file beside the document; left out")
                _replace(include, [])
                continue
            if fallback is None:
                raise
            replacement = ([fallback.text] if fallback.text else []) + [_copy(child) for child in fallback]
        _replace(include, replacement)


def _copy(element: etree._Element) -> etree._Element:
    duplicate = copy.deepcopy(element)
    duplicate.tail = None
    return duplicate


def _replace(include: etree._Element, parts: list) -> None:
    """Put `parts` (strings and elements) where `include` stands, keeping the text around it."""
    parent = include.getparent()
    index = parent.index(include)
    tail = include.tail or ""
    previous = include.getprevious()

    def add_text(text: str) -> None:
        nonlocal previous
        if previous is None:
            parent.text = (parent.text or "") + text
        else:
            previous.tail = (previous.tail or "") + text

    parent.remove(include)
    for part in parts:
        if isinstance(part, str):
            add_text(part)
        else:
            parent.insert(index, part)
            index += 1
            previous = part
    add_text(tail)


def resolve_includes(safe: SafeXML) -> SafeXML:
    """The document with its xi:includes resolved; the same object when it has none."""
    if not has_includes(safe.tree):
        return safe
    tree = copy.deepcopy(safe.tree)
    _expand(tree, safe.path, safe.path.resolve().parent, 0)
    text = etree.tostring(tree, encoding="unicode")
    return SafeXML(safe.path, text, tree)

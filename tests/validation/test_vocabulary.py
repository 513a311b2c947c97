# SPDX-License-Identifier: MIT
"""The project schema (schema/edition.xsd) is the one definition of the TEI the editions use:
its documentation, the outputs' processing model and the TEI writer are held to it."""
from __future__ import annotations

import re
from pathlib import Path

from edition.render.vocabulary import known_elements
from edition.validate import SCHEMA_DIR, _xsd, project_elements

ROOT = Path(__file__).resolve().parents[2]
# a register's entries are shown on the register pages (xslt/html/registers.xsl), not as text
REGISTER_LISTS = {"listPerson", "listPlace", "listOrg"}


def _documented() -> set[str]:
    names: set[str] = set()
    for line in (SCHEMA_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            names.update(re.findall(r"`([A-Za-z][A-Za-z0-9]*)`", line.split("|")[1]))
    return names


def _text_elements() -> set[str]:
    """Every element the schema lets stand in an edition's <text>."""
    seen: set[str] = set()
    todo = [_xsd().elements["text"]]
    while todo:
        element = todo.pop()
        if element.local_name in seen or element.local_name in REGISTER_LISTS:
            continue
        seen.add(element.local_name)
        content = getattr(element.type, "content", None)
        if content is not None and hasattr(content, "iter_elements"):
            todo.extend(content.iter_elements())
    return seen


def test_every_element_of_the_schema_is_documented_and_nothing_else():
    declared = set(project_elements())
    documented = _documented()
    assert declared - documented == set(), "declared in edition.xsd, missing from schema/README.md"
    assert documented - declared == set(), "described in schema/README.md, not declared in edition.xsd"


def test_every_element_an_edition_text_may_hold_has_a_rendering():
    missing = _text_elements() - set(known_elements())
    assert missing == set(), "no template of the processing model (xslt/) names these"


def test_the_tei_writer_writes_only_elements_of_the_schema():
    written: set[str] = set()
    for path in sorted((ROOT / "edition" / "tei").glob("*.py")) + sorted((ROOT / "edition" / "enrich").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        written.update(re.findall(r'\b_(?:el|sub)\([^,()]+, "([A-Za-z][A-Za-z0-9]*)"', source))
        written.update(re.findall(r'T \+ "([A-Za-z][A-Za-z0-9]*)"', source))
    assert written, "the writer's element names were not found"
    assert written - set(project_elements()) == set(), "the writer writes elements the schema does not declare"

# SPDX-License-Identifier: MIT
"""Fixtures for the deposit tests: the sample edition, variants of its header, a small register."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "sample.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"tei": "http://www.tei-c.org/ns/1.0"}

REGISTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Persons</title>
</titleStmt><publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc>
</fileDesc></teiHeader><standOff><listPerson><person xml:id="lenin"><persName>Lenin</persName>
</person></listPerson></standOff></TEI>
"""


@pytest.fixture
def registers(tmp_path: Path) -> Path:
    folder = tmp_path / "registers"
    folder.mkdir()
    (folder / "persons.xml").write_text(REGISTER, encoding="utf-8")
    (folder / "places.xml").write_text(REGISTER.replace("Persons", "Places"), encoding="utf-8")
    return folder


@pytest.fixture
def edit_sample(tmp_path: Path):
    """Copy of the sample TEI under a given name, changed by a function of its lxml tree."""
    def make(name: str, change=None) -> Path:
        tree = etree.parse(str(SAMPLE))
        if change is not None:
            change(tree)
        target = tmp_path / "tei" / f"{name}.xml"
        target.parent.mkdir(exist_ok=True)
        tree.write(str(target), encoding="UTF-8", xml_declaration=True)
        return target
    return make

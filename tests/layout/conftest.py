# SPDX-License-Identifier: MIT
"""Helpers for the layout engine tests: convert a hand-written text in a given form."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from edition.convert import convert_seed
from edition.report import Report

REGISTERS = Path(__file__).resolve().parents[2] / "tei" / "registers"
TEI = "{http://www.tei-c.org/ns/1.0}"
NS = {"t": "http://www.tei-c.org/ns/1.0"}

TOML = """\
[edition]
id = "layout-test"
{form}
date_order = "day-first"
title = "Layout test"
language = "{language}"
{encoding}
[source]
status = "unidentified"
description = "A text written for the tests."

[publication]
publisher = "Test"
licence = "CC BY 4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"
"""


@pytest.fixture
def convert(tmp_path):
    """convert(text, form=None, language="en", encoding=None) -> (TEI root, report)."""
    def run(text: str | bytes, form: str | None = None, language: str = "en", encoding: str | None = None):
        seed = tmp_path / "layout-test.txt"
        seed.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
        seed.with_suffix(".toml").write_text(TOML.format(
            form=f'form = "{form}"' if form else "", language=language,
            encoding=f'encoding = "{encoding}"' if encoding else ""), encoding="utf-8")
        report = Report(str(seed))
        root = etree.fromstring(convert_seed(seed, REGISTERS, report))
        return root, report
    return run


def reading(el) -> str:
    """The reading text of an element: notes, fw and page breaks left out, whitespace collapsed."""
    out = []

    skipped = (TEI + "note", TEI + "fw", TEI + "sic")

    def walk(e, top=False):
        if e.tag == TEI + "lb":
            out.append(" ")
        if top or e.tag not in skipped:
            if e.text:
                out.append(e.text)
            for child in e:
                walk(child)
        if not top and e.tail:
            out.append(e.tail)
    walk(el, top=True)
    return " ".join("".join(out).split())


def notes(root) -> list:
    return root.findall(".//t:text//t:note[@place='foot']", NS)


def pbs(root) -> list:
    return root.findall(".//t:text//t:pb", NS)

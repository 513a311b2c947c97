# SPDX-License-Identifier: MIT
"""A division's @n is shown in the contents when it numbers the divisions, not when it only
records their depth (every n equal to the depth, siblings sharing it)."""
from __future__ import annotations

from lxml import html as lxml_html

from edition.render.html import build_site

from .conftest import write_tei


def contents(tmp_path, name: str, body: str) -> list[str]:
    tei = write_tei(tmp_path, name, body)
    build_site([tei], tmp_path / name)
    page = lxml_html.parse(str(tmp_path / name / f"{name}.html")).getroot()
    return [a.text_content() for a in page.xpath("//nav[@class = 'toc']//a")]


def test_depth_numbers_are_not_shown(tmp_path):
    body = """<div n="1" type="chapter"><head>Vorrede</head><p>a</p></div>
<div n="1" type="chapter"><head>Einleitung</head><div n="2"><head>Erster Abschnitt</head><p>b</p></div>
<div n="2"><head>Zweiter Abschnitt</head><p>c</p></div></div>"""
    assert contents(tmp_path, "levels", body) == ["Vorrede", "Einleitung", "Erster Abschnitt", "Zweiter Abschnitt"]


def test_chapter_numbers_are_shown(tmp_path):
    body = """<div n="1" type="chapter"><head>Origins</head><p>a</p></div>
<div n="2" type="chapter"><head>Growth</head><div n="1"><head>Trade</head><p>b</p></div></div>"""
    assert contents(tmp_path, "numbers", body) == ["Chapter 1: Origins", "Chapter 2: Growth", "1: Trade"]

# SPDX-License-Identifier: MIT
"""A site written by several processes is the site one process writes, byte for byte."""
from __future__ import annotations

from pathlib import Path

from edition.render import html
from html_helpers import tei

ROOT = Path(__file__).resolve().parents[2]


def _files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_shared_among_processes_the_site_is_the_same(tmp_path, monkeypatch):
    sources = sorted((ROOT / "tei").glob("*.xml"))
    other = tmp_path / "other.xml"
    other.write_text(tei("<p xml:id='p1'>Another edition.</p>", edition_id="other"), encoding="utf-8")
    sources.append(other)
    html.build_site(sources, tmp_path / "one" / "html")
    monkeypatch.setattr(html, "BYTES_PER_PROCESS", 1)  # share even this small site
    html.build_site(sources, tmp_path / "two" / "html", jobs=2)
    one, two = _files(tmp_path / "one" / "html"), _files(tmp_path / "two" / "html")
    assert len(one) > 10
    assert one.keys() == two.keys()
    assert [name for name in one if one[name] != two[name]] == []


def test_every_page_is_written_by_exactly_one_process(monkeypatch):
    monkeypatch.setattr(html, "BYTES_PER_PROCESS", 1)
    sizes = {"a": 20_000_000, "b": 300_000, "c": 200_000}
    shares = html.page_shares(sizes, 3)
    pages = [page for share in shares for page in share.split()]
    assert len(shares) == 3
    assert sorted(pages) == sorted([f"reading:{e}" for e in sizes] + list(html.SITE_PAGE_COST))
    # the largest edition's reading page has a process to itself
    assert "reading:a" in shares[0].split() and len(shares[0].split()) == 1


def test_a_small_site_is_one_process():
    shares = html.page_shares({"a": 40_000, "b": 90_000}, 8)
    assert len(shares) == 1
    assert sorted(shares[0].split()) == sorted(["reading:a", "reading:b", *html.SITE_PAGE_COST])

# SPDX-License-Identifier: MIT
"""The benchmark's scaled corpus keeps every note, page and heading of the seed it repeats,
also where the note numbers run into four digits."""
from __future__ import annotations

import sys
from pathlib import Path

from lxml import etree

from edition.convert import convert_seed

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402

SEED = ROOT / "seeds" / "building-socialism-1920s.txt"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
FACTOR = 30  # the notes then run past 1000


def _counts(data: bytes) -> tuple[int, int, int, int]:
    tree = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    count = lambda xpath: int(tree.xpath(f"count({xpath})", namespaces=NS))  # noqa: E731
    highest = max(int(n) for n in tree.xpath("//t:text//t:note/@n", namespaces=NS))
    return count("//t:text//t:note"), count("//t:text//t:pb"), count("//t:text//t:head"), highest


def test_scaled_corpus_keeps_every_note_page_and_heading(tmp_path):
    registers = ROOT / "tei" / "registers"
    one = _counts(convert_seed(SEED, registers))
    scaled = make_corpus(SEED, "pdf-copy", FACTOR, tmp_path)
    notes, pages, heads, highest = _counts(convert_seed(scaled, registers))
    assert (notes, pages, heads) == (one[0] * FACTOR, one[1] * FACTOR, one[2] * FACTOR)
    assert highest >= 1000

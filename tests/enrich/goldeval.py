# SPDX-License-Identifier: MIT
"""Hand-annotated gold sample + converted TEI to precision and recall per kind of mention.

Run as a script to see the figures and every miss:  .venv/bin/python tests/enrich/goldeval.py
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent / "gold"
TEI = "{http://www.tei-c.org/ns/1.0}"
BLOCK_TAGS = {TEI + t for t in ("p", "note", "head", "item", "signed", "dateline")}
KIND_OF = {TEI + "persName": "person", TEI + "placeName": "place", TEI + "date": "date"}
DATE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")

Item = tuple[str, str, str]  # kind, surface, value


@dataclass
class GoldBlock:
    anchor: str
    line: int
    items: list[Item] = field(default_factory=list)


def _squash(text: str) -> str:
    return " ".join(text.split())


def _value(text: str) -> str:
    return " ".join(sorted(text.split()))


def read_gold(path: Path) -> list[GoldBlock]:
    blocks: list[GoldBlock] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@ "):
            blocks.append(GoldBlock(_squash(line[2:]), number))
            continue
        kind, surface, value = line.split("\t")
        blocks[-1].items.append((kind, _squash(surface), _value(value)))
    return blocks


def _text(element: etree._Element, skip_notes: bool) -> str:
    parts = []

    def walk(el):
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str) and not (skip_notes and child.tag == TEI + "note") \
                    and child.tag != TEI + "corr":
                walk(child)
            if child.tail:
                parts.append(child.tail)
    walk(element)
    return "".join(parts)


def _owner(element: etree._Element) -> etree._Element | None:
    for ancestor in element.iterancestors():
        if ancestor.tag in BLOCK_TAGS:
            return ancestor
    return None


def predicted(block: etree._Element) -> list[Item]:
    items = []
    for element in block.iter(*KIND_OF):
        if _owner(element) is not block:
            continue
        kind = KIND_OF[element.tag]
        if kind == "date":
            value = " ".join(f"{a}={element.get(a)}" for a in DATE_ATTRS if element.get(a))
        else:
            value = " ".join(r.lstrip("#") for r in (element.get("ref") or "").split())
        items.append((kind, _squash(_text(element, False)), _value(value)))
    return items


@dataclass
class Score:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def precision(self, kind: str) -> float:
        found = self.tp[kind] + self.fp[kind]
        return self.tp[kind] / found if found else 1.0

    def recall(self, kind: str) -> float:
        wanted = self.tp[kind] + self.fn[kind]
        return self.tp[kind] / wanted if wanted else 1.0


def score(tei_root: etree._Element, gold: list[GoldBlock], label: str, result: Score) -> None:
    text = tei_root.find(TEI + "text")
    blocks = [b for b in text.iter(*BLOCK_TAGS)
              if not any(a.tag == TEI + "titlePage" for a in b.iterancestors())]
    texts = [(b, _squash(_text(b, True))) for b in blocks]
    wanted: dict[etree._Element, Counter] = {}
    for gb in gold:
        hits = [b for b, t in texts if gb.anchor in t]
        if len(hits) != 1:
            result.misses.append(f"{label}:{gb.line}: anchor {gb.anchor!r} found in {len(hits)} blocks")
            for kind, *_ in gb.items:
                result.fn[kind] += 1
            continue
        wanted.setdefault(hits[0], Counter()).update(gb.items)
    for block, gold_items in wanted.items():
        got = Counter(predicted(block))
        for item in (gold_items | got):
            common = min(gold_items[item], got[item])
            result.tp[item[0]] += common
            if got[item] > common:
                result.fp[item[0]] += got[item] - common
                result.misses.append(f"{label}: extra {item} x{got[item] - common} near "
                                     f"{_squash(_text(block, True))[:50]!r}")
            if gold_items[item] > common:
                result.fn[item[0]] += gold_items[item] - common
                result.misses.append(f"{label}: missed {item} x{gold_items[item] - common} near "
                                     f"{_squash(_text(block, True))[:50]!r}")


def evaluate(trees: dict[str, etree._Element]) -> Score:
    """trees: seed name -> converted TEI root; every gold file must have its tree."""
    result = Score()
    for path in sorted(GOLD_DIR.glob("*.gold")):
        score(trees[path.stem], read_gold(path), path.name, result)
    return result


def convert_all() -> dict[str, etree._Element]:
    from edition.convert import convert_seed
    from edition.report import Report
    trees = {}
    for path in sorted(GOLD_DIR.glob("*.gold")):
        seed = ROOT / "seeds" / f"{path.stem}.txt"
        data = convert_seed(seed, ROOT / "tei" / "registers", Report(str(seed)))
        trees[path.stem] = etree.fromstring(data)
    return trees


def main() -> int:
    result = evaluate(convert_all())
    for line in result.misses:
        print(line)
    for kind in ("person", "place", "date"):
        print(f"{kind:7} precision {result.precision(kind):.3f}  recall {result.recall(kind):.3f}  "
              f"(tp {result.tp[kind]}, fp {result.fp[kind]}, fn {result.fn[kind]})")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())

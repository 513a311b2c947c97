# SPDX-License-Identifier: MIT
"""TEI editions to figures: words, paragraphs, notes, page breaks, tagged names and dates."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from lxml import etree

from edition.tei.serialize import T, XML_NS
from edition.xmlsafe import parse_xml

# figure key -> (label, TEI element counted inside <text>)
COUNTED: dict[str, tuple[str, str]] = {
    "paragraphs": ("paragraphs", "p"),
    "notes": ("notes", "note"),
    "page_breaks": ("page breaks", "pb"),
    "persons": ("persons tagged", "persName"),
    "places": ("places tagged", "placeName"),
    "organisations": ("organisations tagged", "orgName"),
    "dates": ("dates tagged", "date"),
}
NAME_ELEMENTS = (T + "persName", T + "placeName", T + "orgName")
XML_ID = "{%s}id" % XML_NS
# elements whose start and end separate words even when no space is written around them
WORD_BREAKS = frozenset({"p", "note", "head", "item", "pb", "lb", "cell", "row", "l", "signed",
                         "dateline", "closer", "div", "titlePart", "docAuthor", "label"})


def edition_stats(tei_file: Path) -> dict:
    """Figures of one TEI edition; its mentions are counted per register entry id."""
    root = parse_xml(tei_file).getroot()
    text = root.find(T + "text")
    if text is None:
        text = root
    stats: dict = {"file": str(tei_file),
                   "id": next((i.text for i in root.iter(T + "idno") if i.get("type") == "edition"),
                              Path(tei_file).stem),
                   "words": len(_words_text(text).split())}
    for key, (_label, tag) in COUNTED.items():
        stats[key] = sum(1 for _ in text.iter(T + tag))
    mentions = count_mentions(text)
    stats["mentions"] = dict(sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0])))
    stats["names"] = _stand_off_names(root)
    return stats


def count_mentions(text) -> Counter[str]:
    """Mentions per register entry id: every name in `text` counts once for each entry it points to."""
    mentions: Counter[str] = Counter()
    for element in text.iter(*NAME_ELEMENTS):
        for target in (element.get("ref") or "").split():
            mentions[target.lstrip("#")] += 1
    return mentions


def _words_text(element) -> str:
    """The element's text with a space at each block or note boundary, so words never merge."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            boundary = " " if etree.QName(child).localname in WORD_BREAKS else ""
            parts += [boundary, _words_text(child), boundary]
        parts.append(child.tail or "")
    return "".join(parts)


def _stand_off_names(root) -> dict[str, str]:
    """Entry id -> normalised name, from the edition's own standOff (it stands alone)."""
    names: dict[str, str] = {}
    stand_off = root.find(T + "standOff")
    if stand_off is None:
        return names
    for entry in stand_off.iter(T + "person", T + "personGrp", T + "place", T + "org"):
        entry_id = entry.get(XML_ID)
        for child in entry:
            if child.tag in NAME_ELEMENTS and entry_id and entry_id not in names:
                if child.get("type") == "normalized" or not any(
                        c.get("type") == "normalized" for c in entry if c.tag in NAME_ELEMENTS):
                    names[entry_id] = " ".join("".join(child.itertext()).split())
    return names


def format_stats(all_stats: list[dict], top: int = 15) -> str:
    """A table of figures per edition, then each edition's most mentioned entities."""
    if not all_stats:
        return "no editions"
    keys = ["words", *COUNTED]
    labels = {"words": "words", **{k: v[0] for k, v in COUNTED.items()}}
    width = max(len(label) for label in labels.values())
    col = max(12, *(len(s["id"]) for s in all_stats))
    lines = [" " * width + "  " + "  ".join(f"{s['id']:>{col}}" for s in all_stats)]
    for key in keys:
        lines.append(f"{labels[key]:<{width}}  " + "  ".join(f"{s[key]:>{col}}" for s in all_stats))
    for s in all_stats:
        lines.append("")
        lines.append(f"mentions per entity in {s['id']} ({len(s['mentions'])} entities):")
        shown = list(s["mentions"].items())[:top]
        lines.extend(f"  {count:5}  #{entry:<24} {s.get('names', {}).get(entry, '')}".rstrip()
                     for entry, count in shown)
        if len(s["mentions"]) > top:
            lines.append(f"  ... and {len(s['mentions']) - top} more")
    return "\n".join(lines)

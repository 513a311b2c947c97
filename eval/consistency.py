# SPDX-License-Identifier: MIT
"""Consistency of the readers on pages no gold covers (eval/corpus/unseen/, see its manifest).

For each text the TEI is checked against what the text itself says:

  notes     the note numbers of the pages' range (manifest `notes`, read off the PDF) found
            as notes, each once: found/expected;
  anchored  of those, the share placed at a marker (not at the end of a page with a warning);
  extra     notes whose number lies outside the range (a line of text or of a table taken for
            a note), and duplicates;
  pages     page breaks / pages of the text (between form feeds), and how many carry a
            printed number;
  headings  how many head elements the text has;
  warnings  the conversion's warnings.

The table is printed and written into EVALUATION.md under its own heading.

    python eval/consistency.py [--no-write] [--only NAME ...]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import tomllib
from collections import Counter
from pathlib import Path

from lxml import etree

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent))
from sections import write_section  # noqa: E402
from run import REGISTERS, seed_toml  # noqa: E402

UNSEEN = EVAL / "corpus" / "unseen"
HEADING = "## Consistency on pages without gold"
INTRO = """Pages of the corpus PDFs that no gold covers in their form
(`eval/corpus/unseen/`, `make eval`, script `eval/consistency.py`). Without gold, the TEI is
checked against what the text itself shows: the note numbers printed on the pages (found once
each, and anchored at a marker rather than placed at a page's end with a warning), numbers
outside the range (lines taken for notes), page breaks per page, headings, warnings. These
pages were read while the readers' column, hyphenation and OCR-marker rules were written. The
three `-r300` OCR texts were made later (other pages, another resolution) to check those
rules; the Blackstone one was then read for the rule on numbers read too short or as signs.
The two `-r300` texts of Bauer's pages 14–17 and Sturmel's pages 13–16 were made before the
rules on notes in a margin column beside the text were written, and not read while they were;
Sturmel's pages 17–20 were made and read to check those rules on more pages.
"""
TEI = "{http://www.tei-c.org/ns/1.0}"


def measure(name: str, entry: dict, scratch: Path) -> dict:
    from edition.convert import convert_seed
    from edition.errors import EditionError
    from edition.report import Report

    source = UNSEEN / f"{name}.txt"
    seed = scratch / f"{name}.txt"
    seed.write_bytes(source.read_bytes())
    seed.with_suffix(".toml").write_text(seed_toml(
        name, entry["form"], entry["language"], None,
        f"PDF pages {entry['pages']} of {entry['pdf']} (eval/corpus/unseen/manifest.toml)"), encoding="utf-8")
    report = Report(seed.name)
    row = {"name": name, "form": entry["form"]}
    try:
        root = etree.fromstring(convert_seed(seed, registers_dir=REGISTERS, report=report))
    except EditionError as exc:
        return {**row, "error": str(exc)}
    text = root.find(f"{TEI}text")
    first, last = entry["notes"]
    expected = {str(n) for n in range(first, last + 1)} | set(entry.get("symbols", []))
    numbers = Counter(n.get("n") for n in text.iter(f"{TEI}note") if n.get("place") == "foot")
    unanchored = {str(w).split("note ", 1)[1].split(":", 1)[0] for w in report.warnings
                  if "no marker found" in str(w)}
    found = {n for n in numbers if n in expected}
    pbs = list(text.iter(f"{TEI}pb"))
    return {**row,
            "notes": (len(found), len(expected)),
            "anchored": (len(found - unanchored), len(found)),
            "extra": sum(c for n, c in numbers.items() if n not in expected)
            + sum(c - 1 for n, c in numbers.items() if n in expected and c > 1),
            "pages": (len(pbs), sum(1 for chunk in source.read_bytes().split(b"\f") if chunk.strip())),
            "numbered": sum(1 for pb in pbs if pb.get("n")),
            "headings": sum(1 for _ in text.iter(f"{TEI}head")),
            "warnings": len(report.warnings)}


def fraction(pair: tuple[int, int]) -> str:
    found, total = pair
    return f"{found / max(1, total):.3f} ({found}/{total})"


def table(rows: list[dict]) -> str:
    head = ["text", "form", "notes", "anchored", "extra", "pages (pb/pages)", "numbered", "headings", "warnings"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| `{r['name']}` | {r['form']} | error: {r['error']} |" + " |" * 6)
            continue
        lines.append("| " + " | ".join([
            f"`{r['name']}`", r["form"], fraction(r["notes"]), fraction(r["anchored"]), str(r["extra"]),
            f"{r['pages'][0]}/{r['pages'][1]}", str(r["numbered"]), str(r["headings"]), str(r["warnings"])]) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    parser.add_argument("--only", nargs="+", metavar="NAME",
                        help="measure only these texts of the manifest (implies --no-write)")
    args = parser.parse_args(argv)
    manifest = tomllib.loads((UNSEEN / "manifest.toml").read_text(encoding="utf-8"))
    if args.only:
        unknown = sorted(set(args.only) - set(manifest))
        if unknown:
            parser.error(f"not in the manifest: {', '.join(unknown)}")
        manifest = {name: entry for name, entry in manifest.items() if name in args.only}
        args.no_write = True
    with tempfile.TemporaryDirectory(prefix="edition-consistency-") as tmp:
        rows = [measure(name, entry, Path(tmp)) for name, entry in manifest.items()]
    text = table(rows)
    print(text)
    if not args.no_write:
        write_section(HEADING, INTRO, text, before="## Outputs of real TEI files")
    return 0


if __name__ == "__main__":
    sys.exit(main())

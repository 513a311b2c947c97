#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The project's evaluation: convert every corpus text and both seeds, score their structure.

usage: .venv/bin/python eval/run.py [--only NAME ...] [--show-problems] [--keep DIR] [--no-write]

For every text in eval/corpus/texts/ a temporary seed is written (the text's bytes
unchanged) with a TOML naming the gold's form, language and encoding; the seeds in seeds/
are converted with their own TOML. Each is converted in-process by
edition.convert.convert_seed and its TEI scored against its gold (eval/corpus/gold/,
eval/gold/seeds/) with eval/score_structure.py: notes, joined, headings, pages. "words
kept" is the share of the input's words found in the TEI document (see words_kept).
The table is printed as Markdown and written into EVALUATION.md (not with --only).
A text that fails to convert gets a row with its error; the run always exits 0.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

EVAL = Path(__file__).resolve().parent
PROJECT = EVAL.parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL / "corpus" / "tools"))

import score_structure  # noqa: E402
from goldlib import norm as gold_norm  # noqa: E402

CORPUS = EVAL / "corpus"
SEED_GOLD = EVAL / "gold" / "seeds"
SEEDS = PROJECT / "seeds"
REGISTERS = PROJECT / "tei" / "registers"
REPORT = PROJECT / "EVALUATION.md"
ASPECTS = ("notes", "joined", "headings", "pages")
TABLE_BEGIN = "<!-- eval table: written by eval/run.py -->"
TABLE_END = "<!-- end of eval table -->"
TEI_NS = "http://www.tei-c.org/ns/1.0"


# --- the temporary seed ----------------------------------------------------------------

def toml_string(value: str) -> str:
    """A TOML basic string: quotes, backslashes and control characters escaped."""
    out = ['"']
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def language_code(language: str | None) -> str:
    """The gold's language ("en (German, Latin and Italian phrases)") as a code: "en"."""
    match = re.match(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*", (language or "").strip())
    return match.group(0) if match else "en"


def seed_toml(edition_id: str, form: str, language: str, encoding: str | None, description: str,
              title: str | None = None) -> str:
    """The TOML of a temporary seed for one corpus text."""
    lines = [
        "[edition]",
        f"id = {toml_string(edition_id)}",
        f"form = {toml_string(form)}",
    ]
    if encoding and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        lines.append(f"encoding = {toml_string(encoding)}")
    lines += [
        'date_order = "day-first"',
        f"title = {toml_string(title or edition_id)}",
        f"language = {toml_string(language)}",
        "",
        "[source]",
        'status = "unidentified"',
        f"description = {toml_string(description)}",
        "",
        "[publication]",
        'publisher = "Edition pipeline project (evaluation)"',
        'licence = "Evaluation run only; the text keeps the licence of its source (eval/corpus/README.md)."',
        'licence_url = "https://creativecommons.org/licenses/by/4.0/"',
        "",
    ]
    return "\n".join(lines)


def write_seed(directory: Path, name: str, data: bytes, gold: dict, form: str) -> Path:
    source = gold.get("source", {})
    seed = directory / f"{name}.txt"
    seed.write_bytes(data)
    description = (f"Development corpus text {name} ({source.get('tool') or gold.get('form')}): "
                   f"{source.get('work') or 'source as described in eval/corpus/README.md'}.")
    seed.with_suffix(".toml").write_text(
        seed_toml(name, form, language_code(source.get("language")), source.get("encoding"), description,
                  title=source.get("work")),
        encoding="utf-8")
    return seed


# --- words kept ------------------------------------------------------------------------

# a word: a run of letters and digits; superscript digits are note markers, not words
WORD = re.compile(r"[^\W_\u00b2\u00b3\u00b9\u2070-\u209f]+")
# elements that wrap part of a line of text: no word boundary at their edges
INLINE = {f"{{{TEI_NS}}}{n}" for n in (
    "hi", "emph", "foreign", "title", "q", "quote", "said", "soCalled", "mentioned", "term", "gloss",
    "name", "persName", "placeName", "orgName", "geogName", "roleName", "forename", "surname", "rs",
    "date", "time", "num", "measure", "seg", "w", "c", "pc", "ref", "ptr", "anchor", "milestone",
    "pb", "cb", "supplied", "unclear", "add", "choice", "sic", "corr", "orig", "reg", "abbr", "expan")}


def words(text: str) -> list[str]:
    return WORD.findall(unicodedata.normalize("NFC", text))


def tei_text(root) -> str:
    """Every text node of the document, header included, with a space at block edges."""
    out: list[str] = []

    def walk(el):
        if not isinstance(el.tag, str):  # comments, processing instructions
            return
        inline = el.tag in INLINE or (el.tag == f"{{{TEI_NS}}}lb" and el.get("break") == "no")
        if not inline:
            out.append(" ")
        if el.text:
            out.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                out.append(child.tail)
        if not inline:
            out.append(" ")

    walk(root)
    return "".join(out)


# the words of a transcriber's mark, "[Footnote 3: …]", "[Illustration: …]": the TEI keeps the
# mark as markup (a note, a figure), so they are not words of the text
TRANSCRIBERS_MARK = re.compile(r"\[\s*(?:Footnote|Illustration)\b", re.IGNORECASE)


def numbers_kept(root) -> list[str]:
    """The printed numbers the TEI keeps as attributes: a note's number stands twice in the
    input (marker and note), a page's once (its number line)."""
    notes = [n.get("n") for n in root.iter(f"{{{TEI_NS}}}note") if n.get("n")]
    pages = [pb.get("n") for pb in root.iter(f"{{{TEI_NS}}}pb") if pb.get("n")]
    return [word for n in notes for word in words(n) * 2] + [word for n in pages for word in words(n)]


def words_kept(source_text: str, root) -> tuple[int, int]:
    """(kept, total): the input's words (of goldlib.norm(text)) found in the TEI, as a multiset:
    among its text nodes, or among the note and page numbers it keeps in `@n`.

    A word that a line-end hyphen splits in the input ("Invali- den") counts as kept, both
    halves, where the TEI has it rejoined ("Invaliden"): where the TEI lacks a half, or has
    the whole word more often than the input does ("can- not" and "cannot").
    """
    text = TRANSCRIBERS_MARK.sub("[", gold_norm(source_text))
    tokens = [(m.group(0), m.start(), m.end()) for m in WORD.finditer(unicodedata.normalize("NFC", text))]
    nfc = unicodedata.normalize("NFC", text)
    available = Counter(words(tei_text(root))) + Counter(numbers_kept(root))
    # the whole words the TEI has more often than the input: made by rejoining halves
    surplus = available - Counter(w for w, _, _ in tokens)
    kept = [False] * len(tokens)
    for i in range(len(tokens) - 1):
        (a, _, a_end), (b, b_start, _) = tokens[i], tokens[i + 1]
        if nfc[a_end:b_start] == "- " and available[a + b] > 0 \
                and (surplus[a + b] > 0 or not (available[a] and available[b])):
            surplus[a + b] -= 1
            available[a + b] -= 1
            kept[i] = kept[i + 1] = True
    for i, (w, _, _) in enumerate(tokens):
        if not kept[i] and available[w] > 0:
            available[w] -= 1
            kept[i] = True
    return sum(kept), len(tokens)


# --- one row ---------------------------------------------------------------------------

@dataclass
class Row:
    name: str
    form: str
    scores: dict = field(default_factory=dict)      # aspect -> (score, found, total) or None
    problems: dict = field(default_factory=dict)    # aspect -> [str]
    kept: tuple[int, int] | None = None
    warnings: int | None = None
    remark: str = ""
    seconds: float = 0.0


def known_forms() -> tuple[set[str], bool]:
    """The forms edition.readers knows, and whether "auto" (detection) is available."""
    from edition import readers
    forms = set(readers.READERS)
    auto = "auto" in forms or hasattr(readers, "detect") or importlib.util.find_spec("edition.readers.detect") is not None
    return forms, auto


def score(gold: dict, root) -> tuple[dict, dict]:
    tree = etree.ElementTree(root)
    scores, problems = {}, {}
    for aspect in ASPECTS:
        items = gold.get(aspect) or []
        total = len([g for g in items if not g.get("optional")]) if aspect == "pages" else len(items)
        if not total:
            scores[aspect] = None
            continue
        try:
            value, probs = score_structure.SCORERS[aspect](gold, tree)
        except Exception as exc:  # a scorer failure is reported, not raised
            value, probs = 0.0, [f"scorer error: {exc!r}"]
        scores[aspect] = (value, round(value * total), total)
        problems[aspect] = probs
    return scores, problems


def convert_and_score(name: str, seed: Path, gold: dict, form: str, source_text: str, scratch: Path,
                      keep: Path | None) -> Row:
    from edition.convert import convert_seed
    from edition.errors import EditionError
    from edition.report import Report

    row = Row(name=name, form=form)
    report = Report(seed.name)
    start = time.perf_counter()
    try:
        data = convert_seed(seed, registers_dir=REGISTERS, report=report)
    except EditionError as exc:
        row.remark = "error: " + str(exc).replace(str(scratch) + "/", "").replace(str(PROJECT) + "/", "")
        return row
    except Exception as exc:  # any failure of the converter is this text's row, not the run's end
        where = traceback.extract_tb(exc.__traceback__)[-1]
        file = Path(where.filename)
        file = file.relative_to(PROJECT) if file.is_relative_to(PROJECT) else file.name
        row.remark = f"crash: {type(exc).__name__}: {exc} ({file}:{where.lineno})"
        return row
    finally:
        row.seconds = time.perf_counter() - start
        row.warnings = len(report.warnings)
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
        (keep / f"{Path(name).name}.xml").write_bytes(data)
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    row.scores, row.problems = score(gold, root)
    row.kept = words_kept(source_text, root)
    return row


def corpus_row(name: str, forms: set[str], auto: bool, scratch: Path, keep: Path | None) -> Row:
    gold = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
    data = (CORPUS / "texts" / f"{name}.txt").read_bytes()
    form = gold.get("form", "auto")
    remark = ""
    if form not in forms:
        if not auto:
            return Row(name=name, form=form, remark="form not supported")
        remark, form = f"form {gold.get('form')} not known: auto", "auto"
    seed = write_seed(scratch, name, data, gold, form)
    text = data.decode(gold.get("source", {}).get("encoding") or "utf-8")
    row = convert_and_score(name, seed, gold, form, text, scratch, keep)
    row.remark = "; ".join(x for x in (remark, row.remark) if x)
    return row


def seed_row(name: str, scratch: Path, keep: Path | None) -> Row:
    from edition.config import load_config
    gold = json.loads((SEED_GOLD / f"{name}.json").read_text(encoding="utf-8"))
    seed = SEEDS / f"{name}.txt"
    try:
        config = load_config(seed.with_suffix(".toml"))
        form, encoding = config.form, config.encoding
    except Exception as exc:
        return Row(name=f"seeds/{name}", form="?", remark=f"error: {exc}")
    text = seed.read_bytes().decode(encoding)
    return convert_and_score(f"seeds/{name}", seed, gold, form, text, scratch, keep)


# --- the table -------------------------------------------------------------------------

def cell(value) -> str:
    if value is None:
        return "–"
    frac, found, total = value
    return f"{frac:.3f} ({found}/{total})"


def table(rows: list[Row]) -> str:
    head = ["text", "form", *ASPECTS, "words kept", "warnings", "remark"]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        kept = "–" if r.kept is None else f"{r.kept[0] / max(1, r.kept[1]):.3f} ({r.kept[0]}/{r.kept[1]})"
        warnings = "–" if r.warnings is None else str(r.warnings)
        remark = r.remark.replace("|", "\\|").replace("\n", " ")
        if len(remark) > 160:
            remark = remark[:157] + "..."
        lines.append("| " + " | ".join([f"`{r.name}`", r.form, *(cell(r.scores.get(a)) for a in ASPECTS),
                                        kept, warnings, remark]) + " |")
    means = []
    for a in ASPECTS:
        vals = [r.scores[a][0] for r in rows if r.scores.get(a)]
        means.append(f"{sum(vals) / len(vals):.3f}" if vals else "–")
    kepts = [r.kept[0] / max(1, r.kept[1]) for r in rows if r.kept]
    failed = sum(1 for r in rows if r.kept is None)
    lines.append("| " + " | ".join(["**mean**", "", *means, f"{sum(kepts) / len(kepts):.3f}" if kepts else "–",
                                    "", f"{failed} not converted" if failed else ""]) + " |")
    return "\n".join(lines)


def write_report(markdown: str) -> bool:
    """Put the table between the markers of EVALUATION.md; False if they are missing."""
    if not REPORT.exists():
        return False
    text = REPORT.read_text(encoding="utf-8")
    if TABLE_BEGIN not in text or TABLE_END not in text:
        return False
    before, rest = text.split(TABLE_BEGIN, 1)
    _, after = rest.split(TABLE_END, 1)
    REPORT.write_text(f"{before}{TABLE_BEGIN}\n{markdown}\n{TABLE_END}{after}", encoding="utf-8")
    return True


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", action="append", metavar="NAME",
                    help="evaluate only this text (a corpus name or a seed name); may repeat")
    ap.add_argument("--show-problems", action="store_true", help="print each aspect's problems, as the scorer reports them")
    ap.add_argument("--keep", type=Path, metavar="DIR", help="write each converted TEI to DIR/NAME.xml")
    ap.add_argument("--no-write", action="store_true", help="do not update EVALUATION.md")
    args = ap.parse_args(argv)

    started = time.perf_counter()
    corpus = sorted(p.stem for p in (CORPUS / "gold").glob("*.json") if (CORPUS / "texts" / f"{p.stem}.txt").exists())
    seeds = sorted(p.stem for p in SEED_GOLD.glob("*.json") if (SEEDS / f"{p.stem}.txt").exists())
    if args.only:
        wanted = {w.removeprefix("seeds/") for w in args.only}
        unknown = wanted - set(corpus) - set(seeds)
        if unknown:
            print(f"unknown text(s): {', '.join(sorted(unknown))}; known: {', '.join(corpus + seeds)}", file=sys.stderr)
        corpus = [n for n in corpus if n in wanted]
        seeds = [n for n in seeds if n in wanted]

    forms, auto = known_forms()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="edition-eval-") as tmp:
        scratch = Path(tmp)
        jobs = [(name, lambda n=name: corpus_row(n, forms, auto, scratch, args.keep)) for name in corpus]
        jobs += [(f"seeds/{name}", lambda n=name: seed_row(n, scratch, args.keep)) for name in seeds]
        for name, job in jobs:
            try:
                rows.append(job())
            except Exception as exc:  # a failure of the eval itself on one text: that row, not the run
                rows.append(Row(name=name, form="?", remark=f"eval error: {type(exc).__name__}: {exc}"))

    markdown = table(rows)
    print(markdown)
    if args.show_problems:
        for r in rows:
            for aspect in ASPECTS:
                probs = r.problems.get(aspect) or []
                if r.scores.get(aspect) and r.scores[aspect][0] < 1.0 and probs:
                    print(f"\n{r.name} {aspect}:")
                    for p in probs:
                        print(f"    {p}")
    elapsed = time.perf_counter() - started
    print(f"\n{len(rows)} texts in {elapsed:.1f} s")
    if not args.only and not args.no_write:
        if write_report(markdown):
            print(f"table written to {REPORT.relative_to(PROJECT)}")
        else:
            print(f"{REPORT.relative_to(PROJECT)} has no table markers; not written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

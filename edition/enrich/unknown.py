# SPDX-License-Identifier: MIT
"""TEI editions + registers to an editor's report: mentions per entity, or names no entry covers."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from edition.enrich.names import NameFinder
from edition.enrich.registers import load_registers
from edition.enrich.textnodes import iter_runs
from edition.stats import count_mentions
from edition.tei.serialize import T
from edition.xmlsafe import parse_xml

# a run of capitalised words, initials or dotted abbreviations: "Ruth Fischer", "L. D.", "N.Y."
_WORD = r"(?:[A-Z]\.(?:[A-Z]\.)*|[A-Z][\w'’-]*[\w])"
CANDIDATE = re.compile(rf"(?<![\w'’-]){_WORD}(?:\s{_WORD})*")
_POSSESSIVE = re.compile(r"['’]s$")
CONTEXT = 40


def _lowercase_words(texts: list[str]) -> set[str]:
    return {w for text in texts for w in re.findall(r"\b[a-z][\w'’-]*", text)}


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \"'‘“(")
    return not before or before[-1] in ".!?:;—"


def _is_heading(words: list[str]) -> bool:
    return len(words) > 1 and all(w.isupper() for w in words)


def unknown_names(tei_files: list[Path], registers_dir: Path) -> list[tuple[str, int, str]]:
    """Capitalised names in untagged text that no register form covers: (name, count, sample).

    A lone word seen only at the start of sentences, a word the texts also use in lower case,
    and all-capital headings are left out: they are rarely names.
    """
    finder = NameFinder(load_registers(registers_dir))
    runs: list[str] = []
    for path in tei_files:
        root = parse_xml(path).getroot()
        runs.extend(run.text for run in iter_runs(root))
    common = _lowercase_words(runs)
    found: list[tuple[list[str], bool, str, int, int]] = []
    inside_sentence: set[str] = set()
    for text in runs:
        for match in CANDIDATE.finditer(text):
            words = _POSSESSIVE.sub("", match.group()).split()
            at_start = _sentence_start(text, match.start())
            found.append((words, at_start, text, match.start(), match.end()))
            if not at_start:
                inside_sentence.add(" ".join(words))
    counts: Counter[str] = Counter()
    samples: dict[str, str] = {}
    for words, at_start, text, start, end in found:
        # "Later Ruth Fischer left": the opening word of a sentence is not part of the name
        if at_start and len(words) > 1 and (words[0].lower() in common
                                            or " ".join(words[1:]) in inside_sentence):
            words = words[1:]
        name = " ".join(words)
        if _is_heading(words) or (len(words) == 1 and name.lower() in common):
            continue
        if name not in inside_sentence or finder.entry_for(name) or name in finder.registers.ambiguous:
            continue
        counts[name] += 1
        if name not in samples:
            samples[name] = " ".join(text[max(start - CONTEXT, 0):end + CONTEXT].split())
    return [(name, count, samples[name]) for name, count in
            sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def mentions_per_entity(tei_files: list[Path], registers_dir: Path) -> list[tuple[str, str, str, int]]:
    """(kind, id, normalised name, mentions) for every entry the editions point to."""
    registers = load_registers(registers_dir)
    counts: Counter[str] = Counter()
    for path in tei_files:
        text = parse_xml(path).getroot().find(T + "text")
        if text is not None:
            counts += count_mentions(text)
    rows = []
    for entry_id, count in counts.items():
        entry = registers.entries.get(entry_id)
        rows.append((entry.kind if entry else "?", entry_id,
                     entry.normalized if entry else "(no register entry)", count))
    return sorted(rows, key=lambda r: (-r[3], r[0], r[1]))


def _kinds(tei_files: list[Path], registers_dir: Path) -> dict[str, str]:
    """What the recogniser of `--propose` takes each name for: person, place, org; else '?'."""
    from edition.enrich.propose import propose
    kinds: dict[str, str] = {}
    for proposal in propose(tei_files, registers_dir):
        for form in proposal.variants:
            kinds.setdefault(form, proposal.kind)
    return kinds


def format_entities(tei_files: list[Path], registers_dir: Path, *, unknown: bool, limit: int) -> str:
    if unknown:
        rows = unknown_names(tei_files, registers_dir)
        if not rows:
            return "every capitalised name in the texts is covered by a register entry"
        kinds = _kinds(tei_files, registers_dir)
        width = max(len(name) for name, _, _ in rows[:limit])
        lines = [f"{count:5}  {kinds.get(name, '?'):<6}  {name:<{width}}  …{sample}…"
                 for name, count, sample in rows[:limit]]
        header = f"{len(rows)} capitalised name(s) no register entry covers (most frequent first):"
        return "\n".join([header, *lines])
    entities = mentions_per_entity(tei_files, registers_dir)
    if not entities:
        return "no tagged names in these files"
    lines = [f"{count:5}  {kind:<6}  #{entry_id:<24}  {name}" for kind, entry_id, name, count in entities[:limit]]
    return "\n".join([f"{len(entities)} entities mentioned:", *lines])

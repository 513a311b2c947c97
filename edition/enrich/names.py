# SPDX-License-Identifier: MIT
"""Register names found in the TEI text to persName/placeName/orgName with @ref, plus a standOff."""
from __future__ import annotations

import copy
import re

from lxml import etree

from edition.enrich.registers import KINDS, Registers, load_registers, name_pattern, phrase_pattern
from edition.enrich.textnodes import SKIPPED, Run, Span, tag_runs
from edition.tei.serialize import T

NAME_TAGS = {kind: T + spec[2] for kind, spec in KINDS.items()}
_LOWER_PREFIX = re.compile(r"(?<![\w-])[a-z]+-$")  # "anti-" in anti-Napoleon: a derived word
# how far back from a name `_LOWER_PREFIX` is first looked for
_PREFIX_WINDOW = 64


def lower_prefix_before(text: str, start: int) -> bool:
    """Does a lower-case prefix with its hyphen ("anti-") end right at `start`? The same as
    `_LOWER_PREFIX.search(text[:start])`, without copying and scanning all the text before."""
    if start == 0 or text[start - 1] not in "-\n":
        return False  # the pattern ends with the hyphen, or the hyphen and a last line break
    lo = max(0, start - _PREFIX_WINDOW)
    if _LOWER_PREFIX.search(text, lo, start):
        return True
    # a prefix that began before the window reaches into it with its letters
    return lo > 0 and "a" <= text[lo] <= "z" and _LOWER_PREFIX.search(text[:start]) is not None


class NameFinder:
    """Finds register names in runs of text, leaving out phrases that only contain a name.

    A name several entries claim ("Ivanov") is tagged only when the file names exactly one of
    them unambiguously elsewhere (`known`, filled in after a first pass); else it stays as it is.
    """

    def __init__(self, registers: Registers):
        self.registers = registers
        forms = [*registers.forms, *registers.ambiguous]
        self.pattern = name_pattern(forms) if forms else None
        self.blockers = phrase_pattern(registers.not_mentions)
        self.known: set[str] | None = None  # None: first pass, ambiguous names are left alone

    def entry_for(self, surface: str) -> str | None:
        form = " ".join(surface.split())
        if form in self.registers.forms:
            return self.registers.forms[form] if self.known is None else None
        candidates = self.registers.ambiguous.get(form, set()) & (self.known or set())
        return next(iter(candidates)) if len(candidates) == 1 else None

    def __call__(self, run: Run) -> list[Span]:
        text = run.text
        if self.pattern is None or not text:
            return []
        blocked: list[tuple[int, int]] | None = None  # looked for once a name is found
        spans = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            if blocked is None:
                blocked = [m.span() for m in self.blockers.finditer(text)] if self.blockers else []
            if any(b0 <= start and end <= b1 for b0, b1 in blocked):
                continue
            if lower_prefix_before(text, start):
                continue
            entry_id = self.entry_for(match.group())
            if entry_id is None:
                continue
            kind = self.registers.entries[entry_id].kind
            spans.append(Span(start, end, NAME_TAGS[kind], (("ref", f"#{entry_id}"),)))
        return spans


def _tag_choices(root: etree._Element, finder: NameFinder) -> int:
    """Wrap a whole choice (sic/corr) whose reading is a register name: the name stays one mention."""
    count = 0
    for choice in list(root.iter(T + "choice")):
        if any(a.tag in SKIPPED - {T + "choice"} for a in choice.iterancestors()):
            continue
        for reading in (choice.find(T + "corr"), choice.find(T + "sic")):
            if reading is None:
                continue
            entry_id = finder.entry_for("".join(reading.itertext()))
            if entry_id:
                kind = finder.registers.entries[entry_id].kind
                wrapper = etree.Element(NAME_TAGS[kind], {"ref": f"#{entry_id}"})
                choice.addprevious(wrapper)
                wrapper.tail, choice.tail = choice.tail, None
                wrapper.append(choice)
                count += 1
                break
    return count


def used_entry_ids(root: etree._Element) -> set[str]:
    text = root.find(T + "text")
    ids: set[str] = set()
    if text is None:
        return ids
    for tag in NAME_TAGS.values():
        for element in text.iter(tag):
            for target in (element.get("ref") or "").split():
                if target.startswith("#"):
                    ids.add(target[1:])
    return ids


def write_stand_off(root: etree._Element, registers: Registers, report=None) -> None:
    """Copy exactly the register entries the text points to into the file's own standOff."""
    used = used_entry_ids(root)
    for missing in sorted(used - set(registers.entries)):
        if report is not None:
            report.warn(f"name points to '#{missing}', which no register entry has")
    old = root.find(T + "standOff")
    if old is not None:
        root.remove(old)
    lists = []
    for kind, (_file, _entries, _name, list_tag) in KINDS.items():
        entries = [e for e in registers.by_kind(kind) if e.id in used]
        if entries:
            lst = etree.Element(T + list_tag)
            for entry in entries:
                lst.append(copy.deepcopy(entry.element))
            lists.append(lst)
    if not lists:
        return
    stand_off = etree.Element(T + "standOff")
    stand_off.extend(lists)
    header = root.find(T + "teiHeader")
    if header is not None:
        header.addnext(stand_off)
    else:
        root.insert(0, stand_off)


def run(root: etree._Element, context) -> None:
    registers = load_registers(context.registers_dir)
    finder = NameFinder(registers)
    _tag_choices(root, finder)
    tag_runs(root, finder)
    if registers.ambiguous:
        finder.known = used_entry_ids(root)
        tag_runs(root, finder)
    write_stand_off(root, registers, context.report)
    text = root.find(T + "text")
    for tag in NAME_TAGS.values():
        context.counts[etree.QName(tag).localname] = sum(1 for _ in text.iter(tag)) if text is not None else 0

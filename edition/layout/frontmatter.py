# SPDX-License-Identifier: MIT
"""A book's front matter, found by layout: cover, title page, imprint, sections, a list with its notes.

Pages of the front matter reach the transcription separated by runs of blank lines or by
horizontal rules; sections with a heading (preface, contents, a series list) begin at it.
The leading runs set wholly in bold are a cover; the page holding the first top-level
heading is the title page, its parts told by role (`titleroles`, as for a paged text's
first page: series, main title, byline, volume).
Library marks above the title go to the header (`librarymarks`). A page without a heading
that shows an imprint sign (©, "all rights reserved") is the imprint; a heading set
between rules names a block printed on the page before (the cataloguing data). The words
are data of the text's language (`bookwords`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition import model as m
from edition.config import SeedConfig
from edition.layout.bookwords import BookWords
from edition.layout.librarymarks import copy_note
from edition.layout.runs import HARD_BREAK, PAGE_GAP, Run, ends_sentence
from edition.layout.titleroles import TitleFacts, squash, title_pieces

# (a run's raw text, read as prose rather than as typography) -> inlines
Parse = Callable[[str, bool], list]


@dataclass(frozen=True)
class FrontReading:
    """How the engine reads the front matter's text, as its form writes it."""
    parse: Parse
    # a contents line: italics at its start set off a label
    entry: Callable[[str], list]
    # runs of prose that hold footnotes, read as the body is (notes paired with their
    # markers); None where they hold none
    noted: Callable[[list[Run]], list[m.Block] | None]

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_MARK_NOTE = re.compile(r"^\\([*†‡§])\s*(.*)$", re.DOTALL)
# a signature is a few words without a lower-case letter
SIGNATURE_WORDS = 6
# sections whose paragraphs are the author's prose (their italics are titles, foreign words)
PROSE_SECTIONS = ("preface", "introduction", "acknowledgements")


@dataclass
class Section:
    head_run: Run | None
    runs: list[Run] = field(default_factory=list)
    ruled_head: bool = False          # a bold line set between rules (a block's own heading)


# ---------------------------------------------------------------- cover and title page

def cover_and_title(runs: list[Run], config: SeedConfig, words: BookWords, parse: Parse,
                    copy_notes: list[m.CopyNote], text_script: str | None) -> tuple[list[m.Block], int]:
    """The leading cover (runs wholly in bold) and title page (the page holding the first
    top-level heading); library marks above the title go to `copy_notes`. Returns the
    title pages and the index of the first run after them."""
    result: list[m.Block] = []
    i = 0
    cover: list[Run] = []
    while i < len(runs) and runs[i].wholly_bold and (not cover or runs[i].gap_before < PAGE_GAP):
        cover.append(runs[i])
        i += 1
    if cover:
        result.append(title_page(cover, config, words, parse, "cover"))
    j = i
    while j < len(runs) and (j == i or runs[j].gap_before < PAGE_GAP) and not runs[j].is_rule \
            and not (runs[j].heading and words.front_type(runs[j].plain.lstrip("# ")) is not None):
        j += 1
    page = runs[i:j]
    title_at = next((k for k, r in enumerate(page) if r.heading and r.heading[0] == 1), None)
    if title_at is None:
        return result, i
    kept = []
    for k, run in enumerate(page):
        note = copy_note(run, text_script) if k < title_at else None
        if note:
            copy_notes.append(note)
        else:
            kept.append(run)
    result.append(title_page(kept, config, words, parse, "main"))
    return result, j


def title_page(runs: list[Run], config: SeedConfig, words: BookWords, parse: Parse,
               page_type: str | None) -> m.TitlePage:
    """Lines of a cover or title page to title parts, their roles read by `titleroles` (the
    title a '#' heading where the page has one)."""
    blocks: list[list[str]] = []
    for run in runs:
        text = run.text.strip()
        if run.wholly_bold:  # bold set for a whole line of a title page says nothing more
            text = text[2:-2]
        heading = run.heading
        if heading:
            text = heading[1]
        blocks.append(run.lines if not run.wholly_bold and not heading else [text])
    title_at = next((k for k, run in enumerate(runs) if run.heading), None)
    parts: list[m.TitlePart] = []
    for piece in title_pieces(blocks, words, TitleFacts.of(config.source), title_at,
                              plain=lambda raw: m.text_of(parse(raw, False)),
                              join=lambda lines: "\n".join(lines).strip()):
        if piece.role == "byline":
            # the line ends there: a forced break (two spaces or a backslash) is kept as one, any other as a space
            ending: m.Inline = m.LineBreak() if HARD_BREAK.search(piece.text) else " "
            parts.append(m.TitlePart("byline", [piece.text.strip(), ending]))
        else:
            parts.append(m.TitlePart(piece.role, parse(piece.text, False)))
    return m.TitlePage(parts, type=page_type)


# ---------------------------------------------------------------- sections

def split_sections(runs: list[Run]) -> list[Section]:
    """Cut the front matter after the title page into sections at headings, rules and page gaps."""
    sections: list[Section] = []
    current: Section | None = None
    index = 0
    while index < len(runs):
        run = runs[index]
        if run.is_rule:
            following = runs[index + 1] if index + 1 < len(runs) else None
            closing = runs[index + 2] if index + 2 < len(runs) else None
            if following is not None and following.wholly_bold and closing is not None and closing.is_rule:
                current = Section(following, ruled_head=True)
                sections.append(current)
                index += 3
                continue
            current = None  # a rule closes the section before it
            index += 1
            continue
        heading = run.heading
        if heading:
            previous_heading = current.head_run.heading if current is not None and current.head_run else None
            if current is not None and previous_heading is not None and not current.runs \
                    and squash(previous_heading[1]) == squash(heading[1]):
                current.runs.append(run)  # a repeated heading: the section reader drops it
            else:
                current = Section(run)
                sections.append(current)
        else:
            if current is None or (run.gap_before >= PAGE_GAP and current.head_run is None and current.runs):
                current = Section(None)
                sections.append(current)
            current.runs.append(run)
        index += 1
    return sections


def section_type(section: Section, config: SeedConfig, words: BookWords) -> str:
    if section.head_run is None:
        signs = any(words.imprint.search(r.plain) for r in section.runs)
        return "imprint" if signs else "section"
    head = section.head_run.plain.lstrip("# ")
    if section.ruled_head:
        return "cataloguing" if any(w in head.casefold() for w in words.cataloguing) else "section"
    kind = words.front_type(head)
    if kind is not None:
        return kind
    series = config.source.get("series") or ""
    if series and squash(head) == squash(series):
        return "series"
    # a heading over a numbered list of titles: a list of the author's or the series' books
    if any(_numbered_run(r) for r in section.runs):
        return "series"
    return "section"


def section_head(run: Run | None, parse: Parse) -> list | None:
    if run is None:
        return None
    raw = run.heading[1] if run.heading else run.text.strip()[2:-2]
    return parse(raw, False)


def front_sections(runs: list[Run], config: SeedConfig, words: BookWords, reading: FrontReading,
                   report) -> list[m.Block]:
    """The sections of the front matter, in order; the cataloguing block goes into the
    imprint it is printed with. A prose section with footnotes is read as the body is."""
    result: list[m.Block] = []
    parse = reading.parse
    for section in split_sections(runs):
        kind = section_type(section, config, words)
        prose = kind in PROSE_SECTIONS
        div = m.Div(kind, head=section_head(section.head_run, parse),
                    line=section.head_run.line if section.head_run else section.runs[0].line)
        if kind == "preface":
            preface(div, section, words, reading)
        elif prose and (noted := reading.noted(section.runs)) is not None:
            div.children = noted
        else:
            plain_section(div, section, parse, prose, report)
        if kind == "cataloguing" and result and isinstance(result[-1], m.Div) and result[-1].type == "imprint":
            result[-1].children.append(div)
        else:
            result.append(div)
    return result


def _numbered_run(run: Run) -> bool:
    return len(run.lines) > 1 and all(_NUMBERED.match(line) for line in run.lines)


def plain_section(div: m.Div, section: Section, parse: Parse, prose: bool, report) -> None:
    """Paragraphs, numbered lists and marked notes ('\\* with …') of a section, in order."""
    mark_targets: dict[str, str] = {}
    for run in section.runs:
        mark = _MARK_NOTE.match(run.text)
        if mark and mark.group(1) not in mark_targets:
            mark_targets[mark.group(1)] = f"{div.type}-note{len(mark_targets) + 1}"
    for run in section.runs:
        if run.heading:
            report.warn(f"the heading {run.heading[1]!r} repeats the one above it: the OCR's duplicate "
                        "is dropped", run.line)
            continue
        mark = _MARK_NOTE.match(run.text)
        if mark:
            content = [m.Label([mark.group(1)])] + parse(mark.group(2), prose)
            div.children.append(m.Paragraph(content, run.line, id=mark_targets[mark.group(1)]))
            continue
        if _numbered_run(run):
            div.children.append(_numbered_list(run, parse, prose, mark_targets))
            continue
        if len(run.plain) == 1 and run.plain.isalpha():
            report.warn(f"a lone letter {run.plain!r}, probably the OCR of a printer's device: kept as text",
                        run.line)
        div.children.append(m.Paragraph(parse(run.text, prose), run.line))


def _numbered_list(run: Run, parse: Parse, prose: bool, mark_targets: dict[str, str]) -> m.ListBlock:
    items = []
    for line in run.lines:
        numbered = _NUMBERED.match(line)
        assert numbered is not None  # the run was taken as a list because every line is numbered
        number, rest = numbered.groups()
        content: list = [m.Label([f"{number}."]), " "]
        mark = _MARK_NOTE.match(rest)
        if mark and mark.group(1) in mark_targets:
            content.append(m.Ref(mark_targets[mark.group(1)], [mark.group(1)]))
            rest = mark.group(2)
        content += parse(rest, prose)
        items.append(m.Item(content, n=number))
    return m.ListBlock(items, type="ordered")


def preface(div: m.Div, section: Section, words: BookWords, reading: FrontReading) -> None:
    """Paragraphs (those cut by a page end rejoined), then the signature and dateline."""
    parse = reading.parse
    runs = list(section.runs)
    signed = dateline = None
    for _ in range(2):
        if not runs:
            break
        last = runs[-1]
        if dateline is None and words.dateline.match(last.plain):
            dateline = parse(last.text, True)
        elif signed is None and len(last.plain.split()) <= SIGNATURE_WORDS and not re.search(r"[a-z]", last.plain):
            signed = parse(last.text, True)
        else:
            break
        runs.pop()
    noted = reading.noted(runs)
    if noted is not None:
        div.children += noted
        runs = []
    previous: m.Paragraph | None = None
    for run in runs:
        content = parse(run.text, True)
        if previous is not None and not ends_sentence(m.text_of(previous.content)):
            joined: list[m.Inline] = [" ", m.PageBreak()]
            previous.content += joined + content
            continue
        previous = m.Paragraph(content, run.line)
        div.children.append(previous)
    if signed or dateline:
        div.children.append(m.Closer(signed=signed, dateline=dateline))

# SPDX-License-Identifier: MIT
"""A long book set part by part, so that typst's memory is bounded by a part, not the book.

typst keeps the layout of the whole document until the PDF is written (about 400 MB per MB of
TEI). A book whose text is longer than a part (EDITION_PDF_PART_MB, 1.5 MB of Typst source by
default) is therefore set in three steps:

1. the text is cut where a chapter opens a page (`#ed-page-start()` outside every bracket) into
   parts of about that size; each part is compiled alone (sys.inputs "ed-part": the number of
   its first page, a blank page first where it must open on a left-hand page, the running head
   it opens with) and reports the page and place of its headings, link targets, names and
   corrections, and the printed number of their pages;
2. the front and back matter are set around empty pages that stand for the text's pages and
   carry those headings and targets, invisible, and are told the names and corrections of
   each page (a JSON file): the contents, the bookmarks, the page labels, the indexes and the
   list of emendations are typst's own, with the book's numbers;
3. the empty pages are given the parts' pages (pikepdf), links between parts are resolved, and
   the named destinations of the parts are renamed so that none collides.

The joined file is PDF/A-2b like a book set whole, without the tagged structure (typst's tags
cannot be joined). A book whose text is shorter than one and a half parts is set whole, as
before.
"""
from __future__ import annotations

import functools
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from edition.errors import RenderError

TEXT_MARK = "\n// ---- the text\n"
BACK_MARK = "\n// ---- the back matter\n"
PART_BREAK = "#ed-page-start()\n"
DEFAULT_PART_MB = 1.5

_STRING = r'"(?:[^"\\\n]|\\.)*"'
_STRINGS = re.compile(_STRING)
_HEADING_OR_STRING = re.compile(_STRING + r"|#ed-heading\(")
_BRACKET_OR_STRING = re.compile(_STRING + r"|[\[\]()]")


def part_size() -> int:
    """The size of a part in characters of Typst source: EDITION_PDF_PART_MB, else 1.5 MB."""
    value = os.environ.get("EDITION_PDF_PART_MB", "").strip()
    try:
        megabytes = float(value) if value else DEFAULT_PART_MB
    except ValueError:
        megabytes = DEFAULT_PART_MB
    return max(1, int((megabytes if megabytes > 0 else DEFAULT_PART_MB) * 1_000_000))


@dataclass
class Split:
    """The source of a book cut into parts: what precedes the text (the page design and the
    book's settings), the parts of the text, and the back matter."""
    head: str
    parts: list[str]
    back: str
    # the line of the full source each part's text begins on
    first_lines: list[int] = field(default_factory=list)

    @property
    def head_lines(self) -> int:
        return self.head.count("\n")

    def part_line(self, index: int, line: int) -> int:
        """The line of the full source that `line` of part `index`'s source (head and text) is."""
        return line if line <= self.head_lines else self.first_lines[index] + line - self.head_lines - 1

    def back_line(self, skeleton: str, line: int) -> int | None:
        """The line of the full source that `line` of the book set around the parts is, where
        it is one of the page design or of the back matter (None on the empty pages)."""
        if line <= self.head_lines:
            return line
        back_start = skeleton.count("\n") - self.back.count("\n")
        if line <= back_start:
            return None
        return line - back_start + self.head_lines + sum(part.count("\n") for part in self.parts)


class PartsDisagree(Exception):
    """A part's layout does not match its source (a defect): the book is set whole instead."""


def _depth(text: str) -> int:
    """How many brackets `text` leaves open (the text of the edition is in string literals)."""
    code = _STRINGS.sub("", text)
    return code.count("[") - code.count("]") + code.count("(") - code.count(")")


def split_source(source: str, size: int) -> Split | None:
    """`source` cut into parts of about `size` characters, or None where it is one part."""
    start, end = source.find(TEXT_MARK), source.rfind(BACK_MARK)
    if start < 0 or end < start:
        return None
    head, body, back = source[:start + len(TEXT_MARK)], source[start + len(TEXT_MARK):end], source[end:]
    if len(body) < size * 3 // 2:
        return None
    cuts, depth, last = [0], 0, 0
    position = body.find(PART_BREAK)
    while position >= 0:
        depth += _depth(body[last:position])
        last = position
        if depth == 0 and position - cuts[-1] >= size:
            cuts.append(position)
        position = body.find(PART_BREAK, position + 1)
    if len(body) - cuts[-1] < size // 2 and len(cuts) > 1:
        cuts.pop()  # a short last piece goes with the part before it
    if len(cuts) < 2:
        return None
    parts = [body[a:b] for a, b in zip(cuts, cuts[1:] + [len(body)])]
    line = head.count("\n") + 1
    first_lines = []
    for part in parts:
        first_lines.append(line)
        line += part.count("\n")
    return Split(head, parts, back, first_lines)


def _call_end(text: str, start: int) -> int:
    """Where the call `#name(...)[...]` that opens at `start` ends."""
    depth, seen_content = 0, False
    for match in _BRACKET_OR_STRING.finditer(text, start):
        token = match.group()
        if token in "([":
            depth += 1
            seen_content = seen_content or token == "["
        elif token in ")]":
            depth -= 1
            if depth == 0 and (seen_content or text[match.end():match.end() + 1] != "["):
                return match.end()
    raise PartsDisagree("a heading's call is not closed")


def heading_calls(text: str) -> list[str]:
    """The source of every `#ed-heading(...)[...]` call of `text`, in order."""
    calls = []
    for match in _HEADING_OR_STRING.finditer(text):
        if match.group() == "#ed-heading(":
            calls.append(text[match.start():_call_end(text, match.start())])
    return calls


@dataclass
class Layout:
    """What the parts report, by page of the text (0 for the text's first page)."""
    pages: int = 0
    headings: list[list[str]] = field(default_factory=list)      # heading calls per page
    anchors: list[list[str]] = field(default_factory=list)       # link targets per page
    targets: dict[str, tuple[int, float, float]] = field(default_factory=dict)  # label: page, x, y
    # the marks the indexes and the list of emendations read (book.typ's ed-text-marks)
    mentions: dict[str, list[list[Any]]] = field(default_factory=lambda: {"person": [], "place": [], "org": []})
    emendations: list[list[Any]] = field(default_factory=list)  # number, page
    labels: dict[int, str] = field(default_factory=dict)  # page -> its printed number

    def grow(self, pages: int) -> None:
        self.headings.extend([] for _ in range(pages))
        self.anchors.extend([] for _ in range(pages))
        self.pages += pages

    def text_marks(self) -> dict[str, Any]:
        return {**self.mentions, "emendation": self.emendations, "anchors": self.anchors,
                "labels": {str(page): label for page, label in sorted(self.labels.items())}}


def record_part(layout: Layout, report: dict, calls: list[str], pages: int, blank: bool) -> None:
    """Add a part's report to `layout`: its `pages` (the blank one left out) follow the
    pages recorded so far. `calls` are the part's heading calls, in the order of its headings."""
    offset = layout.pages - (2 if blank else 1)
    layout.grow(pages)
    if len(calls) != len(report["headings"]):
        raise PartsDisagree("the part's headings are not those of its source")
    for call, (name, page, x, y) in zip(calls, report["headings"]):
        layout.headings[offset + page].append(call)
        if name is not None:
            layout.targets[name] = (offset + page, x, y)
    layout.labels.update((offset + int(page), label) for page, label in report["labels"].items())
    seen: set[tuple[int, str, str, bool]] = set()
    for name, value, page, x, y in report["marks"]:
        at = offset + page
        if name == "ed-target":
            layout.targets[value] = (at, x, y)
            layout.anchors[at].append(value)
        elif name == "ed-emendation":
            layout.emendations.append([value, at])
        elif name.startswith("ed-mention-"):
            # the indexes list pages: a name's second mention on a page (in the text, or in
            # a note) adds nothing
            key = (at, name, value["id"], bool(value["note"]))
            if key not in seen:
                seen.add(key)
                layout.mentions[name[len("ed-mention-"):]].append([value["id"], at, value["note"]])


# in the pages that stand for the text, what a heading holds besides its text is left out:
# its notes belong to the part, and its marks are reported with the part's
_PLACEHOLDER_SCOPE = """#{
  let ed-note(..args) = none
  let ed-app(n, readings, body) = body
  let ed-anchor(id) = none
  let ed-mention(kind, id, note: false, body) = body
  let ed-mention-mark(kind, id) = none
  let ed-emended(n, body) = body
  let ed-emended-mark(n) = none
  let ed-link(target, body) = body
  // their running heads and folios are the parts': none is set here
  set page(header: none, footer: none)
  let anchors = ed-text-marks.anchors
  [
%s
]}
"""


def skeleton_source(split: Split, layout: Layout) -> str:
    """The book with every page of its text empty, carrying that page's headings and link
    targets (the marks of its names and corrections are read from ed-text-marks)."""
    pages = []
    for page in range(layout.pages):
        first = ", first: true" if page == 0 else ""
        pages.append(f"#ed-placeholder(anchors.at({page}){first})[{''.join(layout.headings[page])}]")
    return split.head + _PLACEHOLDER_SCOPE % "\n#pagebreak()\n".join(pages) + split.back


def set_in_parts(split: Split, typ_file: Path, output: Path,
                 compile_part: Callable[[Path, Path, dict[str, str]], dict]) -> None:
    """Set the book of `split` as `output`. `compile_part(source, pdf, inputs)` compiles one
    source with those sys.inputs (a part's, or the book's around the parts) and returns its
    report. The sources are written beside `typ_file` (the relative paths of images hold)."""
    import pikepdf

    from edition.render.pdf_join import join

    layout, running, written = Layout(), None, []
    part_pdfs: list[tuple[pikepdf.Pdf, int]] = []  # each part, opened once, and its blank pages
    try:
        for number, text in enumerate(split.parts, start=1):
            source = typ_file.with_name(f".{typ_file.stem}.part-{number:03d}.typ")
            pdf = source.with_suffix(".pdf")
            written += [source, pdf]
            source.write_text(split.head + text, encoding="utf-8")
            blank = layout.pages % 2 == 1  # the part opens on an even page of the text
            part = {"first-page": layout.pages + 1, "blank-first": blank, "running": running}
            try:
                report = compile_part(source, pdf, {"ed-part": json.dumps(part)})
            except RenderError as exc:
                raise _at_line(exc, typ_file, functools.partial(split.part_line, number - 1)) from None
            typeset = pikepdf.open(pdf)
            part_pdfs.append((typeset, 1 if blank else 0))
            record_part(layout, report, heading_calls(text), len(typeset.pages) - (1 if blank else 0), blank)
            running = report["running"]
        marks = typ_file.with_name(f".{typ_file.stem}.marks.json")
        source = typ_file.with_name(f".{typ_file.stem}.book.typ")
        pdf = source.with_suffix(".pdf")
        written += [marks, source, pdf]
        marks.write_text(json.dumps(layout.text_marks(), ensure_ascii=False), encoding="utf-8")
        skeleton = skeleton_source(split, layout)
        source.write_text(skeleton, encoding="utf-8")
        try:
            report = compile_part(source, pdf, {"ed-text-marks": marks.name})
        except RenderError as exc:
            raise _at_line(exc, typ_file, lambda line: split.back_line(skeleton, line)) from None
        first = report["first"][0] - 1
        targets = {value: (page - 1, x, y) for name, value, page, x, y in report["marks"] if name == "ed-target"}
        targets.update({name: (first + page, x, y) for name, (page, x, y) in layout.targets.items()})
        join(pdf, first, part_pdfs, targets, output)
    finally:
        for typeset, _blank in part_pdfs:
            typeset.close()
        for path in written:
            path.unlink(missing_ok=True)


def _at_line(exc: RenderError, typ_file: Path, full_line: Callable[[int], int | None]) -> RenderError:
    """An error of a source made from the full one, at its line of the full source."""
    line = full_line(exc.line) if exc.line is not None else None
    return RenderError(exc.message, typ_file, line, exc.column if line is not None else None, hint=exc.hint)

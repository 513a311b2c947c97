# SPDX-License-Identifier: MIT
"""TEI text nodes to scannable runs, and found spans back into wrapping elements."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from lxml import etree

from edition.tei.serialize import T

# Subtrees never scanned: the header and stand-off data, what is already tagged, titles of
# cited works (their words are not the author's statements), the title page, page numbers.
SKIPPED = frozenset(T + name for name in (
    "teiHeader", "standOff", "fw", "persName", "placeName", "orgName", "name", "date", "title",
    "titlePage", "num", "pb", "lb", "label", "choice", "ref", "idno",
))

# Elements that make one unit of text for context (a paragraph, a note, a heading ...).
BLOCKS = frozenset(T + name for name in (
    "p", "note", "head", "item", "signed", "dateline", "quote", "cell", "docAuthor",
))


@dataclass
class Run:
    """One text node: `element.text` (is_tail False) or `element.tail` (is_tail True)."""
    element: etree._Element
    is_tail: bool
    block: etree._Element | None

    @property
    def text(self) -> str:
        return (self.element.tail if self.is_tail else self.element.text) or ""


def _is_element(node: object) -> bool:
    return isinstance(getattr(node, "tag", None), str)


def iter_runs(root: etree._Element, skipped: frozenset[str] = SKIPPED,
              blocks: frozenset[str] = BLOCKS) -> Iterator[Run]:
    """Text nodes of `root` in document order, outside skipped subtrees, with their block."""
    def walk(element: etree._Element, block: etree._Element | None) -> Iterator[Run]:
        if element.tag in blocks:
            block = element
        if element.text:
            yield Run(element, False, block)
        for child in list(element):
            if _is_element(child) and child.tag not in skipped:
                yield from walk(child, block)
            if child.tail:
                yield Run(child, True, block)
    text = root.find(T + "text")
    if text is not None:
        yield from walk(text, None)


@dataclass(frozen=True)
class Span:
    """A found stretch of a run: characters start..end go into a new element."""
    start: int
    end: int
    tag: str
    attrib: tuple[tuple[str, str], ...]


def wrap_spans(run: Run, spans: list[Span]) -> list[etree._Element]:
    """Move each span of the run's text into a new element in place; every character is kept."""
    if not spans:
        return []
    spans = sorted(spans, key=lambda s: s.start)
    text = run.text
    if run.is_tail:
        anchor = run.element
        parent = anchor.getparent()
        index = parent.index(anchor) + 1
    else:
        parent = run.element
        index = 0
    lead = text[:spans[0].start] or None
    if run.is_tail:
        run.element.tail = lead
    else:
        parent.text = lead
    # each new element is made inside the parent (cheaper than in a document of its own), at its
    # end, and moved to its place unless that is the end
    end = len(parent)
    pieces: list[etree._Element] = []
    for offset, span in enumerate(spans):
        following = spans[offset + 1].start if offset + 1 < len(spans) else len(text)
        element = etree.SubElement(parent, span.tag, dict(span.attrib))
        if index != end:
            parent.insert(index + offset, element)
        element.text = text[span.start:span.end]
        element.tail = text[span.end:following] or None
        pieces.append(element)
    return pieces


def tag_runs(root: etree._Element, find: Callable[[Run], list[Span]],
             skipped: frozenset[str] = SKIPPED) -> list[etree._Element]:
    """Scan every run with `find` and wrap what it returns; the new elements, in order."""
    created: list[etree._Element] = []
    for run in list(iter_runs(root, skipped)):
        spans = find(run)
        if spans:
            created.extend(wrap_spans(run, spans))
    return created


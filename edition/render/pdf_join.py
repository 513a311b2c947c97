# SPDX-License-Identifier: MIT
"""The pages of a book set in parts put into the book set around them (edition.render.pdf_parts).

The book around the parts holds the front and back matter and one empty page for every page of
the text; its contents, bookmarks, page labels, indexes and links already point at those empty
pages. Each empty page is given the content, resources and links of the part's page it stands
for, so that every reference to it holds. A part's links to its own pages are turned to the
book's pages; its named destinations are renamed (each part numbers its notes' destinations
alike); a link to a label another part holds ("ed-ext:label") becomes a link to that label's
place; the book's destinations of labels of the text move to the label's place in its part.
qpdf (pikepdf) copies the objects and writes the file, keeping only what the book refers to.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pikepdf
from pikepdf import Array, Dictionary, Name, NameTree, Pdf, String

EXTERNAL = "ed-ext:"
# what a page of a part brings to the page that stands for it
_PAGE_KEYS = ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox",
              "/Rotate", "/Group", "/UserUnit")


def _destinations(pdf: Pdf) -> NameTree | None:
    names = pdf.Root.get("/Names")
    dests = names.get("/Dests") if names is not None else None
    return NameTree(dests) if dests is not None else None


class _Part:
    """One part's pages and destinations, turned into the book's."""

    def __init__(self, book: Pdf, part: Pdf, number: int, book_pages: dict[int, Any]):
        self.book, self.prefix = book, f"ed-part-{number}:"
        # the part's page (object number, generation) -> the book's page
        self.pages = {page.obj.objgen: book_pages[index] for index, page in enumerate(part.pages)
                      if index in book_pages}
        tree = _destinations(part)
        self.names = {} if tree is None else {str(name): self.destination(value) for name, value in tree.items()}

    def foreign(self, value: Any) -> Any:
        """`value` of the part as an object of the book (indirect objects copied once)."""
        if isinstance(value, pikepdf.Object) and value.is_indirect:
            return self.book.copy_foreign(value)
        if isinstance(value, Dictionary):
            return Dictionary({key: self.foreign(item) for key, item in value.items()})
        if isinstance(value, Array):
            return Array([self.foreign(item) for item in value])
        return value

    def destination(self, value: Any) -> Array | None:
        """A destination of the part ([page /XYZ x y z], or a dictionary with /D) on the book's page."""
        if isinstance(value, Dictionary):
            value = value.get("/D")
        if not isinstance(value, Array) or len(value) == 0 or not isinstance(value[0], Dictionary):
            return None
        page = self.pages.get(value[0].objgen)
        if page is None:
            return None  # on the blank page a part may open with
        return Array([page] + [self.foreign(item) for item in list(value)[1:]])

    def link_target(self, target: Any, targets: dict[str, Array]) -> Any:
        """What a link of the part leads to in the book: a renamed destination or an explicit one."""
        if isinstance(target, (String, str)):
            name = str(target)
            return String(self.prefix + name) if self.names.get(name) is not None else targets.get(name)
        return self.destination(target)

    def annotation(self, annotation: Any, targets: dict[str, Array]) -> Any:
        copied = Dictionary({key: self.foreign(value) for key, value in annotation.items()
                             if key not in ("/P", "/Dest", "/A", "/StructParent")})
        action = annotation.get("/A")
        if annotation.get("/Dest") is not None:
            destination = self.link_target(annotation["/Dest"], targets)
        elif action is not None and action.get("/S") == Name.GoTo:
            destination = self.link_target(action.get("/D"), targets)
        elif action is not None and action.get("/S") == Name.URI and str(action.get("/URI")).startswith(EXTERNAL):
            # a label the book does not hold leaves the text unlinked
            destination = targets.get(str(action.get("/URI"))[len(EXTERNAL):])
        else:
            if action is not None:
                copied[Name.A] = self.foreign(action)
            return self.book.make_indirect(copied)
        if destination is None:
            return None
        copied[Name.Dest] = destination
        return self.book.make_indirect(copied)

    def fill(self, book_page: Dictionary, page: Dictionary, targets: dict[str, Array]) -> None:
        """`book_page` given the content, resources and links of the part's `page`."""
        for key in _PAGE_KEYS:
            if key in page:
                book_page[key] = self.foreign(page[key])
            elif key in book_page:
                del book_page[key]
        for key in ("/Annots", "/StructParents"):
            if key in book_page:
                del book_page[key]
        annotations = [self.annotation(a, targets) for a in page.get("/Annots", [])]
        kept = [a for a in annotations if a is not None]
        if kept:
            book_page[Name.Annots] = Array(kept)


def join(book_pdf: Path, first: int, parts: list[tuple[Pdf, int]],
         targets: dict[str, tuple[int, float, float]], output: Path) -> None:
    """Write `output`: `book_pdf` (the book set around the parts, its text's first page at index
    `first`) with its text's pages taken from `parts` (each an open PDF, which the caller
    closes, and how many blank pages it opens with). `targets`: each label's page in the book
    (index), and place (typst's points from the top left of the page)."""
    with Pdf.open(book_pdf) as book:
        pages = book.pages
        explicit = {}
        for name, (index, x, y) in targets.items():
            page = pages[index]
            explicit[name] = Array([page.obj, Name.XYZ, x, float(page.mediabox[3]) - y, None])
        names: dict[str, Any] = {}
        at = first
        for number, (part, blank) in enumerate(parts, start=1):
            count = len(part.pages) - blank
            joined = _Part(book, part, number, {blank + i: pages[at + i].obj for i in range(count)})
            for i in range(count):
                joined.fill(pages[at + i].obj, part.pages[blank + i].obj, explicit)
            names.update((joined.prefix + name, value) for name, value in joined.names.items() if value is not None)
            at += count
        tree = _destinations(book)
        if tree is None:
            if "/Names" not in book.Root:
                book.Root.Names = Dictionary()
            tree = NameTree.new(book)
            book.Root.Names.Dests = tree.obj
        # a label of the text: the book's destination moves from its empty page to its place
        names.update((str(name), explicit[str(name)]) for name in list(tree.keys()) if str(name) in explicit)
        for name, value in names.items():
            tree[name] = value
        book.save(output, deterministic_id=True, compress_streams=False,
                  stream_decode_level=pikepdf.StreamDecodeLevel.none,
                  object_stream_mode=pikepdf.ObjectStreamMode.preserve)

# SPDX-License-Identifier: MIT
"""The pages of a book set in parts put into the book set around them (edition.render.pdf_parts).

The book around the parts holds the front and back matter and one empty page for every page of
the text; its contents, bookmarks, page labels, indexes and links already point at those empty
pages. Each empty page is given the content, resources and links of the part's page it stands
for, so that every reference to it holds. A part's links to its own pages are turned to the
book's pages; its named destinations are renamed (each part numbers its notes' destinations
alike); a link to a label another part holds ("ed-ext:label") becomes a link to that label's
place; the book's destinations of labels of the text move to the label's place in its part.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (ArrayObject, DictionaryObject, FloatObject, IndirectObject, NameObject,
                           NullObject, TextStringObject)

EXTERNAL = "ed-ext:"
# what a page of a part brings to the page that stands for it
_PAGE_KEYS = ("/Contents", "/Resources", "/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox",
              "/Rotate", "/Group", "/UserUnit")


def _name_tree(node: Any) -> list[tuple[str, Any]]:
    """The (name, value) pairs of a name tree, in its order."""
    if node is None:
        return []
    node = node.get_object()
    pairs = []
    names = node.get("/Names")
    if names is not None:
        names = names.get_object()
        pairs += [(str(names[i]), names[i + 1]) for i in range(0, len(names) - 1, 2)]
    for kid in node.get("/Kids") or []:
        pairs += _name_tree(kid)
    return pairs


def _destinations(pdf: PdfReader | PdfWriter) -> list[tuple[str, Any]]:
    names = pdf.root_object.get("/Names")
    return _name_tree(names.get_object().get("/Dests") if names is not None else None)


def _number(page: Any) -> int:
    """The object number of a page read from a file."""
    return int(page.indirect_reference.idnum)


def _explicit(page: Any, x: float, y: float) -> ArrayObject:
    return ArrayObject([page, NameObject("/XYZ"), FloatObject(x), FloatObject(y), NullObject()])


class _Part:
    """One part's pages and destinations, turned into the book's."""

    def __init__(self, writer: PdfWriter, reader: PdfReader, number: int, book_pages: dict[int, Any]):
        self.writer, self.reader, self.prefix = writer, reader, f"ed-part-{number}:"
        # the part's page object number -> the book's page
        self.pages = {_number(page): book_pages[index]
                      for index, page in enumerate(reader.pages) if index in book_pages}
        self.names = {name: self.destination(value) for name, value in _destinations(reader)}

    def destination(self, value: Any) -> Any:
        """A destination of the part ([page /XYZ x y z], or a dictionary with /D) on the book's page."""
        value = value.get_object()
        if isinstance(value, DictionaryObject):
            value = value.get("/D")
            value = value.get_object() if value is not None else None
        if not isinstance(value, ArrayObject) or not value or not isinstance(value[0], IndirectObject):
            return None
        page = self.pages.get(value[0].idnum)
        if page is None:
            return None  # on the blank page a part may open with
        return ArrayObject([page] + [item.clone(self.writer) for item in value[1:]])

    def link_target(self, target: Any, targets: dict[str, ArrayObject]) -> Any:
        """What a link of the part leads to in the book: a renamed destination or an explicit one."""
        target = target.get_object()
        if isinstance(target, (str, bytes)) and not isinstance(target, NameObject):
            name = str(target)
            return TextStringObject(self.prefix + name) if self.names.get(name) is not None else targets.get(name)
        return self.destination(target)

    def annotation(self, annotation: Any, targets: dict[str, ArrayObject]) -> Any:
        annotation = annotation.get_object()
        copied = DictionaryObject()
        for key, value in annotation.items():
            if key in ("/P", "/Dest", "/A", "/StructParent"):
                continue
            copied[NameObject(key)] = value.clone(self.writer)
        action = annotation.get("/A")
        action = action.get_object() if action is not None else None
        if annotation.get("/Dest") is not None:
            destination = self.link_target(annotation["/Dest"], targets)
            if destination is None:
                return None
            copied[NameObject("/Dest")] = destination
        elif action is not None and action.get("/S") == "/GoTo":
            destination = self.link_target(action["/D"], targets)
            if destination is None:
                return None
            copied[NameObject("/Dest")] = destination
        elif action is not None and action.get("/S") == "/URI" and str(action.get("/URI", "")).startswith(EXTERNAL):
            destination = targets.get(str(action["/URI"])[len(EXTERNAL):])
            if destination is None:
                return None  # a label the book does not hold: the text stays, unlinked
            copied[NameObject("/Dest")] = destination
        elif action is not None:
            copied[NameObject("/A")] = action.clone(self.writer)
        return self.writer._add_object(copied)

    def fill(self, book_page: Any, page: Any, targets: dict[str, ArrayObject]) -> None:
        """`book_page` given the content, resources and links of the part's `page`."""
        for key in _PAGE_KEYS:
            if key in page:
                book_page[NameObject(key)] = page.raw_get(key).clone(self.writer)
            elif key in book_page:
                del book_page[key]
        for key in ("/Annots", "/StructParents"):
            if key in book_page:
                del book_page[key]
        annotations = [self.annotation(a, targets) for a in page.get("/Annots") or []]
        kept = [a for a in annotations if a is not None]
        if kept:
            book_page[NameObject("/Annots")] = ArrayObject(kept)


def join(book_pdf: Path, first: int, parts: list[tuple[Path, int]],
         targets: dict[str, tuple[int, float, float]], output: Path) -> None:
    """Write `output`: `book_pdf` (the book set around the parts, its text's first page at index
    `first`) with its text's pages taken from `parts` (each a PDF and how many blank pages it
    opens with). `targets`: each label's page in the book (index), and place (typst's points
    from the top left of the page)."""
    book = PdfReader(book_pdf)
    writer = PdfWriter(clone_from=book)
    writer.pdf_header = book.pdf_header
    book_pages = writer.pages
    explicit = {}
    for name, (index, x, y) in targets.items():
        page = book_pages[index]
        explicit[name] = _explicit(page.indirect_reference, x, float(page.mediabox.height) - y)
    names = dict((name, value) for name, value in _destinations(writer))
    at = first
    for number, (pdf, blank) in enumerate(parts, start=1):
        reader = PdfReader(pdf)
        count = len(reader.pages) - blank
        part = _Part(writer, reader, number, {blank + i: book_pages[at + i].indirect_reference for i in range(count)})
        for i in range(count):
            part.fill(book_pages[at + i], reader.pages[blank + i], explicit)
        names.update((part.prefix + name, value) for name, value in part.names.items() if value is not None)
        at += count
    # a label of the text: the book's destination moves from its empty page to its place
    names.update((name, explicit[name]) for name in list(names) if name in explicit)
    _write_destinations(writer, names)
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    with open(output, "wb") as stream:
        writer.write(stream)


def _write_destinations(writer: PdfWriter, names: dict[str, Any]) -> None:
    """The document's named destinations as one sorted name tree (as a name tree must be)."""
    if not names:
        return
    ordered = sorted(names.items(), key=lambda item: TextStringObject(item[0]).get_encoded_bytes())
    flat = ArrayObject()
    for name, value in ordered:
        flat += [TextStringObject(name), value]
    root = writer.root_object
    catalog_names = root.get("/Names")
    catalog_names = catalog_names.get_object() if catalog_names is not None else None
    if not isinstance(catalog_names, DictionaryObject):
        catalog_names = DictionaryObject()
        root[NameObject("/Names")] = catalog_names
    catalog_names[NameObject("/Dests")] = writer._add_object(DictionaryObject({NameObject("/Names"): flat}))

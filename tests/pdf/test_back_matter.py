# SPDX-License-Identifier: MIT
"""The indexes give pages of this PDF where each name is mentioned; emendations are listed."""
from __future__ import annotations

import re

import pypdf
import pytest

from pdftext import normalise

TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NAME_TAGS = {"person": "persName", "place": "placeName"}
TITLES = {"person": "Index of persons", "place": "Index of places"}


def index_text(reader: pypdf.PdfReader, title: str) -> str:
    """The text of one index, line-end hyphenation undone, white space collapsed."""
    pages = [p.extract_text() for p in reader.pages]
    start = next(i for i, t in enumerate(pages) if t.lstrip().startswith(title))
    text = pages[start]
    for following in pages[start + 1:]:
        if following.lstrip().startswith("Index of"):
            break
        text += "\n" + following
    return re.sub(r"\s+", " ", re.sub(r"[\u00ad-]\n", "", text))


def expand(pages: str) -> list[str]:
    result = []
    for part in pages.split(","):
        part = part.strip()
        if "–" in part:
            first, last = part.split("–")
            result += [str(n) for n in range(int(first), int(last) + 1)]
        elif part:
            result.append(part.removesuffix("n"))  # "23n": in a note on page 23
    return result


def entry_name(entry) -> str:
    names = [n for n in entry if n.tag in (TEI + "persName", TEI + "placeName")]
    normalised = [n for n in names if n.get("type") == "normalized"] or names
    return " ".join("".join(normalised[0].itertext()).split())


def _text_without(element, tag: str) -> list[str]:
    """The element's text with the subtrees of one tag left out."""
    out = [element.text or ""] if element.tag != tag else []
    for child in element:
        if child.tag != tag:
            out += _text_without(child, tag)
        out.append(child.tail or "")
    return out


@pytest.mark.parametrize("kind", ["person", "place"])
def test_index_pages_show_the_name(built, kind):
    mentions = {}
    for name in built.findall(f".//tei:text//tei:{NAME_TAGS[kind]}[@ref]"):
        if name.xpath("ancestor::tei:head", namespaces={"tei": TEI[1:-1]}):
            continue
        # a corrected name is printed in one reading: the correction or the source's
        forms = mentions.setdefault(name.get("ref").lstrip("#"), set())
        for left_out in ("sic", "corr"):
            forms.add(normalise("".join(_text_without(name, TEI + left_out))))
    entries = [e for e in built.findall(f".//tei:standOff//tei:{kind}") if e.get(XML_ID) in mentions]
    if not entries:
        pytest.skip(f"no {kind} mentioned in {built.tei.name}")
    reader = pypdf.PdfReader(built.pdf)
    labels = list(reader.page_labels)
    page_text = [normalise(p.extract_text()) for p in reader.pages]
    text = index_text(reader, TITLES[kind])
    checked = 0
    for entry in entries[:12]:
        name = entry_name(entry)
        found = re.search(re.escape(name) + r" ((?:\d+n?(?:–\d+)?(?:, )?)+)", text)
        if not found:
            continue
        pages = expand(found.group(1))
        assert pages, name
        for label in pages:
            physical = labels.index(label, labels.index("1"))  # body pages, after the roman ones
            assert any(form in page_text[physical] for form in mentions[entry.get(XML_ID)]), \
                f"{name}: index says page {label}, but no mention there"
        checked += 1
    assert checked >= min(3, len(entries)), f"too few entries of the {kind} index could be read"


def test_sample_index_exact_pages(sample):
    reader = pypdf.PdfReader(sample.pdf)
    persons = index_text(reader, "Index of persons")
    places = index_text(reader, "Index of places")
    # Lenin is named twice in chapter 11, which opens on page 2 after the part title (page 1)
    assert re.search(r"Vladimir Ilyich Lenin 2\b", persons)
    # Petrograd and Leningrad: one entry, and each form the text uses leads to it
    assert re.search(r"Saint Petersburg 2\b", places)
    assert "Petrograd, see Saint Petersburg" in places
    assert "Leningrad, see Saint Petersburg" in places


def test_emendations_list_where_reading_correction_and_source(sample):
    reader = pypdf.PdfReader(sample.pdf)
    text = " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in reader.pages)
    listing = text[text.index("List of emendations", text.index("List of emendations") + 1):]
    assert re.search(r"\b2 CHAPTER II CHAPTER 11 Rule of the converter", listing)


def _link_targets(reader: pypdf.PdfReader, page) -> list[int]:
    """The pages (0-based) the internal links of one page lead to."""
    targets = []
    for annot in page.get("/Annots") or []:
        annot = annot.get_object()
        action = annot.get("/A")
        dest = action.get_object().get("/D") if action is not None else annot.get("/Dest")
        if dest is None:
            continue
        dest = dest.get_object()
        if isinstance(dest, (str, bytes)):  # a named destination
            dest = reader.named_destinations[str(dest)]
            targets.append(reader.get_destination_page_number(dest))
        else:
            targets.append(reader.get_page_number(dest[0].get_object()))
    return targets


def test_index_page_numbers_link_to_their_pages(sample):
    reader = pypdf.PdfReader(sample.pdf)
    labels = list(reader.page_labels)
    texts = [p.extract_text().lstrip() for p in reader.pages]
    start = next(i for i, t in enumerate(texts) if t.startswith("Index of persons"))
    end = next((i for i, t in enumerate(texts) if i > start and t.startswith("Index of")), len(texts))
    printed = set(expand(", ".join(re.findall(r"\d+n?(?:–\d+)?", index_text(reader, "Index of persons")))))
    targets = [t for page in reader.pages[start:end] for t in _link_targets(reader, page)]
    assert targets, "the index has no links"
    assert {labels[t] for t in targets} <= printed

# SPDX-License-Identifier: MIT
"""teiHeader to the facts a package states: identifier, title, publisher and a fixed date."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as date_type
from pathlib import Path

from lxml import etree

from edition.errors import XMLInputError
from edition.tei.serialize import TEI_NS

NS = {"tei": TEI_NS}
# stands for the date when the header records none: fixed, so that packages are reproducible
FALLBACK_DATE = "1980-01-01"
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True)
class HeaderFacts:
    identifier: str
    title: str
    publisher: str
    authors: tuple[str, ...]
    date: str          # YYYY-MM-DD
    date_origin: str   # where `date` comes from, in words


def _text(node: etree._Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


def full_date(value: str) -> str | None:
    """An ISO 8601 date of any precision ('1924', '1924-08') to its first day, 'YYYY-MM-DD'."""
    match = _ISO_DATE.match(value.strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:  # a date that is no day of the calendar (2020-13-45) is no date
        date_type.fromisoformat(f"{year}-{month}-{day}")
    except ValueError:
        return None
    return f"{year}-{month}-{day}"


def edition_date(header: etree._Element) -> tuple[str, str]:
    """The edition's own date: its publication date, else its latest recorded revision.

    Never the clock (a rebuild must give the same bytes) and never the printed source's date
    (the package was not made in 1959).
    """
    published = header.xpath("tei:fileDesc/tei:publicationStmt/tei:date/@when", namespaces=NS)
    for value in published:
        date = full_date(value)
        if date:
            return date, "the edition's publication date (publicationStmt/date in the TEI header)"
    revisions = sorted(d for d in (full_date(v) for v in header.xpath(
        "tei:revisionDesc//tei:change/@when", namespaces=NS)) if d)
    if revisions:
        return revisions[-1], "the latest change recorded in the TEI header (revisionDesc/change)"
    return FALLBACK_DATE, ("a fixed placeholder, because the TEI header records no publication date "
                           "(publicationStmt/date) nor a dated change (revisionDesc/change/@when)")


_SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*\Z")


def edition_id(header: etree._Element | None, tei_file: Path) -> str:
    """The edition's identifier: its idno of type 'edition', else the first idno of its
    publicationStmt that can name a file, else its file name (as ed:edition-id in XSLT)."""
    candidates = []
    if header is not None:
        candidates = (header.xpath("tei:fileDesc/tei:publicationStmt/tei:idno[@type='edition']", namespaces=NS)
                      + header.xpath("tei:fileDesc/tei:publicationStmt//tei:idno", namespaces=NS))
    for idno in candidates:
        value = _text(idno)
        if _SAFE_ID.match(value):
            return value
    stem = re.sub(r"\.[A-Za-z0-9]+\Z", "", Path(tei_file).name)
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", stem).lstrip("._-")
    return stem or "edition"


def edition_title(header: etree._Element | None, fallback: str) -> str:
    """The main title(s) of the titleStmt, else its first title, else `fallback`."""
    if header is None:
        return fallback
    titles = header.findall("tei:fileDesc/tei:titleStmt/tei:title", NS)
    main = list(dict.fromkeys(t for t in (_text(x) for x in titles if x.get("type") == "main") if t))
    if main:
        return ". ".join(main)
    return next((t for t in (_text(x) for x in titles) if t), fallback)


def header_facts(tree: etree._ElementTree, tei_file: Path) -> HeaderFacts:
    root = tree.getroot()
    if root.tag not in (f"{{{TEI_NS}}}TEI", f"{{{TEI_NS}}}teiCorpus"):
        raise XMLInputError("not a TEI edition: expected a TEI (or teiCorpus) root element", tei_file,
                            root.sourceline, hint=f"the root element must be TEI in the namespace {TEI_NS}")
    found = root.find(f"{{{TEI_NS}}}teiHeader")
    # a TEI without its header (not valid, but it parses) is named by its file and undated
    header = found if found is not None else etree.Element(f"{{{TEI_NS}}}teiHeader")
    identifier = edition_id(found, tei_file)
    date, origin = edition_date(header)
    publisher = header.find("tei:fileDesc/tei:publicationStmt/tei:publisher", NS)
    if publisher is None:
        publisher = header.find("tei:fileDesc/tei:publicationStmt/tei:authority", NS)
    return HeaderFacts(
        identifier=identifier,
        title=edition_title(header, identifier),
        publisher=_text(publisher),
        authors=tuple(_text(a) for a in header.findall("tei:fileDesc/tei:titleStmt/tei:author", NS)),
        date=date,
        date_origin=origin,
    )

# SPDX-License-Identifier: MIT
"""teiHeader (and the seed's TOML) to the facts a package states: identifiers, title,
publisher, licence, dates, and who deposits it."""
from __future__ import annotations

import os
import re
import tomllib
import uuid
from dataclasses import dataclass, field
from datetime import date as date_type
from datetime import datetime, timezone
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
    # the persistent identifier (URI or URN) the EPUB and the deposit are known by
    persistent_id: str = ""
    persistent_origin: str = ""  # where it comes from, in words
    published: str = ""  # the edition's publication date as the header gives it (YYYY[-MM[-DD]]), or ""
    licence: str = ""
    licence_url: str = ""
    series: str = ""   # the printed source's series
    description: str = ""  # from the seed's TOML, or ""
    # [deposit] of the seed's TOML: source_organization, contact_name ... (absent keys absent)
    deposit: dict[str, str] = field(default_factory=dict)


def _text(node: etree._Element | None) -> str:
    return " ".join("".join(node.itertext()).split()) if node is not None else ""


# what a publisher or an authority may hold besides its name
_NOT_NAME = {f"{{{TEI_NS}}}{name}" for name in ("email", "address", "ptr", "ref", "idno", "note", "date")}


_NAMES = {f"{{{TEI_NS}}}{name}" for name in ("orgName", "persName", "name")}


def _name(node: etree._Element | None) -> str:
    """The name an element gives, without the e-mail, address or links it may also hold."""
    if node is None:
        return ""
    parts: list[str] = [node.text or ""]
    for child in node:
        if child.tag in _NOT_NAME:
            parts.append(" ")
        elif child.tag in _NAMES:  # names side by side stay apart
            parts.append(" " + _name(child) + " ")
        else:
            parts.append(_name(child))
        parts.append(child.tail or "")
    return re.sub(r"\s+([,;.:)])", r"\1", " ".join("".join(parts).split()))


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


# ---------------------------------------------------------------- persistent identifiers

# the namespace of the identifiers made for editions that name none (a fixed, documented UUID)
EDITION_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:x-edition:persistent-identifier")
_DOI = re.compile(r"(?:doi:|https?://(?:dx\.)?doi\.org/)?(10\.\d{4,9}/\S+)\Z", re.IGNORECASE)
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:\S+\Z")
# the types of idno in a publicationStmt that name the edition persistently, the best first (a
# plain web address, type "url", may name a whole project's site: it is not taken)
PERSISTENT_TYPES = ("DOI", "URN", "HANDLE", "ISBN", "URI")


def _isbn(value: str) -> str | None:
    """An ISBN-10 or ISBN-13 (hyphens and spaces allowed) with a right check digit, compacted."""
    digits = re.sub(r"[\s-]", "", re.sub(r"^ISBN(?:-1[03])?:?\s*", "", value.strip(), flags=re.IGNORECASE)).upper()
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return digits if total % 11 == 0 else None
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
        return digits if total % 10 == 0 else None
    return None


def persistent_form(value: str) -> str | None:
    """An identifier as a URI: a DOI as https://doi.org/..., an ISBN as urn:isbn:..., a URI or
    URN as it is; None for anything else (a bare slug is no persistent identifier)."""
    value = value.strip()
    doi = _DOI.match(value)
    if doi:
        return f"https://doi.org/{doi.group(1)}"
    isbn = _isbn(value)
    if isbn and not value.lower().startswith("urn:"):
        return f"urn:isbn:{isbn}"
    if _URI.match(value) and not re.match(r"(?i)isbn", value):
        return value
    return None


def derived_identifier(publisher: str, edition: str) -> str:
    """The identifier of an edition that names none: a name-based UUID (RFC 4122 version 5) of
    its publisher and id, so it stays the same on every build and through every correction."""
    return "urn:uuid:" + str(uuid.uuid5(EDITION_NAMESPACE, publisher + "\n" + edition))


def persistent_identifier(header: etree._Element, edition: str, publisher: str,
                          configured: str = "") -> tuple[str, str]:
    """(identifier, where it comes from): the seed's `[publication] identifier`, else an idno of
    type DOI, URI, URN or ISBN in the publicationStmt, else one derived from publisher and id."""
    if configured and persistent_form(configured):
        return persistent_form(configured) or "", "the seed's [publication] identifier"
    idnos = header.xpath("tei:fileDesc/tei:publicationStmt//tei:idno", namespaces=NS)
    for kind in PERSISTENT_TYPES:
        for idno in idnos:
            if str(idno.get("type", "")).upper() == kind:
                found = persistent_form(_text(idno))
                if found:
                    return found, f"the header's idno of type {idno.get('type')}"
    return derived_identifier(publisher, edition), ("a name-based UUID of the publisher and the edition's id "
                                                    "(no identifier is recorded for the edition)")


# ---------------------------------------------------------------- the seed's TOML

def seed_config_path(tei_file: Path, edition: str) -> Path | None:
    """The TOML of the seed an edition was converted from, where the project lays them out:
    tei/ID.xml beside seeds/NAME.toml whose [edition] id is ID. None for any other TEI file."""
    tei_dir = Path(tei_file).resolve().parent
    seeds = tei_dir.parent / "seeds"
    if tei_dir.name != "tei" or not seeds.is_dir():
        return None
    candidates = [seeds / f"{Path(tei_file).stem}.toml"] + sorted(seeds.glob("*.toml"))
    for path in dict.fromkeys(candidates):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue
        table = data.get("edition")
        if isinstance(table, dict) and table.get("id") == edition:
            return path
    return None


def _seed_settings(tei_file: Path, edition: str) -> tuple[str, str, dict[str, str]]:
    """(identifier, description, [deposit] keys) of the edition's seed TOML, checked; empty without one."""
    path = seed_config_path(tei_file, edition)
    if path is None:
        return "", "", {}
    from edition.config import load_config
    config = load_config(path)
    deposit = {k: " ".join(str(v).split()) for k, v in config.deposit.items()}
    return (str(config.publication.get("identifier", "")),
            " ".join(str(config.publication.get("description", "")).split()), deposit)


# ---------------------------------------------------------------- dates

def bagging_date(environ: dict[str, str] | None = None) -> tuple[str, str]:
    """(YYYY-MM-DD, where it comes from): the day SOURCE_DATE_EPOCH names when it is set (as
    reproducible builds do), else the day the build runs, both in UTC."""
    environ = dict(os.environ) if environ is None else environ
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch:
        if not re.fullmatch(r"\d{1,12}", epoch):
            from edition.errors import InputError
            raise InputError(f"SOURCE_DATE_EPOCH '{epoch[:40]}' is not a number of seconds since 1970",
                             hint="set it to a whole number, e.g. $(git log -1 --format=%ct), or unset it")
        day = datetime.fromtimestamp(int(epoch), tz=timezone.utc).date()
        return day.isoformat(), "the day SOURCE_DATE_EPOCH names (UTC)"
    return datetime.now(timezone.utc).date().isoformat(), "the day the package was built (UTC)"


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
    publisher_el = header.find("tei:fileDesc/tei:publicationStmt/tei:publisher", NS)
    if publisher_el is None:
        publisher_el = header.find("tei:fileDesc/tei:publicationStmt/tei:authority", NS)
    publisher = _name(publisher_el)
    configured, description, deposit = _seed_settings(tei_file, identifier)
    persistent, persistent_origin = persistent_identifier(header, identifier, publisher, configured)
    published = next((" ".join(str(v).split()) for v in header.xpath(
        "tei:fileDesc/tei:publicationStmt/tei:date/@when", namespaces=NS) if full_date(str(v))), "")
    licence = header.find("tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence", NS)
    series = header.find("tei:fileDesc/tei:sourceDesc//tei:series/tei:title", NS)
    return HeaderFacts(
        identifier=identifier,
        title=edition_title(header, identifier),
        publisher=publisher,
        authors=tuple(_text(a) for a in header.findall("tei:fileDesc/tei:titleStmt/tei:author", NS)),
        date=date,
        date_origin=origin,
        persistent_id=persistent,
        persistent_origin=persistent_origin,
        published=published,
        licence=_text(licence),
        licence_url=" ".join(str(licence.get("target", "")).split()) if licence is not None else "",
        series=_text(series),
        description=description,
        deposit=deposit,
    )

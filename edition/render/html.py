# SPDX-License-Identifier: MIT
"""TEI editions to the static web edition: reading pages, registers, chronology, search."""
from __future__ import annotations

import multiprocessing
import re
import shutil
import tempfile
import tomllib
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition.errors import InputError, XMLInputError
from edition.fileio import atomic_directory
from edition.header_facts import edition_id as edition_id_of
from edition.outputs import downloads
from edition.render.saxon import XSLT_DIR, transform
from edition.tei.serialize import TEI_NS
from edition.render.vocabulary import report_unknown
from edition.render.documents import with_formulae
from edition.render.media import local_images
from edition.render.xinclude import resolve_includes
from edition.xmlsafe import read_xml

SITE_XSL = XSLT_DIR / "html" / "site.xsl"
ASSETS_DIR = XSLT_DIR / "html" / "assets"
# outputs built beside the site (build/pdf, build/epub) that its pages offer for download
DOWNLOADS = downloads()


@dataclass(frozen=True)
class Edition:
    id: str
    source: Path
    # the document to render when it is not the file itself: a file with its xi:includes
    # resolved, or one TEI of a teiCorpus
    text: str | None = None
    member: bool = False  # one TEI of a teiCorpus
    images: tuple = ()    # the local images it shows (edition.render.media)


def _images_of(tree: etree._ElementTree, path: Path) -> tuple:
    """The local images a document shows: its figures and media, and its page images
    (`pb/@facs` naming a file), under the rules of edition.render.media."""
    facs = etree.Element(f"{{{TEI_NS}}}facs")
    for pb in tree.getroot().iter(f"{{{TEI_NS}}}pb"):
        url = (pb.get("facs") or "").strip()
        if url and not url.startswith("#"):
            etree.SubElement(facs, f"{{{TEI_NS}}}graphic", url=url)
    found = {image.url: image for image in local_images(tree, path)}
    for image in local_images(etree.ElementTree(facs), path):
        found.setdefault(image.url, image)
    return tuple(sorted(found.values(), key=lambda image: image.url))


def _editions_of(path: Path) -> list[Edition]:
    """Parse one TEI file (or teiCorpus) safely; the editions it holds, with their ids."""
    read = read_xml(path)
    safe = with_formulae(resolve_includes(read))
    root = safe.tree.getroot()
    if root.tag == f"{{{TEI_NS}}}teiCorpus":
        members = root.findall(f"{{{TEI_NS}}}TEI")
        if not members:
            raise XMLInputError("the teiCorpus holds no TEI document", path, root.sourceline)
        report_unknown(safe.tree, path)
        editions = []
        for number, member in enumerate(members, start=1):
            header = member.find(f"{{{TEI_NS}}}teiHeader")
            own = edition_id_of(header, Path(f"{path.stem}-{number}.xml"))
            editions.append(Edition(own, path, etree.tostring(member, encoding="unicode"), member=True,
                                    images=_images_of(etree.ElementTree(member), path)))
        return editions
    if root.tag != f"{{{TEI_NS}}}TEI":
        raise XMLInputError(f"expected a TEI document, found <{etree.QName(root).localname}>",
                            path, root.sourceline,
                            hint=f"the root element must be TEI (or teiCorpus) in the namespace {TEI_NS}")
    edition_id = edition_id_of(root.find(f"{{{TEI_NS}}}teiHeader"), path)
    report_unknown(safe.tree, path)
    return [Edition(edition_id, path, safe.text if safe is not read or read.rewritten else None,
                    images=_images_of(safe.tree, path))]


def _render_file(edition: Edition, work: Path) -> Path:
    """The file the stylesheets read for an edition: the TEI itself, or its resolved copy,
    named so that an edition without an idno keeps the id its file name gives it."""
    if edition.text is None:
        return edition.source
    folder = work / "documents" / edition.id
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / (f"{edition.id}.xml" if edition.member else f"{edition.source.stem}.xml")
    target.write_text(edition.text, encoding="utf-8")
    return target


@dataclass(frozen=True)
class _Rendered(Edition):
    render: Path = Path()


# the site's own pages (xslt/html/site.xsl), whose names an edition's page cannot take
SITE_PAGES = frozenset({"index", "search", "chronology", "persons", "places", "organisations"})


def _check_unique(editions: list[Edition]) -> None:
    seen: dict[str, Path] = {}
    for edition in editions:
        if edition.id in SITE_PAGES:
            raise InputError(f"edition id {edition.id!r} is the name of one of the site's own pages",
                             edition.source, hint="rename the file or give the TEI an idno")
        if edition.id in seen:
            raise InputError(f"edition id {edition.id!r} is also the id of {seen[edition.id]}",
                             edition.source, hint="each edition needs its own idno")
        seen[edition.id] = edition.source


def _copy_downloads(edition: _Rendered, site: Path, beside: Path) -> dict[str, str]:
    """Copy the edition's TEI and, when already built, its PDF and EPUB into the site."""
    links = {"tei": f"tei/{edition.id}.xml"}
    (site / "tei").mkdir(exist_ok=True)
    shutil.copyfile(edition.render, site / links["tei"])
    for image in edition.images:
        target = site / "media" / edition.id / image.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(image.path, target)
    for folder, suffix in DOWNLOADS:
        built = beside / folder / f"{edition.id}.{suffix}"
        if built.is_file():
            (site / folder).mkdir(exist_ok=True)
            links[folder] = f"{folder}/{edition.id}.{suffix}"
            shutil.copyfile(built, site / links[folder])
    return links


def _collection(editions: list[_Rendered], links: list[dict[str, str]]) -> bytes:
    """The document site.xsl runs on: where each TEI is and what the site offers of it."""
    root = etree.Element("collection")
    for edition, offered in zip(editions, links):
        entry = etree.SubElement(root, "edition", id=edition.id, href=edition.render.resolve().as_uri(),
                                 **offered)
        for image in edition.images:
            etree.SubElement(entry, "image", url=image.url, href=f"media/{edition.id}/{image.name}")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _copy_assets(site: Path) -> None:
    target = site / "assets"
    target.mkdir()
    for asset in sorted(ASSETS_DIR.iterdir()):
        if asset.is_file():
            shutil.copyfile(asset, target / asset.name)


# What each page over every edition costs, per byte of all the TEI, against a reading page
# per byte of its own edition (1.0): measured on the benchmark corpus, used only to share the
# pages fairly among processes
SITE_PAGE_COST = {"chronology": 0.75, "register:person": 0.3, "search": 0.25,
                  "register:place": 0.2, "register:org": 0.2, "index": 0.05}


# a process of its own costs about as much time as the pages of this much TEI (starting
# Python, compiling the stylesheets, reading every edition): a smaller site is one process
BYTES_PER_PROCESS = 1_000_000


def page_shares(sizes: dict[str, int], jobs: int) -> list[str]:
    """The site's pages (site.xsl's `pages` parameter) shared among at most `jobs` processes:
    the costliest first, each to the process with the least work so far."""
    total = sum(sizes.values())
    work = [(f"reading:{edition_id}", float(size)) for edition_id, size in sizes.items()]
    work += [(page, cost * total) for page, cost in SITE_PAGE_COST.items()]
    processes = min(jobs, len(work), -(-total // BYTES_PER_PROCESS))
    shares: list[list[str]] = [[] for _ in range(max(1, processes))]
    loads = [0.0] * len(shares)
    for page, cost in sorted(work, key=lambda item: (-item[1], item[0])):
        least = loads.index(min(loads))
        shares[least].append(page)
        loads[least] += cost
    return [" ".join(share) for share in shares]


def _write_pages(collection: Path, site: Path, params: dict[str, object]) -> None:
    transform(SITE_XSL, collection, params=params, base_output_dir=site)


def _write_site(collection: Path, site: Path, params: dict[str, object], sizes: dict[str, int],
                jobs: int) -> None:
    """Every page of the site, in one Saxon run or shared among `jobs` processes. The pages
    do not depend on one another, so the site is the same either way."""
    shares = page_shares(sizes, jobs) if jobs > 1 else []
    if len(shares) < 2:
        _write_pages(collection, site, params)
        return
    # fresh interpreters: a forked copy of a process that already runs Saxon is not safe
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=len(shares), mp_context=context) as pool:
        runs = [pool.submit(_write_pages, collection, site, {**params, "pages": share}) for share in shares]
        for run in runs:
            run.result()  # the first failure, with its own message


def seeds_site_url(tei_files: list[Path], seeds_dir: Path) -> str | None:
    """The public address the seeds' TOML give (`edition.site_url`) for the editions of
    `tei_files` (tei/ID.xml), the first one found; None when none gives one."""
    ids = {Path(path).stem for path in tei_files}
    for toml in sorted(Path(seeds_dir).glob("*.toml")):
        try:
            edition = tomllib.loads(toml.read_text(encoding="utf-8")).get("edition", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            continue  # convert reports a broken TOML; the site is built without the address
        url = edition.get("site_url") if isinstance(edition, dict) else None
        if isinstance(url, str) and edition.get("id") in ids and url.startswith(("http://", "https://")):
            return url
    return None


def build_site(tei_files: list[Path], out_dir: Path, *, site_title: str | None = None,
               site_url: str | None = None, jobs: int = 1) -> None:
    """Build the web edition of `tei_files` into `out_dir`, replacing it only on success.

    PDFs and EPUBs found beside `out_dir` (../pdf/<id>.pdf, ../epub/<id>.epub) are copied in
    and linked; when absent, their links are left out. With `jobs` above 1 the pages are
    written by that many processes.
    """
    if not tei_files:
        raise InputError("no TEI files to build the site from", hint="pass tei/*.xml")
    editions = [edition for path in tei_files for edition in _editions_of(Path(path))]
    _check_unique(editions)
    out_dir = Path(out_dir)
    params: dict[str, object] = {}
    if site_title:
        params["site-title"] = site_title
    if site_url:
        if not re.fullmatch(r"https?://[^\s\"'<>]+", site_url):
            raise InputError(f"the site address {site_url!r} is not an http(s) URL",
                             hint="give the public address, e.g. --site-url https://example.org/editions/")
        params["site-url"] = site_url if site_url.endswith("/") else site_url + "/"
    with atomic_directory(out_dir) as site, tempfile.TemporaryDirectory() as work:
        rendered = [_Rendered(e.id, e.source, e.text, e.member, e.images, _render_file(e, Path(work)))
                    for e in editions]
        links = [_copy_downloads(edition, site, out_dir.parent) for edition in rendered]
        _copy_assets(site)
        collection = Path(work) / "collection.xml"
        collection.write_bytes(_collection(rendered, links))
        sizes = {e.id: e.render.stat().st_size for e in rendered}
        _write_site(collection, site, params, sizes, jobs)

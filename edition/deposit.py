# SPDX-License-Identifier: MIT
"""TEI edition to an archive package: a BagIt 1.0 bag (RFC 8493) with a Dublin Core record,
the edition's access copies (PDF/A and EPUB), and its zip."""
from __future__ import annotations

import hashlib
import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import bagit

from edition import __version__
from edition.header_facts import HeaderFacts, bagging_date, header_facts
from edition.deposit_readme import package_readme
from edition.zipfiles import directory_entries, zip_bytes, zip_timestamp
from edition.errors import InputError, RenderError
from edition.fileio import atomic_directory, dir_mode, file_mode, write_atomic
from edition.render.saxon import XSLT_DIR, transform
from edition.xmlsafe import SafeXML, parse_xml, read_xml

SCHEMA_DIR = XSLT_DIR.parent / "schema"
DC_STYLESHEET = XSLT_DIR / "dc" / "oai_dc.xsl"
DC_RECORD = "metadata/oai_dc.xml"
CHECKSUMS = ["sha256", "sha512"]
BAGIT_TXT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
# the outputs a package carries as access copies, by their name in edition/outputs.py
ACCESS_OUTPUTS = ("pdf", "epub")


def _archived(name: str) -> bool:
    """Editor backups and hidden files are not archived."""
    return not name.startswith(".") and not name.endswith("~")


def _files_under(folder: Path) -> list[Path]:
    """Regular files below `folder`, sorted; a symbolic link is refused, never followed.

    A link in schema/ or tei/registers/ could otherwise put any file of the machine (a key,
    /etc/passwd) into the package with valid checksums.
    """
    if not folder.is_dir():
        return []
    found = []
    for top, dirs, files in os.walk(folder, followlinks=False):
        dirs[:] = sorted(d for d in dirs if _archived(d))
        for name in sorted(dirs + files):
            path = Path(top) / name
            if _archived(name) and path.is_symlink():
                raise InputError("is a symbolic link; a deposit package holds regular files only", path,
                                 hint="replace the link by the file itself, or remove it")
        found += [Path(top) / name for name in files if _archived(name) and (Path(top) / name).is_file()]
    return sorted(found)


def _copy(source: Path, target: Path, named: bool = False) -> None:
    """Copy a file into the bag; a symbolic link is refused unless the file was named by the
    user (the edition itself), never followed by surprise."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if source.is_symlink() and not named:
        raise InputError("is a symbolic link; a deposit package holds regular files only", source,
                         hint="replace the link by the file itself")
    try:
        # never follow a link that appeared since the listing
        flags = os.O_RDONLY | (0 if named else getattr(os, "O_NOFOLLOW", 0))
        fd = os.open(source, flags)
        with os.fdopen(fd, "rb") as reader, open(target, "wb") as writer:
            shutil.copyfileobj(reader, writer)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source) from None
    os.chmod(target, file_mode())


def _payload(tei_file: Path, registers_dir: Path) -> list[tuple[Path, str]]:
    """(source file, path in the payload) for the edition, its registers and the schema."""
    files = [(tei_file, f"tei/{tei_file.name}")]
    registers = [p for p in _files_under(registers_dir) if p.suffix == ".xml"]
    for register in registers:
        parse_xml(register)  # a register with a DOCTYPE or entities is refused, as the TEI is
    files += [(p, f"tei/registers/{p.relative_to(registers_dir).as_posix()}") for p in registers]
    files += [(p, f"schema/{p.relative_to(SCHEMA_DIR).as_posix()}") for p in _files_under(SCHEMA_DIR)]
    return files


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1000 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1000
    raise AssertionError("unreachable")


def _bag_info(facts: HeaderFacts, payload_bytes: int, bagged: str) -> dict[str, str]:
    """bag-info.txt: only what the header or the seed's [deposit] table states; nothing invented."""
    deposit = facts.deposit
    info: dict[str, str] = {
        "Source-Organization": deposit.get("source_organization") or facts.publisher,
        "Organization-Address": deposit.get("organization_address", ""),
        "Contact-Name": deposit.get("contact_name", ""),
        "Contact-Email": deposit.get("contact_email", ""),
        "External-Identifier": facts.persistent_id,
        "Internal-Sender-Identifier": facts.identifier,
        "External-Description": (f"{facts.title}: TEI XML edition, with the registers it draws on, "
                                 "the schema it validates against, a Dublin Core record and its access "
                                 "copies (PDF/A and EPUB)."),
        "Bag-Group-Identifier": deposit.get("group") or facts.series,
        "Rights": " ".join(part for part in (facts.licence, facts.licence_url) if part),
        # the day the package was made (SOURCE_DATE_EPOCH when set); the edition's own date apart
        "Bagging-Date": bagged,
        "Edition-Date": facts.published,
        "Bag-Size": human_size(payload_bytes),
        "Bag-Software-Agent": f"edition {__version__} (bagit.py {bagit.VERSION})",
    }
    return {key: value for key, value in info.items() if value}


def _tag_manifests(bag_dir: Path) -> None:
    """The tag manifests of every tag file, sorted by name: bagit lists them in directory order,
    which differs between file systems."""
    tag_files = sorted(p for p in bag_dir.rglob("*") if p.is_file() and "data" != p.relative_to(bag_dir).parts[0]
                       and not p.name.startswith("tagmanifest-"))
    for algorithm in CHECKSUMS:
        lines = [f"{hashlib.new(algorithm, p.read_bytes()).hexdigest()} {p.relative_to(bag_dir).as_posix()}\n"
                 for p in tag_files]
        (bag_dir / f"tagmanifest-{algorithm}.txt").write_text("".join(lines), encoding="utf-8")


def _make_bag(bag_dir: Path, info: Mapping[str, str]) -> None:
    logging.getLogger("bagit").setLevel(logging.WARNING)
    try:
        bagit.make_bag(str(bag_dir), bag_info=dict(info), checksums=CHECKSUMS)
    except (bagit.BagError, OSError, RuntimeError) as exc:
        raise RenderError(f"cannot make the BagIt bag: {exc}", bag_dir) from None
    # bagit.py writes version 0.97; the bag is the same in 1.0 but for this line (RFC 8493)
    (bag_dir / "bagit.txt").write_text(BAGIT_TXT, encoding="utf-8")
    _tag_manifests(bag_dir)
    for path in bag_dir.rglob("*"):
        os.chmod(path, dir_mode() if path.is_dir() else file_mode())


def _access_copies(tei_file: Path, given: Mapping[str, Path], scratch: Path) -> list[tuple[Path, str]]:
    """(file, path in the payload) of the PDF/A and the EPUB: the ones given where they are
    there and not older than the TEI, else made afresh in `scratch` for the package only."""
    from edition.outputs import by_name
    copies = []
    for name in ACCESS_OUTPUTS:
        output = by_name(name)
        path = given.get(name)
        if path is None or not path.is_file() or path.stat().st_mtime < tei_file.stat().st_mtime:
            path = output.build(tei_file, scratch / name)
        copies.append((path, f"access/{tei_file.stem}{output.suffix}"))
    return copies


def default_access_copies(tei_file: Path, out_dir: Path) -> dict[str, Path]:
    """Where `edition build` and make put the access copies: build/pdf/, build/epub/ beside build/deposit/."""
    from edition.outputs import by_name
    return {name: Path(out_dir).parent / name / f"{Path(tei_file).stem}{by_name(name).suffix}"
            for name in ACCESS_OUTPUTS}


def _fill_bag(tei: SafeXML, payload: list[tuple[Path, str]], bag_dir: Path, bag_name: str,
              facts: HeaderFacts, bagged: tuple[str, str]) -> None:
    """Write the payload into `bag_dir` (at its top: make_bag moves it into data/) and bag it."""
    tei_file = tei.path
    os.chmod(bag_dir, dir_mode())  # make_bag gives data/ the mode of the bag folder
    for source, name in payload:
        _copy(source, bag_dir / name, named=source == tei_file or name.startswith("access/"))
    (bag_dir / DC_RECORD).parent.mkdir(parents=True, exist_ok=True)
    transform(DC_STYLESHEET, tei, output=bag_dir / DC_RECORD, params=dc_params(facts))
    os.chmod(bag_dir / DC_RECORD, file_mode())
    names = sorted([p.relative_to(bag_dir).as_posix() for p in _files_under(bag_dir)] + ["README.txt"])
    readme = package_readme(facts, bag_name, f"tei/{tei_file.name}", names, bagged)
    (bag_dir / "README.txt").write_text(readme, encoding="utf-8")
    os.chmod(bag_dir / "README.txt", file_mode())
    payload_bytes = sum(p.stat().st_size for p in _files_under(bag_dir))
    _make_bag(bag_dir, _bag_info(facts, payload_bytes, bagged[0]))


def dc_params(facts: HeaderFacts) -> dict[str, object]:
    """What the Dublin Core stylesheet is told besides the TEI: the identifiers, the title as
    the packages give it (never empty) and the seed's description."""
    return {"identifier": facts.persistent_id, "description": facts.description,
            "edition-id": facts.identifier, "title": facts.title}


def build_deposit(tei_file: Path, out_dir: Path, registers_dir: Path,
                  access_copies: Mapping[str, Path] | None = None) -> Path:
    """Write out_dir/<edition>/ (the bag) and out_dir/<edition>.zip; return the zip's path.

    `access_copies` names the PDF and the EPUB already built ({"pdf": path, "epub": path};
    default: build/pdf/ and build/epub/ beside out_dir); one that is missing or older than the
    TEI is made afresh for the package. Bag and zip are built aside and moved into place
    whole, so a failure leaves the previous package untouched.
    """
    tei_file, out_dir, registers_dir = Path(tei_file), Path(out_dir), Path(registers_dir)
    tei = read_xml(tei_file)
    facts = header_facts(tei.tree, tei_file)
    bagged = bagging_date()  # a malformed SOURCE_DATE_EPOCH is refused before anything is made
    name = tei_file.stem
    target = out_dir / f"{name}.zip"
    payload = _payload(tei_file, registers_dir)
    given = default_access_copies(tei_file, out_dir) if access_copies is None else dict(access_copies)
    with tempfile.TemporaryDirectory(prefix="edition-access-") as scratch:
        payload += _access_copies(tei_file, given, Path(scratch))
        with atomic_directory(out_dir / name) as bag_dir:
            _fill_bag(tei, payload, bag_dir, name, facts, bagged)
            # the zip's time stamps are the edition's own date: the same bytes on every build
            archive = zip_bytes(directory_entries(bag_dir, name), zip_timestamp(facts.date))
    write_atomic(target, archive)
    return target

# SPDX-License-Identifier: MIT
"""TEI edition to an archive package: a BagIt bag with a Dublin Core record, and its zip."""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

import bagit

from edition import __version__
from edition.header_facts import HeaderFacts, header_facts
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


def _bag_info(facts: HeaderFacts, payload_bytes: int) -> dict[str, str]:
    return {
        "Source-Organization": facts.publisher or "not recorded in the TEI header",
        "External-Identifier": facts.identifier,
        "External-Description": (f"{facts.title}: TEI XML edition, with the registers it draws on, "
                                 "the schema it validates against and a Dublin Core record."),
        # the edition's own date, never the clock: bagit would otherwise write today's date
        "Bagging-Date": facts.date,
        "Bag-Size": human_size(payload_bytes),
        "Bag-Software-Agent": f"edition {__version__} (bagit.py {bagit.VERSION})",
    }


def _sort_tag_manifests(bag_dir: Path) -> None:
    """bagit lists tag files in directory order, which differs between file systems."""
    for manifest in sorted(bag_dir.glob("tagmanifest-*.txt")):
        lines = manifest.read_text(encoding="utf-8").splitlines()
        manifest.write_text("".join(f"{line}\n" for line in sorted(lines, key=lambda line: line.split(" ", 1)[1])),
                            encoding="utf-8")


def _make_bag(bag_dir: Path, info: dict[str, str]) -> None:
    logging.getLogger("bagit").setLevel(logging.WARNING)
    try:
        bagit.make_bag(str(bag_dir), bag_info=info, checksums=CHECKSUMS)
    except (bagit.BagError, OSError, RuntimeError) as exc:
        raise RenderError(f"cannot make the BagIt bag: {exc}", bag_dir) from None
    _sort_tag_manifests(bag_dir)
    for path in bag_dir.rglob("*"):
        os.chmod(path, dir_mode() if path.is_dir() else file_mode())


def _fill_bag(tei: SafeXML, registers_dir: Path, bag_dir: Path, bag_name: str, facts: HeaderFacts) -> None:
    """Write the payload into `bag_dir` (at its top: make_bag moves it into data/) and bag it."""
    tei_file = tei.path
    os.chmod(bag_dir, dir_mode())  # make_bag gives data/ the mode of the bag folder
    for source, name in _payload(tei_file, registers_dir):
        _copy(source, bag_dir / name, named=source == tei_file)
    (bag_dir / DC_RECORD).parent.mkdir(parents=True, exist_ok=True)
    transform(DC_STYLESHEET, tei, output=bag_dir / DC_RECORD)
    os.chmod(bag_dir / DC_RECORD, file_mode())
    names = sorted([p.relative_to(bag_dir).as_posix() for p in _files_under(bag_dir)] + ["README.txt"])
    readme = package_readme(facts, bag_name, f"tei/{tei_file.name}", names)
    (bag_dir / "README.txt").write_text(readme, encoding="utf-8")
    os.chmod(bag_dir / "README.txt", file_mode())
    payload_bytes = sum(p.stat().st_size for p in _files_under(bag_dir))
    _make_bag(bag_dir, _bag_info(facts, payload_bytes))


def build_deposit(tei_file: Path, out_dir: Path, registers_dir: Path) -> Path:
    """Write out_dir/<edition>/ (the bag) and out_dir/<edition>.zip; return the zip's path.

    Both are built aside and moved into place whole, so a failure leaves the previous
    package untouched.
    """
    tei_file, out_dir, registers_dir = Path(tei_file), Path(out_dir), Path(registers_dir)
    tei = read_xml(tei_file)
    facts = header_facts(tei.tree, tei_file)
    name = tei_file.stem
    target = out_dir / f"{name}.zip"
    with atomic_directory(out_dir / name) as bag_dir:
        _fill_bag(tei, registers_dir, bag_dir, name, facts)
        archive = zip_bytes(directory_entries(bag_dir, name), zip_timestamp(facts.date))
    write_atomic(target, archive)
    return target

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
from edition.fileio import atomic_directory, write_atomic
from edition.render.saxon import XSLT_DIR, transform
from edition.xmlsafe import parse_xml

SCHEMA_DIR = XSLT_DIR.parent / "schema"
DC_STYLESHEET = XSLT_DIR / "dc" / "oai_dc.xsl"
DC_RECORD = "metadata/oai_dc.xml"
CHECKSUMS = ["sha256", "sha512"]


def _files_under(folder: Path) -> list[Path]:
    """Regular files below `folder`, sorted; editor backups and hidden files are not archived."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                  and not p.name.endswith("~"))


def _copy(source: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copyfile(source, target)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source) from None
    os.chmod(target, 0o644)


def _payload(tei_file: Path, registers_dir: Path) -> list[tuple[Path, str]]:
    """(source file, path in the payload) for the edition, its registers and the schema."""
    files = [(tei_file, f"tei/{tei_file.name}")]
    files += [(p, f"tei/registers/{p.relative_to(registers_dir).as_posix()}")
              for p in _files_under(registers_dir) if p.suffix == ".xml"]
    files += [(p, f"schema/{p.relative_to(SCHEMA_DIR).as_posix()}") for p in _files_under(SCHEMA_DIR)]
    return files


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1000
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
        os.chmod(path, 0o755 if path.is_dir() else 0o644)


def _fill_bag(tei_file: Path, registers_dir: Path, bag_dir: Path, bag_name: str, facts: HeaderFacts) -> None:
    """Write the payload into `bag_dir` (at its top: make_bag moves it into data/) and bag it."""
    os.chmod(bag_dir, 0o755)  # make_bag gives data/ the mode of the bag folder
    for source, name in _payload(tei_file, registers_dir):
        _copy(source, bag_dir / name)
    (bag_dir / DC_RECORD).parent.mkdir(parents=True, exist_ok=True)
    transform(DC_STYLESHEET, tei_file, output=bag_dir / DC_RECORD)
    os.chmod(bag_dir / DC_RECORD, 0o644)
    names = sorted([p.relative_to(bag_dir).as_posix() for p in _files_under(bag_dir)] + ["README.txt"])
    readme = package_readme(facts, bag_name, f"tei/{tei_file.name}", names)
    (bag_dir / "README.txt").write_text(readme, encoding="utf-8")
    os.chmod(bag_dir / "README.txt", 0o644)
    payload_bytes = sum(p.stat().st_size for p in _files_under(bag_dir))
    _make_bag(bag_dir, _bag_info(facts, payload_bytes))


def build_deposit(tei_file: Path, out_dir: Path, registers_dir: Path) -> Path:
    """Write out_dir/<edition>/ (the bag) and out_dir/<edition>.zip; return the zip's path.

    Both are built aside and moved into place whole, so a failure leaves the previous
    package untouched.
    """
    tei_file, out_dir, registers_dir = Path(tei_file), Path(out_dir), Path(registers_dir)
    facts = header_facts(parse_xml(tei_file), tei_file)
    name = tei_file.stem
    target = out_dir / f"{name}.zip"
    with atomic_directory(out_dir / name) as bag_dir:
        _fill_bag(tei_file, registers_dir, bag_dir, name, facts)
        archive = zip_bytes(directory_entries(bag_dir, name), zip_timestamp(facts.date))
    write_atomic(target, archive)
    return target

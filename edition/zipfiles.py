# SPDX-License-Identifier: MIT
"""Files to zip bytes that are identical on every build: fixed order, timestamps and modes."""
from __future__ import annotations

import calendar
import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

# the earliest and the latest timestamp a zip entry can hold (MS-DOS dates)
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZIP_END = (2107, 12, 31, 0, 0, 0)
FILE_MODE = 0o100644
DIR_MODE = 0o040755
UNIX = 3


@dataclass(frozen=True)
class ZipEntry:
    name: str
    data: bytes | None  # None for a directory
    stored: bool = False  # kept uncompressed (the EPUB mimetype must be)


def zip_timestamp(iso_date: str) -> tuple[int, int, int, int, int, int]:
    """'YYYY-MM-DD' to a zip timestamp at midnight, within what a zip can hold (1980-2107).

    Never fails: a day the month does not have (2026-02-30, which validation reports) is
    taken as the month's last day, and anything unreadable as the earliest timestamp."""
    match = re.match(r"\s*(\d{1,4})-(\d{1,2})-(\d{1,2})", iso_date or "")
    if not match:
        return ZIP_EPOCH
    year, month, day = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return ZIP_EPOCH
    if (year, month, day) < ZIP_EPOCH[:3]:
        return ZIP_EPOCH
    if (year, month, day) > ZIP_END[:3]:
        return ZIP_END
    day = min(max(day, 1), calendar.monthrange(year, month)[1])
    return (year, month, day, 0, 0, 0)


def _info(entry: ZipEntry, date_time: tuple[int, int, int, int, int, int]) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(entry.name, date_time=date_time)
    info.create_system = UNIX  # the host's value would otherwise leak into the bytes
    if entry.data is None:
        info.external_attr = (DIR_MODE << 16) | 0x10
        info.compress_type = zipfile.ZIP_STORED
    else:
        info.external_attr = FILE_MODE << 16
        info.compress_type = zipfile.ZIP_STORED if entry.stored else zipfile.ZIP_DEFLATED
    return info


def zip_bytes(entries: Iterable[ZipEntry], date_time: tuple[int, int, int, int, int, int] = ZIP_EPOCH) -> bytes:
    """Entries in the order given, each with the same timestamp and a fixed mode."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry in entries:
            archive.writestr(_info(entry, date_time), entry.data or b"", compresslevel=9)
    return buffer.getvalue()


def directory_entries(root: Path, prefix: str) -> list[ZipEntry]:
    """Every directory and file under `root`, sorted by path, named `prefix/relative/path`."""
    entries = [ZipEntry(f"{prefix}/", None)]
    for path in sorted(root.rglob("*"), key=lambda p: p.relative_to(root).as_posix()):
        name = f"{prefix}/{path.relative_to(root).as_posix()}"
        if path.is_dir():
            entries.append(ZipEntry(name + "/", None))
        else:
            entries.append(ZipEntry(name, path.read_bytes()))
    return entries

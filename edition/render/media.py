# SPDX-License-Identifier: MIT
"""Images a TEI document points to (`graphic/@url`, `media/@url`) that lie beside it.

Only a file in the document's folder or below it, of a type every browser and reading system
shows (PNG, JPEG, GIF, SVG, WebP), is taken; anything else (a URL, another folder) stays a
name in the text, never fetched.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".gif": "image/gif",
         ".svg": "image/svg+xml", ".webp": "image/webp"}
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class LocalImage:
    url: str          # as the TEI writes it
    path: Path        # the file
    name: str         # its path below the document's folder, with '/'

    @property
    def media_type(self) -> str:
        return TYPES[self.path.suffix.lower()]


def local_images(tree: etree._ElementTree, tei_file: Path) -> list[LocalImage]:
    folder = Path(tei_file).resolve().parent
    found: dict[str, LocalImage] = {}
    for el in tree.getroot().iter(f"{TEI}graphic", f"{TEI}media"):
        url = (el.get("url") or "").strip()
        if not url or url in found or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", url) or url.startswith(("/", "\\")):
            continue
        relative = PurePosixPath(unquote(url.split("#")[0].split("?")[0]))
        if ".." in relative.parts or relative.suffix.lower() not in TYPES:
            continue
        path = (folder / Path(*relative.parts)).resolve()
        if folder in path.parents and path.is_file() and path.stat().st_size <= MAX_BYTES:
            found[url] = LocalImage(url, path, relative.as_posix())
    return sorted(found.values(), key=lambda image: image.url)

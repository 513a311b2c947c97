# SPDX-License-Identifier: MIT
"""Seed configuration: the TOML beside each seed, read into a checked SeedConfig."""
from __future__ import annotations

import codecs
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from edition.errors import ConfigError

DATE_ORDERS = ("day-first", "month-first")
_ID_PATTERN = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


@dataclass(frozen=True)
class Correction:
    """An editorial correction recorded in the seed's TOML and declared in the header.

    kind "replace": the seed text `find` reads `replace` (encoded as sic/corr);
    kind "relocate": the seed text `find` was misplaced by the OCR and belongs `to`
    (reader-specific, e.g. "note-continuation").
    """
    id: str
    kind: str
    find: str
    reason: str
    replace: str | None = None
    to: str | None = None


@dataclass(frozen=True)
class SeedConfig:
    path: Path
    id: str
    # the form of the raw text (pdftotext, dp-pages ...), or "auto": detected from the text
    form: str
    date_order: str
    title: str
    language: str
    languages: dict[str, str]
    source: dict[str, Any]
    publication: dict[str, Any]
    corrections: tuple[Correction, ...] = field(default_factory=tuple)
    # the seed's character encoding (utf-8 unless the TOML names another)
    encoding: str = "utf-8"

    @property
    def seed_text_path(self) -> Path:
        return self.path.with_suffix(".txt")


def _require(table: dict, key: str, where: str, path: Path, kind: type = str) -> Any:
    if key not in table:
        raise ConfigError(f"missing key '{key}' in [{where}]", path,
                          hint=f"add {key} = ... to the [{where}] table")
    value = table[key]
    if not isinstance(value, kind):
        raise ConfigError(f"'{key}' in [{where}] must be a {kind.__name__}, not {type(value).__name__}",
                          path, hint="see seeds/README.md for the expected format")
    if kind is str and not value.strip():
        raise ConfigError(f"'{key}' in [{where}] is empty", path)
    return value


def _table(data: dict, key: str, path: Path) -> dict:
    if key not in data:
        raise ConfigError(f"missing table [{key}]", path, hint=f"add a [{key}] table")
    value = data[key]
    if not isinstance(value, dict):
        raise ConfigError(f"[{key}] must be a table", path)
    return value


def _corrections(data: dict, path: Path) -> tuple[Correction, ...]:
    raw = data.get("corrections", [])
    if not isinstance(raw, list):
        raise ConfigError("'corrections' must be an array of tables ([[corrections]])", path)
    seen: set[str] = set()
    result = []
    for i, entry in enumerate(raw, 1):
        where = f"corrections #{i}"
        if not isinstance(entry, dict):
            raise ConfigError(f"[{where}] must be a table", path)
        cid = _require(entry, "id", where, path)
        if not _ID_PATTERN.match(cid):
            raise ConfigError(f"correction id '{cid}' is not a valid identifier", path,
                              hint="use letters, digits, '-', '_' or '.', starting with a letter")
        if cid in seen:
            raise ConfigError(f"duplicate correction id '{cid}'", path)
        seen.add(cid)
        kind = _require(entry, "kind", where, path)
        if kind not in ("replace", "relocate"):
            raise ConfigError(f"correction '{cid}': unknown kind '{kind}'", path,
                              hint="kind is 'replace' or 'relocate'")
        correction = Correction(
            id=cid, kind=kind,
            find=_require(entry, "find", where, path),
            reason=_require(entry, "reason", where, path),
            replace=entry.get("replace"), to=entry.get("to"))
        if kind == "replace" and correction.replace is None:
            raise ConfigError(f"correction '{cid}' of kind 'replace' needs 'replace'", path)
        if kind == "relocate" and correction.to is None:
            raise ConfigError(f"correction '{cid}' of kind 'relocate' needs 'to'", path)
        result.append(correction)
    return tuple(result)


# names the first readers had, kept so that older TOML files still convert
LEGACY_READERS = {"monograph": "pdf-copy", "ocr-book": "ocr-markdown"}


def _form(edition: dict, path: Path, known_forms: tuple[str, ...] | None) -> str:
    """The text's form: `form = ...`, or a legacy `reader = ...`, or "auto" (detected)."""
    if "form" in edition:
        form = _require(edition, "form", "edition", path)
    elif "reader" in edition:
        reader = _require(edition, "reader", "edition", path)
        form = LEGACY_READERS.get(reader, reader)
    else:
        return "auto"
    if known_forms is not None and form != "auto" and form not in known_forms:
        raise ConfigError(f"unknown form '{form}'", path,
                          hint=f"choose one of: auto, {', '.join(known_forms)}")
    return form


def _encoding(edition: dict, path: Path) -> str:
    """The seed's encoding; only encodings that read a text byte by byte or as UTF-8."""
    if "encoding" not in edition:
        return "utf-8"
    name = _require(edition, "encoding", "edition", path)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise ConfigError(f"unknown encoding '{name}'", path,
                          hint="write e.g. encoding = \"latin-1\", \"cp1252\" or \"utf-8\"") from None
    if codec.startswith(("utf-16", "utf-32")):
        raise ConfigError(f"encoding '{name}' is not supported", path,
                          hint="convert the seed to UTF-8, e.g. iconv -f UTF-16 -t UTF-8")
    return codec


def load_config(path: str | Path, known_forms: tuple[str, ...] | None = None) -> SeedConfig:
    """Read and check a seed's TOML; every problem is a ConfigError naming file and line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("seed configuration not found", path,
                          hint="every seed needs a .toml beside it; see seeds/README.md") from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise ConfigError("not valid UTF-8", path, line, hint="save the file as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        line, col = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        raise ConfigError(f"malformed TOML: {message}", path, line, col) from None

    edition = _table(data, "edition", path)
    eid = _require(edition, "id", "edition", path)
    if not _ID_PATTERN.match(eid):
        raise ConfigError(f"edition id '{eid}' is not a valid identifier", path,
                          hint="use letters, digits, '-', '_' or '.', starting with a letter")
    form = _form(edition, path, known_forms)
    encoding = _encoding(edition, path)
    date_order = _require(edition, "date_order", "edition", path)
    if date_order not in DATE_ORDERS:
        raise ConfigError(f"unknown date_order '{date_order}'", path,
                          hint=f"choose one of: {', '.join(DATE_ORDERS)}")
    languages = edition.get("languages", {})
    if not isinstance(languages, dict) or not all(isinstance(v, str) for v in languages.values()):
        raise ConfigError("[edition] languages must be a table of code = \"name\"", path)
    language = _require(edition, "language", "edition", path)
    source = _table(data, "source", path)
    _require(source, "status", "source", path)
    publication = _table(data, "publication", path)
    for key in ("publisher", "licence", "licence_url"):
        _require(publication, key, "publication", path)
    if "date" in publication and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", str(publication["date"])):
        raise ConfigError(f"[publication] date '{publication['date']}' is not an ISO date", path,
                          hint='write it as "YYYY-MM-DD"')
    return SeedConfig(
        path=path, id=eid, form=form, encoding=encoding, date_order=date_order,
        title=_require(edition, "title", "edition", path),
        language=language, languages={language: languages.get(language, language), **languages},
        source=source, publication=publication, corrections=_corrections(data, path))

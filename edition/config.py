# SPDX-License-Identifier: MIT
"""Seed configuration: the TOML beside each seed, read into a checked SeedConfig.

The whole file is checked against SCHEMA below, the one list of the keys a seed's TOML may
have: a key of the wrong type, a required key missing, a value outside its choices, an
unknown or misspelt key (with the key it probably means) is a ConfigError naming the TOML's
line. Values are never shown as Python reprs. `edition.config.schema_markdown()` renders the
list for the README ("Keys of a seed's TOML"); a test keeps the two the same.
"""
from __future__ import annotations

import codecs
import difflib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from edition.errors import ConfigError, terminal_safe

DATE_ORDERS = ("day-first", "month-first")
SOURCE_STATUSES = ("identified", "unidentified")
AVAILABILITY = ("free", "restricted", "unknown")
CORRECTION_KINDS = ("replace", "relocate")
_ID_PATTERN = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
_ISO_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
# control characters other than tab and line feed never belong in a value (escape sequences
# would reach the terminal, and XML cannot hold most of them)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# ---------------------------------------------------------------- the schema

@dataclass(frozen=True)
class Key:
    """One key of a table: its kind of value, whether it is required, what it means.

    kind: "string", "text" (a string that may span lines), "string-list", "table-list"
    (an array of inline tables, each checked against `fields`), "string-map" (a table of
    string values under any keys), "table" (any content, checked by its own user).
    required: True, False, or a function of the [source] status ("identified" ...).
    """
    kind: str
    doc: str
    required: bool | Callable[[str], bool] = False
    choices: tuple[str, ...] = ()
    fields: dict[str, Key] | None = None
    check: Callable[[Any], str | None] | None = None


def _identified(status: str) -> bool:
    return status == "identified"


def _unidentified(status: str) -> bool:
    return status == "unidentified"


def _check_id(value: str) -> str | None:
    if not _ID_PATTERN.fullmatch(value):
        return "is not a valid identifier (letters, digits, '-', '_' or '.', starting with a letter)"
    return None


def _check_iso_date(value: str) -> str | None:
    if not _ISO_DATE.fullmatch(value):
        return "is not an ISO date (write it as \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\")"
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        return "is not a day of the calendar"
    return None


def _check_url(value: str) -> str | None:
    return None if re.match(r"https?://\S+\Z", value) else "is not an http(s) URL"


def _check_identifier(value: str) -> str | None:
    from edition.header_facts import persistent_form
    return None if persistent_form(value) else "is not a URI, URN, DOI or ISBN (e.g. \"https://doi.org/10.1234/x\")"


def _check_email(value: str) -> str | None:
    return None if re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", value) else "is not an e-mail address"


SCHEMA: dict[str, dict[str, Key]] = {
    "edition": {
        "id": Key("string", "the edition's identifier; names the file `tei/ID.xml` and the web pages",
                  required=True, check=_check_id),
        "form": Key("string", "the form of the raw text, e.g. `pdftotext`, `dp-pages` (absent: detected)"),
        "reader": Key("string", "older name of `form` (`monograph` = `pdf-copy`; `ocr-book` = `ocr-markdown`, also as `form`)"),
        "encoding": Key("string", "the seed's character encoding, e.g. `latin-1` (absent: UTF-8)"),
        "date_order": Key("string", "how numeric dates such as 8/10/1923 are read", required=True,
                          choices=DATE_ORDERS),
        "title": Key("string", "the edition's title", required=True),
        "language": Key("string", "the main language of the text, a BCP 47 code such as `en`", required=True),
        "languages": Key("string-map", "every language of the text: code = \"name\""),
        "site_url": Key("string", "where the web edition will be published (absolute links)", check=_check_url),
    },
    "source": {
        "status": Key("string", "whether the printed source is identified by the text itself", required=True,
                      choices=SOURCE_STATUSES),
        "description": Key("text", "what is known of an unidentified source, in words", required=_unidentified),
        "kind": Key("string", "what the source is: `book`, `chapter` ..."),
        "chapter": Key("string", "the chapter's number in the source"),
        "chapter_title": Key("string", "the chapter's title"),
        "author": Key("string", "the author as printed", required=_identified),
        "author_sort": Key("string", "the author, surname first, as catalogues write it"),
        "affiliation": Key("string", "the author's affiliation as printed"),
        "title": Key("string", "the book's title", required=_identified),
        "volume": Key("string", "the volume's number"),
        "volume_label": Key("string", "the volume as printed, e.g. `Volume Two`"),
        "series": Key("string", "the series' title"),
        "series_number": Key("string", "the book's number in the series"),
        "series_extent": Key("string", "the series' extent as printed"),
        "edition": Key("string", "the edition statement, e.g. `First published 1959`"),
        "reprints": Key("string-list", "years of reprints, e.g. `[\"1965\", \"1978\"]`"),
        "date": Key("string", "the year or date of first publication", check=_check_iso_date),
        "copyright": Key("string", "the copyright statement as printed"),
        "publisher": Key("string", "the publisher as printed"),
        "pub_places": Key("string-list", "places of publication"),
        "printer": Key("string", "the printer as printed"),
        "printed_in": Key("string", "where it was printed"),
        "isbns": Key("table-list", "ISBNs: `{ value = \"...\", note = \"...\" }`", fields={
            "value": Key("string", "the ISBN as printed", required=True),
            "note": Key("string", "what the ISBN is for, e.g. `Boxed set`")}),
        "classification": Key("table-list", "library classifications: `{ scheme = \"DDC\", value = \"...\" }`",
                              fields={"scheme": Key("string", "the scheme, e.g. DDC, LCC", required=True),
                                      "value": Key("string", "the class mark", required=True)}),
        "extent": Key("text", "what part of the source the edition holds"),
    },
    "publication": {
        "publisher": Key("string", "who publishes the edition", required=True),
        "licence": Key("text", "the licence of the edition, in words", required=True),
        "licence_url": Key("string", "the licence's URL", required=True, check=_check_url),
        "status": Key("string", "availability of the edition", choices=AVAILABILITY),
        "date": Key("string", "the edition's date (not the source's): dates packages reproducibly",
                    check=_check_iso_date),
        "identifier": Key("string", "the edition's persistent identifier: a URI, URN, DOI or ISBN (absent: a "
                          "`urn:uuid:` made from the publisher and the id); names the EPUB and the deposit",
                          check=_check_identifier),
        "description": Key("text", "the edition described in a few sentences, for the EPUB's and the "
                           "deposit's metadata (absent: made from the header)"),
    },
    "deposit": {
        "source_organization": Key("string", "the organisation that deposits the package (absent: the publisher)"),
        "organization_address": Key("string", "its postal address"),
        "contact_name": Key("string", "the person to contact about the package"),
        "contact_email": Key("string", "their e-mail address", check=_check_email),
        "group": Key("string", "the collection the package belongs to (Bag-Group-Identifier; absent: the "
                     "printed source's series, if any)"),
    },
    "corrections": {  # [[corrections]]: an array of tables
        "id": Key("string", "the correction's identifier", required=True, check=_check_id),
        "kind": Key("string", "`replace` (sic/corr) or `relocate` (misplaced text)", required=True,
                    choices=CORRECTION_KINDS),
        "find": Key("text", "the text as the seed has it", required=True),
        "replace": Key("text", "kind `replace`: what it should read"),
        "to": Key("string", "kind `relocate`: where it belongs, e.g. `note-continuation`"),
        "reason": Key("text", "why, in words", required=True),
    },
    "registers": {
        "dir": Key("string", "the directory of the entity registers (default `tei/registers`)"),
    },
    "facsimile": {},  # [facsimile]: page images; its keys are checked where they are used
}
# tables that must be there; the others are optional
REQUIRED_TABLES = ("edition", "source", "publication")
ARRAY_TABLES = ("corrections",)
OPEN_TABLES = ("facsimile",)
TABLE_DOCS = {
    "edition": "the edition itself",
    "source": "what the printed source itself tells; `status = \"unidentified\"` with a `description` when "
              "the text does not say (never invent)",
    "publication": "the edition's publication",
    "corrections": "`[[corrections]]`, one table per editorial correction, applied as `choice/sic/corr` "
                   "and declared in the header",
    "registers": "where the entity registers are",
    "deposit": "who deposits the archive package and whom to ask about it (`bag-info.txt`); absent keys are left out",
    "facsimile": "page images of the source",
}


def schema_markdown() -> str:
    """The schema as the README lists it: one row per key."""
    rows = ["| key | type | required | meaning |", "| --- | --- | --- | --- |"]
    kinds = {"string": "string", "text": "string", "string-list": "list of strings",
             "table-list": "list of tables", "string-map": "table of strings", "table": "table"}
    for table, keys in SCHEMA.items():
        header = f"[[{table}]]" if table in ARRAY_TABLES else f"[{table}]"
        needed = "yes" if table in REQUIRED_TABLES else "no"
        rows.append(f"| `{header}` | table | {needed} | {TABLE_DOCS[table]} |")
        for name, key in keys.items():
            if callable(key.required):
                needed = "if identified" if key.required is _identified else "if unidentified"
            else:
                needed = "yes" if key.required else "no"
            meaning = key.doc + (f"; one of {', '.join(f'`{c}`' for c in key.choices)}" if key.choices else "")
            rows.append(f"| `{table}.{name}` | {kinds[key.kind]} | {needed} | {meaning} |")
            for sub, subkey in (key.fields or {}).items():
                rows.append(f"| `{table}.{name}[].{sub}` | {kinds[subkey.kind]} | "
                            f"{'yes' if subkey.required else 'no'} | {subkey.doc} |")
    return "\n".join(rows) + "\n"


# ---------------------------------------------------------------- where a key is in the file

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEYLINE = re.compile(r"^\s*([A-Za-z0-9_.\"' -]+?)\s*=")


def _bare(key: str) -> str:
    return key.strip().strip("\"'")


class Lines:
    """Finds the line of a table or key in the TOML text (tomllib gives no positions)."""

    def __init__(self, text: str):
        self.keys: dict[tuple[str, ...], int] = {}
        self.tables: dict[tuple[str, ...], int] = {}
        current: tuple[str, ...] = ()
        counts: dict[str, int] = {}
        in_multiline = False
        for number, line in enumerate(text.splitlines(), 1):
            if in_multiline:
                if line.count('"""') % 2 == 1 or line.count("'''") % 2 == 1:
                    in_multiline = False
                continue
            header = _HEADER.match(line)
            if header and not _KEYLINE.match(line):
                parts = tuple(_bare(p) for p in header.group(2).split("."))
                if header.group(1) == "[[":
                    index = counts.get(parts[0], 0)
                    counts[parts[0]] = index + 1
                    parts = (parts[0], str(index), *parts[1:])
                current = parts
                self.tables.setdefault(current, number)
                continue
            key = _KEYLINE.match(line)
            if key:
                parts = current + tuple(_bare(p) for p in key.group(1).split("."))
                self.keys.setdefault(parts, number)
                rest = line[key.end():]
                if rest.count('"""') % 2 == 1 or rest.count("'''") % 2 == 1:
                    in_multiline = True

    def of(self, *where: str) -> int | None:
        """The line of a key, else of the nearest enclosing table or key."""
        parts = tuple(where)
        while parts:
            if parts in self.keys:
                return self.keys[parts]
            if parts in self.tables:
                return self.tables[parts]
            parts = parts[:-1]
        return None


# ---------------------------------------------------------------- checking

_KIND_NAMES = {str: "a string", int: "a whole number", float: "a number", bool: "true or false",
               list: "a list", dict: "a table", datetime: "a TOML date-time", date: "a TOML date",
               time: "a TOML time"}


def _kind_of(value: Any) -> str:
    for kind in (bool, datetime, date, time, str, int, float, list, dict):
        if isinstance(value, kind):
            return _KIND_NAMES[kind]
    return "a value of another kind"


def _quoted_hint(value: Any) -> str:
    if isinstance(value, (date, datetime, time)):
        return f'put the date in quotes: "{value.isoformat()}"'
    return "write the value in double quotes"


class _Checker:
    def __init__(self, path: Path, lines: Lines):
        self.path = path
        self.lines = lines

    def fail(self, message: str, where: tuple[str, ...], hint: str | None = None) -> ConfigError:
        return ConfigError(message, self.path, self.lines.of(*where), hint=hint)

    @staticmethod
    def name(where: tuple[str, ...]) -> str:
        """`[edition] title`, `[[corrections]] #2 id`, `[source] isbns #1 value`."""
        table = where[0]
        if table in ARRAY_TABLES and len(where) > 1:
            label = f"[[{table}]] #{int(where[1]) + 1}"
            rest = where[2:]
        else:
            label = f"[{table}]"
            rest = where[1:]
        for part in rest:
            label += f" #{int(part) + 1}" if part.isdigit() else f" '{part}'"
        return label

    def string(self, value: Any, where: tuple[str, ...], multiline: bool) -> None:
        if not isinstance(value, str):
            raise self.fail(f"{self.name(where)} must be a string, not {_kind_of(value)}", where,
                            hint=_quoted_hint(value))
        if not value.strip():
            raise self.fail(f"{self.name(where)} is empty", where, hint="give it a value or remove the key")
        allowed = "\n\t" if multiline else ""
        bad = next((c for c in value if (_CONTROL.match(c) or c in "\n\t\r") and c not in allowed), None)
        if bad is not None:
            what = "a line break" if bad in "\n\r" else f"the control character U+{ord(bad):04X}"
            raise self.fail(f"{self.name(where)} contains {what}", where,
                            hint="remove it; this value must be one line of plain text")

    def unknown(self, name: str, known: dict[str, Key] | tuple[str, ...], where: tuple[str, ...]) -> ConfigError:
        close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.6)
        label = self.name(where[:-1]) if len(where) > 1 else "the file"
        hint = f"did you mean '{close[0]}'?" if close else f"the keys allowed here: {', '.join(known)}"
        return self.fail(f"unknown key '{name}' in {label}", where, hint=hint + " (see the README's list of keys)")

    def value(self, key: Key, value: Any, where: tuple[str, ...], status: str) -> None:
        if key.kind in ("string", "text"):
            self.string(value, where, key.kind == "text")
            if key.choices and value not in key.choices:
                close = difflib.get_close_matches(value, key.choices, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'? " if close else ""
                raise self.fail(f"{self.name(where)}: unknown value '{value}'", where,
                                hint=f"{hint}choose one of: {', '.join(key.choices)}")
            problem = key.check(value) if key.check else None
            if problem:
                raise self.fail(f"{self.name(where)} '{value}' {problem}", where)
        elif key.kind == "string-list":
            if not isinstance(value, list):
                raise self.fail(f"{self.name(where)} must be a list of strings, not {_kind_of(value)}", where,
                                hint='write it as ["...", "..."]')
            for i, item in enumerate(value):
                self.string(item, (*where, str(i)), False)
        elif key.kind == "string-map":
            if not isinstance(value, dict):
                raise self.fail(f"{self.name(where)} must be a table, not {_kind_of(value)}", where,
                                hint='write it as a table of code = "name"')
            for code, name in value.items():
                self.string(name, (*where, code), False)
        elif key.kind == "table-list":
            if not isinstance(value, list):
                raise self.fail(f"{self.name(where)} must be a list of tables, not {_kind_of(value)}", where,
                                hint='write it as [{ key = "..." }, ...]')
            for i, item in enumerate(value):
                here = (*where, str(i))
                if not isinstance(item, dict):
                    raise self.fail(f"{self.name(here)} must be a table, not {_kind_of(item)}", where,
                                    hint='write it as { key = "..." }')
                self.table(item, key.fields or {}, here, status)
        elif key.kind == "table":
            if not isinstance(value, dict):
                raise self.fail(f"{self.name(where)} must be a table, not {_kind_of(value)}", where)

    def table(self, data: dict, keys: dict[str, Key], where: tuple[str, ...], status: str) -> None:
        for name, value in data.items():
            if name not in keys:
                raise self.unknown(name, keys, (*where, name))
            self.value(keys[name], value, (*where, name), status)
        for name, key in keys.items():
            required = key.required(status) if callable(key.required) else key.required
            if required and name not in data:
                when = f" (the source's status is '{status}')" if callable(key.required) else ""
                raise self.fail(f"missing key '{name}' in {self.name(where)}{when}", where,
                                hint=f"add {name} = ... to the {self.name(where)} table")

    def document(self, data: dict) -> None:
        for table in data:
            if table not in SCHEMA:
                raise self.unknown(table, tuple(SCHEMA), (table,))
        for table in REQUIRED_TABLES:
            if table not in data:
                raise self.fail(f"missing table [{table}]", (), hint=f"add a [{table}] table")
        source = data.get("source")
        status = source.get("status") if isinstance(source, dict) else None
        for table, keys in SCHEMA.items():
            if table not in data:
                continue
            value = data[table]
            if table in ARRAY_TABLES:
                if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
                    raise self.fail(f"'{table}' must be an array of tables ([[{table}]])", (table,))
                for i, entry in enumerate(value):
                    self.table(entry, keys, (table, str(i)), str(status))
            elif not isinstance(value, dict):
                raise self.fail(f"[{table}] must be a table, not {_kind_of(value)}", (table,))
            elif table not in OPEN_TABLES:
                if table == "source":  # its status decides what else is required: check it first
                    if "status" in value:
                        self.value(keys["status"], value["status"], (table, "status"), "")
                self.table(value, keys, (table,), str(status))


def id_line(path: str | Path) -> int | None:
    """The line of `[edition] id` in a TOML file (for messages about the id)."""
    try:
        return Lines(Path(path).read_text(encoding="utf-8")).of("edition", "id")
    except (OSError, UnicodeDecodeError):
        return None


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
    # [deposit]: who deposits the archive package (edition/deposit.py)
    deposit: dict[str, Any] = field(default_factory=dict)

    @property
    def seed_text_path(self) -> Path:
        return self.path.with_suffix(".txt")


def _at(error: ConfigError, *where: str) -> ConfigError:
    """`error`, to be given the line of `where` in the TOML by load_config."""
    error.where = where
    return error


def _require(table: dict, key: str, where: str, path: Path, kind: type = str) -> Any:
    if key not in table:
        raise ConfigError(f"missing key '{key}' in [{where}]", path,
                          hint=f"add {key} = ... to the [{where}] table")
    value = table[key]
    if not isinstance(value, kind):
        raise ConfigError(f"'{key}' in [{where}] must be a {kind.__name__}, not {type(value).__name__}",
                          path, hint="see the README's list of keys")
    if isinstance(value, str) and not value.strip():
        raise _at(ConfigError(f"'{key}' in [{where}] is empty", path), where, key)
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
            raise _at(ConfigError(f"duplicate correction id '{cid}'", path,
                                  hint="give each correction its own id"), "corrections", str(i - 1), "id")
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
            raise _at(ConfigError(f"correction '{cid}' of kind 'replace' needs 'replace'", path,
                                  hint='add replace = "..."'), "corrections", str(i - 1))
        if kind == "relocate" and correction.to is None:
            raise _at(ConfigError(f"correction '{cid}' of kind 'relocate' needs 'to'", path,
                                  hint='add to = "note-continuation"'), "corrections", str(i - 1))
        result.append(correction)
    return tuple(result)


# names the first readers had, kept so that older TOML files still convert (as `form` or
# `reader`): an OCR'd book in markdown is read by the engine's ocr-markdown profile
LEGACY_READERS = {"monograph": "pdf-copy", "ocr-book": "ocr-markdown"}


def _form(edition: dict, path: Path, known_forms: tuple[str, ...] | None) -> str:
    """The text's form: `form = ...`, or a legacy `reader = ...`, or "auto" (detected)."""
    if "form" in edition:
        form = LEGACY_READERS.get(_require(edition, "form", "edition", path), edition["form"])
    elif "reader" in edition:
        reader = _require(edition, "reader", "edition", path)
        form = LEGACY_READERS.get(reader, reader)
    else:
        return "auto"
    if known_forms is not None and form != "auto" and form not in known_forms:
        raise _at(ConfigError(f"unknown form '{form}'", path,
                              hint=f"choose one of: auto, {', '.join(known_forms)}"),
                  "edition", "form" if "form" in edition else "reader")
    return form


def _encoding(edition: dict, path: Path) -> str:
    """The seed's encoding; only encodings that read a text byte by byte or as UTF-8."""
    if "encoding" not in edition:
        return "utf-8"
    name = _require(edition, "encoding", "edition", path)
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        raise _at(ConfigError(f"unknown encoding '{name}'", path,
                              hint="write e.g. encoding = \"latin-1\", \"cp1252\" or \"utf-8\""),
                  "edition", "encoding") from None
    if codec.startswith(("utf-16", "utf-32")):
        raise _at(ConfigError(f"encoding '{name}' is not supported", path,
                              hint="convert the seed to UTF-8, e.g. iconv -f UTF-16 -t UTF-8"),
                  "edition", "encoding")
    return codec


def load_config(path: str | Path, known_forms: tuple[str, ...] | None = None) -> SeedConfig:
    """Read and check a seed's TOML; every problem is a ConfigError naming file and line."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError("seed configuration not found", path,
                          hint="every seed needs a .toml beside it; see the README, \"Adding a new text\"") from None
    except OSError as exc:
        raise ConfigError(f"cannot read: {exc.strerror}", path) from None
    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError("not valid UTF-8", path, raw[:exc.start].count(b"\n") + 1,
                          hint="save the file as UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        where = (int(match.group(1)), int(match.group(2))) if match else (None, None)
        raise ConfigError(f"malformed TOML: {terminal_safe(message)}", path, *where) from None

    lines = Lines(text)
    _Checker(path, lines).document(data)
    try:
        return _config(path, data, known_forms)
    except ConfigError as exc:
        if exc.line is None and exc.where:
            exc.line = lines.of(*exc.where)
        raise


def _config(path: Path, data: dict, known_forms: tuple[str, ...] | None) -> SeedConfig:
    edition = _table(data, "edition", path)
    eid = _require(edition, "id", "edition", path)
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
    return SeedConfig(
        path=path, id=eid, form=form, encoding=encoding, date_order=date_order,
        title=_require(edition, "title", "edition", path),
        language=language, languages={language: languages.get(language, language), **languages},
        source=source, publication=publication, corrections=_corrections(data, path),
        deposit=data.get("deposit", {}))

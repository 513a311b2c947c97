# SPDX-License-Identifier: MIT
"""Seed file to text: decoding, line ends and characters XML cannot hold."""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from edition.errors import InputError
from edition.report import Report

# XML 1.0 allows tab, LF, CR and everything from U+0020 except surrogates, U+FFFE, U+FFFF.
# A form feed is kept: it is how pdftotext and OCR tools end a page, and readers use it.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# Unicode's noncharacters U+FDD0-U+FDEF are not for interchange: none reaches a reader, so that
# readers may use them as internal markers without a character of the text ever being taken for one
NONCHARACTERS = re.compile("[\ufdd0-\ufdef]")


def read_seed(path: str | Path, report: Report, encoding: str = "utf-8") -> str:
    """Read a seed as text with "\\n" line ends; refuse what cannot be a text.

    `encoding` is the seed's TOML `encoding` (UTF-8 unless it names another)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("seed not found", path, hint="check the path; seeds live in seeds/") from None
    except IsADirectoryError:
        raise InputError("is a directory, not a seed text", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 1 and raw[1:2] == b"\x00" and raw[0:1] != b"\x00"):
        raise InputError("the seed is UTF-16; seeds must be UTF-8", path, 1,
                         hint="re-save the file as UTF-8, e.g. iconv -f UTF-16 -t UTF-8")
    if b"\x00" in raw:
        line = raw[:raw.index(b"\x00")].count(b"\n") + 1
        raise InputError("the seed contains NUL bytes: it looks like binary data, not text", path, line,
                         hint="a seed must be a UTF-8 text file")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        name = "UTF-8" if encoding == "utf-8" else encoding
        raise InputError(f"not valid {name} (byte 0x{raw[exc.start]:02x})", path, line, col,
                         hint="convert the seed to UTF-8 with iconv, or name its encoding in the "
                              "TOML's [edition] table, e.g. encoding = \"latin-1\"") from None
    return _checked(text, report, path)


def _checked(text: str, report: Report, path: Path) -> str:
    """Normalised line ends and Unicode (NFC: an accented letter is one character, as the
    registers write names); characters XML cannot hold replaced, each with a warning."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    if not text.replace("\f", "").strip():
        raise InputError("the seed is empty", path, hint="a seed must contain the text to convert")
    for match in _NOT_XML.finditer(text):
        line = text[:match.start()].count("\n") + 1
        report.warn(f"character U+{ord(match.group()):04X} cannot be stored in XML; replaced by a space",
                    line, loss=True)
    for match in NONCHARACTERS.finditer(text):
        line = text[:match.start()].count("\n") + 1
        report.warn(f"character U+{ord(match.group()):04X} is a Unicode noncharacter, not text; "
                    "replaced by a space", line, loss=True)
    return NONCHARACTERS.sub(" ", _NOT_XML.sub(" ", text))

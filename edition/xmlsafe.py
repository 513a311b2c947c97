# SPDX-License-Identifier: MIT
"""TEI file to lxml tree, parsed safely: no DTD, no entities, no network.

The decision is taken on the decoded document, whatever its encoding (UTF-8, UTF-16 with or
without a byte-order mark, UTF-32, or an encoding the XML declaration names), never on raw
bytes: an entity declaration anywhere in it is refused before any parsing. A DOCTYPE as TEI
files written for the P4 or P5 DTDs carry it (a DTD named by SYSTEM or PUBLIC, an internal
subset of parameter entities switching modules on, `<!ENTITY % TEI.core "INCLUDE">`) is
harmless once its DTD is never read: it is blanked out (its lines kept) when it declares no
general entity, no external parameter entity and refers to no parameter entity, and the
document refers to no entity but the five XML predefines. Any other DOCTYPE is refused. What
passes is parsed by lxml with DTD loading, entity expansion and network access off, and checked
again on the tree. The XSLT stages are handed this checked text (`read_xml`), never the file.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from edition.errors import XMLInputError

# deeper element nesting than this is refused: no edition needs it (a deep one nests some 15
# levels), and typst stops at some 75 levels of nested markup (its show-rule depth)
MAX_DEPTH = 60
# an edition file larger than this is refused before it is read into memory
MAX_BYTES = 256 * 1024 * 1024

# only a DOCTYPE can hold entity declarations, parameter entities or a DTD; what is left of one
# after a harmless DOCTYPE is blanked out is refused anywhere
_FORBIDDEN = re.compile(r"<!(DOCTYPE|ENTITY)")
_DOCTYPE = re.compile(r"<!DOCTYPE\b")
# an entity reference other than the five XML predefines and character references
_ENTITY_REFERENCE = re.compile(r"&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);)")
_PARAMETER_ENTITY = re.compile(r"<!ENTITY\s+%\s+[^\s\"']+\s+(\"[^\"]*\"|'[^']*')\s*>")
_DECLARATION = re.compile(rb"<\?xml\s[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']")
_DECLARATION_TEXT = re.compile(r"\A(\ufeff?<\?xml\s[^>]*?)\s+encoding\s*=\s*[\"'][A-Za-z0-9._:-]+[\"']")
_HINT = "remove the DOCTYPE and any entity declarations; TEI files need none"

_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))
# the first four bytes of "<?xm" or "<" in each encoding without a byte-order mark (XML 1.0, appendix F)
_SIGNATURES = ((b"\x3c\x00\x00\x00", "utf-32-le"), (b"\x00\x00\x00\x3c", "utf-32-be"),
               (b"\x3c\x00\x3f\x00", "utf-16-le"), (b"\x00\x3c\x00\x3f", "utf-16-be"))


@dataclass(frozen=True)
class SafeXML:
    """A checked XML document: its text (with every line where it was) and its lxml tree."""
    path: Path
    text: str
    tree: etree._ElementTree
    # the text is not the file's: a harmless DOCTYPE was blanked out of it
    rewritten: bool = False

    @property
    def uri(self) -> str:
        return self.path.resolve().as_uri()


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                           dtd_validation=False, huge_tree=False, remove_blank_text=False)


def _line_col(text: str, pos: int) -> tuple[int, int]:
    line = text.count("\n", 0, pos) + 1
    return line, pos - (text.rfind("\n", 0, pos) + 1) + 1


def _encoding_of(data: bytes, path: Path) -> tuple[str, int]:
    """The document's encoding, as an XML parser would find it, and the length of its BOM."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name, len(bom)
    for signature, name in _SIGNATURES:
        if data.startswith(signature):
            return name, 0
    if data.startswith(b"\x4c\x6f\xa7\x94"):
        raise XMLInputError("the file is in EBCDIC, which edition files cannot be", path, 1,
                            hint="save it as UTF-8")
    if len(data) > 1 and (data[0] == 0 or data[1] == 0):
        # UTF-16 without a byte-order mark and without an XML declaration
        return ("utf-16-be" if data[0] == 0 else "utf-16-le"), 0
    match = _DECLARATION.match(data)
    if match:
        declared = match.group(1).decode("ascii")
        try:
            return codecs.lookup(declared).name, 0
        except LookupError:
            raise XMLInputError(f"unknown encoding {declared!r} in the XML declaration", path, 1,
                                hint="save the file as UTF-8 and declare encoding=\"UTF-8\"") from None
    return "utf-8", 0


def decode_xml(data: bytes, path: str | Path) -> str:
    """The text of an XML document, decoded as its byte-order mark or declaration says."""
    path = Path(path)
    encoding, skip = _encoding_of(data, path)
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        head = data[skip:skip + exc.start].decode(encoding, errors="replace")
        line, col = _line_col(head, len(head))
        raise XMLInputError(f"not well-formed XML: not valid {encoding.upper()} (byte 0x{data[skip + exc.start]:02x})",
                            path, line, col, hint="save the file in the encoding its declaration names") from None
    return text.removeprefix("\ufeff")


def _doctype_end(text: str, start: int) -> tuple[int, int, int] | None:
    """Where the DOCTYPE at `start` ends, and its internal subset (start, end), or None when it
    does not end as a DOCTYPE does (quotes, comments and the subset's brackets read as XML)."""
    i, n = start + len("<!DOCTYPE"), len(text)
    subset = (-1, -1)
    while i < n:
        c = text[i]
        if c in "\"'":
            close = text.find(c, i + 1)
            if close < 0:
                return None
            i = close + 1
        elif c == "[" and subset == (-1, -1):
            j = i + 1
            while j < n and text[j] != "]":
                if text.startswith("<!--", j):
                    close = text.find("-->", j + 4)
                    if close < 0:
                        return None
                    j = close + 3
                elif text[j] in "\"'":
                    close = text.find(text[j], j + 1)
                    if close < 0:
                        return None
                    j = close + 1
                else:
                    j += 1
            if j >= n:
                return None
            subset = (i + 1, j)
            i = j + 1
        elif c == ">":
            return i + 1, subset[0], subset[1]
        else:
            i += 1
    return None


def _harmless_subset(subset: str) -> bool:
    """An internal subset of comments, literal parameter entities and declarations of elements,
    attributes and notations: nothing that declares a general entity, reads a file or expands."""
    rest = re.sub(r"<!--.*?-->", " ", subset, flags=re.S)
    rest = _PARAMETER_ENTITY.sub(" ", rest)
    if "<!ENTITY" in rest:
        return False
    # what is left may not refer to a parameter entity (outside quoted literals)
    bare = re.sub(r"\"[^\"]*\"|'[^']*'", " ", rest)
    return "%" not in bare and "<![" not in bare


def without_doctype(text: str) -> str:
    """The text with its harmless DOCTYPE (and any commented-out one) blanked out, line breaks
    kept; the text as it was when any DOCTYPE in it is not harmless, or the text refers to an
    entity, which the DTD that is never read would have had to declare."""
    if not _DOCTYPE.search(text) or _ENTITY_REFERENCE.search(text):
        return text
    pieces, position = [], 0
    for match in _DOCTYPE.finditer(text):
        if match.start() < position:
            continue
        end = _doctype_end(text, match.start())
        if end is None:
            return text
        stop, sub_start, sub_end = end
        # one written inside a comment may not take the comment's end with it
        if "-->" in text[match.start():stop]:
            return text
        if sub_start >= 0 and not _harmless_subset(text[sub_start:sub_end]):
            return text
        pieces += [text[position:match.start()], re.sub(r"[^\n]", " ", text[match.start():stop])]
        position = stop
    return "".join(pieces) + text[position:]


def check_text(text: str, path: str | Path) -> None:
    """Refuse a DOCTYPE or an entity declaration, wherever it stands (behind a long comment too);
    `text` is the document after `without_doctype`."""
    match = _FORBIDDEN.search(text)
    if match:
        line, col = _line_col(text, match.start())
        raise XMLInputError("DOCTYPE and entity declarations are not allowed in edition files",
                            path, line, col, hint=_HINT)


def _check_tree(tree: etree._ElementTree, path: Path) -> None:
    """The tree lxml built must have no DTD and no entity; no element may nest too deep."""
    info = tree.docinfo
    if info.doctype or info.internalDTD is not None or info.externalDTD is not None:
        raise XMLInputError("DOCTYPE and entity declarations are not allowed in edition files",
                            path, 1, hint=_HINT)
    root = tree.getroot()
    for entity in root.iter(etree.Entity):
        raise XMLInputError(f"entity reference {entity.text} is not allowed in edition files",
                            path, entity.sourceline, hint="write the character itself")
    _check_depth(root, path)


def _check_depth(root: etree._Element, path: Path) -> None:
    # one location step per level: libxml2 visits each element once, in C
    too_deep = root.getroottree().xpath("(" + "/*" * (MAX_DEPTH + 1) + ")[1]")
    if too_deep:
        raise XMLInputError(f"elements nested more than {MAX_DEPTH} deep", path, too_deep[0].sourceline,
                            hint="no edition needs such nesting; check the markup near this line")


def _read(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BYTES:
            raise XMLInputError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB", path,
                                hint="an edition file this large is not supported")
        return path.read_bytes()
    except FileNotFoundError:
        raise XMLInputError("file not found", path) from None
    except IsADirectoryError:
        raise XMLInputError("is a directory, not an XML file", path) from None
    except OSError as exc:
        raise XMLInputError(f"cannot read: {exc.strerror}", path) from None


def parse_text(text: str, path: str | Path) -> etree._ElementTree:
    """Parse decoded XML text safely (see the module docstring)."""
    path = Path(path)
    text = without_doctype(text)
    check_text(text, path)
    # the text is now Unicode: its declaration may no longer name the encoding
    data = _DECLARATION_TEXT.sub(r"\1", text, count=1).encode("utf-8")
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser(), base_url=str(path)))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (exc.lineno, None)
        message = exc.msg.split(", line ")[0] if exc.msg else "not well-formed XML"
        raise XMLInputError(f"not well-formed XML: {message}", path, line, col) from None
    except ValueError as exc:  # lxml refuses some inputs before parsing
        raise XMLInputError(f"not well-formed XML: {exc}", path, 1) from None
    _check_tree(tree, path)
    return tree


def read_xml(path: str | Path) -> SafeXML:
    """Read, decode, check and parse an XML file an editor may have changed by hand."""
    path = Path(path)
    decoded = decode_xml(_read(path), path)
    text = without_doctype(decoded)
    return SafeXML(path, _DECLARATION_TEXT.sub(r"\1", text, count=1), parse_text(text, path),
                   rewritten=text is not decoded)


def parse_xml(path: str | Path) -> etree._ElementTree:
    """Parse an XML file an editor may have changed by hand; refuse entities and DOCTYPEs that
    could declare or read any.

    A billion-laughs or external-entity file is refused before any expansion, in any encoding;
    a malformed file raises XMLInputError with file:line:col.
    """
    return read_xml(path).tree

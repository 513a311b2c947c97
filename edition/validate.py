# SPDX-License-Identifier: MIT
"""TEI files to a list of problems: the project schema, its Schematron rules and tei_all.

Each problem names the file, the line and column where the offending element's start tag
begins, and what is wrong in words an editor can act on.
"""
from __future__ import annotations

import bisect
import copy
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import importlib.util
from typing import TYPE_CHECKING

from lxml import etree

from edition.errors import XMLInputError
from edition.resources import resource_dir
from edition.schemas import TEI_VERSION, tei_all_schema
from edition.schematron import Rules
from edition.tei.serialize import TEI_NS, XML_NS
from edition.xmlsafe import parse_xml

if TYPE_CHECKING:
    import xmlschema

SCHEMA_DIR = resource_dir("schema")
XSD_PATH = SCHEMA_DIR / "edition.xsd"
SCHEMATRON_PATH = SCHEMA_DIR / "edition.sch"

XS_NS = "http://www.w3.org/2001/XMLSchema"
XML_NAMESPACE_URI = "http://www.w3.org/XML/1998/namespace"
DATE_ATTRIBUTES = {"when", "from", "to", "notBefore", "notAfter"}
POINTER_ATTRIBUTES = {"ref", "target", "resp", "source"}


@dataclass(frozen=True)
class Problem:
    """One reason a file is invalid, at the start tag of the element concerned."""
    file: str
    line: int | None
    column: int | None
    message: str

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.file, self.line, self.column) if p is not None)
        return f"{where}: {self.message}"


# ---------------------------------------------------------------- locating elements

_MARKUP = re.compile(r"<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<!.*?>|<(?=[^/!?])", re.S)


class _Locator:
    """Line and column of each element's start tag, from the file's own characters.

    libxml2 reports the line where a start tag ends and no column; an editor needs where it
    begins. Start tags and elements come in the same document order, so the n-th `<name`
    outside comments, CDATA and processing instructions is the n-th element.
    """

    def __init__(self, data: bytes, tree: etree._ElementTree):
        # built on the first question: a valid file never needs it
        self._data, self._tree = data, tree

    @functools.cached_property
    def _index(self) -> tuple[list[int], dict, dict[int, etree._Element], list]:
        text = self._data.decode(self._tree.docinfo.encoding or "utf-8", errors="replace")
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        starts = [m.start() for m in _MARKUP.finditer(text) if m.group() == "<"]
        elements = list(self._tree.getroot().iter(tag=etree.Element))
        by_libxml_line: dict[int, etree._Element] = {}
        for el in elements:
            by_libxml_line.setdefault(el.sourceline, el)
        positions = {el: self._line_col(line_starts, pos) for el, pos in zip(elements, starts)}
        # the element list keeps the proxies alive, so the dictionary keys stay valid
        return line_starts, positions, by_libxml_line, elements

    @staticmethod
    def _line_col(line_starts: list[int], offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1] + 1

    def of(self, element: etree._Element | None) -> tuple[int | None, int | None]:
        if element is None:
            return None, None
        positions = self._index[1]
        if element in positions:
            return positions[element]
        return element.sourceline, None

    def at_libxml_line(self, line: int) -> tuple[int | None, int | None]:
        element = self._index[2].get(line)
        return self.of(element) if element is not None else (line or None, None)


def _name(element: etree._Element | str) -> str:
    tag = element if isinstance(element, str) else element.tag
    qname = etree.QName(tag)
    if qname.namespace == TEI_NS:
        return f"<{qname.localname}>"
    return f"<{tag}>" if qname.namespace else f"<{qname.localname}> (in no namespace)"


def _strip_ns(text: str) -> str:
    return text.replace("{%s}" % TEI_NS, "").replace("{%s}" % XML_NS, "xml:")


# ---------------------------------------------------------------- project schema (XSD)

@functools.cache
def _xsd() -> xmlschema.XMLSchema:
    import xmlschema  # half a second to import: only for a file that is not valid

    # 'local': the schema imports only the XML namespace, which xmlschema ships
    return xmlschema.XMLSchema(str(XSD_PATH), allow="local")


_ATTRIBUTE_VALUE = re.compile(r"attribute (?P<attr>[\w:{}/.-]+)='(?P<value>.*?)': (?P<why>.*)", re.S)


def _xsd_message(error: xmlschema.XMLSchemaValidationError) -> tuple[etree._Element | None, str]:
    element = error.elem
    reason = _strip_ns(error.reason or error.message or "invalid")
    here = _name(element) if element is not None else "document"
    child = getattr(error, "invalid_child", None)
    if child is not None:
        expected = [f"<{getattr(x, 'local_name', x)}>" for x in (getattr(error, "expected", None) or [])]
        wanted = f"; expected {' or '.join(expected[:6])}" if expected else ""
        return child, f"{_name(child)} is not allowed here in {here}{wanted}"
    if "is not an element of the schema" in reason:
        return element, f'root element {here} is not a TEI document: expected <TEI xmlns="{TEI_NS}">'
    match = _ATTRIBUTE_VALUE.match(reason)
    if match:
        attr, value = match["attr"], match["value"]
        if attr in DATE_ATTRIBUTES:
            return element, (f"@{attr}='{value}' on {here} is not an ISO 8601 date "
                             "(YYYY, YYYY-MM or YYYY-MM-DD)")
        if attr in POINTER_ATTRIBUTES:
            return element, f"@{attr}='{value}' on {here} is not a pointer of the form '#id'"
        return element, f"@{attr}='{value}' on {here}: {match['why'].strip()}"
    if m := re.match(r"'(.+)' attribute not allowed", reason):
        return element, f"attribute @{m[1]} is not allowed on {here}"
    if m := re.match(r"missing required attribute '(.+)'", reason):
        return element, f"{here} lacks the required attribute @{m[1]}"
    if "content is empty" in reason:
        return element, f"{here} must be empty"
    if "character data" in reason and "not allowed" in reason:
        return element, f"text is not allowed directly in {here}"
    if "doesn't match any pattern" in reason and ("\\S" in reason):
        return element, f"{here} is empty or holds only blanks"
    if "not complete" in reason:
        expected = re.findall(r"'([^' ]+)'", reason.split("not complete", 1)[1])
        wanted = " or ".join(f"<{x}>" for x in expected[:6]) or "more content"
        return element, f"{here} is incomplete: {wanted} expected"
    return element, f"{here}: {reason}"


@functools.cache
def _xsd_document() -> etree._ElementTree:
    """The project schema as an XML tree, read once: compiled by libxml2, and read for the
    names of the elements it declares."""
    return etree.parse(str(XSD_PATH), etree.XMLParser(resolve_entities=False, no_network=True))


@functools.cache
def _fast_xsd() -> etree.XMLSchema:
    """The same schema compiled by libxml2, about a hundred times faster than xmlschema.

    It answers whether a file is valid; xmlschema, slower, is asked only for a file that is
    not, because its errors name the element and what was expected. The XML namespace's
    schema is the copy xmlschema ships, so nothing is fetched."""
    document = copy.deepcopy(_xsd_document())  # the import gets a location; the shared tree stays as read
    spec = importlib.util.find_spec("xmlschema")
    assert spec is not None and spec.origin is not None, "xmlschema is a dependency"
    xml_xsd = Path(spec.origin).parent / "schemas" / "XML" / "xml.xsd"
    for found in document.getroot().iter(f"{{{XS_NS}}}import"):
        if found.get("namespace") == XML_NAMESPACE_URI:
            found.set("schemaLocation", xml_xsd.as_uri())
    return etree.XMLSchema(document)


def _xsd_problems(tree: etree._ElementTree, locate: _Locator, file: str) -> list[Problem]:
    fast = _fast_xsd()
    if fast.validate(tree):
        return []
    problems = []
    for error in _xsd().iter_errors(tree):
        element, message = _xsd_message(error)
        problems.append(Problem(file, *locate.of(element), message))
    if not problems:  # the two validators disagree: libxml2's own words, at its line
        problems = [Problem(file, *locate.at_libxml_line(entry.line), _strip_ns(entry.message))
                    for entry in fast.error_log]
    return problems


# ---------------------------------------------------------------- Schematron rules

@functools.cache
def _schematron() -> Rules:
    return Rules(parse_xml(SCHEMATRON_PATH))


def _schematron_problems(tree: etree._ElementTree, locate: _Locator, file: str) -> list[Problem]:
    problems = []
    for finding in _schematron().findings(tree):
        found = tree.xpath(finding.location)
        element = found[0] if found and isinstance(found[0], etree._Element) else None
        problems.append(Problem(file, *locate.of(element), finding.message))
    return problems


# ---------------------------------------------------------------- official TEI

def _tei_all_problems(tree: etree._ElementTree, locate: _Locator, file: str) -> list[Problem]:
    schema = tei_all_schema()
    if schema.validate(tree):
        return []
    return [Problem(file, *locate.at_libxml_line(entry.line),
                    f"not conformant to tei_all ({TEI_VERSION}): {_strip_ns(entry.message)}")
            for entry in schema.error_log]


# ---------------------------------------------------------------- TEI from elsewhere

# a file with more problems than this against the project's schema and rules, and elements the
# schema does not declare, is TEI from elsewhere: it gets a summary
FOREIGN_THRESHOLD = 20
# how many element names a summary lists before "…"
SUMMARY_NAMES = 12


@functools.cache
def project_elements() -> frozenset[str]:
    """The TEI elements the project schema declares."""
    return frozenset(el.get("name") for el in _xsd_document().iter(f"{{{XS_NS}}}element") if el.get("name"))


def outside_elements(tree: etree._ElementTree) -> dict[str, etree._Element]:
    """TEI elements of the file that the project schema does not declare: name -> first one."""
    known = project_elements()
    root = tree.getroot()
    tei = f"{{{TEI_NS}}}"
    found: dict[str, etree._Element] = {}
    for tag in dict.fromkeys(el.tag for el in root.iter(tag=etree.Element)):  # in order of first use
        if tag.startswith(tei) and tag[len(tei):] not in known:
            found[tag[len(tei):]] = next(root.iter(tag))
    return found


def _summary(outside: dict[str, etree._Element]) -> str:
    names = sorted(outside, key=str.lower)
    listed = ", ".join(names[:SUMMARY_NAMES]) + (", …" if len(names) > SUMMARY_NAMES else "")
    return (f"uses {len(names)} element{'s' if len(names) != 1 else ''} outside this project's schema: "
            f"{listed}")


def _foreign_problems(tree: etree._ElementTree, locate: _Locator, file: str,
                      outside: dict[str, etree._Element], tei_all: bool, project: int) -> list[Problem]:
    """TEI written elsewhere: one summary line instead of an error per foreign element.

    The project's schema and rules are for the editions made here; a file from elsewhere
    is held to TEI P5 (tei_all), which the outputs render."""
    first = min(outside.values(), key=lambda el: el.sourceline or 0)
    line, column = locate.of(first)
    summary = (f"{_summary(outside)}; {project} problems against the project's schema and rules, "
               "which hold for the editions made here")
    if not tei_all:
        return [Problem(file, line, column, f"{summary} (run 'edition validate' without --no-tei-all "
                                            "to check it against TEI P5)")]
    problems = _tei_all_problems(tree, locate, file)
    if not problems:
        return [Problem(file, line, column, f"valid {TEI_VERSION}; {summary} "
                                            "(every output renders it; schema/README.md describes the project's encoding)")]
    return [Problem(file, line, column, summary)] + problems


# ---------------------------------------------------------------- entry points

def validate_file(path: Path, *, tei_all: bool) -> list[Problem]:
    """Every problem of one file, in the order of the text; [] when it is valid."""
    file = str(path)
    try:
        tree = parse_xml(path)
    except XMLInputError as exc:
        message = exc.message.replace("not well-formed XML: ID ", "duplicate xml:id: ID ")
        if exc.hint:
            message += f" ({exc.hint})"
        return [Problem(file, exc.line, exc.column, message)]
    locate = _Locator(Path(path).read_bytes(), tree)
    outside = outside_elements(tree)
    problems = _xsd_problems(tree, locate, file) + _schematron_problems(tree, locate, file)
    if outside and len(problems) > FOREIGN_THRESHOLD:
        # TEI from elsewhere: a summary, not an error per thing the project does otherwise
        problems = _foreign_problems(tree, locate, file, outside, tei_all, len(problems))
        return sorted(dict.fromkeys(problems), key=lambda p: (p.line or 0, p.column or 0))
    if tei_all:
        problems += _tei_all_problems(tree, locate, file)
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.line or 0, p.column or 0))


def validate_files(files: list[Path], *, tei_all: bool) -> list[Problem]:
    """Run the project schema, the Schematron rules and (if asked) tei_all over each file."""
    problems: list[Problem] = []
    for path in files:
        problems += validate_file(Path(path), tei_all=tei_all)
    return problems

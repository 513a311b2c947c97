# SPDX-License-Identifier: MIT
"""Register files (tei/registers/*.xml) to entries and one name matcher for the tagging pass."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.errors import EditionError
from edition.tei.serialize import T, XML_NS
from edition.xmlsafe import parse_xml

# register kind -> (file, entry elements, name element written in the text, stand-off list)
KINDS: dict[str, tuple[str, tuple[str, ...], str, str]] = {
    "person": ("persons.xml", ("person", "personGrp"), "persName", "listPerson"),
    "place": ("places.xml", ("place",), "placeName", "listPlace"),
    "org": ("orgs.xml", ("org",), "orgName", "listOrg"),
}
XML_ID = "{%s}id" % XML_NS


class RegisterError(EditionError):
    """A register file an editor must fix before names can be tagged."""


@dataclass
class Entry:
    id: str
    kind: str
    element: etree._Element
    names: list[str]

    @property
    def normalized(self) -> str:
        for name in self.element:
            if name.get("type") == "normalized":
                return _squash("".join(name.itertext()))
        return self.names[0] if self.names else self.id


@dataclass
class Registers:
    entries: dict[str, Entry] = field(default_factory=dict)
    # name as written in a text -> entry id; names claimed by two entries are left out
    forms: dict[str, str] = field(default_factory=dict)
    # names claimed by several entries -> their ids; resolved only by context, never guessed
    ambiguous: dict[str, set[str]] = field(default_factory=dict)
    # phrases containing a name that are names of something else ("Lenin Enrolment")
    not_mentions: list[str] = field(default_factory=list)

    def by_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries.values() if e.kind == kind]


def _squash(text: str) -> str:
    return " ".join(text.split())


def load_registers(directory: str | Path) -> Registers:
    """Read persons.xml, places.xml and orgs.xml; a missing file or bad entry is an error."""
    directory = Path(directory)
    registers = Registers()
    claims: dict[str, set[str]] = {}
    for kind, (filename, entry_tags, name_tag, _list) in KINDS.items():
        path = directory / filename
        if not path.exists():
            raise RegisterError("register file not found", path,
                                hint=f"create {filename} with a TEI {_list}, or pass --registers DIR")
        root = parse_xml(path).getroot()
        for element in root.iter(*(T + t for t in entry_tags)):
            entry_id = element.get(XML_ID)
            if not entry_id:
                raise RegisterError(f"<{etree.QName(element).localname}> without xml:id", path,
                                    element.sourceline, hint="give every entry a unique xml:id")
            if entry_id in registers.entries:
                raise RegisterError(f"duplicate xml:id '{entry_id}'", path, element.sourceline,
                                    hint="each entry needs its own xml:id across all registers")
            names = [_squash("".join(n.itertext())) for n in element.findall(T + name_tag)]
            names = [n for n in names if n]
            if not names:
                raise RegisterError(f"entry '{entry_id}' has no <{name_tag}>", path,
                                    element.sourceline, hint=f"add at least a <{name_tag} type=\"normalized\">")
            registers.entries[entry_id] = Entry(entry_id, kind, element, names)
            for name in names:
                claims.setdefault(name, set()).add(entry_id)
        for item in root.iter(T + "div"):
            if item.get("type") == "not-mentions":
                registers.not_mentions += [_squash("".join(i.itertext())) for i in item.iter(T + "item")]
    for name, ids in claims.items():
        if len(ids) == 1:
            registers.forms[name] = next(iter(ids))
        else:
            registers.ambiguous[name] = ids
    return registers


def _form_pattern(form: str) -> str:
    # a line break or double space in the text still matches a name written with one space
    return r"\s+".join(re.escape(word) for word in form.split())


def name_pattern(forms: list[str]) -> re.Pattern[str]:
    """One regex for all forms, longest first, matching whole words only.

    A form is not matched inside a longer word (Parisian, Londoner, Berliner), nor when a
    lower-case compound continues it (Stalin-led); a hyphen before it is checked by the caller.
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    alternation = "|".join(_form_pattern(f) for f in ordered)
    return re.compile(rf"(?<![\w.])(?:{alternation})(?!\w)(?!-[a-z])")


def phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(_form_pattern(p) for p in ordered), re.IGNORECASE)

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
    The forms share their common beginnings (a trie, `_trie`): it matches what the plain
    alternation of the forms in that order matches, and tries far fewer of them at each place.
    """
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    items = [_tokens(f) for f in ordered]
    branches = _branches(items)
    opening = [(token, rests) for token, rests in branches if token]
    if branches and len(opening) == len(branches):
        # each branch opens with its first character and looks back past it, which is the same
        # as looking back first, and lets a search skip to the characters a form can begin with
        body = "|".join(re.escape(token) + _not_inside_word(re.escape(token)) + (_trie(rests) if rests != [()] else "")
                        for token, rests in opening)
        return re.compile(rf"(?:{body})(?!\w)(?!-[a-z])")
    return re.compile(rf"{_not_inside_word('')}(?:{_trie(items)})(?!\w)(?!-[a-z])")


def _not_inside_word(first: str) -> str:
    """The look back before a form (whose first character, `first`, is already read): no letter
    before it, and no full stop unless it ends a word in lower case ("cf.Carli Conklin", a space
    lost by the text's converter; not "G.Washington", "St.Louis", "U.S.Navy")."""
    return rf"(?<!\w{first})(?:(?<!\.{first})|(?<=[a-zß-ÿа-яё]{{2}}\.{first}))"


# a run of white space between two words of a form (`_form_pattern`'s \s+)
_SPACE = ""


def _tokens(form: str) -> tuple[str, ...]:
    """A form as its characters, with one token for each run of white space between its words."""
    tokens: list[str] = []
    for i, word in enumerate(form.split()):
        if i:
            tokens.append(_SPACE)
        tokens.extend(word)
    return tuple(tokens)


def _trie(items: list[tuple[str, ...]]) -> str:
    """The alternation of `items` (token sequences, in the order they are to be tried) with
    common beginnings merged. At one place in a text, of the branches after a common beginning
    only those on the same next token can match (two characters differ, and no word of a form
    holds white space), and the end of a shorter form: so the items that share a next token are
    tried together, in their order, and the order kept is the one of the plain alternation
    wherever it can matter: an item goes with the earlier ones on its token only when no form
    ended in between."""
    alternatives = []
    for token, rests in _branches(items):
        if token is None:
            alternatives.append("")
            continue
        head = r"\s+" if token == _SPACE else re.escape(token)
        alternatives.append(head + _trie(rests) if rests != [()] else head)
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _branches(items: list[tuple[str, ...]]) -> list[tuple[str | None, list[tuple[str, ...]]]]:
    """`_trie`'s branches: (first token, the rests of the items that go on with it), in the
    order they are tried; (None, []) where a form ends."""
    branches: list[tuple[str | None, list[tuple[str, ...]]]] = []
    open_groups: dict[str, list[tuple[str, ...]]] = {}
    ended = False
    for tokens in items:
        if not tokens:
            if not ended:  # a second form ending here matches just what the first did
                branches.append((None, []))
                ended = True
                open_groups.clear()  # items after the end are tried after it
            continue
        group = open_groups.get(tokens[0])
        if group is None:
            group = open_groups[tokens[0]] = []
            branches.append((tokens[0], group))
        group.append(tokens[1:])
    return branches


def phrase_pattern(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    ordered = sorted(set(phrases), key=lambda f: (-len(f), f))
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(_form_pattern(p) for p in ordered), re.IGNORECASE)

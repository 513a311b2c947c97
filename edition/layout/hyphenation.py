# SPDX-License-Identifier: MIT
"""A word hyphenated at a line's end ("exalta-" | "tion") is one word again; a hyphen that
belongs to the words stays.

The text itself tells which it is where it can: a word it prints elsewhere whole
("exaltation") is rejoined without the hyphen; one it prints elsewhere with its hyphen
("self-evident") keeps it, without the space; a hyphen followed by a word that carries on a
suspended compound ("Verwaltungs-" | "und Hofpersonal": edition/data/layout/function-words.toml,
`suspended_before`) keeps the hyphen and the space; one before a capital, or after a capital or
a single letter, binds two words ("Hans-" | "Joachim", "USA-" | "based") and stays. Otherwise the hyphen goes: a typesetter's
hyphenation is far more common at a line's end than a compound's own hyphen. A range of
numbers cut after its dash ("239–" | "255") is one range again.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from edition import data

# the line ends with a hyphen right after a letter (not a dash "--")
_CUT = re.compile(r"([^\W\d_]+)-$")
_RANGE_CUT = re.compile(r"\d[-–]$")
_OPENS = re.compile(r"^([^\W\d_]+)")
_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


class Hyphenation:
    """How the line ends of one text join: built from all of the text's lines."""

    def __init__(self, lines: Iterable[str], languages: list[str | None]):
        self.whole: set[str] = set()
        self.hyphenated: set[str] = set()
        # a word never spans white space: the words of the text are those of its distinct
        # tokens between spaces, each searched and folded once
        words: set[str] = set()
        for token in set("\n".join(lines).split()):
            words.update(_WORDS.findall(token))
        for word in words:
            (self.hyphenated if "-" in word else self.whole).add(word.casefold())
        tables = data.load("layout/function-words")
        self.suspended = {word.casefold() for language in [*languages, "en"] if language
                          for word in tables.get(language.split("-")[0], {}).get("suspended_before", [])}

    def joint(self, left: str, right: str) -> str:
        """How `left`'s last line and `right`'s first join: "drop" (the hyphen goes and the word
        is one), "keep" (hyphen kept, no space) or "space" (a space, as between any two lines)."""
        left, right = left.rstrip(), right.lstrip()
        if _RANGE_CUT.search(left) and right[:1].isdigit():
            return "keep"       # a range of numbers cut after its dash: "239–" | "255"
        cut = _CUT.search(left)
        opening = _OPENS.match(right)
        if cut is None or opening is None:
            return "space"
        if right[:1].isupper() or len(cut.group(1)) < 2 or not cut.group(1)[-1].islower():
            return "keep"       # two words the hyphen binds: "Hans-" | "Joachim", "USA-" | "based"
        first, second = cut.group(1).casefold(), opening.group(1).casefold()
        if second in self.suspended:
            return "space"
        joined, compound = first + second, f"{first}-{second}"
        if compound in self.hyphenated and joined not in self.whole:
            return "keep"
        return "drop"


def join_lines(lines: list[str], hyphenation: Hyphenation | None) -> str:
    """The lines of a note or paragraph as one text, hyphenated words rejoined."""
    out = ""
    for line in lines:
        if not out:
            out = line
            continue
        way = hyphenation.joint(out, line) if hyphenation is not None else "space"
        if way == "drop":
            out = out.rstrip()[:-1] + line.lstrip()
        elif way == "keep":
            out = out.rstrip() + line.lstrip()
        else:
            out = f"{out} {line}"
    return out

# SPDX-License-Identifier: MIT
"""Note markers in the body text, in every convention the forms use.

A marker finder returns (start, end, number, strength) for every place a line may mark a
note; the pairing (notes.py) keeps those whose number a note of the page has. Strength 2 is
an unmistakable marker (`<sup>3</sup>`, `[3]`, ³); 1 a number glued to a word or to
punctuation (`Commentaries).1`, `tack151 :`); 0 a number standing free in the line
(`anbietet, 2 besteht`), taken only where nothing stronger marks that note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@dataclass(frozen=True)
class Marker:
    start: int
    end: int
    n: str
    strength: int


_SUP_TAG = re.compile(r"<sup>\s*(\d{1,4}|[*†‡§a-z])\s*</sup>")
_TEX = re.compile(r"\\\(\s*\^\s*\{?\s*(\d{1,4}|[*†‡§])\s*\}?\s*\\\)|\$\s*\^\s*\{?\s*(\d{1,4})\s*\}?\s*\$")
_CARET = re.compile(r"\^(\d{1,4})\^|\[\^(\d{1,4})\]")
_BRACKET = re.compile(r"\[(\d{1,4}|[*†‡§]|[A-Za-z])\]")
# superscript digits after a non-space; written with the digit first (and the look back after
# it), so that a search skips straight to the superscripts
_UNICODE = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹](?<=\S[⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]*")
_GLUED = re.compile(r"(?<=[^\W\d_]|[.,;:!?)\]”’\"'])(\d{1,4})(?=[\s.,;:!?)\]”’\"']|$)")
_FREE = re.compile(r"(?<=[^\s\d]\s)(\d{1,3})(?=\s+\S|$)")
# a note symbol after a word; "§ 12", "§§. 334" are section signs of a reference, not markers
# (the symbol first and the looks back after it: a search skips to the symbols)
_SYMBOL = re.compile(r"([*†‡§])(?:(?<=\S[*†‡§])|(?<=\S [*†‡§])(?=\s*$))(?<!§[*†‡§])(?![§.]?\s*\d)(?=[\s.,;:)]|$)")
# what `_SYMBOL` and the numbers' patterns cannot match without (each looks back first, which
# a search cannot skip with): a text without it has no such marker
_ANY_SYMBOL = re.compile(r"[*†‡§]")
_ANY_DIGIT = re.compile(r"\d")
_OCR_MARK = re.compile(r"(?:(?<=[^\W\d_][.,;:)’”\"])|(?<=[^\W\d_]))([!*¹²³]|1)(?=\s|$)")


def markup_markers(text: str) -> list[Marker]:
    found = [Marker(m.start(), m.end(), m.group(1), 2) for m in _SUP_TAG.finditer(text)]
    found += [Marker(m.start(), m.end(), m.group(1) or m.group(2), 2) for m in _TEX.finditer(text)]
    found += [Marker(m.start(), m.end(), m.group(1) or m.group(2), 2) for m in _CARET.finditer(text)]
    return found


def bracket_markers(text: str) -> list[Marker]:
    return [Marker(m.start(), m.end(), m.group(1), 2) for m in _BRACKET.finditer(text)]


def unicode_markers(text: str) -> list[Marker]:
    return [Marker(m.start(), m.end(), m.group().translate(SUPERSCRIPTS), 2) for m in _UNICODE.finditer(text)]


def print_markers(text: str) -> list[Marker]:
    """Markers as a PDF's text layer gives them: glued numbers, free numbers, symbols."""
    found = []
    if _ANY_DIGIT.search(text):
        found += [Marker(m.start(), m.end(), m.group(1), 1) for m in _GLUED.finditer(text)]
        found += [Marker(m.start(), m.end(), m.group(1), 0) for m in _FREE.finditer(text)]
    if _ANY_SYMBOL.search(text):
        found += [Marker(m.start(), m.end(), m.group(1), 1) for m in _SYMBOL.finditer(text)]
    return found + unicode_markers(text)


# a superscript number the OCR garbled, glued to a word or to punctuation: "law.??4_",
# "science.?41", "text.24©", "deductive.*4?", "component,?3®" (some of its digits, with signs
# the OCR put for the others), or one sign no text sets there ("law.4°", "text®"), or a sign
# after an apostrophe, which OCR reads for a superscript 1 ("kingdoms'*")
# (a closing quote before it stays the text's: "nation.”?39")
_GARBLED = re.compile(r"(?:(?<=[^\W\d_][.,;:)’”\"«»])|(?<=[^\W\d_][.,;:)«»][.,;:)’”\"«»])|(?<=[^\W\d_]))[”’\"]?"
                      r"((?=[^\s]*[?°©®>*])[?°©®>*\d][?°©®>*”’'!\d\"]{1,4}_?|'[?°©®>*]|[°©®>])(?=[\s.,;:)]|$)")
# a question mark glued to a word (or to its closing quote or bracket) with the sentence going
# on in lower case ("natural law? it", "the custom”? which")
_QUERY = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][”’)]))(\?)(?=[\"”]?\s+[^\W\d_])")
# a superscript set off by a space after a sentence's end, as two signs or a sign and a digit
# ("the custom. ?>"): at a line's end or before the next word; or as two quotes at a line's end
_DETACHED = re.compile(r"(?<=[^\W\d_][.,;:!»”)] )((?=\S*[?°©®>])[?°©®>*'’\d]{2}(?=\s*$|\s+[^\W\d_])|'[\"”](?=\s*$))")
# a dash and a space before a number: the number begins a list's item
_LISTED = re.compile(r"(?:^|\s)[—–-] $")
GARBLED = "~"   # the number of a garbled marker begins so: it is paired by its place, not its number


def garbled_digits(marker: Marker) -> str:
    return re.sub(r"\D", "", garbled_reading(marker))


def garbled_reading(marker: Marker) -> str:
    """A garbled marker as the OCR read it, signs and digits."""
    return marker.n[len(GARBLED):]


# an emphasis of markdown: `*word*`, `**words**` (its stars are not note symbols)
# (the first star before the look back: a search skips to the stars)
_EMPHASIS = re.compile(r"\*(?<![\w*]\*)\*?(?=[^\s*])[^*\n]*?(?<=[^\s*])\*{1,2}(?![\w*])")


def markdown_symbol_markers(text: str) -> list[Marker]:
    """Note symbols after a word in markdown (`Quebec,*`, `length,†`), where a star is not
    one of an emphasis's pair."""
    if not _ANY_SYMBOL.search(text):
        return []
    emphasis = [(m.start(), m.end()) for m in _EMPHASIS.finditer(text)] if "*" in text else []
    return [Marker(m.start(), m.end(), m.group(1), 1) for m in _SYMBOL.finditer(text)
            if not any(start <= m.start() < end for start, end in emphasis)]


def ocr_markers(text: str) -> list[Marker]:
    """OCR reads a superscript as `*`, `!`, `1` or a superscript digit glued to the word, or
    garbles it (`?41`, `24©`): such a marker has the number GARBLED + what was read. A number
    standing free after a dash counts the items of a list ("— 13 cities"): OCR reads no
    superscript so."""
    found = [mk for mk in print_markers(text) if not (mk.strength == 0 and _LISTED.search(text, 0, mk.start))]
    for m in _GARBLED.finditer(text):
        found.append(Marker(m.start(1), m.end(1), GARBLED + m.group(1), 0))
    garbled = [(mk.start, mk.end) for mk in found if mk.n.startswith(GARBLED)]
    for m in _QUERY.finditer(text):
        # a place read as a wider garbled marker already ("Stück)?\"") is that marker's
        if text[m.end():].lstrip(" \"”")[:1].islower() \
                and not any(start < m.end() and m.start() < end for start, end in garbled):
            found.append(Marker(m.start(), m.end(), GARBLED + m.group(1), 0))
    for m in _DETACHED.finditer(text):
        found.append(Marker(m.start(1), m.end(1), GARBLED + m.group(1), 0))
    # the same place may be read as a symbol and as the number it stands for: the pairing
    # uses each place once
    for m in _OCR_MARK.finditer(text):
        symbol = m.group(1).translate(SUPERSCRIPTS)
        found.append(Marker(m.start(), m.end(), "1" if symbol in "!*" else symbol, 0))
    return found

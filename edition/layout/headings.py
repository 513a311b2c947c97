# SPDX-License-Identifier: MIT
"""Headings from layout and wording, and their rank.

A run of lines is a heading when it is short and one of: a markdown heading (`#`); a
division word of the edition's languages followed by a number ("Chapter I: How …",
"Book I.", "KAPITEL 3"; the words are data, edition/data/layout/headings.toml); a section
number with a title in capitals ("4.2. THE LATITUDINARIANS"); a roman numeral, a capital
letter or a number standing alone ("II", "A", "325."); a lettered subsection ("(a) The
…"); a short line in capitals. A run whose sentence goes on (it ends with a comma or a
hyphen) is never a heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from edition import data
from edition.layout.pages import Line

_ROMAN = r"[IVXLCDM]+"
_MARKDOWN = re.compile(r"^(#{1,6})\s+(\S.*?)\s*#*$")
# a line wholly in emphasis: "*PART III*", "**Chapter 2**"
_EMPHASIS_LINE = re.compile(r"^(\*{1,2}|_)([^*_\s][^*_]{0,40})\1$")
# a word and a short number, nothing else (the number as OCR may read it: "II", "l", "3")
_WORD_AND_NUMBER = re.compile(r"^([^\W\d_]+)\.?\s+([0-9IVXLCDMivxlcdm]{1,6}|[A-Z])\.?$")
_BOLD_LINE = re.compile(r"^\*\*[^*\s][^*]{0,80}\*\*$")
_SECTION_NUMBER = re.compile(r"^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.{0,90})$")
_ALONE = re.compile(rf"^(?:({_ROMAN})|([A-Z])|(\d{{1,4}}))\.?$")
_LETTERED = re.compile(r"^\(([a-z]|[ivx]{1,4})\)\s+([A-Z].{0,90})$")
_QUOTES = "“”\"‘’'«»„"
MAX_HEADING = 100
MAX_CAPS_HEADING = 160   # an addressee or a title in capitals may run over two lines
# note markers a heading may carry ("328.[1]", "TO SCHINDLER.¹"): not part of its wording
# (each alternative opens with its own character, the superscripts one by one, so that a search
# skips to the characters that can open one)
_MARKERS = re.compile(r"\[\d{1,4}\]|<sup>[^<]{0,6}</sup>|\\\(\^?\{?\d{1,4}\}?\\\)|"
                      + "|".join(f"{d}[⁰¹²³⁴⁵⁶⁷⁸⁹]*" for d in "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def closes_sentence(text: str) -> bool:
    """A run of words that ends a sentence of text (most words in lower case, a full stop)."""
    words = text.split()
    return text.rstrip().endswith((".", "!", "?")) and len(words) >= 6 \
        and sum(word[:1].islower() for word in words) * 2 > len(words)


def _caps(text: str) -> bool:
    # asked of every line: a line of prose shows a lower-case letter within its first few
    if any(c.islower() for c in text):
        return False
    return sum(c.isalpha() for c in text) >= 3


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def looks_like_title(text: str) -> bool:
    """Set as a title: in capitals, in title case, or a few words ("Fairies.")."""
    stripped = text.strip().strip(_QUOTES)
    return _caps(stripped) or _title_case(stripped) or len(stripped.split()) <= 3


@dataclass
class Heading:
    rank: int
    label: str | None
    division: str          # div type: part, book, chapter, section, letter


class HeadingRules:
    """The heading rules for a text in the given languages."""

    def __init__(self, languages: list[str], bare_numbers: bool = True) -> None:
        # a number standing alone heads a letter or a numbered piece ("325."); where the text
        # has page numbers of its own, a stray one is never a heading
        self.bare_numbers = bare_numbers
        table = data.load("layout/headings")
        self.rank = table["rank"]
        self.words: dict[str, str] = {}
        self.number_words: set[str] = set()
        for lang in languages + ["en"]:
            for division, words in table.get(lang.split("-")[0], {}).items():
                if division == "numbers":
                    self.number_words |= {w.lower() for w in words}
                    continue
                if division not in self.rank:
                    continue
                for word in words:
                    self.words.setdefault(word.lower(), division)
        # words a heading never ends with: a line ending so is a cut sentence
        endings = data.load("layout/function-words")
        self.unfinished = {w.lower() for lang in languages + ["en"]
                           for w in endings.get(lang.split("-")[0], {}).get("heading_never_ends", [])}
        # an article between the word and its number, as older books set it ("Part the First")
        articles = {w.lower() for lang in languages + ["en"]
                    for w in table.get(lang.split("-")[0], {}).get("number_articles", [])}
        alternatives = "|".join(sorted((re.escape(w) for w in self.words), key=len, reverse=True))
        article = "|".join(sorted((re.escape(w) for w in articles), key=len, reverse=True))
        article_part = rf"(?:(?:{article})\s+)?" if article else ""
        self.division = re.compile(
            rf"^({alternatives})\s+{article_part}({_ROMAN}|\d{{1,4}}|[A-Z]|[a-z]+)\b([.:]?(?:\s*[-–—:.]?\s*(\S.*))?)$",
            re.IGNORECASE)
        # the number first, as German and others write it: "Erstes Kapitel", "2. Kapitel",
        # "II. Buch"; a language's numbers with that language's words only
        self.divisions_after: list[re.Pattern[str]] = []
        for lang in dict.fromkeys(code.split("-")[0] for code in languages + ["en"]):
            table_lang = table.get(lang, {})
            words = [w for division, ws in table_lang.items() if division in self.rank for w in ws]
            if not words:
                continue
            numbers = "|".join(re.escape(w) for w in sorted(table_lang.get("numbers", []), key=len, reverse=True))
            lead = rf"{_ROMAN}\.|\d{{1,3}}\." + (f"|{numbers}" if numbers else "")
            alternatives_lang = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
            self.divisions_after.append(re.compile(
                rf"^({lead})\s+({alternatives_lang})\b\.?(?:\s*[-–—:.]\s*(\S.*))?$", re.IGNORECASE))

    def match(self, text: str, single_line: bool) -> Heading | None:
        """The heading a run's text is, or None."""
        text = _MARKERS.sub("", text).strip()
        limit = MAX_CAPS_HEADING if _caps(text) else MAX_HEADING
        if not text or len(text) > limit or text.endswith((",", "-", ";")):
            return None
        if (m := _MARKDOWN.match(text)):
            # a division word and its number ("## PART III", "## CHAPTER II"): the division's
            # rank, whatever the depth; the mark says it is a heading, so the number may be one
            # OCR misread ("CHAPTER l")
            if (named := self._named_division(m.group(2))) is not None:
                return named
            # "#" titles the book, "##" a chapter, "###" a section, as OCR tools write them
            depth = len(m.group(1))
            return Heading(self.rank["chapter"] + depth - 2, None, "chapter" if depth == 2 else "section")
        if (m := _EMPHASIS_LINE.match(text)) and (named := self._named_division(m.group(2))) is not None:
            # a division's number set in italics or bold on a line of its own ("*PART III*")
            return named
        if _BOLD_LINE.match(text) and not closes_sentence(text.strip("*")):
            # a line wholly in bold, as OCR tools mark a run-in title ("**Table XII**")
            return Heading(self.rank["section"], None, "section")
        if (m := self.division.match(text)):
            division = self.words[m.group(1).lower()]
            number, rest, title = m.group(2), m.group(3), m.group(4)
            # a word in the number's place is a number only if it is one ("Book One", "PART
            # THE FIRST"), whatever its case; a roman numeral or a letter is set in capitals
            if number.isalpha() and number.lower() not in self.number_words \
                    and not (number.isupper() and (len(number) == 1 or re.fullmatch(_ROMAN, number))):
                return None
            # "Chapter 3 discusses the results …" is a sentence: a title stands apart from
            # its number (a colon, a full stop, a dash) or is set as a title
            if title and not re.match(r"\s*[.:\-–—]", rest) and not (_caps(title) or _title_case(title)):
                return None
            return Heading(self.rank[division], " ".join(text[:m.end(2)].split()), division)
        for pattern in self.divisions_after:
            if (m := pattern.match(text)):
                division = self.words[m.group(2).lower()]
                return Heading(self.rank[division], f"{m.group(1)} {m.group(2)}", division)
        if not single_line:
            # two lines in capitals: an addressee, a title set in two lines
            if _caps(text.strip(_QUOTES)) and not re.match(r"^\W*\d", text):
                return Heading(self.rank["section"], None, "section")
            return None
        if (m := _ALONE.match(text)):
            if m.group(1):
                return Heading(self.rank["section"], m.group(1), "section")
            if m.group(2):
                return Heading(self.rank["section"] + 1, m.group(2), "section")
            return Heading(self.rank["letter"], m.group(3), "letter") if self.bare_numbers else None
        if (m := _SECTION_NUMBER.match(text)) and (_caps(m.group(2)) or _title_case(m.group(2))) \
                and not text.endswith(".") or (m and _caps(m.group(2))):
            depth = m.group(1).count(".") + 1
            if depth == 1 and not _caps(m.group(2)):
                # "2. The Rise of the Guilds": a numbered chapter (an article's numbered
                # sections are set in capitals: "1. INTRODUCTION")
                return Heading(self.rank["chapter"], m.group(1), "chapter")
            return Heading(self.rank["section"] + depth - 1, m.group(1), "section")
        if (m := _LETTERED.match(text)) and len(text) <= 70:
            return Heading(self.rank["section"] + 2, f"({m.group(1)})", "section")
        if _caps(text.strip(_QUOTES)) and len(text) <= (70 if single_line else MAX_CAPS_HEADING) \
                and not re.match(r"^\W*\d", text):
            return Heading(self.rank["section"], None, "section")
        return None

    def _named_division(self, text: str) -> Heading | None:
        """A division word and a short number alone: "PART III", "Kapitel 3", "CHAPTER l",
        or the number first: "2. Kapitel", "Erster Teil"."""
        text = " ".join(text.split())
        m = _WORD_AND_NUMBER.match(text)
        division = self.words.get(m.group(1).lower()) if m else None
        if m is not None and division is not None:
            return Heading(self.rank[division], text, division)
        for pattern in self.divisions_after:
            if (m := pattern.match(text)) and not m.group(3):
                division = self.words[m.group(2).lower()]
                return Heading(self.rank[division], text, division)
        return None

    def classify(self, run: list[Line], page: int):
        from edition.layout.blocks import TextBlock
        text = " ".join(line.stripped for line in run)
        heading = self.match(text, single_line=len(run) == 1) if len(run) <= 2 else None
        if heading is None and 1 < len(run) <= 4 and _ALONE.match(run[0].stripped):
            # a numeral standing alone with its title on the lines below ("I" / "La science …")
            heading = self.match(run[0].stripped, single_line=True)
        if heading is None:
            return TextBlock("p")
        return TextBlock("head", rank=heading.rank, label=heading.label, division=heading.division)

    def is_labelled_heading(self, line: Line) -> bool:
        """A line that is a numbered or lettered heading even without blank lines around it."""
        heading = self.match(line.stripped, single_line=True)
        return heading is not None and heading.label is not None and not _ALONE.match(line.stripped)

    def is_heading_line(self, line: Line) -> bool:
        """For forms without trustworthy blank lines: a line that stands as a heading by itself."""
        heading = self.match(line.stripped, single_line=True)
        return heading is not None and (heading.label is not None or _caps(line.stripped))


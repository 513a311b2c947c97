# SPDX-License-Identifier: MIT
"""The words of a text as the recogniser reads them, and the patterns of citations (imprints,
titles, authors) and of organisations' names it looks for."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from edition.enrich.morphology import russian_forms
from edition.enrich.recognise.lexicon import script_of
from edition.enrich.recognise.words import Words


# --------------------------------------------------------------- tokens

# a word (letters with their combining marks, the e above a vowel of older print, inner
# apostrophes and hyphens), an initial or abbreviation with its full stop, a number, or one
# mark of punctuation
_LETTERS = r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*"
TOKEN = re.compile(rf"[A-ZÀ-ÞА-ЯЁ]\.-[A-ZÀ-ÞА-ЯЁ]\.|(?:[dlnstjcm]|qu)['’](?=[^\W\d_])|{_LETTERS}(?:['’\-=]{_LETTERS})*(?:['’]s?)?\.?|\d+|[^\w\s]")
ELISION = re.compile(r"^(?:[LlDd]|[Qq]u)['’](?=[^\W\d_])")
POSSESSIVE = re.compile(r"['’]s?$")
CONTRACTION = re.compile(r"['’](?:ve|ll|re|d|m|t)$")


@dataclass
class Tok:
    text: str
    start: int
    end: int

    @property
    def word(self) -> str:
        return self.text.rstrip(".") if not self.is_abbrev else self.text

    @property
    def is_abbrev(self) -> bool:
        return self.text.endswith(".") and (len(self.text) == 2 or self.text[:-1] in _ABBREVS
                                            or bool(_HYPHENED_INITIALS.fullmatch(self.text)))

    @property
    def capitalised(self) -> bool:
        if self.text[:1].isupper():
            return True
        # "al-Hakam", "el-Mansur": a lower-case prefix of a name before its capital
        return any(self.text.startswith(p) and self.text[len(p):len(p) + 1].isupper() for p in NAME_PREFIXES)


_ABBREVS: set[str] = set()
# "J.-F. Kervégan", "J.-B. Say": the initials of a given name with a hyphen are one initial
_HYPHENED_INITIALS = re.compile(r"[A-ZÀ-ÞА-ЯЁ]\.-[A-ZÀ-ÞА-ЯЁ]\.")
# lower-case prefixes of names ("al-", "el-"); filled from the word lists
NAME_PREFIXES: set[str] = set()


def tokenize(text: str, words: Words) -> list[Tok]:
    toks = []
    for m in TOKEN.finditer(text):
        t = m.group()
        if t.endswith(".") and len(t) > 2 and t not in words.titles and t not in words.saints \
                and t not in words.particles and t not in words.name_abbreviations \
                and not _HYPHENED_INITIALS.fullmatch(t):
            # a full stop that ends the sentence, not an abbreviation
            toks.append(Tok(t[:-1], m.start(), m.end() - 1))
            toks.append(Tok(".", m.end() - 1, m.end()))
            continue
        if re.fullmatch(r"[IVX]\.", t) and toks and len(toks[-1].text) > 2 and toks[-1].text[:1].isupper() \
                and not toks[-1].text.endswith(".") and re.match(r"\s+[A-ZÀ-ÞА-ЯЁ][^\W\d_]", text[m.end():]) \
                and not _INITIAL_AFTER.match(text[m.end():]):
            # "Charles V. En 1515": a ruler's number and the full stop of its sentence
            toks.append(Tok(t[:-1], m.start(), m.end() - 1))
            toks.append(Tok(".", m.end() - 1, m.end()))
            continue
        toks.append(Tok(t, m.start(), m.end()))
    return toks


# an initial after another ("J. V. Stalin" is no ruler's number and a new sentence)
_INITIAL_AFTER = re.compile(r"\s+[A-ZÀ-ÞА-ЯЁ]\.")


def ordinal_stops(toks: list[Tok]) -> list[Tok]:
    """'Kaiser Ferdinand III. schickte': a ruler's number written as an ordinal keeps its full
    stop when the sentence goes on in lower case."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if re.fullmatch(r"[IVX]+", t.text) and out and out[-1].capitalised and k + 2 < len(toks) \
                and toks[k + 1].text == "." and toks[k + 1].start == t.end \
                and toks[k + 2].text[:1].islower():
            out.append(Tok(t.text + ".", t.start, t.end + 1))
            k += 2
            continue
        out.append(t)
        k += 1
    return out


# given names written short ("Ph. Steiner", "Wm. Penn"): initials too; filled from the word lists
NAME_ABBREVS: set[str] = set()


def opening_word(toks: list[Tok], words: frozenset[str], sizes: tuple[int, ...]) -> int | None:
    """How many tokens, written without spaces between them, make one of `words` at the start
    of a run with more after it ("H.R.H." may be three tokens); None if none do."""
    return next((k for k in sizes if len(toks) > k and "".join(t.text for t in toks[:k]) in words
                 and all(a.end == b.start for a, b in zip(toks[:k], toks[1:k]))), None)


def is_initial(tok: Tok) -> bool:
    return bool(re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ]\.(?:-?[A-ZÀ-ÞА-ЯЁ]\.)*", tok.text)) or tok.text in NAME_ABBREVS


# what opens a title after an author's name: the gap of a title left out of the scan, a quotation mark
TITLE_OPENERS = frozenset(("\u2016", "'", "‘", "“", "«", "„", "\""))

# after "the X", these words leave X a noun ("the Sonata in C minor", "the Donation of ...")
FUNCTION_WORDS = frozenset(("of", "and", "or", "is", "was", "were", "had", "has", "in", "for", "to", "by",
                             "with", "on", "at", "from", "as", "which", "that"))


# a place, a colon or comma, a publisher (capitalised, no digits), a comma or not, a year
IMPRINT = re.compile(
    r"(?<![\w.])(?:(?P<first>[A-ZÀ-ÞА-ЯЁ][\w'’-]*\.);\s*)?(?P<place>[A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’-]+)?)\s*[:,]\s*"
    r"(?P<pub>(?:[LlDd][’']|[A-ZÀ-ÞА-ЯЁ])[^,:;()\d\u2016\u2017\[\]]{0,60}?)\s*,?\s+(?:\d{4}|\u2017)(?!\d)")
# "…, hg. von E. Fischer, München 1999, 121–136", "…, Halle 1789, 3 f.": after a comma, a place
# and a year without a publisher, then a page or the end of the reference
# ("СПб., 1834": an abbreviated place, its full stop and a comma before the year)
PLACE_YEAR = re.compile(
    r"(?<=,)\s+(?P<place>[A-ZÀ-ÞА-ЯЁ][\w'’-]+(?:\s[A-ZÀ-ÞА-ЯЁ][\w'’-]+)?\.?)(?:\s+|(?<=\.),\s+)"
    r"(?:\d{4}(?!\d)|\u2017)(?=\s*(?:[,.;)]|$))")
# "*Title* 283 (Henry Holt 1996)", "at vii (Peter Smith 1973)": a publisher and a year alone in
# the brackets after a page or a title, as American legal citations write them, perhaps after
# the edition and a comma, its last word in lower case ("(photo. reprint, Gale ECCO Print
# Editions 2010)", "(Wilfrid Prest ed., Oxford Univ. Press 2016)"; not "(Liberty Fund, Inc.")
_BRACKET_PUBLISHER = re.compile(
    r"(?:\d|(?<!\w)[ivxlc]+|\u2016)\s*\((?:[^(),]{0,40}?(?<![\w.])[a-z][\w.]*,\s+)?(?P<pub>[A-Z][\w.&'’-]*(?:\s+[A-Z&][\w.&'’-]*){0,4})\s+(?:\d{4}|\u2017)\s*\)")


# "Posner, Blackstone and Bentham, 19 J.L. & Econ. 569, 570 (1976)": an American legal
# citation of an article, the author's comma, the title in roman type, a volume (or the year
# that serves as one), the journal's abbreviated name and a page. The title and the journal's
# name are titles of works: the names inside them are no mentions.
# in a note: an author (up to four capitalised words and initials), a comma, a title up to a
# comma, a bracket or a number, and the book it stands in after "in"
# ("See 1 William Blackstone, Commentaries on the Laws of England 37": a volume before the author)
TITLE_AFTER_AUTHOR = re.compile(
    r"(?:^|[;.]\s+|\b(?:[Ss]ee(?: also)?|[Cc]f\.|[Cc]ompare)\s+)(?:\d{1,2}\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]+,"
    r"\s+(?P<title>[A-Z][^;()\d,]{2,200}?)(?=,|\s+\(|\s+\d|;|$)"
    r"(?:,\s+in\s+(?P<book>[A-Z][^;()\d]{2,200}?)(?=\s+\d|\s+\(|,|;|$))?")
# after an author: a comma, a short title and a bracketed reference to an earlier note
SHORT_CITATION_TAIL = re.compile(r",\s+[^,;()\d]{1,80}?\s\((?:[^\W\d_]+\.?\s+){1,2}\d+\)")
ARTICLE_CITATION = re.compile(
    r"(?<=[\w.’'],)\s+(?P<title>[A-ZÀ-Þ“‘\"'][^;()\d\u2016\u2017]{2,200}?),\s+(?:\d{1,4}|\u2017)\s+"
    r"(?P<journal>[A-Z&][\w.&'’]*(?:\s+[A-Z&][\w.&'’]*){0,7}?)\s+\d{1,5}(?!\w)"
    r"(?P<rest>(?:,\s*\d[\d\-–]*)*(?:\s+n\.\s?\d+)?\s*\((?:[^()]*\s)?(?:\d{4}|\u2017)\s*\))?")


# "Andreas Gestrich, Absolutismus und Öffentlichkeit. Politische Kommunikation in Deutschland
# zu Beginn des 18. Jahrhunderts, Göttingen 1994, 200": after an author's comma, a title without
# a comma, then the place and year of its imprint (or the gap where the year's date stood)
IMPRINT_TITLE = re.compile(
    r"(?<=[\w.’'],)\s+(?P<title>[A-ZÀ-Þ“‘\"'][^,;()\u2016]{15,200}?),\s+"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+)\s+(?:1[4-9]\d\d|20\d\d|\u2017)(?!\d)")


# "Pellat, Traduction du livre VII des Pandectes, précédé d'un exposé, Paris 1838": after a
# comma, a reference's title and the rest of it up to the place (or two) and year of its imprint
TITLE_TO_IMPRINT = re.compile(
    r",\s+(?P<title>[A-ZÀ-ÞА-ЯЁ«“„\"'][^;\u2016]{4,400}?),\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+"
    r"(?:,?\s+[A-ZÀ-ÞА-ЯЁ][\w'’-]+)?\s+(?:1[4-9]\d\d|20\d\d|\u2017)(?!\d)")


# the name of an author before a comma: initials and capitalised words, the last a word
AUTHOR_BEFORE_TITLE = re.compile(r"(?P<name>(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+),\s+(?=[A-ZÀ-Þ“‘\"'])")


@lru_cache(maxsize=8)
def container_pattern(marks: tuple[str, ...], editors: tuple[str, ...]) -> re.Pattern[str] | None:
    """See `Recogniser._container_titles`: an author (capitalised words and initials), a comma,
    the title, a comma, the container's mark, then the container's title up to a number (its
    volume or year) or its editors."""
    if not marks:
        return None
    mark = "|".join(re.escape(m) for m in marks)
    editor = "|".join(re.escape(e) for e in editors) or r"(?!)"
    editors_follow = r",\s*(?i:\w+\s+)?(?i:" + editor + r")(?!\w)"
    return re.compile(
        r"(?:^|(?<=[\s;]))(?:[A-ZÀ-Þ][\w.'’-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]+,\s+"
        r"(?P<title>[A-ZÀ-Þ«„“‘\"'][^;,]{1,250}?),\s+(?:" + mark + r")\s+"
        # the years a title ends with when its editors follow ("Medien in Deutschland
        # 1700–1800, hg. von …") are the title's, not the container's volume
        r"(?:(?P<book>[A-ZÀ-Þ«„“‘\"'][^;,()\d\u2017]{1,250}?(?:\s+\d{4}(?:\s?[–-]\s?\d{2,4})?(?=" + editors_follow + r"))?)"
        r"(?=\s+[\d\u2017]|" + editors_follow + r"))?")


@lru_cache(maxsize=8)
def bracket_publisher_pattern(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """_BRACKET_PUBLISHER, the publisher's name ending with a company's legal form after a
    comma ("(Liberty Fund, Inc. 2010)")."""
    if not suffixes:
        return _BRACKET_PUBLISHER
    forms = "|".join(re.escape(x) for x in suffixes)
    return re.compile(_BRACKET_PUBLISHER.pattern.replace(
        r"{0,4})\s+(?:\d{4}", rf"{{0,4}}(?:,?\s+(?:{forms}))?)\s+(?:\d{{4}}", 1))


def _in_every_case(words: frozenset[str]) -> frozenset[str]:
    """The words, a Russian one in each of its cases ("Академия": Академию, Академией, …)."""
    return frozenset(f for w in words for f in (russian_forms(w) if script_of(w) == "cyrillic" else (w,)))


@lru_cache(maxsize=8)
def lower_head_org_pattern(heads: frozenset[str]) -> re.Pattern[str]:
    """'Московский университет', 'Российско-американская компания': a capitalised word (perhaps
    two joined by a hyphen) before a lower-case head noun (a Russian head in each of its cases,
    "Московской компании")."""
    heads = _in_every_case(heads)
    alternatives = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?P<adj>[A-ZА-ЯЁ][^\W\d_]+(?:-[^\W\d_]+)*)\s+(?:{alternatives})(?!\w)")


@lru_cache(maxsize=8)
def capital_head_org_pattern(heads: frozenset[str], genitives: frozenset[str]) -> re.Pattern[str]:
    """'der Preußischen Akademie der Wissenschaften': a capitalised word before a capitalised
    head, and a name in the genitive after it."""
    alternatives = "|".join(re.escape(w) for w in sorted(heads, key=len, reverse=True))
    genitive = "|".join(re.escape(w) for w in sorted(genitives, key=len, reverse=True))
    tail = rf"(?:\s+(?:{genitive})\s+[A-ZÀ-ÞА-ЯЁ][^\W\d_]+)?" if genitive else ""
    return re.compile(rf"(?<![\w-])(?P<adj>[A-ZÀ-ÞА-ЯЁ][^\W\d_]+)\s+(?:{alternatives})(?![\w-]){tail}")


@lru_cache(maxsize=8)
def org_first_pattern(words: frozenset[str]) -> re.Pattern[str]:
    words = _in_every_case(words)
    heads = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # the head (with the capitalised words joined to it by hyphens: "Max-Planck-Institut"), then
    # up to six lower-case words or elisions, then at most one capitalised word
    return re.compile(rf"(?<![\w-])(?:[A-ZÀ-ÞА-ЯЁ][\w’']*-)*(?:{heads})(?:\s+(?:[dl][’']\w+|[a-zà-ÿа-яё][\w’'-]*)){{0,6}}"
                      rf"(?:\s+(?:[dl][’'])?[A-ZÀ-ÞА-ЯЁ][\w’'-]*(?:\s+[A-ZА-ЯЁ]{{2,}})*)?")

# SPDX-License-Identifier: MIT
"""Calendar expressions in the TEI text to <date> with @when, @from/@to or @notBefore/@notAfter.

The words come from edition/data/dates/*.toml (every language there is read). Values are
ISO 8601 at the precision written, years of four digits with a minus before the years
before Christ (44 B.C. is -0044). An approximate date ("c. 1925", "um 1170") keeps its value
and says how certain it is in @cert. A year in a bibliographic reference (the imprint of a
cited book, the book's own printing history) gets @type="imprint": the chronology leaves it out.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date as _date, timedelta
from functools import lru_cache

from lxml import etree

from edition.enrich import gazetteer, regnal
from edition.enrich.calendar_data import Calendar, alternation, load_calendar
from edition.numerals import roman_value
from edition.enrich.textnodes import Run, Span, tag_runs
from edition.tei.serialize import T

DATE = T + "date"
Attrs = tuple[tuple[str, str], ...]
# what a rule returns: a value may be None where the day or month cannot be (31.2.1924)
Values = tuple[tuple[str, str | None], ...]
Handler = Callable[[re.Match, "DateFinder"], Values | None]
VALUE_ATTRS = ("when", "from", "to", "notBefore", "notAfter")


# --------------------------------------------------------------- values

def iso(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """ISO 8601 at the precision given; None for an impossible day or month or year 0."""
    if year == 0:
        return None
    text = f"{year:04d}" if year > 0 else f"-{-year:04d}"
    if month is None:
        return text
    if not 1 <= month <= 12:
        return None
    text += f"-{month:02d}"
    if day is None:
        return text
    if year < 0 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return text + f"-{day:02d}"


@lru_cache(maxsize=4096)
def _key(value: str) -> tuple[int, ...]:
    """Sortable form of an ISO value at any precision."""
    negative = value.startswith("-")
    parts = [int(p) for p in value.lstrip("-").split("-")]
    parts[0] = -parts[0] if negative else parts[0]
    return tuple(parts)


def earliest(attrs: Attrs) -> str | None:
    d = dict(attrs)
    return d.get("when") or d.get("from") or d.get("notBefore")


def latest(attrs: Attrs) -> str | None:
    d = dict(attrs)
    return d.get("when") or d.get("to") or d.get("notAfter")


def _ordered(first: str | None, last: str | None) -> bool:
    if not first or not last:
        return False
    a, b = _key(first), _key(last)
    n = min(len(a), len(b))
    return a[:n] < b[:n] or (a[:n] == b[:n] and a != b)


# --------------------------------------------------------------- patterns

class LazyPattern:
    """A rule's or a trigger's regex, compiled when first needed: most texts hold no feast, no
    regnal year, no date of the Republican calendar, and their long alternations (hundreds of
    feasts' and rulers' names) then cost nothing."""
    __slots__ = ("pattern", "_compiled")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return self._compiled

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.compiled().finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled().search(text)


@dataclass(frozen=True)
class Patterns:
    # each rule with the trigger that must occur in a text for the rule to match at all (a
    # month name, a season, a century word ...): one quick search spares the rule's own
    rules: list[tuple[LazyPattern, Handler, str]]
    triggers: dict[str, LazyPattern]
    # the first words (lower case) of a trigger's forms: a text none of whose words is one of them
    # cannot hold the trigger, which one look at the text's words tells without the regex
    trigger_words: dict[str, frozenset[str]]
    numeric_list: re.Pattern[str]
    list_item: re.Pattern[str]
    not_before: re.Pattern[str]
    not_after: re.Pattern[str]
    # in a note, the pages of a list after a locator or a reference to an earlier note: "at
    # 1556-58, 1578", "(n. 2) 1010 et 1030"
    note_pages_before: re.Pattern[str]
    note_page_explanation: re.Pattern[str] | None  # "1575 (stating that ...)": the page's gloss
    qualifier: re.Pattern[str]
    qualifier_after: re.Pattern[str] | None
    # a day of the week before a full date, with its comma or article: "Tuesday, 12th August
    # 1828", "Dienstag, den 12. August"
    weekday_before: re.Pattern[str] | None
    span_from: re.Pattern[str]
    # the word that opens an open span, and the attribute the date then fills: "since 1767"
    # (@from), "until 1689" (@to), "before 1640" (@notAfter), "after 1700" (@notBefore)
    open_spans: tuple[tuple[re.Pattern[str], str], ...]
    # the words that open a span from or to a decade, an article between ("seit den 1760er
    # Jahren", "since the 1760s", "bis in die 1720er Jahre", "until the 1720s"): @from its first
    # year, @to its last (a century keeps its bounds: "until the nineteenth century" names the
    # century; "from the tenth to the twelfth century" is a span of both)
    open_periods: tuple[tuple[re.Pattern[str], str], ...]
    open_span_end: re.Pattern[str]
    # what closes a citation after its year: its end, or a conjunction before the next one
    citation_end: re.Pattern[str]
    negation: re.Pattern[str]
    span_to: re.Pattern[str]
    between: re.Pattern[str]
    between_and: re.Pattern[str]
    dash: re.Pattern[str]
    imprint_before: re.Pattern[str]
    imprint_after: re.Pattern[str]
    imprint_container: re.Pattern[str]
    # a span's other end written as a bare number: "from AD 800 to 814", "von 800 bis 814"
    bare_end_after: re.Pattern[str]
    bare_end_before: re.Pattern[str]
    # a number of a list of numbers (pages, issues, paragraphs) beside it: "S. 98, 105", "§§ 334
    # u. 336", "Sonderhefte 103, 123 und 147" (the `number_list_joins` of the languages)
    number_before: re.Pattern[str]
    number_after: re.Pattern[str]


# the calendar's words that open an open span, and the TEI attribute the date then fills
OPEN_SPANS = (("open_from", "from"), ("open_to", "to"), ("open_before", "notAfter"),
              ("open_after", "notBefore"))


def _words(cal: Calendar, key: str) -> str:
    return alternation(cal.words(key))


def _list_join(cal: Calendar) -> str:
    """What joins the numbers of a list: "98, 105", "334 u. 336", "1010 et 1030"."""
    return rf"(?:[,;]|\s(?:{_words(cal, 'number_list_joins') or '(?!)'}))"


@lru_cache(maxsize=8)
def _regnal_rules(cal: Calendar, day: str, dsuf: str, dayof: str, month: str, conj: str) -> list:
    """Regnal years (edition/enrich/regnal.py): a day of one ("21 November, 16 John", "the first
    day of April, 27 Edward I", "Sunday after the feast of St Martin, 10 Edward II"), a year or
    two of a reign ("the seventeenth year of King John"), a year of one before the editor's
    bracketed year ("16 John [1214]")."""
    if not cal.reign_of or not cal.regnal.get("years"):
        return []
    A = alternation
    R = cal.regnal
    king = rf"(?P<king>{A(cal.reign_of, capitalise=False)})(?![\w])"
    ordinal = rf"(?:{A([*cal.ordinals, *cal.regnal_ordinals], capitalise=False)})(?!\w)"
    article = rf"(?:(?:{_words(cal, 'articles') or '(?!)'})\s+)?"
    feast = rf"(?P<feast>{A(cal.feasts, capitalise=False)})(?!\w)"
    weekday = rf"(?:(?P<wd>{A(cal.weekdays, capitalise=False)})\s+(?P<rel>{A(R['after'] | R['before'], capitalise=False)})\s+{article})?"
    days = (rf"(?:(?P<d>{day}){dsuf}{dayof}\s+(?P<m>{month})"
            rf"|(?P<dord>{ordinal})\s+(?:{A(R['day_of'], capitalise=False)})\s+(?P<m2>{month})"
            rf"|{weekday}{feast})")
    titles = rf"(?:(?:{A(R['titles'], capitalise=False)})\s+)?" if R.get("titles") else ""
    return [
        (rf"(?<![\w.])(?:{days}),?\s+(?P<n>[1-9]\d?)\s+{king}", _regnal_day, "regnal_number"),
        (rf"(?<!\w)(?P<ord>{ordinal})(?:\s+{conj}\s+(?P<ord2>{ordinal}))?\s+(?:{A(R['years'], capitalise=False)})"
         rf"\s+{titles}{king}", _regnal_year, "regnal_year"),
        (rf"(?<![\w.,])(?P<n>[1-9]\d?)\s+{king}(?=\s*[\[(]\s*\d{{3,4}}\s*[\])])", _regnal_year, "regnal_number"),
    ]


def patterns(cal: Calendar) -> Patterns:
    A = alternation
    month = rf"(?<!\w)(?:{A(cal.months)})(?!\w)"
    season = rf"(?<!\w)(?:{A(cal.seasons)})(?!\w)"
    part = rf"(?<!\w)(?:{A(cal.parts)})"
    era = rf"(?:{A(cal.eras, capitalise=False)})(?!\w)"
    ysuf = rf"(?:\s?(?:{A(cal.year_suffixes, capitalise=False)})(?!\w))?"
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    dsuf = rf"(?:{A(cal.words('day_suffixes'), capitalise=False)})?"
    dayof = rf"(?:\s+(?:{_words(cal, 'day_of')}))?"
    of = rf"(?:\s+(?:{_words(cal, 'of')}))?"
    conj = rf"(?:{_words(cal, 'and')})"
    to = rf"(?:{A(cal.words('span_to'), capitalise=False)})"
    that_year = rf"(?:{A(cal.words('that_year'), capitalise=False)})"
    article = rf"(?:\s+(?:{A(cal.words('articles'), capitalise=False)}))?"
    in_year = rf"(?:\s+(?:{A(cal.words('in_year'), capitalise=False)}))?"
    season_nouns = rf"(?:\s+(?:{A(cal.words('season_nouns'), capitalise=False)}))?"
    csuf = A(cal.century_suffixes, capitalise=False)
    cnum = rf"(?:{A(cal.ordinals)}|\d{{1,2}}(?:{csuf})|[IVX]{{1,6}}(?:{csuf})?)(?!\w)"
    cword = rf"(?:{A(cal.century_words)})(?!\w)"
    dec_suf = A(cal.words("decade_suffixes"), capitalise=False)
    dec_pre = A(cal.words("decade_prefixes"))

    def year(name: str, digits: str = r"\d{1,4}") -> str:
        # the era before or after the year: "29th of December, A.D. 1170", "May 44 B.C."
        return rf"(?:(?P<{name}pre>{era})\s*)?(?P<{name}>{digits})(?!\d)(?:\s*(?P<{name}era>{era}))?{ysuf}"

    lead = rf"(?:(?P<part>{part})(?:\s+(?:{_words(cal, 'of')}))?{article}[-\s]+)?"
    rules: list[tuple[str, Handler, str]] = [*_regnal_rules(cal, day, dsuf, dayof, month, conj),
        # 7–8 November 1917, 12. März 1924, le 1er mars 1870, the 7th of November, 1917, the 3rd to
        # the 5th of March 1848
        (rf"(?<![\w.])(?P<d>{day}){dsuf}(?:(?:\s*[-–/]\s*|\s+{to}{article}\s+)(?P<d2>{day}){dsuf})?{dayof}\s+(?P<m>{month}),?\s+"
         + year("y", r"\d{3,4}"), _day_month_year, "month"),
        # 7 November – 8 December 1917
        (rf"(?<![\w.])(?P<d>{day}){dsuf}{dayof}\s+(?P<m>{month})\s*(?:[-–]|\s{to}\s)\s*(?P<d2>{day}){dsuf}"
         rf"{dayof}\s+(?P<m2>{month}),?\s+" + year("y", r"\d{3,4}"), _day_month_range, "month"),
        # August 1, 1924; August 17-19, 1924; November 7th, 1917
        (rf"(?P<m>{month})\s+(?P<d>{day})(?:{dsuf})(?:\s*[-–]\s*(?P<d2>{day}){dsuf})?,?\s+"
         + year("y", r"\d{3,4}"), _day_month_year, "month"),
        # October–November 1926, from May to July 1924
        (rf"(?P<m>{month})\s*(?:[-–/]|\s+(?:{to}|{conj})\s+)\s*(?P<m2>{month}){of}\s+" + year("y", r"\d{4}"),
         _month_range_year, "month"),
        # 18 brumaire an VIII, le 1er vendémiaire an II, frimaire an II
        (rf"(?<![\w.])(?:(?P<d>{day}){dsuf}\s+)?(?P<m>(?<!\w)(?:{A(cal.republican_months)}))\s+"
         rf"(?:{A(cal.republican_year_words, capitalise=False)})\s+(?P<y>[IVX]{{1,4}}|1[0-4]|[1-9])(?!\w)",
         _republican, "republican"),
        # Midsummer Eve, 1851; Christmas Day 1837; la Saint-Jean 1820: a feast of fixed date
        (rf"(?<!\w)(?P<feast>{A(cal.feasts, capitalise=False)})(?!\w),?{of}{in_year}\s+"
         + year("y", r"\d{4}"), _feast_year, "feast"),
        # December 1920, September of 1924, mid-January 1925, в начале марта 1924 г.
        (lead + rf"(?P<m>{month}){of},?\s+" + year("y", r"\d{3,4}"), _month_year, "month"),
        # spring 1921, the summer and autumn of 1921, the winter of 1923-1924, Frühjahr 1924
        (lead + rf"(?P<s>{season})(?:\s+{conj}\s+(?P<s2>{season}))?{season_nouns}{of}\s+"
         + year("y", r"\d{3,4}") + r"(?:\s*[-–/]\s*(?P<y2>\d{4}|\d{2}|\d)(?!\d))?", _season_year, "season"),
        # December of that year
        (lead + rf"(?:(?P<m>{month})|(?P<s>{season})){of}\s+{that_year}(?!\w)", _that_year, "that_year"),
        # "the middle of the century", "fin du siècle", "Mitte des Jahrhunderts": a part of the
        # century of the date before it
        *([(rf"(?P<part>{part})(?:\s+(?:{_words(cal, 'of')}))?{article}\s+(?:{_words(cal, 'this_century')})(?!\w)"
            + (rf"(?!\s+(?:{_words(cal, 'this_century_not_after')})(?!\w))" if cal.words("this_century_not_after") else ""),
            _that_century, "this_century")] if cal.words("this_century") else []),
        # the eleventh and twelfth centuries, from the twelfth to the fourteenth century, 12th
        # century, XIIe siècle, XVI—XVII века, early twelfth century B.C.
        (lead + rf"(?<!\w)(?P<c>{cnum})(?:(?:,\s*{cnum})*\s*(?:[-–—]|,?\s+(?:{conj}|{to}){article}\s+)\s*(?P<c2>{cnum}))?(?:\s+|-){cword}"
         rf"(?:\s*(?P<era>{era}))?", _century, "century"),
        # "au XIXième comme au XVIième": a century as a Roman number with its suffix and no word
        # of century, after an article and before punctuation or a conjunction
        *([(rf"(?<!\w)(?:{_words(cal, 'elliptic_century_before')})\s+(?P<c>[IVX]{{1,6}}(?:{csuf}))"
             rf"(?=\s*[,.;:!?»)]|\s*$|\s+(?:{_words(cal, 'elliptic_century_after')})\s)", _elliptic_century,
             "elliptic_century")] if cal.words("elliptic_century_before") else []),
        # early 1923, end of 1924, mid-1922, Anfang 1924
        (rf"(?P<part>{part})(?:\s+(?:{_words(cal, 'of')}))?(?:[-\s]+|{in_year}\s+)" + year("y", r"\d{4}")
         + r"(?!\s*[-–]\s*\d)", _part_of_year, "part"),
        # the 1920s, late 1170s, 1920er Jahre, 1920-е годы
        (lead + rf"(?<![\w.])(?P<dec>\d{{2,3}}0)(?:{dec_suf})(?!\w)", _decade, "decade"),
        # les années 1920
        (lead + rf"(?<!\w)(?:{dec_pre})\s+(?P<dec>\d{{2,3}}0)(?![\w\d])", _decade, "decade_prefix"),
        # "Printed in the Year MDCCLXXVI", "M.DCC.XII.": a year in Roman numbers (of four letters
        # at least, or written with stops, so that no word in capitals is read as one)
        (r"(?<![\w.])(?P<roman>M[MDCLXVI]{3,14}|M\.(?:[MDCLXVI]{1,5}\.)*[MDCLXVI]{1,5}\.?)(?!\w)",
         _roman_year, "roman_year"),
        # 13.10.1922, 8/10/1923 (order from the seed's TOML)
        (r"(?P<a>\d(?<![\d.]\d)\d?)(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])", _numeric, "numeric"),
        # 1924-08-01
        (r"(?P<y>\d(?<![\d-]\d)\d{3})-(?P<mo>\d{2})-(?P<dd>\d{2})(?![\d-])", _iso, "iso"),
        # 1917-1923, 1923–24, 1022-62, 1923/1924, 44–43 B.C.
        (rf"(?<![\w.,])(?<!\d[-–])(?:(?P<ypre>{era})\s*)?(?P<y>\d{{1,4}})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}}|\d{{1,3}}(?=\s*{era})|(?<=\d{{4}}[-–/])\d)"
         rf"(?![\d%])(?!\.\d)(?:\s*(?P<y2era>{era}))?{ysuf}", _year_range, "year_range"),
        # Russia — Social conditions — 1917-
        (r"(?P<y>\d(?<![\w.,]\d)(?<!\d[-–]\d)\d{3})[-–](?![\w–-])(?!\s*\d)", _open_range, "open_range"),
        # A.D. 1170, 44 B.C., 1170 AD
        (rf"(?<!\w)(?P<ypre>{era})\s*(?P<y>\d{{1,4}})(?![\d])", _year, "era"),
        (rf"(?<![\w.,])(?<!\d[-–])(?P<y>\d{{1,4}})\s*(?P<yera>{era})", _year, "era"),
        # "c. 577", "about 529", "in 929,", "vers 870": a year of three digits needs a word before
        # it that opens a date, and no counted thing after it (punctuation or a conjunction)
        (rf"(?<!\w)(?P<lead>{A(cal.words('short_year_before'))})\s+(?P<y>[1-9]\d{{2}})(?![\d\w])"
         rf"(?![.,]\d)(?:\s?(?:{A(cal.year_suffixes, capitalise=False)})(?!\w)"
         rf"|(?=\s*(?:[,.;:)]|$)|\s+(?:{conj}|{A(cal.words('span_to'), capitalise=False)})(?!\w)))",
         _short_year, "short_year"),
        # "bei Andernach 939", "951 in Pavia": in a language that writes its nouns capitalised, a
        # year of three digits alone, with a word in lower case or punctuation after it
        *([(r"(?P<y>[1-9](?<![\w.,–-][1-9])(?<![-–]\s[1-9])\d{2})(?![\d\w])(?![.,]\d)(?!\s*[-–/]\s*\d)"
             r"(?=\s*(?:[,.;:)]|$)|\s+[a-zäöüß])", _bare_short_year, "three_digits")] if cal.bare_short_year_not_before else []),
        # a year standing alone: not part of a decimal number, nor one end of a span of numbers
        (r"(?P<y>\d(?<![\d,]\d)(?<!\d\.\d)(?<!\d[-–]\d)\d{3})(?![.,]\d)(?!\d)(?!\s*[-–]\s*\d)" + ysuf, _year, "year4"),
    ]
    numeric_list = re.compile(
        rf"(?<![\d.])(?P<items>(?:{day}\.(?:\d{{1,2}}\.)?(?:,\s*|\s+{conj}\s+))+)"
        rf"(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<y>\d{{4}})")
    qualifiers_after = cal.qualifiers_after
    return Patterns(
        rules=[(LazyPattern(p), h, need) for p, h, need in rules],
        # (the centuries' and the eras' patterns begin with their words' letters, which a search
        # skips to: they are quicker than a look at the text's words)
        trigger_words=_trigger_words({
            "month": cal.months, "season": cal.seasons, "month_season": [*cal.months, *cal.seasons],
            "feast": cal.feasts, "republican": cal.republican_months, "part": cal.parts, "decade_prefix": cal.words("decade_prefixes"),
            "regnal_number": cal.reign_of, "regnal_year": cal.regnal.get("years", ())}),
        triggers={name: LazyPattern(p) for name, p in (
            ("digit", r"\d"), ("month", month), ("season", season), ("month_season", f"{month}|{season}"),
            ("feast", rf"(?<!\w)(?:{A(cal.feasts, capitalise=False)})(?!\w)"),
            ("republican", rf"(?<!\w)(?:{A(cal.republican_months)})(?!\w)"),
            ("part", part), ("decade_prefix", rf"(?<!\w)(?:{dec_pre})"), ("era", era),
            # a century's word follows its number after white space or a hyphen ("XIXe s.",
            # "eighteenth-century"; not "years.")
            ("century", rf"[\s-]{cword}"),
            # what a rule of numbers cannot match without: each begins with a digit, so that the
            # search skips to the digits
            ("decade", rf"\d\d0(?:{dec_suf})(?!\w)"), ("numeric", r"\d[./]\d\d?[./]\d{4}"), ("iso", r"\d{4}-\d\d-\d\d"),
            ("year_range", r"\d\s*[-–/]\s*\d"), ("open_range", r"\d{4}[-–]"),
            ("short_year", r"\s[1-9]\d\d(?![\d\w])"), ("three_digits", r"[1-9](?<!\d[1-9])\d\d(?![\d\w])"),
            ("year4", r"\d{4}"), ("that_year", rf"(?:{that_year})(?!\w)"),
            ("this_century", rf"(?<!\w)(?:{_words(cal, 'this_century') or '(?!)'})(?!\w)"),
            ("elliptic_century", rf"[IVX](?:{csuf})(?!\w)"), ("roman_year", r"M\.?[MDCLXVI]"),
            # a regnal year: its number before a ruler's name, or the words of its phrase
            ("regnal_number", rf"\d\s+(?:{A(cal.reign_of, capitalise=False)})(?![\w])"),
            ("regnal_year", rf"(?<!\w)(?:{A(cal.regnal.get('years', ()), capitalise=False)})\s"))},
        numeric_list=numeric_list,
        list_item=re.compile(rf"(?P<d>{day})\.(?:(?P<m>\d{{1,2}})\.)?"),
        not_before=re.compile(rf"(?<!\w)(?:{A(cal.not_before, capitalise=False)})\s*$"),
        not_after=re.compile(rf"^\s*(?:{A(cal.not_after, capitalise=False)})(?!\w)"),
        note_pages_before=_note_pages_before(cal),
        note_page_explanation=re.compile(rf"^\s*\(\s*(?:{A(cal.note_page_explanations, capitalise=False)})(?!\w)")
        if cal.note_page_explanations else None,
        qualifier=re.compile(rf"(?<!\w)(?P<q>{A(cal.qualifiers)})\s*$"),
        weekday_before=re.compile(rf"(?<!\w)(?P<w>{A(cal.weekdays, capitalise=False)})(?:,|\s+(?:{_words(cal, 'articles') or '(?!)'}))?\s+$")
        if cal.weekdays else None,
        qualifier_after=re.compile(rf"^(?P<q>{A(qualifiers_after, capitalise=False)})")
        if qualifiers_after else None,
        span_from=re.compile(rf"(?<!\w)(?:{_words(cal, 'span_from')})\s+(?:(?:{_words(cal, 'articles')})\s+)?$"),
        negation=re.compile(rf"(?<!\w)(?:{_words(cal, 'negations') or '(?!)'})\s+$"),
        open_spans=tuple((re.compile(rf"(?<!\w)(?P<w>{_words(cal, key)})\s+$"), attr)
                         for key, attr in OPEN_SPANS if cal.words(key)),
        open_periods=tuple((re.compile(rf"(?<!\w)(?P<w>{_words(cal, key)})\s+"
                                       rf"(?:(?:{_words(cal, 'articles') or '(?!)'})\s+)?$"), attr)
                           for key, attr in (("open_from", "from"), ("open_to", "to")) if cal.words(key)),
        open_span_end=re.compile(rf"\s+(?:{_words(cal, 'open_span_ends')})(?!\w)"),
        citation_end=re.compile(rf"\s*(?:[.;]|$|(?:{_words(cal, 'and')})(?!\w))"),
        span_to=re.compile(rf"\s+(?:{A(cal.words('span_to'), capitalise=False)})\s+"
                           rf"(?:(?:{A(cal.words('articles'), capitalise=False)})\s+)?"),
        between=re.compile(rf"(?<!\w)(?:{_words(cal, 'between')})\s+(?:(?:{_words(cal, 'articles')})\s+)?$"),
        between_and=re.compile(rf"\s+(?:{A(cal.words('between_and'), capitalise=False)})\s+"
                               rf"(?:(?:{A(cal.words('articles'), capitalise=False)})\s+)?"),
        dash=re.compile(r"\s*[-–—]\s*"),
        bare_end_after=re.compile(
            rf"(?P<between>\s*[-–]\s*|\s+(?:{A(cal.words('span_to'), capitalise=False)}|{_words(cal, 'between_and')})\s+)"
            r"(?P<y>[1-9]\d{0,3})(?![\d\w])(?![.,]\d)(?!\s*[-–/]\s*\d)"),
        number_before=re.compile(rf"\d\s*{_list_join(cal)}?\s*$"),
        number_after=re.compile(rf"\s*{_list_join(cal)}\s*\d"),
        bare_end_before=re.compile(
            rf"(?<![\w.,])(?P<y>[1-9]\d{{0,3}})\s+(?:{A(cal.words('span_to'), capitalise=False)})\s+$"),
        imprint_before=re.compile(rf"(?<!\w)(?:{A(cal.imprint_before)})(?:\s+(?:{A(cal.imprint_joins) or '(?!)'}))?\s*"
                                  rf"(?:\d{{4}}\s*[,;]\s*)*$"),
        imprint_after=re.compile(rf"\)?\s*[,.;:]?\s*(?:{A(cal.imprint_after, capitalise=False)})"
                                 r"\s*(?:\d|[IVXLCivxlc]+(?!\w))"),
        imprint_container=re.compile(rf"(?<!\w)(?:{A(cal.imprint_containers, capitalise=False)})"
                                     r"\s+[^;()\u2016]*\(\s*$"),
    )


_WORD = re.compile(r"[^\W\d_]+")


def _note_pages_before(cal: Calendar) -> re.Pattern[str]:
    """What stands before a page of a list of pages in a citation: a locator or a reference to
    an earlier note ("(n. 2)", "(wie Fn. 1)"), then the list's earlier pages, each of three or
    four digits (so that "vol. 2, 1887" keeps its year)."""
    locator = alternation(cal.not_before | cal.note_locators, capitalise=False)
    join = rf"\s*{_list_join(cal)}\s*"
    page = r"\d{3,4}(?:\s*[-–]\s*\d{1,4})?"
    return re.compile(rf"(?:(?<!\w)(?:{locator})|\((?:[^\W\d]+\.?\s+){{1,2}}\d+\s*\))"
                      rf"\s*(?:{page}{join})*$")


def _trigger_words(forms: dict[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """Trigger -> the first words of its forms, lower-cased; a trigger with a form that holds no
    letter ("§") is left to its regex."""
    out: dict[str, frozenset[str]] = {}
    for name, words in forms.items():
        firsts = [_WORD.search(w.lower()) for w in words]
        if firsts and all(firsts):
            out[name] = frozenset(m.group() for m in firsts if m)
    return out


# --------------------------------------------------------------- expressions

def _year_of(m: re.Match, f: "DateFinder", name: str = "y", *, bare: bool = False) -> int | None:
    """The year a group names, negative before Christ; a bare number must be a plausible year."""
    digits = m[name]
    if not digits:
        return None
    groups = m.re.groupindex
    era = None
    for g in (name + "era", name + "pre", "ypre", "yera", "era", "y2era"):
        if g in groups and m[g]:
            era = f.cal.era(m[g])
            break
    value = int(digits)
    if era is None:
        if bare:
            low, high = f.cal.common["years"]["bare"]
            if len(digits) != 4 or not low <= value <= high:
                return None
        elif len(digits) < 3:
            return None
    if value == 0:
        return None
    return -value if era == "bc" else value


def _day_month_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f)
    if year is None:
        return None
    month = f.cal.month(m["m"])
    first = iso(year, month, int(m["d"]))
    if m["d2"]:
        last = iso(year, month, int(m["d2"]))
        return (("from", first), ("to", last)) if first and last and _ordered(first, last) else None
    return (("when", first),) if first else None


def _day_month_range(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f)
    if year is None:
        return None
    first = iso(year, f.cal.month(m["m"]), int(m["d"]))
    last = iso(year, f.cal.month(m["m2"]), int(m["d2"]))
    return (("from", first), ("to", last)) if _ordered(first, last) else None


def _feast_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f)
    if year is None:
        return None
    month, day = f.cal.feasts[" ".join(m["feast"].split())]
    return (("when", iso(year, month, day)),)


def _reign_year(m: re.Match, f: "DateFinder", group: str) -> tuple[_date, _date] | None:
    """The first and last day of the regnal year a group names (a number or an ordinal)."""
    word = m[group]
    n = int(word) if word.isdigit() else f.cal.regnal_ordinal(word)
    return regnal.year_span(f.cal.reign_of[" ".join(m["king"].split())], n) if n else None


_BRACKETED_YEAR = re.compile(r"\s*[\[(]\s*(?:[^\])]*?\s)?(?P<y>\d{3,4})\s*[\])]")


def _regnal_day(m: re.Match, f: "DateFinder") -> Values | None:
    """'Martinmas, 21 Edward I': the one day of that month and day in the regnal year (of two
    in a year counted from a moveable feast, the one of the editor's bracketed year after it);
    'Sunday after the feast of St Martin': the weekday after the feast, in the calendar of the
    time."""
    span = _reign_year(m, f, "n")
    if span is None:
        return None
    if m["feast"]:
        month, dom = f.cal.feasts[" ".join(m["feast"].split())]
    elif m["d"]:
        month, dom = f.cal.month(m["m"]), int(m["d"])
    else:
        month, dom = f.cal.month(m["m2"]), f.cal.regnal_ordinal(m["dord"]) or 0
    days = regnal.days_in_span(span, month, dom)
    if m["feast"] and m["wd"]:
        after = " ".join(m["rel"].split()) in f.cal.regnal["after"]
        days = [regnal.weekday_from(d, f.cal.weekdays[m["wd"]], after, f.cal.julian_until) for d in days]
    if len(days) > 1:
        bracket = _BRACKETED_YEAR.match(m.string, m.end())
        days = [d for d in days if bracket and d.year == int(bracket["y"])]
    return (("when", days[0].isoformat()),) if len(days) == 1 else None


def _regnal_year(m: re.Match, f: "DateFinder") -> Values | None:
    """'the seventeenth year of King John', 'the sixteenth and seventeenth years', '16 John
    [1214]': the span of the regnal year or years."""
    first = _reign_year(m, f, "ord" if "ord" in m.re.groupindex else "n")
    last = _reign_year(m, f, "ord2") if "ord2" in m.re.groupindex and m["ord2"] else first
    if first is None or last is None or last[1] < first[0]:
        return None
    return (("notBefore", first[0].isoformat()), ("notAfter", last[1].isoformat()))


def _republican(m: re.Match, f: "DateFinder") -> Values | None:
    """'18 brumaire an VIII' (9 November 1799), 'frimaire an II': a date of the French
    Republican calendar, its year counted from 22 September 1792, twelve months of 30 days."""
    year = roman_value(m["y"]) if not m["y"].isdigit() else int(m["y"])
    starts = f.cal.common.get("republican", {}).get("year_starts", [])
    if not year or year > len(starts):
        return None
    month = f.cal.republican_months[" ".join(m["m"].split())]
    first = _date.fromisoformat(starts[year - 1]) + timedelta(days=30 * (month - 1))
    if m["d"]:
        day = int(m["d"])
        return (("when", (first + timedelta(days=day - 1)).isoformat()),) if 1 <= day <= 30 else None
    return (("notBefore", first.isoformat()), ("notAfter", (first + timedelta(days=29)).isoformat()))


def _month_range_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f)
    if year is None or not f.year_allowed(m):
        return None
    first, last = f.cal.month(m["m"]), f.cal.month(m["m2"])
    if first >= last:
        return None
    # "between August and October 1683": a date within those months, not a span over them
    kind = ("notBefore", "notAfter") if f.p.between.search(_window(f._text, m.start(), m.start())[0]) \
        else ("from", "to")
    return ((kind[0], iso(year, first)), (kind[1], iso(year, last)))


def _short_year_ends(m: re.Match, f: "DateFinder") -> bool:
    """'the summer of 105.', 'im Juli 936 wurde': a year of three digits after a month or a
    season where nothing counted follows it (punctuation; where nouns are capitalised, also a
    word in lower case)."""
    if len(m["y"]) != 3 or f.in_note or (m.groupdict().get("m") or "").endswith("."):
        return False  # "Mar. 105", a note's "Mai 123": a page more likely than a year
    after = f._text[m.end():]
    lower_word = f._lang.split("-")[0].lower() in f.cal.bare_short_year_langs and re.match(r"\s+[a-zäöüß]", after)
    return bool(re.match(r"\s*(?:[,.;:)]|$)", after) or lower_word)


def _month_year(m: re.Match, f: "DateFinder", year: int | None = None) -> Values | None:
    if year is None:
        year = _year_of(m, f, bare=not _short_year_ends(m, f))
        if year is None or not f.year_allowed(m):
            return None
    month = f.cal.month(m["m"])
    part = f.cal.part(m["part"])
    if not part:
        return (("when", iso(year, month)),)
    first, last = f.cal.common["parts"]["month"][part]
    last = last or calendar.monthrange(year, month)[1]
    return (("notBefore", iso(year, month, first)), ("notAfter", iso(year, month, last)))


def _season_bounds(f: "DateFinder", season: str, year: int, part: str | None) -> tuple[str | None, str | None]:
    first, last = f.cal.common["seasons"][f.cal.season(season)]
    months = [(year, mo) for mo in range(first, last + 1)] if first <= last else \
        [(year, mo) for mo in range(first, 13)] + [(year + 1, mo) for mo in range(1, last + 1)]
    if part:
        i, j = f.cal.common["parts"]["season"][part]
        months = months[i:j + 1]
    return iso(*months[0]), iso(*months[-1])


def _full_year(year: int, short: str) -> int | None:
    """'24' after 1923 is 1924, '62' after 1022 is 1062; a second year must follow the first."""
    if len(short) >= len(str(abs(year))) or year < 0:
        second = int(short) * (-1 if year < 0 else 1)
    else:
        base = 10 ** len(short)
        second = (year // base) * base + int(short)
    return second if second > year else None


def _season_year(m: re.Match, f: "DateFinder", year: int | None = None) -> Values | None:
    if year is None:
        year = _year_of(m, f, bare=not _short_year_ends(m, f))
        if year is None or not f.year_allowed(m):
            return None
    part = f.cal.part(m["part"])
    start, end = _season_bounds(f, m["s"], year, part)
    if m.groupdict().get("s2"):
        end = _season_bounds(f, m["s2"], year, None)[1]
    if m.groupdict().get("y2"):  # "the winter of 1923-1924": the season reaches into the second year
        second = _full_year(year, m["y2"])
        if second != year + 1:
            return None
        if f.cal.season(m["s"]) != "winter":
            end = _season_bounds(f, m["s"], second, part)[1]
    return (("notBefore", start), ("notAfter", end))


def _that_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = f.last_year.get(f.block_key)
    if year is None:
        return None  # the year is not certain from the text before: not guessed
    return _season_year(m, f, year) if m["s"] else _month_year(m, f, year)


def _that_century(m: re.Match, f: "DateFinder") -> Values | None:
    """'the middle of the century': a part of the one century that the paragraph's dates before
    it lie in; with none, or with dates of several centuries, the century is not guessed."""
    centuries = f.context_centuries.get(f.block_key, set())
    part = f.cal.part(m["part"])
    if len(centuries) != 1 or not part:
        return None
    first = next(iter(centuries)) * 100  # as the centuries are counted here: the twelfth is 1100-1199
    if first < 0:
        return None
    i, j = f.cal.common["parts"]["century"][part]
    return (("notBefore", iso(max(first + i, 1))), ("notAfter", iso(first + j)))


def _century_number(f: "DateFinder", text: str) -> int | None:
    text = " ".join(text.split())
    number = f.cal.ordinal(text)
    if number:
        return number
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    roman = re.match(r"[IVX]+", text)
    return roman_value(roman.group()) if roman else None


def _century_years(n: int, bc: bool) -> tuple[int, int]:
    """First and last year of the n-th century: the twelfth is 1100-1199, the first B.C. 100-1 B.C."""
    if bc:
        return -(n * 100), -((n - 1) * 100 + 1) if n > 1 else -1
    return max((n - 1) * 100, 1), (n - 1) * 100 + 99


def _century(m: re.Match, f: "DateFinder") -> Values | None:
    n = _century_number(f, m["c"])
    n2 = _century_number(f, m["c2"]) if m["c2"] else n
    if not n or not n2 or not 1 <= n <= n2 <= 21:
        return None
    bc = f.cal.era(m["era"]) == "bc"
    if bc:
        n, n2 = n2, n
    first, last = _century_years(n, bc)[0], _century_years(n2, bc)[1]
    part = f.cal.part(m["part"])
    if part and n == n2:
        i, j = f.cal.common["parts"]["century"][part]
        first, last = first + i, first + j
    if first == 0:
        first = 1
    return (("notBefore", iso(first)), ("notAfter", iso(last)))


def _elliptic_century(m: re.Match, f: "DateFinder") -> Values | None:
    """'au XIXième': the century alone, its word left out; the date is the number and suffix."""
    n = _century_number(f, m["c"])
    if not n or not 1 <= n <= 21:
        return None
    first, last = _century_years(n, False)
    return (("notBefore", iso(max(first, 1))), ("notAfter", iso(last)))


def _part_of_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f, bare=True)
    if year is None or not f.year_allowed(m):
        return None
    first, last = f.cal.common["parts"]["year"][f.cal.part(m["part"])]
    return (("notBefore", iso(year, first)), ("notAfter", iso(year, last)))


def _decade(m: re.Match, f: "DateFinder") -> Values | None:
    start = int(m["dec"])
    if start < 100:
        return None
    part = f.cal.part(m["part"])
    first, last = f.cal.common["parts"]["decade"][part] if part else (0, 9)
    return (("notBefore", iso(start + first)), ("notAfter", iso(start + last)))


def _numeric(m: re.Match, f: "DateFinder") -> Values | None:
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if f.day_first else (b, a)
    value = iso(int(m["y"]), month, day)
    return (("when", value),) if value else None


def _iso(m: re.Match, f: "DateFinder") -> Values | None:
    value = iso(int(m["y"]), int(m["mo"]), int(m["dd"]))
    return (("when", value),) if value else None


def _year_range(m: re.Match, f: "DateFinder") -> Values | None:
    bc = any(m[g] and f.cal.era(m[g]) == "bc" for g in ("ypre", "y2era"))
    has_era = bool(m["ypre"] or m["y2era"])
    if not has_era:
        year = _year_of(m, f, bare=True)
        if year is None:
            return None
    else:
        year = int(m["y"])
    if bc:
        year = -year
        second = -int(m["y2"]) if len(m["y2"]) >= 1 else None
        if second is None or second <= year:
            return None
    else:
        second = _full_year(year, m["y2"])
    if second is None or not f.year_allowed(m) or second - year > f.cal.common["years"]["longest_span"]:
        return None
    return (("from", iso(year)), ("to", iso(second)))


def _open_range(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f, bare=True)
    return (("from", iso(year)),) if year and f.year_allowed(m) else None


def _short_year(m: re.Match, f: "DateFinder") -> Values | None:
    return (("when", iso(int(m["y"]))),) if f.year_allowed(m) else None


@lru_cache(maxsize=8)
def _quantity_before(cal: Calendar) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alternation(cal.bare_short_year_not_before)})\s+$")


def _bare_short_year(m: re.Match, f: "DateFinder") -> Values | None:
    """'bei Andernach 939': a bare year of three digits, unless a word of quantity, an article
    or a page's abbreviation stands before it ('mit 300 Reitern', 'S. 143')."""
    if f._lang.split("-")[0].lower() not in f.cal.bare_short_year_langs:
        return None  # an English paragraph of an edition that has German too: "pp. 156, 159"
    before, after = _window(f._text, m.start(), m.end())
    if _quantity_before(f.cal).search(before) or before.rstrip().rsplit(None, 1)[-1:] in \
            [[month] for month in f.cal.months] or f.p.number_before.search(before) or f.p.number_after.match(after):
        return None  # "mit 300", "im Juli 936" (read with its month), "S. 98, 105", "103, 123 und 147"
    # "dort 109 einschlägige Serien": an adjective, then the noun counted
    adjective = _ADJECTIVE_THEN_NOUN.match(after)
    if adjective and adjective["w"] not in f.cal.bare_short_year_not_before:
        return None
    return _short_year(m, f)


def _language_of(element: etree._Element) -> str:
    """The xml:lang in force at an element (its own or its nearest ancestor's)."""
    for el in (element, *element.iterancestors()):
        lang = el.get(XML_LANG)
        if lang:
            return lang
    return ""


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_ADJECTIVE_THEN_NOUN = re.compile(r"\s+(?P<w>[a-zäöüß]{4,}(?:e|en|er|es|em))\s+[A-ZÄÖÜ]")


def _roman_year(m: re.Match, f: "DateFinder") -> Values | None:
    year = roman_value(m["roman"].replace(".", ""))
    low, high = f.cal.common["years"]["bare"]
    return (("when", iso(year)),) if year and low <= year <= high else None


def _year(m: re.Match, f: "DateFinder") -> Values | None:
    year = _year_of(m, f, bare=True)
    return (("when", iso(year)),) if year and f.year_allowed(m) else None


# --------------------------------------------------------------- finding

def _without_digits(rules: list[tuple[LazyPattern, Handler, str]], needs: bool = False) -> list:
    """The rules that can match a text without a digit, in their order (with `needs`: their
    triggers, each once)."""
    key = id(rules)
    cached = _RULES_WITHOUT_DIGITS.get(key)
    if cached is None or cached[0] is not rules:
        chosen = [r for r in rules if r[1] in (_that_year, _that_century, _century, _elliptic_century, _republican,
                                               _roman_year, _regnal_year)]
        cached = _RULES_WITHOUT_DIGITS[key] = (rules, chosen, list(dict.fromkeys(need for _, _, need in chosen)))
    return cached[2] if needs else cached[1]


_RULES_WITHOUT_DIGITS: dict[int, tuple[list, list, list]] = {}


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    attrs: Attrs
    year: int | None  # the single year the expression names, for "that year" later on
    pending: re.Match | None = None  # "autumn of that year": resolved once the text before is known
    resolve: "Handler | None" = None  # how the pending match is resolved
    spans: tuple[Span, ...] = ()  # a list of days sharing one month and year ("28. and 29.10.1924")


def _decade_bounds(attrs: dict[str, str]) -> bool:
    """Are the bounds those of a decade (1760 to 1769)?"""
    first, last = attrs["notBefore"], attrs["notAfter"]
    return bool(re.fullmatch(r"-?\d{4}", first) and re.fullmatch(r"-?\d{4}", last)) \
        and first.endswith("0") and int(last) - int(first) == 9


def _single_year(attrs: Attrs) -> int | None:
    """The one year an expression lies in ("spring of 1922": 1922), else None."""
    first, last = earliest(attrs), latest(attrs)
    if first and last and _key(first)[0] == _key(last)[0]:
        return _key(first)[0]
    return None


def _year_only(attrs: Attrs) -> bool:
    value = dict(attrs).get("when")
    return value is not None and len(_key(value)) == 1


def _years_only(attrs: Attrs) -> bool:
    """A year or a span of whole years ("1907–39"): what the imprint of a cited book can be."""
    values = dict(attrs)
    if set(values) == {"from", "to"}:
        return all(len(_key(v)) == 1 for v in values.values())
    return _year_only(attrs)


# how far before and after an expression its context is looked at (keeps long runs linear)
WINDOW = 200


def _window(text: str, start: int, end: int) -> tuple[str, str]:
    return text[max(0, start - WINDOW):start], text[end:end + WINDOW]


# the rest of a legal citation after a page number: more pages, then the year in brackets
_PAGES_BEFORE_YEAR = re.compile(r"(?:\s*[,–-]\s*\d+)*\s+\((?:[^()]*\s)?\d{4}\)")
# "Thémis 3 (1820) 1425", "ZRG 12 (1891) 1010–1030", "RHD (1995) 1010 et 1030": the pages of a
# journal after the year of its volume in brackets
_PAGES_AFTER_YEAR = re.compile(r"\(\s*\d{3,4}\s*\)\s*(?:\d+(?:\s*[,;–-]\s*|\s+\w{1,4}\.?\s+))*$")


# the second year of a date of the old reckoning ("1688/9", "1666-7", "1715-16")
_DUAL_YEAR = re.compile(r"[/–-](\d{1,4})(?![\w–-])(?![.,]\d)")


# a volume numbered in small Roman numbers, with its stop ("ii.", "xiv."; not "c." or "l.")
_VOLUME_BEFORE = re.compile(r"(?<![\w.])(?=[ivxl]*[ivx])(?:x[cl]|l?x{0,3})(?:ix|iv|v?i{0,3})\.\s*$")


class DateFinder:
    """Finds calendar expressions in runs; remembers each block's last year for "that year"."""

    def __init__(self, day_first: bool, cal: Calendar | None = None, languages: tuple[str, ...] = ()):
        self.day_first = day_first
        self.cal = cal or load_calendar(languages=tuple(sorted(languages)))
        self.p = patterns(self.cal)
        self.last_year: dict[int, int | None] = {}
        # the centuries of each block's dates: the one that "the middle of the century" is of
        self.context_centuries: dict[int, set[int]] = {}
        self.block_key = 0
        self.in_note = False
        self._text = ""
        self._has_copyright: dict[int, bool] = {}
        self._name_next = False
        self._lang = ""

    def year_allowed(self, m: re.Match) -> bool:
        """A number is a year unless it is a page, issue or quantity."""
        before, after = _window(self._text, m.start(), m.end())
        if self.in_note and _PAGES_BEFORE_YEAR.match(after):
            return False  # "Rev. 1553, 1566 (2009)": pages of a citation whose year follows
        if self.in_note and self.p.note_pages_before.search(before):
            return False  # "Motte, Lettres (n. 2) 1370 et 1390": pages of a work cited in an earlier note
        if self.in_note and self.p.note_page_explanation and self.p.note_page_explanation.match(after) \
                and re.search(r"[\d)]\s*,\s*$", before):
            return False  # "see also id. 1563 (stating that ...), 1575 (noting ...)": pages and their glosses
        if self.in_note and _PAGES_AFTER_YEAR.search(before):
            return False
        if _VOLUME_BEFORE.search(before):
            return False  # "Confessions, ii. 1689": a page of a volume numbered in small Roman numbers
        unit = self.p.not_after.match(after)
        rest = after[unit.end():] if unit else ""
        if unit and unit.group().strip()[:1].islower() and (
                re.match(r"\s+[A-ZÀ-ÞА-ЯЁ]", rest) or not rest.strip() and self._name_next):
            unit = None  # "bâtie en 1383 sous Charles V": a preposition before a name, not a coin
        return not self.p.not_before.search(before) and not unit

    def _may_match_without_digits(self, text: str) -> bool:
        """Does the trigger of a rule that needs no digit occur (see `_candidates`)?"""
        trigger_words = self.p.trigger_words
        for need in _without_digits(self.p.rules, needs=True):
            if need in trigger_words and not set(_WORD.findall(text.lower())) & trigger_words[need]:
                continue
            if self.p.triggers[need].search(text) is not None:
                return True
        return False

    def _candidates(self, text: str, has_digit: bool | None = None) -> list[Found]:
        found: list[Found] = []
        # every rule but "that year" and the centuries needs a digit; most runs of prose have
        # none. A rule runs only where its trigger (a digit, a month, a century word) occurs.
        present: dict[str, bool] = {}
        words: set[str] = set()

        def occurs(name: str) -> bool:
            firsts = self.p.trigger_words.get(name)
            if firsts is not None:
                if not words:
                    words.update(_WORD.findall(text.lower()) or ("",))
                if not words & firsts:
                    present[name] = False
                    return False
            present[name] = found = self.p.triggers[name].search(text) is not None
            return found
        if has_digit is None:
            has_digit = occurs("digit")
        # without a digit only "that year" and the centuries (named or elliptic) can match
        for pattern, convert, need in self.p.rules if has_digit else _without_digits(self.p.rules):
            hit = present.get(need)
            if hit is None:
                hit = occurs(need)
            if not hit:
                continue
            for m in pattern.finditer(text):
                if convert in (_that_year, _that_century):
                    found.append(Found(m.start(), m.end(), (), None, pending=m, resolve=convert))
                    continue
                values = convert(m, self)
                if values and all(v for _, v in values):
                    attrs = tuple((k, v) for k, v in values if v)
                    start = m.start("y") if convert in (_short_year, _bare_short_year) \
                        else m.start("c") if convert is _elliptic_century else m.start()
                    found.append(Found(start, m.end(), attrs, _single_year(attrs)))
        if has_digit:
            for m in self.p.numeric_list.finditer(text):
                found.extend(self._numeric_list(m))
        return found

    def _numeric_list(self, m: re.Match) -> list[Found]:
        if not self.day_first:
            return []  # month-first lists ("10.28. and 10.29.1924") are not read
        year = int(m["y"])
        last_day, last_month = int(m["a"]), int(m["b"])
        spans = []
        offset = m.start("items")
        for item in self.p.list_item.finditer(m["items"]):
            value = iso(year, int(item["m"]) if item["m"] else last_month, int(item["d"]))
            if not value:
                return []
            spans.append(Span(offset + item.start(), offset + item.end(), DATE, (("when", value),)))
        value = iso(year, last_month, last_day)
        if not value:
            return []
        spans.append(Span(m.start("a"), m.end("y"), DATE, (("when", value),)))
        return [Found(m.start(), m.end(), (), year, spans=tuple(spans))]

    def _join(self, text: str, chosen: list[Found]) -> list[Found]:
        """'from 1120 to 1124', 'between 1120 and 1124', '7 November 1917 – 8 January 1918'."""
        out: list[Found] = []
        for cand in chosen:
            prev = out[-1] if out else None
            if prev is not None and not prev.spans and not cand.spans and prev.attrs and cand.attrs:
                between = text[prev.end:cand.start]
                before = _window(text, prev.start, prev.start)[0]
                first, last = earliest(prev.attrs), latest(cand.attrs)
                kind = None
                if self.p.span_to.fullmatch(between) and self.p.span_from.search(before):
                    kind = ("from", "to")
                elif self.p.between_and.fullmatch(between) and self.p.between.search(before):
                    kind = ("notBefore", "notAfter")
                elif self.p.dash.fullmatch(between) and between.strip():
                    kind = ("from", "to")
                if kind and _ordered(first, last):
                    cert = dict(prev.attrs).get("cert") or dict(cand.attrs).get("cert")
                    joined: Attrs = ((kind[0], first or ""), (kind[1], last or "")) + \
                        ((("cert", cert),) if cert else ())
                    out[-1] = Found(prev.start, cand.end, joined, None)
                    continue
            out.append(cand)
        return out

    def _bare_ends(self, text: str, chosen: list[Found]) -> list[Found]:
        """'from AD 800 to 814', 'AD 800–814', 'between AD 800 and 814', 'von 800 bis 814': the
        other end of a span, a number that alone would be no year, after a year or before one
        the word of a span's end opens ("bis 814"), and with the word of its start before."""
        out: list[Found] = []
        for k, f in enumerate(chosen):
            when = dict(f.attrs).get("when") if not f.spans and set(dict(f.attrs)) == {"when"} else None
            if when is None or not re.fullmatch(r"-?\d{4}", when):
                out.append(f)
                continue
            year = int(when)
            after = self.p.bare_end_after.match(text, f.end)
            if after and not (k + 1 < len(chosen) and chosen[k + 1].start < after.end()) \
                    and (not after["between"].strip(" -–") or len(after["y"]) == len(str(year))):
                words = after["between"].strip(" -–")
                before = _window(text, f.start, f.start)[0]
                kind = (("from", "to") if not words and not re.fullmatch(r"\d{4}", text[f.start:f.end])
                        else ("from", "to") if words and self.p.span_from.search(before)
                        else ("notBefore", "notAfter") if words and self.p.between.search(before) else None)
                second = _full_year(abs(year), after["y"]) if year > 0 else None
                if kind and second and second - year <= self.cal.common["years"]["longest_span"]:
                    out.append(Found(f.start, after.end(), ((kind[0], when), (kind[1], iso(second) or "")), None))
                    continue
            first = self.p.bare_end_before.search(text, max(0, f.start - WINDOW), f.start)
            if first and year > 0 and self.p.span_from.search(text, max(0, first.start() - WINDOW), first.start()) \
                    and not (out and out[-1].end > first.start()):
                start = int(first["y"])
                if start < year and year - start <= self.cal.common["years"]["longest_span"]:
                    out.append(Found(first.start(), f.end, (("from", iso(start) or ""), ("to", when)), None))
                    continue
            out.append(f)
        return out

    def _dual_year(self, text: str, found: Found) -> Found:
        """'10 Feb. 1688/9', 'March 1702/3': a day or month early in a year that began in March
        then, written with both years; the date takes the second, the year as reckoned now."""
        when = dict(found.attrs).get("when") if not found.spans and len(found.attrs) == 1 else None
        key = _key(when) if when else ()
        m = _DUAL_YEAR.match(text, found.end) if len(key) > 1 and key[0] > 0 else None
        if m is None or _full_year(key[0], m[1]) != key[0] + 1:
            return found
        until = tuple(self.cal.common["years"]["dual_year_until"])
        if (key[1], key[2] if len(key) > 2 else 1) > until:
            return found
        value = iso(key[0] + 1, *key[1:])
        return replace(found, end=m.end(), attrs=(("when", value),), year=key[0] + 1) if value else found

    def _open_span(self, text: str, found: Found, start: int, attrs: tuple[tuple[str, str], ...]) -> Found:
        """The date as an open span from `start`, with a word that closes the span after it."""
        end = self.p.open_span_end.match(text, found.end)
        return replace(found, start=start, end=end.end() if end else found.end, attrs=attrs)

    def _qualify(self, text: str, found: Found) -> Found:
        """'c. 1925', 'etwa um 1670', '1170?': the qualifiers join the date, with @cert;
        'since 1767', 'seit 1767', 'until 1689', 'before 1640': an open span from or to that
        date, or a date before or after it."""
        if found.spans or not found.attrs:
            return found
        attrs = dict(found.attrs)
        if set(attrs) == {"when"}:
            lo = max(0, found.start - WINDOW)
            for pattern, attr in self.p.open_spans:
                m = pattern.search(text, lo, found.start)
                # "It was not till September 1924 that": a negation makes the word name the date
                if m and not self.p.negation.search(text, lo, m.start("w")):
                    found = self._open_span(text, found, m.start("w"), ((attr, attrs["when"]),))
                    break
        elif set(attrs) == {"notBefore", "notAfter"}:
            lo = max(0, found.start - WINDOW)
            # "from the twelfth to the fourteenth century": a span of both bounds
            spanned = self.p.span_to.search(text, found.start, found.end) is not None
            for pattern, attr in self.p.open_periods:
                m = pattern.search(text, lo, found.start)
                # "seit den 1760er Jahren": a decade only ("From the end of 1924 at the latest",
                # "until the nineteenth century" keep their bounds)
                if not (_decade_bounds(attrs) or spanned and attr == "from"):
                    continue
                if m and not self.p.negation.search(text, lo, m.start("w")):
                    bound = attrs["notBefore"] if attr == "from" else attrs["notAfter"]
                    span = (("from", attrs["notBefore"]), ("to", attrs["notAfter"])) if spanned and attr == "from" \
                        else ((attr, bound),)
                    found = self._open_span(text, found, m.start("w"), span)
                    break
        when = dict(found.attrs).get("when", "")
        if self.p.weekday_before and len(when) == 10 and (
                m := self.p.weekday_before.search(text, max(0, found.start - WINDOW), found.start)):
            found = replace(found, start=m.start("w"))
        cert = None
        while m := self.p.qualifier.search(text, max(0, found.start - WINDOW), found.start):
            cert = cert or self.cal.qualifier(m["q"])
            found = replace(found, start=m.start("q"))
        if cert:
            return replace(found, attrs=found.attrs + (("cert", cert),))
        if self.p.qualifier_after:
            a = self.p.qualifier_after.match(text[found.end:])
            if a:
                cert = self.cal.qualifiers_after[a["q"]]
                return replace(found, end=found.end + a.end(), attrs=found.attrs + (("cert", cert),))
        return found

    def __call__(self, run: Run) -> list[Span]:
        text = run.text
        # without a digit no rule looks at the run's place while it finds (only "that year" and
        # the centuries can match): a run where nothing is found is done with at once
        has_digit = self.p.triggers["digit"].search(text) is not None
        if not has_digit and (not self._may_match_without_digits(text) or not self._candidates(text, False)):
            return []
        self._text = text
        following = run.element.getnext() if run.is_tail else (run.element[0] if len(run.element) else None)
        self._name_next = following is not None and following.tag in _NAME_TAGS  # "1383 sous <persName>"
        self.block_key = id(run.block) if run.block is not None else 0
        self.in_note = _inside(run, "note")
        # a run after an element (its tail) is in the language of the element's parent
        self._lang = _language_of(run.element.getparent() if run.is_tail else run.element)
        chosen: list[Found] = []
        # leftmost, then longest: "August 1, 1924" wins over the bare "1924" inside it
        for cand in sorted(self._candidates(text, has_digit), key=lambda c: (c.start, -(c.end - c.start))):
            if chosen and cand.start < chosen[-1].end:
                continue
            if cand.pending is not None and cand.resolve is not None:
                values = cand.resolve(cand.pending, self)
                if not values or not all(v for _, v in values):
                    continue
                cand = Found(cand.start, cand.end, tuple((k, v) for k, v in values if v), None)
            chosen.append(self._dual_year(text, cand))
            cand = chosen[-1]
            # a range or a vague expression makes "that year" uncertain: it is then not resolved
            self.last_year[self.block_key] = cand.year
            bounds = [b for b in (earliest(cand.attrs), latest(cand.attrs)) if b]
            self.context_centuries.setdefault(self.block_key, set()).update(_key(b)[0] // 100 for b in bounds)
        chosen = [self._qualify(text, f) for f in self._bare_ends(text, self._join(text, chosen))]
        if chosen and self.in_note:
            chosen = self._outside_cited_titles(run, text, chosen)
        spans: list[Span] = []
        for found in chosen:
            if found.spans:
                spans.extend(found.spans)
                continue
            attrs = found.attrs
            # "Paris, 1819. 1820.", "Leipzig 1791, 1792": a year right after an imprint's year is
            # the imprint of the next volume
            after_imprint = bool(spans) and ("type", "imprint") in spans[-1].attrib and _year_only(attrs) \
                and re.fullmatch(r"[.,;]?\s*", text[spans[-1].end:found.start]) is not None
            if _years_only(attrs) and (after_imprint or self._is_imprint(run, text, found, span=not _year_only(attrs))) or \
                    set(dict(attrs)) <= {"when", "cert"} and self._is_issue(run, text, found):
                attrs = attrs + (("type", "imprint"),)
            spans.append(Span(found.start, found.end, DATE, attrs))
        return spans

    def _outside_cited_titles(self, run: Run, text: str, chosen: list[Found]) -> list[Found]:
        """The dates of a note that stand outside the untagged titles it cites (the author's
        name before the title may be tagged: "<persName>David Lieberman</persName>, Legal
        Theory in Eighteenth-Century Britain")."""
        from edition.enrich.recognise.recogniser import cited_title_spans  # the recogniser's word lists, once needed
        lead = "".join(run.element.itertext()) if run.is_tail and run.element.tag in _NAME_TAGS else ""
        # "…Jahrhunderts, <placeName>Göttingen</placeName> 1994": the place of the imprint after
        # the title may be tagged too
        following = run.element.getnext() if run.is_tail else next(iter(run.element), None)
        trail = "".join(following.itertext()) + (following.tail or "")[:12] \
            if following is not None and following.tag in _NAME_TAGS else ""
        titles = [(a - len(lead), b - len(lead)) for a, b in cited_title_spans(lead + text + trail, self._lang or "en")]
        return [f for f in chosen if not any(a <= f.start and f.end <= b for a, b in titles)]

    # ----------------------------------------------------------- bibliographic years

    def _copyright(self, run: Run) -> bool:
        """Does the run's block hold a copyright sign at all (looked at once per block)?"""
        key = id(run.block)
        if key not in self._has_copyright:
            self._has_copyright[key] = run.block is not None and "©" in "".join(run.block.itertext())
        return self._has_copyright[key]

    def _is_issue(self, run: Run, text: str, found: Found) -> bool:
        """The date of a periodical's issue in a citation: "(The Times, 13.10.1922)",
        "Gazette, No. 10, September 5, 1924, pp. 80-85", "in the Courier, August 21, 1924."."""
        if not _inside(run, "note"):
            return False
        before, after = _window(text, found.start, found.end)
        before = _name_before(run, before)
        cited = re.search(r"[A-ZА-Я][\w'’\".-]*,\s*(?:[Nn]o\.?\s*\d+[-–\d]*,\s*)?$", before) or \
            (run.is_tail and run.element.tag == T + "title" and re.fullmatch(r",\s*", before))
        ends = re.match(r"\s*(?:[.;)]|,\s*(?:pp?\.|S\.|с\.|[Nn]o\.)|$)", after)
        # "«Gazette des tribunaux», 24/11/1828, in: …": a title in quotation marks, its issue's
        # date, and where that issue is cited from
        quoted = re.search(r"[»”“\"]\s*,\s*$", before) and re.match(r"\s*,\s*(?:in|dans)\b", after)
        return bool(cited and ends or quoted)

    def _is_imprint(self, run: Run, text: str, found: Found, span: bool = False) -> bool:
        """A year of a bibliographic reference: the imprint of a cited book, or the book's own
        printing history in its front matter ("First published 1959", "© 1959"). A span of
        years ("1907–39") is one only where the reference's form says so, not after any name
        behind a title ("La Thémis, 1819–1830, fondée par": the years a journal ran)."""
        before, after = _window(text, found.start, found.end)
        # a span right after a title is the title's ("The Bolshevik Revolution, 1917-1923")
        if span and run.is_tail and run.element.tag == T + "title" and not before.strip(" ,:"):
            return False
        after_name = (T + "placeName",) if span else (T + "placeName", T + "title")
        # "*Rubriken zu einer Statistik* (1789)", "*Geschichte des Dreißigjährigen Kriegs*
        # (1791–1793)": a year or a span alone in brackets right after a title is when the work
        # appeared, in a note or in the text (and see `_mark_cited_works`)
        if run.is_tail and run.element.tag == T + "title" and re.fullmatch(r"\s*\(\s*", before) \
                and re.match(r"\s*\)", after):
            return True
        if run.is_tail and run.element.tag in after_name and not before.strip(" ,:") \
                and _inside(run, "note"):
            return True  # "Moscow, 2000", "Title, 1992": the year right after a place or a title
        # the tail checks below read the text right before the year as it stands (", " after a
        # tagged place); the patterns read it with the tagged name in front ("Berlin 1792")
        right_before = before
        before = _name_before(run, before)
        in_note = _inside(run, "note")
        in_front = _inside(run, "front")
        if (in_note or in_front) and self.p.imprint_before.search(before):
            return True
        if "©" in before or self._copyright(run) and "©" in _block_text_before(run):
            return True  # "© A. Author 1959": the year of the copyright
        # "(London, 1953)", "(Oxford: Clarendon Press, 1765)": place or publisher, year, in brackets
        # ("(Wilfrid Prest ed., 2009)": the bracket may open before a tagged name)
        bracket_before = (_block_text_before(run) + right_before)[-WINDOW:] \
            if run.is_tail and run.element.tag in _NAME_TAGS else before
        bracketed = re.search(r"\(\s*[^()\d]*[A-ZА-Я][^()\d]*[,:]\s*$", bracket_before) and re.match(r"\s*\)", after)
        if bracketed and (in_note or _title_before(run, before)):
            return True
        # "Paris: Seuil 1990", "London: Methuen, 1921": in a note, a place, a colon and a
        # publisher before the year
        if in_note and (_PLACE_COLON_PUBLISHER.search(before) or run.is_tail and run.element.tag == T + "placeName"
                        and re.fullmatch(_COLON_PUBLISHER, right_before)):
            return True  # ("<placeName>Berlin</placeName>: Rottmann 1792": the place tagged)
        if not in_note:
            return False
        # "in: Neues Hannoverisches Magazin (1791), 2. und 3. Stück": a year alone in brackets
        # after the mark of the work that holds the one cited, and that work's title
        if not span and self.p.imprint_container.search(right_before) and re.match(r"\s*\)", after):
            return True
        # "(citing Thomas Aquinas, Collations in Decem Praeceptis (1273))": a year alone in
        # brackets that close together with the brackets of a citation is the cited work's
        if not span and re.search(r"\(\s*$", right_before) and re.match(r"\s*\)\s*\)", after):
            return True
        # "…, Strasbourg 1833.", "…, Frankfurt am Main 2000;": a place the gazetteer knows, after
        # a comma, and the year that closes the citation
        closing_place = _CLOSING_PLACE.search(before)
        # ("…, Frankfurt am Main 2001 ainsi que …": a conjunction before the next citation)
        if not span and closing_place and self.p.citation_end.match(after) \
                and gazetteer.lookup(closing_place.group(1)):
            return True
        # "307 (2008)", "(Peter Smith 1973) (1941)", "(2d ed. 2004)": a citation's closing
        # bracket, after a page or with the publisher or edition ("Jourdan (1826)" is a date)
        if run.is_tail and run.element.tag in (T + "persName", T + "orgName") and not right_before.strip() \
                and re.match(r"\s*\)", after) and _publisher(run.element):
            return True  # "(Peter Smith 1973)": a publisher and its year, alone in brackets
        opening = re.search(r"\(([^()]*)$", bracket_before)  # "(…, Encyclopaedia <orgName>Britannica</orgName> 1952)"
        inside = opening.group(1) if opening else ""
        if opening and re.match(r"\s*\)", after) and (
                re.search(r"[A-ZА-Я]", inside) or self.p.imprint_before.search(before)
                # "in: RHD (1995) 1–21", "RHD (1995) 1010 et 1030": a journal's year in
                # brackets, then its pages
                or not inside.strip() and re.match(r"\s*\)\s*\d+(?:\s*[-–]\s*\d+)?(?![\d\w])", after)
                or (not inside.strip() and re.search(r"(?:[\d)]|(?<!\w)[ivxlc]+)\s*\($", before))):
            return True  # "(also 1923)" is a date of the history
        # "Thémis 2 [1824] 343", "Paris [1790]": a year alone in square brackets in a note is
        # a citation's (supplied or of a volume)
        if re.search(r"\[\s*$", before) and re.match(r"\s*\]", after):
            return True
        # "Hart, Use of the Law of Nature, 1956 Butterworths S. Afr. L. Rev. 169": a year that
        # serves as the volume of a journal, its abbreviated name and the page after it
        journal = re.match(r"\s+[A-Z&][\w.&'’]*(?:\s+[A-Z&][\w.&'’]*){0,7}?\s+\d{1,5}(?!\w)", after)
        if not span and journal and "." in journal.group() and re.search(r",\s*$", right_before):
            return True
        # "Berlin 1792, 1–4", "Mainz 1887, 4", "Barcelone, 1996, 59–89": place and year, then
        # the page
        if re.search(r"[A-ZÀ-ÞА-Я][\w.'’-]*,?\s+$", before) and re.match(r",\s*\d", after):
            return True
        # "Introduction générale à l'histoire du droit, 1829, XX": a title, its year and the page
        # (of three digits at most, or in roman numerals: a list of years goes on with a year)
        if not span and re.search(r"\w,\s+$", before) and re.match(r",\s*(?:\d{1,3}|[IVXLC]+|[ivxlc]+)(?![\w])", after):
            return True
        # "Gospolitizdat, 1953, pp. 669", "2000, p. 20", "Journal (1792), Bd. 1": a page, volume or
        # issue follows the year
        if self.p.imprint_after.match(after):
            return True
        # "Moscow, ROSSPEN 2000", "Berlin, Aufbau-Verlag 2003": after a place or a publisher
        if run.is_tail and not right_before.strip(" ,:") and run.element.tag in after_name:
            return True
        if run.is_tail and not right_before.strip(" ,:") and run.element.tag == T + "orgName" \
                and _publisher(run.element):
            return True
        # "... Title. Moscow, Insan, 1992.": after a capitalised word and a comma, behind a title
        if not span and re.search(r"[A-ZÀ-ÞА-Я][\w.'’-]*[,:]?\s+$", before) and _title_before(run, before):
            return True
        return False


_NAME_TAGS = (T + "persName", T + "placeName", T + "orgName")
# a place's name of one word, or of two joined by small words: "Göttingen", "Frankfurt am Main",
# "New York", "Freiburg im Breisgau"
_CLOSING_PLACE = re.compile(r",\s+([A-ZÀ-Þ][\w'’-]+(?:\s+(?:[a-zà-ÿ]{1,3}\s+){0,2}[A-ZÀ-Þ][\w'’-]+)?)\s+$")
_COLON_PUBLISHER = r"\s*:\s*[A-ZÀ-ÞА-ЯЁ][\w&'’.-]*(?:\s+[\w&'’.-]+){0,4}?\s*,?\s*"
_PLACE_COLON_PUBLISHER = re.compile(rf"(?<![\w.])[A-ZÀ-ÞА-ЯЁ][\w'’.-]+{_COLON_PUBLISHER}$")


def _name_before(run: Run, before: str) -> str:
    """The text before a date, with the name tagged right before it: the rules read "Temps,"
    in "Le Temps, 12 mai 1830" whether or not the names pass tagged the periodical."""
    if run.is_tail and run.element.tag in _NAME_TAGS and not re.search(r"\w", before):
        return "".join(run.element.itertext()) + before
    return before


def _publisher(org: etree._Element) -> bool:
    """Is the organisation the publisher of an imprint: after its place ("Paris, Economica"),
    or first in a citation's brackets ("(Peter Smith 1973)")? An institution before a year
    ("l'Académie de législation, 1851") is not."""
    prev = org.getprevious()
    if prev is not None and prev.tag == T + "placeName" and (prev.tail or "").strip() in (",", ":"):
        return True
    lead = (prev.tail if prev is not None else org.getparent().text) or ""
    return lead.rstrip().endswith("(")


def _inside(run: Run, name: str) -> bool:
    tag = T + name
    element = run.element
    if not run.is_tail and element.tag == tag:
        return True
    return next(element.iterancestors(tag), None) is not None


def _block_text_before(run: Run) -> str:
    """The text of the run's block before the run (names and other inline elements included)."""
    block = run.block
    if block is None:
        return ""
    parts: list[str] = []
    stop = run.element

    def walk(el: etree._Element) -> bool:
        if el is stop and not run.is_tail:
            return True
        if el.text:
            parts.append(el.text)
        for child in el:
            if not isinstance(child.tag, str):
                continue
            if walk(child):
                return True
            if child is stop:
                return True
            if child.tail:
                parts.append(child.tail)
        return False
    walk(block)
    return "".join(parts)


def _title_before(run: Run, before: str) -> bool:
    """Does a cited title stand earlier in the same sentence of the run's block?"""
    block = run.block
    if block is None:
        return False
    if run.is_tail and run.element.tag == T + "title":
        return True
    seen_title = False
    for element in block.iter():
        if element is run.element:
            if run.is_tail:
                seen_title = seen_title or element.tag == T + "title"
            break
        if element.tag == T + "title":
            seen_title = True
    return seen_title and not re.search(r"[.!?]\s+[A-Z][a-z]+\s[a-z]", before)


def run(root: etree._Element, context) -> None:
    languages = tuple(getattr(context.config, "languages", None) or ())
    finder = DateFinder(day_first=context.config.date_order == "day-first", languages=languages)
    created = tag_runs(root, finder)
    _mark_cited_works(root)
    context.counts["date"] = context.counts.get("date", 0) + len(created)


def _mark_cited_works(root: etree._Element) -> None:
    """"Krauses *Rubriken* (1789)" in the text, where a note cites "*Rubriken*, Halle 1789": a
    year alone in brackets after a title is the work's imprint when a note cites that title
    with that imprint year. Without such a citation the year may be the history ("*Kalender*
    (1769)": the year a series began)."""
    cited: set[tuple[str, str]] = set()
    for note in root.iter(T + "note"):
        for title in note.iter(T + "title"):
            for date in title.itersiblings(T + "date"):
                when = date.get("when")
                if date.get("type") == "imprint" and when:
                    cited.add((_title_key(title), when))
    if not cited:
        return
    for date in root.iter(T + "date"):
        title = date.getprevious()
        if date.get("type") or title is None or title.tag != T + "title" or \
                (title.tail or "").strip() != "(" or not (date.tail or "").lstrip().startswith(")") or \
                next(date.iterancestors(T + "note"), None) is not None:
            continue
        if (_title_key(title), date.get("when", "")) in cited:
            date.set("type", "imprint")


def _title_key(title: etree._Element) -> str:
    return " ".join("".join(title.itertext()).split()).casefold()

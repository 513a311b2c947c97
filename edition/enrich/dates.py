# SPDX-License-Identifier: MIT
"""Calendar expressions in the TEI text to <date> with @when, @from/@to or @notBefore/@notAfter."""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass

from lxml import etree

from edition.enrich import date_tables as tables
from edition.enrich.textnodes import Run, Span, tag_runs
from edition.tei.serialize import T

DATE = T + "date"
Attrs = tuple[tuple[str, str], ...]


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
# a year standing alone: not part of a decimal number, nor one end of a span of numbers
# that was not taken as a span of years (a page range, a reversed pair)
BARE_YEAR = rf"(?<![\d.,])(?<!\d[-–]){YEAR}(?![.,]\d)"
LONE_YEAR = rf"{BARE_YEAR}(?!\s*[-–]\s*\d)"
MONTH = rf"(?:{_alternatives(tables.MONTHS)})(?!\w)"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
PART = r"(?:early|late|mid|middle of|end of|beginning of|start of)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    spans: tuple[Span, ...]
    year: int | None  # the single year the expression names, for "that year" later on
    pending: re.Match | None = None  # "autumn of that year": resolved once the text before is known


# --------------------------------------------------------------- values

def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _ymd(year: int, month: int, day: int) -> str | None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _part(word: str | None) -> str | None:
    return tables.PART_WORDS[" ".join(word.split())] if word else None


def _month_number(word: str) -> int:
    return tables.MONTHS[word]


def _season_bounds(season: str, year: int, part: str | None) -> tuple[str, str]:
    first, last = tables.SEASONS[season.lower()]
    months = [(year, m) for m in range(first, last + 1)] if first <= last else \
        [(year, m) for m in range(first, 13)] + [(year + 1, m) for m in range(1, last + 1)]
    if part:
        i, j = tables.MONTH_OF_SEASON_PART[part]
        months = months[i:j + 1]
    return _ym(*months[0]), _ym(*months[-1])


def _full_year(year: int, short: str) -> int | None:
    """'24' after 1923 is 1924; a second year must follow the first."""
    second = int(short) if len(short) == 4 else (year // 100) * 100 + int(short)
    return second if second > year else None


def _in_range(year: int) -> bool:
    return tables.YEAR_RANGE[0] <= year <= tables.YEAR_RANGE[1]


# --------------------------------------------------------------- expressions
# each rule: a regex and a function from its match (and the finder) to attributes or None

def _month_day_year(m: re.Match, f: DateFinder) -> Attrs | None:
    year, month = int(m["y"]), _month_number(m["m"])
    first = _ymd(year, month, int(m["d"]))
    if m["d2"]:
        last = _ymd(year, month, int(m["d2"]))
        return (("from", first), ("to", last)) if first and last and last > first else None
    return (("when", first),) if first else None


def _day_month_year(m: re.Match, f: DateFinder) -> Attrs | None:
    value = _ymd(int(m["y"]), _month_number(m["m"]), int(m["d"]))
    return (("when", value),) if value else None


def _month_range_year(m: re.Match, f: DateFinder) -> Attrs | None:
    year = int(m["y"])
    first, last = _month_number(m["m"]), _month_number(m["m2"])
    return (("from", _ym(year, first)), ("to", _ym(year, last))) if first < last else None


def _month_year(m: re.Match, f: DateFinder, year: int | None = None) -> Attrs | None:
    year = year if year is not None else int(m["y"])
    month = _month_number(m["m"])
    part = _part(m["part"])
    if not part:
        return (("when", _ym(year, month)),)
    first, last = tables.DAYS_OF_MONTH_PART[part]
    last = last or calendar.monthrange(year, month)[1]
    return (("notBefore", _ymd(year, month, first)), ("notAfter", _ymd(year, month, last)))


def _season_year(m: re.Match, f: DateFinder, year: int | None = None) -> Attrs | None:
    year = year if year is not None else int(m["y"])
    part = _part(m["part"])
    start, end = _season_bounds(m["s"], year, part)
    if m["s2"]:
        end = _season_bounds(m["s2"], year, None)[1]
    if m.groupdict().get("y2"):  # "the winter of 1923-1924": the season reaches into the second year
        second = _full_year(year, m["y2"])
        if second != year + 1:
            return None
        if m["s"].lower() != "winter":
            end = _season_bounds(m["s"], second, part)[1]
    return (("notBefore", start), ("notAfter", end))


def _that_year(m: re.Match, f: DateFinder) -> Attrs | None:
    year = f.last_year.get(f.block_key)
    if year is None:
        return None  # the year is not certain from the text before: not guessed
    return _season_year(m, f, year) if m["s"] else _month_year(m, f, year)


def _part_of_year(m: re.Match, f: DateFinder) -> Attrs | None:
    year = int(m["y"])
    first, last = tables.MONTHS_OF_YEAR_PART[_part(m["part"])]
    return (("notBefore", _ym(year, first)), ("notAfter", _ym(year, last)))


def _decade(m: re.Match, f: DateFinder) -> Attrs | None:
    start = int(m["dec"])
    if m["part"]:
        first, last = tables.YEARS_OF_DECADE_PART[_part(m["part"])]
        return (("notBefore", str(start + first)), ("notAfter", str(start + last)))
    return (("notBefore", str(start)), ("notAfter", str(start + 9)))


def _numeric(m: re.Match, f: DateFinder) -> Attrs | None:
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if f.day_first else (b, a)
    value = _ymd(int(m["y"]), month, day)
    return (("when", value),) if value else None


def _year_range(m: re.Match, f: DateFinder) -> Attrs | None:
    year = int(m["y"])
    second = _full_year(year, m["y2"])
    if second is None or not f.year_allowed(m) or second - year > 100:
        return None
    return (("from", str(year)), ("to", str(second)))


def _open_range(m: re.Match, f: DateFinder) -> Attrs | None:
    return (("from", m["y"]),) if f.year_allowed(m) else None


def _year(m: re.Match, f: DateFinder) -> Attrs | None:
    return (("when", m["y"]),) if f.year_allowed(m) else None


RULES: list[tuple[re.Pattern[str], Callable[[re.Match, "DateFinder"], Attrs | None]]] = [
    (re.compile(rf"(?P<m>{MONTH})\s+(?P<d>{DAY})(?:\s*[-–]\s*(?P<d2>{DAY}))?,?\s+(?P<y>{YEAR})"),
     _month_day_year),
    (re.compile(rf"(?<!\d)(?P<d>{DAY})\s+(?P<m>{MONTH}),?\s+(?P<y>{YEAR})"), _day_month_year),
    (re.compile(rf"(?P<m>{MONTH})\s*[-–]\s*(?P<m2>{MONTH})\s+(?P<y>{YEAR})"), _month_range_year),
    (re.compile(rf"(?:(?P<part>{PART})[-\s]+)?(?P<m>{MONTH})(?:\s+of)?\s+(?P<y>{YEAR}){tables.YEAR_SUFFIX}"),
     _month_year),
    (re.compile(rf"(?:(?P<part>{PART})[-\s]+)?(?P<s>{SEASON})(?:\s+and\s+(?P<s2>{SEASON}))?"
                rf"(?:\s+months)?(?:\s+of)?\s+(?P<y>{YEAR})(?:\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?!\d))?"),
     _season_year),
    (re.compile(rf"(?:(?P<part>{PART})[-\s]+)?(?:(?P<m>{MONTH})|(?P<s>{SEASON}))(?P<s2>)"
                rf"\s+of\s+that(?:\s+same)?\s+year"), _that_year),
    (re.compile(rf"(?P<part>{PART})(?:[-\s]+|\s+in\s+)(?P<y>{YEAR})"), _part_of_year),
    (re.compile(r"(?:(?P<part>early|mid|late)[-\s]+)?(?<!\d)(?P<dec>1[89]\d0)s(?!\w)"), _decade),
    (re.compile(rf"(?<![\d.])(?P<a>\d{{1,2}})[./](?P<b>\d{{1,2}})[./](?P<y>{YEAR})"), _numeric),
    (re.compile(rf"(?P<y>{BARE_YEAR})\s*[-–/]\s*(?P<y2>\d{{4}}|\d{{2}})(?![\d%])"), _year_range),
    # "Social conditions — 1917-": from that year on, as library catalogues write it
    (re.compile(rf"(?P<y>{BARE_YEAR})[-–](?![\w–-])(?!\s*\d)"), _open_range),
    (re.compile(rf"(?P<y>{LONE_YEAR})"), _year),
]

# "28. and 29.10.1924", "13.5., 15.4. and 16.4.1925": days (and months) taken from the last item
NUMERIC_LIST = re.compile(
    rf"(?<![\d.])(?P<items>(?:{DAY}\.(?:\d{{1,2}}\.)?(?:,\s*|\s+and\s+))+)"
    rf"(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<y>{YEAR})")
LIST_ITEM = re.compile(rf"(?P<d>{DAY})\.(?:(?P<m>\d{{1,2}})\.)?")

_BEFORE = re.compile(r"(?<!\w)(?:%s)\s*$" % "|".join(re.escape(w) for w in tables.NOT_A_YEAR_BEFORE))
_AFTER = re.compile(r"^\s*(?:%s)(?!\w)" % "|".join(re.escape(w) for w in tables.NOT_A_YEAR_AFTER))


class DateFinder:
    """Finds calendar expressions in runs; remembers each block's last year for "that year"."""

    def __init__(self, day_first: bool):
        self.day_first = day_first
        self.last_year: dict[int, int] = {}
        self.block_key = 0
        self._text = ""

    def year_allowed(self, m: re.Match) -> bool:
        """A bare number is a year unless it is a page, issue, quantity or out of range."""
        if not _in_range(int(m["y"])):
            return False
        before, after = self._text[:m.start()], self._text[m.end():]
        return not _BEFORE.search(before) and not _AFTER.match(after)

    def _candidates(self, text: str) -> list[Found]:
        found: list[Found] = []
        # every rule but "that year" needs a digit; most runs of prose have none (a cheap test
        # that spares the slow scans with optional leading words)
        if not any(ch.isdigit() for ch in text):
            rules = [(pattern, convert) for pattern, convert in RULES if convert is _that_year]
        else:
            rules = RULES
        for pattern, convert in rules:
            for m in pattern.finditer(text):
                if convert is _that_year:
                    found.append(Found(m.start(), m.end(), (), None, pending=m))
                    continue
                attrs = convert(m, self)
                if attrs and all(v for _, v in attrs):
                    groups = m.re.groupindex
                    single = "y" in groups and m["y"] and not ("y2" in groups and m["y2"])
                    year = int(m["y"]) if single else None
                    found.append(Found(m.start(), m.end(), (Span(m.start(), m.end(), DATE, attrs),), year))
        for m in NUMERIC_LIST.finditer(text):
            found.extend(self._numeric_list(m))
        return found

    def _numeric_list(self, m: re.Match) -> list[Found]:
        year = int(m["y"])
        a, b = int(m["a"]), int(m["b"])
        last_day, last_month = (a, b) if self.day_first else (b, a)
        if not self.day_first:
            return []  # month-first lists ("10.28. and 10.29.1924") are not written in these sources
        spans = []
        offset = m.start("items")
        for item in LIST_ITEM.finditer(m["items"]):
            value = _ymd(year, int(item["m"]) if item["m"] else last_month, int(item["d"]))
            if not value:
                return []
            spans.append(Span(offset + item.start(), offset + item.end(), DATE, (("when", value),)))
        value = _ymd(year, last_month, last_day)
        if not value:
            return []
        spans.append(Span(m.start("a"), m.end("y"), DATE, (("when", value),)))
        return [Found(m.start(), m.end(), tuple(spans), year)]

    def __call__(self, run: Run) -> list[Span]:
        text = run.text
        self._text = text
        self.block_key = id(run.block) if run.block is not None else 0
        chosen: list[Found] = []
        # leftmost, then longest: "August 1, 1924" wins over the bare "1924" inside it
        for cand in sorted(self._candidates(text), key=lambda c: (c.start, -(c.end - c.start))):
            if chosen and cand.start < chosen[-1].end:
                continue
            if cand.pending is not None:
                attrs = _that_year(cand.pending, self)
                if not attrs or not all(v for _, v in attrs):
                    continue
                cand = Found(cand.start, cand.end, (Span(cand.start, cand.end, DATE, attrs),), None)
            chosen.append(cand)
            # a range or a vague expression makes "that year" uncertain: it is then not resolved
            self.last_year[self.block_key] = cand.year
        return [span for found in chosen for span in found.spans]


def run(root: etree._Element, context) -> None:
    finder = DateFinder(day_first=context.config.date_order == "day-first")
    created = tag_runs(root, finder)
    context.counts["date"] = context.counts.get("date", 0) + len(created)

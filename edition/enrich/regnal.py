# SPDX-License-Identifier: MIT
"""Regnal years: the years of a ruler's reign, by which records date ("21 Edward I", "the
seventeenth year of King John"), and the days of them ("Martinmas, 21 Edward I", "Sunday after
the feast of St Martin, 10 Edward II").

The reigns are data (edition/data/dates/common.toml, `[[reigns]]`): each ruler's names as the
records write them, the accession and the end of the reign. A regnal year runs from the
accession's anniversary to the day before the next; a reign whose years the records count from a
moveable feast says so (`years_from = "ascension"`: John's years run from Ascension Day, the day
of his coronation). Days before the calendar reform (`julian_until`, in England 2 September
1752) are those of the Julian calendar, as the records write them: a weekday is reckoned in it,
and Easter by its rule.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Reign:
    names: tuple[str, ...]
    accession: date
    end: date
    years_from: str = "accession"  # or "ascension"


def load_reigns(common: dict) -> tuple[tuple[Reign, ...], date]:
    """The reigns of common.toml and the last day of the Julian calendar they are dated in."""
    reigns = tuple(Reign(tuple(r["names"]), date.fromisoformat(r["accession"]), date.fromisoformat(r["end"]),
                         r.get("years_from", "accession")) for r in common.get("reigns", []))
    return reigns, date.fromisoformat(common.get("regnal_calendar", {}).get("julian_until", "1752-09-02"))


def julian_easter(year: int) -> date:
    """Easter Sunday of a year by the Julian rule (Meeus), as a date of that calendar."""
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return date(year, month, day + 1)


def _ascension(year: int) -> date:
    return julian_easter(year) + timedelta(days=39)


def _anniversary(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def year_span(reign: Reign, n: int) -> tuple[date, date] | None:
    """The first and last day of the reign's n-th year, or None if it had none."""
    if n < 1:
        return None
    if reign.years_from == "ascension":
        start = reign.accession if n == 1 else _ascension(reign.accession.year + n - 1)
        end = _ascension(reign.accession.year + n) - timedelta(days=1)
    else:
        start = _anniversary(reign.accession, n - 1)
        end = _anniversary(reign.accession, n) - timedelta(days=1)
    if start > reign.end:
        return None
    return start, min(end, reign.end)


def weekday(day: date, julian_until: date) -> int:
    """The day of the week (Monday 0) of a date as written in its calendar: Julian up to the
    reform, Gregorian after it."""
    if day > julian_until:
        return day.weekday()
    a = (14 - day.month) // 12
    y, m = day.year + 4800 - a, day.month + 12 * a - 3
    julian_day = day.day + (153 * m + 2) // 5 + 365 * y + y // 4 - 32083
    return julian_day % 7


def days_in_span(span: tuple[date, date], month: int, day: int) -> list[date]:
    """Every date of that month and day inside the span (a year of a reign holds one, a year
    counted from a moveable feast at times two)."""
    found = []
    for year in range(span[0].year, span[1].year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if span[0] <= candidate <= span[1]:
            found.append(candidate)
    return found


def weekday_from(feast: date, wanted: int, after: bool, julian_until: date) -> date:
    """The first day of the week `wanted` after (or before) the feast, the feast's day not
    counted ("Sunday after the feast of St Martin")."""
    step = timedelta(days=1 if after else -1)
    day = feast + step
    while weekday(day, julian_until) != wanted:
        day += step
    return day

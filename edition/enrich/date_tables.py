# SPDX-License-Identifier: MIT
"""Calendar words to numbers: the data the dates pass reads (months, seasons, vague parts)."""
from __future__ import annotations

# years a bare four-digit number may stand for in these sources; outside, it is a number
YEAR_RANGE = (1800, 2099)

MONTHS: dict[str, int] = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Aug.": 8, "Sept.": 9, "Sep.": 9,
    "Oct.": 10, "Nov.": 11, "Dec.": 12,
    # transliterated Russian genitive, as in cited titles and imprints ("17-25 Aprilya 1923g.")
    "Yanvarya": 1, "Fevralya": 2, "Marta": 3, "Aprelya": 4, "Aprilya": 4, "Maya": 5,
    "Iyunya": 6, "Iyulya": 7, "Avgusta": 8, "Sentyabrya": 9, "Oktyabrya": 10, "Noyabrya": 11,
    "Dekabrya": 12,
}
# a year written with the Russian abbreviation of "goda" ("1923g.", "1923 g.") is still a year
YEAR_SUFFIX = r"(?:\s?g\.)?"

# season -> (first month, last month); winter runs into the next year
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2),
}

# a vague part of a period -> the part of it meant, as (first, last)
PART_WORDS: dict[str, str] = {
    "early": "early", "mid": "mid", "middle of": "mid", "late": "late",
    "end of": "end", "beginning of": "beginning", "start of": "beginning",
}
MONTHS_OF_YEAR_PART: dict[str, tuple[int, int]] = {
    "early": (1, 4), "mid": (5, 8), "late": (9, 12), "end": (11, 12), "beginning": (1, 2),
}
DAYS_OF_MONTH_PART: dict[str, tuple[int, int | None]] = {  # None: the month's last day
    "early": (1, 10), "mid": (11, 20), "late": (21, None), "end": (21, None), "beginning": (1, 10),
}
YEARS_OF_DECADE_PART: dict[str, tuple[int, int]] = {
    "early": (0, 3), "mid": (3, 6), "late": (7, 9), "end": (8, 9), "beginning": (0, 2),
}
# indexes of the season's months meant (0 first, 2 last): "late autumn" is October-November
MONTH_OF_SEASON_PART: dict[str, tuple[int, int]] = {
    "early": (0, 1), "mid": (1, 1), "late": (1, 2), "end": (2, 2), "beginning": (0, 0),
}

# what a number after these words is: a page, volume, issue or article, never a year
NOT_A_YEAR_BEFORE = ("p.", "pp.", "No.", "No", "Nos.", "nos.", "no.", "Vol.", "vol.", "Volume",
                     "Tom", "art.", "arts.", "§", "ISBN", "note", "fol.", "ff.")
# ... nor a number followed by a unit or quantity word
NOT_A_YEAR_AFTER = ("%", "percent", "per cent", "million", "thousand", "rubles", "roubles",
                    "puds", "poods", "tons", "kg", "km", "members", "people")

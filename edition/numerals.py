# SPDX-License-Identifier: MIT
"""Roman numerals, as books number their parts, chapters, centuries and regnal years."""
from __future__ import annotations

import re

_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_WELL_FORMED = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def roman_value(text: str) -> int | None:
    """'XII' (or 'xii') -> 12; None for anything that is not a well-formed numeral ('IIV', 'Erstes')."""
    upper = text.upper()
    if not upper or not _WELL_FORMED.fullmatch(upper):
        return None
    values = [_VALUES[ch] for ch in upper]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))

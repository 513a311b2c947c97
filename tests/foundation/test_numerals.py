# SPDX-License-Identifier: MIT
from __future__ import annotations

import pytest

from edition.numerals import roman_value


@pytest.mark.parametrize("text, value", [("I", 1), ("iv", 4), ("XII", 12), ("XIX", 19), ("XL", 40),
                                         ("MCMXXIV", 1924), ("cdxliv", 444)])
def test_well_formed_numerals_have_their_value(text, value):
    assert roman_value(text) == value


@pytest.mark.parametrize("text", ["", "IIV", "VV", "IC", "Erstes", "CIVIL", "XIIII"])
def test_anything_else_is_no_numeral(text):
    assert roman_value(text) is None

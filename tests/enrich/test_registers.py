# SPDX-License-Identifier: MIT
"""The project's registers in tei/registers/: complete entries, unambiguous forms, renamings."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import T
from edition.enrich.registers import load_registers

REGISTERS = Path(__file__).resolve().parents[2] / "tei" / "registers"


@pytest.fixture(scope="module")
def registers():
    return load_registers(REGISTERS)


def test_every_entry_has_a_normalised_name_and_a_description(registers):
    for entry in registers.entries.values():
        kinds = [child.get("type") for child in entry.element if child.tag.endswith("Name")]
        assert kinds.count("normalized") == 1, entry.id
        notes = entry.element.findall(T + "note")
        assert len(notes) == 1 and notes[0].text.strip(), entry.id


def test_no_form_is_claimed_by_two_entries(registers):
    assert registers.ambiguous == {}


@pytest.mark.parametrize("old, new, year", [
    ("Petrograd", "Leningrad", "1924"), ("Tsaritsyn", "Stalingrad", "1925"), ("Simbirsk", "Ulyanovsk", "1924"),
    ("Elizavetgrad", "Zinovievsk", "1924"), ("Bakhmut", "Artemovsk", "1924"),
    ("Ekaterinburg", "Sverdlovsk", "1924"), ("Yuzovka", "Stalinsk", "1924"), ("Yuzovo", "Stalino", "1924"),
])
def test_renamings_carry_their_dates(registers, old, new, year):
    entry = registers.entries[registers.forms[old]]
    assert registers.forms[new] == entry.id
    names = {n.text: n for n in entry.element.findall(T + "placeName")}
    assert names[old].get("to") == year and names[new].get("from") == year


@pytest.mark.parametrize("form, entry_id", [
    ("Kame-nev", "kamenev"), ("Kameney", "kamenev"), ("Stressemann", "stresemann"), ("L. Trotsky", "trotsky"),
    ("Trotsky L. D.", "trotsky"), ("G.Zinoviev", "zinoviev"), ("Alexei I. Rykov", "rykov"),
    ("Sergei M. Kirov", "kirov"), ("Mikhail Ivanovich Kalinin", "kalinin"), ("Politburo", "politburo"),
    ("Comintern", "comintern"), ("Cheka", "cheka"), ("OGPU", "ogpu"), ("Komsomol", "komsomol"),
    ("Sovnarkom", "sovnarkom"), ("Gosizdat", "gosizdat"), ("VSNKh", "vsnkh"), ("Red Army", "red-army"),
])
def test_variants_found_in_the_texts(registers, form, entry_id):
    assert registers.forms[form] == entry_id

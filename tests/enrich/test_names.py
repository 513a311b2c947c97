# SPDX-License-Identifier: MIT
"""The tagging pass: persName/placeName/orgName with @ref, and the file's own standOff."""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import T, context, tagged, tei, text_of, write_registers
from edition.enrich import names
from edition.enrich.registers import RegisterError, load_registers
from edition.errors import XMLInputError


def run(root, registers):
    names.run(root, context(registers))
    return root


def test_possessive_tags_the_name_only(registers):
    root = run(tei("<p>Lenin's plan and Trotsky’s reply</p>"), registers)
    assert tagged(root, "persName") == [("Lenin", "#lenin"), ("Trotsky", "#trotsky")]
    p = root.find(f".//{T}p")
    assert p[0].tail == "'s plan and " and p[1].tail == "’s reply"


def test_full_and_initial_forms_are_one_mention(registers):
    root = run(tei("<p>Alexei I. Rykov, then Rykov; L. Trotsky; Trotsky L. D., Sochineniya; "
                   "G.Zinoviev; Deutscher I., Trotsky</p>"), registers)
    assert tagged(root, "persName") == [
        ("Alexei I. Rykov", "#rykov"), ("Rykov", "#rykov"), ("L. Trotsky", "#trotsky"),
        ("Trotsky L. D.", "#trotsky"), ("G.Zinoviev", "#zinoviev"), ("Deutscher I.", "#deutscher"),
        ("Trotsky", "#trotsky")]


def test_printing_errors_are_variants_of_the_entry(registers):
    root = run(tei("<p>Stalin, Zinoviev and Kame-nev; one of Kameney, Zinoviev</p>"), registers)
    assert ("Kame-nev", "#kamenev") in tagged(root, "persName")
    assert ("Kameney", "#kamenev") in tagged(root, "persName")


@pytest.mark.parametrize("text", [
    "Leninism and Leninist pioneers", "Trotskyism", "the anti-Trotsky campaign", "Stalinist historiography",
    "the Stalin-led group", "STALIN", "the 'Lenin Enrolment' and the Lenin enrolment",
])
def test_derived_words_and_eponymous_names_are_not_mentions(registers, text):
    root = run(tei(f"<p>{text}</p>"), registers)
    assert tagged(root, "persName") == []


def test_a_name_inside_another_name_belongs_to_the_longer_one(registers):
    root = run(tei("<p>Tsaritsyn became Stalingrad; the Lenin mausoleum opened; Moscow-Leningrad, 1924</p>"),
               registers)
    assert tagged(root, "persName") == []
    assert tagged(root, "placeName") == [("Tsaritsyn", "#tsaritsyn"), ("Stalingrad", "#tsaritsyn"), ("Lenin mausoleum", "#mausoleum"),
                                         ("Moscow", "#moscow"), ("Leningrad", "#spb")]


def test_titles_header_and_existing_names_are_not_scanned(registers):
    root = run(tei('<p>Trotsky, <title level="m">Stalin</title>; <persName ref="#x">Lenin</persName> '
                   '<date when="1924">Lenin</date></p>'), registers)
    assert tagged(root, "persName") == [("Trotsky", "#trotsky"), ("Lenin", "#x")]
    assert root.find(f"{T}teiHeader//{T}title").text == "Lenin in 1924"


def test_authors_in_notes_are_persons(registers):
    root = run(tei('<p>Text.<note place="foot" n="1">Deutscher I., <title>The Prophet</title>, '
                   'Moscow, 1962; also Stalin.</note></p>'), registers)
    assert tagged(root, "persName") == [("Deutscher I.", "#deutscher"), ("Stalin", "#stalin")]
    assert tagged(root, "placeName") == [("Moscow", "#moscow")]


def test_names_split_by_markup_or_ambiguous_stay_untagged(registers):
    root = run(tei("<p>Len<hi>in</hi> met Ivanov</p>"), registers)
    assert tagged(root, "persName") == []


def test_a_name_spread_over_lines_is_found(registers):
    root = run(tei("<p>Alexei I.\n   Rykov spoke</p>"), registers)
    assert tagged(root, "persName") == [("Alexei I.\n   Rykov", "#rykov")]


def test_a_corrected_reading_is_wrapped_whole(registers):
    root = run(tei('<p>and <choice><sic>Kameney</sic><corr>Kamenev</corr></choice>\'s view</p>'), registers)
    name = root.find(f"{T}text//{T}persName")
    assert name.get("ref") == "#kamenev" and name[0].tag == T + "choice"
    assert name.tail == "'s view"


def test_every_character_is_kept_and_the_tree_stays_whole(registers):
    body = ('<p>Lenin<hi rend="italic">Trotsky</hi>Stalin’s <pb/>Moscow <note n="1">Politburo, '
            'Lenin mausoleum, Trotsky L. D.</note> Leningrad.</p><head>After Lenin</head>')
    before = text_of(tei(body))
    root = run(tei(body), registers)
    assert text_of(root) == before
    assert len(tagged(root, "persName")) == 5
    assert tagged(root, "orgName") == [("Politburo", "#politburo")]


def test_stand_off_holds_exactly_the_entries_used(registers):
    root = run(tei("<p>Lenin in Petrograd; Lenin again; the Politburo</p>"), registers)
    stand_off = root.find(T + "standOff")
    assert stand_off.getprevious().tag == T + "teiHeader"
    assert stand_off.getnext().tag == T + "text"
    ids = [e.get("{http://www.w3.org/XML/1998/namespace}id") for e in stand_off.iter(
        T + "person", T + "place", T + "org")]
    assert ids == ["lenin", "spb", "politburo"]
    assert [child.tag for child in stand_off] == [T + "listPerson", T + "listPlace", T + "listOrg"]
    assert stand_off.find(f".//{T}placeName[@from='1914']").text == "Petrograd"


def test_no_names_no_stand_off(registers):
    root = run(tei("<p>Nothing here.</p>"), registers)
    assert root.find(T + "standOff") is None


def test_running_twice_changes_nothing(registers):
    once = run(tei("<p>Lenin's Moscow, Alexei I. Rykov</p>"), registers)
    first = etree.tostring(once)
    assert etree.tostring(run(once, registers)) == first


def test_counts_are_reported(registers):
    ctx = context(registers)
    names.run(tei("<p>Lenin, Stalin, Moscow</p>"), ctx)
    assert ctx.counts["persName"] == 2 and ctx.counts["placeName"] == 1 and ctx.counts["orgName"] == 0


def test_missing_register_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegisterError) as caught:
        load_registers(tmp_path)
    assert "persons.xml" in caught.value.location() and caught.value.hint


def test_entry_without_id_names_file_and_line(tmp_path):
    write_registers(tmp_path, orgs="<listOrg>\n<org><orgName>Cheka</orgName></org></listOrg>")
    with pytest.raises(RegisterError) as caught:
        load_registers(tmp_path)
    assert caught.value.file.endswith("orgs.xml") and caught.value.line == 6
    assert "xml:id" in str(caught.value)


def test_duplicate_ids_across_registers_are_refused(tmp_path):
    write_registers(tmp_path, orgs='<listOrg><org xml:id="lenin"><orgName>Lenin Works</orgName></org></listOrg>')
    with pytest.raises(RegisterError, match="duplicate xml:id 'lenin'"):
        load_registers(tmp_path)


def test_register_with_entities_is_refused(tmp_path):
    write_registers(tmp_path)
    (tmp_path / "places.xml").write_text('<!DOCTYPE TEI [<!ENTITY x "y">]><TEI/>', encoding="utf-8")
    with pytest.raises(XMLInputError):
        load_registers(tmp_path)


def test_a_form_claimed_by_two_entries_is_never_guessed(registers):
    loaded = load_registers(registers)
    assert loaded.ambiguous["Ivanov"] == {"ivan-a", "ivan-b"} and "Ivanov" not in loaded.forms
    root = run(tei("<p>Ivanov spoke.</p>"), registers)
    assert tagged(root, "persName") == []


AMBIGUOUS = """<listPerson>
  <person xml:id="ivanov-p"><persName>Pyotr Ivanov</persName><persName>Ivanov</persName><note>P.</note></person>
  <person xml:id="ivanov-s"><persName>Semyon Ivanov</persName><persName>Ivanov</persName><note>S.</note></person>
</listPerson>"""


def test_an_ambiguous_form_is_resolved_by_a_full_form_in_the_same_file(tmp_path):
    registers = write_registers(tmp_path, persons=AMBIGUOUS)
    root = run(tei("<p>Ivanov spoke.</p><p>Pyotr Ivanov, that is.</p>"), registers)
    assert tagged(root, "persName") == [("Ivanov", "#ivanov-p"), ("Pyotr Ivanov", "#ivanov-p")]
    root = run(tei("<p>Ivanov spoke; Pyotr Ivanov and Semyon Ivanov agreed.</p>"), registers)
    assert tagged(root, "persName") == [("Pyotr Ivanov", "#ivanov-p"), ("Semyon Ivanov", "#ivanov-s")]

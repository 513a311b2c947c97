# SPDX-License-Identifier: MIT
"""Proposals for a new text: kinds told apart, forms merged, registers written and usable."""
from __future__ import annotations

from lxml import etree

from conftest import T, context, tagged, tei
from edition.enrich import names
from edition.enrich.propose import propose, write_proposals
from edition.enrich.registers import load_registers

TEXT = """<p>Vienna, April 25, 1823.</p>
<p>Herr v. Schuppanzigh assured me that Franz Schoberlechner, pianist in Dresden, wrote to
the Archduke Rudolph. Schoberlechner asked for letters to Leipzig, Dresden and Berlin. The
King of Saxony and the Philharmonic Society subscribed, and J. Krynen agrees. The Donation of
Constantine was quoted; the Emperor Constantine had not given it.</p>
<p>The Catholic Church spoke in Rome.</p>"""


def _file(tmp_path, registers, body=TEXT):
    root = tei(body)
    names.run(root, context(registers))
    path = tmp_path / "new.xml"
    path.write_bytes(etree.tostring(root))
    return path


def _kinds(proposals):
    return {form: p.kind for p in proposals for form in p.variants}


def test_persons_places_and_organisations_are_told_apart(tmp_path, registers):
    kinds = _kinds(propose([_file(tmp_path, registers)], registers))
    for person in ("v. Schuppanzigh", "Franz Schoberlechner", "Schoberlechner", "Rudolph", "J. Krynen",
                   "Constantine"):
        assert kinds.get(person) == "person", person
    for place in ("Vienna", "Dresden", "Leipzig", "Berlin", "Saxony", "Rome"):
        assert kinds.get(place) == "place", place
    for org in ("Philharmonic Society", "Catholic Church"):
        assert kinds.get(org) == "org", org
    # titles are not names; a register's name (Moscow) is not proposed again
    assert not {"Herr", "Archduke", "King", "Emperor", "The"} & set(kinds)


def test_forms_of_one_person_are_one_entry_with_a_normalised_name(tmp_path, registers):
    proposals = propose([_file(tmp_path, registers)], registers)
    entry = next(p for p in proposals if "Franz Schoberlechner" in p.variants)
    assert entry.normalized == "Schoberlechner, Franz"
    assert set(entry.variants) == {"Franz Schoberlechner", "Schoberlechner"}
    assert "Schoberlechner" in entry.context and entry.reasons
    constantine = next(p for p in proposals if p.variants == ["Constantine"])
    assert constantine.not_mentions == ["Donation of Constantine"]


def test_places_get_geonames_ids_and_coordinates(tmp_path, registers):
    proposals = propose([_file(tmp_path, registers)], registers)
    vienna = next(p for p in proposals if p.variants == ["Vienna"])
    assert vienna.place.geonames == "2761369"
    assert round(vienna.place.latitude) == 48 and round(vienna.place.longitude) == 16


def test_written_registers_hold_the_old_entries_and_the_proposals(tmp_path, registers):
    out = tmp_path / "draft"
    counts = write_proposals([_file(tmp_path, registers)], registers, out)
    assert counts["person"] >= 5 and counts["place"] >= 5 and counts["org"] == 2
    draft = load_registers(out)
    assert "lenin" in draft.entries  # the project's own entries are kept
    proposed = [e for e in draft.entries.values() if e.element.get("cert") == "low"]
    assert {e.kind for e in proposed} == {"person", "place", "org"}
    vienna = next(e for e in proposed if e.normalized == "Vienna")
    assert vienna.element.find(f"{T}idno").text == "2761369"
    assert vienna.element.find(f"{T}location/{T}geo") is not None
    assert vienna.element.find(f"{T}note").get("type") == "proposed"
    # the draft is a registers directory the names pass can use
    root = tei("<p>Later Schoberlechner went to Dresden; the Donation of Constantine.</p>")
    names.run(root, context(out))
    found = tagged(root, "persName") + tagged(root, "placeName")
    assert [text for text, _ in found] == ["Schoberlechner", "Dresden"]
    assert write_proposals([_file(tmp_path, registers)], registers, tmp_path / "again") == counts
    assert (out / "persons.xml").read_bytes() == (tmp_path / "again" / "persons.xml").read_bytes()


def test_the_command_writes_the_draft_and_convert_uses_it(tmp_path, registers):
    from typer.testing import CliRunner

    from edition.cli import app
    runner = CliRunner()
    path = _file(tmp_path, registers)
    out = tmp_path / "draft"
    result = runner.invoke(app, ["entities", "--propose", str(path), "-o", str(out),
                                 "--registers", str(registers)])
    assert result.exit_code == 0, result.output
    assert "proposed" in result.output and sorted(p.name for p in out.iterdir()) == [
        "orgs.xml", "persons.xml", "places.xml"]
    missing = runner.invoke(app, ["entities", "--propose", str(path)])
    assert missing.exit_code == 2 and "-o DIR" in missing.output


def test_words_of_a_place_name_make_it_a_place(tmp_path, registers):
    body = "<p>The fleet sailed from Botany Bay to Port Jackson, up the Hawkesbury River.</p>"
    kinds = _kinds(propose([_file(tmp_path, registers, body)], registers))
    assert {kinds.get(n) for n in ("Botany Bay", "Port Jackson", "Hawkesbury River")} == {"place"}


def _proposed(tmp_path, registers, body, lang=None):
    root = tei(body)
    if lang:
        root.set("{http://www.w3.org/XML/1998/namespace}lang", lang)
    names.run(root, context(registers))
    path = tmp_path / "new.xml"
    path.write_bytes(etree.tostring(root))
    return _kinds(propose([path], registers))


def test_publishers_and_places_of_imprints_are_proposed(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p>On printing.<note place="foot" n="1">
        H. S. Bennett, <title>English Books</title> (London: Butterworths, 2002), 41; Ph. Steiner,
        <title>Say</title>, Paris, Economica, 1998, p. 23; A. Tiran, <title>Say</title>, Lyon,
        Presses universitaires de Lyon, 1995; Jean Edward Smith, <title>John Marshall</title> 283
        (Henry Holt 1996).</note></p>""")
    for org in ("Butterworths", "Economica", "Presses universitaires de Lyon", "Henry Holt"):
        assert kinds.get(org) == "org", org
    assert kinds.get("London") == "place" and kinds.get("Lyon") == "place"
    assert kinds.get("Ph. Steiner") == "person" and kinds.get("H. S. Bennett") == "person"
    assert "Presses" not in kinds


def test_routes_addressees_and_surnames_of_persons_named_in_full(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p>Dear Wordsworth,</p>
        <p>Yesterday we walked from Melrose to Dryburgh, and I have been to Jedburgh.
        Sir Walter Raleigh wrote to us. Raleigh did not answer. Scott, whose house we saw, is
        dead.</p>""")
    assert kinds.get("Wordsworth") == "person"
    assert kinds.get("Dryburgh") == "place" and kinds.get("Jedburgh") == "place"
    assert kinds.get("Raleigh") == "person" and kinds.get("Scott") == "person"
    assert "Yesterday I" not in kinds


def test_one_particle_to_a_name_and_declined_russian_places(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p xml:lang="de">Im Frühjahr reiste Karl Theodor von Dalberg von
        Erfurt nach Weimar.</p><p>Alexis de Tocqueville wrote it.</p>
        <p xml:lang="ru">Пушкин был выслан из Одессы в Михайловское. Письмо А. С. Пушкина
        хранится в Москве.</p>""")
    assert kinds.get("Karl Theodor von Dalberg") == "person"
    assert kinds.get("Erfurt") == "place" and kinds.get("Weimar") == "place"
    assert kinds.get("Alexis de Tocqueville") == "person"
    assert kinds.get("Одессы") == "place" and kinds.get("Михайловское") == "place"
    assert kinds.get("А. С. Пушкина") == "person" and "Письмо А. С. Пушкина" not in kinds


def test_places_named_after_saints_and_in_the_parish_of(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p>At St. Ouen the old people speak of St. Clement.
        The records are kept in St. Helier, in the parish of Grouville.</p>""")
    assert kinds.get("St. Ouen") == "place" and kinds.get("St. Helier") == "place"
    assert kinds.get("Grouville") == "place"
    assert kinds.get("St. Clement") == "person"


def test_german_nouns_joined_by_von_are_no_names(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p xml:lang="de">Der Zyklus von Produktion und die
        Einrichtung von Amtsverzeichnissen; Herzog Friedrich zu Meklenburg und
        Joachim von Schwarzkopf schrieben.</p>""")
    assert not [k for k in kinds if "von" in k and "Schwarzkopf" not in k]
    assert kinds.get("Joachim von Schwarzkopf") == "person"


def test_a_letters_signature_is_its_writer(tmp_path, registers):
    kinds = _proposed(tmp_path, registers, """<p>Ever yours affectionately,</p><p>H. C. R.</p>
        <p>Your loving brother,</p><p>Felix.</p>""")
    assert kinds.get("H. C. R.") == "person" and kinds.get("Felix") == "person"

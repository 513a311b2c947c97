# SPDX-License-Identifier: MIT
"""Small hand-written TEI documents and registers for the enrichment tests."""
from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from lxml import etree

from edition.enrich import EnrichContext
from edition.report import Report

NS = "http://www.tei-c.org/ns/1.0"
T = "{%s}" % NS

REGISTER = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>{title}</title></titleStmt>
  <publicationStmt><p>test</p></publicationStmt><sourceDesc><p>test</p></sourceDesc></fileDesc></teiHeader>
  <text><body>{body}</body></text>
</TEI>
"""

PERSONS = """<listPerson>
  <person xml:id="lenin"><persName type="normalized">Lenin, Vladimir Ilyich</persName>
    <persName>Lenin</persName><note>Head of the Soviet government.</note></person>
  <person xml:id="trotsky"><persName type="normalized">Trotsky, Lev</persName>
    <persName>Trotsky</persName><persName>L. Trotsky</persName><persName>Trotsky L. D.</persName>
    <note>Commissar for War.</note></person>
  <person xml:id="stalin"><persName type="normalized">Stalin, Iosif</persName>
    <persName>Stalin</persName><note>General Secretary.</note></person>
  <person xml:id="zinoviev"><persName type="normalized">Zinoviev, Grigory</persName>
    <persName>Zinoviev</persName><persName>G.Zinoviev</persName><note>Comintern.</note></person>
  <person xml:id="kamenev"><persName type="normalized">Kamenev, Lev</persName>
    <persName>Kamenev</persName><persName type="sic">Kame-nev</persName><persName type="sic">Kameney</persName>
    <note>Moscow.</note></person>
  <person xml:id="rykov"><persName type="normalized">Rykov, Alexei</persName>
    <persName>Rykov</persName><persName>Alexei I. Rykov</persName><note>Sovnarkom.</note></person>
  <person xml:id="deutscher"><persName type="normalized">Deutscher, Isaac</persName>
    <persName>Deutscher I.</persName><note>Historian.</note></person>
  <person xml:id="ivan-a"><persName>Ivanov</persName><note>One Ivanov.</note></person>
  <person xml:id="ivan-b"><persName>Ivanov</persName><note>Another Ivanov.</note></person>
</listPerson>
<div type="not-mentions"><list><item>Lenin Enrolment</item></list></div>"""

PLACES = """<listPlace>
  <place xml:id="moscow"><placeName type="normalized">Moscow</placeName><note>City.</note></place>
  <place xml:id="spb"><placeName type="normalized">Saint Petersburg</placeName>
    <placeName type="historical" from="1914" to="1924">Petrograd</placeName>
    <placeName type="historical" from="1924" to="1991">Leningrad</placeName><note>City.</note></place>
  <place xml:id="tsaritsyn"><placeName type="normalized">Tsaritsyn</placeName>
    <placeName type="historical" from="1925">Stalingrad</placeName><note>City.</note></place>
  <place xml:id="mausoleum"><placeName type="normalized">Lenin Mausoleum</placeName>
    <placeName>Lenin mausoleum</placeName><note>Tomb.</note></place>
</listPlace>"""

ORGS = """<listOrg>
  <org xml:id="politburo"><orgName type="normalized">Politburo</orgName><note>Bureau.</note></org>
</listOrg>"""


def write_registers(directory: Path, persons: str = PERSONS, places: str = PLACES, orgs: str = ORGS) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, body in (("persons", persons), ("places", places), ("orgs", orgs)):
        (directory / f"{name}.xml").write_text(REGISTER.format(title=name, body=body), encoding="utf-8")
    return directory


@pytest.fixture
def registers(tmp_path: Path) -> Path:
    return write_registers(tmp_path / "registers")


def tei(body: str, header_title: str = "Lenin in 1924") -> etree._Element:
    return etree.fromstring(
        f'<TEI xmlns="{NS}"><teiHeader><fileDesc><titleStmt><title>{header_title}</title>'
        f"</titleStmt></fileDesc></teiHeader><text><body>{body}</body></text></TEI>")


def context(registers_dir: Path, date_order: str = "day-first") -> EnrichContext:
    # the passes read only date_order from the seed's configuration
    return EnrichContext(config=SimpleNamespace(date_order=date_order), registers_dir=registers_dir,
                         report=Report("test.txt"))


def tagged(root: etree._Element, local: str) -> list[tuple[str, str]]:
    """(text, ref or date attributes) of every element `local` inside <text>, in order."""
    result = []
    for element in root.find(T + "text").iter(T + local):
        if local == "date":
            value = " ".join(f"{k}={v}" for k, v in sorted(element.attrib.items()))
        else:
            value = element.get("ref")
        result.append(("".join(element.itertext()), value))
    return result


def text_of(root: etree._Element) -> str:
    return "".join(root.find(T + "text").itertext())


def proposals_for(tmp_path: Path, registers_dir: Path, body: str) -> list:
    """The proposals for a small TEI document (tagged with the registers first, as `edition
    convert` does)."""
    from edition.enrich import names
    from edition.enrich.propose import propose
    root = tei(body)
    names.run(root, context(registers_dir))
    path = tmp_path / "new.xml"
    path.write_bytes(etree.tostring(root))
    return propose([path], registers_dir)


def proposed_kinds(tmp_path: Path, registers_dir: Path, body: str) -> dict[str, str]:
    """Each form the proposals for a small TEI document hold, with its proposed kind."""
    return {form: p.kind for p in proposals_for(tmp_path, registers_dir, body) for form in p.variants}

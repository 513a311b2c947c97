# SPDX-License-Identifier: MIT
"""The Schematron rules run in one walk report what lxml's own ISO Schematron reports."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from lxml import etree, isoschematron

from edition.schematron import SVRL_NS, Rules
from edition.validate import SCHEMATRON_PATH
from edition.xmlsafe import parse_xml

HERE = Path(__file__).parent

# two patterns; in the first an element that matches both rules fires only the first one
SCHEMA = b"""<sch:schema xmlns:sch="http://purl.oclc.org/dsdl/schematron" queryBinding="xslt">
  <sch:pattern id="first">
    <sch:rule context="a[@x]"><sch:assert test="@x = 'ok'">a with a bad x</sch:assert></sch:rule>
    <sch:rule context="a"><sch:assert test="@y">a without y</sch:assert></sch:rule>
  </sch:pattern>
  <sch:pattern id="second">
    <sch:rule context="*[@x]"><sch:report test="@x = 'bad'">x is bad</sch:report></sch:rule>
  </sch:pattern>
</sch:schema>"""

DOCUMENT = b"""<r>
  <a x="bad"/>
  <a/>
  <a x="ok"/>
  <b x="bad"><a y="1"/><a><a x="bad"/></a></b>
</r>"""


def _lxml_findings(schema: etree._ElementTree, tree: etree._ElementTree) -> Counter:
    rules = isoschematron.Schematron(schema, store_report=True)
    rules.validate(tree)
    report = rules.validation_report.getroot()
    return Counter((e.get("location"), " ".join(e.findtext(f"{{{SVRL_NS}}}text", "").split()))
                   for e in report.iter(f"{{{SVRL_NS}}}failed-assert", f"{{{SVRL_NS}}}successful-report"))


def _findings(schema: etree._ElementTree, tree: etree._ElementTree) -> Counter:
    return Counter((f.location, f.message) for f in Rules(schema).findings(tree))


def test_the_first_matching_rule_of_a_pattern_fires_and_every_pattern_is_asked():
    schema = etree.ElementTree(etree.fromstring(SCHEMA))
    tree = etree.ElementTree(etree.fromstring(DOCUMENT))
    found = _findings(schema, tree)
    messages = Counter(message for _location, message in found.elements())
    # the bad a's fire the first rule only (not "a without y"); the two a's without x and y
    # fire the second; every element with x="bad" is reported by the second pattern
    assert messages == Counter({"a with a bad x": 2, "a without y": 2, "x is bad": 3})
    assert found == _lxml_findings(schema, tree)


def test_the_project_rules_report_what_lxml_reports_on_every_broken_file():
    schema = parse_xml(SCHEMATRON_PATH)
    compared = 0
    for path in sorted((HERE / "broken").glob("*.xml")):
        tree = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True, recover=True))
        expected = _lxml_findings(schema, tree)
        assert _findings(schema, tree) == expected, path.name
        compared += sum(expected.values())
    assert compared >= 15  # the broken files do break the rules

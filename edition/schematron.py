# SPDX-License-Identifier: MIT
"""Schematron rules compiled for one walk over the document.

lxml's ISO Schematron compiles each pattern into a mode of its own and walks the whole
document once per pattern, and once more per pattern in the default mode, writing a
`fired-rule` element for every rule that matches. On a long book that is twenty walks and
hundreds of thousands of result elements, and libxml2's cost per node grows with the size of
the tree. The stylesheet lxml compiles is rewritten here so that one walk visits each element
once and asks every pattern's rules about it there; each pattern's rules keep their
priorities, so an element still fires the first rule of a pattern that matches it, as the
Schematron standard has it. Only the failed assertions and successful reports are written.
The walk visits elements: a rule whose context is an attribute or a text node is not asked
(the project's rules are all about elements).
"""
from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from lxml import etree, isoschematron

XSL_NS = "http://www.w3.org/1999/XSL/Transform"
SVRL_NS = "http://purl.oclc.org/dsdl/svrl"
_XSL = f"{{{XSL_NS}}}"
_SVRL = f"{{{SVRL_NS}}}"
_PATTERN_MODE = re.compile(r"M\d+")
_WALK = "one-walk"


@dataclass(frozen=True)
class Finding:
    """A failed assertion or a successful report: its message and the path of its node."""
    location: str
    message: str


def _one_walk(validator: etree._ElementTree) -> etree._ElementTree:
    """lxml's compiled stylesheet, its walks per pattern made into one."""
    xslt = copy.deepcopy(validator)
    root = xslt.getroot()
    for fired in list(root.iter(_SVRL + "fired-rule")):
        fired.getparent().remove(fired)
    modes: list[str] = []
    for template in root.findall(_XSL + "template"):
        mode = template.get("mode") or ""
        if not _PATTERN_MODE.fullmatch(mode):
            continue
        if template.get("priority") == "-2":  # the walk on to the children: now done once
            root.remove(template)
            continue
        for walk_on in template.findall(_XSL + "apply-templates"):
            if walk_on.get("mode") == mode:
                template.remove(walk_on)
        if mode not in modes:
            modes.append(mode)
    start = next(t for t in root.findall(_XSL + "template") if t.get("match") == "/" and not t.get("mode"))
    for call in list(start.iter(_XSL + "apply-templates")):
        # each pattern's walk from the root, and the default mode's walk inside its
        # active-pattern element (which writes nothing: text is stripped)
        if call.get("mode") in modes or call.get("mode") is None:
            call.getparent().remove(call)
    output = next(child for child in start if isinstance(child.tag, str))
    etree.SubElement(output, _XSL + "apply-templates", select="/", mode=_WALK)
    walk = etree.SubElement(root, _XSL + "template", match="/ | *", mode=_WALK)
    for mode in modes:
        etree.SubElement(walk, _XSL + "apply-templates", select=".", mode=mode)
        # a node no rule of the pattern matches: nothing to do
        etree.SubElement(root, _XSL + "template", match="/ | *", mode=mode, priority="-2")
    etree.SubElement(walk, _XSL + "apply-templates", select="*", mode=_WALK)
    return xslt


class Rules:
    """A Schematron schema, ready to be run over many documents."""

    def __init__(self, schema: etree._ElementTree) -> None:
        compiled = isoschematron.Schematron(schema, store_xslt=True).validator_xslt
        self.stylesheet = _one_walk(compiled)
        self._transform = etree.XSLT(self.stylesheet)

    def findings(self, tree: etree._ElementTree) -> list[Finding]:
        report = self._transform(tree)
        found = []
        for element in report.getroot().iter(_SVRL + "failed-assert", _SVRL + "successful-report"):
            message = " ".join(element.findtext(_SVRL + "text", "").split())
            found.append(Finding(element.get("location", "/"), message))
        return found

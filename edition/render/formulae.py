# SPDX-License-Identifier: MIT
"""Formulae written in TeX (`<formula notation="TeX">`) made presentable: each gets its
MathML (latex2mathml) as a child, which the web edition and the EPUB show as mathematics
and the print edition sets as Typst math (xslt/typst/render.xsl). The TeX stays the
formula's text; a formula that does not convert is shown as written."""
from __future__ import annotations

import copy

from lxml import etree

TEI = "{http://www.tei-c.org/ns/1.0}"
MATHML_NS = "http://www.w3.org/1998/Math/MathML"
TEX_NOTATIONS = {"tex", "latex", "texmath", "tex-math"}
# a formula longer than this is shown as written: the converter is not made for documents
MAX_TEX = 2000


def _is_tex(formula: etree._Element) -> bool:
    notation = (formula.get("notation") or "").strip().lower()
    return notation in TEX_NOTATIONS and len(formula) == 0 and 0 < len((formula.text or "").strip()) <= MAX_TEX


def has_tex(tree: etree._ElementTree) -> bool:
    return any(_is_tex(f) for f in tree.getroot().iter(f"{TEI}formula"))


def mathml(tex: str) -> etree._Element | None:
    """The MathML of a TeX formula, or None when it does not convert."""
    try:
        from latex2mathml.converter import convert
        markup = convert(tex.strip())
        math = etree.fromstring(markup.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    except Exception:  # the converter raises many kinds of errors on what it cannot read
        return None
    return math if etree.QName(math).namespace == MATHML_NS else None


def with_mathml(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy of `tree` whose TeX formulae hold their MathML; `tree` itself when it has none."""
    if not has_tex(tree):
        return tree
    tree = copy.deepcopy(tree)
    for formula in tree.getroot().iter(f"{TEI}formula"):
        if _is_tex(formula):
            math = mathml(formula.text)
            if math is not None:
                math.tail = None
                formula.append(math)
    return tree

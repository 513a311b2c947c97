# SPDX-License-Identifier: MIT
"""Distributed Proofreaders' page separators as a project's concatenated text gives them: with
the proofers' names after the scan's name."""
from __future__ import annotations

from .conftest import NS, notes, pbs, reading

TEXT = ("-----File: 007.png---\\maria\\j_doe\\Proofer3\\---------------\n"
        "The ferry crossed the river twice a day in the summer, and once in the\n\n"
        "[Footnote 1: Parish accounts, 1788.]\n"
        "-----File: 008.png---\\maria\\k.l\\----------------------\n"
        "winter, when the ice allowed it.[1]\n")


def test_separators_with_proofers_names_break_pages(convert):
    root, _ = convert(TEXT)
    assert [pb.get("facs") for pb in pbs(root)] == ["007.png", "008.png"]
    body = root.find(".//t:body", NS)
    assert "and once in the winter, when the ice allowed it." in reading(body)
    assert "File:" not in reading(body)
    assert [reading(n) for n in notes(root)] == ["Parish accounts, 1788."]

# SPDX-License-Identifier: MIT
"""Each evaluation script writes its table into EVALUATION.md under its own `## ` heading,
leaving the rest of the file as it is."""
from __future__ import annotations

from pathlib import Path

EVALUATION = Path(__file__).resolve().parent.parent / "EVALUATION.md"


def write_section(heading: str, intro: str, table: str, before: str | None = None) -> None:
    """Replace the section under `heading` (up to the next `## `), or add it: before the
    section headed `before` where there is one, else at the end."""
    current = EVALUATION.read_text(encoding="utf-8") if EVALUATION.exists() else "# Evaluation\n"
    section = f"{heading}\n\n{intro}\n{table.rstrip()}\n"
    start = current.find(heading)
    if start == -1:
        at = current.find("\n" + before) if before else -1
        updated = (current[:at + 1] + section + "\n" + current[at + 1:] if at != -1
                   else current.rstrip("\n") + "\n\n" + section)
    else:
        following = current.find("\n## ", start + len(heading))
        updated = current[:start] + section + ("\n" + current[following + 1:] if following != -1 else "")
    EVALUATION.write_text(updated, encoding="utf-8")

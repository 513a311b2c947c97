# SPDX-License-Identifier: MIT
"""Where the project is: the directory that holds `tei/registers/`, found from a path."""
from __future__ import annotations

from pathlib import Path

REGISTERS = Path("tei") / "registers"


def find_project(*starts: Path) -> Path | None:
    """The nearest directory at or above one of `starts` that holds tei/registers/."""
    for start in starts:
        here = start.resolve()
        for directory in (here, *here.parents):
            if (directory / REGISTERS).is_dir():
                return directory
    return None

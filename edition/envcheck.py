# SPDX-License-Identifier: MIT
"""Is the environment whole? Every module the program needs can be found (not imported: fast).

`python -m edition.envcheck` exits 0 when it is, else prints the missing module and exits 4;
`make` runs it to notice a broken .venv and install it again.
"""
from __future__ import annotations

import importlib.util
import sys

# the distributions of pyproject.toml's dependencies, by the module each provides
REQUIRED = ("lxml", "saxonche", "xmlschema", "typer", "typst", "bagit", "rich", "edition.cli")


def missing_modules() -> list[str]:
    missing = []
    for name in REQUIRED:
        try:
            if importlib.util.find_spec(name) is None:
                missing.append(name)
        except (ImportError, ValueError):
            missing.append(name)
    return missing


def main() -> int:
    missing = missing_modules()
    if missing:
        print(f"error: the installation is broken: module {missing[0]!r} is missing "
              "(run 'make setup' to repair the environment)", file=sys.stderr)
        return 4
    return 0


if __name__ == "__main__":
    sys.exit(main())

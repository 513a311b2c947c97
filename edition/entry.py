# SPDX-License-Identifier: MIT
"""The `edition` command: a broken installation is one line, not a traceback."""
from __future__ import annotations

import sys


def main() -> None:
    try:
        from edition.cli import main as cli_main
    except ImportError as exc:
        name = getattr(exc, "name", None) or str(exc)
        print(f"error: the installation is broken: module {name!r} is missing "
              "(run 'make setup', or pip install -e ., to repair the environment)", file=sys.stderr)
        raise SystemExit(4) from None
    cli_main()


if __name__ == "__main__":
    main()

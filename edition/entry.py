# SPDX-License-Identifier: MIT
"""The `edition` command: a broken installation, or a stop before or after the command runs,
is one line, not a traceback or a death by signal."""
from __future__ import annotations

import sys


def main() -> None:
    # SIGTERM/SIGHUP are caught before the slow imports, and ignored once the command is over
    from edition.process import catch_stop_signals, ignore_stop_signals
    catch_stop_signals()
    try:
        try:
            from edition.cli import main as cli_main
            cli_main()
        finally:
            ignore_stop_signals()
    except ImportError as exc:
        name = getattr(exc, "name", None) or str(exc)
        print(f"error: the installation is broken: module {name!r} is missing "
              "(run 'make setup', or pip install -e ., to repair the environment)", file=sys.stderr)
        raise SystemExit(4) from None
    except KeyboardInterrupt:  # a stop before or after the command, which handles its own
        ignore_stop_signals()
        print("error: interrupted; finished outputs are kept, unfinished ones were not written",
              file=sys.stderr)
        raise SystemExit(130) from None


if __name__ == "__main__":
    main()

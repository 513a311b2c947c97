# SPDX-License-Identifier: MIT
"""SIGTERM stops a run as Ctrl-C does at every moment the program can act on it: while its
modules load, while the command line is parsed (held back until the command runs) and after
the command ended (ignored to the exit, so the exit code stays the command's own)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

TEI = sorted((Path(__file__).resolve().parents[2] / "tei").glob("*.xml"))[0]


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, timeout=60, check=False)


def test_a_stop_held_back_lands_when_released():
    done = _run("""
        import os, signal
        from edition.process import catch_stop_signals, hold_stop_signals, release_stop_signals
        catch_stop_signals()
        hold_stop_signals()
        os.kill(os.getpid(), signal.SIGTERM)
        print("still running")
        try:
            release_stop_signals()
            print("not stopped")
        except KeyboardInterrupt:
            print("stopped")
    """)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["still", "running", "stopped"]


def test_a_stop_after_the_command_keeps_its_exit_code():
    # a library's thread is still running: a process-directed signal may land in it
    done = _run("""
        import os, signal, sys, threading, time
        from edition.process import catch_stop_signals, ignore_stop_signals
        catch_stop_signals()
        threading.Thread(target=time.sleep, args=(5,), daemon=True).start()
        ignore_stop_signals()  # what the command line does once the command is over
        for _ in range(5):
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(0.05)
        sys.exit(0)
    """)
    assert done.returncode == 0, (done.returncode, done.stderr)


def test_a_stop_while_the_modules_load_is_one_line_and_exit_130():
    # the signal comes from inside the import of the command line, the slow part of starting
    done = _run("""
        import builtins, os, signal, sys
        real_import = builtins.__import__
        def importing(name, *args, **kwargs):
            if name == "typer":
                os.kill(os.getpid(), signal.SIGTERM)
            return real_import(name, *args, **kwargs)
        builtins.__import__ = importing
        sys.argv = ["edition", "stats"]
        from edition.entry import main
        main()
    """)
    assert done.returncode == 130, (done.returncode, done.stderr)
    assert "interrupted" in done.stderr and "Traceback" not in done.stderr


def test_a_stop_while_the_command_line_is_parsed_reaches_the_command():
    # the signal comes while typer parses the arguments, before the command's own code
    done = _run(f"""
        import os, signal, sys
        from typer.core import TyperCommand
        real_parse = TyperCommand.parse_args
        def parsing(self, ctx, args):
            os.kill(os.getpid(), signal.SIGTERM)
            return real_parse(self, ctx, args)
        TyperCommand.parse_args = parsing
        sys.argv = ["edition", "stats", {str(TEI)!r}]
        from edition.entry import main
        main()
    """)
    assert done.returncode == 130, (done.returncode, done.stderr)
    assert "interrupted" in done.stderr and "Traceback" not in done.stderr

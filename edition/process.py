# SPDX-License-Identifier: MIT
"""What every run of the command line sets up: its own temporary directory, and a clean stop.

Temporary files of a run go into one directory of its own (edition-PID-... in the system's
temporary directory), removed when the run ends; one left by a run that was killed is removed
by the next. SIGTERM and SIGHUP stop a run as Ctrl-C does, so that nothing half-written is left.
"""
from __future__ import annotations

import atexit
import os
import shutil
import signal
import tempfile
from pathlib import Path

PREFIX = "edition-run-"
_STOPS = (signal.SIGTERM, signal.SIGHUP)


def _alive(pid: int, entry: Path) -> bool:
    """Is the run that made `entry` still going (a reused process number is another run)?"""
    from edition.fileio import pid_alive
    try:
        made = entry.lstat().st_mtime
    except OSError:
        return False
    return pid_alive(pid, made)


def remove_stale_runs(base: Path) -> None:
    """Remove the temporary directories of runs that no longer exist."""
    try:
        entries = list(base.iterdir())
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(PREFIX) or entry.is_symlink() or not entry.is_dir():
            continue
        pid = entry.name[len(PREFIX):].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid), entry):
            shutil.rmtree(entry, ignore_errors=True)


def _stop(signum: int, _frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")


def catch_stop_signals() -> None:
    """SIGTERM and SIGHUP stop the run as Ctrl-C does (called before anything slow is imported)."""
    for signum in _STOPS:
        try:
            signal.signal(signum, _stop)
        except (ValueError, OSError):  # not the main thread
            pass


def hold_stop_signals() -> None:
    """Hold SIGTERM and SIGHUP back in this thread while the command line is parsed: one that
    comes is kept pending until release_stop_signals(), where the command stops cleanly."""
    try:
        signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    except (ValueError, OSError, AttributeError):
        pass


def ignore_stop_signals() -> None:
    """From the command's end to the exit SIGTERM and SIGHUP are ignored: the run is over, and
    Python's shutdown would otherwise restore their default action, so that one arriving then
    (in any thread, a library's included) would kill the process without its exit code."""
    for signum in _STOPS:
        try:
            signal.signal(signum, signal.SIG_IGN)
        except (ValueError, OSError):
            pass


def release_stop_signals() -> None:
    try:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
    except (ValueError, OSError, AttributeError):
        pass


def process_setup() -> None:
    """Give this run its own temporary directory and a clean stop on SIGTERM/SIGHUP."""
    catch_stop_signals()
    base = Path(tempfile.gettempdir())
    remove_stale_runs(base)
    try:
        own = tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base)
    except OSError:
        return
    tempfile.tempdir = own
    os.environ["TMPDIR"] = own  # child processes (typst, the worker pool) use it too
    pid = os.getpid()
    atexit.register(lambda: shutil.rmtree(own, ignore_errors=True) if os.getpid() == pid else None)

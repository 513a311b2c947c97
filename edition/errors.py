# SPDX-License-Identifier: MIT
"""The project's exceptions and the exit codes the CLI maps them to."""
from __future__ import annotations

import errno
import os
import re
from pathlib import Path

# exit codes, one table for the whole CLI
EXIT_OK = 0
EXIT_INVALID = 1      # a file was checked and found invalid
EXIT_INPUT = 2        # bad input: missing, unreadable, malformed seed, TOML or XML
EXIT_RENDER = 3       # an output stage (Saxon, Typst, BagIt) failed
EXIT_ENVIRONMENT = 4  # the installation is broken (a missing module)
EXIT_DEFECT = 70      # an error the program did not foresee (a defect, reported in one line)
EXIT_INTERRUPTED = 130

# C0 and C1 control characters (escape sequences among them) never reach the terminal as such
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str, one_line: bool = True) -> str:
    """`text` with control characters shown as \\xNN, and (unless `one_line` is False) on one line."""
    if one_line:
        text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class EditionError(Exception):
    """An error an editor can act on: where it is, what is wrong, what to do."""

    exit_code = EXIT_INPUT

    def __init__(self, message: str, file: str | Path | None = None,
                 line: int | None = None, column: int | None = None,
                 hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.column = column
        self.hint = hint

    def location(self) -> str:
        parts = [p for p in (self.file, self.line, self.column) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        return terminal_safe(f"{text} ({self.hint})" if self.hint else text)


class InputError(EditionError):
    """A seed that cannot be read or understood."""


class ConfigError(EditionError):
    """A seed's TOML that is malformed or incomplete."""

    # the TOML table and key the error is about, when its line is not known yet
    where: tuple[str, ...] = ()


class XMLInputError(EditionError):
    """A TEI file that is not well-formed or is unsafe to parse."""


class OutputError(EditionError):
    """An output that cannot be written."""


class ValidationFailed(EditionError):
    """One or more files are invalid."""
    exit_code = EXIT_INVALID


class RenderError(EditionError):
    """An output stage failed (XSLT, Typst, packaging)."""
    exit_code = EXIT_RENDER


class EnvironmentBroken(EditionError):
    """A module the program needs is not installed."""
    exit_code = EXIT_ENVIRONMENT


class Defect(EditionError):
    """An exception the program did not foresee, reported in one line."""
    exit_code = EXIT_DEFECT


class Interrupted(EditionError):
    exit_code = EXIT_INTERRUPTED


_WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG}


def as_edition_error(exc: BaseException) -> EditionError | None:
    """The one-line error any exception is reported as; None for one to let through.

    With EDITION_TRACEBACK=1 in the environment only EditionErrors are turned into one line.
    """
    if isinstance(exc, EditionError):
        return exc
    if isinstance(exc, KeyboardInterrupt):
        return Interrupted("interrupted; finished outputs are kept, unfinished ones were not written")
    if isinstance(exc, (SystemExit, GeneratorExit)) or os.environ.get("EDITION_TRACEBACK"):
        return None
    if isinstance(exc, ImportError):
        name = getattr(exc, "name", None) or str(exc)
        return EnvironmentBroken(f"the installation is broken: module {name!r} is missing",
                                 hint="run 'make setup' (or pip install -e .) to repair the environment")
    if isinstance(exc, MemoryError):
        return RenderError("out of memory", hint="close other programs or split the edition")
    if isinstance(exc, OSError):
        where = exc.filename
        if exc.errno in _WRITE_ERRNOS or exc.errno in (errno.EACCES, errno.EPERM) and where is not None:
            return OutputError(f"cannot write: {exc.strerror or exc}", where,
                               hint="free disk space, or check the path and its permissions")
        return InputError(f"{exc.strerror or exc}", where, hint="check the path and its permissions")
    name = type(exc).__name__
    if name == "BrokenProcessPool":
        return RenderError("a worker process died (out of memory or killed)",
                           hint="run again with --jobs 1 to see which edition")
    detail = " ".join(str(exc).split())[:200]
    return Defect(f"internal error: {name}: {detail}" if detail else f"internal error: {name}",
                  hint="this is a defect of the program; EDITION_TRACEBACK=1 shows where")

# SPDX-License-Identifier: MIT
"""The project's exceptions and the exit codes the CLI maps them to."""
from __future__ import annotations

from pathlib import Path

# exit codes, one table for the whole CLI
EXIT_OK = 0
EXIT_INVALID = 1      # a file was checked and found invalid
EXIT_INPUT = 2        # bad input: missing, unreadable, malformed seed, TOML or XML
EXIT_RENDER = 3       # an output stage (Saxon, Typst, BagIt) failed


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
        return f"{text} ({self.hint})" if self.hint else text


class InputError(EditionError):
    """A seed that cannot be read or understood."""


class ConfigError(EditionError):
    """A seed's TOML that is malformed or incomplete."""


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

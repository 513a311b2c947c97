# SPDX-License-Identifier: MIT
"""Warnings collected while converting: anomalies an editor should look at."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Warning_:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: warning: {self.message}"


@dataclass
class Report:
    """Collects warnings for one input file; readers and passes call `warn`."""
    file: str
    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, message: str, line: int | None = None) -> None:
        self.warnings.append(Warning_(self.file, line, message))

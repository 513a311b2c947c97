# SPDX-License-Identifier: MIT
"""Warnings collected while converting: anomalies an editor should look at."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Warning_:
    """One anomaly; `loss` when something of the input may not reach the TEI as it was
    (a character replaced): `--strict` fails on those only."""
    file: str
    line: int | None
    message: str
    loss: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        kind = "warning (possible loss)" if self.loss else "warning"
        return f"{where}: {kind}: {self.message}"


@dataclass
class Report:
    """Collects warnings for one input file; readers and passes call `warn`."""
    file: str
    warnings: list[Warning_] = field(default_factory=list)

    def warn(self, message: str, line: int | None = None, loss: bool = False) -> None:
        self.warnings.append(Warning_(self.file, line, message, loss))

    @property
    def losses(self) -> list[Warning_]:
        return [warning for warning in self.warnings if warning.loss]

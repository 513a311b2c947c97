# SPDX-License-Identifier: MIT
"""Typst in a child process with bounded memory and time: a build never takes the machine down.

The child sets its own address-space limit before it starts typst; if typst needs more, the
child fails alone and the parent reports one line. The limits can be changed with the
environment variables EDITION_MEMORY_LIMIT_MB and EDITION_TIME_LIMIT_S.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

DEFAULT_MEMORY_MB = 6144
DEFAULT_TIME_S = 900


@dataclass(frozen=True)
class Limits:
    memory_mb: int
    time_s: int


def _from_env(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        return default
    return number if number > 0 else default


def current_limits() -> Limits:
    """The limits in force: the environment's, else the defaults, which never exceed the
    machine: ¾ of its memory shared among its cores (make builds one edition per core), at
    least 2 GB, at most DEFAULT_MEMORY_MB."""
    memory = _from_env("EDITION_MEMORY_LIMIT_MB", 0)
    try:
        physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    except (ValueError, OSError, AttributeError):
        physical = 0
    if not memory:
        share = physical * 3 // 4 // max(1, os.cpu_count() or 1) if physical else DEFAULT_MEMORY_MB
        memory = min(DEFAULT_MEMORY_MB, max(2048, share))
    if physical:
        memory = min(memory, max(512, physical * 3 // 4))  # never more than the machine has
    return Limits(memory, _from_env("EDITION_TIME_LIMIT_S", DEFAULT_TIME_S))


class LimitExceeded(Exception):
    def __init__(self, what: str, limits: Limits):
        super().__init__(what)
        self.what = what
        self.limits = limits


class ChildFailed(Exception):
    """The child reported an error of its own (a dict with what typst said)."""

    def __init__(self, report: dict[str, Any]):
        super().__init__(report.get("message", "typst failed"))
        self.report = report


_CHILD = """
import json, resource, sys
request = json.loads(sys.stdin.read())
limit = request["memory_mb"] * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
try:
    import typst
except ModuleNotFoundError as exc:
    print(json.dumps({"ok": False, "missing": exc.name}))
    raise SystemExit(0)
except (ImportError, OSError, MemoryError):  # its library cannot even be mapped under the limit
    print(json.dumps({"ok": False, "memory": True}))
    raise SystemExit(0)
try:
    options, selector = request["options"], request.get("query")
    if selector is None:
        typst.compile(request["input"], output=request["output"], **options)
        print(json.dumps({"ok": True}))
    else:
        # the query after the compile reuses its layout: it costs next to nothing
        setup = {k: options.pop(k) for k in ("root", "font_paths", "ignore_system_fonts", "sys_inputs")
                 if k in options}
        compiler = typst.Compiler(input=request["input"], **setup)
        compiler.compile(output=request["output"], **options)
        found = compiler.query(selector, field="value", one=True)
        print(json.dumps({"ok": True, "query": json.loads(found)}))
except MemoryError:
    print(json.dumps({"ok": False, "memory": True}))
except Exception as exc:
    print(json.dumps({"ok": False, "message": str(getattr(exc, "message", exc)),
                      "diagnostic": str(getattr(exc, "diagnostic", "") or ""),
                      "hints": [str(h) for h in (getattr(exc, "hints", None) or [])],
                      "kind": type(exc).__name__}))
"""


def _die_with_parent() -> None:
    """In the child: end with the build that started it (Linux), never left running on its own
    to write an output after a killed build."""
    try:
        import ctypes
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def compile_in_child(input_path: str, output_path: str, options: dict[str, Any],
                     limits: Limits | None = None, query: str | None = None) -> Any:
    """typst.compile(input_path, output=output_path, **options) in a child process; with
    `query` (a selector of one element), also the value of that element of the document."""
    limits = limits or current_limits()
    request = json.dumps({"input": input_path, "output": output_path, "options": options,
                          "memory_mb": limits.memory_mb, "query": query})
    try:
        done = subprocess.run([sys.executable, "-c", _CHILD], input=request, capture_output=True,
                              text=True, timeout=limits.time_s, check=False, preexec_fn=_die_with_parent)
    except subprocess.TimeoutExpired:
        raise LimitExceeded("time", limits) from None
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    report = json.loads(lines[-1]) if lines else None
    if report is None:
        # killed or aborted: Rust aborts when an allocation fails under the limit
        if done.returncode < 0 or "memory allocation" in done.stderr or "out of memory" in done.stderr.lower():
            raise LimitExceeded("memory", limits)
        raise ChildFailed({"message": (done.stderr.strip().splitlines() or ["typst stopped"])[-1][:300]})
    if report.get("memory"):
        raise LimitExceeded("memory", limits)
    if report.get("missing"):
        raise ModuleNotFoundError(f"No module named {report['missing']!r}", name=report["missing"])
    if not report.get("ok"):
        raise ChildFailed(report)
    return report.get("query")

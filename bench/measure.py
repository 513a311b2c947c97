# SPDX-License-Identifier: MIT
"""How long a command runs, how much CPU it and its children use, and their peak memory."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
STAGE = str(ROOT / "bench" / "stage.py")


def measure(cmd: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> dict:
    """Run a command; its wall time, the CPU time of it and its children (typst, java), and the
    peak resident memory of the largest process of the run (wait4's resource usage)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})})
    # read both pipes to their end before reaping, so that a chatty process never blocks
    out, err = _drain(proc)
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - start
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024,
            "out": out.decode("utf-8", "replace"), "err": err.decode("utf-8", "replace"),
            "code": proc.returncode}


def _drain(proc: subprocess.Popen) -> tuple[bytes, bytes]:
    chunks: dict[str, bytes] = {}

    def read(name: str, stream) -> None:
        chunks[name] = stream.read()
        stream.close()
    readers = [threading.Thread(target=read, args=(name, stream))
               for name, stream in (("out", proc.stdout), ("err", proc.stderr))]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    return chunks["out"], chunks["err"]


def run_stage(stage: str, *args: str) -> dict:
    """One stage in a fresh process: its own time (imports excluded), the process's wall and
    CPU time, and the peak memory of the process and its children."""
    run = measure([PY, STAGE, stage, *args])
    if run["code"] != 0:
        raise SystemExit(f"stage {stage} failed:\n{run['err'][-2000:]}")
    result = json.loads(run["out"].strip().splitlines()[-1])
    return {"stage_s": result["seconds"], "wall_s": run["wall"], "cpu_s": run["cpu"],
            "peak_mb": max(result["peak_mb"], run["peak_mb"])}


def table(headers: list[str], rows: list[list]) -> str:
    def fmt(v):
        return f"{v:.3f}" if isinstance(v, float) else str(v)
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)

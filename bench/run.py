# SPDX-License-Identifier: MIT
"""Benchmark: time and peak memory per stage, scaling on generated corpora, pandoc side by side.

Run with `make bench` (from the project root). Prints markdown tables and writes them to
build/bench/results.md; every figure of one run is measured in that run, so ratios between
rows are comparable even on a noisy machine.
"""
from __future__ import annotations

import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402

PY = sys.executable
STAGE = str(ROOT / "bench" / "stage.py")
REGISTERS = str(ROOT / "tei" / "registers")
FACTORS = (1, 10, 100)


def measure(cmd: list[str], cwd: Path = ROOT) -> dict:
    """Run a command; return its wall time, exit code and output."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    return {"wall": wall, "out": out, "err": err, "code": proc.returncode}


def run_stage(stage: str, *args: str) -> dict:
    """One stage in a fresh process: its own time, the process's wall time and peak memory."""
    run = measure([PY, STAGE, stage, *args])
    if run["code"] != 0:
        raise SystemExit(f"stage {stage} failed:\n{run['err'][-2000:]}")
    result = json.loads(run["out"].strip().splitlines()[-1])
    return {"stage_s": result["seconds"], "wall_s": run["wall"], "peak_mb": result["peak_mb"]}


def words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def table(headers: list[str], rows: list[list]) -> str:
    def fmt(v):
        return f"{v:.3f}" if isinstance(v, float) else str(v)
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(fmt(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def seeds() -> list[tuple[Path, str, str]]:
    found = []
    for toml in sorted((ROOT / "seeds").glob("*.toml")):
        edition = tomllib.loads(toml.read_text(encoding="utf-8"))["edition"]
        found.append((toml.with_suffix(".txt"), edition["id"], edition["reader"]))
    return found


def stages_on_seeds(work: Path) -> str:
    rows = []
    tei_files = []
    for seed, eid, _reader in seeds():
        tei = work / f"{eid}.xml"
        r = run_stage("read-write", str(seed), str(work / f"{eid}.plain.xml"), REGISTERS)
        rows.append(["read+write", eid, r["stage_s"], r["wall_s"], r["peak_mb"]])
        r = run_stage("convert", str(seed), str(tei), REGISTERS)
        rows.append(["convert+enrich", eid, r["stage_s"], r["wall_s"], r["peak_mb"]])
        tei_files.append(tei)
    for tei in tei_files:
        r = run_stage("validate", str(tei))
        rows.append(["validate (XSD+Schematron)", tei.stem, r["stage_s"], r["wall_s"], r["peak_mb"]])
    r = run_stage("html", str(work / "html"), *map(str, tei_files))
    rows.append(["html (whole site)", "all", r["stage_s"], r["wall_s"], r["peak_mb"]])
    for tei in tei_files:
        for stage, suffix in (("pdf", ".pdf"), ("epub", ".epub")):
            r = run_stage(stage, str(tei), str(work / f"{tei.stem}{suffix}"))
            rows.append([stage, tei.stem, r["stage_s"], r["wall_s"], r["peak_mb"]])
        r = run_stage("deposit", str(tei), str(work / "deposit"), REGISTERS)
        rows.append(["deposit", tei.stem, r["stage_s"], r["wall_s"], r["peak_mb"]])
    return "## Stages on the seeds\n\n" + table(
        ["stage", "edition", "stage time s", "process wall s", "peak MB"], rows)


def scaling_and_pandoc(work: Path) -> str:
    pandoc = shutil.which("pandoc")
    rows, ratios = [], []
    for seed, _eid, reader in seeds():
        times = {}
        for factor in FACTORS:
            corpus = make_corpus(seed, reader, factor, work / "corpora")
            r = run_stage("convert", str(corpus), str(work / f"{corpus.stem}.xml"), REGISTERS)
            times[factor] = r["stage_s"]
            n = words(corpus)
            if pandoc:
                p = measure([pandoc, "-f", "markdown", "-t", "tei", str(corpus), "-o",
                             str(work / f"{corpus.stem}.pandoc.xml")])
                pandoc_s = p["wall"]
                ratio = r["wall_s"] / pandoc_s
                ratio_cell = f"{ratio:.2f}"
            else:
                pandoc_s, ratio_cell = "not installed", "–"
            rows.append([f"{seed.stem} x{factor}", n, r["stage_s"], round(n / r["stage_s"]), r["wall_s"],
                         r["peak_mb"], pandoc_s, ratio_cell])
        ratios.append([seed.stem, times[100] / times[10]])
    text = "## Convert + enrich on scaled corpora, and pandoc -f markdown -t tei\n\n" + table(
        ["corpus", "words", "stage s", "words/s", "process wall s", "peak MB", "pandoc wall s",
         "ours/pandoc (wall)"], rows)
    text += "\n\n" + table(["seed", "time(100x) / time(10x)"], ratios)
    return text


def make_runs() -> str:
    if not shutil.which("make"):
        return "## make\n\nmake not found"
    rows = []
    seeds_txt = [str(p) for p in (ROOT / "seeds").glob("*.txt")]
    for label, cmd in (("make JOBS=1 from clean (env installed)", ["make", "JOBS=1"]),
                       ("make, nothing changed", ["make"]),
                       ("make from clean (JOBS = cores)", ["make"])):
        if "clean" in label:
            subprocess.run(["make", "clean"], cwd=ROOT, capture_output=True)
            subprocess.run(["touch", *seeds_txt], cwd=ROOT)  # the TEI is rebuilt too
        before = os.times()
        r = measure(cmd)
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        if r["code"] != 0:
            raise SystemExit(f"{' '.join(cmd)} failed:\n{r['err'][-2000:]}")
        rows.append([label, r["wall"], cpu, cpu / r["wall"]])
    for jobs in (1, 2):
        before = os.times()
        r = measure([str(ROOT / ".venv" / "bin" / "edition"), "build", "--jobs", str(jobs), "--quiet"])
        after = os.times()
        cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
        rows.append([f"edition build --jobs {jobs}", r["wall"], cpu, cpu / r["wall"]])
    return "## Whole builds\n\n" + table(["run", "wall s", "CPU s", "cores used (CPU/wall)"], rows)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.splitlines()[0] \
        if shutil.which("pandoc") else "pandoc not installed"
    return (f"Machine: {cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{platform.system()} {platform.release()}; {pandoc}.")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="edition-bench-") as tmp:
        work = Path(tmp)
        parts = [f"# Benchmark results\n\n{machine()}\n", stages_on_seeds(work), scaling_and_pandoc(work)]
    if "--no-make" not in sys.argv:
        parts.append(make_runs())
    report = "\n\n".join(parts) + "\n"
    out = ROOT / "build" / "bench" / "results.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

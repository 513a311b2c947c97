# SPDX-License-Identifier: MIT
"""Benchmark: time and peak memory per stage, scaling on generated corpora, peers side by side.

Run with `make bench` (from the project root). Prints markdown tables and writes them to
build/bench/results.md; every figure of one run is measured in that run, so ratios between
rows are comparable even on a noisy machine.

Options: --no-make (skip the whole builds), --no-volumes (skip the many-volume corpus),
--volumes N (how many volumes; default 14), --no-peers (skip TEI Stylesheets);
--only PARTS runs only the parts named (comma-separated: seeds, convert, scale, peers, volumes,
make) and --stages STAGES only the output stages named (validate, html, epub, pdf, deposit) at
scale and against the peers: `--only scale,peers --stages pdf` measures the PDF alone.
"""
from __future__ import annotations

import os
import platform
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from corpus import make_corpus  # noqa: E402
from measure import measure, run_stage, table  # noqa: E402
from peers import peer_rows  # noqa: E402

from edition.config import LEGACY_READERS  # noqa: E402

REGISTERS = str(ROOT / "tei" / "registers")
EDITION = str(ROOT / ".venv" / "bin" / "edition")
FACTORS = (1, 10, 100)
# the factor of the monograph that gives a TEI of about 15 MB, and one of about 1.5 MB (the size
# the peers are compared at)
LARGE_FACTOR = 145
PEER_FACTOR = 14
# a volume of about 420 printed pages: the monograph chapter (23 pages) 18 times
VOLUME_FACTOR = 18
OUTPUT_STAGES = ("validate", "html", "epub", "pdf", "deposit")
PARTS = ("seeds", "convert", "scale", "peers", "volumes", "make")
# the outputs the peers make, and the stage of ours each is compared with
PEER_OUTPUTS = {"html": "html", "html-reading": "html", "pdf": "pdf"}


def _memory_limit_mb() -> int:
    """Three quarters of the machine's memory: the PDF of the largest corpus needs more than
    the build's default limit for typst, and the benchmark is there to measure it."""
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) * 3 // 4 // 1024
    return 16_000


os.environ.setdefault("EDITION_MEMORY_LIMIT_MB", str(_memory_limit_mb()))


def words(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").split())


def seeds() -> list[tuple[Path, str, str]]:
    found = []
    for toml in sorted((ROOT / "seeds").glob("*.toml")):
        edition = tomllib.loads(toml.read_text(encoding="utf-8"))["edition"]
        form = edition.get("form", edition.get("reader", ""))
        found.append((toml.with_suffix(".txt"), edition["id"], LEGACY_READERS.get(form, form)))
    return found


def _scalable() -> tuple[Path, str]:
    """The seed the stages are scaled on: the one whose notes are numbered through the text."""
    for seed, _eid, form in seeds():
        if form == "pdf-copy":
            return seed, form
    seed, _eid, form = seeds()[0]
    return seed, form


def _output_stage(stage: str, tei: Path, work: Path) -> dict:
    out = work / f"{tei.stem}-{stage}"
    if stage == "validate":
        return run_stage("validate", str(tei))
    if stage == "html":
        return run_stage("html", str(out), str(tei))
    if stage == "deposit":
        return run_stage("deposit", str(tei), str(out), REGISTERS)
    return run_stage(stage, str(tei), str(out / f"{tei.stem}.{stage}"))


def stages_on_seeds(work: Path) -> str:
    rows = []
    tei_files = []
    for seed, eid, _form in seeds():
        tei = work / f"{eid}.xml"
        r = run_stage("read-write", str(seed), str(work / f"{eid}.plain.xml"), REGISTERS)
        rows.append(["read+write", eid, r["stage_s"], r["wall_s"], r["peak_mb"]])
        r = run_stage("convert", str(seed), str(tei), REGISTERS)
        rows.append(["convert+enrich", eid, r["stage_s"], r["wall_s"], r["peak_mb"]])
        tei_files.append(tei)
    for tei in tei_files:
        for stage in OUTPUT_STAGES:
            if stage == "html":
                continue
            r = _output_stage(stage, tei, work)
            rows.append([stage, tei.stem, r["stage_s"], r["wall_s"], r["peak_mb"]])
    r = run_stage("html", str(work / "html"), *map(str, tei_files))
    rows.append(["html (whole site)", "all", r["stage_s"], r["wall_s"], r["peak_mb"]])
    return "## Stages on the seeds\n\n" + table(
        ["stage", "edition", "stage time s", "process wall s", "peak MB"], rows)


def scaling_and_pandoc(work: Path) -> str:
    pandoc = shutil.which("pandoc")
    rows, ratios = [], []
    for seed, _eid, form in seeds():
        times = {}
        for factor in FACTORS:
            corpus = make_corpus(seed, form, factor, work / "corpora")
            r = run_stage("convert", str(corpus), str(work / f"{corpus.stem}.xml"), REGISTERS)
            times[factor] = r["stage_s"]
            n = words(corpus)
            if pandoc:
                p = measure([pandoc, "-f", "markdown", "-t", "tei", str(corpus), "-o",
                             str(work / f"{corpus.stem}.pandoc.xml")])
                pandoc_s = p["wall"]
                ratio_cell = f"{r['wall_s'] / pandoc_s:.2f}"
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


def _scaled_tei(work: Path, factor: int) -> Path:
    """The scaled seed converted to TEI (kept in `work` for the next stages)."""
    seed, form = _scalable()
    tei = work / "scaled" / f"{seed.stem}-x{factor}.xml"
    if not tei.exists():
        corpus = make_corpus(seed, form, factor, work / "corpora")
        tei.parent.mkdir(parents=True, exist_ok=True)
        run_stage("convert", str(corpus), str(tei), REGISTERS)
    return tei


def _counts(tei: Path) -> tuple[int, int, int]:
    from lxml import etree
    ns = {"t": "http://www.tei-c.org/ns/1.0"}
    tree = etree.parse(str(tei), etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    count = lambda xpath: int(tree.xpath(f"count({xpath})", namespaces=ns))  # noqa: E731
    return count("//t:text//t:note"), count("//t:text//t:pb"), count("//t:text//t:head")


def stages_at_scale(work: Path, stages: tuple[str, ...] = OUTPUT_STAGES) -> str:
    """Every output stage on the monograph at 1x, 10x, 100x and about 15 MB of TEI."""
    rows, times, corpus_rows = [], {}, []
    for factor in (*FACTORS, LARGE_FACTOR):
        tei = _scaled_tei(work, factor)
        size_mb = tei.stat().st_size / 1e6
        notes, pages, heads = _counts(tei)
        corpus_rows.append([f"x{factor}", round(size_mb, 2), notes, pages, heads])
        for stage in stages:
            r = _output_stage(stage, tei, work / "scaled")
            times[(stage, factor)] = r["stage_s"]
            rows.append([stage, f"x{factor}", round(size_mb, 2), r["stage_s"], r["cpu_s"], r["peak_mb"],
                         round(r["peak_mb"] / size_mb, 1)])
    ratios = [[stage, times[(stage, 100)] / times[(stage, 10)]] for stage in stages]
    return ("## Every stage at scale\n\nThe monograph seed scaled and converted; the corpus keeps every "
            "note, page and heading (counted in the TEI):\n\n"
            + table(["corpus", "TEI MB", "notes", "page breaks", "headings"], corpus_rows) + "\n\n"
            + table(["stage", "corpus", "TEI MB", "stage s", "process CPU s", "peak MB", "peak MB per MB of TEI"], rows)
            + "\n\n" + table(["stage", "time(100x) / time(10x)"], ratios))


def peers(work: Path, stages: tuple[str, ...] = OUTPUT_STAGES) -> str:
    tei = _scaled_tei(work, PEER_FACTOR)
    outputs = [output for output, stage in PEER_OUTPUTS.items() if stage in stages]
    ours = {output: _output_stage(output, tei, work / "peers") for output in outputs if output != "html-reading"}
    if "html-reading" in outputs:
        ours["html-reading"] = run_stage("html-reading", str(work / "peers" / "reading"), str(tei))
    size = tei.stat().st_size / 1e6
    return (f"## Against TEI Stylesheets (Saxon-HE and Apache FOP), on a {size:.2f} MB TEI\n\n"
            "CPU time of the whole process tree and the peak memory of its largest process. "
            "`html` is our whole site of the edition (reading page, about page, registers, "
            "chronology, search), `html-reading` its reading page alone, which is what their "
            "html.xsl makes; `pdf` is our PDF/A against their XSL-FO and FOP.\n\n"
            + table(["output", "ours CPU s", "ours peak MB", "theirs CPU s", "theirs peak MB",
                     "theirs / ours (CPU)", "ours / theirs (memory)"],
                    peer_rows(tei, work / "peers", ours, outputs)))


def _cpu_of(cmd: list[str], cwd: Path) -> list:
    r = measure(cmd, cwd=cwd)
    if r["code"] != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{r['err'][-2000:]}")
    return [r["wall"], r["cpu"], r["cpu"] / r["wall"], r["peak_mb"]]


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
        rows.append([label, *_cpu_of(cmd, ROOT)])
    for jobs in (1, 2):
        rows.append([f"edition build --jobs {jobs}", *_cpu_of([EDITION, "build", "--jobs", str(jobs), "--quiet"], ROOT)])
    return "## Whole builds\n\n" + table(["run", "wall s", "CPU s", "cores used (CPU/wall)", "peak MB"], rows)


def volumes(work: Path, count: int) -> str:
    """A history in `count` volumes of about 420 pages, from seeds to every output, in a project
    of its own: `edition build --jobs N` (N = cores) and then `make -j` with nothing changed."""
    seed, form = _scalable()
    project = work / "volumes"
    (project / "tei").mkdir(parents=True)
    shutil.copytree(ROOT / "tei" / "registers", project / "tei" / "registers")
    for number in range(1, count + 1):
        make_corpus(seed, form, VOLUME_FACTOR, project / "seeds", name=f"volume-{number:02d}")
    text_mb = sum(p.stat().st_size for p in (project / "seeds").glob("*.txt")) / 1e6
    jobs = str(os.cpu_count() or 2)
    rows = [[f"edition build --jobs {jobs}", *_cpu_of([EDITION, "build", "--jobs", jobs, "--quiet"], project)]]
    tei_mb = sum(p.stat().st_size for p in (project / "tei").glob("*.xml")) / 1e6
    pages = sum(_counts(p)[1] for p in (project / "tei").glob("*.xml"))
    return (f"## A history in {count} volumes\n\n{count} editions of about 420 pages each ({pages} page "
            f"breaks, {text_mb:.1f} MB of text, {tei_mb:.1f} MB of TEI): TEI, validation, PDF, EPUB, "
            "deposit and the site over all volumes.\n\n"
            + table(["run", "wall s", "CPU s", "cores used (CPU/wall)", "peak MB"], rows))


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


def _listed(args: list[str], option: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The names given to `option` (comma-separated), all of `known` without it."""
    if option not in args:
        return known
    position = args.index(option) + 1
    names = tuple(n for n in (args[position] if position < len(args) else "").split(",") if n)
    unknown = [n for n in names if n not in known]
    if not names or unknown:
        raise SystemExit(f"{option} takes some of {', '.join(known)} (comma-separated), "
                         f"not {','.join(unknown) or 'nothing'}")
    return names


def _check_options(args: list[str]) -> None:
    """--help prints the options; an option the benchmark does not know is refused before any run."""
    if "-h" in args or "--help" in args:
        print(__doc__)
        raise SystemExit(0)
    known = {"--volumes", "--stages", "--only", *(f"--no-{part}" for part in PARTS)}
    valued = {"--volumes", "--stages", "--only"}
    for i, arg in enumerate(args):
        if arg.startswith("-") and arg not in known and not (i and args[i - 1] in valued):
            raise SystemExit(f"unknown option {arg}: see `python bench/run.py --help`")


def main() -> None:
    args = sys.argv[1:]
    _check_options(args)
    count = int(args[args.index("--volumes") + 1]) if "--volumes" in args else 14
    stages = _listed(args, "--stages", OUTPUT_STAGES)
    chosen = [part for part in _listed(args, "--only", PARTS)
              if f"--no-{part}" not in args]
    with tempfile.TemporaryDirectory(prefix="edition-bench-") as tmp:
        work = Path(tmp)
        parts = [f"# Benchmark results\n\n{machine()}\n"]
        if "seeds" in chosen:
            parts.append(stages_on_seeds(work))
        if "convert" in chosen:
            parts.append(scaling_and_pandoc(work))
        if "scale" in chosen:
            parts.append(stages_at_scale(work, stages))
        if "peers" in chosen:
            parts.append(peers(work, stages))
        if "volumes" in chosen:
            parts.append(volumes(work, count))
    if "make" in chosen:
        parts.append(make_runs())
    report = "\n\n".join(parts) + "\n"
    out = ROOT / "build" / "bench" / "results.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()

# SPDX-License-Identifier: MIT
"""Many editions at once: each seed built on its own (TEI, validation, every per-edition
output), here in a pool of processes or on a Dask cluster; the site over all of them after.

A corpus of thousands of volumes is a batch of independent editions plus one site-wide step.
`edition build --scheduler ADDRESS` hands the editions to a running Dask distributed scheduler;
its workers must see the project's folder at the same path (a shared file system) and have
the package installed. The site is then built here, from the TEI the workers wrote.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from edition.errors import EditionError, ValidationFailed
from edition.report import Report

SEEDS_DIR = Path("seeds")
TEI_DIR = Path("tei")
REGISTERS_DIR = TEI_DIR / "registers"
BUILD_DIR = Path("build")


@dataclass(frozen=True)
class Built:
    tei: Path
    warnings: tuple[str, ...]


def tei_path(seed: Path, project: Path = Path()) -> Path:
    """Where a seed's canonical TEI lives: tei/<edition id>.xml of its project."""
    from edition.config import load_config
    from edition.convert import config_path_for
    return project / TEI_DIR / f"{load_config(config_path_for(seed)).id}.xml"


def build_one(seed: Path, *, project: Path = Path(), tei_all: bool = False) -> Built:
    """One edition from its seed: the TEI, its validation, then every per-edition output."""
    from edition.convert import convert_seed
    from edition.fileio import write_atomic
    from edition.outputs import per_edition
    from edition.validate import validate_files

    report = Report(str(seed))
    tei = tei_path(seed, project)
    write_atomic(tei, convert_seed(seed, project / REGISTERS_DIR, report))
    problems = validate_files([tei], tei_all=tei_all)
    if problems:
        raise ValidationFailed("; ".join(str(p) for p in problems), tei)
    for output in per_edition():
        output.build(tei, project / BUILD_DIR / output.name)
    return Built(tei, tuple(str(w) for w in report.warnings))


T = TypeVar("T")
R = TypeVar("R")


def in_processes(func: Callable[[T], R], items: list[T], jobs: int,
                 progress: Callable[[list], Iterable] = lambda items: items) -> list[R]:
    """`func` of every item, in `jobs` processes when more than one; an error keeps its message."""
    if jobs <= 1 or len(items) < 2:
        return [func(item) for item in progress(items)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(items))) as pool:
        return list(progress(list(pool.map(func, items))))


def run_local(seeds: list[Path], jobs: int, tei_all: bool,
              progress: Callable[[list], Iterable] = lambda items: items) -> list[Built]:
    """Build the editions here, in `jobs` processes when more than one."""
    return in_processes(functools.partial(build_one, tei_all=tei_all), seeds, jobs, progress)


def run_on_cluster(seeds: list[Path], address: str, tei_all: bool) -> list[Built]:
    """Build the editions on the workers of the Dask scheduler at `address`, with absolute
    paths (the workers share the project's folder). The first failure is raised here with
    its own message; the other editions' results are kept on disk."""
    try:
        from distributed import Client
    except ImportError:
        raise EditionError("--scheduler needs Dask's distributed package",
                           hint="pip install 'dask[distributed]' (the project's 'cluster' extra)") from None
    project = Path.cwd().resolve()
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise EditionError(f"no Dask scheduler answers at {address}: {exc}",
                           hint="start one with `dask scheduler` and workers with `dask worker ADDRESS`") from None
    with client:
        futures = [client.submit(build_one, seed.resolve(), project=project, tei_all=tei_all,
                                 key=f"edition-{seed.stem}", pure=False) for seed in seeds]
        built: list[Built] = client.gather(futures)
    return [Built(Path(b.tei).relative_to(project), b.warnings) for b in built]

# SPDX-License-Identifier: MIT
"""`edition build --scheduler`: the editions built on a Dask cluster (two local workers on
loopback) are the editions a local build makes; no scheduler is a clear error."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EDITION = [sys.executable, "-m", "edition.cli"]
SEEDS = ["building-socialism-1920s", "carr-socialism-in-one-country-2"]


def _project(folder: Path) -> Path:
    (folder / "seeds").mkdir(parents=True)
    (folder / "tei").mkdir()
    shutil.copytree(ROOT / "tei" / "registers", folder / "tei" / "registers")
    persons = folder / "tei" / "registers" / "persons.xml"
    persons.write_text(persons.read_text(encoding="utf-8").replace("</TEI>", "<!-- this project -->\n</TEI>"),
                       encoding="utf-8")
    for name in SEEDS:
        for suffix in (".txt", ".toml"):
            shutil.copyfile(ROOT / "seeds" / f"{name}{suffix}", folder / "seeds" / f"{name}{suffix}")
    return folder


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(EDITION + args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_a_cluster_builds_the_same_editions_as_one_machine(tmp_path):
    distributed = pytest.importorskip("distributed")
    here, there = _project(tmp_path / "here"), _project(tmp_path / "there")
    assert _run(["build", "--quiet"], here).returncode == 0
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  scheduler_port=0, dashboard_address=None) as cluster:
        run = _run(["build", "--quiet", "--scheduler", cluster.scheduler_address], there)
        assert run.returncode == 0, run.stderr
        # both workers took part
        assert len(cluster.scheduler_info["workers"]) == 2
    for name in SEEDS:
        assert (there / "tei" / f"{name}.xml").read_bytes() == (here / "tei" / f"{name}.xml").read_bytes()
        assert (there / "build" / "pdf" / f"{name}.pdf").is_file()
        assert (there / "build" / "epub" / f"{name}.epub").is_file()
        # the bag holds the registers of its own project, not those of where a worker runs
        bag = there / "build" / "deposit" / name
        assert (bag / "data" / "tei" / "registers" / "persons.xml").read_bytes() == \
            (there / "tei" / "registers" / "persons.xml").read_bytes()
    assert (there / "build" / "html" / "index.html").is_file()


def test_no_scheduler_at_the_address_is_one_line_and_exit_2(tmp_path):
    pytest.importorskip("distributed")
    project = _project(tmp_path / "p")
    run = _run(["build", "--quiet", "--scheduler", "tcp://127.0.0.1:9"], project)
    assert run.returncode == 2
    assert "no Dask scheduler answers at tcp://127.0.0.1:9" in run.stderr
    assert "Traceback" not in run.stderr
    assert not list((project / "tei").glob("*.xml"))

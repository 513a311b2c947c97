# SPDX-License-Identifier: MIT
"""Fault injection: a build killed at random points leaves every output whole (it parses, opens
and validates) and, stopped by a signal it can catch, no temporary file or directory."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import bagit
import pytest
from lxml import etree
from pypdf import PdfReader

from edition.validate import validate_files
from edition.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parent.parent.parent
TRIALS = 10


def _build(project: Path, env: dict[str, str]) -> subprocess.Popen:
    code = "import sys; from edition.entry import main; sys.argv = ['edition', 'build', '--quiet']; main()"
    return subprocess.Popen([sys.executable, "-c", code], cwd=project, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _temporaries(project: Path, tmp: Path, pid: int | None = None) -> list[Path]:
    """Temporary files and directories left beside the outputs or in TMPDIR (by process `pid`)."""
    beside = [p for p in project.rglob("*") if ".tmp-" in p.name]
    runs = list(tmp.iterdir()) if tmp.exists() else []
    if pid is not None:  # a run's temporaries carry its process id
        return [p for p in beside + runs if f"-{pid}-" in p.name]
    return beside + runs


def _outputs(pattern: str, where: Path) -> list[Path]:
    """The outputs matching a pattern, without the temporaries a killed run may have left
    (named `.NAME.tmp-PID-…`; the next run removes them)."""
    return [p for p in where.glob(pattern) if ".tmp-" not in p.name]


def _check_outputs(project: Path) -> None:
    """Every output there is whole: TEI valid, pages parse, PDFs open, zips and bags check."""
    teis = sorted(_outputs("*.xml", project / "tei"))
    for tei in teis:
        parse_xml(tei)
    assert not validate_files(teis, tei_all=False)
    build = project / "build"
    for page in _outputs("*.html", build / "html") if (build / "html").exists() else []:
        assert etree.parse(str(page), etree.HTMLParser()).getroot() is not None
        assert page.read_bytes().rstrip().endswith(b"</html>"), page
    for pdf in _outputs("pdf/*.pdf", build):
        assert len(PdfReader(str(pdf)).pages) > 0
    for archive in [*_outputs("epub/*.epub", build), *_outputs("deposit/*.zip", build)]:
        with zipfile.ZipFile(archive) as opened:
            assert opened.testzip() is None, archive
    for bag in _outputs("deposit/*/", build):
        bagit.Bag(str(bag)).validate()


@pytest.mark.slow
def test_a_build_killed_at_random_points_leaves_whole_outputs(tmp_path):
    project = tmp_path / "project"
    (project / "tei").mkdir(parents=True)
    shutil.copytree(ROOT / "seeds", project / "seeds")
    shutil.copytree(ROOT / "tei" / "registers", project / "tei" / "registers")
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp)}
    start = time.monotonic()
    first = _build(project, env)
    _out, err = first.communicate(timeout=600)
    assert first.returncode == 0, err.decode()
    duration = time.monotonic() - start
    _check_outputs(project)
    randomness = random.Random(20261121)
    interrupted = 0
    for trial in range(TRIALS):
        process = _build(project, env)
        time.sleep(randomness.uniform(0.05, duration))
        graceful = trial % 2 == 0
        process.send_signal(signal.SIGTERM if graceful else signal.SIGKILL)
        _out, err = process.communicate(timeout=600)
        assert b"Traceback" not in err, err.decode()
        _check_outputs(project)
        interrupted += process.returncode != 0
        if graceful and process.returncode != 0:
            assert process.returncode == 130 and b"interrupted" in err, err.decode()
            # what an earlier SIGKILL left may still be there; this run left nothing of its own
            assert not _temporaries(project, tmp, process.pid), (trial, _temporaries(project, tmp, process.pid))
    assert interrupted >= TRIALS // 2, "the kills came too late to test anything"
    # a run after the kills removes whatever a killed run left, and builds everything again
    last = _build(project, env)
    _out, err = last.communicate(timeout=600)
    assert last.returncode == 0, err.decode()
    _check_outputs(project)
    assert not _temporaries(project, tmp), _temporaries(project, tmp)

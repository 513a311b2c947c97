# SPDX-License-Identifier: MIT
"""The TEI Consortium's stylesheets (HTML, and XSL-FO through Apache FOP) on the same TEI.

They are not in Debian or on PyPI: the benchmark finds them at ../shared/peers/tei-stylesheets
from the project's root (or at $TEI_STYLESHEETS), runs them with Debian's Saxon-HE
(libsaxonhe-java) and FOP (fop), and says "not available" where any of them is missing.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from measure import ROOT, measure

SAXON_JAR = Path("/usr/share/java/Saxon-HE.jar")
NOT_AVAILABLE = "not available"


def stylesheets() -> Path | None:
    folder = Path(os.environ.get("TEI_STYLESHEETS", ROOT.parent / "shared" / "peers" / "tei-stylesheets"))
    return folder if (folder / "html" / "html.xsl").is_file() else None


def _saxon(tei: Path, xsl: Path, out: Path) -> list[str]:
    return ["java", "-cp", str(SAXON_JAR), "net.sf.saxon.Transform", f"-s:{tei}", f"-xsl:{xsl}", f"-o:{out}"]


def _run(commands: list[list[str]]) -> tuple[float, float] | None:
    """CPU seconds of all the commands and the largest peak among them, or None on a failure."""
    cpu, peak = 0.0, 0.0
    for command in commands:
        run = measure(command)
        if run["code"] != 0:
            return None
        cpu, peak = cpu + run["cpu"], max(peak, run["peak_mb"])
    return cpu, peak


def peer_rows(tei: Path, work: Path, ours: dict[str, dict],
              outputs: list[str] | None = None) -> list[list]:
    """One row per output (html, html-reading, pdf, or those of `outputs`): our CPU time and
    peak memory beside theirs (theirs measured once per output)."""
    work.mkdir(parents=True, exist_ok=True)
    folder = stylesheets()
    missing = [name for name, ok in (("TEI Stylesheets", folder), ("java", shutil.which("java")),
                                     ("Saxon-HE", SAXON_JAR.is_file())) if not ok]
    commands = {}
    if folder is not None:
        commands["html"] = [_saxon(tei, folder / "html" / "html.xsl", work / "peer.html")]
        commands["pdf"] = [_saxon(tei, folder / "fo" / "fo.xsl", work / "peer.fo"),
                           ["fop", "-fo", str(work / "peer.fo"), "-pdf", str(work / "peer.pdf")]]
    rows = []
    results: dict[str, tuple[float, float] | None] = {}
    for output in outputs or ["html", "html-reading", "pdf"]:
        mine = ours[output]
        peer = "html" if output == "html-reading" else output
        lacking = missing + (["fop"] if peer == "pdf" and not shutil.which("fop") else [])
        if not lacking and peer not in results:
            results[peer] = _run(commands[peer])
        theirs = None if lacking else results[peer]
        if theirs is None:
            why = f"{NOT_AVAILABLE} ({', '.join(lacking)} missing)" if lacking else f"{NOT_AVAILABLE} (it failed)"
            rows.append([output, mine["cpu_s"], mine["peak_mb"], why, "–", "–", "–"])
            continue
        cpu, peak = theirs
        rows.append([output, mine["cpu_s"], mine["peak_mb"], cpu, peak,
                     f"{cpu / mine['cpu_s']:.2f}", f"{mine['peak_mb'] / peak:.2f}"])
    return rows

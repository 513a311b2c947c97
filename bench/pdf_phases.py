# SPDX-License-Identifier: MIT
"""Where the PDF stage's time and memory go, phase by phase, for one TEI file.

    python bench/pdf_phases.py BOOK.xml

The phases are those of edition.render.pdf.build_pdf, run one after the other in this process
(imports excluded): reading the TEI, the XSLT to Typst (Saxon), finding the characters the
fonts lack (small typst compiles in this process), and typst's compile in its child process
under the build's limits. CPU seconds of this process (Saxon's threads included) or of the
child; peak memory of this process so far, or of the child (so one file a run). Prints a
markdown table.
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from edition.render import pdf  # noqa: E402
from edition.render.documents import prepared  # noqa: E402
from edition.render.fonts import fallback_fonts, families, languages  # noqa: E402
from edition.render.glyphs import missing_glyphs  # noqa: E402
from edition.render.limits import compile_in_child  # noqa: E402
from measure import table  # noqa: E402
from stage import peak_memory_mb  # noqa: E402


def _children() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def phases(tei_file: Path, work: Path) -> list[list]:
    rows = []
    size = tei_file.stat().st_size / 1e6

    def row(phase: str, cpu: float, wall: float, peak: float) -> None:
        rows.append([tei_file.name, round(size, 2), phase, round(cpu, 3), round(wall, 3), round(peak, 1)])

    def timed(phase: str, step):
        start, cpu = time.perf_counter(), time.process_time()
        result = step()
        row(phase, time.process_time() - cpu, time.perf_counter() - start, peak_memory_mb())
        return result

    tei = timed("read the TEI", lambda: prepared(tei_file))
    typ_file = work / "typst" / f"{tei_file.stem}.typ"
    langs = languages(tei.tree)
    raw = timed("XSLT to Typst (Saxon)", lambda: pdf.tei_to_typst(
        tei, {"images": pdf._copy_images(tei, tei_file, typ_file), "fallback-fonts": json.dumps(families(langs))}))
    fonts = fallback_fonts(set(raw), langs)
    source = pdf.without_missing_glyphs(raw, fonts=fonts)
    missing = timed("glyphs the fonts lack (typst probes)", lambda: missing_glyphs(source, fonts))
    typ_file.parent.mkdir(parents=True, exist_ok=True)
    typ_file.write_text(pdf.without_missing_glyphs(source, missing, fonts), encoding="utf-8")
    options = pdf._options(typ_file, pdf.edition_timestamp(tei.tree, tei_file), "pdf", None,
                           fonts.font_paths(work))
    cpu_before, _ = _children()
    start = time.perf_counter()
    compile_in_child(str(typ_file), str(work / f"{tei_file.stem}.pdf"), options)
    cpu_after, child_peak = _children()
    row("typst compile (child process)", cpu_after - cpu_before, time.perf_counter() - start, child_peak)
    return rows


def main() -> None:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_file():
        raise SystemExit("usage: python bench/pdf_phases.py BOOK.xml (one TEI file)")
    with tempfile.TemporaryDirectory(prefix="edition-pdf-phases-") as work:
        rows = phases(Path(sys.argv[1]), Path(work))
    print(table(["TEI", "MB", "phase", "CPU s", "wall s", "peak MB"], rows))


if __name__ == "__main__":
    main()

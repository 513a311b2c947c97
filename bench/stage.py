# SPDX-License-Identifier: MIT
"""One pipeline stage in a fresh process: prints the stage's own time (imports excluded) as JSON."""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path


def _convert(seed: str, out: str, registers: str) -> None:
    """Reader + writer + enrichment: the seed's text to TEI bytes."""
    from edition.convert import convert_seed
    from edition.report import Report
    Path(out).write_bytes(convert_seed(Path(seed), Path(registers), Report(seed)))


def _read_write(seed: str, out: str, registers: str) -> None:
    """Reader + writer only, no enrichment."""
    import dataclasses

    from edition import __version__
    from edition.config import load_config
    from edition.convert import config_path_for
    from edition.readers import READERS, get_reader
    from edition.readers.detect import detect_form
    from edition.report import Report
    from edition.seedio import read_seed
    from edition.tei.serialize import to_bytes
    from edition.tei.writer import write_tei
    report = Report(seed)
    config = load_config(config_path_for(Path(seed)), known_forms=tuple(READERS))
    text = read_seed(seed, report, encoding=config.encoding)
    if config.form == "auto":
        config = dataclasses.replace(config, form=detect_form(text))
    doc = get_reader(config.form)(text, config, report)
    Path(out).write_bytes(to_bytes(write_tei(doc, config, f"edition {__version__}")))


def _validate(*files: str) -> None:
    from edition.validate import validate_files
    problems = validate_files([Path(f) for f in files], tei_all=False)
    if problems:
        raise SystemExit("invalid: " + str(problems[0]))


def _html(out: str, *files: str) -> None:
    from edition.render.html import build_site
    build_site([Path(f) for f in files], Path(out))


def _html_reading(out: str, tei: str) -> None:
    """The edition's reading page alone (what TEI Stylesheets' html.xsl makes): the site's
    collection as build_site writes it, with site.xsl asked for that one page."""
    import tempfile

    from edition.render import html
    editions = html._editions_of(Path(tei))
    with tempfile.TemporaryDirectory() as work:
        rendered = [html._Rendered(e.id, e.source, e.text, e.member, e.images, html._render_file(e, Path(work)))
                    for e in editions]
        collection = Path(work) / "collection.xml"
        collection.write_bytes(html._collection(rendered, [{"tei": f"tei/{e.id}.xml"} for e in rendered]))
        Path(out).mkdir(parents=True, exist_ok=True)
        html._write_pages(collection, Path(out), {"pages": " ".join(f"reading:{e.id}" for e in rendered)})


def _pdf(tei: str, out: str) -> None:
    from edition.render.pdf import build_pdf
    build_pdf(Path(tei), Path(out))


def _epub(tei: str, out: str) -> None:
    from edition.render.epub import build_epub
    build_epub(Path(tei), Path(out))


def _deposit(tei: str, out: str, registers: str) -> None:
    from edition.deposit import build_deposit
    build_deposit(Path(tei), Path(out), Path(registers))


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM, unlike ru_maxrss, never counts the memory
    of the parent that forked it."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


STAGES = {"convert": _convert, "read-write": _read_write, "validate": _validate, "html": _html,
          "html-reading": _html_reading,
          "pdf": _pdf, "epub": _epub, "deposit": _deposit}

# import the libraries first so the timing is the stage's work, not Python's start-up
PRELOAD = {"convert": ["edition.convert"], "read-write": ["edition.convert"],
           "validate": ["edition.validate"], "html": ["edition.render.html"], "html-reading": ["edition.render.html"],
           "pdf": ["edition.render.pdf"], "epub": ["edition.render.epub"], "deposit": ["edition.deposit"]}

if __name__ == "__main__":
    stage, *args = sys.argv[1:]
    for module in PRELOAD[stage]:
        __import__(module)
    start = time.perf_counter()
    STAGES[stage](*args)
    print(json.dumps({"seconds": time.perf_counter() - start, "peak_mb": peak_memory_mb()}))

# SPDX-License-Identifier: MIT
"""Faults of the machine and of hand-edited input: one line and a non-zero exit, never a
traceback, a leaked file, a half-written output or a lost edition."""
from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from edition import fileio
from edition.render.fonts import unprovided

from .faults import assert_one_line_error, files_under, run, run_command, sample_text

ROOT = Path(__file__).resolve().parent.parent.parent
OUTPUTS = ("html", "pdf", "epub", "deposit")


def _write(tmp_path: Path, text: str, name: str = "ed.xml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _dated(when: str) -> str:
    return sample_text().replace(
        '<idno type="edition">', f'<date when="{when}">{when}</date>\n        <idno type="edition">', 1)


# ---------------------------------------------------------------- 3. memory and time limits

def _many_chapters(count: int) -> str:
    text = sample_text()
    start, end = text.index("<body>") + len("<body>"), text.index("</body>")
    chapters = "".join(f'<div type="chapter" n="{i}" xml:id="c{i}"><head>Chapter {i}</head>'
                       f'<p xml:id="q{i}">Words of chapter {i}.</p></div>' for i in range(1, count + 1))
    return text[:start] + chapters + text[end:]


def test_pdf_memory_blow_up_is_stopped_by_a_limit(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EDITION_MEMORY_LIMIT_MB", "150")
    _write(tmp_path, _many_chapters(50))
    result = run_command("pdf", "ed.xml")
    assert result.exit_code == 3, result.output
    line = assert_one_line_error(result, "ed.typ")
    assert "more than 150 MB of memory" in line and "EDITION_MEMORY_LIMIT_MB" in line
    assert not (tmp_path / "out" / "pdf" / "ed.pdf").exists()


def test_pdf_time_is_bounded_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("EDITION_TIME_LIMIT_S", "1")
    _write(tmp_path, _many_chapters(2000))  # some 4000 pages: more than a second of typst
    result = run_command("pdf", "ed.xml")
    assert result.exit_code == 3 and "more than 1 seconds" in result.output, result.output


def test_default_limits_never_exceed_the_machine():
    from edition.render import limits
    physical = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // (1024 * 1024)
    assert limits.current_limits().memory_mb <= physical


# ---------------------------------------------------------------- 4. symlinks in the deposit

def _deposit_tree(tmp_path: Path, monkeypatch) -> Path:
    """A working directory with tei/registers and a schema/ of its own."""
    from edition import deposit
    monkeypatch.chdir(tmp_path)
    registers = tmp_path / "tei" / "registers"
    registers.mkdir(parents=True)
    for register in (ROOT / "tei" / "registers").glob("*.xml"):
        (registers / register.name).write_bytes(register.read_bytes())
    schema = tmp_path / "schema"
    schema.mkdir()
    (schema / "edition.xsd").write_bytes((ROOT / "schema" / "edition.xsd").read_bytes())
    monkeypatch.setattr(deposit, "SCHEMA_DIR", schema)
    _write(tmp_path, sample_text())
    (tmp_path / "private.key").write_text("PRIVATE-KEY-MATERIAL", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("where", ["schema/key.pem", "tei/registers/extra.xml", "schema/sub"])
def test_symlinks_followed_into_the_deposit_are_refused(tmp_path, monkeypatch, where):
    root = _deposit_tree(tmp_path, monkeypatch)
    link = root / where
    link.symlink_to(root / "private.key" if where != "schema/sub" else root)
    result = run_command("deposit", "ed.xml")
    assert result.exit_code == 2
    assert "symbolic link" in assert_one_line_error(result, where)
    for path in files_under(root / "out"):
        assert b"PRIVATE-KEY-MATERIAL" not in path.read_bytes()


def test_a_removed_file_leaves_the_package(tmp_path, monkeypatch):
    root = _deposit_tree(tmp_path, monkeypatch)
    (root / "schema" / "old.txt").write_text("an old schema note", encoding="utf-8")
    assert run_command("deposit", "ed.xml").exit_code == 0
    (root / "schema" / "old.txt").unlink()
    assert run_command("deposit", "ed.xml").exit_code == 0
    bag = root / "out" / "deposit" / "ed"
    assert not (bag / "data" / "schema" / "old.txt").exists()
    assert "old.txt" not in (bag / "manifest-sha256.txt").read_text(encoding="utf-8")
    with zipfile.ZipFile(root / "out" / "deposit" / "ed.zip") as archive:
        assert not any(name.endswith("old.txt") for name in archive.namelist())


# ---------------------------------------------------------------- 5. tracebacks

@pytest.mark.parametrize("command", ["epub", "deposit", "pdf", "html"])
def test_tei_dated_after_2107_builds(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, _dated("2207-03-04"))
    result = run_command(command, "ed.xml")
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("command", ["pdf", "epub", "deposit"])
def test_hand_edited_impossible_date_is_one_line(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, _dated("2026-02-30"))
    result = run_command(command, "ed.xml")
    if result.exit_code != 0:
        assert "2026-02-30" in assert_one_line_error(result, "ed.xml:")


@pytest.mark.parametrize("command", OUTPUTS)
def test_unwritable_output_is_one_line(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    (tmp_path / "out").write_text("a file where the output directory should be", encoding="utf-8")
    result = run_command(command, "ed.xml")
    assert result.exit_code == 2, result.output
    assert "cannot" in assert_one_line_error(result)


@pytest.mark.parametrize("command", OUTPUTS)
@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS])
def test_disk_full_or_read_only_output_is_one_line(tmp_path, monkeypatch, command, code):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    real_replace = os.replace

    def failing_replace(src, dst, *args, **kwargs):
        if "out" in str(dst):
            raise OSError(code, os.strerror(code), str(dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing_replace)
    monkeypatch.setattr(fileio, "_exchange", lambda a, b: (_ for _ in ()).throw(OSError(code, os.strerror(code))))
    result = run_command(command, "ed.xml")
    assert result.exit_code == 2, result.output
    line = assert_one_line_error(result)
    assert "cannot write" in line and os.strerror(code) in line
    leftovers = [p for p in (tmp_path / "out").rglob("*") if ".tmp-" in p.name]
    assert not leftovers, leftovers


def test_missing_dependency_is_one_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    monkeypatch.setitem(sys.modules, "saxonche", None)
    from edition.render import saxon
    saxon._processor.cache_clear()
    saxon._compiled.cache_clear()
    try:
        result = run_command("epub", "ed.xml")
    finally:
        saxon._processor.cache_clear()
        saxon._compiled.cache_clear()
    assert result.exit_code == 4
    assert "module 'saxonche' is missing" in result.output and "make setup" in result.output


def test_missing_dependency_at_start_is_one_line():
    code = ("import sys; sys.modules['typer'] = None; sys.argv = ['edition', '--help']; "
            "from edition.entry import main; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 4
    assert "Traceback" not in done.stderr and "module 'typer' is missing" in done.stderr


def test_an_unforeseen_exception_is_one_line(tmp_path, monkeypatch):
    from edition import cli
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    monkeypatch.setattr("edition.stats.edition_stats", lambda f: {}["no such key"])
    result = run_command("stats", "ed.xml")
    assert result.exit_code == 70 and "internal error: KeyError" in result.output
    assert cli is not None


def test_environment_check_finds_a_missing_module(monkeypatch):
    from edition import envcheck
    monkeypatch.setattr(envcheck, "REQUIRED", ("lxml", "no_such_module_here"))
    assert envcheck.missing_modules() == ["no_such_module_here"]


# ---------------------------------------------------------------- 6. Saxon and Typst dumps

def _with_n(value: str) -> str:
    return sample_text().replace('<div type="chapter" n="11"', f'<div type="chapter" n="{value}"', 1)


SAXON_CASES = {
    "n-slash": _with_n("11/12"),
    "n-double-quote": _with_n("11&quot;"),
    "n-apostrophe": _with_n("11'"),
    "n-colon": _with_n("11:2"),
    "n-brackets": _with_n("(11]"),
    "two-main-titles": sample_text().replace('<title type="sub">', '<title type="main">Second</title><title type="sub">', 1),
    "two-edition-idnos": sample_text().replace('<idno type="edition">carr-socialism-in-one-country-2</idno>',
                                               '<idno type="edition">carr-socialism-in-one-country-2</idno>'
                                               '<idno type="edition">second-id</idno>', 1),
}


@pytest.mark.parametrize("command", ["html", "pdf", "epub"])
@pytest.mark.parametrize("case", sorted(SAXON_CASES))
def test_valid_tei_that_dumped_saxon_errors_builds(tmp_path, monkeypatch, command, case):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, SAXON_CASES[case])
    result = run_command(command, "ed.xml")
    if result.exit_code != 0:
        assert_one_line_error(result)  # at the least one line, never a dump
        pytest.fail(f"{command} failed on {case}: {result.output}")


def _nested(depth: int) -> str:
    inner = "<hi>x" * depth + "</hi>" * depth
    return sample_text().replace('<head>A section heading</head>', f'<head>A section heading</head><p>{inner}</p>', 1)


@pytest.mark.parametrize("command", ["validate", "html", "pdf", "epub", "deposit"])
def test_nesting_deeper_than_100_is_refused_in_one_line(tmp_path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, _nested(150))
    result = run_command(command, "ed.xml")
    assert result.exit_code == (1 if command == "validate" else 2), result.output
    assert "nested more than" in assert_one_line_error(result, "ed.xml:")


@pytest.mark.parametrize("command", ["html", "pdf", "epub"])
def test_nesting_at_the_limit_builds_in_every_stage(tmp_path, monkeypatch, command):
    from edition.xmlsafe import MAX_DEPTH
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, _nested(MAX_DEPTH - 7))  # TEI/text/body/div/div/div/p hold the nest
    result = run_command(command, "ed.xml")
    assert result.exit_code == 0, result.output


def test_saxon_failure_is_one_line_naming_the_file(tmp_path):
    from edition.errors import RenderError
    from edition.render.saxon import transform
    stylesheet = tmp_path / "bad.xsl"
    stylesheet.write_text('<xsl:stylesheet xmlns:xsl="http://www.w3.org/1999/XSL/Transform" version="3.0">'
                          '<xsl:template match="/"><xsl:value-of select="matches(\'a\', \'(\')"/></xsl:template>'
                          '</xsl:stylesheet>', encoding="utf-8")
    source = _write(tmp_path, sample_text())
    with pytest.raises(RenderError) as caught:
        transform(stylesheet, source)
    text = str(caught.value)
    assert "\n" not in text and text.startswith(str(source)) and "FORX0002" in text


def test_cjk_and_emoji_do_not_fail_the_pdf(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = sample_text().replace("A section heading", "字 漢字 😀👍🏽 ☃ ✓ 한국어 \ue000")
    text = text.replace("<p xml:id=\"p7\">", "<p xml:id=\"p7\"><hi rend=\"italic\">i</hi>字(x)[y] ", 1)
    _write(tmp_path, text)
    result = run_command("pdf", "ed.xml")
    assert result.exit_code == 0, result.output
    source = (tmp_path / "out" / "pdf" / "typst" / "ed.typ").read_text(encoding="utf-8")
    assert "{U+1F600}" in source  # no emoji font is given to typst
    # Han is printed where Debian's Noto CJK is installed, else a placeholder
    assert ("{U+5B57}" in source) == bool(unprovided("字"))


# ---------------------------------------------------------------- 7. lost editions, atomicity

def _seed(directory: Path, name: str, edition_id: str) -> Path:
    seed = directory / "seeds" / f"{name}.txt"
    seed.parent.mkdir(exist_ok=True)
    seed.write_text("Lenin spoke in Moscow.\n", encoding="utf-8")
    seed.with_suffix(".toml").write_text(
        f'[edition]\nid = "{edition_id}"\nform = "pdf-copy"\ndate_order = "day-first"\ntitle = "T"\n'
        'language = "en"\n[source]\nstatus = "unidentified"\ndescription = "d"\n'
        '[publication]\npublisher = "P"\nlicence = "L"\nlicence_url = "https://example.org/"\n',
        encoding="utf-8")
    return seed


def test_two_seeds_sharing_an_id_are_refused_not_overwritten(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _seed(tmp_path, "one", "same")
    _seed(tmp_path, "two", "same")
    result = run(["build", "--quiet"])
    assert result.exit_code == 2
    line = assert_one_line_error(result, "two.toml:2:")
    assert "also the id of" in line and "one.toml" in line
    assert not (tmp_path / "tei").exists()


def test_replacing_a_directory_never_leaves_it_missing(tmp_path, monkeypatch):
    target = tmp_path / "site"
    target.mkdir()
    (target / "old.html").write_text("old", encoding="utf-8")
    calls = []
    real_replace = os.replace

    def watching_replace(src, dst, *args, **kwargs):
        calls.append((src, dst))
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", watching_replace)
    with fileio.atomic_directory(target) as tmp:
        (tmp / "new.html").write_text("new", encoding="utf-8")
    assert (target / "new.html").exists() and not (target / "old.html").exists()
    # the swap is one system call: the site is never renamed away
    assert not any(Path(dst) != target and Path(src) == target for src, dst in calls), calls
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_temporaries_of_a_killed_run_are_removed(tmp_path):
    from edition import process
    dead = 2 ** 22 + 12345  # above the usual pid_max: no such process
    stale_beside = tmp_path / f".site.tmp-{dead}-abc"
    stale_beside.mkdir()
    stale_run = tmp_path / f"{process.PREFIX}{dead}-xyz"
    stale_run.mkdir()
    live = tmp_path / f".site.tmp-{os.getpid()}-live"
    live.mkdir()
    with fileio.atomic_directory(tmp_path / "site") as tmp:
        (tmp / "x").write_text("x", encoding="utf-8")
    process.remove_stale_runs(tmp_path)
    assert not stale_beside.exists() and not stale_run.exists() and live.exists()


def test_nfd_text_meets_nfc_register_names(tmp_path):
    from edition.report import Report
    from edition.seedio import read_seed
    seed = tmp_path / "s.txt"
    seed.write_text("Pe\u0301tain and Lenin.\n", encoding="utf-8")
    assert read_seed(seed, Report(str(seed))) == "P\u00e9tain and Lenin.\n"


def test_outputs_follow_the_umask(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    old = os.umask(0o027)
    fileio._umask.cache_clear()
    try:
        for command in OUTPUTS:
            assert run_command(command, "ed.xml").exit_code == 0
    finally:
        os.umask(old)
        fileio._umask.cache_clear()
    for path in (tmp_path / "out").rglob("*"):
        mode = path.stat().st_mode & 0o777
        assert mode == (0o750 if path.is_dir() else 0o640), (path, oct(mode))


def test_every_output_parses_after_a_build(tmp_path, monkeypatch):
    """The outputs the fault tests compare against: HTML pages, EPUB, zip all open."""
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, sample_text())
    for command in OUTPUTS:
        assert run_command(command, "ed.xml").exit_code == 0
    for page in (tmp_path / "out" / "html").glob("*.html"):
        etree.parse(str(page), etree.HTMLParser())
    for archive in [*(tmp_path / "out").rglob("*.epub"), *(tmp_path / "out").rglob("*.zip")]:
        with zipfile.ZipFile(archive) as opened:
            assert opened.testzip() is None


def test_a_private_use_character_in_a_seed_is_kept(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seed = _seed(tmp_path, "pua", "pua")
    seed.write_text("A star \\* and a private \ue000 character.\n", encoding="utf-8")
    result = run(["convert", seed, "-o", "pua.xml", "--quiet", "--registers", ROOT / "tei" / "registers"])
    assert result.exit_code == 0, result.output
    assert "private \ue000 character" in (tmp_path / "pua.xml").read_text(encoding="utf-8")


def test_seed_names_make_cannot_handle_are_skipped(tmp_path):
    """A space, '$' or ':' in a seed's name would stop make for every edition."""
    if shutil.which("make") is None:
        pytest.skip("no make")
    (tmp_path / "Makefile").write_bytes((ROOT / "Makefile").read_bytes())
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("good", "a b", "cost$5", "x:y"):
        (seeds / f"{name}.toml").write_text("", encoding="utf-8")
        (seeds / f"{name}.txt").write_text("", encoding="utf-8")
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / ".installed").write_text("", encoding="utf-8")
    python = venv / "bin" / "python"
    python.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    python.chmod(0o755)
    (tmp_path / "edition").mkdir()
    (tmp_path / "edition" / "outputs.py").write_text("", encoding="utf-8")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "outputs.mk").write_text("", encoding="utf-8")  # newer: nothing to remake
    os.utime(tmp_path / "edition" / "outputs.py", (1, 1))
    done = subprocess.run(["make", "-n", "tei"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "convert seeds/good.txt -o tei/good.xml" in done.stdout
    assert "skipping seeds" in done.stderr and '"a b.toml"' in done.stderr


def test_make_notices_a_broken_environment(tmp_path):
    (tmp_path / "Makefile").write_bytes((ROOT / "Makefile").read_bytes())
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    venv = tmp_path / ".venv"
    (venv / "bin").mkdir(parents=True)
    (venv / ".installed").write_text("", encoding="utf-8")
    python = venv / "bin" / "python"
    python.write_text("#!/bin/sh\necho \"error: module 'saxonche' is missing\" >&2\nexit 4\n", encoding="utf-8")
    python.chmod(0o755)
    # (clean: a goal that reads no generated makefile, so that nothing is installed for real)
    done = subprocess.run(["make", "-n", "clean"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert "environment in .venv is broken" in done.stderr and "saxonche" in done.stderr
    assert not (venv / ".installed").exists()  # so the next make installs it again

# SPDX-License-Identifier: MIT
"""Command line: thin typer commands over the library; one handler turns errors into exit codes."""
from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Annotated, Optional, TypeVar

import typer

from edition.batch import BUILD_DIR, REGISTERS_DIR, SEEDS_DIR, TEI_DIR, tei_path
from edition.errors import EXIT_INVALID, EditionError, InputError, as_edition_error, terminal_safe
from edition.process import hold_stop_signals, process_setup, release_stop_signals
from edition.report import Report

app = typer.Typer(
    help="Build TEI digital editions from plain-text seeds: TEI, validation, HTML, PDF, EPUB, deposit.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)


Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Print only errors.")]
Jobs = Annotated[int, typer.Option("--jobs", "-j", min=1, help="Editions processed in parallel.")]
Strict = Annotated[bool, typer.Option(
    "--strict", help="Fail on warnings of possible content loss (a character replaced); others are reported.")]
TeiFiles = Annotated[Optional[list[Path]], typer.Argument(
    help="TEI files (default: every tei/*.xml).", show_default=False)]

T = TypeVar("T")


def _fail(exc: EditionError) -> None:
    typer.echo(f"error: {terminal_safe(str(exc))}", err=True)
    raise typer.Exit(exc.exit_code)


def handles_errors(func: Callable) -> Callable:
    """Print an error as one line and exit with its code; never a traceback.

    An EditionError keeps its code; an operating-system error (disk full, read-only output) is
    bad input or an unwritable output (exit 2); a missing module is a broken installation; any
    other exception is a defect, still reported in one line (EDITION_TRACEBACK=1 shows it whole).
    """
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            release_stop_signals()  # a stop that came while the command line was parsed lands here
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except BaseException as exc:  # every exception becomes one line
            error = as_edition_error(exc)
            if error is None:
                raise
            _fail(error)
    return wrapper


def _emit_warnings(report: Report, quiet: bool, strict: bool) -> None:
    if not quiet or strict:
        for warning in report.warnings:
            typer.echo(terminal_safe(str(warning)), err=True)
    if strict and report.losses:
        raise typer.Exit(EXIT_INVALID)


def default_tei_files(files: list[Path] | None) -> list[Path]:
    if files:
        return files
    found = sorted(p for p in TEI_DIR.glob("*.xml"))
    if not found:
        raise EditionError("no TEI files in tei/", hint="run 'edition convert' or 'make' first")
    return found


def _progress(items: list[T], label: str, quiet: bool) -> Iterable[T]:
    """A progress bar on a terminal for multi-file work; plain iteration otherwise."""
    if quiet or len(items) < 2 or not sys.stderr.isatty():
        yield from items
        return
    from rich.progress import Progress
    with Progress(transient=True) as progress:
        task = progress.add_task(label, total=len(items))
        for item in items:
            yield item
            progress.advance(task)


def _run_per_file(func: Callable[[Path], object], files: list[Path], label: str, jobs: int,
                  quiet: bool) -> list:
    """Run `func` per file, in `jobs` processes when more than one; errors keep their message."""
    from edition.batch import in_processes
    return in_processes(func, files, jobs, lambda items: _progress(items, label, quiet))


# ---------------------------------------------------------------- commands

def _project_of(seed: Path) -> Path | None:
    """The project a seed belongs to: above the seed, else above the working directory."""
    from edition.project import find_project
    return find_project(seed.parent, Path.cwd())


@app.command()
@handles_errors
def convert(
    seed: Annotated[Path, typer.Argument(help="Seed text (seeds/NAME.txt); its NAME.toml must sit beside it.")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o",
                      help="TEI file to write ('-' for standard output; default tei/ID.xml).")] = None,
    registers: Annotated[Optional[Path], typer.Option(
        help="Directory of the entity registers (default: tei/registers of the seed's project).")] = None,
    quiet: Quiet = False, strict: Strict = False,
) -> None:
    """Convert one seed to canonical TEI (read, write, enrich with names and dates).

    Works from any directory: the project (the directory holding tei/registers/) is found
    above the seed, else above the working directory."""
    from edition.convert import convert_seed
    from edition.fileio import write_atomic

    project = _project_of(seed)
    if registers is None:
        if project is None:
            raise EditionError("no project found above the seed or the working directory",
                               seed, hint="give the registers with --registers DIR")
        registers = project / REGISTERS_DIR
    report = Report(str(seed))
    data = convert_seed(seed, registers, report)
    _emit_warnings(report, quiet, strict)
    if output is not None and str(output) == "-":
        sys.stdout.buffer.write(data)
        return
    if output is None:
        output = tei_path(seed, project or Path())
    write_atomic(output, data)
    if not quiet:
        typer.echo(f"wrote {output}", err=True)


@app.command()
@handles_errors
def validate(
    files: Annotated[list[Path], typer.Argument(help="TEI files to check.")],
    tei_all: Annotated[bool, typer.Option("--tei-all/--no-tei-all",
                       help="Also check conformance to the official tei_all schema (slower).")] = True,
    quiet: Quiet = False,
) -> None:
    """Check TEI files against the project schema, its Schematron rules and tei_all.

    Each problem is printed as file:line:col: message; exit 1 if any file is invalid.
    """
    from edition.errors import InputError
    from edition.validate import validate_files

    for path in files:
        if not path.is_file():
            raise InputError("file not found", path, hint="check the path; editions live in tei/")
    problems = validate_files(files, tei_all=tei_all)
    for problem in problems:
        typer.echo(terminal_safe(str(problem)), err=True)
    if problems:
        raise typer.Exit(EXIT_INVALID)
    if not quiet:
        typer.echo(f"{len(files)} file(s) valid", err=True)


@app.command()
@handles_errors
def html(
    files: TeiFiles = None,
    output: Annotated[Path, typer.Option("--output", "-o", help="Site directory.")] = BUILD_DIR / "html",
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Processes that share the site's pages.")] = 1,
    site_url: Annotated[Optional[str], typer.Option(
        "--site-url", help="Public address of the site (canonical links, citations); "
                           "default: the seeds' edition.site_url.")] = None,
    quiet: Quiet = False,
) -> None:
    """Build the static web edition (reading views, registers, chronology, search)."""
    from edition.render.html import build_site, seeds_site_url
    from edition.render.vocabulary import quiet_if

    tei_files = default_tei_files(files)
    with quiet_if(quiet):
        build_site(tei_files, output, site_url=site_url or seeds_site_url(tei_files, SEEDS_DIR), jobs=jobs)
    if not quiet:
        typer.echo(f"wrote {output}/", err=True)


def _output_one(name: str, out_dir: Path, tei: Path, quiet: bool = False) -> Path:
    from edition.outputs import by_name
    from edition.render.vocabulary import quiet_if
    with quiet_if(quiet):
        return by_name(name).build(tei, out_dir)


def _register_output_command(output) -> None:
    """A command per output of the table in edition/outputs.py: FILES, -o, --jobs, --quiet."""
    def command(files=None, out=BUILD_DIR / output.name, jobs=1, quiet=False) -> None:
        _run_per_file(functools.partial(_output_one, output.name, out, quiet=quiet), default_tei_files(files),
                      output.label, jobs, quiet)
    # the annotations as objects: they depend on the row, which a string annotation cannot see
    command.__annotations__ = {
        "files": TeiFiles,
        "out": Annotated[Path, typer.Option("--output", "-o", help=output.output_help)],
        "jobs": Jobs, "quiet": Quiet, "return": None}
    command.__name__ = output.name
    command.__doc__ = output.summary
    app.command(name=output.name)(handles_errors(command))


def _register_output_commands() -> None:
    from edition.outputs import per_edition
    for output in per_edition():
        _register_output_command(output)


_register_output_commands()


@app.command()
@handles_errors
def outputs(make: Annotated[bool, typer.Option("--make", help="Print the Makefile rules of the outputs.")] = False
            ) -> None:
    """List the outputs made from the editions (the table in edition/outputs.py)."""
    from edition.outputs import make_rules, table
    typer.echo(make_rules() if make else table())


def _check_unique_ids(seed_files: list[Path]) -> None:
    """Two seeds whose TOML give the same id would write the same tei/ID.xml: refuse."""
    from edition.config import id_line
    seen: dict[Path, Path] = {}
    for seed in seed_files:
        tei = tei_path(seed)
        if tei in seen:
            from edition.convert import config_path_for
            config = config_path_for(seed)
            raise InputError(f"edition id '{tei.stem}' is also the id of {config_path_for(seen[tei])}",
                             config, id_line(config), hint="give each seed's [edition] id its own value")
        seen[tei] = seed


@app.command()
@handles_errors
def build(
    seeds: Annotated[Optional[list[Path]], typer.Argument(
        help="Seed texts to build (default: every seeds/*.txt).", show_default=False)] = None,
    jobs: Jobs = 1, quiet: Quiet = False,
    tei_all: Annotated[bool, typer.Option("--tei-all/--no-tei-all",
                       help="Also check conformance to tei_all (slower).")] = False,
    scheduler: Annotated[Optional[str], typer.Option(
        "--scheduler", help="Build the editions on the Dask cluster of this scheduler (tcp://HOST:PORT); "
                            "its workers must share this folder.")] = None,
) -> None:
    """Build everything in dependency order: TEI, validation, PDF, EPUB, deposit, then the site."""
    from edition.batch import run_local, run_on_cluster
    seed_files = seeds or sorted(SEEDS_DIR.glob("*.txt"))
    if not seed_files:
        raise EditionError("no seeds found in seeds/")
    _check_unique_ids(seed_files)
    if scheduler:
        results = run_on_cluster(seed_files, scheduler, tei_all)
    else:
        results = run_local(seed_files, jobs, tei_all, lambda items: _progress(items, "editions", quiet))
    if not quiet:
        for built in results:
            for warning in built.warnings:
                typer.echo(terminal_safe(warning), err=True)
    from edition.render.html import build_site, seeds_site_url
    tei_files = sorted(TEI_DIR.glob("*.xml"))
    build_site(tei_files, BUILD_DIR / "html", site_url=seeds_site_url(tei_files, SEEDS_DIR), jobs=jobs)
    if not quiet:
        typer.echo(f"built {len(results)} edition(s) into {BUILD_DIR}/", err=True)


@app.command()
@handles_errors
def stats(files: TeiFiles = None) -> None:
    """Per edition: words, paragraphs, notes, page breaks, tagged names and dates, mentions."""
    from edition.stats import edition_stats, format_stats

    typer.echo(terminal_safe(format_stats([edition_stats(f) for f in default_tei_files(files)]), one_line=False))


@app.command()
@handles_errors
def entities(
    files: TeiFiles = None,
    unknown: Annotated[bool, typer.Option("--unknown", help="List capitalised names no register entry covers.")] = False,
    limit: Annotated[int, typer.Option(help="Show at most this many names.")] = 50,
    propose: Annotated[bool, typer.Option("--propose", help=(
        "Write draft registers to -o DIR: the registers plus a proposed entry (person, place or "
        "organisation) for every name in the files that no entry covers."))] = False,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Directory for --propose.")] = None,
    registers: Annotated[Path, typer.Option(help="Directory of the entity registers.")] = REGISTERS_DIR,
) -> None:
    """Help grow the registers: mentions per entity, names not yet covered (--unknown), or
    draft registers with proposed entries for them (--propose -o DIR)."""
    if propose:
        from edition.enrich.propose import format_proposals, write_proposals
        from edition.errors import InputError

        if output is None:
            raise InputError("--propose needs an output directory", hint="add -o DIR")
        counts = write_proposals(default_tei_files(files), registers, output)
        typer.echo(format_proposals(counts, output))
        return
    from edition.enrich.unknown import format_entities

    typer.echo(format_entities(default_tei_files(files), registers, unknown=unknown, limit=limit))


def main() -> None:
    process_setup()
    hold_stop_signals()
    app()


if __name__ == "__main__":
    main()

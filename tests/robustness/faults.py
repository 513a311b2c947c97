# SPDX-License-Identifier: MIT
"""Helpers of the security and fault tests: a sample edition, a CLI run that must not trace back."""
from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

from typer.testing import CliRunner, Result

from edition.cli import app

SAMPLE = Path(__file__).resolve().parent.parent / "fixtures" / "sample.xml"
runner = CliRunner()
# one line, file[:line[:col]]: message, then the hint in parentheses
ONE_LINE = re.compile(r"^(error: )?[^\s:][^\n]*?(:\d+(:\d+)?)?: [^\n]+$")

COMMANDS = {
    "validate": ["validate", "--no-tei-all"],
    "html": ["html", "-o", "out/html"],
    "pdf": ["pdf", "-o", "out/pdf"],
    "epub": ["epub", "-o", "out/epub"],
    "deposit": ["deposit", "-o", "out/deposit"],
    "stats": ["stats"],
}


def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


def run(args: list[str]) -> Result:
    """Run the CLI in-process; an exception other than a clean exit is a failure of the test."""
    result = runner.invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback instead of a message: {result.exception!r}") from result.exception
    assert "Traceback" not in result.output, result.output
    return result


def run_command(name: str, *files: str | Path) -> Result:
    command = COMMANDS[name]
    return run([command[0], *map(str, files), *command[1:]])


def assert_one_line_error(result: Result, file_name: str | None = None) -> str:
    """The command failed with one line naming a file and line; return that line."""
    assert result.exit_code != 0, result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert ONE_LINE.match(lines[0]), lines[0]
    if file_name is not None:
        assert file_name in lines[0], lines[0]
    return lines[0]


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


class Listener:
    """A loopback HTTP server that records every request made to it."""

    def __init__(self) -> None:
        requests: list[str] = []

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the http.server name)
                requests.append(self.path)
                body = b'<!ENTITY leak "LEAKED-OVER-HTTP">'
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.requests = requests
        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Listener:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

# SPDX-License-Identifier: MIT
"""XSLT 3.0 through saxonche: one processor per process, each stylesheet compiled once.

Saxon never parses an edition file itself: `transform` hands it the text that
edition.xmlsafe has decoded and checked (no DOCTYPE, no entity), and Saxon's own parser,
which the stylesheets use for doc(), refuses any DOCTYPE and reads only local files. What
Saxon prints is captured: a failure is one line naming the file and line it concerns.
"""
from __future__ import annotations

import contextlib
import os
import re
import sys
import tempfile
import threading
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from edition.errors import RenderError
from edition.resources import resource_dir
from edition.xmlsafe import SafeXML, read_xml

XSLT_DIR = resource_dir("xslt")  # in the package when installed from a wheel, else the checkout's
_lock = threading.Lock()

# Saxon's configuration: its XML parser refuses DOCTYPEs (so no DTD and no external entity is
# ever loaded, in any encoding), and URIs may name local files only (no network at build time)
_PARSER_FEATURE = "http://saxon.sf.net/feature/parserFeature?uri="
_CONFIGURATION = {
    _PARSER_FEATURE + "http%3A//apache.org/xml/features/disallow-doctype-decl": "true",
    _PARSER_FEATURE + "http%3A//xml.org/sax/features/external-general-entities": "false",
    _PARSER_FEATURE + "http%3A//xml.org/sax/features/external-parameter-entities": "false",
    _PARSER_FEATURE + "http%3A//apache.org/xml/features/nonvalidating/load-external-dtd": "false",
    "http://saxon.sf.net/feature/allowedProtocols": "file,jar",
}
# "... on line 12 column 5 of file:///.../x.xml:" in what Saxon prints
_WHERE = re.compile(r"on line (\d+)(?: column (\d+))? of (\S+?):?$", re.MULTILINE)
_CODE = re.compile(r"^\s*([A-Z]{4}\d{4}|[A-Z]+\d+)\s+(.*)$", re.MULTILINE)


@cache
def _processor() -> Any:
    from saxonche import PySaxonProcessor
    processor = PySaxonProcessor(license=False)
    for name, value in _CONFIGURATION.items():
        processor.set_configuration_property(name, value)
    return processor


@contextlib.contextmanager
def _captured_stderr() -> Iterator[list[str]]:
    """What native code writes to file descriptor 2 while the block runs, as one string."""
    captured: list[str] = []
    sys.stderr.flush()
    try:
        sink = tempfile.TemporaryFile()
    except OSError:  # no room for it (a full disk): Saxon's own lines go to the terminal
        yield captured
        return
    try:
        saved = os.dup(2)
    except OSError:  # no file descriptor 2: nothing to capture
        sink.close()
        yield captured
        return
    with sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured.append(sink.read().decode("utf-8", errors="replace"))


def _file_of(uri: str) -> Path | None:
    parsed = urlparse(uri)
    if parsed.scheme != "file":
        return None
    return Path(unquote(parsed.path))


def _documents_of(source: SafeXML) -> list[Path]:
    """The files a generated source (the site's collection.xml) points to with @href."""
    files = [_file_of(href) for href in source.tree.getroot().xpath("//@href")]
    return [f for f in files if f is not None]


def _one_line(exc: Exception, printed: str, stylesheet: Path, source: Path | None,
              documents: list[Path] | None = None) -> RenderError:
    """Saxon's exception and what it printed, as one RenderError naming a file and line.

    An edition (or register) file Saxon names is preferred to a stylesheet: that is where an
    editor can act; the stylesheet is named in the hint.
    """
    text = f"{printed}\n{exc}"
    message = " ".join(str(exc).split()) or "the XSLT stage failed"
    code = _CODE.search(text)
    if code and code.group(1) not in message:
        message = f"{code.group(1)} {message}"
    file: Path | None = source
    line = column = None
    for match in _WHERE.finditer(text):
        where = _file_of(match.group(3))
        if where is None or where.suffix in (".xsl", ".xslt") or XSLT_DIR in where.parents:
            continue
        file, line = where, int(match.group(1))
        column = int(match.group(2)) if match.group(2) else None
        break
    if file is not None and line is None:
        line = 1
    if file == source and documents is not None:
        # a file the site builder wrote for the stylesheet is never worth naming; the edition is,
        # when there is one
        file, line, column = (documents[0], None, None) if len(documents) == 1 else (None, None, None)
    hint = f"{stylesheet.relative_to(XSLT_DIR.parent) if XSLT_DIR in stylesheet.parents else stylesheet.name} " \
           "could not process this file; check the markup near this line"
    return RenderError(f"XSLT failed: {message[:300]}", file or stylesheet, line, column, hint=hint)


@cache
def _compiled(stylesheet: Path) -> Any:
    from saxonche import PySaxonApiError
    xslt = _processor().new_xslt30_processor()
    with _captured_stderr() as printed:
        try:
            executable = xslt.compile_stylesheet(stylesheet_file=str(stylesheet))
        except PySaxonApiError as exc:
            executable = exc
    if isinstance(executable, Exception) or executable is None:
        first = next((line.strip() for line in "".join(printed).splitlines() if line.strip()), "")
        raise RenderError(f"XSLT does not compile: {' '.join(str(executable or first).split())[:300]}",
                          stylesheet, hint="the stylesheets are part of the program; reinstall or report it")
    executable.set_save_xsl_message(True)
    return executable


def _set_params(executable: Any, params: dict[str, object]) -> None:
    proc = _processor()
    for name, value in params.items():
        if isinstance(value, bool):
            xdm = proc.make_boolean_value(value)
        elif isinstance(value, int):
            xdm = proc.make_integer_value(value)
        else:
            xdm = proc.make_string_value(str(value))
        executable.set_parameter(name, xdm)


def _document(source: SafeXML) -> Any:
    """The checked text as a Saxon document, with the file's URI and line numbers."""
    builder = _processor().new_document_builder()
    builder.set_line_numbering(True)
    builder.set_base_uri(source.uri)
    return builder.parse_xml(xml_text=source.text)


def transform(stylesheet: str | Path, source: str | Path | SafeXML, *, params: dict[str, object] | None = None,
              output: str | Path | None = None, base_output_dir: str | Path | None = None) -> str | None:
    """Run `stylesheet` on `source`. With `output`, write there and return None; else return the result.

    `base_output_dir` is where xsl:result-document writes relative hrefs. `source` is read
    and checked by edition.xmlsafe (a SafeXML already read is used as it is).
    """
    from saxonche import PySaxonApiError
    stylesheet = Path(stylesheet).resolve()
    safe = source if isinstance(source, SafeXML) else read_xml(source)
    with _lock:  # a compiled stylesheet is not thread-safe; the processor is shared
        executable = _compiled(stylesheet)
        executable.clear_parameters()
        executable.clear_xsl_messages()
        _set_params(executable, params or {})
        if base_output_dir is not None:
            executable.set_base_output_uri(Path(base_output_dir).resolve().as_uri() + "/")
        with _captured_stderr() as printed:
            try:
                node = _document(safe)
                if output is not None:
                    executable.set_output_file(str(Path(output).resolve()))
                    executable.transform_to_file(xdm_node=node)
                    result = None
                else:
                    result = executable.transform_to_string(xdm_node=node)
            except PySaxonApiError as exc:
                error: Exception | None = exc
            else:
                error = None
        if error is not None:
            documents = _documents_of(safe) if safe.path.name == "collection.xml" else None
            raise _one_line(error, "".join(printed), stylesheet, safe.path, documents) from None
        return result


# SPDX-License-Identifier: MIT
"""XSLT 3.0 through saxonche: one processor per process, each stylesheet compiled once."""
from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

from edition.errors import RenderError

XSLT_DIR = Path(__file__).resolve().parent.parent.parent / "xslt"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _processor():
    from saxonche import PySaxonProcessor
    return PySaxonProcessor(license=False)


@lru_cache(maxsize=None)
def _compiled(stylesheet: Path):
    from saxonche import PySaxonApiError
    xslt = _processor().new_xslt30_processor()
    try:
        executable = xslt.compile_stylesheet(stylesheet_file=str(stylesheet))
    except PySaxonApiError as exc:
        raise RenderError(f"XSLT does not compile: {exc}", stylesheet) from None
    if executable is None:
        raise RenderError("XSLT does not compile", stylesheet)
    return executable


def _set_params(executable, params: dict[str, object]) -> None:
    proc = _processor()
    for name, value in params.items():
        if isinstance(value, bool):
            xdm = proc.make_boolean_value(value)
        elif isinstance(value, int):
            xdm = proc.make_integer_value(value)
        else:
            xdm = proc.make_string_value(str(value))
        executable.set_parameter(name, xdm)


def transform(stylesheet: str | Path, source: str | Path, *, params: dict[str, object] | None = None,
              output: str | Path | None = None, base_output_dir: str | Path | None = None) -> str | None:
    """Run `stylesheet` on `source`. With `output`, write there and return None; else return the result.

    `base_output_dir` is where xsl:result-document writes relative hrefs.
    """
    from saxonche import PySaxonApiError
    stylesheet = Path(stylesheet).resolve()
    with _lock:  # a compiled stylesheet is not thread-safe; the processor is shared
        executable = _compiled(stylesheet)
        executable.clear_parameters()
        _set_params(executable, params or {})
        if base_output_dir is not None:
            executable.set_base_output_uri(Path(base_output_dir).resolve().as_uri() + "/")
        try:
            if output is not None:
                executable.set_output_file(str(Path(output).resolve()))
                executable.transform_to_file(source_file=str(Path(source).resolve()))
                return None
            return executable.transform_to_string(source_file=str(Path(source).resolve()))
        except PySaxonApiError as exc:
            raise RenderError(f"XSLT failed on {source}: {exc}", stylesheet) from None

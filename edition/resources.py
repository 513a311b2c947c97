# SPDX-License-Identifier: MIT
"""Where the stylesheets (xslt/) and schemas (schema/) are: inside the installed package
(a wheel carries them as edition/xslt, edition/schema), else beside it in a checkout."""
from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_dir(name: str) -> Path:
    """The folder of the package's resources called `name` ('xslt' or 'schema')."""
    installed = Path(str(files("edition"))) / name
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / name

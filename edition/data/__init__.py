# SPDX-License-Identifier: MIT
"""Editorial knowledge as data an editor can change: word lists, per language."""
from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any


@functools.cache
def load(name: str) -> dict[str, Any]:
    """A TOML file of edition/data/, e.g. load("layout/headings")."""
    return tomllib.loads(resources.files("edition.data").joinpath(f"{name}.toml").read_text("utf-8"))

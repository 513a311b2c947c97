# SPDX-License-Identifier: MIT
"""The editorial word lists a reader needs, for the language of the text.

The lists are data (edition/data/): either one file per language (`italics/en.toml`) or one
file with a table per language (`layout/function-words.toml`). A text's language is its
seed's `language`; a language without its own list is read with its base language's
("ru" for "ru-Latn"), else with English.
"""
from __future__ import annotations

import functools
from importlib import resources
from typing import Any

from edition import data

FALLBACK = "en"


def candidates(language: str | None) -> list[str]:
    """The language tags to try, most specific first: "ru-Latn", "ru", then "en"."""
    tags: list[str] = []
    if language:
        tags.append(language)
        base = language.split("-")[0]
        if base not in tags:
            tags.append(base)
    if FALLBACK not in tags:
        tags.append(FALLBACK)
    return tags


def _exists(name: str) -> bool:
    return resources.files("edition.data").joinpath(f"{name}.toml").is_file()


@functools.cache
def language_file(kind: str, language: str | None) -> dict[str, Any]:
    """edition/data/<kind>/<language>.toml for the text's language, or its fallback's."""
    for tag in candidates(language):
        if _exists(f"{kind}/{tag}"):
            return data.load(f"{kind}/{tag}")
    return {}


def language_table(name: str, language: str | None) -> dict[str, Any]:
    """The table of the text's language (or its fallback's) in edition/data/<name>.toml."""
    tables = data.load(name)
    for tag in candidates(language):
        if tag in tables:
            return tables[tag]
    return {}

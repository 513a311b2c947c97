# SPDX-License-Identifier: MIT
"""A built wheel carries the stylesheets, Typst templates and schemas, and finds them there."""
from __future__ import annotations

import ast
import fnmatch
from pathlib import Path

import edition.resources as resources

ROOT = Path(__file__).resolve().parents[2]


def _package_data() -> dict[str, list[str]]:
    """package_data of setup.py, evaluated from its source (setup() is not run)."""
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    patterns = next(node for node in ast.walk(tree) if isinstance(node, ast.Assign)
                    and getattr(node.targets[0], "id", "") == "RESOURCES")
    resources_list = ast.literal_eval(patterns.value)
    return {"edition.xslt": [f"{folder}{pattern}" for folder in ("", "*/", "*/*/") for pattern in resources_list],
            "edition.schema": resources_list}


def test_every_stylesheet_template_and_schema_file_is_shipped():
    data = _package_data()
    for package, folder in (("edition.xslt", "xslt"), ("edition.schema", "schema")):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file():
                relative = path.relative_to(ROOT / folder).as_posix()
                assert any(fnmatch.fnmatch(relative, p) and relative.count("/") == p.count("/")
                           for p in data[package]), f"{folder}/{relative} would be missing from a wheel"


def test_resources_are_found_inside_an_installed_package(tmp_path, monkeypatch):
    (tmp_path / "xslt").mkdir()
    monkeypatch.setattr(resources, "files", lambda _package: tmp_path)
    assert resources.resource_dir("xslt") == tmp_path / "xslt"


def test_resources_are_found_beside_the_package_in_a_checkout():
    assert resources.resource_dir("xslt") == ROOT / "xslt"
    assert (resources.resource_dir("schema") / "edition.xsd").is_file()

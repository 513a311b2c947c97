# SPDX-License-Identifier: MIT
"""Packaging beyond what pyproject.toml can say: the stylesheets, Typst templates and schemas.

In a checkout they live beside the package (xslt/, schema/); a wheel carries them inside it
as edition/xslt and edition/schema, where edition.resources finds them with importlib.resources.
"""
from setuptools import find_namespace_packages, setup

# every file type the stylesheets, templates, assets and schemas are made of
RESOURCES = ["*.xsl", "*.xml", "*.typ", "*.css", "*.js", "*.svg", "*.xsd", "*.sch", "*.md"]

setup(
    packages=find_namespace_packages(include=["edition", "edition.*"]) + ["edition.xslt", "edition.schema"],
    package_dir={"edition.xslt": "xslt", "edition.schema": "schema"},
    package_data={
        # editorial knowledge shipped with the package (word lists per language)
        "edition": ["data/*/*.toml"],
        "edition.xslt": [f"{folder}{pattern}" for folder in ("", "*/", "*/*/") for pattern in RESOURCES],
        "edition.schema": RESOURCES,
    },
)

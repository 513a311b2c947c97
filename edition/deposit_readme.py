# SPDX-License-Identifier: MIT
"""Header facts and the payload's file list to the README that travels inside a deposit package."""
from __future__ import annotations

import textwrap

from edition.header_facts import HeaderFacts

# what each part of the payload is, by its folder; the edition file itself is described apart
ROLES = {
    "tei/registers/": "project register of persons, places or organisations (TEI)",
    "schema/": "schema of the project's TEI subset, which the edition validates against",
    "metadata/": "Dublin Core record (oai_dc) made from the TEI header",
}
# the access copies, by their suffix
ACCESS_ROLES = {
    ".pdf": "access copy: the print edition (PDF/A-2b), made from the TEI file",
    ".epub": "access copy: the EPUB 3 edition, made from the TEI file",
}

TEMPLATE = """\
{title}
{underline}

{intro}

This folder is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed with its SHA-256 and
SHA-512 checksums in manifest-sha256.txt and manifest-sha512.txt; bag-info.txt describes the
package. To check that nothing was changed or lost, run for example:

    bagit.py --validate {bag_name}

{date_paragraph}

Contents of data/
{listing}

The TEI file is the canonical edition: the text as printed, with its footnotes, page breaks,
editorial corrections (the source's reading kept beside each correction) and links from names
to the entries copied into its own standOff, so it can be read without the other files.
{schema_note}"""


def _schema_note(schema_files: list[str]) -> str:
    if schema_files:
        return ""
    return ("\nNo schema files were present in the project when this package was built; the TEI\n"
            "file conforms to TEI P5 (tei_all) and can be validated against it.\n")


def package_readme(facts: HeaderFacts, bag_name: str, edition_file: str, payload: list[str],
                   bagged: tuple[str, str]) -> str:
    """`payload` lists paths relative to data/, the README's own name among them."""
    rows = []
    for path in payload:
        if path == edition_file:
            role = "the edition (TEI P5 XML)"
        elif path == "README.txt":
            role = "this file"
        elif path.startswith("access/"):
            role = next((text for suffix, text in ACCESS_ROLES.items() if path.endswith(suffix)), "access copy")
        elif path.startswith("schema/") and path.endswith((".md", ".txt", ".html")):
            role = "description of the project's encoding and its schema"
        else:
            role = next((text for prefix, text in ROLES.items() if path.startswith(prefix)), "")
        rows.append(f"  {path}" + (f"\n      {role}" if role else ""))
    title = f"{facts.title}: archive package"
    schema_files = [p for p in payload if p.startswith("schema/")]
    return TEMPLATE.format(
        title=title, underline="=" * len(title), bag_name=bag_name,
        intro=textwrap.fill(f'Archive package of the TEI edition "{facts.identifier}"'
                            + (f", published by {facts.publisher}" if facts.publisher else "")
                            + f". Its persistent identifier (External-Identifier) is {facts.persistent_id}, "
                            f"{facts.persistent_origin}.", width=92, break_on_hyphens=False, break_long_words=False),
        date_paragraph=textwrap.fill(
            f"Packaging date (Bagging-Date): {bagged[0]}, {bagged[1]}. "
            + (f"The edition's own publication date (Edition-Date) is {facts.published}. " if facts.published else "")
            + f"Every file in the zip is time-stamped {facts.date}: {facts.date_origin}. So the zip of "
            "the same edition, bagged on the same day, has the same bytes.", width=92),
        listing="\n".join(rows),
        schema_note=_schema_note(schema_files))

# SPDX-License-Identifier: MIT
"""Which characters of a Typst source no font inside typst can show, found before the PDF is
set: every character at once, by compiling small probes (a few milliseconds each), halving the
set of characters until each missing one is found. The print edition then prints them as their
code points (edition.render.pdf.without_missing_glyphs) in one pass, however many there are.

The probes are set with the document's fallback fonts (edition.render.fonts) after the text
font, as the edition is: a character one of them has is not missing."""
from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from edition.render.fonts import NO_FALLBACK, Fallback

# the text font of book.typ; typst falls back from it to the other fonts it carries
PROBE_FONT = "Libertinus Serif"
# the PDF standard of the print edition (PDF/A-2b), for the probes as for the book
PDF_STANDARDS = ["a-2b"]


def _literal(char: str) -> str:
    return '"' + char.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _shown(chars: list[str], probe: Path, fonts: Fallback, font_paths: list[str]) -> bool:
    import typst
    families = ", ".join(_literal(f) for f in (PROBE_FONT, *fonts.families))
    probe.write_text(f"#set text(font: ({families},))\n" + "\n".join(f"#{_literal(c)}" for c in chars) + "\n",
                     encoding="utf-8")
    try:
        typst.compile(str(probe), font_paths=font_paths, ignore_system_fonts=True,
                      pdf_standards=PDF_STANDARDS)  # type: ignore[arg-type]
    except typst.TypstError:
        return False
    return True


def missing_glyphs(text: str, fonts: Fallback = NO_FALLBACK) -> str:
    """The characters of `text` (beyond ASCII) that typst's fonts and `fonts` lack, in code
    point order."""
    candidates = sorted(c for c in set(text) if ord(c) > 0x7E and not c.isspace()
                        and unicodedata.category(c) not in ("Cc", "Cf", "Cs"))
    if not candidates:
        return ""
    missing: list[str] = []
    with tempfile.TemporaryDirectory(prefix="edition-glyphs-") as work:
        probe = Path(work) / "probe.typ"
        font_paths = fonts.font_paths(Path(work))

        def search(chars: list[str]) -> None:
            if _shown(chars, probe, fonts, font_paths):
                return
            if len(chars) == 1:
                missing.append(chars[0])
                return
            middle = len(chars) // 2
            search(chars[:middle])
            search(chars[middle:])

        search(candidates)
    return "".join(sorted(missing))

# SPDX-License-Identifier: MIT
"""Characters the print edition's fonts lack are found at once, however many there are."""
from __future__ import annotations

from edition.render.glyphs import missing_glyphs
from edition.render.pdf import build_pdf

MUFI = "ꝛ ꝰ ꝓ ꝑ ꝗ ꝯ ꝫ ꝭ ꝙ ꝝ ꝟ ꝡ ꝣ ꝥ ꝧ ꝩ ꝱ ꝲ ꝳ ꝴ ꝵ ꝶ ꝷ ꝸ ꝺ ꝼ ꝿ ꞁ ꞃ ꞅ ꞇ ꜳ ꜵ ꜷ ꜹ ꜻ ꜽ ꜿ ꝁ ꝃ"


def test_the_missing_characters_are_found_and_the_present_ones_kept():
    found = missing_glyphs("Greek αβγ, Latin éſ, medieval ꝛ, Chinese 日, private \uf8ff")
    assert "ꝛ" in found and "日" in found and "\uf8ff" in found
    assert not set("αβγéſ") & set(found)


def test_a_text_of_many_characters_the_fonts_lack_still_makes_its_print_edition(tmp_path):
    tei = tmp_path / "mufi.xml"
    tei.write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>M</title>
</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>{MUFI} and words</p></body></text></TEI>""", encoding="utf-8")
    build_pdf(tei, tmp_path / "pdf" / "mufi.pdf")
    assert (tmp_path / "pdf" / "mufi.pdf").read_bytes().startswith(b"%PDF")
    source = (tmp_path / "pdf" / "typst" / "mufi.typ").read_text(encoding="utf-8")
    assert "U+A75B" in source and "and words" in source

# SPDX-License-Identifier: MIT
"""Characters the print edition's fonts lack are found at once, however many there are."""
from __future__ import annotations

from edition.render.glyphs import missing_glyphs
from edition.render.pdf import build_pdf

# forty signs of Linear A: no font of typst's, Debian's Noto or Junicode has them
UNSET = " ".join(chr(0x10600 + i) for i in range(40))


def test_the_missing_characters_are_found_and_the_present_ones_kept():
    found = missing_glyphs("Greek αβγ, Latin éſ, medieval ꝛ, Chinese 日, private \uf8ff")
    assert "ꝛ" in found and "日" in found and "\uf8ff" in found
    assert not set("αβγéſ") & set(found)


def test_a_text_of_many_characters_the_fonts_lack_still_makes_its_print_edition(tmp_path):
    tei = tmp_path / "mufi.xml"
    tei.write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>M</title>
</titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p></sourceDesc></fileDesc></teiHeader>
<text><body><p>{UNSET} and words</p></body></text></TEI>""", encoding="utf-8")
    build_pdf(tei, tmp_path / "pdf" / "mufi.pdf")
    assert (tmp_path / "pdf" / "mufi.pdf").read_bytes().startswith(b"%PDF")
    source = (tmp_path / "pdf" / "typst" / "mufi.typ").read_text(encoding="utf-8")
    assert "U+10600" in source and "U+10627" in source and "and words" in source

# SPDX-License-Identifier: MIT
"""Every script of a TEI file is printed: with Debian's Noto fonts installed, Hebrew, Arabic,
Syriac, Thai and Chinese are set by them (after the edition's own font, which keeps Latin and
Greek), right-to-left text in its order, and nothing becomes a {U+XXXX} placeholder."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from edition.render.fonts import NO_FALLBACK, cjk_families, fallback_fonts, unprovided
from edition.render.glyphs import missing_glyphs
from edition.render.pdf import build_pdf, tei_to_typst

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SCRIPTS = HERE / "fixtures" / "scripts.xml"
# the passages of the fixture, as the TEI writes them (logical order)
PASSAGES = {
    "Greek": "ἐν ἀρχῇ ἦν ὁ λόγος",
    "Hebrew": "בראשית ברא אלהים",
    "Arabic": "قال الشيخ الرئيس",
    "Chinese": "學而時習之",
    "Syriac": "ܒܪܫܝܬ ܐܝܬܘܗܝ ܗܘܐ ܡܠܬܐ",
    "Thai": "สวัสดีครับ",
    "a Hebrew paragraph": "שלום עליכם 42 ומה שלומך",
    "an Arabic paragraph": "كتاب جديد في المكتبة",
}
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")

_absent = unprovided("".join(PASSAGES.values()))
needs_fonts = pytest.mark.skipif(
    bool(_absent) or shutil.which("pdftotext") is None,
    reason=f"no font for {', '.join(_absent)} installed (Debian: fonts-noto-core, fonts-noto-cjk)"
    if _absent else "pdftotext (poppler-utils) is not installed")


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory) -> tuple[Path, str]:
    """The fixture's PDF, and what was written to standard error while it was made."""
    import contextlib
    import io
    out = tmp_path_factory.mktemp("scripts") / "scripts.pdf"
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        build_pdf(SCRIPTS, out)
    return out, stderr.getvalue()


def _words(text: str) -> str:
    """Text without bidi controls and white space: pdftotext sets an RTL run's spacing its own way."""
    return re.sub(r"\s+", "", _BIDI_CONTROLS.sub("", text))


@needs_fonts
def test_every_script_is_printed_and_none_is_a_placeholder(scripts_pdf):
    pdf, stderr = scripts_pdf
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "{U+" not in text
    for script, passage in PASSAGES.items():
        # reading order is recovered from where the glyphs stand: words of a right-to-left
        # passage set left to right would come out reversed
        assert _words(passage) in _words(text), f"{script} is not in the PDF's text as written"
    assert "warning" not in stderr, stderr


@needs_fonts
def test_the_noto_fonts_set_what_the_edition_font_lacks(scripts_pdf):
    data = scripts_pdf[0].read_bytes()
    for font in (b"NotoNaskhArabic", b"NotoSansSyriac", b"NotoSerifThai", b"NotoSerifCJK"):
        assert font in data, font
    assert b"LibertinusSerif" in data


@needs_fonts
def test_a_block_in_a_right_to_left_language_is_set_in_it(scripts_pdf):
    source = (scripts_pdf[0].parent / "typst" / "scripts.typ").read_text(encoding="utf-8")
    assert '#ed-lang("he", region: none, italic: false)[#ed-paragraph[' in source
    assert '#ed-lang("ar", region: none, italic: false)[#ed-paragraph[' in source


@needs_fonts
def test_two_builds_give_the_same_bytes(scripts_pdf, tmp_path):
    again = tmp_path / "scripts.pdf"
    build_pdf(SCRIPTS, again)
    assert again.read_bytes() == scripts_pdf[0].read_bytes()


@needs_fonts
def test_the_probe_counts_the_fallback_fonts_as_present():
    text = "".join(PASSAGES.values()) + " \uf8ff"
    fonts = fallback_fonts(text)
    assert missing_glyphs(text, fonts) == "\uf8ff"  # private use: no font has it
    assert "學" in missing_glyphs(text)  # typst's own fonts have no Han


def test_a_latin_script_edition_gets_no_fallback_font():
    # the seeds: Latin text, a little Greek and Cyrillic; one header holds a Chinese library
    # stamp the print edition does not show
    for tei in sorted((ROOT / "tei").glob("*.xml")):
        assert fallback_fonts(set(tei_to_typst(tei))).files == (), tei.name


def test_only_the_fonts_of_the_scripts_present_are_chosen(tmp_path):
    for name in ("NotoSansSyriac-Regular.ttf", "NotoSerifThai-Regular.ttf", "NotoSerifThai-Bold.ttf",
                 "NotoSerifCJK-Regular.ttc", "NotoSerif-Regular.ttf"):
        (tmp_path / name).write_bytes(b"")
    fonts = fallback_fonts("Latin, Ἑλληνικά, Русский, ܣܘܪܝܝܐ", dirs=[tmp_path])
    assert fonts.files == (str(tmp_path / "NotoSansSyriac-Regular.ttf"),)
    assert fonts.covers("ܣ") and not fonts.covers("a")
    assert fallback_fonts("Arabic عربي", dirs=[tmp_path]).files == ()  # its font is not there
    assert fallback_fonts("ܣ", dirs=[tmp_path / "absent"]).files == ()
    both = fallback_fonts("สวัสดี 日本", ["en", "ja-JP"], dirs=[tmp_path])
    assert [Path(f).name for f in both.files] == ["NotoSerifThai-Regular.ttf", "NotoSerifThai-Bold.ttf",
                                                   "NotoSerifCJK-Regular.ttc"]
    # every family is listed, in the table's order, the Japanese face first among the CJK ones
    assert both.families.index("Noto Serif Thai") < both.families.index("Noto Serif CJK JP")
    cjk = [f for f in both.families if "CJK" in f]
    assert cjk[0] == "Noto Serif CJK JP" and len(cjk) == 5


def test_the_cjk_face_follows_the_document_language():
    assert cjk_families([])[0] == "Noto Serif CJK SC"
    assert cjk_families(["en", "zh-TW"])[0] == "Noto Serif CJK TC"
    assert cjk_families(["ko"])[0] == "Noto Serif CJK KR"
    assert sorted(cjk_families(["ja"])) == sorted(cjk_families([]))


def test_fonts_are_linked_into_a_directory_of_their_own(tmp_path):
    font = tmp_path / "NotoSansSyriac-Regular.ttf"
    font.write_bytes(b"x")
    work = tmp_path / "work"
    work.mkdir()
    paths = fallback_fonts("ܣ", dirs=[tmp_path]).font_paths(work)
    assert paths == [str(work / "fonts")]
    assert [p.name for p in (work / "fonts").iterdir()] == [font.name]
    assert NO_FALLBACK.font_paths(work / "none") == []


MEDIEVAL = "vnd deꝛ Pꝛiester ꝯ ꝰ"  # r rotunda, con, us: Latin Extended-D
_junicode = unprovided("ꝛ")


@pytest.mark.skipif(bool(_junicode) or shutil.which("pdftotext") is None,
                    reason="neither Junicode nor Noto Serif is installed (Debian: fonts-junicode)")
def test_medieval_letters_are_set_by_a_medievalist_font(tmp_path):
    tei = tmp_path / "medieval.xml"
    tei.write_text(f"""<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt>
<title>Medieval</title></titleStmt><publicationStmt><p>x</p></publicationStmt><sourceDesc><p>x</p>
</sourceDesc></fileDesc></teiHeader><text><body><p>{MEDIEVAL}</p></body></text></TEI>""", encoding="utf-8")
    assert missing_glyphs(MEDIEVAL) != ""  # typst's own fonts lack them
    assert missing_glyphs(MEDIEVAL, fallback_fonts(MEDIEVAL)) == ""
    build_pdf(tei, tmp_path / "medieval.pdf")
    text = subprocess.run(["pdftotext", str(tmp_path / "medieval.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "{U+" not in text and _words(MEDIEVAL) in _words(text)

# SPDX-License-Identifier: MIT
"""The fonts the print edition falls back on for scripts typst's own fonts do not set well or
at all (Hebrew, Arabic, Syriac, Indic scripts, Thai, Ethiopic, CJK ...): Debian's Noto fonts
(fonts-noto-core, fonts-noto-cjk), where they are installed; and for the letters of medieval
and early modern Latin script (r rotunda, the abbreviation signs of Latin Extended-D, the
private-use characters of the Medieval Unicode Font Initiative) Junicode (fonts-junicode),
else Noto Serif.

Only the directories below are looked in, never the system's fonts at large, and only the
files of the scripts a document holds are given to typst: a Latin-script book is set exactly
as without them, and no slower. The edition's own font always comes first; a fallback font
sets only what that font lacks."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FONT_DIRS = (Path("/usr/share/fonts/opentype/noto"), Path("/usr/share/fonts/truetype/noto"),
             Path("/usr/share/fonts/opentype/junicode"))

# the faces of NotoSerifCJK-*.ttc, for the language a document's Han characters are in
_CJK = {"ja": "JP", "ko": "KR", "zh": "SC", "zh-hant": "TC", "zh-tw": "TC", "zh-hk": "HK", "zh-mo": "HK"}
_CJK_ORDER = ("SC", "TC", "HK", "JP", "KR")


@dataclass(frozen=True)
class Script:
    name: str
    ranges: tuple[tuple[int, int], ...]
    stem: str  # the font's files are STEM-Regular and STEM-Bold (.ttf, .ttc for CJK)
    family: str


# Latin Extended-D and -E, the combining marks supplement, supplemental punctuation, and the
# private use area where MUFI places the characters Unicode lacks
_MEDIEVAL = ((0x1DC0, 0x1DFF), (0x2E00, 0x2E7F), (0xA720, 0xA7FF), (0xAB30, 0xAB6F), (0xE000, 0xF8FF))

SCRIPTS = (
    Script("medieval Latin", _MEDIEVAL, "JunicodeTwoBeta", "Junicode Two Beta"),
    Script("medieval Latin", _MEDIEVAL[:4], "NotoSerif", "Noto Serif"),
    Script("Hebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F)), "NotoSerifHebrew", "Noto Serif Hebrew"),
    Script("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                      (0xFE70, 0xFEFF)), "NotoNaskhArabic", "Noto Naskh Arabic"),
    Script("Syriac", ((0x0700, 0x074F), (0x0860, 0x086F)), "NotoSansSyriac", "Noto Sans Syriac"),
    Script("Thaana", ((0x0780, 0x07BF),), "NotoSansThaana", "Noto Sans Thaana"),
    Script("Samaritan", ((0x0800, 0x083F),), "NotoSansSamaritan", "Noto Sans Samaritan"),
    Script("Armenian", ((0x0530, 0x058F), (0xFB13, 0xFB17)), "NotoSerifArmenian", "Noto Serif Armenian"),
    Script("Devanagari", ((0x0900, 0x097F), (0xA8E0, 0xA8FF)), "NotoSerifDevanagari", "Noto Serif Devanagari"),
    Script("Bengali", ((0x0980, 0x09FF),), "NotoSerifBengali", "Noto Serif Bengali"),
    Script("Gurmukhi", ((0x0A00, 0x0A7F),), "NotoSerifGurmukhi", "Noto Serif Gurmukhi"),
    Script("Gujarati", ((0x0A80, 0x0AFF),), "NotoSerifGujarati", "Noto Serif Gujarati"),
    Script("Oriya", ((0x0B00, 0x0B7F),), "NotoSansOriya", "Noto Sans Oriya"),
    Script("Tamil", ((0x0B80, 0x0BFF),), "NotoSerifTamil", "Noto Serif Tamil"),
    Script("Telugu", ((0x0C00, 0x0C7F),), "NotoSerifTelugu", "Noto Serif Telugu"),
    Script("Kannada", ((0x0C80, 0x0CFF),), "NotoSerifKannada", "Noto Serif Kannada"),
    Script("Malayalam", ((0x0D00, 0x0D7F),), "NotoSerifMalayalam", "Noto Serif Malayalam"),
    Script("Sinhala", ((0x0D80, 0x0DFF),), "NotoSerifSinhala", "Noto Serif Sinhala"),
    Script("Thai", ((0x0E00, 0x0E7F),), "NotoSerifThai", "Noto Serif Thai"),
    Script("Lao", ((0x0E80, 0x0EFF),), "NotoSerifLao", "Noto Serif Lao"),
    Script("Tibetan", ((0x0F00, 0x0FFF),), "NotoSerifTibetan", "Noto Serif Tibetan"),
    Script("Myanmar", ((0x1000, 0x109F),), "NotoSerifMyanmar", "Noto Serif Myanmar"),
    Script("Georgian", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F)),
           "NotoSerifGeorgian", "Noto Serif Georgian"),
    Script("Ethiopic", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F)),
           "NotoSerifEthiopic", "Noto Serif Ethiopic"),
    Script("Cherokee", ((0x13A0, 0x13FF), (0xAB70, 0xABBF)), "NotoSansCherokee", "Noto Sans Cherokee"),
    Script("Canadian syllabics", ((0x1400, 0x167F),), "NotoSansCanadianAboriginal",
           "Noto Sans Canadian Aboriginal"),
    Script("Ogham", ((0x1680, 0x169F),), "NotoSansOgham", "Noto Sans Ogham"),
    Script("Runic", ((0x16A0, 0x16FF),), "NotoSansRunic", "Noto Sans Runic"),
    Script("Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF)), "NotoSerifKhmer", "Noto Serif Khmer"),
    Script("Mongolian", ((0x1800, 0x18AF),), "NotoSansMongolian", "Noto Sans Mongolian"),
    Script("Glagolitic", ((0x2C00, 0x2C5F),), "NotoSansGlagolitic", "Noto Sans Glagolitic"),
    Script("Coptic", ((0x2C80, 0x2CFF),), "NotoSansCoptic", "Noto Sans Coptic"),
    Script("Tifinagh", ((0x2D30, 0x2D7F),), "NotoSansTifinagh", "Noto Sans Tifinagh"),
    Script("Yi", ((0xA000, 0xA4CF),), "NotoSansYi", "Noto Sans Yi"),
    Script("Gothic", ((0x10330, 0x1034F),), "NotoSansGothic", "Noto Sans Gothic"),
    # Han, kana, Hangul, bopomofo, CJK punctuation and full-width forms; the family is
    # completed with the face of the document's language (cjk_families)
    Script("CJK", ((0x1100, 0x11FF), (0x2E80, 0x2FDF), (0x2FF0, 0x9FFF), (0xA960, 0xA97F), (0xAC00, 0xD7FF),
                   (0xF900, 0xFAFF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF),
                   (0x20000, 0x3FFFF)), "NotoSerifCJK", "Noto Serif CJK"),
)


@dataclass(frozen=True)
class Fallback:
    """The fallback fonts of one document: typst's family names, in the order they are tried,
    the font files (absolute paths in FONT_DIRS) and the code points they are there for."""
    families: tuple[str, ...] = ()
    files: tuple[str, ...] = ()
    ranges: tuple[tuple[int, int], ...] = ()

    def covers(self, char: str) -> bool:
        code = ord(char)
        return any(low <= code <= high for low, high in self.ranges)

    def font_paths(self, work: Path) -> list[str]:
        """typst's font_paths for these fonts: typst reads directories only, so the files are
        linked into one of their own in `work` (a fresh temporary directory), and typst
        reads no other font of FONT_DIRS."""
        if not self.files:
            return []
        directory = work / "fonts"
        directory.mkdir(exist_ok=True)
        for file in self.files:
            link = directory / Path(file).name
            if not link.is_symlink():
                link.symlink_to(file)
        return [str(directory)]


NO_FALLBACK = Fallback()


def _files(stem: str, dirs: Iterable[Path]) -> tuple[str, ...]:
    found = []
    for weight in ("Regular", "Bold"):
        for directory in dirs:
            path = next((directory / f"{stem}-{weight}.{ext}" for ext in ("ttf", "otf", "ttc")
                         if (directory / f"{stem}-{weight}.{ext}").is_file()), None)
            if path is not None:
                found.append(str(path))
                break
    return tuple(found)


def cjk_families(langs: Iterable[str]) -> tuple[str, ...]:
    """The faces of Noto Serif CJK in the order tried: first that of the first Chinese,
    Japanese or Korean language tag among `langs` (Simplified Chinese when there is none)."""
    first = "SC"
    for tag in langs:
        tag = tag.strip().lower()
        face = _CJK.get(tag) or _CJK.get("-".join(tag.split("-")[:2])) or _CJK.get(tag.split("-")[0])
        if face:
            first = face
            break
    return tuple(f"Noto Serif CJK {face}" for face in (first, *(f for f in _CJK_ORDER if f != first)))


def families(langs: Iterable[str] = ()) -> tuple[str, ...]:
    """Every fallback family, in the order tried after the text font (book.typ): those not
    installed or not given to typst are passed over, so the list is the same on every machine."""
    found: list[str] = []
    for script in SCRIPTS:
        found += cjk_families(langs) if script.name == "CJK" else (script.family,)
    return tuple(found)


def fallback_fonts(chars: Iterable[str], langs: Iterable[str] = (),
                   dirs: Iterable[Path] = FONT_DIRS) -> Fallback:
    """The installed fallback fonts for the scripts among `chars`: no file for Latin, Greek and
    Cyrillic text, which typst's fonts set, and none when no fallback font is installed."""
    codes = sorted({ord(c) for c in chars if ord(c) >= 0x0530})
    dirs = [d for d in dirs if d.is_dir()]
    files: list[str] = []
    ranges: list[tuple[int, int]] = []
    for script in SCRIPTS if codes and dirs else ():
        if not any(low <= code <= high for code in codes for low, high in script.ranges):
            continue
        found = _files(script.stem, dirs)
        files += found
        ranges += script.ranges if found else ()
    return Fallback(families(langs), tuple(files), tuple(ranges))


def unprovided(chars: Iterable[str], dirs: Iterable[Path] = FONT_DIRS) -> list[str]:
    """The names of the scripts among `chars` whose fallback font is not installed."""
    codes = {ord(c) for c in chars}
    dirs = [d for d in dirs if d.is_dir()]
    wanted = [script for script in SCRIPTS if any(low <= code <= high for code in codes for low, high in script.ranges)]
    # a script with two fonts (medieval Latin) is provided where either is installed
    provided = {script.name for script in wanted if _files(script.stem, dirs)}
    return list(dict.fromkeys(script.name for script in wanted if script.name not in provided))


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def languages(tree) -> list[str]:
    """The xml:lang values of a TEI document (an lxml tree), in document order."""
    return [el.get(_XML_LANG) for el in tree.getroot().iter() if isinstance(el.tag, str) and el.get(_XML_LANG)]

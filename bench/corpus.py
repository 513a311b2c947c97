# SPDX-License-Identifier: MIT
"""Seeds to scaled corpora: the same text repeated N times, notes renumbered, made at run time."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_MARKER = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_NOTE_START = re.compile(r"^(\d+) ", re.MULTILINE)


def _renumber_monograph(text: str, offset: int, numbers: set[int]) -> str:
    """Shift every note number (superscript markers and note-block numbers) by `offset`;
    a block opens a note when its number is one the markers use (any number of digits):
    years such as "1921 is" are body text."""
    def marker(match: re.Match) -> str:
        return str(int(match.group().translate(FROM_SUPERSCRIPT)) + offset).translate(SUPERSCRIPT)

    def note_start(match: re.Match) -> str:
        n = int(match.group(1))
        return f"{n + offset} " if n in numbers else match.group()
    return _NOTE_START.sub(note_start, _MARKER.sub(marker, text))


def scale_monograph(seed: Path, factor: int) -> str:
    text = seed.read_text(encoding="utf-8")
    numbers = {int(m.translate(FROM_SUPERSCRIPT)) for m in _MARKER.findall(text)}
    span = max(numbers) - min(numbers) + 1  # the numbering runs on, one copy after another
    parts = [_renumber_monograph(text, i * span, numbers) for i in range(factor)]
    return "\n\n".join(parts)


def scale_ocr_book(seed: Path, factor: int) -> str:
    """Repeat the chapter's pages; notes restart per page in this convention, so no renumbering."""
    text = seed.read_text(encoding="utf-8")
    start = text.index("## CHAPTER")
    front, chapter = text[:start], text[start:]
    return front + "\n\n".join([chapter] * factor)


# by the seed's form: how its text is repeated
SCALERS = {"pdf-copy": scale_monograph, "ocr-markdown": scale_ocr_book}


def make_corpus(seed_txt: Path, form: str, factor: int, out_dir: Path, name: str | None = None) -> Path:
    """Write seed x factor (with its TOML, its edition id `name`) into out_dir; return the new
    seed path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    name = name or f"{seed_txt.stem}-x{factor}"
    target = out_dir / f"{name}.txt"
    target.write_text(SCALERS[form](seed_txt, factor) if factor > 1 else seed_txt.read_text(encoding="utf-8"),
                      encoding="utf-8")
    toml = seed_txt.with_suffix(".toml").read_text(encoding="utf-8")
    toml = re.sub(r'^id = "([^"]+)"', f'id = "{name}"', toml, count=1, flags=re.MULTILINE)
    (out_dir / f"{name}.toml").write_text(toml, encoding="utf-8")
    shutil.copystat(seed_txt, target)
    return target

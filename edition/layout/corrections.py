# SPDX-License-Identifier: MIT
"""The seed's "replace" corrections applied to a block's inlines: each occurrence of `find`
becomes a sic/corr choice, the source's reading kept beside the editor's."""
from __future__ import annotations

from edition import model as m
from edition.config import Correction


def apply_replacements(content: list[m.Inline], corrections: tuple[Correction, ...],
                       applied: set[str]) -> list[m.Inline]:
    if not corrections:
        return content
    out: list[m.Inline] = []
    for item in content:
        if isinstance(item, str):
            out += _replace_in(item, corrections, applied)
            continue
        if isinstance(item, (m.Styled, m.Note, m.EditorialNote)):
            item.content = apply_replacements(item.content, corrections, applied)
        out.append(item)
    return out


def _replace_in(text: str, corrections: tuple[Correction, ...], applied: set[str]) -> list[m.Inline]:
    pieces: list[m.Inline] = [text]
    for corr in corrections:
        if corr.kind != "replace" or corr.replace is None:
            continue
        result: list[m.Inline] = []
        for piece in pieces:
            while isinstance(piece, str) and corr.find in piece:
                before, _, piece = piece.partition(corr.find)
                result += [before, m.Choice(sic=[corr.find], corr=[corr.replace], source=corr.id)]
                applied.add(corr.id)
            result.append(piece)
        pieces = [piece for piece in result if piece != ""]
    return pieces

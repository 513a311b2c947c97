# SPDX-License-Identifier: MIT
"""The pdf-copy and ocr-markdown (OCR'd book) readers' general signals (form feeds, page gaps, scripts, codes,
abbreviations) and their word lists as data of the text's language."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition import data
from edition import model as m
from edition.config import load_config
from edition.layout.bookwords import book_words
from edition.layout.librarymarks import is_code_like, main_script
from edition.readers import markdown, pdf_copy
from edition.readers.italics import classify_italic
from edition.readers.wording import candidates, language_file, language_table
from edition.report import Report

ROOT = Path(__file__).resolve().parents[2]
MONOGRAPH = ROOT / "seeds" / "building-socialism-1920s.toml"
MINI = Path(__file__).parent / "fixtures" / "ocr" / "mini-book.toml"
HEAD = "## CONTENTS\n\n## PART I\n\n### BEGINNINGS\n\n\tPAGE\n1.\tFIRST THINGS\t5\n\n*PART I*\n\nBEGINNINGS\n\n"
CHAPTER = "## CHAPTER 1\n\n### FIRST THINGS\n\n"


def flat(content) -> str:
    out = []
    for item in content:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, m.Styled | m.Ref | m.Label):
            out.append(flat(item.content))
        elif isinstance(item, m.PageBreak):
            out.append(f"|{item.n or ''}|")
        elif isinstance(item, m.Note):
            out.append(f"[{item.n}]")
    return "".join(out)


def blocks_of(blocks):
    for block in blocks:
        if isinstance(block, m.Div):
            yield from blocks_of(block.children)
        else:
            yield block


def read_monograph(text: str) -> m.Document:
    return pdf_copy.read(text, load_config(MONOGRAPH), Report("t.txt"))


def read_ocr(text: str) -> m.Document:
    return markdown.read(text, load_config(MINI), Report("t.txt"))


def chapter_of(doc: m.Document) -> m.Div:
    return next(c for c in doc.body[-1].children if isinstance(c, m.Div) and c.type == "chapter")


# ------------------------------------------------------------------ pages

def test_form_feed_ends_a_monograph_page_and_the_sentence_is_rejoined():
    doc = read_monograph("2. Title\n\nThe sentence runs on\n\fto the next page.\n\nA paragraph.\n\n\fAnother.\n")
    texts = [flat(b.content) if isinstance(b, m.Paragraph) else "|pb|" for b in blocks_of(doc.body)]
    # the first page begins with the text; the second in mid-sentence, the third with a paragraph
    assert texts == ["|pb|", "The sentence runs on ||to the next page.", "A paragraph.", "|pb|", "Another."]


def test_page_gap_ends_an_ocr_page_without_notes():
    doc = read_ocr(HEAD + CHAPTER + "The first page runs on\n\n\n\nto the second.\n\nA paragraph.\n")
    chapter = chapter_of(doc)
    assert [flat(p.content) for p in chapter.children] == ["The first page runs on |6|to the second.",
                                                           "A paragraph."]


def test_form_feed_is_a_page_gap_of_an_ocr_text():
    doc = read_ocr(HEAD + CHAPTER + "The first page ends.\n\fThe second begins.\n")
    chapter = chapter_of(doc)
    assert [flat([c]) if isinstance(c, m.PageBreak) else flat(c.content) for c in chapter.children] == [
        "The first page ends.", "|6|", "The second begins."]


# ------------------------------------------------------------------ library marks

def test_library_marks_by_shape_and_script_above_the_title_only():
    text = ("**SERIES 1**\n\n\n\nAB12/3\n\nЗАЛ\n\n# THE TITLE\n\n1959\n\n\n\n## PREFACE\n\nWords.\n\n"
            + HEAD + CHAPTER + "Text.\n")
    doc = read_ocr(text)
    assert [(n.kind, n.text) for n in doc.copy_notes] == [("shelfmark", "AB12/3"), ("stamp", "ЗАЛ")]
    title = next(b for b in doc.front if isinstance(b, m.TitlePage) and b.type == "main")
    assert "1959" in [flat(p.content) for p in title.parts]   # a year below the title stays


@pytest.mark.parametrize("line,expected", [
    ("K512", True), ("E802-2", True), ("2", True), ("7908791", True), ("QA76.9/B2", True),
    ("Volume", False), ("Vol 2", False), ("a12", False), ("-12", False), ("X" * 20 + "1", False),
])
def test_code_shape(line, expected):
    assert is_code_like(line) is expected


def test_main_script_is_that_of_most_letters():
    assert main_script("Socialism 外文 in one country") == "LATIN"
    assert main_script("1924–1926") is None


# ------------------------------------------------------------------ italics

@pytest.mark.parametrize("run,abbreviation", [("Ibid. Lessons of October", "Ibid."),
                                              ("op. cit. The Interregnum", "op. cit.")])
def test_listed_abbreviation_opening_a_run_is_told_apart_from_the_title(run, abbreviation):
    styled = classify_italic([run], in_note=True, after=" (1946), p. 3", languages=("en", "la"))
    first, space, title = styled.content
    assert (first.kind, first.lang, first.content) == ("foreign", "la", [abbreviation])
    assert space == " " and title.kind == "title"


def test_abbreviation_before_lower_case_stays_one_run():
    styled = classify_italic(["id. est"], in_note=True, languages=("en", "la"))
    assert styled.content == ["id. est"]


def test_a_language_without_lists_of_its_own_is_read_with_english():
    for language in ("en", "xx", None):
        styled = classify_italic(["kulak"], in_note=False, languages=("en", "ru-Latn"), language=language)
        assert (styled.kind, styled.lang) == ("foreign", "ru-Latn")


# ------------------------------------------------------------------ word lists as data

def test_language_candidates_fall_back_to_base_language_then_english():
    assert candidates("ru-Latn") == ["ru-Latn", "ru", "en"]
    assert candidates("en-GB") == ["en-GB", "en"]
    assert candidates(None) == ["en"]


def test_word_lists_come_from_the_data_files():
    assert language_file("italics", "fr-CA") == data.load("italics/en")
    assert language_table("layout/function-words", "en") == data.load("layout/function-words")["en"]
    assert set(language_table("layout/function-words", "en")["heading_never_ends"]) >= {"the", "of", "and"}
    front = book_words("en")
    assert front.types["foreword"] == "preface" and "by" in front.byline
    assert front.dateline.match("May 4, 1959") and front.dateline.match("London, 4 Sept. 1959")
    words = book_words("en")
    assert words.part.match("PART III") and words.chapter.match("CHAPTER 11")
    assert words.label.match("Appendix B. Tables") and "page" in words.page_column

# SPDX-License-Identifier: MIT
"""An OCR'd book's rules in the layout engine (the ocr-book form, an alias of ocr-markdown),
one small hand-written input each."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition import model as m
from edition.config import load_config
from edition.errors import ConfigError
from edition.layout import inline as engine_inline
from edition.readers.markdown import read
from edition.report import Report

FIXTURES = Path(__file__).parent / "fixtures" / "ocr"
MINI = FIXTURES / "mini-book.txt"

HEAD = "## CONTENTS\n\n## PART I\n\n### BEGINNINGS\n\n\tPAGE\n1.\tFIRST THINGS\t5\n\n*PART I*\n\nBEGINNINGS\n\n"


def config_with(tmp_path: Path, corrections: str = ""):
    toml = MINI.with_suffix(".toml").read_text(encoding="utf-8").split("[[corrections]]")[0]
    path = tmp_path / "book.toml"
    path.write_text(toml + corrections, encoding="utf-8")
    return load_config(path)


def read_text(tmp_path: Path, text: str, corrections: str = "") -> tuple[m.Document, Report]:
    report = Report("book.txt")
    return read(text, config_with(tmp_path, corrections), report), report


def chapter_of(doc: m.Document) -> m.Div:
    part = next(b for b in doc.body if isinstance(b, m.Div))
    return next(c for c in part.children if isinstance(c, m.Div) and c.type == "chapter")


def page_breaks(blocks) -> list:
    """The page breaks between blocks, in document order."""
    found = []
    for block in blocks:
        if isinstance(block, m.PageBreak):
            found.append(block)
        elif isinstance(block, m.Div):
            found += page_breaks(block.children)
    return found


def flat(content) -> str:
    out = []
    for item in content:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, (m.Styled, m.Ref, m.Label)):
            out.append(flat(item.content))
        elif isinstance(item, m.PageBreak):
            out.append(f"|{item.n}|")
        elif isinstance(item, m.Note):
            out.append(f"[{item.n}@{item.page}: {flat(item.content)}]")
        elif isinstance(item, m.Choice):
            out.append(f"{flat(item.sic)}->{flat(item.corr)}")
    return "".join(out)


# ------------------------------------------------------------------ markdown inlines

def inline(text: str) -> list:
    return engine_inline.parse([text], markdown=True, tags=True)


def test_bold_italic_tags_and_escapes_become_styles_and_text():
    content = inline("**Bold** and *it* and <i>tag</i> x<sup>th</sup> \\*star\\*")
    kinds = [(c.rend, flat(c.content)) for c in content if isinstance(c, m.Styled)]
    assert kinds == [("bold", "Bold"), ("italic", "it"), ("italic", "tag"), ("sup", "th")]
    assert content[-1] == " *star*"


def test_two_space_hard_break_is_a_line_break_and_soft_break_a_space(tmp_path):
    doc, _ = read_text(tmp_path, "## PREFACE\n\none  \ntwo\nthree\n\n\n\n" + HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\nText.\n")
    preface = next(d for d in doc.front if isinstance(d, m.Div) and d.type == "preface")
    assert preface.children[0].content == ["one", m.LineBreak(), "two three"]


def test_sup_digits_are_note_markers_only_where_a_note_is_there(tmp_path):
    doc, report = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\n"
                            "A word.<sup>12</sup> Next.\n\nMore<sup>th</sup>.\n")
    first, second = chapter_of(doc).children
    assert flat(first.content) == "A word.12 Next." and isinstance(first.content[1], m.Styled)
    assert first.content[1].rend == "sup" and any("<sup>12</sup> has no note" in w.message for w in report.warnings)
    assert second.content[1] == m.Styled("hi", ["th"], rend="sup")


def test_unmatched_asterisk_and_unknown_tag_are_kept():
    content = inline("a * b <blink>c</blink>")
    assert flat(content) == "a * b <blink>c</blink>"


# ------------------------------------------------------------------ the mini book

@pytest.fixture(scope="module")
def mini():
    report = Report(str(MINI))
    doc = read(MINI.read_text(encoding="utf-8"), load_config(MINI.with_suffix(".toml")), report)
    return doc, report


def test_library_marks_go_to_copy_notes_not_the_text(mini):
    doc, _ = mini
    assert [(n.kind, n.text, n.line) for n in doc.copy_notes] == [
        ("shelfmark", "Q101 Z7-1", 7), ("accession", "1234567", 10), ("stamp", "图书馆", 12)]
    title = doc.front[1]
    assert isinstance(title, m.TitlePage) and title.type == "main"
    assert [p.role for p in title.parts] == ["series", "main", "byline", "author", "affiliation", "volume"]


def test_duplicate_heading_kept_once_with_a_warning(mini):
    doc, report = mini
    series = next(d for d in doc.front if isinstance(d, m.Div) and d.type == "series")
    assert flat(series.head) == "TINY HISTORIES"
    assert any(w.line == 32 and "repeats" in w.message for w in report.warnings)


def test_starred_item_links_to_its_note(mini):
    doc, _ = mini
    series = next(d for d in doc.front if isinstance(d, m.Div) and d.type == "series")
    items = series.children[0].items
    refs = [c for i in items for c in i.content if isinstance(c, m.Ref)]
    note = series.children[1]
    assert [r.target for r in refs] == [note.id] and flat(note.content) == "*with B. Helper"


def test_preface_page_split_rejoined_and_closer_found(mini):
    doc, _ = mini
    preface = next(d for d in doc.front if isinstance(d, m.Div) and d.type == "preface")
    assert flat(preface.children[0].content) == "This book was written with help from my friend, |None|" \
                                                "Tiny Matters, which is a journal."
    closer = preface.children[1]
    assert flat(closer.signed) == "A. N. AUTHOR" and flat(closer.dateline) == "June 1, 2001"


def test_notes_restart_per_page_and_continuation_is_relocated(mini):
    doc, _ = mini
    chapter = chapter_of(doc)
    assert chapter.n == "1" and flat(chapter.head).startswith("CHAPTER l->1")
    # the chapter's first page, from the contents, breaks before it (and before its part,
    # whose title the transcription sets on the same page)
    assert page_breaks(doc.body)[0].n == "5" and doc.body.index(page_breaks(doc.body)[0]) == 0
    first, page_break, second = chapter.children
    assert flat(first.content) == (
        "The first page tells of the town[1@5: A note cut by the page end, with and the rest of the first note.]"
        " and its river, which ran |6|through the valley.[1@6: The second page's own note.]"
        " A new paragraph ends the page.")
    # the transcription prints no page numbers: the contents give them, so they are inferred
    assert page_break == m.PageBreak("7", inferred=True)
    assert page_breaks(doc.body)[0].inferred
    assert flat(second.content) == "On the third page a paragraph begins.[1@7: Third page note.]"
    assert doc.corrections_applied == ["moved-note"]


def test_contents_nesting_pages_and_links(mini):
    doc, _ = mini
    contents = next(d for d in doc.front if isinstance(d, m.Div) and d.type == "contents")
    (part,) = contents.children[0].items
    assert part.n == "I" and isinstance(part.content[-1], m.Ref) and part.content[-1].target == "partI"
    chapter1, chapter2 = part.sublist.items
    assert flat(part.sublist.head) == "PAGE"
    assert [c for c in chapter1.content if isinstance(c, m.Ref)][0].target == "ch1"
    assert chapter1.content[-1] == m.PageNumber("5") and chapter2.content[-1] == m.PageNumber("9")
    assert [s.n for s in chapter1.sublist.items] == ["a", "b"]
    kulak = [c for c in chapter1.sublist.items[1].content if isinstance(c, m.Styled)][0]
    assert kulak.kind == "foreign" and kulak.lang == "ru-Latn"
    assert not any(isinstance(c, m.Ref) for c in chapter2.content)


# ------------------------------------------------------------------ anomalies

def test_marker_without_note_and_note_without_marker_are_kept_and_reported(tmp_path):
    doc, report = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\n"
                            "Text.<sup>2</sup> More.\n\n<sup>1</sup> Orphan note.\n")
    assert flat(chapter_of(doc).children[0].content) == "Text.2 More.[1@None: Orphan note.]"
    messages = " / ".join(w.message for w in report.warnings)
    assert "marker <sup>2</sup> has no note" in messages and "note 1: no marker found" in messages


def test_unfinished_note_without_continuation_is_reported(tmp_path):
    doc, report = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\n"
                            "Text.<sup>1</sup>\n\n<sup>1</sup> Cut off at\n\nNext page.\n")
    assert any("no continuation was found" in w.message and w.line == 20 for w in report.warnings)


def test_chapter_number_that_is_no_ocr_misreading_is_kept_and_reported(tmp_path):
    doc, report = read_text(tmp_path, HEAD + "## CHAPTER 7\n\n### FIRST THINGS\n\nText.\n")
    assert chapter_of(doc).n == "7"
    assert any("contents give 1" in w.message for w in report.warnings)


def test_relocation_not_found_is_reported_and_not_applied(tmp_path):
    corr = '[[corrections]]\nid = "c1"\nkind = "relocate"\nfind = "absent words"\nto = "note-continuation"\nreason = "r"\n'
    doc, report = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\nText.\n", corr)
    assert doc.corrections_applied == []
    assert any("'c1'" in w.message and "not found" in w.message for w in report.warnings)


def test_relocation_to_an_unknown_place_is_a_config_error(tmp_path):
    corr = '[[corrections]]\nid = "c1"\nkind = "relocate"\nfind = "Text."\nto = "margin"\nreason = "r"\n'
    with pytest.raises(ConfigError, match="cannot relocate text to 'margin'"):
        read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\nText.\n", corr)


def test_replace_correction_becomes_sic_corr(tmp_path):
    corr = '[[corrections]]\nid = "c2"\nkind = "replace"\nfind = "tbe"\nreplace = "the"\nreason = "OCR"\n'
    doc, _ = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\nIn tbe end.\n", corr)
    choice = chapter_of(doc).children[0].content[1]
    assert choice == m.Choice(["tbe"], ["the"], source="c2") and doc.corrections_applied == ["c2"]


def test_text_ending_mid_sentence_is_reported(tmp_path):
    _, report = read_text(tmp_path, HEAD + "## CHAPTER 1\n\n### FIRST THINGS\n\nIt stops in the\n")
    assert any("mid-sentence" in w.message and w.line == 18 for w in report.warnings)

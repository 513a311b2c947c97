# SPDX-License-Identifier: MIT
"""The evaluation's own parts: the scorer's page-heading rule, words kept, the seed TOML."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from lxml import etree

from edition.config import load_config
from edition.readers import READERS

EVAL = Path(__file__).resolve().parents[2] / "eval"


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


score_structure = _load("score_structure", EVAL / "score_structure.py")
run = _load("eval_run", EVAL / "run.py")

TEI = '<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>{header}</teiHeader><text><body>{body}</body></text></TEI>'


def tree(body: str, header: str = "<fileDesc/>"):
    return etree.ElementTree(etree.fromstring(TEI.format(header=header, body=body).encode()))


PAGE_GOLD = {"pages": [{"after": "“[P]erhaps the most important single book", "n": "326"}]}
INTRO = "<head>1. INTRODUCTION</head><p>“[P]erhaps the most important single book on the law.</p>"


def pages(body: str, gold=PAGE_GOLD) -> tuple[float, list[str]]:
    return score_structure.score_pages(gold, tree(body))


def test_a_pb_before_the_heading_that_opens_the_page_counts_for_the_text_after_it():
    assert pages(f'<div><p>End of the page before.</p></div><pb n="326"/><div>{INTRO}</div>') == (1.0, [])
    # inside the new div, before its head, likewise
    assert pages(f'<div><pb n="326"/>{INTRO}</div>')[0] == 1.0
    # two heads opening the page (a number and a title) are both left out
    two = '<div><pb n="326"/><head>1.</head><head>INTRODUCTION</head><p>“[P]erhaps the most important single book.</p></div>'
    assert pages(two)[0] == 1.0


def test_a_pb_right_before_the_text_still_counts_and_the_heading_as_after_too():
    assert pages('<div><head>1. INTRODUCTION</head><pb n="326"/><p>“[P]erhaps the most important single book.</p></div>')[0] == 1.0
    heading_gold = {"pages": [{"after": "1. INTRODUCTION “[P]erhaps the most", "n": "326"}]}
    spaced = INTRO.replace("</head>", "</head>\n")  # as the writer indents: a space between the blocks
    assert pages(f'<pb n="326"/><div>{spaced}</div>', heading_gold)[0] == 1.0


def test_the_heading_rule_does_not_skip_body_text_or_accept_a_wrong_number():
    # text of the page before the heading: the pb does not stand before the gold's text
    score, problems = pages(f'<pb n="326"/><div><p>Other text first.</p>{INTRO}</div>')
    assert score == 0.0 and problems[0].startswith("no pb before: “[P]erhaps")
    score, problems = pages(f'<pb n="327"/><div>{INTRO}</div>')
    assert score == 0.0 and "expected 326" in problems[0]
    assert pages(f"<div>{INTRO}</div>")[0] == 0.0
    # optional pages are not counted
    optional = {"pages": PAGE_GOLD["pages"] + [{"after": "nowhere in the text", "n": None, "optional": True}]}
    assert pages(f'<pb n="326"/><div>{INTRO}</div>', optional)[0] == 1.0


def kept(source: str, body: str, header: str = "<fileDesc/>") -> tuple[int, int]:
    return run.words_kept(source, tree(body, header).getroot())


def test_words_kept_counts_the_input_words_found_in_the_tei_as_a_multiset():
    assert kept("one two two three", "<p>one two three</p>") == (3, 4)
    assert kept("one two two three", "<p>two one three two</p>") == (4, 4)
    # markup of the input is not words (goldlib.norm); superscript markers are not words
    assert kept("the *word*¹⁸ <i>here</i>", '<p>the word<note n="18">A note.</note> here</p>') == (3, 3)
    # a note's number kept in @n counts, twice (its marker and its label), no more
    assert kept("text 18 See note", '<p>text<note n="18">See note</note></p>') == (4, 4)
    assert kept("text 18 18 18 See note", '<p>text<note n="18">See note</note></p>') == (5, 6)
    # a page number kept in a pb's @n counts once; a transcriber's mark word is markup
    assert kept("41 text", '<p><pb n="41"/>text</p>') == (2, 2)
    assert kept("text [Footnote 1: See]", '<p>text<note n="1">See</note></p>') == (3, 3)


def test_words_kept_looks_in_the_header_and_at_block_edges_and_rejoined_words():
    header = "<fileDesc><titleStmt><title>RUNNING HEAD</title></titleStmt></fileDesc>"
    assert kept("RUNNING HEAD Body text", "<p>Body text</p>", header) == (4, 4)
    # blocks written without whitespace between them stay separate words
    assert kept("Title Text", "<head>Title</head><p>Text</p>") == (2, 2)
    # inline elements do not split a word
    assert kept("Zeitschrift", "<p>Zeit<hi>schrift</hi></p>") == (1, 1)
    # a line-end hyphen rejoined counts both halves
    assert kept("the Invali-\nden here", "<p>the Invaliden here</p>") == (4, 4)
    assert kept("the Invali-\nden here", "<p>the here</p>") == (2, 4)
    # comments are not text
    assert kept("secret", "<p><!-- secret --></p>") == (0, 1)


@pytest.mark.parametrize("form", sorted(READERS))
def test_the_seed_toml_of_the_eval_is_a_config_load_config_accepts(tmp_path: Path, form: str):
    gold = {"form": form, "source": {"language": "de (with Latin phrases)", "encoding": "latin-1",
                                     "work": 'A "quoted" title\\ with a backslash', "tool": "pdftotext\n(default)"}}
    seed = run.write_seed(tmp_path, "rg-bauer-pdftotext-de", "Text \xe4\n".encode("latin-1"), gold, form)
    config = load_config(seed.with_suffix(".toml"), known_forms=tuple(READERS))
    assert (config.id, config.form, config.language, config.encoding) == ("rg-bauer-pdftotext-de", form, "de", "iso8859-1")
    assert config.date_order == "day-first"
    assert config.source["status"] == "unidentified"
    assert 'A "quoted" title\\ with a backslash' in config.source["description"]
    assert config.title == 'A "quoted" title\\ with a backslash'
    assert seed.read_bytes() == "Text \xe4\n".encode("latin-1")


def test_utf8_texts_name_no_encoding(tmp_path: Path):
    gold = {"form": "pdf-copy", "source": {"language": "en", "encoding": "utf-8"}}
    seed = run.write_seed(tmp_path, "a-text", b"Text\n", gold, "pdf-copy")
    assert "encoding" not in seed.with_suffix(".toml").read_text(encoding="utf-8")
    assert load_config(seed.with_suffix(".toml")).encoding == "utf-8"


def test_a_word_rejoined_counts_where_its_halves_are_words_elsewhere_too():
    # "can- not" rejoined: the TEI has "cannot" once more than the input, and "can", "not"
    # stand elsewhere in it
    assert kept("we can- not go; can we? not now", "<p>we cannot go; can we? not now</p>") == (8, 8)


def test_joined_accepts_a_line_end_hyphen_the_tei_rejoined():
    gold = {"joined": ["Two mem- bers of the society", "the nucleus, however re-"]}
    body = "<p>Two members of the society met.</p><p>the nucleus, however restricted it was.</p>"
    assert score_structure.score_joined(gold, tree(body))[0] == 1.0
    assert score_structure.score_joined(gold, tree("<p>Two mem bers</p>"))[0] == 0.0

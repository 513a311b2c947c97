# SPDX-License-Identifier: MIT
"""Tests of the pdf-copy reader (text copied from a PDF) on the layout engine: small
hand-written inputs per rule, then the real seed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from edition.config import load_config
from edition.convert import convert_seed
from edition.model import Div, Label, Note, PageBreak, Paragraph, Styled
from edition.readers.pdf_copy import read
from edition.report import Report
from edition.xmlsafe import parse_xml

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "building-socialism-1920s.txt"
FIXTURES = Path(__file__).parent / "fixtures" / "monograph"
TEI = "{http://www.tei-c.org/ns/1.0}"


@pytest.fixture(scope="module")
def config():
    return load_config(SEED.with_suffix(".toml"))


def run(text: str, config):
    report = Report("test.txt")
    return read(text, config, report), report


def walk_blocks(blocks):
    for block in blocks:
        yield block
        if isinstance(block, Div):
            yield from walk_blocks(block.children)


def paragraphs(doc) -> list[Paragraph]:
    return [b for b in walk_blocks(doc.body) if isinstance(b, Paragraph)]


def walk_inlines(content):
    for item in content:
        yield item
        if isinstance(item, (Styled, Note)):
            yield from walk_inlines(item.content)


def notes(doc) -> list[Note]:
    return [i for p in paragraphs(doc) for i in walk_inlines(p.content) if isinstance(i, Note)]


def flat(content) -> str:
    """Inline content as text; a note is shown as [n], a page break as |."""
    out = []
    for item in content:
        if isinstance(item, str):
            out.append(item)
        elif isinstance(item, Note):
            out.append(f"[{item.n}]")
        elif isinstance(item, PageBreak):
            out.append("|")
        elif isinstance(item, (Styled, Label)):
            out.append(flat(item.content))
    return "".join(out)


def warnings(report) -> list[tuple[int | None, str]]:
    return [(w.line, w.message) for w in report.warnings]


# ---------------------------------------------------------------- synthetic inputs

def test_paragraph_cut_by_a_note_block_is_one_paragraph(config):
    doc, report = run((FIXTURES / "cut_paragraph.txt").read_text(encoding="utf-8"), config)
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert texts == ["The press[18] benefited and unfettered discussions were |allowed at the "
                     "universities. Emigrants came home.[19]"]
    assert report.warnings == []


def test_chapter_and_section_headings(config):
    doc, _ = run((FIXTURES / "cut_paragraph.txt").read_text(encoding="utf-8"), config)
    # the text's first page begins before the chapter
    assert isinstance(doc.body[0], PageBreak)
    chapter = doc.body[1]
    assert isinstance(chapter, Div) and chapter.type == "chapter" and chapter.n == "1"
    assert flat(chapter.head) == "1. A Short Chapter"
    section = chapter.children[0]
    assert isinstance(section, Div) and section.type == "section"
    assert flat(section.head) == "Opening Section"


def test_notes_keep_their_italics_classified(config):
    doc, _ = run((FIXTURES / "cut_paragraph.txt").read_text(encoding="utf-8"), config)
    note18, note19 = notes(doc)
    title = next(i for i in note18.content if isinstance(i, Styled))
    assert (title.kind, title.level, title.content) == ("title", "j", ["Pravda"])
    foreign = next(i for i in note19.content if isinstance(i, Styled))
    assert (foreign.kind, foreign.lang) == ("foreign", "ru-Latn")


def test_note_continued_in_the_next_note_area_is_one_note(config):
    doc, report = run((FIXTURES / "cut_note.txt").read_text(encoding="utf-8"), config)
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert texts == ["Leaders argued about the plan.[23] When he |proposed a tax, Lenin rejected "
                     "him.[24] This was the end of the |matter."]
    note23, note24 = notes(doc)
    assert flat(note23.content) == ("Trotsky was an assimilated Jew and therefore unacceptable "
                                    "as head of the country to the establishment.")
    assert flat(note24.content) == "See Krestyanskiy Brest, Moscow 1996."
    assert report.warnings == []


def test_year_initial_paragraphs_are_not_notes(config):
    text = ("Famine killed millions.¹⁸\n\n18 See the report.\n\n"
            "1921 is significant for one other reason.\n\n"
            "20 delegates voted against it.\n\n"
            "1924 was a breakthrough year.¹⁹\n\n19 The real note.\n")
    doc, report = run(text, config)
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert texts == ["Famine killed millions.[18]",
                     "1921 is significant for one other reason.",
                     "20 delegates voted against it.",
                     "1924 was a breakthrough year.[19]"]
    assert [n.n for n in notes(doc)] == ["18", "19"]
    assert flat(notes(doc)[1].content) == "The real note."
    assert report.warnings == []


def test_a_paragraph_opening_with_a_day_above_the_notes_is_text(config):
    # the day's number is that of a marker of the page, but the page's notes begin lower down
    text = ("The ships were fitted out.¹ The crews were mustered.²\n\n"
            "3 May 1741 the ships sailed from the harbour.³\n\n"
            "They parted in fog.\n\n"
            "1 See the first report.\n\n2 See the second.\n\n3 The log of the ship.\n")
    doc, report = run(text, config)
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert texts == ["The ships were fitted out.[1] The crews were mustered.[2]",
                     "3 May 1741 the ships sailed from the harbour.[3]", "They parted in fog."]
    assert [flat(n.content) for n in notes(doc)] == ["See the first report.", "See the second.",
                                                     "The log of the ship."]
    assert report.warnings == []


def test_a_note_of_numbers_only_that_cites_a_journal_by_volume_year_and_page(config):
    text = ("Savigny was silent.¹ So was Hugo.²\n\n"
            "1 Motte, Savigny (n. 1) 11.\n\n2 3 (1820) 1425.\n")
    doc, report = run(text, config)
    assert [flat(n.content) for n in notes(doc)] == ["Motte, Savigny (n. 1) 11.", "3 (1820) 1425."]
    assert report.warnings == []


def test_two_markers_in_one_sentence_and_several_notes_in_one_block(config):
    text = ("Both Zinoviev¹⁸ and Kamenev,¹⁹ agreed.²⁰\n\n"
            "18 On Zinoviev.\n19 On Kamenev.\n\n20 On the agreement.\n")
    doc, report = run(text, config)
    assert [flat(p.content) for p in paragraphs(doc)] == ["Both Zinoviev[18] and Kamenev,[19] agreed.[20]"]
    assert [flat(n.content) for n in notes(doc)] == ["On Zinoviev.", "On Kamenev.", "On the agreement."]
    assert [n.line for n in notes(doc)] == [3, 4, 6]
    assert report.warnings == []


def test_visible_cut_without_notes_is_rejoined_with_a_page_break(config):
    text = ("Raw iron was in\n\nshort supply; factories closed.\n\n"
            "A paragraph that ends.\n\nlower case after a full stop starts a new one? no: joined only on a cut\n\n"
            "This one is cut\n\nBut the next starts in upper case.\n")
    doc, _ = run(text, config)
    assert [flat(p.content) for p in paragraphs(doc)] == [
        "Raw iron was in |short supply; factories closed.",
        "A paragraph that ends.",
        "lower case after a full stop starts a new one? no: joined only on a cut",
        "This one is cut",
        "But the next starts in upper case."]


def test_page_end_between_paragraphs_is_a_page_break_between_them(config):
    text = "First paragraph ends.¹⁸\n\n18 A note.\n\nSecond paragraph.\n"
    doc, _ = run(text, config)
    assert [type(b).__name__ for b in doc.body] == ["PageBreak", "Paragraph", "PageBreak", "Paragraph"]


def test_no_page_break_after_the_last_page(config):
    doc, _ = run("Only paragraph.¹⁸\n\n18 Its note.\n", config)
    assert [type(b).__name__ for b in doc.body] == ["PageBreak", "Paragraph"]


def test_word_hyphenated_across_a_page_end_is_one_word_again(config):
    text = "The trio¹⁸ of Stalin, Zinoviev and Kame-\n\n18 A note.\n\nnev thus diverged.\n"
    doc, _ = run(text, config)
    content = paragraphs(doc)[0].content
    assert flat(content) == "The trio[18] of Stalin, Zinoviev and Kame|nev thus diverged."
    # the page break is marked as falling inside the word
    assert [item.inside_word for item in content if isinstance(item, PageBreak)] == [True]


def test_heading_versus_paragraph(config):
    text = ("A complete paragraph.\n\nThe Opposition and the NEP\n\nIt failed.\n\n"
            "Short Title Case Line\n\nAnother complete paragraph ends here.\n\n"
            "This paragraph is cut in the middle of a\n\nSentence Fragment Looking Like A Title\n\n"
            "Last words.\n")
    doc, _ = run(text, config)
    heads = [flat(b.head) for b in walk_blocks(doc.body) if isinstance(b, Div)]
    assert heads == ["The Opposition and the NEP", "Short Title Case Line"]
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert "It failed." in texts
    assert "Sentence Fragment Looking Like A Title" in texts


def test_anomalies_warn_with_their_line_and_keep_the_text(config):
    doc, report = run((FIXTURES / "anomalies.txt").read_text(encoding="utf-8"), config)
    found = warnings(report)
    # markers without notes stay as printed; a note in the notes area that no marker calls
    # stands where its page's text ended
    assert any(line == 1 and "⁹⁹" in message and "has no note" in message for line, message in found)
    assert any(line == 7 and "²¹" in message and "has no note" in message for line, message in found)
    assert any(line == 5 and "note 20: no marker" in message for line, message in found)
    texts = [flat(p.content) for p in paragraphs(doc)]
    # a second note 22 for one marker 22 is kept as text where it stands
    assert texts == ["A marker without its note stands here.⁹⁹ Then the first real one.[18][20]",
                     "Another page begins.²¹ And a duplicate follows.[22]",
                     "22 Duplicated number."]
    assert [flat(n.content) for n in notes(doc)] == [
        "First note.", "A note that no marker calls.", "Out of sequence."]


def test_unpaired_asterisk_is_kept_and_reported(config):
    doc, report = run("Five *stars and a *pair* here.\nA lone *star.\n", config)
    # the pair is italic; each odd asterisk stays as printed
    assert flat(paragraphs(doc)[0].content) == "Five *stars and a pair here. A lone *star."
    assert set(warnings(report)) == {(1, "an asterisk without its pair is kept as printed")}


def test_unfinished_note_without_continuation_is_reported(config):
    _, report = run("Text.¹⁸\n\n18 A note cut off by the\n\nNext paragraph.\n", config)
    assert warnings(report) == [(3, "note 18 ends without closing punctuation and no continuation "
                                    "was found; check that it is whole")]


def test_typographic_characters_are_kept(config):
    text = "The “Building Socialism” – ‘war communism’… 600 million puds—9.6 million tons.\n"
    doc, _ = run(text, config)
    assert flat(paragraphs(doc)[0].content) == text.strip()


# ---------------------------------------------------------------- the real seed

@pytest.fixture(scope="module")
def seed_doc(config):
    report = Report(str(SEED))
    doc = read(SEED.read_text(encoding="utf-8"), config, report)
    return doc, report


def test_seed_has_39_notes_numbered_18_to_56_in_order(seed_doc):
    doc, report = seed_doc
    assert [int(n.n) for n in notes(doc)] == list(range(18, 57))
    assert report.warnings == []


def test_seed_structure(seed_doc):
    doc, _ = seed_doc
    assert len(doc.body) == 2 and isinstance(doc.body[0], PageBreak)
    chapter = doc.body[1]
    assert (chapter.type, chapter.n) == ("chapter", "2")
    assert flat(chapter.head) == "2. The “Building Socialism” in the early 1920s"
    assert [flat(s.head) for s in chapter.children if isinstance(s, Div)] == [
        "The War Communism and the NEP",
        'The Events of 1923 in Germany and the Origin of the "Left Opposition" in the USSR',
        "The Party and the Opposition after Lenin",
        "The Opposition and the NEP"]
    assert all(isinstance(s, Div) and s.type == "section" for s in chapter.children)


# words just before each sampled marker, read from the seed by hand
ANCHORS = {
    "18": "killed 5.2 million people",
    "19": "place limits upon the Cheka",
    "20": "take up their activities.",
    "21": "the Tagancev Conspiracy',",
    "23": "some in the leadership.",
    "25": "in the railroad system was operable.",
    "27": "no choice but to accommodate.",
    "38": "agricultural versus industrial prices",
    "40": "the yield in the new currency",
    "43": "from Zinoviev and Kamenev",
    "55": "was appointed governor of Leningrad.",
    "56": "leaving Bukharin to lead Comintern.",
}


@pytest.mark.parametrize("n,before", sorted(ANCHORS.items()))
def test_seed_note_stands_right_after_its_word(seed_doc, n, before):
    doc, _ = seed_doc
    for paragraph in paragraphs(doc):
        text = flat(paragraph.content)
        if f"[{n}]" in text:
            assert text.split(f"[{n}]")[0].endswith(before)
            return
    pytest.fail(f"note {n} not found")


def test_seed_note_18_is_followed_by_the_rest_of_its_sentence(seed_doc):
    doc, _ = seed_doc
    text = next(flat(p.content) for p in paragraphs(doc) if "[18]" in flat(p.content))
    assert "5.2 million people[18], even with substantial aid from abroad" in text


def test_seed_rejoined_sentences(seed_doc):
    doc, _ = seed_doc
    texts = [flat(p.content) for p in paragraphs(doc)]
    assert any("unfettered discussions were |allowed at the universities." in t for t in texts)
    assert any("Raw iron was in |short supply; some factories had to be closed." in t for t in texts)
    assert any("Once underway, Trotsky reasoned, |industrial operations" in t for t in texts)
    assert any("When he |proposed in spring of 1920" in t for t in texts)
    assert not any(t.startswith(("allowed at", "short supply", "proposed in spring")) for t in texts)


def test_seed_continued_notes_are_whole(seed_doc):
    doc, _ = seed_doc
    by_n = {n.n: flat(n.content) for n in notes(doc)}
    assert by_n["23"].startswith("Disputes between Lenin and Trotsky")
    assert ("an assimilated Jew and therefore unacceptable as head of the country to the Russian "
            "establishment also played a substantial role in his attitude.") in by_n["23"]
    assert "Vatlin A. JU: Berlin, Aufbau-Verlag 2003. These attitudes were also manifested" in by_n["27"]
    assert by_n["27"].endswith("Kohlhammer, 1962–1963, p. 160.")


def test_seed_year_initial_paragraphs_are_paragraphs(seed_doc):
    doc, _ = seed_doc
    starts = [flat(p.content)[:30] for p in paragraphs(doc)]
    for opening in ("1921 is significant", "1924 was a breakthrough year", "1924 was a turning point"):
        assert any(s.startswith(opening) for s in starts), opening


def test_seed_page_breaks(seed_doc):
    doc, _ = seed_doc
    inline = sum(isinstance(i, PageBreak) for p in paragraphs(doc) for i in p.content)
    between = sum(isinstance(b, PageBreak) for b in walk_blocks(doc.body))
    # the first page, 20 note areas before the last one, and two visible cuts without notes
    assert inline + between == 23
    assert all(b.n is None for b in walk_blocks(doc.body) if isinstance(b, PageBreak))


# ---------------------------------------------------------------- nothing lost

NOTE_NUMBER = re.compile(r"^(?:1[89]|[2-4]\d|5[0-6]) ", re.MULTILINE)
CONTINUATIONS = ("unacceptable as head of the country", "Aufbau-Verlag 2003.")


def seed_words() -> tuple[list[str], list[str]]:
    """Words of the seed's body and of its notes, split by what the page shows."""
    body, note = [], []
    for block in re.split(r"\n\s*\n", SEED.read_text(encoding="utf-8")):
        block = re.sub("[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", block)
        if NOTE_NUMBER.match(block) or block.startswith(CONTINUATIONS):
            note += re.findall(r"\w+", NOTE_NUMBER.sub("", block))
        else:
            body += re.findall(r"\w+", block)
    return body, note


@pytest.fixture(scope="module")
def seed_tei(tmp_path_factory):
    path = tmp_path_factory.mktemp("tei") / "converted.xml"
    path.write_bytes(convert_seed(SEED, ROOT / "tei" / "registers"))
    return parse_xml(path).getroot()


def test_nothing_of_the_seed_is_lost(seed_tei):
    text = seed_tei.find(f"{TEI}text")
    # an editor's correction is not the seed's text: its reading (sic) is
    for corr in list(text.iter(f"{TEI}corr")):
        corr.getparent().remove(corr)
    notes_words = [w for note in text.iter(f"{TEI}note") for w in re.findall(r"\w+", "".join(note.itertext()))]
    for note in list(text.iter(f"{TEI}note")):
        parent = note.getparent()
        tail = note.tail or ""
        previous = note.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
        parent.remove(note)
    body_words = re.findall(r"\w+", "".join(text.itertext()))
    expected_body, expected_notes = seed_words()
    assert body_words == expected_body
    assert notes_words == expected_notes


def test_conversion_is_deterministic():
    registers = ROOT / "tei" / "registers"
    assert convert_seed(SEED, registers) == convert_seed(SEED, registers)

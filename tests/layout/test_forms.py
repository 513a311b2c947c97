# SPDX-License-Identifier: MIT
"""Each form of raw text through the layout engine: small hand-written inputs, one signal each."""
from __future__ import annotations

import pytest

from edition.errors import InputError
from edition.validate import validate_files

from .conftest import NS, notes, pbs, reading

# three printed pages of pdftotext's default output: a running head, numbers at the foot,
# notes begun by their numbers alone on a line, markers glued to words and punctuation
PDFTOTEXT = (
    "A SHORT HISTORY OF MILLS\n\n"
    "The first mill on the river was built by the abbey,1 and the town grew around it.\n"
    "Its wheel turned for two centuries before the flood of that year took it away. The\n"
    "monks wrote down what they had lost in the words of\n"
    "1\n"
    "Annals of the Abbey, fol. 3.\n\n"
    "11\n\f"
    "A SHORT HISTORY OF MILLS\n\n"
    "their own chronicle, and the account survives.2 What followed was a long con-\n"
    "2\n"
    "Chronicle, p. 40.\n\n"
    "12\n\f"
    "A SHORT HISTORY OF MILLS\n\n"
    "fusion among the heirs, which the courts settled only after many years had passed.\n"
    "The second mill stood on the other bank.3\n"
    "3\n"
    "Deeds of the Town, no. 7.\n\n"
    "13\n\f"
)


def test_pdftotext_pages_notes_and_joins(convert):
    root, report = convert(PDFTOTEXT, form="pdftotext")
    assert [pb.get("n") for pb in pbs(root)] == ["11", "12", "13"]
    texts = [reading(n) for n in notes(root)]
    assert texts == ["Annals of the Abbey, fol. 3.", "Chronicle, p. 40.", "Deeds of the Town, no. 7."]
    body = reading(root.find(".//t:body", NS))
    # a page end without a sentence end is rejoined, whether or not the page had notes
    assert "in the words of their own chronicle" in body
    # a word hyphenated across the page end is one word again, the break marked inside it
    assert "long confusion among the heirs" in body
    assert pbs(root)[2].get("break") == "no"
    # running heads and page numbers leave the reading text and are kept as fw
    assert "SHORT HISTORY" not in body
    fws = [fw.text for fw in root.iter("{http://www.tei-c.org/ns/1.0}fw")]
    assert "A SHORT HISTORY OF MILLS" in fws and "12" in fws
    # each note stands at its marker
    first = notes(root)[0]
    assert (first.getprevious() is None and first.getparent().text.rstrip().endswith("by the abbey,")) \
        or (first.getprevious() is not None and first.getprevious().tail.rstrip().endswith("by the abbey,"))


def test_pdftotext_layout_indented_paragraphs_and_headings(convert):
    page = ("                                   THE JOURNAL OF MILLS\n\n"
            "  text of the first paragraph that began on the page before and runs on for\n"
            "  a while here.4\n"
            "        A new paragraph opens indented, and this one is long enough to wrap onto\n"
            "  a second line.\n"
            "      3.1. THE SECOND MILL\n"
            "  The second section begins here and it runs on.5\n"
            "4\n"
            "     Note four, in the narrower note column.\n"
            "5\n"
            "     Note five.\n\n"
            "{n}\n\f")
    text = ("                                   THE JOURNAL OF MILLS\n\n"
            "  Opening words of the article that fill a first line of the column, to show\n"
            "  its width, and end here.3\n"
            "3\n     Note three.\n\n40\n\f") + page.format(n=41)
    root, _ = convert(text, form="pdftotext-layout")
    heads = [reading(h) for h in root.iter("{http://www.tei-c.org/ns/1.0}head")]
    assert "3.1. THE SECOND MILL" in heads
    paragraphs = [reading(p) for p in root.iter("{http://www.tei-c.org/ns/1.0}p")]
    assert any(p.startswith("A new paragraph opens indented") for p in paragraphs)
    assert [n.get("n") for n in notes(root)] == ["3", "4", "5"]


def test_tesseract_noisy_heads_star_markers_and_spurious_blank_lines(convert):
    text = ("‘24 THE BOOK OF THE VALLEY\n\n"
            "The valley was settled late, for the river flooded every spring and the\n"
            "first farmers lost their harvests.*\n\n"
            "in the end they built dykes, and the dykes held.\n\n"
            "1 So the parish register says.\n\f"
            "THE BOOK OF THE VALLEY 25,\n\n"
            "Then came the mills, and with them the weavers, who needed the water more\n"
            "than anyone.\n\f"
            "26 THE BOOK OF THE VALLEY\n\n"
            "The weavers prospered until the railway came.\n")
    root, _ = convert(text, form="tesseract")
    assert [pb.get("n") for pb in pbs(root)] == ["24", "25", "26"]
    assert [reading(n) for n in notes(root)] == ["So the parish register says."]
    body = reading(root.find(".//t:body", NS))
    # the blank line inside the sentence is the OCR's, not the author's
    assert "harvests. in the end they built dykes" in body.replace("harvests.*", "harvests.")
    assert "BOOK OF THE VALLEY" not in body


def test_pdftotext_body_line_printed_after_the_first_note_number_goes_back_to_the_text(convert):
    # pdftotext may print a page's last line of text after the number of its first note
    text = ("The weir was rebuilt twice.7 The second time the town paid for it.8\n"
            "Nobody recorded who paid the first time.\n"
            "7\n\n"
            "The accounts of the second rebuilding show that the\n\n"
            "Town book, fol. 9.\n"
            "8\n"
            "Ibid., fol. 11.\n\n"
            "40\n\f"
            "masons were paid by the day, not by the piece.\n\n"
            "41\n\f")
    root, _ = convert(text, form="pdftotext")
    assert [reading(n) for n in notes(root)] == ["Town book, fol. 9.", "Ibid., fol. 11."]
    body = reading(root.find(".//t:body", NS))
    assert "show that the masons were paid by the day" in body


def test_pdftotext_a_table_of_figures_below_the_notes_is_no_note(convert):
    text = ("The almanacs grew in number over the century, as the table shows.7\n"
            "7\n"
            "Counted from the lists of the archive.\n"
            "10\n"
            "1706–1710\n"
            "11\n"
            "1711–1715 8 1716–1720 21\n\n"
            "40\n\f"
            "After 1750 the growth slowed.\n\n41\n\f")
    root, _ = convert(text, form="pdftotext")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [("7", "Counted from the lists of the archive.")]
    assert "1706–1710" in reading(root.find(".//t:body", NS))


def test_tesseract_garbled_markers_pair_with_a_run_of_numbered_notes(convert):
    # the OCR lost or garbled every superscript ("?41", "4°", "24©"); the notes' own numbers
    # run on at the page foot, and the garbled marks take them in order
    text = ("THE HISTORY OF THE MILL 41\n\n"
            "The mill was rebuilt in stone.?41 The abbot paid for the wheel, not\n"
            "the walls.4° Nobody knows who paid for the walls.24©\n\n"
            "241 Abbey accounts, fol. 3.\n\n"
            "242 Ibid., fol. 4.\n\n"
            "243 A guess of the chronicler.\n\f"
            "42 THE HISTORY OF THE MILL\n\n"
            "The town grew around it.\n\f")
    root, report = convert(text, form="tesseract")
    found = [(n.get("n"), reading(n)) for n in notes(root)]
    assert found == [("241", "Abbey accounts, fol. 3."), ("242", "Ibid., fol. 4."), ("243", "A guess of the chronicler.")]
    body = reading(root.find(".//t:body", NS))
    assert "rebuilt in stone. The abbot" in body and "?41" not in body and "24©" not in body
    assert not [w for w in report.warnings if "no marker" in str(w)]


def test_tesseract_note_numbers_misread_at_the_page_foot(convert):
    # every marker lost; two of the notes' own numbers misread ("27°" and "27" for 270, 271)
    text = ("THE HISTORY OF THE MILL 41\n\n"
            "The mill was rebuilt in stone, and the abbot paid for the wheel.\n\n"
            "268 Abbey accounts, fol. 3.\n\n"
            "269 Ibid., fol. 4.\n\n"
            "27° A guess of the chronicler.\n\n"
            "27 See the town book, fol. 9.\n\n"
            "272 Ibid., fol. 10.\n\f"
            "42 THE HISTORY OF THE MILL\n\n"
            "The town grew around it.\n\f")
    root, _report = convert(text, form="tesseract")
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("268", "Abbey accounts, fol. 3."), ("269", "Ibid., fol. 4."), ("270", "A guess of the chronicler."),
        ("271", "See the town book, fol. 9."), ("272", "Ibid., fol. 10.")]


def test_pdftotext_margin_column_printed_in_pieces_around_the_notes(convert):
    # pdftotext printed the margin column in pieces: the end of note 4 (begun overleaf) with
    # notes 6 and 7, then 7's last line set apart, then the run the page's notes start with (5);
    # note 8 holds figures only
    text = ("The council met,4 and it met again.\n\n"
            "4 The minutes survive in\n\n"
            "11\n\f"
            "The second meeting was longer,5 and it ended in a vote,6 which the old members\n"
            "lost.7 They wrote at once.8 The protest was read aloud.\n\n"
            "the archive of the town,\n"
            "fol. 3.\n"
            "6 The vote is in the book.\n"
            "7 The old members wrote a protest,\n\n"
            "which nobody read.\n\n"
            "5 Town book, fol. 12.\n"
            "8 2 (1820) 14.\n\n"
            "12\n\f")
    root, _ = convert(text, form="pdftotext")
    assert sorted((n.get("n"), reading(n)) for n in notes(root)) == [
        ("4", "The minutes survive in the archive of the town, fol. 3."), ("5", "Town book, fol. 12."),
        ("6", "The vote is in the book."), ("7", "The old members wrote a protest, which nobody read."),
        ("8", "2 (1820) 14.")]


def test_chapter_and_book_headings(convert):
    text = ("Book I.\n\nChapter I: How the Mill Was Built.\n\nThe abbey built it.\n\n"
            "Chapter II: How It Burned.\n\nIt burned in a dry summer.\n")
    root, _ = convert(text, form="gutenberg")
    divs = root.findall(".//t:body//t:div", NS)
    assert [d.get("type") for d in divs] == ["book", "chapter", "chapter"]
    assert reading(divs[1].find("t:head", NS)) == "Chapter I: How the Mill Was Built."
    assert divs[1].getparent() is divs[0]


def test_capitals_at_a_page_foot_that_run_on_are_no_heading(convert):
    text = ("First page of the text, long enough to look like the body of a book.\n"
            "THE COUNCIL OF\n\n5\n\f"
            "elders met in the old hall, as it always had.\n\n6\n\f")
    root, _ = convert(text, form="pdftotext")
    assert root.find(".//t:body//t:head", NS) is None
    assert "THE COUNCIL OF elders met" in reading(root.find(".//t:body", NS))


def test_dp_pages_separators_footnotes_and_broken_words(convert):
    text = ("-----File: 007.png-----------------------------------\n"
            "The bishop wrote to his op-*\n"
            "-----File: 008.png-----------------------------------\n"
            "*ponents[1] a long letter, in <i>Latin</i>.\n\n"
            "[Footnote 1: Printed in the <sc>Acta</sc>, vol. 2.]\n"
            "-----File: 009.png-----------------------------------\n"
            "They answered at once[1] and the matter rested.[**typo: rested?]\n\n"
            "[Footnote 1: Lost; known from a copy.]\n")
    root, _ = convert(text, form="dp-pages")
    assert [pb.get("facs") for pb in pbs(root)] == ["007.png", "008.png", "009.png"]
    body = reading(root.find(".//t:body", NS))
    assert "his opponents a long letter" in body
    found = notes(root)
    assert [reading(n) for n in found] == ["Printed in the Acta, vol. 2.", "Lost; known from a copy."]
    # both are numbered 1: their ids tell them apart by page
    assert len({n.get("{http://www.w3.org/XML/1998/namespace}id") for n in found}) == 2
    assert root.find(".//t:note[@type='transcriber']", NS).text == "typo: rested?"
    assert root.find(".//t:hi[@rend='smallcaps']", NS).text == "Acta"


def test_gutenberg_latin1_needs_its_encoding(convert):
    text = ("LETTER 12.\n\nTO MADAME DUVAL.\n\nVous êtes très aimable.[1]\n\n"
            "[Footnote 1: Écrit à Genève.]\n").encode("latin-1")
    with pytest.raises(InputError) as err:
        convert(text, form="gutenberg")
    assert "not valid UTF-8" in err.value.message and "latin-1" in err.value.hint
    root, _ = convert(text, form="gutenberg", encoding="latin-1", language="fr")
    assert [reading(n) for n in notes(root)] == ["Écrit à Genève."]
    assert "Vous êtes très aimable." in reading(root.find(".//t:body", NS))


def test_gutenberg_notes_gathered_after_the_paragraph_numbered_per_letter(convert):
    text = ("1.\n\nTO A FRIEND.\n\nI send the book[1] and the map.[2]\n\n"
            "[Footnote 1: The first volume.]\n\n[Footnote 2: Now lost.]\n\n"
            "2.\n\nTO THE SAME.\n\nThe map is found.[1]\n\n[Footnote 1: In a drawer.]\n")
    root, _ = convert(text, form="gutenberg")
    pairs = [(n.get("n"), reading(n)) for n in notes(root)]
    assert pairs == [("1", "The first volume."), ("2", "Now lost."), ("1", "In a drawer.")]
    letters = root.findall(".//t:body/t:div", NS)
    assert len(letters) == 2 and reading(letters[1].find("t:head", NS)) == "2. TO THE SAME."


def test_gutenberg_note_paragraphs_run_on_but_not_into_the_words_that_open_a_section(convert):
    text = ("THE MILL.\n\nThe miller would not grind on a feast day.[7]\n\n"
            "[7] Told by the miller's widow.\n\nCompare the story of the bell, which the same\n"
            "village tells of its church.\n\nA second story of the kind is known, which is\n"
            "called\n\n\nTHE BELL.\n\nThe bell rang of itself at night.\n")
    root, _ = convert(text, form="gutenberg")
    assert [reading(n) for n in notes(root)] == [
        "Told by the miller's widow. Compare the story of the bell, which the same village tells of its church."]
    heads = [reading(h) for h in root.iter("{http://www.tei-c.org/ns/1.0}head")]
    assert heads == ["THE MILL.", "THE BELL."]
    body = reading(root.find(".//t:body", NS))
    assert "A second story of the kind is known, which is called" in body


@pytest.mark.parametrize("text, form", [
    (PDFTOTEXT, "pdftotext"),
    ("-----File: 001.png---\nA page.\n", "dp-pages"),
    ("Text[1] here.\n\n[Footnote 1: A note.]\n", "gutenberg"),
    ("Text with a marker.¹\n\n¹ A note.\n", "pdf-copy"),
    ("Text.<sup>1</sup>\n\n<sup>1</sup> A note.\n\n## A heading\n\nMore.\n", "ocr-markdown"),
])
def test_the_form_is_detected_from_the_text(convert, text, form):
    root, _ = convert(text)
    change = root.find(".//t:revisionDesc/t:change", NS).text
    assert f"(form “{form}”)" in change


@pytest.mark.parametrize("form", ["pdftotext", "pdftotext-layout", "tesseract", "dp-pages", "gutenberg"])
def test_every_form_writes_tei_the_project_schema_accepts(convert, tmp_path, form):
    """The contract: whatever a reader emits (div types, fw, pb attributes, notes) validates."""
    root, _ = convert(PDFTOTEXT + "Chapter III: Last.\n\nBook II.\n\n[Footnote 9: x]\n", form=form)
    from lxml import etree
    out = tmp_path / "out.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    problems = validate_files([out], tei_all=False)
    assert not problems, "\n".join(map(str, problems))


def test_olmocr_markdown_rule_before_notes_and_pages_joined_by_one_newline(convert):
    """olmOCR's own output: `---` before a page's notes, `\\(^1\\)` markers, the next page
    right after the last note; a `## HEADING` must not leave its marks in the text."""
    text = ("## INTRODUCTION\n\n"
            "The council met in the spring of that year,\\(^1\\) and its first act was to\n"
            "elect a president.\\(^2\\) The debate lasted three days and ended in the words of\n"
            "---\n"
            "\\(^1\\) Minutes, fol. 12.\n"
            "\\(^2\\) Ibid., fol. 14.\n"
            "the old statute, which nobody had read for a century.<sup>3</sup> Then they went home.\n\n"
            "<sup>3</sup> Statutes of the Realm, vol. 2.\n"
            "Chapter II: How the Council Ended\n\n"
            "It ended in a quarrel.[^4]\n\n"
            "[^4]: As the chronicle says.\n")
    root, report = convert(text, form="ocr-markdown")
    assert [reading(n) for n in notes(root)] == [
        "Minutes, fol. 12.", "Ibid., fol. 14.", "Statutes of the Realm, vol. 2.", "As the chronicle says."]
    body = reading(root.find(".//t:body", NS))
    assert "ended in the words of the old statute, which nobody had read" in body
    heads = [reading(h) for h in root.iter("{http://www.tei-c.org/ns/1.0}head")]
    assert heads == ["INTRODUCTION", "Chapter II: How the Council Ended"]
    assert "#" not in body and not report.warnings
    from lxml import etree
    divs = root.findall(".//t:body/t:div", NS)
    # a chapter is no subdivision of the introduction before it
    assert [d.get("type") for d in divs] == ["chapter", "chapter"], etree.tostring(root)[-800:]


def test_a_notes_end_run_into_the_next_pages_text_goes_back_to_its_note(convert):
    """OCR that reads a page as one column may append the end of the previous page's last
    note to the page's last line; the next page going on in lower case shows the cut."""
    text = ("The mill was sold twice.<sup>1</sup> The abbot kept the deeds.\n\n"
            "<sup>1</sup> See the register of the abbey, vol. 2,\n"
            "The buyers quarrelled.<sup>1</sup> The reasons for this are March 1802, pp. 12-14 of "
            "the same register.\n\n"
            "<sup>1</sup> Minutes of the court.\n"
            "hard to know. The court did not say.\n")
    root, report = convert(text, form="ocr-markdown")
    first = reading(notes(root)[0])
    assert first == "See the register of the abbey, vol. 2, March 1802, pp. 12-14 of the same register."
    body = reading(root.find(".//t:body", NS))
    assert "The reasons for this are hard to know." in body
    assert any("put back into the note" in w.message for w in report.warnings)


def test_markdown_notes_gathered_at_the_end_find_their_markers(convert):
    text = ("## ONE\n\nThe first claim.[^1] More text here.\n\n"
            "## TWO\n\nThe second claim.[^2] And the end.\n\n"
            "[^1]: The first source.\n[^2]: The second source.\n")
    root, report = convert(text, form="ocr-markdown")
    found = notes(root)
    assert [(n.get("n"), reading(n)) for n in found] == [("1", "The first source."), ("2", "The second source.")]
    assert reading(found[0].getparent()).startswith("The first claim.")
    assert not report.warnings


def test_note_numbers_of_any_length_and_a_jump_in_the_numbering(convert):
    """A later chapter's notes (1157, 1158 after 18, 19) are notes, found by their markers."""
    text = ("The first claim.¹⁸ The second.¹⁹\n\n18 First source.\n\n19 Second source.\n\n"
            "A later chapter goes on.¹¹⁵⁷ And on.¹¹⁵⁸\n\n1157 Third source.\n\n1158 Fourth source.\n\n"
            "1921 was a year of famine.\n")
    root, report = convert(text, form="pdf-copy")
    assert [n.get("n") for n in notes(root)] == ["18", "19", "1157", "1158"]
    assert "1921 was a year of famine." in reading(root.find(".//t:body", NS))
    assert not report.warnings


def test_headings_in_german_order_and_a_sentence_that_names_a_chapter(convert):
    text = ("Erstes Kapitel\n\nDie Mühle stand am Fluss.\n\n"
            "2. Kapitel: Der Brand\n\nSie brannte im Sommer.\n\n"
            "Chapter 3 discusses the consequences of the fire for the town\n\nand its trade.\n")
    root, _ = convert(text, form="gutenberg", language="de")
    heads = [reading(h) for h in root.iter("{http://www.tei-c.org/ns/1.0}head")]
    assert heads == ["Erstes Kapitel", "2. Kapitel: Der Brand"]
    assert "Chapter 3 discusses the consequences" in reading(root.find(".//t:body", NS))


def test_dp_a_blank_line_at_a_page_top_starts_a_paragraph(convert):
    text = ("-----File: 001.png---\nThe last line of a verse without a stop\n"
            "-----File: 002.png---\n\nbegins a new paragraph in lower case here.\n"
            "-----File: 003.png---\nand this one goes on from it.\n")
    root, _ = convert(text, form="dp-pages")
    paragraphs = [reading(p) for p in root.find(".//t:body", NS).iter("{http://www.tei-c.org/ns/1.0}p")]
    assert paragraphs == ["The last line of a verse without a stop",
                          "begins a new paragraph in lower case here. and this one goes on from it."]


def test_marker_page_separators(convert):
    text = ("{0}------------------------------------------------\n\n"
            "The first page runs on into the<sup>1</sup>\n\n<sup>1</sup> A note.\n\n"
            "{1}------------------------------------------------\n\n"
            "second page, where it ends.<sup>1</sup>\n\n<sup>1</sup> Another note.\n")
    root, _ = convert(text, form="ocr-markdown")
    assert len(pbs(root)) == 2
    assert [reading(n) for n in notes(root)] == ["A note.", "Another note."]
    assert "runs on into the second page, where it ends." in reading(root.find(".//t:body", NS))


def test_a_marker_set_apart_by_spaces_binds_to_its_word(convert):
    """MinerU sets a TeX superscript apart: "Bosnia $^{1}$ , Serbia"; the note stands after the
    word, and the comma after the note, with no space between."""
    text = ("## 1 Trade\n\nThe region trades in timber $^{1}$ , salt and wine $^{2}$ . The ports "
            "of the coast $^{3}$ handle most of it.\n\n$^{1}$ Mostly timber.\n\n$^{2}$ Since 2004.\n\n"
            "$^{3}$ Koper and Rijeka.\n")
    root, _ = convert(text, form="ocr-markdown")
    from lxml import etree
    xml = etree.tostring(root.find(".//t:body//t:p", NS), encoding="unicode")
    for before, after in (("timber", ", salt"), ("wine", ". The"), ("coast", " handle")):
        assert f"{before}<note" in xml and f"</note>{after}" in xml


def test_a_line_wholly_in_bold_is_a_heading(convert):
    """OCR tools mark a run-in title as a bold line ("**Table XII**"); a bold sentence of text
    stays a paragraph."""
    text = ("## Tables\n\n**Table IV.**\n\nIs a statement of the churches of every denomination.\n\n"
            "**This table was compiled from the returns of the clergy of every parish.**\n\nMore text.\n")
    root, report = convert(text, form="ocr-markdown")
    heads = [reading(h) for h in root.iter("{http://www.tei-c.org/ns/1.0}head")]
    assert heads == ["Tables", "Table IV."]
    assert not [w for w in report.warnings if "asterisk" in w.message]

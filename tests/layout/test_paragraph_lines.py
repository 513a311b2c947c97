# SPDX-License-Identifier: MIT
"""OCR output that writes each paragraph of a page as one line and joins the pages with a
single newline, without markup (olmOCR on old books): pages, symbol notes, a book's title page."""
from __future__ import annotations

from .conftest import NS, TEI, notes, pbs, reading

TITLE = ("A JOURNAL\n\nOF A VOYAGE\n\nTO\n\nTHE NORTHERN LAKES,\n\nIN THE SUMMER OF 1794.\n\n"
         "BY THOMAS WARDLE, GENT.\n\nLONDON:\n\nPRINTED FOR J. SMITH, IN FLEET-STREET.\n\n1801.\n")
PAGE_2 = ("ADVERTISEMENT.\n\n"
          "The reader will find in the following sheets an account of a journey made many years ago, "
          "in the company of two traders and a party of boatmen, whose names, for the most part, have been "
          "left out, as being of no interest to the public.\n\n"
          "The writer has kept to his journal, as it was written on the spot,† and has added nothing to it "
          "but a few remarks, where the account of the country seemed to call for them, and where his later "
          "travels gave him the means of correcting his first impressions.\n\n"
          "† The journal itself is in the hands of the publisher.\n")
PAGE_3 = ("CHAPTER I.\n\n"
          "We left the town on the morning of the second of June, in two boats, each of them carrying twelve "
          "men and their baggage, and reached the first of the falls,* where the river narrows between high "
          "banks of stone, before the sun was down; there we were obliged to carry everything on our shoul-\n")
PAGE_4 = ("ders, a labour of some hours, over a path that the rain had made very bad, and which the men "
          "called, with good reason, the portage of the broken legs.\n\n"
          "*The falls are now passed by a canal, made at the charge of the province.\n")
PAGE_5 = ("On the next day the wind was against us, and we kept the shore, where the water was smoother, "
          "and where the men could find, at every point, a place to land and to make their fire, and to *rest* "
          "themselves, after their labour.\n")


def _text() -> str:
    return TITLE + PAGE_2 + PAGE_3 + PAGE_4 + PAGE_5


def test_paragraph_lines_are_read_as_ocr_markdown_with_pages_at_single_newlines(convert):
    root, report = convert(_text())
    change = root.find(".//t:revisionDesc/t:change", NS).text
    assert "(form “ocr-markdown”)" in change
    body = root.find(".//t:body", NS)
    # a page ends where one line of a paragraph meets the next with a single newline
    assert len(pbs(root)) == 5
    text = reading(body)
    assert "carry everything on our shoulders, a labour of some hours" in text
    assert [pb.get("break") for pb in pbs(root)].count("no") == 1


def test_symbol_notes_at_the_page_foot_are_anchored_at_their_markers(convert):
    root, report = convert(_text())
    found = notes(root)
    assert [(n.get("n"), reading(n)) for n in found] == [
        ("†", "The journal itself is in the hands of the publisher."),
        ("*", "The falls are now passed by a canal, made at the charge of the province.")]
    assert found[0].getparent().tag == TEI + "p" and "on the spot," in (found[0].getprevious().tail
                                                                        if found[0].getprevious() is not None
                                                                        else found[0].getparent().text)
    # an emphasis's stars are no note marker
    assert "to rest themselves" in reading(root.find(".//t:body", NS))
    assert not [w for w in report.warnings if "asterisk" in w.message]


def test_a_book_title_page_of_many_short_lines_in_capitals_is_a_title_page(convert):
    root, _ = convert(_text())
    page = root.find(".//t:front/t:titlePage", NS)
    assert page is not None
    assert [reading(p) for p in page.findall(".//t:titlePart", NS)][0] == "A JOURNAL"
    assert reading(page.find(".//t:docAuthor", NS)) == "THOMAS WARDLE, GENT."
    assert reading(page.find(".//t:pubPlace", NS)) == "LONDON:"
    assert reading(page.find(".//t:docDate", NS)) == "1801."
    heads = [reading(h) for h in root.find(".//t:body", NS).iter(TEI + "head")]
    assert heads == ["ADVERTISEMENT.", "CHAPTER I."]


def test_short_paragraphs_of_dialogue_joined_by_one_newline_are_two_pages(convert):
    """A page that ends with a short line of dialogue and a next page that opens with another:
    neither is a paragraph's long line, but one is longer than a printed line and the first ends
    its sentence; the shop-sign lines of a block in capitals stay together."""
    long = ("The road went on through the wood for a great many miles, and the two friends walked it "
            "slowly, talking of the harvest and of the price of corn at the market in the town below.")
    text = (f"{long}\n\n\"And will you come with us to the fair on Thursday, if the weather holds?\" asked Tom.\n"
            "\"Perhaps I shall.\"\n\n"
            f"{long}\n\nTHE OLD INN\nBY THE BRIDGE\n\n{long}\n")
    root, _ = convert(text)
    assert len(pbs(root)) == 2
    paragraphs = [reading(p) for p in root.find(".//t:body", NS).iter(TEI + "p")]
    assert "\"Perhaps I shall.\"" in paragraphs


def test_a_lists_printed_lines_are_no_page_ends(convert):
    """marker keeps a list item's printed line breaks: the lines of a list, down to a blank
    line, are never taken for pages joined by a single newline."""
    long = ("The committee met on the first Monday of every month, in the back room of the library, "
            "and kept minutes of its meetings in a book that the secretary brought home each time.")
    text = (f"## Rules\n\n{long} The rules were these:\n"
            "- Every member pays his dues before the meeting of March. A member who does not pay\n"
            "them loses his vote for the year.\n"
            "- No book leaves the room without the librarian's leave.\n"
            "Members were reminded of the rules at every meeting, in the same words each time.\n\n"
            f"{long}\n")
    root, _ = convert(text, form="ocr-markdown")
    assert len(pbs(root)) == 1


def test_a_running_head_that_cuts_a_sentence_is_furniture(convert):
    """A tool that keeps a running head now and then prints it between the words of a sentence
    cut by the page end; a chapter's summary of short lines, one of them long, is no page end."""
    long = ("Le chemin suivait la rivière pendant trois lieues, entre des prairies où paissaient "
            "quelques chevaux, et nous arrivâmes le soir au village, où le curé nous reçut fort bien.")
    text = (f"CHAPITRE IV\n\nLE VILLAGE\n\nLa rivière. — Le curé. — Les chevaux.\n"
            "— Une fête au village. — Le départ des voyageurs pour les lacs du nord et le retour des chasseurs.\n"
            "— La pluie.\n\n"
            f"{long} Le lendemain, nous repartîmes de bonne heure, et le\n"
            "VOYAGE AUX LACS DU NORD.\n\n"
            f"soleil était déjà haut quand nous atteignîmes le premier portage. {long}\n")
    root, _ = convert(text, language="fr")
    body = root.find(".//t:body", NS)
    assert "et le soleil était déjà haut" in reading(body)
    assert [fw.text for fw in body.iter(TEI + "fw")] == ["VOYAGE AUX LACS DU NORD."]
    assert len(pbs(root)) == 2
    assert [reading(h) for h in body.iter(TEI + "head")] == ["CHAPITRE IV LE VILLAGE"]


def test_notes_side_by_side_in_italics_and_long_stay_with_their_page(convert):
    """Short notes set on one line ("* … † …"), a long note after them (no page end between
    two note lines), and a note the tool set in italics, its symbol taken into the emphasis."""
    text = ("We crossed the first bridge,* and then the second,† where the road turns to the east, and "
            "came at last to the mill,‡ where the miller gave us bread and milk, and a bed of straw for the "
            "night, which we were glad to have after so long a walk in the\n\n"
            "* Now pulled down. † Rebuilt in stone.\n"
            "‡ The mill stood on the left bank of the river until the great flood, which carried away its "
            "wheel and half of its walls, as the parish book relates at some length in the year of the flood.\n"
            "rain. In the morning we went on, and the miller's boy came with us as far as the ford, where "
            "he left us to go back to his work.*\n\n"
            "*The ford is still used by the carters in the summer.*\n"
            "On the other side of the ford the road climbs the hill in long bends, through a wood of beeches, "
            "and at its top the whole valley lies open to the south.\n")
    root, _ = convert(text)
    assert [(n.get("n"), reading(n)) for n in notes(root)] == [
        ("*", "Now pulled down."), ("†", "Rebuilt in stone."),
        ("‡", "The mill stood on the left bank of the river until the great flood, which carried away its "
              "wheel and half of its walls, as the parish book relates at some length in the year of the flood."),
        ("*", "The ford is still used by the carters in the summer.")]
    body = reading(root.find(".//t:body", NS))
    assert "walk in the rain. In the morning" in body
    assert len(pbs(root)) == 3


def test_paragraphs_one_a_line_without_blank_lines_show_no_pages(convert):
    """An e-text that sets each paragraph on one line with no blank line between them is not a
    tool's paged output: its newlines are paragraph ends, not page ends."""
    long = ("The committee met on the first Monday of every month, in the back room of the library, "
            "and kept minutes of its meetings in a book that the secretary brought home each time.")
    root, _ = convert("\n".join([long] * 6) + "\n")
    assert len(pbs(root)) <= 1
    assert reading(root.find(".//t:body", NS)).count("The committee met") == 6


def test_a_division_numbered_with_an_article_and_an_ordinal(convert):
    """"BOOK THE SECOND." is a book's heading with its whole number; "LETTER FROM THE KING."
    has no number (a word in the number's place is a number only if it is one)."""
    root, _ = convert("BOOK THE SECOND.\n\nThe king came back in the spring.\n\n"
                      "LETTER FROM THE KING.\n\nHe wrote to the council at once.\n", form="gutenberg")
    body = root.find(".//t:body", NS)
    heads = [(h.getparent().get("type"), reading(h)) for h in body.iter(TEI + "head")]
    assert heads[0] == ("book", "BOOK THE SECOND.")
    assert all(kind != "letter" or "FROM" not in text for kind, text in heads)


def test_a_title_page_with_the_byline_alone_and_the_authors_titles(convert):
    """"BY" on a line of its own, the author's name below it, his titles (one of them long,
    with abbreviations: "HON. MEMBER …") before the imprint; the society's line in mixed case."""
    text = ("The Antiquarian Society of Wessex.\n\nPAPER No. 12.—SESSION 1890-1.\n\nTHE OLD MILLS\n\nOF THE\n\n"
            "VALE OF PEWSEY.\n\nBY\n\nJOHN T. CARTER, F.S.A.,\n\nSECRETARY OF THE SOCIETY,\n\n"
            "HON. MEMBER WILTSHIRE ARCHAEOLOGICAL SOCIETY, CORRESPONDING MEMBER OF THE SOCIETY OF "
            "ANTIQUARIES OF SCOTLAND, AND OF THE BATH FIELD CLUB.\n\nDEVIZES:\n\nPRINTED AT THE GAZETTE OFFICE.\n\n"
            "1891.\nTHE OLD MILLS.\n\n"
            "The mills of the vale are older than any of its churches, and the oldest of them is named in a "
            "charter of the tenth century, which gives its bounds and the rent its miller paid to the abbey.\n")
    text += ("\nThe second mill stood lower down the stream, below the ford, where the road to the market "
             "town crossed the water, and its wheel was turned by a leat cut from the river above the weir.\n") * 3
    root, _ = convert(text)
    page = root.find(".//t:front/t:titlePage", NS)
    assert page is not None
    assert reading(page.find(".//t:docAuthor", NS)) == "JOHN T. CARTER, F.S.A.,"
    assert reading(page.find(".//t:pubPlace", NS)) == "DEVIZES:"
    assert reading(page.find(".//t:publisher", NS)) == "PRINTED AT THE GAZETTE OFFICE."
    assert "SECRETARY OF THE SOCIETY" in reading(page.find(".//t:byline", NS))
    assert [reading(h) for h in root.find(".//t:body", NS).iter(TEI + "head")] == ["THE OLD MILLS."]


def test_a_running_head_opening_pages_is_furniture_but_chapter_headings_stay(convert):
    long = ("The road went on through the wood for a great many miles, and the two friends walked it "
            "slowly, talking of the harvest and of the price of corn at the market in the town below.")
    pages = []
    for k in range(1, 5):
        pages.append(f"A WALK IN THE COUNTRY.\n\n{long}\n\nCHAPTER {k}.\n\n{long}")
    root, _ = convert("\n".join(pages) + "\n")
    body = root.find(".//t:body", NS)
    assert [fw.text for fw in body.iter(TEI + "fw")] == ["A WALK IN THE COUNTRY."] * 4
    assert [reading(h) for h in body.iter(TEI + "head")] == [f"CHAPTER {k}." for k in range(1, 5)]
    # chapters that open pages: their numbers do not follow the pages
    root, _ = convert("\n".join(f"CHAPTER {k}\n\n{long}\n\n{long}\n\n{long}" for k in (1, 2, 4, 7)) + "\n")
    body = root.find(".//t:body", NS)
    assert [reading(h) for h in body.iter(TEI + "head")] == [f"CHAPTER {k}" for k in (1, 2, 4, 7)]
    # a running head with the page's number, on either side
    root, _ = convert("\n".join((f"{k + 11} A WALK" if k % 2 else f"A WALK {k + 11}") + f"\n\n{long}\n\n{long}"
                                for k in range(4)) + "\n")
    pages = [pb.get("n") for pb in pbs(root)]
    assert [fw.text for fw in root.find(".//t:body", NS).iter(TEI + "fw")] == [
        "A WALK 11", "12 A WALK", "A WALK 13", "14 A WALK"]
    assert pages == ["11", "12", "13", "14"]


def test_markdown_list_items_are_a_list(convert, tmp_path):
    """marker's list items ("- …", their printed lines going on below them) are the items of a
    TEI list; a sentence beginning on a line of its own after the last item is the text after
    the list; the TEI validates."""
    text = ("## The Rules\n\nThe society kept three rules, which every new member was given on a card:\n"
            "- Every member pays his dues before the meeting of March, and a member who\n"
            "does not pay them loses his vote.<sup>1</sup>\n"
            "- No book leaves the room.\n"
            "The rules were read out at the first meeting of every year.\n\n"
            "<sup>1</sup> The rule was made in 1871.\n")
    root, _ = convert(text, form="ocr-markdown")
    items = root.findall(".//t:body//t:list/t:item", NS)
    assert [reading(i) for i in items] == [
        "Every member pays his dues before the meeting of March, and a member who does not pay them "
        "loses his vote.", "No book leaves the room."]
    assert [reading(n) for n in notes(root)] == ["The rule was made in 1871."]
    paragraphs = [reading(p) for p in root.iter(TEI + "p")]
    assert "The rules were read out at the first meeting of every year." in paragraphs
    from lxml import etree

    from edition.validate import validate_files
    out = tmp_path / "out.xml"
    out.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    problems = validate_files([out], tei_all=False)
    assert not problems, "\n".join(map(str, problems))


def test_a_dedication_keeps_its_lines_and_its_signature_is_no_heading(convert):
    """Where each paragraph is one line, a block of short lines (a dedication) is a paragraph
    with its printed lines kept; a name in capitals after words ending in a comma signs it."""
    long = ("The road went on through the wood for a great many miles, and the two friends walked it "
            "slowly, talking of the harvest and of the price of corn at the market in the town below.")
    text = (f"{long}\n\n{long}\nTO\nTHE WORSHIPFUL COMPANY\nOF MILLERS,\n\nTHESE PAGES\nARE DEDICATED BY THEIR\n"
            f"OBEDIENT SERVANT,\n\nTHOMAS WARDLE.\n\nLondon, May 1801.\nCHAPTER I.\n\n{long}\n\n{long}\n")
    root, _ = convert(text)
    body = root.find(".//t:body", NS)
    dedication = [p for p in body.iter(TEI + "p") if reading(p).startswith("TO ")][0]
    assert len(dedication.findall("t:lb", NS)) == 2
    assert [reading(h) for h in body.iter(TEI + "head")] == ["CHAPTER I."]
    assert "THOMAS WARDLE." in [reading(p) for p in body.iter(TEI + "p")]


def test_a_blank_line_that_cuts_a_sentence_is_a_page_end(convert):
    """Where each paragraph of a page is one line, a blank line never cuts a sentence within a
    page: "… of his picture—" | "" | "“besides, you’ll …" is one paragraph over a page end."""
    long = ("The road went on through the wood for a great many miles, and the two friends walked it "
            "slowly, talking of the harvest and of the price of corn at the market in the town below.")
    text = (f"{long}\n\n“Besides,” said the elder, turning to look at the younger with a smile, and pointing "
            f"with his stick at the town—\n\n“besides, you will have the fair.”\n\n{long}\n\n{long}\n")
    root, _ = convert(text)
    paragraphs = [reading(p) for p in root.find(".//t:body", NS).iter(TEI + "p")]
    assert any("at the town—“besides, you will have the fair.”" in p for p in paragraphs)
    assert len(pbs(root)) == 2

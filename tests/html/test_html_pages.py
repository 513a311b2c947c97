# SPDX-License-Identifier: MIT
"""The site's pages built from the sample TEI: escaping, anchors, notes, corrections, names, dates."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from lxml import etree

from html_helpers import SAMPLE, SAMPLE_ID, page, search_index

TEI = {"t": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
READING = f"{SAMPLE_ID}.html"


def sample_tei():
    return etree.parse(str(SAMPLE))


def ids_of(root) -> list[str]:
    return [element.get("id") for element in root.iter() if element.get("id") is not None]


def mention_block(site, href: str) -> str:
    """The id of the paragraph or note a register's link to a mention lands in."""
    file, _, target = href.partition("#")
    mention = page(site, file).get_element_by_id(target)
    return mention.xpath("ancestor::*[self::p or self::li][@id][1]/@id")[0]


def test_hostile_text_arrives_as_text_not_markup(site):
    root = page(site, READING)
    paragraph = root.get_element_by_id("p7")
    assert "<script>alert('x')</script> & ]]>" in paragraph.text_content()
    raw = (site / READING).read_text(encoding="utf-8")
    assert "&lt;script&gt;alert('x')&lt;/script&gt; &amp; ]]&gt;" in raw
    # the only scripts are the site's own files
    assert [s.get("src") for s in root.iter("script")] == ["assets/edition.js"]


def test_every_paragraph_is_citable_by_its_tei_id(site):
    root = page(site, READING)
    tei_ids = sample_tei().xpath("//t:text//t:p/@xml:id", namespaces=TEI)
    html_ids = ids_of(root)
    assert tei_ids and set(tei_ids) <= set(html_ids)
    for tei_id in tei_ids:
        assert root.get_element_by_id(tei_id).xpath(f".//a[@class='permalink'][@href='#{tei_id}']")


def test_ids_are_unique_on_every_page(site):
    for name in ["index.html", READING, "persons.html", "places.html", "organisations.html", "chronology.html"]:
        duplicates = [i for i, n in Counter(ids_of(page(site, name))).items() if n > 1]
        assert not duplicates, (name, duplicates)


def test_printed_pages_are_in_the_margin_and_on_paragraphs(site):
    root = page(site, READING)
    assert root.get_element_by_id("page-3").text_content().strip().endswith("3")
    assert root.get_element_by_id("page-4").get("class") == "pb"
    # p6 begins on page 3 and runs onto page 4
    assert root.get_element_by_id("p6").get("data-page") == "3–4"
    assert root.get_element_by_id("p7").get("data-page") == "4"


def test_notes_open_at_their_markers_and_are_listed_with_back_links(site):
    root = page(site, READING)
    notes = sample_tei().xpath("//t:note[@place='foot']", namespaces=TEI)
    assert len(notes) == 2
    for note in notes:
        note_id = note.get(XML_ID)
        button = root.get_element_by_id(f"ref-{note_id}")
        assert button.tag == "button" and button.get("popovertarget") == f"pop-{note_id}"
        # the sample's numbers restart on every page: each note is named with its page
        assert button.get("aria-label") == f"Note {note.get('n')}, page {note_id.split('-')[1][1:]}"
        popover = root.get_element_by_id(f"pop-{note_id}")
        assert popover.get("popover") == "auto"
        item = root.get_element_by_id(note_id)
        assert item.tag == "li" and item.getparent().get("class") == "note-list"
        assert item.get("value") == note.get("n")
        assert item.xpath(f".//a[@class='back-link'][@href='#ref-{note_id}']")
    assert "The Interregnum, 1923-1924" in root.get_element_by_id("pop-fn-p3-1").text_content()
    assert "p. 4, n. 1" in root.get_element_by_id("fn-p4-1").text_content()


def test_a_correction_is_read_as_corrected_with_the_source_reading_kept(site):
    root = page(site, READING)
    choice = root.get_element_by_id("ch11").xpath(".//span[@class='choice']")[0]
    assert choice.xpath("string(span[@class='corr'])") == "CHAPTER 11"
    assert "CHAPTER II" in choice.xpath("string(span[@class='sic'])")
    assert choice.get("tabindex") == "0"  # the source reading can be reached by keyboard
    toc = root.xpath("//nav[@class='toc']")[0].text_content()
    assert "CHAPTER 11 LESSONS OF OCTOBER" in toc and "CHAPTER II" not in toc


def test_names_link_to_entries_that_exist_in_their_register(site):
    root = page(site, READING)
    links = root.xpath("//a[contains(concat(' ', @class, ' '), ' entity ')][not(contains(@class, 'date'))]")
    names = sample_tei().xpath("//t:text//*[self::t:persName or self::t:placeName or self::t:orgName][@ref]",
                               namespaces=TEI)
    in_notes = [n for n in names if n.xpath("ancestor::t:note", namespaces=TEI)]
    # a footnote is shown twice, in its popover and in the list of notes
    assert len(links) == len(names) + len(in_notes) == 7
    for link in links:
        file, _, fragment = link.get("href").partition("#")
        assert fragment in ids_of(page(site, file)), link.get("href")
    assert root.xpath("//a[@href='persons.html#lenin']")[0].text_content() == "Lenin"
    assert root.xpath("//a[@href='places.html#leningrad']")[0].text_content() == "Petrograd"
    assert root.xpath("//a[@href='organisations.html#comintern']")


def test_register_entry_has_description_variants_renamings_and_occurrences(site):
    places = page(site, "places.html")
    entry = places.get_element_by_id("leningrad")
    text = entry.text_content()
    assert "Saint Petersburg" in text and "Capital of the Russian Empire" in text
    assert "Petrograd (1914–1924)" in text and "Leningrad (1924–)" in text
    occurrences = entry.xpath(".//ul[@class='occurrences']/li/a")
    assert [mention_block(site, a.get("href")) for a in occurrences] == ["p6"]
    persons = page(site, "persons.html")
    zinoviev = persons.get_element_by_id("zinoviev")
    assert "G. Zinoviev" in zinoviev.text_content()  # a variant
    # a name inside a footnote leads to that footnote
    assert [mention_block(site, href) for href in zinoviev.xpath(".//ul[@class='occurrences']/li/a/@href")] == ["fn-p4-1"]
    reading_ids = ids_of(page(site, READING))
    for register in ["persons.html", "places.html", "organisations.html"]:
        for href in page(site, register).xpath("//ul[@class='occurrences']//a/@href"):
            assert href.split("#")[1] in reading_ids, href


def test_persons_are_listed_by_surname(site):
    names = page(site, "persons.html").xpath("//nav[@class='register-index']//a/text()")
    assert names == ["Vladimir Ilyich Lenin", "Grigory Zinoviev"]


def test_chronology_is_in_date_order_with_sentence_and_link_back(site):
    root = page(site, "chronology.html")
    items = root.xpath("//ol[@class='mentions']/li")
    assert [i.xpath("string(span[@class='when'])") for i in items] == [
        "1922-03 – 1922-05", "1923 – 1924", "1924", "1924-08-01"]
    spring = items[0]
    assert spring.xpath("string(.//mark)") == "the spring of 1922"
    assert spring.xpath("string(q)").startswith("Petrograd had been renamed Leningrad")
    assert spring.xpath("string(q)").endswith("spring of 1922.")  # cut at the sentence's end
    assert spring.xpath("a/@href") == [f"{READING}#p6"]
    assert "p. 4" in spring.xpath("string(a)")
    # every date in the text links to its line in the chronology
    reading = page(site, READING)
    chronology_ids = ids_of(root)
    date_links = reading.xpath("//a[contains(@class, 'date')]/@href")
    assert len(date_links) == 4
    assert all(href.split("#")[1] in chronology_ids for href in date_links)


def test_dates_carry_machine_readable_values(site):
    reading = page(site, READING)
    assert reading.xpath("//time/@datetime") == ["1924", "1924-08-01"]


def test_search_index_holds_paragraphs_and_notes_as_read(site):
    index = search_index(site)
    assert index["editions"] == [[SAMPLE_ID, "Socialism in One Country, 1924-1926. Volume Two (front matter and chapter 11)"]]
    blocks = {block[1]: block for block in index["blocks"]}
    assert blocks["p7"][3].startswith("Hostile text: <script>alert('x')</script> & ]]>")
    assert blocks["p6"][2] == "p. 3, ¶ 6"  # its page and its number among the paragraphs
    assert "Interregnum" not in blocks["p6"][3]  # a note is its own result
    assert blocks["fn-p3-1"][3] == "See The Interregnum, 1923-1924, pp. 354, 361."
    texts = " ".join(block[3] for block in index["blocks"])
    assert "CHAPTER 11 LESSONS OF OCTOBER" in texts and "CHAPTER II" not in texts
    assert "publication" in blocks["p2"][3] and "reserved. No part" in blocks["p2"][3]  # lb is a space


def test_index_page_describes_the_source(site):
    root = page(site, "index.html")
    text = root.text_content()
    for fact in ["Carr, Edward Hallett", "Volume Two", "A History of Soviet Russia 6", "0-333-07161-1",
                 "The Macmillan Press Ltd", "CC BY 4.0"]:
        assert fact in text, fact
    assert root.xpath(f"//a[@href='{READING}']")
    assert root.xpath(f"//a[@href='tei/{SAMPLE_ID}.xml']")


def test_pages_load_nothing_from_elsewhere(site):
    for path in site.glob("*.html"):
        root = page(site, path.name)
        sources = root.xpath("//script/@src | //link[not(@rel = 'license' or @rel = 'canonical')]/@href"
                             " | //img/@src | //iframe/@src")  # a licence or canonical link is not loaded
        assert all(not s.startswith(("http:", "https:", "//")) for s in sources), (path.name, sources)


def test_dates_of_cited_books_lead_nowhere_and_history_to_the_chronology(tmp_path):
    """A cited book's imprint year is no event: it is not in the chronology and has no link;
    every date link that is there resolves."""
    from edition.render.html import build_site
    seed = Path(__file__).resolve().parents[2] / "tei" / "building-socialism-1920s.xml"
    site = tmp_path / "site"
    build_site([seed], site)
    reading = page(site, "building-socialism-1920s.html")
    chronology = set(ids_of(page(site, "chronology.html")))
    links = reading.xpath("//a[contains(@class, 'date')]/@href")
    assert links and all(href.split("#")[1] in chronology for href in links)
    imprints = reading.xpath("//*[contains(@class, 'date')][not(self::a)][.//text()[contains(., '1953')]]")
    assert imprints, "the imprint year 1953 of a cited book is shown, without a link"

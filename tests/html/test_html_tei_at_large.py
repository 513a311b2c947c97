# SPDX-License-Identifier: MIT
"""TEI as other projects write it, in the web edition: elements of modules the edition does
not know (spoken texts, dictionaries, a project's own), DTD-era DOCTYPEs, parts kept in files
that are not there, figures with their captions."""
from __future__ import annotations

from pathlib import Path

import pytest

from edition.errors import XMLInputError
from edition.render.html import build_site

from html_helpers import page, tei


def reading(site: Path, edition_id: str = "mini"):
    return page(site, f"{edition_id}.html")


def words_of(el) -> list[str]:
    """The words of an element, without the paragraph's permalink (¶ and its number)."""
    text = el.text_content()
    for link in el.xpath(".//a[@class='permalink']"):
        text = text.replace(link.text_content(), " ", 1)
    return text.split()


def test_unknown_elements_between_blocks_are_blocks_and_keep_their_words_apart(build_mini):
    # two utterances and an event of a spoken text, written without space between them
    site = build_mini(tei('<div xml:id="talk"><u who="#a">Well then</u><u who="#b">Right <pause/> so</u>'
                          '<incident><desc>door slams</desc></incident></div>'
                          '<div><p xml:id="a">See <bloc>Asia Minor</bloc> and <oddity>here</oddity>.</p></div>'))
    root = reading(site)
    blocks = root.get_element_by_id("talk").xpath("./p")
    assert [" ".join(words_of(p)) for p in blocks] == ["Well then", "Right so", "door slams"]
    assert [p.get("class") for p in blocks] == ["u", "u", "incident"]
    # inside a paragraph they stay in its flow
    paragraph = root.get_element_by_id("a")
    assert paragraph.tag == "p" and not paragraph.xpath(".//p | .//div")
    assert " ".join(words_of(paragraph)) == "See Asia Minor and here."


def test_an_unknown_element_holding_paragraphs_is_a_group_not_a_paragraph(build_mini):
    site = build_mini(tei('<div xml:id="d"><entry xml:id="e"><form><orth>lemma</orth></form>'
                          '<sense><p>first sense</p><p>second sense</p></sense></entry></div>'))
    entry = reading(site).get_element_by_id("e")
    assert entry.tag == "div" and "entry" in entry.get("class").split()
    assert not entry.xpath(".//p//p | ancestor::p")
    assert [" ".join(words_of(p)) for p in entry.xpath(".//p")] == ["first sense", "second sense"]
    assert "lemma" in entry.text_content()


REFUSED = [
    '<!DOCTYPE TEI [<!ENTITY x "y">]>',                          # a general entity
    '<!DOCTYPE TEI [<!ENTITY % pe SYSTEM "evil.dtd"> %pe;]>',     # a parameter entity read from a file
    '<!DOCTYPE TEI [<!ENTITY % a "<!ENTITY b \'x\'>"> %a;]>',   # an entity declared by expansion
    '<!DOCTYPE TEI SYSTEM "tei.dtd">',                           # an unread DTD, and the text refers to &mdash;
]


def test_a_doctype_of_the_p4_dtds_is_read_past_and_one_with_entities_refused(tmp_path):
    path = tmp_path / "dtd.xml"
    document = tei('<div><p xml:id="a">Text after a DOCTYPE</p></div>')
    declaration, rest = document.split("\n", 1)
    path.write_text(f'{declaration}\n<!DOCTYPE TEI SYSTEM "../DTD/tei.dtd" [\n<!ENTITY % TEI.core "INCLUDE">\n'
                    f'<!ENTITY % TEI.dictionaries \'INCLUDE\'>\n]>\n{rest}', encoding="utf-8")
    build_site([path], tmp_path / "html")
    assert words_of(reading(tmp_path / "html").get_element_by_id("a")) == ["Text", "after", "a", "DOCTYPE"]
    assert "<!DOCTYPE TEI SYSTEM" not in (tmp_path / "html" / "tei" / "mini.xml").read_text(encoding="utf-8")
    # a DOCTYPE commented out, as encoders leave one behind
    commented = tmp_path / "commented.xml"
    commented.write_text(f'{declaration}\n<!-- <!DOCTYPE TEI SYSTEM "tei_all.dtd"> -->\n{rest}', encoding="utf-8")
    build_site([commented], tmp_path / "html-commented")
    for number, doctype in enumerate(REFUSED):
        bad = tmp_path / f"bad{number}.xml"
        document = tei('<div><p>&mdash; x</p></div>' if "SYSTEM" in doctype and "[" not in doctype
                       else '<div><p>x</p></div>')
        declaration, rest = document.split("\n", 1)
        bad.write_text(f"{declaration}\n{doctype}\n{rest}", encoding="utf-8")
        with pytest.raises(XMLInputError, match="DOCTYPE and entity declarations are not allowed"):
            build_site([bad], tmp_path / f"html{number}")


def test_an_include_of_a_file_that_is_not_there_is_left_out_with_a_warning(tmp_path, capsys):
    path = tmp_path / "parts.xml"
    path.write_text(tei('<div><p xml:id="a">Before</p>'
                        '<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="chapter-2.xml"/>'
                        '<p xml:id="b">After</p></div>'), encoding="utf-8")
    build_site([path], tmp_path / "html")
    root = reading(tmp_path / "html")
    assert words_of(root.get_element_by_id("a")) == ["Before"]
    assert words_of(root.get_element_by_id("b")) == ["After"]
    warned = capsys.readouterr().err
    assert "xi:include of 'chapter-2.xml'" in warned and "warning" in warned


def test_a_figures_heading_is_its_figcaption(build_mini):
    site = build_mini(tei('<div><figure xml:id="f1"><head>The plan</head><figDesc>A ground plan</figDesc></figure>'
                          '<figure xml:id="f2"><graphic url="x.png"/><head>Below the image</head></figure></div>'))
    root = reading(site)
    first, second = root.get_element_by_id("f1"), root.get_element_by_id("f2")
    assert first.tag == "figure" and first[0].tag == "figcaption"
    assert first[0].text_content() == "The plan"
    assert second[-1].tag == "figcaption" and second[-1].text_content() == "Below the image"
    assert not root.xpath("//figure/p[contains(@class, 'head')]")


def test_an_unnumbered_margin_note_takes_no_footnote_number(build_mini):
    site = build_mini(tei('<div><p xml:id="a"><note place="margin" xml:id="mn1">The charter.</note>The town'
                          ' paid<note place="foot" n="1" xml:id="fn1">Town book.</note> for it.</p></div>'))
    root = reading(site)
    labels = {li.get("id"): li.xpath("string(.//span[@class='note-place'])") for li in root.xpath("//ol[@class='note-list']/li")}
    assert labels["fn1"].endswith(" 1") and labels["mn1"].endswith(" m1")
    assert [b.text_content() for b in root.xpath("//button[@class='note-ref']")] == ["m1", "1"]

# SPDX-License-Identifier: MIT
"""An edition's "About this edition" page: sources, editorial principles, every intervention."""
from __future__ import annotations

from html_helpers import page, tei

HEADER_DECL = ('<encodingDesc><editorialDecl><correction><p>Misprints are corrected; the source reading is kept.</p>'
               '<p><list type="corrections"><item xml:id="c1">“Jhon” reads “John”: a misprint</item>'
               '<item xml:id="c2">“a stray line” moved to the note before: run into the text</item></list></p>'
               '</correction>'
               '<normalization><p>Spelling kept as printed.</p></normalization></editorialDecl></encodingDesc>')
BODY = ('<div><p xml:id="a"><pb n="10"/>Here <choice><sic>Jhon</sic><corr source="#c1">John</corr></choice> '
        'wrote a long wo<pb n="11" break="no"/>rd and went on.</p>'
        '<p xml:id="b">A new page <pb n="12" cert="medium"/>begins here '
        '<seg type="relocated">with a passage moved back</seg>.</p></div>')


def about_tei() -> str:
    document = tei(BODY)
    return (document.replace("</fileDesc>", "</fileDesc>" + HEADER_DECL)
            .replace("<sourceDesc><bibl><title level=\"m\">Mini</title></bibl></sourceDesc>",
                     "<sourceDesc><bibl><author>Jane Writer</author><title level=\"m\">Printed Book</title>"
                     "<pubPlace>Town</pubPlace><date>1850</date></bibl></sourceDesc>"))


def test_about_page_gives_sources_principles_and_every_intervention(build_mini):
    site = build_mini(about_tei())
    assert page(site, "mini.html").xpath("//a[@href='mini-about.html']")
    assert page(site, "index.html").xpath("//a[@href='mini-about.html']")
    about = page(site, "mini-about.html")
    text = about.text_content()
    for fact in ["Jane Writer", "Printed Book", "Town, 1850",
                 "Misprints are corrected", "Spelling kept as printed.", "“Jhon” reads “John”: a misprint"]:
        assert fact in text, fact
    corrections, rejoined, inferred, relocated = about.xpath("//ul[@class='interventions']")
    assert "Jhon" in corrections.text_content() and "John" in corrections.text_content()
    assert corrections.xpath(".//a[@href='#c1']")
    assert corrections.xpath(".//a/@href")[0] == "mini.html#a"
    assert rejoined.xpath(".//a/@href") == ["mini.html#page-11"]
    assert "wo|rd" in rejoined.text_content().replace(" ", "")
    assert inferred.xpath(".//a/@href") == ["mini.html#page-12"] and "medium" in inferred.text_content()
    assert "with a passage moved back" in relocated.text_content()
    # a declared correction no choice carries out (a relocation) is listed too, linked to its declaration
    assert relocated.xpath(".//a/@href") == ["mini.html#b", "#c2"] and "a stray line" in relocated.text_content()
    assert about.get_element_by_id("c2") is not None


def test_about_page_says_when_there_are_no_interventions(build_mini):
    about = page(build_mini(tei('<div><p xml:id="a">Plain.</p></div>')), "mini-about.html")
    assert about.xpath("//p[@class='none']")

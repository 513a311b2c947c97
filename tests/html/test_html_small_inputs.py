# SPDX-License-Identifier: MIT
"""HTML behaviours on small hand-written TEI: the edge cases real texts and hostile input bring."""
from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from edition.render.saxon import transform

from html_helpers import SAMPLE, page, search_index, tei

PERSON = ('<listPerson><person xml:id="p1"><persName type="normalized">Jan Černý</persName>'
          '<persName type="variant">Cerny</persName><note>A person.</note></person></listPerson>')


def reading(site: Path, edition_id: str = "mini"):
    return page(site, f"{edition_id}.html")


def test_unsafe_link_targets_are_not_links(build_mini):
    site = build_mini(tei('<div><p xml:id="a">'
                          '<ref target="javascript:alert(1)">js</ref> '
                          '<ref target="#nowhere">dangling</ref> '
                          '<ref target="#a">self</ref> '
                          '<ref target="https://example.org/x?a=1&amp;b=&quot;2&quot;">web</ref></p></div>'))
    root = reading(site)
    hrefs = root.xpath("//p[@id='a']//a[@class='ref']/@href")
    # a quotation mark may not stand in a URI: it is percent-encoded
    assert hrefs == ["#a", 'https://example.org/x?a=1&b=%222%22']
    assert "javascript:" not in (site / "mini.html").read_text()


def test_no_link_inside_a_link(build_mini):
    site = build_mini(tei('<div><p xml:id="a"><ref target="#a">see <persName ref="#p1">Černý</persName>'
                          '<note place="foot" n="1" xml:id="n1">inside</note></ref></p></div>',
                          stand_off=PERSON))
    root = reading(site)
    link = root.xpath("//a[@class='ref']")[0]
    assert not link.xpath(".//a | .//button | .//*[@tabindex]")
    assert root.get_element_by_id("n1").tag == "li"  # the note is still listed


def test_a_list_inside_a_paragraph_stays_valid_html(build_mini):
    site = build_mini(tei('<div><p xml:id="a">Items: <list><item>one</item><item>two</item></list> end</p></div>'))
    paragraph = reading(site).get_element_by_id("a")
    assert paragraph.tag == "div" and paragraph.xpath("ul/li/text()") == ["one", "two"]


def test_name_without_register_entry_is_plain_text(build_mini):
    site = build_mini(tei('<div><p xml:id="a"><persName ref="#unknown">Nobody</persName> and '
                          '<persName>Anon</persName></p></div>'))
    paragraph = reading(site).get_element_by_id("a")
    assert not paragraph.xpath(".//a[contains(@class, 'entity')]")
    assert "Nobody and Anon" in paragraph.text_content()


def test_undated_date_is_shown_but_not_in_the_chronology(build_mini):
    site = build_mini(tei('<div><p xml:id="a">In <date>those days</date> and <date when="1925-13">bad</date>.</p></div>'))
    root = reading(site)
    assert "those days" in root.get_element_by_id("a").text_content()
    assert not root.xpath("//time")  # 1925-13 is no valid HTML date
    chronology = page(site, "chronology.html")
    assert len(chronology.xpath("//ol[@class='mentions']/li")) == 1  # only the one with a value
    assert chronology.xpath("string(//span[@class='when'])") == "1925-13"


def test_markup_characters_in_every_place_are_escaped(build_mini):
    nasty = "</script><img src=x onerror=alert(1)> ]]> & \"'"
    text = escape(nasty)
    site = build_mini(tei(f'<div xml:id="d"><head>{text}</head><p xml:id="a"><title>{text}</title>'
                          f'<note place="foot" n="1" xml:id="n1">{text}</note>'
                          f'<persName ref="#p1">{text}</persName> <date when="1924">{text}</date></p></div>',
                          stand_off=PERSON.replace("A person.", text)))
    for path in site.glob("*.html"):
        root = page(site, path.name)
        assert not root.xpath("//img"), path.name
        assert [s.get("src") for s in root.iter("script")] in (
            ["assets/edition.js"], ["search-index.js", "assets/edition.js"]), path.name
        if path.name in {"mini.html", "persons.html", "chronology.html"}:
            assert nasty in root.text_content(), path.name
    assert "</script><img" in reading(site).get_element_by_id("a").text_content()
    blocks = search_index(site)["blocks"]
    assert any("</script><img src=x onerror=alert(1)>" in block[3] for block in blocks)
    assert "</script>" not in (site / "search-index.js").read_text()  # JSON writes <\/script>


def test_foreign_words_keep_their_language(build_mini):
    site = build_mini(tei('<div><p xml:id="a"><foreign xml:lang="de">Schwerindustrie</foreign></p></div>'))
    assert reading(site).xpath("//i[@class='foreign']/@lang") == ["de"]


def test_two_editions_share_registers_and_one_chronology(build_mini):
    first = tei('<div><p xml:id="a"><persName ref="#p1">Černý</persName> in <date when="1926">1926</date>.</p></div>',
                edition_id="one", stand_off=PERSON)
    second = tei('<div><p xml:id="b">Later <persName ref="#p1">Cerny</persName>, <date when="1921-05">May 1921</date>.</p></div>',
                 edition_id="two", stand_off=PERSON)
    site = build_mini(first, second)
    entry = page(site, "persons.html").get_element_by_id("p1")
    hrefs = entry.xpath(".//ul[@class='occurrences']//a/@href")
    assert [href.split("#")[0] for href in hrefs] == ["one.html", "two.html"]
    # each leads to the mention itself, inside its paragraph
    for href, paragraph in zip(hrefs, ["a", "b"]):
        file, _, target = href.partition("#")
        assert page(site, file).get_element_by_id(target).xpath("ancestor::p/@id") == [paragraph]
    chronology = page(site, "chronology.html").xpath("//ol[@class='mentions']/li/a/@href")
    assert chronology == ["two.html#b", "one.html#a"]  # by date, not by edition
    assert [e[0] for e in search_index(site)["editions"]] == ["one", "two"]
    assert {"one.html", "two.html"} <= {p.name for p in site.iterdir()}


def test_html_behaviours_can_be_imported_and_overridden(tmp_path):
    # how the EPUB output reuses the web edition: import, override the note behaviour only
    html_dir = Path(__file__).resolve().parent.parent.parent / "xslt" / "html"
    custom = tmp_path / "custom.xsl"
    custom.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:tei="http://www.tei-c.org/ns/1.0" xmlns:ed="urn:x-edition:xslt">
      <xsl:import href="{(html_dir / 'behaviours.xsl').as_uri()}"/>
      <xsl:output method="xml" omit-xml-declaration="yes"/>
      <xsl:template name="ed:note"><aside class="footnote"><xsl:apply-templates mode="ed:render"/></aside></xsl:template>
      <xsl:template match="/"><div><xsl:apply-templates select="//tei:p[@xml:id='p6']" mode="ed:render"/></div></xsl:template>
    </xsl:stylesheet>""", encoding="utf-8")
    out = transform(custom, SAMPLE)
    assert out.count('<aside class="footnote">') == 2
    assert 'id="p6"' in out and 'href="persons.html#lenin"' in out and "popover" not in out

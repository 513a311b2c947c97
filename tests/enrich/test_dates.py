# SPDX-License-Identifier: MIT
"""The dates pass: calendar expressions to <date> with ISO 8601 values, precision as written."""
from __future__ import annotations

import pytest
from lxml import etree

from conftest import T, context, tagged, tei, text_of
from edition.enrich import dates


def dated(text: str, date_order: str = "day-first", tmp_path=None) -> list[tuple[str, str]]:
    return dated_body(f"<p>{text}</p>", tmp_path, date_order)


def dated_body(body: str, tmp_path=None, date_order: str = "day-first") -> list[tuple[str, str]]:
    root = tei(body)
    dates.run(root, context(tmp_path, date_order))
    return tagged(root, "date")


@pytest.mark.parametrize("text, expected", [
    ("opened on August 1, 1924.", [("August 1, 1924", "when=1924-08-01")]),
    ("Kislovodsk, September 15, 1924", [("September 15, 1924", "when=1924-09-15")]),
    ("on 4 May 1959", [("4 May 1959", "when=1959-05-04")]),
    ("the meeting of August 17-19, 1924", [("August 17-19, 1924", "from=1924-08-17 to=1924-08-19")]),
    ("(Pravda, 13.10.1922)", [("13.10.1922", "when=1922-10-13")]),
    ("on 8/10/1923 with a letter", [("8/10/1923", "when=1923-10-08")]),
    ("Izvestija, 28. and 29.10.1924.", [("28.", "when=1924-10-28"), ("29.10.1924", "when=1924-10-29")]),
    ("Izvestija, 13.5., 15.4. and 16.4.1925.", [("13.5.", "when=1925-05-13"), ("15.4.", "when=1925-04-15"),
                                               ("16.4.1925", "when=1925-04-16")]),
    ("in December 1920, when", [("December 1920", "when=1920-12")]),
    ("in September of 1924", [("September of 1924", "when=1924-09")]),
    ("October–November 1926", [("October–November 1926", "from=1926-10 to=1926-11")]),
    ("in the spring of 1922.", [("spring of 1922", "notAfter=1922-05 notBefore=1922-03")]),
    ("the summer and autumn of 1921", [("summer and autumn of 1921", "notAfter=1921-11 notBefore=1921-06")]),
    ("the winter of 1923-1924 a new", [("winter of 1923-1924", "notAfter=1924-02 notBefore=1923-12")]),
    ("By late autumn of 1923,", [("late autumn of 1923", "notAfter=1923-11 notBefore=1923-10")]),
    ("In late November 1923,", [("late November 1923", "notAfter=1923-11-30 notBefore=1923-11-21")]),
    ("in mid-January 1925", [("mid-January 1925", "notAfter=1925-01-20 notBefore=1925-01-11")]),
    ("in early June 1923", [("early June 1923", "notAfter=1923-06-10 notBefore=1923-06-01")]),
    ("in mid-1922, show trials", [("mid-1922", "notAfter=1922-08 notBefore=1922-05")]),
    ("In early 1923, French", [("early 1923", "notAfter=1923-04 notBefore=1923-01")]),
    ("At the end of 1924", [("end of 1924", "notAfter=1924-12 notBefore=1924-11")]),
    ("the late 1920s", [("late 1920s", "notAfter=1929 notBefore=1926")]),  # the last four years, as a century's last 34
    ("the 1923/1924 currency reform", [("1923/1924", "from=1923 to=1924")]),
    ("The Bolshevik Revolution, 1917-1923", [("1917-1923", "from=1917 to=1923")]),
    ("in 1923–24 and in 1927–28", [("1923–24", "from=1923 to=1924"), ("1927–28", "from=1927 to=1928")]),
    ("fighting until 1920, the year", [("until 1920", "to=1920")]),
    ("Zeno 1920 and Atom 1921", [("1920", "when=1920"), ("1921", "when=1921")]),
    ("Moscow, ROSSPEN 2000, pp. 129–133", [("2000", "when=2000")]),
    ("Ekonomicheskiy vestnik No 1/1923, pp. 154–159", [("1923", "when=1923")]),
    ("1. Russia — Social conditions — 1917-", [("1917-", "from=1917")]),
    ("17–25. Aprilya 1923g., Moskva", [("17–25. Aprilya 1923g.", "from=1923-04-17 to=1923-04-25")]),
    ("in 1920 ... the Congress in December of that year", [("1920", "when=1920"),
                                                          ("December of that year", "when=1920-12")]),
])
def test_calendar_expressions(text, expected, tmp_path):
    assert dated(text, tmp_path=tmp_path) == expected


@pytest.mark.parametrize("text", [
    "pp. 1917-1923", "p. 1925", "Vol. 1924", "No. 1925, art. 1926", "600 million puds", "200,000 members",
    "some 1921 people", "180% growth", "5.2 million", "ISBN 0-333-07161-1", "i, 30-39", "No. 12-13",
    "31.2.1924", "in the autumn", "In September Trotsky", "in December of that year", "1925–1924",
    "the 309.1947 class",
])
def test_what_is_not_a_date(text, tmp_path):
    assert dated(text, tmp_path=tmp_path) == []


def test_month_first_order_comes_from_the_seed_configuration(tmp_path):
    assert dated("on 8/10/1923", "month-first", tmp_path) == [("8/10/1923", "when=1923-08-10")]
    assert dated("on 8/10/1923", "day-first", tmp_path) == [("8/10/1923", "when=1923-10-08")]


def test_that_year_does_not_reach_into_another_paragraph_or_note(tmp_path):
    root = tei('<p>In 1920.<note n="1">In December of that year.</note></p><p>In May of that year.</p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1920", "when=1920")]


def test_that_year_after_a_range_is_not_guessed(tmp_path):
    assert dated("in 1923–24 and in May of that year", tmp_path=tmp_path) == [("1923–24", "from=1923 to=1924")]


def test_text_is_kept_and_titles_are_not_scanned(tmp_path):
    body = '<p>In <title>Deutscher Oktober 1923</title> (Berlin, 2003), 13.10.1922 and <hi>May 1924</hi>.</p>'
    before = text_of(tei(body))
    root = tei(body)
    ctx = context(tmp_path)
    dates.run(root, ctx)
    assert text_of(root) == before
    assert tagged(root, "date") == [("2003", "type=imprint when=2003"), ("13.10.1922", "when=1922-10-13"),
                                    ("May 1924", "when=1924-05")]
    assert ctx.counts["date"] == 3
    assert root.find(f".//{T}title").find(f"{T}date") is None


@pytest.mark.parametrize("text, expected", [
    ("crowned in A.D. 1170 at", [("A.D. 1170", "when=1170")]),
    ("died in 44 B.C. at Rome", [("44 B.C.", "when=-0044")]),
    ("in 800 AD the", [("800 AD", "when=0800")]),
    ("Cnut (1022-62) and", [("1022-62", "from=1022 to=1062")]),
    ("on 7–8 November 1917 the", [("7–8 November 1917", "from=1917-11-07 to=1917-11-08")]),
    ("from 1120 to 1124 he", [("1120 to 1124", "from=1120 to=1124")]),
    ("between 1120 and 1124 he", [("1120 and 1124", "notAfter=1124 notBefore=1120")]),
    ("from May 1924 to July 1925", [("May 1924 to July 1925", "from=1924-05 to=1925-07")]),
    ("built c. 1925 by", [("c. 1925", "cert=medium when=1925")]),
    ("about 1170 the", [("about 1170", "cert=medium when=1170")]),
    ("born 1170? in", [("1170?", "cert=low when=1170")]),
    ("in the twelfth century", [("twelfth century", "notAfter=1199 notBefore=1100")]),
    ("the early 12th century", [("early 12th century", "notAfter=1132 notBefore=1100")]),
    ("the eleventh and twelfth centuries", [("eleventh and twelfth centuries", "notAfter=1199 notBefore=1000")]),
    ("the fifth century B.C.", [("fifth century B.C.", "notAfter=-0401 notBefore=-0500")]),
    ("in the 1170s", [("1170s", "notAfter=1179 notBefore=1170")]),
    ("the first half of 1924", [("first half of 1924", "notAfter=1924-06 notBefore=1924-01")]),
    ("the 7th of November, 1917", [("7th of November, 1917", "when=1917-11-07")]),
    ("November 7th, 1917", [("November 7th, 1917", "when=1917-11-07")]),
    ("am 12. März 1924 in", [("12. März 1924", "when=1924-03-12")]),
    ("im Frühjahr 1924", [("Frühjahr 1924", "notAfter=1924-05 notBefore=1924-03")]),
    ("im 12. Jahrhundert", [("12. Jahrhundert", "notAfter=1199 notBefore=1100")]),
    ("um 1170 entstand", [("um 1170", "cert=medium when=1170")]),
    ("in den 1920er Jahren", [("1920er Jahren", "notAfter=1929 notBefore=1920")]),
    ("le 1er mars 1870", [("1er mars 1870", "when=1870-03-01")]),
    ("au XIIe siècle", [("XIIe siècle", "notAfter=1199 notBefore=1100")]),
    ("vers 1170", [("vers 1170", "cert=medium when=1170")]),
    ("12 марта 1924 г.", [("12 марта 1924 г.", "when=1924-03-12")]),
    ("в XII веке", [("XII веке", "notAfter=1199 notBefore=1100")]),
    ("on 1924-08-01 it", [("1924-08-01", "when=1924-08-01")]),
    ("a journal (since 1767)", [("since 1767", "from=1767")]),
    ("der Hofkalender (ab 1692)", [("ab 1692", "from=1692")]),
    ("etwa um 1670 in London", [("etwa um 1670", "cert=medium when=1670")]),
    ("as the fourth, fifth and sixth centuries", [("fourth, fifth and sixth centuries",
                                                   "notAfter=0599 notBefore=0300")]),
    ("Anfang 1924", [("Anfang 1924", "notAfter=1924-04 notBefore=1924-01")]),
    ("Ende des 17. Jahrhunderts", [("Ende des 17. Jahrhunderts", "notAfter=1699 notBefore=1680")]),
    ("à la fin du XVIIIe siècle", [("fin du XVIIIe siècle", "notAfter=1799 notBefore=1780")]),
    ("from the 1120s to the 1140s", [("1120s to the 1140s", "from=1120 to=1149")]),
    ("in the middle of the twelfth century", [("middle of the twelfth century", "notAfter=1165 notBefore=1133")]),
    ("built c.1500 by", [("c.1500", "cert=medium when=1500")]),
    ("on the night of 7/8 November 1917", [("7/8 November 1917", "from=1917-11-07 to=1917-11-08")]),
    ("from 3 to 5 May 1924", [("3 to 5 May 1924", "from=1924-05-03 to=1924-05-05")]),
    ("12 марта 1924 года", [("12 марта 1924 года", "when=1924-03-12")]),
    ("в 1920-х годов", [("1920-х годов", "notAfter=1929 notBefore=1920")]),
    # the prepositional case of the year's word belongs to the date
    ("в 1340-х годах", [("1340-х годах", "notAfter=1349 notBefore=1340")]),
    ("в 1611–1613 годах", [("1611–1613 годах", "from=1611 to=1613")]),
    ("an eighteenth-century judge", [("eighteenth-century", "notAfter=1799 notBefore=1700")]),
    ("im letzten Viertel des 16. Jahrhunderts", [("letzten Viertel des 16. Jahrhunderts",
                                                 "notAfter=1599 notBefore=1575")]),
    ("in the first quarter of the fourteenth century", [("first quarter of the fourteenth century",
                                                         "notAfter=1324 notBefore=1300")]),
    ("au dernier quart du XVe siècle", [("dernier quart du XVe siècle", "notAfter=1499 notBefore=1475")]),
    ("the third quarter of 1917", [("third quarter of 1917", "notAfter=1917-09 notBefore=1917-07")]),
])
def test_dates_of_any_period_and_language(text, expected, tmp_path):
    assert dated(text, tmp_path=tmp_path) == expected


@pytest.mark.parametrize("text", [
    "pp. 1120-1124", "fol. 1170", "1500 men", "about 200 men", "an army 1200 strong",
    "Psalm 119", "the 12 apostles",
])
def test_what_is_not_a_date_in_older_texts(text, tmp_path):
    assert dated(text, tmp_path=tmp_path) == []


def test_imprint_years_of_cited_books_and_of_the_book_itself(tmp_path):
    root = tei('<p>In 1921 the famine.<note n="1">See <title>Dzerzhinsky</title>. Moscow, Olma, 2007, '
               'pp. 516–532; <title>Tayny</title> (London, 1953).</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1921", "when=1921"), ("2007", "type=imprint when=2007"),
                                    ("1953", "type=imprint when=1953")]
    front = tei('<p>x</p>').find(f"{T}text")
    front.insert(0, etree.fromstring(f'<front xmlns="{T[1:-1]}"><p>First published 1959</p>'
                                     f'<p>Reprinted 1965, 1978</p></front>'))
    root = front.getroottree().getroot()
    dates.run(root, context(tmp_path))
    assert [a for _, a in tagged(root, "date")] == ["type=imprint when=1959", "type=imprint when=1965",
                                                   "type=imprint when=1978"]


def test_citations_in_notes_page_numbers_and_bracketed_years(tmp_path):
    root = tei('<p>Text.<note n="1">See Kadens, Orthodoxy, 103 Nw. U. L. Rev. 1553, 1566 (2009); '
               'Boorstin, at vii (Peter Smith 1973) (1941); Berlin 1792, 1–4. '
               'At the death of Jourdan (1826) the review stopped.</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("2009", "type=imprint when=2009"), ("1973", "type=imprint when=1973"),
                                    ("1941", "type=imprint when=1941"), ("1792", "type=imprint when=1792"),
                                    ("1826", "when=1826")]


def test_a_year_alone_in_square_brackets_in_a_note_is_an_imprint(tmp_path):
    root = tei('<p>Founded [in 1819] and read in 1820.<note n="1">Annales 4 [1831] 17; printed '
               'at Lyon [1790]; he wrote in 1822.</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1819", "when=1819"), ("1820", "when=1820"),
                                    ("1831", "type=imprint when=1831"), ("1790", "type=imprint when=1790"),
                                    ("1822", "when=1822")]


def test_an_open_span_from_a_decade_but_a_century_keeps_its_bounds(tmp_path):
    assert dated("seit den 1830er Jahren und bis zum 17. Jahrhundert", tmp_path=tmp_path) == [
        ("seit den 1830er Jahren", "from=1830"), ("17. Jahrhundert", "notAfter=1699 notBefore=1600")]
    assert dated("since the 1840s, in the 1850s", tmp_path=tmp_path) == [
        ("since the 1840s", "from=1840"), ("1850s", "notAfter=1859 notBefore=1850")]


def test_a_page_after_a_reference_to_an_earlier_note_and_a_year_after_a_tagged_editor(tmp_path):
    root = tei('<p>Text.<note n="1">Dupin, Lettres (n. 3) 1412; Essays 12, 40 '
               '(<persName ref="#x">Mary Penrose</persName> ed., 1998).</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1998", "type=imprint when=1998")]


def test_issue_dates_of_periodicals_and_copyright_years_are_imprints(tmp_path):
    root = tei('<p>© <persName ref="#carr">E. H. Carr</persName> 1959</p>'
               '<p>On 27.10.1924 Rykov spoke.<note n="1">(Pravda, 13.10.1922); Bol\'shevik, No. 10, '
               'September 5, 1924, pp. 80-85; a statement dated 27.10.1924 and a reply; '
               'Zinoviev and Kamenev (also 1923); L. Kamenev, Stat\'i, x (1927), 256.</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [
        ("1959", "type=imprint when=1959"), ("27.10.1924", "when=1924-10-27"),
        ("13.10.1922", "type=imprint when=1922-10-13"), ("September 5, 1924", "type=imprint when=1924-09-05"),
        ("27.10.1924", "when=1924-10-27"), ("1923", "when=1923"), ("1927", "type=imprint when=1927")]


def test_a_language_without_a_calendar_file_takes_its_month_names_from_cldr():
    finder = dates.DateFinder(day_first=True, languages=("it", "la"))
    from edition.enrich.textnodes import Run
    root = tei("<p>il 12 marzo 1870 e 3 Martii 1170</p>")
    run = Run(root.find(f".//{T}p"), False, None)
    found = [(run.text[s.start:s.end], dict(s.attrib)) for s in finder(run)]
    assert found == [("12 marzo 1870", {"when": "1870-03-12"}), ("3 Martii 1170", {"when": "1170-03-03"})]


@pytest.mark.parametrize("text, expected", [
    ("on Midsummer Eve, 1851, she", [("Midsummer Eve, 1851", "when=1851-06-23")]),
    ("at Christmas 1837 we", [("Christmas 1837", "when=1837-12-25")]),
    ("zu Weihnachten 1790", [("Weihnachten 1790", "when=1790-12-25")]),
    ("at Christmas we went", []),
    ("in 1563-4 the", [("1563-4", "from=1563 to=1564")]),
    ("pp. 1563-4 the", []),
    ("on the 3d of March, 1838, he", [("3d of March, 1838", "when=1838-03-03")]),
    ("Id. at 1234 and", []),
])
def test_feasts_short_spans_and_pin_cites(text, expected):
    assert dated(text) == expected


def test_a_year_after_a_tagged_place_and_publisher_is_their_imprint(tmp_path):
    # the names pass has tagged place and publisher before the dates pass reads the year; the
    # publisher's name ends in a lower-case word, so only its tag tells what it is
    root = tei('<p>Text.<note n="1"><persName ref="#d">Durand P.</persName>, <title level="m">Essais</title>: '
               '<placeName ref="#p">Lyon</placeName>, <orgName ref="#o">Éditions du rivage</orgName>, 1911. '
               'He wrote on.</note> In 1912 it was read.</p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1911", "type=imprint when=1911"), ("1912", "when=1912")]


@pytest.mark.parametrize("text, expected", [
    ("the rents were paid from 1731, when", [("from 1731", "from=1731")]),
    ("the mill stood until 1688; then", [("until 1688", "to=1688")]),
    ("few charters before 1410 survive", [("before 1410", "notAfter=1410")]),
    ("rebuilt after 1666 in brick", [("after 1666", "notBefore=1666")]),
    ("It was not until 1702 that the nave", [("1702", "when=1702")]),
    ("from 1731 to 1740 he farmed", [("1731 to 1740", "from=1731 to=1740")]),
    ("Das Amt bestand bis 1803 fort.", [("bis 1803", "to=1803")]),
    ("Erst nach 1648 kehrte er zurück.", [("nach 1648", "notBefore=1648")]),
    ("le fief resta aux moines jusqu'en 1569 ;", [("jusqu'en 1569", "to=1569")]),
    ("ils vécurent à Nantes avant 1598.", [("avant 1598", "notAfter=1598")]),
    ("он жил в Казани с 1804 года", [("с 1804 года", "from=1804")]),
    ("усадьба оставалась за ними до 1861 года", [("до 1861 года", "to=1861")]),
    ("sent between the autumn of 1631 and the spring of 1632", [
        ("autumn of 1631 and the spring of 1632", "notAfter=1632-05 notBefore=1631-09")]),
])
def test_open_spans_and_bounds_in_each_language(text, expected, tmp_path):
    assert dated(text, tmp_path=tmp_path) == expected


def test_a_span_of_years_in_an_imprint_is_an_imprint_but_not_after_a_title(tmp_path):
    root = tei('<p>Text.<note n="1">See O. Marchand, <title>Chartes</title>, Rennes, Oberthur, '
               '1887–1889, t. II, p. 4; <title>The Wars of Religion</title>, 1562-1598, vol. 2, p. 9.'
               '</note></p>')
    dates.run(root, context(tmp_path))
    assert tagged(root, "date") == [("1887–1889", "from=1887 to=1889 type=imprint"),
                                    ("1562-1598", "from=1562 to=1598")]


@pytest.mark.parametrize("text, imprint", [
    ("<title>Staatsjournal</title> (1792), Bd. 2, Sp. 14", "1792"),
    ("<title>Chartes bretonnes</title>, Nantes, 1868, t. II", "1868"),
    ("<title>Annals</title>, 1911, fols. 3–9", "1911"),
    ("<title>Istorija</title>, 1958, вып. 2", "1958"),
])
def test_a_volume_issue_or_column_after_the_year_of_a_citation_makes_it_an_imprint(text, imprint, tmp_path):
    # the words that may follow an imprint year are each language's data, not the pass's
    assert dated_body(f'<p>Text.<note n="1">{text}.</note></p>', tmp_path) == [
        (imprint, f"type=imprint when={imprint}")]


def test_a_year_in_brackets_right_after_a_title_is_the_works_in_the_text_too(tmp_path):
    # the year or the span of years a work appeared; a year the sentence tells of stays history
    assert dated_body('<p>Besides Miller\'s <title>Tables of Trade</title> (1781)<note n="1">J. Miller, '
                      '<title>Tables of Trade</title>, York 1781, 4.</note> the <title>Almanack</title> '
                      '(1769–1772) printed the lists, and the <title>Register</title>, begun in 1775, '
                      'followed.</p>', tmp_path) == [
        ("1781", "type=imprint when=1781"), ("1781", "type=imprint when=1781"),
        ("1769–1772", "from=1769 to=1772 type=imprint"), ("1775", "when=1775")]


def test_a_place_a_colon_and_a_publisher_before_the_year_of_a_note_make_an_imprint(tmp_path):
    assert dated_body('<p xml:lang="fr">En 1789 tout changea.<note n="1">Voir M. Durand, <title>Les '
                      'idées</title>, Lyon: Éditions du Rhône 1971, 12.</note></p>', tmp_path) == [
        ("1789", "when=1789"), ("1971", "type=imprint when=1971")]


@pytest.mark.parametrize("text, century", [
    ("on écrivait moins au XVIIième puisque la censure veillait", "XVIIième"),
    ("on le lisait au XVIe quand la Réforme", "XVIe"),
    ("dès le XIIe dans les villes", "XIIe"),
    # before a verb whose subject it is
    ("le XVIIIe fut celui des salons", "XVIIIe"),
    ("Le XIXe n'est pas seulement celui de l'histoire", "XIXe"),
])
def test_a_french_century_without_its_word_before_a_function_word(text, century, tmp_path):
    found = dated(f'<hi xml:lang="fr">{text}</hi>', tmp_path=tmp_path)
    assert [surface for surface, _ in found] == [century]


def test_a_date_inside_an_untagged_cited_title_of_a_note_is_left_alone(tmp_path):
    assert dated_body('<p>The trade grew in the eighteenth century.<note n="1">Ann Poe, Credit and Trade in '
                      'Eighteenth-Century Bristol 65 (1989); <persName ref="#x">Jane Roe</persName>, Markets '
                      'in Nineteenth-Century Leeds, 12 Econ. Hist. Rev. 101 (1950).</note></p>', tmp_path) == [
        ("eighteenth century", "notAfter=1799 notBefore=1700"), ("1989", "type=imprint when=1989"),
        ("1950", "type=imprint when=1950")]


def test_years_that_end_the_title_of_a_container_before_its_editors_are_the_title_s(tmp_path):
    found = dated_body('<p xml:lang="de">Text.<note n="2">Eva Lind, Zünfte und Märkte, in: Die Stadt und '
                       'ihr Umland 1500–1650, hg. von Otto Brem, Köln 1987, 3–9.</note></p>', tmp_path)
    assert ("1500–1650", "from=1500 to=1650") not in found
    assert ("1987", "type=imprint when=1987") in found


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The synod sat from AD 791 to 796.", [("AD 791 to 796", "from=0791 to=0796")]),
    ("en", "He ruled AD 791–96 in peace.", [("AD 791–96", "from=0791 to=0796")]),
    ("en", "It was built between AD 791 and 796.", [("AD 791 and 796", "notAfter=0796 notBefore=0791")]),
    ("de", "Er regierte von 791 bis 796, dann starb er.", [("791 bis 796", "from=0791 to=0796")]),
    # a number after "to" that is no year of the same length stays out
    ("en", "The tax rose from 1765 to 70 shillings.", [("from 1765", "from=1765")]),
])
def test_the_other_end_of_a_span_written_as_a_bare_number(lang, text, expected, tmp_path):
    assert dated_body(f'<p xml:lang="{lang}">{text}</p>', tmp_path) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "in the first third of the sixteenth century", ("first third of the sixteenth century", "notAfter=1532 notBefore=1500")),
    ("de", "im letzten Drittel des 16. Jahrhunderts", ("letzten Drittel des 16. Jahrhunderts", "notAfter=1599 notBefore=1566")),
    ("fr", "au cours du premier tiers du XVIe siècle", ("premier tiers du XVIe siècle", "notAfter=1532 notBefore=1500")),
    ("de", "im ausgehenden 16. Jahrhundert", ("ausgehenden 16. Jahrhundert", "notAfter=1599 notBefore=1580")),
])
def test_thirds_of_a_century_and_its_close(lang, text, expected, tmp_path):
    assert dated_body(f'<p xml:lang="{lang}">{text}.</p>', tmp_path) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Le coup d'État du 18 brumaire an VIII changea tout.", [("18 brumaire an VIII", "when=1799-11-09")]),
    ("La loi du 30 ventôse an XII réunit les codes.", [("30 ventôse an XII", "when=1804-03-21")]),
    ("Le décret du 1er vendémiaire de l'an III fut lu.", [("1er vendémiaire de l'an III", "when=1794-09-22")]),
    ("Il partit en frimaire an II.", [("frimaire an II", "notAfter=1793-12-20 notBefore=1793-11-21")]),
    # the calendar counted fourteen years; a month and day alone are no date
    ("le 3 nivôse an XX, et le 9 thermidor", []),
])
def test_dates_of_the_french_republican_calendar(text, expected, tmp_path):
    assert dated_body(f'<p xml:lang="fr">{text}</p>', tmp_path) == expected


def test_a_season_or_month_of_a_year_of_three_digits(tmp_path):
    assert dated_body("<p>The second war began in the summer of 105.</p>", tmp_path) == [
        ("summer of 105", "notAfter=0105-08 notBefore=0105-06")]
    assert dated_body("<p>In spring 105 men came.</p>", tmp_path) == []
    assert dated_body("<p>The abbey burned in July 936.</p>", tmp_path) == [("July 936", "when=0936-07")]
    # a month written short, and a note's number, are rather a page
    assert dated_body('<p>Text.<note n="1">Gazette, Mar. 105.</note></p>', tmp_path) == []


@pytest.mark.parametrize("lang, text, expected", [
    # a decade after the word of an open span: a span to its last year, or from its first
    # ... with the word that closes the span in German
    ("de", "Das galt bis in die 1840er Jahre hinein.", [("bis in die 1840er Jahre hinein", "to=1849")]),
    ("de", "Man las ihn bis 1790 hinein und bis 1801.", [("bis 1790 hinein", "to=1790"), ("bis 1801", "to=1801")]),
    ("en", "The office was sold until the 1680s.", [("until the 1680s", "to=1689")]),
    ("en", "It was not until the 1680s that it changed.", [("1680s", "notAfter=1689 notBefore=1680")]),
    # the thirds of a decade mirror each other, as a century's do
    ("de", "In den frühen 1840er und den späten 1860er Jahren.",
     [("frühen 1840er", "notAfter=1843 notBefore=1840"), ("späten 1860er Jahren", "notAfter=1869 notBefore=1866")]),
])
def test_open_spans_and_thirds_of_decades(lang, text, expected):
    assert dated_body(f'<p xml:lang="{lang}">{text}</p>') == expected


@pytest.mark.parametrize("note, expected", [
    # the pages of a journal after its year in brackets are no years
    ("Vgl. ZRG 14 (1893) 1105–1120 und 1200.", [("1893", "type=imprint when=1893")]),
    ("Voir RHD (1995) 1010 et 1030.", [("1995", "type=imprint when=1995")]),
    # a year between a place or a title and its page is the imprint
    ("Voir Lyon, 1842, 12–30.", [("1842", "type=imprint when=1842")]),
    ("Voir son Histoire du droit romain, 1821, XIV.", [("1821", "type=imprint when=1821")]),
    # the issue of a periodical named in quotation marks, cited from where it is reprinted
    ("«Le Globe», 12/03/1826, in: Recueil 2 (1830) 40.",
     [("12/03/1826", "type=imprint when=1826-03-12"), ("1830", "type=imprint when=1830")]),
    # a letter's date stays a date of the history, and so does a list of years
    ("Guizot à Thierry, 12/03/1826, in: Lettres.", [("12/03/1826", "when=1826-03-12")]),
    ("Il écrit en 1821, 1822 et 1826.", [("1821", "when=1821"), ("1822", "when=1822"), ("1826", "when=1826")]),
    # a year alone in brackets that close with a citation's, and a year closing a citation
    # after a place the gazetteer knows
    ("Id. at 7 (citing Bracton, De Legibus et Consuetudinibus (1256)).", [("1256", "type=imprint when=1256")]),
    ("Il en rend compte dans son Essai sur la méthode, Toulouse 1841.", [("1841", "type=imprint when=1841")]),
    ("Il se rend à Toulouse en 1841.", [("1841", "when=1841")]),
    # the year in brackets of the work that holds the one cited, after its mark
    ("Dans: Annales, in: Revue étrangère (1834), 2e partie, 40–52.", [("1834", "type=imprint when=1834")]),
    # the dates inside a title cited before its imprint's place and year are the title's
    ("Vgl. Karl Berner, Handel und Gewerbe in Sachsen am Ende des 17. Jahrhunderts, Leipzig 1911, 20.",
     [("1911", "type=imprint when=1911")]),
])
def test_years_of_citations_in_notes(note, expected):
    assert dated_body(f'<p xml:lang="fr">Texte.<note place="foot" n="1">{note}</note></p>') == expected


def test_a_page_after_the_german_word_for_here_is_no_year():
    root = tei('<p xml:lang="de">Text.<note place="foot" n="1">Vgl. Lexicon, Bd. 4, Leipzig 1820,'
               ' 403 f., hier 404.</note></p>')
    ctx = context(None)
    ctx.config.languages = ("de",)  # the edition's languages, as its TOML gives them
    dates.run(root, ctx)
    assert tagged(root, "date") == [("1820", "type=imprint when=1820")]


def test_a_year_after_a_tagged_place_a_colon_and_a_publisher_is_an_imprint():
    root = tei('<p>Text.<note place="foot" n="1">See the list, <placeName ref="#x">Berlin</placeName>:'
               ' Rottmann 1792.</note></p>')
    dates.run(root, context(None))
    assert tagged(root, "date") == [("1792", "type=imprint when=1792")]


@pytest.mark.parametrize("text, expected", [
    # a word of an open span before a day, with its article or the year's word
    ('<p xml:lang="de">Er blieb bis zum 3. Mai 1544 in Marburg.</p>', [("bis zum 3. Mai 1544", "to=1544-05-03")]),
    ('<p xml:lang="fr">Dès l\'année 1760, il enseigne.</p>', [("Dès l'année 1760", "from=1760")]),
    # a part of a century or of a year, and a century, keep their bounds ("until the sixteenth
    # century" is up to it, not through it)
    ('<p xml:lang="fr">jusqu\'au milieu du XVIIe siècle</p>', [("milieu du XVIIe siècle", "notAfter=1665 notBefore=1633")]),
    ("<p>until the sixteenth century</p>", [("sixteenth century", "notAfter=1599 notBefore=1500")]),
    # a span of centuries after "from"
    ("<p>from the tenth to the twelfth century</p>", [("from the tenth to the twelfth century",
                                                       "from=0900 to=1199")]),
    ('<p xml:lang="ru">в XV–XVI веках</p>', [("XV–XVI веках", "notAfter=1599 notBefore=1400")]),
])
def test_open_spans_before_days_and_spans_of_centuries(text, expected, tmp_path):
    assert dated_body(text, tmp_path) == expected


@pytest.mark.parametrize("text, expected", [
    # a saint's day of fixed date with its year; an eve the day before
    ("<p>on the feast of St Hilary, 1302</p>", [("feast of St Hilary, 1302", "when=1302-01-13")]),
    ("<p>on the eve of St Lawrence 1420</p>", [("eve of St Lawrence 1420", "when=1420-08-09")]),
    ("<p>paid at St Andrew's Day 1388</p>", [("St Andrew's Day 1388", "when=1388-11-30")]),
    ('<p xml:lang="fr">payable à la Saint-Martin 1712</p>', [("Saint-Martin 1712", "when=1712-11-11")]),
    ('<p xml:lang="de">am Tag des heiligen Lukas 1530</p>', [("Tag des heiligen Lukas 1530", "when=1530-10-18")]),
    # a part of the year with the year's word
    ('<p xml:lang="de">Anfang des Jahres 1760</p>', [("Anfang des Jahres 1760", "notAfter=1760-04 notBefore=1760-01")]),
    ("<p>at the beginning of the year 1760</p>", [("beginning of the year 1760", "notAfter=1760-04 notBefore=1760-01")]),
    ('<p xml:lang="fr">au début de l\'année 1760</p>', [("début de l'année 1760", "notAfter=1760-04 notBefore=1760-01")]),
])
def test_saints_days_and_parts_of_a_year_named_with_its_word(text, expected, tmp_path):
    assert dated_body(text, tmp_path) == expected


def test_a_place_and_year_closing_a_citation_before_a_conjunction_is_an_imprint(tmp_path):
    assert dated_body('<p xml:lang="fr">Texte.<note n="1">Voir Briefwechsel Karl Rau – Robert Mohl, hg. '
                      'und bearbeitet von Anna Weil, Frankfurt am Main 1998 ainsi que Briefe von Juristen, '
                      'Frankfurt am Main 1999.</note></p>', tmp_path) == [
        ("1998", "type=imprint when=1998"), ("1999", "type=imprint when=1999")]

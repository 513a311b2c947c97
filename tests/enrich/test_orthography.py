# SPDX-License-Identifier: MIT
"""Texts that capitalise their common nouns, as English books did until the eighteenth century:
the recogniser then needs more than a capital to take a word for a name."""
from __future__ import annotations

from lxml import etree

from conftest import context, tei
from edition.enrich import names
from edition.enrich.orthography import capitalises_nouns
from edition.enrich.propose import propose
from edition.enrich.recognise.words import load_words

DETERMINERS = frozenset(dict(load_words().determiners_of)["en"])

# written for this test in the manner of a seventeenth-century tract
OLD = """<p>Now the Reader may observe, that the Husbandman who tilleth his Ground with a good
Conscience, doth receive from the Seasons a Blessing upon his Labour; and the Merchant which
trusteth in his Ledger more than in the Providence of Heaven, shall find his Warehouse empty.
For a Covenant is not kept by the Letter, but by the Spirit of the Law, which is written in the
Heart; and a Magistrate that judgeth by the Rod alone, knoweth not the Mercy of his Office.
This is the Substance of the Matter: that a Neighbour be dealt with in Truth, and that the
Poor have their Portion at the Gate, as the Custom of the Parish hath been.</p>
<p>Then Master Thomas Pellow of Wadebridge answered in Print, that the Tithe was due to the
Parson, and that the Vestry had no Power over the Glebe.</p>"""

# the same matter in the manner of today
NEW = """<p>The reader may observe that the farmer who works his land in good conscience receives
a blessing from the seasons, while the merchant who trusts his ledger more than providence finds
his warehouse empty. A covenant is kept by the spirit of the law rather than its letter, and a
magistrate who judges by the rod alone does not know the mercy of his office. The substance of
the matter is that a neighbour be dealt with in truth and that the poor have their portion at the
gate, as the custom of the parish has been, according to the Vestry and the Exchequer.</p>
<p>Thomas Pellow of Wadebridge answered in print that the tithe was due to the parson.</p>"""


def test_a_text_that_capitalises_its_nouns_is_told_from_one_of_today():
    assert capitalises_nouns(tei(OLD), DETERMINERS)
    assert not capitalises_nouns(tei(NEW), DETERMINERS)


def test_names_of_places_that_take_an_article_and_epithets_are_no_sign():
    # "the Netherlands", "the Rhine" (the gazetteer's), "William the Silent" (an epithet)
    text = """<p>The war in the Netherlands and along the Rhine was waged by William the Silent and
    Maurice the Younger against the armies of the king, who held the towns of the south.</p>"""
    assert not capitalises_nouns(tei(text), DETERMINERS)


def test_in_such_a_text_capitalised_nouns_are_not_proposed_but_names_are(tmp_path, registers):
    root = tei(OLD)
    names.run(root, context(registers))
    path = tmp_path / "old.xml"
    path.write_bytes(etree.tostring(root))
    kinds = {form: p.kind for p in propose([path], registers) for form in p.variants}
    for noun in ("Print", "Ledger", "Providence", "Warehouse", "Covenant", "Substance", "Portion", "Glebe"):
        assert noun not in kinds, noun
    assert kinds.get("Thomas Pellow") == "person"
    assert kinds.get("Wadebridge") == "place"

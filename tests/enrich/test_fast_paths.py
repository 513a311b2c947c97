# SPDX-License-Identifier: MIT
"""The quicker forms of the enrichment's matching find what the plain forms find: the names'
trie against the plain alternation, the look for a lower-case prefix near a name against the
search of all the text before it, the rules of dates that begin with their digit against the
same rules looking back first, and the triggers against triggers that always match. Random
texts built from the pieces the patterns react to, with a fixed seed."""
from __future__ import annotations

import random
import re

from lxml import etree

from edition.enrich import dates
from edition.enrich.names import _LOWER_PREFIX, lower_prefix_before
from edition.enrich.registers import _form_pattern, _not_inside_word, name_pattern
from edition.enrich.textnodes import Run, Span, wrap_spans
from edition.tei.serialize import T


def _plain_name_pattern(forms: list[str]) -> re.Pattern[str]:
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return re.compile(rf"{_not_inside_word('')}(?:{'|'.join(_form_pattern(f) for f in ordered)})(?!\w)(?!-[a-z])")


def _texts(rng: random.Random, pieces: list[str], count: int, longest: int = 12) -> list[str]:
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_the_names_trie_matches_what_the_plain_alternation_matches():
    rng = random.Random(7)
    for _ in range(1500):
        # forms that begin alike, end inside one another, repeat with other spacing
        forms = ["".join(rng.choice("ab AB.") for _ in range(rng.randint(1, 6))).strip() or "a"
                 for _ in range(rng.randint(1, 8))]
        forms += [f.replace(" ", "  ") for f in forms if rng.random() < 0.3]
        texts = _texts(rng, [*forms, " ", "  ", "\n", "-", "-a", ".", "x", "xy", ",", "'s "], 25)
        plain, trie = _plain_name_pattern(forms), name_pattern(forms)
        for text in texts:
            assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)], (forms, text)


def test_the_names_trie_with_an_empty_form():
    forms = ["", "Anna", "Anna Karenina", "An"]
    for text in ["Anna Karenina and An, Anna-a", "", "x Anna\nKarenina"]:
        assert [m.span() for m in name_pattern(forms).finditer(text)] == \
            [m.span() for m in _plain_name_pattern(forms).finditer(text)]


def test_the_lower_case_prefix_is_found_where_the_whole_search_finds_it():
    rng = random.Random(3)
    for text in _texts(rng, ["a", "b", "-", "\n", " ", "A", "_", ".", "anti", "a" * 70], 20000, 8):
        for start in range(len(text) + 1):
            assert lower_prefix_before(text, start) == bool(_LOWER_PREFIX.search(text[:start])), (text, start)


# the rules of dates whose look back now follows their first digit: (trigger, the pattern's
# beginning as it is, the same beginning looking back first)
_REORDERED = [
    ("numeric", r"(?P<a>\d(?<![\d.]\d)\d?)", r"(?<![\d.])(?P<a>\d{1,2})"),
    ("iso", r"(?P<y>\d(?<![\d-]\d)\d{3})", r"(?<![\d-])(?P<y>\d{4})"),
    ("open_range", r"(?P<y>\d(?<![\w.,]\d)(?<!\d[-–]\d)\d{3})", r"(?<![\w.,])(?<!\d[-–])(?P<y>\d{4})"),
    ("three_digits", r"(?P<y>[1-9](?<![\w.,–-][1-9])(?<![-–]\s[1-9])\d{2})", r"(?<![\w.,–-])(?<![-–]\s)(?P<y>[1-9]\d{2})"),
    ("year4", r"(?P<y>\d(?<![\d,]\d)(?<!\d\.\d)(?<!\d[-–]\d)\d{3})", r"(?<![\d,])(?<!\d\.)(?<!\d[-–])(?P<y>\d{4})"),
]
_DATE_PIECES = ["1", "2", "9", "0", "19", "192", "1924", "-", "–", "/", ".", ",", " ", "\n", "a", "B", "in",
                "c.", "May", "March", "that year", "the same year", "s", "er", "B.C.", "A.D.", "th",
                "century", "spring", "of", "early", "mid-", "um", "Jahre", "(", ")", "XIXe s."]


def test_the_rules_of_dates_that_begin_with_their_digit_match_as_before():
    finder = dates.DateFinder(day_first=True, languages=("de", "en", "fr", "ru"))
    texts = _texts(random.Random(11), _DATE_PIECES, 20000, 14)
    for need, now, before in _REORDERED:
        (pattern,) = [p for p, _, n in finder.p.rules if n == need]
        assert pattern.pattern.startswith(now)
        looking_back_first = re.compile(before + pattern.pattern[len(now):])
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in pattern.finditer(text)] == \
                [(m.span(), m.groupdict()) for m in looking_back_first.finditer(text)], (need, text)


def test_every_trigger_occurs_where_its_rule_matches():
    finder = dates.DateFinder(day_first=True, languages=("de", "en", "fr", "ru"))
    for text in _texts(random.Random(5), _DATE_PIECES, 20000, 14):
        for pattern, _handler, need in finder.p.rules:
            if pattern.search(text):
                assert finder.p.triggers[need].search(text), (need, text)


def test_the_triggers_only_spare_work_on_random_texts():
    finder = dates.DateFinder(day_first=True, languages=("de", "en", "fr", "ru"))
    texts = _texts(random.Random(17), _DATE_PIECES, 5000, 14)

    def found(text):
        return [(f.start, f.end, f.attrs) for f in finder._candidates(text)]
    with_triggers = [found(t) for t in texts]
    always = {name: re.compile("") for name in finder.p.triggers}
    finder.p = dates.Patterns(**{**finder.p.__dict__, "triggers": always, "trigger_words": {}})
    assert [found(t) for t in texts] == with_triggers


SPANS = [Span(20, 26, T + "placeName", (("ref", "#m"),)), Span(0, 5, T + "persName", (("ref", "#l"),)),
         Span(10, 16, T + "persName", ())]
TEXT = "Lenin met Stalin in Moscow."
WRAPPED = '<persName ref="#l">Lenin</persName> met <persName>Stalin</persName> in <placeName ref="#m">Moscow</placeName>.'


def _paragraph(inner: str) -> etree._Element:
    return etree.fromstring(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><p>{inner}</p></TEI>')[0]


def test_wrapped_spans_stand_in_place_in_every_kind_of_run():
    cases = [  # (paragraph, the run: element index or None for the paragraph, tail?, expected)
        (TEXT, None, False, WRAPPED),
        (f"{TEXT}<hi>x</hi>y", None, False, f"{WRAPPED}<hi>x</hi>y"),
        (f"a<hi>x</hi>{TEXT}<hi>z</hi>w", 0, True, f"a<hi>x</hi>{WRAPPED}<hi>z</hi>w"),
        (f"a<hi>x</hi>{TEXT}", 0, True, f"a<hi>x</hi>{WRAPPED}"),
    ]
    for inner, index, is_tail, expected in cases:
        p = _paragraph(inner)
        run = Run(p if index is None else p[index], is_tail, p)
        made = wrap_spans(run, SPANS)
        assert [e.text for e in made] == ["Lenin", "Stalin", "Moscow"]
        assert etree.tostring(p, encoding="unicode") == \
            f'<p xmlns="http://www.tei-c.org/ns/1.0">{expected}</p>'

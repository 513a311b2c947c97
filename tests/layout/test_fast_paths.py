# SPDX-License-Identifier: MIT
"""The quicker forms of the layout engine's searches find what the plain forms find: patterns
that begin with the character they match (the look back after it), looks near a text's end
instead of over all of it, a text's main script counted per distinct character, the words of
hyphenation taken from distinct tokens, foreign terms by their folded case. Random texts built
from the pieces the patterns react to, with a fixed seed."""
from __future__ import annotations

import random
import re
from collections import Counter

from edition.layout import blocks, headings, hyphenation, markers
from edition.layout.librarymarks import main_script, script_of
from edition.readers import italics

# the patterns as they were written, looking back first
PLAIN = {
    "unicode": (markers._UNICODE, re.compile(r"(?<=\S)[⁰¹²³⁴⁵⁶⁷⁸⁹]+")),
    "symbol": (markers._SYMBOL, re.compile(r"(?:(?<=\S)|(?<=\S )(?=[*†‡§]\s*$))(?<!§)([*†‡§])(?![§.]?\s*\d)(?=[\s.,;:)]|$)")),
    "emphasis": (markers._EMPHASIS, re.compile(r"(?<![\w*])\*{1,2}(?=[^\s*])[^*\n]*?(?<=[^\s*])\*{1,2}(?![\w*])")),
    "heading markers": (headings._MARKERS, re.compile(r"\[\d{1,4}\]|<sup>[^<]{0,6}</sup>|\\\(\^?\{?\d{1,4}\}?\\\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")),
}
PIECES = ["a", "Z", " ", "\n", "\t", ".", "!", ")", "]", "[", "1", "12", "12345", "¹", "²³", "⁰", "<sup>", "</sup>",
          "<sup>3</sup>", "<", "\\(", "\\)", "^", "{", "}", "*", "**", "†", "‡", "§", "”", "’", ",", "-", "—",
          "(", "»", "[^4]", "^5^", "[7]", "_", "x y"]


def _texts(seed: int, count: int, longest: int = 10) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def test_patterns_that_begin_with_their_character_match_as_before():
    texts = _texts(1, 40000)
    for name, (quick, plain) in PLAIN.items():
        for text in texts:
            assert [(m.span(), m.groups()) for m in quick.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (name, text)
            assert quick.sub("", text) == plain.sub("", text), (name, text)


def test_a_texts_end_is_read_as_the_whole_text_reads():
    def closes(text):
        stripped = blocks._TRAILING_MARKER.sub("", text)
        return bool(blocks._CLOSES_RAW.search(stripped if stripped else text))
    for text in _texts(2, 60000):
        assert blocks.closes(text) == closes(text), text
        assert blocks.open_end(text) == bool(blocks._OPEN_END.search(text)), text


def test_the_main_script_is_the_one_most_letters_are_in_the_first_met_of_a_tie():
    def plain(text):
        counts = Counter(s for s in map(script_of, text) if s is not None)
        return counts.most_common(1)[0][0] if counts else None
    rng = random.Random(3)
    for _ in range(20000):
        text = "".join(rng.choice("abcαβγабв中文 1.,ÄØ") for _ in range(rng.randint(0, 12)))
        assert main_script(text) == plain(text), text


def test_hyphenations_words_are_those_of_its_lines():
    rng = random.Random(4)
    pieces = ["a", "B", "ß", "-", " ", "\u00a0", "\u2003", "1", "_", "é", "\t", "ǅ", "İ", "—", "x-y", "ﬁ", "\u3000", "\x85"]
    for _ in range(20000):
        lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 10))) for _ in range(rng.randint(0, 4))]
        whole, hyphenated = set(), set()
        for line in lines:
            for word in hyphenation._WORDS.findall(line):
                (hyphenated if "-" in word else whole).add(word.casefold())
        h = hyphenation.Hyphenation(lines, [])
        assert (h.whole, h.hyphenated) == (whole, hyphenated), lines


def test_a_foreign_term_is_found_in_any_case_as_the_first_listed():
    rules = italics._rules("en")
    terms = list(rules.foreign_terms.items())
    rng = random.Random(6)
    for term, _lang in rng.sample(terms, min(300, len(terms))):
        for text in (term, term.upper(), term.lower(), term.title(), term.swapcase()):
            key = text.casefold()
            plain = rules.foreign_terms.get(text) or rules.foreign_terms.get(key) or \
                next((lang for t, lang in rules.foreign_terms.items() if t.casefold() == key), None)
            assert italics._foreign_term(text, rules) == plain


def test_a_phrases_language_is_guessed_as_word_by_word():
    def plain(text):
        words = [w.casefold().strip(".") for w in italics._words(text)]
        if not words:
            return None
        signs = italics._language_signs()
        for lang, sign in signs.items():
            if sign.letters is not None and sign.letters.search(text):
                return lang
        scores = {lang: 2 * sum(w in sign.function_words for w in words)
                  for lang, sign in signs.items() if sign.function_words is not None}
        for lang, sign in signs.items():
            if sign.spelling is not None:
                scores[lang] = scores.get(lang, 0) + sum(len(sign.spelling.findall(w)) for w in words)
            if sign.months:
                scores[lang] = scores.get(lang, 0) + 2 * sum(w in sign.months for w in words)
        if not scores:
            return None
        best = max(scores, key=lambda lang: (scores[lang], lang))
        runner_up = max((score for lang, score in scores.items() if lang != best), default=0)
        return best if scores[best] > runner_up else None
    rng = random.Random(8)
    pieces = ["shch", "zh", "sch", "ä", "ov'", "'ev", "'y", "der", "und", "the", "la", "de", "ogo", "skaya", " ", ".",
              "a", "K", "ii", "Aprilya", "řě", "-", "'"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert italics.guess_language(text) == plain(text), text

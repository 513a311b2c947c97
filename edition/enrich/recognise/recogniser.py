# SPDX-License-Identifier: MIT
"""The recogniser: tells a name a person, a place or an organisation by weighing general
signals over all its occurrences (see edition.enrich.recognise)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from edition.enrich import gazetteer, nouns
from edition.enrich.calendar_data import load_calendar
from edition.enrich.morphology import (russian_lemmas, russian_name_kinds, russian_names_apart, russian_never_a_person,
                                       russian_noun_or_adjective)
from edition.enrich.recognise.blocktext import opens_date, with_dates
from edition.enrich.recognise.evidence import DECISIVE, MEDIUM, STRONG, WEAK, Candidate, Occurrence
from edition.enrich.recognise.lexicon import (CLEAR_READING, COMMON_WORD, COMMON_WORD_LANGS, EVERYDAY_WORD, FOREIGN_NOUN,
                                              GREAT_CITY, LOCAL_MARGIN, LOCAL_WINDOW, LOCAL_WORDS, NOUN_WORD, ROMAN_NUMBER,
                                              VERY_COMMON_WORD, is_common_word, is_given_name, is_language_name,
                                              own_language, script_of, single_roman_ordinal, zipf)
from edition.enrich.recognise.tokens import (ARTICLE_CITATION, AUTHOR_BEFORE_TITLE, CONTRACTION, ELISION, FUNCTION_WORDS,
                                             IMPRINT, IMPRINT_TITLE, NAME_ABBREVS, NAME_PREFIXES, PLACE_YEAR, POSSESSIVE,
                                             SHORT_CITATION_TAIL, TITLE_AFTER_AUTHOR, TITLE_OPENERS, TITLE_TO_IMPRINT, Tok,
                                             bracket_publisher_pattern, capital_head_org_pattern, container_pattern,
                                             is_initial, lower_head_org_pattern, opening_word, ordinal_stops,
                                             org_first_pattern, tokenize)
from edition.enrich.recognise.words import Words, load_words

CONTEXT = 60
# a ruler's number after his given names ("Maximilian I.", "Friedrich V")
_RULER_NUMBER = re.compile(r"[IVX]{1,5}\.?")

# the gazetteer's kinds of a territory ("Eberhard von Franken" is a person and a place) and
# of a natural feature
TERRITORIES = ("country", "subdivision", "region")
NATURAL = ("river", "mountains")

# a town below this population found in the gazetteer is a weak sign of a place
SMALL_TOWN = 30000

# a list this long passes the kind of its one clear member to words nothing else is known of
LONG_LIST = 4


@lru_cache(maxsize=1)
def _title_reader() -> Recogniser:
    return Recogniser(load_words(), {})


def cited_title_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Where the text of a note holds the untagged title of a cited work or journal ("David
    Lieberman, Legal Theory in Eighteenth-Century Britain 65 (1989)"), read as the recogniser
    reads it; the dates pass leaves the dates inside them alone, as it does inside <title>."""
    reader = _title_reader()
    reader._scan_lang = lang
    return reader._article_titles(text)


class Recogniser:
    def __init__(self, words: Words, known_forms: dict[str, str]):
        self.w = words
        NAME_ABBREVS.update(words.name_abbreviations)
        NAME_PREFIXES.update(words.name_prefixes)
        self.known = known_forms  # form -> kind of the register entries
        self._motion = dict(words.motion_of)
        self._any_particles = words.particles | words.weak_particles  # "von", "de", "d'"
        self._articles = dict(words.articles_of)
        self._institutions = dict(words.institutions_of)
        self.candidates: dict[str, Candidate] = {}
        self.lowercase: set[str] = set()
        # capitalised words the texts write alone inside a sentence ("See Prest, supra")
        self.alone: set[str] = set()
        self.lists: list[list[str]] = []  # names written as one list ("Bayern, Hannover, Kurpfalz")
        self.tight_lists: set[int] = set()  # the lists joined by conjunctions alone
        self.route_pairs: list[tuple[str, str]] = []  # the two ends of 'from … to …'
        self.parallel_lists: set[int] = set()  # "from Norway and from Sicily"
        self.phrases: dict[str, set[str]] = defaultdict(set)  # name -> "Donation of Constantine"
        # name -> the cited titles that hold it ("Legal Theory in Eighteenth-Century Britain")
        self.title_phrases: dict[str, set[str]] = defaultdict(set)
        self._scan_lang = ""
        # set for the text being read when it capitalises its common nouns (see orthography.py)
        self.text_capitalises_nouns = False
        self._name_particles: set[int] = set()  # where a run's capital particle opens a surname
        self._saints_places: set[int] = set()  # the "St. Martin's" that keep their "'s"
        self._particle_places: set[int] = set()  # where a run joined by a foreign particle begins
        self._of_territory: set[int] = set()  # where a given name stands before "von" and a territory
        self._group_word: str | None = None  # the word for a group that _strip took off a run

    # ----------------------------------------------------------- scanning

    def scan(self, text: str, *, at_block_start: bool, after_element: bool, lang: str,
             source: str, in_note: bool, full_text: str = "", dates: tuple[str, ...] = ()) -> None:
        """Read one block's text; `dates` are the texts of the dates that its gaps stand for."""
        self._full = full_text or text
        self._scan_lang = lang
        self._of_territory = set()
        self._particle_places = set()
        self._saints_places = set()
        toks = tokenize(text, self.w)
        if lang in self.w.ordinal_full_stop:
            toks = ordinal_stops(toks)
        i = 0
        runs: list[tuple[int, int]] = []
        while i < len(toks):
            if not self._starts_name(toks, i):
                i += 1
                continue
            j = i + 1
            while j < len(toks):
                if self._continues_name(toks, j):
                    j += 1
                    continue
                # a particle or "of" between two capitalised words: "Joachim von Schwarzkopf"
                k = self._bridge(toks, j, i)
                if k is not None:
                    j = k
                    continue
                break
            runs.append((i, j))
            i = j
        runs = [self._with_place_suffix(text, toks, i, j) for i, j in runs]
        # (a run a suffix or a joining word took in is no name of its own: "super Hull")
        runs = [run for k, run in enumerate(runs) if not k or run[0] >= runs[k - 1][1]]
        runs = [self._with_place_noun(toks, i, j) for i, j in runs]
        # "saint Benoît": the saint written in lower case before his name is part of it (the
        # place is written "Saint-Benoît")
        runs = [(i - 1, j) if i and toks[i - 1].text in self.w.saints and toks[i - 1].text[:1].islower()
                and toks[i].start - toks[i - 1].end == 1 else (i, j) for i, j in runs]
        covered = self._imprints(text, in_note, lang, source) + self._org_phrases(text, lang, source)
        titles = self._article_titles(text) if in_note else []
        for i, j in runs:
            title = next(((a, b) for a, b in titles if a <= toks[i].start and toks[j - 1].end <= b), None)
            if title:  # "Blackstone and Bentham": the name stays untagged inside that title
                phrase = with_dates(text, title, dates)
                if phrase is None:
                    continue
                for k, m in ((i, j), *((k, k + 1) for k in range(i, j))):
                    # the run's name and each name it holds ("Rediscovering Blackstone")
                    self.phrases[self._name_of(toks[k:m])].add(phrase)
                    self.title_phrases[self._name_of(toks[k:m])].add(phrase)
        covered += titles
        runs = [(i, j) for i, j in runs
                if not any(a <= toks[i].start and toks[j - 1].end <= b for a, b in covered)]
        runs = self._split_after_place(toks, runs)
        runs = self._split_before_title(toks, runs)
        # "«Eine Wirkung der geselligen Verhältnisse»" in a French paragraph: each run is read
        # in the language of the words around it
        run_lang = {run: self._local_language(toks, *run, lang) for run in runs}
        runs = [r for run in runs for r in (self._without_nouns(toks, [run], run_lang[run])
                                            if self._capitalises(run_lang[run]) else [run])]
        run_lang = {run: self._local_language(toks, *run, lang) for run in runs}
        runs = self._split_origins(toks, runs)
        runs = self._split_after_patronymic(toks, runs)
        runs = self._split_by_case(toks, runs)
        shared = self._shared_prepositions(toks, runs)
        imprinted = {m.start("title") for m in TITLE_TO_IMPRINT.finditer(text)} if in_note else set()
        self._saints_places = {toks[j - 1].start for i, j in runs if self._saints_place(toks, i, j)}
        self._name_particles = {toks[i].start for i, j in runs if self._capital_particle(
            toks, i, j, lang, self._sentence_start(toks, i, at_block_start and not after_element))}
        routes = self._routes(toks, runs)
        # "Marie Esnouf of Trinity", "Henry of Navarre": a given name, "of", a place
        origins = {(k, m) for (i, j), (k, m) in zip(runs, runs[1:])
                   if k == j + 1 and (toks[j].text == "of" or toks[j].text in self.w.origin_particles)
                   and m - k == 1
                   and (is_given_name(toks[i].text) and toks[i].text not in self.w.titles
                        or (toks[i].text in self.w.saints or toks[i].text in self.w.titles) and j - i in (2, 3)
                        and is_given_name(toks[i + 1].text))  # "Master Thomas Pellow of Wadebridge"
                   and toks[i].text.lower() not in self.lowercase | self.w.determiners}
        for i, j in runs:
            start_of_sentence = self._sentence_start(toks, i, at_block_start and not after_element)
            addressee = False
            if at_block_start and j < len(toks) and toks[j].text in (",", "!", ":"):
                lead = " ".join(t.text.lower() for t in toks[:i])
                if lead in self.w.salutations:
                    addressee = True
                elif i == 0 and j - i > 1 and toks[0].text.lower() in self.w.salutations:
                    i, addressee = 1, True  # "DEAR RIES,"
            occ = Occurrence(toks[i:j], text, toks[max(0, i - 3):i], toks[j:j + 4], start_of_sentence,
                             None, run_lang.get((i, j), lang), at_block_start and i == 0, (i, j) in routes, addressee,
                             (i, j) in origins, shared.get((i, j), ""),
                             in_note and self._author_position(toks, i, j, imprinted))
            self._occurrence(occ, source, in_note)
        self._lists(toks, runs)

    def _given_name_here(self, word: str) -> bool:
        """A given name that opens a name in this text: not an article of any language read
        ("Les Fontaines"), not a common word the text writes in lower case too ("Young Smith",
        "Fairy Mythology"), not a great city ("London Jews", "Vienna Zeitschrift"; "Sidney", an old
        name of Sydney, is a given name)."""
        return is_given_name(word) and word.lower() not in self.w.determiners \
            and not (word.lower() in self.lowercase and is_common_word(word, threshold=NOUN_WORD)) \
            and not any(p.kind == "city" and p.primary and p.population >= GREAT_CITY for p in gazetteer.lookup(word))

    def _foreign_noun(self, word: str, lang: str) -> bool:
        """'Gesetzgebung', 'Rechtswissenschaft' in a French text: a noun of a language that
        capitalises its nouns, known by its ending and to that language's dictionary."""
        if lang in self.w.capitalised_nouns:
            return False
        return any(nouns.has_noun_form(word, dict(self.w.noun_suffixes_of).get(other, ()))
                   and zipf(word.lower(), other) >= FOREIGN_NOUN and zipf(word.lower(), lang) < FOREIGN_NOUN
                   for other in self.w.capitalised_nouns)

    def _plural_of_common_word(self, name: str, lang: str) -> bool:
        """'the Gospels', 'the Protestants': the plural of a common word (by the language's
        `noun_plural_endings`), not a surname ("Williams", "Peters": the plural of a given name
        is)."""
        if len(name) < 5 or is_given_name(name):
            return False
        return any(name.endswith(e) and not is_given_name(name[:-len(e)])
                   and is_common_word(name[:-len(e)], (lang,), NOUN_WORD)
                   for e in dict(self.w.noun_plural_endings_of).get(lang, ()))

    def _english_capitalising(self, lang: str) -> bool:
        """A text in a language that writes its nouns in lower case, written with them
        capitalised (early-modern English: "the Unity of the Body")."""
        return self.text_capitalises_nouns and lang not in self.w.capitalised_nouns

    def _capitalises(self, lang: str) -> bool:
        """Are the common nouns of this language, or of the text being read, capitalised?"""
        return lang in self.w.capitalised_nouns or self.text_capitalises_nouns

    def _local_language(self, toks: list[Tok], i: int, j: int, lang: str) -> str:
        """The language of the lower-case words around a run, where they are plainly of another
        language than the block's (a quotation); else the block's."""
        langs = COMMON_WORD_LANGS.get(script_of(toks[i].text), ())
        if lang not in langs:
            return lang
        around = [t.text for t in toks[max(0, i - LOCAL_WINDOW):i] + toks[j:j + LOCAL_WINDOW]
                  if t.text[:1].islower() and t.text.isalpha() and len(t.text) > 1]
        if len(around) < LOCAL_WORDS:
            return lang
        score = {o: sum(zipf(w, o) for w in around) / len(around) for o in langs}
        best = max(langs, key=lambda o: (score[o], o == lang))
        return best if score[best] - score[lang] >= LOCAL_MARGIN else lang

    def _capital_particle(self, toks: list[Tok], i: int, j: int, lang: str, sentence_start: bool) -> bool:
        """'Jourdan, Du Caurroy, Demante', 'De Garis': a particle written with a capital inside a
        sentence before a word no gazetteer or dictionary knows opens a surname; not a definite
        article of the text's language, nor another language's article that is none of this
        one's determiners (an English text's 'Le Creux' is a place)."""
        first, rest = toks[i].text, " ".join(t.text for t in toks[i + 1:j])
        return j - i > 1 and not sentence_start and first[:1].isupper() \
            and first.lower() in dict(self.w.weak_particles_of).get(lang, frozenset()) \
            and first.lower() not in self._articles.get(lang, frozenset()) \
            and (first.lower() in dict(self.w.determiners_of).get(lang, self.w.determiners)
                 or first.lower() not in self.w.articles) \
            and not self._gazetteer(rest) and not gazetteer.lookup(f"{first} {rest}") \
            and rest not in self.known and not is_common_word(toks[i + 1].text)

    def _article_titles(self, text: str) -> list[tuple[int, int]]:
        """'Richard A. Posner, Blackstone and Bentham, 19 J.L. & Econ. 569': in a note, the title
        of an article and the abbreviated name of its journal (a case, 'Smith v. Jones', is no
        article's title: its parties stay names)."""
        spans: list[tuple[int, int]] = []
        for m in ARTICLE_CITATION.finditer(text):
            if " v. " in m["title"] or not ("." in m["journal"] or m["rest"]):
                continue
            start = m.start("title")
            # "Charles J. Reid, Jr., The Transformation ...": the suffix is the author's
            suffix = next((x for x in self.w.name_suffixes if m["title"].startswith(x + ", ")), None)
            if suffix:
                start += len(suffix) + 2
            # "…of law, J. M. Finnis, Blackstone's Theoretical Intentions, 12 Nat. L.F. 163": the
            # citation opened after the comma of the sentence before; the author is no title
            author = AUTHOR_BEFORE_TITLE.match(m["title"])
            if author and (any(is_initial(Tok(w, 0, 0)) for w in author["name"].split())
                           or is_given_name(author["name"].split()[0])):
                start = m.start("title") + author.end()
            spans += [(start, m.end("title")), m.span("journal")]
        return spans + self._title_case_titles(text) + self._container_titles(text) + self._imprint_titles(text)

    def _imprint_titles(self, text: str) -> list[tuple[int, int]]:
        """In a note, a title between its author and the place and year of its imprint (see
        `IMPRINT_TITLE`): one of four words or more, some of them lower-case words that are
        no particles of a name (not a list of authors), before a place the gazetteer knows."""
        particles = self._any_particles
        spans = []
        for m in IMPRINT_TITLE.finditer(text):
            words = m["title"].split()
            lower = [w for w in words if w[:1].islower() and w not in particles]
            if len(words) >= 4 and lower and self._gazetteer(m["place"]):
                spans.append(m.span("title"))
        return spans

    def _title_case_titles(self, text: str) -> list[tuple[int, int]]:
        """'John H. Langbein, Blackstone on Judging, in Blackstone and His Commentaries 65':
        in a note of a language that writes titles in title case, the stretch after an author
        and a comma, and the book after 'in', when every word but the small ones is
        capitalised and no word is a given name (a list of authors is no title)."""
        small = dict(self.w.title_case_words_of).get(self._scan_lang)
        if not small:
            return []
        spans: list[tuple[int, int]] = []
        for m in TITLE_AFTER_AUTHOR.finditer(text):
            for group in ("title", "book"):
                if m[group] and self._title_cased(m[group], small):
                    spans.append(m.span(group))
        return spans

    def _container_titles(self, text: str) -> list[tuple[int, int]]:
        """'Manfred Hanisch, Politik in und mit Kalendern. Eine Studie … in Nürnberg, in:
        Jahrbuch für Fränkische Landesforschung 49': in a note, the title between an author and
        the mark of the work that holds it, and that work's title up to its volume, year or
        editors, whatever their case. A title with a comma is not read (a list of authors has
        them), nor a container whose editors come first ("in: E. Fischer (Hg.), …")."""
        pattern = container_pattern(self.w.container_marks, tuple(sorted(self.w.editor_words)))
        if pattern is None:
            return []
        spans: list[tuple[int, int]] = []
        for m in pattern.finditer(text):
            spans.append(m.span("title"))
            if m["book"]:
                spans.append(m.span("book"))
        return spans

    @staticmethod
    def _title_cased(stretch: str, small: frozenset[str]) -> bool:
        words = re.findall(r"[^\W\d_][\w'’-]*", stretch)
        content = words[:1] + [w for w in words[1:] if w.lower() not in small]
        return len(words) >= 3 and any(w.lower() in small for w in words[1:]) \
            and all(w[:1].isupper() for w in content) \
            and not any(is_given_name(w) and not is_common_word(w, threshold=EVERYDAY_WORD) for w in content)

    def _author_position(self, toks: list[Tok], i: int, j: int, imprinted: set[int]) -> bool:
        """'Holdsworth, *History of English Law*', 'see also Arnott, ‘The Papers’': in a note, a
        name that opens the note or a reference (after ';' or 'see') and is followed by a comma
        and a title (left out of the scan, in quotation marks, or one that the place and year of
        its imprint close: `imprinted`, the titles' starts)."""
        if j + 1 >= len(toks) or toks[j].text != "," or \
                toks[j + 1].text not in TITLE_OPENERS and toks[j + 1].start not in imprinted:
            return False
        lead = [t.text.lower() for t in toks[max(0, i - 2):i]]
        return i == 0 or lead[-1:] in ([";"], [":"], ["."]) or " ".join(lead[-1:]) in self.w.citation_leads \
            or " ".join(lead[-2:]) in self.w.citation_leads

    def _shared_prepositions(self, toks: list[Tok], runs: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
        """'in Piesport und Graach', 'between Manningtree and Flatford': the preposition of place
        before the first of names joined by commas and a conjunction stands for each of them."""
        shared: dict[tuple[int, int], str] = {}
        lead = ""
        for (i, j), (k, m) in zip(runs, runs[1:]):
            if i > 0 and (i, j) not in shared:
                lead = toks[i - 1].text.lower() if toks[i - 1].text.lower() in self.w.place_prepositions else ""
            between = [t.text for t in toks[j:k]]
            # ", and" may open a new clause ("fell at Kappel, and Bullinger succeeded him"), and
            # so does a name with a preposition of place of its own ("Giraud en Bourgogne,
            # Courson en Bretagne": Courson is no place of Bourgogne's list)
            own = m < len(toks) and toks[m].text.lower() in self.w.place_prepositions
            if lead and not own and (between == [","] or len(between) == 1 and between[0] in self.w.conjunctions):
                shared[(k, m)] = lead
            else:
                lead = ""
        return shared

    def _with_place_suffix(self, text: str, toks: list[Tok], i: int, j: int) -> tuple[int, int]:
        """'Frankfurt a. M.', 'Freiburg i. Br.', 'Newcastle upon Tyne': the words after a
        place's name that tell it from another of that name belong to it."""
        rest = text[toks[j - 1].end:toks[j - 1].end + 30]
        for suffix in self.w.place_suffixes:
            if rest.startswith(" " + suffix) and not rest[len(suffix) + 1:len(suffix) + 2].isalnum():
                end = toks[j - 1].end + 1 + len(suffix)
                k = j
                while k < len(toks) and toks[k].end <= end:
                    k += 1
                if toks[k - 1].end == end:
                    return i, k
        # "Kyngeston super Hull", "Stratford upon Avon": a word that joins a place's name to its
        # river or its neighbour, then one capitalised word
        if j + 1 < len(toks) and toks[j].text in self.w.place_joins and toks[j + 1].capitalised \
                and toks[j + 1].text.isalpha() and toks[j + 1].start - toks[j].end == 1 \
                and toks[j].start - toks[j - 1].end == 1:
            return i, j + 2
        return i, j

    def _with_place_noun(self, toks: list[Tok], i: int, j: int) -> tuple[int, int]:
        """'Красной площади', 'Каспийского моря': a capitalised adjective and the noun of a
        place after it in lower case are one name of a place."""
        if j < len(toks) and self._place_noun_lower(toks[j].text) and toks[j].start - toks[j - 1].end == 1 \
                and toks[j - 1].text.endswith(self.w.place_adjective_endings) and script_of(toks[j - 1].text) == "cyrillic":
            return i, j + 1
        return self._with_gazetteer_tail(toks, i, j)

    def _place_noun_lower(self, word: str) -> bool:
        """A place's noun in lower case, in any case ("губернии", "руднике": by the dictionary)."""
        return word in self.w.place_nouns_lower or script_of(word) == "cyrillic" and word.islower() \
            and not russian_lemmas(word).isdisjoint(self.w.place_nouns_lower)

    def _with_gazetteer_tail(self, toks: list[Tok], i: int, j: int) -> tuple[int, int]:
        """'le Saint-Empire romain germanique', 'l'Empire ottoman': the words in lower case after
        a name belong to it where the gazetteer knows the whole as one place."""
        best, k = j, j
        while k < len(toks) and k - j < 3 and toks[k].text.isalpha() and toks[k].text.islower() \
                and toks[k].start - toks[k - 1].end == 1:
            k += 1
            if gazetteer.lookup(" ".join(t.text for t in toks[i:k])):
                best = k
        return i, best

    def _split_after_place(self, toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Из Москвы Пушкин писал': after a preposition of place, a place of the gazetteer and
        the capitalised word after it are two names, unless the gazetteer knows both as one."""
        out: list[tuple[int, int]] = []
        for i, j in runs:
            if j - i > 1 and toks[i].text.lower() in self.w.place_prepositions:
                i += 1  # "Из Москвы ...": a preposition that opens a sentence is no part of a name
            if j - i == 2 and i > 0 and toks[i - 1].text.lower() in self.w.place_prepositions \
                    and any((p.primary or script_of(toks[i].text) == "cyrillic")
                            and (p.kind != "city" or p.population >= 100000) for p in self._gazetteer(toks[i].text)) \
                    and not self._gazetteer(f"{toks[i].text} {toks[i + 1].text}") \
                    and toks[i + 1].text not in self.w.place_ends | self.w.org_heads:
                out += [(i, i + 1), (i + 1, j)]
            elif j - i > 2 and is_given_name(toks[i + 1].text) and not is_common_word(toks[i + 1].text) \
                    and any(p.kind == "country" and p.primary for p in gazetteer.lookup(toks[i].text)) \
                    and not gazetteer.lookup(" ".join(t.text for t in toks[i:j])):
                out += [(i, i + 1), (i + 1, j)]  # "für Frankreich Henri d'Orléans": a country, a person
            else:
                out.append((i, j))
        return out

    def _split_before_title(self, toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'At Brechin Bishop Walter Whitford read it': a title inside a run, after a word that
        is no title and no given name, before a capitalised word, opens a second name."""
        out: list[tuple[int, int]] = []
        for i, j in runs:
            k = next((k for k in range(i + 1, j - 1) if toks[k].text in self.w.titles
                      and toks[k - 1].text not in self.w.titles and not is_given_name(toks[k - 1].text)
                      and not is_initial(toks[k - 1]) and not is_initial(toks[k])  # "P. G. M. Dickson"
                      and f"{toks[k - 1].text} {toks[k].text}" not in self.w.titles
                      and toks[k + 1].capitalised and toks[k + 1].text[:1].isalpha()), None)
            # "Seine Frau Anna Reinhart": the word before the title is no name
            if k is not None and k - i == 1 and (toks[i].text.lower() in self.w.determiners
                                                 or is_common_word(toks[i].text)):
                k = None
            out += [(i, k), (k, j)] if k is not None else [(i, j)]
        return out

    def _noun(self, tok: Tok, lang: str, by_frequency: bool = True) -> bool:
        """A common noun of a language that capitalises its nouns (see nouns.py); not a title,
        nor a word that opens or ends a name of a place or an organisation."""
        word = tok.text
        if "=" in word.strip("="):  # "Stats=Anzeigen": the old print's hyphen; the last part says
            last = word.rsplit("=", 1)[1]
            return bool(last) and self._noun(Tok(last, tok.end - len(last), tok.end), lang, by_frequency)
        if word in self.known or word in self.w.titles or word in self.w.office_titles \
                or word in self.w.place_starts | self.w.place_ends | self.w.org_heads | self.w.org_first:
            return False
        if nouns.has_noun_form(word, dict(self.w.noun_suffixes_of).get(lang, ()), self.w.kinship):
            return not self._gazetteer(word)
        others = tuple(o for o in COMMON_WORD_LANGS[script_of(word)] if o != lang)
        if not by_frequency or self._gazetteer(word) or is_given_name(word) and not is_common_word(word):
            return by_frequency and nouns.is_frequent_noun(word, lang, others, is_given_name(word)) \
                and not self._gazetteer(word)
        # "Forschungsstands", "Druckern": a noun in another case, a compound of a frequent noun
        endings = dict(self.w.noun_endings_of).get(lang, ())
        return nouns.is_frequent_noun(word, lang, others, False) \
            or any(word.endswith(e) and nouns.is_frequent_noun(word[:-len(e)], lang, others, False) for e in endings) \
            or nouns.is_compound_noun(word, lang, others, endings)

    def _without_nouns(self, toks: list[Tok], runs: list[tuple[int, int]], lang: str) -> list[tuple[int, int]]:
        """'Tod Sigmunds', 'Enkel Otto III.', 'Oberungarn Kupfer', 'die Hauptkirche': the common
        nouns at either end of a run are no part of the name (a surname after a given name is:
        'Matthias Becher'; an epithet after its article too: 'Jakob Fugger der Reiche'), and a
        run of a noun alone, known by its ending, is no name."""
        out: list[tuple[int, int]] = []
        for i, j in runs:
            whole = " ".join(t.text for t in toks[i:j])
            if whole in self.known or j - i > 1 and self._gazetteer(whole):
                out.append((i, j))
                continue
            # "Seine Gemahlin Adelheid", "Die Herzöge Eberhard": an article before a noun that
            # opens the run goes with the noun
            k = i
            while k < j - 1 and toks[k].text.lower() in self._determiners():
                k += 1
            if k > i and (self._noun(toks[k], lang) or toks[k].text in self.w.titles):
                i = k
            while j - i > 1 and self._noun(toks[i], lang):
                i += 1
            # ("Art von Anschauung": no surname has a noun's ending, even after a particle)
            while j - i > 1 and self._noun(toks[j - 1], lang) and not is_given_name(toks[j - 2].text) \
                    and not is_initial(toks[j - 2]) \
                    and (toks[j - 2].text not in self.w.particles | self.w.epithet_articles
                         or self._noun(toks[j - 1], lang, by_frequency=False)):
                j -= 1
            if j - i == 1 and self._noun(toks[i], lang, by_frequency=False):
                continue
            out.append((i, j))
        return out

    def _split_origins(self, toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Landgraf Philipp von Hessen', 'Gustav Adolf von Schweden', 'Maximilian I. von Bayern',
        'Friedrich V. von der Pfalz': given names, perhaps a ruler's number, a particle of origin
        (perhaps an article) and a territory of the gazetteer (a country, a region) are a ruler
        and his land, unless the register knows the whole as one name. A town after the
        particle is a byname ('Erasmus von Rotterdam', 'Nikolaus von Kues'), and a title alone
        says nothing ('Graf Maximilian von Trauttmansdorff' is of a family)."""
        out: list[tuple[int, int]] = []
        for i, j in runs:
            particle = self._ruler_and_land(toks, i, j)
            if particle is None:
                out.append((i, j))
                continue
            out += [(i, particle), (j - 1, j)]
            self._of_territory.add(toks[particle - 1].start)
        return out

    def _ruler_and_land(self, toks: list[Tok], i: int, j: int) -> int | None:
        """Where the particle stands in a run of a ruler and his land (see _split_origins)."""
        particle = j - 2
        if particle > i and toks[particle].text in self.w.determiners:  # "von der Pfalz"
            particle -= 1
        if particle <= i or toks[particle].text not in self.w.origin_particles:
            return None
        last = particle - 1
        if last > i and _RULER_NUMBER.fullmatch(toks[last].text):  # "Maximilian I."
            last -= 1
        first = last
        while first > i and is_given_name(toks[first - 1].text):
            first -= 1
        if not is_given_name(toks[last].text) \
                or not all(t.text in self.w.titles or not is_given_name(t.text) for t in toks[i:first]) \
                or " ".join(t.text for t in toks[i:j]) in self.known \
                or not any(p.kind in TERRITORIES for p in self._gazetteer(toks[j - 1].text)):
            return None
        return particle

    def _split_after_patronymic(self, toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """'Сергея Григорьевича Строганова Растрелли построил': a given name, a patronymic and a
        surname make a whole name; a capitalised word after them opens another."""
        if not self.w.patronymic_endings:
            return runs
        out: list[tuple[int, int]] = []
        for i, j in runs:
            cut = next((k + 2 for k in range(i + 1, j - 2)
                        if toks[k].text.endswith(self.w.patronymic_endings) and len(toks[k].text) >= 5
                        and not is_initial(toks[k + 1]) and not is_initial(toks[k + 2])), None)
            out += [(i, cut), (cut, j)] if cut else [(i, j)]
        return out

    @staticmethod
    def _split_by_case(toks: list[Tok], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The words of a Russian name agree in case: two names side by side that do not agree
        are two names ("сыну Аники Григорию")."""
        out: list[tuple[int, int]] = []
        for i, j in runs:
            start = i
            for k in range(i, j - 1):
                if script_of(toks[k].text) == "cyrillic" and russian_names_apart(toks[k].text, toks[k + 1].text):
                    out.append((start, k + 1))
                    start = k + 1
            out.append((start, j))
        return out

    def signature(self, text: str, previous: str, lang: str, source: str) -> None:
        """A letter's signature: a block of a name alone ("H. C. Robinson.", "BEETHOVEN.")
        after a block of a closing formula ("Ever yours affectionately,")."""
        name = " ".join(text.split()).rstrip(".").strip()
        closing = " ".join(previous.split()).lower()
        own = name.lower()
        if len(name) <= 60 and any(own.startswith(c) for c in self.w.closings) and "," in name:
            # "Your devoted son, Franz.": the closing formula and the name in one block
            closing, name = name[:name.rindex(",") + 1].lower(), name[name.rindex(",") + 1:].strip()
            text = name + "."
        if not name or not closing.endswith(",") or len(closing) > 60 \
                or not any(closing.startswith(c) for c in self.w.closings):
            return
        words = " ".join(text.split()).split()
        if len(words) > 5 or not all(w[:1].isupper() for w in words) or name in self.known:
            return
        initials = len(words) > 1 and all(is_initial(Tok(w, 0, 0)) for w in words)
        # "H. C. R.": initials alone, which the scan leaves as an abbreviation; "Franz S."
        signed = " ".join(words) if initials or is_initial(Tok(words[-1], 0, 0)) else name
        self._new_candidate(signed, lang, source, text).add("person", DECISIVE, "the signature of a letter")

    def institutions(self, text: str, lang: str, source: str) -> None:
        """'la faculté de droit de Paris', 'le tribunal de commerce de Nantes': an institution the
        language writes in lower case (its `lowercase_institutions`), its field and its place."""
        pattern = self.w.lowercase_institution_pattern(lang)
        for m in pattern.finditer(text) if pattern else ():
            name = " ".join(m.group().split())
            if name not in self.known:
                self._new_candidate(name, lang, source, text).add("org", DECISIVE, "an institution and its place")

    def _routes(self, toks: list[Tok], runs: list[tuple[int, int]]) -> set[tuple[int, int]]:
        """'from Melrose to Dryburgh', 'von Erfurt nach Weimar': both ends of a route."""
        found: set[tuple[int, int]] = set()
        for (i, j), (k, m) in zip(runs, runs[1:]):
            # "«De Jourdan à Saleilles»": the word of the start opens the sentence, and the run
            opened = j - i >= 2 and toks[i].text.lower() in self.w.route_from and toks[i].start not in self._name_particles
            if (i > 0 and toks[i - 1].text.lower() in self.w.route_from or opened) and k == j + 1 \
                    and toks[j].text in self.w.route_to:
                found.update({(i, j), (k, m)})
                self.route_pairs.append((self._name_of(toks[i + int(opened):j]), self._name_of(toks[k:m])))
        for i, j in runs:
            # "from La Hougue Bie to the church": a route to a place named by a common noun (not
            # after a word that is a particle too: "de Rousseau pour la musique")
            if i > 0 and toks[i - 1].text.lower() in self.w.route_from and j + 2 < len(toks) \
                    and toks[i - 1].text not in self.w.weak_particles \
                    and toks[j].text in self.w.route_to and toks[j + 1].text.lower() in self.w.determiners \
                    and toks[j + 2].text[:1].islower() and is_common_word(toks[j + 2].text):
                found.add((i, j))
        return found

    def _new_candidate(self, name: str, lang: str, source: str, text: str | None = None) -> Candidate:
        """The candidate for a name, counted once more; its context is taken from `text`, or else
        from the block being scanned."""
        full = self._full if text is None else text
        cand = self.candidates.setdefault(name, Candidate(name))
        cand.count += 1
        cand.lang = cand.lang or lang
        if cand.count == 1:
            cand.nouns_capitalised = self._capitalises(lang)
        cand.mid_sentence = True
        if not cand.context:
            at = max(full.find(name), 0)
            cand.context = " ".join(full[max(0, at - CONTEXT):at + len(name) + CONTEXT].split())
            cand.source = source
        return cand

    def _imprints(self, text: str, in_note: bool, lang: str, source: str) -> list[tuple[int, int]]:
        """'(London: Butterworths, 2002)', 'Paris, Economica, 1998', 'Л.: Просвещение, 1981',
        'München: C. H. Beck 1987': in a note or in brackets, a place, then a publisher, then a
        year. The place and the publisher are proposed; the stretch of the publisher is returned
        (its words are not read again as names)."""
        covered: list[tuple[int, int]] = []
        for m in IMPRINT.finditer(text):
            place, publisher = m["place"], m["pub"].strip()
            # "London, Thomas Payne et al. 1776": "et al." is no part of the firm's name
            tail = next((x for x in self.w.publisher_tails if publisher.endswith(" " + x)), None)
            if tail:
                publisher = publisher[:-len(tail)].rstrip()
            if not (in_note or "(" in text[max(0, m.start() - 80):m.start()]):
                continue
            if not self._imprint_place(place):
                continue
            words = publisher.split()
            # "London: Methuen": after a colon a publisher, unless it is a country or a great city
            colon = text[m.end("place"):m.start("pub")].strip() == ":"
            placeish = self._great_place(publisher) if colon else self._imprint_place(publisher)
            if len(words) > 6 or publisher.rstrip(".") in self.w.not_names \
                    or words[0] in load_calendar().months or placeish \
                    or all(is_initial(Tok(w, 0, 0)) for w in words) \
                    or re.search(r"[a-zà-ÿа-яё]{2}[.!?]\s+[A-ZА-ЯЁ]", publisher):
                continue
            cand = self._new_candidate(publisher, lang, source)
            cand.add("org", DECISIVE, "the publisher of an imprint")
            if m["first"] in self.w.imprint_places:  # "М.; Л.: Издательство АН СССР": two places
                self._new_candidate(m["first"], lang, source).add("place", DECISIVE, "the place of an imprint")
            if place in self.w.imprint_places:
                self._new_candidate(place, lang, source).add("place", DECISIVE, "the place of an imprint")
            else:
                self._new_candidate(place, lang, source).add("place", MEDIUM, "the place of an imprint")
            covered.append((m.start("pub"), m.start("pub") + len(m["pub"].rstrip())))
        if in_note:
            for m in PLACE_YEAR.finditer(text):
                if m["place"].endswith(".") and m["place"] not in self.w.imprint_places:
                    continue  # "Ibid., 1820": a word's abbreviation, no place
                if self._imprint_place(m["place"]) and not is_given_name(m["place"].split()[0]):
                    self._new_candidate(m["place"], lang, source).add("place", STRONG, "the place of an imprint")
        if self.w.publisher_before:
            # "published by Cappi and Diabelli", "printed by Richard Pynson": the firm
            lead = "|".join(re.escape(w) for w in sorted(self.w.publisher_before, key=len, reverse=True))
            cap = r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’.-]*){0,3}"
            joins = "|".join(re.escape(w) for w in sorted(self.w.conjunctions, key=len, reverse=True)) or "&"
            for m in re.finditer(rf"(?<!\w)(?:{lead})\s+(?P<pub>{cap}(?:\s+(?:{joins})\s+{cap})?)", text):
                publisher = m["pub"].rstrip(".")
                first = publisher.split()[0]
                if first in self.w.titles or first.lower() in self.w.determiners or self._imprint_place(publisher) \
                        or is_given_name(first) and not any(f" {w} " in publisher for w in self.w.conjunctions):
                    continue  # "printed by Richard Pynson": a man, not his firm
                self._new_candidate(publisher, lang, source).add("org", DECISIVE, "the publisher of a work")
                covered.append((m.start("pub"), m.start("pub") + len(publisher)))
        if in_note:
            for m in bracket_publisher_pattern(self.w.company_suffixes).finditer(text):
                publisher = m["pub"]
                if self._imprint_place(publisher) or publisher.split()[0] in self.w.not_names \
                        or any(w.lower() in self.w.editor_words for w in publisher.split()):
                    continue
                self._new_candidate(publisher, lang, source).add("org", DECISIVE, "the publisher of an imprint")
                covered.append(m.span("pub"))
        return covered

    def _placeish(self, word: str) -> bool:
        """A common word or a place of the gazetteer: not half of a person's name."""
        return is_common_word(word) or bool(self._gazetteer(word)) or self.known.get(word) == "place"

    def _imprint_place(self, word: str) -> bool:
        if word in self.w.imprint_places:
            return True
        if self.known.get(word) == "place":
            return True
        places = self._gazetteer(word)
        return any(p.kind != "city" or p.population >= 50000 and (p.primary or p.population >= 100000)
                   for p in places)

    def _prefixed_place(self, name: str) -> bool:
        """'Lower Germany', 'Haute-Bourgogne', 'Oberungarn': a word of direction or size before
        (or fused with) the name of a place that the gazetteer or the registers know; not a
        common word that happens to begin so ("Although")."""
        if " " not in name and is_common_word(name):
            return False
        for prefix in self.w.place_prefixes:
            rest = name[len(prefix):].lstrip() if name.startswith(prefix) else ""
            # the prefix is a word of its own, ends in a hyphen, or is fused with a capital
            fused = prefix.endswith("-") or name[len(prefix):len(prefix) + 1] == " " \
                or (prefix[-1:].islower() and rest[:1].islower())
            if len(rest) > 2 and fused:
                rest = rest[:1].upper() + rest[1:]
                if self._gazetteer(rest) or self.known.get(rest) == "place":
                    return True
        return False

    def _great_place(self, word: str) -> bool:
        if word in self.w.imprint_places or self.known.get(word) == "place":
            return True
        return any(p.kind in ("country", "continent") or p.primary and p.population >= 100000
                   for p in self._gazetteer(word))

    def _gazetteer(self, name: str) -> list[gazetteer.Place]:
        """The gazetteer's places of a name, or of its nominative when it is declined ("Москвы")."""
        places = gazetteer.lookup(name)
        if places or script_of(name) != "cyrillic":
            return places
        head, _, last = name.rpartition(" ")
        for ending, nominative in self.w.case_endings:
            if last.endswith(ending) and len(last) - len(ending) >= 3:
                base = (head + " " if head else "") + last[:len(last) - len(ending)] + nominative
                places = gazetteer.lookup(base)
                if places:
                    return places
        return []

    def _adjective_orgs(self, pattern: re.Pattern[str], endings: tuple[str, ...], reason: str, text: str,
                        lang: str, source: str, covered: list[tuple[int, int]]) -> None:
        """The organisations an adjective with one of `endings` opens; their spans go to `covered`."""
        for m in pattern.finditer(text):
            if not m["adj"].endswith(endings) or any(a <= m.start() < b for a, b in covered):
                continue
            self._new_candidate(" ".join(m.group().split()), lang, source).add("org", STRONG, reason)
            covered.append(m.span())

    def _org_phrases(self, text: str, lang: str, source: str) -> list[tuple[int, int]]:
        """'Société d'économie politique', 'Издательство АН СССР': a word that opens the name of
        an organisation, and the lower-case words and one capitalised word after it;
        'Московский университет': a capitalised adjective before a lower-case head noun."""
        covered: list[tuple[int, int]] = []
        if self.w.org_heads_lower and self.w.org_adjective_endings:
            self._adjective_orgs(lower_head_org_pattern(self.w.org_heads_lower), self.w.org_adjective_endings,
                                 "an adjective and the word of an organisation", text, lang, source, covered)
        if self.w.org_capital_adjective_endings:
            # a capitalised adjective, the head, and a name in the genitive after it ("der
            # Preußischen Akademie der Wissenschaften")
            pattern = capital_head_org_pattern(self.w.org_heads, self._articles.get(lang, frozenset()))
            self._adjective_orgs(pattern, self.w.org_capital_adjective_endings,
                                 "a capitalised adjective and the word of an organisation", text, lang, source, covered)
        if not self.w.org_first:
            return covered
        for m in org_first_pattern(self.w.org_first).finditer(text):
            if any(a <= m.start() < b for a, b in covered):
                continue
            words = m.group().split()
            stop = next((k for k, w in enumerate(words) if k and self._ends_org(words, k)), len(words))
            words = words[:stop]
            # ("an der Universität lesen durften": where nouns are capitalised, the lower-case
            # words after the head are no part of the name unless a capitalised word ends it)
            while words and (words[-1] in self.w.weak_particles or words[-1].lower() in self.w.determiners
                             or words[-1].lower() in self.w.conjunctions
                             or lang in self.w.capitalised_nouns and words[-1][:1].islower()):
                words.pop()
            # (one word only where capitalised words are joined to the head: "Georg-August-Universität")
            if len(words) < 2 and not (words and "-" in words[0] and words[0][:1].isupper()):
                continue
            name = " ".join(words)
            self._new_candidate(name, lang, source).add("org", STRONG, "the word of an organisation")
            covered.append((m.start(), m.start() + len(name)))
        return covered

    def _ends_org(self, words: list[str], k: int) -> bool:
        """Does the k-th word after an organisation's first word end its name: a word of
        `org_stops` ("qui", "et"), except a conjunction before the same small word as after the
        first ("Commission des sciences et des arts"); in Russian a word that is neither noun nor
        adjective ("Академии наук ей надлежало")."""
        word = words[k].lower()
        if word in self.w.conjunctions and k + 1 < len(words) and len(words) > 2 \
                and words[k + 1].lower() == words[1].lower():
            return False
        if word in self.w.org_stops:
            return True
        return script_of(word) == "cyrillic" and word.islower() and not russian_noun_or_adjective(word)

    def _starts_name(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        if i + 1 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == t.end:
            return False  # the first half of "Hof- und Staatskalender"
        if i and is_initial(t) and re.fullmatch(r"[^\W\d_]\.", toks[i - 1].text) and toks[i - 1].text.islower() \
                and t.start - toks[i - 1].end == 1:
            return False  # "z. B.", "d. J.", "m. E.": a letter after a lower-case one abbreviates words
        return t.capitalised and t.text[:1].isalpha() and (len(t.text) > 1 or i + 1 < len(toks))

    def _continues_name(self, toks: list[Tok], j: int) -> bool:
        t = toks[j]
        prev = toks[j - 1]
        if t.start - prev.end > 1 or "\n" in t.text:
            return False
        if prev.text[-2:] in ("'s", "’s") and len(prev.text) > 3 and (
                t.text in self.w.place_ends or t.text in self.w.org_heads and is_common_word(prev.text[:-2])
                or t.text in self.w.firm_heads):
            # "St. Paul's Churchyard", "St. James's Park"; "King's Bench", "People's Commissariat"
            # (a common noun's, not "Trajan's Army")
            return True
        if prev.text[-1:] in ",;:" or prev.text in ".!?" or POSSESSIVE.search(prev.text) \
                and len(prev.text) > 3 and prev.text[-2:] in ("'s", "’s"):
            return False
        if prev.text.endswith(".") and not prev.is_abbrev and not is_initial(prev) \
                and prev.text not in self.w.titles and prev.text not in self.w.saints:
            return False
        # "World War I. The ...", "Prince E. Be so good": a letter that ends a sentence
        if is_initial(prev) and j >= 2 and not is_initial(t) and len(t.text) > 1 and \
                (t.text.lower() in self.w.determiners or is_common_word(t.text)) and not is_given_name(t.text):
            pp = toks[j - 2]
            # "H. L. A. Hart": after two initials a surname follows, unless the word is a
            # determiner or a common word of the text's own language ("U.S.A. The")
            chain = is_initial(pp) and t.text.lower() not in self.w.determiners \
                and not is_common_word(t.text, (self._scan_lang,) if self._scan_lang in ("en", "de", "fr") else None)
            # "de C. Mainz", "hiatus? G. Wild": a letter after a word in lower case, or opening a
            # sentence before a word common in other languages only, is an initial before a
            # common word too ("World War I. The", "P.S. Nothing" are not)
            opens = t.text.lower() not in self.w.determiners and (
                pp.text[:1].islower() or pp.text[-1:] in ".!?"
                and not is_common_word(t.text, own_language(self._scan_lang)))
            if not (pp.capitalised and is_given_name(pp.text)) and pp.text not in self.w.titles and not chain \
                    and not opens:
                return False
        # "Yesterday I called", "the test of Innovation I mean", "the Moone I": the pronoun, not
        # a ruler's number, after a word that is no given name
        if t.text in self.w.pronouns and j + 1 < len(toks) and toks[j + 1].text[:1].islower() and \
                script_of(prev.text) == "latin" and not is_given_name(prev.text):
            return False
        return t.capitalised and t.text[:1].isalpha()

    def _name_end(self, toks: list[Tok], k: int) -> int:
        """Where the capitalised words that go on from the k-th token end."""
        while k < len(toks) and self._continues_name(toks, k):
            k += 1
        return k

    def _saints_place(self, toks: list[Tok], i: int, j: int) -> bool:
        """"In St. Martin's there stands", "at St. Sampson's, near": a saint's name in the
        possessive with no noun after it names his church or parish, with its "'s"."""
        if j - i < 2 or toks[i].text not in self.w.saints or not re.search(r"['’]s$", toks[j - 1].text):
            return False
        nxt = toks[j].text if j < len(toks) else ""
        return not nxt or not nxt[:1].isalnum() or nxt.lower() in self.w.elliptic_possessive_before

    def _foreign_place(self, toks: list[Tok], start: int, j: int, particle: str) -> bool:
        """"the Creux des Fées", "Le Douït d'Israël" in an English text: after an article of
        the text's language or of another one, a word no dictionary of the text's language has,
        joined to a capitalised word by a particle of another language, is the name of a place
        (a person's name takes no article: "Wynkyn de Worde")."""
        foreign = dict(self.w.foreign_place_particles_of).get(self._scan_lang, frozenset())
        words = [t.text for t in toks[start:j]]
        if particle.lower() not in foreign or not 1 <= len(words) <= 2:
            return False
        own_articles = self._articles.get(self._scan_lang, frozenset())
        # ("La Pointe du Hérou": the foreign article may stand before the run's start)
        before = toks[start - 1] if start > 0 else None
        if len(words) == 2 and words[0].lower() not in self.w.articles or len(words) == 1 and not (
                before is not None and (before.text.lower() in own_articles
                                        or before.capitalised and before.text.lower() in self.w.articles)):
            return False
        head = words[-1]
        return not is_common_word(head, (self._scan_lang,)) and not is_given_name(head) \
            and head not in self.w.titles and not any(head.startswith(o) for o in self.w.org_starts)

    def _bridge(self, toks: list[Tok], j: int, start: int = 0) -> int | None:
        run_start = start
        # "Constantine the African", "Alfred the Great": a given name and its epithet
        # "Jakob Fugger der Reiche", "Philipps des Schönen", "Jean sans Peur": the given name may
        # carry a surname, and where every noun is capitalised the epithet is an adjective's form
        # ("Sein Sohn Ludwig der Fromme", "König Ludwig der Deutsche": an article, a word of
        # kinship or a title before the given name)
        while j - start >= 2 and (toks[start].text.lower() in self.w.kinship | self._determiners()
                                  or toks[start].text in self.w.titles):
            start += 1
        if toks[j].text in self.w.epithet_articles and j - start in (1, 2) and j + 1 < len(toks) \
                and (is_given_name(toks[start].text) or is_given_name(toks[start].text.removesuffix("s"))) \
                and toks[j + 1].capitalised and toks[j + 1].text.isalpha() \
                and (self._scan_lang not in self.w.capitalised_nouns
                     or toks[j + 1].text.endswith(self.w.epithet_endings)) \
                and toks[j + 1].text.lower() not in self.w.determiners and toks[j + 1].text not in self.w.not_names \
                and not toks[j + 1].text.lower().endswith(self.w.abstract_endings) \
                and not (j + 2 < len(toks) and toks[j + 2].capitalised and toks[j + 2].start - toks[j + 1].end <= 1):
            return j + 2
        # "House of Lords", "Court of Common Pleas": "of" inside the name of an organisation
        if toks[j].text == "of" and j + 1 < len(toks) and (toks[j + 1].capitalised or (
                toks[j + 1].text == "the" and j + 2 < len(toks) and toks[j + 2].capitalised
                and toks[j - 1].text + " of" in self.w.org_starts)):
            left = toks[j - 1].text + " of"
            if not toks[j + 1].capitalised:  # "Brothers of the Christian Schools"
                j += 1
            # "People's Commissariat of Foreign Affairs": the head of an organisation, then "of"
            if left in self.w.org_starts or toks[j - 1].text in self.w.org_heads and j - start >= 2 or (toks[j - 1].text in self.w.place_of and
                                             (j < 2 or not toks[j - 2].capitalised)):
                return self._name_end(toks, j + 2)
        # "the London and Birmingham Railway", "Sun and Anchor Company": two names joined by a
        # conjunction before the word of an organisation are its name
        if toks[j].text in self.w.conjunctions and j - start == 1 and j + 2 < len(toks) \
                and toks[j + 1].capitalised and toks[j].start - toks[j - 1].end == 1:
            k = self._name_end(toks, j + 2)
            if k - j >= 3 and toks[k - 1].text in self.w.org_heads | self.w.firm_heads:
                return k
        for width in (2, 1):
            if j + width >= len(toks):
                continue
            middle = " ".join(t.text for t in toks[j:j + width])
            weak = middle in self.w.weak_particles and middle not in self.w.particles
            if (middle in self.w.particles or weak) and all(t.start - p.end <= 1 for p, t in
                                                            zip(toks[j - 1:j + width], toks[j:j + width + 1])):
                nxt = toks[j + width]
                if not (nxt.capitalised and nxt.text[:1].isalpha()):
                    continue
                # "Karlmann das Reich": another language's particle that is an article of this one
                if weak and middle.lower() in dict(self.w.determiners_of).get(self._scan_lang, frozenset()) \
                        and middle not in dict(self.w.weak_particles_of).get(self._scan_lang, frozenset()):
                    continue
                # one particle to a name: "Karl Theodor von Dalberg | von Erfurt nach Weimar";
                # a second after a father's name, before a family's the gazetteer does not know
                # ("Giovanni di Bicci de' Medici")
                before_particles = [k for k in range(start, j) if toks[k].text in self._any_particles]
                if before_particles and not (
                        len(before_particles) == 1 and before_particles[0] == j - 2 and before_particles[0] > start
                        and any(is_given_name(t.text) for t in toks[start:j - 2]) and not gazetteer.lookup(nxt.text)
                        and not gazetteer.lookup(toks[j - 1].text) and self.known.get(nxt.text) != "place"):
                    continue
                # in German "von" and "zu" join nouns as well ("Zyklus von Produktion"): there a
                # particle joins a name only after a given name, an initial or a title, or after
                # a surname no dictionary has that follows a given name ("Johann Tserclaes von
                # Tilly", "Jaroslav Borsita von Martinitz")
                if self._scan_lang in self.w.capitalised_nouns and middle in self.w.particles \
                        and not (is_given_name(toks[j - 1].text) or is_initial(toks[j - 1])
                                 or toks[j - 1].text in self.w.titles
                                 or j - start >= 2 and is_given_name(toks[start].text)
                                 and not is_common_word(toks[j - 1].text, own_language(self._scan_lang), NOUN_WORD)):
                    continue
                # "de", "da" are prepositions too: a name only after a given name or an initial
                # ("Creux des Fées", "Rocque de Guet" are places)
                if weak and not (is_given_name(toks[j - 1].text) or is_initial(toks[j - 1])
                                 or toks[j - 1].text in self.w.titles
                                 or (j - start >= 2 and is_given_name(toks[j - 2].text)
                                     and not is_common_word(toks[j - 2].text))
                                 # "(See) Alexander Passerin d'Entrèves": an elided particle after a
                                 # given name and a surname, before a word no gazetteer knows
                                 or middle.endswith(("'", "’")) and j - start >= 2
                                 and self._given_name_here(toks[j - 2].text)
                                 and not (j - 2 == start and self._sentence_start(toks, start, True))
                                 and not gazetteer.lookup(nxt.text)):
                    if self._foreign_place(toks, start, j, middle):
                        self._particle_places.add(toks[run_start].start)
                        return j + width + 1
                    continue
                return j + width + 1
        return None

    @staticmethod
    def _sentence_start(toks: list[Tok], i: int, run_starts_sentence: bool) -> bool:
        k = i - 1
        while k >= 0 and toks[k].text in "\"'‘“(«»[\u2016\u2017":  # quotes, brackets, a left-out note
            k -= 1
        if k < 0:
            return run_starts_sentence
        return toks[k].text in ".!?:;—–" or (toks[k].text == "-" and k > 0 and toks[k - 1].text == "-")

    def _lists(self, toks: list[Tok], runs: list[tuple[int, int]]) -> None:
        """Runs joined by commas and one 'and' ('Leipzig, Dresden, Berlin, and Russia')."""
        group: list[str] = []
        tight = True  # names joined by a conjunction alone ("Cracow and Tarnowitz"), no commas
        parallel = False  # a preposition of place said again before the next name
        for (i, j), nxt in zip(runs, runs[1:] + [(None, None)]):
            group.append(self._name_of(toks[i:j]))
            if nxt[0] is None:
                break
            between = [t.text for t in toks[j:nxt[0]]]
            if between == [","] or len(between) in (1, 2) and between[-1] in self.w.conjunctions \
                    and between[:-1] in ([], [","]):
                tight = tight and "," not in between
                continue
            # "from Switzerland and from Swabia", "de France, de Prusse et d'Autriche": one
            # preposition said again
            joins = [[","], *([c] for c in self.w.conjunctions), *([",", c] for c in self.w.conjunctions)]
            # an article said again only after a conjunction alone ("on the Bastei or the
            # Landstrasse"): after a comma it opens a clause ("das Oktoberedikt, das Theodor …")
            if i > 0 and len(between) in (2, 3) and between[:-1] in joins \
                    and self._same_preposition(between[-1], toks[i - 1].text) \
                    and (between[-1].lower() not in self.w.determiners or len(between) == 2 and between[0] != ","):
                parallel = True
                continue
            self._add_list(group, tight, parallel)
            group, tight, parallel = [], True, False
        self._add_list(group, tight, parallel)

    def _add_list(self, group: list[str], tight: bool, parallel: bool) -> None:
        if len(group) > 1:
            self.lists.append(group)
            if tight:
                self.tight_lists.add(len(self.lists) - 1)
            if parallel:
                self.parallel_lists.add(len(self.lists) - 1)

    def _same_preposition(self, word: str, first: str) -> bool:
        """The same word again before the next name: 'de' as 'd'' (elided), a preposition of place
        or of a route's start, or any other word said again ("to Aylesbury and to Thame")."""
        def base(w: str) -> str:
            return w.lower().rstrip("'’")
        elided = word[-1:] in "'’" and base(first).startswith(base(word))
        if word == first and word.islower() and word.isalpha():
            return True  # any word said again ("rode to Aylesbury and to Thame", "on the Bastei or the Landstrasse")
        return (word.lower() == first.lower() or elided) and \
            first.lower() in self.w.place_prepositions | self.w.route_from

    def _name_of(self, toks: list[Tok]) -> str:
        """The name of a run of words, spaced as written: "Charles d'Orléans", not "d' Orléans"."""
        words, _ = self._strip(toks)
        return "".join((" " if i and t.start > words[i - 1].end else "") + t.text for i, t in enumerate(words))

    def _determiners(self) -> frozenset[str]:
        """The articles of the language being read: "La Hougue Bie" keeps its "La" in an
        English text, "la Révolution" loses it in a French one."""
        own = dict(self.w.determiners_of)
        return own.get(getattr(self, "_lang", ""), self.w.determiners)

    def _strip(self, toks: list[Tok]) -> tuple[list[Tok], str | None]:
        """Leading titles and articles out of a run; the title found, if any."""
        toks = list(toks)
        title = None
        self._article = None
        self._group_word = None
        # "King George's Island", "Prince Edward Island": a title inside a place's name
        place_named = len(toks) > 2 and toks[-1].text in self.w.place_ends  # not "Miss Lane"
        while toks:
            first = toks[0].text
            two = " ".join(t.text for t in toks[:2])
            # "H.R.H. Prince Anton": a title written as initials without spaces
            joined = opening_word(toks, self.w.titles, (3, 2))
            if joined:
                title, toks = "".join(t.text for t in toks[:joined]), toks[joined:]
            elif len(toks) > 1 and two in self.w.titles and not place_named:
                title, toks = two, toks[2:]
            elif len(toks) > 1 and first in self.w.titles and not place_named and not (
                    is_initial(toks[0]) and len(toks) > 2 and is_given_name(toks[1].text)):
                # "M. Todd Henderson": a letter before a given name and a surname is an initial
                title, toks = first, toks[1:]
            elif degree := opening_word(toks, self.w.degrees, (3, 2, 1)):
                toks = toks[degree:]  # "B.A. Yale University"
            elif len(toks) > 1 and first in self.w.group_words \
                    and toks[-1].text not in self.w.org_heads | self.w.firm_heads | self.w.place_ends:
                # "the Presbyterian Hallam" (not "the Anglican Church"): the word stands before
                # the name, and the article is the adjective's
                self._group_word, self._article = first, None
                toks = toks[1:]
            elif first.lower() in self._determiners() and len(toks) > 1 \
                    and toks[0].start not in self._name_particles \
                    and not self._article_of_place(toks):
                self._article = first.lower()
                toks = toks[1:]
            else:
                break
        if toks:
            last = toks[-1]
            m = POSSESSIVE.search(last.text)
            if m and len(last.text) > 2 and last.start not in self._saints_places:
                toks[-1] = Tok(last.text[:m.start()], last.start, last.end - len(m.group()))
            head = toks[0]
            e = ELISION.match(head.text)
            if e and self._particle_of_surname(head.text, e.end()):
                e = None  # "D'Aguesseau", "D'Entrèves": the capital particle of a surname
            if e:
                toks[0] = Tok(head.text[e.end():], head.start + e.end(), head.end)
        return toks, title

    def _article_of_place(self, toks: list[Tok]) -> bool:
        """'investir La Rochelle', 'Le Havre': a capitalised article that the gazetteer or the
        registers know as the first word of the place's name."""
        whole = " ".join(t.text for t in toks)
        return toks[0].text[:1].isupper() and (self.known.get(whole) == "place" or any(
            p.primary for p in gazetteer.lookup(whole)))

    @staticmethod
    def _given_name_not_month(words: list[Tok]) -> bool:
        """'August Ludwig Schlözer', 'April Smith': a month's name that is a given name, before
        another given name or a surname, is the given name ("August 1782" is the month)."""
        return len(words) > 1 and words[0].text in load_calendar().months and is_given_name(words[0].text) \
            and is_given_name(words[1].text)

    def _particle_of_surname(self, word: str, cut: int) -> bool:
        """'D'Aguesseau', 'D'Entrèves': an elided particle written with a capital (not the
        article "L'") before a word no gazetteer, register or dictionary knows is part of a
        surname; 'D'Angleterre' is a preposition and a place."""
        rest = word[cut:]
        rest = POSSESSIVE.sub("", rest) if rest.endswith(("'s", "’s")) else rest
        return word[:1] in self.w.surname_elisions and rest[:1].isupper() and len(rest) > 2 \
            and not self._gazetteer(rest) and rest not in self.known and not is_common_word(rest)

    # ----------------------------------------------------------- one occurrence

    def _occurrence(self, occ: Occurrence, source: str, in_note: bool) -> None:
        self._lang = occ.lang
        words, title = self._strip(occ.words)
        if not words:
            return
        before = [t.text for t in occ.before]
        if self._article:  # "The Lessons of October": the article opened the run
            before.append(self._article)
        if self._group_word:
            before.append(self._group_word)
        # "duc de La Rochefoucauld": an article written capitalised inside a sentence is the name's
        article_of_name = self._article is not None and not occ.sentence_start
        after = [t.text for t in occ.after]
        # the title may stand in lower case before the name: "the archduke Rudolph"
        if title is None and before and before[-1] in self.w.titles:
            title = before[-1]
        # "the Emperor of Russia", "Bishop of Chichester": an office of a place
        of_place = len(before) >= 2 and before[-1] == "of" and \
            (before[-2] in self.w.titles or " ".join(before[-3:-1]) in self.w.titles
             or before[-2][:1].islower() and before[-2].capitalize() in self.w.titles)  # "archbishop of"
        # "abbé de Cluny", "évêque de Gigny": an office over a place, its particle in lower case
        of_place = of_place or len(before) >= 2 and before[-2] in self.w.office_titles \
            and before[-1] in self._any_particles
        # a sentence's first word is capitalised anyway: "Perhaps Erasmus ..." is "Erasmus";
        # "See Emily Kadens", "Nomenklatur Joachim von Schwarzkopf": a word before the given name
        # ("Port Famine, Tuesday", "Cape San Isidro": the word that opens a place's name stays,
        # not before an imprint's year in a note: "Point Seuil, 1997" is a series and its publisher)
        imprint_next = in_note and len(occ.after) > 1 and occ.after[0].text == "," and opens_date(occ.after[1].text)
        opens_place = words[0].text in self.w.place_starts and not imprint_next
        while len(words) > 1 and title is None and not opens_place and (
                # "Весной Пётр Ильич ...": a season opening the sentence, then the man
                (occ.sentence_start and words[0].text in self.w.seasons)
                # "Greet Schober from me", "Tell Kupelwieser": a letter's request opens the sentence
                or (occ.sentence_start and words[0].text in self.w.imperatives)
                or (occ.sentence_start and words is not None and words[0].text.lower() not in self.w.particles and
                 (words[0].text.lower() in self.lowercase or words[0].text.lower() in self.w.determiners
                  or words[0].text.lower() in self.w.place_prepositions)
                 # ("The Company of Scotland ... the company": the word that opens an
                 # organisation's name stays, though the text writes it in lower case too)
                 and f"{words[0].text} {words[1].text}" not in self.w.org_starts)
                # "Under Abbot Desiderius", "When King Henry": a common word before a title
                # ("J. M. Trigeaud": an initial before another, not a word before a title)
                or (occ.sentence_start and len(words) > 2 and words[1].text in self.w.titles
                    and is_common_word(words[0].text) and not is_given_name(words[0].text)
                    and not is_initial(words[0]))
                # "Elsewhere Prest notes": a common word of the text's language opening the sentence
                # before a name the text writes alone too ("See Prest, supra"), not a place
                or (occ.sentence_start and len(words) == 2 and words[1].text in self.alone
                    and not is_initial(words[0]) and not is_given_name(words[0].text)
                    and is_common_word(words[0].text, own_language(occ.lang), NOUN_WORD)
                    and not is_common_word(words[1].text) and words[0].text not in self.known
                    and not gazetteer.lookup(f"{words[0].text} {words[1].text}")
                    and not gazetteer.lookup(words[1].text))
                # "I. A. Richmond": an initial is no word that is never a name
                or words[0].text.rstrip(".") in self.w.not_names and not is_initial(words[0])
                and not self._given_name_not_month(words)
                or (words[0].text.lower().endswith("ing") and len(words[0].text) > 5)
                or (len(words) > 2 and not is_given_name(words[0].text) and not is_initial(words[0])
                    and is_given_name(words[1].text) and words[1].text.lower() not in self.lowercase
                    and not POSSESSIVE.search(words[0].text)  # "Hudson's Bay Company"
                    and words[-1].text not in self.w.org_heads | self.w.firm_heads  # "East India Company"
                    and words[-1].text not in self.w.place_ends  # "Great George Street"
                    and not gazetteer.lookup(" ".join(t.text for t in words)))
                # "Tell Kupelwieser", "Greet Schober": a common word opening the sentence (not
                # "Иван Грозный": Russian given names are frequent words, and the list of given
                # names has no Cyrillic; a Russian common word is read by its lower-case use above)
                or (occ.sentence_start and len(words) == 2 and not is_initial(words[0])
                    and script_of(words[0].text) != "cyrillic"
                    and words[0].text not in self.w.saints and is_common_word(words[0].text)
                    and not is_given_name(words[0].text) and not is_common_word(words[1].text)
                    and words[1].text not in self.w.org_heads | self.w.place_ends
                    and not gazetteer.lookup(" ".join(t.text for t in words)))
                # "Письмо А. С. Пушкина", "See J. Smith": a word before the initials
                or (len(words) > 2 and not is_given_name(words[0].text) and not is_initial(words[0])
                    and is_initial(words[1]) and not is_initial(words[-1])
                    and words[0].text not in self.w.particles
                    and (occ.sentence_start or is_common_word(words[0].text)))):
            before.append(words[0].text.lower())  # "At St. Ouen": the preposition is read as one
            words = words[1:]
            occ.sentence_start = False
            if title is None:
                words, title = self._strip(words)
        while len(words) > 1 and words[-1].text in self.w.not_names and not re.fullmatch(r"[IVX]+", words[-1].text) \
                and not is_initial(words[-2]):  # "G. May": a surname after an initial
            words = words[:-1]  # "Tell Mother": a word that is never a name ends no name
        # "Kingdom of" (of God, which is no name): a name never ends in the word that joins
        while len(words) > 1 and (words[-1].text == "of" or words[-1].text in self.w.particles
                                  or words[-1].text in self.w.epithet_articles):
            words = words[:-1]
        if len(words) > 1 and words[-1].text in self.w.titles_after and title is None:
            title, words = words[-1].text, words[:-1]  # "Kara Mustafa Pasha": a title after the name
        # "Herzog von Longueville", "duc de Guise": a title, a particle and one word name a place
        if title in self.w.office_titles and len(words) == 2 and not is_given_name(words[1].text) and \
                words[0].text.lower() in self._any_particles:
            before += [title, words[0].text]
            words, title, of_place = words[1:], None, True
        name = " ".join(t.text for t in words)
        # "H.L.A. Hart", "Charles d'Orléans": initials and an elided particle as the text writes
        # them, without the spaces of the tokens
        written = " ".join(occ.text[words[0].start:words[-1].end].split())
        if written != name and written.replace(" ", "") == name.replace(" ", "") \
                and any(is_initial(t) or t.text.endswith(("'", "’")) for t in words):
            name = written
        if not name or name in self.known or len(name) < 2:
            return
        if len(words) == 1 and (name in self.w.not_names or name.rstrip(".") in self.w.not_names
                                or is_initial(words[0]) or name in self.w.titles and not self._title_as_name(title, occ)
                                or len(name) < 3
                                or name in self.w.org_heads and name not in self._institutions.get(occ.lang, ())
                                or is_language_name(name)):
            return  # ("the Church" alone is a common noun, "the Senate" an institution)
        if all(is_initial(t) or t.text.endswith(".") for t in words):
            return  # "U. L. Rev.": an abbreviation
        territories = False  # "Schaumburg-Lippe", "Hessen-Kassel": one territory of two places
        if len(words) == 1 and "-" in name:
            parts = name.split("-")
            if not gazetteer.lookup(name) and (parts[0] in self.w.people_prefixes
                                               or all(gazetteer.lookup(p) for p in parts)):
                if parts[0] in self.w.people_prefixes or occ.lang not in self.w.territory_compounds:
                    return  # "Anglo-Soviet", "London-Portland": a compound of peoples or places
                territories = True
        if CONTRACTION.search(words[0].text):
            return  # "I've", "Don't": a contraction, never a name
        if single_roman_ordinal(name) or ROMAN_NUMBER.fullmatch(name):
            return  # "au XVIième", "XIIe", "VII simposy": a century, an ordinal or a number in Roman numbers
        if all(t.text.isupper() and len(t.text) > 1 for t in words) and len(words) > 1:
            return  # a heading in capitals
        cand = self.candidates.setdefault(name, Candidate(name))
        cand.count += 1
        cand.lang = cand.lang or occ.lang
        if cand.count == 1:
            cand.nouns_capitalised = self._capitalises(occ.lang)
        if not cand.context:
            full = self._full
            at = full.find(name)
            at = at if at >= 0 else 0
            cand.context = " ".join(full[max(0, at - CONTEXT):at + len(name) + CONTEXT].split())
            cand.source = source
        if not occ.sentence_start:
            cand.mid_sentence = True
        nxt = after[0] if after else ""
        prev = before[-1] if before else ""
        single = len(words) == 1
        # ------------------------------------------------ organisations
        # "People's Commissariat of Foreign Affairs": the head word before "of" inside the name
        head_of = any(a.text in self.w.org_heads and b.text == "of" for a, b in zip(words[1:], words[2:]))
        # ("the Church of St. Pierre du Bois": a church named after its saint is a building)
        opened = any(name.startswith(s + " ") and (name[len(s) + 1:].split() or [""])[0] not in self.w.saints
                     for s in self.w.org_starts)
        # "the Exchequer", "the Commons": an institution of the text's language, named by one
        # word after the article inside a sentence
        # ("the injunctions of Chancery", "in Chancery": after a preposition too)
        if single and not occ.sentence_start and not title \
                and (prev.lower() in self.w.articles or prev == "of" or prev.lower() in self.w.place_prepositions
                     or not self._articles.get(occ.lang) and prev[:1].isalpha()) \
                and name in self._institutions.get(occ.lang, frozenset()):
            cand.add("org", STRONG, "an institution after the article")
            return
        if words[-1].text in self.w.org_heads | self.w.firm_heads or head_of or opened:
            if not single:  # "the Church" alone is a common noun
                cand.add("org", STRONG, "the word of an organisation")
            return
        # ------------------------------------------------ persons
        if title and single and is_common_word(name) and (
                name.lower() in self.lowercase or name.lower().endswith(self.w.common_endings)
                or name.endswith(self.w.plural_endings)):
            title = None  # "a General Agreement", "People's Commissar": a title before a common word
        if title:
            cand.add("person", DECISIVE, f"after '{title}'")
        # "the Father of Spirits", "a Minister of Jesus": where a text capitalises its nouns,
        # an office's "of" is followed by nouns and names of persons as often as by places
        english_nouns = self._english_capitalising(occ.lang)
        if of_place and english_nouns and single and not self._gazetteer(name) \
                and (is_given_name(name) or is_common_word(name, (occ.lang,), NOUN_WORD)):
            of_place = False
        if of_place:
            cand.add("place", STRONG, f"'{' '.join(before[-2:])} {name}'")
        if any(is_initial(t) for t in words[:-1]) and not is_initial(words[-1]) \
                and len(words[-1].text) > 2 and not words[-1].text.endswith("."):
            cand.add("person", STRONG, "initials")
        # (not inside a place's name that a word of place opens: "Fort St George")
        saint = len(words) > 1 and any(t.text in self.w.saints for t in words[:-1]) \
            and words[0].text not in self.w.place_starts
        if not title and self._feast(occ, before, saint):
            cand.add("none", STRONG, "a saint's feast")  # a day, not the saint
            return
        if saint and (prev.lower() in self.w.place_prepositions or words[-1].text in self.w.place_ends
                      or prev.lower() in self.w.articles
                      or " ".join(b.lower() for b in before[-2:]) in self.w.place_verbs):
            cand.add("place", STRONG, "a place named after a saint")  # "in St. Helier"
        elif saint:
            cand.add("person", STRONG, "a saint's name")
        if words[-1].start in self._saints_places:
            cand.add("place", DECISIVE, "a saint's church or parish")
        # "Philip of Hesse", "Catherine of Aragon": a given name and the place it is named from
        if single and is_given_name(name) and nxt == "of" and len(after) > 1 and after[1][:1].isupper() \
                and name.lower() not in self.lowercase | self.w.determiners and not title:
            cand.add("person", MEDIUM, "a given name with the place it is named from")
        # "Николай I", "Louis VIII": a ruler's number after the name
        if len(words) == 2 and re.fullmatch(r"[IVX]+\.?", words[1].text) and len(words[1].text.rstrip(".")) < 5 \
                and words[0].text not in self.w.not_names and words[0].text.capitalize() not in self.w.section_words \
                and not (is_common_word(words[0].text) and words[0].text.lower() in self.lowercase):
            cand.add("person", STRONG, "a ruler's number")
        # "«Цыганы»", "“Fidelio”": one word in quotation marks names a work or a term
        if single and before and before[-1] in "«„“‘\"" and nxt in ("»", "“", "”", "’", "\"") and not title:
            cand.add("none", MEDIUM, "in quotation marks")
        last_lower = words[-1].text.lower()
        if len(words) > 1 and self._given_name_here(words[0].text) and not is_initial(words[-1]) \
                and not gazetteer.lookup(name) and not (is_common_word(words[-1].text) and last_lower in self.lowercase) \
                and not (last_lower.endswith(self.w.abstract_endings) and not is_given_name(words[-1].text)) \
                and words[-1].text not in self.w.place_ends and words[0].text not in self.w.place_starts:
            # not "Red River", "Monte Cassino": the word of a place's name outweighs a given name
            cand.add("person", STRONG, "a given name")
        if occ.addressee:
            cand.add("person", MEDIUM, "the addressee of a letter")
        # "Jourdan à Warnkoenig, 11/12/1821", "A Savigny, 1824", "Goethe to Zelter, 3 May 1816":
        # a name after a preposition that governs persons, before a comma and a date, is the
        # addressee of a letter cited
        opener = occ.words[0].text if words[0] is not occ.words[0] else prev
        if opener.lower() in self.w.person_prepositions and nxt == "," and len(after) > 1 and not title \
                and opens_date(after[1]):
            cand.add("person", STRONG, "the addressee of a letter cited")
        # ... and the name before that preposition is its writer
        if nxt.lower() in self.w.person_prepositions and len(after) > 3 and after[1][:1].isupper() \
                and after[2] == "," and opens_date(after[3]) and not title:
            cand.add("person", STRONG, "the writer of a letter cited")
        if occ.author and not title and not (single and is_common_word(name)):
            cand.add("person", MEDIUM, "the author of a cited work")
        if len(words) > 1 and self.w.patronymic_endings and any(
                t.text.endswith(self.w.patronymic_endings) and len(t.text) >= 5 for t in words[1:]):
            cand.add("person", STRONG, "a patronymic")
        # "his wife Mary", "leur fille Eudora": a word of kinship before a given name
        if prev.lower() in self.w.kinship and not title and (
                is_given_name(words[0].text) or script_of(name) == "cyrillic" and not is_common_word(name)):
            cand.add("person", DECISIVE if single else STRONG, f"after '{prev}'")
        if len(words) > 1 and any(t.text in self._any_particles for t in words[1:-1]) \
                and words[0].start not in self._particle_places:
            cand.add("person", MEDIUM, "a particle of a name")
        if words[-1].start in self._of_territory and occ.after[:1] and occ.after[0].text in self.w.origin_particles:
            cand.add("person", STRONG, "a given name before a territory")
        # "v. Schuppanzigh", "Du Caurroy"
        if len(words) > 1 and (words[0].text in self.w.particles or words[0].start in self._name_particles):
            cand.add("person", MEDIUM, "a particle of a name")
        rest3 = re.sub(r"(?<=[\[(]) ", "", " ".join(after[:3]))  # "[his lawyer]" as written
        if any(rest3 == v or rest3.startswith(v + " ") for v in self.w.person_after):
            cand.add("person", MEDIUM, "a pronoun of a person after it")
        # "Maine, supra note 24", "Schwarzkopf, a. a. O.": a short citation names the author of
        # a work cited before
        tail = occ.text[occ.words[-1].end:occ.words[-1].end + 20]
        # ("Bauer, Repertorium (wie Fn. 1)", "Motte, Lettres (n. 2) 894": a short title and a
        # reference to the note that cited the work in full)
        if in_note and not title and (any(tail.startswith(v) and not tail[len(v):len(v) + 1].isalpha()
                                          for v in self.w.author_after)
                                      or SHORT_CITATION_TAIL.match(occ.text, occ.words[-1].end)):
            cand.add("person", DECISIVE, "the author of a work cited before")
        rest = " ".join(after[:2])
        in_place = (prev.lower() in self.w.place_prepositions or bool(occ.preposition)) and not title
        if not occ.origin and not in_place and any(rest == v or rest.startswith(v + " ") or nxt == v for v in self.w.person_verbs):
            # "Schindler relates": a word no dictionary has, before a verb of speaking or writing,
            # is a person's name even at the start of a sentence
            rare = not is_common_word(name) and name.lower() not in self.lowercase and not self._gazetteer(name) \
                and not (self._capitalises(occ.lang) and self._noun(words[0], occ.lang))  # "Die Sprache sagt"
            cand.add("person", MEDIUM if rare and single else WEAK, "a verb of a person after it")
        # ------------------------------------------------ places
        if len(words) > 1 and (words[0].text in self.w.place_starts or words[-1].text in self.w.place_ends
                               or self._place_noun_lower(words[-1].text)
                               or (words[0].text in self.w.place_of and words[1].text == "of")):
            cand.add("place", STRONG, "the word of a place's name")
        if self._prefixed_place(name):
            cand.add("place", STRONG, "a place's word of direction before a place")
        if words[0].start in self._particle_places:
            cand.add("place", MEDIUM, "a name joined by another language's particle")
        if territories:
            cand.add("place", MEDIUM, "a compound of two places")
        # "die Reichsgrafschaften Schaumburg-Lippe", "Hochstift Eichstätt": a noun of a territory
        # or a town right before the name (a compound noun, read by its ending)
        if prev[:1].isupper() and not title and prev.lower().endswith(self.w.territory_nouns):
            cand.add("place", MEDIUM, f"after '{prev}'")
        places = self._gazetteer(name)
        if places and occ.sentence_start and not any(p.primary for p in places):
            places = []  # "Dabei ...": another language's name of a city, at a sentence start
        if places and single and (is_common_word(name) or english_nouns
                                  and is_common_word(name, (occ.lang,), NOUN_WORD)):
            # "Hof": a common word that is also a small town; "West": a common English word
            # that is also a region ("Wales" is frequent as the name alone: a region stays
            # unless its name is very common or the texts write it in lower case)
            # a city's too, when the texts write it in lower case ("the Fall of Man")
            very_common = is_common_word(name, ("en", "fr"), VERY_COMMON_WORD) and name.lower() in self.lowercase
            places = [p for p in places if p.kind in ("country", "continent")
                      or p.population >= 100000 and not very_common
                      or (p.kind in TERRITORIES[1:] + NATURAL and not (
                          is_common_word(name, ("en", "fr"), VERY_COMMON_WORD)
                          or is_common_word(name, ("en", "fr")) and name.lower() in self.lowercase))]
        if places:
            big = any(p.primary and (p.kind != "city" or p.population >= 100000)
                      for p in places)
            # a small town's name is also a surname's as often as not ("Laboulaye"): a weak sign
            small = all(p.kind == "city" and p.population < SMALL_TOWN for p in places)
            cand.add("place", STRONG if big else WEAK if small and single else MEDIUM, "in the gazetteer")
        self._dictionary_signs(cand, words, title)
        possessive = bool(re.search(r"['’]s?$", occ.words[-1].text))
        preposition = prev.lower() if prev.lower() in self.w.place_prepositions else occ.preposition
        # (a language the word lists do not cover has prepositions of its own: "in Craccoviensi
        # castro" is Latin)
        after_preposition = bool(preposition) and not title and not possessive \
            and occ.lang in self.w.languages \
            and not (single and is_given_name(name) and not places) \
            and not (single and not places and self._plural_of_common_word(name, occ.lang)) \
            and not (preposition in self.w.person_prepositions and not places
                     and name.endswith(self.w.person_case_endings))  # "répondait à Thibaut", "к Кутузову"
        # "aus dem Landeserbvergleich": where nouns are capitalised, a compound whose last part
        # is a frequent noun is a noun
        # ("Oberschwaben", "Niedersachsen": a word of direction before a region is a place)
        compound = single and self._capitalises(occ.lang) \
            and not name.startswith(self.w.place_prefixes) and nouns.is_compound_noun(
                name, occ.lang, tuple(o for o in COMMON_WORD_LANGS[script_of(name)] if o != occ.lang))
        if after_preposition:
            # "bei Kobern", "at Lederata": a word no dictionary has and no given name, after a
            # preposition of place, is a place, also in a language that capitalises its nouns
            rare = single and not is_common_word(name) and not is_given_name(name) \
                and name.lower() not in self.lowercase and not compound \
                and not (self._capitalises(occ.lang) and not places and (  # "zu Diensten", "in Betracht"
                    is_common_word(name, own_language(occ.lang), NOUN_WORD) or self._noun(words[0], occ.lang)))
            # "écrit à Mittermaier": a preposition that also governs persons is a weak sign for
            # a name the gazetteer does not know
            ambiguous = preposition in self.w.person_prepositions and not places
            cand.add("place", MEDIUM if rare and not ambiguous else WEAK, f"after '{preposition}'")
        if occ.route and not title:
            cand.add("place", MEDIUM, "on a route ('from … to …')")
        # "Rocqueberg, a rock on the shore", "Gorey, a village": a noun of place in apposition
        if not title and any(rest3 == v or rest3.startswith(v + " ") for v in self.w.place_after):
            cand.add("place", MEDIUM, "a noun of place after it")
        if occ.origin and not title:
            cand.add("place", MEDIUM, "a person's place ('Marie Esnouf of Trinity')")
        lead = [b.lower() for b in before]
        motion = next((v for v in (" ".join(lead[-3:]), " ".join(lead[-2:]), " ".join(lead[-1:]))
                       if v in self.w.place_verbs), None) if not title and not possessive else None
        if not motion and not title and not possessive:
            motion = self._motion_before(lead, occ.lang)
        if motion:
            cand.add("place", MEDIUM, f"after '{motion}'")
        # ("Pardessus à Lappenberg, 15/11/1831", "A Warnkoenig, 1824": a letter's addressee)
        # (not "From the Diary, January 1839": a common word the gazetteer does not know)
        if occ.block_start and nxt == "," and len(after) > 1 and words[0] is occ.words[0] and \
                opens_date(after[1]) and not (single and is_common_word(name) and not places):
            cand.add("place", MEDIUM, "a dateline")
        if in_note and len(after) >= 1 and re.fullmatch(r"1\d{3}|20\d\d", after[0] if after[0] != "," else
                                                        (after[1] if len(after) > 1 else "")):
            cand.add("place", WEAK, "the place of an imprint")
        # "Kyngeston super Hull", "Norton juxta Malton": a place joined to its river or neighbour
        if len(words) > 2 and any(t.text in self.w.place_joins for t in words[1:-1]) and not title:
            cand.add("place", STRONG, "a place joined to its river or neighbour")
        # "Paray-le-Monial", "Chalon-sur-Saône": a name whose capitalised parts a small word of
        # place joins with hyphens
        parts = name.split("-")
        if single and len(parts) >= 3 and parts[-1][:1].isupper() and not title \
                and any(p in self.w.place_hyphen_links for p in parts[1:-1]):
            cand.add("place", STRONG, "parts joined by a word of place")
        # "Marktgasse", "Linkstraße": the ending of a street's name in a word no dictionary has
        # (not a town's: "-dorf", "-heim" end surnames as often, "Pufendorf")
        street = next((e for e in self.w.street_endings if name.lower().endswith(e) and len(name) > len(e) + 2), None)
        if single and not title and street and not is_common_word(name, threshold=NOUN_WORD):
            cand.add("place", MEDIUM, f"the ending '-{street}' of a street's name")
        # ------------------------------------------------ neither
        if single and self._adjective(name, nxt, occ.lang) and not title:
            cand.add("none", MEDIUM, "an adjective")
        elif single and not title and not places and self._foreign_noun(name, occ.lang):
            cand.add("none", MEDIUM, "a noun of a language that capitalises its nouns")
        elif single and not occ.sentence_start and not self._capitalises(occ.lang) \
                and (prev.lower() not in self.w.determiners or prev.lower() in self.w.indefinite_articles
                     and (not nxt[:1].islower() or nxt in FUNCTION_WORDS or nxt in self.w.conjunctions)) \
                and not title and not places \
                and not after_preposition and not occ.route and not occ.addressee and not motion \
                and not occ.origin \
                and not name.endswith(self.w.plural_endings) \
                and not is_common_word(name, threshold=EVERYDAY_WORD if is_given_name(name) else COMMON_WORD) \
                and not self._plural_of_common_word(name, occ.lang) \
                and not (name.isupper() and len(name) > 1) \
                and not (name.lower().endswith(self.w.common_endings) and not is_given_name(name)) \
                and not (script_of(name) == "cyrillic" and russian_never_a_person(name)):
            # (not in a language the word lists do not cover, "Dei", "Apostoli" of a Latin
            # charter: there a capital says too little)
            if occ.lang in self.w.languages:
                seen = cand.reasons["person"]["a capitalised word inside a sentence"]
                cand.add("person", min(MEDIUM, WEAK + 0.25 * seen), "a capitalised word inside a sentence")
        # "an idea in Astronomy", "the unity of Christendom": a single word with the ending of an
        # abstract noun, which no place the gazetteers know has, is neither ("in" says nothing)
        if single and name not in self.known and not title and not places and not is_given_name(name) \
                and len(name) > 5 and name.lower().endswith(self.w.common_endings):
            cand.add("none", MEDIUM, "the ending of an abstract noun")
        # "the Anglican Blackstone", "a Dissenter", "the Whigs": a word for the members of a
        # church, a party or a movement
        if single and name not in self.known and (name in self.w.group_words or
                                                   name.endswith("s") and name[:-1] in self.w.group_words):
            cand.add("none", DECISIVE, "a word for a group")
        # "the Sermon on the Mount", "down the River": the word for a kind of place, without a name
        if single and name not in self.known and not title \
                and is_common_word(name, own_language(occ.lang), threshold=NOUN_WORD) \
                and name in self.w.place_starts | self.w.place_ends | self.w.place_of:
            cand.add("none", STRONG, "a word for a kind of place")
        # "Izvestija, 16.1.1925": the periodical of a citation, before its issue's date
        if single and in_note and not places and nxt == "," and len(after) > 1 and \
                opens_date(after[1]):
            cand.add("none", MEDIUM, "a periodical before its date")
        # "Thémis 2 [1824] 343", "Annales 12 (1931)": a periodical before its volume and year
        if single and in_note and not places and len(after) > 2 and re.fullmatch(r"\d{1,3}", after[0]) \
                and after[1] in ("(", "[") and re.fullmatch(r"1\d{3}|20\d\d", after[2]):
            cand.add("none", MEDIUM, "a periodical before its volume and year")
        # "Sup. Ct. Rev.", "Cornell L.Q.": a word of an abbreviated title
        if single and len(name) <= 5 and after[:1] == ["."] and len(after) > 2 and after[1][:1].isupper() \
                and (after[2] == "." or after[1].endswith(".")) and not title:
            cand.add("none", MEDIUM, "an abbreviation")
        # "at the Rocqueberg", "under the Capitol": a preposition of place and an article before
        # a word no dictionary has (not a plural: "in the Commentaries")
        at_the = single and not article_of_name and (prev.lower() in self.w.articles and len(before) >= 2
                             and before[-2].lower() in self.w.place_prepositions | self.w.article_prepositions
                             or prev.lower() in self.w.fused_articles) and not title and not name.isupper() \
            and not is_common_word(name) and not re.search(r"[^s]s$", name) and not compound \
            and (not nxt[:1].islower() or nxt in FUNCTION_WORDS or nxt in self.w.conjunctions) \
            and not self.text_capitalises_nouns  # "to the Parson": there most such words are nouns
        if at_the:
            # ("in der Apprehension": where nouns are capitalised, most words after an article
            # are nouns; one the gazetteer knows is a place, and so is one by a river or shore)
            shore = prev.lower() in self.w.shore_prepositions or before[-2].lower() in self.w.shore_prepositions
            nouns_here = self._capitalises(occ.lang) and not places and not shore
            cand.add("place", WEAK if nouns_here else MEDIUM, f"after '{before[-2]} {prev}'")
        # "the Capitol", "the Commentaries" (but "the Galileo case" names the man)
        elif single and prev.lower() in self._determiners() and not title and not motion and \
                prev.lower() not in self.w.fused_articles and \
                not (possessive and prev.lower() not in self.w.articles) and \
                (not nxt[:1].islower() or nxt in FUNCTION_WORDS) and \
                not (prev.lower() in self.w.indefinite_articles and not is_common_word(name)
                     and not self._capitalises(occ.lang)):
            cand.add("none", MEDIUM, "after an article")
        # "einem regelrechten Boom": in a language that capitalises its nouns, a word after an
        # article and an inflected adjective is a noun, unless more says it is a name
        if single and occ.lang in self.w.capitalised_nouns and len(before) >= 2 and not title \
                and before[-2].lower() in self.w.determiners and before[-1][:1].islower() \
                and before[-1].lower() not in self.w.determiners \
                and before[-1].endswith(self.w.adjective_inflections):
            cand.add("none", MEDIUM, "after an article and an adjective")
        # "the Donation of Constantine": a name inside the name of a thing
        # ("Letters of Thomas Ashdown", a common word capitalised as a sentence's first, is not)
        opens_sentence = len(occ.before) < 3 or occ.before[-3].text in ".!?:;"
        if len(before) >= 2 and before[-1] in ("of", "de", "des", "du") and before[-2][:1].isupper() \
                and before[-2] not in self.w.titles and " ".join(before[-3:-1]) not in self.w.titles \
                and not occ.origin and not is_given_name(before[-2]) \
                and not (opens_sentence and (is_common_word(before[-2])
                                             or before[-2].lower().endswith(self.w.common_endings))):
            self.phrases[name].add(f"{before[-2]} {before[-1]} {name}")

    @staticmethod
    def _dictionary_signs(cand: Candidate, words: list[Tok], title: str | None) -> None:
        """A Russian name the dictionary knows, in whatever case: each word a name of one kind
        ("Емельян Пугачёв": a given name and a surname), or one word mostly read as a name of
        that kind ("Байкалом": a place)."""
        if title or script_of(words[-1].text) != "cyrillic":
            return
        shares = [russian_name_kinds(t.text) for t in words]
        for kind in ("person", "place"):
            # (one word read as a person and a place alike, "Пугачёв", says neither)
            if all(s.get(kind, 0) > 0 for s in shares) and (len(words) > 1 or shares[0][kind] >= CLEAR_READING):
                cand.add(kind, STRONG if len(words) > 1 else MEDIUM, f"a {kind}'s name in the dictionary")

    def _title_as_name(self, title: str | None, occ: Occurrence) -> bool:
        """'Captain King', 'Mr. Bishop': a word of the titles after a title is a surname, not in
        an office ("Chief Justice of the Common Pleas")."""
        nxt = occ.after[0].text if occ.after else ""
        return title is not None and nxt != "of" and nxt not in self._any_particles

    def _motion_before(self, lead: list[str], lang: str) -> str | None:
        """A word of going, at most two words of direction and a preposition of the language
        just before a name ("sailed south from", "voyages to", "venu de"), or None."""
        going, directions, prepositions = self._motion.get(lang, (frozenset(),) * 3)
        if not lead or lead[-1] not in prepositions:
            return None
        k = len(lead) - 2
        while k >= 0 and len(lead) - 2 - k < 2 and lead[k] in directions:
            k -= 1
        return " ".join(lead[k:]) if k >= 0 and lead[k] in going else None

    def _feast(self, occ: Occurrence, before: list[str], saint: bool) -> bool:
        """'the feast of St Luke', 'St George's Day', 'am Tag des heiligen Martin': the saint's
        name names the day of his feast."""
        def opens(phrases: frozenset[str]) -> bool:
            return any(" ".join(b.lower() for b in before[-len(p.split()):]) == p.lower() for p in phrases)
        if saint and opens(self.w.feast_before) or opens(self.w.saint_feast_before):
            return True
        after = re.match(r"(?:['’]s)?\s+(\w+)", occ.text[occ.words[-1].end:]) if saint else None
        return after is not None and after[1] in self.w.feast_after

    def _adjective(self, word: str, nxt: str, lang: str) -> bool:
        # where nouns are capitalised the noun after it is too ("des Mecklenburg-Schwerinschen
        # Staatskalenders")
        noun_follows = nxt[:1].islower() or self._capitalises(lang) and nxt[:1].isupper()
        if not noun_follows or nxt in FUNCTION_WORDS:
            return False  # "Fréteval on 22 July": an adjective stands before its noun
        return any(word.endswith(e) and len(word) > len(e) + 2 for e in self.w.adjective_endings) \
            or self._place_adjective(word)

    def _place_adjective(self, word: str) -> bool:
        """'Roman law', 'Mexican silver', 'Cuban sugar': a place's name with the ending of its
        adjective ("-an" after the name or for its last vowel), where the gazetteer knows that
        place as a country or a city of many people."""
        def known_well(name: str) -> bool:
            return any(p.kind in TERRITORIES or p.kind == "city" and p.population >= GREAT_CITY / 2
                       for p in self._gazetteer(name))
        if len(word) < 5 or not word.endswith("an") or known_well(word):
            return False  # "Milan", "Tehran" are the places themselves
        return any(known_well(stem) for stem in [word[:-1]] + [word[:-2] + vowel for vowel in "eoa"])

    # ----------------------------------------------------------- decisions

    def decide(self) -> dict[str, str]:
        kinds: dict[str, str] = dict(self.known)
        for _ in range(2):  # a list passes its clear kind to its unclear members
            for index, group in enumerate(self.lists):
                sure = Counter(kinds[n] for n in group if n in kinds and not self._weak(n))
                if not sure:
                    continue
                # the kind of most sure members, twice as many as of any other ("Fischer, Haefs,
                # Mix, München 1999": the place of the imprint does not make the editors unclear)
                kind, n_sure = min(sure.items(), key=lambda kv: (-kv[1], kv[0]))
                if n_sure < 2 * (sum(sure.values()) - n_sure):
                    continue
                every = Counter(kinds[n] for n in group if n in kinds)
                # three members of one kind for each of another, one of them sure ("Jourdan,
                # Klimrath, Lerminier, Laboulaye": a surname that is also a town in the gazetteer)
                most = every[kind] >= 3 and every[kind] >= 3 * (sum(every.values()) - every[kind])
                weight = STRONG if n_sure >= 2 else MEDIUM
                # "Dahlmann, Gervinus, Ewald, Albrecht, Wilhelm Weber": a long list of one clear
                # member and words nothing else is known of (no common words) is of its kind
                unknown = [n for n in group if n in self.candidates and not self.candidates[n].evidence]
                long_clean = len(group) >= LONG_LIST and every.get(kind, 0) + len(unknown) == len(group) \
                    and not any(is_common_word(n) for n in unknown)
                for n in group:
                    # two sure members outweigh one weak sign ("Lucerne, Uri, Schwyz and Zug")
                    # one sure member outweighs a capitalised word's weak sign in a list without
                    # commas ("by Cracow and Tarnowitz")
                    weakly = (n_sure >= 2 or index in self.tight_lists or index in self.parallel_lists or most) \
                        and n in kinds \
                        and self._weak(n)
                    if n in self.candidates and (n not in kinds or weakly) and \
                            (self.candidates[n].evidence or n_sure >= 2 or index in self.parallel_lists
                             or long_clean):
                        self.candidates[n].add(kind, weight, "in a list of names of that kind")
            # "De Jourdan à Saleilles", "from Coke to Blackstone": a span of persons, not a route
            for pair in self.route_pairs:
                for a, b in (pair, pair[::-1]):
                    if kinds.get(a) == "person" and not self._weak(a) and b in self.candidates \
                            and not self._gazetteer(b):
                        self.candidates[b].add("person", DECISIVE, "the other end of a span of persons")
            kinds = dict(self.known)
            for name, cand in self.candidates.items():
                decided = self._kind(cand)
                if decided:
                    kinds[name] = decided
        return {n: k for n, k in kinds.items() if n in self.candidates}

    def _weak(self, name: str) -> bool:
        """Decided on one weak sign only (a capitalised word inside a sentence)."""
        return name not in self.known and name in self.candidates and \
            max(self.candidates[name].evidence.values(), default=0) <= WEAK + 0.5

    def _kind(self, cand: Candidate) -> str | None:
        ev = cand.evidence
        if not ev:
            return None
        best, weight = max(((k, v) for k, v in ev.items()), key=lambda kv: (kv[1], kv[0]))
        if best == "none":
            return None
        others = max((v for k, v in ev.items() if k != best), default=0)
        decisive = [k for k in ev if max(cand.weights[k].values(), default=0) >= DECISIVE]
        if len(decisive) == 1 and decisive[0] != "none":
            return decisive[0]  # "Maine, supra note 24": one decisive sign outweighs any sum of others
        if weight <= others:
            return None
        single = " " not in cand.surface
        if single and cand.surface.lower() in self.lowercase and weight < STRONG:
            return None  # a common word written capitalised
        if best == "person" and single and cand.reasons["none"]["after an article"] * 2 >= max(cand.count, 3):
            return None  # "the Commentaries": a name mostly written after an article names a thing
        if single and not cand.mid_sentence and weight < MEDIUM:
            return None  # seen only at the start of sentences
        if ev["none"] and weight < MEDIUM:
            return None
        noun_word = COMMON_WORD if cand.lang in self.w.capitalised_nouns else NOUN_WORD
        if single and cand.nouns_capitalised and weight < STRONG \
                and (weight < MEDIUM or is_common_word(cand.surface, threshold=noun_word)):
            return None  # German nouns are capitalised: one weak sign is not enough
        return best

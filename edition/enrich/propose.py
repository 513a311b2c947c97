# SPDX-License-Identifier: MIT
"""Draft registers for a new text: the project's registers plus a proposed entry for every
name in the texts that no entry covers, told person, place or organisation by the recogniser
(edition.enrich.recognise).

`edition entities --propose TEI... -o DIR` writes DIR/persons.xml, places.xml and orgs.xml;
every proposed entry has @cert="low" and a note of @type="proposed" with its evidence and one
context; a new form of an entry the registers have is a name of @type="proposed" in it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from edition.enrich import gazetteer
from edition.enrich.names import NameFinder
from edition.enrich.orthography import capitalises_nouns
from edition.enrich.recognise.blocktext import block_texts, full_text
from edition.enrich.recognise.evidence import DECISIVE, STRONG, document_language, lang_of
from edition.enrich.recognise.lexicon import is_given_name, script_of
from edition.enrich.recognise.recogniser import Recogniser
from edition.enrich.recognise.tokens import Tok, is_initial
from edition.enrich.recognise.words import load_words
from edition.enrich.registers import KINDS, XML_ID, load_registers
from edition.enrich.textnodes import iter_runs
from edition.tei.serialize import T
from edition.xmlsafe import parse_xml

PROPOSED = "proposed"
# a city found in the gazetteer gets its GeoNames id and coordinates from this population on
IDNO_POPULATION = 50000


# --------------------------------------------------------------- entities

@dataclass
class Proposal:
    kind: str
    normalized: str
    variants: list[str]
    context: str
    source: str
    reasons: list[str]
    place: gazetteer.Place | None = None
    not_mentions: list[str] = field(default_factory=list)
    existing: str | None = None  # the register entry these forms are proposed variants of


def _surname(name: str, epithet_articles: frozenset[str]) -> str:
    """The last word of a name before its epithet ("Jakob Fugger der Reiche": Fugger)."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k > 1 and w in epithet_articles), len(words))
    return words[cut - 1]


def _normalized_person(name: str) -> str:
    words = name.split()
    if len(words) < 2 or words[0] in ("St.", "Saint", "St") or re.fullmatch(r"[IVXLC]+\.?", words[-1]):
        return name
    # "Joachim von Schwarzkopf" -> "Schwarzkopf, Joachim von"; "O. Motte" -> "Motte, O."
    return f"{words[-1]}, {' '.join(words[:-1])}"



def _merge_persons(names: list[str]) -> list[list[str]]:
    """Forms of one person: 'Franz Schoberlechner' and 'Schoberlechner', 'O. Motte' and
    'Olivier Motte'; a surname that full names with other initials share stays on its own."""
    by_last: dict[str, list[str]] = defaultdict(list)
    for n in names:
        if " " in n:
            by_last[n.split()[-1]].append(n)
    groups: list[list[str]] = []
    used: set[str] = set()
    for last, forms in sorted(by_last.items()):
        if len({f.split()[0][:1] for f in forms}) == 1:
            group = sorted(forms, key=lambda f: (-len(f), f))
            if last in names:
                group.append(last)
            groups.append(group)
            used.update(group)
        else:
            groups.extend([f] for f in forms)
            used.update(forms)
    groups.extend([n] for n in names if n not in used)
    return groups


def _surnames_before_gazetteer(rec: Recogniser, kinds: dict[str, str]) -> None:
    """'Sir Walter Raleigh ... Raleigh did not answer', 'John Marshall ... Marshall', 'Marco
    Polo ... Marco dictated': the surname or the given name of a person the texts name in full
    is that person, though a town bears the name, unless something beside the gazetteer made it
    a place (a preposition, a dateline, a route)."""
    full_names = [n.split() for n, k in kinds.items() if k == "person" and " " in n]
    surnames = Counter(w[-1] for w in full_names if not is_initial(Tok(w[-1], 0, 0)))
    given = Counter(w[0] for w in full_names if is_given_name(w[0]) and not is_initial(Tok(w[0], 0, 0)))
    # ("Scharnhorst, bei Großgörschen verwundet": a place's apposition is read after a man too)
    weak = {"in the gazetteer", "in a list of names of that kind", "a noun of place after it"} | \
        {f"after '{p}'" for p in rec.w.person_prepositions}  # "répond à Savigny"
    for names, reason in ((surnames, "the surname of a person named in full"),
                          (given, "the given name of a person named in full")):
        for name, n in names.items():
            cand = rec.candidates.get(name)
            if n != 1 or cand is None or kinds.get(name) != "place" or name in rec.known:
                continue
            if set(cand.reasons["place"]) <= weak:
                kinds[name] = "person"
                cand.add("person", DECISIVE, reason)
    # "Scharnhorsts Schüler", "Steins Entlassung": the genitive of such a surname, where the
    # language writes it with an ending and nothing else is known of the word
    genitive_endings = dict(rec.w.genitive_endings_of)
    for name, cand in rec.candidates.items():
        if name in kinds or " " in name or cand.evidence.get("none"):
            continue
        if any(name.endswith(e) and surnames.get(name[:-len(e)]) == 1 for e in genitive_endings.get(cand.lang, ())):
            kinds[name] = "person"
            cand.add("person", STRONG, "the genitive of a person's surname named in full")


def _given_names_of(rec: Recogniser, kinds: dict[str, str], persons: list[str]) -> dict[str, str]:
    """'Thomas Ashdown … Thomas', 'Александр Николаевич Островский … Александр': a given name
    written alone is the one person of the texts whose full name opens with it, unless another
    person bears it as a surname or something says it is no person's."""
    firsts: dict[str, list[str]] = defaultdict(list)
    lasts = {n.split()[-1] for n in persons if " " in n}
    for full in persons:
        words = full.split()
        if len(words) > 1 and not is_initial(Tok(words[0], 0, 0)) and not re.fullmatch(r"[IVX]+\.?", words[-1]):
            firsts[words[0]].append(full)
    out: dict[str, str] = {}
    for given, fulls in firsts.items():
        cand = rec.candidates.get(given)
        if len(fulls) != 1 or cand is None or given in lasts or given in rec.known \
                or kinds.get(given) not in (None, "person") or cand.evidence.get("none"):
            continue
        if is_given_name(given) or script_of(given) == "cyrillic":
            out[given] = fulls[0]
    return out


def _capitals_of(persons: list[str]) -> dict[str, str]:
    """'2 AQUINAS, supra note 27' beside 'Thomas Aquinas': a name in capitals (a citation's
    small capitals) is the person whose name or surname it spells, when only one has it."""
    out: dict[str, str] = {}
    for name in persons:
        if not name.isupper() or len(name) < 3:
            continue
        fulls = [n for n in persons if " " in n and n.split()[-1].upper() == name and not n.isupper()]
        bare = [n for n in persons if n.upper() == name and not n.isupper()]
        if len(fulls) == 1 or not fulls and len(bare) == 1:
            out[name] = (fulls or bare)[0]
    return out


# a capitalised word inside a sentence, alone: after a lower-case word or a comma, before a
# comma, a bracket, a full stop or a lower-case word
_ALONE = re.compile(r"(?<=[^\W\d_A-ZÀ-ÞА-ЯЁ,;] |, |; )([A-ZÀ-ÞА-ЯЁ][^\W\d_A-ZÀ-ÞА-ЯЁ]+)(?=[,;.)]| [^\W\d_A-ZÀ-ÞА-ЯЁ])")


_ELIDED_NAME = re.compile(r"((?:[A-ZÀ-Þ][^\W\d_]*\.?\s+){1,3})?(?<![\w'’])([dD]['’])([A-ZÀ-Þ][^\W\d_]+)")
_CAPITALISED = re.compile(r"(?<![^\W\d_])([A-ZÀ-Þ][^\W\d_]+)")


def _with_elided_particles(rec: Recogniser, persons: list[str], always_elided: set[str],
                           curly: set[str]) -> tuple[list[str], dict[str, list[str]]]:
    """'Jean Le Rond d'Alembert ... d'Alembert': a surname the texts write only after an elided
    particle, once at least after a given name or a title, keeps the particle ("la Politique
    d'Aristote", "les Elementa d'Heineccius" are of their authors). The capital form opening a
    sentence ("D'Alembert écrivit") is a form of the same person."""
    out: list[str] = []
    capitals: dict[str, list[str]] = defaultdict(list)
    for name in persons:
        capital = name[:2] in ("D'", "D’")
        bare = name[2:] if capital else name
        if bare not in always_elided:
            out.append(name)
            continue
        full = f"d’{bare}" if bare in curly else f"d'{bare}"
        rec.candidates.setdefault(full, rec.candidates[name])
        out.append(full)
        if capital:
            capitals[full].append(name)
    return sorted(set(out)), capitals


def propose(tei_files: list[Path], registers_dir: Path) -> list[Proposal]:
    words = load_words()
    registers = load_registers(registers_dir)
    finder = NameFinder(registers)
    known = {form: registers.entries[entry_id].kind for form, entry_id in registers.forms.items()}
    rec = Recogniser(words, known)
    roots = [(path, parse_xml(path).getroot()) for path in tei_files]
    elided: Counter[str] = Counter()  # "d'Alembert": the word after an elided particle
    after_name: set[str] = set()  # ... once at least after a given name or a title ("Jean Le Rond d'Alembert")
    curly: set[str] = set()  # ... written with a typographic apostrophe
    written: Counter[str] = Counter()  # every capitalised word, however written
    for _path, root in roots:  # first the words the texts write in lower case
        for run in iter_runs(root):
            rec.lowercase.update(w for w in re.findall(r"[^\W\d_]+", run.text) if w[:1].islower())
            rec.alone.update(_ALONE.findall(run.text))
            for m in _ELIDED_NAME.finditer(run.text):
                elided[m[3]] += 1
                if m[1] and m[2][0] == "d" and any(is_given_name(w.rstrip(".")) or w in words.titles
                                                   for w in m[1].split()):
                    after_name.add(m[3])
                    if m[2][1] == "’":
                        curly.add(m[3])
            written.update(_CAPITALISED.findall(run.text))
    for path, root in roots:
        default_lang = document_language(root)
        rec.text_capitalises_nouns = default_lang not in words.capitalised_nouns and capitalises_nouns(
            root, dict(words.determiners_of).get(default_lang, words.determiners))
        previous = ""
        for block, text, dates in block_texts(root):
            in_note = block is not None and (block.tag == T + "note" or
                                             any(e.tag == T + "note" for e in block.iterancestors()))
            lang = lang_of(block, default_lang) if block is not None else default_lang
            rec.signature(text, previous, lang, path.stem)
            rec.institutions(text, lang, path.stem)
            rec.scan(text, at_block_start=True, after_element=False, lang=lang, source=path.stem,
                     in_note=in_note, full_text=full_text(block), dates=dates)
            previous = text
    kinds = rec.decide()
    kinds = {n: k for n, k in kinds.items() if not finder.entry_for(n) and n not in registers.ambiguous}
    _surnames_before_gazetteer(rec, kinds)
    proposals: list[Proposal] = []
    persons = sorted(n for n, k in kinds.items() if k == "person")
    always_elided = {w for w, n in elided.items() if n == written[w] and w in after_name}
    persons, elided_capitals = _with_elided_particles(rec, persons, always_elided, curly)
    # "Alexander" after "Alexander III": a ruler named by the given name alone, when the text
    # names one ruler of that name
    numbered: dict[str, list[str]] = defaultdict(list)
    for full in persons:
        ruler = re.fullmatch(r"(\S+) [IVX]+\.?", full)
        if ruler:
            numbered[ruler[1]].append(full)
    ruler_of = {bare: fulls[0] for bare, fulls in numbered.items()
                if len(fulls) == 1 and bare in rec.candidates and kinds.get(bare) in (None, "person")
                and not rec.candidates[bare].evidence.get("none") and is_given_name(bare)}
    persons = [n for n in persons if n not in ruler_of]
    given_of = _given_names_of(rec, kinds, persons)
    persons = [n for n in persons if n not in given_of]
    capitals_of = _capitals_of(persons)
    persons = [n for n in persons if n not in capitals_of]
    for forms in _merge_persons(persons):
        # the surname alone, written elsewhere ("Schoberlechner asked"), is a form of the person
        last = _surname(forms[0], rec.w.epithet_articles)
        if " " in forms[0] and last not in forms and last in rec.candidates and kinds.get(last) is None \
                and not rec.candidates[last].evidence.get("none") \
                and not is_initial(Tok(last, 0, 0)) \
                and all(f in forms for f in persons if f.split()[-1] == last):
            forms = [*forms, last]
        if forms[0] in ruler_of.values():
            forms = [*forms, *(bare for bare, full in ruler_of.items() if full == forms[0])]
        forms = [*forms, *(bare for bare, full in given_of.items() if full in forms)]
        forms = [*forms, *(caps for caps, full in capitals_of.items() if full in forms)]
        forms = [*forms, *(f for form in forms for f in elided_capitals.get(form, []))]
        main = forms[0]
        reasons: Counter[str] = Counter()
        for f in forms:
            reasons.update(rec.candidates[f].reasons["person"])
        cand = rec.candidates[main]
        phrases = _phrases_of(rec.phrases, forms)
        proposals.append(Proposal("person", _normalized_person(main), forms, cand.context, cand.source,
                                  [r for r, _ in reasons.most_common(3)], None, phrases))
    by_place: dict[str, list[str]] = defaultdict(list)
    resolved: dict[str, gazetteer.Place | None] = {}
    for name in sorted(n for n, k in kinds.items() if k == "place"):
        place = gazetteer.resolve(name)
        resolved[name] = place
        by_place[place.geonames or place.iso or name if place else name].append(name)
    for forms in by_place.values():
        forms = sorted(forms, key=lambda f: (not getattr(resolved[f], "primary", False), f))
        cand = rec.candidates[forms[0]]
        place = resolved[forms[0]]
        normalized = place.name if place and place.kind != "subdivision" else forms[0]
        proposals.append(Proposal("place", normalized, forms, cand.context, cand.source,
                                  [r for r, _ in cand.reasons["place"].most_common(3)], place,
                                  _phrases_of(rec.title_phrases, forms)))
    _attach_to_entries(proposals, registers)
    for name in sorted(n for n, k in kinds.items() if k == "org"):
        cand = rec.candidates[name]
        proposals.append(Proposal("org", name, [name], cand.context, cand.source,
                                  [r for r, _ in cand.reasons["org"].most_common(3)], None,
                                  _phrases_of(rec.title_phrases, [name])))
    # a name the registers have, inside a cited title ("Commentaries on the Laws of England"):
    # the title is proposed for its entry, without new forms, so that the name in it is no
    # mention (a place in an office, "King of Saxony", stays one)
    for name in sorted(rec.title_phrases):
        entry_id = finder.entry_for(name)
        phrases = _phrases_of(rec.title_phrases, [name])
        if entry_id and phrases:
            proposals.append(Proposal(registers.entries[entry_id].kind, name, [], "", "", [], None,
                                      phrases, entry_id))
    return proposals


def _phrases_of(phrases: dict[str, set[str]], forms: list[str]) -> list[str]:
    """The phrases that hold one of the forms but name something else (never a form itself)."""
    return sorted({ph for f in forms for ph in phrases.get(f, ()) if ph not in forms})


def _attach_to_entries(proposals: list[Proposal], registers) -> None:
    """A new form of a person or place the registers have ('Petersburg' for Saint Petersburg,
    'V. I. Lenin' for Lenin) is proposed as a variant of that entry, not as a new entry."""
    places: dict[str, set[str]] = defaultdict(set)
    surnames: dict[str, set[str]] = defaultdict(set)
    for entry in registers.entries.values():
        if entry.kind == "place":
            for name in {entry.normalized, *entry.names}:
                places[name].add(entry.id)
        elif entry.kind == "person":
            surnames[entry.normalized.split(",")[0].strip()].add(entry.id)
    for proposal in proposals:
        if proposal.kind == "place":
            ids = places.get(proposal.normalized, set())
        elif proposal.kind == "person":
            ids = surnames.get(proposal.variants[0].split()[-1], set())
        else:
            ids = set()
        if len(ids) == 1:
            proposal.existing = next(iter(ids))


# --------------------------------------------------------------- registers

def _slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug if slug and not slug[0].isdigit() else f"n-{slug}"


def _entry(proposal: Proposal, entry_id: str) -> etree._Element:
    file, tags, name_tag, _list = KINDS[proposal.kind]
    # TEI lets every element say how certain it is; a person has no @type
    entry = etree.Element(T + tags[0], {XML_ID: entry_id, "cert": "low"})
    normalized = etree.SubElement(entry, T + name_tag, type="normalized")
    normalized.text = proposal.normalized
    for form in proposal.variants:
        variant = etree.SubElement(entry, T + name_tag, type="variant")
        variant.text = form
    place = proposal.place
    if place is not None and place.kind == "city" and place.population < IDNO_POPULATION:
        place = None  # a small town of that name may not be the place meant: the editor decides
    # TEI's order: the names, where the place lies, then its identifiers and notes
    if place is not None and place.latitude is not None:
        location = etree.SubElement(entry, T + "location")
        geo = etree.SubElement(location, T + "geo")
        geo.text = f"{place.latitude:.5f} {place.longitude:.5f}"
    if place is not None and place.geonames:
        idno = etree.SubElement(entry, T + "idno", type="GeoNames")
        idno.text = place.geonames
    note = etree.SubElement(entry, T + "note", type=PROPOSED)
    evidence = "; ".join(proposal.reasons) or "a name"
    note.text = f"Proposed ({evidence}). In {proposal.source}: “…{proposal.context}…”"
    return entry


def write_proposals(tei_files: list[Path], registers_dir: Path, out_dir: Path) -> dict[str, int]:
    """Write out_dir/persons.xml, places.xml, orgs.xml: the registers and the proposals."""
    registers_dir, out_dir = Path(registers_dir), Path(out_dir)
    proposals = propose(tei_files, registers_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    used = set(load_registers(registers_dir).entries)
    for kind, (filename, _tags, _name, list_tag) in KINDS.items():
        tree = parse_xml(registers_dir / filename)
        root = tree.getroot()
        lst = next(root.iter(T + list_tag), None)
        if lst is None:
            body = root.find(f"{T}text/{T}body")
            lst = etree.SubElement(body, T + list_tag)
        mine = [p for p in proposals if p.kind == kind]
        entries = {e.get(XML_ID): e for e in root.iter(T + _tags[0])}
        for proposal in [p for p in mine if p.existing in entries]:
            entry = entries[proposal.existing]
            names = entry.findall(T + _name)
            for form in proposal.variants:
                variant = etree.Element(T + _name, type=PROPOSED)
                variant.text = form
                variant.tail = names[-1].tail
                names[-1].addnext(variant)
                names.append(variant)
        for proposal in [p for p in mine if p.existing not in entries]:
            base = _slug(proposal.normalized.split(",")[0] if kind == "person" else proposal.normalized)
            entry_id, n = base, 2
            while entry_id in used:
                entry_id, n = f"{base}-{n}", n + 1
            used.add(entry_id)
            element = _entry(proposal, entry_id)
            if len(lst):
                element.tail = lst[-1].tail
                lst[-1].tail = lst.text
            lst.append(element)
        counts[kind] = sum(1 for p in mine if p.variants)
        phrases = sorted({ph for p in mine for ph in p.not_mentions})
        if phrases:
            div = etree.Element(T + "div", type="not-mentions")
            head = etree.SubElement(div, T + "head")
            head.text = "Proposed: phrases that contain a name but name something else"
            lst_el = etree.SubElement(div, T + "list")
            for phrase in phrases:
                etree.SubElement(lst_el, T + "item").text = phrase
            lst.addnext(div)
        data = etree.tostring(tree, xml_declaration=True, encoding="UTF-8")
        target = out_dir / filename
        tmp = target.with_suffix(".xml.tmp")
        tmp.write_bytes(data if data.endswith(b"\n") else data + b"\n")
        tmp.replace(target)
    return counts


def format_proposals(counts: dict[str, int], out_dir: Path) -> str:
    return (f"proposed {counts.get('person', 0)} person(s), {counts.get('place', 0)} place(s), "
            f"{counts.get('org', 0)} organisation(s) in {out_dir}/ "
            f"(entries with cert=\"low\" and a note of type \"proposed\": delete, merge or correct "
            f"them, then move the files into tei/registers/)")

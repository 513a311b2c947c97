# SPDX-License-Identifier: MIT
"""The engine's driver: a form profile and a text in, the document model out."""
from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from edition import model as m
from edition.config import SeedConfig
from edition.layout import book, inline
from edition.layout.blocks import Seg, TextBlock, build_blocks, closes
from edition.layout.columns import read_columns
from edition.layout.continuation import merged_note_end
from edition.layout.corrections import apply_replacements
from edition.layout.cover import strip_cover_matter
from edition.layout.figures import illustration
from edition.layout.furniture import strip_furniture
from edition.layout.headings import HeadingRules, looks_like_title
from edition.layout.hyphenation import Hyphenation, join_lines
from edition.layout.markers import Marker
from edition.layout.notes import Candidate, NoteRef, pair
from edition.layout.countednotes import read_counted_notes
from edition.layout.marginnotes import read_margin_notes
from edition.layout.notezone import FootSplit, NoteBlock, StartRule, split_foot
from edition.layout.frontmatter import FrontReading
from edition.layout.pages import Line, Page, split_page_gaps
from edition.layout.relocations import relocate
from edition.layout.runs import HARD_BREAK, PAGE_GAP, Run
from edition.layout.sidenotes import split_sidenotes
from edition.layout.titlepage import take_title_page, title_page
from edition.layout.titleroles import TitleFacts
from edition.report import Report


@dataclass
class Profile:
    """How one form of raw text shows pages, paragraphs, markers and notes."""
    name: str
    pages: Callable[[str], list[Page]]
    markers: Callable[[str], list[Marker]]
    paragraphs: str = "blank"             # "blank", "shape" or "indent" (see blocks.py)
    furniture: bool = True                # running heads and page numbers to find
    foot_notes: bool = True               # notes at the page foot, begun by their numbers
    ocr: bool = False                     # markers and note numbers misread by OCR
    join_within_page: bool = False        # blank lines inside paragraphs are not to be trusted
    markdown: bool = False                # *…* and **…** are emphasis
    tags: bool = False                    # <i>, <b>, <sc>, <sup> are marks of print, not text
    underscore: bool = False              # _…_ is italics
    # form-specific: take notes out of a page's lines (bracketed note blocks); returns notes
    extract_notes: Callable[[Page, Report], list[NoteBlock]] | None = None
    # form-specific: tidy a page's lines before anything else (separators, proofers' notes)
    prepare: Callable[[list[Page], Report], None] | None = None
    # notes placed after their markers (gathered after a paragraph, section or letter),
    # rather than at the foot of the marker's own page
    gathered: bool = False
    # a transcriber's or proofreader's remark in the text (group 1 is the remark)
    editorial: re.Pattern[str] | None = None
    # transcribers' "[Sidenote: …]" marks are margin notes (edition/layout/sidenotes.py)
    sidenotes: bool = False
    # columns set side by side are read one after the other (edition/layout/columns.py)
    columns: bool = False
    # how a note's first line shows its number (default: a number or symbol at the line start)
    note_starts: StartRule | None = None
    # the form shows where pages end (a Gutenberg etext does not: no page breaks then)
    paged: bool = True
    # a sentence cut by a blank line is a page end the text does not otherwise show
    cut_ends_page: bool = False
    # notes may be printed in any order around the text (a margin column's pieces)
    margin_notes: bool = False
    # notes' numbers may come out as a column of their own, apart from the notes' texts
    # (OCR of notes hung in a margin column: edition/layout/marginnotes.py)
    number_column: bool = False
    # the form keeps the print's line ends, so a hyphen ending a line may cut a word ("exalta-" |
    # "tion"); a transcription that wraps its own lines (Gutenberg, DP) hyphenates no word
    line_hyphens: bool = False
    # what an italic run is (title, foreign phrase, emphasis): (content, before, after, in a note)
    italic: Callable[[list, str, str, bool], m.Styled] | None = None
    # a book's front matter may stand before the first part or chapter (edition/layout/book.py)
    front_matter: bool = False


def read_with(profile: Profile, text: str, config: SeedConfig, report: Report) -> m.Document:
    document = _read(profile, text, config, report)
    applied: set[str] = set()
    _correct(document.front, config, applied)
    _correct(document.body, config, applied)
    document.corrections_applied = sorted(applied | set(document.corrections_applied))
    return document


def _correct(blocks: list, config: SeedConfig, applied: set[str]) -> None:
    """The seed's "replace" corrections, in headings, paragraphs and notes."""
    for block in blocks:
        if isinstance(block, m.Div):
            if block.head:
                block.head = apply_replacements(block.head, config.corrections, applied)
            _correct(block.children, config, applied)
        elif isinstance(block, m.Paragraph):
            block.content = apply_replacements(block.content, config.corrections, applied)
        elif isinstance(block, m.ListBlock):
            for item in block.items:
                item.content = apply_replacements(item.content, config.corrections, applied)
                if item.sublist:
                    _correct([item.sublist], config, applied)


def _read(profile: Profile, text: str, config: SeedConfig, report: Report, whole: bool = True) -> m.Document:
    """`whole`: the text is the seed's (not a passage of its front matter read on its own)."""
    front = book.read_front(text, config, _front_reading(profile, text, config, report), report) \
        if profile.front_matter else None
    if front is not None:
        text = book.body_text(text, front)
    pages = profile.pages(text)
    if front is not None:
        pages = split_page_gaps(pages, PAGE_GAP, profile.note_starts or (lambda line: None))
        book.number_pages(pages, front.contents)
    hyphenation = Hyphenation((line.text for page in pages for line in page.lines),
                              [config.language, *config.languages])
    if profile.prepare:
        profile.prepare(pages, report)
    if profile.furniture:
        strip_furniture(pages)
        strip_cover_matter(pages)
    if profile.columns:
        read_columns(pages)
    notes = _extract_notes(profile, pages, report, config.language)
    relocated = relocate(pages, notes, config.corrections, _unfinished, report, config.path) if whole else set()
    _merged_note_ends(profile, pages, notes, report)
    for note in notes:
        if _unfinished(note):
            report.warn(f"note {note.n} ends without closing punctuation and no continuation was found; "
                        "check that it is whole", note.first_line)
    # a number alone heads a letter only where pages carry no numbers of their own
    rules = HeadingRules([config.language, *config.languages], bare_numbers=not profile.furniture)
    title = take_title_page(pages, {note.page for note in notes}) if profile.paged and front is None else None
    body = [(page.index, page.lines) for page in pages]
    blocks = build_blocks(body, profile.paragraphs, rules, profile.join_within_page, profile.cut_ends_page,
                          new_paragraph={page.index for page in pages if page.opens_paragraph})
    if not profile.paged:
        for block in blocks:
            for seg in block.segs:
                seg.page_break = False
    document = _assemble(profile, pages, blocks, notes, report, hyphenation)
    if title:
        parse = functools.partial(_parse_line, profile)
        document.front = [*_first_page_start(document.body), title_page(title, parse, config.language,
                                                                        TitleFacts.of(config.source))]
    if front is not None:
        book.finish(document, front, report)
    if whole:
        _warn_cut_end(blocks, report)
    document.corrections_applied = sorted(relocated)
    return document


def _warn_cut_end(blocks: list[TextBlock], report: Report) -> None:
    """The text's last paragraph ends in mid-sentence: the transcription stops before its end."""
    last = next((block for block in reversed(blocks) if block.kind != "pb"), None)
    if last is not None and last.kind == "p" and not closes(last.text):
        report.warn("the text ends in mid-sentence: the transcription stops before the end", last.first_line)


def _parse_line(profile: Profile, text: str, in_note: bool = False) -> list[m.Inline]:
    """One piece of text's inline marks (italics, tags), as the form writes them."""
    return inline.parse([text], profile.markdown, profile.underscore, _italic_rule(profile, in_note),
                        tags=profile.tags)


def _front_reading(profile: Profile, text: str, config: SeedConfig, report: Report) -> FrontReading:
    lines = text.split("\n")
    passage_profile = dataclasses.replace(profile, front_matter=False)

    def noted(runs: list[Run]) -> list[m.Block] | None:
        """Runs that hold a footnote and its marker: the engine reads them on their own."""
        starts = profile.note_starts
        if not runs or starts is None:
            return None
        numbers = {found[0] for run in runs if (found := starts(Line(run.lines[0], run.line)))}
        marked = {mk.n for run in runs for mk in profile.markers(run.text) if mk.strength == 2}
        if not numbers & marked:
            return None
        first, last = runs[0].line, runs[-1].line + len(runs[-1].lines) - 1
        passage = "\n" * (first - 1) + "\n".join(lines[first - 1:last])
        blocks = _read(passage_profile, passage, config, report, whole=False).body
        if blocks and isinstance(blocks[0], m.PageBreak) and blocks[0].n is None:
            del blocks[0]   # the passage's first page is the section's
        return blocks

    return FrontReading(functools.partial(_parse_run, profile), functools.partial(_parse_entry, profile), noted)


def _parse_run(profile: Profile, raw: str, prose: bool) -> list[m.Inline]:
    """A run of lines of the front matter: its lines joined, a hard break kept as a line
    break; italics read as in the text where the run is prose, else as typography."""
    tokens: list = []
    lines = raw.split("\n")
    for k, line in enumerate(lines):
        hard = k + 1 < len(lines) and bool(HARD_BREAK.search(line))
        tokens.append(line.rstrip(" \\") if hard else line)
        if k + 1 < len(lines):
            tokens.append(m.LineBreak() if hard else " ")
    rule = _italic_rule(profile, False) if prose else None
    return inline.strip_ends(inline.parse(tokens, profile.markdown, profile.underscore, rule, tags=profile.tags))


def _parse_entry(profile: Profile, raw: str) -> list[m.Inline]:
    """A line of a contents list: italics at its start set off the entry's label, the
    others are read as in the text."""
    prose = _italic_rule(profile, False)

    def rule(content: list, before: str, after: str) -> m.Styled:
        if not before.strip() or prose is None:
            return m.Styled(kind="hi", content=content, rend="italic")
        return prose(content, before, after)
    return inline.strip_ends(inline.parse([raw], profile.markdown, profile.underscore, rule, tags=profile.tags))


def _first_page_start(body: list[m.Block]) -> list[m.Block]:
    """The first page's break and furniture, taken from the body's start."""
    count = 0
    while count < len(body) and isinstance(body[count], (m.PageBreak, m.Furniture)) \
            and not (count and isinstance(body[count], m.PageBreak)):
        count += 1
    lead = body[:count]
    del body[:count]
    return lead


# ---------------------------------------------------------------- notes

def _extract_notes(profile: Profile, pages: list[Page], report: Report, language: str) -> list[NoteBlock]:
    notes: list[NoteBlock] = []
    expected: int | None = None
    previous: set[str] = set()
    for page in pages:
        if profile.extract_notes:
            for block in profile.extract_notes(page, report):
                if block.continues and notes:
                    notes[-1].lines += block.lines
                    notes[-1].line_nos += block.line_nos
                else:
                    notes.append(block)
        if not profile.foot_notes:
            continue
        numbers = {mk.n for line in page.lines for mk in profile.markers(line.text)}
        # a tool may print a note a page after its marker
        split = split_foot(page.lines, page.index, expected, numbers | previous, profile.ocr,
                           profile.note_starts, lambda text: {mk.n for mk in profile.markers(text)})
        beyond = None       # the numbering's next after notes kept together in one
        if not split.notes and profile.number_column:
            margin = _margin_column(page, expected, language, report, notes,
                                    lambda text: len({mk.start for mk in profile.markers(text)}))
            if margin is not None:
                split, beyond = margin
        previous = numbers - {note.n for note in split.notes}
        page.lines = split.body
        # the end of a note cut by the page end, or printed before its start (a margin
        # column's pieces come out in any order), stands apart just above the notes
        same_page = split.notes if profile.margin_notes else []
        hosts = [note for note in ([notes[-1]] if notes else []) + same_page if _unfinished(note)]
        # (a margin column's notes give a note's end from before back themselves)
        if split.notes and hosts and beyond is None:
            _take_continuation(page, hosts[0], _marks_a_note(profile, {note.n for note in split.notes}),
                               columns=profile.margin_notes)
        notes += split.notes
        values = [int(n.n) for n in split.notes if n.n.isdigit()]
        if values:
            expected = max([*values, beyond or 0]) + 1
    return notes


def _margin_column(page: Page, expected: int | None, language: str, report: Report,
                   earlier: list[NoteBlock], markers: Callable[[str], int]) -> tuple[FootSplit, int] | None:
    """A page whose notes' numbers OCR read as a column apart from their texts, or lost
    (counted by the numbering, `countednotes`): its notes, and the highest number they hold.
    Lines in lower case that open the notes block go on with what stands before them: the
    text's line just above, where it is left open, else the note before, where that one is."""
    found = read_margin_notes(page.lines, page.index, expected, language, markers) \
        or read_counted_notes(page.lines, page.index, expected, language, markers)
    if found is None:
        return None
    for message, line in found.warnings:
        report.warn(message, line)
    body = found.body
    above = [line for line in body if not line.blank and found.carried and line.no < found.carried[0].no]
    text_open = bool(above) and not closes(above[-1].stripped)
    if found.carried and not text_open and earlier and _unfinished(earlier[-1]):
        earlier[-1].lines += [line.stripped for line in found.carried]
        earlier[-1].line_nos += [line.no for line in found.carried]
    else:
        body = sorted(body + found.carried, key=lambda line: line.no)
    return FootSplit(body, found.notes), found.highest


def _merged_note_ends(profile: Profile, pages: list[Page], notes: list[NoteBlock], report: Report) -> None:
    """A page's last note left unfinished may have its end run into the next page's last
    line of text by the OCR (see `continuation`): it goes back to its note."""
    last_of_page: dict[int, NoteBlock] = {}
    for each in notes:
        last_of_page[each.page] = each
    for k in range(1, len(pages) - 1):
        note = last_of_page.get(k - 1)
        if note is None or not _unfinished(note):
            continue
        body = [line for line in pages[k].lines if not line.blank]
        following = next((line for line in pages[k + 1].lines if not line.blank), None)
        if not body or following is None:
            continue
        line = body[-1]
        markers = [mk for mk in profile.markers(line.text) if mk.strength == 2]
        offset = merged_note_end(line.text, max((mk.end for mk in markers), default=0), following.stripped)
        if offset is None:
            continue
        moved = line.text[offset:].strip()
        note.lines.append(moved)
        note.line_nos.append(line.no)
        line.text = line.text[:offset].rstrip()
        report.warn(f"the end of note {note.n} was found run into the text of the next page and put "
                    f"back into the note: “{moved[:40]}…”", line.no)


def _marks_a_note(profile: Profile, numbers: set[str]) -> Callable[[str], bool]:
    """Does a text mark a note: a firm marker, or any marker with one of these numbers?"""
    def marks(text: str) -> bool:
        return any(mk.strength >= 1 or mk.n in numbers for mk in profile.markers(text))
    return marks


def _unfinished(note: NoteBlock) -> bool:
    last = next((line for line in reversed(note.lines) if line.strip()), "")
    # an emphasis's closing mark is no text: "… again.--_From Mrs. Brown._"
    return bool(last) and not re.search(r"[.!?)\]”\"’'»][_*]*$", last)


def _take_continuation(page: Page, note: NoteBlock, marks: Callable[[str], bool], columns: bool) -> None:
    """A note cut by the page end goes on above the next page's notes: the short block
    standing apart just before them, marking no note itself, is its end. Where the form
    keeps the print's lines (`columns`), a block set in a margin column's narrower measure may
    be long and broken by blank lines: a narrow block before it whose text it continues (in
    lower case) is the note's too."""
    lines = page.lines
    # the text's measure: its long lines (the narrow column's lines pull the median down)
    lengths = sorted(len(line.stripped) for line in lines if not line.blank)
    width = lengths[int(len(lengths) * 0.8)] if lengths else 60
    taken: list[tuple[int, int]] = []
    end = len(lines)
    while True:
        while end > 0 and lines[end - 1].blank:
            end -= 1
        begin = end
        while begin > 0 and not lines[begin - 1].blank:
            begin -= 1
        if begin == 0 or end == begin:
            break
        block = lines[begin:end]
        # (`columns`: the form keeps the lines of the print, so a margin column shows)
        narrow = columns and statistics.median(len(line.stripped) for line in block) < 0.7 * width
        if (len(block) > 6 and not narrow) or marks(" ".join(line.text for line in block)):
            break
        if taken and not (narrow and lines[taken[-1][0]].stripped[:1].islower()):
            break
        taken.append((begin, end))
        if not narrow:
            break
        end = begin
    if not taken:
        return
    first, last = taken[-1][0], taken[0][1]
    kept = [line for line in lines[first:last] if not line.blank]
    note.lines += [line.stripped for line in kept]
    note.line_nos += [line.no for line in kept]
    page.lines = lines[:first] + lines[last:]


# ---------------------------------------------------------------- assembly

def _candidates(profile: Profile, blocks: list[TextBlock]) -> list[Candidate]:
    found: list[Candidate] = []
    order = 0
    for b, block in enumerate(blocks):
        for s, seg in enumerate(block.segs):
            for marker in sorted(profile.markers(seg.text), key=lambda mk: mk.start):
                found.append(Candidate(b, s, seg.page, marker, order))
                order += 1
            order += 1
    return found


def _note_orders(notes: list[NoteBlock], blocks: list[TextBlock], candidates: list[Candidate]) -> list[int]:
    """Each gathered note's place in reading order: after every marker of the lines before it."""
    by_line = sorted((blocks[c.block].segs[c.seg].line, c.order) for c in candidates)
    lines = [line for line, _ in by_line]
    highest = list(itertools.accumulate((order for _, order in by_line), max))
    orders = []
    for note in notes:
        k = bisect.bisect_left(lines, note.first_line)
        orders.append(highest[k - 1] + 1 if k else 0)
    return orders


def _assemble(profile: Profile, pages: list[Page], blocks: list[TextBlock], notes: list[NoteBlock],
              report: Report, hyphenation: Hyphenation | None = None) -> m.Document:
    candidates = _candidates(profile, blocks)
    orders = _note_orders(notes, blocks, candidates) if profile.gathered else [0] * len(notes)
    refs = [NoteRef(i, note.n, note.page, orders[i]) for i, note in enumerate(notes)]
    anchors = pair(refs, candidates, same_page=not profile.gathered)
    qualify = _numbers_repeat(notes)
    note_inlines = {i: _note(profile, note, pages, qualify, hyphenation if profile.line_hyphens else None)
                    for i, note in enumerate(notes)}
    at: dict[tuple[int, int], list[tuple[Marker, int]]] = {}
    for key, cand in anchors.items():
        at.setdefault((cand.block, cand.seg), []).append((cand.marker, key))
    unplaced = [i for i in range(len(notes)) if i not in anchors]
    tails: dict[int, list[int]] = {}
    for i in unplaced:
        target = _last_block_of_page(blocks, notes[i].page)
        report.warn(f"note {notes[i].n}: no marker found for it on its page; placed at the end of "
                    f"the page's last paragraph", notes[i].first_line)
        tails.setdefault(target, []).append(i)
    contents: list[list[m.Inline]] = []
    for b, block in enumerate(blocks):
        if block.kind == "head":
            _strip_heading_marks(block)
        tokens: list = []
        for s, seg in enumerate(block.segs):
            # a dash at a line's end binds the words on either side ("made--" | "as")
            dash = tokens and isinstance(tokens[-1], str) and tokens[-1].endswith(("--", "—"))
            if seg.page_break or seg.unseen_page:
                if tokens and seg.inside_word and isinstance(tokens[-1], str):
                    # "con-" | "fusion": one word; the hyphen of "self-" | "government" stays
                    keep = hyphenation is not None and hyphenation.joint(tokens[-1], seg.text) == "keep"
                    tokens[-1] = tokens[-1].rstrip() if keep else tokens[-1].rstrip()[:-1]
                elif tokens and not dash:
                    tokens.append(" ")
                tokens += (_page_start(pages[seg.page], seg.inside_word) if seg.page_break
                           else [m.PageBreak(inside_word=seg.inside_word)])
            elif tokens and block.kind in ("verse", "lines"):
                tokens.append(m.LineBreak())   # a verse line ends: kept apart from the next
            elif tokens and not dash:
                way = hyphenation.joint(tokens[-1], seg.text) \
                    if profile.line_hyphens and hyphenation is not None and isinstance(tokens[-1], str) \
                    else "space"
                if way == "drop":              # "exalta-" | "tion": one word
                    tokens[-1] = tokens[-1].rstrip()[:-1]
                elif way == "space":
                    tokens.append(" ")
            tokens += _seg_tokens(seg, at.get((b, s), []), note_inlines, profile)
        for i in tails.get(b, []):
            tokens.append(note_inlines[i])
        rule = _heading_italic(_italic_rule(profile, False)) if block.kind == "head" else _italic_rule(profile, False)
        contents.append(inline.parse(tokens, profile.markdown, profile.underscore, rule,
                                     _unclosed_warning(report, block.first_line), tags=profile.tags))
    _warn_unpaired_markers(blocks, candidates, anchors, report)
    return _document(blocks, contents)


def _strip_heading_marks(block: TextBlock) -> None:
    """`## Title` and `**Title**` are a heading's markup, not its text."""
    for seg in block.segs:
        seg.text = _ATX.sub("", seg.text)
        seg.text = _BOLD_WHOLE.sub(r"\1", seg.text)


_ATX = re.compile(r"^#{1,6}\s+|\s+#+\s*$")
_BOLD_WHOLE = re.compile(r"^\*\*([^*].*[^*]|[^*])\*\*$")


def _warn_unpaired_markers(blocks: list[TextBlock], candidates: list[Candidate],
                           anchors: dict[int, Candidate], report: Report) -> None:
    """An unmistakable marker (³, <sup>3</sup>, [3]) that no note took stays as printed."""
    used = {(cand.block, cand.seg, cand.marker.start) for cand in anchors.values()}
    for cand in candidates:
        if cand.marker.strength == 2 and (cand.block, cand.seg, cand.marker.start) not in used:
            seg = blocks[cand.block].segs[cand.seg]
            report.warn(f"note marker {seg.text[cand.marker.start:cand.marker.end]} has no note; "
                        "kept as printed", seg.line)


def _numbers_repeat(notes: list[NoteBlock]) -> bool:
    counts = Counter(note.n for note in notes)
    return any(c > 1 for c in counts.values())


def _note(profile: Profile, note: NoteBlock, pages: list[Page], qualify: bool,
          hyphenation: Hyphenation | None = None) -> m.Note:
    content = _note_content(profile, note, hyphenation)
    page = pages[note.page]
    label = None
    if qualify:
        label = page.number or (page.facs.rsplit(".", 1)[0] if page.facs else str(note.page + 1))
    return m.Note(note.n, content, page=label, line=note.first_line)


def _note_content(profile: Profile, note: NoteBlock, hyphenation: Hyphenation | None) -> list[m.Inline]:
    """A note's text; a heading it holds is a label between the runs of text around it, and a
    note printed in paragraphs keeps them (`NoteBlock.paragraphs`)."""
    content: list[m.Inline] = []
    run: list[str] = []
    new_paragraph = False

    def add(inlines: list[m.Inline]) -> None:
        nonlocal new_paragraph
        if content:
            content.append(m.ParagraphBreak() if new_paragraph else " ")
        content.extend(inlines)
        new_paragraph = False

    k = 0
    while k <= len(note.lines):
        if k < len(note.lines) and k not in note.heads and not (note.paragraphs and not note.lines[k]):
            run.append(note.lines[k])
            k += 1
            continue
        if any(run):
            add(_parse_line(profile, join_lines([line for line in run if line], hyphenation), in_note=True))
        run = []
        if k == len(note.lines):
            break
        if k not in note.heads:                # a blank line: the next paragraph begins
            new_paragraph = new_paragraph or bool(content)
            k += 1
            continue
        end = k
        while end < len(note.lines) and end in note.heads:
            end += 1
        add([m.Label(_parse_line(profile, join_lines([line for line in note.lines[k:end] if line], None),
                                 in_note=True))])
        k = end
    return content


def _unclosed_warning(report: Report, line: int) -> Callable[[str], None]:
    def warn(mark: str) -> None:
        if mark in ("*", "**", "_"):
            report.warn(f"{'an asterisk' if '*' in mark else 'an underscore'} without its pair is kept "
                        "as printed", line)
    return warn


def _italic_rule(profile: Profile, in_note: bool) -> inline.ItalicRule | None:
    rule = profile.italic
    if rule is None:
        return None
    return lambda content, before, after: rule(content, before, after, in_note)


def _heading_italic(rule: inline.ItalicRule | None) -> inline.ItalicRule | None:
    """A heading set wholly in italics ("*PART III*") is typography, not a title or a foreign phrase."""
    if rule is None:
        return None

    def heading_rule(content: list, before: str, after: str) -> m.Styled:
        if not before.strip() and not after.strip():
            return m.Styled("hi", content, rend="italic")
        return rule(content, before, after)
    return heading_rule


def _last_block_of_page(blocks: list[TextBlock], page: int) -> int:
    best = 0
    for b, block in enumerate(blocks):
        if block.kind == "p" and any(seg.page <= page for seg in block.segs):
            best = b
    return best


def _page_start(page: Page, inside_word: bool) -> list[m.Inline]:
    items: list[m.Inline] = [m.PageBreak(page.number, inferred=page.number_inferred,
                                         inside_word=inside_word, facs=page.facs)]
    text = [line.no for line in page.lines if not line.blank]
    for kind, line in page.furniture:
        place = "top" if line.no <= (text[0] if text else line.no) else "bottom"
        items.append(m.Furniture(kind, line.stripped, place))
    return items


def _seg_tokens(seg: Seg, anchored: list[tuple[Marker, int]], notes: dict[int, m.Note],
                profile: Profile) -> list:
    out: list = []
    pos = 0
    text = seg.text
    for marker, key in sorted(anchored, key=lambda item: item[0].start):
        before = text[pos:marker.start]
        if marker.strength == 2 and before.endswith(" ") and before.strip():
            # a tool that sets the marker apart ("Macedonia $^{1}$ , Montenegro"): it binds
            # to the word before it, and to the punctuation after it
            before = before.rstrip()
            follow = _SPACED_PUNCTUATION.match(text, marker.end)
            out += [before, notes[key]]
            pos = follow.end() - 1 if follow else marker.end
            continue
        out.append(before)
        out.append(notes[key])
        pos = marker.end
    out.append(text[pos:])
    if profile.editorial is not None:
        out = [part for piece in out for part in _editorial(piece, profile.editorial)]
    if profile.sidenotes:
        parse = functools.partial(_parse_line, profile)
        out = [part for piece in out
               for part in (split_sidenotes(piece, parse) if isinstance(piece, str) else [piece])]
    return [piece for piece in out if piece != ""]


_SPACED_PUNCTUATION = re.compile(r" +[.,;:!?)]")


def _editorial(piece, pattern: re.Pattern[str]) -> list:
    if not isinstance(piece, str):
        return [piece]
    out: list = []
    pos = 0
    for match in pattern.finditer(piece):
        out += [piece[pos:match.start()], m.EditorialNote([match.group(1)])]
        pos = match.end()
    return out + [piece[pos:]]


def _document(blocks: list[TextBlock], contents: list[list[m.Inline]]) -> m.Document:
    """Blocks to divisions: a heading opens a division of its rank, closing deeper ones."""
    body: list[m.Block] = []
    stack: list[tuple[int, m.Div]] = []
    merged = _merge_heading_titles(blocks, contents)
    region_of: dict[int, tuple[str, int]] = {}   # id of a Verse or Quote -> its (kind, region)
    for block, content in merged:
        if block.kind == "head":
            while stack and stack[-1][0] >= block.rank:
                stack.pop()
            # a page that opens with a heading breaks before the division
            lead = []
            while content and isinstance(content[0], (m.PageBreak, m.Furniture)):
                lead.append(content.pop(0))
            div = m.Div(block.division, head=_labelled(content, block.label), n=_div_n(block.label),
                        line=block.first_line)
            parent = stack[-1][1].children if stack else body
            parent += lead
            parent.append(div)
            stack.append((block.rank, div))
            continue
        target = stack[-1][1].children if stack else body
        if block.kind == "pb":
            target += [item for item in content if isinstance(item, (m.PageBreak, m.Furniture))]
            continue
        if target and isinstance(target[-1], m.Div):
            # text after a division's subdivisions belongs to the last of them
            target = _deepest(target[-1]).children
        # a page that begins with a new paragraph breaks between the paragraphs
        while content and isinstance(content[0], (m.PageBreak, m.Furniture)):
            target.append(content.pop(0))
        if block.kind in ("verse", "quote"):
            _set_off(target, block, content, region_of)
            continue
        if block.kind == "item":
            # a list's items follow one another; anything else between them ends the list
            if target and isinstance(target[-1], m.ListBlock):
                target[-1].items.append(m.Item(content))
            else:
                target.append(m.ListBlock([m.Item(content)]))
            continue
        target.append(illustration(content, block.first_line) or m.Paragraph(content, line=block.first_line))
    return m.Document(body=body)


def _set_off(target: list[m.Block], block: TextBlock, content: list[m.Inline],
             region_of: dict[int, tuple[str, int]]) -> None:
    """A verse stanza or a quoted paragraph: added to the passage it continues (the same
    set-off region, right before it), else a new one."""
    last = target[-1] if target else None
    same = last is not None and region_of.get(id(last)) == (block.kind, block.region)
    if block.kind == "verse":
        lines: list[list[m.Inline]] = [[]]
        for item in content:
            if isinstance(item, m.LineBreak):
                lines.append([])
            else:
                lines[-1].append(item)
        if same and isinstance(last, m.Verse):
            last.stanzas.append(lines)
            return
        passage: m.Verse | m.Quote = m.Verse([lines], line=block.first_line)
    else:
        paragraph = m.Paragraph(content, line=block.first_line)
        if same and isinstance(last, m.Quote):
            last.children.append(paragraph)
            return
        passage = m.Quote([paragraph], line=block.first_line)
    region_of[id(passage)] = (block.kind, block.region)
    target.append(passage)


def _labelled(content: list[m.Inline], label: str | None) -> list[m.Inline]:
    """A heading's printed number ("2.", "Chapter I:") as its label, where the heading
    begins with it and goes on with a title."""
    if not label or not content or not isinstance(content[0], str):
        return content
    first = content[0]
    match = re.match(rf"\s*({re.escape(label)}[.:]?)(\s+)(?=\S)", first)
    if not match:
        return content
    return [m.Label([match.group(1)]), match.group(2) + first[match.end():], *content[1:]]


def _deepest(div: m.Div) -> m.Div:
    while div.children and isinstance(div.children[-1], m.Div):
        div = div.children[-1]
    return div


def _div_n(label: str | None) -> str | None:
    if not label:
        return None
    # the number after the word ("PART III": not the word's last capital)
    n = re.sub(r"^\D*?(?<![^\W\d_])(?=[\dIVXLCDM]+\b|[A-Z]\b)", "", label).strip(".() ")
    return n if re.fullmatch(r"[0-9A-Za-z.]+", n or "") else None


def _merge_heading_titles(blocks: list[TextBlock], contents: list[list[m.Inline]]):
    """A numeral or division word alone takes the short title that follows it; a heading
    with nothing under it before a heading of its rank is text (a signature, a dateline)."""
    out: list[tuple[TextBlock, list[m.Inline]]] = []
    i = 0
    while i < len(blocks):
        block, content = blocks[i], contents[i]
        if block.kind == "head" and i + 1 < len(blocks):
            nxt = blocks[i + 1]
            bare = block.label is not None and m.text_of(content).strip(" .:") == block.label.strip(" .:")
            short_title = nxt.kind == "head" and nxt.label is None or \
                nxt.kind == "p" and len(nxt.text) <= 60 and len(nxt.segs) == 1 \
                and not _has_note(contents[i + 1]) and looks_like_title(nxt.text)
            if bare and short_title and not nxt.segs[0].page_break:
                out.append((block, content + [m.LineBreak()] + contents[i + 1]))
                i += 2
                continue
        out.append((block, content))
        i += 1
    result = []
    for k, (block, content) in enumerate(out):
        if block.kind == "head" and block.label is None and k + 1 < len(out):
            nxt = out[k + 1][0]
            if nxt.kind == "head" and nxt.rank <= block.rank and k > 0:
                block = TextBlock("p", block.segs)
        result.append((block, content))
    return result


def _has_note(content: list[m.Inline]) -> bool:
    return any(isinstance(item, m.Note) for item in content)

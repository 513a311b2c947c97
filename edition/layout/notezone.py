# SPDX-License-Identifier: MIT
"""The foot of a page: where its notes begin, how they divide, what continues from before.

A note begins on a line that starts with its number (alone on the line, or followed by the
text) or a note symbol. The notes zone of a page begins at the first such line whose number
is the one the numbering expects next (or 1 where numbering restarts, or a symbol) and
that the page supports: a marker with that number in the text above it, or a blank line and
a place in the lower part of the page. From there on, each line that starts with the next
number in the run begins a note; the other lines continue the note before them. A number
the tool printed apart from its note (after it, at the foot of the zone) is given back to
the text it belongs to: the note before the gap is split where a sentence ends and the next
begins.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from edition.layout.blocks import closes, open_end
from edition.layout.ocrnumbers import READING, WILDCARDS, likeness, reads_as
from edition.layout.pages import Line

SYMBOLS = "*†‡§¶"
_ALONE = re.compile(rf"^\s*(\d{{1,4}}|[{SYMBOLS}]{{1,3}})\s*$")
_START = re.compile(rf"^\s*(\d{{1,4}}|[{SYMBOLS}]{{1,3}})[.)]?\s+(?=\S)")
# OCR reads a superscript 1 before a capital as "!" or "*": "!Thus"
_OCR_START = re.compile(r"^\s*([!*])(?=[A-Z])")
_CITATION_OF_NUMBERS = re.compile(r"\d{1,4}\s*[(\[]\d{4}[)\]]\s*\d{1,5}(?:\s*[-–]\s*\d{1,5})?\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?)\]”\"’']$")


# a line -> (note number, rest of the line) when it may begin a note
StartRule = Callable[[Line], "tuple[str, str] | None"]


@dataclass
class NoteBlock:
    n: str
    page: int
    lines: list[str]
    first_line: int
    # the note's text as printed in pieces: line numbers of each piece (for warnings)
    line_nos: list[int] = field(default_factory=list)
    # the rest of a note begun on an earlier page (a transcriber's "*[Footnote: …]")
    continues: bool = False
    # indices into `lines` of a heading the note holds (the title of a story an editor's
    # note tells): a TEI note holds no head, so it becomes the note's label
    heads: set[int] = field(default_factory=set)
    # a blank entry of `lines` begins a new paragraph of the note (a transcriber's note keeps
    # the print's paragraphs); elsewhere a blank line inside a note is the tool's, not the print's
    paragraphs: bool = False


@dataclass
class FootSplit:
    body: list[Line]
    notes: list[NoteBlock]


# markdown as OCR tools write a note's number: <sup>1</sup>, \(^1\), ^1^, [^1]:
_MARKDOWN_START = re.compile(
    r"^\s*(?:<sup>\s*(\d{1,4}|[*†‡§])\s*</sup>|\\\(\s*\^\s*\{?\s*(\d{1,4}|[*†‡§])\s*\}?\s*\\\)"
    r"|\$\s*\^\s*\{?\s*(\d{1,4})\s*\}?\s*\$|\^(\d{1,4})\^|\[\^(\d{1,4})\]:?)\s*(?=\S)")


def markdown_note_mark(line: Line) -> tuple[str, str] | None:
    """A note line whose number is marked up as a superscript."""
    match = _MARKDOWN_START.match(line.text)
    if match:
        return next(g for g in match.groups() if g), line.text[match.end():].strip()
    return None


_PLAIN_START = re.compile(rf"^\s*(\d{{1,4}}|[{SYMBOLS}]{{1,3}})\s+(?=\S)")
# a note symbol set close to the note's first word: "*La Chine, or China, …"
_GLUED_SYMBOL_START = re.compile(rf"^\s*([{SYMBOLS}])(?=[^\W\d_])")


def markdown_note_start(line: Line) -> tuple[str, str] | None:
    """A note line of OCR markdown: its number marked up, or plain at the line start
    ("1 See …"; "1. …" is a list item in markdown)."""
    marked = markdown_note_mark(line)
    if marked:
        return marked
    match = _PLAIN_START.match(line.text)
    if match:
        return match.group(1), line.text[match.end():].strip()
    match = _GLUED_SYMBOL_START.match(line.text)
    rest = line.text[match.end():].rstrip() if match else ""
    # a capital after it, and no star of an emphasis's pair ("*Italics* here"); a note the
    # tool set in italics, its symbol and the emphasis's first star one ("*A fund … voyageurs.*")
    if match and rest[:1].isupper() and "*" not in rest[:-1]:
        return match.group(1), rest[:-1].rstrip() if rest.endswith("*") else rest
    return None


def note_start(line: Line, ocr: bool = False) -> tuple[str, str] | None:
    """(number, rest of the line) when the line may begin a note."""
    text = line.text
    match = _ALONE.match(text)
    if match:
        return match.group(1), ""
    match = _START.match(text)
    if match and (re.search(r"[^\W\d_]", text[match.end():]) or _CITATION_OF_NUMBERS.match(text, match.end())):
        # a note says something: "1 2002" is a volume and a year, not a note; "6 3 (1820)
        # 1425." is (a volume, its year in brackets, a page: a journal cited before)
        return match.group(1), text[match.end():].strip()
    if ocr:
        match = _OCR_START.match(text)
        if match:
            return "1", text[match.end():].strip()
        # a number the OCR garbled ("25° See", "2?7 See"): its value comes from the numbering
        match = READING.match(text)
        if match and re.search(r"[^\W\d_]", text[match.end():]):
            return match.group(1), text[match.end():].strip()
    return None


def _garbled(n: str) -> bool:
    """A note number read with a sign or a letter among its digits."""
    return any(c.isdigit() for c in n) and not n.isdigit()


def _next_exact(lines: list[Line], k: int, starts: StartRule) -> int | None:
    """The number of the next note standing apart after line k, where it is read whole."""
    for j in range(k + 1, len(lines)):
        if lines[j].blank or not lines[j - 1].blank:
            continue
        start = starts(lines[j])
        if start is not None:
            return _value(start[0])
    return None


def _meant(n: str, notes: list[NoteBlock], expected: int | None, lines: list[Line], k: int,
           starts: StartRule) -> str:
    """The number an OCR reading of a note's number stands for: the run's next one (after
    the note before, else the one the numbering expects, else the one before the next note
    read whole) where the reading fits it and not as it stands ("27" for 227 after 226)."""
    previous = _value(notes[-1].n) if notes else None
    if previous is not None:
        wanted = [previous + 1]
    else:
        following = _next_exact(lines, k, starts)
        wanted = [v for v in (expected, following - 1 if following else None) if v is not None]
    value = _value(n)
    if value is not None and (value in wanted or previous is not None and previous < value <= previous + 3):
        return n
    if previous is None and value is not None and expected is None and not wanted:
        return n
    for meant in wanted:
        if reads_as(n, meant):
            return str(meant)
    # a reading too short to go on ("7" for 71) where the blocks begun by such readings up to
    # the next note read whole are as many as the numbers between: the gap decides
    if previous is not None and likeness(n, str(previous + 1)) and _fills_run(lines, k, previous, starts):
        return str(previous + 1)
    return n


def _fills_run(lines: list[Line], k: int, previous: int, starts: StartRule) -> bool:
    """Are the blocks from line k on that begin with a misread number or signs, up to the
    next note read whole, as many as the numbers between `previous` and that note's?"""
    count = 0
    for j in range(k, len(lines)):
        if lines[j].blank or not lines[j - 1].blank:
            continue
        start = starts(lines[j])
        if start is not None and start[0].isdigit() and int(start[0]) > previous + 1 and j > k:
            return int(start[0]) == previous + 1 + count
        if start is not None or _SIGNS_START.match(lines[j].text):
            count += 1
    return False


# a note's number the OCR read as signs only ("” See …"), before a capital
_SIGNS_START = re.compile(rf"^\s*[{re.escape(WILDCARDS)}]{{1,3}}\s+(?=[A-Z])")


def _signs_for_gap(lines: list[Line], k: int, notes: list[NoteBlock], starts: StartRule) -> tuple[str, str] | None:
    """A block begun by signs only, between the last note and the next note read whole that
    is the one after it: the note between them, its number read as signs."""
    match = _SIGNS_START.match(lines[k].text)
    previous = _value(notes[-1].n) if notes else None
    if match is None or previous is None or not _fills_run(lines, k, previous, starts):
        return None
    return str(previous + 1), lines[k].text[match.end():].strip()


def _value(n: str) -> int | None:
    return int(n) if n.isdigit() else None


def _acceptable_first(n: str, expected: int | None) -> bool:
    value = _value(n)
    if value is None:
        return True
    if expected is None:
        return value < 1000
    return value in (expected, 1) or expected < value <= expected + 2


def split_foot(lines: list[Line], page: int, expected: int | None, marker_numbers: set[str],
               ocr: bool = False, starts: StartRule | None = None,
               marks: Callable[[str], set[str]] | None = None) -> FootSplit:
    """Divide one page's lines (furniture removed) into text and notes.

    `expected` is the number the numbering expects next (None at the start of a text);
    `marker_numbers` are the note numbers found as markers in the page's lines; `marks`
    gives the marker numbers of a text (to see the body resume after notes printed first)."""
    if starts is None:
        starts = functools.partial(note_start, ocr=ocr)
    content = [i for i, line in enumerate(lines) if not line.blank]
    if not content:
        return FootSplit(lines, [])
    zone = None
    for position, i in enumerate(content):
        start = starts(lines[i])
        if start is None or position == 0 and not start[1] and len(content) > 1 and page == 0:
            continue
        n, rest = start
        if ocr and any(c.isdigit() for c in n):
            n = _meant(n, [], expected, lines, i, starts)
            if _garbled(n):
                continue
        # OCR loses or garbles markers: a run of notes numbered on below it shows the zone too
        evidence = n in marker_numbers or ocr and _numbered_on(lines, i, starts, n)
        after_gap = i == 0 or lines[i - 1].blank or not rest
        # the numbering may jump (a new chapter's notes, a gap in an excerpt) where a marker
        # on the page and a block of its own show the note
        jump = evidence and after_gap and expected is not None and (_value(n) or 0) > expected
        if not (_acceptable_first(n, expected) or jump):
            continue
        # "4 June 1741 the ships …" above the notes 1 to 4 of the page: a paragraph that opens
        # with a day, where a note of a lower marker of the page begins further down (not in
        # OCR, whose numbers are misread)
        if rest and not ocr and _lower_note_below(lines, content[position + 1:], n, marker_numbers, starts):
            continue
        # notes stand below the text, except where a margin column comes out first: then
        # the page may open with exactly the note the numbering expects
        lower = position >= 1 or (expected is not None and _value(n) == expected and bool(rest)
                                  and any(c.islower() for c in rest))
        if lower and (evidence or ocr and after_gap and n in ("1", "*", "!")):
            if _run_plausible(lines, i, starts):
                zone = i
                break
    if zone is None:
        return FootSplit(lines, [])
    zone = _earlier_blocks_of_notes(lines, zone, starts, marker_numbers)
    resume = _body_resumes(lines, zone, starts, marks) if marks is not None else None
    if resume is None:
        return _split_zone(lines, zone, page, starts, marker_numbers, expected, ocr)
    # notes printed before the text (a margin column first): the text goes on after them,
    # and may have more notes below it
    before = _split_zone(lines[:resume], zone, page, starts, marker_numbers, expected, ocr)
    values = [int(note.n) for note in before.notes if note.n.isdigit()]
    after = split_foot(lines[resume:], page, max(values) + 1 if values else expected,
                       marker_numbers, ocr, starts, marks)
    return FootSplit(before.body + after.body, before.notes + after.notes)


def _lower_note_below(lines: list[Line], below: list[int], n: str, marker_numbers: set[str],
                      starts: StartRule) -> bool:
    """Does a block below begin with the note of a marker of the page numbered lower than n?"""
    value = _value(n)
    if value is None:
        return False
    lower = {m for m in marker_numbers if (_value(m) or value) < value}
    if not lower:
        return False
    for k in below:
        if k == 0 or not lines[k - 1].blank:
            continue  # (a note's own line may open with a number: "1 William Blackstone, …")
        start = starts(lines[k])
        if start is not None and start[0] in lower and start[1]:
            return True
    return False


def _numbered_on(lines: list[Line], zone: int, starts: StartRule, n: str) -> bool:
    """Do at least two more notes follow, each standing apart and numbered on from n (one
    number may be missing or printed elsewhere)?"""
    value = _value(n)
    if value is None:
        return False
    found = 0
    for k in range(zone + 1, len(lines)):
        if lines[k].blank or not lines[k - 1].blank:
            continue
        start = starts(lines[k])
        following = _value(start[0]) if start else None
        # a number or two the OCR misread between ("27°", "27" for 270, 271) may be skipped
        if following is not None and value < following <= value + 3:
            value, found = following, found + 1
        elif start is not None and reads_as(start[0], value + 1):
            value, found = value + 1, found + 1
    return found >= 2


def _body_resumes(lines: list[Line], zone: int, starts: StartRule,
                  marks: Callable[[str], set[str]]) -> int | None:
    """Where text resumes after a zone of notes: a block of its own, begun by no note number,
    of at least four lines, that marks two or more of the zone's notes."""
    numbers: set[str] = set()
    k = zone
    while k < len(lines):
        line = lines[k]
        start = starts(line) if not line.blank else None
        if start is not None:
            numbers.add(start[0])
        elif not line.blank and k > zone and lines[k - 1].blank:
            end = k
            while end < len(lines) and not lines[end].blank:
                end += 1
            block = lines[k:end]
            if len(block) >= 4 and len(marks(" ".join(b.text for b in block)) & numbers) >= 2:
                return k
        k += 1
    return None


CONTINUED_LINES = 8   # the end of a note carried over from the page before, above a margin column's notes


def _earlier_blocks_of_notes(lines: list[Line], zone: int, starts: StartRule, marked: set[str]) -> int:
    """Margin columns come out in any order: blocks just above the zone that begin with the
    number of a note marked on the page belong to it: a number after the zone's first one. A
    block may open with the end of a note begun on the page before; a short block with no
    number of its own between two such blocks (a note's last lines, set apart) belongs too."""
    first = starts(lines[zone])
    first_value = _value(first[0]) if first else None
    if first_value is None:
        return zone
    # a number the zone's own notes have again opens no note above it ("4 June 1741 …")
    own = {start[0] for line in lines[zone:] if not line.blank and (start := starts(line)) is not None}
    settled = zone          # the zone as far as it is sure
    while True:
        end = zone - 1
        while end >= 0 and lines[end].blank:
            end -= 1
        begin = end
        while begin > 0 and not lines[begin - 1].blank:
            begin -= 1
        if end < 0 or begin == zone or begin <= 0:
            return settled
        opening = next((k for k in range(begin, min(end + 1, begin + CONTINUED_LINES + 1))
                        if starts(lines[k]) is not None), None)
        start = starts(lines[opening]) if opening is not None else None
        if start is not None and start[1] and start[0] in marked and (_value(start[0]) or 0) > first_value \
                and start[0] not in own:
            zone = settled = begin
        elif start is None and end - begin < CONTINUED_LINES and zone == settled:
            zone = begin    # a short block without a number: only with a block of notes above it
        else:
            return settled


def _run_plausible(lines: list[Line], start: int, starts: StartRule) -> bool:
    """The zone has text: a number alone must be followed by a line of text."""
    first = starts(lines[start])
    if first and first[1]:
        return True
    following = [line for line in lines[start + 1:] if not line.blank]
    return bool(following) and not _ALONE.match(following[0].text) and bool(_WORDED.search(following[0].text))


def _next_in_run(line: Line, notes: list[NoteBlock]) -> tuple[str, str] | None:
    """A note of figures only ("162 3 (1820) 1425.", a reference to a volume) where its number
    is the next of the run: after the note before it, or after the highest of the zone."""
    match = _START.match(line.text)
    values = [v for v in (_value(note.n) for note in notes) if v is not None]
    value = _value(match.group(1)) if match else None
    if match is None or value is None or not values or value in values:
        return None
    previous = _value(notes[-1].n)
    if value != max(values) + 1 and (previous is None or value != previous + 1):
        return None
    return match.group(1), line.text[match.end():].strip()


def _split_zone(lines: list[Line], zone: int, page: int, starts: StartRule,
                marked: set[str] = frozenset(), expected: int | None = None,  # type: ignore[assignment]
                ocr: bool = False) -> FootSplit:
    body = lines[:zone]
    notes: list[NoteBlock] = []
    current: NoteBlock | None = None
    orphans: list[tuple[str, Line]] = []
    for k, line in enumerate(lines[zone:], zone):
        if line.blank:
            continue
        # out of sequence only as a block of its own (a margin column's notes, printed in any order)
        apart = lines[k - 1].blank
        start = starts(line)
        if start is not None and not start[1] and (_fills_gap(start[0], notes) or ocr and _next_alone(start[0], notes)) \
                and _is_trailing_orphan(lines, k, starts):
            orphans.append((start[0], line))
            continue
        if start is None and notes:
            start = _next_in_run(line, notes)
        if ocr and start is None and apart:
            start = _signs_for_gap(lines, k, notes, starts)
        if ocr and start is not None and (apart or not notes) and any(c.isdigit() for c in start[0]):
            start = (_meant(start[0], notes, expected, lines, k, starts), start[1])
        if start is not None and _garbled(start[0]):
            start = None
        if start is not None and not start[1] and not _text_follows(lines, k):
            current = None  # a number over figures: a table's row, not a note; the text resumes
            body.append(line)
            continue
        if start is not None and (_continues_run(start[0], notes, current)
                                  or apart and _out_of_order(start[0], notes, marked, expected)):
            n, rest = start
            current = NoteBlock(n, page, [rest] if rest else [], line.no, [line.no] if rest else [])
            notes.append(current)
            continue
        if current is None or not current.lines and _displaced_body_line(lines, k):
            body.append(line)
            continue
        current.lines.append(line.stripped)
        current.line_nos.append(line.no)
    for n, line in orphans:
        if not _restore_orphan(notes, n, page):
            body.append(line)     # no note to give it back to: the number stays as printed
    _split_run_on(notes, marked)
    return FootSplit(body, notes)


# a note says something in words: a line of figures ("1706–1710", "60,0 6 81,8") is a table's
_WORDED = re.compile(r"[^\W\d_]{2}")


def _text_follows(lines: list[Line], k: int) -> bool:
    """Is the line after the number alone at `k` one of words?"""
    following = next((line for line in lines[k + 1:] if not line.blank), None)
    return following is not None and bool(_WORDED.search(following.text))


# a note symbol after a sentence's end, before a capital: the next note, set on the same line
_RUN_ON = re.compile(rf"(?<=[.!?)\]]) ([{SYMBOLS}]) (?=[^\W\d_])")


def _split_run_on(notes: list[NoteBlock], marked: set[str]) -> None:
    """Short notes set side by side on one line ("* Portage Dufort, &c. † Décharge des
    Sables, &c."): a symbol marked on the page that no note has yet, after a sentence's end,
    begins its own note there."""
    k = 0
    while k < len(notes):
        note = notes[k]
        k += 1
        for i, text in enumerate(note.lines):
            match = next((mt for mt in _RUN_ON.finditer(text) if mt.group(1) in marked
                          and mt.group(1) not in {other.n for other in notes}), None)
            if match is None:
                continue
            first = note.line_nos[i] if i < len(note.line_nos) else note.first_line
            moved = NoteBlock(match.group(1), note.page, [text[match.end():], *note.lines[i + 1:]], first,
                              [first, *note.line_nos[i + 1:]])
            note.lines = [*note.lines[:i], text[:match.start()]]
            note.line_nos = note.line_nos[:i + 1]
            notes.insert(k, moved)
            break


def _displaced_body_line(lines: list[Line], k: int) -> bool:
    """pdftotext may print the text's last line after the first note's number ("28" | "" |
    "We already have noted that the" | "" | "1 BLACKSTONE, …"): a single line standing apart
    right after a number alone, its sentence left open, with the note's text after it."""
    after = [line for line in lines[k + 1:] if not line.blank]
    return lines[k - 1].blank and k + 1 < len(lines) and lines[k + 1].blank and bool(after) \
        and not closes(lines[k].stripped) and open_end(lines[k].stripped)


def _continues_run(n: str, notes: list[NoteBlock], current: NoteBlock | None) -> bool:
    if not notes:
        return True
    previous = _value(notes[-1].n)
    value = _value(n)
    if previous is None or value is None:
        return value is None and n != notes[-1].n or previous is None and value == 1
    return previous < value <= previous + 3


def _out_of_order(n: str, notes: list[NoteBlock], marked: set[str], expected: int | None) -> bool:
    """A number marked on the page, not before the numbering's next one (or the zone's first),
    that no note of the zone has yet."""
    value, first = _value(n), _value(notes[0].n) if notes else None
    least = expected if expected is not None else (first + 1 if first is not None else None)
    return n in marked and value is not None and least is not None and value >= least \
        and n not in {note.n for note in notes}


def _fills_gap(n: str, notes: list[NoteBlock]) -> bool:
    """A number smaller than the zone's last one that no note of the zone has."""
    value = _value(n)
    values = [_value(note.n) for note in notes]
    return value is not None and value not in values and any(v is not None and v > value for v in values)


def _next_alone(n: str, notes: list[NoteBlock]) -> bool:
    """The number after the zone's last one, with no text of its own at the zone's foot: OCR
    read the number as a column of its own and its note's text as the end of the note before
    (a text layer's tool prints such a number where the note goes on overleaf)."""
    value = _value(n)
    values = [v for v in (_value(note.n) for note in notes) if v is not None]
    return value is not None and bool(values) and value == max(values) + 1


def _is_trailing_orphan(lines: list[Line], index: int, starts: StartRule) -> bool:
    """A number alone (at `index`) with no text after it before the next number or the zone's end."""
    for following in lines[index + 1:]:
        if following.blank:
            continue
        return starts(following) is not None
    return True


def _restore_orphan(notes: list[NoteBlock], n: str, page: int) -> bool:
    """Give a number printed apart from its note its text back: split the note before the gap."""
    value = _value(n)
    before = [note for note in notes if _value(note.n) is not None and value is not None
              and _value(note.n) < value]  # type: ignore[operator]
    if before:
        host = max(before, key=lambda note: _value(note.n) or 0)
        for k in range(1, len(host.lines)):
            if _SENTENCE_END.search(host.lines[k - 1]) and host.lines[k][:1].isupper():
                first = host.line_nos[k] if k < len(host.line_nos) else host.first_line
                moved = NoteBlock(n, page, host.lines[k:], first, host.line_nos[k:])
                host.lines, host.line_nos = host.lines[:k], host.line_nos[:k]
                notes.insert(notes.index(host) + 1, moved)
                return True
    return False

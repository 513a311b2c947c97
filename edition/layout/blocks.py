# SPDX-License-Identifier: MIT
"""Body lines to blocks: paragraphs and headings, rejoined across page ends.

How a form shows a paragraph's end is its `paragraphs` signal:
  "blank"   a blank line ends a paragraph (OCR, Proofreaders, Gutenberg, markdown);
  "shape"   no blank lines to trust (pdftotext's default): a short line that ends a
            sentence ends its paragraph;
  "indent"  pdftotext -layout: a line indented deeper than the text begins one.
One continuation rule joins what a page end (or a spurious blank line) cut: the sentence
visibly continues when the block ends without closing punctuation, or with a hyphen, a comma
or a colon, or when the next one begins in lower case. A word hyphenated across a page end
is rejoined and the page break marked as inside the word.
"""
from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from edition.layout.headings import HeadingRules
from edition.layout.pages import Line, runs_between

# closing punctuation, possibly followed by a note marker ("law.27", "end.*")
_CLOSES_RAW = re.compile(r"[.!?:;»«”\"’')\]]\W{0,3}$|[.!?”’\"')][\d*†‡]{1,4}$")
# a note marker after the closing punctuation, in any convention the forms use
_TRAILING_MARKER = re.compile(r"(?:<sup>[^<]{0,8}</sup>|\[\d{1,4}\]|\\\(\s*\^?\{?\d{1,4}\}?\s*\\\)"
                              r"|\^\d{1,4}\^|\[\^\d{1,4}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\s)+$")




# the last characters a trailing marker can end with (a closing tag or bracket, a caret, a
# superscript digit; white space is tested apart)
_MARKER_ENDS = frozenset(">])^⁰¹²³⁴⁵⁶⁷⁸⁹")
# the longest text `_CLOSES_RAW` matches, with the line break its `$` may stand before
_CLOSES_SPAN = 6


def closes(text: str) -> bool:
    """Does the text end with closing punctuation (a note marker after it set aside)?"""
    # every trailing marker reaches the end: a text whose last character ends none has none
    last = text[-1:]
    stripped = _TRAILING_MARKER.sub("", text) if last in _MARKER_ENDS or last.isspace() else text
    stripped = stripped if stripped else text
    return bool(_CLOSES_RAW.search(stripped, max(0, len(stripped) - _CLOSES_SPAN)))

_BARE_LABEL = re.compile(r"^(?:[IVXLCDM]+|[A-Z]|\d{1,2})\.?$")
_OPEN_END = re.compile(r"[,;\-–—(]$|\w$")


def open_end(text: str) -> bool:
    """Does the text end as a cut sentence can: a word, a comma, a dash, an open bracket?"""
    return bool(_OPEN_END.search(text, max(0, len(text) - 2)))


@dataclass
class Seg:
    """One source line of a block; `page_break` when a page ends before it."""
    text: str
    line: int
    page: int
    page_break: bool = False
    # the page break falls inside a hyphenated word ("con-" | "fusion")
    inside_word: bool = False
    # a page ended here that the text shows only by a sentence cut between two blocks
    unseen_page: bool = False


@dataclass
class TextBlock:
    kind: str                  # "p", "head", "verse" or "quote" (set off: see Line.role), "pb",
    #                            "item" (a list's), "lines" (a paragraph whose lines are kept)
    segs: list[Seg] = field(default_factory=list)
    rank: int = 0              # heading rank (1 = outermost) for "head"
    label: str | None = None   # the heading's number or label ("II", "4.2", "Chapter I")
    division: str = "section"  # the div type a heading opens
    region: int = 0            # the set-off passage a "verse" or "quote" block is part of

    @property
    def text(self) -> str:
        return " ".join(seg.text for seg in self.segs)

    @property
    def first_line(self) -> int:
        return self.segs[0].line

    @property
    def last_page(self) -> int:
        return self.segs[-1].page


def visibly_continues(left: str, right: str) -> bool:
    """Does the sentence of `left` go on in `right`?"""
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return False
    first = right[0]
    if first.islower():
        return True
    if left.endswith(("-", "—", "–", ",", ";")):
        return True
    return not closes(left) and open_end(left) and not first.isdigit()


def _full_last_line(block: TextBlock, widths: dict[int, int]) -> bool:
    """A paragraph whose last line fills the column goes on overleaf, even after a full stop:
    a paragraph's last line is short."""
    last = block.segs[-1]
    return len(last.text) >= 0.92 * widths.get(last.page, 60) and len(block.segs) > 1


_OPENING_QUOTES = "“‘\"'«„"


def _plainly_continues(left: str, right: str, both: bool = False) -> bool:
    """Inside a page a blank line is rejoined only on plain evidence: the next block goes on
    in lower case, or this one ends with a hyphen or a comma; with `both`, the block must
    also end without closing punctuation (a cut sentence, not a new paragraph in lower case)."""
    left, right = left.rstrip(), right.lstrip()
    if not (left and right):
        return False
    # a quotation's opening mark before the words ("“besides, you’ll …")
    lower = right.lstrip(_OPENING_QUOTES)[:1].islower()
    if both:
        return not closes(left) and (lower or left.endswith(("-", ",", ";")))
    return lower or left.endswith(("-", ",", ";"))


def _typical_width(lines: list[Line]) -> int:
    widths = [len(line.stripped) for line in lines if len(line.stripped) > 20]
    return int(statistics.median(widths)) if widths else 60


def _runs_with_set_off(lines: list[Line], split: Callable[[list[Line]], list[list[Line]]]) -> list[list[Line]]:
    """Runs of a page's lines: the set-off passages (verse, quotations) split at blank lines
    only, the rest by `split`."""
    runs: list[list[Line]] = []
    for (role, _region), group in itertools.groupby(lines, key=lambda line: (line.role, line.region)):
        part = list(group)
        if role is None:
            runs += split(part)
            continue
        runs += runs_between(part, lambda line: line.blank)
    return runs


def split_paragraphs(lines: list[Line], page: int, signal: str,
                     alone: Callable[[Line], bool] | None = None) -> list[list[Line]]:
    """One page's body lines into runs of lines, one run per paragraph or heading.

    `alone`: lines that stand as a run of their own (headings where blank lines are not trusted)."""
    runs: list[list[Line]] = []
    current: list[Line] = []
    width = _typical_width(lines)
    body_indent = _body_indent(lines) if signal == "indent" else 0
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        if alone is not None and not line.blank and alone(line):
            if current:
                runs.append(current)
            runs.append([line])
            current = []
            # a numeral standing alone ("I", "A") may have its title on the lines below
            title = title_lines(lines[index + 1:]) if signal == "shape" and _BARE_LABEL.match(line.stripped) else 0
            if title:
                rest = [following for following in lines[index + 1:] if not following.blank]
                runs[-1] = runs[-1] + rest[:title]
                skip_to = lines.index(rest[title - 1]) + 1
            continue
        if line.blank:
            if signal == "blank" and current:
                runs.append(current)
                current = []
            continue
        if current and signal == "indent" and line.indent >= body_indent + 3:
            runs.append(current)
            current = []
        current.append(line)
        if signal == "shape" and len(line.stripped) < 0.7 * width and closes(line.stripped):
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def title_lines(lines: list[Line]) -> int:
    """How many lines at the top of a page form a title set apart only by its shape: up to
    four short lines, each beginning in capitals (a second line may go on in lower case) and
    ending without closing punctuation (a colon may end all but the last, a question mark the
    last), followed by a line
    that begins a sentence or fills the column ("Abstract" / "From the end of …")."""
    content = [line for line in lines if not line.blank]
    width = _typical_width(lines)
    count = 0
    for line in content[:5]:
        text = line.stripped
        finished = closes(text) and not text.endswith((":", "?"))
        if len(text) >= 0.8 * width or finished or text.endswith((",", "-", ";")) \
                or not (text[:1].isupper() or count and text[:1].isalpha()):
            break
        count += 1
        if text.endswith("?"):
            break     # a title that asks ends with its question
    while count and content[count - 1].stripped.endswith(":"):
        count -= 1
    if not 0 < count <= 4 or count >= len(content):
        return 0
    following = content[count].stripped
    return count if following[:1].isupper() and len(following) >= 0.7 * width else 0


def _body_indent(lines: list[Line]) -> int:
    """The indent of the page's running text: the commonest (a heading's number in the margin
    or a narrower column of notes stands further out than the text)."""
    indents = Counter(line.indent for line in lines if not line.blank)
    if not indents:
        return 0
    most = max(indents.values())
    return min(indent for indent, count in indents.items() if count == most)


def build_blocks(pages: list[tuple[int, list[Line]]], signal: str, rules: HeadingRules,
                 join_within_page: bool, cut_ends_page: bool = False,
                 new_paragraph: set[int] | None = None) -> list[TextBlock]:
    """Blocks of the whole text from each page's body lines, joined across page ends.

    `join_within_page`: a blank line inside a sentence is rejoined; with `cut_ends_page`
    such a cut is a page end the text does not otherwise show (text copied from a PDF);
    `new_paragraph`: pages that begin a paragraph, whatever their first words."""
    new_paragraph = new_paragraph or set()
    blocks: list[TextBlock] = []
    widths = {page: _typical_width(lines) for page, lines in pages}
    for page, lines in pages:
        title = title_lines(lines) if signal == "shape" else 0
        if title:
            kept = [line for line in lines if not line.blank]
            runs = [kept[:title]] + split_paragraphs(kept[title:], page, signal, rules.is_heading_line)
        else:
            alone = rules.is_labelled_heading if signal == "blank" else rules.is_heading_line
            runs = _runs_with_set_off(lines, functools.partial(split_paragraphs, page=page, signal=signal,
                                                               alone=alone))
        for k, run in enumerate(runs):
            role = run[0].role
            block = TextBlock(role, region=run[0].region) if role and role != "lines" else rules.classify(run, page)
            if role == "lines" and block.kind == "p":
                block = TextBlock("lines")      # a paragraph whose printed lines are kept
            if title and k == 0 and block.kind == "p":
                block = TextBlock("head", rank=rules.rank["chapter"], division="section")
            segs = [Seg(line.stripped, line.no, page) for line in run]
            block.segs = segs
            previous = blocks[-1] if blocks else None
            if block.kind == "head" and block.label is None and previous is not None \
                    and previous.kind in ("p", "lines") and previous.last_page == page \
                    and previous.text.rstrip().endswith(",") and not segs[0].text.startswith("#"):
                # a name in capitals after words that end in a comma ("… humble servant," |
                # "ALEXANDER HENRY."): the sentence's end, a signature, not a heading
                block = TextBlock("p", segs)
            at_page_start = k == 0
            if previous is not None and previous.kind == "head" and at_page_start and block.kind == "p" \
                    and block.text[:1].islower() and not previous.text.startswith("#"):
                # a line at the page foot whose sentence goes on overleaf is no heading
                # (unless it is marked up as one)
                previous.kind = "p"
            within = not at_page_start or previous is not None and previous.last_page == page
            if previous is not None and previous.kind == "p" and block.kind == "p" \
                    and not (at_page_start and page in new_paragraph) \
                    and (at_page_start or join_within_page) and previous.last_page <= page \
                    and (visibly_continues(previous.text, block.text)
                         or signal != "blank" and _full_last_line(previous, widths) if not within
                         else _plainly_continues(previous.text, block.text, both=cut_ends_page)):
                if at_page_start and previous.last_page < page:
                    _mark_page_break(previous, segs)
                elif cut_ends_page and not closes(previous.text.rstrip()) \
                        and block.text.lstrip(_OPENING_QUOTES)[:1].islower():
                    segs[0].unseen_page = True
                    segs[0].inside_word = bool(re.search(r"\w-$", previous.segs[-1].text))
                previous.segs += segs
                continue
            if at_page_start and blocks:
                segs[0].page_break = True
            elif at_page_start:
                segs[0].page_break = True
            blocks.append(block)
        if not runs:
            blocks.append(TextBlock("pb", [Seg("", 0, page, page_break=True)]))
    if signal == "blank":
        promote_titles(blocks, rules)
    return blocks


_SENTENCE_START = re.compile(r"^[\W_]*[A-ZÀ-ÞĀ-Ž\d]")


def promote_titles(blocks: list[TextBlock], rules: HeadingRules) -> None:
    """Where blank lines are trusted: a line standing alone between two sentences, short,
    beginning in capitals and ending without punctuation, is a heading ("The Opposition
    and the NEP"). A line whose sentence runs on is never one."""
    for k, block in enumerate(blocks):
        if block.kind != "p" or len(block.segs) != 1:
            continue
        text = block.text.strip()
        words = text.split()
        numbered = re.match(r"^\d{1,3}\.\s+(?=[A-Z“\"‘'])", text)
        if not (1 <= len(words) <= 16 and len(text) <= 100 and _SENTENCE_START.match(text)
                and (text[0].isupper() or numbered) and not closes(text)
                and not text.endswith((",", ";", "-", "—", "–", ":")) and not _has_marker_only(text)):
            continue
        before = blocks[k - 1] if k else None
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        if before is not None and before.kind == "p" and not closes(before.text.strip()):
            continue
        if after is None or after.kind != "p" or not _SENTENCE_START.match(after.text) \
                or after.segs[0].page_break:
            continue
        if any(word.lower() in rules.unfinished for word in words[-1:]):
            continue
        if numbered:   # "2. Title": a chapter
            block.kind, block.rank, block.division = "head", rules.rank["chapter"], "chapter"
            block.label = numbered.group().strip(" .")
        else:
            block.kind, block.rank, block.division = "head", rules.rank["section"], "section"


def _has_marker_only(text: str) -> bool:
    return not re.search(r"[^\W\d_]{2}", text)


def _mark_page_break(previous: TextBlock, segs: list[Seg]) -> None:
    segs[0].page_break = True
    last = previous.segs[-1]
    if re.search(r"\w-$", last.text) and segs[0].text[:1].islower():
        segs[0].inside_word = True

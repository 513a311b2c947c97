# SPDX-License-Identifier: MIT
"""Outputs of real TEI: does each file render as HTML, PDF and EPUB, and are its words kept?

For every TEI file (default: eval/corpus/tei/*.xml) the three outputs are built with the
command line, as a user would, and each is measured:

  exit    the exit code of `edition html|pdf|epub FILE`;
  kept    the share of the words of the TEI's reading text found in the output in context:
          a word counts as kept when the output has it next to the word before it or the word
          after it in the TEI. The reading text is the text of <text> as the outputs mean to
          show it: of a choice its preferred reading (corr, reg, expan), of an apparatus entry
          its lemma, without forme work (fw: running heads, catchwords), index entries and
          interpretations. Words are runs of letters and digits, compared case-folded (NFC).
  epubcheck  the number of errors EPUBCheck reports (when `epubcheck` is installed);
  deposit the exit code of `edition deposit FILE`.

The table is printed and written into EVALUATION.md under its own heading (the rest of
the file is left as it is).

    python eval/outputs.py [TEI ...] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
import zipfile
from pathlib import Path

from lxml import etree, html as lxml_html

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sections import write_section  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "eval" / "corpus" / "tei"
HEADING = "## Outputs of real TEI files"
TEI = "http://www.tei-c.org/ns/1.0"
EXAMPLES = "{http://www.tei-c.org/ns/Examples}"
T = f"{{{TEI}}}"
WORD = re.compile(r"\w+")

# elements whose content is not reading text
SKIP = {f"{T}teiHeader", f"{T}fw", f"{T}index", f"{T}interp", f"{T}interpGrp", f"{T}standOff",
        f"{T}link", f"{T}linkGrp", f"{T}span", f"{T}spanGrp", f"{T}certainty", f"{T}alt", f"{T}altGrp"}
BREAKS = {f"{T}lb", f"{T}pb", f"{T}cb"}
# elements that stand apart from the words around them
APART = {f"{T}{name}" for name in ("note", "p", "l", "head", "item", "cell", "ab", "lg", "sp", "speaker",
                                    "stage", "div", "list", "table", "row", "label", "figure", "quote",
                                    "trailer", "salute", "signed", "dateline", "closer", "opener", "castItem",
                                    "bibl", "egXML", "titlePart", "docAuthor", "docImprint", "byline",
                                    "line", "zone", "surface")}
BLOCKS_HTML = {"p", "div", "section", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "td", "th", "tr",
               "blockquote", "figure", "figcaption", "pre", "aside", "ol", "ul", "table", "span.l-n"}


def _parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True)


# editorial brackets inside a word (h[om]inum: letters supplied by the editor) are no word boundary
BRACKETS = re.compile(r"(?<=\w)[\[\]⟨⟩]+(?=\w)|(?<=\w)[\[\]⟨⟩]+(?=\s|$)|(?<=\s)[\[\]⟨⟩]+(?=\w)")


# a note's number set beside a word (word¹, or word1 in a PDF's text) is a word of its own
LETTER_DIGIT = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")


def words(text: str) -> list[str]:
    text = BRACKETS.sub("", unicodedata.normalize("NFC", text))
    return WORD.findall(LETTER_DIGIT.sub(" ", text).casefold())


# ---------------------------------------------------------------- the TEI's reading text

def _glyphs(root: etree._Element) -> dict[str, str]:
    """What an empty g pointing to a charDecl entry shows (as the outputs read it): the Unicode
    mapping, else the diplomatic, else the standard one, else any but a private-use one."""
    found: dict[str, str] = {}
    for decl in root.iter(f"{T}char", f"{T}glyph"):
        if decl.getparent() is None or decl.getparent().tag != f"{T}charDecl":
            continue
        mappings = [m for m in decl.findall(f"{T}mapping") if (m.text or "").strip()]
        kind = [(m.get("type") or "") for m in mappings]
        order = ([m for m, k in zip(mappings, kind) if k.lower() == "unicode"]
                 + [m for m, k in zip(mappings, kind) if k == "diplomatic"]
                 + [m for m, k in zip(mappings, kind) if k.lower() in ("standard", "standardized", "normalized",
                                                                        "normal", "normal_unicode")]
                 + [m for m, k in zip(mappings, kind) if k.upper() != "PUA"] + mappings)
        if order:
            value = (order[0].text or "").strip()
            if re.fullmatch(r"([Uu]\+[0-9A-Fa-f]{4,6}\s*)+", value):
                value = "".join(chr(int(code[2:], 16)) for code in value.split())
            found.setdefault(decl.get("{http://www.w3.org/XML/1998/namespace}id") or "", value)
    return found


def _tei_parts(el: etree._Element, out: list[str], glyphs: dict[str, str] | None = None) -> None:
    tag = el.tag
    if tag == f"{T}g" and len(el) == 0 and not el.text and (el.get("ref") or "").strip().startswith("#"):
        out.append((glyphs or {}).get((el.get("ref") or "").strip()[1:], ""))
        if el.tail:
            out.append(el.tail)
        return
    if not isinstance(tag, str) or tag in SKIP:
        if el.tail and isinstance(el.getparent(), etree._Element):
            out.append(el.tail)
        return
    parent = el.getparent()
    skip_content = False
    if parent is not None and parent.tag == f"{T}choice" and len(parent) > 1:
        # the reading the outputs read: corr, reg, expan, seg, else the first
        children = [c for c in parent if isinstance(c.tag, str)]
        preferred = next((c for name in ("corr", "reg", "expan", "seg") for c in children if c.tag == f"{T}{name}"),
                         children[0])
        skip_content = el is not preferred
    if tag == f"{T}rdg" and parent is not None and parent.tag == f"{T}app":
        readings = [c for c in parent if c.tag in (f"{T}lem", f"{T}rdg")]
        lemma = next((c for c in readings if c.tag == f"{T}lem"), readings[0] if readings else None)
        skip_content = el is not lemma
    if tag in BREAKS:
        out.append("" if el.get("break") == "no" else " ")
    elif tag == f"{T}space":
        out.append(" ")
    if tag == f"{EXAMPLES}egXML":
        # an example of markup is shown as markup: its words are those of its source text
        markup = (el.text or "") + "".join(etree.tostring(child, encoding="unicode") for child in el)
        out.append(" " + re.sub(r'\s+xmlns(:\w+)?="[^"]*"', "", markup) + " ")
        if el.tail:
            out.append(el.tail)
        return
    apart = tag in APART
    if apart:
        out.append(" ")
    if not skip_content:
        if el.text:
            out.append(el.text)
        for child in el:
            _tei_parts(child, out, glyphs)
    if apart:
        out.append(" ")
    if el.tail:
        out.append(el.tail)


def tei_words(tei_file: Path) -> list[str]:
    root = etree.parse(str(tei_file), _parser()).getroot()
    out: list[str] = []
    glyphs = _glyphs(root)
    for text in (root.findall(f"{T}text") + root.findall(f"{T}TEI/{T}text")
                 + root.findall(f"{T}sourceDoc") + root.findall(f"{T}TEI/{T}sourceDoc")):
        _tei_parts(text, out, glyphs)
        out.append(" ")
    return words("".join(out))


# ---------------------------------------------------------------- the outputs' texts

def _html_text(el, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    classes = set((el.get("class") or "").split())
    if tag in ("script", "style", "button", "nav") or el.get("popover") is not None or classes & {"sic", "visually-hidden", "note-popover-head",
                                                                  "back-link", "permalink", "l-n", "pb-n", "fw"}:
        if el.tail:
            out.append(el.tail)
        return
    # a page break marker stands between words as the break does in the TEI
    block = (tag.split("}")[-1] in BLOCKS_HTML or "pb" in classes
             or el.get("{http://www.idpf.org/2007/ops}type") == "pagebreak")
    if block:
        out.append(" ")
    if el.text:
        out.append(el.text)
    for child in el:
        _html_text(child, out)
    if block:
        out.append(" ")
    if el.tail:
        out.append(el.tail)


def html_words(site: Path) -> list[str]:
    pages = [p for p in sorted(site.glob("*.html")) if p.name not in
             ("index.html", "search.html", "chronology.html", "persons.html", "places.html", "organisations.html")]
    out: list[str] = []
    for page in pages:
        doc = lxml_html.parse(str(page)).getroot()
        for article in doc.iter("article"):
            _html_text(article, out)
    return words("".join(out))


def epub_words(epub: Path) -> list[str]:
    out: list[str] = []
    with zipfile.ZipFile(epub) as archive:
        for name in sorted(n for n in archive.namelist() if re.search(r"/text-\d+\.xhtml$", n)):
            doc = etree.fromstring(archive.read(name), _parser())
            body = doc.find("{http://www.w3.org/1999/xhtml}body")
            if body is not None:
                _html_text(body, out)
    return words("".join(out))


def pdf_words(pdf: Path) -> list[str]:
    from pypdf import PdfReader
    reader = PdfReader(str(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # a word hyphenated at a line end is one word
    text = re.sub(r"(\w)[-\u00ad‐]\s*\n\s*(\w)", r"\1\2", text)
    return words(text)


def kept_in_context(reference: list[str], output: list[str]) -> float:
    """The share of reference words found in the output beside a neighbour they have in the reference."""
    if not reference:
        return 1.0
    if len(reference) == 1:
        return 1.0 if reference[0] in set(output) else 0.0
    pairs = set(zip(output, output[1:]))
    kept = 0
    for i, word in enumerate(reference):
        before = i > 0 and (reference[i - 1], word) in pairs
        after = i + 1 < len(reference) and (word, reference[i + 1]) in pairs
        kept += before or after
    return kept / len(reference)


# ---------------------------------------------------------------- running the outputs

def _edition() -> list[str]:
    local = ROOT / ".venv" / "bin" / "edition"
    return [str(local)] if local.exists() else [sys.executable, "-m", "edition.cli"]


def run(command: list[str]) -> tuple[int, str, float]:
    start = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    first_error = next((line for line in lines if "error" in line.lower()), lines[0] if lines else "")
    # no machine's paths in the report: files are named from the project's folder
    first_error = first_error.replace(str(ROOT) + "/", "").replace(tempfile.gettempdir() + "/", "")
    return done.returncode, first_error, time.monotonic() - start


def epubcheck_command() -> list[str] | None:
    """EPUBCheck as installed by Debian: a jar run with java (the jar is not always executable)."""
    found = shutil.which("epubcheck")
    if not found:
        return None
    real = os.path.realpath(found)
    if real.endswith(".jar"):
        java = shutil.which("java")
        return [java, "-jar", real] if java else None
    return [found]


def epubcheck_errors(epub: Path) -> str:
    command = epubcheck_command()
    if command is None or not epub.is_file():
        return "–"
    done = subprocess.run([*command, "--quiet", str(epub)], capture_output=True, text=True)
    errors = [line for line in (done.stdout + done.stderr).splitlines()
              if line.startswith(("ERROR", "FATAL"))]
    return str(len(errors))


def measure(tei_file: Path, work: Path) -> dict:
    row: dict = {"file": tei_file.name}
    reference = tei_words(tei_file)
    row["words"] = len(reference)
    site = work / "html" / tei_file.stem
    outputs = {
        "html": ([*_edition(), "html", str(tei_file), "-o", str(site), "--quiet"], lambda: html_words(site)),
        "pdf": ([*_edition(), "pdf", str(tei_file), "-o", str(work / "pdf"), "--quiet"],
                lambda: pdf_words(work / "pdf" / f"{tei_file.stem}.pdf")),
        "epub": ([*_edition(), "epub", str(tei_file), "-o", str(work / "epub"), "--quiet"],
                 lambda: epub_words(work / "epub" / f"{tei_file.stem}.epub")),
    }
    for name, (command, read) in outputs.items():
        code, message, seconds = run(command)
        row[f"{name}_exit"] = code
        row[f"{name}_seconds"] = seconds
        row[f"{name}_message"] = message
        row[f"{name}_kept"] = kept_in_context(reference, read()) if code == 0 else None
    row["epubcheck"] = epubcheck_errors(work / "epub" / f"{tei_file.stem}.epub")
    code, message, seconds = run([*_edition(), "deposit", str(tei_file), "-o", str(work / "deposit"), "--quiet"])
    row["deposit_exit"], row["deposit_message"], row["deposit_seconds"] = code, message, seconds
    return row


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def table(rows: list[dict]) -> str:
    lines = ["| file | words | html exit | html kept | pdf exit | pdf kept | epub exit | epub kept | EPUBCheck errors "
             "| deposit exit | seconds (html, pdf, epub) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        seconds = ", ".join(f"{r[f'{name}_seconds']:.1f}" for name in ("html", "pdf", "epub"))
        lines.append(f"| {r['file']} | {r['words']} | {r['html_exit']} | {_percent(r['html_kept'])} | "
                     f"{r['pdf_exit']} | {_percent(r['pdf_kept'])} | {r['epub_exit']} | {_percent(r['epub_kept'])} | "
                     f"{r['epubcheck']} | {r['deposit_exit']} | {seconds} |")
    failures = [f"- `{r['file']}` {name}: {r[f'{name}_message']}" for r in rows
                for name in ("html", "pdf", "epub", "deposit") if r[f"{name}_exit"] != 0]
    return "\n".join(lines) + ("\n\nFailures:\n\n" + "\n".join(failures) if failures else "") + "\n"


SECTION_INTRO = """Each real TEI file of `eval/corpus/tei/` (TEI written by other projects, copied with its
licence) is rendered with `edition html`, `edition pdf` and `edition epub` (`make eval`, script
`eval/outputs.py`). *exit* is the command's exit code; *kept* is the share of the words of the
TEI's reading text that the output has next to one of their neighbours (preferred readings of
`choice`, the lemma of `app`; forme work left out); EPUBCheck counts the errors it reports;
*deposit exit* is `edition deposit`'s.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--no-write", action="store_true", help="print the table only")
    args = parser.parse_args(argv)
    files = args.files or sorted(CORPUS.glob("*.xml"))
    if not files:
        print(f"no TEI files in {CORPUS.relative_to(ROOT)}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="edition-outputs-") as tmp:
        rows = []
        for tei_file in files:
            rows.append(measure(tei_file.resolve(), Path(tmp)))
            print(f"{tei_file.name}: html {rows[-1]['html_exit']} pdf {rows[-1]['pdf_exit']} "
                  f"epub {rows[-1]['epub_exit']}", file=sys.stderr)
    text = table(rows)
    print(text)
    if not args.no_write:
        write_section(HEADING, SECTION_INTRO, text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

# SPDX-License-Identifier: MIT
"""Any bytes as a seed: valid TEI with nothing lost, or one clear error with exit code 2."""
from __future__ import annotations

from collections import Counter

import pytest

from edition.validate import validate_files

from .conftest import READERS, convert, make_seed, tei_words, words

# input name -> (bytes, expected outcome: "tei", "invalid: <validation message>" for a seed
# converted with a warning whose TEI validation then rejects, or an error message fragment)
CASES: dict[str, tuple[bytes, str]] = {
    "empty": (b"", "the seed is empty"),
    "only-whitespace": (b" \n\t\n\n   \n", "the seed is empty"),
    "binary": (bytes(range(256)) * 4, "binary"),
    "invalid-utf8": (b"Lenin spoke.\n\nA \xc3\x28 broken byte.\n", "not valid UTF-8"),
    "utf16": ("Lenin spoke.".encode("utf-16"), "UTF-16"),
    "utf8-bom": ("\ufeffLenin spoke in Moscow.\n\nTrotsky replied.\n".encode(), "tei"),
    "crlf": (b"Lenin spoke in Moscow.\r\n\r\nTrotsky replied.\r\n", "tei"),
    "cr-only": (b"Lenin spoke in Moscow.\r\rTrotsky replied.\r", "tei"),
    "tabs": (b"Lenin\tspoke\tin Moscow.\n\n\tTrotsky replied.\n", "tei"),
    "one-mb-line": (("word " * 200_000 + "end.\n").encode(), "tei"),
    "form-feed-and-controls": (b"Lenin spoke.\x0c\n\nA bell\x07 and escape\x1b here.\n", "tei"),
    "xml-specials": (b"Text with <tag> & ampersand, ]]> and <!DOCTYPE x [<!ENTITY a 'b'>]> &a; here.\n", "tei"),
    "markdown-like": (b"# Heading?\n\n**bold** and *italic* and `code` and [link](http://x) \\* star.\n", "tei"),
    "typst-like": (b"#set page(width: 1cm) $x^2$ @label <anchor> \\ back = eq - list + enum.\n", "tei"),
    "marker-beyond-any-note": ("A sentence with a marker.\u2079\u2079\n".encode(), "tei"),
    "duplicate-note-numbers": ("One.\u00b9\u2078 Two.\u00b9\u2078\n\n18 First note.\n\n18 Second note.\n".encode(),
                               "tei"),
    "note-block-without-body": ("18 A note with no body text at all.\n\n19 Another.\n".encode(), "tei"),
    "note-number-without-text": ("Body text.\u00b9\u2078 More.\n\n18\n\nNext paragraph.\n".encode(), "tei"),
    "html-script": (b"A <script>alert('x')</script> in the text.\n", "tei"),
}


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("case", sorted(CASES))
def test_any_seed_gives_valid_tei_or_one_clear_error(seed_dir, reader, case):
    data, expected = CASES[case]
    seed = make_seed(seed_dir, case, reader, data)
    out = seed_dir / f"{case}.xml"
    result = convert(seed, out)
    if expected != "tei":
        assert result.exit_code == 2, result.output
        lines = [line for line in result.output.strip().splitlines() if line.startswith("error:")]
        assert len(lines) == 1 and expected in lines[0] and seed.name in lines[0]
        assert not out.exists()
        return
    assert result.exit_code == 0, result.output
    problems = validate_files([out], tei_all=False)
    assert not problems, "\n".join(map(str, problems))
    text = data.decode("utf-8", errors="replace")
    missing = Counter(words(text)) - Counter(tei_words(out))
    assert not missing, f"words lost: {dict(missing)}"


def test_xml_special_text_arrives_as_text(seed_dir):
    seed = make_seed(seed_dir, "specials", "pdf-copy", CASES["xml-specials"][0])
    out = seed_dir / "specials.xml"
    assert convert(seed, out).exit_code == 0
    data = out.read_bytes()
    assert b"&lt;tag&gt; &amp; ampersand, ]]&gt; and &lt;!DOCTYPE" in data
    assert b"<!DOCTYPE" not in data and b"<!ENTITY" not in data

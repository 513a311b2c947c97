#!/usr/bin/env python3
"""Check the seeds' gold against the seeds, with the corpus's own check.

usage: python3 eval/gold/tools/check_seed_gold.py [NAME ...]   (default: every eval/gold/seeds/*.json)

The checks are those of eval/corpus/tools/check_gold.py (every string in normal form and
found in the seed, note ends after starts, a marker after every `before`, joined readings
that fit the text); it runs on a scratch directory that links gold/NAME.json to this
gold and texts/NAME.txt to seeds/NAME.txt. Exits 1 on any mismatch.

One addition: the corpus's check wants page furniture or notes between the two parts of a
joined reading. On a page without notes, the monograph seed shows a page end only as a
paragraph that stops mid-sentence and resumes in the next paragraph ("Trotsky reasoned, /
industrial operations"); such a reading is accepted where it is the end of one paragraph
(blank-line separated block) and the start of the next.
"""
import os
import re
import sys
import tempfile

from seedgold import GOLD, PROJECT, seed_path

sys.path.insert(0, os.path.join(PROJECT, "eval", "corpus", "tools"))
import check_gold  # noqa: E402


def across_paragraphs(name, reading):
    """The reading is one paragraph's end followed directly by the next paragraph's start."""
    with open(seed_path(name), encoding="utf-8") as f:
        blocks = [check_gold.norm(b) for b in re.split(r"\n[ \t]*\n", f.read()) if b.strip()]
    for a, b in zip(blocks, blocks[1:]):
        for k in range(4, len(reading) - 3):
            if reading[k] == " " and a.endswith(reading[:k]) and b.startswith(reading[k + 1:]):
                return True
    return False


def check(name):
    g, errs = check_gold_check(name)
    keep = []
    for e in errs:
        m = re.match(r"joined\[(\d+)\]: no split fits the text", e)
        if m and across_paragraphs(name, g["joined"][int(m.group(1))]):
            continue
        keep.append(e)
    return g, keep


check_gold_check = check_gold.check


def main(argv):
    names = argv or sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json"))
    with tempfile.TemporaryDirectory() as scratch:
        os.mkdir(os.path.join(scratch, "gold"))
        os.mkdir(os.path.join(scratch, "texts"))
        for name in names:
            os.symlink(os.path.join(GOLD, name + ".json"), os.path.join(scratch, "gold", name + ".json"))
            os.symlink(seed_path(name), os.path.join(scratch, "texts", name + ".txt"))
        check_gold.ROOT = scratch
        check_gold.check = check
        return check_gold.main(names)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

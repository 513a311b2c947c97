"""Helpers for the gold of the project's own seeds (seeds/NAME.txt).

The gold is in the corpus's format (eval/corpus/README.md, "Gold format") and every string
is in the corpus's normal form (eval/corpus/tools/goldlib.norm). `SeedAnnot` is the
corpus's `goldlib.Annot` reading a seed instead of a corpus text: it only cuts the
snippets out of the normalised seed at anchors chosen by reading the seed.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
SEEDS = os.path.join(PROJECT, "seeds")
GOLD = os.path.join(os.path.dirname(HERE), "seeds")
sys.path.insert(0, os.path.join(PROJECT, "eval", "corpus", "tools"))

from goldlib import Annot, joined, norm  # noqa: E402,F401


def seed_path(name):
    return os.path.join(SEEDS, name + ".txt")


class SeedAnnot(Annot):
    def __init__(self, name, marker=None):
        self.name = name
        with open(seed_path(name), "rb") as f:
            self.t = norm(f.read().decode("utf-8"))
        self.marker = re.compile(marker) if marker else None


def write_gold(name, gold):
    path = os.path.join(GOLD, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return path

#!/usr/bin/python3
"""The naive baseline for extract: a tie of every type for every pair of lexicon actors named in
the same sentence (in order of appearance), scored like `stancegraph eval` against gold.
Sentences are split at '. ' and line ends; names and aliases are found by plain substring.
Usage: naive_baseline.py ARTICLE LEXICON_AND_GOLD"""
import itertools
import json
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
gold = json.load(open(sys.argv[2], encoding="utf-8"))
names = [(n, a["id"]) for a in gold["actors"] for n in [a["name"]] + a.get("aliases", [])]


def key(s, t, kind):
    return (min(s, t), max(s, t), kind) if kind == "negotiation" else (s, t, kind)


predicted = set()
for sentence in re.split(r"(?<=[.!?”])\s+|\n", text):
    found = sorted({(sentence.find(n), a) for n, a in names if n in sentence})
    actors = []
    for _, a in found:
        if a not in actors:
            actors.append(a)
    for s, t in itertools.combinations(actors, 2):
        for kind in ("support", "criticism", "negotiation"):
            predicted.add(key(s, t, kind))
truth = {key(r["source"], r["target"], r["type"]) for r in gold["relations"]}
hits = len(predicted & truth)
print(f"naive baseline: precision {hits / len(predicted):.3f}, recall {hits / len(truth):.3f} "
      f"({len(predicted)} ties proposed, {hits} right)")

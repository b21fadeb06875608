#!/usr/bin/python3
"""Agreement between the two coders of the articles in second-coder/ (CODING-GUIDE.md,
"Agreement"): F1 between their (source, target, type) triples, negotiation unordered, per
article and micro-averaged. The second coder's actor ids are mapped to the first coder's where
the ids are equal or the two actors share a name or an alias (case-insensitive); an actor with
no counterpart keeps its own id and so matches nothing.
Run: /usr/bin/python3 agreement.py
"""
import glob
import json
import os

here = os.path.dirname(os.path.abspath(__file__))


def names(actor):
    return {n.lower() for n in [actor["name"], *actor.get("aliases", [])]}


def id_map(first, second):
    mapping = {}
    for b in second["actors"]:
        match = [a["id"] for a in first["actors"] if a["id"] == b["id"]]
        match = match or [a["id"] for a in first["actors"] if names(a) & names(b)]
        mapping[b["id"]] = match[0] if match else "second:" + b["id"]
    return mapping


def triples(snapshot, mapping=None):
    out = set()
    for r in snapshot["relations"]:
        s, t = r["source"], r["target"]
        if mapping:
            s, t = mapping[s], mapping[t]
        if r["type"] == "negotiation":
            s, t = sorted((s, t))
        out.add((s, t, r["type"]))
    return out


total_both = total_first = total_second = 0
for path in sorted(glob.glob(os.path.join(here, "second-coder", "*.json"))):
    name = os.path.basename(path)
    first = json.load(open(os.path.join(here, name), encoding="utf-8"))
    second = json.load(open(path, encoding="utf-8"))
    a, b = triples(first), triples(second, id_map(first, second))
    both = len(a & b)
    f1 = 2 * both / (len(a) + len(b)) if a or b else 1.0
    print(f"{name[:-5]:40} first {len(a):2}  second {len(b):2}  both {both:2}  F1 {f1:.2f}")
    total_both, total_first, total_second = total_both + both, total_first + len(a), total_second + len(b)
f1 = 2 * total_both / (total_first + total_second)
print(f"{'micro':40} first {total_first:2}  second {total_second:2}  both {total_both:2}  F1 {f1:.2f}")

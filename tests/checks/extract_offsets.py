#!/usr/bin/python3
"""Checks the offsets extract writes, independently of the C code: for every relation of a
proposed snapshot, the bytes of the article at offsets.source and offsets.target are a name
or alias of the relation's source and target actors (either may be null: a pronoun), the
bytes at offsets.cue are the relation's cue, as written, and all three lie inside the
evidence sentence, which is itself the article's bytes around them. A title alias ("the
president": "the" and lowercase words) matches in any case, as docs/EXTRACT.md says.
Usage: extract_offsets.py ARTICLE PROPOSED.json LEXICON.json"""
import json
import sys

article = open(sys.argv[1], "rb").read()
proposed = json.load(open(sys.argv[2], encoding="utf-8"))
lexicon = json.load(open(sys.argv[3], encoding="utf-8"))
names = {a["id"]: {a["name"].encode()} | {x.encode() for x in a.get("aliases", [])}
         for a in lexicon["actors"]}
titles = {a["id"]: {x.encode() for x in a.get("aliases", [])
                    if x.startswith("the ") and x == x.lower()}
          for a in lexicon["actors"]}
problems, checked = [], 0
for i, r in enumerate(proposed["relations"]):
    o = r["offsets"]
    evidence = r["evidence"].encode()
    spans = {"cue": o["cue"]}
    for role in ("source", "target"):
        if o[role] is not None:
            spans[role] = o[role]
    start = min(s for s, _ in spans.values())
    at = article.rfind(evidence, 0, start + len(evidence))
    if at < 0 or any(e > at + len(evidence) for _, e in spans.values()):
        problems.append(f"relations[{i}]: offsets outside the evidence sentence")
    if article[o["cue"][0]:o["cue"][1]] != r["cue"].encode():
        problems.append(f"relations[{i}]: cue bytes {article[o['cue'][0]:o['cue'][1]]!r}")
    for role in ("source", "target"):
        if role in spans:
            got = article[spans[role][0]:spans[role][1]]
            if got not in names[r[role]] and got.lower() not in titles[r[role]]:
                problems.append(f"relations[{i}].{role}: {got!r} names no alias of {r[role]}")
    checked += 1
for p in problems:
    print(p)
print(f"{checked} relations checked, {len(problems)} problems")
sys.exit(1 if problems or checked == 0 else 0)

#!/usr/bin/python3
"""Checks the hand-coded article snapshots in data/ against the article itself.

- every relation's evidence occurs verbatim in data/minerals-article.txt;
- data/minerals-article.txt is the seed article (when ../shared/seed-article.txt is there);
- snapshots are cumulative: each holds every actor and statement of the one before, and the
  last holds every actor of all of them;
- relation dates never lie after their snapshot's date.

Usage: data_check.py DATA_DIR [SHARED_ARTICLE]"""
import glob
import json
import os
import sys

from tally import Tally

data = sys.argv[1]
tally = Tally("data")
check = tally.check


article = open(os.path.join(data, "minerals-article.txt"), encoding="utf-8").read()
if len(sys.argv) > 2 and os.path.exists(sys.argv[2]):
    check(article == open(sys.argv[2], encoding="utf-8").read(),
          "data/minerals-article.txt differs from the seed article")

paths = sorted(glob.glob(os.path.join(data, "minerals-*.json")))
check(len(paths) >= 4, f"expected at least four snapshots, found {len(paths)}")
snapshots = [json.load(open(p, encoding="utf-8")) for p in paths]
for path, snap in zip(paths, snapshots):
    name = os.path.basename(path)
    for i, r in enumerate(snap["relations"]):
        evidence = r.get("evidence")
        check(evidence is not None, f"{name}: relations[{i}] has no evidence")
        if evidence is not None:
            check(evidence in article, f"{name}: relations[{i}].evidence is not in the article")
        check(r.get("date", "") <= snap["snapshot"]["date"],
              f"{name}: relations[{i}] is dated after the snapshot")


def statement_key(r):
    return json.dumps(r, sort_keys=True)


for (p0, s0), (p1, s1) in zip(zip(paths, snapshots), zip(paths[1:], snapshots[1:])):
    check(s0["snapshot"]["date"] < s1["snapshot"]["date"], f"{p1}: not after {p0}")
    ids1 = {a["id"] for a in s1["actors"]}
    check({a["id"] for a in s0["actors"]} <= ids1, f"{p1} lacks actors of {p0}")
    keys1 = [statement_key(r) for r in s1["relations"]]
    check(all(statement_key(r) in keys1 for r in s0["relations"]),
          f"{p1} lacks statements of {p0}")
last_ids = {a["id"] for a in snapshots[-1]["actors"]}
check(all({a["id"] for a in s["actors"]} <= last_ids for s in snapshots),
      "the last snapshot lacks an actor of an earlier one")

sys.exit(tally.finish())

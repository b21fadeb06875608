#!/usr/bin/python3
"""merge is a reduce step: on random splits of a log, merging the parts in any order and in any
grouping gives the log back byte for byte (issue 15).

Each round splits LOG's relations at random into 2 to 5 parts, each a valid log holding its
relations, the actors they name and the articles they cite (actors and articles no relation
uses go to a random part). Then:
- all parts are merged at once, in a shuffled order;
- the parts are merged two at a time, random pairs, until one log is left (a random tree).
Both must equal LOG. Usage: merge_splits.py STANCEGRAPH LOG [ROUNDS [SEED]]
"""
import json
import os
import random
import subprocess
import sys
import tempfile

binary, log_path = sys.argv[1], sys.argv[2]
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261129)
log = json.load(open(log_path, encoding="utf-8"))
expected = open(log_path, "rb").read()
head = log["snapshot"]
failures = 0


def merge(inputs, output, final):
    args = [binary, "merge", "--id", head["id"] if final else "part", "-o", output]
    if final and "title" in head:
        args += ["--title", head["title"]]
    subprocess.run(args + inputs, check=True, stderr=subprocess.DEVNULL)


def split(work, k):
    parts = [{"relations": [], "actors": set(), "articles": set()} for _ in range(k)]
    for r in log["relations"]:
        p = parts[rng.randrange(k)]
        p["relations"].append(r)
        p["actors"] |= {r["source"], r["target"]}
        p["articles"].add(r.get("article"))
    for a in log["actors"]:
        if not any(a["id"] in p["actors"] for p in parts):
            parts[rng.randrange(k)]["actors"].add(a["id"])
    for a in head.get("articles", []):
        if not any(a["id"] in p["articles"] for p in parts):
            parts[rng.randrange(k)]["articles"].add(a["id"])
    paths = []
    for i, p in enumerate(parts):
        if not p["actors"]:
            continue  # a snapshot needs an actor; this part would be empty anyway
        snapshot = {"id": f"part-{i}", "date": head["date"],
                    "articles": [a for a in head.get("articles", []) if a["id"] in p["articles"]]}
        doc = {"format": "stancegraph/1", "snapshot": snapshot,
               "actors": [a for a in log["actors"] if a["id"] in p["actors"]],
               "relations": p["relations"]}
        paths.append(os.path.join(work, f"part-{i}.json"))
        json.dump(doc, open(paths[-1], "w", encoding="utf-8"), ensure_ascii=False)
    return paths


def check(what, path):
    global failures
    if open(path, "rb").read() != expected:
        failures += 1
        print(f"failed: {what} does not give {log_path} back")


for r in range(rounds):
    with tempfile.TemporaryDirectory() as work:
        parts = split(work, rng.randint(2, 5))
        shuffled = parts[:]
        rng.shuffle(shuffled)
        merge(shuffled, os.path.join(work, "flat.json"), True)
        check(f"round {r}: merging {len(parts)} parts at once", os.path.join(work, "flat.json"))
        pending, n = parts[:], 0
        while len(pending) > 1:
            a, b = rng.sample(range(len(pending)), 2)
            out = os.path.join(work, f"tree-{n}.json")
            n += 1
            merge([pending[a], pending[b]], out, len(pending) == 2)
            pending = [p for i, p in enumerate(pending) if i not in (a, b)] + [out]
        check(f"round {r}: merging {len(parts)} parts two at a time", pending[0])
print(f"merge splits of {log_path}: {rounds} rounds, {failures} failures")
sys.exit(1 if failures else 0)

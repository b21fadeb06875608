#!/usr/bin/python3
"""Deterministic synthetic stance snapshots for the benchmark.

Sizes: S (1,000 actors, 5,000 relations), M (10,000 / 100,000), L (100,000 / 1,000,000), and
D (5,000 / 50,000) for the diagram at scale (render_speed.py).
Actors fall into groups of about 50 (the camps); who speaks and who is spoken about follows
a Zipf law (heavy-tailed degrees: a few actors are in most statements). Support goes mostly
inside a group (85%), criticism mostly across (85%); a fifth of the statements are
negotiation, across groups. Weights are uniform in [0.05, 1], every tenth statement carries an
evidence sentence, dates spread over a year.

With --uniform every actor is equally likely to speak and be spoken about (degrees nearly
uniform, so almost every statement is a tie of its own): the same sizes, groups, types,
weights and dates, another snapshot id (bench-SIZE-uniform).

Usage: generate.py [--uniform] SIZE [OUT.json]
       (default OUT: bench/data/SIZE.json, or bench/data/SIZE-uniform.json)"""
import bisect
import json
import os
import random
import sys

SIZES = {"S": (1000, 5000), "D": (5000, 50000), "M": (10000, 100000), "L": (100000, 1000000)}
TYPES = ["person", "organization", "country", "group"]


def main():
    args = sys.argv[1:]
    uniform = "--uniform" in args
    if uniform:
        args.remove("--uniform")
    if not args or args[0] not in SIZES or len(args) > 2:
        sys.exit(__doc__)
    size = args[0]
    name = f"{size}-uniform" if uniform else size
    actors, relations = SIZES[size]
    out = args[1] if len(args) > 1 else os.path.join(os.path.dirname(__file__), "data",
                                                     f"{name}.json")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    rng = random.Random(20250221 + actors)
    groups = max(1, actors // 50)
    group_of = [rng.randrange(groups) for _ in range(actors)]
    members = [[] for _ in range(groups)]
    for a, g in enumerate(group_of):
        members[g].append(a)
    # Zipf popularity: actor of rank r has weight 1 / (r + 1)^1.1, ranks shuffled.
    ranks = list(range(actors))
    rng.shuffle(ranks)
    weight = [1.0 if uniform else 1.0 / (ranks[a] + 1) ** 1.1 for a in range(actors)]
    cumulative, total = [], 0.0
    for w in weight:
        total += w
        cumulative.append(total)
    group_cumulative = []
    for g in range(groups):
        c, t = [], 0.0
        for a in members[g]:
            t += weight[a]
            c.append(t)
        group_cumulative.append((c, t))

    def popular():
        return bisect.bisect_left(cumulative, rng.random() * total)

    def popular_in(g):
        c, t = group_cumulative[g]
        return members[g][bisect.bisect_left(c, rng.random() * t)]

    ids = [f"a{a:06d}" for a in range(actors)]
    with open(out, "w", encoding="utf-8") as f:
        f.write('{"format": "stancegraph/1",\n "snapshot": {"id": "bench-%s", "date": '
                '"2025-12-31", "title": "Synthetic benchmark snapshot %s"},\n "actors": [\n'
                % (name.lower(), name))
        for a in range(actors):
            f.write(json.dumps({"id": ids[a], "name": f"Actor {a}", "type": TYPES[a % 4],
                                "group": f"group-{group_of[a]}"}))
            f.write(",\n" if a + 1 < actors else "\n ],\n \"relations\": [\n")
        for r in range(relations):
            s = popular()
            roll = rng.random()
            kind = "negotiation" if roll < 0.2 else "support" if roll < 0.6 else "criticism"
            inside = rng.random() < 0.85
            if kind == "support" and inside or kind == "criticism" and not inside:
                t = popular_in(group_of[s])
            else:
                t = popular()
            while t == s:
                t = popular()
            rel = {"source": ids[s], "target": ids[t], "type": kind,
                   "weight": round(0.05 + 0.95 * rng.random(), 3),
                   "date": "2025-%02d-%02d" % (1 + r % 12, 1 + r % 28)}
            if r % 10 == 0:
                rel["evidence"] = f"Statement {r}: {ids[s]} on {ids[t]}."
            f.write(json.dumps(rel))
            f.write(",\n" if r + 1 < relations else "\n ]\n}\n")


if __name__ == "__main__":
    main()

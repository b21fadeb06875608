#!/usr/bin/python3
"""Writes the random snapshots in tests/data/crosscheck/ that crosscheck.py compares against
NetworkX. Deterministic (fixed seeds); rerun only to change the fixtures.
Weights are full-precision floats so that no two paths have exactly equal length, where
floating-point rounding could legitimately split shortest-path counts differently."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "data", "crosscheck")
TYPES = ["person", "organization", "country", "group"]
STANCES = ["support", "criticism", "negotiation"]


def snapshot(seed, actors, relations, isolates):
    rng = random.Random(seed)
    ids = [f"actor-{i:03d}" for i in range(actors)]
    connected = ids[: actors - isolates]
    doc = {
        "format": "stancegraph/1",
        "snapshot": {"id": f"random-{seed}", "date": "2025-01-01",
                     "title": f"Random snapshot, seed {seed}"},
        "actors": [{"id": a, "name": f"Actor {a[-3:]}", "type": rng.choice(TYPES),
                    "group": f"group-{rng.randrange(4)}"} for a in ids],
        "relations": [],
    }
    for _ in range(relations):
        s, t = rng.sample(connected, 2)
        doc["relations"].append({"source": s, "target": t, "type": rng.choice(STANCES),
                                 "weight": round(rng.uniform(0.05, 1.0), 12)})
    return doc


os.makedirs(OUT, exist_ok=True)
for seed, actors, relations, isolates in [(1, 12, 30, 1), (2, 40, 160, 3), (3, 80, 400, 0)]:
    with open(os.path.join(OUT, f"random-{seed}.json"), "w", encoding="utf-8") as f:
        json.dump(snapshot(seed, actors, relations, isolates), f, indent=1)
        f.write("\n")

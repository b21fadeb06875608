#!/usr/bin/python3
"""Writes the signed-measure fixtures of this folder. Rerun only to change them.

- eb10.json: the 10-actor example network of Everett and Borgatti (2014, "Networks containing
  negative ties", Social Networks 38, Table 5): +1 support, -1 criticism, one relation per
  pair. Their published PN values (3 decimals) are in eb10.expected.
- triangle-{ppp,ppn,pnn,nnn}.json: one triangle with 0, 1, 2 or 3 negative sides.
- two-camps.json: a1 a2 a3 back each other, b1 b2 b3 back each other, every a criticises
  every b; a1 and b1 negotiate. two-camps-shuffled.json: the same, actors and relations in
  reverse order and ids unchanged.
- degenerate-*.json: one actor; actors without ties; negotiation only; two separate pairs.
- random-signed-{1,2}.json: seeded random signed graphs (components small enough for exact
  frustration), and random-signed-large.json (one component of 40 actors: heuristic bound).
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
EB = [[0, 1, 0, 1, 0, 0, 0, -1, -1, 0],
      [1, 0, 1, -1, 1, -1, -1, 0, 0, 0],
      [0, 1, 0, 1, -1, 0, 0, 0, -1, 0],
      [1, -1, 1, 0, 1, -1, -1, 0, 0, 0],
      [0, 1, -1, 1, 0, 1, 0, -1, 0, -1],
      [0, -1, 0, -1, 1, 0, 1, 0, 1, -1],
      [0, -1, 0, -1, 0, 1, 0, 1, -1, 1],
      [-1, 0, 0, 0, -1, 0, 1, 0, 1, 0],
      [-1, 0, -1, 0, 0, 1, -1, 1, 0, 1],
      [0, 0, 0, 0, -1, -1, 1, 0, 1, 0]]
EB_PUBLISHED_PN = [0.901, 0.861, 0.908, 0.861, 0.841, 0.850, 0.862, 0.902, 0.851, 0.907]


def snapshot(sid, actors, relations):
    return {"format": "stancegraph/1", "snapshot": {"id": sid, "date": "2025-01-01"},
            "actors": [{"id": a, "name": a.upper(), "type": "person"} for a in actors],
            "relations": [dict(zip(("source", "target", "type", "weight"), r)) for r in relations]}


def write(name, doc):
    with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1)
        f.write("\n")


def sign(s):
    return "support" if s > 0 else "criticism"


ids = [f"v{i + 1:02d}" for i in range(10)]
write("eb10.json", snapshot("eb10", ids, [(ids[i], ids[j], sign(EB[i][j]), 1)
                                          for i in range(10) for j in range(i + 1, 10) if EB[i][j]]))
with open(os.path.join(HERE, "eb10.expected"), "w") as f:
    f.write(" ".join(f"{v:.3f}" for v in EB_PUBLISHED_PN) + "\n")

for name, signs in {"ppp": "+++", "ppn": "++-", "pnn": "+--", "nnn": "---"}.items():
    pairs = [("a", "b"), ("b", "c"), ("c", "a")]
    write(f"triangle-{name}.json", snapshot(f"triangle-{name}", ["a", "b", "c"],
          [(s, t, sign(1 if g == "+" else -1), 1) for (s, t), g in zip(pairs, signs)]))

camp_a, camp_b = ["a1", "a2", "a3"], ["b1", "b2", "b3"]
rel = [(x, y, "support", 1) for camp in (camp_a, camp_b) for i, x in enumerate(camp)
       for y in camp[i + 1:]]
rel += [(x, y, "criticism", 1) for x in camp_a for y in camp_b]
rel += [("a1", "b1", "negotiation", 1)]
write("two-camps.json", snapshot("two-camps", camp_a + camp_b, rel))
write("two-camps-shuffled.json", snapshot("two-camps-shuffled", (camp_a + camp_b)[::-1], rel[::-1]))

write("degenerate-one.json", snapshot("degenerate-one", ["solo"], []))
write("degenerate-no-ties.json", snapshot("degenerate-no-ties", ["a", "b", "c"], []))
write("degenerate-negotiation.json", snapshot("degenerate-negotiation", ["a", "b", "c"],
      [("a", "b", "negotiation", 1), ("b", "c", "negotiation", 0.5)]))
write("degenerate-disconnected.json", snapshot("degenerate-disconnected",
      ["a", "b", "c", "d", "e"], [("a", "b", "criticism", 1), ("c", "d", "support", 0.5)]))


def random_signed(seed, groups, size, relations):
    rng = random.Random(seed)
    actors = [f"g{g}-{i}" for g in range(groups) for i in range(size)]
    rel = []
    for _ in range(relations):
        g = rng.randrange(groups)
        s, t = rng.sample(actors[g * size:(g + 1) * size], 2)
        rel.append((s, t, rng.choice(["support", "support", "criticism", "negotiation"]),
                    round(rng.uniform(0.1, 1.0), 6)))
    return actors, rel


for seed, groups, size, count in [(1, 3, 8, 40), (2, 2, 12, 70)]:
    actors, rel = random_signed(seed, groups, size, count)
    write(f"random-signed-{seed}.json", snapshot(f"random-signed-{seed}", actors, rel))
actors, rel = random_signed(3, 1, 40, 160)
write("random-signed-large.json", snapshot("random-signed-large", actors, rel))

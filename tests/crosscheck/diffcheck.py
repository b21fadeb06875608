#!/usr/bin/python3
"""Cross-checks `stancegraph diff` against an independent computation.

For each pair OLD NEW, runs `stancegraph diff` and recomputes from the two snapshot files:
tie changes (key = source, target, type; negotiation by the unordered pair), flips (the ordered
pair's support - criticism weight changed sign), Jaccard of arcs and of typed ties, every
metric's old and new value (NetworkX, via crosscheck.reference_metrics), competition ranks,
Kendall tau-b over the common actors (SciPy's kendalltau, variant b), and the top-k overlap.

Usage: diffcheck.py STANCEGRAPH OLD NEW [OLD NEW ...]"""
import json
import math
import os
import subprocess
import sys
import tempfile

from scipy.stats import kendalltau

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from crosscheck import reference_metrics  # noqa: E402

TOLERANCE = 1e-6


def ties_of(snapshot):
    ties = {}
    for r in snapshot["relations"]:
        s, t, kind = r["source"], r["target"], r["type"]
        key = (min(s, t), max(s, t), kind) if kind == "negotiation" else (s, t, kind)
        ties[key] = ties.get(key, 0.0) + r.get("weight", 1.0)
    return ties


def arcs_of(ties):
    arcs = set()
    for (s, t, kind) in ties:
        arcs.add((s, t))
        if kind == "negotiation":
            arcs.add((t, s))
    return arcs


def nets_of(ties):
    nets = {}
    for (s, t, kind), w in ties.items():
        if kind != "negotiation":
            nets[(s, t)] = nets.get((s, t), 0.0) + (w if kind == "support" else -w)
    return nets


def ranks(values):
    return {a: 1 + sum(1 for v in values.values() if v > x) for a, x in values.items()}


def top(values, order, k):
    return set(sorted(order, key=lambda a: (-values[a], order.index(a)))[:k])


def close(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0, abs_tol=TOLERANCE)


def check_pair(binary, old_path, new_path, out):
    problems = []
    old, new = (json.load(open(p, encoding="utf-8")) for p in (old_path, new_path))
    subprocess.run([binary, "diff", "-q", "-o", out, old_path, new_path], check=True)
    stem = f'{old["snapshot"]["id"]}--{new["snapshot"]["id"]}'
    report = json.load(open(os.path.join(out, stem + ".diff.json"), encoding="utf-8"))

    def expect(what, got, want):
        ok = close(got, want) if isinstance(want, float) or want is None else got == want
        if not ok:
            problems.append(f"{old_path} -> {new_path}: {what}: stancegraph {got!r}, "
                            f"expected {want!r}")

    old_ties, new_ties = ties_of(old), ties_of(new)
    kept = old_ties.keys() & new_ties.keys()
    s = report["summary"]
    expect("ties_added", s["ties_added"], len(new_ties.keys() - old_ties.keys()))
    expect("ties_removed", s["ties_removed"], len(old_ties.keys() - new_ties.keys()))
    expect("ties_kept", s["ties_kept"], len(kept))
    expect("weight_changes", s["weight_changes"],
           sum(1 for k in kept if abs(old_ties[k] - new_ties[k]) > 1e-12))
    old_nets, new_nets = nets_of(old_ties), nets_of(new_ties)
    flips = sorted(p for p in old_nets.keys() & new_nets.keys()
                   if old_nets[p] * new_nets[p] < 0)
    expect("flips", sorted((f["source"], f["target"]) for f in report["flips"]), flips)

    old_ids = [a["id"] for a in old["actors"]]
    new_ids = [a["id"] for a in new["actors"]]
    expect("actors_added", report["actors_added"], [a for a in new_ids if a not in old_ids])
    expect("actors_removed", report["actors_removed"], [a for a in old_ids if a not in new_ids])

    sim = report["similarity"]
    old_arcs, new_arcs = arcs_of(old_ties), arcs_of(new_ties)
    union = old_arcs | new_arcs
    expect("jaccard_arcs", sim["jaccard_arcs"],
           len(old_arcs & new_arcs) / len(union) if union else 1.0)
    tie_union = old_ties.keys() | new_ties.keys()
    expect("jaccard_ties", sim["jaccard_ties"], len(kept) / len(tie_union) if tie_union else 1.0)

    old_m, _, _ = reference_metrics(old)
    new_m, _, _ = reference_metrics(new)
    common = [a for a in old_ids if a in new_ids]
    expect("common_actors", sim["common_actors"], len(common))
    for metric in ("pagerank", "betweenness"):
        x = [old_m[a][metric] for a in common]
        y = [new_m[a][metric] for a in common]
        # Values equal to 1e-9 are ties, as they are in exact arithmetic.
        x = [round(v, 9) for v in x]
        y = [round(v, 9) for v in y]
        tau = None
        if len(common) >= 2 and len(set(x)) > 1 and len(set(y)) > 1:
            tau = float(kendalltau(x, y, variant="b").statistic)
        expect(f"kendall_tau_b.{metric}", sim["kendall_tau_b"][metric], tau)
        k = sim["top_k"]
        common_top = top({a: old_m[a][metric] for a in old_ids}, old_ids, k) & \
            top({a: new_m[a][metric] for a in new_ids}, new_ids, k)
        expect(f"top_k_common.{metric}", sim["top_k_common"][metric], len(common_top))
    expect("top_k", sim["top_k"], min(10, len(old_ids), len(new_ids)))

    by_id = {a["id"]: a for a in report["actors"]}
    for metric in ("pagerank", "betweenness", "net_stance", "harmonic"):
        old_rank = ranks({a: round(old_m[a][metric], 9) for a in old_ids})
        new_rank = ranks({a: round(new_m[a][metric], 9) for a in new_ids})
        for a in common:
            got = by_id[a]["metrics"][metric]
            expect(f"{a}.{metric}.delta", got["delta"], new_m[a][metric] - old_m[a][metric])
            expect(f"{a}.{metric}.old_rank", got["old_rank"], old_rank[a])
            expect(f"{a}.{metric}.rank_change", got["rank_change"], old_rank[a] - new_rank[a])
    return problems


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    problems, pairs = [], list(zip(paths[::2], paths[1::2]))
    with tempfile.TemporaryDirectory() as out:
        for old_path, new_path in pairs:
            found = check_pair(binary, old_path, new_path, out)
            print(f"{old_path} -> {new_path}: {len(found)} differences")
            problems += found
    for p in problems:
        print(p)
    print(f"{len(pairs) - len({p.split(':')[0] for p in problems})} passed, "
          f"{len({p.split(':')[0] for p in problems})} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

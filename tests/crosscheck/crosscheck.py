#!/usr/bin/python3
"""Cross-checks stancegraph's metrics against an independent computation with NetworkX.

For each snapshot given, this script
  1. runs `stancegraph analyze` on it and reads the metrics JSON it writes;
  2. reads the snapshot JSON itself, aggregates statements into ties and ties into arcs as
     docs/METRICS.md defines them, and computes every metric with NetworkX;
  3. compares every value to within 1e-6 and reports each difference;
  4. does the same for the per-layer metrics (`--layers`), on the statements of each type.

Usage: crosscheck.py STANCEGRAPH SNAPSHOT.json...
Exit status 0 when every value agrees, 1 otherwise.
"""
import json
import math
import os
import subprocess
import sys
import tempfile

import networkx as nx
import numpy as np

TOLERANCE = 1e-6
LAYER_METRICS = ("degree_in", "degree_out", "betweenness", "harmonic", "pagerank", "hub",
                 "authority")


def reference_metrics(snapshot):
    actors = [a["id"] for a in snapshot["actors"]]
    n = len(actors)
    # Ties: statements with the same (source, target, type); negotiation keyed by the pair.
    ties = {}
    for r in snapshot["relations"]:
        s, t, kind = r["source"], r["target"], r["type"]
        key = (frozenset((s, t)), kind) if kind == "negotiation" else ((s, t), kind)
        w = r.get("weight", 1.0)
        if key in ties:
            ties[key]["weight"] += w
        else:
            ties[key] = {"source": s, "target": t, "type": kind, "weight": w}
    per_actor = {a: dict.fromkeys(["support_in", "support_out", "criticism_in",
                                   "criticism_out", "negotiation"], 0.0) for a in actors}
    strength = {}
    for tie in ties.values():
        s, t, w, kind = tie["source"], tie["target"], tie["weight"], tie["type"]
        if kind == "negotiation":
            per_actor[s]["negotiation"] += w
            per_actor[t]["negotiation"] += w
            arcs = [(s, t), (t, s)]
        else:
            per_actor[s][kind + "_out"] += w
            per_actor[t][kind + "_in"] += w
            arcs = [(s, t)]
        for arc in arcs:
            strength[arc] = strength.get(arc, 0.0) + w

    G = nx.DiGraph()
    G.add_nodes_from(actors)
    for (s, t), w in strength.items():
        G.add_edge(s, t, weight=w, length=1.0 / w)

    between = nx.betweenness_centrality(G, weight="length", normalized=False)
    # NetworkX sums distances *to* a node; stancegraph's harmonic centrality follows outgoing
    # paths, so it is NetworkX's on the reversed graph.
    harmonic = nx.harmonic_centrality(G.reverse(copy=True), distance="length")
    pagerank = nx.pagerank(G, alpha=0.85, weight="weight", tol=1e-14, max_iter=100000)
    hubs, authorities, hits_unique = hits(G, actors)

    result = {}
    for a in actors:
        m = dict(per_actor[a])
        m["degree_in"] = G.in_degree(a)
        m["degree_out"] = G.out_degree(a)
        m["net_stance"] = m["support_in"] - m["criticism_in"]
        m["betweenness"] = between[a] / ((n - 1) * (n - 2)) if n > 2 else 0.0
        m["harmonic"] = harmonic[a] / (n - 1) if n > 1 else 0.0
        m["pagerank"] = pagerank[a]
        if hits_unique:
            m["hub"] = hubs[a]
            m["authority"] = authorities[a]
        result[a] = m
    arcs = G.number_of_edges()
    reciprocated = sum(1 for s, t in G.edges() if G.has_edge(t, s))
    graph = {
        "actors": n,
        "statements": len(snapshot["relations"]),
        "ties": len(ties),
        "arcs": arcs,
        "density": arcs / (n * (n - 1)) if n > 1 else 0.0,
        "reciprocity": reciprocated / arcs if arcs else 0.0,
        "weak_components": nx.number_weakly_connected_components(G),
    }
    return result, graph, hits_unique


def hits(G, actors):
    """HITS from the eigenvectors of A^T A and A A^T, each scaled so its largest entry is 1.
    Returns uniqueness too: when the leading eigenvalue is repeated, HITS has no unique answer
    and the comparison is skipped (and said so)."""
    if G.number_of_edges() == 0:
        zero = dict.fromkeys(actors, 0.0)
        return zero, zero, True
    A = nx.to_numpy_array(G, nodelist=actors, weight="weight")
    scores = []
    for M in (A @ A.T, A.T @ A):
        values, vectors = np.linalg.eigh(M)
        if values[-1] - values[-2] < 1e-9 * max(1.0, values[-1]):
            return None, None, False
        v = np.abs(vectors[:, -1])
        scores.append(dict(zip(actors, v / v.max())))
    return scores[0], scores[1], True


def compare(name, ours, reference, graph_ours, graph_reference):
    problems = []
    for actor, expected in reference.items():
        got = ours[actor]
        for metric, value in expected.items():
            if not math.isclose(got[metric], value, rel_tol=0, abs_tol=TOLERANCE):
                problems.append(f"{name}: {actor}.{metric}: stancegraph {got[metric]!r}, "
                                f"networkx {value!r}")
    for key, value in graph_reference.items():
        if not math.isclose(graph_ours[key], value, rel_tol=0, abs_tol=TOLERANCE):
            problems.append(f"{name}: graph.{key}: stancegraph {graph_ours[key]!r}, "
                            f"networkx {value!r}")
    return problems


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    problems = []
    checked = 0
    with tempfile.TemporaryDirectory() as out:
        for path in paths:
            with open(path, encoding="utf-8") as f:
                snapshot = json.load(f)
            subprocess.run([binary, "analyze", "-q", "--layers", "-o", out, path], check=True)
            with open(os.path.join(out, snapshot["snapshot"]["id"] + ".metrics.json"),
                      encoding="utf-8") as f:
                metrics = json.load(f)
            ours = {a["id"]: a["metrics"] for a in metrics["actors"]}
            reference, graph, hits_unique = reference_metrics(snapshot)
            found = compare(path, ours, reference, metrics["graph"], graph)
            # Per-layer metrics: the same definitions on the statements of one type only.
            for layer, actors in metrics["layers"].items():
                part = dict(snapshot, relations=[r for r in snapshot["relations"]
                                                 if r["type"] == layer])
                layer_reference, _, layer_hits = reference_metrics(part)
                wanted = {a: {m: v for m, v in values.items() if m in LAYER_METRICS
                              and (layer_hits or m not in ("hub", "authority"))}
                          for a, values in layer_reference.items()}
                found += compare(f"{path} [{layer}]", {a["id"]: a["metrics"] for a in actors},
                                 wanted, {}, {})
                checked += sum(len(m) for m in wanted.values())
            problems += found
            values = sum(len(m) for m in reference.values()) + len(graph)
            checked += values
            note = "" if hits_unique else " (HITS skipped: leading eigenvalue repeated)"
            print(f"{path}: {values} values, {len(found)} differences{note}")
    for p in problems:
        print(p)
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

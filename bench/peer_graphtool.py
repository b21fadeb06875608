#!/usr/bin/python3
"""The graph-tool peer: the same work as peer_igraph.py, with Debian's python3-graph-tool (C++
and Boost, with OpenMP on every core: betweenness, closeness, PageRank and HITS run in
parallel).

Reads the snapshot, merges ties into arcs exactly as stancegraph defines them (one arc per
ordered pair, negotiation both ways, length = 1 / summed weight), computes betweenness,
harmonic centrality (outgoing), PageRank and HITS, writes the values as JSON with the same
normalisations as peer_igraph.py (betweenness over (n-1)(n-2), harmonic over n-1, hub and
authority scaled to a largest value of 1), and prints the time of each stage as one JSON line
on stderr.
Usage: peer_graphtool.py SNAPSHOT OUT.json [SOURCES]   (SOURCES: sampled sources, for L)"""
import json
import random
import time
import warnings

warnings.filterwarnings("ignore", category=RuntimeWarning)  # no cairo or matplotlib: no drawing

import numpy  # noqa: E402
import graph_tool  # noqa: E402
import graph_tool.centrality as centrality  # noqa: E402

from peer_common import arc_strengths, finish, read_snapshot  # noqa: E402

snapshot, out, sources, stages, start = read_snapshot()

t = time.perf_counter()
strength = arc_strengths(snapshot)
arcs = sorted(strength)
n = len(snapshot["actors"])
g = graph_tool.Graph(directed=True)
g.add_vertex(n)
g.add_edge_list(numpy.array(arcs, dtype=numpy.int64).reshape(-1, 2))
weight = g.new_edge_property("double")
weight.a = numpy.array([strength[a] for a in arcs], dtype=float)
length = g.new_edge_property("double")
length.a = 1.0 / weight.a
stages["build"] = time.perf_counter() - t

t = time.perf_counter()
if sources:
    chosen = sorted(random.Random(1).sample(range(n), sources))
    between, _ = centrality.betweenness(g, pivots=chosen, weight=length, norm=False)
    harmonic = [centrality.closeness(g, weight=length, source=g.vertex(v), harmonic=True,
                                     norm=False) / (n - 1) for v in chosen]
else:
    between, _ = centrality.betweenness(g, weight=length, norm=False)
    harmonic = list(centrality.closeness(g, weight=length, harmonic=True, norm=False).a
                    / (n - 1))
stages["path measures"] = time.perf_counter() - t

t = time.perf_counter()
# graph-tool stops at an L1 change of 1e-6 by default; igraph's PRPACK solves much tighter.
pagerank = centrality.pagerank(g, damping=0.85, weight=weight, epsilon=1e-12).a
_, authorities, hubs = centrality.hits(g, weight=weight, epsilon=1e-12)
hubs, authorities = hubs.a, authorities.a
hubs = hubs / hubs.max() if hubs.max() > 0 else hubs
authorities = authorities / authorities.max() if authorities.max() > 0 else authorities
stages["pagerank and hits"] = time.perf_counter() - t

t = time.perf_counter()
pairs = (n - 1) * (n - 2)
between = between.a
with open(out, "w", encoding="utf-8") as f:
    json.dump({"actors": [{"id": a["id"], "betweenness": float(between[i]) / pairs,
                           "pagerank": float(pagerank[i]), "hub": float(hubs[i]),
                           "authority": float(authorities[i])}
                          for i, a in enumerate(snapshot["actors"])],
               "harmonic": [float(x) for x in harmonic]}, f)
stages["write"] = time.perf_counter() - t
finish(stages, start)

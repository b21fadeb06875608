#!/usr/bin/python3
"""The python-igraph peer: the same work as `stancegraph analyze` for the core measures, with
Debian's python3-igraph (the same igraph C core, called from Python).

Reads the snapshot, merges ties into arcs exactly as stancegraph defines them (one arc per
ordered pair, negotiation both ways, length = 1 / summed weight), computes betweenness,
harmonic centrality (outgoing), PageRank and HITS, writes the values as JSON, and prints the
time of each stage as one JSON line on stderr.
Usage: peer_igraph.py SNAPSHOT OUT.json [SOURCES]   (SOURCES: sampled sources, for L)"""
import json
import random
import time

import igraph

from peer_common import arc_strengths, finish, read_snapshot

snapshot, out, sources, stages, start = read_snapshot()

t = time.perf_counter()
strength = arc_strengths(snapshot)
arcs = sorted(strength)
g = igraph.Graph(n=len(snapshot["actors"]), edges=arcs, directed=True)
weights = [strength[a] for a in arcs]
lengths = [1.0 / w for w in weights]
stages["build"] = time.perf_counter() - t

n = len(snapshot["actors"])
t = time.perf_counter()
if sources:
    chosen = sorted(random.Random(1).sample(range(n), sources))
    between = g.betweenness(directed=True, weights=lengths, sources=chosen)
    harmonic = g.harmonic_centrality(vertices=chosen, mode="out", weights=lengths)
else:
    between = g.betweenness(directed=True, weights=lengths)
    harmonic = g.harmonic_centrality(mode="out", weights=lengths)
stages["path measures"] = time.perf_counter() - t

t = time.perf_counter()
pagerank = g.pagerank(directed=True, damping=0.85, weights=weights)
hubs = g.hub_score(weights=weights, scale=True)
authorities = g.authority_score(weights=weights, scale=True)
stages["pagerank and hits"] = time.perf_counter() - t

t = time.perf_counter()
pairs = (n - 1) * (n - 2)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"actors": [{"id": a["id"], "betweenness": between[i] / pairs,
                           "pagerank": pagerank[i], "hub": hubs[i], "authority": authorities[i]}
                          for i, a in enumerate(snapshot["actors"])],
               "harmonic": harmonic}, f)
stages["write"] = time.perf_counter() - t
finish(stages, start)

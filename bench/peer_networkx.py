#!/usr/bin/python3
"""The NetworkX peer: the same work as peer_igraph.py, with Debian's python3-networkx.
Usage: peer_networkx.py SNAPSHOT OUT.json [SOURCES]"""
import json
import random
import time

import networkx as nx

from peer_common import arc_strengths, finish, read_snapshot

snapshot, out, sources, stages, start = read_snapshot()

t = time.perf_counter()
strength = arc_strengths(snapshot, key=lambda actor: actor)  # by id
g = nx.DiGraph()
g.add_nodes_from(a["id"] for a in snapshot["actors"])
for (s, d), w in strength.items():
    g.add_edge(s, d, weight=w, length=1.0 / w)
stages["build"] = time.perf_counter() - t

n = g.number_of_nodes()
t = time.perf_counter()
if sources:
    chosen = random.Random(1).sample(list(g.nodes), sources)
    between = nx.betweenness_centrality_subset(g, chosen, list(g.nodes), normalized=False,
                                               weight="length")
    harmonic = nx.harmonic_centrality(g.reverse(copy=False), nbunch=chosen, distance="length")
else:
    between = nx.betweenness_centrality(g, normalized=False, weight="length")
    harmonic = nx.harmonic_centrality(g.reverse(copy=False), distance="length")
stages["path measures"] = time.perf_counter() - t

t = time.perf_counter()
# Tolerances tighter than NetworkX's defaults, and HITS scaled to a largest score of 1, as
# igraph's PRPACK and scaled hub and authority scores give (the bench compares to 1e-6).
pagerank = nx.pagerank(g, alpha=0.85, weight="weight", tol=1e-13, max_iter=10000)
hubs, authorities = nx.hits(g, max_iter=10000, tol=1e-13)  # sums of 1, then scaled
hubs = {a: x / max(hubs.values()) for a, x in hubs.items()} if max(hubs.values()) > 0 else hubs
authorities = ({a: x / max(authorities.values()) for a, x in authorities.items()}
               if max(authorities.values()) > 0 else authorities)
stages["pagerank and hits"] = time.perf_counter() - t

t = time.perf_counter()
pairs = (n - 1) * (n - 2)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"actors": [{"id": a, "betweenness": between[a] / pairs, "pagerank": pagerank[a],
                           "hub": hubs[a], "authority": authorities[a]} for a in g.nodes],
               "harmonic": harmonic}, f)
stages["write"] = time.perf_counter() - t
finish(stages, start)

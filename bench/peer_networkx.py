#!/usr/bin/python3
"""The NetworkX peer: the same work as peer_igraph.py, with Debian's python3-networkx.
Usage: peer_networkx.py SNAPSHOT OUT.json [SOURCES]"""
import json
import random
import sys
import time

import networkx as nx

stages = {}
start = time.perf_counter()
path, out = sys.argv[1], sys.argv[2]
sources = int(sys.argv[3]) if len(sys.argv) > 3 else 0

t = time.perf_counter()
snapshot = json.load(open(path, encoding="utf-8"))
stages["load"] = time.perf_counter() - t

t = time.perf_counter()
strength = {}
for r in snapshot["relations"]:
    s, d, w = r["source"], r["target"], r.get("weight", 1.0)
    strength[(s, d)] = strength.get((s, d), 0.0) + w
    if r["type"] == "negotiation":
        strength[(d, s)] = strength.get((d, s), 0.0) + w
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
pagerank = nx.pagerank(g, alpha=0.85, weight="weight")
hubs, authorities = nx.hits(g, max_iter=1000)
stages["pagerank and hits"] = time.perf_counter() - t

t = time.perf_counter()
pairs = (n - 1) * (n - 2)
with open(out, "w", encoding="utf-8") as f:
    json.dump({"actors": [{"id": a, "betweenness": between[a] / pairs, "pagerank": pagerank[a],
                           "hub": hubs[a], "authority": authorities[a]} for a in g.nodes],
               "harmonic": harmonic}, f)
stages["write"] = time.perf_counter() - t
stages["total in process"] = time.perf_counter() - start
print(json.dumps(stages), file=sys.stderr)

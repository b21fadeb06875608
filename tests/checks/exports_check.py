#!/usr/bin/python3
"""The exports with metrics and one edge per tie, read by NetworkX and python-igraph and checked
against 'stancegraph analyze' (docs/FORMATS.md, "Metrics on the nodes" and "PageRank
elsewhere"):

- for every snapshot given: 'convert --metrics' to GraphML (one edge per statement, and with
  --ties), read by NetworkX and igraph, and to the CSV node table, read by Python's csv: every
  node's every metric equals the metrics JSON of 'analyze' on the same snapshot (to 1e-9);
  an undefined metric (null in the JSON) has no value (no key in NetworkX, NaN in igraph, an
  empty cell); integral metrics are integers;
- with --ties, igraph's and NetworkX's PageRank (weights "weight", directed, damping 0.85)
  equal stancegraph's pagerank; after merging parallel edges (weights summed), igraph's
  betweenness and harmonic centrality (lengths 1/weight), hub and authority scores and
  in- and out-degree equal stancegraph's;
- the worked example of docs/FORMATS.md (tests/data/formats/pagerank-example.json): PageRank
  on the per-statement (weighted and not) and per-tie exports equals the values worked out
  there;
- 'convert --metrics --gexf-version 1.2' of the series: NetworkX 2.8 reads it; every actor's
  metric in every snapshot equals that snapshot's metrics JSON over that snapshot's interval;
  negotiation ties read as an edge each way; and on each snapshot's own GEXF 1.2, NetworkX's
  weighted PageRank equals stancegraph's;
- and NetworkX does not read the GEXF 1.3 file (why --gexf-version 1.2 exists).

Usage: exports_check.py STANCEGRAPH EXAMPLE SERIES... -- SNAPSHOT...
(SERIES: snapshots with distinct dates; SNAPSHOT: more files for the GraphML and CSV checks)"""
import csv
import json
import math
import os
import sys
import tempfile

import igraph
import networkx

from tally import Tally, run as tally_run

binary, example = sys.argv[1], sys.argv[2]
split = sys.argv.index("--")
series = sys.argv[3:split]
snapshots = series + sys.argv[split + 1:]
tally = Tally("exports")
check = tally.check
TOLERANCE = 1e-9
# The metrics that count things (docs/METRICS.md): integers in every format. The others are
# doubles, even where the JSON prints a whole number such as 0.
INTEGRAL = {"degree_in", "degree_out", "camp", "broker_ties"}


def run(*args):
    tally_run(binary, args[0], "-q", *args[1:])


def close(got, expected):
    return got is not None and abs(got - expected) <= TOLERANCE


def analyze(path, out):
    """The metrics JSON of 'analyze' into the folder out: {actor id: {metric: value or None}}
    and the metric names in their order."""
    run("analyze", path, "-d", out)
    snapshot_id = json.load(open(path, encoding="utf-8"))["snapshot"]["id"]
    data = json.load(open(os.path.join(out, snapshot_id + ".metrics.json"), encoding="utf-8"))
    actors = {a["id"]: a["metrics"] for a in data["actors"]}
    names = list(data["actors"][0]["metrics"]) if data["actors"] else []
    return actors, names


def compare_value(where, got, expected, integral):
    """got as a reader gave it (None when missing) against the JSON value."""
    if expected is None:
        check(got is None or (isinstance(got, float) and math.isnan(got)),
              f"{where}: {got!r}, expected no value (null)")
    elif integral:
        check(isinstance(got, int) and got == expected, f"{where}: {got!r}, expected {expected}")
    else:
        check(isinstance(got, float) and close(got, expected),
              f"{where}: {got!r}, expected {expected}")


def check_graphml(name, path, metrics, names, integral):
    g = networkx.read_graphml(path, force_multigraph=True)
    for actor, values in metrics.items():
        data = g.nodes[actor]
        for m in names:
            compare_value(f"{name}: NetworkX {os.path.basename(path)} {actor} {m}",
                          data.get(m), values[m], integral[m])
    ig = igraph.Graph.Read_GraphML(path)
    for v in ig.vs:
        for m in names:
            got, expected = v[m], metrics[v["id"]][m]
            if integral[m] and got is not None and not math.isnan(got):
                got = int(got) if got == int(got) else got  # igraph reads every number as float
            compare_value(f"{name}: igraph {os.path.basename(path)} {v['id']} {m}", got,
                          expected, integral[m])
    return ig


def check_per_tie(name, ig, metrics):
    """igraph on the --ties export measures what stancegraph measures."""
    ids = ig.vs["id"]
    pagerank = ig.pagerank(weights="weight", directed=True, damping=0.85)
    for actor, value in zip(ids, pagerank):
        check(close(value, metrics[actor]["pagerank"]),
              f"{name}: igraph pagerank of {actor} {value}, stancegraph "
              f"{metrics[actor]['pagerank']}")
    merged = ig.copy()
    merged.simplify(multiple=True, loops=False, combine_edges={"weight": "sum", "stance": "first"})
    n = merged.vcount()
    lengths = [1 / w for w in merged.es["weight"]]
    found = {
        "betweenness": [b / ((n - 1) * (n - 2)) if n > 2 else 0.0
                        for b in merged.betweenness(weights=lengths, directed=True)],
        "harmonic": merged.harmonic_centrality(weights=lengths, mode="out", normalized=True),
        "degree_in": merged.indegree(),
        "degree_out": merged.outdegree(),
    }
    if merged.ecount() > 0:
        found["hub"] = merged.hub_score(weights="weight")
        found["authority"] = merged.authority_score(weights="weight")
    for metric, values in found.items():
        for actor, value in zip(merged.vs["id"], values):
            check(close(value, metrics[actor][metric]),
                  f"{name}: igraph {metric} of {actor} {value}, stancegraph "
                  f"{metrics[actor][metric]}")


def check_networkx_pagerank(name, path, metrics):
    g = networkx.read_graphml(path, force_multigraph=True)
    pagerank = networkx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=1000)
    for actor, value in pagerank.items():
        check(close(value, metrics[actor]["pagerank"]),
              f"{name}: NetworkX pagerank of {actor} {value}")


def check_csv(name, path, metrics, names, integral):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    for row in rows:
        for m in names:
            cell, expected = row[m], metrics[row["Id"]][m]
            got = None if cell == "" else (int(cell) if integral[m] else float(cell))
            compare_value(f"{name}: CSV node {row['Id']} {m} {cell!r}", got, expected,
                          integral[m])


with tempfile.TemporaryDirectory() as work:
    per_snapshot = {}
    for path in snapshots:
        name = os.path.basename(path)[:-5]
        base = os.path.join(work, name)
        metrics, names = analyze(path, os.path.join(work, name + ".analyze"))
        per_snapshot[path] = metrics
        integral = {m: m in INTEGRAL for m in names}
        check(len(names) == 20 and INTEGRAL <= set(names),
              f"{name}: metrics in the JSON {names}")

        run("convert", "--metrics", path, "-o", base + ".graphml")
        check_graphml(name, base + ".graphml", metrics, names, integral)
        run("convert", "--metrics", "--ties", path, "-o", base + ".ties.graphml")
        ig = check_graphml(name, base + ".ties.graphml", metrics, names, integral)
        check_per_tie(name, ig, metrics)
        check_networkx_pagerank(name, base + ".ties.graphml", metrics)
        run("convert", "--metrics", path, "-o", base + ".csv")
        check_csv(name, base + ".nodes.csv", metrics, names, integral)

    # the worked example of docs/FORMATS.md: per statement and per tie, by hand
    base = os.path.join(work, "example")
    run("convert", example, "-o", base + ".graphml")
    run("convert", "--ties", example, "-o", base + ".ties.graphml")
    by_hand = {
        # per statement: c has no out-edge (negotiation b -> c only) and spreads its rank
        "statements": {"a": 0.197580, "b": 0.281551, "c": 0.520869},
        # per tie: a -> b 1, a -> c 1, b <-> c 1: a = 0.15/3, b = c = 0.475
        "ties": {"a": 0.05, "b": 0.475, "c": 0.475},
        # per statement, unweighted: a's three edges alike, two to b, one to c
        "unweighted": {"a": 0.192988, "b": 0.302348, "c": 0.504664},
    }
    for kind, path in (("statements", base + ".graphml"), ("ties", base + ".ties.graphml"),
                       ("unweighted", base + ".graphml")):
        g = igraph.Graph.Read_GraphML(path)
        weights = None if kind == "unweighted" else "weight"
        pagerank = dict(zip(g.vs["id"], g.pagerank(weights=weights, damping=0.85)))
        for actor, value in by_hand[kind].items():
            check(abs(pagerank[actor] - value) < 5e-7,
                  f"example per {kind}: igraph pagerank of {actor} {pagerank[actor]:.6f}, "
                  f"by hand {value}")
    metrics, _ = analyze(example, os.path.join(work, "example.analyze"))
    for actor, value in by_hand["ties"].items():
        check(close(metrics[actor]["pagerank"], value),
              f"example: stancegraph pagerank of {actor} {metrics[actor]['pagerank']}")

    # GEXF 1.2: NetworkX reads it, with every metric of every snapshot
    gexf = os.path.join(work, "series.gexf")
    # given newest first, so that the metrics must follow the snapshots as sorted by date
    run("convert", "--metrics", "--gexf-version", "1.2", *reversed(series), "-o", gexf)
    g = networkx.read_gexf(gexf)
    loaded = {p: json.load(open(p, encoding="utf-8")) for p in series}
    dates = sorted(s["snapshot"]["date"] for s in loaded.values())
    by_date = {s["snapshot"]["date"]: per_snapshot[p] for p, s in loaded.items()}
    all_actors = {a for m in by_date.values() for a in m}
    check(set(g.nodes) == all_actors, "GEXF 1.2: node ids")
    for actor in g.nodes:
        for m in names:
            values = {start: value for value, start, end in g.nodes[actor].get(m, [])}
            for date in dates:
                metrics = by_date[date]
                if actor not in metrics or metrics[actor][m] is None:
                    check(date not in values, f"GEXF 1.2: {actor} {m} at {date} has a value")
                    continue
                got, expected = values.get(date), metrics[actor][m]
                check(got is not None and abs(got - expected) <= TOLERANCE and
                      isinstance(got, int) == (m in INTEGRAL),
                      f"GEXF 1.2: {actor} {m} at {date}: {got!r}, expected {expected}")
    negotiations = [(u, v) for u, v, d in g.edges(data=True) if d["stance"] == "negotiation"]
    check(negotiations and all((v, u) in negotiations for u, v in negotiations),
          f"GEXF 1.2: negotiation edges one each way: {negotiations}")
    for path in series:
        one = os.path.join(work, "one.gexf")
        run("convert", "--gexf-version", "1.2", path, "-o", one)
        g = networkx.read_gexf(one)
        check(g.number_of_nodes() == len(loaded[path]["actors"]), f"GEXF 1.2 of {path}: nodes")
        # one snapshot: each edge's weight is its tie's, negotiation mutual (an edge each way)
        pagerank = networkx.pagerank(g, alpha=0.85, weight="weight", tol=1e-14, max_iter=1000)
        for actor, value in pagerank.items():
            check(close(value, per_snapshot[path][actor]["pagerank"]),
                  f"GEXF 1.2 of {path}: NetworkX pagerank of {actor} {value}")

    # GEXF 1.3 (the default, for Gephi): NetworkX 2.8 knows no 1.3
    run("convert", series[0], "-o", os.path.join(work, "default.gexf"))
    try:
        networkx.read_gexf(os.path.join(work, "default.gexf"))
        check(not networkx.__version__.startswith("2."),
              "NetworkX 2 reads GEXF 1.3: --gexf-version 1.2 may no longer be needed")
    except networkx.NetworkXError:
        check(True, "")

sys.exit(tally.finish())

#!/usr/bin/python3
"""Round trips of every output format, checked by readers that are not stancegraph's:

- snapshot -> DOT -> snapshot and snapshot -> CSV -> snapshot give the same snapshot (the JSON
  stancegraph writes, compared as parsed JSON); the DOT is also read by pygraphviz (Graphviz's
  own parser) and the CSV by Python's csv module, and their counts and fields compared with
  the original;
- snapshot -> GraphML -> NetworkX: the same actors with every field, one edge per statement
  with stance, weight, date, evidence and free-form fields, typed; and python-igraph reads
  the same counts, names, stances and weights;
- snapshots -> GEXF -> ElementTree: every actor and tie has spells covering exactly the
  snapshots that hold it, and the tie weight per snapshot equals the sum of its statements'
  weights, computed here from the JSON.

Usage: formats_check.py STANCEGRAPH SERIES... -- SNAPSHOT...
(SERIES: snapshots with distinct dates, for the GEXF timeline; every file gets the round trips)"""
import csv
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET

import igraph
import networkx
import pygraphviz

from tally import Tally, run as tally_run

binary = sys.argv[1]
split = sys.argv.index("--")
series = sys.argv[2:split]
snapshots = series + sys.argv[split + 1:]
tally = Tally("formats")
check = tally.check


def run(*args):
    tally_run(binary, *args)


def text_of(value):
    """A free-form field as the text formats carry it: a string's text, else its JSON."""
    return value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))


def xml_text(value):
    """What XML 1.0 can carry: control characters other than tab, newline and return become
    U+FFFD (docs/FORMATS.md)."""
    if not isinstance(value, str):
        return value
    return "".join("\ufffd" if ord(c) < 32 and c not in "\t\n\r" else c for c in value)


STANDARD_ACTOR = {"id", "name", "type", "group", "role", "aliases"}
STANDARD_RELATION = {"source", "target", "type", "weight", "date", "evidence"}

with tempfile.TemporaryDirectory() as work:
    for path in snapshots:
        name = os.path.basename(path)[:-5]
        original = json.load(open(path, encoding="utf-8"))
        base = os.path.join(work, name)
        run("convert", path, "-o", base + ".json")
        canonical = json.load(open(base + ".json", encoding="utf-8"))

        # DOT: back to the same snapshot; Graphviz's parser sees every actor and tie
        run("convert", path, "-o", base + ".dot")
        run("convert", base + ".dot", "-o", base + ".dot.json")
        check(json.load(open(base + ".dot.json", encoding="utf-8")) == canonical,
              f"{name}: snapshot -> DOT -> snapshot differs")
        graph = pygraphviz.AGraph(base + ".dot")
        actors = [n for n in graph.nodes() if n.attr.get("sg_actor")]
        check(len(actors) == len(original["actors"]), f"{name}: DOT has {len(actors)} actors")
        stances = sorted(e.attr["stance"] for e in graph.edges())
        ties = {}
        for r in original["relations"]:
            key = (r["source"], r["target"], r["type"])
            if r["type"] == "negotiation":
                key = (*sorted((r["source"], r["target"])), r["type"])
            ties[key] = r["type"]
        check(stances == sorted(ties.values()), f"{name}: DOT edges' stances {stances}")

        # CSV: back to the same snapshot; Python's csv module reads every field
        run("convert", path, "-o", base + ".csv")
        run("convert", base + ".csv", "-o", base + ".csv.json")
        check(json.load(open(base + ".csv.json", encoding="utf-8")) == canonical,
              f"{name}: snapshot -> CSV -> snapshot differs")
        with open(base + ".csv", encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        check(len(rows) == len(original["relations"]), f"{name}: CSV has {len(rows)} edges")
        for row, r in zip(rows, original["relations"]):
            check((row["Source"], row["Target"], row["Stance"], float(row["Weight"]),
                   row["Date"], row["Evidence"]) ==
                  (r["source"], r["target"], r["type"], r.get("weight", 1.0),
                   r.get("date", ""), r.get("evidence", "")), f"{name}: CSV row {row}")
            check(row["Type"] == ("Undirected" if r["type"] == "negotiation" else "Directed"),
                  f"{name}: CSV Type {row['Type']}")
        with open(base + ".nodes.csv", encoding="utf-8", newline="") as f:
            nodes = list(csv.DictReader(f))
        check([n["Id"] for n in nodes] == [a["id"] for a in original["actors"]],
              f"{name}: node table ids")
        check([n["Label"] for n in nodes] == [a["name"] for a in original["actors"]],
              f"{name}: node table labels")

        # GraphML: NetworkX reads actors and statements with every field, typed
        run("convert", path, "-o", base + ".graphml")
        g = networkx.read_graphml(base + ".graphml", force_multigraph=True)
        check(g.number_of_nodes() == len(original["actors"]),
              f"{name}: GraphML nodes {g.number_of_nodes()}")
        check(g.number_of_edges() == len(original["relations"]),
              f"{name}: GraphML edges {g.number_of_edges()}")
        for a in original["actors"]:
            data = g.nodes[a["id"]]
            expected = {"label": xml_text(a["name"]), "type": a["type"]}
            for field in ("group", "role"):
                if field in a:
                    expected[field] = xml_text(a[field])
            if a.get("aliases"):
                expected["aliases"] = xml_text("|".join(a["aliases"]))
            got = dict(data)
            for k, v in expected.items():
                check(got.get(k) == v,
                      f"{name}: GraphML node {a['id']} {k}={got.get(k)!r}, expected {v!r}")
            for k, v in a.items():
                if k in STANDARD_ACTOR:
                    continue
                value = got.get(k)
                # typed as the JSON value: boolean, double, else the string (or JSON text)
                if isinstance(v, bool):
                    check(value is v, f"{name}: GraphML node {a['id']} {k}={value!r}")
                elif isinstance(v, (int, float)):
                    check(isinstance(value, float) and value == float(v),
                          f"{name}: GraphML node {a['id']} {k}={value!r}")
                else:
                    check(value == xml_text(text_of(v)),
                          f"{name}: GraphML node {a['id']} {k}={value!r}")
        ig = igraph.Graph.Read_GraphML(base + ".graphml")
        check((ig.vcount(), ig.ecount(), ig.is_directed()) ==
              (len(original["actors"]), len(original["relations"]), True),
              f"{name}: igraph reads {ig.vcount()} vertices, {ig.ecount()} edges")
        check(ig.vs["id"] == [a["id"] for a in original["actors"]] and
              ig.vs["label"] == [xml_text(a["name"]) for a in original["actors"]],
              f"{name}: igraph vertex ids and labels")
        check([(ig.vs[e.source]["id"], ig.vs[e.target]["id"], e["stance"], e["weight"])
               for e in ig.es] ==
              [(r["source"], r["target"], r["type"], r.get("weight", 1.0))
               for r in original["relations"]], f"{name}: igraph edges")
        edges = sorted(g.edges(keys=True, data=True), key=lambda e: int(e[2][1:]))
        for (u, v, key, data), r in zip(edges, original["relations"]):
            check((u, v, data.get("stance")) == (r["source"], r["target"], r["type"]),
                  f"{name}: GraphML edge {key}")
            check(isinstance(data.get("weight"), float) and
                  abs(data["weight"] - r.get("weight", 1.0)) < 1e-12,
                  f"{name}: GraphML edge {key} weight {data.get('weight')!r}")
            check(data.get("date") == r.get("date") and
                  data.get("evidence") == xml_text(r.get("evidence")),
                  f"{name}: GraphML edge {key} date/evidence")
            for k, value in r.items():
                if k not in STANDARD_RELATION and isinstance(value, str):
                    check(data.get(k) == xml_text(value), f"{name}: GraphML edge {key} {k}")

    # GEXF: one dynamic graph of all the snapshots given
    gexf = os.path.join(work, "all.gexf")
    run("convert", *series, "-o", gexf)
    ns = {"g": "http://gexf.net/1.3"}
    root = ET.parse(gexf).getroot()
    check(root.get("version") == "1.3", "GEXF version")
    loaded = sorted((json.load(open(p, encoding="utf-8")) for p in series),
                    key=lambda s: (s["snapshot"]["date"], s["snapshot"]["id"]))
    dates = [s["snapshot"]["date"] for s in loaded]

    def covered(element):
        """The snapshot dates an element's spells cover (GEXF 1.3: inclusive [start, end]),
        checking on the way that no open bound (removed in 1.3) is used."""
        spans = []
        for spell in element.findall("g:spells/g:spell", ns):
            check(spell.get("startopen") is None and spell.get("endopen") is None,
                  "GEXF 1.3 has no open interval bounds")
            spans.append((spell.get("start"), spell.get("end")))
        return {d for d in dates if any(s <= d <= e for s, e in spans)}

    def next_day_before(date):
        """The day before the snapshot after date (the end of date's interval), or date."""
        later = [d for d in dates if d > date]
        if not later:
            return date
        import datetime
        return str(datetime.date.fromisoformat(later[0]) - datetime.timedelta(days=1))

    nodes = root.findall("g:graph/g:nodes/g:node", ns)
    all_actors = {a["id"] for s in loaded for a in s["actors"]}
    check({n.get("id") for n in nodes} == all_actors, "GEXF node ids")
    for n in nodes:
        holding = {s["snapshot"]["date"] for s in loaded
                   if any(a["id"] == n.get("id") for a in s["actors"])}
        check(covered(n) == holding, f"GEXF node {n.get('id')}: spells cover {sorted(covered(n))}")

    def tie_weights(snapshot):
        weights = {}
        for r in snapshot["relations"]:
            key = (r["source"], r["target"], r["type"])
            if r["type"] == "negotiation":
                key = (*sorted((r["source"], r["target"])), r["type"])
            weights[key] = weights.get(key, 0.0) + r.get("weight", 1.0)
        return weights

    per_snapshot = [tie_weights(s) for s in loaded]
    all_ties = set().union(*per_snapshot)
    edges = root.findall("g:graph/g:edges/g:edge", ns)
    seen = set()
    for e in edges:
        stance = e.find("g:attvalues/g:attvalue[@for='stance']", ns).get("value")
        key = (e.get("source"), e.get("target"), stance)
        if stance == "negotiation":
            key = (*sorted((e.get("source"), e.get("target"))), stance)
        seen.add(key)
        holding = {d for d, w in zip(dates, per_snapshot) if key in w}
        check(covered(e) == holding, f"GEXF edge {key}: spells cover {sorted(covered(e))}")
        for value in e.findall("g:attvalues/g:attvalue[@for='tie_weight']", ns):
            d = value.get("start")
            check(value.get("end") == next_day_before(d),
                  f"GEXF edge {key}: weight interval {d}..{value.get('end')}")
            expected = per_snapshot[dates.index(d)][key]
            check(abs(float(value.get("value")) - expected) < 1e-9,
                  f"GEXF edge {key} at {d}: weight {value.get('value')}, expected {expected}")
    check(seen == all_ties, f"GEXF ties: {len(seen)} of {len(all_ties)}")

sys.exit(tally.finish())

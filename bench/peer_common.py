"""What every peer does the same way: read its arguments and the snapshot (timed as "load"),
and merge ties into arcs exactly as stancegraph defines them (one arc per ordered pair,
negotiation both ways, strength = summed weight; the path length is 1 / strength)."""
import json
import sys
import time


def read_snapshot():
    """Returns (snapshot, OUT path, SOURCES or 0, stages with "load", start time) from
    sys.argv: SNAPSHOT OUT.json [SOURCES]."""
    start = time.perf_counter()
    path, out = sys.argv[1], sys.argv[2]
    sources = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    snapshot = json.load(open(path, encoding="utf-8"))
    return snapshot, out, sources, {"load": time.perf_counter() - start}, start


def arc_strengths(snapshot, key=None):
    """{(source, target): strength}; actors named by their index in the snapshot, or by
    key(actor id) when key is given."""
    if key is None:
        index = {a["id"]: i for i, a in enumerate(snapshot["actors"])}
        key = index.__getitem__
    strength = {}
    for r in snapshot["relations"]:
        s, d, w = key(r["source"]), key(r["target"]), r.get("weight", 1.0)
        strength[(s, d)] = strength.get((s, d), 0.0) + w
        if r["type"] == "negotiation":
            strength[(d, s)] = strength.get((d, s), 0.0) + w
    return strength


def finish(stages, start):
    """Prints the stages, with the total, as one JSON line on stderr."""
    stages["total in process"] = time.perf_counter() - start
    print(json.dumps(stages), file=sys.stderr)

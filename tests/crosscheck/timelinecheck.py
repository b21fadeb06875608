#!/usr/bin/python3
"""Cross-checks `stancegraph timeline` outputs against independent sources.

For the snapshots given, runs `stancegraph timeline` and checks that
- snapshots are ordered by (date, id), computed here from the files;
- every actor's series holds, at each snapshot, exactly the value `stancegraph analyze`
  reports for that snapshot (itself cross-checked against NetworkX by crosscheck.py), and null
  with present = false where the actor is absent;
- the CSV holds the same values, one row per (snapshot, present actor, metric), and none for
  absent actors;
- ties formed and dissolved between neighbours equal the differences of tie-key sets computed
  here from the files.

Usage: timelinecheck.py STANCEGRAPH SNAPSHOT..."""
import csv
import json
import os
import subprocess
import sys
import tempfile


def tie_keys(snapshot):
    keys = set()
    for r in snapshot["relations"]:
        s, t, kind = r["source"], r["target"], r["type"]
        keys.add((min(s, t), max(s, t), kind) if kind == "negotiation" else (s, t, kind))
    return keys


def listed_keys(ties):
    return {(min(t["source"], t["target"]), max(t["source"], t["target"]), t["type"])
            if t["type"] == "negotiation" else (t["source"], t["target"], t["type"])
            for t in ties}


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    problems = []
    snapshots = sorted((json.load(open(p, encoding="utf-8")) for p in paths),
                       key=lambda s: (s["snapshot"]["date"], s["snapshot"]["id"]))
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([binary, "timeline", "-q", "-o", out] + paths, check=True)
        name = f'{snapshots[0]["snapshot"]["id"]}--{snapshots[-1]["snapshot"]["id"]}'
        timeline = json.load(open(os.path.join(out, name + ".timeline.json"), encoding="utf-8"))
        rows = list(csv.DictReader(open(os.path.join(out, name + ".timeline.csv"),
                                        encoding="utf-8")))
        analyzed = []
        for s in snapshots:
            path = [p for p in paths if json.load(open(p, encoding="utf-8"))["snapshot"]["id"]
                    == s["snapshot"]["id"]][0]
            subprocess.run([binary, "analyze", "-q", "-o", out, path], check=True)
            metrics = json.load(open(os.path.join(out, s["snapshot"]["id"] + ".metrics.json"),
                                     encoding="utf-8"))
            analyzed.append({a["id"]: a["metrics"] for a in metrics["actors"]})

    order = [s["snapshot"]["id"] for s in snapshots]
    got_order = [s["id"] for s in timeline["snapshots"]]
    if got_order != order:
        problems.append(f"order: {got_order} != {order}")
    csv_values = {(r["snapshot"], r["actor"], r["metric"]): r["value"] for r in rows if r["actor"]}
    checked = 0
    for actor in timeline["actors"]:
        for i, snapshot_id in enumerate(order):
            present = actor["id"] in analyzed[i]
            if actor["present"][i] != present:
                problems.append(f"{actor['id']}@{snapshot_id}: present {actor['present'][i]}")
            for metric, series in actor["metrics"].items():
                checked += 1
                want = analyzed[i][actor["id"]][metric] if present else None
                if series[i] != want:
                    problems.append(f"{actor['id']}@{snapshot_id}.{metric}: {series[i]} != {want}")
                key = (snapshot_id, actor["id"], metric)
                if present != (key in csv_values):
                    problems.append(f"csv row {key}: present {key in csv_values}")
                elif present and want is None and csv_values[key] != "NA":
                    problems.append(f"csv {key}: {csv_values[key]} != NA")
                elif present and want is not None and float(csv_values[key]) != float(want):
                    problems.append(f"csv {key}: {csv_values[key]} != {want}")
    for i, change in enumerate(timeline["changes"]):
        before, after = tie_keys(snapshots[i]), tie_keys(snapshots[i + 1])
        checked += 2
        if listed_keys(change["ties_formed"]) != after - before:
            problems.append(f"{change['from']}->{change['to']}: ties formed differ")
        if listed_keys(change["ties_dissolved"]) != before - after:
            problems.append(f"{change['from']}->{change['to']}: ties dissolved differ")
    for p in problems:
        print(p)
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

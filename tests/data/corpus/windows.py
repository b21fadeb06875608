#!/usr/bin/python3
"""The windows that `timeline --window 7d --step 7d` must cut from a dated log, worked out here
without the tool: plain date arithmetic on the log's relation dates.

Windows start at the earliest date and every 7 days after, while the start is on or before the
latest date; each holds the relations dated in [start, start + 7 days). A window's label ends
on its 7th day, or on the latest date when it runs past it. Prints one line per window:
ID DATE STATEMENTS ACTORS (actors: those its relations name).

Usage: windows.py LOG.json
"""
import datetime
import json
import sys

log = json.load(open(sys.argv[1], encoding="utf-8"))
dated = [r for r in log["relations"] if "date" in r]
days = [datetime.date.fromisoformat(r["date"]) for r in dated]
first, last = min(days), max(days)
start = first
while start <= last:
    end = start + datetime.timedelta(days=7)
    inside = [r for r, d in zip(dated, days) if start <= d < end]
    label_end = min(end - datetime.timedelta(days=1), last)
    actors = {r["source"] for r in inside} | {r["target"] for r in inside}
    print(f'{log["snapshot"]["id"]}.{start}..{label_end} {label_end} {len(inside)} {len(actors)}')
    start = end

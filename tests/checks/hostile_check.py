#!/usr/bin/python3
"""Hostile text survives every output (tests/data/hostile/hostile.json: quotes, backslashes,
markup, '&' and entities, newlines, control characters, combining marks, right-to-left text,
4-byte UTF-8).

- metrics JSON: valid JSON whose names, roles, groups, evidence and title equal the input;
- DOT: Graphviz (pygraphviz, on libcgraph) reads it back; node names are the actor ids, and
  each label, unescaped as Graphviz does (\\\\ -> \\, \\n -> newline, &amp; -> &), is the name
  with control characters shown as U+FFFD and tabs as spaces;
- SVG: well-formed XML (xml.etree); each actor's node shows its name line by line.
Usage: hostile_check.py STANCEGRAPH SNAPSHOT"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import pygraphviz

SVG = "{http://www.w3.org/2000/svg}"


def displayed(text):
    return "".join("\ufffd" if (ord(c) < 0x20 and c not in "\n\t") or ord(c) == 0x7F
                   else " " if c == "\t" else c for c in text)


def unescape_label(label):
    out = re.sub(r"\\(.)", lambda m: {"n": "\n", "\\": "\\"}.get(m.group(1), m.group(0)), label)
    return out.replace("&amp;", "&")


def main():
    binary, path = sys.argv[1], sys.argv[2]
    snapshot = json.load(open(path, encoding="utf-8"))
    sid = snapshot["snapshot"]["id"]
    problems, checked = [], 0
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([binary, "analyze", "-q", "-d", out, path], check=True)
        subprocess.run([binary, "render", "-o", os.path.join(out, sid + ".svg"), path], check=True)
        metrics = json.load(open(os.path.join(out, sid + ".metrics.json"), encoding="utf-8"))
        dot = pygraphviz.AGraph(os.path.join(out, sid + ".dot"))
        svg = ET.parse(os.path.join(out, sid + ".svg"))

    checked += 1
    if metrics["snapshot"]["title"] != snapshot["snapshot"]["title"]:
        problems.append("JSON title differs")
    by_id = {a["id"]: a for a in metrics["actors"]}
    for actor in snapshot["actors"]:
        for field in ("name", "role", "group"):
            checked += 1
            if by_id[actor["id"]].get(field) != actor.get(field):
                problems.append(f"JSON {actor['id']}.{field} differs")
    evidence = [s["evidence"] for t in metrics["ties"] for s in t["statements"]]
    checked += 1
    if sorted(evidence) != sorted(r["evidence"] for r in snapshot["relations"]):
        problems.append("JSON evidence differs")

    nodes = {n for n in dot.nodes() if n != "stancegraph legend"}
    checked += 1
    if nodes != {a["id"] for a in snapshot["actors"]}:
        problems.append(f"DOT node names {sorted(nodes)}")
    for actor in snapshot["actors"]:
        checked += 1
        label = unescape_label(dot.get_node(actor["id"]).attr["label"])
        if label != displayed(actor["name"]):
            problems.append(f"DOT label of {actor['id']}: {label!r}")

    shown = {}
    for g in svg.iter(SVG + "g"):
        if g.get("class") == "node":
            title = g.find(SVG + "title").text
            shown[title] = "\n".join(t.text or "" for t in g.iter(SVG + "text"))
    for actor in snapshot["actors"]:
        checked += 1
        if shown.get(actor["id"]) != displayed(actor["name"]):
            problems.append(f"SVG text of {actor['id']}: {shown.get(actor['id'])!r}")
    for p in problems:
        print(p)
    print(f"{checked - len(problems)} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

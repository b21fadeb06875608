#!/usr/bin/python3
"""Diagrams that never overlap, with any engine: for every snapshot under data/ (every .json file
there that `stancegraph validate` accepts) and every layout engine, `render -T plain` gives the
actors' boxes (centre, width, height, in inches) and `render -T json` the boxes again with the
position and width of every label Graphviz drew (its xdot text operations, in points). Fails
when two actors' boxes overlap, or when a label leaves its actor's box, and prints each case.
fdp places actors differently on every run (Graphviz 2.42, whatever the seed; render warns), so
its overlaps are read from the -T json run, whose boxes its labels are checked against.
With SNAPSHOT arguments, only those (the sanitizer build's quick run).
Usage: layout_plain.py STANCEGRAPH SOURCE_DIR [SNAPSHOT...]"""
import json
import pathlib
import shlex
import subprocess
import sys

ENGINES = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
SLACK = 0.5  # points: Graphviz rounds positions and sizes to 1/100 of a point or inch


def render(binary, snapshot, engine, fmt):
    result = subprocess.run([binary, "render", "-q", "-K", engine, "-T", fmt, "-o", "-",
                             str(snapshot)], capture_output=True, text=True, check=False)
    expected = "" if engine != "fdp" else (
        "stancegraph: warning: the fdp engine places the actors differently on every run; "
        "neato gives the same picture every time\n")
    if result.returncode != 0 or result.stderr != expected:
        raise RuntimeError(f"render -K {engine} -T {fmt} {snapshot}: exit {result.returncode}, "
                           f"{result.stderr.strip()}")
    return result.stdout


def box(x, y, width, height):
    """(left, bottom, right, top) in points, from a centre in points and a size in inches."""
    return (x - width * 36, y - height * 36, x + width * 36, y + height * 36)


def plain_boxes(text):
    """name -> box, from the node lines of -T plain (inches)."""
    boxes = {}
    for line in text.splitlines():
        fields = shlex.split(line)
        if fields and fields[0] == "node":
            x, y, w, h = (float(v) for v in fields[2:6])
            boxes[fields[1]] = box(x * 72, y * 72, w, h)
    return boxes


def json_boxes(nodes):
    """name -> box, from the nodes of -T json (pos in points, size in inches)."""
    boxes = {}
    for node in nodes:
        x, y = (float(v) for v in node["pos"].split(","))
        boxes[node["name"]] = box(x, y, float(node["width"]), float(node["height"]))
    return boxes


def overlaps(a, b):
    return (min(a[2], b[2]) - max(a[0], b[0]) > SLACK and
            min(a[3], b[3]) - max(a[1], b[1]) > SLACK)


def label_extents(node):
    """(left, right, baseline) of every text operation of a node in -T json."""
    for op in node.get("_ldraw_", []):
        if op.get("op") == "T":
            x, y = op["pt"]
            width = op["width"]
            left = {"l": x, "r": x - width}.get(op["align"], x - width / 2)
            yield left, left + width, y


def check(binary, snapshot, engine):
    problems = []
    boxes = plain_boxes(render(binary, snapshot, engine, "plain"))
    laid_out = json.loads(render(binary, snapshot, engine, "json"))
    nodes = [o for o in laid_out.get("objects", []) if "nodes" not in o]
    drawn = json_boxes(nodes)
    if sorted(drawn) != sorted(boxes):
        problems.append("-T json and -T plain do not draw the same actors")
    if engine == "fdp":
        boxes = drawn
    names = sorted(boxes)
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            if overlaps(boxes[a], boxes[b]):
                problems.append(f"{a} and {b} overlap")
    for node in nodes:
        own = drawn[node["name"]]
        for left, right, baseline in label_extents(node):
            if not (left >= own[0] - SLACK and right <= own[2] + SLACK and
                    own[1] - SLACK <= baseline <= own[3] + SLACK):
                problems.append(f"the label of {node['name']} leaves its box")
    return problems


def snapshots(binary, source):
    for path in sorted(pathlib.Path(source, "data").rglob("*.json")):
        valid = subprocess.run([binary, "validate", str(path)], capture_output=True,
                               check=False).returncode == 0
        if valid:
            yield path


def main():
    binary, source, chosen = sys.argv[1], sys.argv[2], sys.argv[3:]
    found, failed, checked = 0, 0, 0
    for snapshot in [pathlib.Path(p) for p in chosen] or snapshots(binary, source):
        found += 1
        for engine in ENGINES:
            checked += 1
            for problem in check(binary, snapshot, engine):
                failed += 1
                print(f"{snapshot} -K {engine}: {problem}")
    if found < (len(chosen) or 17):
        print(f"only {found} snapshots under data/ (expected the 5 article snapshots and the "
              "corpus's logs and 12 reviewed reports)")
        failed += 1
    print(f"{checked} layouts of {found} snapshots checked, {failed} problems")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

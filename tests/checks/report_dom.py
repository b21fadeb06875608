#!/usr/bin/python3
"""Checks the DOM Chromium built from a report (after its scripts ran): one inline diagram SVG,
the metrics table with one row per actor and sorted by pagerank, largest first (the page's
script does that on load, so this shows the script ran), every row's pagerank not above the
one before, the camps, one <details> per change and the timeline chart when there are several
snapshots, exactly one <script> (the page's own: none came from the data), and no element or
attribute named like the hostile markup in the data.
Usage: report_dom.py NAME DOM_FILE ACTORS SNAPSHOTS"""
import sys
from html.parser import HTMLParser

name, path, actors, snapshots = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])


class Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.stack, self.rows, self.sorted = {}, [], [], None
        self.section = None
        self.svg_in = {}
        self.cell_values, self.in_body = [], False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] = self.tags.get(tag, 0) + 1
        if tag == "h2":
            self.section = a.get("id")
        if tag == "svg" and not any(t == "svg" for t in self.stack):
            self.svg_in[self.section] = self.svg_in.get(self.section, 0) + 1
        if tag == "table" and a.get("id") == "metrics":
            self.sorted = a.get("data-sorted")
        if tag == "tbody":
            self.in_body = True
        if tag == "tr" and self.in_body:
            self.rows.append([])
        if tag == "td" and self.in_body:
            self.rows[-1].append(a.get("data-v"))
        if tag not in ("br", "meta", "img", "input", "link", "path", "polygon", "ellipse",
                       "polyline", "line", "rect", "circle", "stop", "use", "image"):
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if tag == "tbody":
            self.in_body = False
        while self.stack:
            if self.stack.pop() == tag:
                break


page = Page()
page.feed(open(path, encoding="utf-8").read())
problems = []
if page.svg_in.get("diagram") != 1:
    problems.append(f"diagram SVGs: {page.svg_in.get('diagram')}")
if page.sorted != "pagerank desc":
    problems.append(f"table data-sorted={page.sorted!r}: the script did not run")
if len(page.rows) != actors:
    problems.append(f"{len(page.rows)} table rows, expected {actors}")
header = ["actor", "type", "group", "camp", "pagerank"]
ranks = [float(r[4]) for r in page.rows if r[4]]
if ranks != sorted(ranks, reverse=True):
    problems.append("rows not in descending pagerank")
if page.tags.get("script") != 1:
    problems.append(f"{page.tags.get('script')} script elements, expected 1")
if snapshots > 1:
    if page.tags.get("details") != snapshots - 1:
        problems.append(f"{page.tags.get('details')} changes, expected {snapshots - 1}")
    if page.svg_in.get("timeline") != 1:
        problems.append("no timeline chart")
elif page.tags.get("details"):
    problems.append("changes shown for one snapshot")
for hostile in ("foreignobject", "iframe", "object", "embed"):
    if page.tags.get(hostile):
        problems.append(f"a <{hostile}> element came from the data")
for p in problems:
    print(f"{name}: {p}")
print(f"{name}: {len(page.rows)} rows, sorted {page.sorted}, {page.tags.get('details', 0)} changes")
sys.exit(1 if problems else 0)

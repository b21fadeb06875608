#!/usr/bin/python3
"""The HTML report in a real browser, driven with real input events (tests/checks/devtools.py:
Debian's Chromium, headless, networking off). The report of the article's five snapshots, at
1400 and 420 px wide:
  - the page never scrolls sideways (document.documentElement.scrollWidth <= the width), and
    at 1400 px the actors table shows every column without scrolling in its box;
  - every evidence sentence of the latest snapshot is visible text (innerText);
  - no actor id is visible text where the actor's name differs from it (evidence aside);
  - choosing an actor (a click on its node in the diagram at 1400 px, on its name in the
    actors table at 420 px) lights exactly its ties in the diagram and lists exactly its
    statements, in the panel and in the statements table; "Show everyone" undoes it; Enter on
    the node, focused, chooses it, and again (or Escape) unchooses it;
  - words typed into the search box leave the statements that hold them; the stance filter,
    chosen with the keyboard, leaves the statements of that stance;
  - a click on the first change's tab shows that change alone, ArrowRight the next;
  - the chart shows the actors `stancegraph timeline` charts by default, by name;
  - printed (print media, A4's width), the evidence, every change and no control show, and
    no table is wider than the page;
  - no console message at all (a script error, a blocked fetch or a policy violation logs one).
The expected counts come from the snapshot JSON read here, not from the page. The hostile
snapshot's report: no console message, the page's one script only, no element or event
attribute the data spelled. Two runs give the same bytes.
Usage: report_check.py STANCEGRAPH SOURCE_DIR [--screenshots DIR]"""
import json
import os
import re
import subprocess
import sys

import devtools
from devtools import Browser

LATEST = "data/minerals-2025-02-21.json"
CHOSEN = "trump"  # the actor clicked: many ties of all three stances
SEARCHED = "minerals"


def report(binary, out, inputs):
    subprocess.run([binary, "report", "-o", out] + inputs, check=True, stderr=subprocess.DEVNULL)
    return "file://" + out


def expected(source):
    snapshot = json.load(open(os.path.join(source, LATEST), encoding="utf-8"))
    names = {a["id"]: a["name"] for a in snapshot["actors"]}
    relations = snapshot["relations"]
    ties = set()
    for r in relations:
        if CHOSEN in (r["source"], r["target"]):
            pair = (r["source"], r["target"])
            ties.add((tuple(sorted(pair)) if r["type"] == "negotiation" else pair, r["type"]))
    mine = [r for r in relations if CHOSEN in (r["source"], r["target"])]

    def row_text(r):
        return " ".join([names[r["source"]], names[r["target"]], r.get("evidence", ""),
                         r.get("date", "")]).lower()
    return {
        "names": names,
        "evidence": [r["evidence"] for r in relations if r.get("evidence")],
        "ties": len(ties),
        "statements": len(mine),
        "searched": sum(1 for r in relations if SEARCHED in row_text(r)),
        "criticism": sum(1 for r in relations if r["type"] == "criticism"),
        "total": len(relations),
    }


VISIBLE_ROWS = ("Array.prototype.filter.call(document.querySelectorAll('#statements tbody tr'),"
                "function(r){return r.offsetParent!==null;}).length")


def visible_text_without_evidence(browser):
    return browser.evaluate(
        "(function(){var e=document.querySelectorAll('.evidence,#focus li,code');"
        "e.forEach(function(x){x.dataset.d=x.style.display;x.style.display='none';});"
        "var t=document.body.innerText;"
        "e.forEach(function(x){x.style.display=x.dataset.d;});return t;})()")


def layout_and_text(browser, width, want, problems):
    scroll = browser.evaluate("document.documentElement.scrollWidth")
    if scroll > width:
        problems.append(f"{width}px: the page scrolls sideways ({scroll}px wide)")
    if width >= 1400:
        table = browser.evaluate("(function(){var t=document.getElementById('actors');"
                                 "return t?[t.scrollWidth,t.parentNode.clientWidth]:[1,0];})()")
        if table[0] > table[1]:
            problems.append(f"{width}px: the actors table is cut ({table[0]}px in {table[1]}px)")
    text = " ".join(browser.evaluate("document.body.innerText").split())
    missing = [e for e in want["evidence"] if " ".join(e.split()) not in text]
    if missing:
        problems.append(f"{width}px: {len(missing)} evidence sentences not visible, e.g. {missing[0]!r}")
    rest = visible_text_without_evidence(browser)
    for actor, name in want["names"].items():
        if actor != name and re.search(r"(?<![\w-])" + re.escape(actor) + r"(?![\w-])", rest):
            problems.append(f"{width}px: the id {actor!r} is visible text (name {name!r})")


IN_FIGURE = ("(function(id){var box=document.getElementById('diagram-figure').getBoundingClientRect();"
             "var n=document.querySelector(\"#diagram-figure g.node[data-actor='\"+id+\"']\")"
             ".getBoundingClientRect();return n.left>=box.left&&n.right<=box.right;})")


def in_figure(browser, width, actor, when, problems):
    """At narrow widths the diagram scrolls in its box: actor must be inside the box's view."""
    if not browser.evaluate(f"{IN_FIGURE}({json.dumps(actor)})"):
        problems.append(f"{width}px: {when}, {actor} is outside the diagram's visible part")


def choose_actor(browser, width, want, problems):
    if width >= 1000:
        browser.click(f"#diagram-figure g.node[data-actor='{CHOSEN}'] text")
    else:
        first = browser.evaluate("document.querySelector('#actors tbody button.actor')"
                                 ".getAttribute('data-actor')")
        in_figure(browser, width, first, "on opening", problems)
        browser.click(f"#actors button.actor[data-actor='{CHOSEN}']")
        in_figure(browser, width, CHOSEN, f"after choosing {CHOSEN} in the table", problems)
    lit = browser.evaluate("document.querySelectorAll('#diagram-figure g.edge.lit').length")
    listed = browser.evaluate("document.querySelectorAll('#focus li').length")
    shown = browser.evaluate(VISIBLE_ROWS)
    focus = browser.evaluate("document.getElementById('focus').offsetParent!==null")
    if (lit, listed, shown) != (want["ties"], want["statements"], want["statements"]) or not focus:
        problems.append(f"{width}px: choosing {CHOSEN}: {lit} ties lit, {listed} listed, {shown} "
                        f"rows shown, panel shown {focus}; expected {want['ties']} ties and "
                        f"{want['statements']} statements")
    browser.click("#focus button.clear")
    lit = browser.evaluate("document.querySelectorAll('#diagram-figure g.edge.lit').length")
    if lit or browser.evaluate(VISIBLE_ROWS) != want["total"]:
        problems.append(f"{width}px: 'Show everyone' left {lit} ties lit")
    browser.evaluate(f"document.querySelector(\"#diagram-figure g.node[data-actor='{CHOSEN}']\")"
                     ".focus()")
    browser.key("Enter")
    lit = browser.evaluate("document.querySelectorAll('#diagram-figure g.edge.lit').length")
    browser.key("Enter")
    unlit = browser.evaluate("document.querySelectorAll('#diagram-figure g.edge.lit').length")
    browser.key("Enter")
    browser.key("Escape")
    escaped = browser.evaluate("document.querySelectorAll('#diagram-figure g.edge.lit').length")
    if (lit, unlit, escaped) != (want["ties"], 0, 0):
        problems.append(f"{width}px: Enter on the focused node lit {lit} ties, again {unlit}, "
                        f"Enter and Escape {escaped}")


def search_and_filter(browser, width, want, problems):
    browser.click("#filter-text")
    for letter in SEARCHED:
        browser.key(letter)
    shown = browser.evaluate(VISIBLE_ROWS)
    if shown != want["searched"]:
        problems.append(f"{width}px: searching {SEARCHED!r} shows {shown} rows, "
                        f"expected {want['searched']}")
    browser.evaluate("(function(){var e=document.getElementById('filter-text');"
                     "e.value='';e.dispatchEvent(new Event('input'));})()")
    browser.evaluate("document.getElementById('filter-type').focus()")
    browser.key("ArrowDown")
    browser.key("ArrowDown")  # every stance, support, criticism
    shown = browser.evaluate(VISIBLE_ROWS)
    if shown != want["criticism"]:
        problems.append(f"{width}px: the criticism filter shows {shown} rows, "
                        f"expected {want['criticism']}")


def tabs(browser, width, problems):
    shown = "Array.prototype.map.call(document.querySelectorAll('.tabpanel'),function(p)" \
            "{return p.offsetParent!==null;})"
    count = len(browser.evaluate(shown))
    browser.click("#tab-1")
    first = browser.evaluate(shown)
    browser.key("ArrowRight")
    second = browser.evaluate(shown)
    want_first = [i == 0 for i in range(count)]
    want_second = [i == 1 for i in range(count)]
    if count != 4 or first != want_first or second != want_second:
        problems.append(f"{width}px: tabs: {count} panels, after a click {first}, "
                        f"after ArrowRight {second}")


def printed(browser, width, problems):
    """Print media on a page as wide as A4's printable width (190 mm at 96 dpi): evidence and
    every change shown, no controls, no table wider than the page."""
    browser.send("Emulation.setEmulatedMedia", {"media": "print"})
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": 718, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    state = browser.evaluate(
        "(function(){function shown(s){return Array.prototype.every.call("
        "document.querySelectorAll(s),function(e){return e.offsetParent!==null;});}"
        "function hidden(s){return Array.prototype.every.call(document.querySelectorAll(s),"
        "function(e){return e.offsetParent===null;});}"
        "var wide=Array.prototype.some.call(document.querySelectorAll('table'),"
        "function(t){return t.scrollWidth>document.body.clientWidth;});"
        "return [shown('.evidence'),shown('.tabpanel'),hidden('.controls'),"
        "hidden('[role=tablist]'),!wide];})()")
    browser.send("Emulation.setEmulatedMedia", {"media": ""})
    browser.send("Emulation.setDeviceMetricsOverride",
                 {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": False})
    if state != [True, True, True, True, True]:
        problems.append(f"print: evidence, changes shown; controls, tabs hidden; tables fit: "
                        f"{state}")


def charted_by_timeline(binary, work, inputs):
    """The actors `stancegraph timeline` charts with its defaults (read from its --help), as its
    help and docs/COMMANDS.md define them: the top N by their largest value of the metric at any
    time, ties in order of first appearance, computed here from its timeline JSON."""
    help_text = subprocess.run([binary, "timeline", "--help"], capture_output=True,
                               text=True).stdout
    metric = re.search(r"--metric M .*\(default: (\w+)\)", help_text).group(1)
    top = int(re.search(r"--top N .*\(default: (\d+)\)", help_text).group(1))
    folder = os.path.join(work, "timeline")
    subprocess.run([binary, "timeline", "-q", "-d", folder] + inputs, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    data = json.load(open(next(os.path.join(folder, f) for f in os.listdir(folder)
                               if f.endswith(".json")), encoding="utf-8"))
    peaks = [(max(v for v, here in zip(a["metrics"][metric], a["present"]) if here), a["id"])
             for a in data["actors"]]
    ranked = sorted(peaks, key=lambda p: -p[0])  # stable: ties keep first appearance
    return metric, [actor for _, actor in ranked[:top]]


def chart(browser, binary, work, inputs, problems):
    """The page's chart shows, in its legend, the names of the actors timeline charts."""
    metric, actors = charted_by_timeline(binary, work, inputs)
    names = {}
    for path in inputs:  # the latest name of each actor, as the page gives it
        for a in json.load(open(path, encoding="utf-8"))["actors"]:
            names[a["id"]] = a["name"]
    shown = browser.evaluate("[document.querySelector('svg.chart').getAttribute('data-metric'),"
                             "Array.prototype.map.call(document.querySelectorAll("
                             "'.chart-legend li'),function(l){return l.textContent;})]")
    if shown != [metric, [names[a] for a in actors]]:
        problems.append(f"chart: {shown}, timeline charts {metric} of {actors}")


def article(binary, source, work, problems):
    inputs = sorted(os.path.join(source, "data", f) for f in os.listdir(os.path.join(source, "data"))
                    if re.fullmatch(r"minerals-\d{4}-\d\d-\d\d\.json", f))
    url = report(binary, os.path.join(work, "article.html"), inputs)
    report(binary, os.path.join(work, "again.html"), inputs)
    if open(url[7:], "rb").read() != open(os.path.join(work, "again.html"), "rb").read():
        problems.append("two runs gave different pages")
    want = expected(source)
    for width in (1400, 420):
        browser = Browser(work)
        try:
            browser.open(url, width, 900)
            layout_and_text(browser, width, want, problems)
            if width == 1400:
                chart(browser, binary, work, inputs, problems)
            choose_actor(browser, width, want, problems)
            search_and_filter(browser, width, want, problems)
            tabs(browser, width, problems)
            printed(browser, width, problems)
            noise = browser.console()
        finally:
            browser.close()
        if noise:
            problems.append(f"{width}px: console messages: {noise}")


def hostile(binary, source, work, problems):
    url = report(binary, os.path.join(work, "hostile.html"),
                 [os.path.join(source, "tests/data/hostile/hostile.json")])
    names = [a["name"] for a in
             json.load(open(os.path.join(source, "tests/data/hostile/hostile.json"),
                            encoding="utf-8"))["actors"]]
    browser = Browser(work)
    try:
        browser.open(url)
        scripts = browser.evaluate("document.scripts.length")
        markup = browser.markup_from_data("img|iframe|object|embed|foreignobject|style|link|meta")
        text = browser.evaluate("document.body.innerText")
        noise = browser.console()
    finally:
        browser.close()
    if scripts != 1:
        problems.append(f"hostile: {scripts} scripts, expected the page's one")
    if markup:
        problems.append("hostile: an element or event attribute from the data")
    # the page shows control characters as U+FFFD, as HTML does not allow them
    shown = [re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", n) for n in names]
    unseen = [n for n in shown if " ".join(n.split()) not in " ".join(text.split())]
    if unseen:
        problems.append(f"hostile: names not shown as text: {unseen}")
    if noise:
        problems.append(f"hostile: console messages: {noise}")


def screenshots(binary, source, work, folder):
    inputs = sorted(os.path.join(source, "data", f) for f in os.listdir(os.path.join(source, "data"))
                    if re.fullmatch(r"minerals-\d{4}-\d\d-\d\d\.json", f))
    url = report(binary, os.path.join(work, "shot.html"), inputs)

    def choose(browser):
        browser.click(f"#actors button.actor[data-actor='{CHOSEN}']")
    devtools.screenshots(work, url, folder, "report", choose, ((1400, 1100), (420, 1100)))


sys.exit(devtools.main("report page", [article, hostile], screenshots))

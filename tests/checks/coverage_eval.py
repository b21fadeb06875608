#!/usr/bin/python3
"""Scores extract on the coverage items (tests/data/extract/coverage, issue 13): short news-style
items written and coded blind, one construction family a file, each item an article of its own
read with the folder's lexicon.json. An item is its text, then one line per gold statement,
'> SOURCE TARGET TYPE' (or '> none'); items are parted by a blank line, '#' lines are comments.
All items are read by one `stancegraph extract` into one log (each relation names its article),
and each item's ties are compared with its gold as corpus_eval.py does (negotiation by the
unordered pair). Prints the micro precision, recall and F1 per file and in all.
With --show, prints each item that is not all right, with what was missed and what was wrong.
With --min-precision/--min-recall, exits 1 when the overall figures fall below them.
Usage: coverage_eval.py STANCEGRAPH COVERAGE_DIR [--show] [--file SUBSTRING]
       [--min-precision P] [--min-recall R]"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

from corpus_split import figures, key, meets


TYPES = ("support", "criticism", "negotiation")


def gold_line(path, number, words, ids):
    """The tie of one '> SOURCE TARGET TYPE' line (None for '> none'); exits on a bad line."""
    if words == ["none"]:
        return None
    if len(words) != 3 or words[0] not in ids or words[1] not in ids or words[2] not in TYPES:
        sys.exit(f"{path}:{number}: expected '> SOURCE TARGET TYPE' (ids of lexicon.json, a type "
                 f"of {', '.join(TYPES)}) or '> none'")
    return key(*words)


def items_of(path, ids):
    """The items of one coverage file: (text, gold tie set), in file order. Every item needs
    its '>' lines ('> none' when it holds no statement)."""
    items, text, gold, coded = [], [], set(), False
    lines = open(path, encoding="utf-8").read().split("\n") + [""]
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            continue
        if line.startswith(">"):
            tie = gold_line(path, number, line[1:].split(), ids)
            gold |= {tie} if tie else set()
            coded = True
        elif line.strip():
            text.append(line.strip())
        elif text:
            if not coded:
                sys.exit(f"{path}:{number}: the item before has no '>' line")
            items.append((" ".join(text), gold))
            text, gold, coded = [], set(), False
    return items


def extract_all(binary, lexicon, items, work):
    """Runs extract once on every item (each an article); returns each item's proposed ties."""
    folder = os.path.join(work, "items")
    os.mkdir(folder)
    for index, (text, _) in enumerate(items):
        with open(os.path.join(folder, f"{index:05}.txt"), "w", encoding="utf-8") as out:
            out.write(f"Date: 2026-01-01\n\n{text}\n")
    log = os.path.join(work, "log.json")
    subprocess.run([binary, "extract", "-q", "--actors", lexicon, "-o", log, folder], check=True)
    proposed = [set() for _ in items]
    for r in json.load(open(log, encoding="utf-8"))["relations"]:
        proposed[int(r["article"])].add(key(r["source"], r["target"], r["type"]))
    return proposed


def show(name, text, truth, mine):
    print(f"--- {name}\n{text}")
    for tie in sorted(truth - mine):
        print("  MISS  " + " ".join(tie))
    for tie in sorted(mine - truth):
        print("  FALSE " + " ".join(tie))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("coverage")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--file", default="")
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    args = parser.parse_args()
    files = [p for p in sorted(glob.glob(os.path.join(args.coverage, "*.txt")))
             if args.file in os.path.basename(p)]
    if not files:
        sys.exit(f"no coverage file in {args.coverage} matches '{args.file}'")
    lexicon = os.path.join(args.coverage, "lexicon.json")
    ids = {actor["id"] for actor in json.load(open(lexicon, encoding="utf-8"))}
    items, origin = [], []
    for path in files:
        for item in items_of(path, ids):
            items.append(item)
            origin.append(os.path.basename(path))
    with tempfile.TemporaryDirectory() as work:
        proposed = extract_all(args.binary, lexicon, items, work)
    totals = {}
    for (text, truth), mine, name in zip(items, proposed, origin):
        for part in (name, "all"):
            count = totals.setdefault(part, [0, 0, 0, 0])
            count[0] += len(mine & truth)
            count[1] += len(mine)
            count[2] += len(truth)
            count[3] += 1
        if args.show and mine != truth:
            show(name, text, truth, mine)
    for part in sorted(totals, key=lambda part: (part == "all", part)):
        right, mine, gold, count = totals[part]
        p, r, f = figures(right, mine, gold)
        print(f"{part:24} items {count:4}  gold {gold:4}  proposed {mine:4}  right {right:4}  "
              f"P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    right, mine, gold, _ = totals.get("all", [0, 0, 0, 0])
    p, r, _ = figures(right, mine, gold)
    ok = meets(p, r, args.min_precision, args.min_recall)
    return 0 if ok else 1


sys.exit(main())

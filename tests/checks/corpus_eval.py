#!/usr/bin/python3
"""Scores extract on the blind corpus (tests/data/extract/corpus, issue 13): for each article of
the chosen split, the extractor runs with the gold snapshot as its actor lexicon, and its ties
are compared with the gold's as `stancegraph eval` does (a tie is (source, target, type),
negotiation by the unordered pair). Prints each article's counts and the micro-averaged
precision, recall and F1, beside the naive baseline (every type for every pair of actors named
in one sentence, tests/checks/naive_baseline.py's rule).
With --min-precision/--min-recall, exits 1 when the micro figures fall below them.
With --bands, prints precision by confidence band of the proposed statements.
With --show (dev only: the test split is measured, never read for misses), prints each missed
gold tie and each wrong proposed one with its evidence sentence, for tuning.
Usage: corpus_eval.py STANCEGRAPH CORPUS_DIR {dev,test,all} [--min-precision P]
       [--min-recall R] [--bands] [--quiet] [--show]"""
import argparse
import itertools
import json
import os
import re
import subprocess
import sys
import tempfile

from corpus_split import figures, key, meets, split_ids


def ties(snapshot):
    ids = [a["id"] for a in snapshot["actors"]]
    out = set()
    for r in snapshot["relations"]:
        s, t = r["source"], r["target"]
        s, t = (ids[s], ids[t]) if isinstance(s, int) else (s, t)
        out.add(key(s, t, r["type"]))
    return out


def evidence(snapshot):
    """Each tie's evidence sentences, joined."""
    ids = [a["id"] for a in snapshot["actors"]]
    out = {}
    for r in snapshot["relations"]:
        s, t = r["source"], r["target"]
        s, t = (ids[s], ids[t]) if isinstance(s, int) else (s, t)
        out.setdefault(key(s, t, r["type"]), []).append(r.get("evidence", ""))
    return out


def show(name, gold, proposed):
    """Prints what extract missed and what it proposed wrongly in one article."""
    truth, mine = ties(gold), ties(proposed)
    said, found = evidence(gold), evidence(proposed)
    for label, wrong, where in (("MISS", truth - mine, said), ("FALSE", mine - truth, found)):
        for tie in sorted(wrong):
            print(f"{name}\t{label}\t{' '.join(tie)}\t{' | '.join(where[tie])}")


def naive(text, gold):
    names = [(n, a["id"]) for a in gold["actors"] for n in [a["name"]] + a.get("aliases", [])]
    predicted = set()
    for sentence in re.split(r"(?<=[.!?”])\s+|\n", text):
        found = sorted({(sentence.find(n), a) for n, a in names if n in sentence})
        actors = list(dict.fromkeys(a for _, a in found))
        for s, t in itertools.combinations(actors, 2):
            for kind in ("support", "criticism", "negotiation"):
                predicted.add(key(s, t, kind))
    return predicted


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("split", choices=["dev", "test", "all"])
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--bands", action="store_true")
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.show and args.split != "dev":
        parser.error("--show reads misses, which is for the dev split only")
    ids = split_ids(args.corpus, args.split)
    totals = {"right": 0, "proposed": 0, "gold": 0, "naive_right": 0, "naive": 0}
    bands = {}
    with tempfile.TemporaryDirectory() as work:
        for name in ids:
            text_path = os.path.join(args.corpus, name + ".txt")
            gold_path = os.path.join(args.corpus, name + ".json")
            out = os.path.join(work, name + ".json")
            subprocess.run([args.binary, "extract", "--actors", gold_path, "--id", name, "-o", out,
                            text_path], check=True, stderr=subprocess.DEVNULL)
            proposed = json.load(open(out, encoding="utf-8"))
            gold = json.load(open(gold_path, encoding="utf-8"))
            truth, mine = ties(gold), ties(proposed)
            base = naive(open(text_path, encoding="utf-8").read(), gold)
            totals["right"] += len(mine & truth)
            totals["proposed"] += len(mine)
            totals["gold"] += len(truth)
            totals["naive_right"] += len(base & truth)
            totals["naive"] += len(base)
            ids_of = [a["id"] for a in proposed["actors"]]
            for r in proposed["relations"]:
                band = min(int(r.get("confidence", 0) * 10) / 10, 0.9)
                k = key(ids_of[r["source"]] if isinstance(r["source"], int) else r["source"],
                        ids_of[r["target"]] if isinstance(r["target"], int) else r["target"],
                        r["type"])
                hit = bands.setdefault(band, [0, 0])
                hit[0] += k in truth
                hit[1] += 1
            if args.show:
                show(name, gold, proposed)
            elif not args.quiet:
                print(f"{name:46} gold {len(truth):2}  proposed {len(mine):2}  right "
                      f"{len(mine & truth):2}")
    p, r, f = figures(totals["right"], totals["proposed"], totals["gold"])
    np_, nr, nf = figures(totals["naive_right"], totals["naive"], totals["gold"])
    print(f"{args.split}: {len(ids)} articles, {totals['gold']} gold ties")
    print(f"extract: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f} ({totals['right']} right of "
          f"{totals['proposed']} proposed)")
    print(f"naive baseline: precision {np_:.3f}, recall {nr:.3f}, F1 {nf:.3f} "
          f"({totals['naive_right']} right of {totals['naive']} proposed)")
    if args.bands:
        print("confidence band: statements, right, precision")
        for band in sorted(bands, reverse=True):
            right, count = bands[band]
            print(f"  {band:.1f}-{band + 0.1:.1f}: {count:4} {right:4}  {right / count:.3f}")
    ok = meets(p, r, args.min_precision, args.min_recall)
    return 0 if ok else 1


sys.exit(main())

#!/usr/bin/python3
"""Scores extract's actor discovery on the blind corpus (tests/data/extract/corpus, issues 13
and 14). For each article of the chosen split:
  1. `extract --print-actors` (no lexicon) proposes actors; each is matched to a gold actor when
     one of its surface forms (name or alias) equals one of the gold actor's, ignoring case, a
     leading "the" and a bracketed part of a gold name ("RMT (National Union of ...)"). A gold
     actor is matched once; a second proposed actor for it counts as wrong.
  2. `extract` with no lexicon proposes statements; their actors are renamed to the gold ids
     they matched, and the ties are scored against the gold as corpus_eval.py scores them,
     beside the same extractor given the gold snapshot as its lexicon.
Prints the micro-averaged figures. With --min-precision/--min-recall (actors) and
--max-f1-loss (statements), exits 1 when they are not met. With --show (dev only), prints for
each article the right ties the gold lexicon gives and the actors found lose (LOST), and the
wrong ones the actors found add (EXTRA), for tuning.
Usage: actors_eval.py STANCEGRAPH CORPUS_DIR {dev,test,all} [--quiet] [--actors-only]
       [--min-precision P] [--min-recall R] [--max-f1-loss L] [--show]"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

from corpus_split import figures, key, split_ids


def norm(text):
    return re.sub(r"^the\s+", "", text.strip().lower())


def surfaces(actor, gold=False):
    names = [actor["name"]] + actor.get("aliases", [])
    out = set()
    for n in names:
        out.add(norm(n))
        if gold:
            bare = re.sub(r"\s*\([^)]*\)", "", n)
            out.add(norm(bare))
            out.update(norm(x) for x in re.findall(r"\(([^)]*)\)", n))
    return {s for s in out if s}


def match(proposed, gold):
    """Maps proposed actor ids to gold ids (one each); returns the map."""
    gold_surfaces = [(g["id"], surfaces(g, True)) for g in gold]
    mapping, taken = {}, set()
    for actor in proposed:
        mine = surfaces(actor)
        for gid, theirs in gold_surfaces:
            if gid not in taken and mine & theirs:
                mapping[actor["id"]] = gid
                taken.add(gid)
                break
    return mapping


def ties(snapshot, rename=None):
    ids = [a["id"] for a in snapshot["actors"]]
    out = set()
    for r in snapshot["relations"]:
        s, t = r["source"], r["target"]
        s, t = (ids[s], ids[t]) if isinstance(s, int) else (s, t)
        if rename is not None:
            s, t = rename.get(s, "?" + s), rename.get(t, "?" + t)
        out.add(key(s, t, r["type"]))
    return out


def run(binary, args, out):
    subprocess.run([binary, "extract", "--date", "2000-01-01", "-o", out] + args, check=True,
                   stderr=subprocess.DEVNULL)
    return json.load(open(out, encoding="utf-8"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("corpus")
    parser.add_argument("split", choices=["dev", "test", "all"])
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--min-precision", type=float)
    parser.add_argument("--min-recall", type=float)
    parser.add_argument("--max-f1-loss", type=float)
    parser.add_argument("--actors-only", action="store_true",
                        help="score the actors found only (step 1): a third of the time")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.show and args.split != "dev":
        parser.error("--show reads losses, which is for the dev split only")
    ids = split_ids(args.corpus, args.split)
    t = dict.fromkeys(["right", "proposed", "gold", "s_right", "s_proposed", "l_right",
                       "l_proposed", "s_gold"], 0)
    with tempfile.TemporaryDirectory() as work:
        for name in ids:
            text = os.path.join(args.corpus, name + ".txt")
            gold_path = os.path.join(args.corpus, name + ".json")
            gold = json.load(open(gold_path, encoding="utf-8"))
            out = os.path.join(work, "out.json")
            found = run(args.binary, ["--print-actors", text], out)
            mapping = match(found, gold["actors"])
            t["right"] += len(mapping)
            t["proposed"] += len(found)
            t["gold"] += len(gold["actors"])
            if not args.quiet:
                missed = sorted(g["id"] for g in gold["actors"] if g["id"] not in mapping.values())
                extra = sorted(a["id"] for a in found if a["id"] not in mapping)
                print(f"{name:46} actors {len(mapping):2}/{len(gold['actors']):2} right, "
                      f"missed {' '.join(missed)}; not in gold {' '.join(extra)}")
            truth = ties(gold)
            if args.actors_only:
                continue
            mine = ties(run(args.binary, [text], out), mapping)
            with_lexicon = ties(run(args.binary, ["--actors", gold_path, text], out))
            t["s_right"] += len(mine & truth)
            t["s_proposed"] += len(mine)
            t["l_right"] += len(with_lexicon & truth)
            t["l_proposed"] += len(with_lexicon)
            t["s_gold"] += len(truth)
            if args.show:
                for tie in sorted((with_lexicon & truth) - mine):
                    print(f"{name}\tLOST\t{' '.join(tie)}")
                for tie in sorted(mine - truth - with_lexicon):
                    print(f"{name}\tEXTRA\t{' '.join(tie)}")
    p, r, f = figures(t["right"], t["proposed"], t["gold"])
    sp, sr, sf = figures(t["s_right"], t["s_proposed"], t["s_gold"])
    lp, lr, lf = figures(t["l_right"], t["l_proposed"], t["s_gold"])
    print(f"{args.split}: {len(ids)} articles, {t['gold']} gold actors, {t['s_gold']} gold ties")
    print(f"actors found: precision {p:.3f}, recall {r:.3f}, F1 {f:.3f} ({t['right']} right of "
          f"{t['proposed']} proposed)")
    if not args.actors_only:
        print(f"statements, actors found: precision {sp:.3f}, recall {sr:.3f}, F1 {sf:.3f}")
        print(f"statements, gold lexicon: precision {lp:.3f}, recall {lr:.3f}, F1 {lf:.3f}")
    ok = True
    for label, value, limit, low in (("actor precision", p, args.min_precision, True),
                                     ("actor recall", r, args.min_recall, True),
                                     ("F1 loss", lf - sf, args.max_f1_loss, False)):
        if limit is not None and (value < limit if low else value > limit):
            print(f"{label} {value:.3f} is {'below' if low else 'above'} {limit}")
            ok = False
    return 0 if ok else 1


sys.exit(main())

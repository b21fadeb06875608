#!/usr/bin/python3
"""Redoes the dev/test split of this corpus (split.txt), batch by batch, each made once when its
articles came in, before any extractor ran on them:
  batch 1 (2026-11-28, issue 13): the 24 ids without a "b2-" prefix, sorted, shuffled with
    random.Random(20261128); the first 8 are test;
  batch 2 (2026-11-29, issue 14): the 12 "b2-" ids, sorted, shuffled with
    random.Random(20261129); the first 4 are test;
  batch 3 (2026-11-29, evening, issues 13 and 14): the 12 "b3-" ids, sorted, shuffled with
    random.Random(202611293); the first 4 are test;
  batch 4 (2026-11-29, late evening): the 12 "b4-" ids, sorted, shuffled with
    random.Random(202611294); the first 4 are test;
  batch 5 (2026-11-29, night): the 12 "b5-" ids, sorted, shuffled with
    random.Random(202611295); the first 4 are test;
  batch 6 (2026-11-30): the 12 "b6-" ids, sorted, shuffled with random.Random(202611301); the
    first 4 are test;
  batch 7 (2026-11-30, second): the 12 "b7-" ids, sorted, shuffled with
    random.Random(202611302); the first 4 are test;
  batch 8 (2026-11-30, third): the 12 "b8-" ids, sorted, shuffled with
    random.Random(202611303); the first 4 are test;
  batch 9 (2026-11-30, fourth): the 12 "b9-" ids, sorted, shuffled with
    random.Random(202611304); the first 4 are test;
  batch 10 (2026-11-30, fifth): the 12 "b10-" ids, sorted, shuffled with
    random.Random(202611305); the first 4 are test;
  batch 11 (2026-11-30, sixth): the 12 "b11-" ids, sorted, shuffled with
    random.Random(202611306); the first 4 are test;
  batch 12 (2026-11-30, seventh): the 12 "b12-" ids, sorted, shuffled with
    random.Random(202611307); the first 4 are test;
  batch 13 (2026-11-30, eighth): the 12 "b13-" ids, sorted, shuffled with
    random.Random(202611308); the first 4 are test;
  batch 14 (2026-11-30, ninth): the 12 "b14-" ids, sorted, shuffled with
    random.Random(202611309); the first 4 are test;
  batch 15 (2026-12-01, tenth): the 12 "b15-" ids, sorted, shuffled with
    random.Random(202611310); the first 4 are test;
  batch 16 (2026-12-01, eleventh): the 12 "b16-" ids, sorted, shuffled with
    random.Random(202611311); the first 4 are test.
Prints split.txt's lines; run it to check that split.txt is what the rule gives:
/usr/bin/python3 make_split.py | diff - split.txt
"""
import glob
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
ids = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(here, "*.json")))
test = set()
batches = ((sorted(i for i in ids if not i.startswith(("b2-", "b3-", "b4-", "b5-", "b6-", "b7-", "b8-", "b9-", "b10-", "b11-", "b12-", "b13-", "b14-", "b15-", "b16-"))), 20261128, 8),
           (sorted(i for i in ids if i.startswith("b2-")), 20261129, 4),
           (sorted(i for i in ids if i.startswith("b3-")), 202611293, 4),
           (sorted(i for i in ids if i.startswith("b4-")), 202611294, 4),
           (sorted(i for i in ids if i.startswith("b5-")), 202611295, 4),
           (sorted(i for i in ids if i.startswith("b6-")), 202611301, 4),
           (sorted(i for i in ids if i.startswith("b7-")), 202611302, 4),
           (sorted(i for i in ids if i.startswith("b8-")), 202611303, 4),
           (sorted(i for i in ids if i.startswith("b9-")), 202611304, 4),
           (sorted(i for i in ids if i.startswith("b10-")), 202611305, 4),
           (sorted(i for i in ids if i.startswith("b11-")), 202611306, 4),
           (sorted(i for i in ids if i.startswith("b12-")), 202611307, 4),
           (sorted(i for i in ids if i.startswith("b13-")), 202611308, 4),
           (sorted(i for i in ids if i.startswith("b14-")), 202611309, 4),
           (sorted(i for i in ids if i.startswith("b15-")), 202611310, 4),
           (sorted(i for i in ids if i.startswith("b16-")), 202611311, 4))
for batch, seed, count in batches:
    order = batch[:]
    random.Random(seed).shuffle(order)
    test |= set(order[:count])
print("# The dev/test split of this corpus, made batch by batch before any extractor ran on the")
print("# texts. Batch 1 (issue 13, 2026-11-28): the 24 ids sorted, shuffled with Python's")
print("# random.Random(20261128), the first 8 are test. Batch 2 (issue 14, 2026-11-29): the 12")
print("# 'b2-' ids sorted, shuffled with random.Random(20261129), the first 4 are test. Batch 3")
print("# (issues 13 and 14, 2026-11-29): the 12 'b3-' ids sorted, shuffled with")
print("# random.Random(202611293), the first 4 are test. Batch 4 (2026-11-29): the 12 'b4-'")
print("# ids sorted, shuffled with random.Random(202611294), the first 4 are test. Batch 5")
print("# (2026-11-29, night): the 12 'b5-' ids sorted, shuffled with random.Random(202611295),")
print("# the first 4 are test. Batch 6 (2026-11-30): the 12 'b6-' ids sorted, shuffled with")
print("# random.Random(202611301), the first 4 are test. Batch 7 (2026-11-30, second): the 12")
print("# 'b7-' ids sorted, shuffled with random.Random(202611302), the first 4 are test. Batch 8")
print("# (2026-11-30, third): the 12 'b8-' ids sorted, shuffled with random.Random(202611303),")
print("# the first 4 are test. Batch 9 (2026-11-30, fourth): the 12 'b9-' ids sorted, shuffled")
print("# with random.Random(202611304), the first 4 are test. Batch 10 (2026-11-30, fifth): the")
print("# 12 'b10-' ids sorted, shuffled with random.Random(202611305), the first 4 are test.")
print("# Batch 11 (2026-11-30, sixth): the 12 'b11-' ids sorted, shuffled with")
print("# random.Random(202611306), the first 4 are test. Batch 12 (2026-11-30, seventh): the")
print("# 12 'b12-' ids sorted, shuffled with random.Random(202611307), the first 4 are test.")
print("# Batch 13 (2026-11-30, eighth): the 12 'b13-' ids sorted, shuffled with")
print("# random.Random(202611308), the first 4 are test. Batch 14 (2026-11-30, ninth): the")
print("# 12 'b14-' ids sorted, shuffled with random.Random(202611309), the first 4 are test.")
print("# Batch 15 (2026-12-01, tenth): the 12 'b15-' ids sorted, shuffled with")
print("# random.Random(202611310), the first 4 are test.")
print("# Batch 16 (2026-12-01, eleventh): the 12 'b16-' ids sorted, shuffled with")
print("# random.Random(202611311), the first 4 are test.")
print("# make_split.py beside this file redoes it. Never tune on test.")
for i in ids:
    print(f"{'test' if i in test else 'dev'} {i}")

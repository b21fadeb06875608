#!/usr/bin/python3
"""Redoes the one dev/test split of this corpus (split.txt): the ids (gold files' names) sorted,
shuffled with random.Random(20261128), the first 8 are test. Prints split.txt's lines; run it
to check that split.txt is what the rule gives: /usr/bin/python3 make_split.py | diff - split.txt
"""
import glob
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
ids = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(here, "*.json")))
order = ids[:]
random.Random(20261128).shuffle(order)
test = set(order[:8])
print("# The one dev/test split of this corpus (issue 13), made 2026-11-28 before any extractor")
print("# ran on these texts: the 24 ids sorted, shuffled with Python's random.Random(20261128),")
print("# the first 8 are test. make_split.py beside this file redoes it. Never tune on test.")
for i in ids:
    print(f"{'test' if i in test else 'dev'} {i}")

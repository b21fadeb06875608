#!/usr/bin/python3
"""DOT and CSV inputs read to the snapshot written by hand beside them: the tutorial's examples
(data/example-talks.csv with its node table, data/example-talks.dot) and a CSV with a BOM, CRLF
line ends, a quoted field with a comma, quotes and a line break, a blank line, Gephi's Type
column beside Stance, and an extra column (tests/data/formats/quirks.csv).
Usage: formats_inputs.py STANCEGRAPH SOURCE_DIR"""
import json
import subprocess
import sys

binary, source = sys.argv[1], sys.argv[2]
pairs = [("data/example-talks.csv", "tests/data/formats/example-talks.json"),
         ("data/example-talks.dot", "tests/data/formats/example-talks.json"),
         ("tests/data/formats/quirks.csv", "tests/data/formats/quirks.json")]
problems = 0
for given, expected in pairs:
    result = subprocess.run([binary, "convert", f"{source}/{given}", "-T", "json", "-o", "-"],
                            capture_output=True, text=True)
    got = json.loads(result.stdout) if result.returncode == 0 else None
    want = json.load(open(f"{source}/{expected}", encoding="utf-8"))
    if got != want:
        problems += 1
        print(f"{given}: not the snapshot in {expected}: {result.stderr}")
        print(json.dumps(got, indent=1, ensure_ascii=False))
    else:
        print(f"{given}: equals {expected}")
sys.exit(1 if problems else 0)

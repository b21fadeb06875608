#!/usr/bin/env bash
# The example corpus (data/corpus/, issue 15) and what the tool makes of it:
# - extract reads the 12 articles into one log, byte-identical with --jobs 1 and --jobs 2, and
#   equal to the committed data/corpus/extracted.json;
# - merge of the per-article reviewed snapshots equals the committed data/corpus/reviewed.json;
# - timeline --window 7d --step 7d on the reviewed log gives the windows that
#   tests/data/corpus/windows.py works out on its own from the log's dates;
# - the committed pictures in graphs/corpus/ are what the tool makes: the 14-day timeline, each
#   window's diagram, and the last two windows compared (diff --window 14d --aligned svg).
# With --update, rewrites the committed files instead of comparing.
# Usage: corpus_check.sh STANCEGRAPH SOURCE_DIR [--update]
set -uo pipefail
binary=$1 source=$2 mode=${3:-check}
corpus=$source/data/corpus graphs=$source/graphs/corpus
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
fail() { echo "failed: $*"; failed=$((failed + 1)); }
ok() { passed=$((passed + 1)); }
same() { # FILE COMMITTED: compare, or with --update copy
  if [[ "$mode" == --update ]]; then cp "$1" "$2"; ok
  elif cmp -s "$1" "$2"; then ok
  else fail "$2 differs from what the tool makes (rerun with --update after checking why)"; fi
}

mkdir -p "$work/j1" "$work/j2"
"$binary" extract -q --jobs 1 -o "$work/j1/extracted.json" "$corpus" 2>"$work/extract.err" ||
  fail "extract --jobs 1: $(cat "$work/extract.err")"
"$binary" extract -q --jobs 2 -o "$work/j2/extracted.json" "$corpus" 2>/dev/null || fail "extract --jobs 2"
cmp -s "$work/j1/extracted.json" "$work/j2/extracted.json" && ok || fail "--jobs 1 and --jobs 2 logs differ"
same "$work/j1/extracted.json" "$corpus/extracted.json"

"$binary" merge --title "U.S.–Ukraine minerals talks, reviewed" -o "$work/reviewed.json" "$corpus"/reviewed/*.json || fail "merge of the reviewed snapshots"
same "$work/reviewed.json" "$corpus/reviewed.json"

"$binary" timeline -q --window 7d --step 7d -d "$work/weeks" "$corpus/reviewed.json" || fail "timeline 7d"
/usr/bin/python3 "$source/tests/data/corpus/windows.py" "$corpus/reviewed.json" >"$work/expected.txt"
/usr/bin/python3 - "$work/weeks/reviewed.window-7d-step-7d.timeline.json" >"$work/got.txt" <<'PY'
import json, sys
t = json.load(open(sys.argv[1]))
g = t["graph"]
for k, s in enumerate(t["snapshots"]):
    print(s["id"], s["date"], g["statements"][k], g["actors"][k])
PY
if diff -u "$work/expected.txt" "$work/got.txt" >"$work/windows.diff"; then ok
else fail "7-day windows differ from tests/data/corpus/windows.py: $(cat "$work/windows.diff")"; fi

"$binary" timeline -q --window 14d --snapshots -d "$work/fortnights" "$corpus/reviewed.json" || fail "timeline 14d"
same "$work/fortnights/reviewed.window-14d-step-14d.timeline.svg" "$graphs/reviewed.window-14d-step-14d.timeline.svg"
for window in "$work"/fortnights/reviewed.*..*.json; do
  id=$(basename "$window" .json)
  "$binary" render -T svg -o "$work/$id.svg" "$window" || fail "render $id"
  same "$work/$id.svg" "$graphs/$id.svg"
done
"$binary" diff -q --window 14d --aligned svg -d "$work/diff" "$corpus/reviewed.json" || fail "diff --window 14d"
for picture in "$work"/diff/*.svg; do same "$picture" "$graphs/$(basename "$picture")"; done

echo "corpus: $passed passed, $failed failed"
[[ $failed == 0 ]]

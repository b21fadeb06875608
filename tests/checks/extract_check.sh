#!/usr/bin/env bash
# extract on the seed article, scored by eval against the hand-coded latest snapshot: precision
# at least 0.80 and recall at least 0.60. Beside it, the naive baseline (a tie for every pair of
# actors in a sentence) is printed for comparison. Also: the output is a valid snapshot, and
# binary input is refused.
# Usage: extract_check.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gold=$source/data/minerals-2025-02-21.json
passed=0 failed=0
check() {
  if [[ $2 == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $1"; fi
}
"$binary" extract --actors "$gold" --id proposed -o "$work/p.json" "$source/data/minerals-article.txt"
check "extract succeeds" "$([[ $? == 0 ]] && echo yes)"
"$binary" validate -q "$work/p.json"
check "its output is a valid snapshot" "$([[ $? == 0 ]] && echo yes)"
/usr/bin/python3 "$source/tests/checks/extract_offsets.py" "$source/data/minerals-article.txt" "$work/p.json" "$gold"
check "seed article: offsets point at the source, cue and target" "$([[ $? == 0 ]] && echo yes)"
figures=$("$binary" eval -q "$work/p.json" "$gold" | sed -n 's/^precision \([0-9.]*\), recall \([0-9.]*\),.*/\1 \2/p')
read -r precision recall <<<"$figures"
echo "seed article: precision $precision, recall $recall"
/usr/bin/python3 "$source/tests/checks/naive_baseline.py" "$source/data/minerals-article.txt" "$gold"
check "precision >= 0.80 (got $precision)" "$(awk -v p="$precision" 'BEGIN { print (p >= 0.80) ? "yes" : "no" }')"
check "recall >= 0.60 (got $recall)" "$(awk -v r="$recall" 'BEGIN { print (r >= 0.60) ? "yes" : "no" }')"
# Texts written for the tests, with their gold snapshots: the rules must carry over.
for text in "$source"/tests/data/extract/*.txt; do
  gold_text=${text%.txt}.json
  name=$(basename "$text" .txt)
  /usr/bin/python3 -c "
import json, sys
text = open(sys.argv[1], encoding='utf-8').read()
gold = json.load(open(sys.argv[2], encoding='utf-8'))
sys.exit(0 if all(r['evidence'] in text for r in gold['relations']) else 1)" "$text" "$gold_text"
  check "$name: every gold evidence is in the text" "$([[ $? == 0 ]] && echo yes)"
  "$binary" extract --actors "$gold_text" --id "$name" -o "$work/$name.json" "$text" || exit 1
  read -r precision recall <<<"$("$binary" eval -q "$work/$name.json" "$gold_text" |
    sed -n 's/^precision \([0-9.]*\), recall \([0-9.]*\),.*/\1 \2/p')"
  echo "$name: precision $precision, recall $recall"
  /usr/bin/python3 "$source/tests/checks/extract_offsets.py" "$text" "$work/$name.json" "$gold_text"
  check "$name: offsets point at the source, cue and target" "$([[ $? == 0 ]] && echo yes)"
  check "$name: precision >= 0.80 (got $precision)" "$(awk -v p="$precision" 'BEGIN { print (p >= 0.80) ? "yes" : "no" }')"
  check "$name: recall >= 0.60 (got $recall)" "$(awk -v r="$recall" 'BEGIN { print (r >= 0.60) ? "yes" : "no" }')"
done
printf 'binary\0data' >"$work/binary.txt"
"$binary" extract --actors "$gold" -o "$work/b.json" "$work/binary.txt" 2>"$work/err"
check "binary input refused with 65" "$([[ $? == 65 && ! -e $work/b.json ]] && grep -q 'NUL byte' "$work/err" && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

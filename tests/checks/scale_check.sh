#!/usr/bin/env bash
# Scale features on the benchmark's S snapshot (1,000 actors, generated here, deterministic):
# - the metrics JSON is byte-identical whatever --jobs (1, 2, 3);
# - sampled path measures: same seed, same bytes; another seed, other values; the JSON says
#   how they were computed; under a guarantee (--epsilon) too, whatever --jobs, and the table
#   says so;
# - a snapshot over 500 actors is drawn reduced: 60 actors, at most 150 ties and at most 6 for
#   each actor, said in the label, and render picks sfdp.
# Usage: scale_check.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
/usr/bin/python3 "$source/bench/generate.py" S "$work/S.json" || exit 1
passed=0 failed=0
check() {
  if [[ $2 == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $1"; fi
}
for jobs in 1 2 3; do
  "$binary" analyze -q --exact --jobs "$jobs" -d "$work/j$jobs" "$work/S.json" || exit 1
done
check "--jobs 2 equals --jobs 1" "$(cmp -s "$work/j1/bench-s.metrics.json" "$work/j2/bench-s.metrics.json" && echo yes)"
check "--jobs 3 equals --jobs 1" "$(cmp -s "$work/j1/bench-s.metrics.json" "$work/j3/bench-s.metrics.json" && echo yes)"
"$binary" analyze -q --sample 100 --seed 7 -d "$work/s1" "$work/S.json"
"$binary" analyze -q --sample 100 --seed 7 --jobs 1 -d "$work/s2" "$work/S.json"
"$binary" analyze -q --sample 100 --seed 8 -d "$work/s3" "$work/S.json"
check "same seed, same bytes" "$(cmp -s "$work/s1/bench-s.metrics.json" "$work/s2/bench-s.metrics.json" && echo yes)"
check "another seed, other values" "$(cmp -s "$work/s1/bench-s.metrics.json" "$work/s3/bench-s.metrics.json" || echo yes)"
method=$(/usr/bin/python3 -c "import json,sys; p=json.load(open(sys.argv[1]))['parameters']['path_measures']; print(p['method'], p['sources'], p['seed'])" "$work/s1/bench-s.metrics.json")
check "the JSON records the sample (got: $method)" "$([[ $method == 'sampled 100 7' ]] && echo yes)"
# Under a guarantee: the same bytes whatever --jobs, the JSON and the table say so.
"$binary" analyze --epsilon 0.5 --delta 0.5 --jobs 1 -d "$work/g1" "$work/S.json" >"$work/g1.out" 2>/dev/null
"$binary" analyze -q --epsilon 0.5 --delta 0.5 --jobs 2 -d "$work/g2" "$work/S.json"
check "guaranteed: --jobs 2 equals --jobs 1" "$(cmp -s "$work/g1/bench-s.metrics.json" "$work/g2/bench-s.metrics.json" && echo yes)"
bound=$(/usr/bin/python3 -c "import json,sys; p=json.load(open(sys.argv[1]))['parameters']['path_measures']; b=p['betweenness']; h=p['harmonic']; print(p['method'], b['method'], b['epsilon'], b['delta'], b['samples'] == b['samples_required'] > 0, h['method'], h['samples'] == p['sources'] > 0)" "$work/g1/bench-s.metrics.json")
check "the JSON records the guarantee (got: $bound)" "$([[ $bound == 'guaranteed sampled pairs 0.5 0.5 True sampled sources True' ]] && echo yes)"
check "the table says what was sampled" "$(grep -qE '^sampled: every betweenness and harmonic value within 0.5 of exact, with probability 0.5 or more \([0-9]+ pairs, [0-9]+ sources; --exact for exact values\)$' "$work/g1.out" && echo yes)"
nodes=$(grep -cE '^\s+a[0-9]{6}\s+\[' "$work/j1/bench-s.dot")
edges=$(grep -c -- '->' "$work/j1/bench-s.dot")
busiest=$(grep -oE '^\s+a[0-9]{6} -> a[0-9]{6}' "$work/j1/bench-s.dot" | tr -s ' \t' '\n' | grep -E '^a[0-9]{6}$' | sort | uniq -c | sort -rn | head -1 | awk '{print $1}')
check "reduced diagram: 60 actors (got $nodes)" "$([[ $nodes == 60 ]] && echo yes)"
check "reduced diagram: at most 150 ties (got $edges)" "$([[ $edges -le 150 && $edges -gt 0 ]] && echo yes)"
check "reduced diagram: at most 6 ties for an actor (got $busiest)" "$([[ $busiest -le 6 ]] && echo yes)"
# cgraph wraps long strings with a backslash and a newline: join them before reading the label
label=$(sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$work/j1/bench-s.dot" | grep -o 'the 60 largest[^"]*')
check "the label says so (got: $label)" "$(grep -q "the 60 largest of 1000 actors by harmonic (940 left out); of the [0-9]* ties among them the $edges heaviest, at most 6 for each actor (.* left out)" <<<"$label" && echo yes)"
"$binary" render -q -o "$work/S.svg" "$work/S.json" 2>"$work/err"
check "render draws it (sfdp)" "$([[ -s "$work/S.svg" && ! -s "$work/err" ]] && grep -q '</svg>' "$work/S.svg" && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

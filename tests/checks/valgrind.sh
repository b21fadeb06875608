#!/usr/bin/env bash
# Runs the end-to-end commands under valgrind memcheck: any memory error, or any definite
# leak in stancegraph's own code, fails. Library leaks are suppressed by library name in
# .ci/valgrind.supp (each entry says why).
# Usage: valgrind.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$source/data
passed=0 failed=0
run() {
  if valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
      --suppressions="$source/.ci/valgrind.supp" "$binary" "$@" >"$work/out" 2>"$work/err"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "valgrind found problems in: stancegraph $*"
    tail -n 40 "$work/err"
  fi
}
run validate "$data"/minerals-*.json
run analyze -q --layers --camps -d "$work/o" "$data/minerals-2025-02-21.json"
run render -o "$work/o/a.svg" "$data/minerals-2025-02-21.json"
run render -K neato -o "$work/o/a.png" "$data/minerals-2025-02-21.json"
run diff -q --aligned png -d "$work/o" "$data/minerals-2025-02-12.json" "$data/minerals-2025-02-21.json"
run timeline -q -d "$work/o" "$data"/minerals-*.json
run timeline -q -d "$work/o" --window 2d --step 1d "$source/tests/data/timeline/log.json"
run extract --actors "$data/minerals-2025-02-21.json" -o "$work/o/p.json" "$data/minerals-article.txt"
run convert "$data"/minerals-*.json -o "$work/o/all.gexf"
run convert "$data/minerals-2025-02-21.json" -o "$work/o/m.graphml"
run convert "$data/minerals-2025-02-21.json" -o "$work/o/m.csv"
run convert "$work/o/m.csv" -o "$work/o/m.json"
run render -T dot -o "$work/o/m.dot" "$data/minerals-2025-02-21.json"
run convert "$work/o/m.dot" -o "$work/o/m2.json"
run validate "$data/example-talks.dot" "$source/tests/data/formats/quirks.csv"
run report -o "$work/o/r.html" "$data"/minerals-*.json
# two threads reading articles into one log, and merge
run extract -q --jobs 2 -o "$work/o/log.json" "$source/tests/data/corpus/articles"
run merge -o "$work/o/merged.json" "$source/tests/data/merge/a.json" "$source/tests/data/merge/b.json"
run diff -q --window 7d -d "$work/o" "$source/tests/data/timeline/log.json"
# Failure paths free what they took too: an invalid input must exit 65, not 99.
run_invalid() {
  valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
    --suppressions="$source/.ci/valgrind.supp" "$binary" "$@" >/dev/null 2>"$work/err"
  local status=$?
  if [[ $status == 65 ]]; then
    passed=$((passed + 1))
  else
    echo "invalid input under valgrind: stancegraph $*: exit $status, expected 65"
    tail -n 30 "$work/err"
    failed=$((failed + 1))
  fi
}
run_invalid validate "$source/tests/data/bad/field-types.json"
run_invalid validate "$source/tests/data/formats/no-stance.dot"
run_invalid validate "$source/tests/data/formats/syntax.dot"
run_invalid validate "$source/tests/data/formats/bad-stance.csv"
run_invalid validate "$source/tests/data/formats/unclosed-quote.csv"
echo "$passed passed, $failed failed"
((failed == 0))

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
run analyze -q --layers --camps -o "$work/o" "$data/minerals-2025-02-21.json"
run render -o "$work/o/a.svg" "$data/minerals-2025-02-21.json"
run render -K neato -o "$work/o/a.png" "$data/minerals-2025-02-21.json"
run diff -q --aligned png -o "$work/o" "$data/minerals-2025-02-12.json" "$data/minerals-2025-02-21.json"
run timeline -q -o "$work/o" "$data"/minerals-*.json
run timeline -q -o "$work/o" --window 2d --step 1d "$source/tests/data/timeline/log.json"
# Failure paths free what they took too: the invalid snapshot must exit 65, not 99.
valgrind --quiet --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99 \
  "$binary" validate "$source/tests/data/bad/field-types.json" >/dev/null 2>"$work/err"
status=$?
if [[ $status == 65 ]]; then
  passed=$((passed + 1))
else
  echo "invalid snapshot under valgrind: exit $status, expected 65"; tail -n 30 "$work/err"
  failed=$((failed + 1))
fi
echo "$passed passed, $failed failed"
((failed == 0))

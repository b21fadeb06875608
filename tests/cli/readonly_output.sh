#!/usr/bin/env bash
# A read-only output directory: every writing command exits 73, names the file it could not
# create, and leaves the directory as it was (an existing output keeps its old content).
# Root ignores permissions, so the commands run as 'nobody' (setpriv).
# Usage: readonly_output.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
chmod 755 "$work"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
mkdir "$work/ro"
echo "old content" >"$work/ro/path.dot"
chmod 555 "$work/ro"
passed=0 failed=0
as_nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups "$binary" "$@"; }
check() {
  local expected_message=$1; shift
  as_nobody "$@" >/dev/null 2>"$work/err"
  local status=$?
  if [[ $status == 73 && "$(cat "$work/err")" == "$expected_message" &&
        "$(ls "$work/ro")" == "path.dot" && "$(cat "$work/ro/path.dot")" == "old content" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "stancegraph $*: exit $status (expected 73), left: $(ls "$work/ro" | tr '\n' ' ')"
    cat "$work/err"
  fi
}
good=$source/tests/data/good/path.json
check "stancegraph: cannot create '$work/ro/path.metrics.json': Permission denied" \
  analyze -o "$work/ro" "$good"
check "stancegraph: cannot create '$work/ro/path.dot': Permission denied" \
  render -T dot -o "$work/ro/path.dot" "$good"
check "stancegraph: cannot create '$work/ro/old--new.diff.json': Permission denied" \
  diff -q -o "$work/ro" "$source/tests/data/diff/old.json" "$source/tests/data/diff/new.json"
check "stancegraph: cannot create '$work/ro/t1--t2.timeline.json': Permission denied" \
  timeline -q -o "$work/ro" "$source/tests/data/timeline/t1.json" "$source/tests/data/timeline/t2.json"
echo "$passed passed, $failed failed"
((failed == 0))

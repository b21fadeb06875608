#!/usr/bin/env bash
# A read-only output directory: every writing command exits 73, names the file it could not
# create, and leaves the directory as it was (an existing output keeps its old content).
# Root ignores permissions, so the commands run as 'nobody' (setpriv). nobody may not be able
# to reach the build or the source tree (a clone as root in a mode-0700 folder such as /root),
# so the program and every input it reads are copied into the scratch folder, readable by all.
# Usage: readonly_output.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
source=$2
work=$(mktemp -d)
chmod 755 "$work"
trap 'chmod -R u+w "$work"; rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/in"
cp "$1" "$work/bin/stancegraph"
binary=$work/bin/stancegraph
for input in good/path.json diff/old.json diff/new.json timeline/t1.json timeline/t2.json; do
  mkdir -p "$work/in/${input%/*}"
  cp "$source/tests/data/$input" "$work/in/$input"
done
chmod -R a+rX "$work/bin" "$work/in"
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
good=$work/in/good/path.json
check "stancegraph: cannot create '$work/ro/path.metrics.json': Permission denied" \
  analyze -d "$work/ro" "$good"
check "stancegraph: cannot create '$work/ro/path.dot': Permission denied" \
  render -T dot -o "$work/ro/path.dot" "$good"
check "stancegraph: cannot create '$work/ro/old--new.diff.json': Permission denied" \
  diff -q -d "$work/ro" "$work/in/diff/old.json" "$work/in/diff/new.json"
check "stancegraph: cannot create '$work/ro/t1--t2.timeline.json': Permission denied" \
  timeline -q -d "$work/ro" "$work/in/timeline/t1.json" "$work/in/timeline/t2.json"
echo "$passed passed, $failed failed"
((failed == 0))

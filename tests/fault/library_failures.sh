#!/usr/bin/env bash
# igraph and Graphviz failures (injected by libsg_inject.so, tests/fault/inject.c): exit 70,
# a message naming the failing step, and nothing written; an existing output is untouched.
# Usage: library_failures.sh STANCEGRAPH INJECT_LIBRARY SNAPSHOT
set -uo pipefail
binary=$1 inject=$2 snapshot=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/out"
echo "old picture" >"$work/out/keep.svg"
passed=0 failed=0
check() {
  local variable=$1 expected=$2; shift 2
  env "$variable=1" LD_PRELOAD="$inject" "$binary" "$@" >/dev/null 2>"$work/err"
  local status=$?
  if [[ $status == 70 && "$(cat "$work/err")" == "$expected" &&
        "$(ls "$work/out")" == "keep.svg" && "$(cat "$work/out/keep.svg")" == "old picture" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "$variable stancegraph $*: exit $status (expected 70); left: $(ls "$work/out" | tr '\n' ' ')"
    cat "$work/err"
  fi
}
check SG_FAIL_IGRAPH "stancegraph: igraph failed computing pagerank" \
  analyze -q -d "$work/out" "$snapshot"
check SG_FAIL_GVLAYOUT "stancegraph: graphviz layout with engine 'dot' failed" \
  render -o "$work/out/keep.svg" "$snapshot"
check SG_FAIL_GVLAYOUT "stancegraph: graphviz layout with engine 'dot' failed" \
  diff -q --aligned svg -d "$work/out" "$snapshot" "$snapshot"
echo "$passed passed, $failed failed"
((failed == 0))

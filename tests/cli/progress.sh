#!/usr/bin/env bash
# Progress lines go to stderr only: with --progress (and SG_PROGRESS_AFTER=0, so that even a
# fast stage shows one), stderr has them and stdout none; without --progress and with stderr
# redirected, there are none; --quiet wins over --progress.
# Usage: progress.sh STANCEGRAPH SNAPSHOT
set -uo pipefail
binary=$1 snapshot=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SG_PROGRESS_AFTER=0
passed=0 failed=0
check() {
  local what=$1 ok=$2
  if [[ $ok == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $what"; fi
}
"$binary" analyze --progress -d "$work/a" "$snapshot" >"$work/out" 2>"$work/err"
check "forced progress appears on stderr" "$(grep -q 'stancegraph: path measures' "$work/err" && echo yes)"
check "no progress on stdout" "$(grep -q 'path measures\|loading' "$work/out" || echo yes)"
"$binary" analyze -d "$work/b" "$snapshot" >"$work/out" 2>"$work/err"
check "no progress when stderr is redirected" "$(grep -q 'path measures\|loading' "$work/err" || echo yes)"
"$binary" analyze -q --progress -d "$work/c" "$snapshot" >"$work/out" 2>"$work/err"
check "--quiet silences progress" "$([[ ! -s "$work/err" && ! -s "$work/out" ]] && echo yes)"
cmp -s "$work/a/$(basename "$snapshot" .json).metrics.json" "$work/c/$(basename "$snapshot" .json).metrics.json"
check "progress does not change the output" "$([[ $? == 0 ]] && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

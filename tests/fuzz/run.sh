#!/usr/bin/env bash
# Runs every fuzzing harness for a bounded time and fails on any crash, leak, timeout or
# sanitizer report. The corpus in tests/fuzz/corpus/NAME seeds each run; new interesting
# inputs go to a scratch copy, not into the repository.
#   tests/fuzz/run.sh BUILD_DIR SECONDS          (CI: 60 s each)
#   tests/fuzz/run.sh build-fuzz 3600            (a longer local run)
# A crash leaves its input as crash-* in the current folder: add it to tests/fuzz/regressions/
# (replayed by ctest from then on) and fix the bug.
set -euo pipefail
build=$1 seconds=${2:-60}
here=$(cd "$(dirname "$0")" && pwd)
status=0 passed=0 failed=0
for seeds in "$here"/corpus/*/; do
  name=fuzz_$(basename "$seeds")
  harness=$build/tests/$name
  [[ -x "$harness" ]] || { echo "missing harness $harness (build with -DSG_FUZZ=ON)" >&2; exit 1; }
  corpus=$(mktemp -d)
  cp -r "$seeds." "$corpus/"
  echo "== $name: $seconds s" >&2
  if ! ASAN_OPTIONS=detect_leaks=1 "$harness" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$corpus" 2>"$corpus.log"; then
    status=1
    failed=$((failed + 1))
    tail -n 40 "$corpus.log"
  else
    passed=$((passed + 1))
    grep -E "^stat::number_of_executed_units|^Done" "$corpus.log" >&2 || true
  fi
  rm -rf "$corpus" "$corpus.log"
done
echo "fuzz: $passed passed, $failed failed"
exit $status

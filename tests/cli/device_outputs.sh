#!/usr/bin/env bash
# Outputs that are not regular files are written in place, never replaced: a pipe keeps being
# a pipe, and /dev/full gives "No space left on device" with exit status 74 and stays a device.
# The pipe case runs first: only if it passes is /dev/full used (a regression there would
# replace the machine's /dev/full with a file).
# Usage: device_outputs.sh STANCEGRAPH SNAPSHOT BIG_SNAPSHOT (BIG: its SVG over 64 KiB, more
# than a pipe holds)
set -uo pipefail
binary=$1 snapshot=$2 big=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0

mkfifo "$work/pipe"
cat "$work/pipe" >"$work/received" &
reader=$!
"$binary" render -T svg -o "$work/pipe" "$snapshot" 2>"$work/stderr"
status=$?
wait "$reader"
if [[ $status == 0 && -p "$work/pipe" && -s "$work/received" ]] &&
  grep -q '</svg>' "$work/received" && [[ -z "$(ls "$work" | grep -v '^pipe$\|^received$\|^stderr$')" ]]; then
  passed=$((passed + 1))
else
  echo "writing to a pipe: status $status, pipe kept: $([[ -p $work/pipe ]] && echo yes || echo no)"
  cat "$work/stderr"
  failed=$((failed + 1))
  echo "$passed passed, $failed failed"
  exit 1
fi

"$binary" render -T svg -o /dev/full "$snapshot" 2>"$work/stderr"
status=$?
if [[ $status == 74 && -c /dev/full ]] &&
  [[ "$(cat "$work/stderr")" == "stancegraph: cannot write '/dev/full': No space left on device" ]]; then
  passed=$((passed + 1))
else
  echo "writing to /dev/full: status $status (expected 74), still a device: $([[ -c /dev/full ]] && echo yes || echo no)"
  cat "$work/stderr"
  failed=$((failed + 1))
fi
# Standard output into a pipe closed early: exit 74 (SIGPIPE is no silent death), and into a
# full disk: exit 74; each with its one message, printed once.
for target in pipe full; do
  if [[ $target == pipe ]]; then
    "$binary" render -T svg -o - "$big" 2>"$work/stderr" | head -c 10 >/dev/null
    status=${PIPESTATUS[0]} expected="stancegraph: cannot write to standard output: Broken pipe"
  else
    "$binary" convert -T json -o - "$snapshot" 2>"$work/stderr" >/dev/full
    status=$? expected="stancegraph: cannot write to standard output: No space left on device"
  fi
  if [[ $status == 74 && "$(cat "$work/stderr")" == "$expected" ]]; then
    passed=$((passed + 1))
  else
    echo "standard output to a $target: status $status (expected 74), messages:"
    cat "$work/stderr"
    failed=$((failed + 1))
  fi
done
echo "$passed passed, $failed failed"
((failed == 0))

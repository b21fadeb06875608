#!/usr/bin/env bash
# The committed diagrams in graphs/ are what the tool makes of data/: regenerates the DOT and
# SVG of every article snapshot and compares them byte for byte, checks that Graphviz's own
# 'dot' reads every DOT without a warning, and that two runs give identical metrics JSON.
# With --update, rewrites graphs/ instead; render PNGs with `stancegraph render` to review them.
# Usage: check_graphs.sh STANCEGRAPH SOURCE_DIR [--update]
set -uo pipefail
binary=$1 source=$2 mode=${3:-check}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
fail() { echo "$*"; failed=$((failed + 1)); }

for snapshot in "$source"/data/minerals-*.json; do
  id=$(basename "$snapshot" .json)
  for format in dot svg; do
    "$binary" render -T "$format" -o "$work/$id.$format" "$snapshot" || fail "$id: render $format failed"
    if [[ "$mode" == --update ]]; then
      cp "$work/$id.$format" "$source/graphs/$id.$format"
    elif cmp -s "$work/$id.$format" "$source/graphs/$id.$format"; then
      passed=$((passed + 1))
    else
      fail "graphs/$id.$format differs from what the tool makes of data/$id.json"
    fi
  done
  warnings=$(dot -Tsvg "$source/graphs/$id.dot" 2>&1 >/dev/null)
  if [[ -n "$warnings" ]]; then fail "dot warns on graphs/$id.dot: $warnings"; else passed=$((passed + 1)); fi
  "$binary" analyze -q -d "$work/a" "$snapshot" && "$binary" analyze -q -d "$work/b" "$snapshot"
  if cmp -s "$work/a/$id.metrics.json" "$work/b/$id.metrics.json" &&
     cmp -s "$work/a/$id.dot" "$work/b/$id.dot"; then
    passed=$((passed + 1))
  else
    fail "$id: two runs gave different outputs"
  fi
done
# The tutorial's (docs/TUTORIAL.md) camps picture of the latest snapshot.
latest=minerals-2025-02-21
"$binary" render --camps -T svg -o "$work/$latest.camps.svg" "$source/data/$latest.json" ||
  fail "render --camps failed"
if [[ "$mode" == --update ]]; then
  cp "$work/$latest.camps.svg" "$source/graphs/"
elif cmp -s "$work/$latest.camps.svg" "$source/graphs/$latest.camps.svg"; then
  passed=$((passed + 1))
else
  fail "graphs/$latest.camps.svg differs from what the tool makes of data/"
fi

# The tutorial's (docs/TUTORIAL.md) diff example: Bessent's visit against Kellogg's, with aligned pictures.
old=minerals-2025-02-12 new=minerals-2025-02-20
for run in a b; do
  "$binary" diff -q --aligned svg -d "$work/diff-$run" "$source/data/$old.json" "$source/data/$new.json" ||
    fail "diff $old $new failed"
done
for suffix in diff.json diff.dot diff.svg old.svg new.svg; do
  file=$old--$new.$suffix
  cmp -s "$work/diff-a/$file" "$work/diff-b/$file" || fail "$file: two runs differ"
  [[ "$suffix" == diff.json ]] && continue
  if [[ "$mode" == --update ]]; then
    cp "$work/diff-a/$file" "$source/graphs/$file"
  elif cmp -s "$work/diff-a/$file" "$source/graphs/$file"; then
    passed=$((passed + 1))
  else
    fail "graphs/$file differs from what the tool makes of data/"
  fi
done
warnings=$(dot -Tsvg "$source/graphs/$old--$new.diff.dot" 2>&1 >/dev/null)
[[ -z "$warnings" ]] || fail "dot warns on graphs/$old--$new.diff.dot: $warnings"

# The tutorial's (docs/TUTORIAL.md) timeline example: all article snapshots.
for run in a b; do
  "$binary" timeline -q -d "$work/timeline-$run" "$source"/data/minerals-*.json || fail "timeline failed"
done
name=minerals-2025-02-12--minerals-2025-02-21
for suffix in timeline.json timeline.csv timeline.svg; do
  cmp -s "$work/timeline-a/$name.$suffix" "$work/timeline-b/$name.$suffix" || fail "$name.$suffix: two runs differ"
done
xmllint --noout "$work/timeline-a/$name.timeline.svg" || fail "$name.timeline.svg is not well-formed XML"
if [[ "$mode" == --update ]]; then
  cp "$work/timeline-a/$name.timeline.svg" "$source/graphs/"
elif cmp -s "$work/timeline-a/$name.timeline.svg" "$source/graphs/$name.timeline.svg"; then
  passed=$((passed + 1))
else
  fail "graphs/$name.timeline.svg differs from what the tool makes of data/"
fi

echo "$passed passed, $failed failed"
((failed == 0))

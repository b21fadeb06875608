#!/usr/bin/env bash
# Runs every example written as "$ COMMAND" inside a ``` block (build/stancegraph or a shell
# command) in README.md, CONTRIBUTING.md and every docs/*.md (docs/TUTORIAL.md holds most), and compares its
# combined standard output and error with the lines that follow it in the block. Examples run
# in order, document by document, so a later one may read what an earlier one of the same
# document wrote. Blocks without "$ " lines (```sh) are illustrations and are not run.
# Runs in a scratch folder where build/stancegraph is the binary under test and data/ is the
# repository's, so nothing is written into the source tree; each document gets a fresh one.
# Usage: readme_examples.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

passed=0 failed=0 command="" expected="" document="" work="" tutorial_examples=0
run_example() {
  [[ -z "$command" ]] && return
  got=$(cd "$work" && eval "$command" 2>&1)
  if [[ "$got" == "$expected" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "$document: example differs: \$ $command"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got")
  fi
  command="" expected=""
}

run_document() {
  document=$1 work=$scratch/$(basename "$1" .md)
  mkdir -p "$work/build"
  ln -s "$binary" "$work/build/stancegraph"
  ln -s "$source/data" "$work/data"
  local before=$passed in_block=0 line
  while IFS= read -r line; do
    if [[ "$line" == '```'* ]]; then
      run_example
      in_block=$((1 - in_block))
      continue
    fi
    ((in_block)) || continue
    if [[ "$line" == '$ '* ]]; then
      run_example
      command=${line#\$ }
    elif [[ -n "$command" ]]; then
      expected+="${expected:+$'\n'}$line"
    fi
  done <"$source/$document"
  run_example
  echo "$document: $((passed - before)) examples"
  [[ $document == docs/TUTORIAL.md ]] && tutorial_examples=$((passed - before))
  return 0
}

run_document README.md
run_document CONTRIBUTING.md
for doc in "$source"/docs/*.md; do
  run_document "docs/${doc##*/}"
done
# docs/TUTORIAL.md holds the worked example: it must not lose its examples unnoticed.
echo "$passed passed, $failed failed"
((failed == 0 && passed > 0 && tutorial_examples > 0))

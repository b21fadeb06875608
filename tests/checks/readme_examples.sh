#!/usr/bin/env bash
# Runs every example in README.md written as "$ COMMAND" inside a ``` block (build/stancegraph
# or a shell command) and compares its combined standard output and error with the lines that
# follow it in the block.
# Runs in a scratch folder where build/stancegraph is the binary under test and data/ is the
# repository's, so nothing is written into the source tree.
# Usage: readme_examples.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/build"
ln -s "$binary" "$work/build/stancegraph"
ln -s "$source/data" "$work/data"

passed=0 failed=0 command="" expected=""
run_example() {
  [[ -z "$command" ]] && return
  got=$(cd "$work" && eval "$command" 2>&1)
  if [[ "$got" == "$expected" ]]; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    echo "README example differs: \$ $command"
    diff <(printf '%s\n' "$expected") <(printf '%s\n' "$got")
  fi
  command="" expected=""
}

in_block=0
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
done <"$source/README.md"
echo "$passed passed, $failed failed"
((failed == 0 && passed > 0))

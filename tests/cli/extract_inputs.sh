#!/usr/bin/env bash
# extract on awkward input: empty text, text naming no known actor, text naming actors but no
# stance, binary input, and malformed lexicons. Each gives either a valid snapshot with a
# warning (exit 0) or a message naming the file and the place (exit 65), never a crash, and
# a failed run leaves an existing -o file untouched.
# Usage: extract_inputs.sh STANCEGRAPH REPO_ROOT
set -uo pipefail
binary=$(realpath "$1") root=$(realpath "$2")
lexicon=$root/data/minerals-2025-02-21.json
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
passed=0 failed=0
check() {
  local what=$1 ok=$2
  if [[ $ok == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $what"; fi
}
actors() { grep -o '"id":[[:space:]]*"[^"]*"' "$1" | sed 1d | sed 's/.*"\([^"]*\)"$/\1/' | tr '\n' ' '; }

: >empty.txt
printf 'Nothing to see here.\n' >none.txt
printf 'Zelensky aides spoke on Monday before Volodymyr Zelensky did. Donald Trump slept.\n' >named.txt
printf 'abc\0def\n' >binary.txt
printf '{"format": "stancegraph/1", "snapshot": {"id": "x", "date": "2025-01-01"},\n "actors": [{"id": 3}], "relations": []}\n' >badlex.json
printf '{"actors": [' >trunc.json

# The lexicon has 18 actors: with no actor named, all of them, no relation, a warning.
for t in empty none; do
  "$binary" extract --actors "$lexicon" -o $t.json $t.txt 2>$t.err
  check "$t text: exit 0" "$([[ $? == 0 ]] && echo yes)"
  check "$t text: valid snapshot" "$("$binary" validate $t.json >/dev/null 2>&1 && echo yes)"
  check "$t text: 18 actors, no relation" "$([[ $(grep -c '"type":' $t.json) == 18 && $(grep -c '"source"' $t.json) == 0 ]] && echo yes)"
  check "$t text: warning names the file" "$(grep -q "warning: $t.txt: no actor of .* is named" $t.err && echo yes)"
done

# Actors named but no stance: only those two, in lexicon order (trump before zelensky);
# the first "Zelensky", a bare surname before the person is named in full, is not a mention.
"$binary" extract --actors "$lexicon" -o named.json named.txt 2>named.err
check "named text: exit 0" "$([[ $? == 0 ]] && echo yes)"
check "named text: the two named actors" "$([[ "$(actors named.json)" == "trump zelensky " ]] && echo yes)"
check "named text: warning" "$(grep -q 'no stance statement found' named.err && echo yes)"

# Failures keep an existing output file.
echo keep >out.json
"$binary" extract --actors "$lexicon" -o out.json binary.txt 2>binary.err
check "binary text: exit 65" "$([[ $? == 65 ]] && echo yes)"
check "binary text: file, line:column, problem" "$(grep -q '^binary.txt:1:4: NUL byte' binary.err && echo yes)"
check "binary text: output kept" "$([[ $(cat out.json) == keep ]] && echo yes)"
"$binary" extract --actors badlex.json -o out.json named.txt 2>badlex.err
check "malformed lexicon: exit 65" "$([[ $? == 65 ]] && echo yes)"
# line 2: ' "actors": [{"id": ' is columns 1-19, so the 3 is at 20
check "malformed lexicon: line:column and JSON path" "$(grep -q '^badlex.json:2:20: actors\[0\].id: expected a string, found a number' badlex.err && echo yes)"
"$binary" extract --actors trunc.json -o out.json named.txt 2>trunc.err
check "truncated lexicon: exit 65" "$([[ $? == 65 ]] && echo yes)"
check "truncated lexicon: line:column" "$(grep -q '^trunc.json:1:13: syntax error' trunc.err && echo yes)"
"$binary" extract --actors missing.json -o out.json named.txt 2>missing.err
check "missing lexicon: exit 66" "$([[ $? == 66 ]] && echo yes)"
check "every failure kept the output" "$([[ $(cat out.json) == keep ]] && echo yes)"
check "no temporary file left" "$([[ $(ls -A | grep -c '^\.\|tmp') == 0 ]] && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

#!/usr/bin/env bash
# docs/SCALE.md's GNU parallel recipe, run as written (the shell between its '<!-- recipe -->'
# markers) on a copy of data/corpus/'s articles, must give the log one 'extract' of the same
# articles gives, byte for byte (issue 15).
# Usage: scale_recipe.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v parallel >/dev/null || { echo "GNU parallel is missing (.ci/setup installs it)"; exit 1; }
mkdir -p "$work/bin" "$work/run/corpus" "$work/single"
ln -s "$(realpath "$binary")" "$work/bin/stancegraph"
cp "$source"/data/corpus/*.txt "$work/run/corpus/"
sed -n '/<!-- recipe -->/,/<!-- end recipe -->/p' "$source/docs/SCALE.md" |
  sed '/^```/d; /^<!--/d' >"$work/recipe.sh"
[[ -s "$work/recipe.sh" ]] || { echo "no recipe found in docs/SCALE.md"; exit 1; }
(cd "$work/run" && PATH="$work/bin:$PATH" HOME="$work" bash -euo pipefail "$work/recipe.sh") 2>"$work/recipe.err" ||
  { echo "the recipe failed:"; cat "$work/recipe.err"; exit 1; }
(cd "$work/single" && "$work/bin/stancegraph" extract -q -o log.json "$work/run/corpus") 2>/dev/null ||
  { echo "the single extract failed"; exit 1; }
parts=$(ls "$work/run/parts" | wc -l)
if cmp -s "$work/run/log.json" "$work/single/log.json"; then
  echo "scale recipe: $parts parts merged give the single-process log"
else
  echo "scale recipe: the merged log differs from the single-process log"
  diff "$work/run/log.json" "$work/single/log.json" | head -20
  exit 1
fi

#!/usr/bin/env bash
# Runs one CLI test case: a folder holding
#   args     the arguments, as shell words (one line)
#   status   the expected exit status
#   stdout   the expected standard output (compared when the file exists)
#   stderr   the expected standard error (compared when the file exists; otherwise it must
#            be empty when status is 0)
#   files    the files the run must leave in its working folder, one per line, sorted
#            (when absent: none at all)
#   stdin    fed to standard input (optional)
# The command runs in an empty temporary folder where 'in' links to tests/data, so that
# messages name short relative paths, and 'data' links to the repository's data/; anything the
# run writes can be seen.
set -uo pipefail
binary=$1 case_dir=$2 data_dir=$3 article_dir=$4

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ln -s "$data_dir" "$work/in"
ln -s "$article_dir" "$work/data"

eval "set -- $(cat "$case_dir/args")"
stdin=/dev/null
[[ -f "$case_dir/stdin" ]] && stdin="$case_dir/stdin"
(cd "$work" && "$binary" "$@" <"$stdin" >"$work/.stdout" 2>"$work/.stderr")
status=$?

failed=0
expected_status=$(cat "$case_dir/status")
if [[ "$status" != "$expected_status" ]]; then
  echo "exit status $status, expected $expected_status"
  failed=1
fi
if [[ -f "$case_dir/stdout" ]] && ! diff -u "$case_dir/stdout" "$work/.stdout"; then
  echo "standard output differs (above)"
  failed=1
fi
if [[ -f "$case_dir/stderr" ]]; then
  if ! diff -u "$case_dir/stderr" "$work/.stderr"; then
    echo "standard error differs (above)"
    failed=1
  fi
elif [[ "$expected_status" == 0 && -s "$work/.stderr" ]]; then
  echo "unexpected standard error:"
  cat "$work/.stderr"
  failed=1
fi
left=$(cd "$work" && find . -mindepth 1 -not -name .stdout -not -name .stderr -not -name in -not -name data \
  -printf '%P\n' | sort)
expected_files=""
[[ -f "$case_dir/files" ]] && expected_files=$(cat "$case_dir/files")
if [[ "$left" != "$expected_files" ]]; then
  echo "files left behind:"
  echo "${left:-(none)}"
  echo "expected:"
  echo "${expected_files:-(none)}"
  failed=1
fi
exit $failed

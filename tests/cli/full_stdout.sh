#!/usr/bin/env bash
# Standard output on a full disk: stancegraph must notice the failed write and exit 74.
binary=$1 snapshot=$2
"$binary" validate "$snapshot" >/dev/full 2>/dev/null
status=$?
if [[ $status == 74 ]]; then echo "1 passed, 0 failed"; exit 0; fi
echo "exit status $status, expected 74"
exit 1

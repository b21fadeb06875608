#!/usr/bin/env bash
# The HTML report in a real browser: Debian's Chromium, headless, with networking off (a proxy
# that does not exist, every host name unresolvable). For the article's five snapshots and for
# the hostile snapshot: the page loads with no console message at all (a script error, a
# blocked fetch or a CSP violation would log one), and its DOM after the scripts ran
# (tests/checks/report_dom.py) has the diagram, the sorted table, the camps, the changes and the
# chart, and no markup from the data.
# Usage: report_check.sh STANCEGRAPH SOURCE_DIR
set -uo pipefail
binary=$1 source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0 failed=0
check() {
  if [[ $2 == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $1"; fi
}
browser() { # URL -> DOM on stdout, browser log in $work/log
  timeout 120 chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --proxy-server=127.0.0.1:9 --host-resolver-rules='MAP * ~NOTFOUND' \
    --enable-logging=stderr --v=0 --user-data-dir="$work/profile" --dump-dom "$1" 2>"$work/log"
}

"$binary" report -o "$work/article.html" "$source"/data/minerals-*.json 2>/dev/null
check "report of the article's snapshots" "$([[ $? == 0 ]] && echo yes)"
browser "file://$work/article.html" >"$work/article.dom"
check "Chromium renders it" "$([[ -s $work/article.dom ]] && echo yes)"
console=$(grep ':CONSOLE' "$work/log")
check "no console message (got: $console)" "$([[ -z $console ]] && echo yes)"
/usr/bin/python3 "$source/tests/checks/report_dom.py" article "$work/article.dom" 18 5
check "article DOM: diagram, sorted table, camps, changes, chart" "$([[ $? == 0 ]] && echo yes)"

"$binary" report -o "$work/hostile.html" "$source/tests/data/hostile/hostile.json" 2>/dev/null
check "report of the hostile snapshot" "$([[ $? == 0 ]] && echo yes)"
browser "file://$work/hostile.html" >"$work/hostile.dom"
console=$(grep ':CONSOLE' "$work/log")
check "hostile: no console message (got: $console)" "$([[ -z $console ]] && echo yes)"
actors=$(/usr/bin/python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))['actors']))" \
  "$source/tests/data/hostile/hostile.json")
/usr/bin/python3 "$source/tests/checks/report_dom.py" hostile "$work/hostile.dom" "$actors" 1
check "hostile DOM: one script, text shown as text" "$([[ $? == 0 ]] && echo yes)"

"$binary" report -o "$work/again.html" "$source"/data/minerals-*.json 2>/dev/null
check "byte-identical on a second run" "$(cmp -s "$work/article.html" "$work/again.html" && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

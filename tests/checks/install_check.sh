#!/usr/bin/env bash
# 'cmake --install' puts the program, the manual page and the bash completion in place, the
# installed program runs, the page renders without groff warnings, and the completion offers
# commands, a command's options, option values and, after -d, folders.
# Usage: install_check.sh BUILD_DIR SOURCE_DIR
set -uo pipefail
build=$1 source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
passed=0 failed=0
check() {
  if [[ $2 == yes ]]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "failed: $1"; fi
}
cmake --install "$build" --prefix "$prefix" >/dev/null
check "cmake --install succeeds" "$([[ $? == 0 ]] && echo yes)"
for f in bin/stancegraph share/man/man1/stancegraph.1 share/bash-completion/completions/stancegraph; do
  check "installs $f" "$([[ -f $prefix/$f ]] && echo yes)"
done
check "the installed program runs" "$("$prefix/bin/stancegraph" --version | grep -q '^stancegraph ' && echo yes)"
warnings=$(groff -man -Tutf8 -ww -z "$prefix/share/man/man1/stancegraph.1" 2>&1)
check "groff renders the page without warnings ($warnings)" "$([[ -z $warnings ]] && echo yes)"
complete_words() { # words of the line so far -> the completions offered
  bash -c 'source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _stancegraph; echo "${COMPREPLY[*]}"' \
    _ "$prefix/share/bash-completion/completions/stancegraph" "$@"
}
check "completes a command" "$([[ $(complete_words "$prefix/bin/stancegraph" con) == convert ]] && echo yes)"
got=$(complete_words "$prefix/bin/stancegraph" render --c)
check "completes a command's options (got '$got')" "$([[ $got == --camps ]] && echo yes)"
got=$(complete_words "$prefix/bin/stancegraph" convert -T g)
check "completes option values (got '$got')" "$([[ $got == "graphml gexf" ]] && echo yes)"
got=$(complete_words "$prefix/bin/stancegraph" analyze --output-d)
check "completes --output-dir (got '$got')" "$([[ $got == --output-dir ]] && echo yes)"
mkdir "$prefix/out-folder" && : >"$prefix/out-file"
got=$(cd "$prefix" && complete_words "$prefix/bin/stancegraph" timeline -d out-)
check "-d completes folders only (got '$got')" "$([[ $got == out-folder ]] && echo yes)"
echo "$passed passed, $failed failed"
((failed == 0))

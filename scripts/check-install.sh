#!/usr/bin/env bash
# `make install` into a temporary PREFIX: the binary, the man page (rendered
# without a warning) and the bash, zsh and fish completions must all land, and
# bash completion must offer the roster's groups for --group and the rule ids
# for `rules`. Slow (a release build and the man page plugin), so not part of
# `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
make install PREFIX="$prefix" >/dev/null
for file in bin/minutes share/man/man1/minutes.1 share/bash-completion/completions/minutes \
  share/zsh/site-functions/_minutes share/fish/vendor_completions.d/minutes.fish; do
  [ -f "$prefix/$file" ] || { echo "missing: $file"; exit 1; }
done
warnings=$(groff -mandoc -ww -z "$prefix/share/man/man1/minutes.1" 2>&1)
[ -z "$warnings" ] || { echo "$warnings"; exit 1; }
offered=$(PATH="$prefix/bin:$PATH" bash -c '
  source "$1/share/bash-completion/completions/minutes"
  COMP_WORDS=(minutes lint --group ""); COMP_CWORD=3; COMP_LINE="minutes lint --group "
  COMP_POINT=${#COMP_LINE}; _minutes minutes "" --group; printf "%s\n" "${COMPREPLY[@]}"
  COMP_WORDS=(minutes rules empty); COMP_CWORD=2; COMP_LINE="minutes rules empty"
  COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _minutes minutes empty rules
  printf "%s\n" "${COMPREPLY[@]}"' _ "$prefix")
grep -qx "Grid Operations Center" <<<"$offered" || { echo "no group names: $offered"; exit 1; }
grep -qx "empty-bullet" <<<"$offered" || { echo "no rule ids: $offered"; exit 1; }
echo "make install: binary, man page (no warnings), completions (groups, rule ids) in place"

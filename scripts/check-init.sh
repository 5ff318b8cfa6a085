#!/usr/bin/env bash
# `minutes init --from-archive` end to end: over the test fixture archive and,
# when present, over ../shared/corpus (or the folder given). For each archive
# it infers a roster, checks that `minutes roster`, `minutes new` and
# `minutes lint` run with it at once, and for the corpus also infers from
# the first year alone and lints the second year with that roster (findings
# per rule). MINUTES names the binary (default: a debug build of this checkout).
#   scripts/check-init.sh [CORPUS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
minutes=${MINUTES:-$root/.build/debug/minutes}
[ -x "$minutes" ] || (cd "$root" && swift build --product minutes >/dev/null)
corpus=${1:-$root/../shared/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

adopt() { # archive out
  "$minutes" init --from-archive "$1" "$2" >/dev/null
  (cd "$2" && "$minutes" roster >/dev/null)
  (cd "$2" && "$minutes" new --stdout >/dev/null 2>&1)
  set +e
  (cd "$2" && "$minutes" lint "$1" >"$2.lint" 2>"$2.summary")
  local status=$?
  set -e
  [ "$status" -le 1 ] || { echo "lint failed on $1 ($status)"; exit 1; }
  echo "$1: roster loads, new and lint run ($(tail -1 "$2.summary"))"
}

adopt "$root/Tests/minutesTests/Fixtures/Adopt/archive" "$work/fixture"

if [ -d "$corpus" ]; then
  corpus=$(cd "$corpus" && pwd)
  adopt "$corpus" "$work/all"
  mkdir -p "$work/first" "$work/second"
  years=$(ls "$corpus" | grep -o ',[0-9]\{4\}' | sort -u | tr -d , | head -2)
  first=$(echo "$years" | head -1)
  second=$(echo "$years" | tail -1)
  cp "$corpus"/*",$first"*.txt "$work/first/"
  cp "$corpus"/*",$second"*.txt "$work/second/"
  "$minutes" init --from-archive "$work/first" "$work/half" >/dev/null
  set +e
  (cd "$work/half" && "$minutes" lint "$work/second" >"$work/half.lint" 2>"$work/half.summary")
  set -e
  echo "inferred from $first, linted $second: $(tail -1 "$work/half.summary")"
  grep -o '\[[a-z-]*\]$' "$work/half.lint" | sort | uniq -c | sort -rn
else
  echo "no corpus at $corpus: fixture only"
fi

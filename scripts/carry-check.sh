#!/usr/bin/env bash
# Carry-forward against what people did over consecutive weeks of an archive:
# items `minutes items` would carry, how many the next page kept, and the
# ones it did not (news, or actions people lost) to judge one by one.
# MINUTES names the binary (default: a debug build of this checkout), ROSTER
# the roster (default: the shipped roster.yaml).
#   scripts/carry-check.sh ../shared/corpus --list lost
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
archive=${1:?usage: scripts/carry-check.sh ARCHIVE [--list kept|lost|all|none]}
shift
minutes=${MINUTES:-$root/.build/debug/minutes}
[ -x "$minutes" ] || (cd "$root" && swift build --product minutes >/dev/null)
exec python3 "$root/scripts/carry_check.py" "$minutes" "${ROSTER:-$root/roster.yaml}" "$archive" "$@"

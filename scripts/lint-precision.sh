#!/usr/bin/env bash
# Lint precision check: findings per rule over an archive and a random sample
# for a person to judge. MINUTES names the binary (default: a debug build of
# this checkout), ROSTER the roster (default: the shipped roster.yaml).
#   scripts/lint-precision.sh ../shared/corpus --only ',2011' --sample 60 --seed 1
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
archive=${1:?usage: scripts/lint-precision.sh ARCHIVE [--only REGEX] [--sample N] [--seed S]}
shift
minutes=${MINUTES:-$root/.build/debug/minutes}
[ -x "$minutes" ] || (cd "$root" && swift build --product minutes >/dev/null)
exec python3 "$root/scripts/lint_precision.py" "$minutes" "${ROSTER:-$root/roster.yaml}" "$archive" "$@"

#!/usr/bin/env bash
# Times minutes on inputs built to be slow: an alias-bomb roster, a topic of
# invalid UTF-8, a topic of thousands of stat lines, a megabyte-long heading.
# Each must take well under a second. Figures go into BENCHMARKS.md.
#   usage: bench/pathological.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product minutes >/dev/null
bin=$(swift build -c release --show-bin-path)/minutes
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp roster.yaml "$work/"

python3 - "$work" <<'PY'
import sys, os
work = sys.argv[1]
# A billion laughs: nine levels of nine aliases.
lines = ['a0: &a0 "lol"']
for i in range(1, 10):
    lines.append('a%d: &a%d [%s]' % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)))
open(os.path.join(work, "bomb.yaml"), "w").write("\n".join(lines) + "\n")
open(os.path.join(work, "invalid.txt"), "wb").write(b"\xff" * (400 * 1024))
open(os.path.join(work, "stats.txt"), "w").write(
    "---++ CMS (Burt)\n" + "   * ? khour/day, 91% success\n" * 32000)
open(os.path.join(work, "heading.txt"), "w").write("---++ " + "x" * 2_000_000 + "\n")
PY

run() {
  local label=$1
  shift
  /usr/bin/time -f "$label: %e s, %M KB" "$@" >/dev/null 2>"$work/time" || true
  tail -1 "$work/time"
}
run "alias-bomb roster rejected" "$bin" roster --roster "$work/bomb.yaml"
run "400 KiB of invalid UTF-8" "$bin" lint --no-cache --roster "$work/roster.yaml" "$work/invalid.txt"
run "32,000 stat lines" "$bin" lint --no-cache --roster "$work/roster.yaml" "$work/stats.txt"
run "2 MB heading" "$bin" lint --no-cache --roster "$work/roster.yaml" "$work/heading.txt"

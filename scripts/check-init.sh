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
  # `new` for the week after the last topic against the last real topic,
  # heading by heading: names, and owners as sets of names (`Armen & Xin`
  # and `Armen, Xin` name the same people).
  read -r last next < <(python3 - "$corpus" <<'PY'
import datetime, os, re, sys
months = {m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])}
found = []
for name in os.listdir(sys.argv[1]):
    m = re.match(r"([A-Za-z]+?)(\d{1,2}),(\d{4})", name)
    if m and m.group(1)[:3].lower() in months:
        found.append((datetime.date(int(m.group(3)), months[m.group(1)[:3].lower()], int(m.group(2))), name))
day, name = max(found)
print(name, day + datetime.timedelta(weeks=1))
PY
)
  (cd "$work/all" && "$minutes" new --date "$next" --stdout >"$work/next.txt" 2>/dev/null)
  python3 - "$work/next.txt" "$corpus/$last" "$next" <<'PY'
import re, sys
def headings(path):
    result = []
    for line in open(path, encoding="utf-8", errors="replace"):
        m = re.match(r"^-{2,3}\+\+(?!\+)\s*(.*?)\s*$", line)
        if not m:
            continue
        title = m.group(1)
        owners = None
        o = re.match(r"^(.*?)\s*\(([^()]*)\)\s*:?$", title)
        if o:
            title = o.group(1)
            owners = frozenset(n.strip().lower() for n in re.split(r",|&|/| and | for ", o.group(2)) if n.strip())
        result.append((title.rstrip(":").strip().lower(), owners))
    return result
new, real = headings(sys.argv[1]), headings(sys.argv[2])
names = sum(1 for a, b in zip(new, real) if a[0] == b[0])
groups = [(a, b) for a, b in zip(new, real) if a[0] == b[0] and (a[1] or b[1])]
owners = sum(1 for a, b in groups if a[1] == b[1])
print(f"new for {sys.argv[3]} against {sys.argv[2].rsplit('/', 1)[-1]}: {names} of {len(real)} headings "
      f"in place ({len(new)} written), owners {owners} of {len(groups)} (as sets of names)")
for a, b in zip(new, real):
    if a != b:
        print(f"  differs: {a[0]} {sorted(a[1] or [])} / {b[0]} {sorted(b[1] or [])}")
PY
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

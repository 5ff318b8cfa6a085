#!/usr/bin/env bash
# Time and peak memory of `minutes init --from-archive` over 100 and 10,000
# topics: copies of the corpus topics under new weekly dated names (from
# 1900-01-02). Uses the release build; needs GNU time (/usr/bin/time -v).
#   bench/adopt.sh [CORPUS]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus}
minutes=${MINUTES:-$root/.build/release/minutes}
[ -x "$minutes" ] || (cd "$root" && swift build -c release --product minutes >/dev/null)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$corpus" "$work" <<'PY'
import datetime, glob, os, shutil, sys
corpus, work = sys.argv[1], sys.argv[2]
topics = sorted(p for p in glob.glob(os.path.join(corpus, "*.txt")) if any(c.isdigit() for c in os.path.basename(p)[:8]))
months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
for count in (100, 10000):
    folder = os.path.join(work, str(count))
    os.makedirs(folder)
    day = datetime.date(1900, 1, 2)
    for index in range(count):
        name = f"{months[day.month - 1]}{day.day},{day.year}ProductionMeeting.txt"
        shutil.copyfile(topics[index % len(topics)], os.path.join(folder, name))
        day += datetime.timedelta(weeks=1)
PY
for count in 100 10000; do
  /usr/bin/time -v "$minutes" init --from-archive "$work/$count" "$work/out$count" 2>"$work/time$count" >/dev/null
  wall=$(grep 'Elapsed' "$work/time$count" | awk '{print $NF}')
  rss=$(grep 'Maximum resident' "$work/time$count" | awk '{print $NF}')
  echo "$count topics: $wall wall, $rss KiB peak"
done

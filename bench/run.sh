#!/usr/bin/env bash
# Benchmarks minutes on synthetic archives shaped like the real pages.
#   usage: bench/run.sh [COUNT...]     (default: 1000 4000 10000)
#   RUNS=N bench/run.sh ...            (runs per command, default 10)
#   BEFORE=BINARY bench/run.sh ...     (also an earlier build's lint, in the
#                                       same rounds: before and after side by side)
# Needs python3 and GNU time; no hyperfine: bench/timing.py runs the commands
# side by side, round after round, and reports median wall and CPU time.
# For each archive: lint of every topic from cold (nothing kept from an
# earlier run) against the grep baseline, both writing into a pipe.
# Results go to bench/out/; copy the tables into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 4000 10000)
runs=${RUNS:-10}
swift build -c release --product minutes >/dev/null
bin=$(swift build -c release --show-bin-path)/minutes
out=bench/out
mkdir -p "$out"
baseline="LC_ALL=C grep -rnE '^\s+\*\s*$|\(to be updated|TBD|TODO|___'"

for count in "${counts[@]}"; do
  archive=$out/archive-$count
  if [ ! -d "$archive" ]; then python3 bench/generate.py "$count" "$archive"; fi
  echo "== $count topics, $(du -sh "$archive" | cut -f1), $runs runs"
  before=()
  if [ -n "${BEFORE:-}" ]; then
    before=("minutes lint, before ($count topics)" "$BEFORE lint --no-cache --roster roster.yaml $archive")
  fi
  python3 bench/timing.py "$runs" \
    "${before[@]}" \
    "minutes lint --no-cache ($count topics)" "$bin lint --no-cache --roster roster.yaml $archive" \
    "grep ($count topics)" "$baseline $archive" | tee "$out/lint-$count.md"
  /usr/bin/time -v "$bin" lint --no-cache --roster roster.yaml "$archive" \
    2>"$out/time-lint-$count.txt" | cat >/dev/null || true
  echo "peak memory, lint: $(grep -E "Maximum resident set size" "$out/time-lint-$count.txt")"
done

# `new` end to end, in a scratch copy of the shipped archive so nothing is written here.
scratch=$(mktemp -d)
cp -r roster.yaml templates minutes "$scratch/"
python3 bench/timing.py 30 \
  "minutes new (writes the topic)" \
  "rm -f $scratch/minutes/Mar29,2011ProductionMeeting.txt; $bin new --roster $scratch/roster.yaml --date 2011-03-29" \
  "minutes new --stdout" "$bin new --roster $scratch/roster.yaml --date 2011-03-29 --stdout" \
  "minutes --version" "$bin --version" | tee "$out/new.md"
/usr/bin/time -v "$bin" new --roster "$scratch/roster.yaml" --date 2011-03-29 --stdout >/dev/null 2>"$out/time-new.txt"
grep -E "Maximum resident set size" "$out/time-new.txt"
rm -rf "$scratch"

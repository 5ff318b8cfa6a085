#!/usr/bin/env bash
# Benchmarks minutes on synthetic archives shaped like the real pages.
#   usage: bench/run.sh [COUNT...]     (default: 1000 10000)
# Needs hyperfine and GNU time (Debian: apt-get install hyperfine time).
# lint (which keeps no cache: every run checks every topic) runs beside grep.
# Results go to bench/out/; copy the tables into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1000 10000)
swift build -c release --product minutes >/dev/null
bin=$(swift build -c release --show-bin-path)/minutes
out=bench/out
mkdir -p "$out"
pattern='\(to be updated after the meeting\)|TBD|TODO|FIXME|___'

for count in "${counts[@]}"; do
  archive=$out/archive-$count
  if [ ! -d "$archive" ]; then python3 bench/generate.py "$count" "$archive"; fi
  echo "== $count topics, $(du -sh "$archive" | cut -f1)"
  # --output=pipe: both write their lines into a pipe. With stdout on /dev/null
  # GNU grep stops at the first match (it acts as -q), which is no baseline.
  hyperfine --warmup 1 --runs 10 -i --output=pipe --export-markdown "$out/lint-$count.md" \
    --export-json "$out/lint-$count.json" \
    -n "minutes lint ($count topics)" "$bin lint --roster roster.yaml $archive" \
    -n "grep -nE, 5 patterns ($count topics)" "grep -rnE '$pattern' $archive"
  /usr/bin/time -v "$bin" lint --roster roster.yaml "$archive" 2>"$out/time-lint-$count.txt" \
    | cat >/dev/null || true
  echo "lint: $(grep -E "Maximum resident set size" "$out/time-lint-$count.txt")"
  python3 - "$out/lint-$count.json" <<'EOF'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
grep = results[-1]["mean"]
for r in results[:-1]:
    print("%-70s %8.1f ms  ratio to grep %.2f" % (r["command"], r["mean"] * 1000, r["mean"] / grep))
EOF
done

# `new` end to end, in a scratch copy of the shipped archive so nothing is written here.
scratch=$(mktemp -d)
cp -r roster.yaml templates minutes "$scratch/"
hyperfine --warmup 3 --runs 30 -N --export-markdown "$out/new.md" \
  -n "minutes new (writes the topic)" \
  --prepare "rm -f $scratch/minutes/Mar29,2011ProductionMeeting.txt" \
  "$bin new --roster $scratch/roster.yaml --date 2011-03-29" \
  -n "minutes new --stdout" "$bin new --roster $scratch/roster.yaml --date 2011-03-29 --stdout" \
  -n "minutes --version" "$bin --version"
/usr/bin/time -v "$bin" new --roster "$scratch/roster.yaml" --date 2011-03-29 --stdout >/dev/null 2>"$out/time-new.txt"
grep -E "Maximum resident set size" "$out/time-new.txt"
rm -rf "$scratch"

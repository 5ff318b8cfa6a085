#!/usr/bin/env bash
# Times minutes on inputs built to be slow (bench/pathological_inputs.py):
# an alias-bomb roster, 8 MiB topics of one pathological kind each (invalid
# UTF-8, stat lines, a heading, a line of job ids before a stat's words, runs
# of spaces and of `?`, placeholders, comments, suppressions, origin notes,
# duplicate sections, META lines, actions, labels, a section of empty
# bullets, blanks among figures), 8,000 unknown headings
# against 8,000 groups, and page templates with {{#groups}} nested in itself.
# Each run is one line: time and peak memory (GNU time -v). Figures go into
# BENCHMARKS.md.
#   usage: bench/pathological.sh [BINARY]
# Without BINARY, the release build of this checkout. A run is stopped after
# MINUTES_BENCH_TIMEOUT seconds (default 120) and shown as ">N s";
# MINUTES_BENCH_ONLY=REGEX runs only the inputs whose label or command match.
set -uo pipefail
cd "$(dirname "$0")/.."
limit=${MINUTES_BENCH_TIMEOUT:-120}
if [ $# -gt 0 ]; then
  bin=$(realpath "$1")
else
  swift build -c release --product minutes >/dev/null || exit 2
  bin=$(swift build -c release --show-bin-path)/minutes
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp roster.yaml "$work/"
cp -r templates "$work/"
python3 bench/pathological_inputs.py "$work" || exit 2
for depth in 8 12; do
  mkdir -p "$work/t$depth/minutes"
  cp "$work/roster.yaml" "$work/t$depth/"
  cp -r templates "$work/t$depth/"
  cp "$work/nested$depth/page.twiki" "$work/t$depth/templates/page.twiki"
done

printf '| input | command | exit | time | peak memory |\n|---|---|---|---|---|\n'
run() {
  local label=$1 shown=$2
  shift 2
  # MINUTES_BENCH_ONLY=REGEX runs only the matching inputs.
  if [ -n "${MINUTES_BENCH_ONLY:-}" ] && ! grep -qE "$MINUTES_BENCH_ONLY" <<<"$label $shown"; then
    return
  fi
  /usr/bin/time -v timeout -s KILL "$limit" "$@" >"$work/out" 2>"$work/time" </dev/null
  local rc=$?
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time")
  # m:ss.ss or h:mm:ss to seconds.
  wall=$(awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$wall")
  if [ "$rc" -eq 137 ] || [ "$rc" -eq 124 ]; then
    printf '| %s | `%s` | stopped | >%s s | — |\n' "$label" "$shown" "$limit"
  else
    printf '| %s | `%s` | %s | %s s | %.1f MB |\n' "$label" "$shown" "$rc" "$wall" "$((rss))e-3"
  fi
}
r="--roster $work/roster.yaml"
run "alias-bomb roster" "roster --roster bomb.yaml" "$bin" roster --roster "$work/bomb.yaml"
for input in invalid stats heading jobids spaces marks blank-stats placeholders template-lines \
  comments suppressions notes duplicates meta actions labels empty-bullets awaiting; do
  run "$input.txt" "lint --no-cache $input.txt" "$bin" lint --no-cache $r "$work/$input.txt"
done
run "jobids.txt" "lint --no-cache --group Atlas jobids.txt" \
  "$bin" lint --no-cache --group Atlas $r "$work/jobids.txt"
run "jobids-section.txt" "lint --group Atlas jobids-section.txt" \
  "$bin" lint --no-cache --group Atlas $r "$work/jobids-section.txt"
cp "$work/small.txt" "$work/target.txt"
run "jobids-section.txt" "submit --group Atlas --from jobids-section.txt target.txt" \
  "$bin" submit --group Atlas $r --from "$work/jobids-section.txt" "$work/target.txt"
run "archive of jobids.txt" "stats --group Atlas" \
  "$bin" stats --group Atlas $r --archive "$work/archive"
run "archive of jobids.txt" "history" "$bin" history $r --archive "$work/archive"
run "notes.txt" "items notes.txt" "$bin" items $r "$work/notes.txt"
run "actions.txt" "items actions.txt" "$bin" items $r "$work/actions.txt"
run "8,000 unknown headings, 8,000 groups" "lint --no-cache --roster roster-8000.yaml unknown-8000.txt" \
  "$bin" lint --no-cache --roster "$work/roster-8000.yaml" "$work/unknown-8000.txt"
run "8 MiB of unknown headings, 8,000 groups" \
  "lint --no-cache --roster roster-8000.yaml unknown-8mib.txt" \
  "$bin" lint --no-cache --roster "$work/roster-8000.yaml" "$work/unknown-8mib.txt"
run "{{#groups}} nested 12 deep" "new --date 2011-03-22 --dry-run" \
  "$bin" new --roster "$work/t12/roster.yaml" --date 2011-03-22 --dry-run
run "{{#groups}} nested 8 deep" "new --date 2011-03-22 --stdout" \
  "$bin" new --roster "$work/t8/roster.yaml" --date 2011-03-22 --stdout
exit 0

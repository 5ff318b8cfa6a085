#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from a seed corpus made
# of the project's own fixtures. Crashers land in fuzz-out/<target>/.
# Targets: FuzzTopic (parser, lint rules, carry-forward), FuzzRoster (roster
# loading), FuzzSubmit (a random topic and section: the topic outside the
# section unchanged byte for byte, META lines kept), FuzzTemplate (page and
# section templates: within the budget, never rendering for ever).
#   usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTopic FuzzRoster FuzzSubmit FuzzTemplate)
export MINUTES_FUZZ=1
for target in "${targets[@]}"; do
  swift build -c release --scratch-path .build-fuzz --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
  bin=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/$target
  seeds=fuzz-out/$target/seeds
  rm -rf "$seeds"
  mkdir -p "$seeds" "fuzz-out/$target/crashes" "fuzz-out/$target/corpus"
  # Topics and templates seed the topic target, rosters the roster target
  # (copied under unique names: many fixtures are called roster.yaml).
  case $target in
    FuzzRoster) kinds=(-name '*.yaml') ;;
    *) kinds=(-name '*.txt' -o -name '*.twiki') ;;
  esac
  find Tests roster.yaml templates -type f \( -path '*Fixtures*' -o -name roster.yaml -o -name '*.twiki' \) \
    \( "${kinds[@]}" \) -print0 |
    while IFS= read -r -d '' file; do cp "$file" "$seeds/$(printf '%s' "$file" | tr '/' '_')"; done
  # FuzzSubmit reads a group byte, a topic, NUL, a section; FuzzTemplate a
  # page template, NUL, a section template: seeds pair the fixtures up.
  case $target in
    FuzzSubmit | FuzzTemplate)
      paired=$(mktemp -d)
      mv "$seeds"/* "$paired/" 2>/dev/null || true
      n=0
      for file in "$paired"/*; do
        n=$((n + 1))
        case $target in
          FuzzSubmit)
            { printf '%d' $((n % 9)); cat "$file"; printf '\0'
              printf '   * Three new users\n%s\n' '<!-- a note -->'; } >"$seeds/$n"
            ;;
          FuzzTemplate)
            { cat templates/page.twiki; printf '\0'; cat "$file"; } >"$seeds/$n"
            ;;
        esac
      done
      rm -rf "$paired"
      ;;
  esac
  # -detect_leaks=0: Swift keeps enum payload pointers with tag bits that
  # LeakSanitizer cannot follow, so values built once for the whole run (the
  # roster's parsed check equations) are reported as leaked at exit. Memory
  # errors, crashes, timeouts and the RSS limit are still caught.
  ASAN_OPTIONS=detect_leaks=0 \
    "$bin" -max_total_time="$seconds" -artifact_prefix="fuzz-out/$target/crashes/" \
    -print_final_stats=1 -rss_limit_mb=4096 -timeout=10 -detect_leaks=0 \
    "fuzz-out/$target/corpus" "$seeds" 2>&1 | tee "fuzz-out/$target/log.txt" | tail -15 || true
done

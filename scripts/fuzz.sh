#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) from a seed corpus made
# of the project's own fixtures. Crashers land in fuzz-out/<target>/.
#   usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzTopic)
export MINUTES_FUZZ=1
for target in "${targets[@]}"; do
  swift build -c release --scratch-path .build-fuzz --product "$target" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
  bin=$(swift build -c release --scratch-path .build-fuzz --show-bin-path)/$target
  seeds=fuzz-out/$target/seeds
  mkdir -p "$seeds" "fuzz-out/$target/crashes" "fuzz-out/$target/corpus"
  find Tests -path '*Fixtures*' -type f \( -name '*.txt' -o -name '*.twiki' -o -name '*.yaml' \) \
    -exec cp {} "$seeds/" \;
  "$bin" -max_total_time="$seconds" -artifact_prefix="fuzz-out/$target/crashes/" \
    -print_final_stats=1 "fuzz-out/$target/corpus" "$seeds" 2>&1 | tail -15 || true
done

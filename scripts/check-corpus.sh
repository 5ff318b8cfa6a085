#!/usr/bin/env bash
# Runs the corpus checks against a folder of real topics (default: ../shared/corpus).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=$(cd "${1:-../shared/corpus}" && pwd)
MINUTES_CORPUS="$corpus" swift test --filter CorpusTests 2>&1 | grep -E "corpus:|passed|failed|error"

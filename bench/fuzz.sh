#!/usr/bin/env bash
# The long fuzz run (the suite runs a short one): builds bench/Candor.Fuzz in Release (into /tmp/candor-fuzz-build,
# or CANDOR_BENCH_BUILD) and sends that many generated inputs to the engine and to the bot's Teams and Slack
# endpoints on loopback. Prints inputs and statuses per family, latency, background answers, warnings, peak
# memory and every failure (with the seed and index that regenerate its input); exits 1 on any failure.
#
#   bench/fuzz.sh [inputs] [seed] [concurrency]      (default 100000 20251116 2)
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench_dir")"
build="${CANDOR_BENCH_BUILD:-/tmp/candor-fuzz-build}"
cd "$repo"
echo "Bot: $(git rev-parse --short HEAD)"
dotnet build -c Release bench/Candor.Fuzz --artifacts-path "$build" -v q -nologo >/dev/null
dotnet "$build/bin/Candor.Fuzz/release/Candor.Fuzz.dll" "$@"

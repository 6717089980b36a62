#!/usr/bin/env bash
# Teams load on loopback: builds the bot and the load tool in Release, runs the bot as its own process in
# local mode with a fake Bot Connector, and posts activities at the given concurrency.
#
#   bench/load-teams.sh [requests] [concurrency]     # default 2000 at 200
#
# Prints acknowledgement and end-to-end latency (p50/p99), throughput, errors and the bot's peak RSS.
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench_dir")"
build="${CANDOR_BENCH_BUILD:-/tmp/candor-load-build}"
cd "$repo"
echo "Bot: $(git rev-parse --short HEAD)"
dotnet build -c Release bot/Candor.Bot --artifacts-path "$build" -v q -nologo >/dev/null
dotnet run -c Release --project bench/Candor.Load --artifacts-path "$build" -- "$build/bin/Candor.Bot/release/candor.dll" "${1:-2000}" "${2:-200}"

#!/usr/bin/env bash
# What load-teams.sh and load-slack.sh share: builds the bot and bench/Candor.Load in Release (into
# /tmp/candor-load-build, or CANDOR_BENCH_BUILD) and runs the load tool on the built bot.
#
#   bench/load.sh teams [requests] [concurrency] [warm-up-s]
#   bench/load.sh slack [requests] [concurrency] [warm-up-s] [slack-delay-ms]
set -euo pipefail
bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench_dir")"
build="${CANDOR_BENCH_BUILD:-/tmp/candor-load-build}"
mode="$1"
shift
cd "$repo"
echo "Bot: $(git rev-parse --short HEAD)"
dotnet build -c Release bot/Candor.Bot --artifacts-path "$build" -v q -nologo >/dev/null
dotnet run -c Release --project bench/Candor.Load --artifacts-path "$build" -- "$mode" "$build/bin/Candor.Bot/release/candor.dll" "$@"

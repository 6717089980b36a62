#!/usr/bin/env bash
# Teams load on loopback: builds the bot and the load tool in Release, runs the bot as its own process in
# local mode with a fake Bot Connector, and posts activities at the given concurrency.
#
#   bench/load-teams.sh [requests] [concurrency]     # default 2000 at 200
#
# Prints acknowledgement and end-to-end latency (p50/p99), throughput, errors and the bot's peak RSS.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/load.sh" teams "${1:-2000}" "${2:-200}"

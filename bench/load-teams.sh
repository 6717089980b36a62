#!/usr/bin/env bash
# Teams load on loopback: builds the bot and the load tool in Release, runs the bot as its own process in
# local mode with a fake Bot Connector, and has `concurrency` people post activities, each waiting for the
# answer before the next.
#
#   bench/load-teams.sh [requests] [concurrency] [warm-up-s]     # default 2000 at 200, 20 s warm-up
#
# Prints throughput, acknowledgement and end-to-end latency (p50/p99), errors, the bot's CPU per message and peak RSS.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/load.sh" teams "${1:-2000}" "${2:-200}" "${3:-20}"

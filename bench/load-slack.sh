#!/usr/bin/env bash
# Slack load on loopback: builds the bot and the load tool in Release, runs the bot as its own process in
# local mode with Slack enabled and a fake Slack Web API, and has `concurrency` people post signed app mentions,
# each waiting for the answer before the next.
#
#   bench/load-slack.sh [requests] [concurrency] [slack-delay-ms] [warm-up-s]   # default 2000 at 200, Slack answering at once, 20 s warm-up
#
# Prints throughput, acknowledgement and end-to-end latency (p50/p99), errors, the bot's CPU per message and peak RSS.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/load.sh" slack "${1:-2000}" "${2:-200}" "${4:-20}" "${3:-0}"

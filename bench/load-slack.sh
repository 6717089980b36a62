#!/usr/bin/env bash
# Slack load on loopback: builds the bot and the load tool in Release, runs the bot as its own process in
# local mode with Slack enabled and a fake Slack Web API, and posts signed app mentions at the given concurrency.
#
#   bench/load-slack.sh [requests] [concurrency] [slack-delay-ms]     # default 2000 at 200, Slack answering at once
#
# Prints acknowledgement and end-to-end latency (p50/p99), throughput, errors and the bot's peak RSS.
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/load.sh" slack "${1:-2000}" "${2:-200}" "${3:-0}"

#!/usr/bin/env bash
# Runs the engine benchmarks (bench/Candor.Benchmarks) in Release and prints GitHub-markdown result tables.
#
#   bench/run-engine.sh                            # every benchmark
#   bench/run-engine.sh --filter '*ParseScaling*'  # any BenchmarkDotNet arguments replace the default filter
#
# Environment: CANDOR_BENCH_BUILD (build output, default /tmp/candor-bench-build) and CANDOR_BENCH_RESULTS
# (reports, default bench/BenchmarkDotNet.Artifacts, which .gitignore ignores).
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$bench_dir")"
build="${CANDOR_BENCH_BUILD:-/tmp/candor-bench-build}"
results="${CANDOR_BENCH_RESULTS:-$bench_dir/BenchmarkDotNet.Artifacts}"

if [[ $# -eq 0 ]]; then
  set -- --filter '*'
fi

# --inProcess: the default toolchain generates a project per run and rebuilds Candor.Analysis into its own
# bin/ and obj/, which collides with other builds in a shared tree; in-process runs the Release build above.
# The job is shorter than BenchmarkDotNet's default but keeps 15 measured iterations of 500 ms each, enough
# for a stable median (the 99.9% confidence interval is the Error column). The 40 warm-ups matter: with 10,
# tiered JIT was still optimising the source-generated regexes during the measured iterations and the
# 200-comment thread fell from 10 ms to 4.6 ms while being measured. The default configuration already
# exports GitHub markdown (results/*-report-github.md).
cd "$repo"
rm -rf "$results/results"
# The figures only mean something next to the engine version they were measured on.
echo "Engine: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- bot/Candor.Analysis || echo ' + uncommitted changes in bot/Candor.Analysis')"
dotnet run -c Release --project bench/Candor.Benchmarks --artifacts-path "$build" -- \
  --inProcess --launchCount 1 --warmupCount 40 --iterationCount 15 --iterationTime 500 \
  --artifacts "$results" "$@"

for report in "$results"/results/*-report-github.md; do
  echo
  echo "## $(basename "$report" -report-github.md)"
  cat "$report"
done

#!/usr/bin/env bash
# Runs the `run` fuzz target for a while in batches of a few minutes: every input
# starts a VM that is never freed, so one long libFuzzer process would run out of
# memory; the corpus carries the progress from batch to batch.
# Usage: fuzz/run_batches.sh [total seconds (default 1800)] [seconds per batch (180)]
set -uo pipefail
cd "$(dirname "$0")"
total=${1:-1800}
batch=${2:-180}
end=$(( $(date +%s) + total ))
n=0
while [ "$(date +%s)" -lt "$end" ]; do
    n=$((n + 1))
    ASAN_OPTIONS=detect_leaks=0 RUSTC_BOOTSTRAP=1 cargo fuzz run run -- \
        -max_total_time="$batch" -close_fd_mask=3 -rss_limit_mb=12000 -timeout=30 \
        -detect_leaks=0 > "batch.log" 2>&1
    rc=$?
    echo "batch $n: exit $rc, $(grep -oE '^#[0-9]+' batch.log | tail -1) executions"
    if [ "$rc" -ne 0 ]; then
        cp batch.log "batch-$n-failed.log"
        echo "  finding: see fuzz/batch-$n-failed.log and fuzz/artifacts/run/"
    fi
done

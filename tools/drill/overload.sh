#!/usr/bin/env bash
# Overload drill (issue 16): a store filled from ACLED, `annals serve`, and the open-loop
# load generator at 200, 500, 1,000 and 2,000 requests/s for 30 s each. Prints p50/p99 and
# status counts per rate, the server's largest RSS and its descriptors after each run.
#
#	tools/drill/overload.sh [RATE...]
source "$(dirname "$0")/common.sh"
bench=${BENCH:-$repo/../shared/bench/events/acled-dev.jsonl}
db=$work/acled.db
"$work/annals" ingest --db "$db" "$bench" >/dev/null 2>"$work/ingest.log"
serve "$db" 18090
rates=("$@")
[ $# -gt 0 ] || rates=(200 500 1000 2000)
for rate in "${rates[@]}"; do
	echo "== $rate requests/s for ${DURATION:-30s}"
	"$work/loadgen" -rate "$rate" -duration "${DURATION:-30s}" -pid "$pid" http://127.0.0.1:18090
done
stop "$db"

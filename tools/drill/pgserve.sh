#!/usr/bin/env bash
# The read drill of issue 14 on PostgreSQL: two `annals serve --db postgres://...`
# processes on one database (acled-dev ingested, plus 100,000 synthetic events), the
# request mix of tools/loadgen sent to both at once at rising rates (half each, an open
# loop, 15 s a step); the highest total rate whose p99 stays under 50 ms on both is the
# answer. Needs what fleet.sh needs (no nats-server).
#
#   [RATES="50 100 200"] [LOADGEN_FLAGS=-events-only] tools/drill/pgserve.sh [ARTICLES.jsonl]
#
# LOADGEN_FLAGS=-events-only sends only the mix's /api/events requests, the issue's own
# measure; without it the whole mix (series, escalations, actors, pages) is sent.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
input=${1:-$repo/../shared/bench/events/acled-dev.jsonl}
nats=true # fleetlib.sh's nats-server helpers are not used here
source "$(dirname "${BASH_SOURCE[0]}")/fleetlib.sh"
(cd "$repo" && go build -o "$work/genevents" ./tools/genevents)
db=$(newdb serve)
"$work/annals" ingest --db "$db" "$input" 2>/dev/null
"$work/genevents" -db "$db" -events 100000
psql -q "$db" -c "VACUUM ANALYZE"
serve "$db" 18181; pid1=$pid
serve "$db" 18182; pid2=$pid
trap 'kill -TERM $pid1 $pid2 2>/dev/null; wait $pid1 $pid2 2>/dev/null; as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; rm -rf "$pgdir"' EXIT
for rate in ${RATES:-50 100 200 400 800 1600}; do
	half=$((rate / 2))
	"$work/loadgen" -rate "$half" -duration 15s $LOADGEN_FLAGS http://127.0.0.1:18181 >"$work/load1.txt" 2>&1 &
	l1=$!
	"$work/loadgen" -rate "$half" -duration 15s $LOADGEN_FLAGS http://127.0.0.1:18182 >"$work/load2.txt" 2>&1
	wait "$l1"
	echo "== $rate requests/s in all ($half to each server); load average $(cut -d' ' -f1 /proc/loadavg)"
	for i in 1 2; do echo "server $i: $(grep -h 'requests in' "$work/load$i.txt") | $(grep -h 'answered 2xx' "$work/load$i.txt" | sed 's/^ *//')"; done
done

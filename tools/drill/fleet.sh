#!/usr/bin/env bash
# The fleet drill of issue 14: acled-dev coded through NATS JetStream by 3 `annals worker`
# processes into PostgreSQL, with one worker killed (-9) and restarted and nats-server
# restarted once mid-run; the final record is compared with one clean SQLite ingest of the
# same file (articles, events, distinct event ids, digest of the sorted ids). Then the
# throughput with 1, 2 and 3 workers, and PostgreSQL's insert rate (go test -bench).
#
#   tools/drill/fleet.sh [ARTICLES.jsonl]     (default ../shared/bench/events/acled-dev.jsonl)
#
# Needs: Debian's postgresql (initdb, pg_ctl under /usr/lib/postgresql/*/bin; started here on
# a temporary directory, as the postgres user when run as root) or PG=postgres://... of a
# server where this user may CREATE DATABASE; nats-server on PATH or built here from the Go
# module. Everything listens on 127.0.0.1.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
input=${1:-$repo/../shared/bench/events/acled-dev.jsonl}
(cd "$repo" && go build -o "$work/storecount" ./tools/storecount)
if command -v nats-server >/dev/null; then nats=$(command -v nats-server); else
	(cd "$repo" && go build -o "$work/nats-server" github.com/nats-io/nats-server/v2); nats=$work/nats-server
fi
source "$(dirname "${BASH_SOURCE[0]}")/fleetlib.sh"
echo "input: $input ($(wc -l <"$input") lines); nats-server $("$nats" --version | awk '{print $2}'); work: $work"

echo "== reference: one clean SQLite ingest"
t0=$(now)
"$work/annals" ingest --db "$work/ref.db" "$input" >"$work/ref.out" 2>"$work/ref.err" || true
echo "ingest: $(cat "$work/ref.out") (wall $(since "$t0") s)"
ref=$("$work/storecount" --db "$work/ref.db"); echo "sqlite:   $ref"

echo "== fleet: 3 workers into PostgreSQL; kill -9 one and restart it; restart nats-server"
db=$(newdb fleet)
start_nats
for i in 1 2 3; do start_worker "$i" "$db" 1; done
t0=$(now)
"$work/annals" submit --nats "$natsurl" "$input" 2>/dev/null
wait_stored "$db" 400
echo "$(stored "$db") articles stored: kill -9 worker 2 (pid ${wpid[2]})"
kill -9 "${wpid[2]}"; wait "${wpid[2]}" 2>/dev/null || true
sleep 1; start_worker 2 "$db" 1
wait_stored "$db" 900
echo "$(stored "$db") articles stored: restart nats-server"
kill -TERM "$natspid"; wait "$natspid" 2>/dev/null || true
sleep 2; start_nats
wait_drained
echo "drained in $(since "$t0") s"
"$work/annals" status --nats "$natsurl"
"$work/annals" dlq --nats "$natsurl" | head -5
for i in 1 2 3; do echo "worker $i: $(grep -h "^annals_worker_" "$work/metrics-$i.txt" 2>/dev/null | grep -v lag | sed 's/annals_worker_//; s/_total//' | tr '\n' ' ')"; done
stop_workers
got=$("$work/storecount" --db "$db"); echo "postgres: $got"
if [ "$got" = "$ref" ]; then echo "PASS: the same articles and events as the SQLite ingest: 0 lost, 0 duplicated"; else echo "FAIL: the records differ"; fi
stop_nats

echo "== throughput: 1, 2, 3 workers of one coding loop each, then of 4 (articles/s)"
for run in 1x1 2x1 3x1 1x4 2x4 3x4; do
	n=${run%x*}; loops=${run#*x}
	db=$(newdb "tp$n$loops"); rm -rf "$work/js"; start_nats
	"$work/annals" submit --nats "$natsurl" "$input" >/dev/null 2>&1
	t0=$(now)
	for i in $(seq 1 "$n"); do start_worker "$i" "$db" "$loops"; done
	wait_drained
	secs=$(since "$t0"); count=$(stored "$db")
	echo "$n worker(s) x $loops loop(s): $count articles in $secs s: $(awk -v a="$count" -v s="$secs" 'BEGIN{printf "%.1f", a/s}') articles/s; CPU s (user+sys) workers $(cpu_of "${wpid[@]}"), postgres $(cpu_pg), nats $(cpu_of "$natspid")"
	stop_workers; stop_nats
done

echo "== PostgreSQL insert rate (8 events an article; storetest.BenchPut)"
(cd "$repo" && ANNALS_TEST_POSTGRES=$(dsn postgres) go test -run '^$' -bench 'PutArticle' -benchtime 2000x ./store/postgres ./store/sqlite | grep -E "^Benchmark|^ok")

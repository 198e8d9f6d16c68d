# Helpers of fleet.sh: a temporary PostgreSQL, nats-server, workers. Sourced, not run.
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b-a}'; }

# PostgreSQL: $PG, or a server of our own on a temporary directory.
if [ -z "${PG:-}" ]; then
	pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	pgdir=$(mktemp -d /tmp/annals-pg.XXXXXX) # not under $work, which only its owner may enter
	as_pg() { (cd / && "$@"); }
	if [ "$(id -u)" = 0 ]; then chown postgres "$pgdir"; as_pg() { (cd / && runuser -u postgres -- "$@"); }; fi
	pgport=$((56000 + RANDOM % 1000))
	as_pg "$pgbin/initdb" -D "$pgdir/data" -A trust -U annals -E UTF8 --locale=C >/dev/null
	as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w -o "-k $pgdir -p $pgport -c listen_addresses=127.0.0.1" start >/dev/null
	PG="postgres://annals@127.0.0.1:$pgport/postgres"
	trap 'as_pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null; rm -rf "$pgdir"' EXIT
fi
dsn() { echo "${PG%/*}/$1"; }
newdb() { psql -q "$PG" -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1" >/dev/null; dsn "$1"; }
stored() { psql -tA "$1" -c "SELECT count(*) FROM articles" 2>/dev/null || echo 0; }

natsport=$((15000 + RANDOM % 1000)); natsurl=nats://127.0.0.1:$natsport
start_nats() {
	"$nats" -js -sd "$work/js" -a 127.0.0.1 -p "$natsport" >>"$work/nats.log" 2>&1 &
	natspid=$!
	until "$work/annals" status --nats "$natsurl" >/dev/null 2>&1; do sleep 0.2; done
}
stop_nats() { kill -TERM "$natspid"; wait "$natspid" 2>/dev/null || true; }

declare -A wpid
# start_worker I DB CONCURRENCY: worker I, with /metrics on port 19460+I.
start_worker() {
	"$work/annals" worker --nats "$natsurl" --db "$2" --concurrency "$3" --ack-wait 10s \
		--metrics-addr "127.0.0.1:$((19460 + $1))" 2>>"$work/worker-$1.log" &
	wpid[$1]=$!
}
stop_workers() {
	for i in "${!wpid[@]}"; do
		curl -s "127.0.0.1:$((19460 + i))/metrics" >"$work/metrics-$i.txt" 2>/dev/null || true
		kill -TERM "${wpid[$i]}" 2>/dev/null || true; wait "${wpid[$i]}" 2>/dev/null || true
	done
	wpid=()
}
wait_stored() { until [ "$(stored "$1")" -ge "$2" ]; do sleep 0.2; done; }
wait_drained() {
	until "$work/annals" status --nats "$natsurl" --json 2>/dev/null |
		grep -q '"articles":{[^}]*"messages":0,.*"pending":0,"ack_pending":0'; do sleep 0.5; done
	for i in "${!wpid[@]}"; do curl -s "127.0.0.1:$((19460 + i))/metrics" >"$work/metrics-$i.txt" 2>/dev/null || true; done
}

# cpu_of PID...: user+system CPU seconds of the processes so far.
cpu_of() {
	local t=0 p
	for p in "$@"; do t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done
	awk -v t="$t" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.1f", t/hz}'
}
# cpu_pg: CPU seconds of every postgres process so far (all databases; the drill's own server).
cpu_pg() { cpu_of $(pgrep -d ' ' -x postgres); }

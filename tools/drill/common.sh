# Shared by the drills: build annals into $work, start and stop `annals serve`.
# Sourced, not run. Every server listens on 127.0.0.1 only.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=${WORK:-$(mktemp -d /tmp/annals-drill.XXXXXX)}
(cd "$repo" && go build -o "$work/annals" ./cmd/annals && go build -o "$work/loadgen" ./tools/loadgen)

# serve DB PORT: starts the server in the background and sets $pid once it listens.
serve() {
	"$work/annals" serve --db "$1" --addr "127.0.0.1:$2" ${SERVE_FLAGS:-} 2>"$work/serve-$2.log" &
	pid=$!
	until grep -q 'msg=serving' "$work/serve-$2.log"; do sleep 0.1; kill -0 "$pid"; done
}

# stop: SIGTERM, wait, and check that the store was closed cleanly.
stop() {
	local db=$1
	kill -TERM "$pid"
	wait "$pid" && echo "server stopped cleanly (exit 0)"
	for f in "$db-wal" "$db-shm"; do
		if [ -e "$f" ]; then echo "FAIL: $f left after shutdown"; else echo "no $(basename "$f") left"; fi
	done
}

rss_mb() { awk '/VmRSS/ {printf "%.1f", $2/1024}' "/proc/$1/status"; }

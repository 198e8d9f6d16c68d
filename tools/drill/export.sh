#!/usr/bin/env bash
# Export drill (issue 16): 100,000 synthetic events (tools/genevents) in a store, one full
# CSV export through `annals serve`, timed, with the server's RSS sampled throughout.
source "$(dirname "$0")/common.sh"
events=${EVENTS:-100000}
db=$work/export.db
[ -e "$db" ] || (cd "$repo" && go run ./tools/genevents -db "$db" -events "$events")
serve "$db" 18092
before=$(rss_mb "$pid")
(while kill -0 "$pid" 2>/dev/null; do rss_mb "$pid"; echo; sleep 0.05; done) >"$work/rss.txt" &
curl -s -o "$work/export.csv" -w 'CSV export: status %{http_code}, %{time_total} s, %{size_download} bytes\n' \
	'http://127.0.0.1:18092/api/export?format=csv'
echo "rows (without the header): $(($(wc -l <"$work/export.csv") - 1)) of $events"
echo "server RSS: $before MB before, max $(sort -n "$work/rss.txt" | tail -1) MB during"
stop "$db"

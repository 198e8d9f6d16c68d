#!/usr/bin/env bash
# Large-post drill (issue 16): POST a body of just under 16 MiB of JSON Lines articles
# (ACLED texts made distinct by a suffix, every 100th line broken on purpose) and follow
# the job until done: every line must be stored or rejected.
source "$(dirname "$0")/common.sh"
bench=${BENCH:-$repo/../shared/bench/events/acled-dev.jsonl}
body=$work/body.jsonl
limit=$((16 << 20))
# Lines of the bench with new ids and a numbered last sentence, until the next would not fit.
python3 - "$bench" "$body" "$limit" <<'PY'
import json, sys
src, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
lines = [json.loads(l) for l in open(src)]
size, n = 0, 0
with open(out, "w") as f:
    while True:
        a = dict(lines[n % len(lines)])
        a["id"] = "post-%d" % n
        a["text"] = a["text"] + " (Copy %d.)" % n
        line = ("{broken line %d\n" % n) if n % 100 == 99 else json.dumps(a) + "\n"
        if size + len(line.encode()) > limit:
            break
        f.write(line); size += len(line.encode()); n += 1
print("body: %d lines, %d bytes (limit %d)" % (n, size, limit))
PY
db=$work/post.db
rm -f "$db"
export ANNALS_TOKEN=drill
SERVE_FLAGS="${SERVE_FLAGS:-} --create" serve "$db" 18091
start=$(date +%s.%N)
reply=$(curl -s -w '\n%{http_code} %{time_total}s' -H "Authorization: Bearer $ANNALS_TOKEN" --data-binary @"$body" http://127.0.0.1:18091/api/articles)
echo "POST answered: $(echo "$reply" | tail -1)"
id=$(echo "$reply" | head -1 | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
maxrss=0
while :; do
	job=$(curl -s -H "Authorization: Bearer $ANNALS_TOKEN" "http://127.0.0.1:18091/api/jobs/$id")
	r=$(rss_mb "$pid"); maxrss=$(python3 -c "print(max($maxrss, $r))")
	echo "$job" | python3 -c 'import json,sys; j=json.load(sys.stdin); sys.exit(0 if j["done"] else 1)' && break
	sleep 1
done
end=$(date +%s.%N)
echo "$job" | python3 -c '
import json, sys
j = json.load(sys.stdin); lines = int(sys.argv[1])
print("job %s after %.0f s: lines %d, stored %d (added %d), events %d, rejected %d (%d messages kept)" % (
    j["state"], float(sys.argv[2]), j["lines"], j["stored"], j["added"], j["events"], j["rejected_count"], len(j["rejected"])))
ok = j["state"] == "done" and j["stored"] + j["rejected_count"] == lines == j["lines"]
print("every line accounted for" if ok else "FAIL: %d stored + %d rejected != %d lines" % (j["stored"], j["rejected_count"], lines))
' "$(wc -l <"$body")" "$(python3 -c "print($end-$start)")"
echo "server RSS max while coding: $maxrss MB"
stop "$db"

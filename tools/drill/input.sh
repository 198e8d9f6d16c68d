#!/usr/bin/env bash
# Input drill (issue 16.1, 16.2, 16.3, 16.5): inputs that crashed, hung, grew without bound
# or took quadratic time. Each case runs under a timeout and reports its exit status, wall
# time and peak memory; on main before the fix the loop overflowed the stack, /dev/zero and
# endless pipes never ended, bad lines held 1.42 GB and the long articles took 33 s or never
# finished. Usage: tools/drill/input.sh (WORK=dir to keep the files).
source "$(dirname "$0")/common.sh"
cd "$work"
fail=0

# run LABEL TIMEOUT CMD...: runs CMD with its output discarded and prints its exit status,
# wall and CPU seconds (CPU is the steadier figure on a shared machine) and peak memory.
run() {
	local label=$1 limit=$2
	shift 2
	local rc=0 secs cpu kb
	/usr/bin/time -f '%e %U %M' -o time.txt timeout "$limit" "$@" >out.txt 2>err.txt || rc=$?
	read -r secs cpu kb < <(tail -1 time.txt) || true
	printf '%-46s rc %-3s %6.2f s wall %6.2f s cpu %5d MB  %s\n' "$label" "$rc" "${secs:-0}" "${cpu:-0}" "$(( ${kb:-0} / 1024 ))" "$(grep -m1 -o 'annals [a-z]*: .\{0,70\}' err.txt || true)"
	if [ "$rc" = 124 ] || [ "$rc" -gt 128 ]; then fail=1; fi
}

# 16.1: a link named like a text file that points back up the tree.
rm -rf loop && mkdir loop && echo "Rebels attacked a military convoy." >loop/a.txt && ln -s . loop/self.txt
for cmd in code times; do run "$cmd loop/ (ln -s . loop/self.txt)" 60 ./annals "$cmd" --published 2021-05-14 loop; done
run "ingest loop/" 60 ./annals ingest --db loop.db --published 2021-05-14 loop

# 16.2: devices and pipes that never end.
run "code /dev/zero" 60 ./annals code /dev/zero
run "code < /dev/zero (stdin)" 60 sh -c './annals code </dev/zero'
run "yes | code (endless text pipe)" 60 sh -c 'yes | ./annals code'
run "yes {bad | code --max-total-bytes 1e7" 120 sh -c 'yes "{bad" | ./annals code --input jsonl --max-total-bytes 10000000 2>&1 >/dev/null | tail -1 >&2'
run "endless good JSONL --max-total-bytes 2000000" 120 sh -c 'yes "{\"id\":\"a\",\"published\":\"2021-05-14\",\"text\":\"Rebels attacked a convoy.\"}" | ./annals code --max-total-bytes 2000000'

# 16.5: 4 million bad JSON Lines, rejected as they are met (peak memory is the figure).
python3 -c 'import sys; sys.stdout.write("{bad line\n" * 4000000)' >bad.jsonl
run "code bad.jsonl (4,000,000 bad lines)" 300 ./annals code bad.jsonl
echo "  messages printed: $(grep -c 'malformed JSON' err.txt || true)"

# 16.3: long articles, linear time.
python3 - <<'PY'
import json
names = ("Aleppo Homs Idlib Damascus Raqqa Hama Latakia Tartus Daraa Kobani Baghdad Mosul Basra Kirkuk Erbil "
         "Kabul Kandahar Herat Lagos Kano Abuja Maiduguri Kyiv Kharkiv Odesa Lviv Dnipro Mariupol Donetsk Luhansk "
         "Gaza Rafah Jenin Nablus Hebron Beirut Tyre Sidon Sanaa Aden").split()
def put(name, text):
    with open(name, "w") as f:
        f.write(json.dumps({"id": name, "published": "2024-03-01", "text": text}) + "\n")
put("russia.jsonl", "Russia attacked Ukraine. " * 20000)
put("attack.jsonl", "attack " * 100000)
put("places.jsonl", "Fighting was reported in " + ", ".join(names[i % len(names)] for i in range(40000)) + ".")
PY
for f in russia attack places; do run "code $f.jsonl ($(wc -c <$f.jsonl) bytes)" 120 ./annals code --workers 1 $f.jsonl; done

[ "$fail" = 0 ] && echo "drill passed: every case ended by itself" || { echo "FAIL: a case timed out or crashed"; exit 1; }

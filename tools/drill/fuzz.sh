#!/usr/bin/env bash
# The fuzz drill of issue 16: every fuzz target of the repository, one after another, for
# FUZZTIME each (default 10m), JOBS at once (default 1: each fuzzer uses every core it is
# given), each with PARALLEL fuzzing workers (default: as many as processors; with JOBS=2
# on 2 processors, PARALLEL=1 gives each target one). Prints one line a target with its executions and whether it failed; a failing
# input is kept by `go test` under the package's testdata/fuzz/ for the test suite to replay.
#
#   [FUZZTIME=10m] [JOBS=1] [PARALLEL=n] tools/drill/fuzz.sh
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$repo"
out=$(mktemp -d /tmp/annals-fuzz.XXXXXX)
fuzztime=${FUZZTIME:-10m}
jobs=${JOBS:-1}
parallel=${PARALLEL:-$(nproc)}

# targets lists "package target" for every func FuzzX in a _test.go file.
targets() {
	grep -rl --include='*_test.go' '^func Fuzz' . | sort | while read -r f; do
		for t in $(grep -o '^func Fuzz[A-Za-z0-9_]*' "$f" | sed 's/^func //'); do
			echo "./$(dirname "${f#./}") $t"
		done
	done
}

run() {
	# Several packages have a target of one name (FuzzLoad): the log is named by both.
	local pkg=$1 target=$2 log="$out/$(echo "${1#./}" | tr / -)-$2.log"
	if go test -run '^$' -fuzz "^$target\$" -fuzztime "$fuzztime" -parallel "$parallel" "$pkg" >"$log" 2>&1; then
		result=ok
	else
		result=FAIL
	fi
	execs=$(grep -o 'execs: [0-9]*' "$log" | tail -1 | awk '{print $2}')
	printf '%-5s %-28s %-24s %12s execs in %s\n' "$result" "$target" "$pkg" "${execs:-?}" "$fuzztime"
}

n=0
while read -r pkg target; do
	run "$pkg" "$target" &
	n=$((n + 1))
	if [ $((n % jobs)) -eq 0 ]; then wait; fi
done < <(targets)
wait
echo "logs in $out"

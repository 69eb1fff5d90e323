#!/usr/bin/env bash
# The intelligence stage's share of a page's CPU time in a long-running worker (issue #6: at most 30%).
#
#   deploy/bench-stage-share.sh [BINARY] [ROUNDS] [OTHER-BINARY]
#
# BINARY defaults to .build/release/newsmill (build it with
# `swift build -c release --static-swift-stdlib --product newsmill`); ROUNDS to 15. With OTHER-BINARY the two
# builds run in alternate rounds and both are reported: drift of the machine over minutes, which moves one
# build's share by several points between runs, then touches both alike.
#
# The shared benchmark's 181 pages are read once and six times in one process, with and without
# `--no-analysis`; one-time set-up (gazetteer map, word-list tables) cancels out of the differences:
#   stage per 181 pages = ((six with - once with) - (six without - once without)) / 5
#   rest per 181 pages  = (six without - once without) / 5
# Each round runs the four commands one after another, so drift on a shared machine touches all four;
# the figures are the medians of each command's `perf stat` task-clock over the rounds. On a virtual
# machine one round varies by several points; read the share to about +-2 points with 15 rounds.
#
# Each round also runs the six passes once with `extract --stage-times`, which times the stage and the
# rest of each page's extraction on the thread's CPU clock inside one process: drift touches both
# alike, so this share moves by about a point between runs where the differences above move by ten.
# With OTHER-BINARY the last line gives the per-round difference of the two builds' in-process shares.
# It counts what the stage's own code takes; the differences also count what the stage adds outside it
# (writing its entities and quotes as JSON, its effect on the caches of the code after it). Builds
# without --stage-times skip it.
set -euo pipefail
cd "$(dirname "$0")/.."
binary="${1:-.build/release/newsmill}"
rounds="${2:-15}"
other="${3:-}"
shared="${NEWSMILL_SHARED:-$PWD/../shared}"
pages="${TMPDIR:-/tmp}/newsmill-pages181"

command -v perf >/dev/null || { echo "perf is needed (Debian: linux-perf)" >&2; exit 1; }
if [ ! -s "$pages/once.list" ]; then
    mkdir -p "$pages"
    for file in "$shared"/benchmarks/article-extraction/html/*.html.gz; do
        gunzip -c "$file" > "$pages/$(basename "$file" .gz)"
    done
    ls "$pages"/*.html > "$pages/once.list"
    for _ in 1 2 3 4 5 6; do cat "$pages/once.list"; done > "$pages/six.list"
fi

cpu_ms() {
    perf stat -x, -e task-clock "$3" extract --format jsonl --threads 1 $2 --file-list "$1" 2>&1 >/dev/null |
        awk -F, '/task-clock/ { print $1 }'
}

report() {
    python3 - "$@" <<'PY'
import statistics, sys
label, values = sys.argv[1], [float(v) for v in sys.argv[2:]]
once_with, six_with, once_without, six_without = (statistics.median(values[i::4]) for i in range(4))
stage = ((six_with - once_with) - (six_without - once_without)) / 5
rest = (six_without - once_without) / 5
print(f"{label}medians of {len(values) // 4} rounds (ms): with analysis {once_with:.1f} once, {six_with:.1f} six times; "
      f"without {once_without:.1f} once, {six_without:.1f} six times")
print(f"{label}long-run CPU time per 181 pages: stage {stage:.1f} ms on {rest:.1f} ms for the rest = +{100 * stage / rest:.1f}%")
PY
}

measure() {
    echo "$(cpu_ms "$pages/once.list" "" "$1")" "$(cpu_ms "$pages/six.list" "" "$1")" \
        "$(cpu_ms "$pages/once.list" --no-analysis "$1")" "$(cpu_ms "$pages/six.list" --no-analysis "$1")"
}

# The in-process share of one run over the six passes ("" when the build has no --stage-times).
in_process_share() {
    "$1" extract --format jsonl --threads 1 --stage-times --file-list "$pages/six.list" 2>&1 >/dev/null |
        sed -n 's/.*: +\([0-9.]*\)% over .*/\1/p' || true
}

report_in_process() {
    [ "$#" -gt 1 ] || return 0
    python3 - "$@" <<'PY'
import statistics, sys
label, values = sys.argv[1], [float(v) for v in sys.argv[2:]]
print(f"{label}in-process (extract --stage-times, thread CPU, six passes): stage +{statistics.median(values):.1f}% "
      f"on the rest (median of {len(values)} runs; range {min(values):.1f}-{max(values):.1f})")
PY
}

# The per-round difference of the two builds' in-process shares (rounds alternate the builds, so drift of the
# machine between rounds, which moves one build's share by a point, touches both): the figure to compare builds by.
report_paired() {
    python3 - "$@" <<'PY'
import statistics, sys
count = int(sys.argv[1])
first, second = [float(v) for v in sys.argv[2:2 + count]], [float(v) for v in sys.argv[2 + count:]]
if count < 2 or len(second) != count:
    sys.exit(0)
differences = [b - a for a, b in zip(first, second)]
print(f"paired: in-process share of the second build minus the first's, per round: median {statistics.median(differences):+.2f} "
      f"points (mean {statistics.mean(differences):+.2f}, {count} rounds)")
PY
}

samples=()
other_samples=()
shares=()
other_shares=()
for round in $(seq 1 "$rounds"); do
    if [ -n "$other" ] && [ $((round % 2)) -eq 0 ]; then
        other_samples+=($(measure "$other"))
        other_shares+=($(in_process_share "$other"))
        samples+=($(measure "$binary"))
        shares+=($(in_process_share "$binary"))
    else
        samples+=($(measure "$binary"))
        shares+=($(in_process_share "$binary"))
        if [ -n "$other" ]; then
            other_samples+=($(measure "$other"))
            other_shares+=($(in_process_share "$other"))
        fi
    fi
    echo "round $round of $rounds" >&2
done
if [ -n "$other" ]; then
    report "$binary: " "${samples[@]}"
    report_in_process "$binary: " "${shares[@]}"
    report "$other: " "${other_samples[@]}"
    report_in_process "$other: " "${other_shares[@]}"
    report_paired "${#shares[@]}" "${shares[@]}" "${other_shares[@]}"
else
    report "" "${samples[@]}"
    report_in_process "" "${shares[@]}"
fi

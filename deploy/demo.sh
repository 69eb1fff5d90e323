#!/usr/bin/env bash
# Quick start: builds Newsmill and runs the whole pipeline on the sample data the project carries
# (plain-text articles, HTML pages, RSS and Atom feeds, inside a directory, a tar.gz and a zip),
# then shows a search and a query. Installs missing system libraries first.
set -euo pipefail
cd "$(dirname "$0")/.."

deploy/bootstrap.sh
echo "==> building (release)"
swift build -c release --static-swift-stdlib --product newsmill 2>&1 | grep -E "error|warning: unre|Compiling newsmill|complete!" || true
bin="$(swift build -c release --show-bin-path)/newsmill"
[ -x "$bin" ] || { echo "build failed"; exit 1; }

out="${NEWSMILL_DEMO_DIR:-demo-output}"
mkdir -p "$out"
db="$out/news.db"
echo "==> newsmill run deploy/sample-data --db $db"
"$bin" run deploy/sample-data --db "$db" --workers 2
echo
echo "==> newsmill search --db $db \"ferry passengers\""
"$bin" search --db "$db" "ferry passengers" --limit 3
echo "==> newsmill query --db $db \"select kind, count(*) as n from articles group by kind\""
"$bin" query --db "$db" "select kind, count(*) as n from articles group by kind"
echo
echo "==> newsmill entities --db $db --top 8"
"$bin" entities --db "$db" --top 8
echo
echo "==> newsmill status --ledger $db.ledger   (the producer's job ledger: what a resumed run would pick up)"
"$bin" status --ledger "$db.ledger"
echo
echo "Database: $db  (try: sqlite3 $db, or datasette $db)"

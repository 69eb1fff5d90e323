#!/usr/bin/env bash
# Builds the HTML fuzz target (Fuzz/HTMLFuzzer.swift + all NewsmillCore sources, with a stand-in
# for swift-crypto) with libFuzzer and AddressSanitizer, then fuzzes for SECONDS (default 300).
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#
# Work files go to $FUZZ_WORK (default /tmp/newsmill-fuzz): the binary, the growing corpus (seeded
# from the HTML fixtures) and crashes (crash-*, timeout-*, oom-*). Keep each real finding as a
# regression fixture in Tests/NewsmillCoreTests/Fixtures/html/fuzz/ with a test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-300}"
shift || true
work="${FUZZ_WORK:-/tmp/newsmill-fuzz}"
mkdir -p "$work/build" "$work/corpus" "$work/crashes"

# The crypto stand-in is its own module so ArticleIdentity's `import Crypto` resolves.
swiftc -parse-as-library -emit-module -emit-object -module-name Crypto -sanitize=address \
    -emit-module-path "$work/build/Crypto.swiftmodule" -o "$work/build/Crypto.o" "$root/Fuzz/Stubs/Crypto.swift"

mapfile -t core < <(find "$root/Sources/NewsmillCore" -name '*.swift' | sort)
xml2_flags=$(pkg-config --cflags libxml-2.0)
swiftc -O -g -parse-as-library -sanitize=fuzzer,address -module-name NewsmillFuzz \
    -I "$work/build" -I "$root/Sources/CLibXML2" -I "$root/Sources/CUchardet" \
    $(for flag in $xml2_flags; do printf -- '-Xcc %s ' "$flag"; done) \
    "${core[@]}" "$root/Fuzz/HTMLFuzzer.swift" "$root/Fuzz/Stubs/BundleModule.swift" "$work/build/Crypto.o" \
    -lxml2 -luchardet -o "$work/html-fuzzer"

# Seed corpus: the HTML fixtures (regression crashers included).
find "$root/Tests/NewsmillCoreTests/Fixtures/html" -type f -name '*.html' -exec cp -n {} "$work/corpus/" \;

cd "$work/crashes"
"$work/html-fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=200000 -timeout=10 \
    -rss_limit_mb=4096 -artifact_prefix="$work/crashes/" -print_final_stats=1 "$@"

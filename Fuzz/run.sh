#!/usr/bin/env bash
# Builds a fuzz target (all NewsmillCore sources, with a stand-in for swift-crypto) with libFuzzer and
# AddressSanitizer, then fuzzes for SECONDS (default 300). FUZZ_TARGET picks the target:
#   html      Fuzz/HTMLFuzzer.swift: the HTML path (default)
#   document  Fuzz/DocumentFuzzer.swift: Extractor.extract on a document of any kind (detection,
#             charsets, feeds, JSON Feed, JSON Lines and CSV exports, text, article intelligence);
#             seeded also with the blind batches' texts as plain text (first byte 5: text/plain; charset=utf-8)
#   html-differential  Fuzz/HTMLDifferentialFuzzer.swift: HTMLParser's tree against libxml2's, node
#             for node (a difference is a finding)
#   feedxml   Fuzz/FeedXMLFuzzer.swift: XMLFastParser against libxml2 (differential), seeded from the
#             feed fixtures and, when ../shared is there, the feed conformance suite; Fuzz/xml.dict
#
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
#   FUZZ_TARGET=document Fuzz/run.sh 1800
#
# Work files go to $FUZZ_WORK (default /tmp/newsmill-fuzz-TARGET): the binary, the growing corpus
# (seeded from the test fixtures) and crashes (crash-*, timeout-*, oom-*). Keep each real finding as a
# regression fixture in Tests/NewsmillCoreTests/Fixtures/html/fuzz/ with a test.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-300}"
shift || true
target="${FUZZ_TARGET:-html}"
case "$target" in
    html) harness="$root/Fuzz/HTMLFuzzer.swift" ;;
    document) harness="$root/Fuzz/DocumentFuzzer.swift" ;;
    html-differential) harness="$root/Fuzz/HTMLDifferentialFuzzer.swift" ;;
    feedxml) harness="$root/Fuzz/FeedXMLFuzzer.swift" ;;
    *) echo "FUZZ_TARGET must be html, document, html-differential or feedxml" >&2; exit 2 ;;
esac
work="${FUZZ_WORK:-/tmp/newsmill-fuzz-$target}"
mkdir -p "$work/build" "$work/corpus" "$work/crashes" "$work/build/CCLD2"

# The crypto stand-in is its own module so ArticleIdentity's `import Crypto` resolves.
swiftc -parse-as-library -emit-module -emit-object -module-name Crypto -sanitize=address \
    -emit-module-path "$work/build/Crypto.swiftmodule" -o "$work/build/Crypto.o" "$root/Fuzz/Stubs/Crypto.swift"

# CLD2's C entry point (the CCLD2 target) as an object, and a module map for its header.
clang++ -O1 -g -fsanitize=address -I "$root/Sources/CCLD2/include" -c "$root/Sources/CCLD2/shim.cpp" -o "$work/build/ccld2.o"
printf 'module CCLD2 {\n    header "%s"\n    export *\n}\n' "$root/Sources/CCLD2/include/CCLD2.h" > "$work/build/CCLD2/module.modulemap"

mapfile -t core < <(find "$root/Sources/NewsmillCore" -name '*.swift' | sort)
xml2_flags=$(pkg-config --cflags libxml-2.0)
swiftc -O -g -parse-as-library -sanitize=fuzzer,address -module-name NewsmillFuzz \
    -I "$work/build" -I "$work/build/CCLD2" -I "$root/Sources/CLibXML2" -I "$root/Sources/CUchardet" \
    $(for flag in $xml2_flags; do printf -- '-Xcc %s ' "$flag"; done) \
    "${core[@]}" "$harness" "$root/Fuzz/Stubs/BundleModule.swift" "$work/build/Crypto.o" "$work/build/ccld2.o" \
    -lxml2 -luchardet -lcld2 -lstdc++ -o "$work/$target-fuzzer"

# Seed corpus: the HTML fixtures (regression crashers included) for the HTML targets; for `document`,
# every core fixture; for `feedxml`, the feed fixtures and the conformance feeds (named by their path,
# as names repeat).
extra_flags=()
if [ "$target" = html ] || [ "$target" = html-differential ]; then
    find "$root/Tests/NewsmillCoreTests/Fixtures/html" -type f -name '*.html' -exec cp -n {} "$work/corpus/" \;
elif [ "$target" = feedxml ]; then
    cp -n "$root"/Tests/NewsmillCoreTests/Fixtures/feeds/* "$work/corpus/"
    if [ -d "$root/../shared/conformance/feeds/cases" ]; then
        find "$root/../shared/conformance/feeds/cases" -name '*.xml' \
            -exec sh -c 'for f; do cp -n "$f" "$0/$(echo "$f" | tr / _)"; done' "$work/corpus" {} +
    fi
    extra_flags=(-dict="$root/Fuzz/xml.dict")
else
    find "$root/Tests/NewsmillCoreTests/Fixtures" "$root/deploy/sample-data" -type f -size -200k \
        -exec sh -c 'for f; do { printf "\000"; cat "$f"; } > "$0/$(basename "$f").seed"; done' "$work/corpus" {} +
    # The blind batches' news excerpts (plain text, some 2,400), named by batch and file: real sentences for
    # the intelligence stage's rules to meet at every position.
    if [ -d "$root/deploy/data-tools/blind-batches" ]; then
        find "$root/deploy/data-tools/blind-batches" -type f -name '*.txt' \
            -exec sh -c 'for f; do { printf "\005"; cat "$f"; } > "$0/$(basename "$(dirname "$f")")-$(basename "$f").seed"; done' "$work/corpus" {} +
    fi
fi

cd "$work/crashes"
"$work/$target-fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=200000 -timeout=10 \
    -rss_limit_mb=4096 -artifact_prefix="$work/crashes/" -print_final_stats=1 ${extra_flags[@]+"${extra_flags[@]}"} "$@"

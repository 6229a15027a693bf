#!/usr/bin/env bash
# Builds the libFuzzer target and runs it for SECONDS (default 600) over a corpus seeded
# from the demo data and the hostile inputs; findings (crash-*, timeout-*, oom-*) land in
# the current folder, and the run exits non-zero on the first one.
#   Fuzz/run.sh [SECONDS] [CORPUS_DIR]
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-600}"
corpus="${2:-/tmp/entity-screen-fuzz-corpus}"
swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
mkdir -p "$corpus"
# Each input's first byte picks the target: 0 normalizer, 1 records, 2 list, 3 CSV,
# 4 gzip, 5 xlsx (modulo 6); the seeds give each one valid inputs to mutate.
seed() { { printf "\\x$(printf %02x "$1")"; cat "$2"; } > "$corpus/seed-$1-$(basename "$2")"; }
for f in ../Data/Demo/mentions.txt; do seed 0 "$f"; done
for f in ../Data/Demo/records.jsonl ../Tests/ScreeningCoreTests/Fixtures/Hostile/*.jsonl; do seed 1 "$f"; done
seed 2 ../Data/Demo/list.jsonl
printf '\x03id,name,remarks\r\n1,"Harbin, HIT","say ""x"""\r\n' > "$corpus/seed-3-csv"
{ printf '\x04'; gzip -c ../Data/Demo/records.jsonl; } > "$corpus/seed-4-gzip"
{ printf '\x0b'; cat ../Tests/ScreeningCoreTests/Fixtures/Hostile/20250101_xml-bomb.xlsx; } > "$corpus/seed-5-xlsx"
exec .build/release/entity-screen-fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 "$corpus"

#!/usr/bin/env bash
# make bench: throughput, memory and latency figures of newskg on generated
# corpora (scripts/gen-corpus.py).  Sizes in MB of text: BENCH_SIZES
# (default "10 100").  Prints a table; nothing is asserted (benchmarks are
# not tests: compare ratios within one run on a noisy machine).
set -u
cd "$(dirname "$0")/.."
BIN=build/newskg
SIZES=${BENCH_SIZES:-"10 100"}
T=${BENCH_DIR:-$(mktemp -d)}
mkdir -p "$T"
echo "newskg bench on $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m); results in $T"
printf '%-8s %-10s %10s %10s %12s %12s %10s %12s\n' "corpus" "step" "seconds" "MB/s" "words/s" "quads/s" "RSS MB" "rapper s"
for mb in $SIZES; do
  corpus="$T/corpus-$mb.jsonl"
  [ -f "$corpus" ] || python3 scripts/gen-corpus.py "$mb" "$corpus" >/dev/null
  bytes=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].encode()) for l in open(sys.argv[1], encoding="utf-8")))' "$corpus")
  words=$(python3 -c 'import json,sys; print(sum(len(json.loads(l)["text"].split()) for l in open(sys.argv[1], encoding="utf-8")))' "$corpus")
  /usr/bin/time -f "%e %M" -o "$T/time" $BIN extract -q -f nquads -o "$T/out-$mb.nq" "$corpus"
  read -r secs rss <"$T/time"
  quads=$(wc -l <"$T/out-$mb.nq")
  /usr/bin/time -f "%e" -o "$T/rtime" rapper -q -i nquads -c "$T/out-$mb.nq" >/dev/null 2>&1
  rsecs=$(cat "$T/rtime")
  awk -v mb="$mb" -v s="$secs" -v b="$bytes" -v w="$words" -v q="$quads" -v r="$rss" -v rs="$rsecs" 'BEGIN{
    printf "%-8s %-10s %10.2f %10.2f %12.0f %12.0f %10.1f %12.2f\n", mb "MB", "extract", s, b/1e6/s, w/s, q/s, r/1024, rs }'
  /usr/bin/time -f "%e %M" -o "$T/time" $BIN render -q -T svg --max-people 50 -o "$T/r-$mb.svg" "$T/out-$mb.nq"
  read -r secs rss <"$T/time"
  printf '%-8s %-10s %10.2f %10s %12s %12s %10.1f\n' "${mb}MB" "render50" "$secs" "" "" "" "$(awk -v r=$rss 'BEGIN{print r/1024}')"
done
echo "extract/rapper ratio: how many times slower than raptor alone parsing the same N-Quads"

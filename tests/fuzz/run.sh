#!/usr/bin/env bash
# Runs the libFuzzer targets built by `make fuzz-build` (build/fuzz/).
# Usage: tests/fuzz/run.sh SECONDS TARGET...
#   SECONDS > 0: fuzz each target that long, starting from its seeds, the
#                regression inputs and the corpus it grew before
#                (build/fuzz/corpus/TARGET, kept between runs, not committed).
#   SECONDS = 0: replay the seeds and tests/fuzz/regressions/TARGET once.
# Prints executions and findings per target; findings (crash-*, leak-*,
# timeout-*, oom-* reproducers) go to build/fuzz/artifacts/TARGET/.
# Exit status 1 when any target found something.
set -u
cd "$(dirname "$0")/../.." || exit 2
SECS=${1:?usage: run.sh SECONDS TARGET...}; shift
OUT=build/fuzz
# Quoted for the sanitizers' option parser: the checkout's path may hold spaces.
export LSAN_OPTIONS="suppressions='$PWD/tests/lsan.supp':print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:allocator_may_return_null=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export NEWSKG_DATA=${NEWSKG_DATA:-$PWD/data}
status=0

for t in "$@"; do
  bin=$OUT/$t
  [ -x "$bin" ] || { echo "run.sh: $bin missing; run 'make fuzz-build'" >&2; exit 2; }
  # Seeds and input size per target: articles are at most a few tens of
  # kilobytes in the corpus; a date expression is a few words.
  case $t in
    fuzz_frontmatter) seeds="tests/fuzz/seeds/text tests/fuzz/seeds/jsonl"; max_len=20000 timeout=10 ;;
    fuzz_jsonl)       seeds="tests/fuzz/seeds/jsonl";                   max_len=8192  timeout=10 ;;
    fuzz_date)        seeds="tests/fuzz/seeds/date";                    max_len=512   timeout=10 ;;
    fuzz_extract)     seeds="tests/fuzz/seeds/text";                    max_len=20000 timeout=30 ;;
    fuzz_html)        seeds="tests/fuzz/seeds/html tests/data/web/pages"; max_len=32768 timeout=10 ;;
    fuzz_feed)        seeds="tests/fuzz/seeds/feed";                    max_len=32768 timeout=10 ;;
    fuzz_warc)        seeds="tests/fuzz/seeds/warc";                    max_len=65536 timeout=10 ;;
    *) echo "run.sh: unknown target $t" >&2; exit 2 ;;
  esac
  dict=; [ -f tests/fuzz/$t.dict ] && dict=-dict=tests/fuzz/$t.dict
  reg=tests/fuzz/regressions/$t; [ -d "$reg" ] || reg=
  art=$OUT/artifacts/$t; mkdir -p "$art"
  log=$OUT/$t.log
  if [ "$SECS" = 0 ]; then
    # -runs=0 executes every input of the directories once.
    "$bin" -runs=0 -timeout=$timeout $seeds $reg >"$log" 2>&1; rc=$?
    n=$(find $seeds $reg -type f | wc -l)
    if [ $rc = 0 ]; then echo "$t: replayed $n inputs, no findings"
    else echo "$t: FAILED replaying $n inputs (exit $rc); log: $log"; tail -30 "$log"; status=1; fi
    continue
  fi
  corpus=$OUT/corpus/$t; mkdir -p "$corpus"
  before=$(ls "$art" | wc -l)
  "$bin" -max_total_time="$SECS" -max_len=$max_len -timeout=$timeout \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$art/" $dict \
    "$corpus" $seeds $reg >"$log" 2>&1; rc=$?
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  cov=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1)
  after=$(ls "$art" | wc -l)
  new=$((after - before))
  if [ $rc = 0 ] && [ $new = 0 ]; then
    echo "$t: ${execs:-?} executions in ${SECS}s, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) inputs, 0 findings"
  else
    status=1
    echo "$t: ${execs:-?} executions, ${cov:-cov: ?}, FINDINGS: $new new reproducer(s) in $art (exit $rc); log: $log"
    grep -E '^fuzz_[a-z]+: |ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz contract broken|SUMMARY' "$log" | head -6
    ls -t "$art" | head -$((new > 0 ? new : 1)) | sed "s|^|  $art/|"
  fi
done
exit $status

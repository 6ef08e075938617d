#!/usr/bin/env bash
# make check: every test.  Builds are done by the Makefile before this runs:
# build/ (normal) and build/asan/ (AddressSanitizer + UBSan).
set -u
cd "$(dirname "$0")/.."
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
step() { echo; echo "== $*"; }
run() { "$@" || status=1; }

step "unit tests (normal build)"
run scripts/run-unit.sh build/tests/test_*
step "unit tests (ASan + UBSan)"
run scripts/run-unit.sh build/asan/tests/test_*

for BIN in build/newskg build/asan/newskg; do
  step "CLI transcript tests ($BIN)"
  run tests/cli/cli.sh "$BIN"
  step "golden: seed corpus facts ($BIN)"
  run tests/golden/golden.sh "$BIN"
  step "store, SPARQL, Neo4j, push ($BIN)"
  run tests/golden/store-check.sh "$BIN"
done

step "golden commands under valgrind memcheck (no errors, no leaks of ours)"
run tests/golden/valgrind-check.sh build/newskg

step "graph databases: push to Virtuoso, shipped queries on Virtuoso and Oxigraph"
run tests/golden/db-check.sh build/newskg

step "hand-written cases (tests/corpus)"
run tests/golden/cases.sh build/newskg

step "RDF checked by parsers that are not ours (rapper, rdflib) and SHACL"
run tests/golden/rdf-check.sh build/newskg

step "diagrams"
run tests/golden/render-check.sh build/newskg


step "robustness: hostile and broken inputs (normal and ASan builds)"
run env ROBUST_BIG_SECONDS=20 tests/robust/robust.sh build/newskg build/asan/newskg

step "the store survives kill -9 in the middle of an ingest"
run tests/robust/store-crash.sh build/newskg

step "fuzzing: regression inputs, then a short bounded run"
if ! command -v clang >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang libclang-rt-14-dev >/tmp/newskg-clang.log 2>&1 ||
    echo "fuzz: could not install clang (see /tmp/newskg-clang.log)"
fi
if command -v clang >/dev/null 2>&1; then
  run timeout 300 make -s --no-print-directory fuzz FUZZ_SECONDS=10
else
  echo "fuzz: clang not available, skipped"
fi

echo
if [ $status = 0 ]; then echo "make check: all test groups passed"; else echo "make check: FAILED"; fi
exit $status

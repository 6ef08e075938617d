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
done

step "hand-written cases (tests/corpus)"
run tests/golden/cases.sh build/newskg

step "RDF checked by parsers that are not ours (rapper, rdflib) and SHACL"
run tests/golden/rdf-check.sh build/newskg

step "diagrams"
run tests/golden/render-check.sh build/newskg

echo
if [ $status = 0 ]; then echo "make check: all test groups passed"; else echo "make check: FAILED"; fi
exit $status

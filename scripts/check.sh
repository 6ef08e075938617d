#!/usr/bin/env bash
# make check: every test.  Builds are done by the Makefile before this runs:
# build/ (normal) and build/asan/ (AddressSanitizer + UBSan).
set -u
cd "$(dirname "$0")/.."
# Quoted for the sanitizers' option parser: the checkout's path may hold spaces.
export LSAN_OPTIONS="suppressions='$PWD/tests/lsan.supp':print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
status=0
# Each group's wall-clock time, printed at the end, longest first.
times=$(mktemp); trap 'rm -f "$times"' EXIT
group="" group_t0=$SECONDS
end_group() { [ -z "$group" ] || printf '%5d s  %s\n' $((SECONDS - group_t0)) "$group" >>"$times"; }
step() { end_group; group=$*; group_t0=$SECONDS; echo; echo "== $*"; }
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

# (a memory error in a rule shows on the case that reaches it: case 206
# once had then_moves read a moved array)
step "hand-written cases under ASan + UBSan"
run tests/golden/cases.sh build/asan/newskg

step "RDF checked by parsers that are not ours (rapper, rdflib) and SHACL"
run tests/golden/rdf-check.sh build/newskg

step "diagrams"
run tests/golden/render-check.sh build/newskg


step "robustness: hostile and broken inputs (normal and ASan builds)"
run env ROBUST_BIG_SECONDS=20 tests/robust/robust.sh build/newskg build/asan/newskg

step "the store survives kill -9 in the middle of an ingest"
run tests/robust/store-crash.sh build/newskg

step "fuzzing: regression inputs, then a short bounded run"
if ! command -v clang >/dev/null 2>&1 && { [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; }; then
  scripts/apt-install.sh clang clang libclang-rt-14-dev || echo "fuzz: could not install clang (above)"
fi
if command -v clang >/dev/null 2>&1; then
  # The build first, untimed (its time depends on the machine's load); then
  # the run, 10 s of fuzzing per target: its bound only guards against a
  # hang.
  if make -s --no-print-directory fuzz-build; then
    run timeout 300 make -s --no-print-directory fuzz FUZZ_SECONDS=10
  else
    echo "FAIL fuzz: the libFuzzer build failed"; status=1
  fi
else
  echo "SKIP fuzz: clang is not installed and could not be installed"
fi

end_group
echo
echo "time per group (wall clock; $SECONDS s in all, not counting the builds before it):"
sort -rn "$times"
echo
if [ $status = 0 ]; then echo "make check: all test groups passed"; else echo "make check: FAILED"; fi
exit $status

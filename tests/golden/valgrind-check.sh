#!/usr/bin/env bash
# The golden commands on the seed corpus under valgrind memcheck: each must
# give the same output as without valgrind, exit 0, and have no memory
# error and no leak (definite, indirect or possible) outside the
# third-party libraries listed in tests/valgrind.supp (issue 7).
#   tests/golden/valgrind-check.sh [BIN]   (the normal build: not ASan)
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-build/newskg}
if ! command -v valgrind >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] || command -v sudo >/dev/null 2>&1; then
    scripts/apt-install.sh valgrind valgrind || { echo "FAIL valgrind: cannot install it (above)"; exit 1; }
  else
    echo "SKIP valgrind: not installed, and not root and no sudo to install it"; exit 0
  fi
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
VG=(valgrind --tool=memcheck -q --leak-check=full
    --show-leak-kinds=definite,indirect,possible
    --errors-for-leak-kinds=definite,indirect,possible
    --error-exitcode=99 --suppressions=tests/valgrind.supp --num-callers=30)

# vg NAME EXPECTED-FILE-OR-"" ARGS...: runs BIN ARGS under valgrind; the
# output must equal EXPECTED (or, when "", the same command without valgrind).
vg() {
  local name=$1 expect=$2; shift 2
  "${VG[@]}" --log-file="$T/$name.vg" "$BIN" "$@" >"$T/$name.out" 2>"$T/$name.err"
  local rc=$?
  if [ $rc = 0 ] && [ ! -s "$T/$name.vg" ]; then ok; else
    ko "$name: exit $rc under valgrind:"; head -40 "$T/$name.vg" "$T/$name.err"; return; fi
  if [ -z "$expect" ]; then "$BIN" "$@" >"$T/$name.ref" 2>/dev/null; expect=$T/$name.ref; fi
  if cmp -s "$expect" "$T/$name.out"; then ok; else ko "$name: output differs under valgrind"; fi
  echo "PASS $name"
}

vg facts tests/golden/seeds.gaz.facts.tsv facts -q corpus/*.txt
vg facts-nogaz tests/golden/seeds.nogaz.facts.tsv facts -q --no-gazetteer corpus/*.txt
vg nquads "" extract -q -f nquads corpus/*.txt
vg nquads-j2 "$T/nquads.out" extract -q -j 2 -f nquads corpus/*.txt
vg turtle "" extract -q -f turtle corpus/*.txt
vg render-svg "" render -q -T svg corpus/*.txt
vg eval "" eval -q --gold tests/golden/seeds.gold.tsv corpus/*.txt
# The store: ingest (articles in parts, a commit), then read it.
"${VG[@]}" --log-file="$T/ingest.vg" "$BIN" ingest --quiet --store "$T/store" corpus/ 2>"$T/ingest.err"
rc=$?
if [ $rc = 0 ] && [ ! -s "$T/ingest.vg" ]; then ok; echo "PASS ingest"; else ko "ingest: exit $rc under valgrind:"; head -40 "$T/ingest.vg" "$T/ingest.err"; fi
vg timeline "" timeline --store "$T/store" "Sam Altman"
vg role-on-date "" role-on-date --store "$T/store" OpenAI 2023-11-20
vg stats "" stats --store "$T/store"
vg query "" query --store "$T/store" -F csv -q timeline --param "name=Sam Altman"

echo "valgrind: $pass passed, $fail failed"
[ $fail = 0 ]

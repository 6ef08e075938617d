#!/usr/bin/env bash
# The hand-written French and English cases of tests/corpus, scored with
# newskg eval, case by case.  Each case has a floor in
# tests/corpus/baseline.tsv (NAME<TAB>F1, the score it reached when last
# raised): a case that scores below its floor fails, whatever the average
# does.  A case that scores above it is reported, so that its floor can be
# raised (CASES_UPDATE=1 writes the new floors).  The average has a floor
# too.
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-build/newskg}
floor=${CASES_FLOOR:-0.93}
base=tests/corpus/baseline.tsv
each=$(mktemp); trap 'rm -f "$each"' EXIT
out=$(CASES_EACH=$each scripts/corpus-score.sh "$BIN") || { echo "$out"; echo "cases: 0 passed, 1 failed"; exit 1; }
echo "$out"
pass=0 fail=0
declare -A B
while IFS=$'\t' read -r name f; do B[$name]=$f; done <"$base"
while IFS=$'\t' read -r name f; do
  b=${B[$name]:-}
  if [ -z "$b" ]; then
    echo "FAIL $name: F1=$f, no floor in $base (add one: CASES_UPDATE=1 $0)"; fail=$((fail + 1))
  elif awk -v f="$f" -v b="$b" 'BEGIN{exit !(f + 0.0005 < b)}'; then
    echo "FAIL $name: F1=$f below its floor $b"; fail=$((fail + 1))
  else
    awk -v f="$f" -v b="$b" 'BEGIN{exit !(f > b + 0.0005)}' && echo "better $name: F1=$f (floor $b)"
    pass=$((pass + 1))
  fi
done <"$each"
[ "${CASES_UPDATE:-0}" = 1 ] && sort "$each" >"$base" && echo "floors written to $base"
f1=$(tail -1 <<<"$out" | sed -E 's/.*F1=([0-9.]+).*/\1/')
if awk -v f="$f1" -v m="$floor" 'BEGIN{exit !(f >= m)}'; then pass=$((pass + 1)); else
  echo "FAIL cases F1=$f1 below floor $floor"; fail=$((fail + 1)); fi
echo "cases: $pass passed, $fail failed"
[ $fail = 0 ]

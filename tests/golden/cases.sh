#!/usr/bin/env bash
# The hand-written French and English cases of tests/corpus, scored with
# newskg eval.  A floor guards against regressions; the figures are printed.
set -u
BIN=${1:-build/newskg}
floor=${CASES_FLOOR:-0.84}
out=$(scripts/corpus-score.sh "$BIN") || { echo "$out"; echo "cases: 0 passed, 1 failed"; exit 1; }
echo "$out"
f1=$(tail -1 <<<"$out" | sed -E 's/.*F1=([0-9.]+).*/\1/')
if awk -v f="$f1" -v m="$floor" 'BEGIN{exit !(f >= m)}'; then
  echo "cases: 1 passed, 0 failed"
else
  echo "FAIL cases F1=$f1 below floor $floor"; echo "cases: 0 passed, 1 failed"; exit 1
fi

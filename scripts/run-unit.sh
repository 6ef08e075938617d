#!/usr/bin/env bash
# Runs unit-test programs; each prints "FILE: N passed, N failed".
# Prints the total as "N passed, N failed" and fails if any test failed.
set -u
pass=0 fail=0 bad=0
for t in "$@"; do
  out=$("$t" 2>&1); rc=$?
  line=$(grep -E '[0-9]+ passed, [0-9]+ failed' <<<"$out" | tail -1)
  p=$(sed -E 's/(^|.* )([0-9]+) passed.*/\2/' <<<"$line"); f=$(sed -E 's/(^|.* )([0-9]+) failed.*/\2/' <<<"$line")
  [ -n "$line" ] || { p=0; f=1; }
  pass=$((pass + p)); fail=$((fail + f))
  if [ $rc != 0 ] || [ "$f" != 0 ]; then
    bad=1; echo "FAIL $t (exit $rc)"; echo "$out" | tail -30
  else
    echo "ok   $(basename "$t"): $p checks"
  fi
done
echo "unit: $pass passed, $fail failed"
[ $bad = 0 ]

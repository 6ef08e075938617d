#!/usr/bin/env bash
# Golden test on the seed corpus: the facts must equal the expected file
# byte for byte (regenerate with UPDATE=1 after an intended change, and
# review the diff), and score at least the floor against the gold.
set -u
BIN=${1:-build/newskg}
dir=$(dirname "$0")
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
for mode in gaz nogaz; do
  opt=""; [ $mode = nogaz ] && opt=--no-gazetteer
  exp="$dir/seeds.$mode.facts.tsv"
  got=$(mktemp)
  "$BIN" facts -q $opt corpus/*.txt >"$got" || ko "facts $mode exited $?"
  if [ "${UPDATE:-0}" = 1 ]; then cp "$got" "$exp"; fi
  if diff -u "$exp" "$got" >/dev/null; then ok; else ko "seeds $mode facts differ from $exp:"; diff -u "$exp" "$got" | head -40; fi
  # Our own scorer (agrees with shared/eval/score.py; see test_eval).
  f1=$("$BIN" eval -q $opt --gold "$dir/seeds.gold.tsv" corpus/*.txt | sed -n 's/^F1=\([0-9.]*\).*/\1/p')
  floor=0.95; [ $mode = nogaz ] && floor=0.90
  if awk -v f="$f1" -v m="$floor" 'BEGIN{exit !(f >= m)}'; then ok; else ko "seeds $mode F1=$f1 below $floor"; fi
  echo "seeds ($mode): F1=$f1 (floor $floor)"
  rm -f "$got"
done
# newskg eval agrees with the shared reference scorer, line for line.  The
# scorer is not part of the repository: in a checkout without it next to
# it, this check is skipped, and says so.
score=../shared/eval/score.py
if [ ! -f "$score" ]; then
  echo "SKIP agreement with the shared scorer: no ../shared/eval/score.py next to this checkout"
else
  t=$(mktemp -d)
  "$BIN" facts -q corpus/*.txt >"$t/f.tsv"
  python3 "$score" "$dir/seeds.gold.tsv" "$t/f.tsv" -v >"$t/py.txt"
  "$BIN" eval -q -v --gold "$dir/seeds.gold.tsv" corpus/*.txt >"$t/c.txt"
  if cmp -s "$t/py.txt" "$t/c.txt"; then ok; else ko "newskg eval disagrees with score.py:"; diff "$t/py.txt" "$t/c.txt" | head; fi
  for f in tests/corpus/0[0-4]*.txt; do
    "$BIN" facts -q "$f" >"$t/f1.tsv"
    python3 "$score" "${f%.txt}.gold.tsv" "$t/f1.tsv" -v >"$t/p1.txt"
    "$BIN" eval -q -v --gold "${f%.txt}.gold.tsv" "$f" >"$t/c1.txt"
    cmp -s "$t/p1.txt" "$t/c1.txt" && ok || ko "eval disagrees with score.py on $f"
  done
  rm -rf "$t"
fi
# The seeds as the web serves them (HTML pages, feeds, a WARC crawl).
if "$dir/web.sh" "$BIN"; then ok; else ko "web inputs (tests/golden/web.sh)"; fi
echo "golden: $pass passed, $fail failed"
[ $fail = 0 ]

#!/usr/bin/env bash
# Scores newskg on the hand-written cases of tests/corpus (each NNN_x.txt
# with its NNN_x.gold.tsv), case by case with `newskg eval`, and prints the
# micro-averaged figures over all cases.  Usage:
#   scripts/corpus-score.sh [NEWSKG] [extra newskg options...]
# With -v in the options, each case's misses and errors are shown.
# With CASES_EACH=FILE, one line per case goes to FILE: "NAME<TAB>F1".
set -u
bin=${1:-build/newskg}; shift || true
dir=$(dirname "$0")/../tests/corpus
verbose=0
for a in "$@"; do [ "$a" = -v ] && verbose=1; done
tp=0 fp=0 fn=0 dok=0 dtot=0 n=0
declare -A K
for txt in "$dir"/[0-9]*.txt; do
  gold=${txt%.txt}.gold.tsv
  [ -f "$gold" ] || continue
  out=$("$bin" eval --gold "$gold" "$@" "$txt" 2>&1) || { echo "FAIL $txt: $out"; exit 1; }
  n=$((n + 1))
  if [ -n "${CASES_EACH:-}" ]; then
    printf '%s\t%s\n' "$(basename "$txt" .txt)" \
      "$(tail -1 <<<"$out" | sed -E 's/.*F1=([0-9.]+).*/\1/')" >>"$CASES_EACH"
  fi
  while read -r kind rest; do
    case "$kind" in
      PERSON|ORG|ROLE|EVENT)
        t=$(sed -E 's/.*tp=([0-9]+) fp=([0-9]+) fn=([0-9]+).*/\1 \2 \3/' <<<"$rest")
        read -r a b c <<<"$t"
        tp=$((tp + a)); fp=$((fp + b)); fn=$((fn + c))
        read -r x y z <<<"${K[$kind]:-0 0 0}"
        K[$kind]="$((x + a)) $((y + b)) $((z + c))";;
      DATES)
        d=$(sed -E 's#^ *([0-9]+)/([0-9]+).*#\1 \2#' <<<"$rest")
        read -r a b <<<"$d"; dok=$((dok + a)); dtot=$((dtot + b));;
    esac
  done <<<"$out"
  if [ $verbose = 1 ] && grep -qE '^    (wrong|missed|duplicate|date)' <<<"$out"; then
    echo "== $(basename "$txt")"; grep -E '^    ' <<<"$out"
  fi
done
f1() { awk -v tp="$1" -v fp="$2" -v fn="$3" 'BEGIN{p=(tp+fp)?tp/(tp+fp):0; r=(tp+fn)?tp/(tp+fn):0; f=(p+r)?2*p*r/(p+r):0; printf "P=%.3f R=%.3f F1=%.3f", p, r, f}'; }
for k in PERSON ORG ROLE EVENT; do read -r a b c <<<"${K[$k]:-0 0 0}"; printf '%-7s %s  (tp=%d fp=%d fn=%d)\n' "$k" "$(f1 $a $b $c)" $a $b $c; done
echo "cases=$n dates=$dok/$dtot $(f1 $tp $fp $fn)"

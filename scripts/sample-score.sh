#!/usr/bin/env bash
# Scores build/newskg on a sample of real articles kept outside the repo
# (the blind samples of docs/realnews.md): DIR holds NAME.txt (three
# '# source/date/lang' header lines, then the body, as ../shared/dev/README.md
# says) and NAME.gold.tsv for each article.  Prints the whole sample's
# figures, then one line per article, worst first.
#   scripts/sample-score.sh DIR [-- extra newskg facts options]
set -u
cd "$(dirname "$0")/.."
dir=${1:?usage: scripts/sample-score.sh DIR [-- options]}; shift
[ "${1:-}" = "--" ] && shift
shared=../shared
bin=${NEWSKG:-build/newskg}
ls "$dir"/*.gold.tsv >/dev/null 2>&1 || { echo "no NAME.gold.tsv in $dir" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
python3 "$shared/dev/corpus.py" "$dir" "$dir" "$tmp/c" >/dev/null || exit 2
"$bin" facts "$@" "$tmp"/c/*.txt >"$tmp/all.tsv" || { echo "newskg facts failed" >&2; exit 1; }
echo "== $dir, all articles (union gold):"
python3 "$shared/eval/score.py" "$tmp/c/gold.tsv" "$tmp/all.tsv" | sed 's/^/  /'
echo "== per article (F1, worst first):"
for f in "$tmp"/c/*.txt; do
  s=$(basename "$f" .txt)
  "$bin" facts "$@" "$f" >"$tmp/$s.tsv" 2>/dev/null
  printf '%s  %s\n' "$(python3 "$shared/eval/score.py" "$dir/$s.gold.tsv" "$tmp/$s.tsv" | tail -1)" "$s"
done | sort -t= -k2 -n | sed 's/^/  /'

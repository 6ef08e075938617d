#!/usr/bin/env bash
# Golden test of the web inputs (issue 16): the seed corpus as news pages
# with heavy page furniture, as an RSS feed, an Atom feed and a WARC.gz
# (tests/data/web, made by scripts/gen-web-fixtures.py).  For each:
#   - facts F1 within 0.02 of the clean texts' (corpus/*.txt);
#   - every article dated from the page's or feed's metadata, as the front
#     matter of the clean text dates it (date F1 = 1 here; the issue asks
#     >= 0.90);
#   - no name that only the page furniture holds anywhere in the graph.
# Usage: tests/golden/web.sh BIN
set -u
BIN=${1:-build/newskg}
W=tests/data/web
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }

# The fixtures are what the generator makes (byte for byte).
if python3 scripts/gen-web-fixtures.py "$T/gen" && diff -r "$W" "$T/gen" >/dev/null; then ok
else ko "tests/data/web differs from what scripts/gen-web-fixtures.py writes"; fi

f1_of() { "$BIN" eval -q --gold tests/golden/seeds.gold.tsv "$@" | sed -n 's/^F1=\([0-9.]*\).*/\1/p'; }
clean=$(f1_of corpus/*.txt)
sed -n 's/^date: *//p' corpus/*.txt | sort >"$T/want-dates"
for input in pages seeds.rss seeds.atom seeds.warc.gz; do
  f1=$(f1_of "$W/$input")
  if awk -v f="$f1" -v c="$clean" 'BEGIN{exit !(f != "" && f >= c - 0.02)}'; then ok
  else ko "$input: F1=$f1, more than 0.02 below the clean texts' $clean"; fi
  "$BIN" extract -q -f nquads "$W/$input" >"$T/g.nq" || ko "$input: extract exited $?"
  grep -o 'schema.org/datePublished> "[0-9-]*' "$T/g.nq" | sed 's/.*"//' | sort >"$T/got-dates"
  if cmp -s "$T/want-dates" "$T/got-dates"; then ok
  else ko "$input: article dates $(tr '\n' ' ' <"$T/got-dates")want $(tr '\n' ' ' <"$T/want-dates")"; fi
  leaked=""
  while read -r name; do
    # the surname (or the organisation's last word), any case, anywhere
    last=${name##* }
    grep -qiF -- "$last" "$T/g.nq" && leaked="$leaked $name;"
  done <"$W/chrome-names.txt"
  if [ -z "$leaked" ]; then ok; else ko "$input: names of the page furniture in the graph:$leaked"; fi
  printf '%-14s F1=%s (clean %s), dates %s/5\n' "$input" "$f1" "$clean" \
    "$(comm -12 "$T/want-dates" "$T/got-dates" | wc -l)"
done
# A crawl's articles keep their record id, fetch date and URL.
"$BIN" extract -q -f nquads "$W/seeds.warc.gz" >"$T/w.nq"
n=$(grep -c 'warcRecordId> "<urn:uuid:' "$T/w.nq"); [ "$n" = 5 ] && ok || ko "WARC: $n record ids, want 5"
n=$(grep -c "ontology#fetched> \"2023-11-" "$T/w.nq"); [ "$n" = 5 ] && ok || ko "WARC: $n fetch dates, want 5"
n=$(grep -c 'schema.org/url> "https://www.quotidien-numerique.example/' "$T/w.nq"); [ "$n" = 5 ] && ok || ko "WARC: $n URLs, want 5"
echo "web: $pass passed, $fail failed"
[ $fail = 0 ]

#!/usr/bin/env bash
# make bench: throughput, memory and latency figures of newskg on generated
# corpora (scripts/gen-corpus.py).  Nothing is asserted: benchmarks are not
# tests.  The machines are noisy, so each timing is the best of BENCH_REPEAT
# runs (default 3) and ratios are taken within one run.
#
#   BENCH_SIZES       MB of text per corpus (default "10 100")
#   BENCH_STORE_MB    largest corpus also ingested into a store and queried
#                     (default 10: about 3 million quads; ingesting the
#                     100 MB corpus takes tens of minutes)
#   BENCH_RENDER_MB   largest corpus rendered (default 10: rendering loads
#                     the whole graph into memory, about 250 MB per MB of text)
#   BENCH_REPEAT      runs per timing (default 3)
#   BENCH_DIR         where corpora and outputs go (default: a temp dir)
#   BENCH_ONLY        "readers": only the readers' figures (a few seconds)
#
# The readers' throughput comes first: HTML pages and a WARC.gz crawl made
# of the web fixtures of the seed corpus (tests/data/web), copied to about
# BENCH_WEB_MB MB (default 20), read by build/bench_readers (the reader
# alone, no extraction).
set -u
cd "$(dirname "$0")/.."
BIN=build/newskg
SIZES=${BENCH_SIZES:-"10 100"}
STORE_MB=${BENCH_STORE_MB:-10}
RENDER_MB=${BENCH_RENDER_MB:-10}
REPEAT=${BENCH_REPEAT:-3}
CORES=$(nproc)
T=${BENCH_DIR:-$(mktemp -d)}
set -- $SIZES
mkdir -p "$T"

# best_of CMD...: runs CMD REPEAT times; sets SECS (best wall) and RSS (KB,
# of the best run).
best_of() {
  SECS=""; RSS=""
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -f "%e %M" -o "$T/time" "$@" >/dev/null 2>"$T/err" || { cat "$T/err" >&2; return 1; }
    read -r s m <"$T/time"
    if [ -z "$SECS" ] || awk -v a="$s" -v b="$SECS" 'BEGIN{exit !(a<b)}'; then SECS=$s; RSS=$m; fi
  done
}
row() { printf '%-7s %-28s %9s %9s %11s %11s %8s\n' "$@"; }
# fmt EXPR FORMAT: the arithmetic expression EXPR (numbers and + - * /)
# printed with FORMAT.
fmt() { awk "BEGIN{printf \"$2\", $1}"; }

echo "newskg bench: $CORES cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'); best of $REPEAT; files in $T"
row corpus step seconds "MB/s" "words/s" "quads/s" "RSS MB"

# The readers alone: MB/s of the bytes on disk (of HTML; of WARC.gz, and of
# the HTML inside it).
WEB_MB=${BENCH_WEB_MB:-20}
mkdir -p "$T/web-html"
pages=(tests/data/web/pages/*.html)
page_bytes=$(cat "${pages[@]}" | wc -c)
copies=$(( WEB_MB * 1000000 / page_bytes + 1 ))
for i in $(seq "$copies"); do
  for f in "${pages[@]}"; do cp "$f" "$T/web-html/$i-${f##*/}"; done
done
for _ in $(seq $(( WEB_MB * 1000000 / $(stat -c %s tests/data/web/seeds.warc.gz) + 1 ))); do
  cat tests/data/web/seeds.warc.gz   # gzip members in a row: one valid crawl
done >"$T/web.warc.gz"
read -r n b s mbs body < <(build/bench_readers -r "$REPEAT" "$T"/web-html/*.html) || exit 1
row "$(fmt "$b/1e6" %.0f)MB" "HTML reader ($n pages)" "$s" "$mbs" "" "" ""
read -r n b s mbs body < <(build/bench_readers -r "$REPEAT" "$T/web.warc.gz") || exit 1
html=$(( $(zcat "$T/web.warc.gz" | wc -c) ))
row "$(fmt "$b/1e6" %.0f)MB" "WARC.gz reader ($n pages)" "$s" "$mbs" "" "" ""
echo "        the crawl holds $(fmt "$html/1e6" %.0f) MB once uncompressed: $(fmt "$html/1e6/$s" %.1f) MB/s of WARC records"
rm -rf "$T/web-html" "$T/web.warc.gz"
[ "${BENCH_ONLY:-}" = readers ] && exit 0

for mb in $SIZES; do
  corpus="$T/corpus-$mb.jsonl"
  [ -f "$corpus" ] || python3 scripts/gen-corpus.py "$mb" "$corpus" >/dev/null
  read -r bytes words < <(python3 -c 'import json,sys
b=w=0
for l in open(sys.argv[1], encoding="utf-8"):
    t=json.loads(l)["text"]; b+=len(t.encode()); w+=len(t.split())
print(b, w)' "$corpus")
  for j in 1 "$CORES"; do
    best_of $BIN extract -q -j "$j" -f nquads -o "$T/out-$mb-j$j.nq" "$corpus" || exit 1
    eval "S_$j=$SECS"
    quads=$(wc -l <"$T/out-$mb-j$j.nq")
    row "${mb}MB" "extract -j $j to N-Quads" "$SECS" "$(fmt "$bytes/1e6/$SECS" %.2f)" \
      "$(fmt "$words/$SECS" %.0f)" "$(fmt "$quads/$SECS" %.0f)" "$(fmt "$RSS/1024" %.1f)"
    eval "RSS_${mb}_$j=$RSS"
  done
  cmp -s "$T/out-$mb-j1.nq" "$T/out-$mb-j$CORES.nq" && same=identical || same=DIFFERENT
  # The same without the disk: 30 bytes of N-Quads per byte of text make
  # the page cache's writeback part of the figure above.
  for j in 1 "$CORES"; do
    best_of $BIN extract -q -j "$j" -f nquads -o /dev/null "$corpus" || exit 1
    eval "D_$j=$SECS"
    row "${mb}MB" "extract -j $j to /dev/null" "$SECS" "$(fmt "$bytes/1e6/$SECS" %.2f)" \
      "$(fmt "$words/$SECS" %.0f)" "$(fmt "$quads/$SECS" %.0f)" "$(fmt "$RSS/1024" %.1f)"
  done
  echo "        -j $CORES / -j 1 speedup, output discarded: $(fmt "$D_1/$(eval echo \$D_$CORES)" %.2f)x"
  if [ "$mb" = "$1" ]; then
    # What the machine gives: $CORES independent -j 1 runs at once against one.
    start=$(date +%s.%N)
    for _ in $(seq "$CORES"); do $BIN extract -q -j 1 -f nquads -o /dev/null "$corpus" & done; wait
    par=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')
    echo "        machine ceiling: $CORES independent extract -j 1 runs at once give $(fmt "$CORES*$D_1/$par" %.2f)x the throughput of one"
  fi
  best_of rapper -q -i nquads -c "$T/out-$mb-j1.nq" || exit 1
  row "${mb}MB" "rapper parsing that N-Quads" "$SECS" "" "" "$(fmt "$quads/$SECS" %.0f)" "$(fmt "$RSS/1024" %.1f)"
  P=$SECS
  # raptor's own N-Quads writer on the same quads (parse and write, less
  # the parse): the part of extraction that raptor's serializer takes
  # whatever the extractor does, hence a ceiling on MB/s of text.
  best_of rapper -q -i nquads -o nquads "$T/out-$mb-j1.nq" || exit 1
  row "${mb}MB" "rapper parsing + writing it" "$SECS" "" "" "$(fmt "$quads/$SECS" %.0f)" "$(fmt "$RSS/1024" %.1f)"
  W=$(fmt "$SECS-$P" %.3f)
  echo "        raptor's N-Quads writer alone: ${W} s for this output, so extraction through it" \
       "cannot pass $(fmt "$bytes/1e6/$W" %.1f) MB/s of text per core"
  echo "        -j $CORES / -j 1 speedup: $(fmt "$S_1/$(eval echo \$S_$CORES)" %.2f)x, output $same;" \
       "extract -j 1 / rapper parsing: $(fmt "$S_1/$P" %.2f)x; $(fmt "$(stat -c %s "$T/out-$mb-j1.nq")/$bytes" %.0f) bytes of N-Quads per byte of text"
  if [ "$mb" -le "$RENDER_MB" ]; then
    best_of $BIN render -q -T svg --max-people 50 -o "$T/r-$mb.svg" "$T/out-$mb-j1.nq" || exit 1
    row "${mb}MB" "render 50 people from .nq" "$SECS" "" "" "" "$(fmt "$RSS/1024" %.1f)"
  fi
  rm -f "$T/out-$mb-j$CORES.nq"

  [ "$mb" -le "$STORE_MB" ] || continue
  store="$T/store-$mb"
  rm -rf "$store"
  /usr/bin/time -f "%e %M" -o "$T/time" $BIN ingest -q --store "$store" "$T/out-$mb-j1.nq" 2>"$T/err" || { cat "$T/err" >&2; exit 1; }
  read -r secs rss <"$T/time"
  row "${mb}MB" "ingest .nq into the store" "$secs" "" "" "$(fmt "$quads/$secs" %.0f)" "$(fmt "$rss/1024" %.1f)"
  # Shipped questions, with names that the corpus holds.
  person=$($BIN query --store "$store" -F tsv 'SELECT ?n WHERE { ?e a <https://w3id.org/newskg/ontology#Dismissal> ; <https://w3id.org/newskg/ontology#person> ?p . ?p <http://schema.org/name> ?n } ORDER BY ?n LIMIT 1' | sed -n 2p | sed 's/^"//; s/"$//')
  org=$($BIN query --store "$store" -F tsv 'SELECT ?n WHERE { ?e a <https://w3id.org/newskg/ontology#Appointment> ; <https://w3id.org/newskg/ontology#organization> ?o . ?o <http://schema.org/name> ?n } ORDER BY ?n LIMIT 1' | sed -n 2p | sed 's/^"//; s/"$//')
  org2=$($BIN query --store "$store" -F tsv 'SELECT ?n WHERE { ?e a <https://w3id.org/newskg/ontology#Departure> ; <https://w3id.org/newskg/ontology#organization> ?o . ?o <http://schema.org/name> ?n } ORDER BY ?n LIMIT 1' | sed -n 2p | sed 's/^"//; s/"$//')
  # And the organisation with the most events: the questions' worst case.
  # (Counted in the N-Quads file: a GROUP BY through rasqal would read
  # the whole store.)
  read -r busy_n busy_iri < <(grep -F ' <https://w3id.org/newskg/ontology#organization> ' "$T/out-$mb-j1.nq" |
    awk '{print $3}' | sort | uniq -c | sort -k1,1nr -k2 | head -1)
  busy=$(grep -F -m1 "$busy_iri <http://schema.org/name> " "$T/out-$mb-j1.nq" | sed 's/^[^"]*"//; s/".*$//')
  echo "        busiest organisation: $busy ($busy_n events)"
  for q in "timeline:$person" "role-on-date:$org:2023-11-20" "head:$org:2023-11-20" "moves:$org2:$org" \
           "role-on-date:$busy:2023-11-20" "head:$busy:2023-11-20" "moves:$org:$busy"; do
    IFS=: read -r cmd a b c <<<"$q"
    args=("$a"); [ -n "$b" ] && args+=("$b"); [ -n "$c" ] && args+=("$c")
    best_of $BIN "$cmd" --store "$store" "${args[@]}" || exit 1
    label="$cmd (store)"; [ "$a" = "$busy" ] || [ "${b:-}" = "$busy" ] && label="$cmd (busiest org)"
    row "${mb}MB" "$label" "$SECS" "" "" "" "$(fmt "$RSS/1024" %.1f)"
  done
  best_of $BIN stats --store "$store" || exit 1
  row "${mb}MB" "stats (store)" "$SECS" "" "" "" "$(fmt "$RSS/1024" %.1f)"
done
if [ $# -ge 2 ]; then
  echo "peak RSS of extract -j 1: $(fmt "$(eval echo \$RSS_${2}_1)/$(eval echo \$RSS_${1}_1)" %.2f)x from ${1} MB to ${2} MB of text"
fi

#!/usr/bin/env bash
# CLI transcript tests: options, exit codes, messages, outputs.
# Usage: tests/cli/cli.sh BIN
set -u
BIN=${1:-build/newskg}
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0 fail=0

# expect NAME EXIT STDERR_SUBSTRING -- COMMAND...
expect() {
  local name=$1 code=$2 needle=$3; shift 4
  local out err rc
  "$@" >"$T/out" 2>"$T/err"; rc=$?
  if [ "$rc" != "$code" ] || { [ -n "$needle" ] && ! grep -qF -- "$needle" "$T/err" "$T/out"; }; then
    fail=$((fail + 1)); echo "FAIL $name: exit $rc (want $code), wanted '$needle' in:"; head -5 "$T/err" "$T/out"
  else
    pass=$((pass + 1))
  fi
}
check() { # NAME CONDITION...
  local name=$1; shift
  if "$@"; then pass=$((pass + 1)); else fail=$((fail + 1)); echo "FAIL $name"; fi
}

A=corpus/002_c91349db7612fc51.txt
expect help 0 "Usage: newskg" -- "$BIN" --help
expect help-cmd 0 "Commands:" -- "$BIN" help
expect version 0 "newskg 0." -- "$BIN" --version
expect no-args 2 "Usage" -- "$BIN"
expect unknown-cmd 2 "unknown command 'frobnicate'" -- "$BIN" frobnicate
expect unknown-opt 2 "try 'newskg --help'" -- "$BIN" extract --bogus "$A"
expect no-input 2 "no input" -- "$BIN" extract
expect missing-file 4 "nope.txt" -- "$BIN" extract "$T/nope.txt"
expect bad-format 2 "xml-ish" -- "$BIN" extract -f xml-ish "$A"
expect bad-date-opt 2 "--date" -- "$BIN" extract --date 2023-02-30 "$A"
expect bad-lang-opt 2 "--lang" -- "$BIN" extract --lang tlh "$A"
expect eval-no-gold 2 "--gold" -- "$BIN" eval "$A"
expect bad-view 2 "--view" -- "$BIN" render --view pie "$A"
expect bad-events 2 "unknown kind 'hired'" -- "$BIN" render --events hired "$A"

printf '' >"$T/empty.txt"
expect empty 3 "empty.txt" -- "$BIN" extract "$T/empty.txt"
printf -- '---\ndate: 2023-11-20\n---\n' >"$T/fm-only.txt"
expect front-matter-only 3 "fm-only.txt" -- "$BIN" extract "$T/fm-only.txt"
printf -- '---\ndate: 2023-13-45\n---\nTexte.\n' >"$T/bad-date.txt"
expect bad-date 3 "bad-date.txt:2" -- "$BIN" extract "$T/bad-date.txt"
printf -- '---\ndate 2023-11-20\n---\nTexte.\n' >"$T/bad-fm.txt"
expect bad-front-matter 3 "bad-fm.txt:2" -- "$BIN" extract "$T/bad-fm.txt"
printf 'Bonjour \xff\xfe le monde\n' >"$T/bad-utf8.txt"
expect invalid-utf8 3 "bad-utf8.txt:1:9" -- "$BIN" extract "$T/bad-utf8.txt"
printf 'abc\0def\n' >"$T/nul.txt"
expect nul-bytes 3 "NUL" -- "$BIN" extract "$T/nul.txt"
printf '\xff\xfeH\0i\0' >"$T/utf16.txt"
expect utf16 3 "UTF-16" -- "$BIN" extract "$T/utf16.txt"
printf '{"id":"a","text":"Jean Dupont a rejoint Renault."}\n{"id":"b","text":\n' >"$T/c.jsonl"
expect jsonl-broken 3 "c.jsonl:2" -- "$BIN" extract "$T/c.jsonl"
expect jsonl-keep-going 0 "c.jsonl:2" -- "$BIN" extract --keep-going "$T/c.jsonl"
expect max-bytes 0 "over the limit" -- "$BIN" extract --max-article-bytes 100 "$A"

# stdin, output files, formats
expect stdin 0 "" -- sh -c "printf 'Le PDG de Renault, Jean Dupont, a été limogé hier.\n' | '$BIN' facts --date 2024-03-05 --lang fr -"
check stdin-facts grep -q $'EVENT\tJean Dupont\tceo\tRenault\tdismissed\t2024-03-04' "$T/out"
# An article known only to its month: accepted; "le mois dernier" resolved
# to the month before, "hier" left undated (issue 15).
expect month-date 0 "EVENT	Jean Dupont	ceo	Renault	dismissed	2024-02" -- sh -c "printf 'Le PDG de Renault, Jean Dupont, a été limogé le mois dernier.\n' | '$BIN' facts --date 2024-03 --lang fr -"
expect month-date-front-matter 0 "ROLE	Jean Dupont	ceo	Renault" -- sh -c "printf -- '---\ndate: 2024-03\nlang: fr\n---\nLe PDG de Renault, Jean Dupont, a été limogé hier.\n' | '$BIN' facts -"
# A role with no organisation named: in the graph, not in the facts
# (FORMAT.md requires the organisation); --all prints it (session 7).
printf -- '---\ndate: 2024-03-05\nlang: en\n---\nThe Times reported that the board selected Jane Okoro, its former chief financial officer, to become chief executive.\n' >"$T/no-org.txt"
"$BIN" facts "$T/no-org.txt" >"$T/no-org.tsv" 2>/dev/null
check facts-no-org-role test -z "$(grep '^ROLE' "$T/no-org.tsv")"
expect facts-all-no-org-role 0 "ROLE	Jane Okoro	cfo		" -- "$BIN" facts --all "$T/no-org.txt"
expect bad-month-date 3 "invalid date '2024-13'" -- sh -c "printf -- '---\ndate: 2024-13\n---\nx\n' | '$BIN' facts -"
for f in turtle ntriples nquads trig rdfxml json; do
  expect "format-$f" 0 "" -- "$BIN" extract -q -f $f -o "$T/g.$f" "$A"
  check "format-$f-nonempty" test -s "$T/g.$f"
done
check no-temp-left sh -c "! ls '$T' | grep -q '\.tmp\.'"
# A failing run must not leave a half-written or clobbered output.
echo "keep me" >"$T/keep.ttl"
expect atomic-on-error 3 "" -- "$BIN" extract -o "$T/keep.ttl" "$T/bad-utf8.txt"
check atomic-kept grep -q "keep me" "$T/keep.ttl"
# Determinism: same input, same bytes.
"$BIN" extract -f nquads corpus/ >"$T/a.nq" 2>/dev/null; "$BIN" extract -f nquads corpus/ >"$T/b.nq" 2>/dev/null
check deterministic-nquads cmp -s "$T/a.nq" "$T/b.nq"
"$BIN" extract -j 1 -f nquads corpus/ >"$T/j1.nq" 2>/dev/null; "$BIN" extract -j 2 -f nquads corpus/ >"$T/j2.nq" 2>/dev/null
check jobs-same-output cmp -s "$T/j1.nq" "$T/j2.nq"
expect bad-jobs 2 "-j" -- "$BIN" extract -j 0 "$A"
"$BIN" render -T dot corpus/ >"$T/a.dot" 2>/dev/null; "$BIN" render -T dot corpus/ >"$T/b.dot" 2>/dev/null
check deterministic-dot cmp -s "$T/a.dot" "$T/b.dot"
# facts from the articles and from the RDF they produce agree.
"$BIN" facts corpus/ >"$T/f1.tsv" 2>/dev/null; "$BIN" facts "$T/a.nq" >"$T/f2.tsv" 2>/dev/null
check facts-from-rdf cmp -s "$T/f1.tsv" "$T/f2.tsv"
expect explain 0 "=> EVENT" -- "$BIN" explain "$A"
expect no-gazetteer 0 "" -- "$BIN" facts --no-gazetteer "$A"
expect bad-gazetteer 3 "g.tsv:1" -- sh -c "printf 'Foo\tplanet\n' >'$T/g.tsv'; '$BIN' facts --gazetteer '$T/g.tsv' '$A'"

# -q is --quiet for the store commands too (only `query` reads -q FILE).
# Berkeley DB compares keys with memcmp past their end (harmless, inside
# its pages): ASan's strict memcmp check is off for these, as in
# tests/golden/store-check.sh.
ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_memcmp=0" expect ingest-q 0 "" -- "$BIN" ingest -q --store "$T/st" "$A"
ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_memcmp=0" expect stats-q 0 "articles" -- "$BIN" stats -q --store "$T/st"
# -o a FIFO or device writes into it: a temporary file renamed over it
# replaced /dev/null by a plain file once.  Checked on a FIFO of our own.
mkfifo "$T/fifo"
cat "$T/fifo" >"$T/fifo.nq" & reader=$!
"$BIN" extract -q -f nquads -o "$T/fifo" "$A" 2>/dev/null; wait $reader
check fifo-nquads-stays-fifo test -p "$T/fifo"
check fifo-nquads-written grep -q "NewsArticle" "$T/fifo.nq"
cat "$T/fifo" >"$T/fifo.tsv" & reader=$!
"$BIN" facts -o "$T/fifo" "$A" 2>/dev/null; wait $reader
check fifo-facts-stays-fifo test -p "$T/fifo"
check fifo-facts-written grep -q "^EVENT" "$T/fifo.tsv"
check dev-null-still-a-device test -c /dev/null

# index-words: the word lists' index of a data directory; the facts are the
# same with it as without it (the lists read as text)
mkdir -p "$T/d" && cp data/gazetteer.tsv data/firstnames.txt data/wordlists.tsv "$T/d/"
expect index-words-input 2 "takes no input" -- "$BIN" index-words --data-dir "$T/d" "$A"
expect index-words 0 "wordlists.idx" -- "$BIN" index-words --data-dir "$T/d"
check index-words-file test -f "$T/d/wordlists.idx"
"$BIN" facts -q --data-dir "$T/d" corpus/*.txt >"$T/idx.tsv" 2>/dev/null
rm -f "$T/d/wordlists.idx"
"$BIN" facts -q --data-dir "$T/d" corpus/*.txt >"$T/noidx.tsv" 2>/dev/null
check index-words-same-facts cmp -s "$T/idx.tsv" "$T/noidx.tsv"
check index-words-facts-not-empty grep -q "^EVENT" "$T/idx.tsv"
# web inputs (issue 16): pages, feeds, crawls, by name, by sniffing, on stdin
W=tests/data/web
expect help-inputs 0 ".warc.gz" -- "$BIN" --help
expect html-stdin 0 "" -- sh -c "'$BIN' facts - <$W/pages/001_296144439f759787.html"
check html-stdin-facts grep -q "^EVENT" "$T/out"
expect warc-stdin 0 "" -- sh -c "'$BIN' extract -q -f nquads - <$W/seeds.warc.gz"
check warc-stdin-5-articles test "$(grep -c 'schema.org/NewsArticle> <https://w3id.org/newskg/id/article/stdin-r' "$T/out")" = 5
cp $W/seeds.rss "$T/feed.txt"
expect feed-sniffed 0 "" -- "$BIN" extract -q -f nquads "$T/feed.txt"
check feed-sniffed-5-articles test "$(grep -c 'schema.org/NewsArticle>' "$T/out")" = 5
printf '<html><body><p>Caf\xe9 cr\xe8me.</p></body></html>' >"$T/latin.html"
expect html-undeclared-latin1 3 "latin.html: byte 18: invalid UTF-8" -- "$BIN" extract "$T/latin.html"
expect html-keep-going 0 "latin.html: byte 18" -- "$BIN" extract --keep-going "$T/latin.html" "$A"
printf '<html><head><meta charset="iso-8859-1"></head><body><p>Caf\xe9 : Jean Dupont a rejoint Renault.</p></body></html>' >"$T/latin-ok.html"
expect html-declared-latin1 0 "" -- "$BIN" explain "$T/latin-ok.html"
check html-declared-latin1-text grep -q "Café" "$T/out"
printf '<rss><channel>\n<item><title>A &nbsp; B</title></item></channel></rss>' >"$T/bad.rss"
expect feed-not-xml 3 "bad.rss:2:" -- "$BIN" extract "$T/bad.rss"
printf '<rss><channel><item><title>A</title></item><item><title>B</title><description>Jean Dupont a rejoint Renault.</description></item></channel></rss>' >"$T/holes.rss"
expect feed-item-keep-going 0 "holes.rss:1: item 1 has no content" -- "$BIN" extract --keep-going "$T/holes.rss"
expect feed-item-fails 3 "item 1 has no content" -- "$BIN" extract "$T/holes.rss"
{ zcat $W/seeds.warc.gz; printf 'WARC/1.0\r\nWARC-Type: response\r\nContent-Length: x\r\n\r\n'; } >"$T/bad.warc"
expect warc-bad-record 3 "bad.warc: record at byte" -- "$BIN" extract "$T/bad.warc"
expect warc-keep-going 0 "missing or bad Content-Length" -- "$BIN" extract --keep-going -f nquads "$T/bad.warc"
check warc-keep-going-articles test "$(grep -c 'schema.org/NewsArticle>' "$T/out")" = 5
mkdir -p "$T/web" && cp $W/pages/000_3601464e92144aed.html $W/seeds.atom $W/seeds.warc.gz "$T/web/"
expect web-directory 0 "" -- "$BIN" extract -q -f nquads "$T/web"
check web-directory-11-articles test "$(grep -c 'schema.org/NewsArticle>' "$T/out")" = 11
# article dates at month and year precision are typed as such
printf -- '---\ndate: 2023-11\n---\nJean Dupont a rejoint Renault.\n' >"$T/month.txt"
expect month-date 0 "" -- "$BIN" extract -f ntriples "$T/month.txt"
check month-date-gYearMonth grep -q 'datePublished> "2023-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>' "$T/out"
printf -- '---\ndate: 2023\n---\nJean Dupont a rejoint Renault.\n' >"$T/year.txt"
expect year-date 0 "" -- "$BIN" extract -f ntriples "$T/year.txt"
check year-date-gYear grep -q 'datePublished> "2023"^^<http://www.w3.org/2001/XMLSchema#gYear>' "$T/out"
printf '<html><head><meta name="dc.date" content="2023-11"></head><body><p>Jean Dupont a rejoint Renault.</p></body></html>' >"$T/month.html"
expect month-date-html 0 "" -- "$BIN" extract -f ntriples "$T/month.html"
check month-date-html-gYearMonth grep -q 'datePublished> "2023-11"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>' "$T/out"
echo "cli: $pass passed, $fail failed"
[ $fail = 0 ]

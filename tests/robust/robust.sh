#!/usr/bin/env bash
# Robustness tests, end to end (docs/robustness.md): hostile text through
# every output format and outside parsers, huge articles, symlink loops,
# unreadable files, CRLF and UTF-16 input, atomic outputs under kill -9,
# and the fuzz regression inputs replayed under ASan/UBSan.
# Usage: tests/robust/robust.sh [BIN [ASAN_BIN]]
#   BIN       normal build (default build/newskg)
#   ASAN_BIN  ASan + UBSan build (default build/asan/newskg); tests that
#             need it are skipped when it is missing.
# Environment: ROBUST_BIG_SECONDS (default 60) bounds the 100 MB article
# run with a raised --max-article-bytes; past it that part is skipped.
# Prints "robust: N passed, N failed (N skipped)"; exit 1 on any failure.
set -u
cd "$(dirname "$0")/../.." || exit 2
ROOT=$PWD
BIN=${1:-build/newskg}
ASAN_BIN=${2:-build/asan/newskg}
case $BIN in /*) ;; *) BIN=$ROOT/$BIN ;; esac
case $ASAN_BIN in /*) ;; *) ASAN_BIN=$ROOT/$ASAN_BIN ;; esac
BIG_SECS=${ROBUST_BIG_SECONDS:-60}
PY=/usr/bin/python3
T=$(mktemp -d) UNR_EXTRA=""
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T" ${UNR_EXTRA:+"$UNR_EXTRA"}' EXIT
# Quoted for the sanitizers' option parser: the checkout's path may hold spaces.
export LSAN_OPTIONS="suppressions='$ROOT/tests/lsan.supp':print_suppressions=0"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
pass=0 fail=0 skip=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
skipped() { skip=$((skip + 1)); echo "SKIP $*"; }
section() { echo "-- $*"; }
[ -x "$BIN" ] || { echo "robust.sh: $BIN missing (make)" >&2; exit 2; }
have_asan=0; [ -x "$ASAN_BIN" ] && have_asan=1

# ---------------------------------------------------------------- hostile text
section "hostile text: quotes, markup, braces, controls, bidi marks, emoji, long words"
# Two sets: "hostile" holds what XML 1.0 can carry; "controls" adds C0
# controls, DEL and the non-characters U+FFFE/U+FFFF, which it cannot.
"$PY" - "$T" <<'PYEOF'
import json, os, sys
T = sys.argv[1]
long_word = "Ab" + "c" * 5000
rtl = "\u200f\u202e\u2066"                   # RLM, RLO, LRI
emoji = "\U0001F680\U0001F1EB\U0001F1F7\U0001F469\u200d\U0001F4BB"
def q(s):  # a double-quoted front matter value
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'
def articles(extra):
    fr = ("---\ndate: 2023-11-20\nlang: fr\nid: " + q("hostile<&>\"'{}") +
          "\nurl: " + q("https://example.com/a b<c>\"{}|\\^`?q=1&r=2#frag") +
          "\ntitle: " + q("Titre \"guillemets\" 'apostrophes' <b>gras</b> & {accolades} \\ fin" + extra + rtl) +
          "\n---\n"
          "Le conseil d'administration de Veltrane & Fils a nommé Jean \"Le <Boss>\" Dupont-" + rtl +
          "Smith directeur général le 6 novembre 2023, a déclaré \"{Big & Co}\" <dans> un communiqué \\ avec "
          + extra + " " + emoji + ".\n"
          "Jean Dupont-Smith, jusqu'ici directeur des opérations de Veltrane & Fils, remplace Marianne "
          + long_word + ", partie à la retraite en septembre.\n\n"
          "Le PDG d'O'Reilly <Media> & {Co}, Pierre L'Hermite, a été limogé hier : \"c'est fini\", "
          "a dit M. L'Hermite.\tTab\\Back\\slash ]]> --> <![CDATA[ x ]]>" + extra + "\n"
          "Le groupe Émoji\U0001F600Corp a nommé Zoë " + rtl + "אבי" + rtl + " Cohen \U0001F680 directrice financière.\n")
    en = ("---\ndate: 2024-03-05\nlang: en\ntitle: 'quotes '' and \\ and </title> and ]]> and --> " + extra + "'\n---\n"
          "OpenAI\u200f \U0001F680 fired Sam \"The <Man>\" Altman as chief executive on Friday, the company said in a "
          "blog post titled \"Ethics & {AI} \\ <b>bold</b>\".\n"
          "Acme <Corp> & Sons Inc. appointed Jane O'Brien-Smythe " + rtl + "\U0001F642 as CEO on March 1, 2024. "
          + long_word.upper() + " was not available for comment." + extra + "\n")
    return fr, en
for name, extra in (("hostile", "\u0085\u2028\u2029 \\\\ {{}}"),
                    ("controls", "".join(map(chr, (1, 2, 7, 8, 0x0b, 0x0c, 0x1b, 0x7f))) + "\ufffe\uffff")):
    d = os.path.join(T, name); os.makedirs(d)
    fr, en = articles(extra)
    open(os.path.join(d, "fr.txt"), "w", encoding="utf-8").write(fr)
    open(os.path.join(d, "en.txt"), "w", encoding="utf-8").write(en)
    # The same bodies as JSON Lines, every field a JSON string.
    with open(os.path.join(d, "c.jsonl"), "w", encoding="utf-8") as f:
        for i, art in enumerate((fr, en)):
            body = art.split("\n---\n", 1)[1]
            f.write(json.dumps({"id": "j%d<&>" % i, "date": "2024-01-0%d" % (i + 1), "lang": ("fr", "en")[i],
                                "title": "T\"<&>'{}\\" + extra, "url": "http://x/<>\"{}", "text": body},
                               ensure_ascii=bool(i)) + "\n")
PYEOF

declare -A EXT=([turtle]=ttl [ntriples]=nt [nquads]=nq [trig]=trig [rdfxml]=rdf [json]=rj)  # .rj: newskg reads a .json input as an article
declare -A RDFLIB=([turtle]=turtle [ntriples]=nt [nquads]=nquads [trig]=trig [rdfxml]=xml)
rdf_count() { # FILE FORMAT -> rapper's count, or empty on any parse error
  local o; o=$(rapper -i "$2" -c "$1" 2>&1)
  grep -q 'Error' <<<"$o" || sed -n 's/.*returned \([0-9]*\) .*/\1/p' <<<"$o"
}
other_count() { # FILE FORMAT -> count by rdflib (RDF/JSON: Python's json)
  "$PY" - "$1" "$2" <<'PYEOF' 2>/dev/null
import sys, json
path, fmt = sys.argv[1], sys.argv[2]
if fmt == "json":   # rdflib 6 has no RDF/JSON parser: count the objects
    d = json.load(open(path, encoding="utf-8"))
    print(sum(len(objs) for preds in d.values() for objs in preds.values()))
else:
    import rdflib
    if fmt in ("nquads", "trig"):
        ds = rdflib.ConjunctiveGraph(); ds.parse(path, format=fmt)
        print(sum(len(g) for g in ds.contexts()))
    else:
        g = rdflib.Graph(); g.parse(path, format=fmt); print(len(g))
PYEOF
}
fmt_for_other() { [ "$1" = json ] && echo json || echo "${RDFLIB[$1]}"; }

for set in hostile controls; do
  D=$T/$set; IN=("$D/fr.txt" "$D/en.txt" "$D/c.jsonl")
  "$BIN" facts -q "${IN[@]}" >"$D/facts.tsv" 2>"$D/facts.err" && [ -s "$D/facts.tsv" ] && ok || ko "$set: facts"
  grep -q "Veltrane & Fils" "$D/facts.tsv" && ok || ko "$set: facts lack 'Veltrane & Fils'"
  tri="" quad=""
  for f in turtle ntriples nquads trig rdfxml json; do
    out=$D/g.${EXT[$f]}
    if ! "$BIN" extract -q -f $f -o "$out" "${IN[@]}" 2>"$D/err.$f"; then
      ko "$set: extract -f $f: $(head -c 200 "$D/err.$f")"; continue
    fi
    ok
    n=$(rdf_count "$out" $f)
    if [ -z "$n" ]; then ko "$set: rapper cannot parse $f: $(rapper -q -i $f -c "$out" 2>&1 | head -2 | tr '\n' ' ' | head -c 300)"; continue; fi
    ok
    m=$(other_count "$out" "$(fmt_for_other $f)")
    [ "$m" = "$n" ] && ok || ko "$set: $f: rdflib/json counts '${m}', rapper $n"
    case $f in
      nquads|trig) [ -z "$quad" ] && quad=$n; [ "$n" = "$quad" ] && ok || ko "$set: $f has $n quads, nquads $quad" ;;
      *) [ -z "$tri" ] && tri=$n; [ "$n" = "$tri" ] && ok || ko "$set: $f has $n triples, turtle $tri" ;;
    esac
    # Read back by newskg itself: the same facts as from the text.
    if "$BIN" facts -q "$out" >"$D/back.$f.tsv" 2>"$D/back.$f.err" && cmp -s "$D/facts.tsv" "$D/back.$f.tsv"; then ok
    else ko "$set: facts read back from $f differ from the text's: $(head -c 200 "$D/back.$f.err")"; fi
  done
  echo "   $set: $tri triples, $quad quads"
  for v in moves timeline network; do
    if "$BIN" render -q --view $v -T dot -o "$D/$v.dot" "${IN[@]}" 2>"$D/err.dot"; then ok; else ko "$set: render $v dot"; continue; fi
    dot -Tsvg "$D/$v.dot" >/dev/null 2>"$D/dot.err" && ok || ko "$set: dot -Tsvg rejects the $v DOT: $(head -c 200 "$D/dot.err")"
    "$BIN" render -q --view $v -T svg -o "$D/$v.svg" "${IN[@]}" 2>/dev/null && ok || ko "$set: render $v svg"
    "$PY" -c 'import sys, xml.dom.minidom as m; m.parse(sys.argv[1])' "$D/$v.svg" 2>"$D/svg.err" && ok ||
      ko "$set: $v SVG is not well-formed XML: $(tail -1 "$D/svg.err")"
  done
  if [ $have_asan = 1 ]; then
    "$ASAN_BIN" extract -q -f nquads "${IN[@]}" >/dev/null 2>"$D/asan.err"; rc=$?
    [ $rc = 0 ] && ! grep -qE 'runtime error|AddressSanitizer|LeakSanitizer' "$D/asan.err" && ok ||
      ko "$set: ASan/UBSan extract (exit $rc): $(grep -m1 -E 'runtime error|ERROR' "$D/asan.err")"
    "$ASAN_BIN" render -q --view network -T svg "${IN[@]}" >/dev/null 2>"$D/asan.err"; rc=$?
    [ $rc = 0 ] && ! grep -qE 'runtime error|AddressSanitizer|LeakSanitizer' "$D/asan.err" && ok ||
      ko "$set: ASan/UBSan render (exit $rc): $(grep -m1 -E 'runtime error|ERROR' "$D/asan.err")"
  fi
done

# An article in which nothing at all is found (no name, title, date or
# pronoun): src/mentions.c sorted a NULL array (qsort(NULL, 0, ...)).
if [ $have_asan = 1 ]; then
  printf 'ok ok ok.\n' >"$T/nothing.txt"
  "$ASAN_BIN" extract -q "$T/nothing.txt" >/dev/null 2>"$T/nothing.err"; rc=$?
  [ $rc = 0 ] && ! grep -q 'runtime error' "$T/nothing.err" && ok ||
    ko "article with no mentions under UBSan (exit $rc): $(grep -m1 'runtime error' "$T/nothing.err")"
else
  skipped "ASan checks: $ASAN_BIN missing (make BUILD=build/asan SAN=1 all)"
fi

# ----------------------------------------------------------- 100 MB, one line
section "a 100 MB single-line article"
"$PY" -c '
import sys
s = b"Le conseil de Veltrane a nomme Jean Dupont directeur general le 6 novembre 2023. "
n = 100 * 1000 * 1000
sys.stdout.buffer.write((s * (n // len(s) + 1))[:n])' >"$T/big.txt"
tv() { /usr/bin/time -f '%e %M' -o "$T/time" "$@"; } # elapsed s, max RSS KB
tv "$BIN" extract --date 2023-11-20 --lang fr -f nquads "$T/big.txt" >"$T/big.nq" 2>"$T/big.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && ok || ko "big, default limit: exit $rc"
grep -q "big.txt: article is 100000000 bytes, over the limit of 16777216 (--max-article-bytes); skipped" "$T/big.err" && ok ||
  ko "big, default limit: no warning naming the file and the limit: $(head -c 200 "$T/big.err")"
[ "$kb" -lt 102400 ] && ok || ko "big, default limit: $kb KB of memory to skip it"
echo "   default limit: skipped with a warning in ${secs}s, max RSS ${kb} KB"
# Through a pipe: no size to look at first, so the reader stops reading at
# the limit.
tv sh -c 'cat "$2" | "$1" extract --date 2023-11-20 --lang fr - >/dev/null 2>"$3"' sh "$BIN" "$T/big.txt" "$T/stdin.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && grep -q "<stdin>: article is more than 16777216 bytes, over the limit" "$T/stdin.err" && ok ||
  ko "big on stdin: exit $rc, $(head -c 200 "$T/stdin.err")"
[ "$kb" -lt 102400 ] && ok || ko "big on stdin: $kb KB of memory to skip it"
echo "   on stdin: skipped after reading 16 MiB in ${secs}s, max RSS ${kb} KB"
tv timeout "$BIG_SECS" "$BIN" extract -q --date 2023-11-20 --lang fr --max-article-bytes 200000000 \
   -f nquads -o "$T/bigr.nq" "$T/big.txt" 2>"$T/bigr.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
if [ $rc = 124 ]; then
  skipped "big with --max-article-bytes 200000000: not done in ${BIG_SECS}s (stopped; max RSS ${kb} KB by then)"
elif [ $rc = 137 ]; then
  skipped "big with --max-article-bytes 200000000: killed by SIGKILL (out of memory?) after ${secs}s, max RSS ${kb} KB"
elif [ $rc = 0 ] && [ -s "$T/bigr.nq" ]; then
  ok; echo "   raised limit: done in ${secs}s, max RSS ${kb} KB"
else
  ko "big with a raised limit: exit $rc: $(head -c 300 "$T/bigr.err")"
fi
# The same size as one JSON Lines record, followed by a good one: the long
# line is skipped (the reader stops storing it at the limit), the next read.
{ printf '{"id":"huge","text":"'; head -c 100000000 "$T/big.txt"; printf '"}\n';
  printf '{"id":"small","date":"2024-03-05","lang":"fr","text":"Le PDG de Renault, Jean Dupont, a été limogé hier."}\n'; } >"$T/big.jsonl"
tv "$BIN" facts "$T/big.jsonl" >"$T/bigj.tsv" 2>"$T/bigj.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && grep -q "big.jsonl:1: article is 1000000[0-9]* bytes, over the limit of 16777216" "$T/bigj.err" &&
  grep -q "Jean Dupont" "$T/bigj.tsv" && ok || ko "100 MB JSON line: exit $rc: $(head -c 200 "$T/bigj.err")"
[ "$kb" -lt 102400 ] && ok || ko "100 MB JSON line: $kb KB of memory to skip it"
echo "   JSON Lines: a 100 MB record skipped, the next one read, in ${secs}s, max RSS ${kb} KB"
rm -f "$T/big.txt" "$T/big.nq" "$T/bigr.nq" "$T/big.jsonl"

# ------------------------------------------------------------- hostile web input
section "hostile web input: deep HTML, a gzip bomb, a cut crawl, a big crawl"
"$PY" - "$T" <<'PYEOF'
import gzip, sys
T = sys.argv[1]
# a paragraph, then 200,000 nested elements (those past 400 deep are
# dropped: no page nests so deep, and the reader's walks recurse)
open(T + "/deep.html", "w").write("<html><body><p>Jean Dupont a rejoint Renault.</p>" +
    "<div>" * 200000 + "<p>Tout au fond.</p>" + "</div>" * 200000 + "</body></html>")
def rec(block, kind="response", ctype="application/http; msgtype=response"):
    h = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: https://x.example/\r\n"
         "WARC-Date: 2023-11-20T10:00:00Z\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n"
         % (kind, ctype, len(block)))
    return h.encode() + block + b"\r\n\r\n"
page = b"<html><body><p>Jean Dupont a rejoint Renault le 3 mai 2023.</p></body></html>"
ok = rec(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
# 1 GB of spaces, gzip content coding: some 1 MB on disk
bomb = gzip.compress(b" " * (1 << 30), 9)
with open(T + "/bomb.warc.gz", "wb") as f:
    f.write(gzip.compress(rec(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n\r\n" + bomb)))
    f.write(gzip.compress(ok))
# a record that claims more than the file holds
with open(T + "/cut.warc", "wb") as f:
    f.write(ok)
    f.write(rec(b"HTTP/1.1 200 OK\r\n\r\n" + b"x" * 1000)[:600])
# a crawl of 200 MB once uncompressed: streamed, never held whole
with gzip.open(T + "/big.warc.gz", "wb", 1) as f:
    junk = rec(b"x" * (1 << 20), "resource", "application/octet-stream")
    for i in range(200):
        f.write(junk)
    f.write(ok)
PYEOF
tv timeout 60 "$BIN" extract -q -f nquads "$T/deep.html" >"$T/deep.nq" 2>"$T/deep.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && grep -q "Jean Dupont" "$T/deep.nq" && ok || ko "deep HTML: exit $rc: $(head -c 200 "$T/deep.err")"
echo "   200,000 nested elements: ${secs}s, max RSS ${kb} KB"
tv "$BIN" extract -f nquads "$T/bomb.warc.gz" >"$T/bomb.nq" 2>"$T/bomb.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && grep -q "bomb.warc.gz (record at byte 0, gzip member at byte 0): page over the limit of 16777216 bytes once uncompressed" "$T/bomb.err" &&
  grep -q "NewsArticle" "$T/bomb.nq" && ok || ko "gzip bomb: exit $rc: $(head -c 300 "$T/bomb.err")"
[ "$kb" -lt 204800 ] && ok || ko "gzip bomb: $kb KB of memory"
echo "   a 1 GB gzip bomb in a record: skipped in ${secs}s, max RSS ${kb} KB"
"$BIN" extract -q "$T/cut.warc" >/dev/null 2>"$T/cut.err"; rc=$?
[ $rc = 3 ] && grep -q "cut.warc: byte [0-9]*: the record is cut short" "$T/cut.err" && ok ||
  ko "cut crawl: exit $rc: $(head -c 300 "$T/cut.err")"
"$BIN" extract --keep-going -f nquads "$T/cut.warc" >"$T/cut.nq" 2>"$T/cut.err"; rc=$?
[ $rc = 0 ] && grep -q "NewsArticle" "$T/cut.nq" && grep -q "cut short" "$T/cut.err" && ok ||
  ko "cut crawl, --keep-going: exit $rc: $(head -c 300 "$T/cut.err")"
tv "$BIN" extract -f nquads "$T/big.warc.gz" >"$T/bigw.nq" 2>"$T/bigw.err"; rc=$?
read -r secs kb < <(tail -1 "$T/time")
[ $rc = 0 ] && grep -q "NewsArticle" "$T/bigw.nq" && ok || ko "big crawl: exit $rc: $(head -c 300 "$T/bigw.err")"
[ "$kb" -lt 102400 ] && ok || ko "big crawl: $kb KB of memory"
echo "   a 200 MB crawl: read in ${secs}s, max RSS ${kb} KB"
rm -f "$T/deep.html" "$T/bomb.warc.gz" "$T/big.warc.gz" "$T"/*.nq

# -------------------------------------------------------------- symlink loops
section "symlink loops"
mkdir -p "$T/loop/sub"
cp tests/corpus/001_veltrane_nomination.txt "$T/loop/a.txt"
ln -s .. "$T/loop/sub/up"          # directory loop
ln -s self.txt "$T/loop/self.txt"  # a link to itself
"$BIN" facts "$T/loop" >"$T/loop.tsv" 2>"$T/loop.err"; rc=$?
[ $rc = 0 ] && ok || ko "symlink loop: exit $rc"
grep -q "sub/up: symlink loop" "$T/loop.err" && ok || ko "symlink loop: no warning: $(head -c 200 "$T/loop.err")"
grep -q "self.txt: Too many levels of symbolic links; skipped" "$T/loop.err" && ok || ko "self link: no warning"
"$BIN" facts -q "$T/loop/a.txt" >"$T/one.tsv"
cmp -s "$T/loop.tsv" "$T/one.tsv" && ok || ko "symlink loop: the article was not read exactly once"

# ------------------------------------------------------------ unreadable file
section "unreadable files"
# One input the user may not read, everything else readable.  root reads
# any file, so as root the commands run as nobody; nobody must then reach
# the binary and its gazetteer, which a checkout in a private directory
# (mktemp -d, a home directory: mode 0700) does not allow.  So these runs
# use a copy of the binary and of data/ in a world-readable scratch
# directory, never the checkout: the test's own one, or, when nobody cannot
# reach that one either (TMPDIR inside a private directory), one in /tmp.
unr_setup() {  # DIR: the two articles and the copy, all reachable by others
  U=$1
  mkdir -p "$U/unr" "$U/nb/bin" && chmod 755 "$U" "$U/unr" "$U/nb" "$U/nb/bin" &&
    cp tests/corpus/001_veltrane_nomination.txt "$U/unr/a.txt" &&
    cp tests/corpus/002_harbourline_chair.txt "$U/unr/b.txt" &&
    chmod 644 "$U/unr/a.txt" && chmod 000 "$U/unr/b.txt" &&
    cp "$BIN" "$U/nb/bin/newskg" && cp -R "$ROOT/data" "$U/nb/data" && chmod -R a+rX "$U/nb"
}
unr_run() { ( cd / && "${as_user[@]}" "$U/nb/bin/newskg" "$@" ); }
# The same command on the readable article must work for that user: then
# the only thing it cannot read below is b.txt.
unr_probe() {
  unr_run facts --data-dir "$U/nb/data" "$U/unr/a.txt" >"$T/unr.tsv" 2>"$T/unr.err" && grep -q Veltrane "$T/unr.tsv"
}
as_user=() can=1
if [ "$(id -u)" = 0 ]; then
  if ! command -v setpriv >/dev/null; then
    can=0; skipped "unreadable files: running as root, which ignores permissions, and setpriv (util-linux) is missing to run as nobody"
  else
    as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
  fi
fi
if [ $can = 1 ]; then
  unr_setup "$T" || ko "unreadable files: cannot copy the articles, the binary and data/ into $T"
  if ! unr_probe; then
    if [ ${#as_user[@]} = 0 ]; then
      can=0; ko "unreadable files: the readable article fails: $(head -c 200 "$T/unr.err")"
    elif UNR_EXTRA=$(mktemp -d /tmp/newskg-unr.XXXXXX) && unr_setup "$UNR_EXTRA" && unr_probe; then
      echo "   nobody cannot reach $T: the files are in $UNR_EXTRA"
    else
      can=0
      skipped "unreadable files: as nobody even the readable article fails, in $T and in /tmp: $(head -c 200 "$T/unr.err")"
    fi
  fi
fi
if [ $can = 1 ]; then
  unr_run facts --data-dir "$U/nb/data" "$U/unr/b.txt" >/dev/null 2>"$T/unr.err"; rc=$?
  [ $rc = 4 ] && grep -q "unr/b.txt: Permission denied" "$T/unr.err" && ok ||
    ko "unreadable file: exit $rc (want 4): $(head -c 200 "$T/unr.err")"
  unr_run facts --data-dir "$U/nb/data" "$U/unr" >/dev/null 2>"$T/unr.err"; rc=$?
  [ $rc = 4 ] && grep -q "b.txt: Permission denied" "$T/unr.err" && ok ||
    ko "unreadable file in a directory: exit $rc (want 4): $(head -c 200 "$T/unr.err")"
  unr_run facts --keep-going --data-dir "$U/nb/data" "$U/unr" >"$T/unr.tsv" 2>"$T/unr.err"; rc=$?
  [ $rc = 0 ] && grep -q "warning: .*b.txt: Permission denied" "$T/unr.err" && grep -q Veltrane "$T/unr.tsv" && ok ||
    ko "--keep-going past an unreadable file: exit $rc: $(head -c 200 "$T/unr.err")"
fi
chmod 644 "$T/unr/b.txt" 2>/dev/null
rm -rf "$T/nb" ${UNR_EXTRA:+"$UNR_EXTRA"}; UNR_EXTRA=""

# ------------------------------------------------------------ line ends, BOMs
section "CRLF, CR, BOMs, UTF-16"
mkdir -p "$T/lf" "$T/crlf" "$T/cr" "$T/bom"
for f in corpus/*.txt tests/corpus/00*.txt; do
  b=$(basename "$f")
  cp "$f" "$T/lf/$b"
  sed 's/$/\r/' "$f" >"$T/crlf/$b"
  tr '\n' '\r' <"$f" >"$T/cr/$b"
  { printf '\357\273\277'; cat "$f"; } >"$T/bom/$b"
done
"$BIN" facts -q "$T/lf" >"$T/lf.tsv"; "$BIN" extract -q -f nquads "$T/lf" >"$T/lf.nq"
for v in crlf cr bom; do
  "$BIN" facts -q "$T/$v" >"$T/$v.tsv" 2>&1 && cmp -s "$T/lf.tsv" "$T/$v.tsv" && ok || ko "$v input: facts differ from LF input"
  # Offsets are into the normalised body, so the whole graph is the same.
  "$BIN" extract -q -f nquads "$T/$v" >"$T/$v.nq" 2>&1 && cmp -s "$T/lf.nq" "$T/$v.nq" && ok || ko "$v input: N-Quads differ from LF input"
done
A=tests/corpus/001_veltrane_nomination.txt
iconv -f UTF-8 -t UTF-16LE "$A" | { printf '\377\376'; cat; } >"$T/u16le.txt"
iconv -f UTF-8 -t UTF-16BE "$A" | { printf '\376\377'; cat; } >"$T/u16be.txt"
for v in u16le u16be; do
  "$BIN" extract "$T/$v.txt" >/dev/null 2>"$T/$v.err"; rc=$?
  [ $rc = 3 ] && grep -q "$v.txt:1:1: UTF-16 text is not supported; convert to UTF-8" "$T/$v.err" && ok ||
    ko "$v: exit $rc (want 3): $(head -c 200 "$T/$v.err")"
done

# ------------------------------------------------------------ atomic outputs
section "atomic outputs under kill -9"
mkdir -p "$T/many"
for i in $(seq 1 25); do
  for f in corpus/*.txt tests/corpus/*.txt; do
    b=$(basename "$f" .txt); sed "s/^id: .*/id: r$i-$b/" "$f" >"$T/many/r$i-$b.txt"
  done
done
mkdir -p "$T/out"
# N-Quads stream out article by article (src/app.c); the other formats are
# serialised in memory and written at the end (nkg_write_file_atomic).
for fmt in nquads turtle; do
  F=$T/out/g.$fmt
  "$BIN" extract -q -f $fmt -o "$F" "$A" || ko "atomic $fmt: first output"
  cp "$F" "$T/old.$fmt"
  start=$(date +%s.%N)
  "$BIN" extract -q -f $fmt -o "$T/new.$fmt" "$T/many" || ko "atomic $fmt: reference run"
  full=$(LC_ALL=C awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.3f", b - a }')
  echo "   $fmt: $(ls "$T/many" | wc -l) articles, $(wc -c <"$T/new.$fmt") bytes in ${full}s when not killed"
  killed=0 old=0 new=0 torn=0 left=""
  for frac in 0.1 0.3 0.5 0.7 0.9 tmp; do
    cp "$T/old.$fmt" "$F"
    "$BIN" extract -q -f $fmt -o "$F" "$T/many" 2>/dev/null & pid=$!
    if [ $frac = tmp ]; then
      # Kill as soon as the temporary file exists: during the write itself.
      for _ in $(seq 1 4000); do compgen -G "$F.tmp.*" >/dev/null && break; sleep 0.002; done
    else
      sleep "$(LC_ALL=C awk -v t="$full" -v f="$frac" 'BEGIN { printf "%.3f", t * f }')"
    fi
    kill -9 $pid 2>/dev/null && killed=$((killed + 1))
    wait $pid 2>/dev/null
    if cmp -s "$F" "$T/old.$fmt"; then old=$((old + 1))
    elif cmp -s "$F" "$T/new.$fmt"; then new=$((new + 1))
    else torn=$((torn + 1)); fi
    for g in "$F".tmp.*; do
      [ -e "$g" ] || continue
      # The only thing a kill may leave: the killed run's own temporary
      # file, named TARGET.tmp.PID, beside the target.
      case $g in "$F.tmp.$pid") left="$left $(basename "$g")[$(wc -c <"$g") bytes]";;
                 *) ko "atomic $fmt: unexpected leftover $g";; esac
      rm -f "$g"
    done
  done
  [ $torn = 0 ] && ok || ko "atomic $fmt: $torn output(s) neither the old nor the new complete file"
  echo "   $fmt: $killed runs killed with SIGKILL; the target was the old file $old times, the new one $new times, torn $torn times"
  [ -n "$left" ] && echo "   $fmt: left behind by killed runs (documented in docs/robustness.md):$left"
  [ -z "$(ls "$T/out" | grep -v '^g\.' | grep -v '\.tmp\.')" ] && ok || ko "atomic $fmt: other files in the output directory"
done
"$BIN" extract -q -o "$T/nodir/g.ttl" "$A" 2>"$T/nodir.err"; rc=$?
[ $rc = 4 ] && grep -q "nodir/g.ttl: cannot write" "$T/nodir.err" && ok || ko "output into a missing directory: exit $rc: $(head -c 200 "$T/nodir.err")"
mkdir "$T/isdir"
"$BIN" extract -q -o "$T/isdir" "$A" 2>"$T/isdir.err"; rc=$?
[ $rc = 4 ] && [ -d "$T/isdir" ] && ok || ko "output onto a directory: exit $rc: $(head -c 200 "$T/isdir.err")"
# Runs that end normally (success or error) leave no temporary file.
ls "$T" "$T/out" "$T/isdir" | grep -q '\.tmp\.' && ko "temporary files left after normal runs: $(ls "$T" "$T/out" | grep '\.tmp\.')" || ok

# -------------------------------------------------- fuzz regressions, replayed
section "fuzz regression inputs replayed (gcc, ASan + UBSan)"
ALIB=$(dirname "$ASAN_BIN")/libnewskg.a
if [ $have_asan = 1 ] && [ -f "$ALIB" ]; then
  PKGS="redland raptor2 rasqal libcgraph libgvc libxml-2.0 zlib"
  for t in fuzz_frontmatter fuzz_jsonl fuzz_date fuzz_extract fuzz_html fuzz_feed fuzz_warc; do
    if ! cc -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -Wno-unused-parameter -O1 -g \
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -Iinclude \
        $(pkg-config --cflags $PKGS) tests/fuzz/$t.c tests/fuzz/replay_main.c "$ALIB" \
        $(pkg-config --libs $PKGS) -lm -lpthread -o "$T/$t" 2>"$T/cc.err"; then
      ko "build replay $t: $(head -c 300 "$T/cc.err")"; continue
    fi
    files=$(find tests/fuzz/regressions/$t -type f ! -name '*.md' 2>/dev/null | sort)
    [ -n "$files" ] || { ok; continue; }
    for f in $files; do
      NEWSKG_DATA=$ROOT/data "$T/$t" "$f" >/dev/null 2>"$T/replay.err"; rc=$?
      [ $rc = 0 ] && ok || ko "$t $(basename "$f") (exit $rc): $(grep -m1 -E 'runtime error|ERROR|contract' "$T/replay.err")"
    done
  done
else
  skipped "fuzz regressions: $ALIB missing"
fi

echo "robust: $pass passed, $fail failed ($skip skipped)"
[ $fail = 0 ]

#!/usr/bin/env bash
# The store, SPARQL and the exports, through the CLI: ingest corpus/ twice
# (same stats), remove and re-ingest, the lock, the shipped questions
# (Sam Altman's timeline), every results format read by a parser that is
# not ours (python json, xml.dom, csv), syntax errors (exit 5), the Neo4j
# CSVs, and push to a tiny HTTP server on 127.0.0.1 started here.
# Usage: tests/golden/store-check.sh [BIN]   prints "N passed, N failed".
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-build/newskg}
PY=/usr/bin/python3
T=$(mktemp -d)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; rm -rf "$T"; }
trap cleanup EXIT
# librdf 1.0.17's Berkeley DB cursor over-reads in memcmp, and its
# predicate-index lookups leak under librasqal frames (see test_store.c).
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_memcmp=0:fast_unwind_on_malloc=0:malloc_context_size=8"
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { local what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }
S=$T/store

# ---- ingest twice: same stats; the store agrees with the articles
"$BIN" ingest --quiet --store "$S" corpus/ 2>"$T/err1"; check "ingest exits 0" [ $? = 0 ]
"$BIN" stats --store "$S" >"$T/stats1"; check "stats exits 0" [ $? = 0 ]
"$BIN" ingest --store "$S" corpus/ 2>"$T/err2"; check "second ingest exits 0" [ $? = 0 ]
check "second ingest replaces every graph" grep -q "(5 replaced)" "$T/err2"
"$BIN" stats --store "$S" >"$T/stats2"
check "stats equal after ingesting twice" cmp -s "$T/stats1" "$T/stats2"
"$BIN" stats --quiet corpus/ >"$T/stats-mem"
check "store stats equal in-memory stats" cmp -s "$T/stats1" "$T/stats-mem"
check "5 articles" grep -qE '^articles +5$' "$T/stats1"
check "5 graphs" grep -qE '^graphs +5$' "$T/stats1"
cat "$T/stats1"

# ---- remove one article, then put it back
id=$(ls corpus/*.txt | head -1 | xargs basename | sed 's/\.txt$//')
"$BIN" remove --quiet --store "$S" "$id"; check "remove exits 0" [ $? = 0 ]
"$BIN" stats --store "$S" >"$T/stats3"
check "remove leaves 4 graphs" grep -qE '^graphs +4$' "$T/stats3"
check "remove leaves 4 articles" grep -qE '^articles +4$' "$T/stats3"
"$BIN" remove --quiet --store "$S" "$id" 2>/dev/null; check "removing it again exits 4" [ $? = 4 ]
"$BIN" ingest --quiet --store "$S" corpus/
"$BIN" stats --store "$S" >"$T/stats4"
check "re-ingest restores the stats" cmp -s "$T/stats1" "$T/stats4"

# ---- the lock: a second writer fails, or waits with --wait.  A process of
# ours holds the lock until the waiting writer has said that it waits (60 s
# at most), so no step depends on how fast the machine is.
$PY - "$S/lock" "$T/release" 60 >"$T/holder.out" 2>&1 <<'PYEOF' &
import fcntl, os, sys, time
f = open(sys.argv[1], "r+")
fcntl.flock(f, fcntl.LOCK_EX)
print("locked", flush=True)
end = time.monotonic() + float(sys.argv[3])
while not os.path.exists(sys.argv[2]) and time.monotonic() < end:
    time.sleep(0.05)
PYEOF
holder=$!
for _ in $(seq 600); do grep -q locked "$T/holder.out" 2>/dev/null && break; sleep 0.1; done
check "the lock is held by another process" grep -q locked "$T/holder.out"
"$BIN" ingest --store "$S" corpus/ 2>"$T/lockerr"; rc=$?
check "locked store: exit 4" [ $rc = 4 ]
check "locked store: clear message" grep -q "store is locked" "$T/lockerr"
"$BIN" stats --store "$S" >/dev/null 2>&1; check "locked store: readers fail too" [ $? = 4 ]
"$BIN" ingest --wait --store "$S" corpus/ 2>"$T/waiterr" &
waiter=$!
for _ in $(seq 600); do grep -q waiting "$T/waiterr" 2>/dev/null && break; kill -0 $waiter 2>/dev/null || break; sleep 0.1; done
check "--wait is still waiting while the lock is held" kill -0 $waiter
touch "$T/release"
wait $waiter; rc=$?
check "--wait waits for the lock" [ $rc = 0 ]
check "--wait says it waits" grep -q "waiting" "$T/waiterr"
wait $holder

# ---- timeline: the dismissal, the move to Microsoft, the return, in order
"$BIN" timeline --store "$S" "Sam Altman" >"$T/tl"; check "timeline exits 0" [ $? = 0 ]
cat "$T/tl"
order=$(awk '/dismissed +OpenAI/ && !d {d=NR} /joined +Microsoft/ && !m {m=NR} /returned +OpenAI/ && !r {r=NR}
             END {print (d && m && r && d < m && m < r) ? "yes" : "no"}' "$T/tl")
check "timeline: dismissed, joined Microsoft, returned, in that order" [ "$order" = yes ]
"$BIN" timeline --store "$S" "sam ALTMAN" >"$T/tl2"
check "timeline: names match ignoring case" cmp -s "$T/tl" "$T/tl2"
"$BIN" timeline "Sam Altman" corpus/ >"$T/tl3" 2>/dev/null
check "timeline from the articles = from the store" cmp -s "$T/tl" "$T/tl3"
"$BIN" timeline --store "$S" 'x" } ; DROP ALL ; #' >"$T/inj"; rc=$?
check "hostile name: a literal, no rows, exit 0" [ $rc = 0 ]
check "hostile name: (0 rows)" grep -q "(0 rows)" "$T/inj"
"$BIN" head --store "$S" OpenAI 2023-11-25 >"$T/head"
check "head of OpenAI on 2023-11-25 is Sam Altman" grep -q "Sam Altman" "$T/head"
"$BIN" role-on-date --store "$S" OpenAI 2023-11-20 >"$T/rod"
check "role-on-date: Emmett Shear CEO on 2023-11-20" grep -qE "Emmett Shear +ceo" "$T/rod"
"$BIN" moves --store "$S" OpenAI Microsoft >"$T/moves"
check "moves OpenAI -> Microsoft: Sam Altman" grep -q "Sam Altman" "$T/moves"
# The commands compute timeline, role-on-date, head and moves in C (rasqal is slow
# on the .rq files' OPTIONALs): both must give the same rows.
same_rows() {  # label, command..., --, query args...
  local label=$1; shift
  local a=() b=()
  while [ "$1" != -- ]; do a+=("$1"); shift; done; shift
  "$BIN" "${a[0]}" -F csv "${a[@]:1}" >"$T/c.csv" 2>"$T/c.err"
  "$BIN" query --store "$S" -F csv "$@" >"$T/q.csv" 2>"$T/q.err"
  check "$label: command = shipped query" cmp -s "$T/c.csv" "$T/q.csv"
}
for d in 2023-11-10 2023-11-18 2023-11-20 2023-11-25; do
  for o in OpenAI Microsoft; do
    same_rows "role-on-date $o $d" role-on-date --store "$S" "$o" $d -- -q role-on-date --param "org=$o" --param date=$d
    same_rows "head $o $d" head --store "$S" "$o" $d -- -q head-on-date --param "org=$o" --param date=$d
  done
done
for n in "Sam Altman" "Greg Brockman" "Emmett Shear" "Mira Murati" "Ilya Sutskever"; do
  same_rows "timeline $n" timeline --store "$S" "$n" -- -q timeline --param "name=$n"
done
# Ingest streams the articles in parts: a graph that an RDF file and the
# articles both hold is the union of both, and a default-graph triple of
# an RDF file goes to graph/default; a second ingest gives the same store.
first=$(ls corpus/*.txt | head -1)
"$BIN" extract --quiet -f nquads -o "$T/one.nq" "$first"
gname=$(awk '{print $(NF-1)}' "$T/one.nq" | head -1)
printf '<http://ex.org/x> <http://ex.org/p> "only in the RDF file" %s .\n' "$gname" >>"$T/one.nq"
printf '<http://ex.org/a> <http://ex.org/p> "in no graph" .\n' >"$T/dg.nt"
"$BIN" ingest --quiet --store "$T/mix" "$T/one.nq" "$T/dg.nt" corpus/; check "mixed ingest exits 0" [ $? = 0 ]
"$BIN" stats --store "$T/mix" >"$T/mix1"
check "mixed ingest: the seeds' quads and the two extra ones" [ "$(awk '/^quads/{print $2}' "$T/mix1")" = "$(( $(awk '/^quads/{print $2}' "$T/stats1") + 2 ))" ]
"$BIN" export --quiet -f nquads -o "$T/mix.nq" --store "$T/mix"
check "mixed ingest: the RDF file's quad is in the article's graph" grep -q "only in the RDF file\" $gname" "$T/mix.nq"
"$BIN" ingest --quiet --store "$T/mix" "$T/one.nq" "$T/dg.nt" corpus/
"$BIN" stats --store "$T/mix" >"$T/mix2"
check "mixed ingest twice: same stats" cmp -s "$T/mix1" "$T/mix2"
# Two RDF files in the default graph, one triple in both: it is there once.
{ cat "$T/dg.nt"; printf '<http://ex.org/b> <http://ex.org/p> "also in no graph" .\n'; } >"$T/dg2.nt"
"$BIN" ingest --quiet --store "$T/mix" "$T/one.nq" "$T/dg.nt" "$T/dg2.nt" corpus/
check "two default-graph files: the union, each triple once" [ "$(awk '/^quads/{print $2}' "$T/mix1")" = "$(( $("$BIN" stats --store "$T/mix" | awk '/^quads/{print $2}') - 1 ))" ]

# Memberships with start and end dates (the seeds have none): a
# hand-written graph, each date around them, and under the other label.
S0=$S; S=$T/mstore
"$BIN" ingest --quiet --store "$S" tests/golden/memberships.nq; check "ingest memberships.nq" [ $? = 0 ]
for d in 2017-06-01 2019-12-31 2020-01-01 2021-02-15 2021-06-01 2022-06-30 2022-07-01 2024-01-01; do
  for o in Acme "ACME Corp"; do
    same_rows "role-on-date $o $d (memberships)" role-on-date --store "$S" "$o" $d -- -q role-on-date --param "org=$o" --param date=$d
    same_rows "head $o $d (memberships)" head --store "$S" "$o" $d -- -q head-on-date --param "org=$o" --param date=$d
  done
done
check "membership rows are there" grep -q "Bob Kay\|Robert Kay" <("$BIN" role-on-date --store "$S" -F csv Acme 2021-06-01)
S=$S0

# ---- the summary (src/summary.c): the questions at an organisation read
# records kept at each commit; they must stay what the graph says through
# renames, removals, replacements and a store made before the summary.
# NEWSKG_NO_SUMMARY=1 makes the commands read the graph instead.
same_both() {  # label, command args...
  local label=$1; shift
  "$BIN" "$@" -F csv >"$T/s1.csv" 2>&1
  NEWSKG_NO_SUMMARY=1 "$BIN" "$@" -F csv >"$T/s2.csv" 2>&1
  check "$label: summary = graph" cmp -s "$T/s1.csv" "$T/s2.csv"
}
all_questions() {  # label, store
  local d o
  for d in 2020-01-01 2023-11-18 2023-11-25; do
    for o in OpenAI Microsoft Acme; do
      same_both "$1 role-on-date $o $d" role-on-date --store "$2" "$o" $d
      same_both "$1 head $o $d" head --store "$2" "$o" $d
    done
  done
  same_both "$1 moves OpenAI Microsoft" moves --store "$2" OpenAI Microsoft
  same_both "$1 moves Microsoft OpenAI" moves --store "$2" Microsoft OpenAI
}
SS=$T/sumstore
"$BIN" ingest --quiet --store "$SS" corpus/ tests/golden/memberships.nq
check "a new store has a summary" [ -n "$(ls "$SS"/gen-*/summary-sp2o.db 2>/dev/null)" ]
all_questions "new store:" "$SS"
# Another graph names OpenAI again and gives Acme a member: records
# elsewhere carry the new names.
cat >"$T/rename.nq" <<'NQEOF'
<https://w3id.org/newskg/id/org/openai> <http://schema.org/name> "OpenAI Global" <https://w3id.org/newskg/id/article/rename> .
<https://w3id.org/newskg/id/person/sam-altman> <http://schema.org/name> "Samuel Altman" <https://w3id.org/newskg/id/article/rename> .
<https://w3id.org/newskg/id/org/acme> <http://schema.org/name> "Acme Industries" <https://w3id.org/newskg/id/article/rename> .
NQEOF
"$BIN" ingest --quiet --store "$SS" "$T/rename.nq"
all_questions "renamed:" "$SS"
"$BIN" head --store "$SS" -F csv OpenAI 2023-11-25 >"$T/h0.csv"
check "a new name reaches the records" grep -q "Samuel Altman" "$T/h0.csv"
"$BIN" remove --quiet --store "$SS" rename
all_questions "rename removed:" "$SS"
"$BIN" head --store "$SS" -F csv OpenAI 2023-11-25 >"$T/h0.csv"
check "a removed name leaves the records" [ "$(grep -c "Samuel Altman" "$T/h0.csv")" = 0 ]
"$BIN" remove --quiet --store "$SS" "$id" m1
all_questions "articles removed:" "$SS"
"$BIN" ingest --quiet --store "$SS" corpus/ tests/golden/memberships.nq
all_questions "put back:" "$SS"
"$BIN" head --store "$SS" -F csv OpenAI 2023-11-25 >"$T/h1.csv"
# A store without a summary (made before it): the questions read the
# graph; its next write makes the summary from all of it.
rm -f "$SS"/gen-*/summary-*.db
all_questions "no summary:" "$SS"
"$BIN" head --store "$SS" -F csv OpenAI 2023-11-25 >"$T/h2.csv"
check "no summary: same answer" cmp -s "$T/h1.csv" "$T/h2.csv"
"$BIN" ingest --quiet --store "$SS" "$T/rename.nq"
check "the next write makes the summary" [ -n "$(ls "$SS"/gen-*/summary-sp2o.db 2>/dev/null)" ]
all_questions "summary made later:" "$SS"
same_rows "moves OpenAI Microsoft" moves --store "$S" OpenAI Microsoft -- -q moves --param from=OpenAI --param to=Microsoft
same_rows "moves Microsoft OpenAI" moves --store "$S" Microsoft OpenAI -- -q moves --param from=Microsoft --param to=OpenAI
check "head of OpenAI on 2023-11-10: Sam Altman (until his dismissal)" grep -q "Sam Altman" <("$BIN" head --store "$S" OpenAI 2023-11-10)
"$BIN" query --store "$S" -q timeline --param 'name=Sam Altman' -F csv >"$T/tl.csv"
check "query -q timeline --param" [ "$(grep -c ',Sam Altman,' "$T/tl.csv")" = "$(grep -c 'Sam Altman  ' "$T/tl")" ]

# ---- results formats, read by other parsers
Q='PREFIX schema: <http://schema.org/> SELECT ?p ?name WHERE { ?p a schema:Person ; schema:name ?name } ORDER BY ?name'
"$BIN" query --store "$S" -F json "$Q" >"$T/r.json"
check "JSON results parse (python json)" $PY -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["head"]["vars"] == ["p", "name"], d["head"]
b = d["results"]["bindings"]
assert len(b) >= 10 and all(r["p"]["type"] == "uri" for r in b)
assert any(r["name"]["value"] == "Sam Altman" for r in b)' "$T/r.json"
"$BIN" query --store "$S" -F xml "$Q" >"$T/r.xml"
check "XML results parse (xml.dom)" $PY -c '
import sys, xml.dom.minidom as m
d = m.parse(sys.argv[1])
ns = "http://www.w3.org/2005/sparql-results#"
assert d.documentElement.namespaceURI == ns
assert [v.getAttribute("name") for v in d.getElementsByTagNameNS(ns, "variable")] == ["p", "name"]
assert len(d.getElementsByTagNameNS(ns, "result")) >= 10' "$T/r.xml"
"$BIN" query --store "$S" -F csv "$Q" >"$T/r.csv"
check "CSV results parse (python csv)" $PY -c '
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0] == ["p", "name"] and len(rows) >= 11
assert any(r[1] == "Sam Altman" for r in rows)' "$T/r.csv"
"$BIN" query --store "$S" -F tsv "$Q" >"$T/r.tsv"
check "TSV results: header and N-Triples terms" $PY -c '
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0].split("\t") == ["?p", "?name"]
assert all(l.startswith("<") and "\t\"" in l for l in lines[1:])' "$T/r.tsv"
"$BIN" query --store "$S" -F json 'ASK { ?s ?p ?o }' >"$T/ask.json"
check "ASK as JSON" $PY -c 'import json,sys; assert json.load(open(sys.argv[1]))["boolean"] is True' "$T/ask.json"
"$BIN" query --store "$S" -F ntriples 'PREFIX schema: <http://schema.org/> CONSTRUCT { ?p schema:name ?n } WHERE { ?p a schema:Person ; schema:name ?n }' >"$T/c.nt"
check "CONSTRUCT as N-Triples parses (rapper)" rapper -q -i ntriples -c "$T/c.nt"
"$BIN" query --store "$S" 'DESCRIBE <https://w3id.org/newskg/id/person/sam-altman>' >"$T/d.ttl"
check "DESCRIBE gives Turtle about the person" grep -q '"Sam Altman"' "$T/d.ttl"
printf 'SELECT ?x\nWHERE {\n  ?x ?y }\n' >"$T/bad.rq"
"$BIN" query --store "$S" -q "$T/bad.rq" 2>"$T/bad.err"; rc=$?
check "syntax error: exit 5" [ $rc = 5 ]
check "syntax error: says where (file:line)" grep -q "bad.rq:3:" "$T/bad.err"
"$BIN" query --store "$S" 'SELEC ?x WHERE { ?x ?y ?z }' 2>/dev/null; check "syntax error on the command line: exit 5" [ $? = 5 ]

# ---- Neo4j import CSVs
"$BIN" export --store "$S" -f neo4j -o "$T/neo4j" 2>/dev/null; check "export -f neo4j exits 0" [ $? = 0 ]
check "nodes.csv header" [ "$(head -1 "$T/neo4j/nodes.csv")" = "id:ID,:LABEL,name,altNames:string[],wikidata,kind,role,date,modality,trigger,confidence:float,headline,published,language,url" ]
check "relationships.csv header" [ "$(head -1 "$T/neo4j/relationships.csv")" = ":START_ID,:END_ID,:TYPE,role,title,startDate,endDate,former:boolean,interim:boolean,confidence:float,date,article" ]
check "Neo4j CSVs: consistent (python csv)" $PY -c '
import csv, sys
d = sys.argv[1]
nodes = list(csv.DictReader(open(d + "/nodes.csv", newline="")))
rels = list(csv.DictReader(open(d + "/relationships.csv", newline="")))
ids = {n["id:ID"] for n in nodes}
assert len(ids) == len(nodes), "duplicate node ids"
labels = {n[":LABEL"].split(";")[0] for n in nodes}
assert labels == {"Person", "Organization", "Article", "CareerEvent"}, labels
ev = [n for n in nodes if n[":LABEL"].startswith("CareerEvent")]
assert ev and any(n["date"] for n in ev)
assert all(r[":START_ID"] in ids and r[":END_ID"] in ids for r in rels), "dangling relationship"
types = {r[":TYPE"] for r in rels}
assert {"MOVED", "AT", "REPORTED_IN", "MENTIONS", "HOLDS_ROLE"} <= types, types
width = len(rels[0]) if rels else 0
assert all(len(r) == width and None not in r for r in rels)' "$T/neo4j"

# ---- push to a local SPARQL Graph Store (127.0.0.1 only)
cat >"$T/server.py" <<'PYEOF'
import base64, http.server, json, os, sys, urllib.parse
portfile, logfile, modefile = sys.argv[1:4]
seen = set()
class H(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def log_message(self, *a):
        pass
    def reply(self, code, body=b"", extra=()):
        self.send_response(code)
        for k, v in extra:
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def do_PUT(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        graph = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query).get("graph", [""])[0]
        mode = open(modefile).read().strip()
        if mode == "auth":
            want = "Basic " + base64.b64encode(b"alice:s3cret").decode()
            if self.headers.get("Authorization") != want:
                return self.reply(401, b"who are you?", [("WWW-Authenticate", 'Basic realm="t"')])
        if mode == "flaky" and graph not in seen:
            seen.add(graph)
            return self.reply(503, b"busy")
        if mode == "broken":
            return self.reply(400, b"bad graph\nsecond line")
        with open(logfile, "a") as f:
            f.write(json.dumps({"graph": graph, "ctype": self.headers.get("Content-Type"),
                                "body": body.decode("utf-8")}) + "\n")
        self.reply(201)
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
open(portfile + ".tmp", "w").write(str(srv.server_address[1]))
os.rename(portfile + ".tmp", portfile)
srv.serve_forever()
PYEOF
echo ok >"$T/mode"
$PY "$T/server.py" "$T/port" "$T/puts.log" "$T/mode" &
SERVER_PID=$!
for _ in $(seq 600); do [ -f "$T/port" ] && break; kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
check "the test server is up" [ -f "$T/port" ]
EP="http://127.0.0.1:$(cat "$T/port" 2>/dev/null)/store"
"$BIN" push --quiet --store "$S" --endpoint "$EP"; check "push exits 0" [ $? = 0 ]
check "push: one PUT per named graph, N-Triples bodies that parse" $PY -c '
import json, sys, rdflib
puts = [json.loads(l) for l in open(sys.argv[1])]
assert len(puts) == 5, len(puts)
assert all(p["graph"].startswith("https://w3id.org/newskg/id/article/") for p in puts)
assert len({p["graph"] for p in puts}) == 5
assert all(p["ctype"] == "application/n-triples" for p in puts)
n = 0
for p in puts:
    g = rdflib.Graph(); g.parse(data=p["body"], format="nt"); n += len(g)
assert n == int(sys.argv[2]), (n, sys.argv[2])' "$T/puts.log" "$(awk '/^quads/ {print $2}' "$T/stats1")"
: >"$T/puts.log"; echo flaky >"$T/mode"
"$BIN" push --store "$S" --endpoint "$EP" --retries 2 2>"$T/flaky.err"; rc=$?
check "push retries a 503 and succeeds" [ $rc = 0 ]
check "push says it retries" grep -q "HTTP 503; retrying" "$T/flaky.err"
check "push after retries: 5 graphs" [ "$(wc -l <"$T/puts.log")" = 5 ]
: >"$T/puts.log"; echo auth >"$T/mode"
"$BIN" push --quiet --store "$S" --endpoint "$EP" --user alice --password s3cret; check "push with --user/--password" [ $? = 0 ]
"$BIN" push --quiet --store "$S" --endpoint "$EP" --user alice --password wrong 2>"$T/auth.err"; rc=$?
check "push with a wrong password fails (exit 4)" [ $rc = 4 ]
check "push error names the status" grep -q "HTTP 401" "$T/auth.err"
echo broken >"$T/mode"
"$BIN" push --quiet --store "$S" --endpoint "$EP" --retries 3 2>"$T/bad.err"; rc=$?
check "push: a 400 fails (exit 4)" [ $rc = 4 ]
check "push: a 400 is not retried" [ "$(grep -c "after retries" "$T/bad.err")" = 0 ]
check "push: the reply is quoted" grep -q "bad graph second line" "$T/bad.err"
kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=""
# A closed port: one bound here and not listening (a connection to it is
# refused), so that no other program can take it meanwhile.
$PY -c '
import socket, sys, time
s = socket.socket(); s.bind(("127.0.0.1", 0))
open(sys.argv[1], "w").write(str(s.getsockname()[1]))
time.sleep(600)' "$T/closed.tmp" &
SERVER_PID=$!
for _ in $(seq 600); do [ -s "$T/closed.tmp" ] && break; kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
EP="http://127.0.0.1:$(cat "$T/closed.tmp" 2>/dev/null)/store"
"$BIN" push --quiet --store "$S" --endpoint "$EP" --retries 1 2>"$T/down.err"; rc=$?
check "push to a closed port fails (exit 4)" [ $rc = 4 ]
check "push: connection error named" grep -qi "connect" "$T/down.err"
kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; SERVER_PID=""

# Oxigraph and Virtuoso answering the shipped queries: tests/golden/db-check.sh.

echo "store: $pass passed, $fail failed"
[ $fail = 0 ]

#!/usr/bin/env bash
# newskg against two real graph databases, installed when missing, started
# here on 127.0.0.1 in a temporary directory, and stopped at the end:
#   Virtuoso 7 (Debian virtuoso-opensource-7-bin, the server binary alone:
#     no system service): a server on free ports with its own virtuoso.ini;
#     `newskg push` to its Graph Store endpoint (Digest authentication), the
#     quads read back equal to ours, every shipped query (queries/*.rq)
#     answered as newskg/rasqal answers it, and a re-push replaces.
#   Oxigraph (npm package oxigraph, installed under build/npm): the corpus
#     N-Quads loaded, every shipped query answered as newskg answers it.
# Answers are compared as W3C JSON results: same variables, same rows (terms
# with their types; numbers and booleans by value), and the ORDER BY keys in
# the same order (tests/golden/dbtool.py).
# Usage: tests/golden/db-check.sh [BIN ['virtuoso oxigraph']]
#   prints "N passed, N failed"; the second argument picks the engines.
# NEWSKG_NPM_DIR: where the npm package goes (default build/npm).
# NEWSKG_OXIGRAPH: the version of the npm package oxigraph installed there
#   when it has none (default 0.5.11, the one these answers were checked
#   with: a new release must not change a fresh machine's result).
set -u
cd "$(dirname "$0")/../.."
BIN=${1:-build/newskg}
PY=/usr/bin/python3
TOOL=tests/golden/dbtool.py
T=$(mktemp -d)
VPID=""
cleanup() {
  if [ -n "$VPID" ] && kill -0 "$VPID" 2>/dev/null; then
    kill "$VPID" 2>/dev/null
    for _ in $(seq 100); do kill -0 "$VPID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$VPID" 2>/dev/null
    wait "$VPID" 2>/dev/null
  fi
  rm -rf "$T"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }
check() { local what=$1; shift; if "$@"; then ok; else ko "$what"; fi; }
# For an ASan build: its Berkeley DB store over-reads in memcmp (store-check.sh).
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:strict_memcmp=0"

# Installs Debian packages without recommends (no service is set up: the
# full virtuoso-opensource package would install and start a system server).
apt_install() { scripts/apt-install.sh --no-install-recommends "$1" "${@:2}"; }

# ---- the reference: newskg's own answers ----------------------------------
S=$T/store
"$BIN" ingest --quiet --store "$S" corpus/*.txt; check "ingest corpus" [ $? = 0 ]
"$BIN" stats --store "$S" >"$T/stats"
QUADS=$(awk '$1 == "quads" {print $2}' "$T/stats")
TRIPLES=$(awk '$1 == "triples" {print $2}' "$T/stats")
"$BIN" extract -q -f nquads -o "$T/graph.nq" corpus/*.txt; check "extract -f nquads" [ $? = 0 ]
mapfile -t GRAPHS < <(awk '{print $NF == "." ? $(NF-1) : $NF}' "$T/graph.nq" | tr -d '<>' | sort -u)
echo "reference: ${#GRAPHS[@]} graphs, $QUADS quads, $TRIPLES triples"
check "5 article graphs in the N-Quads" [ ${#GRAPHS[@]} = 5 ]

# Every shipped query, with the parameter sets it is compared on (one set a
# line, NAME=VALUE;NAME=VALUE).  A new .rq file without an entry here fails
# the test.
params_of() {
  case $1 in
    timeline) printf '%s\n' "name=Sam Altman" "name=Greg Brockman" "name=Emmett Shear" "name=sam altman";;
    moves-at) printf '%s\n' org=OpenAI org=Microsoft;;
    moves) printf '%s\n' "from=OpenAI;to=Microsoft" "from=Microsoft;to=OpenAI";;
    role-on-date|head-on-date)
      for o in OpenAI Microsoft; do
        for d in 2023-11-10 2023-11-18 2023-11-20 2023-11-25; do echo "org=$o;date=$d"; done
      done;;
    *) return 1;;
  esac
}
: >"$T/jobs"
n=0
for rq in queries/*.rq; do
  name=$(basename "$rq" .rq)
  if ! params_of "$name" >"$T/ps"; then ko "queries/$name.rq: no parameters listed in db-check.sh"; continue; fi
  while IFS= read -r line; do
    n=$((n + 1))
    IFS=';' read -r -a args <<<"$line"
    ps=()
    for p in "${args[@]}"; do ps+=(--param "$p"); done
    "$BIN" query --store "$S" -F json -q "$rq" "${ps[@]}" >"$T/ref.$n.json" 2>"$T/ref.$n.err" ||
      { ko "newskg query $name ${args[*]}"; cat "$T/ref.$n.err"; continue; }
    $PY $TOOL bind "$rq" "${args[@]}" >"$T/q.$n.rq" || { ko "bind $name ${args[*]}"; continue; }
    printf '%s\t%s\t%s\t%s\n' "$n" "$name" "${args[*]}" "$rq" >>"$T/jobs"
  done <"$T/ps"
done
echo "$(wc -l <"$T/jobs") query runs over $(ls queries/*.rq | wc -l) shipped queries"

# Compares engine $1's answers ($T/$1.N.json) with newskg's.
compare_all() {
  local eng=$1 label=$2 n name args rq rows total=0
  declare -A per=()
  while IFS=$'\t' read -r n name args rq; do
    if [ ! -s "$T/$eng.$n.json" ]; then ko "$label: no answer to $name $args"; continue; fi
    if rows=$($PY $TOOL compare "$label $name $args" "$T/ref.$n.json" "$T/$eng.$n.json" "$rq"); then
      ok; total=$((total + rows)); per[$name]=$(( ${per[$name]:-0} + rows ))
    else
      ko "$label = newskg: $name $args"
    fi
  done <"$T/jobs"
  echo "$label: $total rows compared ($(for k in "${!per[@]}"; do printf '%s %s, ' "$k" "${per[$k]}"; done | sed 's/, $//'))"
  # A comparison of empty answers proves little: every query must give rows.
  for rq in queries/*.rq; do
    name=$(basename "$rq" .rq)
    check "$label: $name gives rows somewhere" [ "${per[$name]:-0}" -gt 0 ]
  done
}

# ============================================================================
# Virtuoso
# ============================================================================
# write_ini DIR SQLPORT HTTPPORT: a server of its own, on loopback only.
write_ini() {
  cat >"$1/virtuoso.ini" <<EOF
[Database]
DatabaseFile = $1/db/virtuoso.db
ErrorLogFile = $1/db/virtuoso.log
LockFile = $1/db/virtuoso.lck
TransactionFile = $1/db/virtuoso.trx
xa_persistent_file = $1/db/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $1/db/virtuoso-temp.db
TransactionFile = $1/db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$2
ServerThreads = 10
CheckpointInterval = 60
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., $1

[HTTPServer]
ServerPort = 127.0.0.1:$3
ServerRoot = $1/www
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 120
EOF
}

virtuoso() {
  local vdir=$T/virtuoso
  command -v virtuoso-t >/dev/null 2>&1 || apt_install Virtuoso virtuoso-opensource-7-bin ||
    { ko "Virtuoso: cannot install virtuoso-opensource-7-bin"; return; }
  local sql http EP up="" t0 attempt
  for attempt in 1 2 3; do  # again: a port picked free may be taken meanwhile
    rm -rf "$vdir"; mkdir -p "$vdir/db" "$vdir/www"
    read -r sql http < <($PY $TOOL ports 2) || { ko "no free ports"; return; }
    write_ini "$vdir" "$sql" "$http"
    t0=$SECONDS
    virtuoso-t +foreground +configfile "$vdir/virtuoso.ini" >"$vdir/stdout" 2>&1 &
    VPID=$!
    EP=http://127.0.0.1:$http
    # A fresh database is made at the first start (a few seconds; more on a
    # busy machine: the bound only ends a server that never answers).
    while [ $((SECONDS - t0)) -lt 120 ] && kill -0 "$VPID" 2>/dev/null; do
      # Ours, not another server that has the port: ours says it listens.
      if grep -q "HTTP server online at 127.0.0.1:$http\$" "$vdir/db/virtuoso.log" 2>/dev/null &&
         kill -0 "$VPID" 2>/dev/null && $PY $TOOL ready "$EP/sparql?query=ASK%7B%7D"; then up=1; break; fi
      sleep 0.2
    done
    [ -n "$up" ] && break
    kill "$VPID" 2>/dev/null; wait "$VPID" 2>/dev/null; VPID=""
    echo "db-check: Virtuoso did not answer on 127.0.0.1:$http (try $attempt); its log:"
    tail -8 "$vdir/db/virtuoso.log" "$vdir/stdout" 2>/dev/null
  done
  if [ -z "$up" ]; then ko "Virtuoso did not start (3 tries, each up to 120 s)"; return; fi
  echo "Virtuoso $(sed -n 's/.*Version \([0-9.]*\).*/\1/p' "$vdir/db/virtuoso.log" | head -1) up on 127.0.0.1:$http in $((SECONDS - t0)) s"
  ok
  local GSP=$EP/sparql-graph-crud-auth

  # ---- push: one PUT per graph, Digest authentication
  if "$BIN" push --quiet --endpoint "$GSP" --user dba --password dba corpus/*.txt 2>"$T/push.err"; then ok
  else ko "push to Virtuoso:"; cat "$T/push.err"; fi
  "$BIN" push --quiet --endpoint "$GSP" --user dba --password wrong corpus/*.txt 2>"$T/push-bad.err"
  check "push with a wrong password: exit 4" [ $? = 4 ]
  check "push with a wrong password: HTTP 401 named" grep -q "HTTP 401" "$T/push-bad.err"
  $PY $TOOL nquads "$T/graph.nq" "$T/ours.quads" || ko "rdflib reads our N-Quads"
  same_quads() {  # label
    $PY $TOOL endpoint-quads "$EP/sparql" "$T/theirs.quads" || { ko "$1: read the quads back"; return; }
    if cmp -s "$T/ours.quads" "$T/theirs.quads"; then ok; else
      ko "$1: Virtuoso's quads differ from ours ($(wc -l <"$T/theirs.quads") vs $(wc -l <"$T/ours.quads")):"
      diff "$T/ours.quads" "$T/theirs.quads" | head -10
    fi
  }
  same_quads "after push"
  check "after push: $QUADS quads in $(wc -l <"$T/ours.quads") lines" [ "$(wc -l <"$T/ours.quads")" = "$QUADS" ]
  count() {  # SPARQL query text with ?n -> the number
    printf '%s' "$1" >"$T/count.rq"
    $PY $TOOL http-query "$EP/sparql" "$T/count.rq" "$T/count.json" "${@:2}" &&
      $PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"]["bindings"][0]["n"]["value"])' "$T/count.json"
  }
  local q_quads='SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/newskg/id/article/")) }'
  local q_graphs='SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), "https://w3id.org/newskg/id/article/")) }'
  local c1 g1
  c1=$(count "$q_quads"); g1=$(count "$q_graphs")
  check "Virtuoso holds $QUADS quads (has ${c1:-?})" [ "${c1:-}" = "$QUADS" ]
  check "Virtuoso holds 5 article graphs (has ${g1:-?})" [ "${g1:-}" = 5 ]
  # The dataset the queries see: the article graphs as default graph.
  # Virtuoso, like Oxigraph, then matches a triple once per graph holding it
  # (COUNT(*) is the quad count); DISTINCT gives rasqal's merged graph.
  local c2 c3
  c2=$(count 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }' "${GRAPHS[@]}")
  c3=$(count 'SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }' "${GRAPHS[@]}")
  echo "Virtuoso, article graphs as the default graph: COUNT(*) $c2, distinct triples $c3 (newskg: $QUADS quads, $TRIPLES triples)"
  check "Virtuoso distinct triples = newskg triples" [ "${c3:-}" = "$TRIPLES" ]

  # ---- every shipped query, same answers
  local n name args rq
  while IFS=$'\t' read -r n name args rq; do
    $PY $TOOL http-query "$EP/sparql" "$T/q.$n.rq" "$T/virtuoso.$n.json" "${GRAPHS[@]}" 2>"$T/v.err" ||
      { ko "Virtuoso cannot run $name $args:"; head -c 400 "$T/v.err"; echo; }
  done <"$T/jobs"
  compare_all virtuoso "Virtuoso"

  # ---- re-push replaces: a stale triple put into one graph goes away
  local g0=${GRAPHS[0]}
  printf '<urn:x:stale> <urn:x:p> "stale" .\n' >"$T/stale.nt"
  $PY $TOOL put "$GSP?graph=$($PY -c 'import sys, urllib.parse as u; print(u.quote(sys.argv[1], safe=""))' "$g0")" \
    dba dba "$T/stale.nt" >"$T/stale.code"
  check "stale graph PUT (HTTP $(cat "$T/stale.code"))" grep -q '^20' "$T/stale.code"
  check "the stale triple is there" [ "$(count 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:x:stale> ?p ?o } }')" = 1 ]
  "$BIN" push --quiet --endpoint "$GSP" --user dba --password dba corpus/*.txt; check "re-push exits 0" [ $? = 0 ]
  check "re-push: the stale triple is gone" [ "$(count 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:x:stale> ?p ?o } }')" = 0 ]
  "$BIN" push --quiet --endpoint "$GSP" --user dba --password dba corpus/*.txt; check "third push exits 0" [ $? = 0 ]
  c1=$(count "$q_quads")
  check "re-push twice: still $QUADS quads (has ${c1:-?})" [ "${c1:-}" = "$QUADS" ]
  same_quads "after re-push"
}

# ============================================================================
# Oxigraph
# ============================================================================
oxigraph() {
  local dir=${NEWSKG_NPM_DIR:-build/npm}
  # Node.js, and npm to fetch the package: Debian's when missing (a bare
  # machine has neither).
  if ! command -v node >/dev/null 2>&1; then
    apt_install Node.js nodejs || { ko "Oxigraph: cannot install Node.js (above)"; return; }
  fi
  if ! NODE_PATH=$dir/node_modules node -e 'require("oxigraph")' 2>/dev/null; then
    if ! command -v npm >/dev/null 2>&1; then
      apt_install npm npm || { ko "Oxigraph: cannot install npm (above)"; return; }
    fi
    mkdir -p "$dir"
    echo "db-check: npm install oxigraph@${NEWSKG_OXIGRAPH:-0.5.11} into $dir ..."
    # Few retries: an unreachable registry would otherwise take minutes.
    timeout 300 npm install --prefix "$dir" --no-save --no-audit --no-fund --loglevel=error \
      --fetch-retries=1 --fetch-retry-mintimeout=2000 --fetch-retry-maxtimeout=5000 --fetch-timeout=60000 "oxigraph@${NEWSKG_OXIGRAPH:-0.5.11}" >"$T/npm.log" 2>&1
    local rc=$?
    if [ $rc != 0 ]; then
      [ $rc = 124 ] && echo "npm install: no answer in 300 s (ETIMEDOUT)" >>"$T/npm.log"
      if grep -qiE 'ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|network' "$T/npm.log"; then
        echo "SKIP Oxigraph: the npm registry cannot be reached:"; grep -iE 'ENOTFOUND|EAI_AGAIN|ECONN|ETIMEDOUT|ENETUNREACH|network' "$T/npm.log" | head -3
        return
      fi
      ko "Oxigraph: npm install oxigraph failed:"; tail -5 "$T/npm.log"; return
    fi
  fi
  echo "Oxigraph $($PY -c 'import json, sys; print(json.load(open(sys.argv[1]))["version"])' "$dir/node_modules/oxigraph/package.json" 2>/dev/null) (npm, $dir)"
  cat >"$T/ox.js" <<'JSEOF'
// node ox.js GRAPH.nq JOBS T: loads the N-Quads once, then answers each
// job's query (T/q.N.rq) into T/oxigraph.N.json as W3C SPARQL JSON results,
// the default graph being the union of the named graphs.
// Oxigraph's random numbers come from the Web Crypto API, a global from
// Node.js 19 on; Debian 12's Node.js 18 has it only as crypto.webcrypto
// (without this: "could not initialize ThreadRng: Web Crypto API is
// unavailable").
if (!globalThis.crypto) globalThis.crypto = require('crypto').webcrypto;
const fs = require('fs'), ox = require('oxigraph');
const [nq, jobs, dir] = process.argv.slice(2);
const store = new ox.Store();
store.load(fs.readFileSync(nq, 'utf8'), { format: 'application/n-quads' });
const term = (t) => {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  const o = { type: 'literal', value: t.value };
  if (t.language) o['xml:lang'] = t.language;
  else if (t.datatype && t.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') o.datatype = t.datatype.value;
  return o;
};
let n = 0;
for (const line of fs.readFileSync(jobs, 'utf8').split('\n')) {
  if (!line) continue;
  const id = line.split('\t')[0];
  const q = fs.readFileSync(`${dir}/q.${id}.rq`, 'utf8');
  const vars = [...q.replace(/#[^\n]*/g, '').matchAll(/SELECT\s+(?:DISTINCT\s+)?((?:\?\w+\s*)+)/g)][0][1].trim().split(/\s+/).map((v) => v.slice(1));
  const bindings = [];
  for (const b of store.query(q, { use_default_graph_as_union: true })) {
    const row = {};
    for (const v of vars) { const t = b.get(v); if (t) row[v] = term(t); }
    bindings.push(row);
  }
  fs.writeFileSync(`${dir}/oxigraph.${id}.json`, JSON.stringify({ head: { vars }, results: { bindings } }));
  n++;
}
process.stderr.write(`oxigraph: ${n} queries answered\n`);
JSEOF
  NODE_PATH=$dir/node_modules node "$T/ox.js" "$T/graph.nq" "$T/jobs" "$T" 2>"$T/ox.err" ||
    { ko "Oxigraph failed:"; head -5 "$T/ox.err"; return; }
  cat "$T/ox.err"
  compare_all oxigraph "Oxigraph"
}

for engine in ${2:-virtuoso oxigraph}; do
  case $engine in virtuoso|oxigraph) $engine;; *) ko "unknown engine $engine";; esac
done

echo "db: $pass passed, $fail failed"
[ $fail = 0 ]

#!/usr/bin/env bash
# Every RDF output format of the seed corpus must parse with rapper
# (raptor2-utils) and with Python rdflib, and both must count the same
# triples as newskg; the graph must satisfy the SHACL shapes.
set -u
BIN=${1:-build/newskg}
PY=/usr/bin/python3
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
pass=0 fail=0
ok() { pass=$((pass + 1)); }
ko() { fail=$((fail + 1)); echo "FAIL $*"; }

declare -A RAPPER=([turtle]=turtle [ntriples]=ntriples [nquads]=nquads [trig]=trig [rdfxml]=rdfxml [json]=json)
declare -A RDFLIB=([turtle]=turtle [ntriples]=nt [nquads]=nquads [trig]=trig [rdfxml]=xml)
ref="" refq=""
for f in turtle ntriples nquads trig rdfxml json; do
  "$BIN" extract -q -f $f -o "$T/g.$f" corpus/ || { ko "extract -f $f"; continue; }
  n=$(rapper -i ${RAPPER[$f]} -c "$T/g.$f" 2>&1 | sed -n 's/.*returned \([0-9]*\) .*/\1/p')
  if [ -z "$n" ]; then ko "rapper could not parse $f"; rapper -i ${RAPPER[$f]} -c "$T/g.$f" 2>&1 | tail -3; continue; fi
  ok
  # Quads count a triple once per article graph; triples once overall.
  case $f in
    nquads|trig) [ -z "$refq" ] && refq=$n; [ "$n" = "$refq" ] && ok || ko "rapper counts $n quads in $f, $refq in nquads";;
    *) [ -z "$ref" ] && ref=$n; [ "$n" = "$ref" ] && ok || ko "rapper counts $n triples in $f, $ref in turtle";;
  esac
  if [ -n "${RDFLIB[$f]:-}" ]; then
    m=$($PY - "$T/g.$f" "${RDFLIB[$f]}" <<'PYEOF'
import sys, rdflib
path, fmt = sys.argv[1], sys.argv[2]
if fmt in ("nquads", "trig"):
    ds = rdflib.ConjunctiveGraph(); ds.parse(path, format=fmt)
    print(sum(len(g) for g in ds.contexts()))
else:
    g = rdflib.Graph(); g.parse(path, format=fmt); print(len(g))
PYEOF
)
    if [ "$m" = "$n" ]; then ok; else ko "rdflib counts '$m' triples in $f, rapper $n"; fi
  fi
done
echo "triples: $ref, quads: $refq"
if [ -f scripts/shacl_check.py ] && [ -f ontology/shapes.ttl ]; then
  if $PY scripts/shacl_check.py "$T/g.nquads" ontology/shapes.ttl >"$T/shacl" 2>&1; then ok; else ko "SHACL:"; head -20 "$T/shacl"; fi
  if $PY scripts/shacl_check.py --self-test >/dev/null 2>&1; then ok; else ko "SHACL self-test"; fi
else
  ko "ontology/shapes.ttl or scripts/shacl_check.py missing"
fi
# The graphs of the web inputs (issue 16: a crawl's record ids and fetch
# dates, pages' URLs and month dates) parse and satisfy the shapes too.
"$BIN" extract -q -f nquads -o "$T/web.nq" tests/data/web/seeds.warc.gz tests/data/web/seeds.atom \
  tests/data/web/pages || ko "extract of the web inputs"
if rapper -q -i nquads -c "$T/web.nq" >/dev/null 2>&1; then ok; else ko "rapper cannot parse the web inputs' N-Quads"; fi
if [ -f scripts/shacl_check.py ] && $PY scripts/shacl_check.py "$T/web.nq" ontology/shapes.ttl >"$T/shacl" 2>&1; then ok
else ko "SHACL (web inputs):"; head -20 "$T/shacl"; fi
for o in ontology/newskg.ttl ontology/shapes.ttl; do
  if [ -f $o ] && rapper -q -i turtle -c $o >/dev/null 2>&1; then ok; else ko "rapper cannot parse $o"; fi
done
echo "rdf: $pass passed, $fail failed"
[ $fail = 0 ]

"""Helpers for tests/golden/db-check.sh: free ports, $parameters, SPARQL
over HTTP, and comparing W3C JSON results and quads between engines.

  dbtool.py ports N                      N free TCP ports on 127.0.0.1
  dbtool.py bind FILE.rq NAME=VALUE...   the query with $NAME replaced
  dbtool.py http-query URL FILE.rq OUT.json [GRAPH...]
                                         POST to a SPARQL endpoint; each
                                         GRAPH is a default-graph-uri
  dbtool.py compare LABEL REF.json OTHER.json FILE.rq
                                         same variables, same rows (as a
                                         multiset), same ORDER BY keys in
                                         the same order; prints the row count
  dbtool.py ready URL                    exit 0 when URL answers 200
  dbtool.py put URL USER PASSWORD FILE   PUT an N-Triples file (Basic or
                                         Digest); prints the HTTP status
  dbtool.py endpoint-quads URL OUT       the quads of the article graphs
  dbtool.py nquads FILE.nq OUT           the quads of an N-Quads file
                                         (both normalised, sorted, one a line)
"""
import collections
import json
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation

XSD = "http://www.w3.org/2001/XMLSchema#"
ARTICLE = "https://w3id.org/newskg/id/article/"
INTEGERS = {XSD + t for t in ("integer", "nonNegativeInteger", "positiveInteger",
                              "int", "long", "short", "byte", "unsignedInt",
                              "unsignedLong", "nonPositiveInteger", "negativeInteger")}


def die(msg):
    print("dbtool: " + msg, file=sys.stderr)
    sys.exit(1)


def ports(n):
    socks = []
    for _ in range(n):
        s = socket.socket()
        s.bind(("127.0.0.1", 0))
        socks.append(s)
    print(" ".join(str(s.getsockname()[1]) for s in socks))
    for s in socks:
        s.close()


def literal(s):
    """As nkg_query_literal writes it."""
    out = ['"']
    for ch in s:
        esc = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t",
               "\b": "\\b", "\f": "\\f"}.get(ch)
        if esc:
            out.append(esc)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04X" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def bind(path, params):
    q = open(path, encoding="utf-8").read()
    for p in params:
        name, value = p.split("=", 1)
        q, n = re.subn(r"\$" + re.escape(name) + r"(?![A-Za-z0-9_])",
                       lambda m: literal(value), q)
        if not n:
            die("%s has no parameter $%s" % (path, name))
    return q


def http_query(url, query, graphs, accept="application/sparql-results+json"):
    form = [("query", query)] + [("default-graph-uri", g) for g in graphs]
    req = urllib.request.Request(url, data=urllib.parse.urlencode(form).encode(),
                                 headers={"Accept": accept,
                                          "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        body = e.read().decode("utf-8", "replace")
        die("%s: HTTP %d: %s" % (url, e.code, body[:600]))
    except OSError as e:
        die("%s: %s" % (url, e))


def canon_literal(value, datatype, lang):
    """Literals compared by value where an engine may rewrite the lexical
    form (Virtuoso gives "0.80"^^xsd:decimal back as "0.8" and
    "false"^^xsd:boolean as "0")."""
    if lang:
        return ("literal", value, None, lang.lower())
    if datatype in (None, "", XSD + "string"):
        return ("literal", value, None, None)
    try:
        if datatype == XSD + "boolean":
            value = {"1": "true", "0": "false"}.get(value.strip(), value.strip())
        elif datatype in INTEGERS:
            value = str(int(value))
        elif datatype == XSD + "decimal":
            d = Decimal(value)
            value = "0" if d == 0 else format(d.normalize(), "f")
    except (ValueError, InvalidOperation):
        pass
    return ("literal", value, datatype, None)


def term(t):
    if t is None:
        return None
    kind = t["type"]
    if kind == "uri":
        return ("uri", t["value"], None, None)
    if kind == "bnode":
        return ("bnode", "", None, None)  # labels are local to a result
    if kind in ("literal", "typed-literal"):
        return canon_literal(t["value"], t.get("datatype"), t.get("xml:lang"))
    die("unknown term type %r" % kind)


def rows_of(path):
    try:
        d = json.load(open(path, encoding="utf-8"))
    except (OSError, ValueError) as e:
        die("%s: not JSON results (%s)" % (path, e))
    if "boolean" in d:
        return [], [(d["boolean"],)]
    vs = d["head"]["vars"]
    return vs, [tuple(term(b.get(v)) for v in vs) for b in d["results"]["bindings"]]


def order_vars(query):
    """The plain ?variables of the query's last ORDER BY (STR(?x) counts
    as ?x: for the simple literals compared here they order alike)."""
    m = re.findall(r"ORDER\s+BY\s+([^\n}]*)", re.sub(r"#[^\n]*", "", query), re.I)
    if not m:
        return []
    return re.findall(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", m[-1])


def show(r):
    return " | ".join("" if c is None else c[1] + (("^^" + c[2]) if c[2] else "") for c in r)


def compare(label, ref, other, rq):
    va, ra = rows_of(ref)
    vb, rb = rows_of(other)
    bad = []
    if va != vb:
        bad.append("variables differ: %s vs %s" % (va, vb))
    else:
        ca, cb = collections.Counter(ra), collections.Counter(rb)
        if ca != cb:
            only_a = list((ca - cb).elements())
            only_b = list((cb - ca).elements())
            bad.append("rows differ (%d vs %d rows)" % (len(ra), len(rb)))
            bad += ["  only in newskg: " + show(r) for r in only_a[:8]]
            bad += ["  only in the other: " + show(r) for r in only_b[:8]]
        else:
            keys = [va.index(v) for v in order_vars(open(rq, encoding="utf-8").read()) if v in va]
            ka = [tuple(r[i] for i in keys) for r in ra]
            kb = [tuple(r[i] for i in keys) for r in rb]
            if keys and ka != kb:
                bad.append("same rows, different order (ORDER BY %s)" %
                           " ".join("?" + va[i] for i in keys))
                for i, (x, y) in enumerate(zip(ka, kb)):
                    if x != y:
                        bad.append("  first difference at row %d: %s vs %s" %
                                   (i + 1, show(x), show(y)))
                        break
    if bad:
        print("%s:\n  %s" % (label, "\n  ".join(bad)), file=sys.stderr)
        sys.exit(1)
    print(len(ra))


def quad_line(g, s, p, o):
    def one(t):
        if t[0] == "uri":
            return "<%s>" % t[1]
        if t[0] == "bnode":
            return "_:b"
        return json.dumps(t[1], ensure_ascii=False) + \
            ("^^<%s>" % t[2] if t[2] else "") + ("@" + t[3] if t[3] else "")
    return " ".join(one(t) for t in (g, s, p, o))


def endpoint_quads(url, out):
    q = ("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (STRSTARTS(STR(?g), \"%s\")) }"
         % ARTICLE)
    d = json.loads(http_query(url, q, []))
    lines = sorted(quad_line(*(term(b[v]) for v in ("g", "s", "p", "o")))
                   for b in d["results"]["bindings"])
    open(out, "w", encoding="utf-8").write("".join(l + "\n" for l in lines))


def nquads(path, out):
    import rdflib
    ds = rdflib.Dataset()
    ds.parse(path, format="nquads")

    def t(n):
        if isinstance(n, rdflib.URIRef):
            return ("uri", str(n), None, None)
        if isinstance(n, rdflib.BNode):
            return ("bnode", "", None, None)
        return canon_literal(str(n), str(n.datatype) if n.datatype else None, n.language)
    lines = sorted(quad_line(t(g), t(s), t(p), t(o)) for s, p, o, g in ds.quads((None, None, None, None))
                   if g is not None and str(g).startswith(ARTICLE))
    open(out, "w", encoding="utf-8").write("".join(l + "\n" for l in lines))


def ready(url):
    try:
        with urllib.request.urlopen(url, timeout=3) as r:
            sys.exit(0 if r.status == 200 else 1)
    except (OSError, ValueError):
        sys.exit(1)


def put(url, user, password, path):
    pm = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    pm.add_password(None, url, user, password)
    opener = urllib.request.build_opener(urllib.request.HTTPDigestAuthHandler(pm),
                                         urllib.request.HTTPBasicAuthHandler(pm))
    req = urllib.request.Request(url, data=open(path, "rb").read(), method="PUT",
                                 headers={"Content-Type": "application/n-triples"})
    try:
        with opener.open(req, timeout=60) as r:
            print(r.status)
    except urllib.error.HTTPError as e:
        print(e.code)
    except OSError as e:
        die("%s: %s" % (url, e))


def main(argv):
    if len(argv) < 2:
        die(__doc__)
    cmd, args = argv[1], argv[2:]
    if cmd == "ports":
        ports(int(args[0]))
    elif cmd == "bind":
        sys.stdout.write(bind(args[0], args[1:]))
    elif cmd == "http-query":
        url, rq, out, graphs = args[0], args[1], args[2], args[3:]
        open(out, "w", encoding="utf-8").write(
            http_query(url, open(rq, encoding="utf-8").read(), graphs))
    elif cmd == "compare":
        compare(*args)
    elif cmd == "ready":
        ready(args[0])
    elif cmd == "put":
        put(*args)
    elif cmd == "endpoint-quads":
        endpoint_quads(*args)
    elif cmd == "nquads":
        nquads(*args)
    else:
        die("unknown command " + cmd)


if __name__ == "__main__":
    main(sys.argv)

#!/usr/bin/python3
"""Validate newskg RDF data against SHACL shapes, with rdflib only.

Debian has no pyshacl, so this implements the SHACL Core subset that
ontology/shapes.ttl uses:

  targets     sh:targetClass (instances of the class or of its subclasses
              in the data graph)
  node shapes sh:property, and on the focus node itself sh:nodeKind,
              sh:datatype, sh:class, sh:in, sh:or
  properties  sh:path (an IRI), sh:minCount, sh:maxCount, sh:datatype,
              sh:class, sh:in, sh:nodeKind, sh:or,
              sh:qualifiedValueShape + sh:qualifiedMinCount/MaxCount

A shape that uses any other sh: term is refused (exit 2) rather than
silently half-checked.  The data is the union of all named graphs.

usage:
  shacl_check.py DATA [SHAPES.ttl]               validate DATA against
  shacl_check.py [--shapes SHAPES.ttl] DATA      SHAPES (default:
      ontology/shapes.ttl next to this script); prints the violations
      (focus node, path, constraint) and exits 1 if there are any, else
      prints "conforms" and exits 0
  shacl_check.py --count DATA...                 prints distinct triples
      (and quads for N-Quads / TriG) per file, to compare with rapper -c
  shacl_check.py --self-test [--shapes SHAPES.ttl]
      checks that a deliberately broken graph gives the expected
      violations and a good one conforms

Formats come from the file name: .ttl/.turtle .nt/.ntriples .nq/.nquads
.trig .rdf/.rdfxml/.owl/.xml .json (RDF/JSON, which rdflib 6 cannot read:
parsed here) .jsonld.
Exit status 2: bad usage, unreadable file, unsupported shape.
"""

import json
import os
import re
import sys

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, XSD

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")

DEFAULT_SHAPES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "..", "ontology", "shapes.ttl")

# File name endings, including the format names newskg uses (g.nquads).
FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt",
    ".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".rdf": "xml",
    ".rdfxml": "xml", ".owl": "xml", ".xml": "xml", ".json": "rdf-json",
    ".rj": "rdf-json", ".jsonld": "json-ld",
}

# Lexical forms of the datatypes the shapes use: SHACL's sh:datatype also
# rejects ill-typed literals, and rdflib 6.1 does not flag them.
_TZ = r"(Z|[+-](0\d|1[0-3]):[0-5]\d|[+-]14:00)?"
LEXICAL = {
    XSD.date: re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])" + _TZ + r"\Z"),
    XSD.gYearMonth: re.compile(r"-?\d{4,}-(0[1-9]|1[0-2])" + _TZ + r"\Z"),
    XSD.gYear: re.compile(r"-?\d{4,}" + _TZ + r"\Z"),
    XSD.boolean: re.compile(r"(true|false|1|0)\Z"),
    XSD.decimal: re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)\Z"),
    XSD.integer: re.compile(r"[+-]?\d+\Z"),
    XSD.nonNegativeInteger: re.compile(r"(\+?\d+|-0+)\Z"),
}

# sh: terms a shape may carry that constrain nothing.
IGNORED = {SH.name, SH.description, SH.message, SH.severity, SH.order,
           SH.group, SH.targetClass, SH.property, SH.path,
           SH.qualifiedMinCount, SH.qualifiedMaxCount,
           SH.qualifiedValueShapesDisjoint}
NODE_COMPONENTS = {SH.nodeKind, SH.datatype, SH["class"], SH["in"], SH["or"]}
PROPERTY_COMPONENTS = NODE_COMPONENTS | {SH.minCount, SH.maxCount,
                                         SH.qualifiedValueShape}


class Unsupported(Exception):
    pass


# ------------------------------------------------------------------ loading

def load_rdf_json(path, graph):
    """RDF/JSON (W3C note): {subject: {predicate: [object, ...]}}."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)

    def node(s):
        return BNode(s[2:]) if s.startswith("_:") else URIRef(s)

    for s, preds in doc.items():
        for p, objs in preds.items():
            for o in objs:
                kind = o.get("type")
                if kind == "uri":
                    obj = URIRef(o["value"])
                elif kind == "bnode":
                    obj = node(o["value"])
                elif kind == "literal":
                    dt = o.get("datatype")
                    obj = Literal(o["value"], lang=o.get("lang"),
                                  datatype=URIRef(dt) if dt else None)
                else:
                    raise ValueError("%s: bad RDF/JSON object %r" % (path, o))
                graph.add((node(s), URIRef(p), obj))


def load(path):
    """Returns (union graph, number of quads or None)."""
    fmt = FORMATS.get(os.path.splitext(path)[1].lower())
    if fmt is None:
        raise ValueError("%s: cannot tell the RDF format from the name" % path)
    union = rdflib.Graph()
    if fmt == "rdf-json":
        load_rdf_json(path, union)
        return union, None
    data = rdflib.ConjunctiveGraph()
    data.parse(path, format=fmt)
    nquads = None
    if fmt in ("nquads", "trig"):
        nquads = sum(1 for _ in data.quads((None, None, None, None)))
    for t in data.triples((None, None, None)):
        union.add(t)
    return union, nquads


# ------------------------------------------------------------------ checking

class Validator:
    def __init__(self, shapes):
        self.shapes = shapes
        self.nm = shapes.namespace_manager

    def name(self, term):
        if isinstance(term, URIRef):
            try:
                return term.n3(self.nm)
            except Exception:
                return term.n3()
        if isinstance(term, Literal):
            return term.n3(self.nm)
        return "[]"

    # -- shape access
    def values(self, shape, pred):
        return list(self.shapes.objects(shape, pred))

    def one(self, shape, pred):
        vals = self.values(shape, pred)
        if len(vals) > 1:
            raise Unsupported("%s has several %s" % (self.name(shape), self.name(pred)))
        return vals[0] if vals else None

    def check_supported(self, shape, allowed):
        for p in self.shapes.predicates(shape, None):
            if p == RDF.type or not str(p).startswith(str(SH)):
                continue
            if p not in allowed and p not in IGNORED:
                raise Unsupported("%s uses %s, which this checker does not implement"
                                  % (self.name(shape), self.name(p)))

    # -- data helpers
    def types_closure(self, data, node):
        seen, todo = set(), list(data.objects(node, RDF.type))
        while todo:
            t = todo.pop()
            if t in seen:
                continue
            seen.add(t)
            todo.extend(data.objects(t, RDFS.subClassOf))
        return seen

    def instances(self, data, cls):
        classes, todo = set(), [cls]
        while todo:
            c = todo.pop()
            if c in classes:
                continue
            classes.add(c)
            todo.extend(data.subjects(RDFS.subClassOf, c))
        out = set()
        for c in classes:
            out.update(data.subjects(RDF.type, c))
        return sorted(out)

    @staticmethod
    def datatype_of(lit):
        if lit.datatype is not None:
            return lit.datatype
        return RDF.langString if lit.language else XSD.string

    # -- node-level constraints on one value; returns a list of messages
    def value_errors(self, data, shape, value):
        errs = []
        nk = self.one(shape, SH.nodeKind)
        if nk is not None:
            ok = {
                SH.IRI: isinstance(value, URIRef),
                SH.BlankNode: isinstance(value, BNode),
                SH.Literal: isinstance(value, Literal),
                SH.BlankNodeOrIRI: isinstance(value, (BNode, URIRef)),
                SH.BlankNodeOrLiteral: isinstance(value, (BNode, Literal)),
                SH.IRIOrLiteral: isinstance(value, (URIRef, Literal)),
            }.get(nk)
            if ok is None:
                raise Unsupported("unknown sh:nodeKind %s" % self.name(nk))
            if not ok:
                errs.append("sh:nodeKind %s: %s" % (self.name(nk), self.name(value)))
        dt = self.one(shape, SH.datatype)
        if dt is not None:
            if not isinstance(value, Literal) or self.datatype_of(value) != dt:
                errs.append("sh:datatype %s: %s" % (self.name(dt), self.name(value)))
            elif dt in LEXICAL and not LEXICAL[dt].match(str(value)):
                errs.append("sh:datatype %s: ill-formed %s" % (self.name(dt), self.name(value)))
        for cls in self.values(shape, SH["class"]):
            if isinstance(value, Literal) or cls not in self.types_closure(data, value):
                errs.append("sh:class %s: %s" % (self.name(cls), self.name(value)))
        allowed = self.one(shape, SH["in"])
        if allowed is not None:
            members = list(Collection(self.shapes, allowed))
            if value not in members:
                errs.append("sh:in: %s is not one of the %d allowed values"
                            % (self.name(value), len(members)))
        alts = self.one(shape, SH["or"])
        if alts is not None:
            options = list(Collection(self.shapes, alts))
            for o in options:
                self.check_supported(o, NODE_COMPONENTS)
            if not any(not self.value_errors(data, o, value) for o in options):
                errs.append("sh:or: %s conforms to none of %d shapes"
                            % (self.name(value), len(options)))
        return errs

    def check_property(self, data, shape, focus, out):
        self.check_supported(shape, PROPERTY_COMPONENTS)
        path = self.one(shape, SH.path)
        if not isinstance(path, URIRef):
            raise Unsupported("%s: only IRI paths are supported" % self.name(shape))
        vals = sorted(data.objects(focus, path))
        lo, hi = self.one(shape, SH.minCount), self.one(shape, SH.maxCount)
        if lo is not None and len(vals) < int(lo):
            out.append((focus, path, "sh:minCount %s: %d value(s)" % (lo, len(vals))))
        if hi is not None and len(vals) > int(hi):
            out.append((focus, path, "sh:maxCount %s: %d value(s)" % (hi, len(vals))))
        for v in vals:
            for e in self.value_errors(data, shape, v):
                out.append((focus, path, e))
        for q in self.values(shape, SH.qualifiedValueShape):
            self.check_supported(q, NODE_COMPONENTS)
            n = sum(1 for v in vals if not self.value_errors(data, q, v))
            qlo = self.one(shape, SH.qualifiedMinCount)
            qhi = self.one(shape, SH.qualifiedMaxCount)
            if qlo is not None and n < int(qlo):
                out.append((focus, path, "sh:qualifiedMinCount %s: %d conforming value(s)" % (qlo, n)))
            if qhi is not None and n > int(qhi):
                out.append((focus, path, "sh:qualifiedMaxCount %s: %d conforming value(s)" % (qhi, n)))

    def validate(self, data):
        """Returns a sorted list of (focus, path or None, message, shape)."""
        out = []
        for shape in sorted(set(self.shapes.subjects(SH.targetClass, None))):
            self.check_supported(shape, NODE_COMPONENTS)
            for cls in self.values(shape, SH.targetClass):
                for focus in self.instances(data, cls):
                    found = [(focus, None, e) for e in self.value_errors(data, shape, focus)]
                    for prop in self.values(shape, SH.property):
                        self.check_property(data, prop, focus, found)
                    out.extend((f, p, m, shape) for f, p, m in found)
        return sorted(set(out), key=lambda v: (str(v[0]), str(v[1]), v[2]))

    def report(self, violations, stream):
        for focus, path, msg, shape in violations:
            stream.write("violation: focus %s path %s: %s (shape %s)\n"
                         % (self.name(focus), self.name(path) if path else "-",
                            msg, self.name(shape)))


def read_shapes(path):
    shapes = rdflib.Graph()
    shapes.parse(path, format="turtle")
    # rdflib binds schema: to https://schema.org/ by itself; the data use
    # http://schema.org/, so make messages say schema: for that one.
    shapes.namespace_manager.bind("schema", "http://schema.org/",
                                  override=True, replace=True)
    return shapes


# ------------------------------------------------------------------ self-test

PREFIXES = """
@prefix nkg: <https://w3id.org/newskg/ontology#> .
@prefix nkgr: <https://w3id.org/newskg/role/> .
@prefix nkge: <https://w3id.org/newskg/event/> .
@prefix schema: <http://schema.org/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://w3id.org/newskg/id/> .
"""

GOOD = PREFIXES + """
:article\\/a1 a schema:NewsArticle ; schema:identifier "a1" ;
    schema:datePublished "2023-11-18"^^xsd:date ; schema:mentions :person\\/p .
:person\\/p a schema:Person ; schema:name "P" .
:org\\/o a schema:Organization, org:Organization ; schema:name "O" .
:membership\\/p\\/ceo\\/o a org:Membership ; org:member :person\\/p ;
    org:organization :org\\/o ; org:role nkgr:ceo ;
    nkg:isFormer false ; nkg:isInterim true ; nkg:confidence 0.90 ;
    schema:startDate "2019"^^xsd:gYear ; prov:wasDerivedFrom :evidence\\/a1\\/0-5 .
:event\\/a1\\/0123456789abcdef a nkg:CareerEvent, nkg:Dismissal ;
    nkg:person :person\\/p ; nkg:organization :org\\/o ;
    nkg:eventKind nkge:dismissed ; nkg:modality nkg:Asserted ;
    nkg:date "2023-11"^^xsd:gYearMonth ;
    prov:wasDerivedFrom :evidence\\/a1\\/0-5 .
:evidence\\/a1\\/0-5 a nkg:Evidence, oa:SpecificResource ;
    oa:hasSource :article\\/a1 ;
    oa:hasSelector <https://w3id.org/newskg/id/evidence/a1/0-5#quote>,
                   <https://w3id.org/newskg/id/evidence/a1/0-5#pos> .
<https://w3id.org/newskg/id/evidence/a1/0-5#quote> a oa:TextQuoteSelector ;
    oa:exact "P out" .
<https://w3id.org/newskg/id/evidence/a1/0-5#pos> a oa:TextPositionSelector ;
    oa:start "0"^^xsd:nonNegativeInteger ; oa:end "5"^^xsd:nonNegativeInteger .
"""

BROKEN = PREFIXES + """
:article\\/a1 a schema:NewsArticle ;
    schema:datePublished "18/11/2023" .
:person\\/p a schema:Person ; schema:name "P", "Q" .
:org\\/o a schema:Organization .
:membership\\/m a org:Membership ; org:member :org\\/o ;
    org:role nkgr:pope ; nkg:isFormer "no" ; nkg:isInterim false ;
    prov:wasDerivedFrom :evidence\\/e .
:event\\/e1 a nkg:CareerEvent, nkg:Dismissal ;
    nkg:person :person\\/p ; nkg:eventKind nkge:dismissed ;
    nkg:modality nkg:Asserted, nkg:Negated ;
    nkg:date "2023-13"^^xsd:gYearMonth .
:evidence\\/e a nkg:Evidence ; oa:hasSource :article\\/a1 ;
    oa:hasSelector :evidence\\/e\\#q .
:evidence\\/e\\#q a oa:TextQuoteSelector ; oa:exact "x" .
:evidence\\/e\\#p a oa:TextPositionSelector ;
    oa:start "3"^^xsd:integer ; oa:end "4"^^xsd:nonNegativeInteger .
"""

# (focus, path, start of the message) that BROKEN must produce.
ID = "https://w3id.org/newskg/id/"
NKG = "https://w3id.org/newskg/ontology#"
EXPECTED = [
    (ID + "article/a1", "http://schema.org/identifier", "sh:minCount"),
    (ID + "article/a1", "http://schema.org/datePublished", "sh:datatype"),
    (ID + "person/p", "http://schema.org/name", "sh:maxCount"),
    (ID + "org/o", "http://schema.org/name", "sh:minCount"),
    (ID + "membership/m", "http://www.w3.org/ns/org#member", "sh:class"),
    (ID + "membership/m", "http://www.w3.org/ns/org#role", "sh:in"),
    (ID + "membership/m", NKG + "isFormer", "sh:datatype"),
    (ID + "event/e1", NKG + "modality", "sh:maxCount"),
    (ID + "event/e1", NKG + "date", "sh:or"),
    (ID + "event/e1", "http://www.w3.org/ns/prov#wasDerivedFrom", "sh:minCount"),
    (ID + "evidence/e", "http://www.w3.org/ns/oa#hasSelector", "sh:qualifiedMinCount"),
    (ID + "evidence/e#p", "http://www.w3.org/ns/oa#start", "sh:datatype"),
]


def self_test(shapes_path):
    v = Validator(read_shapes(shapes_path))
    ok = True
    good = rdflib.Graph().parse(data=GOOD, format="turtle")
    bad = v.validate(good)
    if bad:
        ok = False
        sys.stdout.write("self-test: the good graph gives violations:\n")
        v.report(bad, sys.stdout)
    broken = rdflib.Graph().parse(data=BROKEN, format="turtle")
    got = v.validate(broken)
    for focus, path, msg in EXPECTED:
        if not any(str(f) == focus and str(p) == path and m.startswith(msg)
                   for f, p, m, _ in got):
            ok = False
            sys.stdout.write("self-test: missing violation %s %s %s\n" % (focus, path, msg))
    # An unsupported component must be refused, not ignored.
    odd = read_shapes(shapes_path)
    odd.add((URIRef(NKG + "OddShape"), SH.targetClass, URIRef("http://schema.org/Person")))
    odd.add((URIRef(NKG + "OddShape"), SH.closed, Literal(True)))
    try:
        Validator(odd).validate(good)
        ok = False
        sys.stdout.write("self-test: sh:closed was not refused\n")
    except Unsupported:
        pass
    sys.stdout.write("self-test: %s (%d violations found in the broken graph)\n"
                     % ("passed" if ok else "FAILED", len(got)))
    return 0 if ok else 1


# ------------------------------------------------------------------ main

def main(argv):
    args = argv[1:]
    shapes_path = None
    mode = "validate"
    files = []
    while args:
        a = args.pop(0)
        if a == "--shapes" and args:
            shapes_path = args.pop(0)
        elif a == "--self-test":
            mode = "self-test"
        elif a == "--count":
            mode = "count"
        elif a in ("-h", "--help"):
            sys.stdout.write(__doc__)
            return 0
        elif a.startswith("-") and a != "-":
            sys.stderr.write("shacl_check.py: unknown option %s\n" % a)
            return 2
        else:
            files.append(a)
    if mode == "validate" and len(files) == 2 and shapes_path is None:
        shapes_path = files.pop()
    if mode == "validate" and len(files) != 1:
        sys.stderr.write(__doc__)
        return 2
    if mode == "count" and not files:
        sys.stderr.write(__doc__)
        return 2
    shapes_path = shapes_path or DEFAULT_SHAPES
    try:
        if mode == "self-test":
            return self_test(shapes_path)
        if mode == "count":
            for path in files:
                union, nquads = load(path)
                sys.stdout.write("%s: %d triples%s\n" % (
                    path, len(union), "" if nquads is None else ", %d quads" % nquads))
            return 0
        v = Validator(read_shapes(shapes_path))
        status = 0
        for path in files:
            union, _ = load(path)
            violations = v.validate(union)
            if violations:
                sys.stdout.write("%s:\n" % path)
                v.report(violations, sys.stdout)
                sys.stdout.write("%s: %d violation(s)\n" % (path, len(violations)))
                status = 1
            else:
                sys.stdout.write("%s: conforms (%d triples)\n" % (path, len(union)))
        return status
    except Unsupported as e:
        sys.stderr.write("shacl_check.py: unsupported shape: %s\n" % e)
        return 2
    except (OSError, ValueError, SyntaxError) as e:
        sys.stderr.write("shacl_check.py: %s\n" % e)
        return 2
    except Exception as e:  # rdflib parser errors have various types
        sys.stderr.write("shacl_check.py: %s: %s\n" % (type(e).__name__, e))
        return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))

/* newskg — the RDF graph: a Redland model holding the knowledge base as
 * triples, serialised through raptor and queried through rasqal.
 *
 * Only src/graph.c includes <redland.h>.  Everything downstream (facts,
 * render, query) reads the graph through nkg_graph_query: the graph is the
 * single source of truth.
 *
 * Vocabulary (see ontology/newskg.ttl):
 *   prefix nkg:  <https://w3id.org/newskg/ontology#>
 *   prefix nkgr: <https://w3id.org/newskg/role/>     role concepts, e.g. nkgr:ceo
 *   prefix nkge: <https://w3id.org/newskg/event/>    event-kind concepts, e.g. nkge:dismissed
 *   resources under <https://w3id.org/newskg/id/>:
 *     person/SLUG, org/SLUG            entities (same IRI from any article)
 *     article/ID                       the article, also its named graph
 *     membership/PERSON/ROLE/ORG       a role held (org part "none" if unknown)
 *     event/ID/HASH                    a career event stated in article ID
 *     evidence/ID/START-END            the sentence it came from
 *                                      (+ "#quote" and "#pos" selectors)
 *
 * Entities: a schema:Person | schema:Organization (+ org:Organization),
 *   schema:name, rdfs:label, skos:prefLabel, skos:altLabel*, owl:sameAs wd:Q*.
 * Roles: a org:Membership ; org:member P ; org:organization O ;
 *   org:role nkgr:KEY ; schema:roleName "title" ; nkg:isFormer bool ;
 *   nkg:isInterim bool ; schema:startDate/endDate ; nkg:confidence decimal ;
 *   prov:wasDerivedFrom EVIDENCE.
 * Events: a nkg:CareerEvent, nkg:<Kind> ; nkg:eventKind nkge:KEY ;
 *   nkg:person P ; nkg:organization O ; nkg:role nkgr:KEY ;
 *   nkg:date "..."^^xsd:date|xsd:gYearMonth|xsd:gYear ;
 *   nkg:modality nkg:Asserted|Negated|Conditional|Threat|Reported|Planned|Question ;
 *   nkg:trigger "word" ; nkg:confidence ; prov:wasDerivedFrom EVIDENCE.
 * Evidence: a nkg:Evidence, oa:SpecificResource ; oa:hasSource ARTICLE ;
 *   oa:hasSelector EV#quote (oa:TextQuoteSelector: oa:exact/prefix/suffix),
 *   EV#pos (oa:TextPositionSelector: oa:start/oa:end, byte offsets).
 * Articles: a schema:NewsArticle ; schema:identifier ; schema:datePublished ;
 *   schema:inLanguage ; schema:url ; schema:headline ; schema:mentions E* ;
 *   schema:author P*.
 */
#ifndef NEWSKG_GRAPH_H
#define NEWSKG_GRAPH_H

#include <stdio.h>
#include "newskg/common.h"
#include "newskg/kb.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NKG_NS       "https://w3id.org/newskg/ontology#"
#define NKG_NS_ROLE  "https://w3id.org/newskg/role/"
#define NKG_NS_EVENT "https://w3id.org/newskg/event/"
#define NKG_NS_ID    "https://w3id.org/newskg/id/"

typedef struct nkg_graph nkg_graph;

/* storage: NULL for an in-memory graph with contexts.  Library messages
 * (raptor, rasqal, librdf) are routed into the error of the failing call. */
int nkg_graph_new(nkg_graph **out, nkg_error *err);
void nkg_graph_free(nkg_graph *g);

/* Adds every article of kb as its own named graph, with entities, roles,
 * events and evidence.  Deterministic: the same kb gives the same triples. */
int nkg_graph_add_kb(nkg_graph *g, const nkg_kb *kb, nkg_error *err);
/* Parses an RDF file into the graph (format guessed from the file name
 * when NULL: .ttl .nt .nq .trig .rdf .jsonld/.json). */
int nkg_graph_load(nkg_graph *g, const char *path, const char *format,
		   nkg_error *err);

/* Serialises through a raptor serializer.  format: turtle, ntriples,
 * nquads, trig, rdfxml, json (RDF/JSON), jsonld is not offered by raptor.
 * nquads and trig keep the named graphs.  Output is sorted so it is
 * byte-identical for the same graph.  Caller frees *out. */
int nkg_graph_serialize(nkg_graph *g, const char *format, char **out,
			size_t *out_len, nkg_error *err);
/* Names of the supported formats, NULL-terminated. */
extern const char *const nkg_graph_formats[];

/* Writes kb as N-Quads one article at a time: each article's named graph
 * goes through a small librdf model of its own and the raptor serializer,
 * so memory holds one article's statements, not the corpus's.  Lines are
 * sorted within each article; articles come in kb order. */
int nkg_graph_stream_nquads(const nkg_kb *kb, FILE *out, nkg_error *err);

/* Number of triples (all contexts). */
int nkg_graph_size(nkg_graph *g, size_t *out, nkg_error *err);

/* A SPARQL SELECT result as a table of strings.  Literals give their
 * lexical form, IRIs their IRI, blank nodes "_:id"; unbound cells are NULL.
 * cells is row-major: cells[row * ncols + col]. */
typedef struct nkg_table {
	size_t ncols, nrows;
	char **cols;   /* variable names */
	char **cells;
} nkg_table;
void nkg_table_free(nkg_table *t);

/* Runs a SPARQL query (SELECT) over the union of all named graphs.
 * Syntax errors give NKG_EQUERY with the line and message from rasqal. */
int nkg_graph_select(nkg_graph *g, const char *sparql, nkg_table **out,
		     nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

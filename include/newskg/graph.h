/* newskg — the RDF graph: a Redland model holding the knowledge base as
 * triples, serialised through raptor and queried through rasqal.
 *
 * Only the graph's own files include <redland.h> (src/graph_int.h:
 * graph.c, emit.c, serialize.c, load.c, nquads.c, graph_query.c,
 * persist.c).  Everything downstream (facts,
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
/* The same for articles [a0, a1) of kb only: their named graphs, the same
 * quads as nkg_graph_add_kb gives them (for rounds of nkg_extract_each). */
int nkg_graph_add_kb_articles(nkg_graph *g, const nkg_kb *kb, size_t a0, size_t a1,
			      nkg_error *err);
/* Parses an RDF file into the graph (format guessed from the file name
 * when NULL: .ttl .nt .nq .trig .rdf .jsonld/.json). */
int nkg_graph_load(nkg_graph *g, const char *path, const char *format,
		   nkg_error *err);
/* Loads path a part at a time: each part a new graph, handed to fn (which
 * borrows it for the call), so that memory does not grow with the file.
 * N-Triples and N-Quads are cut into parts of part_lines lines or more (a
 * named graph may span two parts); other formats are one part.  Parse
 * errors name the line in the whole file.  Stops at the first error. */
typedef int (*nkg_graph_part_fn)(void *ctx, nkg_graph *part, nkg_error *err);
int nkg_graph_load_each(const char *path, const char *format, size_t part_lines,
			nkg_graph_part_fn fn, void *ctx, nkg_error *err);

/* Serialises through a raptor serializer.  format: turtle, ntriples,
 * nquads, trig, rdfxml, json (RDF/JSON), jsonld is not offered by raptor.
 * nquads and trig keep the named graphs.  Output is sorted so it is
 * byte-identical for the same graph.  Caller frees *out. */
int nkg_graph_serialize(nkg_graph *g, const char *format, char **out,
			size_t *out_len, nkg_error *err);
/* Names of the supported formats, NULL-terminated. */
extern const char *const nkg_graph_formats[];

/* Writes kb as N-Quads one article at a time: each article's named graph
 * goes straight to a raptor N-Quads serializer (no librdf model: nothing
 * is queried), so memory holds one round of articles' text, not the
 * corpus's statements.  jobs threads (0: one per core) serialise articles
 * in parallel.  Lines are sorted and unique within each article; articles
 * come in kb order: the output is byte-identical whatever jobs is, and to
 * what nkg_graph_serialize gives for each article's graph. */
int nkg_graph_stream_nquads(const nkg_kb *kb, FILE *out, unsigned jobs,
			    nkg_error *err);

/* The streaming writer behind nkg_graph_stream_nquads, for a kb handed
 * over in rounds (nkg_extract_each): write() writes articles [a0, a1),
 * whose roles and events must be all the kb holds, or the whole kb with
 * [0, n_articles).  jobs threads (0: one per core), each with its own
 * raptor world. */
typedef struct nkg_nquads_writer nkg_nquads_writer;
int nkg_nquads_writer_new(nkg_nquads_writer **out, unsigned jobs, nkg_error *err);
int nkg_nquads_writer_write(nkg_nquads_writer *qw, const nkg_kb *kb, size_t a0,
			    size_t a1, FILE *out, nkg_error *err);
void nkg_nquads_writer_free(nkg_nquads_writer *qw);

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


/* ---- persistent graphs (src/persist.c; the store directory: store.h) ----
 *
 * A graph kept on disk in dir by two Redland "hashes" storages with
 * Berkeley DB files (hash-type 'bdb'): "quads" (contexts='yes': one named
 * graph per article) and "triples" (the union of the named graphs, each
 * triple once, with the (?,p,?) index index-predicates='yes').  Queries
 * (nkg_graph_select, nkg_graph_query) read "triples" directly, so opening
 * costs nothing however large the store.  The two are kept in step by
 * nkg_graph_replace_context and nkg_graph_remove_context, the only ways to
 * change a persistent graph: nkg_graph_add_kb and nkg_graph_load must not
 * be used on one (their duplicate filter only knows this session's quads
 * and they would leave "triples" behind).  No locking here: see store.h. */
enum {
	NKG_GRAPH_WRITE = 1,   /* open for writing (else read-only) */
	NKG_GRAPH_CREATE = 2   /* make new empty files, replacing any */
};
int nkg_graph_open(nkg_graph **out, const char *dir, unsigned flags,
		   nkg_error *err);
/* Whether g was opened by nkg_graph_open. */
int nkg_graph_is_persistent(const nkg_graph *g);
/* Writes what librdf and Berkeley DB still hold in memory to the files. */
int nkg_graph_sync(nkg_graph *g, nkg_error *err);

/* The names (IRIs) of g's named graphs, sorted, unique, NULL-terminated.
 * Caller frees with nkg_graph_names_free. */
int nkg_graph_contexts(nkg_graph *g, char ***out, size_t *n, nkg_error *err);
void nkg_graph_names_free(char **names);
/* Indexed lookups over the union of the named graphs (what queries read):
 * the objects of (s, p), and the subjects of (p, o).  Terms are text: an
 * IRI, a literal's lexical form, or "_:label" for a blank node; s, and o
 * unless o_literal (then a plain literal), are read the same way.  Each
 * answer once, sorted (strcmp), NULL-terminated; caller frees with
 * nkg_graph_names_free.  Milliseconds on any store size, where a SPARQL
 * FILTER on a label reads every label. */
int nkg_graph_objects(nkg_graph *g, const char *s, const char *p, char ***out,
		      size_t *n, nkg_error *err);
int nkg_graph_subjects(nkg_graph *g, const char *p, const char *o, int o_literal,
		       char ***out, size_t *n, nkg_error *err);
/* How many named graphs g has (a store: from its counts). */
int nkg_graph_count_graphs(nkg_graph *g, size_t *n, nkg_error *err);
/* How many subjects (p, IRI o) has, without listing them (a store's
 * rdf:type classes: from its counts). */
int nkg_graph_count_subjects(nkg_graph *g, const char *p, const char *o, size_t *n,
			     nkg_error *err);
/* The IRI of article id (NKG_NS_ID "article/" + id, percent-encoded as in
 * nkg_graph_add_kb).  Caller frees; NULL when out of memory. */
char *nkg_graph_article_iri(const char *id);

/* Persistent g only.  Removes the named graph iri; *removed (may be NULL)
 * gets the number of quads removed (0 if there was no such graph).
 * Triples no other named graph holds leave the union too. */
int nkg_graph_remove_context(nkg_graph *g, const char *iri, size_t *removed,
			     nkg_error *err);
/* Persistent dst only.  Makes dst's named graph dst_iri hold exactly the
 * triples of src's named graph src_iri (NULL: src's default graph; when
 * that is empty nothing happens): the old graph is removed first, so doing
 * it twice leaves the same quads.  Blank nodes are renamed per dst_iri so
 * that graphs never share one.  *removed, *added may be NULL.  With
 * NKG_GRAPH_APPEND in flags the old graph stays and src's triples are
 * added to it, each once (for a graph that comes in several parts). */
enum { NKG_GRAPH_APPEND = 1 };
int nkg_graph_replace_context(nkg_graph *dst, nkg_graph *src,
			      const char *src_iri, const char *dst_iri, unsigned flags,
			      size_t *removed, size_t *added, nkg_error *err);
/* Persistent g only.  fn is told of each quad that
 * nkg_graph_replace_context adds or nkg_graph_remove_context removes (IRI
 * subjects only): s and p are IRIs, o an IRI or a literal's lexical form,
 * all borrowed for the call.  fn NULL: no hook. */
typedef void (*nkg_graph_change_fn)(void *ctx, const char *s, const char *p, const char *o);
void nkg_graph_on_change(nkg_graph *g, nkg_graph_change_fn fn, void *ctx);

/* The summary: a side index of string values under (key, kind), in its
 * own Berkeley DB files next to a persistent g's (summary-*.db).  The
 * store keeps it (store.h); nothing else sees it.  A store made before it
 * existed has none until nkg_graph_summary_create (writable g), which
 * also replaces one by empty files. */
int nkg_graph_has_summary(const nkg_graph *g);
int nkg_graph_summary_create(nkg_graph *g, nkg_error *err);
/* The values under (key, kind), each once, in the storage's order (not
 * sorted), NULL-terminated; caller frees with nkg_graph_names_free. */
int nkg_graph_summary_get(nkg_graph *g, const char *key, const char *kind, char ***out,
			  size_t *n, nkg_error *err);
/* Adds (once) or removes (if there) value under (key, kind). */
int nkg_graph_summary_add(nkg_graph *g, const char *key, const char *kind, const char *value,
			  nkg_error *err);
int nkg_graph_summary_remove(nkg_graph *g, const char *key, const char *kind,
			     const char *value, nkg_error *err);

/* Number of distinct triples (the RDF merge of all graphs). */
int nkg_graph_triples(nkg_graph *g, size_t *out, nkg_error *err);
/* Serialises one named graph (as nkg_graph_serialize; triples formats
 * drop the graph name, nquads and trig keep it).  An absent graph gives
 * an empty document. */
int nkg_graph_serialize_context(nkg_graph *g, const char *iri,
				const char *format, char **out,
				size_t *out_len, nkg_error *err);

/* ---- any SPARQL query (src/graph_query.c) --------------------------------
 *
 * An RDF term of a result.  value: the IRI, the blank node label (without
 * "_:") or the literal's lexical form; lang and datatype only for
 * literals (NULL when absent).  NKG_TERM_NONE is an unbound cell. */
typedef enum nkg_term_kind {
	NKG_TERM_NONE = 0, NKG_TERM_IRI, NKG_TERM_BLANK, NKG_TERM_LITERAL
} nkg_term_kind;
typedef struct nkg_term {
	nkg_term_kind kind;
	char *value, *lang, *datatype;
} nkg_term;

enum { NKG_RESULT_BINDINGS = 1, NKG_RESULT_BOOLEAN, NKG_RESULT_GRAPH };
typedef struct nkg_result {
	int kind;            /* NKG_RESULT_* */
	/* BINDINGS without a results format: row-major terms. */
	size_t ncols, nrows;
	char **cols;         /* variable names */
	nkg_term *cells;     /* cells[row * ncols + col] */
	int boolean;         /* BOOLEAN */
	/* The result as a document: BINDINGS and BOOLEAN in results_format,
	 * GRAPH (CONSTRUCT, DESCRIBE) always, in rdf_format. */
	char *text;
	size_t len;
} nkg_result;
void nkg_result_free(nkg_result *r);
/* Appends an empty row (kind NKG_TERM_NONE) of r->ncols cells; *row points
 * at it (owned by r).  *cap is the caller's capacity of r->cells. */
int nkg_result_add_row(nkg_result *r, size_t *cap, nkg_term **row);

/* Runs a SPARQL query of any form (SELECT, ASK, CONSTRUCT, DESCRIBE) over
 * the union of the named graphs.  results_format: NULL (terms in cells,
 * or the boolean), or "json", "xml", "csv", "tsv" (the W3C SPARQL results
 * formats, written by rasqal; for ASK, csv and tsv give a header
 * "_askResult" and true/false; rasqal 0.9.33 writes unbound cells as
 * "type": "unbound" / <unbound/>, which the W3C formats do not have, so
 * results.c writes them itself from the terms).  rdf_format: for CONSTRUCT and DESCRIBE,
 * one of nkg_graph_formats (NULL: turtle).  Syntax and evaluation errors
 * give NKG_EQUERY, "SPARQL:line:col: message". */
int nkg_graph_query(nkg_graph *g, const char *sparql,
		    const char *results_format, const char *rdf_format,
		    nkg_result **out, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

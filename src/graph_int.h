/* newskg — the RDF graph's private parts, shared by the files it is made
 * of (graph.c: the model and its lifecycle; emit.c: the kb as RDF;
 * serialize.c; load.c; nquads.c: the streaming writer; graph_query.c:
 * SPARQL; persist.c: the Berkeley DB graph and its summary).  Not for the
 * rest of the library: they use graph.h. */
#ifndef NEWSKG_GRAPH_INT_H
#define NEWSKG_GRAPH_INT_H

#include "newskg/graph.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <redland.h>

#include "vocab.h"

#define RDF_TYPE  RDF_NS "type"

enum { DT_DATE, DT_GYEARMONTH, DT_GYEAR, DT_BOOLEAN, DT_DECIMAL, DT_NNI,
       DT_ANYURI, DT__COUNT };

struct nkg_graph {
	librdf_world *world;     /* owned; everything below lives in it */
	librdf_storage *storage; /* owned: quads */
	librdf_model *model;     /* owned */
	/* Triples-only copy for SPARQL: rebuilt on demand when dirty.  A query
	 * over the context model sees a triple once per named graph holding it
	 * (duplicate rows, wrong COUNTs); SPARQL's default graph is the RDF
	 * merge, i.e. each triple once. */
	librdf_storage *ustorage;
	librdf_model *umodel;
	int dirty;
	librdf_uri *dt[DT__COUNT]; /* owned datatype URIs */
	/* Open-addressing set of the quads' 128-bit keys, see quad_key. */
	struct qkey *seen;
	size_t seen_cap, seen_n;
	/* nkg_graph_open: storage/model are the Berkeley DB quads,
	 * ustorage/umodel the Berkeley DB union, never rebuilt (dirty stays
	 * 0: only nkg_g_add_statement sets it, and it is not used on these). */
	int persistent;
	/* Persistent: the quads and union triples, kept up to date by every
	 * change and saved in dir/COUNTS at sync, because counting them
	 * means reading the whole store (librdf's hashes storage has no
	 * size).  counts_known is 0 for a store without COUNTS until they
	 * are counted once. */
	char *dir;
	int writable, counts_known;
	size_t nquads, ntriples, ngraphs;
	/* Persistent: the side summary the store keeps for questions
	 * (nkg_graph_summary_*), or NULL for a store made before it. */
	librdf_storage *sstorage;
	librdf_model *smodel;
	/* Told of every quad a replace or remove adds or takes away. */
	nkg_graph_change_fn on_change;
	void *on_change_ctx;
	/* Subjects per rdf:type class in the union (for stats). */
	struct nkg_class_count { char *iri; size_t n; } *classes;
	size_t nclasses;
	/* Last library message, filled by log_handler; reset per call. */
	int log_errors;
	int log_level;
	int log_line, log_col;
	char log_msg[512];
};

extern const char *const nkg_g_dt_iri[DT__COUNT];

/* A raptor iostream writing into a growable buffer through our own
 * handler.  (raptor's string iostream allocates a buffer node for every
 * byte written; a FILE from open_memstream takes a lock per byte: both
 * dominated the profile of serialising large graphs.) */
typedef struct memout {
	nkg_buf b;
	int failed;
	raptor_iostream *io;
} memout;

/* A snapshot of the model: raptor statements with their graph term set
 * (NULL for the default graph), sorted.  Owns the statements. */
typedef struct quad_list {
	raptor_statement **v;
	size_t n, cap;
} quad_list;

#define TRY(x) do { if ((rc = (x)) != 0) goto done; } while (0)

/* The emitter's sink of N-Quads text (emit.c), opaque to the others. */
typedef struct rsink rsink;
int nkg_g_emit_nquads(rsink *rs, const nkg_kb *kb, size_t a0, size_t a1, size_t r0, size_t r1,
		      size_t e0, size_t e1, nkg_error *err);

/* Helpers the files share (defined in the file named). */
int nkg_g_kb_check_range(const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err);  /* emit.c */
int nkg_g_make_id(nkg_buf *b, const char *kind, const char *s1,
		   const char *s2, const char *s3);  /* emit.c */
void nkg_g_rsink_free(rsink *rs);  /* emit.c */
int nkg_g_rsink_new(rsink **out);  /* emit.c */
int nkg_g_rsink_take(rsink *rs, nkg_buf *out);  /* emit.c */
int nkg_g_add_nodes(nkg_graph *g, librdf_node *ctx, librdf_node *s,
		     librdf_node *p, librdf_node *o);  /* graph.c */
int nkg_g_add_statement(nkg_graph *g, librdf_node *ctx, librdf_statement *st);  /* graph.c */
void nkg_g_drop_union(nkg_graph *g);  /* graph.c */
librdf_node *nkg_g_iri_node(nkg_graph *g, const char *iri);  /* graph.c */
int nkg_g_log_error(nkg_graph *g, nkg_error *err, int code,
		     const char *where, const char *fallback);  /* graph.c */
void nkg_g_log_reset(nkg_graph *g);  /* graph.c */
int nkg_g_memout_close(memout *m, char **out, size_t *out_len);  /* graph.c */
void nkg_g_memout_end(memout *m);  /* graph.c */
int nkg_g_memout_open(raptor_world *rw, memout *m);  /* graph.c */
int nkg_g_model_count(nkg_graph *g, librdf_model *m, size_t *out, nkg_error *err);  /* graph.c */
int nkg_g_new_store(librdf_world *w, int contexts, librdf_storage **st,
		     librdf_model **m);  /* graph.c */
char *nkg_g_node_text(librdf_node *n);  /* graph_query.c */
int nkg_g_union_refresh(nkg_graph *g);  /* graph_query.c */
int nkg_g_copy_stream(nkg_graph *tmp, librdf_stream *s, const char *ctx_iri);  /* persist.c */
int nkg_g_rdf_fail(nkg_graph *g, nkg_error *err, int rc, const char *what);  /* persist.c */
void nkg_g_quads_free(quad_list *q);  /* serialize.c */
int nkg_g_quads_push(nkg_graph *g, quad_list *q, raptor_term *s,
		      raptor_term *p, raptor_term *o, raptor_term *graph);  /* serialize.c */
int nkg_g_sort_lines_into(char *text, size_t len, nkg_buf *dst);  /* serialize.c */

#endif

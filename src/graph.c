/* newskg — the RDF graph (see graph.h): a Redland model with one named
 * graph (context) per article, raptor serialisers, rasqal SPARQL.
 *
 * The only file that includes <redland.h>.  In librdf 1.0.17 a librdf_node
 * is a raptor_term, a librdf_statement a raptor_statement and a librdf_uri
 * a raptor_uri, all living in the raptor world the librdf world owns, so
 * raptor calls below work directly on librdf objects.
 *
 * Storage: "hashes" with hash-type 'memory' and contexts='yes'.  It indexes
 * (s,p)->o, (p,o)->s, (s,o)->p plus the contexts, so adding and finding
 * are hash lookups; the "memory" storage answers every pattern with a
 * linear scan and is far too slow for SPARQL joins on 100k statements.
 * The hashes storage does not reject a quad that is already in a context
 * (librdf_storage_hashes_context_add_statement never checks), so
 * duplicates are filtered here (a set of 128-bit quad keys, see
 * quad_key).  Measured: ~300k quads from a kb in about 2 s, where most of
 * the time goes to librdf's own hashing.
 *
 * Limits inherited from the libraries (raptor 2.0.15, rasqal 0.9.33):
 * SPARQL runs over the merged default graph (GRAPH patterns match
 * nothing); no property paths, no MINUS; JSON-LD is neither read nor
 * written (RDF/JSON is); RDF/XML needs XML 1.1 for C0 control characters,
 * which raptor's and rdflib's RDF/XML parsers cannot read back.
 *
 * Ownership rules of the third-party APIs used here:
 *   librdf_new_node_*            returns a new node, caller frees
 *   librdf_new_statement_from_nodes  CONSUMES its three nodes (also when it
 *                                fails: raptor frees them)
 *   librdf_model_*add_statement  copies the statement and the context
 *   librdf_stream_get_object / get_context2  borrowed, valid until next()
 *   librdf_query_results_get_binding_value   new node, caller frees
 *   librdf_query_results_get_binding_name    borrowed
 *   raptor_new_statement_from_nodes  consumes its four terms
 *   raptor_term_copy             adds a reference, release with
 *                                raptor_free_term
 *   raptor_new_iostream_to_file_handle  does not close the FILE
 */
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

const char *const nkg_graph_formats[] = {
	"turtle", "ntriples", "nquads", "trig", "rdfxml", "json", NULL
};

/* Prefixes declared to the serialisers, in this order (Turtle, TriG,
 * RDF/XML print them as given). */
static const char *const ns_prefixes[][2] = {
	{ "nkg", NKG_NS },
	{ "nkgr", NKG_NS_ROLE },
	{ "nkge", NKG_NS_EVENT },
	{ "schema", SCHEMA_NS },
	{ "org", ORG_NS },
	{ "prov", PROV_NS },
	{ "oa", OA_NS },
	{ "skos", SKOS_NS },
	{ "owl", OWL_NS },
	{ "xsd", XSD_NS },
	{ "rdfs", RDFS_NS },
	{ "rdf", RDF_NS },
	{ "wd", WD_NS },
};

/* Indexed by nkg_evkind and nkg_modality. */
static const char *const evkind_class[NKG_EV__COUNT] = {
	"Joining", "Appointment", "Dismissal", "Departure", "Return", "Founding"
};
static const char *const modality_ind[NKG_MOD__COUNT] = {
	"Asserted", "Negated", "Conditional", "Threat", "Reported", "Planned",
	"Question"
};

enum { DT_DATE, DT_GYEARMONTH, DT_GYEAR, DT_BOOLEAN, DT_DECIMAL, DT_NNI,
       DT_ANYURI, DT__COUNT };
static const char *const dt_iri[DT__COUNT] = {
	XSD_NS "date", XSD_NS "gYearMonth", XSD_NS "gYear", XSD_NS "boolean",
	XSD_NS "decimal", XSD_NS "nonNegativeInteger", XSD_NS "anyURI"
};

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
	 * 0: only add_statement sets it, and it is not used on these). */
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

/* ---- library messages -------------------------------------------------- */

/* librdf logger: raptor (parsers, serialisers) and rasqal (queries) route
 * their messages through librdf_log, which calls this.  Returning 1 tells
 * librdf the message was handled, so it never prints. */
static int log_handler(void *user_data, librdf_log_message *m)
{
	nkg_graph *g = user_data;
	librdf_log_level level = librdf_log_message_level(m);
	raptor_locator *loc = librdf_log_message_locator(m);
	const char *msg = librdf_log_message_message(m);

	if (level < LIBRDF_LOG_WARN)
		return 1;
	/* Keep the first error of a call: later ones are usually follow-ups. */
	if (g->log_errors && level < LIBRDF_LOG_ERROR)
		return 1;
	if (level >= LIBRDF_LOG_ERROR && g->log_errors++)
		return 1;
	g->log_level = level;
	g->log_line = loc ? loc->line : -1;
	g->log_col = loc ? loc->column : -1;
	snprintf(g->log_msg, sizeof g->log_msg, "%s", msg ? msg : "(no message)");
	return 1;
}

static void log_reset(nkg_graph *g)
{
	g->log_errors = 0;
	g->log_level = 0;
	g->log_line = g->log_col = -1;
	g->log_msg[0] = '\0';
}

/* Sets err from the last library message: "where:line:col: message". */
static int log_error(nkg_graph *g, nkg_error *err, int code,
		     const char *where, const char *fallback)
{
	const char *msg = g->log_msg[0] ? g->log_msg : fallback;

	/* rasqal says "SPARQL syntax error - ..."; where is already "SPARQL". */
	if (strncmp(msg, where, strlen(where)) == 0 && msg[strlen(where)] == ' ')
		msg += strlen(where) + 1;
	if (g->log_msg[0] && g->log_line > 0 && g->log_col >= 0)
		return nkg_error_set(err, code, "%s:%d:%d: %s", where,
				     g->log_line, g->log_col, msg);
	if (g->log_msg[0] && g->log_line > 0)
		return nkg_error_set(err, code, "%s:%d: %s", where,
				     g->log_line, msg);
	return nkg_error_set(err, code, "%s: %s", where, msg);
}

/* ---- lifecycle --------------------------------------------------------- */

static int new_store(librdf_world *w, int contexts, librdf_storage **st,
		     librdf_model **m)
{
	*st = librdf_new_storage(w, "hashes", NULL, contexts
				 ? "hash-type='memory',contexts='yes'"
				 : "hash-type='memory'");
	if (!*st)
		return NKG_ERDF;
	*m = librdf_new_model(w, *st, NULL);
	if (!*m) {
		librdf_free_storage(*st);
		*st = NULL;
		return NKG_ERDF;
	}
	return 0;
}

int nkg_graph_new(nkg_graph **out, nkg_error *err)
{
	nkg_graph *g = NULL;
	int rc = 0;

	*out = NULL;
	g = calloc(1, sizeof *g);
	if (!g)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	log_reset(g);
	g->world = librdf_new_world();
	if (!g->world) {
		rc = nkg_error_set(err, NKG_ERDF, "librdf: cannot create world");
		goto done;
	}
	/* Before open, so that nothing is ever printed. */
	librdf_world_set_logger(g->world, g, log_handler);
	librdf_world_open(g->world);
	if (new_store(g->world, 1, &g->storage, &g->model)) {
		rc = log_error(g, err, NKG_ERDF, "librdf",
			       "cannot create hashes storage");
		goto done;
	}
	for (int i = 0; i < DT__COUNT; i++) {
		g->dt[i] = librdf_new_uri(g->world,
					  (const unsigned char *)dt_iri[i]);
		if (!g->dt[i]) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
	}
done:
	if (rc) {
		nkg_graph_free(g);
		return rc;
	}
	*out = g;
	return 0;
}

static void drop_union(nkg_graph *g)
{
	if (g->umodel)
		librdf_free_model(g->umodel);
	if (g->ustorage)
		librdf_free_storage(g->ustorage);
	g->umodel = NULL;
	g->ustorage = NULL;
}

void nkg_graph_free(nkg_graph *g)
{
	if (!g)
		return;
	drop_union(g);
	if (g->smodel)
		librdf_free_model(g->smodel);
	if (g->sstorage)
		librdf_free_storage(g->sstorage);
	if (g->model)
		librdf_free_model(g->model);
	if (g->storage)
		librdf_free_storage(g->storage);
	for (int i = 0; i < DT__COUNT; i++)
		if (g->dt[i])
			librdf_free_uri(g->dt[i]);
	if (g->world)
		librdf_free_world(g->world);
	free(g->seen);
	free(g->dir);
	for (size_t i = 0; i < g->nclasses; i++)
		free(g->classes[i].iri);
	free(g->classes);
	free(g);
}

/* ---- adding statements ------------------------------------------------- */

/* A 128-bit key of a quad, from two unrelated 64-bit hashes (FNV-1a and
 * a multiply-xorshift one).  Two distinct quads share a key with
 * probability about n^2 / 2^129: below 1e-20 for a billion quads, so the
 * key alone decides whether a quad is already there (checking with librdf
 * would scan the whole context for every repeated quad). */
typedef struct qkey { uint64_t a, b; } qkey;

static void key_bytes(qkey *k, const void *p, size_t n)
{
	const unsigned char *u = p;
	k->a = nkg_hash(k->a, p, n);
	for (size_t i = 0; i < n; i++) {
		k->b = (k->b + u[i] + 1) * 0x9E3779B97F4A7C15ULL;
		k->b ^= k->b >> 29;
	}
}

/* Each string with its length, so that ("ab","c") != ("a","bc"). */
static void key_str(qkey *k, const unsigned char *s, size_t n)
{
	key_bytes(k, &n, sizeof n);
	if (s && n)
		key_bytes(k, s, n);
}

static void key_term(qkey *k, librdf_node *n)
{
	unsigned char t = n ? (unsigned char)librdf_node_get_type(n) : 0;
	size_t len = 0;
	const unsigned char *s;

	key_bytes(k, &t, 1);
	if (!n)
		return;
	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		key_str(k, s, len);
		break;
	case LIBRDF_NODE_TYPE_BLANK:
		s = librdf_node_get_counted_blank_identifier(n, &len);
		key_str(k, s, len);
		break;
	case LIBRDF_NODE_TYPE_LITERAL: {
		const char *lang = librdf_node_get_literal_value_language(n);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		key_str(k, s, len);
		key_str(k, (const unsigned char *)lang, lang ? strlen(lang) : 0);
		s = dt ? librdf_uri_as_counted_string(dt, &len) : NULL;
		key_str(k, s, s ? len : 0);
		break;
	}
	default:
		break;
	}
}

static qkey quad_key(librdf_node *ctx, librdf_statement *st)
{
	qkey k = { NKG_HASH_INIT, 0x243F6A8885A308D3ULL };
	key_term(&k, ctx);
	key_term(&k, librdf_statement_get_subject(st));
	key_term(&k, librdf_statement_get_predicate(st));
	key_term(&k, librdf_statement_get_object(st));
	if (!k.a && !k.b)  /* {0,0} marks an empty slot */
		k.a = 1;
	return k;
}

/* Open addressing on k.a; returns the slot holding k or the empty slot
 * where it would go.  cap is a power of two, the table never full. */
static size_t seen_slot(const qkey *tab, size_t cap, qkey k)
{
	size_t i = k.a & (cap - 1);
	while ((tab[i].a || tab[i].b) && (tab[i].a != k.a || tab[i].b != k.b))
		i = (i + 1) & (cap - 1);
	return i;
}

/* Adds k to the set; *added = 0 when it was already there. */
static int seen_add(nkg_graph *g, qkey k, int *added)
{
	size_t i;

	if ((g->seen_n + 1) * 2 > g->seen_cap) {
		size_t ncap = g->seen_cap ? g->seen_cap * 2 : 1024;
		qkey *tab = calloc(ncap, sizeof *tab);
		if (!tab)
			return NKG_ENOMEM;
		for (size_t j = 0; j < g->seen_cap; j++)
			if (g->seen[j].a || g->seen[j].b)
				tab[seen_slot(tab, ncap, g->seen[j])] = g->seen[j];
		free(g->seen);
		g->seen = tab;
		g->seen_cap = ncap;
	}
	i = seen_slot(g->seen, g->seen_cap, k);
	*added = !(g->seen[i].a || g->seen[i].b);
	if (*added) {
		g->seen[i] = k;
		g->seen_n++;
	}
	return 0;
}

/* Adds st (borrowed) to context ctx (borrowed; NULL = default graph) unless
 * that quad is already there. */
static int add_statement(nkg_graph *g, librdf_node *ctx, librdf_statement *st)
{
	int added = 0, rc;

	if (!ctx) {
		/* librdf_model_add_statement itself skips existing triples. */
		if (librdf_model_add_statement(g->model, st))
			return NKG_ERDF;
		g->dirty = 1;
		return 0;
	}
	if ((rc = seen_add(g, quad_key(ctx, st), &added)) != 0 || !added)
		return rc;
	if (librdf_model_context_add_statement(g->model, ctx, st)) {
		/* Forget the key, or a retry would take the quad as present.
		 * It was just put in the empty slot ending its probe chain,
		 * so clearing that slot breaks no other chain. */
		g->seen[seen_slot(g->seen, g->seen_cap, quad_key(ctx, st))] = (qkey){ 0, 0 };
		g->seen_n--;
		return NKG_ERDF;
	}
	g->dirty = 1;
	return 0;
}

/* Adds (s p o) to ctx.  Consumes s, p and o in every case. */
static int add_nodes(nkg_graph *g, librdf_node *ctx, librdf_node *s,
		     librdf_node *p, librdf_node *o)
{
	librdf_statement *st = NULL;
	int rc;

	if (!s || !p || !o) {
		if (s) librdf_free_node(s);
		if (p) librdf_free_node(p);
		if (o) librdf_free_node(o);
		return NKG_ENOMEM;
	}
	/* Consumes s, p, o even on failure. */
	st = librdf_new_statement_from_nodes(g->world, s, p, o);
	if (!st)
		return NKG_ENOMEM;
	rc = add_statement(g, ctx, st);
	librdf_free_statement(st);
	return rc;
}

static librdf_node *iri_node(nkg_graph *g, const char *iri)
{
	return librdf_new_node_from_uri_string(g->world, (const unsigned char *)iri);
}

/* ---- raptor output into memory ---------------------------------------- */

/* A raptor iostream writing into a growable buffer through our own
 * handler.  (raptor's string iostream allocates a buffer node for every
 * byte written; a FILE from open_memstream takes a lock per byte: both
 * dominated the profile of serialising large graphs.) */
typedef struct memout {
	nkg_buf b;
	int failed;
	raptor_iostream *io;
} memout;

static int memout_byte(void *ctx, const int byte)
{
	memout *m = ctx;
	char c = (char)byte;
	/* Inline fast path: no call when there is room.  raptor writes most
	 * of a line a byte at a time, so the NUL goes on at the end
	 * (memout_end), and len + 1 < cap keeps room for it. */
	if (m->b.len + 1 < m->b.cap) {
		m->b.data[m->b.len++] = c;
		return 0;
	}
	if (nkg_buf_append(&m->b, &c, 1))
		m->failed = 1;
	return m->failed ? 1 : 0;
}

static int memout_bytes(void *ctx, const void *ptr, size_t size, size_t nmemb)
{
	memout *m = ctx;
	if (nkg_buf_append(&m->b, ptr, size * nmemb))
		m->failed = 1;
	return m->failed ? 0 : (int)nmemb;
}

static const raptor_iostream_handler memout_handler = {
	.version = 2,
	.write_byte = memout_byte,
	.write_bytes = memout_bytes,
};

static int memout_open(raptor_world *rw, memout *m)
{
	memset(m, 0, sizeof *m);
	/* raptor keeps the handler pointer: the handler is static */
	if (!(m->io = raptor_new_iostream_from_handler(rw, m, &memout_handler)))
		return NKG_ENOMEM;
	return 0;
}

/* Ends the stream.  out == NULL discards the text; otherwise *out gets it
 * (NUL-terminated, caller frees). */
/* NUL-terminates what was written (there is always room). */
static void memout_end(memout *m)
{
	if (m->b.data)
		m->b.data[m->b.len] = '\0';
}

static int memout_close(memout *m, char **out, size_t *out_len)
{
	int rc = m->failed ? NKG_ENOMEM : 0;

	if (m->io)
		raptor_free_iostream(m->io);
	memout_end(m);
	if (out && !rc) {
		*out_len = m->b.len;
		*out = nkg_buf_detach(&m->b);
	} else {
		nkg_buf_free(&m->b);
	}
	memset(m, 0, sizeof *m);
	return rc;
}

/* ---- sinks: where emitted statements go -------------------------------- */

/* The kb walk below emits statements through a sink (a small factory
 * table).  Two kinds: a librdf model (every format, SPARQL, the store) and
 * a raptor N-Quads serializer writing straight to memory (the streaming
 * writer).  A write-once stream never queries its statements: building
 * librdf's hash indexes for them was 45% of `extract -f nquads` and
 * raptor's URI interning much of the rest (callgrind), so the stream sink
 * has neither. */
typedef struct sink_ops {
	/* A new term for the named graph iri (NULL: out of memory). */
	void *(*graph_new)(void *sink, const char *iri);
	void (*graph_free)(void *sink, void *graph);
	/* (s p o) in graph (borrowed).  o is an IRI unless literal; a literal
	 * has language lang or datatype dt (index into dt_iri, -1: none). */
	int (*add)(void *sink, void *graph, const char *s, const char *p,
		   const char *o, int literal, const char *lang, int dt);
	/* Sets err for a failed add (rc: NKG_ERDF or NKG_ENOMEM). */
	int (*fail)(void *sink, nkg_error *err, int rc);
} sink_ops;

static void *model_graph_new(void *sink, const char *iri)
{
	return iri_node(sink, iri);
}

static void model_graph_free(void *sink, void *graph)
{
	(void)sink;
	librdf_free_node(graph);
}

static int model_add(void *sink, void *graph, const char *s, const char *p,
		     const char *o, int literal, const char *lang, int dt)
{
	nkg_graph *g = sink;
	librdf_node *on = literal
		? librdf_new_node_from_typed_literal(g->world, (const unsigned char *)o,
						     lang, dt >= 0 ? g->dt[dt] : NULL)
		: iri_node(g, o);
	return add_nodes(g, graph, iri_node(g, s), iri_node(g, p), on);
}

static int model_fail(void *sink, nkg_error *err, int rc)
{
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return log_error(sink, err, rc, "librdf", "cannot add statement");
}

static const sink_ops model_sink = {
	model_graph_new, model_graph_free, model_add, model_fail
};

static int sort_lines_into(char *text, size_t len, nkg_buf *out);

/* The stream sink.  One per thread: a raptor world is not shared between
 * threads. */
typedef struct rsink {
	raptor_world *world;       /* owned; URI interning off */
	raptor_uri *dt[DT__COUNT]; /* owned */
	raptor_serializer *ser;    /* owned: nquads, writing into m */
	memout m;
	char msg[256];             /* first raptor error of the sink, or "" */
} rsink;

static void rsink_log(void *user_data, raptor_log_message *m)
{
	rsink *rs = user_data;
	if (m->level >= RAPTOR_LOG_LEVEL_ERROR && !rs->msg[0])
		snprintf(rs->msg, sizeof rs->msg, "%s", m->text ? m->text : "error");
}

static void rsink_free(rsink *rs)
{
	if (!rs)
		return;
	/* The serializer first: it may still write into the stream. */
	if (rs->ser) {
		raptor_serializer_serialize_end(rs->ser);
		raptor_free_serializer(rs->ser);
	}
	memout_close(&rs->m, NULL, NULL);
	for (int i = 0; i < DT__COUNT; i++)
		if (rs->dt[i])
			raptor_free_uri(rs->dt[i]);
	if (rs->world)
		raptor_free_world(rs->world);
	free(rs);
}

static int rsink_new(rsink **out)
{
	rsink *rs = calloc(1, sizeof *rs);
	int rc = NKG_ENOMEM;

	*out = NULL;
	if (!rs || !(rs->world = raptor_new_world()))
		goto done;
	/* Interning keeps every URI ever made in one tree: a cost per term,
	 * and memory that grows with the corpus. */
	raptor_world_set_flag(rs->world, RAPTOR_WORLD_FLAG_URI_INTERNING, 0);
	raptor_world_set_log_handler(rs->world, rs, rsink_log);
	if (raptor_world_open(rs->world))
		goto done;
	for (int i = 0; i < DT__COUNT; i++)
		if (!(rs->dt[i] = raptor_new_uri(rs->world, (const unsigned char *)dt_iri[i])))
			goto done;
	if (memout_open(rs->world, &rs->m))
		goto done;
	rc = NKG_ERDF;
	if (!(rs->ser = raptor_new_serializer(rs->world, "nquads")) ||
	    raptor_serializer_start_to_iostream(rs->ser, NULL, rs->m.io))
		goto done;
	*out = rs;
	rs = NULL;
	rc = 0;
done:
	rsink_free(rs);
	return rc;
}

static void *rsink_graph_new(void *sink, const char *iri)
{
	rsink *rs = sink;
	return raptor_new_term_from_uri_string(rs->world, (const unsigned char *)iri);
}

static void rsink_graph_free(void *sink, void *graph)
{
	(void)sink;
	raptor_free_term(graph);
}

static int rsink_add(void *sink, void *graph, const char *s, const char *p,
		     const char *o, int literal, const char *lang, int dt)
{
	rsink *rs = sink;
	raptor_statement st;
	int rc = 0;

	raptor_statement_init(&st, rs->world);
	st.subject = raptor_new_term_from_uri_string(rs->world, (const unsigned char *)s);
	st.predicate = raptor_new_term_from_uri_string(rs->world, (const unsigned char *)p);
	/* The datatype URI is copied (a new reference); lang_tag keeps
	 * language tags short enough for raptor's one-byte length. */
	st.object = literal
		? raptor_new_term_from_counted_literal(
			  rs->world, (const unsigned char *)o, strlen(o),
			  dt >= 0 ? rs->dt[dt] : NULL, (const unsigned char *)lang,
			  lang ? (unsigned char)strlen(lang) : 0)
		: raptor_new_term_from_uri_string(rs->world, (const unsigned char *)o);
	st.graph = graph;
	if (!st.subject || !st.predicate || !st.object)
		rc = NKG_ENOMEM;
	else if (raptor_serializer_serialize_statement(rs->ser, &st) || rs->m.failed)
		rc = rs->m.failed ? NKG_ENOMEM : NKG_ERDF;
	st.graph = NULL;  /* borrowed: clear must not free it */
	raptor_statement_clear(&st);
	return rc;
}

static int rsink_fail(void *sink, nkg_error *err, int rc)
{
	rsink *rs = sink;
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return nkg_error_set(err, rc, "nquads: %s",
			     rs->msg[0] ? rs->msg : "serialisation failed");
}

/* Puts what the sink wrote since the last call into out, lines sorted
 * and unique.  Both buffers are kept for the next article: growing new
 * ones each time cost a page fault per page (free gives the top of the
 * heap back to the kernel). */
static int rsink_take(rsink *rs, nkg_buf *out)
{
	int rc;

	out->len = 0;
	if (!rs->m.b.len)
		return 0;
	memout_end(&rs->m);
	rc = sort_lines_into(rs->m.b.data, rs->m.b.len, out);
	rs->m.b.len = 0;
	return rc;
}

static const sink_ops stream_sink = {
	rsink_graph_new, rsink_graph_free, rsink_add, rsink_fail
};

/* ---- nkg_graph_add_kb -------------------------------------------------- */

/* What the kb walk needs at hand: the sink, the article's graph term and
 * scratch buffers for IRIs. */
typedef struct emitter {
	const sink_ops *ops;
	void *sink;
	void *ctx;  /* borrowed: the current article's named graph */
	nkg_buf subj, obj, tmp;
} emitter;

static int e_iri(emitter *e, const char *s, const char *p, const char *o)
{
	return e->ops->add(e->sink, e->ctx, s, p, o, 0, NULL, -1);
}

/* A literal; lang and dt may be NULL (dt: index into dt_iri or -1). */
static int e_lit(emitter *e, const char *s, const char *p, const char *v,
		 const char *lang, int dt)
{
	return e->ops->add(e->sink, e->ctx, s, p, v ? v : "", 1, lang, dt);
}

/* ASCII classes: <ctype.h> depends on the locale the program sets. */
static int ascii_digit(unsigned c)
{
	return c >= '0' && c <= '9';
}

static int ascii_alnum(unsigned c)
{
	return ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Appends s as one IRI path segment: unreserved bytes as they are, the
 * rest percent-encoded (article ids and slugs are already safe; this only
 * guards against a kb built by hand). */
static int buf_seg(nkg_buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		char enc[3] = { '%', hex[*u >> 4], hex[*u & 15] };
		if (ascii_alnum(*u) || *u == '-' || *u == '.' || *u == '_' || *u == '~') {
			if (nkg_buf_append(b, (const char *)u, 1))
				return NKG_ENOMEM;
		} else if (nkg_buf_append(b, enc, 3)) {
			return NKG_ENOMEM;
		}
	}
	return 0;
}

/* b := NKG_NS_ID kind "/" seg1 ["/" seg2 ["/" seg3]] */
static int make_id(nkg_buf *b, const char *kind, const char *s1,
		   const char *s2, const char *s3)
{
	b->len = 0;
	if (nkg_buf_puts(b, NKG_NS_ID) || nkg_buf_puts(b, kind) ||
	    nkg_buf_puts(b, "/") || buf_seg(b, s1))
		return NKG_ENOMEM;
	if (s2 && (nkg_buf_puts(b, "/") || buf_seg(b, s2)))
		return NKG_ENOMEM;
	if (s3 && (nkg_buf_puts(b, "/") || buf_seg(b, s3)))
		return NKG_ENOMEM;
	return 0;
}

static int entity_iri(nkg_buf *b, const nkg_entity *ent)
{
	return make_id(b, ent->type == NKG_PERSON ? "person" : "org",
		       ent->slug, NULL, NULL);
}

/* xsd type of an ISO date at text precision, or -1 if it is none of
 * YYYY-MM-DD, YYYY-MM, YYYY (then no triple is written: the shapes only
 * allow these three datatypes). */
static int date_dt(const char *d)
{
	static const char *const pat[] = { "dddd-dd-dd", "dddd-dd", "dddd" };
	static const int dt[] = { DT_DATE, DT_GYEARMONTH, DT_GYEAR };
	for (int k = 0; d && k < 3; k++) {
		size_t i = 0;
		for (; pat[k][i] && d[i]; i++)
			if (pat[k][i] == 'd' ? !ascii_digit((unsigned char)d[i])
					      : d[i] != pat[k][i])
				break;
		if (!pat[k][i] && !d[i])
			return dt[k];
	}
	return -1;
}

/* A BCP 47-looking tag ("fr", "en-GB"); "und" and junk give no tag. */
static const char *lang_tag(const char *l)
{
	size_t i = 0, run = 0;
	if (!l || !*l || strcmp(l, "und") == 0)
		return NULL;
	for (; l[i]; i++) {
		if (l[i] == '-') {
			if (!run)
				return NULL;
			run = 0;
		} else if (ascii_alnum((unsigned char)l[i]) && ++run <= 8) {
			if (i == run - 1 && ascii_digit((unsigned char)l[i]))
				return NULL;
		} else {
			return NULL;
		}
	}
	return run ? l : NULL;
}

/* Confidence as an xsd:decimal with two decimals, independent of the
 * locale's decimal point. */
static int e_conf(emitter *e, const char *s, double c)
{
	char v[64];
	long long x;
	if (!isfinite(c))
		return 0;
	x = llround(c * 100.0);
	snprintf(v, sizeof v, "%s%lld.%02lld", x < 0 ? "-" : "",
		 llabs(x) / 100, llabs(x) % 100);
	return e_lit(e, s, NKG_NS "confidence", v, NULL, DT_DECIMAL);
}

static int e_date(emitter *e, const char *s, const char *p, const char *d)
{
	int dt = date_dt(d);
	return dt < 0 ? 0 : e_lit(e, s, p, d, NULL, dt);
}

static int e_bool(emitter *e, const char *s, const char *p, int v)
{
	return e_lit(e, s, p, v ? "true" : "false", NULL, DT_BOOLEAN);
}

static int e_uint(emitter *e, const char *s, const char *p, size_t v)
{
	char num[32];
	snprintf(num, sizeof num, "%zu", v);
	return e_lit(e, s, p, num, NULL, DT_NNI);
}

#define TRY(x) do { if ((rc = (x)) != 0) goto done; } while (0)

static int emit_entity(emitter *e, const nkg_entity *ent)
{
	const char *s;
	int rc = 0;

	TRY(entity_iri(&e->subj, ent));
	s = e->subj.data;
	if (ent->type == NKG_PERSON) {
		TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "Person"));
	} else {
		TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "Organization"));
		TRY(e_iri(e, s, RDF_TYPE, ORG_NS "Organization"));
	}
	TRY(e_lit(e, s, SCHEMA_NS "name", ent->name, NULL, -1));
	TRY(e_lit(e, s, RDFS_NS "label", ent->name, NULL, -1));
	TRY(e_lit(e, s, SKOS_NS "prefLabel", ent->name, NULL, -1));
	for (size_t i = 0; i < ent->n_aliases; i++)
		TRY(e_lit(e, s, SKOS_NS "altLabel", ent->aliases[i], NULL, -1));
	if (ent->wikidata && ent->wikidata[0] == 'Q' && ent->wikidata[1] &&
	    strspn(ent->wikidata + 1, "0123456789") == strlen(ent->wikidata + 1)) {
		e->obj.len = 0;
		if (nkg_buf_puts(&e->obj, WD_NS) || nkg_buf_puts(&e->obj, ent->wikidata))
			return NKG_ENOMEM;
		TRY(e_iri(e, s, OWL_NS "sameAs", e->obj.data));
	}
done:
	return rc;
}

static int emit_article(emitter *e, const nkg_kb *kb, size_t ai)
{
	const nkg_kb_article *ka = &kb->articles[ai];
	const nkg_article *a = ka->article;
	const char *s, *lang = lang_tag(ka->lang);
	int rc = 0;

	TRY(make_id(&e->subj, "article", a->id, NULL, NULL));
	s = e->subj.data;
	TRY(e_iri(e, s, RDF_TYPE, SCHEMA_NS "NewsArticle"));
	TRY(e_lit(e, s, SCHEMA_NS "identifier", a->id, NULL, -1));
	TRY(e_date(e, s, SCHEMA_NS "datePublished", a->date));
	if (lang)
		TRY(e_lit(e, s, SCHEMA_NS "inLanguage", lang, NULL, -1));
	/* A literal, not an IRI: a URL from the input may hold characters an
	 * IRI cannot (schema:URL is a kind of schema:Text anyway). */
	if (a->url)
		TRY(e_lit(e, s, SCHEMA_NS "url", a->url, NULL, DT_ANYURI));
	if (a->title)
		TRY(e_lit(e, s, SCHEMA_NS "headline", a->title, lang, -1));
	/* Where a crawled page came from: its WARC record and fetch time, as
	 * the crawl wrote them. */
	if (a->record_id)
		TRY(e_lit(e, s, NKG_NS "warcRecordId", a->record_id, NULL, -1));
	if (a->fetched)
		TRY(e_lit(e, s, NKG_NS "fetched", a->fetched, NULL, -1));
	for (size_t i = 0; i < ka->n_mentions; i++) {
		TRY(entity_iri(&e->obj, &kb->entities[ka->mentions[i]]));
		TRY(e_iri(e, s, SCHEMA_NS "mentions", e->obj.data));
	}
	for (size_t i = 0; i < ka->n_authors; i++) {
		TRY(entity_iri(&e->obj, &kb->entities[ka->authors[i]]));
		TRY(e_iri(e, s, SCHEMA_NS "author", e->obj.data));
	}
done:
	return rc;
}

/* The evidence node of a sentence; leaves its IRI in e->obj. */
static int emit_evidence(emitter *e, const char *art_id, const nkg_evidence *ev)
{
	char range[64], *ev_iri = NULL;
	size_t base;
	int rc = 0;

	snprintf(range, sizeof range, "%zu-%zu", ev->start, ev->end);
	TRY(make_id(&e->obj, "evidence", art_id, range, NULL));
	if (!(ev_iri = nkg_strdup(e->obj.data)))
		return NKG_ENOMEM;
	TRY(make_id(&e->tmp, "article", art_id, NULL, NULL));
	TRY(e_iri(e, ev_iri, RDF_TYPE, NKG_NS "Evidence"));
	TRY(e_iri(e, ev_iri, RDF_TYPE, OA_NS "SpecificResource"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSource", e->tmp.data));

	/* EV#quote */
	e->tmp.len = 0;
	TRY(nkg_buf_puts(&e->tmp, ev_iri));
	base = e->tmp.len;
	TRY(nkg_buf_puts(&e->tmp, "#quote"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSelector", e->tmp.data));
	TRY(e_iri(e, e->tmp.data, RDF_TYPE, OA_NS "TextQuoteSelector"));
	TRY(e_lit(e, e->tmp.data, OA_NS "exact", ev->exact, NULL, -1));
	if (ev->prefix && *ev->prefix)
		TRY(e_lit(e, e->tmp.data, OA_NS "prefix", ev->prefix, NULL, -1));
	if (ev->suffix && *ev->suffix)
		TRY(e_lit(e, e->tmp.data, OA_NS "suffix", ev->suffix, NULL, -1));

	/* EV#pos */
	e->tmp.len = base;
	TRY(nkg_buf_puts(&e->tmp, "#pos"));
	TRY(e_iri(e, ev_iri, OA_NS "hasSelector", e->tmp.data));
	TRY(e_iri(e, e->tmp.data, RDF_TYPE, OA_NS "TextPositionSelector"));
	TRY(e_uint(e, e->tmp.data, OA_NS "start", ev->start));
	TRY(e_uint(e, e->tmp.data, OA_NS "end", ev->end));

	e->obj.len = 0;
	TRY(nkg_buf_puts(&e->obj, ev_iri));
done:
	free(ev_iri);
	return rc;
}

static int emit_role(emitter *e, const nkg_kb *kb, const nkg_role *r)
{
	const char *art_id = kb->articles[r->article].article->id;
	const nkg_entity *p = &kb->entities[r->person];
	const nkg_entity *o = r->org == NKG_NONE ? NULL : &kb->entities[r->org];
	char *m = NULL;
	int rc = 0;

	TRY(make_id(&e->subj, "membership", p->slug, r->role,
		    o ? o->slug : "none"));
	if (!(m = nkg_strdup(e->subj.data)))
		return NKG_ENOMEM;
	TRY(e_iri(e, m, RDF_TYPE, ORG_NS "Membership"));
	TRY(entity_iri(&e->obj, p));
	TRY(e_iri(e, m, ORG_NS "member", e->obj.data));
	if (o) {
		TRY(entity_iri(&e->obj, o));
		TRY(e_iri(e, m, ORG_NS "organization", e->obj.data));
	}
	e->obj.len = 0;
	TRY(nkg_buf_puts(&e->obj, NKG_NS_ROLE));
	TRY(buf_seg(&e->obj, r->role));
	TRY(e_iri(e, m, ORG_NS "role", e->obj.data));
	if (r->title)
		TRY(e_lit(e, m, SCHEMA_NS "roleName", r->title, NULL, -1));
	TRY(e_bool(e, m, NKG_NS "isFormer", r->former));
	TRY(e_bool(e, m, NKG_NS "isInterim", r->interim));
	TRY(e_date(e, m, SCHEMA_NS "startDate", r->start_date));
	TRY(e_date(e, m, SCHEMA_NS "endDate", r->end_date));
	TRY(e_conf(e, m, r->confidence));
	TRY(emit_evidence(e, art_id, &r->ev));
	TRY(e_iri(e, m, PROV_NS "wasDerivedFrom", e->obj.data));
done:
	free(m);
	return rc;
}

/* 16 hex digits of FNV-1a 64 over "person|kind|org|date|start": stable
 * across runs and platforms, and distinct for distinct events of one
 * article. */
static void event_hash(const nkg_kb *kb, const nkg_event *ev, char out[17])
{
	char start[32];
	const char *parts[5];
	uint64_t h = NKG_HASH_INIT;

	snprintf(start, sizeof start, "%zu", ev->ev.start);
	parts[0] = kb->entities[ev->person].slug;
	parts[1] = nkg_evkind_key(ev->kind);
	parts[2] = ev->org == NKG_NONE ? "none" : kb->entities[ev->org].slug;
	parts[3] = ev->date ? ev->date : "";
	parts[4] = start;
	for (int i = 0; i < 5; i++) {
		if (i)
			h = nkg_hash(h, "|", 1);
		h = nkg_hash(h, parts[i], strlen(parts[i]));
	}
	snprintf(out, 17, "%016llx", (unsigned long long)h);
}

static int emit_event(emitter *e, const nkg_kb *kb, const nkg_event *ev)
{
	const char *art_id = kb->articles[ev->article].article->id;
	char hash[17], *s = NULL;
	int rc = 0;

	event_hash(kb, ev, hash);
	TRY(make_id(&e->subj, "event", art_id, hash, NULL));
	if (!(s = nkg_strdup(e->subj.data)))
		return NKG_ENOMEM;
	TRY(e_iri(e, s, RDF_TYPE, NKG_NS "CareerEvent"));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS "%s", evkind_class[ev->kind]));
	TRY(e_iri(e, s, RDF_TYPE, e->obj.data));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS_EVENT "%s", nkg_evkind_key(ev->kind)));
	TRY(e_iri(e, s, NKG_NS "eventKind", e->obj.data));
	TRY(entity_iri(&e->obj, &kb->entities[ev->person]));
	TRY(e_iri(e, s, NKG_NS "person", e->obj.data));
	if (ev->org != NKG_NONE) {
		TRY(entity_iri(&e->obj, &kb->entities[ev->org]));
		TRY(e_iri(e, s, NKG_NS "organization", e->obj.data));
	}
	if (ev->role) {
		e->obj.len = 0;
		TRY(nkg_buf_puts(&e->obj, NKG_NS_ROLE));
		TRY(buf_seg(&e->obj, ev->role));
		TRY(e_iri(e, s, NKG_NS "role", e->obj.data));
	}
	TRY(e_date(e, s, NKG_NS "date", ev->date));
	e->obj.len = 0;
	TRY(nkg_buf_printf(&e->obj, NKG_NS "%s", modality_ind[ev->modality]));
	TRY(e_iri(e, s, NKG_NS "modality", e->obj.data));
	if (ev->trigger)
		TRY(e_lit(e, s, NKG_NS "trigger", ev->trigger, NULL, -1));
	TRY(e_conf(e, s, ev->confidence));
	TRY(emit_evidence(e, art_id, &ev->ev));
	TRY(e_iri(e, s, PROV_NS "wasDerivedFrom", e->obj.data));
done:
	free(s);
	return rc;
}

static int kb_check_articles(const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err)
{
	for (size_t i = a0; i < a1; i++) {
		const nkg_kb_article *a = &kb->articles[i];
		if (!a->article || !a->article->id || !*a->article->id)
			return nkg_error_set(err, NKG_EINPUT, "kb: article %zu has no id", i);
		for (size_t j = 0; j < a->n_mentions; j++)
			if (a->mentions[j] >= kb->n_entities)
				return nkg_error_set(err, NKG_EINPUT, "kb: article %s: bad mention index", a->article->id);
		for (size_t j = 0; j < a->n_authors; j++)
			if (a->authors[j] >= kb->n_entities)
				return nkg_error_set(err, NKG_EINPUT, "kb: article %s: bad author index", a->article->id);
	}
	return 0;
}

static int kb_check_items(const nkg_kb *kb, nkg_error *err)
{
	for (size_t i = 0; i < kb->n_roles; i++) {
		const nkg_role *r = &kb->roles[i];
		if (r->article >= kb->n_articles || r->person >= kb->n_entities ||
		    (r->org != NKG_NONE && r->org >= kb->n_entities))
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: bad index", i);
		if (!nkg_role_valid(r->role))
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: unknown role key \"%s\"",
					     i, r->role ? r->role : "(null)");
	}
	for (size_t i = 0; i < kb->n_events; i++) {
		const nkg_event *ev = &kb->events[i];
		if (ev->article >= kb->n_articles || ev->person >= kb->n_entities ||
		    (ev->org != NKG_NONE && ev->org >= kb->n_entities))
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: bad index", i);
		if ((unsigned)ev->kind >= NKG_EV__COUNT || (unsigned)ev->modality >= NKG_MOD__COUNT)
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: bad kind or modality", i);
		if (ev->role && !nkg_role_valid(ev->role))
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: unknown role key \"%s\"",
					     i, ev->role);
	}
	return 0;
}

/* Checks the indices of the kb before anything is added, so that a bad
 * kb adds nothing. */
static int kb_check(const nkg_kb *kb, nkg_error *err)
{
	int rc = kb_check_articles(kb, 0, kb->n_articles, err);
	return rc ? rc : kb_check_items(kb, err);
}

/* The same for the articles [a0, a1) of a stream (those before were
 * checked when written), whose roles and events must all be in range. */
static int kb_check_range(const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err)
{
	int rc;
	if (a0 > a1 || a1 > kb->n_articles)
		return nkg_error_set(err, NKG_EINPUT, "kb: bad article range");
	if ((rc = kb_check_articles(kb, a0, a1, err)) || (rc = kb_check_items(kb, err)))
		return rc;
	for (size_t i = 0; i < kb->n_roles; i++)
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			return nkg_error_set(err, NKG_EINPUT, "kb: role %zu: article outside the range", i);
	for (size_t i = 0; i < kb->n_events; i++)
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			return nkg_error_set(err, NKG_EINPUT, "kb: event %zu: article outside the range", i);
	return 0;
}

/* (article, entity): entity is described in the article's graph. */
typedef struct { size_t art, ent; } art_ent;

static int cmp_art_ent(const void *a, const void *b)
{
	const art_ent *x = a, *y = b;
	if (x->art != y->art)
		return x->art < y->art ? -1 : 1;
	return x->ent < y->ent ? -1 : x->ent > y->ent;
}

static int push_pair(art_ent **v, size_t *n, size_t *cap, size_t art, size_t ent)
{
	void *p = *v;
	if (ent == NKG_NONE)
		return 0;
	if (nkg_grow(&p, cap, *n + 1, sizeof **v))
		return NKG_ENOMEM;
	*v = p;
	(*v)[*n].art = art;
	(*v)[*n].ent = ent;
	(*n)++;
	return 0;
}

/* Adds articles [a0, a1) of kb to the sink: each article's own named graph.
 * Roles [r0, r1) and events [e0, e1) are the only ones looked at: the
 * streaming writer passes each article's own (the resolver appends them
 * article by article), the whole-kb call all of them. */
static int add_kb_range(const sink_ops *ops, void *sink, const nkg_kb *kb,
			size_t a0, size_t a1, size_t r0, size_t r1, size_t e0,
			size_t e1, nkg_error *err)
{
	emitter e = { .ops = ops, .sink = sink };
	void **ctx = NULL;   /* one graph term per article, owned */
	art_ent *pairs = NULL;
	size_t npairs = 0, cap = 0;
	int rc = 0;

	if (a1 > a0 && !(ctx = calloc(a1 - a0, sizeof *ctx))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = a0; i < a1; i++) {
		TRY(make_id(&e.subj, "article", kb->articles[i].article->id, NULL, NULL));
		if (!(ctx[i - a0] = ops->graph_new(sink, e.subj.data))) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}

	/* Every entity an article refers to is described in that article's
	 * graph, so each named graph stands on its own. */
	for (size_t i = a0; i < a1; i++) {
		const nkg_kb_article *a = &kb->articles[i];
		for (size_t j = 0; j < a->n_mentions; j++)
			TRY(push_pair(&pairs, &npairs, &cap, i, a->mentions[j]));
		for (size_t j = 0; j < a->n_authors; j++)
			TRY(push_pair(&pairs, &npairs, &cap, i, a->authors[j]));
	}
	for (size_t i = r0; i < r1; i++) {
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			continue;
		TRY(push_pair(&pairs, &npairs, &cap, kb->roles[i].article, kb->roles[i].person));
		TRY(push_pair(&pairs, &npairs, &cap, kb->roles[i].article, kb->roles[i].org));
	}
	for (size_t i = e0; i < e1; i++) {
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			continue;
		TRY(push_pair(&pairs, &npairs, &cap, kb->events[i].article, kb->events[i].person));
		TRY(push_pair(&pairs, &npairs, &cap, kb->events[i].article, kb->events[i].org));
	}
	if (npairs)
		qsort(pairs, npairs, sizeof *pairs, cmp_art_ent);

	for (size_t i = a0; i < a1; i++) {
		e.ctx = ctx[i - a0];
		TRY(emit_article(&e, kb, i));
	}
	for (size_t i = 0; i < npairs; i++) {
		if (i && cmp_art_ent(&pairs[i - 1], &pairs[i]) == 0)
			continue;
		e.ctx = ctx[pairs[i].art - a0];
		TRY(emit_entity(&e, &kb->entities[pairs[i].ent]));
	}
	for (size_t i = r0; i < r1; i++) {
		if (kb->roles[i].article < a0 || kb->roles[i].article >= a1)
			continue;
		e.ctx = ctx[kb->roles[i].article - a0];
		TRY(emit_role(&e, kb, &kb->roles[i]));
	}
	for (size_t i = e0; i < e1; i++) {
		if (kb->events[i].article < a0 || kb->events[i].article >= a1)
			continue;
		e.ctx = ctx[kb->events[i].article - a0];
		TRY(emit_event(&e, kb, &kb->events[i]));
	}
done:
	if (rc)
		ops->fail(sink, err, rc);
	for (size_t i = a0; ctx && i < a1; i++)
		if (ctx[i - a0])
			ops->graph_free(sink, ctx[i - a0]);
	free(ctx);
	free(pairs);
	nkg_buf_free(&e.subj);
	nkg_buf_free(&e.obj);
	nkg_buf_free(&e.tmp);
	return rc;
}

int nkg_graph_add_kb(nkg_graph *g, const nkg_kb *kb, nkg_error *err)
{
	int rc;

	log_reset(g);
	if ((rc = kb_check(kb, err)))
		return rc;
	return add_kb_range(&model_sink, g, kb, 0, kb->n_articles, 0, kb->n_roles,
			    0, kb->n_events, err);
}

int nkg_graph_add_kb_articles(nkg_graph *g, const nkg_kb *kb, size_t a0, size_t a1,
			      nkg_error *err)
{
	int rc;

	log_reset(g);
	if ((rc = kb_check_range(kb, a0, a1, err)))
		return rc;
	/* add_kb_range keeps the roles and events of [a0, a1) only. */
	return add_kb_range(&model_sink, g, kb, a0, a1, 0, kb->n_roles, 0, kb->n_events, err);
}

/* ---- collecting statements in a stable order --------------------------- */

/* A snapshot of the model: raptor statements with their graph term set
 * (NULL for the default graph), sorted.  Owns the statements. */
typedef struct quad_list {
	raptor_statement **v;
	size_t n, cap;
} quad_list;

static void quads_free(quad_list *q)
{
	for (size_t i = 0; i < q->n; i++)
		raptor_free_statement(q->v[i]);
	free(q->v);
	q->v = NULL;
	q->n = q->cap = 0;
}

/* Appends a statement made of new references to s, p, o, graph. */
static int quads_push(nkg_graph *g, quad_list *q, raptor_term *s,
		      raptor_term *p, raptor_term *o, raptor_term *graph)
{
	raptor_statement *st;
	void *arr = q->v;

	if (nkg_grow(&arr, &q->cap, q->n + 1, sizeof *q->v))
		return NKG_ENOMEM;
	q->v = arr;
	/* raptor_new_statement_from_nodes consumes the four references. */
	st = raptor_new_statement_from_nodes(librdf_world_get_raptor(g->world),
					     raptor_term_copy(s), raptor_term_copy(p),
					     raptor_term_copy(o),
					     graph ? raptor_term_copy(graph) : NULL);
	if (!st)
		return NKG_ENOMEM;
	q->v[q->n++] = st;
	return 0;
}

static int cmp_quad(const void *a, const void *b)
{
	const raptor_statement *x = *(raptor_statement *const *)a;
	const raptor_statement *y = *(raptor_statement *const *)b;
	int d = raptor_term_compare(x->graph, y->graph);
	if (!d) d = raptor_term_compare(x->subject, y->subject);
	if (!d) d = raptor_term_compare(x->predicate, y->predicate);
	if (!d) d = raptor_term_compare(x->object, y->object);
	return d;
}

static int cmp_triple(const void *a, const void *b)
{
	const raptor_statement *x = *(raptor_statement *const *)a;
	const raptor_statement *y = *(raptor_statement *const *)b;
	int d = raptor_term_compare(x->subject, y->subject);
	if (!d) d = raptor_term_compare(x->predicate, y->predicate);
	if (!d) d = raptor_term_compare(x->object, y->object);
	return d;
}

/* Snapshot of all statements; with_graphs == 0 drops the graphs and keeps
 * each triple once. */
static int quads_collect(nkg_graph *g, int with_graphs, quad_list *q)
{
	librdf_stream *s = librdf_model_as_stream(g->model);
	int rc = 0;
	size_t k = 0;

	if (!s)
		return NKG_ERDF;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);   /* borrowed */
		librdf_node *ctx = librdf_stream_get_context2(s);      /* borrowed */
		if (!st)
			continue;
		TRY(quads_push(g, q, st->subject, st->predicate, st->object,
			       with_graphs ? ctx : NULL));
	}
	if (!q->n)
		goto done;
	qsort(q->v, q->n, sizeof *q->v, with_graphs ? cmp_quad : cmp_triple);
	/* Drop duplicates (a triple held by several named graphs). */
	for (size_t i = 1; i < q->n; i++) {
		if ((with_graphs ? cmp_quad : cmp_triple)(&q->v[k], &q->v[i]) == 0)
			raptor_free_statement(q->v[i]);
		else
			q->v[++k] = q->v[i];
	}
	q->n = k + 1;
done:
	librdf_free_stream(s);
	return rc;
}

/* ---- serialising ------------------------------------------------------- */

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of the N-Triples / N-Quads text[0..len) (each ends with
 * '\n'; text NUL-terminated, and used as scratch) sorted, each once, into
 * dst (emptied first; NUL-terminated). */
static int sort_lines_into(char *text, size_t len, nkg_buf *dst)
{
	char **lines = NULL, *p = text, *end = text + len, *o;
	size_t n = 0, cap = 0;
	void *arr;

	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		void *arr = lines;
		if (nkg_grow(&arr, &cap, n + 1, sizeof *lines)) {
			free(lines);
			return NKG_ENOMEM;
		}
		lines = arr;
		lines[n++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	if (n)
		qsort(lines, n, sizeof *lines, cmp_line);
	dst->len = 0;
	arr = dst->data;
	if (nkg_grow(&arr, &dst->cap, len + 2, 1)) {
		free(lines);
		return NKG_ENOMEM;
	}
	dst->data = arr;
	o = dst->data;
	for (size_t i = 0; i < n; i++) {
		size_t l;
		/* The same statement twice (the stream sink does not look up
		 * what it already wrote) is one line. */
		if (i && strcmp(lines[i - 1], lines[i]) == 0)
			continue;
		l = strlen(lines[i]);
		memcpy(o, lines[i], l);
		o += l;
		*o++ = '\n';
	}
	*o = '\0';
	free(lines);
	dst->len = (size_t)(o - dst->data);
	return 0;
}

/* sort_lines_into, in place of *text. */
static int sort_lines(char **text, size_t *len)
{
	nkg_buf sorted = {0};
	int rc = sort_lines_into(*text, *len, &sorted);

	if (!rc) {
		free(*text);
		*len = sorted.len;
		*text = nkg_buf_detach(&sorted);
		if (!*text)
			rc = NKG_ENOMEM;
	}
	nkg_buf_free(&sorted);
	return rc;
}

/* Whether any literal holds a C0 control other than TAB, LF, CR: XML 1.0
 * cannot carry those, so RDF/XML then has to be written as XML 1.1. */
static int needs_xml11(const quad_list *q)
{
	for (size_t i = 0; i < q->n; i++) {
		const raptor_term *o = q->v[i]->object;
		if (o->type != RAPTOR_TERM_TYPE_LITERAL)
			continue;
		for (const unsigned char *c = o->value.literal.string; *c; c++)
			if (*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r')
				return 1;
	}
	return 0;
}

/* Whether raptor 2.0.15's Turtle writer would produce invalid Turtle for
 * q->v[from..to): it picks """long""" strings only for literals with a LF
 * and never escapes CR, so a CR without a LF lands raw in a "short"
 * string.  Such ranges are written as N-Triples instead (N-Triples lines
 * are Turtle, and raptor escapes everything there). */
static int turtle_unsafe(const quad_list *q, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		const raptor_term *o = q->v[i]->object;
		const char *str;
		if (o->type != RAPTOR_TERM_TYPE_LITERAL)
			continue;
		str = (const char *)o->value.literal.string;
		if (strchr(str, '\r') && !strchr(str, '\n'))
			return 1;
	}
	return 0;
}

/* raptor 2.0.15's RDF/JSON writer escapes characters beyond U+FFFF the
 * N-Triples way, \UXXXXXXXX, which is not JSON (an emoji in an article made
 * the whole file unreadable).  Rewrites each such escape as the UTF-8
 * character itself, which JSON allows in strings.  Every backslash in the
 * writer's output starts an escape, so escapes are copied two bytes at a
 * time and an escaped backslash before a 'U' is left alone. */
static int json_fix_astral(char **text, size_t *len)
{
	const char *s = *text, *bs;
	size_t n = *len, i = 0;
	nkg_buf b = {0};

	if (!memmem(s, n, "\\U", 2))
		return 0;
	while (i < n) {
		unsigned long cp = 0;
		size_t k, run;
		bs = memchr(s + i, '\\', n - i);
		run = bs ? (size_t)(bs - (s + i)) : n - i;
		if (run && nkg_buf_append(&b, s + i, run))
			goto oom;
		i += run;
		if (i + 1 >= n) {
			if (i < n && nkg_buf_append(&b, s + i, 1))
				goto oom;
			break;
		}
		for (k = 0; s[i + 1] == 'U' && k < 8 && i + 2 + k < n; k++) {
			char h = s[i + 2 + k];
			int v = h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 :
				h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
			if (v < 0)
				break;
			cp = cp << 4 | (unsigned long)v;
		}
		if (s[i + 1] == 'U' && k == 8 && cp >= 0x10000 && cp <= 0x10FFFF) {
			char u[4] = { (char)(0xF0 | cp >> 18), (char)(0x80 | (cp >> 12 & 0x3F)),
				      (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F)) };
			if (nkg_buf_append(&b, u, 4))
				goto oom;
			i += 10;
		} else {
			if (nkg_buf_append(&b, s + i, 2))
				goto oom;
			i += 2;
		}
	}
	free(*text);
	*len = b.len;
	*text = nkg_buf_detach(&b);
	return *text ? 0 : NKG_ENOMEM;
oom:
	nkg_buf_free(&b);
	return NKG_ENOMEM;
}

/* Serialises q->v[from..to) with a fresh raptor serializer `name`, the
 * prefixes declared.  *out is malloc'ed. */
static int run_serializer(nkg_graph *g, const char *name, const quad_list *q,
			  size_t from, size_t to, char **out, size_t *out_len)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_serializer *ser = NULL;
	memout m = {0};
	int rc = 0;

	ser = raptor_new_serializer(rw, name);
	if (!ser) {
		rc = NKG_ERDF;
		goto done;
	}
	for (size_t i = 0; i < sizeof ns_prefixes / sizeof *ns_prefixes; i++) {
		raptor_uri *u = raptor_new_uri(rw, (const unsigned char *)ns_prefixes[i][1]);
		if (!u) {
			rc = NKG_ENOMEM;
			goto done;
		}
		/* Not checked: it also returns 1 for a prefix the serialiser
		 * declares by itself (rdf: in Turtle). */
		raptor_serializer_set_namespace(ser, u, (const unsigned char *)ns_prefixes[i][0]);
		raptor_free_uri(u);
	}
	if (strncmp(name, "rdfxml", 6) == 0 && needs_xml11(q))
		raptor_serializer_set_option(ser, RAPTOR_OPTION_WRITER_XML_VERSION, NULL, 11);
	if ((rc = memout_open(rw, &m)) != 0)
		goto done;
	if (raptor_serializer_start_to_iostream(ser, NULL, m.io)) {
		rc = NKG_ERDF;
		goto done;
	}
	for (size_t i = from; i < to; i++) {
		if (raptor_serializer_serialize_statement(ser, q->v[i])) {
			rc = NKG_ERDF;
			goto done;
		}
	}
	if (raptor_serializer_serialize_end(ser))
		rc = NKG_ERDF;
done:
	/* The serializer first: it may still write into the stream. */
	if (ser)
		raptor_free_serializer(ser);
	if (!rc && g->log_errors)
		rc = NKG_ERDF;
	if (rc) {
		memout_close(&m, NULL, NULL);
		return rc;
	}
	return memout_close(&m, out, out_len);
}

/* Length of the "@prefix ... .\n" lines (and the blank line after them)
 * that start a raptor Turtle document. */
static size_t turtle_header_len(const char *s)
{
	const char *p = s, *nl;
	while (strncmp(p, "@prefix ", 8) == 0 && (nl = strchr(p, '\n')))
		p = nl + 1;
	if (*p == '\n')
		p++;
	return (size_t)(p - s);
}

/* TriG, q sorted by graph.  raptor 2.0.15 parses TriG but has no TriG
 * serialiser (and its Turtle serialiser cannot be flushed part-way), so
 * each graph goes through its own Turtle serialiser; its @prefix header
 * is dropped and the prefixes are written once at the top.  Graph names
 * are written by raptor_term_turtle_write: no RDF text is built by hand
 * beyond the braces. */
static int write_trig(nkg_graph *g, const quad_list *q, char **out, size_t *out_len)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_namespace_stack *nstack = NULL;
	memout m = {0};
	nkg_buf b = {0};
	char *part = NULL, *label = NULL;
	size_t plen = 0, llen = 0;
	int rc = 0;

	/* The header: a Turtle document without statements. */
	if ((rc = run_serializer(g, "turtle", q, 0, 0, &part, &plen)) != 0)
		goto done;
	if (nkg_buf_append(&b, part, plen)) {
		rc = NKG_ENOMEM;
		goto done;
	}
	free(part);
	part = NULL;
	/* An empty namespace stack: graph names as full <IRI>s. */
	if (!(nstack = raptor_new_namespaces(rw, 0))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = 0, j; i < q->n; i = j) {
		raptor_term *graph = q->v[i]->graph;
		size_t h;
		for (j = i + 1; j < q->n && raptor_term_compare(q->v[j]->graph, graph) == 0; j++)
			;
		if (graph) {
			if ((rc = memout_open(rw, &m)) != 0)
				goto done;
			if (raptor_term_turtle_write(m.io, graph, nstack, NULL)) {
				rc = NKG_ERDF;
				goto done;
			}
			if ((rc = memout_close(&m, &label, &llen)) != 0)
				goto done;
			if (nkg_buf_append(&b, label, llen) || nkg_buf_puts(&b, " ")) {
				rc = NKG_ENOMEM;
				goto done;
			}
			free(label);
			label = NULL;
		}
		if ((rc = run_serializer(g, turtle_unsafe(q, i, j) ? "ntriples" : "turtle",
					 q, i, j, &part, &plen)) != 0)
			goto done;
		h = turtle_header_len(part);
		if (nkg_buf_puts(&b, "{\n") || nkg_buf_append(&b, part + h, plen - h) ||
		    nkg_buf_puts(&b, "}\n\n")) {
			rc = NKG_ENOMEM;
			goto done;
		}
		free(part);
		part = NULL;
	}
	*out_len = b.len;
	if (!(*out = nkg_buf_detach(&b)))
		rc = NKG_ENOMEM;
done:
	memout_close(&m, NULL, NULL);
	if (nstack)
		raptor_free_namespaces(nstack);
	free(label);
	free(part);
	nkg_buf_free(&b);
	return rc;
}

int nkg_graph_serialize(nkg_graph *g, const char *format, char **out,
			size_t *out_len, nkg_error *err)
{
	quad_list q = {0};
	const char *name = NULL;
	int quads = 0, trig = 0, lines = 0, rc = 0;
	char *text = NULL;
	size_t len = 0;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	log_reset(g);
	if (!format)
		format = "turtle";
	if (strcmp(format, "turtle") == 0) {
		name = "turtle";
	} else if (strcmp(format, "ntriples") == 0) {
		name = "ntriples"; lines = 1;
	} else if (strcmp(format, "nquads") == 0) {
		name = "nquads"; lines = 1; quads = 1;
	} else if (strcmp(format, "trig") == 0) {
		name = "turtle"; trig = 1; quads = 1;
	} else if (strcmp(format, "rdfxml") == 0) {
		name = "rdfxml-abbrev";  /* one rdf:Description per subject */
	} else if (strcmp(format, "json") == 0) {
		name = "json";
	} else {
		return nkg_error_set(err, NKG_EUSAGE,
				     "unknown RDF format \"%s\" (turtle, ntriples, nquads, trig, rdfxml, json)",
				     format);
	}
	rc = quads_collect(g, quads, &q);
	if (rc)
		goto done;
	if (trig) {
		rc = write_trig(g, &q, &text, &len);
	} else if (strcmp(name, "turtle") == 0 && turtle_unsafe(&q, 0, q.n)) {
		/* The @prefix header, then the statements as N-Triples. */
		nkg_buf b = {0};
		char *part = NULL;
		size_t plen = 0;
		rc = run_serializer(g, "turtle", &q, 0, 0, &part, &plen);
		if (!rc && nkg_buf_append(&b, part, plen))
			rc = NKG_ENOMEM;
		free(part);
		part = NULL;
		if (!rc)
			rc = run_serializer(g, "ntriples", &q, 0, q.n, &part, &plen);
		if (!rc && nkg_buf_append(&b, part, plen))
			rc = NKG_ENOMEM;
		free(part);
		len = b.len;
		text = rc ? NULL : nkg_buf_detach(&b);
		if (!rc && !text)
			rc = NKG_ENOMEM;
		nkg_buf_free(&b);
	} else {
		rc = run_serializer(g, name, &q, 0, q.n, &text, &len);
		if (!rc && strcmp(name, "json") == 0)
			rc = json_fix_astral(&text, &len);
	}
	if (rc)
		goto done;
	if (lines && (rc = sort_lines(&text, &len)) != 0)
		goto done;
	*out = text;
	text = NULL;
	if (out_len)
		*out_len = len;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	else if (rc)
		log_error(g, err, rc, format, "serialisation failed");
	free(text);
	quads_free(&q);
	return rc;
}

/* ---- loading ------------------------------------------------------------ */

static const char *format_from_name(const char *path)
{
	static const char *const ext[][2] = {
		{ ".ttl", "turtle" }, { ".turtle", "turtle" },
		{ ".nt", "ntriples" }, { ".ntriples", "ntriples" },
		{ ".nq", "nquads" }, { ".nquads", "nquads" }, { ".trig", "trig" },
		{ ".rdf", "rdfxml" }, { ".rdfxml", "rdfxml" }, { ".owl", "rdfxml" },
		{ ".xml", "rdfxml" }, { ".json", "json" }, { ".rj", "json" },
	};
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return NULL;
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
		if (strcasecmp(dot, ext[i][0]) == 0)
			return ext[i][1];
	return NULL;
}

typedef struct load_ctx {
	nkg_graph *g;
	quad_list q;
	int rc;
	int dt_leak;  /* see load_statement */
} load_ctx;

/* raptor statement handler: st and its terms are raptor's, valid only
 * during the call; we keep new references. */
static void load_statement(void *user_data, raptor_statement *st)
{
	load_ctx *lc = user_data;
	raptor_term *o = st->object;

	/* raptor < 2.0.16's N-Triples/N-Quads term parser keeps one reference
	 * too many to a literal's datatype URI (fixed upstream by "Free
	 * N-Triples datatype_uri", 2020).  The term holds its own reference,
	 * so dropping the stray one here is safe and stops the leak. */
	if (lc->dt_leak && o && o->type == RAPTOR_TERM_TYPE_LITERAL &&
	    o->value.literal.datatype)
		raptor_free_uri(o->value.literal.datatype);
	if (!lc->rc)
		lc->rc = quads_push(lc->g, &lc->q, st->subject, st->predicate,
				    st->object, st->graph);
}

static int read_file(const char *path, char **data, size_t *len, nkg_error *err)
{
	nkg_buf b = {0};
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f)
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (nkg_buf_append(&b, chunk, n)) {
			fclose(f);
			nkg_buf_free(&b);
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		}
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		nkg_buf_free(&b);
		return nkg_error_set(err, NKG_EIO, "%s: read error: %s", path, strerror(e));
	}
	fclose(f);
	*len = b.len;
	*data = nkg_buf_detach(&b);
	return *data ? 0 : nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

/* The format of path (format, or by its name), checked. */
static int load_format(const char *path, const char **format, nkg_error *err)
{
	const char *f = *format;

	if (!f && strlen(path) > 7 && strcasecmp(path + strlen(path) - 7, ".jsonld") == 0)
		return nkg_error_set(err, NKG_EUSAGE,
				     "%s: JSON-LD cannot be read (raptor has no JSON-LD parser); use RDF/JSON (.json)",
				     path);
	if (!f && !(f = format_from_name(path)))
		return nkg_error_set(err, NKG_EUSAGE,
				     "%s: cannot tell the RDF format from the file name", path);
	if (strcmp(f, "rdfxml") != 0 && strcmp(f, "turtle") != 0 &&
	    strcmp(f, "ntriples") != 0 && strcmp(f, "nquads") != 0 &&
	    strcmp(f, "trig") != 0 && strcmp(f, "json") != 0)
		return nkg_error_set(err, NKG_EUSAGE, "%s: unknown RDF format \"%s\"", path, f);
	*format = f;
	return 0;
}

/* Parses data (the text of path, or the part of it that starts after
 * line line0) into g. */
static int load_text(nkg_graph *g, const char *path, const char *format,
		     const char *data, size_t len, long line0, nkg_error *err)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_parser *parser = NULL;
	raptor_uri *base = NULL;
	unsigned char *base_str = NULL;
	load_ctx lc = { .g = g };
	int rc = 0;

	/* A raptor parser rather than librdf_parser: librdf 1.0.17's parser
	 * drops the graph of N-Quads / TriG statements.  Statements are
	 * collected first and added only if the whole text parsed, so a bad
	 * file adds nothing. */
	parser = raptor_new_parser(rw, format);
	base_str = raptor_uri_filename_to_uri_string(path);
	base = base_str ? raptor_new_uri(rw, base_str) : NULL;
	if (!parser || !base) {
		rc = log_error(g, err, NKG_ERDF, path, "cannot create parser");
		goto done;
	}
	lc.dt_leak = raptor_version_decimal < 20016 &&
		(strcmp(format, "ntriples") == 0 || strcmp(format, "nquads") == 0);
	raptor_parser_set_statement_handler(parser, &lc, load_statement);
	if (raptor_parser_parse_start(parser, base) ||
	    raptor_parser_parse_chunk(parser, (const unsigned char *)data, len, 1) ||
	    g->log_errors) {
		if (g->log_line > 0)
			g->log_line += (int)line0;
		rc = log_error(g, err, NKG_ERDF, path, "parse error");
		goto done;
	}
	if (lc.rc) {
		rc = nkg_error_set(err, lc.rc, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < lc.q.n; i++) {
		raptor_statement *st = lc.q.v[i];
		if ((rc = add_statement(g, st->graph, st)) != 0) {
			if (rc == NKG_ENOMEM)
				nkg_error_set(err, rc, "out of memory");
			else
				log_error(g, err, rc, path, "cannot add statement");
			goto done;
		}
	}
done:
	quads_free(&lc.q);
	if (parser)
		raptor_free_parser(parser);
	if (base)
		raptor_free_uri(base);
	if (base_str)
		raptor_free_memory(base_str);
	return rc;
}

int nkg_graph_load(nkg_graph *g, const char *path, const char *format,
		   nkg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	log_reset(g);
	if ((rc = load_format(path, &format, err)) || (rc = read_file(path, &data, &len, err)))
		return rc;
	rc = load_text(g, path, format, data, len, 0, err);
	free(data);
	return rc;
}

/* One part of a line-based file: a graph of its own, handed to fn. */
static int load_part(const char *path, const char *format, const char *data, size_t len,
		     long line0, nkg_graph_part_fn fn, void *ctx, nkg_error *err)
{
	nkg_graph *g = NULL;
	int rc;

	if (!(rc = nkg_graph_new(&g, err)) &&
	    !(rc = load_text(g, path, format, data, len, line0, err)))
		rc = fn(ctx, g, err);
	nkg_graph_free(g);
	return rc;
}

int nkg_graph_load_each(const char *path, const char *format, size_t part_lines,
			nkg_graph_part_fn fn, void *ctx, nkg_error *err)
{
	char chunk[1 << 16];
	nkg_buf part = {0};
	FILE *f = NULL;
	size_t n, lines = 0;
	long line0 = 0;
	int rc;

	if ((rc = load_format(path, &format, err)) != 0)
		return rc;
	/* Only N-Triples and N-Quads have a statement per line, so that any
	 * run of lines parses alone; other formats are read whole. */
	if (strcmp(format, "nquads") && strcmp(format, "ntriples")) {
		char *data = NULL;
		size_t len = 0;
		if ((rc = read_file(path, &data, &len, err)) == 0)
			rc = load_part(path, format, data, len, 0, fn, ctx, err);
		free(data);
		return rc;
	}
	if (!(f = fopen(path, "rb")))
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", path, strerror(errno));
	while (!rc && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		size_t cut = part.len;
		if (nkg_buf_append(&part, chunk, n)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			break;
		}
		for (size_t i = cut; i < part.len; i++)
			lines += part.data[i] == '\n';
		if (lines < part_lines)
			continue;
		/* Up to the last whole line; the rest starts the next part. */
		cut = part.len;
		while (cut > 0 && part.data[cut - 1] != '\n')
			cut--;
		rc = load_part(path, format, part.data, cut, line0, fn, ctx, err);
		/* Every newline counted is before cut (the last one ends it). */
		line0 += (long)lines;
		lines = 0;
		memmove(part.data, part.data + cut, part.len - cut);
		part.len -= cut;
	}
	if (!rc && ferror(f))
		rc = nkg_error_set(err, NKG_EIO, "%s: read error: %s", path, strerror(errno));
	if (!rc && (part.len || !line0))
		rc = load_part(path, format, part.data ? part.data : "", part.len, line0, fn, ctx, err);
	fclose(f);
	nkg_buf_free(&part);
	return rc;
}

/* ---- size --------------------------------------------------------------- */

/* Statements in model m.  The in-memory hashes storage knows its size;
 * Berkeley DB hashes do not (-1): then count them. */
static int model_count(nkg_graph *g, librdf_model *m, size_t *out, nkg_error *err)
{
	librdf_stream *s;
	size_t n = 0;
	int sz = librdf_model_size(m);

	if (sz >= 0) {
		*out = (size_t)sz;
		return 0;
	}
	if (!(s = librdf_model_as_stream(m)))
		return log_error(g, err, NKG_ERDF, "librdf", "cannot list statements");
	for (; !librdf_stream_end(s); librdf_stream_next(s))
		n++;
	librdf_free_stream(s);
	*out = n;
	return 0;
}

int nkg_graph_size(nkg_graph *g, size_t *out, nkg_error *err)
{
	log_reset(g);
	if (g->persistent && g->counts_known) {
		*out = g->nquads;
		return 0;
	}
	return model_count(g, g->model, out, err);
}

/* ---- SPARQL ------------------------------------------------------------ */

void nkg_table_free(nkg_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	for (size_t i = 0; i < t->ncols * t->nrows; i++)
		free(t->cells[i]);
	free(t->cols);
	free(t->cells);
	free(t);
}

/* Refreshes the triples-only model used by queries. */
static int union_refresh(nkg_graph *g)
{
	librdf_stream *s = NULL;
	int rc = 0;

	if (g->umodel && !g->dirty)
		return 0;
	drop_union(g);
	if (new_store(g->world, 0, &g->ustorage, &g->umodel))
		return NKG_ERDF;
	s = librdf_model_as_stream(g->model);
	if (!s)
		return NKG_ERDF;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		/* Without contexts the hashes storage skips existing triples. */
		if (st && librdf_model_add_statement(g->umodel, st)) {
			rc = NKG_ERDF;
			break;
		}
	}
	librdf_free_stream(s);
	if (rc)
		drop_union(g);
	else
		g->dirty = 0;
	return rc;
}

static char *node_text(librdf_node *n)
{
	size_t len = 0;
	unsigned char *s;
	char *r;

	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		return nkg_strndup((const char *)s, len);
	case LIBRDF_NODE_TYPE_LITERAL:
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		return nkg_strndup(s ? (const char *)s : "", s ? len : 0);
	case LIBRDF_NODE_TYPE_BLANK:
		s = librdf_node_get_counted_blank_identifier(n, &len);
		if (!(r = malloc(len + 3)))
			return NULL;
		memcpy(r, "_:", 2);
		memcpy(r + 2, s, len);
		r[len + 2] = '\0';
		return r;
	default:
		return nkg_strdup("");
	}
}

int nkg_graph_select(nkg_graph *g, const char *sparql, nkg_table **out,
		     nkg_error *err)
{
	librdf_query *q = NULL;
	librdf_query_results *res = NULL;
	nkg_table *t = NULL;
	size_t cap = 0;
	int rc = 0, n;

	*out = NULL;
	log_reset(g);
	if ((rc = union_refresh(g)) != 0) {
		log_error(g, err, rc, "librdf", "cannot build the query model");
		goto done;
	}
	log_reset(g);
	q = librdf_new_query(g->world, "sparql", NULL,
			     (const unsigned char *)sparql, NULL);
	if (!q) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "cannot create query");
		goto done;
	}
	/* rasqal parses the query here: syntax errors surface as NULL. */
	res = librdf_query_execute(q, g->umodel);
	if (!res || g->log_errors) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	if (!librdf_query_results_is_bindings(res)) {
		rc = nkg_error_set(err, NKG_EQUERY, "SPARQL: only SELECT queries give a table");
		goto done;
	}
	if (!(t = calloc(1, sizeof *t))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	n = librdf_query_results_get_bindings_count(res);
	if (n > 0) {
		if (!(t->cols = calloc((size_t)n, sizeof *t->cols))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		for (int i = 0; i < n; i++) {
			const char *name = librdf_query_results_get_binding_name(res, i);
			if (!(t->cols[i] = nkg_strdup(name ? name : ""))) {
				rc = NKG_ENOMEM;
				goto done;
			}
			t->ncols++;
		}
	}
	for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
		void *arr = t->cells;
		if (nkg_grow(&arr, &cap, (t->nrows + 1) * t->ncols + 1, sizeof *t->cells)) {
			rc = NKG_ENOMEM;
			goto done;
		}
		t->cells = arr;
		for (size_t c = 0; c < t->ncols; c++)
			t->cells[t->nrows * t->ncols + c] = NULL;
		t->nrows++;
		for (size_t c = 0; c < t->ncols; c++) {
			librdf_node *v = librdf_query_results_get_binding_value(res, (int)c);
			if (!v)
				continue;  /* unbound */
			t->cells[(t->nrows - 1) * t->ncols + c] = node_text(v);
			librdf_free_node(v);
			if (!t->cells[(t->nrows - 1) * t->ncols + c]) {
				rc = NKG_ENOMEM;
				goto done;
			}
		}
	}
	if (g->log_errors) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	*out = t;
	t = NULL;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	nkg_table_free(t);
	if (res)
		librdf_free_query_results(res);
	if (q)
		librdf_free_query(q);
	return rc;
}

/* ---- streaming --------------------------------------------------------- */

/* One worker of the streaming writer: articles of the round [a0, a1),
 * taken one at a time, each into text[i - a0].  The kb is only read. */
typedef struct stream_worker {
	const nkg_kb *kb;
	const size_t *rstart, *estart; /* per article from base; NULL: scan all */
	size_t base;
	rsink *rs;
	size_t a0, a1;
	atomic_size_t *next;           /* shared: next article - a0 to take */
	nkg_buf *text;                 /* per article of the round; reused */
	size_t failed_at;              /* article that failed, or NKG_NONE */
	int rc;
	nkg_error err;
} stream_worker;

static void *stream_work(void *arg)
{
	stream_worker *w = arg;
	const nkg_kb *kb = w->kb;

	/* One article at a time, not fixed shares (articles differ in size) */
	for (size_t i; !w->rc && (i = w->a0 + atomic_fetch_add(w->next, 1)) < w->a1;) {
		size_t r0 = w->rstart ? w->rstart[i - w->base] : 0;
		size_t r1 = w->rstart ? w->rstart[i - w->base + 1] : kb->n_roles;
		size_t e0 = w->estart ? w->estart[i - w->base] : 0;
		size_t e1 = w->estart ? w->estart[i - w->base + 1] : kb->n_events;
		if ((w->rc = add_kb_range(&stream_sink, w->rs, kb, i, i + 1, r0, r1,
					  e0, e1, &w->err)) ||
		    (w->rc = rsink_take(w->rs, &w->text[i - w->a0]))) {
			if (w->rc == NKG_ENOMEM)
				nkg_error_set(&w->err, w->rc, "out of memory");
			w->failed_at = i;
		}
	}
	return NULL;
}

/* First index of the items of each article a0..a1 (a1 - a0 + 1 entries,
 * relative to a0); NULL when the items are not in article order (then
 * every article scans them all). */
static size_t *article_starts(const nkg_kb *kb, int roles, size_t a0, size_t a1,
			      int *oom)
{
	size_t n = roles ? kb->n_roles : kb->n_events, *start, k = 0;

	*oom = 0;
	for (size_t i = 1; i < n; i++)
		if ((roles ? kb->roles[i - 1].article > kb->roles[i].article
			   : kb->events[i - 1].article > kb->events[i].article))
			return NULL;
	if (!(start = malloc((a1 - a0 + 1) * sizeof *start))) {
		*oom = 1;
		return NULL;
	}
	for (size_t a = a0; a <= a1; a++) {
		while (k < n && (roles ? kb->roles[k].article : kb->events[k].article) < a)
			k++;
		start[a - a0] = k;
	}
	return start;
}

enum { MAX_JOBS = 64, PER_JOB = 64 };

struct nkg_nquads_writer {
	unsigned nt;
	stream_worker w[MAX_JOBS];
	size_t round;
	nkg_buf *text;   /* two sets of round entries, kept from round to
			  * round: one is written while the other fills */
};

void nkg_nquads_writer_free(nkg_nquads_writer *qw)
{
	if (!qw)
		return;
	for (unsigned t = 0; t < qw->nt; t++)
		rsink_free(qw->w[t].rs);
	for (size_t i = 0; qw->text && i < 2 * qw->round; i++)
		nkg_buf_free(&qw->text[i]);
	free(qw->text);
	free(qw);
}

int nkg_nquads_writer_new(nkg_nquads_writer **out, unsigned jobs, nkg_error *err)
{
	nkg_nquads_writer *qw = calloc(1, sizeof *qw);
	int rc = 0;

	*out = NULL;
	if (!qw)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (jobs == 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		jobs = c > 0 ? (unsigned)c : 1;
	}
	qw->nt = jobs > MAX_JOBS ? MAX_JOBS : jobs;
	qw->round = (size_t)qw->nt * PER_JOB;
	if (!(qw->text = calloc(2 * qw->round, sizeof *qw->text))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	for (unsigned t = 0; t < qw->nt; t++)
		if ((rc = rsink_new(&qw->w[t].rs))) {
			rc = nkg_error_set(err, rc, "raptor: cannot create the N-Quads serializer");
			goto done;
		}
	*out = qw;
	qw = NULL;
done:
	nkg_nquads_writer_free(qw);
	return rc;
}

/* Writes the n texts of a round in order and empties them. */
static int write_texts(nkg_buf *t, size_t n, FILE *out, nkg_error *err)
{
	int rc = 0;
	for (size_t i = 0; i < n; i++) {
		if (!rc && t[i].len && fwrite(t[i].data, 1, t[i].len, out) != t[i].len)
			rc = nkg_error_set(err, NKG_EIO, "write failed");
		t[i].len = 0;
		/* kept for the next round, unless one long article made it
		 * big: memory stays bounded by the typical article */
		if (t[i].cap > (size_t)1 << 18)
			nkg_buf_free(&t[i]);
	}
	return rc;
}

int nkg_nquads_writer_write(nkg_nquads_writer *qw, const nkg_kb *kb, size_t a0,
			    size_t a1, FILE *out, nkg_error *err)
{
	stream_worker *w = qw->w;
	pthread_t th[MAX_JOBS];
	size_t *rstart = NULL, *estart = NULL;
	unsigned nt = qw->nt;
	int rc, oom1 = 0, oom2 = 0;

	if ((rc = kb_check_range(kb, a0, a1, err)))
		return rc;
	if ((size_t)nt > a1 - a0)
		nt = a1 > a0 ? (unsigned)(a1 - a0) : 1;
	rstart = article_starts(kb, 1, a0, a1, &oom1);
	estart = article_starts(kb, 0, a0, a1, &oom2);
	if (oom1 || oom2) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* Rounds of qw->round articles: the workers share each round out;
	 * this thread writes the texts in article order, so the output is
	 * the same whatever the number of threads.  With two threads or
	 * more, round r is written while the workers fill round r + 1 (the
	 * other set of texts): writing was a serial share of each round.
	 * -j 1 stays on one thread. */
	{
		int overlap = nt > 1;
		size_t prev_n = 0;    /* the round waiting to be written */
		nkg_buf *prev = NULL;
		unsigned set = 0;
		for (size_t r0 = a0; r0 < a1 && !rc; r0 += qw->round, set ^= (unsigned)overlap) {
			size_t r1 = a1 - r0 > qw->round ? r0 + qw->round : a1;
			nkg_buf *cur = qw->text + (size_t)set * qw->round;
			unsigned started = 0, first = overlap ? 0 : 1;
			size_t bad = NKG_NONE;
			atomic_size_t next;
			atomic_init(&next, 0);
			for (unsigned t = 0; t < nt; t++) {
				rsink *rs = w[t].rs;
				w[t] = (stream_worker){ .kb = kb, .rstart = rstart, .estart = estart,
							.base = a0, .rs = rs, .a0 = r0, .a1 = r1,
							.next = &next, .text = cur,
							.failed_at = NKG_NONE };
			}
			/* Overlapping: every worker on a thread of its own; else
			 * worker 0 runs here.  A thread that cannot start runs
			 * here, after the write. */
			started = first;
			for (unsigned t = first; t < nt; t++) {
				if (pthread_create(&th[t], NULL, stream_work, &w[t]))
					break;
				started = t + 1;
			}
			/* The previous round, while this one is worked on. */
			if (prev && (rc = write_texts(prev, prev_n, out, err)) != 0)
				prev = NULL;
			if (!overlap)
				stream_work(&w[0]);
			for (unsigned t = started; t < nt; t++)
				stream_work(&w[t]);
			for (unsigned t = first; t < started; t++)
				pthread_join(th[t], NULL);
			for (unsigned t = 0; t < nt; t++)
				if (w[t].rc && (bad == NKG_NONE || w[t].failed_at < bad)) {
					bad = w[t].failed_at;
					if (!rc) {
						rc = w[t].rc;
						*err = w[t].err;
					}
				}
			prev = cur;
			prev_n = r1 - r0;
			if (!overlap && !rc) {
				rc = write_texts(prev, prev_n, out, err);
				prev = NULL;
			}
		}
		if (prev && !rc)
			rc = write_texts(prev, prev_n, out, err);
		/* (after an error the texts not written are dropped) */
		for (size_t i = 0; i < 2 * qw->round; i++)
			qw->text[i].len = 0;
	}
done:
	free(rstart);
	free(estart);
	return rc;
}

int nkg_graph_stream_nquads(const nkg_kb *kb, FILE *out, unsigned jobs,
			    nkg_error *err)
{
	nkg_nquads_writer *qw = NULL;
	int rc;

	if (!(rc = nkg_nquads_writer_new(&qw, jobs, err)))
		rc = nkg_nquads_writer_write(qw, kb, 0, kb->n_articles, out, err);
	nkg_nquads_writer_free(qw);
	return rc;
}

/* ---- persistent graphs -------------------------------------------------- */

/* librdf storage options are 'quoted' with no escape: a value cannot hold
 * a quote, and a backslash is kept out too. */
static int opt_value_ok(const char *s)
{
	return s && *s && !strchr(s, '\'') && !strchr(s, '\\');
}

/* One "hashes" storage on Berkeley DB files dir/name-*.db. */
static int open_bdb(nkg_graph *g, const char *dir, const char *name,
		    const char *extra, unsigned flags, librdf_storage **st,
		    librdf_model **m)
{
	nkg_buf opt = {0};
	int rc = 0;

	if (nkg_buf_printf(&opt, "hash-type='bdb',dir='%s',%s,new='%s',write='%s'",
			   dir, extra, flags & NKG_GRAPH_CREATE ? "yes" : "no",
			   flags & (NKG_GRAPH_WRITE | NKG_GRAPH_CREATE) ? "yes" : "no")) {
		nkg_buf_free(&opt);
		return NKG_ENOMEM;
	}
	*st = librdf_new_storage(g->world, "hashes", name, opt.data);
	if (!*st || !(*m = librdf_new_model(g->world, *st, NULL)))
		rc = NKG_ERDF;
	nkg_buf_free(&opt);
	return rc;
}

#define COUNTS_FORMAT "newskg-counts 2"

/* The count of class iri; created at 0 when create is set (else NULL). */
static struct nkg_class_count *class_slot(nkg_graph *g, const char *iri, int create)
{
	void *arr = g->classes;
	size_t cap = g->nclasses;

	for (size_t i = 0; i < g->nclasses; i++)
		if (!strcmp(g->classes[i].iri, iri))
			return &g->classes[i];
	if (!create || nkg_grow(&arr, &cap, g->nclasses + 1, sizeof *g->classes))
		return NULL;
	g->classes = arr;
	if (!(g->classes[g->nclasses].iri = nkg_strdup(iri)))
		return NULL;
	g->classes[g->nclasses].n = 0;
	return &g->classes[g->nclasses++];
}

/* A triple entered (+1) or left (-1) the union: the class counts follow.
 * A failure to allocate makes the counts unknown (counted again at sync). */
static void class_moved(nkg_graph *g, librdf_statement *st, int delta)
{
	librdf_node *p = librdf_statement_get_predicate(st), *o = librdf_statement_get_object(st);
	struct nkg_class_count *c;

	if (!p || !o || librdf_node_get_type(o) != LIBRDF_NODE_TYPE_RESOURCE ||
	    strcmp((const char *)librdf_uri_as_string(librdf_node_get_uri(p)), RDF_TYPE))
		return;
	if (!(c = class_slot(g, (const char *)librdf_uri_as_string(librdf_node_get_uri(o)), 1)))
		g->counts_known = 0;
	else if (delta > 0)
		c->n++;
	else if (c->n)
		c->n--;
}

/* dir/COUNTS, when there and well-formed. */
static void counts_read(nkg_graph *g)
{
	nkg_buf p = {0};
	FILE *f = NULL;
	unsigned long long q, t, gr, n;
	char head[32], iri[4096];

	if (nkg_buf_printf(&p, "%s/COUNTS", g->dir) || !(f = fopen(p.data, "r")))
		goto done;
	if (fscanf(f, "%31[^\n]\nquads %llu\ntriples %llu\ngraphs %llu\n", head, &q, &t, &gr) != 4 ||
	    strcmp(head, COUNTS_FORMAT))
		goto done;
	while (fscanf(f, "class %llu %4095s\n", &n, iri) == 2) {
		struct nkg_class_count *c = class_slot(g, iri, 1);
		if (!c)
			goto done;
		c->n = (size_t)n;
	}
	g->nquads = (size_t)q;
	g->ntriples = (size_t)t;
	g->ngraphs = (size_t)gr;
	g->counts_known = 1;
done:
	if (f)
		fclose(f);
	nkg_buf_free(&p);
}

static int counts_write(nkg_graph *g, nkg_error *err)
{
	nkg_buf p = {0}, b = {0};
	int rc = 0;

	if (nkg_buf_printf(&p, "%s/COUNTS", g->dir) ||
	    nkg_buf_printf(&b, COUNTS_FORMAT "\nquads %zu\ntriples %zu\ngraphs %zu\n",
			   g->nquads, g->ntriples, g->ngraphs))
		rc = NKG_ENOMEM;
	for (size_t i = 0; !rc && i < g->nclasses; i++)
		if (g->classes[i].n && nkg_buf_printf(&b, "class %zu %s\n", g->classes[i].n,
						      g->classes[i].iri))
			rc = NKG_ENOMEM;
	if (rc)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
	else
		rc = nkg_write_file_atomic(p.data, b.data, b.len, err);
	nkg_buf_free(&p);
	nkg_buf_free(&b);
	return rc;
}

/* Counts everything COUNTS holds by reading the store (once, for a store
 * written before the counts were kept). */
static int counts_recount(nkg_graph *g, nkg_error *err)
{
	librdf_stream *s;
	char **names = NULL;
	int rc;

	for (size_t i = 0; i < g->nclasses; i++)
		g->classes[i].n = 0;
	g->ntriples = 0;
	if ((rc = model_count(g, g->model, &g->nquads, err)) ||
	    (rc = nkg_graph_contexts(g, &names, &g->ngraphs, err)))
		return rc;
	nkg_graph_names_free(names);
	if (!(s = librdf_model_as_stream(g->umodel)))
		return log_error(g, err, NKG_ERDF, "librdf", "cannot list statements");
	g->counts_known = 1;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		g->ntriples++;
		if (st)
			class_moved(g, st, +1);
	}
	librdf_free_stream(s);
	if (!g->counts_known)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	return 0;
}

/* Whether dir holds a summary (its first index file). */
static int summary_exists(const char *dir)
{
	nkg_buf p = {0};
	int yes;

	if (nkg_buf_printf(&p, "%s/summary-sp2o.db", dir))
		yes = 0;
	else
		yes = access(p.data, F_OK) == 0;
	nkg_buf_free(&p);
	return yes;
}

int nkg_graph_open(nkg_graph **out, const char *dir, unsigned flags,
		   nkg_error *err)
{
	nkg_graph *g = NULL;
	int rc;

	*out = NULL;
	if (!opt_value_ok(dir))
		return nkg_error_set(err, NKG_EUSAGE,
				     "%s: a store directory name cannot be empty or hold ' or \\",
				     dir ? dir : "(null)");
	if ((rc = nkg_graph_new(&g, err)) != 0)
		return rc;
	/* nkg_graph_new made an in-memory storage: swap in the files. */
	librdf_free_model(g->model);
	librdf_free_storage(g->storage);
	g->model = NULL;
	g->storage = NULL;
	g->persistent = 1;
	log_reset(g);
	/* quads: what was ingested, per article; triples: their union, with
	 * the predicate index that (?,p,?) patterns and OPTIONALs need. */
	if ((rc = open_bdb(g, dir, "quads", "contexts='yes'", flags,
			   &g->storage, &g->model)) != 0 ||
	    (rc = open_bdb(g, dir, "triples", "index-predicates='yes'", flags,
			   &g->ustorage, &g->umodel)) != 0) {
		if (rc == NKG_ENOMEM)
			nkg_error_set(err, rc, "out of memory");
		else
			log_error(g, err, rc, dir, "cannot open the Berkeley DB files");
		nkg_graph_free(g);
		return rc;
	}
	g->writable = !!(flags & (NKG_GRAPH_WRITE | NKG_GRAPH_CREATE));
	/* The summary: made with a new store; a store made before has none
	 * until nkg_graph_summary_create. */
	if ((flags & NKG_GRAPH_CREATE) || summary_exists(dir)) {
		if ((rc = open_bdb(g, dir, "summary", "contexts='no'", flags,
				   &g->sstorage, &g->smodel)) != 0) {
			if (rc == NKG_ENOMEM)
				nkg_error_set(err, rc, "out of memory");
			else
				log_error(g, err, rc, dir, "cannot open the summary's Berkeley DB files");
			nkg_graph_free(g);
			return rc;
		}
	}
	if (!(g->dir = nkg_strdup(dir))) {
		nkg_graph_free(g);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	if (flags & NKG_GRAPH_CREATE)
		g->counts_known = 1;  /* empty */
	else
		counts_read(g);
	*out = g;
	return 0;
}

int nkg_graph_is_persistent(const nkg_graph *g)
{
	return g && g->persistent;
}

int nkg_graph_sync(nkg_graph *g, nkg_error *err)
{
	int rc;

	log_reset(g);
	if (librdf_model_sync(g->model) ||
	    (g->persistent && librdf_model_sync(g->umodel)) ||
	    (g->smodel && librdf_model_sync(g->smodel)))
		return log_error(g, err, NKG_EIO, "librdf", "cannot write the store files");
	if (!g->persistent || !g->writable)
		return 0;
	/* A store written before COUNTS existed: counted once, here. */
	if (!g->counts_known && (rc = counts_recount(g, err)) != 0)
		return rc;
	return counts_write(g, err);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorts the cnt strings of v (which has room for a NULL after them) and
 * frees the repeats; returns how many are left, v[k] = NULL. */
static size_t sort_unique(char **v, size_t cnt)
{
	size_t k = 0;

	if (!v)
		return 0;
	qsort(v, cnt, sizeof *v, cmp_str);
	for (size_t i = 0; i < cnt; i++) {
		if (k && !strcmp(v[k - 1], v[i]))
			free(v[i]);
		else
			v[k++] = v[i];
	}
	v[k] = NULL;
	return k;
}

void nkg_graph_names_free(char **names)
{
	if (!names)
		return;
	for (char **p = names; *p; p++)
		free(*p);
	free(names);
}

/* A node from its text as node_text writes it: "_:x" a blank node, else
 * an IRI, or a plain literal when literal is set. */
static librdf_node *text_node(nkg_graph *g, const char *t, int literal)
{
	if (literal)
		return librdf_new_node_from_literal(g->world, (const unsigned char *)t, NULL, 0);
	if (!strncmp(t, "_:", 2))
		return librdf_new_node_from_blank_identifier(g->world, (const unsigned char *)t + 2);
	return iri_node(g, t);
}

/* The text (node_text) of each node it yields, into *out: a
 * NULL-terminated array of *n strings, with room for them all even when
 * there are none.  On failure nothing is left to free. */
static int node_texts(librdf_iterator *it, char ***out, size_t *n)
{
	char **v = NULL;
	size_t cnt = 0, cap = 0;

	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *x = librdf_iterator_get_object(it);  /* borrowed */
		void *arr = v;
		if (!x)
			continue;
		if (nkg_grow(&arr, &cap, cnt + 2, sizeof *v))
			goto oom;
		v = arr;
		if (!(v[cnt] = node_text(x)))
			goto oom;
		v[++cnt] = NULL;
	}
	if (!v && !(v = calloc(1, sizeof *v)))
		return NKG_ENOMEM;
	*out = v;
	*n = cnt;
	return 0;
oom:
	for (size_t i = 0; i < cnt; i++)
		free(v[i]);
	free(v);
	return NKG_ENOMEM;
}

/* All lookups, in model m (the union, or the summary): librdf answers
 * (s, p, ?) from the sp2o index and (?, p, o) from po2s, so one call reads
 * the few entries under one key instead of the whole store (what rasqal
 * does for a FILTER on a label).  sorted: sorted and each once (callers
 * take maxima and compare sets); else in the storage's order. */
static int lookup(nkg_graph *g, librdf_model *m, const char *a, const char *p, int a_literal,
		  int sources, int sorted, char ***out, size_t *n, nkg_error *err)
{
	librdf_node *na = NULL, *np = NULL;
	librdf_iterator *it = NULL;
	char **v = NULL;
	size_t cnt = 0;
	int rc = 0;

	*out = NULL;
	*n = 0;
	log_reset(g);
	if (!(na = text_node(g, a, a_literal)) || !(np = iri_node(g, p))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	/* get_sources/get_targets copy their nodes (they stay ours). */
	it = sources ? librdf_model_get_sources(m, np, na) : librdf_model_get_targets(m, na, np);
	if (!it) {
		rc = log_error(g, err, NKG_ERDF, "librdf", "cannot read the graph");
		goto done;
	}
	if ((rc = node_texts(it, &v, &cnt)) != 0)
		goto done;
	*n = sorted ? sort_unique(v, cnt) : cnt;
	*out = v;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	if (it)
		librdf_free_iterator(it);
	if (na)
		librdf_free_node(na);
	if (np)
		librdf_free_node(np);
	return rc;
}

int nkg_graph_count_graphs(nkg_graph *g, size_t *n, nkg_error *err)
{
	char **names = NULL;
	int rc;

	if (g->persistent && g->counts_known) {
		*n = g->ngraphs;
		return 0;
	}
	rc = nkg_graph_contexts(g, &names, n, err);
	nkg_graph_names_free(names);
	return rc;
}

int nkg_graph_count_subjects(nkg_graph *g, const char *p, const char *o, size_t *n,
			     nkg_error *err)
{
	librdf_node *no = NULL, *np = NULL;
	librdf_iterator *it = NULL;
	int rc = 0;

	*n = 0;
	log_reset(g);
	if (g->persistent && g->counts_known && !strcmp(p, RDF_TYPE)) {
		struct nkg_class_count *c = class_slot(g, o, 0);
		*n = c ? c->n : 0;
		return 0;
	}
	if (!g->persistent && (rc = union_refresh(g)) != 0)
		return log_error(g, err, rc, "librdf", "cannot index the graph");
	if (!(no = text_node(g, o, 0)) || !(np = iri_node(g, p))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* The union holds each triple once: its po2s entries are the
	 * distinct subjects. */
	if (!(it = librdf_model_get_sources(g->umodel, np, no))) {
		rc = log_error(g, err, NKG_ERDF, "librdf", "cannot read the graph");
		goto done;
	}
	for (; !librdf_iterator_end(it); librdf_iterator_next(it))
		(*n)++;
done:
	if (it)
		librdf_free_iterator(it);
	if (no)
		librdf_free_node(no);
	if (np)
		librdf_free_node(np);
	return rc;
}

int nkg_graph_objects(nkg_graph *g, const char *s, const char *p, char ***out,
		      size_t *n, nkg_error *err)
{
	int rc;

	*out = NULL;
	*n = 0;
	if (!g->persistent && (rc = union_refresh(g)) != 0)
		return log_error(g, err, rc, "librdf", "cannot index the graph");
	return lookup(g, g->umodel, s, p, 0, 0, 1, out, n, err);
}

int nkg_graph_subjects(nkg_graph *g, const char *p, const char *o, int o_literal,
		       char ***out, size_t *n, nkg_error *err)
{
	int rc;

	*out = NULL;
	*n = 0;
	if (!g->persistent && (rc = union_refresh(g)) != 0)
		return log_error(g, err, rc, "librdf", "cannot index the graph");
	return lookup(g, g->umodel, o, p, o_literal, 1, 1, out, n, err);
}

int nkg_graph_contexts(nkg_graph *g, char ***out, size_t *n, nkg_error *err)
{
	librdf_iterator *it = NULL;
	char **v = NULL;
	size_t cnt = 0, cap = 0, k = 0;
	int rc = 0;

	*out = NULL;
	if (n)
		*n = 0;
	log_reset(g);
	it = librdf_model_get_contexts(g->model);
	if (!it) {
		rc = log_error(g, err, NKG_ERDF, "librdf", "cannot list the named graphs");
		goto done;
	}
	for (; !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *c = librdf_iterator_get_object(it);  /* borrowed */
		void *arr = v;
		if (!c || librdf_node_get_type(c) != LIBRDF_NODE_TYPE_RESOURCE)
			continue;
		if (nkg_grow(&arr, &cap, cnt + 2, sizeof *v)) {
			rc = NKG_ENOMEM;
			goto done;
		}
		v = arr;
		if (!(v[cnt] = nkg_strdup((const char *)librdf_uri_as_string(librdf_node_get_uri(c))))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		cnt++;
	}
	if (!v && !(v = calloc(1, sizeof *v))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	/* Berkeley DB may list a context once per statement. */
	k = sort_unique(v, cnt);
	*out = v;
	v = NULL;
	cnt = 0;
	if (n)
		*n = k;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	for (size_t i = 0; v && i < cnt; i++)
		free(v[i]);
	free(v);
	if (it)
		librdf_free_iterator(it);
	return rc;
}

char *nkg_graph_article_iri(const char *id)
{
	nkg_buf b = {0};
	if (!id || make_id(&b, "article", id, NULL, NULL)) {
		nkg_buf_free(&b);
		return NULL;
	}
	return nkg_buf_detach(&b);
}

/* A copy of n made in g's world: n may come from another graph, and a
 * librdf node keeps the world it was made in.  Blank node labels get
 * bprefix.  New node, caller frees; NULL when out of memory. */
static librdf_node *node_into(nkg_graph *g, librdf_node *n, const char *bprefix)
{
	size_t len = 0;
	unsigned char *s;

	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		return librdf_new_node_from_uri_string(g->world,
			librdf_uri_as_string(librdf_node_get_uri(n)));
	case LIBRDF_NODE_TYPE_BLANK: {
		nkg_buf b = {0};
		librdf_node *r = NULL;
		s = librdf_node_get_counted_blank_identifier(n, &len);
		if (!nkg_buf_puts(&b, bprefix ? bprefix : "") &&
		    !nkg_buf_append(&b, (const char *)s, len))
			r = librdf_new_node_from_blank_identifier(g->world,
				(const unsigned char *)b.data);
		nkg_buf_free(&b);
		return r;
	}
	case LIBRDF_NODE_TYPE_LITERAL: {
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
		librdf_uri *dt2 = NULL;
		const char *lang = librdf_node_get_literal_value_language(n);
		librdf_node *r;
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		if (dt && !(dt2 = librdf_new_uri(g->world, librdf_uri_as_string(dt))))
			return NULL;
		/* Copies the datatype URI (a new reference): ours is freed. */
		r = librdf_new_node_from_typed_counted_literal(g->world,
			s ? s : (const unsigned char *)"", s ? len : 0, lang,
			lang ? strlen(lang) : 0, dt2);
		if (dt2)
			librdf_free_uri(dt2);
		return r;
	}
	default:
		return NULL;
	}
}

/* A new statement in g's world with copies of st's terms (see node_into). */
static librdf_statement *statement_into(nkg_graph *g, librdf_statement *st,
					const char *bprefix)
{
	librdf_node *s = node_into(g, librdf_statement_get_subject(st), bprefix);
	librdf_node *p = node_into(g, librdf_statement_get_predicate(st), bprefix);
	librdf_node *o = node_into(g, librdf_statement_get_object(st), bprefix);

	if (!s || !p || !o) {
		if (s) librdf_free_node(s);
		if (p) librdf_free_node(p);
		if (o) librdf_free_node(o);
		return NULL;
	}
	/* Consumes s, p, o even on failure. */
	return librdf_new_statement_from_nodes(g->world, s, p, o);
}

/* Whether some named graph of persistent g still holds st's triple.  The
 * sp2o index gives the objects of (s, p) in every graph; asking for the
 * whole statement would scan the store (librdf only uses an index when
 * exactly one part is missing). */
static int triple_held(nkg_graph *g, librdf_statement *st)
{
	librdf_node *o = librdf_statement_get_object(st);
	librdf_iterator *it = librdf_model_get_targets(g->model,
		librdf_statement_get_subject(st), librdf_statement_get_predicate(st));
	int held = 0;

	if (!it)
		return -1;
	for (; !held && !librdf_iterator_end(it); librdf_iterator_next(it)) {
		librdf_node *t = librdf_iterator_get_object(it);  /* borrowed */
		held = t && librdf_node_equals(t, o);
	}
	librdf_free_iterator(it);
	return held;
}

typedef struct stmt_list {
	librdf_statement **v;
	size_t n, cap;
} stmt_list;

static void stmts_free(stmt_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		librdf_free_statement(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Removes named graph ctx (g's node) from persistent g, and from the
 * union the triples no other graph holds. */
/* Tells g's change hook of quad st (added or removed): its subject and
 * predicate IRIs and its object's text, borrowed from st.  Blank-node
 * subjects are not told: nothing looks them up by name. */
static void changed(nkg_graph *g, librdf_statement *st)
{
	librdf_node *sn = librdf_statement_get_subject(st);
	librdf_node *pn = librdf_statement_get_predicate(st);
	librdf_node *on = librdf_statement_get_object(st);
	const unsigned char *o = NULL;

	if (!g->on_change || !sn || !pn || !on ||
	    librdf_node_get_type(sn) != LIBRDF_NODE_TYPE_RESOURCE)
		return;
	if (librdf_node_get_type(on) == LIBRDF_NODE_TYPE_RESOURCE)
		o = librdf_uri_as_string(librdf_node_get_uri(on));
	else if (librdf_node_get_type(on) == LIBRDF_NODE_TYPE_LITERAL)
		o = librdf_node_get_literal_value(on);
	g->on_change(g->on_change_ctx,
		     (const char *)librdf_uri_as_string(librdf_node_get_uri(sn)),
		     (const char *)librdf_uri_as_string(librdf_node_get_uri(pn)),
		     o ? (const char *)o : "");
}

void nkg_graph_on_change(nkg_graph *g, nkg_graph_change_fn fn, void *ctx)
{
	g->on_change = fn;
	g->on_change_ctx = ctx;
}

/* ---- the summary ---------------------------------------------------------
 * A third Berkeley DB storage next to the quads and the union: statements
 * (key, kind, value literal) that the store derives from the union and
 * keeps up to date at each commit, so that a question at an organisation
 * with thousands of events reads one key instead of ten lookups per event.
 * It is not RDF anyone queries: SPARQL, exports and pushes never see it. */

int nkg_graph_has_summary(const nkg_graph *g)
{
	return g && g->smodel;
}

int nkg_graph_summary_create(nkg_graph *g, nkg_error *err)
{
	int rc;

	if (!g->persistent || !g->writable)
		return nkg_error_set(err, NKG_EUSAGE, "a summary needs a store open for writing");
	/* An old one is replaced by empty files. */
	if (g->smodel)
		librdf_free_model(g->smodel);
	if (g->sstorage)
		librdf_free_storage(g->sstorage);
	g->smodel = NULL;
	g->sstorage = NULL;
	log_reset(g);
	if ((rc = open_bdb(g, g->dir, "summary", "contexts='no'", NKG_GRAPH_CREATE,
			   &g->sstorage, &g->smodel)) != 0) {
		if (g->sstorage)
			librdf_free_storage(g->sstorage);
		g->sstorage = NULL;
		g->smodel = NULL;
		return rc == NKG_ENOMEM ? nkg_error_set(err, rc, "out of memory")
					: log_error(g, err, rc, g->dir, "cannot make the summary's files");
	}
	return 0;
}

/* The summary statement (key, kind, value); value NULL: no object. */
static librdf_statement *summary_statement(nkg_graph *g, const char *key, const char *kind,
					   const char *value)
{
	librdf_node *s = text_node(g, key, 0), *p = iri_node(g, kind), *o = NULL;

	if (value)
		o = librdf_new_node_from_literal(g->world, (const unsigned char *)value, NULL, 0);
	if (!s || !p || (value && !o)) {
		if (s)
			librdf_free_node(s);
		if (p)
			librdf_free_node(p);
		if (o)
			librdf_free_node(o);
		return NULL;
	}
	/* Consumes the three nodes, also on failure. */
	return librdf_new_statement_from_nodes(g->world, s, p, o);
}

int nkg_graph_summary_get(nkg_graph *g, const char *key, const char *kind, char ***out,
			  size_t *n, nkg_error *err)
{
	*out = NULL;
	*n = 0;
	if (!g->smodel)
		return nkg_error_set(err, NKG_EUSAGE, "this store has no summary");
	/* Not sorted: the store holds each value once, and sorting ten
	 * thousand records was a tenth of a question's time. */
	return lookup(g, g->smodel, key, kind, 0, 0, 0, out, n, err);
}

/* add: librdf_model_add_statement copies the statement, which stays ours;
 * a statement already there is not added twice. */
static int summary_change(nkg_graph *g, const char *key, const char *kind, const char *value,
			  int add, nkg_error *err)
{
	librdf_statement *st;
	int rc = 0;

	if (!g->smodel)
		return nkg_error_set(err, NKG_EUSAGE, "this store has no summary");
	log_reset(g);
	if (!(st = summary_statement(g, key, kind, value)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (add ? librdf_model_add_statement(g->smodel, st)
		: (librdf_model_contains_statement(g->smodel, st) &&
		   librdf_model_remove_statement(g->smodel, st)))
		rc = log_error(g, err, NKG_ERDF, "librdf", "cannot write the summary");
	librdf_free_statement(st);
	return rc;
}

int nkg_graph_summary_add(nkg_graph *g, const char *key, const char *kind, const char *value,
			  nkg_error *err)
{
	return summary_change(g, key, kind, value, 1, err);
}

int nkg_graph_summary_remove(nkg_graph *g, const char *key, const char *kind,
			     const char *value, nkg_error *err)
{
	return summary_change(g, key, kind, value, 0, err);
}

static int remove_ctx(nkg_graph *g, librdf_node *ctx, size_t *removed)
{
	librdf_stream *s = NULL;
	stmt_list l = {0};
	int rc = 0;

	*removed = 0;
	if (!(s = librdf_model_context_as_stream(g->model, ctx)))
		return NKG_ERDF;
	/* Copied first: the graph cannot change under a live stream. */
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		void *arr = l.v;
		if (!st)
			continue;
		if (nkg_grow(&arr, &l.cap, l.n + 1, sizeof *l.v)) {
			rc = NKG_ENOMEM;
			goto done;
		}
		l.v = arr;
		if (!(l.v[l.n] = librdf_new_statement_from_statement(st))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		l.n++;
	}
	librdf_free_stream(s);
	s = NULL;
	if (!l.n)
		goto done;
	if (librdf_model_context_remove_statements(g->model, ctx)) {
		rc = NKG_ERDF;
		goto done;
	}
	for (size_t i = 0; i < l.n; i++) {
		int held = triple_held(g, l.v[i]);
		if (held < 0) {
			rc = NKG_ERDF;
			goto done;
		}
		changed(g, l.v[i]);
		/* Failure here means it was not there: nothing to undo. */
		if (!held && !librdf_model_remove_statement(g->umodel, l.v[i])) {
			if (g->ntriples)
				g->ntriples--;
			class_moved(g, l.v[i], -1);
		}
	}
	g->nquads -= l.n <= g->nquads ? l.n : g->nquads;
	if (g->ngraphs)
		g->ngraphs--;
	*removed = l.n;
done:
	if (s)
		librdf_free_stream(s);
	stmts_free(&l);
	return rc;
}

static int rdf_fail(nkg_graph *g, nkg_error *err, int rc, const char *what)
{
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return log_error(g, err, rc, "librdf", what);
}

int nkg_graph_remove_context(nkg_graph *g, const char *iri, size_t *removed,
			     nkg_error *err)
{
	librdf_node *ctx = NULL;
	size_t n = 0;
	int rc;

	if (removed)
		*removed = 0;
	if (!g->persistent)
		return nkg_error_set(err, NKG_EUSAGE, "only a store's graphs can be removed");
	log_reset(g);
	if (!(ctx = iri_node(g, iri)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = remove_ctx(g, ctx, &n);
	librdf_free_node(ctx);
	if (rc)
		return rdf_fail(g, err, rc, "cannot remove the graph");
	if (removed)
		*removed = n;
	return 0;
}

/* "b" + 16 hex digits of the graph name + "_": blank nodes of different
 * graphs stay apart in the store (labels come from each parse). */
static void blank_prefix(const char *iri, char out[20])
{
	uint64_t h = nkg_hash(NKG_HASH_INIT, iri, strlen(iri));
	snprintf(out, 20, "b%016llx_", (unsigned long long)h);
}

/* Whether persistent g's named graph ctx holds st.  librdf answers a
 * fully bound pattern by reading the whole graph: only for appends. */
static int context_holds(nkg_graph *g, librdf_node *ctx, librdf_statement *st)
{
	librdf_stream *s;
	int held;

	/* Not in the union (an indexed lookup): in no graph at all.  Only a
	 * triple some graph has costs the read of this one. */
	if (!librdf_model_contains_statement(g->umodel, st))
		return 0;
	if (!(s = librdf_model_find_statements_in_context(g->model, st, ctx)))
		return -1;
	held = !librdf_stream_end(s);
	librdf_free_stream(s);
	return held;
}

int nkg_graph_replace_context(nkg_graph *dst, nkg_graph *src,
			      const char *src_iri, const char *dst_iri, unsigned flags,
			      size_t *removed, size_t *added, nkg_error *err)
{
	librdf_node *sctx = NULL, *dctx = NULL;
	librdf_stream *s = NULL;
	char bprefix[20];
	size_t nrem = 0, nadd = 0;
	int rc = 0, any = 0, had = 0;

	if (removed)
		*removed = 0;
	if (added)
		*added = 0;
	if (!dst->persistent)
		return nkg_error_set(err, NKG_EUSAGE, "only a store's graphs can be replaced");
	if (!dst_iri && !(dst_iri = src_iri))
		return nkg_error_set(err, NKG_EUSAGE, "replace: the default graph needs a name");
	log_reset(dst);
	log_reset(src);
	blank_prefix(dst_iri, bprefix);
	if (src_iri) {
		if (!(sctx = iri_node(src, src_iri))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		any = 1;
	} else {
		/* The default graph: only replace when there is one. */
		if (!(s = librdf_model_as_stream(src->model))) {
			rc = NKG_ERDF;
			goto done;
		}
		for (; !any && !librdf_stream_end(s); librdf_stream_next(s))
			any = !librdf_stream_get_context2(s);
		librdf_free_stream(s);
		s = NULL;
	}
	if (!any)
		goto done;
	if (!(dctx = iri_node(dst, dst_iri))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	if (!(flags & NKG_GRAPH_APPEND) && (rc = remove_ctx(dst, dctx, &nrem)) != 0)
		goto done;
	/* Appending to a graph that is there already: not a new graph. */
	had = (flags & NKG_GRAPH_APPEND) && librdf_model_contains_context(dst->model, dctx);
	s = sctx ? librdf_model_context_as_stream(src->model, sctx)
		 : librdf_model_as_stream(src->model);
	if (!s) {
		rc = NKG_ERDF;
		goto done;
	}
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		librdf_statement *copy;
		if (!st || (!sctx && librdf_stream_get_context2(s)))
			continue;
		if (!(copy = statement_into(dst, st, bprefix))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		if (flags & NKG_GRAPH_APPEND) {
			int held = context_holds(dst, dctx, copy);
			if (held) {
				librdf_free_statement(copy);
				if (held < 0) {
					rc = NKG_ERDF;
					goto done;
				}
				continue;
			}
		}
		/* src holds each quad once (add_statement), and the graph was
		 * just emptied (or, appending, the quad was looked for), so the
		 * context add makes no duplicate; the union storage has no
		 * contexts and skips existing triples. */
		/* The union's count moves only for a triple it did not have
		 * (an extra lookup, skipped while the counts are unknown). */
		if (dst->counts_known && !librdf_model_contains_statement(dst->umodel, copy)) {
			dst->ntriples++;
			class_moved(dst, copy, +1);
		}
		if (librdf_model_context_add_statement(dst->model, dctx, copy) ||
		    librdf_model_add_statement(dst->umodel, copy))
			rc = NKG_ERDF;
		else
			changed(dst, copy);
		librdf_free_statement(copy);
		if (rc)
			goto done;
		nadd++;
		dst->nquads++;
	}
	if (nadd && !had)
		dst->ngraphs++;
	if (removed)
		*removed = nrem;
	if (added)
		*added = nadd;
done:
	if (rc) {
		if (src->log_msg[0] && !dst->log_msg[0])
			rdf_fail(src, err, rc, "cannot read the graph");
		else
			rdf_fail(dst, err, rc, "cannot store the graph");
	}
	if (s)
		librdf_free_stream(s);
	if (sctx)
		librdf_free_node(sctx);
	if (dctx)
		librdf_free_node(dctx);
	return rc;
}

int nkg_graph_triples(nkg_graph *g, size_t *out, nkg_error *err)
{
	*out = 0;
	log_reset(g);
	if (g->persistent && g->counts_known) {
		*out = g->ntriples;
		return 0;
	}
	if (!g->persistent && union_refresh(g))
		return log_error(g, err, NKG_ERDF, "librdf", "cannot build the union graph");
	return model_count(g, g->umodel, out, err);
}

/* Copies the statements of stream s (g's) into the in-memory graph tmp,
 * in its graph ctx_iri (NULL: default graph). */
static int copy_stream(nkg_graph *tmp, librdf_stream *s, const char *ctx_iri)
{
	librdf_node *ctx = NULL;
	int rc = 0;

	if (ctx_iri && !(ctx = iri_node(tmp, ctx_iri)))
		return NKG_ENOMEM;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		librdf_statement *copy;
		if (!st)
			continue;
		if (!(copy = statement_into(tmp, st, NULL))) {
			rc = NKG_ENOMEM;
			break;
		}
		rc = add_statement(tmp, ctx, copy);
		librdf_free_statement(copy);
		if (rc)
			break;
	}
	if (ctx)
		librdf_free_node(ctx);
	return rc;
}

int nkg_graph_serialize_context(nkg_graph *g, const char *iri,
				const char *format, char **out,
				size_t *out_len, nkg_error *err)
{
	nkg_graph *tmp = NULL;
	librdf_node *ctx = NULL;
	librdf_stream *s = NULL;
	int rc, keep = format && (!strcmp(format, "nquads") || !strcmp(format, "trig"));

	*out = NULL;
	if (out_len)
		*out_len = 0;
	log_reset(g);
	if ((rc = nkg_graph_new(&tmp, err)) != 0)
		return rc;
	if (!(ctx = iri_node(g, iri))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (!(s = librdf_model_context_as_stream(g->model, ctx))) {
		rc = log_error(g, err, NKG_ERDF, iri, "cannot read the graph");
		goto done;
	}
	if ((rc = copy_stream(tmp, s, keep ? iri : NULL)) != 0) {
		rdf_fail(tmp, err, rc, "cannot copy the graph");
		goto done;
	}
	rc = nkg_graph_serialize(tmp, format, out, out_len, err);
done:
	if (s)
		librdf_free_stream(s);
	if (ctx)
		librdf_free_node(ctx);
	nkg_graph_free(tmp);
	return rc;
}

/* ---- any SPARQL query --------------------------------------------------- */

int nkg_result_add_row(nkg_result *r, size_t *cap, nkg_term **row)
{
	void *arr = r->cells;
	/* + 1: a result with no columns still gets a non-NULL array */
	if (nkg_grow(&arr, cap, (r->nrows + 1) * r->ncols + 1, sizeof *r->cells))
		return NKG_ENOMEM;
	r->cells = arr;
	*row = &r->cells[r->nrows * r->ncols];
	memset(*row, 0, r->ncols * sizeof **row);
	r->nrows++;
	return 0;
}

void nkg_result_free(nkg_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ncols; i++)
		free(r->cols[i]);
	for (size_t i = 0; i < r->ncols * r->nrows; i++) {
		free(r->cells[i].value);
		free(r->cells[i].lang);
		free(r->cells[i].datatype);
	}
	free(r->cols);
	free(r->cells);
	free(r->text);
	free(r);
}

static int term_of(librdf_node *n, nkg_term *t)
{
	size_t len = 0;
	unsigned char *s;

	memset(t, 0, sizeof *t);
	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		t->kind = NKG_TERM_IRI;
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		t->value = nkg_strndup((const char *)s, len);
		break;
	case LIBRDF_NODE_TYPE_BLANK:
		t->kind = NKG_TERM_BLANK;
		s = librdf_node_get_counted_blank_identifier(n, &len);
		t->value = nkg_strndup((const char *)s, len);
		break;
	case LIBRDF_NODE_TYPE_LITERAL: {
		const char *lang = librdf_node_get_literal_value_language(n);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
		t->kind = NKG_TERM_LITERAL;
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		t->value = nkg_strndup(s ? (const char *)s : "", s ? len : 0);
		if (lang && *lang && !(t->lang = nkg_strdup(lang)))
			return NKG_ENOMEM;
		if (dt && !(t->datatype = nkg_strdup((const char *)librdf_uri_as_string(dt))))
			return NKG_ENOMEM;
		break;
	}
	default:
		t->kind = NKG_TERM_NONE;
		return 0;
	}
	return t->value ? 0 : NKG_ENOMEM;
}

/* Bindings as terms into r. */
static int result_cells(librdf_query_results *res, nkg_result *r)
{
	size_t cap = 0;
	int n = librdf_query_results_get_bindings_count(res);

	if (n > 0) {
		if (!(r->cols = calloc((size_t)n, sizeof *r->cols)))
			return NKG_ENOMEM;
		for (int i = 0; i < n; i++) {
			const char *name = librdf_query_results_get_binding_name(res, i);
			if (!(r->cols[i] = nkg_strdup(name ? name : "")))
				return NKG_ENOMEM;
			r->ncols++;
		}
	}
	for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
		nkg_term *row;
		if (nkg_result_add_row(r, &cap, &row))
			return NKG_ENOMEM;
		for (size_t c = 0; c < r->ncols; c++) {
			librdf_node *v = librdf_query_results_get_binding_value(res, (int)c);
			int rc;
			if (!v)
				continue;  /* unbound */
			rc = term_of(v, &row[c]);
			librdf_free_node(v);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int nkg_graph_query(nkg_graph *g, const char *sparql,
		    const char *results_format, const char *rdf_format,
		    nkg_result **out, nkg_error *err)
{
	static const char *const rfmts[] = { "json", "xml", "csv", "tsv", NULL };
	librdf_query *q = NULL;
	librdf_query_results *res = NULL;
	librdf_stream *s = NULL;
	nkg_graph *tmp = NULL;
	nkg_result *r = NULL;
	unsigned char *text = NULL;
	size_t len = 0;
	int rc = 0, ok = !results_format;

	*out = NULL;
	for (size_t i = 0; !ok && rfmts[i]; i++)
		ok = !strcmp(results_format, rfmts[i]);
	if (!ok)
		return nkg_error_set(err, NKG_EUSAGE,
				     "unknown results format \"%s\" (json, xml, csv, tsv)",
				     results_format);
	log_reset(g);
	if (!g->persistent && (rc = union_refresh(g)) != 0) {
		log_error(g, err, rc, "librdf", "cannot build the query model");
		goto done;
	}
	log_reset(g);
	if (!(r = calloc(1, sizeof *r))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	q = librdf_new_query(g->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
	if (!q) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "cannot create query");
		goto done;
	}
	/* rasqal parses the query here: syntax errors surface as NULL. */
	res = librdf_query_execute(q, g->umodel);
	if (!res || g->log_errors) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	if (librdf_query_results_is_graph(res)) {
		r->kind = NKG_RESULT_GRAPH;
		/* Into a graph of our own, for the sorted, prefixed writers. */
		if ((rc = nkg_graph_new(&tmp, err)) != 0)
			goto done;
		if (!(s = librdf_query_results_as_stream(res))) {
			if (g->log_errors) {
				rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
				goto done;
			}
		} else if ((rc = copy_stream(tmp, s, NULL)) != 0) {
			rdf_fail(tmp, err, rc, "cannot copy the result");
			goto done;
		}
		if (g->log_errors) {
			rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
			goto done;
		}
		if ((rc = nkg_graph_serialize(tmp, rdf_format ? rdf_format : "turtle",
					      &r->text, &r->len, err)) != 0)
			goto done;
	} else if (librdf_query_results_is_boolean(res)) {
		int b = librdf_query_results_get_boolean(res);
		r->kind = NKG_RESULT_BOOLEAN;
		if (b < 0 || g->log_errors) {
			rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
			goto done;
		}
		r->boolean = b > 0;
		/* rasqal writes booleans in XML and JSON only. */
		if (results_format && (!strcmp(results_format, "csv") ||
				       !strcmp(results_format, "tsv"))) {
			nkg_buf b2 = {0};
			if (nkg_buf_printf(&b2, "_askResult%s%s%s", !strcmp(results_format, "csv") ? "\r\n" : "\n",
					   r->boolean ? "true" : "false",
					   !strcmp(results_format, "csv") ? "\r\n" : "\n")) {
				nkg_buf_free(&b2);
				rc = NKG_ENOMEM;
				goto done;
			}
			r->len = b2.len;
			r->text = nkg_buf_detach(&b2);
			results_format = NULL;
		}
	} else if (librdf_query_results_is_bindings(res)) {
		r->kind = NKG_RESULT_BINDINGS;
		if (!results_format && (rc = result_cells(res, r)) != 0)
			goto done;
	} else {
		rc = nkg_error_set(err, NKG_EQUERY, "SPARQL: unknown kind of result");
		goto done;
	}
	if (results_format && r->kind != NKG_RESULT_GRAPH) {
		/* Allocated by librdf: released with librdf_free_memory. */
		text = librdf_query_results_to_counted_string2(res, results_format,
							       NULL, NULL, NULL, &len);
		if (!text || g->log_errors) {
			rc = log_error(g, err, NKG_EQUERY, "SPARQL", "cannot write the results");
			goto done;
		}
		if (!(r->text = nkg_strndup((const char *)text, len))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		r->len = len;
	}
	if (g->log_errors) {
		rc = log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	*out = r;
	r = NULL;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	if (text)
		librdf_free_memory(text);
	if (s)
		librdf_free_stream(s);
	nkg_graph_free(tmp);
	nkg_result_free(r);
	if (res)
		librdf_free_query_results(res);
	if (q)
		librdf_free_query(q);
	return rc;
}

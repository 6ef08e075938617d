/* newskg — the RDF graph (see graph.h): the model and its lifecycle, a
 * Redland model with one named graph (context) per article, statements
 * added to it, library messages, and raptor output into memory.  The
 * graph's other nouns live beside it, sharing graph_int.h: emit.c (the kb
 * as RDF), serialize.c, load.c, nquads.c (the streaming writer),
 * graph_query.c (SPARQL) and persist.c (the Berkeley DB graph).
 *
 * Only these files include <redland.h>.  In librdf 1.0.17 a librdf_node
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
 *   librdf_model_*nkg_g_add_statement  copies the statement and the context
 *   librdf_stream_get_object / get_context2  borrowed, valid until next()
 *   librdf_query_results_get_binding_value   new node, caller frees
 *   librdf_query_results_get_binding_name    borrowed
 *   raptor_new_statement_from_nodes  consumes its four terms
 *   raptor_term_copy             adds a reference, release with
 *                                raptor_free_term
 *   raptor_new_iostream_to_file_handle  does not close the FILE
 */
#include "graph_int.h"

const char *const nkg_graph_formats[] = {
	"turtle", "ntriples", "nquads", "trig", "rdfxml", "json", NULL
};

const char *const nkg_g_dt_iri[DT__COUNT] = {
	XSD_NS "date", XSD_NS "gYearMonth", XSD_NS "gYear", XSD_NS "boolean",
	XSD_NS "decimal", XSD_NS "nonNegativeInteger", XSD_NS "anyURI"
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

void nkg_g_log_reset(nkg_graph *g)
{
	g->log_errors = 0;
	g->log_level = 0;
	g->log_line = g->log_col = -1;
	g->log_msg[0] = '\0';
}

/* Sets err from the last library message: "where:line:col: message". */
int nkg_g_log_error(nkg_graph *g, nkg_error *err, int code,
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

int nkg_g_new_store(librdf_world *w, int contexts, librdf_storage **st,
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
	nkg_g_log_reset(g);
	g->world = librdf_new_world();
	if (!g->world) {
		rc = nkg_error_set(err, NKG_ERDF, "librdf: cannot create world");
		goto done;
	}
	/* Before open, so that nothing is ever printed. */
	librdf_world_set_logger(g->world, g, log_handler);
	librdf_world_open(g->world);
	if (nkg_g_new_store(g->world, 1, &g->storage, &g->model)) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, "librdf",
			       "cannot create hashes storage");
		goto done;
	}
	for (int i = 0; i < DT__COUNT; i++) {
		g->dt[i] = librdf_new_uri(g->world,
					  (const unsigned char *)nkg_g_dt_iri[i]);
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

void nkg_g_drop_union(nkg_graph *g)
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
	nkg_g_drop_union(g);
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
int nkg_g_add_statement(nkg_graph *g, librdf_node *ctx, librdf_statement *st)
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
int nkg_g_add_nodes(nkg_graph *g, librdf_node *ctx, librdf_node *s,
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
	rc = nkg_g_add_statement(g, ctx, st);
	librdf_free_statement(st);
	return rc;
}

librdf_node *nkg_g_iri_node(nkg_graph *g, const char *iri)
{
	return librdf_new_node_from_uri_string(g->world, (const unsigned char *)iri);
}

/* ---- raptor output into memory ---------------------------------------- */

static int memout_byte(void *ctx, const int byte)
{
	memout *m = ctx;
	char c = (char)byte;
	/* Inline fast path: no call when there is room.  raptor writes most
	 * of a line a byte at a time, so the NUL goes on at the end
	 * (nkg_g_memout_end), and len + 1 < cap keeps room for it. */
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

int nkg_g_memout_open(raptor_world *rw, memout *m)
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
void nkg_g_memout_end(memout *m)
{
	if (m->b.data)
		m->b.data[m->b.len] = '\0';
}

int nkg_g_memout_close(memout *m, char **out, size_t *out_len)
{
	int rc = m->failed ? NKG_ENOMEM : 0;

	if (m->io)
		raptor_free_iostream(m->io);
	nkg_g_memout_end(m);
	if (out && !rc) {
		*out_len = m->b.len;
		*out = nkg_buf_detach(&m->b);
	} else {
		nkg_buf_free(&m->b);
	}
	memset(m, 0, sizeof *m);
	return rc;
}

/* ---- size --------------------------------------------------------------- */

/* Statements in model m.  The in-memory hashes storage knows its size;
 * Berkeley DB hashes do not (-1): then count them. */
int nkg_g_model_count(nkg_graph *g, librdf_model *m, size_t *out, nkg_error *err)
{
	librdf_stream *s;
	size_t n = 0;
	int sz = librdf_model_size(m);

	if (sz >= 0) {
		*out = (size_t)sz;
		return 0;
	}
	if (!(s = librdf_model_as_stream(m)))
		return nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot list statements");
	for (; !librdf_stream_end(s); librdf_stream_next(s))
		n++;
	librdf_free_stream(s);
	*out = n;
	return 0;
}

int nkg_graph_size(nkg_graph *g, size_t *out, nkg_error *err)
{
	nkg_g_log_reset(g);
	if (g->persistent && g->counts_known) {
		*out = g->nquads;
		return 0;
	}
	return nkg_g_model_count(g, g->model, out, err);
}

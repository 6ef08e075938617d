/* newskg — the persistent graph: Redland hashes storages on Berkeley DB
 * files, their counts, named-graph replacement and removal, and the
 * side summary the store keeps for questions (see graph.h, store.h). */
#include "graph_int.h"

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
	if ((rc = nkg_g_model_count(g, g->model, &g->nquads, err)) ||
	    (rc = nkg_graph_contexts(g, &names, &g->ngraphs, err)))
		return rc;
	nkg_graph_names_free(names);
	if (!(s = librdf_model_as_stream(g->umodel)))
		return nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot list statements");
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
	nkg_g_log_reset(g);
	/* quads: what was ingested, per article; triples: their union, with
	 * the predicate index that (?,p,?) patterns and OPTIONALs need. */
	if ((rc = open_bdb(g, dir, "quads", "contexts='yes'", flags,
			   &g->storage, &g->model)) != 0 ||
	    (rc = open_bdb(g, dir, "triples", "index-predicates='yes'", flags,
			   &g->ustorage, &g->umodel)) != 0) {
		if (rc == NKG_ENOMEM)
			nkg_error_set(err, rc, "out of memory");
		else
			nkg_g_log_error(g, err, rc, dir, "cannot open the Berkeley DB files");
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
				nkg_g_log_error(g, err, rc, dir, "cannot open the summary's Berkeley DB files");
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

	nkg_g_log_reset(g);
	if (librdf_model_sync(g->model) ||
	    (g->persistent && librdf_model_sync(g->umodel)) ||
	    (g->smodel && librdf_model_sync(g->smodel)))
		return nkg_g_log_error(g, err, NKG_EIO, "librdf", "cannot write the store files");
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

/* A node from its text as nkg_g_node_text writes it: "_:x" a blank node, else
 * an IRI, or a plain literal when literal is set. */
static librdf_node *text_node(nkg_graph *g, const char *t, int literal)
{
	if (literal)
		return librdf_new_node_from_literal(g->world, (const unsigned char *)t, NULL, 0);
	if (!strncmp(t, "_:", 2))
		return librdf_new_node_from_blank_identifier(g->world, (const unsigned char *)t + 2);
	return nkg_g_iri_node(g, t);
}

/* The text (nkg_g_node_text) of each node it yields, into *out: a
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
		if (!(v[cnt] = nkg_g_node_text(x)))
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
	nkg_g_log_reset(g);
	if (!(na = text_node(g, a, a_literal)) || !(np = nkg_g_iri_node(g, p))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	/* get_sources/get_targets copy their nodes (they stay ours). */
	it = sources ? librdf_model_get_sources(m, np, na) : librdf_model_get_targets(m, na, np);
	if (!it) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot read the graph");
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
	nkg_g_log_reset(g);
	if (g->persistent && g->counts_known && !strcmp(p, RDF_TYPE)) {
		struct nkg_class_count *c = class_slot(g, o, 0);
		*n = c ? c->n : 0;
		return 0;
	}
	if (!g->persistent && (rc = nkg_g_union_refresh(g)) != 0)
		return nkg_g_log_error(g, err, rc, "librdf", "cannot index the graph");
	if (!(no = text_node(g, o, 0)) || !(np = nkg_g_iri_node(g, p))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* The union holds each triple once: its po2s entries are the
	 * distinct subjects. */
	if (!(it = librdf_model_get_sources(g->umodel, np, no))) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot read the graph");
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
	if (!g->persistent && (rc = nkg_g_union_refresh(g)) != 0)
		return nkg_g_log_error(g, err, rc, "librdf", "cannot index the graph");
	return lookup(g, g->umodel, s, p, 0, 0, 1, out, n, err);
}

int nkg_graph_subjects(nkg_graph *g, const char *p, const char *o, int o_literal,
		       char ***out, size_t *n, nkg_error *err)
{
	int rc;

	*out = NULL;
	*n = 0;
	if (!g->persistent && (rc = nkg_g_union_refresh(g)) != 0)
		return nkg_g_log_error(g, err, rc, "librdf", "cannot index the graph");
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
	nkg_g_log_reset(g);
	it = librdf_model_get_contexts(g->model);
	if (!it) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot list the named graphs");
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
	if (!id || nkg_g_make_id(&b, "article", id, NULL, NULL)) {
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
 * It is not RDF anyone queries: SPARQL, exports and pushes never see it.
 * (Its storage lives here, with the graph's two other Berkeley DB models
 * it opens, syncs and counts with; summary.c makes and reads the records
 * and stays free of Redland.) */

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
	nkg_g_log_reset(g);
	if ((rc = open_bdb(g, g->dir, "summary", "contexts='no'", NKG_GRAPH_CREATE,
			   &g->sstorage, &g->smodel)) != 0) {
		if (g->sstorage)
			librdf_free_storage(g->sstorage);
		g->sstorage = NULL;
		g->smodel = NULL;
		return rc == NKG_ENOMEM ? nkg_error_set(err, rc, "out of memory")
					: nkg_g_log_error(g, err, rc, g->dir, "cannot make the summary's files");
	}
	return 0;
}

/* The summary statement (key, kind, value); value NULL: no object. */
static librdf_statement *summary_statement(nkg_graph *g, const char *key, const char *kind,
					   const char *value)
{
	librdf_node *s = text_node(g, key, 0), *p = nkg_g_iri_node(g, kind), *o = NULL;

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
	nkg_g_log_reset(g);
	if (!(st = summary_statement(g, key, kind, value)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (add ? librdf_model_add_statement(g->smodel, st)
		: (librdf_model_contains_statement(g->smodel, st) &&
		   librdf_model_remove_statement(g->smodel, st)))
		rc = nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot write the summary");
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

/* ---- named graphs: removed, replaced, counted, written one at a time ----- */

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

int nkg_g_rdf_fail(nkg_graph *g, nkg_error *err, int rc, const char *what)
{
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, rc, "out of memory");
	return nkg_g_log_error(g, err, rc, "librdf", what);
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
	nkg_g_log_reset(g);
	if (!(ctx = nkg_g_iri_node(g, iri)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = remove_ctx(g, ctx, &n);
	librdf_free_node(ctx);
	if (rc)
		return nkg_g_rdf_fail(g, err, rc, "cannot remove the graph");
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
	nkg_g_log_reset(dst);
	nkg_g_log_reset(src);
	blank_prefix(dst_iri, bprefix);
	if (src_iri) {
		if (!(sctx = nkg_g_iri_node(src, src_iri))) {
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
	if (!(dctx = nkg_g_iri_node(dst, dst_iri))) {
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
		/* src holds each quad once (nkg_g_add_statement), and the graph was
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
			nkg_g_rdf_fail(src, err, rc, "cannot read the graph");
		else
			nkg_g_rdf_fail(dst, err, rc, "cannot store the graph");
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
	nkg_g_log_reset(g);
	if (g->persistent && g->counts_known) {
		*out = g->ntriples;
		return 0;
	}
	if (!g->persistent && nkg_g_union_refresh(g))
		return nkg_g_log_error(g, err, NKG_ERDF, "librdf", "cannot build the union graph");
	return nkg_g_model_count(g, g->umodel, out, err);
}

/* Copies the statements of stream s (g's) into the in-memory graph tmp,
 * in its graph ctx_iri (NULL: default graph). */
int nkg_g_copy_stream(nkg_graph *tmp, librdf_stream *s, const char *ctx_iri)
{
	librdf_node *ctx = NULL;
	int rc = 0;

	if (ctx_iri && !(ctx = nkg_g_iri_node(tmp, ctx_iri)))
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
		rc = nkg_g_add_statement(tmp, ctx, copy);
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
	nkg_g_log_reset(g);
	if ((rc = nkg_graph_new(&tmp, err)) != 0)
		return rc;
	if (!(ctx = nkg_g_iri_node(g, iri))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (!(s = librdf_model_context_as_stream(g->model, ctx))) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, iri, "cannot read the graph");
		goto done;
	}
	if ((rc = nkg_g_copy_stream(tmp, s, keep ? iri : NULL)) != 0) {
		nkg_g_rdf_fail(tmp, err, rc, "cannot copy the graph");
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

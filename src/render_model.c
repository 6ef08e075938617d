/* newskg — the renderer's model (see render.h): a few SPARQL SELECTs
 * (nkg_graph_select) -> events, memberships and entities whose strings
 * are borrowed from the result tables, which live as long as the model
 * -> filters -> the tellings of each move merged into one.  render.c draws
 * it; nkg_render_summary hands the same merged model out as plain records
 * (for the HTML report).
 *
 * Queries are basic graph patterns (one FILTER): one query for the core
 * of each kind of resource, then one "?s PROPERTY ?v" query per optional
 * property, joined here through sorted (subject, value) arrays.  rasqal
 * 0.9.33 evaluates OPTIONAL as a nested loop over the whole graph (seconds
 * for a few hundred events, where the BGP takes milliseconds), and
 * separate queries also keep multi-valued properties (a membership gathers
 * statements from many articles) from multiplying into a cross product. */
#include "render_int.h"

#define PREFIXES \
	"PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n" \
	"PREFIX nkg: <" NKG_NS ">\n" \
	"PREFIX schema: <" SCHEMA_NS ">\n" \
	"PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" \
	"PREFIX org: <http://www.w3.org/ns/org#>\n" \
	"PREFIX prov: <http://www.w3.org/ns/prov#>\n" \
	"PREFIX oa: <http://www.w3.org/ns/oa#>\n"

/* Core queries; their column order is relied upon (checked). */
static const char q_events[] = PREFIXES
	"SELECT ?ev ?kind ?p WHERE {\n"
	" ?ev a nkg:CareerEvent ; nkg:eventKind ?kind ; nkg:person ?p .\n"
	"}\n";
static const char q_members[] = PREFIXES
	"SELECT ?m ?p WHERE { ?m a org:Membership ; org:member ?p . }\n";
static const char q_names[] = PREFIXES
	"SELECT ?e ?name WHERE {\n"
	" ?e a ?t ; schema:name ?name .\n"
	" FILTER (?t = schema:Person || ?t = schema:Organization)\n"
	"}\n";
static const char q_articles[] = PREFIXES
	"SELECT ?a WHERE { ?a a schema:NewsArticle }\n";
/* Role concepts carry labels only when the ontology was loaded too. */
static const char q_rolelabels[] = PREFIXES
	"SELECT ?r ?l WHERE { ?r skos:prefLabel ?l . FILTER (lang(?l) = \"en\") }\n";

static const struct {
	const char *cls, *path;
} props[P__COUNT] = {
	{ "nkg:CareerEvent", "nkg:organization" },
	{ "nkg:CareerEvent", "nkg:role" },
	{ "nkg:CareerEvent", "nkg:date" },
	{ "nkg:CareerEvent", "nkg:modality" },
	{ "nkg:CareerEvent", "prov:wasDerivedFrom" },
	{ "org:Membership", "org:organization" },
	{ "org:Membership", "org:role" },
	{ "org:Membership", "schema:roleName" },
	{ "org:Membership", "nkg:isFormer" },
	{ "org:Membership", "nkg:isInterim" },
	{ "org:Membership", "schema:startDate" },
	{ "org:Membership", "schema:endDate" },
	{ "org:Membership", "prov:wasDerivedFrom" },
	{ "nkg:Evidence", "oa:hasSource" },
	{ "nkg:Evidence", "oa:hasSelector ?sel . ?sel oa:exact" },
	{ "nkg:Evidence", "oa:hasSelector ?sel . ?sel oa:start" },
	{ "schema:NewsArticle", "schema:url" },
	{ "schema:NewsArticle", "schema:datePublished" },
	{ "schema:NewsArticle", "schema:identifier" },
	{ "schema:NewsArticle", "schema:headline" },
	{ "schema:NewsArticle", "schema:inLanguage" },
	{ NULL, "skos:altLabel" }
};

/* ---- sorted (key, value) pairs over a result table ---------------------- */

static int cmp_pair(const void *x, const void *y)
{
	const pair *a = x, *b = y;
	int c = strcmp(a->k, b->k);
	return c ? c : strcmp(a->v, b->v);
}

/* Rows of t where columns kc and vc are bound, sorted by (key, value) and
 * unique, so "the first value of a key" is a deterministic choice. */
static int pairs_build(const nkg_table *t, size_t kc, size_t vc, pairs *out)
{
	size_t n = 0;

	out->a = NULL;
	out->n = 0;
	if (!t || t->nrows == 0)
		return 0;
	out->a = malloc(t->nrows * sizeof *out->a);
	if (!out->a)
		return NKG_ENOMEM;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *k = t->cells[r * t->ncols + kc];
		const char *v = t->cells[r * t->ncols + vc];
		if (k && v)
			out->a[n++] = (pair){ k, v };
	}
	qsort(out->a, n, sizeof *out->a, cmp_pair);
	out->n = 0;
	for (size_t i = 0; i < n; i++)
		if (out->n == 0 || cmp_pair(&out->a[out->n - 1], &out->a[i]))
			out->a[out->n++] = out->a[i];
	return 0;
}

/* Index of the first pair with key k, or p->n. */
static size_t pairs_find(const pairs *p, const char *k)
{
	size_t lo = 0, hi = p->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strcmp(p->a[mid].k, k) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < p->n && strcmp(p->a[lo].k, k) == 0 ? lo : p->n;
}

static const char *pairs_get(const pairs *p, const char *k)
{
	size_t i = k ? pairs_find(p, k) : p->n;
	return i < p->n ? p->a[i].v : NULL;
}

/* 1 when any value of k is a true xsd:boolean. */
static int pairs_any_true(const pairs *p, const char *k)
{
	for (size_t i = pairs_find(p, k); i < p->n && strcmp(p->a[i].k, k) == 0; i++)
		if (strcmp(p->a[i].v, "true") == 0 || strcmp(p->a[i].v, "1") == 0)
			return 1;
	return 0;
}

/* Last (largest) value of k. */
static const char *pairs_get_max(const pairs *p, const char *k)
{
	const char *v = NULL;
	for (size_t i = k ? pairs_find(p, k) : p->n;
	     i < p->n && strcmp(p->a[i].k, k) == 0; i++)
		v = p->a[i].v;
	return v;
}

/* ---- model --------------------------------------------------------------- */

int nkg_r_oom(rs *s)
{
	return nkg_error_set(s->err, NKG_ENOMEM, "render: out of memory");
}

/* A copy of str that lives as long as s (NULL on failure). */
static const char *keep_str(rs *s, const char *str)
{
	void *arr = s->pool;
	char *c;

	if (nkg_grow(&arr, &s->cap_pool, s->n_pool + 1, sizeof *s->pool))
		return NULL;
	s->pool = arr;
	if (!(c = nkg_strdup(str)))
		return NULL;
	s->pool[s->n_pool++] = c;
	return c;
}

static int run(rs *s, const char *q, size_t ncols, nkg_table **out,
	       const char *what)
{
	int rc = nkg_graph_select(s->g, q, out, s->err);
	if (rc)
		return rc;
	/* An empty result may come back without its columns. */
	if ((*out)->nrows && (*out)->ncols != ncols)
		return nkg_error_set(s->err, NKG_EQUERY,
				     "render: %s query: %zu columns, expected %zu",
				     what, (*out)->ncols, ncols);
	return 0;
}

static const char *cell(const nkg_table *t, size_t r, size_t c)
{
	return t->cells[r * t->ncols + c];
}

static const char *strip_ns(const char *iri, const char *ns)
{
	size_t n = strlen(ns);
	return iri && strncmp(iri, ns, n) == 0 ? iri + n : iri;
}

static const char *last_seg(const char *iri)
{
	const char *p = strrchr(iri, '/'), *h = strrchr(iri, '#');
	if (h > p)
		p = h;
	return p && p[1] ? p + 1 : iri;
}

static int cmp_ent_iri(const void *x, const void *y)
{
	return strcmp(((const ent *)x)->iri, ((const ent *)y)->iri);
}

static int ent_push(rs *s, const char *iri, int person)
{
	void *arr = s->ents;
	if (!iri)
		return 0;
	if (nkg_grow(&arr, &s->cap_ents, s->n_ents + 1, sizeof *s->ents))
		return nkg_r_oom(s);
	s->ents = arr;
	memset(&s->ents[s->n_ents], 0, sizeof *s->ents);
	s->ents[s->n_ents].iri = iri;
	s->ents[s->n_ents].person = person;
	s->n_ents++;
	return 0;
}

static size_t ent_find(const rs *s, const char *iri)
{
	size_t lo = 0, hi = s->n_ents;
	if (!iri)
		return NKG_NONE;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(s->ents[mid].iri, iri);
		if (c == 0)
			return mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NKG_NONE;
}

static void evinfo_fill(const rs *s, const char *evid, evinfo *ev)
{
	const char *st;
	memset(ev, 0, sizeof *ev);
	if (!evid)
		return;
	ev->exact = pairs_get(&s->p[P_EVD_EXACT], evid);
	ev->art = pairs_get(&s->p[P_EVD_ART], evid);
	ev->url = pairs_get(&s->p[P_ART_URL], ev->art);
	ev->pub = pairs_get(&s->p[P_ART_PUB], ev->art);
	st = pairs_get(&s->p[P_EVD_START], evid);
	ev->start = st ? strtol(st, NULL, 10) : 0;
}

/* The identifier of an article: schema:identifier, else its IRI's tail. */
static const char *art_id(const rs *s, const char *art)
{
	const char *id;
	if (!art)
		return NULL;
	id = pairs_get(&s->p[P_ART_ID], art);
	return id ? id : last_seg(art);
}

/* Distinct node names: the slug, or the IRI when two entities (a person
 * and an org, or entities from foreign namespaces) share one. */
static int cmp_ent_slug(const void *x, const void *y)
{
	const ent *a = *(ent *const *)x, *b = *(ent *const *)y;
	int c = strcmp(a->slug, b->slug);
	return c ? c : strcmp(a->iri, b->iri);
}

static int name_nodes(rs *s)
{
	ent **v = NULL;
	int rc = 0;

	if (s->n_ents == 0)
		return 0;
	v = malloc(s->n_ents * sizeof *v);
	if (!v)
		return nkg_r_oom(s);
	for (size_t i = 0; i < s->n_ents; i++)
		v[i] = &s->ents[i];
	qsort(v, s->n_ents, sizeof *v, cmp_ent_slug);
	for (size_t i = 0; i < s->n_ents; i++) {
		int dup = (i > 0 && strcmp(v[i - 1]->slug, v[i]->slug) == 0) ||
			  (i + 1 < s->n_ents && strcmp(v[i + 1]->slug, v[i]->slug) == 0);
		v[i]->node = nkg_strdup(dup ? strip_ns(v[i]->iri, NKG_NS_ID) : v[i]->slug);
		if (!v[i]->node) {
			rc = nkg_r_oom(s);
			goto done;
		}
	}
done:
	free(v);
	return rc;
}

/* Row order for deduplication: every column compared as a string, unbound
 * cells last. */
static const nkg_table *rows_table;

static int cmp_rows(const void *x, const void *y)
{
	size_t a = *(const size_t *)x, b = *(const size_t *)y;
	for (size_t c = 0; c < rows_table->ncols; c++) {
		const char *u = cell(rows_table, a, c), *v = cell(rows_table, b, c);
		int d;
		if (!u != !v)
			return u ? -1 : 1;
		if (u && (d = strcmp(u, v)))
			return d;
	}
	return a < b ? -1 : a > b;
}

static void sort_rows(const nkg_table *t, size_t *rows, size_t n)
{
	rows_table = t;
	if (n)
		qsort(rows, n, sizeof *rows, cmp_rows);
}

/* The rows of t that have a subject (column 0), sorted: one pass over the
 * events or memberships takes each subject's first row.  *rows is
 * malloc'ed (NULL when t is empty). */
static int subject_rows(const nkg_table *t, size_t **rows, size_t *n)
{
	*rows = NULL;
	*n = 0;
	if (!t->nrows)
		return 0;
	if (!(*rows = malloc(t->nrows * sizeof **rows)))
		return -1;
	for (size_t i = 0; i < t->nrows; i++)
		if (cell(t, i, 0))
			(*rows)[(*n)++] = i;
	sort_rows(t, *rows, *n);
	return 0;
}

/* Non-NULL before NULL. */
int nkg_r_cmp_str_null(const char *a, const char *b)
{
	if (!a != !b)
		return a ? -1 : 1;
	return a ? strcmp(a, b) : 0;
}

/* Memberships by (person, org, role), to find the one an event refers to. */
static int cmp_member_key(const void *x, const void *y)
{
	const member *a = *(member *const *)x, *b = *(member *const *)y;
	int c;
	if (a->person != b->person)
		return a->person < b->person ? -1 : 1;
	if (a->org != b->org)
		return a->org < b->org ? -1 : 1;
	if ((c = nkg_r_cmp_str_null(a->role, b->role)))
		return c;
	return strcmp(a->iri, b->iri);
}

/* 1 when idx (sorted by cmp_member_key) holds (person, org, role). */
static int member_in(member *const *idx, size_t n, size_t person, size_t org,
		     const char *role)
{
	size_t lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const member *m = idx[mid];
		int c = m->person != person ? (m->person < person ? -1 : 1) :
			m->org != org ? (m->org < org ? -1 : 1) :
			nkg_r_cmp_str_null(m->role, role);
		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

/* An event is drawn as interim when its role is an interim one, or an
 * interim membership of the same person and org exists with its role or
 * the interim form of it (an interim_ceo membership makes "joined as CEO"
 * an interim move). */
static int mark_interim(rs *s)
{
	member **idx = NULL;
	size_t n = 0;
	char key[256];

	if (s->n_mems && !(idx = malloc(s->n_mems * sizeof *idx)))
		return nkg_r_oom(s);
	for (size_t i = 0; i < s->n_mems; i++)
		if (s->mems[i].interim)
			idx[n++] = &s->mems[i];
	if (n)
		qsort(idx, n, sizeof *idx, cmp_member_key);
	for (size_t i = 0; i < s->n_evs; i++) {
		event *e = &s->evs[i];
		if (e->role && strstr(e->role, "interim"))
			e->interim = 1;
		if (e->interim || !e->role)
			continue;
		snprintf(key, sizeof key, "interim_%s", e->role);
		e->interim = member_in(idx, n, e->person, e->org, e->role) ||
			     member_in(idx, n, e->person, e->org, key);
	}
	free(idx);
	return 0;
}

static int load(rs *s)
{
	int rc;
	size_t i;

	if ((rc = run(s, q_events, 3, &s->t_ev, "events")) ||
	    (rc = run(s, q_members, 2, &s->t_mem, "memberships")) ||
	    (rc = run(s, q_names, 2, &s->t_names, "names")) ||
	    (rc = run(s, q_articles, 1, &s->t_art, "articles")) ||
	    (rc = run(s, q_rolelabels, 2, &s->t_rlab, "role labels")))
		return rc;
	if (pairs_build(s->t_names, 0, 1, &s->names) ||
	    pairs_build(s->t_art, 0, 0, &s->arts) ||
	    pairs_build(s->t_rlab, 0, 1, &s->rlab))
		return nkg_r_oom(s);
	for (i = 0; i < P__COUNT; i++) {
		char q[768];
		if (props[i].cls)
			snprintf(q, sizeof q, "%sSELECT ?s ?v WHERE { ?s a %s . ?s %s ?v }\n",
				 PREFIXES, props[i].cls, props[i].path);
		else
			snprintf(q, sizeof q, "%sSELECT ?s ?v WHERE { ?s %s ?v }\n",
				 PREFIXES, props[i].path);
		if ((rc = run(s, q, 2, &s->t_p[i], props[i].path)))
			return rc;
		if (pairs_build(s->t_p[i], 0, 1, &s->p[i]))
			return nkg_r_oom(s);
	}

	/* Entities: every IRI an event or membership refers to. */
	for (i = 0; i < s->t_ev->nrows; i++)
		if ((rc = ent_push(s, cell(s->t_ev, i, 2), 1)))
			return rc;
	for (i = 0; i < s->t_mem->nrows; i++)
		if ((rc = ent_push(s, cell(s->t_mem, i, 1), 1)))
			return rc;
	for (i = 0; i < s->p[P_EV_ORG].n; i++)
		if ((rc = ent_push(s, s->p[P_EV_ORG].a[i].v, 0)))
			return rc;
	for (i = 0; i < s->p[P_M_ORG].n; i++)
		if ((rc = ent_push(s, s->p[P_M_ORG].a[i].v, 0)))
			return rc;
	if (s->n_ents)
		qsort(s->ents, s->n_ents, sizeof *s->ents, cmp_ent_iri);
	{
		size_t n = 0;
		for (i = 0; i < s->n_ents; i++)
			if (n == 0 || strcmp(s->ents[n - 1].iri, s->ents[i].iri))
				s->ents[n++] = s->ents[i];
			/* Same IRI used as both: a person wins (stable order). */
			else if (s->ents[i].person)
				s->ents[n - 1].person = 1;
		s->n_ents = n;
	}
	for (i = 0; i < s->n_ents; i++) {
		ent *e = &s->ents[i];
		e->slug = last_seg(e->iri);
		e->name = pairs_get(&s->names, e->iri);
		if (!e->name)
			e->name = e->slug;
		if (!(e->key = nkg_fold(e->name)))
			return nkg_r_oom(s);
	}
	if ((rc = name_nodes(s)))
		return rc;

	/* Events: one per IRI.  Rows are sorted and the first row of an IRI
	 * kept, and of a multi-valued property the smallest value, so no
	 * choice depends on result order. */
	if (s->t_ev->nrows) {
		s->evs = calloc(s->t_ev->nrows, sizeof *s->evs);
		if (!s->evs)
			return nkg_r_oom(s);
	}
	{
		const nkg_table *t = s->t_ev;
		size_t *rows = NULL, n = 0;

		if (subject_rows(t, &rows, &n))
			return nkg_r_oom(s);
		for (i = 0; i < n; i++) {
			size_t r = rows[i];
			const char *iri = cell(t, r, 0);
			const char *role = pairs_get(&s->p[P_EV_ROLE], iri);
			const char *mod = pairs_get(&s->p[P_EV_MOD], iri);
			event *e;
			int kind = nkg_evkind_from_key(strip_ns(cell(t, r, 1), NKG_NS_EVENT));

			if (kind < 0 || (s->n_evs && strcmp(s->evs[s->n_evs - 1].iri, iri) == 0))
				continue;
			e = &s->evs[s->n_evs++];
			e->iri = iri;
			e->kind = kind;
			e->person = ent_find(s, cell(t, r, 2));
			e->org = ent_find(s, pairs_get(&s->p[P_EV_ORG], iri));
			e->role = role ? strip_ns(role, NKG_NS_ROLE) : NULL;
			e->date = pairs_get(&s->p[P_EV_DATE], iri);
			/* No modality statement: nothing says it is not asserted. */
			e->mod = NKG_MOD_ASSERTED;
			if (mod) {
				const char *k = strip_ns(mod, NKG_NS);
				e->mod = -1;
				for (int m = 0; m < NKG_MOD__COUNT; m++)
					if (strcasecmp(k, nkg_modality_key(m)) == 0)
						e->mod = m;
			}
			evinfo_fill(s, pairs_get(&s->p[P_EV_EVID], iri), &e->ev);
		}
		free(rows);
	}

	/* Memberships: the same. */
	if (s->t_mem->nrows) {
		s->mems = calloc(s->t_mem->nrows, sizeof *s->mems);
		if (!s->mems)
			return nkg_r_oom(s);
	}
	{
		const nkg_table *t = s->t_mem;
		size_t *rows = NULL, n = 0;

		if (subject_rows(t, &rows, &n))
			return nkg_r_oom(s);
		for (i = 0; i < n; i++) {
			size_t r = rows[i];
			const char *iri = cell(t, r, 0);
			const char *role = pairs_get(&s->p[P_M_ROLE], iri);
			member *m;

			if (i > 0 && strcmp(cell(t, rows[i - 1], 0), iri) == 0)
				continue;
			m = &s->mems[s->n_mems++];
			m->iri = iri;
			m->person = ent_find(s, cell(t, r, 1));
			m->org = ent_find(s, pairs_get(&s->p[P_M_ORG], iri));
			m->role = role ? strip_ns(role, NKG_NS_ROLE) : NULL;
			m->title = pairs_get(&s->p[P_M_TITLE], iri);
			m->former = pairs_any_true(&s->p[P_M_FORMER], iri);
			m->interim = pairs_any_true(&s->p[P_M_INTERIM], iri);
			m->start = pairs_get(&s->p[P_M_START], iri);
			m->end = pairs_get_max(&s->p[P_M_END], iri);
			evinfo_fill(s, pairs_get(&s->p[P_M_EVID], iri), &m->ev);
		}
		free(rows);
	}
	return mark_interim(s);
}

/* ---- filters ------------------------------------------------------------- */

/* Folded, trimmed copies of the filter terms in a NULL-terminated array
 * (owned by the caller's rs, freed up to the first NULL). */
static int fold_terms(rs *s, const char *const *in, char ***out, size_t *n)
{
	size_t k = 0;
	if (!in)
		return 0;
	while (in[k])
		k++;
	*out = calloc(k + 1, sizeof **out);
	if (!*out)
		return nkg_r_oom(s);
	for (size_t i = 0; i < k; i++) {
		char *f = nkg_fold(in[i]), *b;
		size_t l;
		if (!f)
			return nkg_r_oom(s);
		(*out)[i] = f;
		for (b = f; *b == ' ' || *b == '\t'; b++)
			;
		l = strlen(b);
		while (l > 0 && (b[l - 1] == ' ' || b[l - 1] == '\t'))
			l--;
		memmove(f, b, l);
		f[l] = '\0';
	}
	*n = k;
	return 0;
}

static int is_sep(char c)
{
	return c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',';
}

/* term equals s, or occurs in s as whole words ("altman" in "sam altman"). */
static int words_match(const char *s, const char *term)
{
	size_t n = strlen(term);
	if (n == 0)
		return 0;
	for (const char *p = strstr(s, term); p; p = strstr(p + 1, term))
		if ((p == s || is_sep(p[-1])) && (p[n] == '\0' || is_sep(p[n])))
			return 1;
	return 0;
}

/* *out = 1 when the entity's name or one of its skos:altLabels matches
 * one of the terms (all folded). */
static int ent_matches(rs *s, const ent *e, char *const *terms, size_t nt, int *out)
{
	char *f = NULL;
	size_t i;

	*out = 0;
	for (size_t t = 0; t < nt && !*out; t++)
		*out = words_match(e->key, terms[t]);
	for (i = pairs_find(&s->p[P_ALT], e->iri); !*out && i < s->p[P_ALT].n &&
	     strcmp(s->p[P_ALT].a[i].k, e->iri) == 0; i++) {
		if (!(f = nkg_fold(s->p[P_ALT].a[i].v)))
			return nkg_r_oom(s);
		for (size_t t = 0; t < nt && !*out; t++)
			*out = words_match(f, terms[t]);
		free(f);
	}
	return 0;
}

/* Notes each filter term that matches no entity of its kind: a typo
 * should not pass for "nothing happened". */
static int note_unmatched(rs *s, char *const *terms, size_t nt, const char *const *raw,
			  int person, nkg_render_note_fn note, void *note_ctx)
{
	for (size_t t = 0; t < nt; t++) {
		int hit = 0, rc;
		char msg[NKG_ERRMSG_MAX];
		for (size_t i = 0; i < s->n_ents && !hit; i++)
			if (s->ents[i].person == person &&
			    (rc = ent_matches(s, &s->ents[i], &terms[t], 1, &hit)))
				return rc;
		if (!hit && note) {
			snprintf(msg, sizeof msg, "no %s matches \"%s\"",
				 person ? "person" : "organization", raw[t]);
			note(note_ctx, msg);
		}
	}
	return 0;
}

/* Compares two ISO dates on their common prefix, so "2023-11" lies within
 * [2023-11-15, 2023-11-30]. */
static int date_cmp_prefix(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	return strncmp(a, b, la < lb ? la : lb);
}

static int in_range(const rs *s, const char *date)
{
	if (!s->o->from && !s->o->to)
		return 1;
	if (!date)
		return 0;
	if (s->o->from && date_cmp_prefix(date, s->o->from) < 0)
		return 0;
	if (s->o->to && date_cmp_prefix(date, s->o->to) > 0)
		return 0;
	return 1;
}

/* By folded name ("Élodie" sorts with "Eric"), then name, then IRI. */
int nkg_r_cmp_ent_name(const void *x, const void *y)
{
	const ent *a = *(ent *const *)x, *b = *(ent *const *)y;
	int c = strcmp(a->key, b->key);
	if (!c)
		c = strcmp(a->name, b->name);
	return c ? c : strcmp(a->iri, b->iri);
}

static int cmp_person_rank(const void *x, const void *y)
{
	const ent *a = *(ent *const *)x, *b = *(ent *const *)y;
	size_t ca = a->n_ev + a->n_mem, cb = b->n_ev + b->n_mem;
	if (ca != cb)
		return ca > cb ? -1 : 1;
	return nkg_r_cmp_ent_name(x, y);
}

/* ---- merging the tellings of a move ---------------------------------------- */

static int cmp_evinfo(const evinfo *a, const evinfo *b)
{
	int c;
	if ((c = nkg_r_cmp_str_null(a->pub, b->pub)))
		return c;
	if ((c = nkg_r_cmp_str_null(a->art, b->art)))
		return c;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Date order (dated first), then evidence order, then IRI. */
static int cmp_event_time(const event *a, const event *b)
{
	int c;
	if ((c = nkg_r_cmp_str_null(a->date, b->date)))
		return c;
	if ((c = cmp_evinfo(&a->ev, &b->ev)))
		return c;
	return strcmp(a->iri, b->iri);
}

static int cmp_index(size_t a, size_t b)
{
	return a < b ? -1 : a > b; /* NKG_NONE, the largest, last */
}

/* Tellings grouped by (person, kind, org); asserted ones first in a group,
 * then in time order. */
static int cmp_tell(const void *x, const void *y)
{
	const event *a = *(event *const *)x, *b = *(event *const *)y;
	int c;
	if ((c = cmp_index(a->person, b->person)) || (c = a->kind - b->kind) ||
	    (c = cmp_index(a->org, b->org)))
		return c;
	if ((a->mod != NKG_MOD_ASSERTED) != (b->mod != NKG_MOD_ASSERTED))
		return a->mod == NKG_MOD_ASSERTED ? -1 : 1;
	return cmp_event_time(a, b);
}

/* A telling dated t supports the date d when it says the same or less:
 * "2023-11" supports "2023-11-17". */
static int date_supports(const char *t, const char *d)
{
	size_t l = strlen(t);
	return strncmp(t, d, l) == 0 && (d[l] == '\0' || d[l] == '-');
}

/* The most frequently stated date (ties: the earliest), or NULL. */
static const char *pick_date(event *const *t, size_t n)
{
	const char *best = NULL;
	size_t best_n = 0;

	for (size_t i = 0; i < n; i++) {
		const char *d = t[i]->date;
		size_t sup = 0;
		if (!d)
			continue;
		for (size_t j = 0; j < n; j++)
			if (t[j]->date && date_supports(t[j]->date, d))
				sup++;
		if (sup > best_n || (sup == best_n && strcmp(d, best) < 0)) {
			best = d;
			best_n = sup;
		}
	}
	return best;
}

/* The most frequently stated role (ties: the first in telling order). */
static const char *pick_role(event *const *t, size_t n)
{
	const char *best = NULL;
	size_t best_n = 0;

	for (size_t i = 0; i < n; i++) {
		size_t k = 0;
		if (!t[i]->role)
			continue;
		for (size_t j = 0; j < n; j++)
			if (t[j]->role && strcmp(t[j]->role, t[i]->role) == 0)
				k++;
		if (k > best_n) {
			best = t[i]->role;
			best_n = k;
		}
	}
	return best;
}

/* The most frequent modality (ties: the lowest). */
static int pick_mod(event *const *t, size_t n)
{
	size_t cnt[NKG_MOD__COUNT] = {0};
	int best = 0;
	for (size_t i = 0; i < n; i++)
		if (t[i]->mod >= 0)
			cnt[t[i]->mod]++;
	for (int m = 1; m < NKG_MOD__COUNT; m++)
		if (cnt[m] > cnt[best])
			best = m;
	return best;
}

/* Merges the kept tellings into moves: one per (person, kind, org).  When
 * a move has asserted tellings only those count; a move nobody asserts
 * (kept with include_unasserted) takes the most frequent modality. */
static int merge(rs *s)
{
	size_t i, j;

	if (!s->n_evs)
		return 0;
	if (!(s->tell = malloc(s->n_evs * sizeof *s->tell)) ||
	    !(s->mv = calloc(s->n_evs, sizeof *s->mv)))
		return nkg_r_oom(s);
	for (i = 0; i < s->n_evs; i++)
		if (s->evs[i].keep)
			s->tell[s->n_tell++] = &s->evs[i];
	if (s->n_tell)
		qsort(s->tell, s->n_tell, sizeof *s->tell, cmp_tell);
	for (i = 0; i < s->n_tell; i = j) {
		event **t = &s->tell[i];
		move *m = &s->mv[s->n_mv++];
		size_t n;

		for (j = i + 1; j < s->n_tell && t[0]->person == s->tell[j]->person &&
		     t[0]->kind == s->tell[j]->kind && t[0]->org == s->tell[j]->org; j++)
			;
		n = j - i;
		if (t[0]->mod == NKG_MOD_ASSERTED)
			for (n = 0; i + n < j && t[n]->mod == NKG_MOD_ASSERTED; n++)
				;
		m->person = t[0]->person;
		m->org = t[0]->org;
		m->kind = t[0]->kind;
		m->mod = t[0]->mod == NKG_MOD_ASSERTED ? NKG_MOD_ASSERTED : pick_mod(t, n);
		m->tell = t;
		m->n_tell = n;
		m->date = pick_date(t, n);
		m->role = pick_role(t, n);
		m->keep = 1;
		/* Tellings are in date order, then by publication: the first one
		 * with the chosen date is the earliest article stating it. */
		m->rep = t[0];
		for (size_t k = 0; k < n; k++)
			if (!m->date || (t[k]->date && strcmp(t[k]->date, m->date) == 0)) {
				m->rep = t[k];
				break;
			}
		if (!m->rep->ev.exact)
			for (size_t k = 0; k < n; k++)
				if (t[k]->ev.exact &&
				    (!m->date || nkg_r_cmp_str_null(t[k]->date, m->date) == 0)) {
					m->rep = t[k];
					break;
				}
		for (size_t k = 0; k < n; k++) {
			m->interim |= t[k]->interim;
			if (t[k]->ev.pub && (!m->reported || strcmp(t[k]->ev.pub, m->reported) < 0))
				m->reported = t[k]->ev.pub;
		}
	}
	return 0;
}

/* The time a move sorts at: its date, else the publication date of the
 * earliest article that reports it (it happened on or before that). */
const char *nkg_r_move_key(const move *m)
{
	return m->date ? m->date : m->reported;
}

/* qsort context: comparators below reach the entity table through it. */
const rs *nkg_r_sort_ctx;

/* By time, then kind (founded, joined < appointed < dismissed < left <
 * returned), dated before undated, then organisation and evidence. */
static int cmp_move_time(const move *a, const move *b)
{
	int c;
	if ((c = nkg_r_cmp_str_null(nkg_r_move_key(a), nkg_r_move_key(b))))
		return c;
	if ((c = kind_rank(a->kind) - kind_rank(b->kind)))
		return c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (a->org != b->org) {
		if (a->org == NKG_NONE || b->org == NKG_NONE)
			return a->org == NKG_NONE ? 1 : -1;
		{
			const ent *oa = &nkg_r_sort_ctx->ents[a->org], *ob = &nkg_r_sort_ctx->ents[b->org];
			if ((c = nkg_r_cmp_ent_name(&oa, &ob)))
				return c;
		}
	}
	return strcmp(a->rep->iri, b->rep->iri);
}

/* A move a view draws: kept, its person not dropped, with an organisation
 * when need_org. */
static int move_drawn(const rs *s, const move *m, int need_org)
{
	return m->keep && !s->ents[m->person].dropped && (!need_org || m->org != NKG_NONE);
}

/* People with a drawn move, by their earliest move's time, then name. */
static int cmp_lane(const void *x, const void *y)
{
	const ent *a = *(ent *const *)x, *b = *(ent *const *)y;
	int c = nkg_r_cmp_str_null(a->first, b->first);
	return c ? c : nkg_r_cmp_ent_name(x, y);
}

/* Sets ent.lane (0, 1, ... for people with drawn moves, NKG_NONE for the
 * others) and ent.first. */
static int rank_lanes(rs *s, int need_org)
{
	ent **v = NULL;
	size_t n = 0;

	for (size_t i = 0; i < s->n_ents; i++) {
		s->ents[i].lane = NKG_NONE;
		s->ents[i].first = NULL;
	}
	nkg_r_sort_ctx = s;
	for (size_t i = 0; i < s->n_mv; i++) {
		const move *m = &s->mv[i];
		ent *p = &s->ents[m->person];
		if (!move_drawn(s, m, need_org))
			continue;
		if (p->lane == NKG_NONE) {
			p->lane = 0;
			p->first = nkg_r_move_key(m);
		} else if (nkg_r_cmp_str_null(nkg_r_move_key(m), p->first) < 0) {
			p->first = nkg_r_move_key(m);
		}
	}
	if (s->n_ents && !(v = malloc(s->n_ents * sizeof *v)))
		return nkg_r_oom(s);
	for (size_t i = 0; i < s->n_ents; i++)
		if (s->ents[i].lane != NKG_NONE)
			v[n++] = &s->ents[i];
	if (n)
		qsort(v, n, sizeof *v, cmp_lane);
	for (size_t i = 0; i < n; i++)
		v[i]->lane = i;
	free(v);
	return 0;
}

/* By lane, then time: a person's moves in a row. */
int nkg_r_cmp_move_lane(const void *x, const void *y)
{
	const move *a = *(move *const *)x, *b = *(move *const *)y;
	const ent *pa = &nkg_r_sort_ctx->ents[a->person], *pb = &nkg_r_sort_ctx->ents[b->person];
	if (pa->lane != pb->lane)
		return pa->lane < pb->lane ? -1 : 1;
	return cmp_move_time(a, b);
}

/* Timeline columns: by time key, dated before undated; in a column by
 * lane (person), then kind. */
int nkg_r_cmp_move_column(const void *x, const void *y)
{
	const move *a = *(move *const *)x, *b = *(move *const *)y;
	const ent *pa = &nkg_r_sort_ctx->ents[a->person], *pb = &nkg_r_sort_ctx->ents[b->person];
	int c;
	if ((c = nkg_r_cmp_str_null(nkg_r_move_key(a), nkg_r_move_key(b))))
		return c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (pa->lane != pb->lane)
		return pa->lane < pb->lane ? -1 : 1;
	return cmp_move_time(a, b);
}

/* Drawn moves (see move_drawn), sorted by cmp after rank_lanes. */
int nkg_r_pick_moves(rs *s, int need_org, int (*cmp)(const void *, const void *),
		      move ***out, size_t *n)
{
	int rc;
	*n = 0;
	*out = NULL;
	if ((rc = rank_lanes(s, need_org)))
		return rc;
	if (!s->n_mv)
		return 0;
	if (!(*out = malloc(s->n_mv * sizeof **out)))
		return nkg_r_oom(s);
	for (size_t i = 0; i < s->n_mv; i++)
		if (move_drawn(s, &s->mv[i], need_org))
			(*out)[(*n)++] = &s->mv[i];
	nkg_r_sort_ctx = s;
	if (*n)
		qsort(*out, *n, sizeof **out, cmp);
	return 0;
}

/* How many dropped people the max_people note names. */
#define MAX_NAMED 20

static int filter(rs *s, nkg_render_note_fn note, void *note_ctx)
{
	const nkg_render_opts *o = s->o;
	unsigned mask = o->events_mask ? o->events_mask : ~0u;
	ent **v = NULL;
	size_t nv = 0, i;
	int rc = 0;

	if ((rc = fold_terms(s, o->persons, &s->pf, &s->n_pf)) ||
	    (rc = fold_terms(s, o->orgs, &s->of, &s->n_of)))
		return rc;
	for (i = 0; i < s->n_ents; i++) {
		ent *e = &s->ents[i];
		e->match = 1;
		if (e->person && s->pf)
			rc = ent_matches(s, e, s->pf, s->n_pf, &e->match);
		else if (!e->person && s->of)
			rc = ent_matches(s, e, s->of, s->n_of, &e->match);
		if (rc)
			return rc;
	}
	if ((s->pf && (rc = note_unmatched(s, s->pf, s->n_pf, o->persons, 1, note, note_ctx))) ||
	    (s->of && (rc = note_unmatched(s, s->of, s->n_of, o->orgs, 0, note, note_ctx))))
		return rc;
	/* The date range applies to merged moves, so it sees the date the
	 * move is drawn with, not the date one telling gives. */
	for (i = 0; i < s->n_evs; i++) {
		event *e = &s->evs[i];
		e->keep = e->person != NKG_NONE && s->ents[e->person].match &&
			  (mask & (1u << e->kind)) &&
			  (e->mod == NKG_MOD_ASSERTED || (o->include_unasserted && e->mod >= 0)) &&
			  (!s->of || (e->org != NKG_NONE && s->ents[e->org].match));
	}
	if ((rc = merge(s)))
		return rc;
	for (i = 0; i < s->n_mv; i++) {
		move *m = &s->mv[i];
		m->keep = in_range(s, m->date);
		if (m->keep) {
			ent *p = &s->ents[m->person];
			p->n_ev++;
			if (o->view == NKG_VIEW_TIMELINE ||
			    (o->view == NKG_VIEW_MOVES && m->org != NKG_NONE))
				p->n_view++;
		}
	}
	for (i = 0; i < s->n_mems; i++) {
		member *m = &s->mems[i];
		m->keep = m->person != NKG_NONE && s->ents[m->person].match &&
			  (!s->of || (m->org != NKG_NONE && s->ents[m->org].match)) &&
			  !(o->to && m->start && date_cmp_prefix(m->start, o->to) > 0) &&
			  !(o->from && m->end && date_cmp_prefix(m->end, o->from) < 0);
		if (m->keep) {
			ent *p = &s->ents[m->person];
			p->n_mem++;
			if (o->view == NKG_VIEW_NETWORK && m->org != NKG_NONE)
				p->n_view++;
		}
	}
	if (o->max_people == 0)
		return 0;

	/* Rank the people this view would draw; drop all but the first N. */
	if (s->n_ents && !(v = malloc(s->n_ents * sizeof *v)))
		return nkg_r_oom(s);
	for (i = 0; i < s->n_ents; i++)
		if (s->ents[i].person && s->ents[i].n_view)
			v[nv++] = &s->ents[i];
	if (nv > o->max_people) {
		nkg_buf msg = {0};
		size_t nd = nv - o->max_people;
		qsort(v, nv, sizeof *v, cmp_person_rank);
		for (i = o->max_people; i < nv; i++)
			v[i]->dropped = 1;
		qsort(v + o->max_people, nd, sizeof *v, nkg_r_cmp_ent_name);
		if (nkg_buf_printf(&msg, "dropped %zu %s: ", nd, nd == 1 ? "person" : "people"))
			rc = nkg_r_oom(s);
		/* Named up to a point: a note is one line for a person to read. */
		for (i = o->max_people; i < nv && i < o->max_people + MAX_NAMED && !rc; i++)
			if (nkg_buf_printf(&msg, "%s%s", i > o->max_people ? ", " : "", v[i]->name))
				rc = nkg_r_oom(s);
		if (!rc && nd > MAX_NAMED &&
		    nkg_buf_printf(&msg, " and %zu more", nd - MAX_NAMED))
			rc = nkg_r_oom(s);
		if (!rc && note)
			note(note_ctx, msg.data);
		nkg_buf_free(&msg);
	}
	free(v);
	return rc;
}

/* Human label of a role: skos:prefLabel@en when the ontology is in the
 * graph, else the key made readable ("interim_ceo" -> "interim CEO"). */
int nkg_r_put_role(rs *s, nkg_buf *b, const char *key)
{
	char iri[256];
	const char *l;

	snprintf(iri, sizeof iri, "%s%s", NKG_NS_ROLE, key);
	if ((l = pairs_get(&s->rlab, iri)))
		return nkg_buf_puts(b, l);
	for (const char *p = key; *p;) {
		size_t n = strcspn(p, "_");
		int acr = n == 3 && (!strncmp(p, "ceo", 3) || !strncmp(p, "cto", 3) ||
				     !strncmp(p, "cfo", 3) || !strncmp(p, "coo", 3));
		for (size_t i = 0; i < n; i++) {
			char c = acr && p[i] >= 'a' && p[i] <= 'z' ? (char)(p[i] - 32) : p[i];
			if (nkg_buf_append(b, &c, 1))
				return NKG_ENOMEM;
		}
		p += n;
		if (*p == '_') {
			p++;
			if (nkg_buf_puts(b, " "))
				return NKG_ENOMEM;
		}
	}
	return 0;
}

/* Loads, filters and merges: everything before drawing. */
int nkg_r_prepare(rs *s, nkg_graph *g, const nkg_render_opts *opts,
		   nkg_render_note_fn note, void *note_ctx, nkg_error *err)
{
	int rc;
	s->g = g;
	s->o = opts;
	s->err = err;
	if ((rc = load(s)) || (rc = filter(s, note, note_ctx)))
		return rc;
	return 0;
}

void nkg_r_rs_free(rs *s)
{
	for (size_t i = 0; i < s->n_ents; i++) {
		free(s->ents[i].node);
		free(s->ents[i].key);
	}
	free(s->ents);
	free(s->evs);
	free(s->tell);
	free(s->mv);
	free(s->mems);
	for (size_t i = 0; s->pf && s->pf[i]; i++)
		free(s->pf[i]);
	for (size_t i = 0; s->of && s->of[i]; i++)
		free(s->of[i]);
	free(s->pf);
	free(s->of);
	for (size_t i = 0; i < s->n_pool; i++)
		free(s->pool[i]);
	free(s->pool);
	nkg_buf_free(&s->lbl);
	nkg_buf_free(&s->esc);
	nkg_buf_free(&s->lbl2);
	free(s->names.a);
	free(s->arts.a);
	free(s->rlab.a);
	for (size_t i = 0; i < P__COUNT; i++) {
		free(s->p[i].a);
		nkg_table_free(s->t_p[i]);
	}
	nkg_table_free(s->t_ev);
	nkg_table_free(s->t_mem);
	nkg_table_free(s->t_names);
	nkg_table_free(s->t_art);
	nkg_table_free(s->t_rlab);
}

/* ---- summary ------------------------------------------------------------- */

struct nkg_render_summary {
	rs st;                          /* the model; owns every string */
	nkg_render_person *people;
	size_t n_people;
	nkg_render_move *moves;
	size_t n_moves;
	nkg_render_role *roles;
	size_t n_roles;
	nkg_render_article *arts;
	size_t n_arts;
	const char **art_ids;           /* storage of the moves' article lists */
	const char **pubs;              /* scratch for move_articles */
};

static int cmp_article(const void *x, const void *y)
{
	const nkg_render_article *a = x, *b = y;
	int c = nkg_r_cmp_str_null(a->date, b->date);
	if (!c)
		c = strcmp(a->id, b->id);
	return c ? c : strcmp(a->iri, b->iri);
}

/* Article identifiers of a move's tellings into out (room for n_tell),
 * each once, by publication date then identifier; pubs is scratch of the
 * same size.  Returns how many. */
static size_t move_articles(const rs *s, const move *m, const char **out,
			    const char **pubs)
{
	size_t n = 0;
	for (size_t k = 0; k < m->n_tell; k++) {
		const evinfo *ev = &m->tell[k]->ev;
		const char *id = art_id(s, ev->art);
		size_t pos;
		int dup = 0;
		if (!id)
			continue;
		for (size_t l = 0; l < n && !dup; l++)
			dup = strcmp(out[l], id) == 0;
		if (dup)
			continue;
		/* Insertion: a move is told by a handful of articles. */
		for (pos = n; pos > 0; pos--) {
			int c = nkg_r_cmp_str_null(pubs[pos - 1], ev->pub);
			if (c < 0 || (c == 0 && strcmp(out[pos - 1], id) < 0))
				break;
			out[pos] = out[pos - 1];
			pubs[pos] = pubs[pos - 1];
		}
		out[pos] = id;
		pubs[pos] = ev->pub;
		n++;
	}
	return n;
}

static int summary_build(nkg_render_summary *sm)
{
	rs *s = &sm->st;
	move **v = NULL;
	member **mem = NULL;
	ent **people = NULL;
	size_t n = 0, n_mem = 0, np = 0, ids = 0, i;
	int rc;

	if ((rc = nkg_r_pick_moves(s, 0, nkg_r_cmp_move_lane, &v, &n)) ||
	    (rc = nkg_r_pick_members(s, &mem, &n_mem)))
		goto done;

	/* People: lanes first, then people with roles only, by name. */
	if (s->n_ents && !(people = malloc(s->n_ents * sizeof *people))) {
		rc = nkg_r_oom(s);
		goto done;
	}
	for (i = 0; i < n; i++)
		if (np == 0 || people[np - 1] != &s->ents[v[i]->person])
			people[np++] = &s->ents[v[i]->person];
	{
		size_t lanes = np;
		for (i = 0; i < n_mem; i++) {
			ent *p = &s->ents[mem[i]->person];
			if (p->lane == NKG_NONE && (np == lanes || people[np - 1] != p))
				people[np++] = p;
		}
		/* mem is by person name already. */
	}
	if ((np && !(sm->people = calloc(np, sizeof *sm->people))) ||
	    (n && !(sm->moves = calloc(n, sizeof *sm->moves))) ||
	    (n_mem && !(sm->roles = calloc(n_mem, sizeof *sm->roles)))) {
		rc = nkg_r_oom(s);
		goto done;
	}
	for (i = 0; i < n; i++)
		ids += v[i]->n_tell;
	if (ids && (!(sm->art_ids = calloc(ids, sizeof *sm->art_ids)) ||
		    !(sm->pubs = calloc(ids, sizeof *sm->pubs)))) {
		rc = nkg_r_oom(s);
		goto done;
	}
	ids = 0;
	for (size_t k = 0; k < np; k++) {
		nkg_render_person *P = &sm->people[sm->n_people++];
		const ent *p = people[k];
		size_t pi = (size_t)(p - s->ents);

		P->name = p->name;
		P->iri = p->iri;
		P->first_move = sm->n_moves;
		for (i = 0; i < n; i++) {
			const move *m = v[i];
			nkg_render_move *M;
			if (m->person != pi)
				continue;
			M = &sm->moves[sm->n_moves++];
			M->person = p->name;
			M->person_iri = p->iri;
			if (m->org != NKG_NONE) {
				M->org = s->ents[m->org].name;
				M->org_iri = s->ents[m->org].iri;
			}
			M->kind = m->kind;
			M->modality = m->mod;
			if (m->role) {
				s->lbl.len = 0;
				if (nkg_r_put_role(s, &s->lbl, m->role) || nkg_buf_append(&s->lbl, "", 0) ||
				    !(M->role = keep_str(s, s->lbl.data))) {
					rc = nkg_r_oom(s);
					goto done;
				}
			}
			M->date = m->date;
			M->reported = m->reported;
			M->interim = m->interim;
			M->tellings = m->n_tell;
			M->quote = m->rep->ev.exact;
			M->url = m->rep->ev.url && nkg_r_url_ok(m->rep->ev.url) ? m->rep->ev.url : NULL;
			M->article = art_id(s, m->rep->ev.art);
			M->articles = sm->art_ids + ids;
			M->n_articles = move_articles(s, m, sm->art_ids + ids, sm->pubs);
			ids += M->n_articles;
		}
		P->n_moves = sm->n_moves - P->first_move;
		P->first_role = sm->n_roles;
		for (i = 0; i < n_mem; i++) {
			const member *m = mem[i];
			nkg_render_role *R;
			if (m->person != pi)
				continue;
			R = &sm->roles[sm->n_roles++];
			R->person = p->name;
			R->person_iri = p->iri;
			R->org = s->ents[m->org].name;
			R->org_iri = s->ents[m->org].iri;
			s->lbl.len = 0;
			if ((m->role ? nkg_r_put_role(s, &s->lbl, m->role) : nkg_buf_puts(&s->lbl, "member")) ||
			    !(R->role = keep_str(s, s->lbl.data))) {
				rc = nkg_r_oom(s);
				goto done;
			}
			/* Titles as the extractor cut them may trail a comma. */
			if (m->title) {
				size_t l = strlen(m->title);
				while (l > 0 && strchr(" ,;:", m->title[l - 1]))
					l--;
				s->lbl.len = 0;
				if (nkg_buf_append(&s->lbl, m->title, l) ||
				    !(R->title = keep_str(s, s->lbl.data))) {
					rc = nkg_r_oom(s);
					goto done;
				}
			}
			R->former = m->former;
			R->interim = m->interim;
			R->start = m->start;
			R->end = m->end;
			R->quote = m->ev.exact;
			R->url = m->ev.url && nkg_r_url_ok(m->ev.url) ? m->ev.url : NULL;
			R->article = art_id(s, m->ev.art);
		}
		P->n_roles = sm->n_roles - P->first_role;
	}

	/* Articles: all of them. */
	if (s->t_art->nrows && !(sm->arts = calloc(s->t_art->nrows, sizeof *sm->arts))) {
		rc = nkg_r_oom(s);
		goto done;
	}
	for (i = 0; i < s->t_art->nrows; i++) {
		const char *iri = cell(s->t_art, i, 0);
		nkg_render_article *A;
		int dup = 0;
		if (!iri)
			continue;
		for (size_t k = 0; k < sm->n_arts && !dup; k++)
			dup = strcmp(sm->arts[k].iri, iri) == 0;
		if (dup)
			continue;
		A = &sm->arts[sm->n_arts++];
		A->iri = iri;
		A->id = art_id(s, iri);
		A->date = pairs_get(&s->p[P_ART_PUB], iri);
		A->title = pairs_get(&s->p[P_ART_HEAD], iri);
		A->url = pairs_get(&s->p[P_ART_URL], iri);
		if (A->url && !nkg_r_url_ok(A->url))
			A->url = NULL;
		A->lang = pairs_get(&s->p[P_ART_LANG], iri);
	}
	if (sm->n_arts)
		qsort(sm->arts, sm->n_arts, sizeof *sm->arts, cmp_article);
done:
	free(v);
	free(mem);
	free(people);
	return rc;
}

int nkg_render_summary_new(nkg_render_summary **out, nkg_graph *g,
			   const nkg_render_opts *opts,
			   nkg_render_note_fn note, void *note_ctx,
			   nkg_error *err)
{
	nkg_render_summary *sm = NULL;
	nkg_render_opts o;
	int rc;

	*out = NULL;
	if (!g || !opts)
		return nkg_error_set(err, NKG_EUSAGE, "render: no graph or options");
	o = *opts;
	o.view = NKG_VIEW_MOVES;
	o.format = NULL;
	if ((rc = nkg_r_check_opts(&o, err)))
		return rc;
	if (!(sm = calloc(1, sizeof *sm)))
		return nkg_error_set(err, NKG_ENOMEM, "render: out of memory");
	if ((rc = nkg_r_prepare(&sm->st, g, &o, note, note_ctx, err)) || (rc = summary_build(sm))) {
		nkg_render_summary_free(sm);
		return rc;
	}
	sm->st.o = NULL; /* o dies with this call */
	*out = sm;
	return 0;
}

void nkg_render_summary_free(nkg_render_summary *sm)
{
	if (!sm)
		return;
	nkg_r_rs_free(&sm->st);
	free(sm->people);
	free(sm->moves);
	free(sm->roles);
	free(sm->arts);
	free(sm->art_ids);
	free(sm->pubs);
	free(sm);
}

const nkg_render_person *nkg_render_summary_people(const nkg_render_summary *s, size_t *n)
{
	*n = s ? s->n_people : 0;
	return s ? s->people : NULL;
}

const nkg_render_move *nkg_render_summary_moves(const nkg_render_summary *s, size_t *n)
{
	*n = s ? s->n_moves : 0;
	return s ? s->moves : NULL;
}

const nkg_render_role *nkg_render_summary_roles(const nkg_render_summary *s, size_t *n)
{
	*n = s ? s->n_roles : 0;
	return s ? s->roles : NULL;
}

const nkg_render_article *nkg_render_summary_articles(const nkg_render_summary *s, size_t *n)
{
	*n = s ? s->n_arts : 0;
	return s ? s->arts : NULL;
}

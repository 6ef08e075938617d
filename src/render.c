/* newskg — "who moved where" diagrams (see render.h).
 *
 * Pipeline: a few SPARQL SELECTs (nkg_graph_select) -> a small in-memory
 * model (events, memberships, entities) whose strings are borrowed from the
 * result tables, which live until the end of the call -> filters -> a cgraph
 * graph built in a fixed, sorted order -> gvLayout("dot") -> gvRenderData.
 *
 * This is the only file that includes Graphviz headers.  Graphviz keeps
 * global state (the error handler, the prototype graph that gvContext
 * edits), and so does this file (one process-wide GVC_t, see gv_ctx; qsort
 * contexts), so nkg_render is not thread-safe.
 *
 * Queries are basic graph patterns (one FILTER): one query for the core
 * of each kind of resource, then one "?s PROPERTY ?v" query per optional
 * property, joined here through sorted (subject, value) arrays.  rasqal
 * 0.9.33 evaluates OPTIONAL as a nested loop over the whole graph (seconds
 * for a few hundred events, where the BGP takes milliseconds), and
 * separate queries also keep multi-valued properties (a membership gathers
 * statements from many articles) from multiplying into a cross product. */
#include "newskg/render.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SCHEMA_NS "http://schema.org/"

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
/* Role concepts carry labels only when the ontology was loaded too. */
static const char q_rolelabels[] = PREFIXES
	"SELECT ?r ?l WHERE { ?r skos:prefLabel ?l . FILTER (lang(?l) = \"en\") }\n";

/* Optional properties: SELECT ?s ?v WHERE { ?s a CLASS . ?s PATH ?v }. */
enum {
	P_EV_ORG, P_EV_ROLE, P_EV_DATE, P_EV_MOD, P_EV_EVID,
	P_M_ORG, P_M_ROLE, P_M_TITLE, P_M_FORMER, P_M_INTERIM, P_M_START,
	P_M_END, P_M_EVID,
	P_EVD_ART, P_EVD_EXACT, P_EVD_START,
	P_ART_URL, P_ART_PUB,
	P_ALT,
	P__COUNT
};
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
	{ NULL, "skos:altLabel" }
};

/* Fixed palette, indexed by nkg_evkind. */
static const char *const kind_color[NKG_EV__COUNT] = {
	"#2e7d32", /* joined: green */
	"#1565c0", /* appointed: blue */
	"#c62828", /* dismissed: red */
	"#ef6c00", /* left: orange */
	"#6a1b9a", /* returned: purple */
	"#6d4c41"  /* founded: brown */
};

#define FONT "DejaVu Sans"
#define SEP " \xC2\xB7 " /* " · " */

/* ---- sorted (key, value) pairs over a result table ---------------------- */

typedef struct pair {
	const char *k, *v; /* borrowed from a table */
} pair;

typedef struct pairs {
	pair *a;
	size_t n;
} pairs;

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

typedef struct ent {
	const char *iri;    /* borrowed */
	const char *name;   /* borrowed: schema:name, else the slug */
	const char *slug;   /* points into iri: the part after the last '/' */
	char *node;         /* owned: unique cgraph node name */
	char *key;          /* owned: folded name, the sort key */
	int person;
	int match;          /* passes the persons/orgs filter */
	size_t n_ev, n_mem; /* kept events / memberships (persons) */
	size_t n_view;      /* items this person has in the chosen view */
	int dropped;        /* removed by max_people */
	Agnode_t *n;        /* owned by the cgraph graph */
} ent;

typedef struct evinfo {
	const char *exact, *url, *art, *pub; /* borrowed, may be NULL */
	long start;
} evinfo;

typedef struct event {
	const char *iri, *role, *date; /* borrowed; role is the key, may be NULL */
	int kind, mod;
	size_t person, org;            /* index into ents, org may be NKG_NONE */
	int interim, keep;
	evinfo ev;
} event;

typedef struct member {
	const char *iri, *role, *title, *start, *end;
	size_t person, org;
	int former, interim, keep;
	evinfo ev;
} member;

typedef struct rs {
	nkg_graph *g;
	const nkg_render_opts *o;
	nkg_error *err;
	nkg_table *t_ev, *t_mem, *t_names, *t_rlab, *t_p[P__COUNT]; /* owned */
	pairs names, rlab, p[P__COUNT]; /* arrays owned, strings in the tables */
	ent *ents;
	size_t n_ents, cap_ents;
	event *evs;
	size_t n_evs;
	member *mems;
	size_t n_mems;
	char **pf, **of; /* folded filter terms, owned */
	size_t n_pf, n_of;
	nkg_buf lbl, lbl2, esc; /* scratch */
	int svg;                /* output is SVG: see set() */
	Agraph_t *ag;     /* owned until agclose */
} rs;

static int oom(rs *s)
{
	return nkg_error_set(s->err, NKG_ENOMEM, "render: out of memory");
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
		return oom(s);
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
		return oom(s);
	for (size_t i = 0; i < s->n_ents; i++)
		v[i] = &s->ents[i];
	qsort(v, s->n_ents, sizeof *v, cmp_ent_slug);
	for (size_t i = 0; i < s->n_ents; i++) {
		int dup = (i > 0 && strcmp(v[i - 1]->slug, v[i]->slug) == 0) ||
			  (i + 1 < s->n_ents && strcmp(v[i + 1]->slug, v[i]->slug) == 0);
		v[i]->node = nkg_strdup(dup ? strip_ns(v[i]->iri, NKG_NS_ID) : v[i]->slug);
		if (!v[i]->node) {
			rc = oom(s);
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

static int cmp_str_null(const char *a, const char *b)
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
	if ((c = cmp_str_null(a->role, b->role)))
		return c;
	return strcmp(a->iri, b->iri);
}

/* An event is drawn as interim when its role is an interim one or an
 * interim membership of the same person, org and role exists. */
static int mark_interim(rs *s)
{
	member **idx = NULL;
	size_t n = 0;

	if (s->n_mems && !(idx = malloc(s->n_mems * sizeof *idx)))
		return oom(s);
	for (size_t i = 0; i < s->n_mems; i++)
		if (s->mems[i].interim)
			idx[n++] = &s->mems[i];
	if (n)
		qsort(idx, n, sizeof *idx, cmp_member_key);
	for (size_t i = 0; i < s->n_evs; i++) {
		event *e = &s->evs[i];
		size_t lo = 0, hi = n;
		if (e->role && strstr(e->role, "interim"))
			e->interim = 1;
		if (e->interim || !e->role)
			continue;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			const member *m = idx[mid];
			int c = m->person != e->person ? (m->person < e->person ? -1 : 1) :
				m->org != e->org ? (m->org < e->org ? -1 : 1) :
				cmp_str_null(m->role, e->role);
			if (c == 0) {
				e->interim = 1;
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
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
	    (rc = run(s, q_rolelabels, 2, &s->t_rlab, "role labels")))
		return rc;
	if (pairs_build(s->t_names, 0, 1, &s->names) ||
	    pairs_build(s->t_rlab, 0, 1, &s->rlab))
		return oom(s);
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
			return oom(s);
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
			return oom(s);
	}
	if ((rc = name_nodes(s)))
		return rc;

	/* Events: one per IRI.  Rows are sorted and the first row of an IRI
	 * kept, and of a multi-valued property the smallest value, so no
	 * choice depends on result order. */
	if (s->t_ev->nrows) {
		s->evs = calloc(s->t_ev->nrows, sizeof *s->evs);
		if (!s->evs)
			return oom(s);
	}
	{
		const nkg_table *t = s->t_ev;
		size_t *rows = NULL, n = 0;

		if (t->nrows && !(rows = malloc(t->nrows * sizeof *rows)))
			return oom(s);
		for (i = 0; i < t->nrows; i++)
			if (cell(t, i, 0))
				rows[n++] = i;
		sort_rows(t, rows, n);
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
			return oom(s);
	}
	{
		const nkg_table *t = s->t_mem;
		size_t *rows = NULL, n = 0;

		if (t->nrows && !(rows = malloc(t->nrows * sizeof *rows)))
			return oom(s);
		for (i = 0; i < t->nrows; i++)
			if (cell(t, i, 0))
				rows[n++] = i;
		sort_rows(t, rows, n);
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
		return oom(s);
	for (size_t i = 0; i < k; i++) {
		char *f = nkg_fold(in[i]), *b;
		size_t l;
		if (!f)
			return oom(s);
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
			return oom(s);
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

static int date_ok(const char *d)
{
	static const char pat[] = "dddd-dd-dd";
	size_t n = strlen(d);
	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (pat[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != '-')
			return 0;
	return 1;
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
static int cmp_ent_name(const void *x, const void *y)
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
	return cmp_ent_name(x, y);
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
	for (i = 0; i < s->n_evs; i++) {
		event *e = &s->evs[i];
		e->keep = e->person != NKG_NONE && s->ents[e->person].match &&
			  (mask & (1u << e->kind)) &&
			  (e->mod == NKG_MOD_ASSERTED || (o->include_unasserted && e->mod >= 0)) &&
			  in_range(s, e->date) &&
			  (!s->of || (e->org != NKG_NONE && s->ents[e->org].match));
		if (e->keep) {
			ent *p = &s->ents[e->person];
			p->n_ev++;
			if (o->view == NKG_VIEW_TIMELINE ||
			    (o->view == NKG_VIEW_MOVES && e->org != NKG_NONE))
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
		return oom(s);
	for (i = 0; i < s->n_ents; i++)
		if (s->ents[i].person && s->ents[i].n_view)
			v[nv++] = &s->ents[i];
	if (nv > o->max_people) {
		nkg_buf msg = {0};
		size_t nd = nv - o->max_people;
		qsort(v, nv, sizeof *v, cmp_person_rank);
		for (i = o->max_people; i < nv; i++)
			v[i]->dropped = 1;
		qsort(v + o->max_people, nd, sizeof *v, cmp_ent_name);
		if (nkg_buf_printf(&msg, "dropped %zu %s: ", nd, nd == 1 ? "person" : "people"))
			rc = oom(s);
		/* Named up to a point: a note is one line for a person to read. */
		for (i = o->max_people; i < nv && i < o->max_people + MAX_NAMED && !rc; i++)
			if (nkg_buf_printf(&msg, "%s%s", i > o->max_people ? ", " : "", v[i]->name))
				rc = oom(s);
		if (!rc && nd > MAX_NAMED &&
		    nkg_buf_printf(&msg, " and %zu more", nd - MAX_NAMED))
			rc = oom(s);
		if (!rc && note)
			note(note_ctx, msg.data);
		nkg_buf_free(&msg);
	}
	free(v);
	return rc;
}

/* ---- cgraph helpers ------------------------------------------------------ */

/* Sets an attribute; agsafeset copies the value (cgraph's refcounted string
 * pool), so the scratch buffer can be reused at once.  Labels, tooltips and
 * URLs are escStrings for Graphviz: a backslash starts an escape (\N, \n),
 * so literal ones are doubled.  For SVG every '&' is written as "&amp;":
 * Graphviz 2.42 leaves '&' alone in xlink:href, and anywhere else when it
 * looks like the start of an entity ("R&D;"), which is not well-formed XML;
 * an entity it passes through untouched. */
static int set(rs *s, void *obj, const char *name, const char *value)
{
	nkg_buf *b = &s->esc;

	b->len = 0;
	if (nkg_buf_append(b, "", 0))
		return oom(s);
	for (const char *p = value; *p; p++) {
		int r = *p == '\\' ? nkg_buf_puts(b, "\\\\") :
			*p == '&' && s->svg ? nkg_buf_puts(b, "&amp;") :
			nkg_buf_append(b, p, 1);
		if (r)
			return oom(s);
	}
	if (agsafeset(obj, (char *)name, b->data, "") != 0)
		return nkg_error_set(s->err, NKG_ERENDER,
				     "render: cannot set Graphviz attribute %s", name);
	return 0;
}

/* A URL attribute: characters a URL cannot hold (spaces, quotes, angle
 * brackets, controls) percent-encoded, so they cannot break the SVG
 * attribute either. */
static int set_url(rs *s, void *obj, const char *name, const char *url)
{
	int rc;

	s->lbl2.len = 0;
	if (nkg_buf_append(&s->lbl2, "", 0))
		return oom(s);
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		int r = *p <= 0x20 || *p == 0x7f || *p == '"' || *p == '<' || *p == '>'
			? nkg_buf_printf(&s->lbl2, "%%%02X", *p)
			: nkg_buf_append(&s->lbl2, (const char *)p, 1);
		if (r)
			return oom(s);
	}
	rc = set(s, obj, name, s->lbl2.data);
	return rc;
}

static int set_evidence(rs *s, void *obj, const evinfo *ev, int edge)
{
	int rc = 0;
	if (ev->exact && ((rc = set(s, obj, "tooltip", ev->exact)) ||
			  (edge && (rc = set(s, obj, "labeltooltip", ev->exact)))))
		return rc;
	if (ev->url && ((rc = set_url(s, obj, "URL", ev->url)) ||
			(edge && (rc = set_url(s, obj, "labelURL", ev->url)))))
		return rc;
	return 0;
}

static Agnode_t *node(rs *s, Agraph_t *sub, const char *name)
{
	Agnode_t *n = agnode(s->ag, (char *)name, 1);
	if (n && sub && !agsubnode(sub, n, 1))
		n = NULL;
	if (!n)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create node %s", name);
	return n;
}

/* Node for an entity: ellipse for people, box for organizations. */
static Agnode_t *ent_node(rs *s, ent *e, const evinfo *ev)
{
	if (e->n)
		return e->n;
	e->n = node(s, NULL, e->node);
	if (!e->n)
		return NULL;
	if (set(s, e->n, "label", e->name) ||
	    set(s, e->n, "shape", e->person ? "ellipse" : "box") ||
	    (ev && set_evidence(s, e->n, ev, 0)))
		return NULL;
	return e->n;
}

static Agedge_t *edge(rs *s, Agnode_t *t, Agnode_t *h)
{
	Agedge_t *e = agedge(s->ag, t, h, NULL, 1);
	if (!e)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create edge");
	return e;
}

/* Human label of a role: skos:prefLabel@en when the ontology is in the
 * graph, else the key made readable ("interim_ceo" -> "interim CEO"). */
static int put_role(rs *s, nkg_buf *b, const char *key)
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

static int style_event(rs *s, void *obj, const event *e, int edge_obj)
{
	const char *style = e->mod != NKG_MOD_ASSERTED ? "dotted" :
			    e->interim ? "dashed" : NULL;
	const char *col = kind_color[e->kind];
	int rc;

	if ((rc = set(s, obj, "color", col)) ||
	    (edge_obj && (rc = set(s, obj, "fontcolor", col))) ||
	    (style && (rc = set(s, obj, "style", style))))
		return rc;
	return 0;
}

/* The legend: one filled box per event kind the view may show, then the
 * line styles. */
static int legend(rs *s, int chain)
{
	unsigned mask = s->o->events_mask ? s->o->events_mask : ~0u;
	Agraph_t *sub = agsubg(s->ag, "cluster_legend", 1);
	Agnode_t *prev = NULL, *n;
	char name[64];
	int rc;

	if (!sub)
		return nkg_error_set(s->err, NKG_ERENDER, "render: cannot create legend");
	if ((rc = set(s, sub, "label", "Event kinds")))
		return rc;
	for (int k = 0; k < NKG_EV__COUNT + 2; k++) {
		const char *key = k < NKG_EV__COUNT ? nkg_evkind_key(k) :
				  k == NKG_EV__COUNT ? "interim" : "unasserted";
		if (k < NKG_EV__COUNT && !(mask & (1u << k)))
			continue;
		if (k == NKG_EV__COUNT + 1 && !s->o->include_unasserted)
			continue;
		snprintf(name, sizeof name, "legend/%s", key);
		if (!(n = node(s, sub, name)))
			return NKG_ERENDER;
		if (k < NKG_EV__COUNT) {
			if ((rc = set(s, n, "label", key)) ||
			    (rc = set(s, n, "shape", "box")) ||
			    (rc = set(s, n, "style", "filled")) ||
			    (rc = set(s, n, "fillcolor", kind_color[k])) ||
			    (rc = set(s, n, "color", kind_color[k])) ||
			    (rc = set(s, n, "fontcolor", "white")))
				return rc;
		} else if ((rc = set(s, n, "label", k == NKG_EV__COUNT
				     ? "dashed: interim role" : "dotted: not asserted")) ||
			   (rc = set(s, n, "shape", "plaintext"))) {
			return rc;
		}
		/* Invisible edges stack the entries in a top-to-bottom view
		 * (left-to-right views stack them anyway: one rank). */
		if (chain && prev) {
			Agedge_t *e = agedge(sub, prev, n, NULL, 1);
			if (!e)
				return nkg_error_set(s->err, NKG_ERENDER, "render: cannot create legend");
			if ((rc = set(s, e, "style", "invis")))
				return rc;
		}
		prev = n;
	}
	return 0;
}

/* ---- views --------------------------------------------------------------- */

static int cmp_evinfo(const evinfo *a, const evinfo *b)
{
	int c;
	if (!a->pub != !b->pub)
		return a->pub ? -1 : 1;
	if (a->pub && (c = strcmp(a->pub, b->pub)))
		return c;
	if (!a->art != !b->art)
		return a->art ? -1 : 1;
	if (a->art && (c = strcmp(a->art, b->art)))
		return c;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Date order (dated first), then evidence order, then IRI. */
static int cmp_event_time(const event *a, const event *b)
{
	int c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (a->date && (c = strcmp(a->date, b->date)))
		return c;
	if ((c = cmp_evinfo(&a->ev, &b->ev)))
		return c;
	return strcmp(a->iri, b->iri);
}

/* qsort context: comparators below reach the entity table through it. */
static const rs *sort_ctx;

/* By person name, then time: the lanes of the moves view. */
static int cmp_event_lane(const void *x, const void *y)
{
	const event *a = *(event *const *)x, *b = *(event *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	int c = cmp_ent_name(&pa, &pb);
	return c ? c : cmp_event_time(a, b);
}

/* By time, then person name: the timeline. */
static int cmp_event_tl(const void *x, const void *y)
{
	const event *a = *(event *const *)x, *b = *(event *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	int c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (a->date && (c = strcmp(a->date, b->date)))
		return c;
	if ((c = cmp_ent_name(&pa, &pb)))
		return c;
	return cmp_event_time(a, b);
}

static int cmp_member(const void *x, const void *y)
{
	const member *a = *(member *const *)x, *b = *(member *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	const ent *oa = &sort_ctx->ents[a->org], *ob = &sort_ctx->ents[b->org];
	int c;
	if ((c = cmp_ent_name(&pa, &pb)) || (c = cmp_ent_name(&oa, &ob)))
		return c;
	if ((c = strcmp(a->role ? a->role : "", b->role ? b->role : "")))
		return c;
	return strcmp(a->iri, b->iri);
}

/* Kept, not dropped events (with an org when need_org), sorted by cmp. */
static int pick_events(rs *s, int need_org, int (*cmp)(const void *, const void *),
		       event ***out, size_t *n)
{
	*n = 0;
	*out = NULL;
	if (!s->n_evs)
		return 0;
	if (!(*out = malloc(s->n_evs * sizeof **out)))
		return oom(s);
	for (size_t i = 0; i < s->n_evs; i++) {
		event *e = &s->evs[i];
		if (e->keep && !s->ents[e->person].dropped && (!need_org || e->org != NKG_NONE))
			(*out)[(*n)++] = e;
	}
	sort_ctx = s;
	if (*n)
		qsort(*out, *n, sizeof **out, cmp);
	return 0;
}

/* "kind · role · date", plus the modality when it is not asserted. */
static int event_label(rs *s, const event *e, nkg_buf *b)
{
	b->len = 0;
	if (nkg_buf_puts(b, nkg_evkind_key(e->kind)))
		return oom(s);
	if (e->role && (nkg_buf_puts(b, SEP) || put_role(s, b, e->role)))
		return oom(s);
	if (e->date && nkg_buf_printf(b, SEP "%s", e->date))
		return oom(s);
	if (e->mod != NKG_MOD_ASSERTED && nkg_buf_printf(b, " (%s)", nkg_modality_key(e->mod)))
		return oom(s);
	return 0;
}

static int view_moves(rs *s, size_t *drawn)
{
	event **v = NULL;
	size_t n = 0;
	int rc;
	Agnode_t *prev = NULL;
	size_t lane = NKG_NONE;

	if ((rc = pick_events(s, 1, cmp_event_lane, &v, &n)))
		goto done;
	for (size_t i = 0; i < n; i++) {
		event *e = v[i];
		Agnode_t *to;
		Agedge_t *ed;

		if (e->person != lane) {
			lane = e->person;
			if (!(prev = ent_node(s, &s->ents[lane], &e->ev)))
				goto fail;
		}
		if (!(to = ent_node(s, &s->ents[e->org], &e->ev)) ||
		    !(ed = edge(s, prev, to)))
			goto fail;
		if ((rc = event_label(s, e, &s->lbl)) ||
		    (rc = set(s, ed, "label", s->lbl.data)) ||
		    (rc = style_event(s, ed, e, 1)) ||
		    (rc = set_evidence(s, ed, &e->ev, 1)))
			goto done;
		prev = to;
	}
	*drawn = n;
	rc = legend(s, 0);
	goto done;
fail:
	rc = s->err && s->err->code ? s->err->code : NKG_ERENDER;
done:
	free(v);
	return rc;
}

static int view_timeline(rs *s, size_t *drawn)
{
	event **v = NULL;
	size_t n = 0;
	int rc = 0;
	Agraph_t *axis;
	Agnode_t *dn = NULL, *prev = NULL, *last = NULL;
	const char *cur = NULL;
	int have_cur = 0;

	if ((rc = pick_events(s, 0, cmp_event_tl, &v, &n)))
		goto done;
	/* Anonymous: cgraph orders subgraphs by ID, and the ID of a named
	 * one is its string's address, which would make the DOT output
	 * depend on the heap.  Anonymous IDs come from a counter. */
	if (!(axis = agsubg(s->ag, NULL, 1)) || (rc = set(s, axis, "rank", "same"))) {
		rc = nkg_error_set(s->err, NKG_ERENDER, "render: cannot create the time axis");
		goto done;
	}
	for (size_t i = 0; i < n; i++) {
		event *e = v[i];
		Agnode_t *en;
		Agedge_t *ed;
		const char *iri_part = strip_ns(e->iri, NKG_NS_ID);

		/* Events arrive in date order: a new date extends the axis. */
		if (!have_cur || (cur == NULL) != (e->date == NULL) ||
		    (cur && strcmp(cur, e->date))) {
			char name[96];
			cur = e->date;
			have_cur = 1;
			snprintf(name, sizeof name, "date/%s", cur ? cur : "undated");
			if (!(dn = node(s, axis, name)))
				goto fail;
			if ((rc = set(s, dn, "label", cur ? cur : "undated")) ||
			    (rc = set(s, dn, "shape", "box")) ||
			    (rc = set(s, dn, "style", "filled")) ||
			    (rc = set(s, dn, "fillcolor", "#eeeeee")))
				goto done;
			if (prev) {
				if (!(ed = edge(s, prev, dn)))
					goto fail;
				if ((rc = set(s, ed, "penwidth", "2")) ||
				    (rc = set(s, ed, "weight", "100")))
					goto done;
			}
			prev = last = dn;
		}
		if (!(en = node(s, NULL, iri_part)))
			goto fail;
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "%s: %s", s->ents[e->person].name,
				   nkg_evkind_key(e->kind)) ||
		    (e->org != NKG_NONE &&
		     nkg_buf_printf(&s->lbl, " %s", s->ents[e->org].name)) ||
		    (e->role && (nkg_buf_puts(&s->lbl, " (") ||
				 put_role(s, &s->lbl, e->role) || nkg_buf_puts(&s->lbl, ")"))) ||
		    (e->mod != NKG_MOD_ASSERTED &&
		     nkg_buf_printf(&s->lbl, " [%s]", nkg_modality_key(e->mod)))) {
			rc = oom(s);
			goto done;
		}
		if ((rc = set(s, en, "label", s->lbl.data)) ||
		    (rc = set(s, en, "shape", "box")) ||
		    (rc = style_event(s, en, e, 0)) ||
		    (rc = set_evidence(s, en, &e->ev, 0)))
			goto done;
		/* The events of one date hang below it in a column. */
		if (!(ed = edge(s, last, en)))
			goto fail;
		if ((rc = set(s, ed, "color", "grey55")) ||
		    (rc = set(s, ed, "arrowhead", "none")))
			goto done;
		last = en;
	}
	*drawn = n;
	rc = legend(s, 1);
	goto done;
fail:
	rc = s->err && s->err->code ? s->err->code : NKG_ERENDER;
done:
	free(v);
	return rc;
}

static int view_network(rs *s, size_t *drawn)
{
	member **v = NULL;
	size_t n = 0;
	int rc = 0;

	if (s->n_mems && !(v = malloc(s->n_mems * sizeof *v)))
		return oom(s);
	for (size_t i = 0; i < s->n_mems; i++) {
		member *m = &s->mems[i];
		if (m->keep && m->org != NKG_NONE && !s->ents[m->person].dropped)
			v[n++] = m;
	}
	sort_ctx = s;
	if (n)
		qsort(v, n, sizeof *v, cmp_member);
	for (size_t i = 0; i < n; i++) {
		member *m = v[i];
		Agnode_t *p, *o;
		Agedge_t *ed;
		const char *col = m->former ? "grey55" : "black";

		if (!(p = ent_node(s, &s->ents[m->person], &m->ev)) ||
		    !(o = ent_node(s, &s->ents[m->org], &m->ev)) ||
		    !(ed = edge(s, p, o))) {
			rc = s->err && s->err->code ? s->err->code : NKG_ERENDER;
			goto done;
		}
		s->lbl.len = 0;
		if (m->title ? nkg_buf_puts(&s->lbl, m->title)
			     : m->role ? put_role(s, &s->lbl, m->role)
				       : nkg_buf_puts(&s->lbl, "member")) {
			rc = oom(s);
			goto done;
		}
		if ((rc = set(s, ed, "label", s->lbl.data)) ||
		    (rc = set(s, ed, "color", col)) ||
		    (rc = set(s, ed, "fontcolor", col)) ||
		    (m->interim && (rc = set(s, ed, "style", "dashed"))) ||
		    (rc = set_evidence(s, ed, &m->ev, 1)))
			goto done;
	}
	*drawn = n;
done:
	free(v);
	return rc;
}

/* ---- Graphviz errors ----------------------------------------------------- */

/* Graphviz reports through agerr(); with a user function installed it
 * calls it with the "Error: "/"Warning: " prefix and the message as
 * separate pieces.  They are collected here and copied into the failing
 * call's nkg_error. */
static char gv_msg[NKG_ERRMSG_MAX];

static int gv_errf(char *msg)
{
	size_t n = strlen(gv_msg);
	/* The level prefix alone: the failing call says it is an error. */
	if (strcmp(msg, "Error: ") == 0 || strcmp(msg, "Warning: ") == 0)
		return 0;
	if (n + 1 < sizeof gv_msg)
		snprintf(gv_msg + n, sizeof gv_msg - n, "%s", msg);
	return 0;
}

/* The collected messages on one line. */
static const char *gv_text(void)
{
	size_t n = strlen(gv_msg);
	for (char *p = gv_msg; *p; p++)
		if (*p == '\n')
			*p = ' ';
	while (n > 0 && gv_msg[n - 1] == ' ')
		gv_msg[--n] = '\0';
	return gv_msg[0] ? gv_msg : "no message";
}

static const char *plugin_for(const char *format)
{
	if (strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0)
		return "the cairo renderer plugin (libgvplugin_pango.so.6, from Debian's libgvc6)";
	return "the core renderer plugin (libgvplugin_core.so.6, from Debian's libgvc6)";
}

/* ---- entry point --------------------------------------------------------- */

/* One Graphviz context for the whole process, made on first use and never
 * freed (it stays reachable, so LeakSanitizer does not count it).  Debian's
 * Graphviz 2.42 pango plugin keeps a static pointer to the last font name,
 * and that string belongs to the context's font dictionary: after
 * gvFreeContext the next layout in a new context reads freed memory.  A
 * context is meant to serve many graphs, so reusing it is safe. */
static GVC_t *gv_ctx;

int nkg_render(nkg_graph *g, const nkg_render_opts *opts,
	       nkg_render_note_fn note, void *note_ctx,
	       char **out, size_t *out_len, nkg_error *err)
{
	static const char *const formats[] = { "dot", "svg", "png", "pdf", NULL };
	rs st = {0}, *s = &st;
	GVC_t *gvc = NULL;          /* borrowed: the process-wide gv_ctx */
	char *data = NULL;          /* owned by Graphviz: gvFreeRenderData */
	unsigned int len = 0;
	agusererrf old_errf = NULL;
	int rc = 0, laid_out = 0, errf_set = 0, known = 0;
	size_t drawn = 0;
	const char *format, *view;

	*out = NULL;
	*out_len = 0;
	if (!g || !opts)
		return nkg_error_set(err, NKG_EUSAGE, "render: no graph or options");
	format = opts->format ? opts->format : "dot";
	for (size_t i = 0; formats[i]; i++)
		known |= strcmp(format, formats[i]) == 0;
	if (!known)
		return nkg_error_set(err, NKG_EUSAGE,
				     "render: unknown format '%s' (dot, svg, png, pdf)", format);
	if (opts->view != NKG_VIEW_MOVES && opts->view != NKG_VIEW_TIMELINE &&
	    opts->view != NKG_VIEW_NETWORK)
		return nkg_error_set(err, NKG_EUSAGE, "render: unknown view %d", (int)opts->view);
	if ((opts->from && !date_ok(opts->from)) || (opts->to && !date_ok(opts->to)))
		return nkg_error_set(err, NKG_EUSAGE,
				     "render: '%s' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
				     opts->from && !date_ok(opts->from) ? opts->from : opts->to);
	view = opts->view == NKG_VIEW_TIMELINE ? "timeline" :
	       opts->view == NKG_VIEW_NETWORK ? "network" : "moves";

	s->g = g;
	s->o = opts;
	s->err = err;
	s->svg = strcmp(format, "svg") == 0;
	if ((rc = load(s)) || (rc = filter(s, note, note_ctx)))
		goto done;

	/* From here on Graphviz reports through gv_errf, never on stderr. */
	gv_msg[0] = '\0';
	old_errf = agseterrf(gv_errf);
	errf_set = 1;
	agreseterrors();
	/* gvContext reads the plugin list (config6a) and loads plugins on
	 * demand; it also sets the prototype node label to \N for agopen. */
	if (!gv_ctx)
		gv_ctx = gvContext();
	if (!(gvc = gv_ctx)) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot create a Graphviz context: %s",
				   gv_text());
		goto done;
	}
	if (!(s->ag = agopen((char *)view, Agdirected, NULL))) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot create a graph: %s", gv_text());
		goto done;
	}
	if (!agattr(s->ag, AGRAPH, "fontname", FONT) ||
	    !agattr(s->ag, AGNODE, "fontname", FONT) ||
	    !agattr(s->ag, AGEDGE, "fontname", FONT) ||
	    !agattr(s->ag, AGEDGE, "fontsize", "10") ||
	    (opts->view != NKG_VIEW_TIMELINE && !agattr(s->ag, AGRAPH, "rankdir", "LR"))) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot set graph attributes");
		goto done;
	}
	rc = opts->view == NKG_VIEW_TIMELINE ? view_timeline(s, &drawn) :
	     opts->view == NKG_VIEW_NETWORK ? view_network(s, &drawn) :
	     view_moves(s, &drawn);
	if (rc)
		goto done;
	if (drawn == 0 && note)
		note(note_ctx, "nothing to draw: no event or role matches the filters");

	if (gvLayout(gvc, s->ag, "dot") != 0 || agerrors() > AGWARN) {
		rc = nkg_error_set(err, NKG_ERENDER,
				   "render: Graphviz dot layout failed (is the dot_layout "
				   "plugin libgvplugin_dot_layout.so.6 installed?): %s", gv_text());
		goto done;
	}
	laid_out = 1;
	if (gvRenderData(gvc, s->ag, format, &data, &len) != 0 || agerrors() > AGWARN) {
		if (strstr(gv_msg, "unavailable") || strstr(gv_msg, "not recognized"))
			rc = nkg_error_set(err, NKG_ERENDER,
					   "render: Graphviz cannot write %s: %s is missing "
					   "(graphviz said: %s)", format, plugin_for(format), gv_text());
		else
			rc = nkg_error_set(err, NKG_ERENDER, "render: Graphviz failed writing %s: %s",
					   format, gv_text());
		goto done;
	}
	/* Copy into malloc'd memory: gvRenderData's buffer must go back
	 * through gvFreeRenderData, ours through free(). */
	if (!(*out = malloc((size_t)len + 1))) {
		rc = oom(s);
		goto done;
	}
	memcpy(*out, data, len);
	(*out)[len] = '\0';
	*out_len = len;
done:
	if (data)
		gvFreeRenderData(data);
	if (laid_out)
		gvFreeLayout(gvc, s->ag);
	if (s->ag)
		agclose(s->ag);
	if (errf_set)
		agseterrf(old_errf);
	for (size_t i = 0; i < s->n_ents; i++) {
		free(s->ents[i].node);
		free(s->ents[i].key);
	}
	free(s->ents);
	free(s->evs);
	free(s->mems);
	for (size_t i = 0; s->pf && s->pf[i]; i++)
		free(s->pf[i]);
	for (size_t i = 0; s->of && s->of[i]; i++)
		free(s->of[i]);
	free(s->pf);
	free(s->of);
	nkg_buf_free(&s->lbl);
	nkg_buf_free(&s->esc);
	nkg_buf_free(&s->lbl2);
	free(s->names.a);
	free(s->rlab.a);
	for (size_t i = 0; i < P__COUNT; i++) {
		free(s->p[i].a);
		nkg_table_free(s->t_p[i]);
	}
	nkg_table_free(s->t_ev);
	nkg_table_free(s->t_mem);
	nkg_table_free(s->t_names);
	nkg_table_free(s->t_rlab);
	return rc;
}

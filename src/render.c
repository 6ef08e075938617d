/* newskg — "who moved where" diagrams (see render.h).
 *
 * Pipeline: a few SPARQL SELECTs (nkg_graph_select) -> a small in-memory
 * model (events, memberships, entities) whose strings are borrowed from the
 * result tables, which live as long as the model -> filters -> the tellings
 * of each move merged into one -> a cgraph graph built in a fixed, sorted
 * order -> gvLayout("dot") -> gvRenderData.  nkg_render_summary hands the
 * same merged model out as plain records (for the HTML report).
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
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "dates.h"

#include "vocab.h"

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

/* Optional properties: SELECT ?s ?v WHERE { ?s a CLASS . ?s PATH ?v }. */
enum {
	P_EV_ORG, P_EV_ROLE, P_EV_DATE, P_EV_MOD, P_EV_EVID,
	P_M_ORG, P_M_ROLE, P_M_TITLE, P_M_FORMER, P_M_INTERIM, P_M_START,
	P_M_END, P_M_EVID,
	P_EVD_ART, P_EVD_EXACT, P_EVD_START,
	P_ART_URL, P_ART_PUB, P_ART_ID, P_ART_HEAD, P_ART_LANG,
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
	{ "schema:NewsArticle", "schema:identifier" },
	{ "schema:NewsArticle", "schema:headline" },
	{ "schema:NewsArticle", "schema:inLanguage" },
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

const char *nkg_render_kind_color(int kind)
{
	return kind >= 0 && kind < NKG_EV__COUNT ? kind_color[kind] : "#000000";
}

/* Order of kinds on one day: a founding comes first, then
 * joined < appointed < dismissed < left < returned (enum order). */
static int kind_rank(int kind)
{
	return kind == NKG_EV_FOUNDED ? -1 : kind;
}

#define FONT "DejaVu Sans"
#define SEP " \xC2\xB7 " /* " · " */
#define GREY "grey55"
#define GREY_TEXT "grey35"
#define LANE_FILL "#f6f6f6"
#define LANE_LINE "#d9d9d9"
#define PERSON_FILL "#fff4d6"

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
	size_t n_ev, n_mem; /* kept moves / memberships (persons) */
	size_t n_view;      /* items this person has in the chosen view */
	int dropped;        /* removed by max_people */
	size_t lane;        /* rank of the person's lane (see rank_lanes) */
	const char *first;  /* time key of the person's earliest move */
} ent;

typedef struct evinfo {
	const char *exact, *url, *art, *pub; /* borrowed, may be NULL */
	long start;
} evinfo;

/* One statement of a career event, as one article tells it. */
typedef struct event {
	const char *iri, *role, *date; /* borrowed; role is the key, may be NULL */
	int kind, mod;
	size_t person, org;            /* index into ents, org may be NKG_NONE */
	int interim, keep;
	evinfo ev;
} event;

/* A move: the tellings of one (person, kind, org), merged. */
typedef struct move {
	size_t person, org;     /* org may be NKG_NONE */
	int kind, mod, interim, keep;
	const char *role;       /* key, borrowed, or NULL */
	const char *date;       /* chosen date, borrowed, or NULL */
	const char *reported;   /* earliest publication date, borrowed, or NULL */
	const event *rep;       /* the telling whose evidence is shown */
	event **tell;           /* n_tell tellings, a slice of rs.tell */
	size_t n_tell;
} move;

typedef struct member {
	const char *iri, *role, *title, *start, *end;
	size_t person, org;
	int former, interim, keep;
	evinfo ev;
} member;

typedef struct rs {
	nkg_graph *g;
	const nkg_render_opts *o; /* borrowed, only while preparing */
	nkg_error *err;
	nkg_table *t_ev, *t_mem, *t_names, *t_rlab, *t_art, *t_p[P__COUNT]; /* owned */
	pairs names, rlab, arts, p[P__COUNT]; /* arrays owned, strings in the tables */
	ent *ents;
	size_t n_ents, cap_ents;
	event *evs;
	size_t n_evs;
	event **tell;     /* owned array; the events point into evs */
	size_t n_tell;
	move *mv;
	size_t n_mv;
	member *mems;
	size_t n_mems;
	char **pf, **of; /* folded filter terms, owned */
	size_t n_pf, n_of;
	char **pool;     /* owned strings handed out by keep_str */
	size_t n_pool, cap_pool;
	nkg_buf lbl, lbl2, esc; /* scratch */
	int svg;                /* output is SVG: see set() */
	Agraph_t *ag;     /* owned until agclose */
} rs;

static int oom(rs *s)
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
			cmp_str_null(m->role, role);
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
		return oom(s);
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

		if (subject_rows(t, &rows, &n))
			return oom(s);
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

		if (subject_rows(t, &rows, &n))
			return oom(s);
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

/* ---- merging the tellings of a move ---------------------------------------- */

static int cmp_evinfo(const evinfo *a, const evinfo *b)
{
	int c;
	if ((c = cmp_str_null(a->pub, b->pub)))
		return c;
	if ((c = cmp_str_null(a->art, b->art)))
		return c;
	return a->start < b->start ? -1 : a->start > b->start;
}

/* Date order (dated first), then evidence order, then IRI. */
static int cmp_event_time(const event *a, const event *b)
{
	int c;
	if ((c = cmp_str_null(a->date, b->date)))
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
		return oom(s);
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
				    (!m->date || cmp_str_null(t[k]->date, m->date) == 0)) {
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
static const char *move_key(const move *m)
{
	return m->date ? m->date : m->reported;
}

/* qsort context: comparators below reach the entity table through it. */
static const rs *sort_ctx;

/* By time, then kind (founded, joined < appointed < dismissed < left <
 * returned), dated before undated, then organisation and evidence. */
static int cmp_move_time(const move *a, const move *b)
{
	int c;
	if ((c = cmp_str_null(move_key(a), move_key(b))))
		return c;
	if ((c = kind_rank(a->kind) - kind_rank(b->kind)))
		return c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (a->org != b->org) {
		if (a->org == NKG_NONE || b->org == NKG_NONE)
			return a->org == NKG_NONE ? 1 : -1;
		{
			const ent *oa = &sort_ctx->ents[a->org], *ob = &sort_ctx->ents[b->org];
			if ((c = cmp_ent_name(&oa, &ob)))
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
	int c = cmp_str_null(a->first, b->first);
	return c ? c : cmp_ent_name(x, y);
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
	sort_ctx = s;
	for (size_t i = 0; i < s->n_mv; i++) {
		const move *m = &s->mv[i];
		ent *p = &s->ents[m->person];
		if (!move_drawn(s, m, need_org))
			continue;
		if (p->lane == NKG_NONE) {
			p->lane = 0;
			p->first = move_key(m);
		} else if (cmp_str_null(move_key(m), p->first) < 0) {
			p->first = move_key(m);
		}
	}
	if (s->n_ents && !(v = malloc(s->n_ents * sizeof *v)))
		return oom(s);
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
static int cmp_move_lane(const void *x, const void *y)
{
	const move *a = *(move *const *)x, *b = *(move *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	if (pa->lane != pb->lane)
		return pa->lane < pb->lane ? -1 : 1;
	return cmp_move_time(a, b);
}

/* Timeline columns: by time key, dated before undated; in a column by
 * lane (person), then kind. */
static int cmp_move_column(const void *x, const void *y)
{
	const move *a = *(move *const *)x, *b = *(move *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	int c;
	if ((c = cmp_str_null(move_key(a), move_key(b))))
		return c;
	if (!a->date != !b->date)
		return a->date ? -1 : 1;
	if (pa->lane != pb->lane)
		return pa->lane < pb->lane ? -1 : 1;
	return cmp_move_time(a, b);
}

/* Drawn moves (see move_drawn), sorted by cmp after rank_lanes. */
static int pick_moves(rs *s, int need_org, int (*cmp)(const void *, const void *),
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
		return oom(s);
	for (size_t i = 0; i < s->n_mv; i++)
		if (move_drawn(s, &s->mv[i], need_org))
			(*out)[(*n)++] = &s->mv[i];
	sort_ctx = s;
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

/* Loads, filters and merges: everything before drawing. */
static int prepare(rs *s, nkg_graph *g, const nkg_render_opts *opts,
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

static void rs_free(rs *s)
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

/* ---- deterministic object IDs -------------------------------------------- */

/* cgraph's default ID discipline makes a named object's ID the address of
 * its interned name, and keeps subgraphs ordered by ID: the order of the
 * lanes (clusters, which must be named) in the DOT output and in the
 * layout would depend on the heap.  This discipline numbers names in the
 * order they are first seen (even IDs) and anonymous objects from a
 * counter (odd IDs), per graph. */
typedef struct idstate {
	Agraph_t *g;   /* the root graph, whose string pool holds the names */
	char **names;  /* names[i] has ID 2 * (i + 1); cgraph refstrs (agstrdup),
			* since cgraph reads the refstr header of a name
			* (aghtmlstr); released in id_close */
	size_t n, cap;
	size_t *slot;  /* open addressing: index + 1, 0 empty; nslot a power of 2 */
	size_t nslot;
	IDTYPE anon;   /* next anonymous ID */
} idstate;

static size_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (size_t)h;
}

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
	idstate *st = calloc(1, sizeof *st);
	if (st) {
		st->g = g;
		st->anon = 1;
	}
	return st; /* NULL: every map fails, so agopen/agnode fail cleanly */
}

/* Slot of name, or of the empty slot where it would go. */
static size_t id_slot(const idstate *st, const char *str)
{
	size_t i = id_hash(str) & (st->nslot - 1);
	while (st->slot[i] && strcmp(st->names[st->slot[i] - 1], str) != 0)
		i = (i + 1) & (st->nslot - 1);
	return i;
}

static int id_rehash(idstate *st)
{
	size_t n = st->nslot ? st->nslot * 2 : 64;
	size_t *old = st->slot, on = st->nslot;

	if (!(st->slot = calloc(n, sizeof *st->slot))) {
		st->slot = old;
		return -1;
	}
	st->nslot = n;
	for (size_t i = 0; i < on; i++)
		if (old[i])
			st->slot[id_slot(st, st->names[old[i] - 1])] = old[i];
	free(old);
	return 0;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	idstate *st = state;
	size_t i;
	void *arr;

	if (!st)
		return 0;
	if (!str) {
		*id = st->anon;
		st->anon += 2;
		return 1;
	}
	if (st->nslot) {
		i = id_slot(st, str);
		if (st->slot[i]) {
			*id = (IDTYPE)st->slot[i] * 2;
			return 1;
		}
	}
	if (!createflag)
		return 0;
	if ((st->n + 1) * 2 > st->nslot && id_rehash(st))
		return 0;
	arr = st->names;
	if (nkg_grow(&arr, &st->cap, st->n + 1, sizeof *st->names))
		return 0;
	st->names = arr;
	if (!(st->names[st->n] = agstrdup(st->g, str)))
		return 0;
	st->n++;
	st->slot[id_slot(st, str)] = st->n;
	*id = (IDTYPE)st->n * 2;
	return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id)
{
	return 0; /* no caller-chosen IDs */
}

static void id_free(void *state, int objtype, IDTYPE id)
{
	/* Names stay until the graph closes: another object may share one. */
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
	const idstate *st = state;
	if (!st || id % 2 || id == 0 || id / 2 > st->n)
		return NULL;
	return st->names[id / 2 - 1];
}

static void id_close(void *state)
{
	idstate *st = state;
	if (!st)
		return;
	/* agclose calls this before it drops the string pool. */
	for (size_t i = 0; i < st->n; i++)
		agstrfree(st->g, st->names[i]);
	free(st->names);
	free(st->slot);
	free(st);
}

static void id_register(void *state, int objtype, void *obj)
{
}

static Agiddisc_t id_disc = {
	id_open, id_map, id_alloc, id_free, id_print, id_close, id_register
};

/* ---- cgraph helpers ------------------------------------------------------ */

/* Sets an attribute; agsafeset copies the value (cgraph's refcounted string
 * pool), so the scratch buffer can be reused at once.  Labels, tooltips and
 * URLs are escStrings for Graphviz: a backslash starts an escape (\N, \n),
 * so literal ones are doubled (a real newline character breaks a line).
 * For SVG every '&' is written as "&amp;": Graphviz 2.42 leaves '&' alone
 * in xlink:href, and anywhere else when it looks like the start of an
 * entity ("R&D;"), which is not well-formed XML; an entity it passes
 * through untouched. */
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

/* Several attributes, NULL-terminated name/value list. */
static int set_all(rs *s, void *obj, ...)
{
	va_list ap;
	const char *k, *v;
	int rc = 0;

	va_start(ap, obj);
	while (!rc && (k = va_arg(ap, const char *))) {
		v = va_arg(ap, const char *);
		rc = set(s, obj, k, v);
	}
	va_end(ap);
	return rc;
}

/* An HTML-like label (fixed markup built here, no data in it). */
static int set_html(rs *s, void *obj, const char *html)
{
	char *h = agstrdup_html(s->ag, (char *)html);
	int rc = h && agsafeset(obj, "label", h, "") == 0 ? 0 :
		 nkg_error_set(s->err, NKG_ERENDER, "render: cannot set an HTML label");
	if (h)
		agstrfree(s->ag, h);
	return rc;
}

/* Links only to web pages: a javascript: or data: URL from an article's
 * metadata must not become a live link in the SVG or the report. */
static int url_ok(const char *url)
{
	return strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0;
}

/* A URL attribute: characters a URL cannot hold (spaces, quotes, angle
 * brackets, controls) percent-encoded, so they cannot break the SVG
 * attribute either. */
static int set_url(rs *s, void *obj, const char *name, const char *url)
{
	if (!url_ok(url))
		return 0;
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
	return set(s, obj, name, s->lbl2.data);
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
	Agnode_t *n = agnode(sub ? sub : s->ag, (char *)name, 1);
	if (!n)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create node %s", name);
	return n;
}

static Agraph_t *subgraph(rs *s, const char *name)
{
	Agraph_t *g = agsubg(s->ag, (char *)name, 1);
	if (!g)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create subgraph %s", name);
	return g;
}

static Agedge_t *edge(rs *s, Agraph_t *sub, Agnode_t *t, Agnode_t *h)
{
	Agedge_t *e = agedge(sub ? sub : s->ag, t, h, NULL, 1);
	if (!e)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create edge");
	return e;
}

/* The error code after a helper above returned NULL. */
static int failed(const rs *s)
{
	return s->err && s->err->code ? s->err->code : NKG_ERENDER;
}

/* Node for an entity: ellipse for people, box for organizations. */
static Agnode_t *ent_node(rs *s, Agraph_t *sub, const ent *e)
{
	Agnode_t *n = node(s, sub, e->node);
	if (!n)
		return NULL;
	if (set(s, n, "label", e->name) ||
	    (e->person && set_all(s, n, "shape", "ellipse", "style", "filled",
				  "fillcolor", PERSON_FILL, NULL)))
		return NULL;
	return n;
}

/* "dismissed · CEO · 2023-11-17" (the date when with_date), plus the
 * modality when not asserted; appended to b. */
static int move_label(rs *s, const move *m, nkg_buf *b, int with_date)
{
	if (nkg_buf_puts(b, nkg_evkind_key(m->kind)))
		return oom(s);
	if (m->role && (nkg_buf_puts(b, SEP) || put_role(s, b, m->role)))
		return oom(s);
	if (with_date && m->date && nkg_buf_printf(b, SEP "%s", m->date))
		return oom(s);
	if (m->mod != NKG_MOD_ASSERTED && nkg_buf_printf(b, " (%s)", nkg_modality_key(m->mod)))
		return oom(s);
	return 0;
}

static const char *move_style(const move *m, const char *base)
{
	if (m->mod != NKG_MOD_ASSERTED)
		return base ? "rounded,dotted" : "dotted";
	if (m->interim)
		return base ? "rounded,dashed" : "dashed";
	return base;
}

/* "move/PERSON/KIND/ORG": a move is unique by these three. */
static int move_name(rs *s, const move *m, nkg_buf *b)
{
	b->len = 0;
	if (nkg_buf_printf(b, "move/%s/%s/%s", s->ents[m->person].node,
			   nkg_evkind_key(m->kind),
			   m->org != NKG_NONE ? s->ents[m->org].node : "none"))
		return oom(s);
	return 0;
}

/* The legend: one HTML-like table node, a colour cell per event kind in
 * kinds_seen, then the line styles.  Fixed markup: no data goes in. */
static int legend(rs *s, unsigned kinds_seen, int lines, int former, int network)
{
	nkg_buf b = {0};
	Agnode_t *n;
	int rc = 0;

	if (nkg_buf_puts(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
			 "CELLPADDING=\"3\"><TR>"))
		goto nomem;
	for (int k = 0; k < NKG_EV__COUNT && !network; k++)
		if ((kinds_seen & (1u << k)) &&
		    nkg_buf_printf(&b, "<TD BGCOLOR=\"%s\"><FONT COLOR=\"white\" "
				   "POINT-SIZE=\"10\">%s</FONT></TD>", kind_color[k],
				   nkg_evkind_key(k)))
			goto nomem;
	if (network &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">\xE2\x80\x94 current role</FONT></TD>"
			 "<TD><FONT POINT-SIZE=\"10\" COLOR=\"" GREY "\">\xE2\x80\x94 former role</FONT></TD>"))
		goto nomem;
	if ((lines & 1) &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">- - - interim role</FONT></TD>"))
		goto nomem;
	if ((lines & 2) &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">\xC2\xB7\xC2\xB7\xC2\xB7 not asserted "
			 "(threat, rumour, plan...)</FONT></TD>"))
		goto nomem;
	if (former &&
	    nkg_buf_puts(&b, "<TD BORDER=\"1\" COLOR=\"" GREY "\" STYLE=\"rounded\"><FONT "
			 "POINT-SIZE=\"10\" COLOR=\"" GREY_TEXT "\">former role</FONT></TD>"))
		goto nomem;
	if (nkg_buf_puts(&b, "</TR></TABLE>"))
		goto nomem;
	/* A name no entity can have: slugs hold no ':' and other IRIs start
	 * with their scheme. */
	if (!(n = node(s, NULL, "newskg:legend"))) {
		rc = failed(s);
		goto done;
	}
	if ((rc = set_all(s, n, "shape", "plaintext", "margin", "0", "style", "", NULL)) ||
	    (rc = set_html(s, n, b.data)))
		goto done;
	goto done;
nomem:
	rc = oom(s);
done:
	nkg_buf_free(&b);
	return rc;
}

/* ---- views --------------------------------------------------------------- */

/* Memberships by person name, organisation name, current before former,
 * role key, IRI. */
static int cmp_member(const void *x, const void *y)
{
	const member *a = *(member *const *)x, *b = *(member *const *)y;
	const ent *pa = &sort_ctx->ents[a->person], *pb = &sort_ctx->ents[b->person];
	int c;
	if ((c = cmp_ent_name(&pa, &pb)))
		return c;
	if (a->org != b->org) {
		const ent *oa, *ob;
		if (a->org == NKG_NONE || b->org == NKG_NONE)
			return a->org == NKG_NONE ? 1 : -1;
		oa = &sort_ctx->ents[a->org];
		ob = &sort_ctx->ents[b->org];
		if ((c = cmp_ent_name(&oa, &ob)))
			return c;
	}
	if ((c = a->former - b->former))
		return c;
	if ((c = strcmp(a->role ? a->role : "", b->role ? b->role : "")))
		return c;
	return strcmp(a->iri, b->iri);
}

/* Kept memberships of people not dropped, with an org, sorted by
 * cmp_member (person, org, former, role). */
static int pick_members(rs *s, member ***out, size_t *n)
{
	*n = 0;
	*out = NULL;
	if (!s->n_mems)
		return 0;
	if (!(*out = malloc(s->n_mems * sizeof **out)))
		return oom(s);
	for (size_t i = 0; i < s->n_mems; i++) {
		member *m = &s->mems[i];
		if (m->keep && m->org != NKG_NONE && !s->ents[m->person].dropped)
			(*out)[(*n)++] = m;
	}
	sort_ctx = s;
	if (*n)
		qsort(*out, *n, sizeof **out, cmp_member);
	return 0;
}

/* Appends the role labels of mem[i..j) to b, ", "-separated, each once;
 * a role whose interim form is also in the range is left out. */
static int roles_text(rs *s, member *const *mem, size_t i, size_t j, nkg_buf *b)
{
	size_t n = 0;
	for (size_t k = i; k < j; k++) {
		const char *r = mem[k]->role;
		int dup = 0;
		for (size_t l = i; l < k && !dup; l++)
			dup = cmp_str_null(mem[l]->role, r) == 0;
		for (size_t l = i; l < j && !dup && r; l++)
			dup = mem[l]->role && strncmp(mem[l]->role, "interim_", 8) == 0 &&
			      strcmp(mem[l]->role + 8, r) == 0;
		if (dup)
			continue;
		if ((n++ && nkg_buf_puts(b, ", ")) ||
		    (r ? put_role(s, b, r) : nkg_buf_puts(b, "member")))
			return oom(s);
	}
	return 0;
}

/* The grey boxes of a lane: one per organisation where the person held a
 * former role and that no drawn move involves, "Twitch\n(CEO, former)"
 * (current roles there first: "(founder; CEO, former)").  Returns the
 * last node of the chain through *prev.  With no lane, only says whether
 * there is one (*any). */
static int former_boxes(rs *s, Agraph_t *lane, const ent *p, size_t pi,
			member *const *mem, size_t n_mem, move *const *mv, size_t n_mv,
			Agnode_t **prev, int *any)
{
	size_t i = 0, j, f;
	int rc;

	while (i < n_mem && mem[i]->person != pi)
		i++;
	for (; i < n_mem && mem[i]->person == pi; i = j) {
		size_t org = mem[i]->org, k;
		int in_moves = 0;
		Agnode_t *n;
		Agedge_t *e;

		/* cmp_member: current roles [i, f), then former ones [f, j). */
		for (j = i; j < n_mem && mem[j]->person == pi && mem[j]->org == org; j++)
			;
		for (f = i; f < j && !mem[f]->former; f++)
			;
		for (k = 0; k < n_mv && !in_moves; k++)
			in_moves = mv[k]->org == org;
		if (f == j || in_moves)
			continue;
		*any = 1;
		if (!lane)
			return 0;
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "former/%s/%s", p->node, s->ents[org].node))
			return oom(s);
		if (!(n = node(s, lane, s->lbl.data)))
			return failed(s);
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "%s\n(", s->ents[org].name) ||
		    (rc = roles_text(s, mem, i, f, &s->lbl)) ||
		    (f > i && nkg_buf_puts(&s->lbl, "; ")) ||
		    (rc = roles_text(s, mem, f, j, &s->lbl)) ||
		    nkg_buf_puts(&s->lbl, ", former)"))
			return oom(s);
		if ((rc = set_all(s, n, "label", s->lbl.data, "color", GREY,
				  "fontcolor", GREY_TEXT, NULL)) ||
		    (rc = set_evidence(s, n, &mem[f]->ev, 0)))
			return rc;
		if (!(e = edge(s, lane, *prev, n)))
			return failed(s);
		if ((rc = set_all(s, e, "color", GREY, "arrowhead", "none", NULL)))
			return rc;
		*prev = n;
	}
	return 0;
}

/* One lane (cluster) per person, top to bottom in lane order: the
 * person, grey boxes for former roles elsewhere, then one box per move. */
static int view_moves(rs *s, size_t *drawn)
{
	move **v = NULL;
	member **mem = NULL;
	size_t n = 0, n_mem = 0, i, j;
	unsigned seen = 0;
	int rc, lines = s->o->include_unasserted ? 2 : 0, former = 0;

	if ((rc = pick_moves(s, 1, cmp_move_lane, &v, &n)) ||
	    (rc = pick_members(s, &mem, &n_mem)))
		goto done;
	for (i = 0; i < n; i++) {
		seen |= 1u << v[i]->kind;
		lines |= (v[i]->interim && v[i]->mod == NKG_MOD_ASSERTED) |
			 (v[i]->mod != NKG_MOD_ASSERTED) << 1;
	}
	for (j = n; j > 0 && !former; j = i) {
		for (i = j; i > 0 && v[i - 1]->person == v[j - 1]->person; i--)
			;
		if ((rc = former_boxes(s, NULL, NULL, v[i]->person, mem, n_mem, v + i, j - i,
				       NULL, &former)))
			goto done;
	}
	/* The legend first, the lanes last to first: dot stacks the
	 * unconnected parts of a left-to-right layout bottom-up in the
	 * order they were made. */
	if (n && (rc = legend(s, seen, lines, former, 0)))
		goto done;
	for (j = n; j > 0; j = i) {
		size_t pi = v[j - 1]->person;
		ent *p = &s->ents[pi];
		Agraph_t *lane;
		Agnode_t *prev;
		int any = 0;

		for (i = j; i > 0 && v[i - 1]->person == pi; i--)
			;
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "cluster_lane/%s", p->node)) {
			rc = oom(s);
			goto done;
		}
		if (!(lane = subgraph(s, s->lbl.data)) || !(prev = ent_node(s, lane, p))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set_all(s, lane, "label", "", "style", "rounded,filled",
				  "fillcolor", LANE_FILL, "color", LANE_LINE, NULL)) ||
		    (rc = set(s, prev, "tooltip", p->name)))
			goto done;
		if ((rc = former_boxes(s, lane, p, pi, mem, n_mem, v + i, j - i, &prev, &any)))
			goto done;
		for (size_t k = i; k < j; k++) {
			const move *m = v[k];
			Agnode_t *box;
			Agedge_t *e;

			if ((rc = move_name(s, m, &s->lbl2)))
				goto done;
			if (!(box = node(s, lane, s->lbl2.data)) || !(e = edge(s, lane, prev, box))) {
				rc = failed(s);
				goto done;
			}
			s->lbl.len = 0;
			if ((rc = move_label(s, m, &s->lbl, 1)) ||
			    (rc = set(s, e, "label", s->lbl.data)) ||
			    (rc = set_all(s, e, "color", kind_color[m->kind],
					  "fontcolor", kind_color[m->kind], NULL)) ||
			    (move_style(m, NULL) && (rc = set(s, e, "style", move_style(m, NULL)))) ||
			    (rc = set_evidence(s, e, &m->rep->ev, 1)) ||
			    (rc = set(s, box, "label", s->ents[m->org].name)) ||
			    (rc = set_evidence(s, box, &m->rep->ev, 0)))
				goto done;
			prev = box;
		}
	}
	*drawn = n;
done:
	free(v);
	free(mem);
	return rc;
}

/* One column (rank) per date, left to right, the moves of that date
 * stacked under it.  Undated moves get a column "reported by DATE" after
 * the column of DATE. */
static int view_timeline(rs *s, size_t *drawn)
{
	move **v = NULL;
	size_t n = 0;
	int rc = 0, lines = s->o->include_unasserted ? 2 : 0;
	unsigned seen = 0;
	Agraph_t *col = NULL;
	Agnode_t *dn = NULL, *prev = NULL, *last = NULL;
	const move *cur = NULL;

	if ((rc = pick_moves(s, 0, cmp_move_column, &v, &n)))
		goto done;
	for (size_t i = 0; i < n; i++) {
		seen |= 1u << v[i]->kind;
		lines |= (v[i]->interim && v[i]->mod == NKG_MOD_ASSERTED) |
			 (v[i]->mod != NKG_MOD_ASSERTED) << 1;
	}
	for (size_t i = 0; i < n; i++) {
		const move *m = v[i];
		Agnode_t *en;
		Agedge_t *ed;
		const char *key = move_key(m);

		/* Moves arrive in column order: a new key extends the axis. */
		if (!cur || cmp_str_null(move_key(cur), key) || !cur->date != !m->date) {
			cur = m;
			s->lbl.len = 0;
			if (nkg_buf_printf(&s->lbl, "date/%s%s", m->date || !key ? "" : "by/",
					   key ? key : "undated")) {
				rc = oom(s);
				goto done;
			}
			s->lbl2.len = 0;
			if (nkg_buf_printf(&s->lbl2, "rank/%s", s->lbl.data)) {
				rc = oom(s);
				goto done;
			}
			if (!(col = subgraph(s, s->lbl2.data)) || !(dn = node(s, col, s->lbl.data))) {
				rc = failed(s);
				goto done;
			}
			s->lbl2.len = 0;
			if ((m->date ? nkg_buf_puts(&s->lbl2, m->date) :
			     key ? nkg_buf_printf(&s->lbl2, "undated,\nreported by\n%s", key) :
				   nkg_buf_puts(&s->lbl2, "undated"))) {
				rc = oom(s);
				goto done;
			}
			if ((rc = set(s, col, "rank", "same")) ||
			    (rc = set_all(s, dn, "label", s->lbl2.data, "shape", "box",
					  "style", "filled", "fillcolor", "#eeeeee",
					  "color", "#999999", NULL)))
				goto done;
			if (prev) {
				if (!(ed = edge(s, NULL, prev, dn))) {
					rc = failed(s);
					goto done;
				}
				if ((rc = set_all(s, ed, "penwidth", "2", "weight", "100",
						  "color", "#999999", NULL)))
					goto done;
			}
			prev = last = dn;
		}
		if ((rc = move_name(s, m, &s->lbl2)))
			goto done;
		if (!(en = node(s, col, s->lbl2.data))) {
			rc = failed(s);
			goto done;
		}
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "%s\n", s->ents[m->person].name) ||
		    (rc = move_label(s, m, &s->lbl, 0)) ||
		    (m->org != NKG_NONE && nkg_buf_printf(&s->lbl, "\n%s", s->ents[m->org].name))) {
			rc = oom(s);
			goto done;
		}
		if ((rc = set_all(s, en, "label", s->lbl.data, "color", kind_color[m->kind],
				  "penwidth", "2", "style", move_style(m, "rounded"), NULL)) ||
		    (rc = set_evidence(s, en, &m->rep->ev, 0)))
			goto done;
		/* Invisible edges in the column keep the date on top and the
		 * moves in order beneath it. */
		if (!(ed = edge(s, col, last, en))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set(s, ed, "style", "invis")))
			goto done;
		last = en;
	}
	if (n && (rc = legend(s, seen, lines, 0, 0)))
		goto done;
	*drawn = n;
done:
	free(v);
	return rc;
}

/* People and organisations; one edge per person, organisation and
 * current/former, labelled with the roles (a role with its interim form
 * shows as the interim one).  Current roles black, former grey, interim
 * dashed. */
static int view_network(rs *s, size_t *drawn)
{
	member **v = NULL;
	size_t n = 0, i, j, edges = 0;
	int rc = 0, any_interim = 0;

	if ((rc = pick_members(s, &v, &n)))
		goto done;
	for (i = 0; i < n; i = j) {
		const member *m = v[i];
		ent *p = &s->ents[m->person], *o = &s->ents[m->org];
		Agnode_t *pn, *on;
		Agedge_t *ed;
		int all_interim = 1;
		const char *col = m->former ? GREY : "black";

		for (j = i; j < n && v[j]->person == m->person && v[j]->org == m->org &&
		     v[j]->former == m->former; j++)
			;
		s->lbl.len = 0;
		if ((rc = roles_text(s, v, i, j, &s->lbl)))
			goto done;
		for (size_t k = i; k < j; k++) {
			int has_interim = 0;
			/* Kept roles: those roles_text did not fold into an interim one. */
			for (size_t l = i; l < j && v[k]->role; l++)
				has_interim |= v[l]->role && strncmp(v[l]->role, "interim_", 8) == 0 &&
					       strcmp(v[l]->role + 8, v[k]->role) == 0;
			if (!has_interim)
				all_interim &= v[k]->interim;
		}
		any_interim |= all_interim;
		if (!(pn = agnode(s->ag, p->node, 0)) && !(pn = ent_node(s, NULL, p))) {
			rc = failed(s);
			goto done;
		}
		if (!(on = agnode(s->ag, o->node, 0)) && !(on = ent_node(s, NULL, o))) {
			rc = failed(s);
			goto done;
		}
		if (!(ed = edge(s, NULL, pn, on))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set_all(s, ed, "label", s->lbl.data, "color", col,
				  "fontcolor", col, NULL)) ||
		    (all_interim && (rc = set(s, ed, "style", "dashed"))) ||
		    (rc = set_evidence(s, ed, &m->ev, 1)))
			goto done;
		edges++;
	}
	if (edges && (rc = legend(s, 0, any_interim, 0, 1)))
		goto done;
	*drawn = edges;
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

/* Text for an HTML-like label: the markup characters as entities. */
static int html_text(nkg_buf *b, const char *t)
{
	for (; *t; t++) {
		int r = *t == '&' ? nkg_buf_puts(b, "&amp;") :
			*t == '<' ? nkg_buf_puts(b, "&lt;") :
			*t == '>' ? nkg_buf_puts(b, "&gt;") :
			*t == '"' ? nkg_buf_puts(b, "&quot;") :
			nkg_buf_append(b, t, 1);
		if (r)
			return NKG_ENOMEM;
	}
	return 0;
}

/* The graph's caption: the title in large type, then "5 articles, published
 * 2023-11-20 to 2023-11-22" (an HTML-like label). */
static int caption(rs *s, const char *title)
{
	const pairs *pub = &s->p[P_ART_PUB];
	size_t n = s->arts.n;
	const char *lo = NULL, *hi = NULL;
	nkg_buf *b = &s->lbl;

	for (size_t i = 0; i < pub->n; i++) {
		if (!lo || strcmp(pub->a[i].v, lo) < 0)
			lo = pub->a[i].v;
		if (!hi || strcmp(pub->a[i].v, hi) > 0)
			hi = pub->a[i].v;
	}
	b->len = 0;
	/* No <B>: bold text goes through pango_parse_markup in Graphviz's
	 * pango plugin, which leaks on every label (Debian's 2.42). */
	if (nkg_buf_printf(b, "<FONT POINT-SIZE=\"18\">%s</FONT><BR ALIGN=\"LEFT\"/>"
			   "<FONT POINT-SIZE=\"11\" "
			   "COLOR=\"" GREY_TEXT "\">%zu article%s", title, n, n == 1 ? "" : "s") ||
	    (lo && (nkg_buf_puts(b, ", published ") || html_text(b, lo))) ||
	    (lo && strcmp(lo, hi) != 0 && (nkg_buf_puts(b, " to ") || html_text(b, hi))) ||
	    nkg_buf_puts(b, "</FONT><BR ALIGN=\"LEFT\"/>"))
		return oom(s);
	return set_html(s, s->ag, b->data);
}

/* ---- entry points -------------------------------------------------------- */

/* One Graphviz context for the whole process, made on first use and never
 * freed (it stays reachable, so LeakSanitizer does not count it).  Debian's
 * Graphviz 2.42 pango plugin keeps a static pointer to the last font name,
 * and that string belongs to the context's font dictionary: after
 * gvFreeContext the next layout in a new context reads freed memory.  A
 * context is meant to serve many graphs, so reusing it is safe. */
static GVC_t *gv_ctx;

static int check_opts(const nkg_render_opts *opts, nkg_error *err)
{
	if (opts->view != NKG_VIEW_MOVES && opts->view != NKG_VIEW_TIMELINE &&
	    opts->view != NKG_VIEW_NETWORK)
		return nkg_error_set(err, NKG_EUSAGE, "render: unknown view %d", (int)opts->view);
	if ((opts->from && !nkg_date_iso_shape(opts->from)) || (opts->to && !nkg_date_iso_shape(opts->to)))
		return nkg_error_set(err, NKG_EUSAGE,
				     "render: '%s' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
				     opts->from && !nkg_date_iso_shape(opts->from) ? opts->from : opts->to);
	return 0;
}

int nkg_render(nkg_graph *g, const nkg_render_opts *opts,
	       nkg_render_note_fn note, void *note_ctx,
	       char **out, size_t *out_len, nkg_error *err)
{
	static const char *const formats[] = { "dot", "svg", "png", "pdf", NULL };
	static const char *const titles[] = {
		"Who moved where", "Timeline of the moves", "Who holds which role"
	};
	static Agdisc_t disc;       /* cgraph keeps a pointer: static */
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
	if ((rc = check_opts(opts, err)))
		return rc;
	view = opts->view == NKG_VIEW_TIMELINE ? "timeline" :
	       opts->view == NKG_VIEW_NETWORK ? "network" : "moves";

	s->svg = strcmp(format, "svg") == 0;
	if ((rc = prepare(s, g, opts, note, note_ctx, err)))
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
	disc.mem = &AgMemDisc;
	disc.id = &id_disc;
	disc.io = &AgIoDisc;
	if (!(s->ag = agopen((char *)view, Agdirected, &disc))) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot create a graph: %s", gv_text());
		goto done;
	}
	if (!agattr(s->ag, AGRAPH, "fontname", FONT) ||
	    !agattr(s->ag, AGRAPH, "rankdir", "LR") ||
	    !agattr(s->ag, AGRAPH, "labelloc", "t") ||
	    !agattr(s->ag, AGRAPH, "labeljust", "l") ||
	    !agattr(s->ag, AGRAPH, "fontsize", "16") ||
	    !agattr(s->ag, AGRAPH, "nodesep", "0.2") ||
	    !agattr(s->ag, AGRAPH, "ranksep", "0.35") ||
	    !agattr(s->ag, AGNODE, "fontname", FONT) ||
	    !agattr(s->ag, AGNODE, "fontsize", "13") ||
	    !agattr(s->ag, AGNODE, "shape", "box") ||
	    !agattr(s->ag, AGNODE, "style", "rounded,filled") ||
	    !agattr(s->ag, AGNODE, "fillcolor", "white") ||
	    !agattr(s->ag, AGEDGE, "fontname", FONT) ||
	    !agattr(s->ag, AGEDGE, "fontsize", "10")) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot set graph attributes");
		goto done;
	}
	if ((rc = caption(s, titles[opts->view])))
		goto done;
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
	rs_free(s);
	return rc;
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
	int c = cmp_str_null(a->date, b->date);
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
			int c = cmp_str_null(pubs[pos - 1], ev->pub);
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

	if ((rc = pick_moves(s, 0, cmp_move_lane, &v, &n)) ||
	    (rc = pick_members(s, &mem, &n_mem)))
		goto done;

	/* People: lanes first, then people with roles only, by name. */
	if (s->n_ents && !(people = malloc(s->n_ents * sizeof *people))) {
		rc = oom(s);
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
		rc = oom(s);
		goto done;
	}
	for (i = 0; i < n; i++)
		ids += v[i]->n_tell;
	if (ids && (!(sm->art_ids = calloc(ids, sizeof *sm->art_ids)) ||
		    !(sm->pubs = calloc(ids, sizeof *sm->pubs)))) {
		rc = oom(s);
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
				if (put_role(s, &s->lbl, m->role) || nkg_buf_append(&s->lbl, "", 0) ||
				    !(M->role = keep_str(s, s->lbl.data))) {
					rc = oom(s);
					goto done;
				}
			}
			M->date = m->date;
			M->reported = m->reported;
			M->interim = m->interim;
			M->tellings = m->n_tell;
			M->quote = m->rep->ev.exact;
			M->url = m->rep->ev.url && url_ok(m->rep->ev.url) ? m->rep->ev.url : NULL;
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
			if ((m->role ? put_role(s, &s->lbl, m->role) : nkg_buf_puts(&s->lbl, "member")) ||
			    !(R->role = keep_str(s, s->lbl.data))) {
				rc = oom(s);
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
					rc = oom(s);
					goto done;
				}
			}
			R->former = m->former;
			R->interim = m->interim;
			R->start = m->start;
			R->end = m->end;
			R->quote = m->ev.exact;
			R->url = m->ev.url && url_ok(m->ev.url) ? m->ev.url : NULL;
			R->article = art_id(s, m->ev.art);
		}
		P->n_roles = sm->n_roles - P->first_role;
	}

	/* Articles: all of them. */
	if (s->t_art->nrows && !(sm->arts = calloc(s->t_art->nrows, sizeof *sm->arts))) {
		rc = oom(s);
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
		if (A->url && !url_ok(A->url))
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
	if ((rc = check_opts(&o, err)))
		return rc;
	if (!(sm = calloc(1, sizeof *sm)))
		return nkg_error_set(err, NKG_ENOMEM, "render: out of memory");
	if ((rc = prepare(&sm->st, g, &o, note, note_ctx, err)) || (rc = summary_build(sm))) {
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
	rs_free(&sm->st);
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

/* newskg — facts TSV from the graph, through SPARQL.
 *
 * rasqal 0.9.33 evaluates OPTIONAL by nested loops (seconds on a few
 * hundred events), so each optional property is its own plain query and
 * the rows are joined here by subject IRI. */
#include "newskg/facts.h"

#include <stdlib.h>
#include <string.h>

#include "newskg/kb.h"

#define PREFIXES \
	"PREFIX nkg: <" NKG_NS ">\n" \
	"PREFIX schema: <http://schema.org/>\n" \
	"PREFIX org: <http://www.w3.org/ns/org#>\n"

static const char *const q_persons =
	PREFIXES
	"SELECT DISTINCT ?name WHERE { ?e a schema:Person ; schema:name ?name }";
static const char *const q_orgs =
	PREFIXES
	"SELECT DISTINCT ?name WHERE { ?e a schema:Organization ; schema:name ?name }";

static const char *const q_roles =
	PREFIXES
	"SELECT DISTINCT ?m ?person ?role WHERE {\n"
	"  ?m a org:Membership ; org:member ?p ; org:role ?role .\n"
	"  ?p schema:name ?person }";
static const char *const q_role_org =
	PREFIXES
	"SELECT DISTINCT ?m ?v WHERE { ?m a org:Membership ; org:organization ?o . ?o schema:name ?v }";
static const char *const q_role_start =
	PREFIXES
	"SELECT DISTINCT ?m ?v WHERE { ?m a org:Membership ; schema:startDate ?v }";
static const char *const q_role_conf =
	PREFIXES
	"SELECT DISTINCT ?m ?v WHERE { ?m a org:Membership ; nkg:confidence ?v }";

static const char *const q_events =
	PREFIXES
	"SELECT DISTINCT ?e ?person ?kind ?mod WHERE {\n"
	"  ?e a nkg:CareerEvent ; nkg:person ?p ; nkg:eventKind ?kind ;\n"
	"     nkg:modality ?mod .\n"
	"  ?p schema:name ?person }";
static const char *const q_event_org =
	PREFIXES
	"SELECT DISTINCT ?e ?v WHERE { ?e a nkg:CareerEvent ; nkg:organization ?o . ?o schema:name ?v }";
static const char *const q_event_role =
	PREFIXES
	"SELECT DISTINCT ?e ?v WHERE { ?e a nkg:CareerEvent ; nkg:role ?v }";
static const char *const q_event_date =
	PREFIXES
	"SELECT DISTINCT ?e ?v WHERE { ?e a nkg:CareerEvent ; nkg:date ?v }";
static const char *const q_event_conf =
	PREFIXES
	"SELECT DISTINCT ?e ?v WHERE { ?e a nkg:CareerEvent ; nkg:confidence ?v }";

#define CELL(t, r, c) ((t)->cells[(r) * (t)->ncols + (c)])

/* Local name of an IRI in one of our concept namespaces. */
static const char *local(const char *iri, const char *ns)
{
	size_t n = strlen(ns);
	if (!iri)
		return "";
	return strncmp(iri, ns, n) == 0 ? iri + n : iri;
}

/* TSV cells cannot hold tabs or newlines: fold them to spaces. */
static int put_cell(nkg_buf *b, const char *s)
{
	for (; s && *s; s++) {
		char c = (*s == '\t' || *s == '\n' || *s == '\r') ? ' ' : *s;
		if (nkg_buf_append(b, &c, 1))
			return NKG_ENOMEM;
	}
	return 0;
}

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

typedef struct lines {
	char **v;
	size_t n, cap;
} lines;

static int add_line(lines *L, const char *const cols[], size_t ncols)
{
	nkg_buf b = {0};
	void *arr = L->v;
	for (size_t i = 0; i < ncols; i++)
		if ((i && nkg_buf_puts(&b, "\t")) || put_cell(&b, cols[i]))
			goto oom;
	if (nkg_grow(&arr, &L->cap, L->n + 1, sizeof *L->v))
		goto oom;
	L->v = arr;
	L->v[L->n++] = nkg_buf_detach(&b);
	return 0;
oom:
	nkg_buf_free(&b);
	return NKG_ENOMEM;
}

/* An optional property: (subject IRI, value) rows sorted by subject, looked
 * up by binary search.  Several values for one subject: the smallest,
 * so the result does not depend on row order. */
typedef struct prop {
	nkg_table *t;
	size_t *order;
} prop;

static const nkg_table *sort_table;

static int cmp_row(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	const char *kx = CELL(sort_table, x, 0), *ky = CELL(sort_table, y, 0);
	int c = strcmp(kx ? kx : "", ky ? ky : "");
	if (c)
		return c;
	kx = CELL(sort_table, x, 1);
	ky = CELL(sort_table, y, 1);
	return strcmp(kx ? kx : "", ky ? ky : "");
}

static int prop_load(nkg_graph *g, const char *q, prop *p, nkg_error *err)
{
	int rc = nkg_graph_select(g, q, &p->t, err);
	if (rc)
		return rc;
	p->order = malloc((p->t->nrows + 1) * sizeof *p->order);
	if (!p->order)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	for (size_t i = 0; i < p->t->nrows; i++)
		p->order[i] = i;
	/* qsort has no context argument in C11: single-threaded use only,
	 * which the facts command is. */
	sort_table = p->t;
	qsort(p->order, p->t->nrows, sizeof *p->order, cmp_row);
	sort_table = NULL;
	return 0;
}

static const char *prop_get(const prop *p, const char *subject)
{
	size_t lo = 0, hi = p->t ? p->t->nrows : 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *k = CELL(p->t, p->order[mid], 0);
		if (strcmp(k ? k : "", subject) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < (p->t ? p->t->nrows : 0)) {
		const char *k = CELL(p->t, p->order[lo], 0);
		if (k && !strcmp(k, subject))
			return CELL(p->t, p->order[lo], 1);
	}
	return NULL;
}

static void prop_free(prop *p)
{
	nkg_table_free(p->t);
	free(p->order);
	p->t = NULL;
	p->order = NULL;
}

static double conf_of(const char *s)
{
	return s ? strtod(s, NULL) : 1.0;
}

/* Event rows as joined from the queries. */
typedef struct ev_row {
	const char *person, *kind, *mod, *org, *role, *date, *conf;
} ev_row;

static int same(const char *a, const char *b)
{
	return (!a && !b) || (a && b && !strcmp(a, b));
}

int nkg_facts_tsv(nkg_graph *g, const nkg_facts_opts *opts, nkg_buf *out,
		  nkg_error *err)
{
	nkg_table *t = NULL;
	prop po = {0}, ps = {0}, pc = {0}, pr = {0}, pd = {0};
	ev_row *ev = NULL;
	lines L = {0};
	int rc = 0;
	double minc = opts ? opts->min_confidence : 0;
	int all = opts && opts->all_modalities;

	for (int person = 1; person >= 0; person--) {
		if ((rc = nkg_graph_select(g, person ? q_persons : q_orgs, &t, err)))
			goto done;
		for (size_t r = 0; r < t->nrows; r++) {
			const char *name = CELL(t, r, 0);
			const char *cols[6] = { person ? "PERSON" : "ORG", person ? name : "",
						"", person ? "" : name, "", "" };
			if (add_line(&L, cols, 6))
				goto oom;
		}
		nkg_table_free(t);
		t = NULL;
	}

	if ((rc = nkg_graph_select(g, q_roles, &t, err)) ||
	    (rc = prop_load(g, q_role_org, &po, err)) ||
	    (rc = prop_load(g, q_role_start, &ps, err)) ||
	    (rc = prop_load(g, q_role_conf, &pc, err)))
		goto done;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *m = CELL(t, r, 0);
		if (!m || conf_of(prop_get(&pc, m)) < minc)
			continue;
		/* FORMAT.md: a ROLE names its organisation.  The graph keeps
		 * a role the text gives with none ("X, PDG"); --all prints it. */
		if (!prop_get(&po, m) && !all)
			continue;
		const char *cols[6] = { "ROLE", CELL(t, r, 1), local(CELL(t, r, 2), NKG_NS_ROLE),
					prop_get(&po, m), "", prop_get(&ps, m) };
		if (add_line(&L, cols, 6))
			goto oom;
	}
	nkg_table_free(t);
	t = NULL;
	prop_free(&po);
	prop_free(&pc);

	if ((rc = nkg_graph_select(g, q_events, &t, err)) ||
	    (rc = prop_load(g, q_event_org, &po, err)) ||
	    (rc = prop_load(g, q_event_role, &pr, err)) ||
	    (rc = prop_load(g, q_event_date, &pd, err)) ||
	    (rc = prop_load(g, q_event_conf, &pc, err)))
		goto done;
	if (t->nrows && !(ev = calloc(t->nrows, sizeof *ev)))
		goto oom;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *e = CELL(t, r, 0);
		ev[r].person = CELL(t, r, 1);
		ev[r].kind = CELL(t, r, 2);
		ev[r].mod = CELL(t, r, 3);
		ev[r].org = e ? prop_get(&po, e) : NULL;
		ev[r].role = e ? prop_get(&pr, e) : NULL;
		ev[r].date = e ? prop_get(&pd, e) : NULL;
		ev[r].conf = e ? prop_get(&pc, e) : NULL;
	}
	for (size_t r = 0; r < t->nrows; r++) {
		const char *mod = local(ev[r].mod, NKG_NS);
		int asserted = !strcmp(mod, "Asserted");
		if ((!asserted && !all) || conf_of(ev[r].conf) < minc)
			continue;
		if (!ev[r].org && !all) /* (as for roles) */
			continue;
		/* An undated telling of a move that another telling dates adds
		 * nothing: print the dated one only. */
		if (!ev[r].date) {
			int dated = 0;
			for (size_t q = 0; q < t->nrows && !dated; q++)
				dated = q != r && ev[q].date && same(ev[q].person, ev[r].person) &&
					same(ev[q].kind, ev[r].kind) && same(ev[q].mod, ev[r].mod) &&
					same(ev[q].org, ev[r].org);
			if (dated)
				continue;
		}
		const char *cols[7] = { "EVENT", ev[r].person, local(ev[r].role, NKG_NS_ROLE),
					ev[r].org, local(ev[r].kind, NKG_NS_EVENT), ev[r].date, mod };
		if (add_line(&L, cols, all ? 7 : 6))
			goto oom;
	}
	if (L.n)
		qsort(L.v, L.n, sizeof *L.v, cmp_line);
	/* Kind order as in FORMAT.md; lines sorted within a kind. */
	static const char *const kinds[] = { "PERSON\t", "ORG\t", "ROLE\t", "EVENT\t" };
	for (size_t k = 0; k < 4; k++)
		for (size_t i = 0; i < L.n; i++) {
			if (strncmp(L.v[i], kinds[k], strlen(kinds[k])))
				continue;
			if (i && !strcmp(L.v[i], L.v[i - 1]))
				continue;
			if (nkg_buf_puts(out, L.v[i]) || nkg_buf_puts(out, "\n"))
				goto oom;
		}
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	for (size_t i = 0; i < L.n; i++)
		free(L.v[i]);
	free(L.v);
	free(ev);
	nkg_table_free(t);
	prop_free(&po);
	prop_free(&ps);
	prop_free(&pc);
	prop_free(&pr);
	prop_free(&pd);
	return rc;
}

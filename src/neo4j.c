/* newskg — the Neo4j export: the graph as the two CSV files of
 * neo4j-admin database import (see neo4j.h). */
#include "newskg/neo4j.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newskg/store.h"

#include "vocab.h"

/* (subject, object) pairs of one predicate, sorted by subject: the export
 * joins them in C, because a SPARQL join with OPTIONALs per property runs
 * in quadratic time in rasqal (see the top of this file). */
typedef struct pv {
	char *s;
	nkg_term o;
} pv;

typedef struct pmap {
	pv *v;
	size_t n;
} pmap;

static void pmap_free(pmap *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].s);
		free(m->v[i].o.value);
		free(m->v[i].o.lang);
		free(m->v[i].o.datatype);
	}
	free(m->v);
	memset(m, 0, sizeof *m);
}

static int cmp_pv(const void *a, const void *b)
{
	const pv *x = a, *y = b;
	int d = strcmp(x->s, y->s);
	return d ? d : strcmp(x->o.value ? x->o.value : "", y->o.value ? y->o.value : "");
}

/* m := every (s, o) with s pred o; s an IRI. */
static int pmap_load(nkg_graph *g, const char *pred, pmap *m, nkg_error *err)
{
	nkg_buf q = {0};
	nkg_result *r = NULL;
	size_t k = 0;
	int rc;

	memset(m, 0, sizeof *m);
	if (nkg_buf_printf(&q, "SELECT ?s ?o WHERE { ?s <%s> ?o }", pred)) {
		nkg_buf_free(&q);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	rc = nkg_graph_query(g, q.data, NULL, NULL, &r, err);
	nkg_buf_free(&q);
	if (rc)
		return rc;
	if (r->nrows && !(m->v = calloc(r->nrows, sizeof *m->v))) {
		nkg_result_free(r);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	for (size_t i = 0; i < r->nrows; i++) {
		nkg_term *s = &r->cells[i * 2], *o = &r->cells[i * 2 + 1];
		if (s->kind != NKG_TERM_IRI || o->kind == NKG_TERM_NONE)
			continue;
		/* Moved out of the result: the result frees NULLs. */
		m->v[k].s = s->value;
		m->v[k].o = *o;
		s->value = NULL;
		memset(o, 0, sizeof *o);
		k++;
	}
	m->n = k;
	nkg_result_free(r);
	if (m->n)
		qsort(m->v, m->n, sizeof *m->v, cmp_pv);
	return 0;
}

/* The pairs of subject s: m->v[*from .. *to). */
static void pmap_range(const pmap *m, const char *s, size_t *from, size_t *to)
{
	size_t lo = 0, hi = m->n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(m->v[mid].s, s) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*from = lo;
	while (lo < m->n && !strcmp(m->v[lo].s, s))
		lo++;
	*to = lo;
}

static const char *pmap_get(const pmap *m, const char *s)
{
	size_t a, b;
	pmap_range(m, s, &a, &b);
	return a < b ? m->v[a].o.value : NULL;
}

/* A CSV field (RFC 4180, as neo4j-admin reads it): quoted when it holds a
 * comma, quote, CR, LF or edge space; quotes doubled.  NULL: empty. */
static int csv_field(nkg_buf *b, const char *s, int first)
{
	size_t n = s ? strlen(s) : 0;
	int quote = n && (strpbrk(s, ",\"\r\n;") || s[0] == ' ' || s[n - 1] == ' ');

	if (!first && nkg_buf_puts(b, ","))
		return NKG_ENOMEM;
	if (!n)
		return 0;
	return quote ? nkg_buf_csv_quoted(b, s) : nkg_buf_puts(b, s);
}

static const char *after(const char *iri, const char *ns)
{
	size_t n = strlen(ns);
	return iri && !strncmp(iri, ns, n) ? iri + n : iri;
}

enum {
	P_TYPE, P_NAME, P_ALT, P_SAMEAS, P_KIND, P_DATE, P_MOD, P_TRIGGER,
	P_CONF, P_PERSON, P_ORG, P_ROLE, P_DERIVED, P_SOURCE, P_IDENT,
	P_HEADLINE, P_PUBLISHED, P_LANG, P_URL, P_MENTIONS, P_AUTHOR,
	P_MEMBER, P_MORG, P_MROLE, P_ROLENAME, P_START, P_END, P_FORMER,
	P_INTERIM, P__COUNT
};

static const char *const preds[P__COUNT] = {
	"http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
	"http://schema.org/name", "http://www.w3.org/2004/02/skos/core#altLabel",
	"http://www.w3.org/2002/07/owl#sameAs", NKG_NS "eventKind", NKG_NS "date",
	NKG_NS "modality", NKG_NS "trigger", NKG_NS "confidence", NKG_NS "person",
	NKG_NS "organization", NKG_NS "role", "http://www.w3.org/ns/prov#wasDerivedFrom",
	"http://www.w3.org/ns/oa#hasSource", "http://schema.org/identifier",
	"http://schema.org/headline", "http://schema.org/datePublished",
	"http://schema.org/inLanguage", "http://schema.org/url",
	"http://schema.org/mentions", "http://schema.org/author",
	"http://www.w3.org/ns/org#member", "http://www.w3.org/ns/org#organization",
	"http://www.w3.org/ns/org#role", "http://schema.org/roleName",
	"http://schema.org/startDate", "http://schema.org/endDate",
	NKG_NS "isFormer", NKG_NS "isInterim",
};

/* Node labels by rdf:type. */
static const char *label_of(const pmap *types, const char *s, nkg_buf *lab)
{
	size_t a, b;
	int ev = 0, per = 0, org = 0, art = 0;
	const char *sub = NULL;

	pmap_range(types, s, &a, &b);
	for (size_t i = a; i < b; i++) {
		const char *t = types->v[i].o.value;
		if (!strcmp(t, "http://schema.org/Person")) per = 1;
		else if (!strcmp(t, "http://schema.org/Organization")) org = 1;
		else if (!strcmp(t, "http://schema.org/NewsArticle")) art = 1;
		else if (!strcmp(t, NKG_NS "CareerEvent")) ev = 1;
		else if (!strncmp(t, NKG_NS, strlen(NKG_NS)) && strcmp(t, NKG_NS "Evidence"))
			sub = t + strlen(NKG_NS);
	}
	lab->len = 0;
	if (per)
		nkg_buf_puts(lab, "Person");
	else if (org)
		nkg_buf_puts(lab, "Organization");
	else if (art)
		nkg_buf_puts(lab, "Article");
	else if (ev)
		nkg_buf_printf(lab, "CareerEvent%s%s", sub ? ";" : "", sub ? sub : "");
	else
		return NULL;
	return lab->data;
}

/* altNames:string[]: ';' separates the elements, so ';' inside a name
 * becomes ','. */
static int alt_names(const pmap *alt, const char *s, nkg_buf *b)
{
	size_t a, e;
	b->len = 0;
	if (nkg_buf_puts(b, ""))
		return NKG_ENOMEM;
	pmap_range(alt, s, &a, &e);
	for (size_t i = a; i < e; i++) {
		if (i > a && nkg_buf_puts(b, ";"))
			return NKG_ENOMEM;
		for (const char *p = alt->v[i].o.value; *p; p++)
			if (nkg_buf_append(b, *p == ';' ? "," : p, 1))
				return NKG_ENOMEM;
	}
	return 0;
}

static int rel(nkg_buf *b, const char *from, const char *to, const char *type,
	       const char *const extra[9])
{
	int rc = csv_field(b, from, 1) || csv_field(b, to, 0) || csv_field(b, type, 0);
	for (int i = 0; !rc && i < 9; i++)
		rc = csv_field(b, extra ? extra[i] : NULL, 0);
	return rc || nkg_buf_puts(b, "\n") ? NKG_ENOMEM : 0;
}

int nkg_neo4j_export(nkg_graph *g, const char *dir, nkg_error *err)
{
	pmap m[P__COUNT];
	nkg_buf nodes = {0}, rels = {0}, lab = {0}, alt = {0}, name = {0};
	char *path = NULL;
	const char *prev = NULL;
	int rc = 0;

	memset(m, 0, sizeof m);
	if ((rc = nkg_store_mkdirs(dir, err)) != 0)
		return rc;
	for (int i = 0; i < P__COUNT; i++)
		if ((rc = pmap_load(g, preds[i], &m[i], err)) != 0)
			goto done;
	if (nkg_buf_puts(&nodes, "id:ID,:LABEL,name,altNames:string[],wikidata,kind,role,"
			 "date,modality,trigger,confidence:float,headline,published,"
			 "language,url\n") ||
	    nkg_buf_puts(&rels, ":START_ID,:END_ID,:TYPE,role,title,startDate,endDate,"
			 "former:boolean,interim:boolean,confidence:float,date,article\n"))
		goto oom;
	/* Nodes: every subject with one of our node types, once. */
	for (size_t i = 0; i < m[P_TYPE].n; i++) {
		const char *s = m[P_TYPE].v[i].s, *l, *wd, *kind = NULL;
		if (prev && !strcmp(prev, s))
			continue;
		prev = s;
		if (!(l = label_of(&m[P_TYPE], s, &lab)))
			continue;
		if ((rc = alt_names(&m[P_ALT], s, &alt)) != 0)
			goto oom;
		wd = pmap_get(&m[P_SAMEAS], s);
		wd = wd && !strncmp(wd, "http://www.wikidata.org/entity/", 31) ? wd + 31 : NULL;
		name.len = 0;
		if (nkg_buf_puts(&name, ""))
			goto oom;
		if (!strncmp(l, "CareerEvent", 11)) {
			/* "Sam Altman dismissed OpenAI": something to show. */
			const char *p = pmap_get(&m[P_PERSON], s), *o = pmap_get(&m[P_ORG], s);
			kind = after(pmap_get(&m[P_KIND], s), NKG_NS_EVENT);
			if (nkg_buf_printf(&name, "%s %s%s%s",
					   p && pmap_get(&m[P_NAME], p) ? pmap_get(&m[P_NAME], p) : "?",
					   kind ? kind : "moved", o ? " " : "",
					   o && pmap_get(&m[P_NAME], o) ? pmap_get(&m[P_NAME], o) : ""))
				goto oom;
		} else if (!strcmp(l, "Article")) {
			const char *id = pmap_get(&m[P_IDENT], s);
			if (nkg_buf_puts(&name, id ? id : ""))
				goto oom;
		} else if (pmap_get(&m[P_NAME], s) && nkg_buf_puts(&name, pmap_get(&m[P_NAME], s))) {
			goto oom;
		}
		if (csv_field(&nodes, s, 1) || csv_field(&nodes, l, 0) ||
		    csv_field(&nodes, name.data, 0) || csv_field(&nodes, alt.data, 0) ||
		    csv_field(&nodes, wd, 0) || csv_field(&nodes, kind, 0) ||
		    csv_field(&nodes, kind ? after(pmap_get(&m[P_ROLE], s), NKG_NS_ROLE) : NULL, 0) ||
		    csv_field(&nodes, kind ? pmap_get(&m[P_DATE], s) : NULL, 0) ||
		    csv_field(&nodes, kind ? after(pmap_get(&m[P_MOD], s), NKG_NS) : NULL, 0) ||
		    csv_field(&nodes, kind ? pmap_get(&m[P_TRIGGER], s) : NULL, 0) ||
		    csv_field(&nodes, kind ? pmap_get(&m[P_CONF], s) : NULL, 0) ||
		    csv_field(&nodes, pmap_get(&m[P_HEADLINE], s), 0) ||
		    csv_field(&nodes, pmap_get(&m[P_PUBLISHED], s), 0) ||
		    csv_field(&nodes, pmap_get(&m[P_LANG], s), 0) ||
		    csv_field(&nodes, pmap_get(&m[P_URL], s), 0) ||
		    nkg_buf_puts(&nodes, "\n"))
			goto oom;
		if (kind) {
			/* (person)-[:MOVED]->(event)-[:AT]->(org), -[:REPORTED_IN]->(article) */
			const char *p = pmap_get(&m[P_PERSON], s), *o = pmap_get(&m[P_ORG], s);
			const char *ev = pmap_get(&m[P_DERIVED], s);
			const char *art = ev ? pmap_get(&m[P_SOURCE], ev) : NULL;
			if ((p && rel(&rels, p, s, "MOVED", NULL)) ||
			    (o && rel(&rels, s, o, "AT", NULL)) ||
			    (art && rel(&rels, s, art, "REPORTED_IN", NULL)))
				goto oom;
		}
	}
	/* Articles: what they mention, who wrote them. */
	for (size_t i = 0; i < m[P_MENTIONS].n; i++)
		if (rel(&rels, m[P_MENTIONS].v[i].s, m[P_MENTIONS].v[i].o.value, "MENTIONS", NULL))
			goto oom;
	for (size_t i = 0; i < m[P_AUTHOR].n; i++)
		if (rel(&rels, m[P_AUTHOR].v[i].s, m[P_AUTHOR].v[i].o.value, "AUTHORED_BY", NULL))
			goto oom;
	/* Memberships with an organisation: (person)-[:HOLDS_ROLE]->(org). */
	for (size_t i = 0; i < m[P_MEMBER].n; i++) {
		const char *ms = m[P_MEMBER].v[i].s, *o = pmap_get(&m[P_MORG], ms);
		const char *ev = pmap_get(&m[P_DERIVED], ms);
		const char *art = ev ? pmap_get(&m[P_SOURCE], ev) : NULL;
		const char *extra[9] = {
			after(pmap_get(&m[P_MROLE], ms), NKG_NS_ROLE), pmap_get(&m[P_ROLENAME], ms),
			pmap_get(&m[P_START], ms), pmap_get(&m[P_END], ms),
			pmap_get(&m[P_FORMER], ms), pmap_get(&m[P_INTERIM], ms),
			pmap_get(&m[P_CONF], ms), NULL,
			art ? pmap_get(&m[P_IDENT], art) : NULL,
		};
		if (o && rel(&rels, m[P_MEMBER].v[i].o.value, o, "HOLDS_ROLE", extra))
			goto oom;
	}
	if (!(path = malloc(strlen(dir) + 32)))
		goto oom;
	sprintf(path, "%s/nodes.csv", dir);
	if ((rc = nkg_write_file_atomic(path, nodes.data, nodes.len, err)) != 0)
		goto done;
	sprintf(path, "%s/relationships.csv", dir);
	rc = nkg_write_file_atomic(path, rels.data, rels.len, err);
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	free(path);
	for (int i = 0; i < P__COUNT; i++)
		pmap_free(&m[i]);
	nkg_buf_free(&nodes);
	nkg_buf_free(&rels);
	nkg_buf_free(&lab);
	nkg_buf_free(&alt);
	nkg_buf_free(&name);
	return rc;
}

/* newskg — facts TSV from the graph, through SPARQL. */
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
	"SELECT DISTINCT ?person ?role ?org ?start ?conf WHERE {\n"
	"  ?m a org:Membership ; org:member ?p ; org:role ?role .\n"
	"  ?p schema:name ?person .\n"
	"  OPTIONAL { ?m org:organization ?o . ?o schema:name ?org }\n"
	"  OPTIONAL { ?m schema:startDate ?start }\n"
	"  OPTIONAL { ?m nkg:confidence ?conf }\n"
	"}";

static const char *const q_events =
	PREFIXES
	"SELECT DISTINCT ?person ?role ?org ?kind ?date ?mod ?conf WHERE {\n"
	"  ?e a nkg:CareerEvent ; nkg:person ?p ; nkg:eventKind ?kind ;\n"
	"     nkg:modality ?mod .\n"
	"  ?p schema:name ?person .\n"
	"  OPTIONAL { ?e nkg:organization ?o . ?o schema:name ?org }\n"
	"  OPTIONAL { ?e nkg:role ?role }\n"
	"  OPTIONAL { ?e nkg:date ?date }\n"
	"  OPTIONAL { ?e nkg:confidence ?conf }\n"
	"}";

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

static double conf_of(const char *s)
{
	return s ? strtod(s, NULL) : 1.0;
}

#define CELL(t, r, c) ((t)->cells[(r) * (t)->ncols + (c)])

int nkg_facts_tsv(nkg_graph *g, const nkg_facts_opts *opts, nkg_buf *out,
		  nkg_error *err)
{
	nkg_table *t = NULL;
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
	if ((rc = nkg_graph_select(g, q_roles, &t, err)))
		goto done;
	for (size_t r = 0; r < t->nrows; r++) {
		if (conf_of(CELL(t, r, 4)) < minc)
			continue;
		const char *cols[6] = { "ROLE", CELL(t, r, 0), local(CELL(t, r, 1), NKG_NS_ROLE),
					CELL(t, r, 2), "", CELL(t, r, 3) };
		if (add_line(&L, cols, 6))
			goto oom;
	}
	nkg_table_free(t);
	t = NULL;
	if ((rc = nkg_graph_select(g, q_events, &t, err)))
		goto done;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *mod = local(CELL(t, r, 5), NKG_NS);
		int asserted = !strcmp(mod, "Asserted");
		if ((!asserted && !all) || conf_of(CELL(t, r, 6)) < minc)
			continue;
		/* An undated telling of a move that another telling dates adds
		 * nothing: print the dated one only. */
		if (!CELL(t, r, 4)) {
			int dated = 0;
			for (size_t q = 0; q < t->nrows && !dated; q++) {
				const char *o1 = CELL(t, r, 2), *o2 = CELL(t, q, 2);
				dated = q != r && CELL(t, q, 4) &&
					!strcmp(CELL(t, q, 0), CELL(t, r, 0)) &&
					!strcmp(CELL(t, q, 3), CELL(t, r, 3)) &&
					!strcmp(CELL(t, q, 5), CELL(t, r, 5)) &&
					((!o1 && !o2) || (o1 && o2 && !strcmp(o1, o2)));
			}
			if (dated)
				continue;
		}
		const char *cols[7] = { "EVENT", CELL(t, r, 0), local(CELL(t, r, 1), NKG_NS_ROLE),
					CELL(t, r, 2), local(CELL(t, r, 3), NKG_NS_EVENT),
					CELL(t, r, 4), mod };
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
	nkg_table_free(t);
	return rc;
}

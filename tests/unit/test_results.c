/* Unit tests of results.c: a SPARQL result written as an aligned table
 * (IRIs shortened with the query's PREFIXes) and in the W3C formats
 * (JSON, XML, CSV, TSV), escaping included. */
#include "newskg/results.h"
#include "nkg_test.h"

#include <stdlib.h>
#include <string.h>

/* A two-column result by hand: ?p (IRI) and ?name (literal, with a quote,
 * a comma and a non-ASCII letter), one row, then an unbound cell. */
static nkg_result *sample(void)
{
	nkg_result *r = calloc(1, sizeof *r);
	size_t cap = 0;
	nkg_term *row;
	r->kind = NKG_RESULT_BINDINGS;
	r->ncols = 2;
	r->cols = calloc(2, sizeof *r->cols);
	r->cols[0] = strdup("p");
	r->cols[1] = strdup("name");
	if (nkg_result_add_row(r, &cap, &row) == 0) {
		row[0].kind = NKG_TERM_IRI;
		row[0].value = strdup("https://w3id.org/newskg/id/person/anne-roe");
		row[1].kind = NKG_TERM_LITERAL;
		row[1].value = strdup("Anne \"Nan\" Roé, jr");
		row[1].lang = strdup("fr");
	}
	if (nkg_result_add_row(r, &cap, &row) == 0) {
		row[0].kind = NKG_TERM_IRI;
		row[0].value = strdup("https://w3id.org/newskg/id/person/bo-lee");
	}
	return r;
}

static char *write(const nkg_result *r, const char *format, const char *sparql)
{
	nkg_buf b = {0};
	if (nkg_results_write(r, format, sparql, &b) != 0) {
		nkg_buf_free(&b);
		return NULL;
	}
	return nkg_buf_detach(&b);
}

static void test_table(void)
{
	nkg_result *r = sample();
	char *t = write(r, "table", "PREFIX per: <https://w3id.org/newskg/id/person/>\nSELECT ?p ?name {}");
	CHECK(t != NULL);
	/* (the query's prefix shortens the IRI; the literal shows as text) */
	CHECK(t && strstr(t, "per:anne-roe") != NULL);
	CHECK(t && strstr(t, "Anne \"Nan\" Roé, jr") != NULL);
	CHECK(t && strstr(t, "name") != NULL);
	free(t);
	/* (no query: the IRI is written whole or with the usual prefixes) */
	t = write(r, "table", NULL);
	CHECK(t && strstr(t, "anne-roe") != NULL && strstr(t, "per:") == NULL);
	free(t);
	nkg_result_free(r);
}

static void test_w3c(void)
{
	nkg_result *r = sample();
	char *j = write(r, "json", NULL);
	CHECK(j && strstr(j, "\"vars\"") != NULL);
	CHECK(j && strstr(j, "\\\"Nan\\\"") != NULL);          /* quote escaped */
	CHECK(j && strstr(j, "\"xml:lang\"") != NULL);
	free(j);
	char *x = write(r, "xml", NULL);
	CHECK(x && strstr(x, "<sparql") != NULL);
	CHECK(x && (strstr(x, "&quot;Nan&quot;") != NULL || strstr(x, "\"Nan\"") != NULL));
	CHECK(x && strstr(x, "xml:lang=\"fr\"") != NULL);
	free(x);
	char *c = write(r, "csv", NULL);
	/* (a field with a quote or a comma is quoted, its quotes doubled) */
	CHECK(c && strstr(c, "\"Anne \"\"Nan\"\" Roé, jr\"") != NULL);
	CHECK(c && strncmp(c, "p,name", 6) == 0);
	free(c);
	char *t = write(r, "tsv", NULL);
	/* (TSV writes terms: an IRI in brackets, a literal quoted with its
	 * language) */
	CHECK(t && strncmp(t, "?p\t?name", 8) == 0);
	CHECK(t && strstr(t, "<https://w3id.org/newskg/id/person/anne-roe>") != NULL);
	CHECK(t && strstr(t, "@fr") != NULL);
	free(t);
	nkg_result_free(r);
}

static void test_boolean(void)
{
	nkg_result r = { .kind = NKG_RESULT_BOOLEAN, .boolean = 1 };
	char *t = write(&r, "table", NULL);
	CHECK_STR(t, "true\n");
	free(t);
	char *j = write(&r, "json", NULL);
	CHECK(j && strstr(j, "\"boolean\"") != NULL && strstr(j, "true") != NULL);
	free(j);
}

int main(void)
{
	test_table();
	test_w3c();
	test_boolean();
	printf("test_results: %d passed, %d failed\n", nkg_t_pass, nkg_t_fail);
	return nkg_t_fail != 0;
}

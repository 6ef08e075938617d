/* Unit tests of query.c: SPARQL terms from untrusted text (literals,
 * IRIs) and $parameters bound into a query only where SPARQL would read a
 * variable (not in strings, IRIs or comments); running a query on a small
 * graph. */
#include "newskg/query.h"
#include "nkg_test.h"

#include <stdlib.h>
#include <string.h>

static char *lit(const char *s)
{
	nkg_buf b = {0};
	nkg_error err = {0};
	if (nkg_query_literal(&b, s, &err)) {
		nkg_buf_free(&b);
		return NULL;
	}
	return nkg_buf_detach(&b);
}

static void test_literal(void)
{
	char *t = lit("Anne \"Nan\" Roé\n");
	CHECK_STR(t, "\"Anne \\\"Nan\\\" Roé\\n\"");
	free(t);
	t = lit("a\\b\tc");
	CHECK_STR(t, "\"a\\\\b\\tc\"");
	free(t);
	/* (a control character as \uXXXX) */
	t = lit("x\x01y");
	CHECK_STR(t, "\"x\\u0001y\"");
	free(t);
	/* (not UTF-8: refused) */
	CHECK(lit("caf\xe9") == NULL);
}

static void test_iri(void)
{
	nkg_buf b = {0};
	nkg_error err = {0};
	CHECK(nkg_query_iri(&b, "https://example.org/a", &err) == 0);
	CHECK(b.data && !strcmp(b.data, "<https://example.org/a>"));
	nkg_buf_free(&b);
	/* (what an IRIREF cannot hold) */
	CHECK(nkg_query_iri(&b, "https://example.org/a b", &err) == NKG_EINPUT);
	CHECK(nkg_query_iri(&b, "https://example.org/<x>", &err) == NKG_EINPUT);
	nkg_buf_free(&b);
}

static void test_bind(void)
{
	nkg_error err = {0};
	char *q = NULL;
	nkg_query_param p[] = { { "org", "\"Acme\"" } };
	/* (replaced where SPARQL reads a variable, right after a word too:
	 * "a$org" is "a" and $org; kept in a string, an IRI, a comment) */
	const char *src = "SELECT ?x WHERE { ?x ?p $org . FILTER(?y != \"$org\") } # $org\n"
			  "# <http://e/$org>\nASK { <http://e/$org> a$org ?z }";
	CHECK(nkg_query_bind(src, p, 1, &q, &err) == 0);
	CHECK(q && strstr(q, "?p \"Acme\" .") != NULL);
	CHECK(q && strstr(q, "\"$org\")") != NULL);
	CHECK(q && strstr(q, "# $org") != NULL);
	CHECK(q && strstr(q, "<http://e/$org>") != NULL);
	CHECK(q && strstr(q, "a\"Acme\" ?z") != NULL);
	free(q);
	q = NULL;
	/* (a parameter the query never uses: a misspelt name would leave the
	 * query unfiltered) */
	nkg_query_param bad[] = { { "orgg", "\"Acme\"" } };
	CHECK(nkg_query_bind(src, bad, 1, &q, &err) == NKG_EUSAGE);
	CHECK(q == NULL);
}

static void test_run(void)
{
	nkg_graph *g = NULL;
	nkg_error err = {0};
	nkg_buf out = {0};
	CHECK(nkg_graph_new(&g, &err) == 0);
	/* (an empty graph: an ASK is false, a SELECT has its header) */
	CHECK(nkg_query_run(g, "ASK { ?s ?p ?o }", "table", NULL, &out, &err) == 0);
	CHECK(out.data && !strcmp(out.data, "false\n"));
	nkg_buf_free(&out);
	CHECK(nkg_query_run(g, "SELECT ?s WHERE { ?s ?p ?o }", "csv", NULL, &out, &err) == 0);
	CHECK(out.data && !strncmp(out.data, "s", 1));
	nkg_buf_free(&out);
	/* (a syntax error names where: "q.rq:LINE:COL") */
	CHECK(nkg_query_run(g, "SELECT ?s WHERE { ?s ?p", "table", "q.rq", &out, &err) != 0);
	CHECK(strstr(err.msg, "q.rq") != NULL);
	nkg_buf_free(&out);
	nkg_graph_free(g);
}

int main(void)
{
	test_literal();
	test_iri();
	test_bind();
	test_run();
	printf("test_query: %d passed, %d failed\n", nkg_t_pass, nkg_t_fail);
	return nkg_t_fail != 0;
}

/* newskg — SPARQL over the graph through rasqal: SELECT into tables, and
 * any query form into results (see graph.h). */
#include "graph_int.h"

/* ---- SPARQL ------------------------------------------------------------ */

void nkg_table_free(nkg_table *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->ncols; i++)
		free(t->cols[i]);
	for (size_t i = 0; i < t->ncols * t->nrows; i++)
		free(t->cells[i]);
	free(t->cols);
	free(t->cells);
	free(t);
}

/* Refreshes the triples-only model used by queries. */
int nkg_g_union_refresh(nkg_graph *g)
{
	librdf_stream *s = NULL;
	int rc = 0;

	if (g->umodel && !g->dirty)
		return 0;
	nkg_g_drop_union(g);
	if (nkg_g_new_store(g->world, 0, &g->ustorage, &g->umodel))
		return NKG_ERDF;
	s = librdf_model_as_stream(g->model);
	if (!s)
		return NKG_ERDF;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);  /* borrowed */
		/* Without contexts the hashes storage skips existing triples. */
		if (st && librdf_model_add_statement(g->umodel, st)) {
			rc = NKG_ERDF;
			break;
		}
	}
	librdf_free_stream(s);
	if (rc)
		nkg_g_drop_union(g);
	else
		g->dirty = 0;
	return rc;
}

char *nkg_g_node_text(librdf_node *n)
{
	size_t len = 0;
	unsigned char *s;
	char *r;

	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		return nkg_strndup((const char *)s, len);
	case LIBRDF_NODE_TYPE_LITERAL:
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		return nkg_strndup(s ? (const char *)s : "", s ? len : 0);
	case LIBRDF_NODE_TYPE_BLANK:
		s = librdf_node_get_counted_blank_identifier(n, &len);
		if (!(r = malloc(len + 3)))
			return NULL;
		memcpy(r, "_:", 2);
		memcpy(r + 2, s, len);
		r[len + 2] = '\0';
		return r;
	default:
		return nkg_strdup("");
	}
}

int nkg_graph_select(nkg_graph *g, const char *sparql, nkg_table **out,
		     nkg_error *err)
{
	librdf_query *q = NULL;
	librdf_query_results *res = NULL;
	nkg_table *t = NULL;
	size_t cap = 0;
	int rc = 0, n;

	*out = NULL;
	nkg_g_log_reset(g);
	if ((rc = nkg_g_union_refresh(g)) != 0) {
		nkg_g_log_error(g, err, rc, "librdf", "cannot build the query model");
		goto done;
	}
	nkg_g_log_reset(g);
	q = librdf_new_query(g->world, "sparql", NULL,
			     (const unsigned char *)sparql, NULL);
	if (!q) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "cannot create query");
		goto done;
	}
	/* rasqal parses the query here: syntax errors surface as NULL. */
	res = librdf_query_execute(q, g->umodel);
	if (!res || g->log_errors) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	if (!librdf_query_results_is_bindings(res)) {
		rc = nkg_error_set(err, NKG_EQUERY, "SPARQL: only SELECT queries give a table");
		goto done;
	}
	if (!(t = calloc(1, sizeof *t))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	n = librdf_query_results_get_bindings_count(res);
	if (n > 0) {
		if (!(t->cols = calloc((size_t)n, sizeof *t->cols))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		for (int i = 0; i < n; i++) {
			const char *name = librdf_query_results_get_binding_name(res, i);
			if (!(t->cols[i] = nkg_strdup(name ? name : ""))) {
				rc = NKG_ENOMEM;
				goto done;
			}
			t->ncols++;
		}
	}
	for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
		void *arr = t->cells;
		if (nkg_grow(&arr, &cap, (t->nrows + 1) * t->ncols + 1, sizeof *t->cells)) {
			rc = NKG_ENOMEM;
			goto done;
		}
		t->cells = arr;
		for (size_t c = 0; c < t->ncols; c++)
			t->cells[t->nrows * t->ncols + c] = NULL;
		t->nrows++;
		for (size_t c = 0; c < t->ncols; c++) {
			librdf_node *v = librdf_query_results_get_binding_value(res, (int)c);
			if (!v)
				continue;  /* unbound */
			t->cells[(t->nrows - 1) * t->ncols + c] = nkg_g_node_text(v);
			librdf_free_node(v);
			if (!t->cells[(t->nrows - 1) * t->ncols + c]) {
				rc = NKG_ENOMEM;
				goto done;
			}
		}
	}
	if (g->log_errors) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	*out = t;
	t = NULL;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	nkg_table_free(t);
	if (res)
		librdf_free_query_results(res);
	if (q)
		librdf_free_query(q);
	return rc;
}

/* ---- any SPARQL query --------------------------------------------------- */

int nkg_result_add_row(nkg_result *r, size_t *cap, nkg_term **row)
{
	void *arr = r->cells;
	/* + 1: a result with no columns still gets a non-NULL array */
	if (nkg_grow(&arr, cap, (r->nrows + 1) * r->ncols + 1, sizeof *r->cells))
		return NKG_ENOMEM;
	r->cells = arr;
	*row = &r->cells[r->nrows * r->ncols];
	memset(*row, 0, r->ncols * sizeof **row);
	r->nrows++;
	return 0;
}

void nkg_result_free(nkg_result *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->ncols; i++)
		free(r->cols[i]);
	for (size_t i = 0; i < r->ncols * r->nrows; i++) {
		free(r->cells[i].value);
		free(r->cells[i].lang);
		free(r->cells[i].datatype);
	}
	free(r->cols);
	free(r->cells);
	free(r->text);
	free(r);
}

static int term_of(librdf_node *n, nkg_term *t)
{
	size_t len = 0;
	unsigned char *s;

	memset(t, 0, sizeof *t);
	switch (librdf_node_get_type(n)) {
	case LIBRDF_NODE_TYPE_RESOURCE:
		t->kind = NKG_TERM_IRI;
		s = librdf_uri_as_counted_string(librdf_node_get_uri(n), &len);
		t->value = nkg_strndup((const char *)s, len);
		break;
	case LIBRDF_NODE_TYPE_BLANK:
		t->kind = NKG_TERM_BLANK;
		s = librdf_node_get_counted_blank_identifier(n, &len);
		t->value = nkg_strndup((const char *)s, len);
		break;
	case LIBRDF_NODE_TYPE_LITERAL: {
		const char *lang = librdf_node_get_literal_value_language(n);
		librdf_uri *dt = librdf_node_get_literal_value_datatype_uri(n);
		t->kind = NKG_TERM_LITERAL;
		s = librdf_node_get_literal_value_as_counted_string(n, &len);
		t->value = nkg_strndup(s ? (const char *)s : "", s ? len : 0);
		if (lang && *lang && !(t->lang = nkg_strdup(lang)))
			return NKG_ENOMEM;
		if (dt && !(t->datatype = nkg_strdup((const char *)librdf_uri_as_string(dt))))
			return NKG_ENOMEM;
		break;
	}
	default:
		t->kind = NKG_TERM_NONE;
		return 0;
	}
	return t->value ? 0 : NKG_ENOMEM;
}

/* Bindings as terms into r. */
static int result_cells(librdf_query_results *res, nkg_result *r)
{
	size_t cap = 0;
	int n = librdf_query_results_get_bindings_count(res);

	if (n > 0) {
		if (!(r->cols = calloc((size_t)n, sizeof *r->cols)))
			return NKG_ENOMEM;
		for (int i = 0; i < n; i++) {
			const char *name = librdf_query_results_get_binding_name(res, i);
			if (!(r->cols[i] = nkg_strdup(name ? name : "")))
				return NKG_ENOMEM;
			r->ncols++;
		}
	}
	for (; !librdf_query_results_finished(res); librdf_query_results_next(res)) {
		nkg_term *row;
		if (nkg_result_add_row(r, &cap, &row))
			return NKG_ENOMEM;
		for (size_t c = 0; c < r->ncols; c++) {
			librdf_node *v = librdf_query_results_get_binding_value(res, (int)c);
			int rc;
			if (!v)
				continue;  /* unbound */
			rc = term_of(v, &row[c]);
			librdf_free_node(v);
			if (rc)
				return rc;
		}
	}
	return 0;
}

int nkg_graph_query(nkg_graph *g, const char *sparql,
		    const char *results_format, const char *rdf_format,
		    nkg_result **out, nkg_error *err)
{
	static const char *const rfmts[] = { "json", "xml", "csv", "tsv", NULL };
	librdf_query *q = NULL;
	librdf_query_results *res = NULL;
	librdf_stream *s = NULL;
	nkg_graph *tmp = NULL;
	nkg_result *r = NULL;
	unsigned char *text = NULL;
	size_t len = 0;
	int rc = 0, ok = !results_format;

	*out = NULL;
	for (size_t i = 0; !ok && rfmts[i]; i++)
		ok = !strcmp(results_format, rfmts[i]);
	if (!ok)
		return nkg_error_set(err, NKG_EUSAGE,
				     "unknown results format \"%s\" (json, xml, csv, tsv)",
				     results_format);
	nkg_g_log_reset(g);
	if (!g->persistent && (rc = nkg_g_union_refresh(g)) != 0) {
		nkg_g_log_error(g, err, rc, "librdf", "cannot build the query model");
		goto done;
	}
	nkg_g_log_reset(g);
	if (!(r = calloc(1, sizeof *r))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	q = librdf_new_query(g->world, "sparql", NULL, (const unsigned char *)sparql, NULL);
	if (!q) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "cannot create query");
		goto done;
	}
	/* rasqal parses the query here: syntax errors surface as NULL. */
	res = librdf_query_execute(q, g->umodel);
	if (!res || g->log_errors) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	if (librdf_query_results_is_graph(res)) {
		r->kind = NKG_RESULT_GRAPH;
		/* Into a graph of our own, for the sorted, prefixed writers. */
		if ((rc = nkg_graph_new(&tmp, err)) != 0)
			goto done;
		if (!(s = librdf_query_results_as_stream(res))) {
			if (g->log_errors) {
				rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
				goto done;
			}
		} else if ((rc = nkg_g_copy_stream(tmp, s, NULL)) != 0) {
			nkg_g_rdf_fail(tmp, err, rc, "cannot copy the result");
			goto done;
		}
		if (g->log_errors) {
			rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
			goto done;
		}
		if ((rc = nkg_graph_serialize(tmp, rdf_format ? rdf_format : "turtle",
					      &r->text, &r->len, err)) != 0)
			goto done;
	} else if (librdf_query_results_is_boolean(res)) {
		int b = librdf_query_results_get_boolean(res);
		r->kind = NKG_RESULT_BOOLEAN;
		if (b < 0 || g->log_errors) {
			rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
			goto done;
		}
		r->boolean = b > 0;
		/* rasqal writes booleans in XML and JSON only. */
		if (results_format && (!strcmp(results_format, "csv") ||
				       !strcmp(results_format, "tsv"))) {
			nkg_buf b2 = {0};
			if (nkg_buf_printf(&b2, "_askResult%s%s%s", !strcmp(results_format, "csv") ? "\r\n" : "\n",
					   r->boolean ? "true" : "false",
					   !strcmp(results_format, "csv") ? "\r\n" : "\n")) {
				nkg_buf_free(&b2);
				rc = NKG_ENOMEM;
				goto done;
			}
			r->len = b2.len;
			r->text = nkg_buf_detach(&b2);
			results_format = NULL;
		}
	} else if (librdf_query_results_is_bindings(res)) {
		r->kind = NKG_RESULT_BINDINGS;
		if (!results_format && (rc = result_cells(res, r)) != 0)
			goto done;
	} else {
		rc = nkg_error_set(err, NKG_EQUERY, "SPARQL: unknown kind of result");
		goto done;
	}
	if (results_format && r->kind != NKG_RESULT_GRAPH) {
		/* Allocated by librdf: released with librdf_free_memory. */
		text = librdf_query_results_to_counted_string2(res, results_format,
							       NULL, NULL, NULL, &len);
		if (!text || g->log_errors) {
			rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "cannot write the results");
			goto done;
		}
		if (!(r->text = nkg_strndup((const char *)text, len))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		r->len = len;
	}
	if (g->log_errors) {
		rc = nkg_g_log_error(g, err, NKG_EQUERY, "SPARQL", "query failed");
		goto done;
	}
	*out = r;
	r = NULL;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	if (text)
		librdf_free_memory(text);
	if (s)
		librdf_free_stream(s);
	nkg_graph_free(tmp);
	nkg_result_free(r);
	if (res)
		librdf_free_query_results(res);
	if (q)
		librdf_free_query(q);
	return rc;
}

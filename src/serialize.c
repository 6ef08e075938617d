/* newskg — the graph written out through raptor's serialisers, in a
 * stable order (see graph.h). */
#include "graph_int.h"

/* Prefixes declared to the serialisers, in this order (Turtle, TriG,
 * RDF/XML print them as given). */
static const char *const ns_prefixes[][2] = {
	{ "nkg", NKG_NS },
	{ "nkgr", NKG_NS_ROLE },
	{ "nkge", NKG_NS_EVENT },
	{ "schema", SCHEMA_NS },
	{ "org", ORG_NS },
	{ "prov", PROV_NS },
	{ "oa", OA_NS },
	{ "skos", SKOS_NS },
	{ "owl", OWL_NS },
	{ "xsd", XSD_NS },
	{ "rdfs", RDFS_NS },
	{ "rdf", RDF_NS },
	{ "wd", WD_NS },
};

/* ---- collecting statements in a stable order --------------------------- */

void nkg_g_quads_free(quad_list *q)
{
	for (size_t i = 0; i < q->n; i++)
		raptor_free_statement(q->v[i]);
	free(q->v);
	q->v = NULL;
	q->n = q->cap = 0;
}

/* Appends a statement made of new references to s, p, o, graph. */
int nkg_g_quads_push(nkg_graph *g, quad_list *q, raptor_term *s,
		      raptor_term *p, raptor_term *o, raptor_term *graph)
{
	raptor_statement *st;
	void *arr = q->v;

	if (nkg_grow(&arr, &q->cap, q->n + 1, sizeof *q->v))
		return NKG_ENOMEM;
	q->v = arr;
	/* raptor_new_statement_from_nodes consumes the four references. */
	st = raptor_new_statement_from_nodes(librdf_world_get_raptor(g->world),
					     raptor_term_copy(s), raptor_term_copy(p),
					     raptor_term_copy(o),
					     graph ? raptor_term_copy(graph) : NULL);
	if (!st)
		return NKG_ENOMEM;
	q->v[q->n++] = st;
	return 0;
}

static int cmp_quad(const void *a, const void *b)
{
	const raptor_statement *x = *(raptor_statement *const *)a;
	const raptor_statement *y = *(raptor_statement *const *)b;
	int d = raptor_term_compare(x->graph, y->graph);
	if (!d) d = raptor_term_compare(x->subject, y->subject);
	if (!d) d = raptor_term_compare(x->predicate, y->predicate);
	if (!d) d = raptor_term_compare(x->object, y->object);
	return d;
}

static int cmp_triple(const void *a, const void *b)
{
	const raptor_statement *x = *(raptor_statement *const *)a;
	const raptor_statement *y = *(raptor_statement *const *)b;
	int d = raptor_term_compare(x->subject, y->subject);
	if (!d) d = raptor_term_compare(x->predicate, y->predicate);
	if (!d) d = raptor_term_compare(x->object, y->object);
	return d;
}

/* Snapshot of all statements; with_graphs == 0 drops the graphs and keeps
 * each triple once. */
static int quads_collect(nkg_graph *g, int with_graphs, quad_list *q)
{
	librdf_stream *s = librdf_model_as_stream(g->model);
	int rc = 0;
	size_t k = 0;

	if (!s)
		return NKG_ERDF;
	for (; !librdf_stream_end(s); librdf_stream_next(s)) {
		librdf_statement *st = librdf_stream_get_object(s);   /* borrowed */
		librdf_node *ctx = librdf_stream_get_context2(s);      /* borrowed */
		if (!st)
			continue;
		TRY(nkg_g_quads_push(g, q, st->subject, st->predicate, st->object,
			       with_graphs ? ctx : NULL));
	}
	if (!q->n)
		goto done;
	qsort(q->v, q->n, sizeof *q->v, with_graphs ? cmp_quad : cmp_triple);
	/* Drop duplicates (a triple held by several named graphs). */
	for (size_t i = 1; i < q->n; i++) {
		if ((with_graphs ? cmp_quad : cmp_triple)(&q->v[k], &q->v[i]) == 0)
			raptor_free_statement(q->v[i]);
		else
			q->v[++k] = q->v[i];
	}
	q->n = k + 1;
done:
	librdf_free_stream(s);
	return rc;
}

/* ---- serialising ------------------------------------------------------- */

static int cmp_line(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The lines of the N-Triples / N-Quads text[0..len) (each ends with
 * '\n'; text NUL-terminated, and used as scratch) sorted, each once, into
 * dst (emptied first; NUL-terminated). */
int nkg_g_sort_lines_into(char *text, size_t len, nkg_buf *dst)
{
	char **lines = NULL, *p = text, *end = text + len, *o;
	size_t n = 0, cap = 0;
	void *arr;

	while (p < end) {
		char *nl = memchr(p, '\n', (size_t)(end - p));
		void *arr = lines;
		if (nkg_grow(&arr, &cap, n + 1, sizeof *lines)) {
			free(lines);
			return NKG_ENOMEM;
		}
		lines = arr;
		lines[n++] = p;
		if (!nl)
			break;
		*nl = '\0';
		p = nl + 1;
	}
	if (n)
		qsort(lines, n, sizeof *lines, cmp_line);
	dst->len = 0;
	arr = dst->data;
	if (nkg_grow(&arr, &dst->cap, len + 2, 1)) {
		free(lines);
		return NKG_ENOMEM;
	}
	dst->data = arr;
	o = dst->data;
	for (size_t i = 0; i < n; i++) {
		size_t l;
		/* The same statement twice (the stream sink does not look up
		 * what it already wrote) is one line. */
		if (i && strcmp(lines[i - 1], lines[i]) == 0)
			continue;
		l = strlen(lines[i]);
		memcpy(o, lines[i], l);
		o += l;
		*o++ = '\n';
	}
	*o = '\0';
	free(lines);
	dst->len = (size_t)(o - dst->data);
	return 0;
}

/* nkg_g_sort_lines_into, in place of *text. */
static int sort_lines(char **text, size_t *len)
{
	nkg_buf sorted = {0};
	int rc = nkg_g_sort_lines_into(*text, *len, &sorted);

	if (!rc) {
		free(*text);
		*len = sorted.len;
		*text = nkg_buf_detach(&sorted);
		if (!*text)
			rc = NKG_ENOMEM;
	}
	nkg_buf_free(&sorted);
	return rc;
}

/* Whether any literal holds a C0 control other than TAB, LF, CR: XML 1.0
 * cannot carry those, so RDF/XML then has to be written as XML 1.1. */
static int needs_xml11(const quad_list *q)
{
	for (size_t i = 0; i < q->n; i++) {
		const raptor_term *o = q->v[i]->object;
		if (o->type != RAPTOR_TERM_TYPE_LITERAL)
			continue;
		for (const unsigned char *c = o->value.literal.string; *c; c++)
			if (*c < 0x20 && *c != '\t' && *c != '\n' && *c != '\r')
				return 1;
	}
	return 0;
}

/* Whether raptor 2.0.15's Turtle writer would produce invalid Turtle for
 * q->v[from..to): it picks """long""" strings only for literals with a LF
 * and never escapes CR, so a CR without a LF lands raw in a "short"
 * string.  Such ranges are written as N-Triples instead (N-Triples lines
 * are Turtle, and raptor escapes everything there). */
static int turtle_unsafe(const quad_list *q, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		const raptor_term *o = q->v[i]->object;
		const char *str;
		if (o->type != RAPTOR_TERM_TYPE_LITERAL)
			continue;
		str = (const char *)o->value.literal.string;
		if (strchr(str, '\r') && !strchr(str, '\n'))
			return 1;
	}
	return 0;
}

/* raptor 2.0.15's RDF/JSON writer escapes characters beyond U+FFFF the
 * N-Triples way, \UXXXXXXXX, which is not JSON (an emoji in an article made
 * the whole file unreadable).  Rewrites each such escape as the UTF-8
 * character itself, which JSON allows in strings.  Every backslash in the
 * writer's output starts an escape, so escapes are copied two bytes at a
 * time and an escaped backslash before a 'U' is left alone. */
static int json_fix_astral(char **text, size_t *len)
{
	const char *s = *text, *bs;
	size_t n = *len, i = 0;
	nkg_buf b = {0};

	if (!memmem(s, n, "\\U", 2))
		return 0;
	while (i < n) {
		unsigned long cp = 0;
		size_t k, run;
		bs = memchr(s + i, '\\', n - i);
		run = bs ? (size_t)(bs - (s + i)) : n - i;
		if (run && nkg_buf_append(&b, s + i, run))
			goto oom;
		i += run;
		if (i + 1 >= n) {
			if (i < n && nkg_buf_append(&b, s + i, 1))
				goto oom;
			break;
		}
		for (k = 0; s[i + 1] == 'U' && k < 8 && i + 2 + k < n; k++) {
			char h = s[i + 2 + k];
			int v = h >= '0' && h <= '9' ? h - '0' : h >= 'A' && h <= 'F' ? h - 'A' + 10 :
				h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
			if (v < 0)
				break;
			cp = cp << 4 | (unsigned long)v;
		}
		if (s[i + 1] == 'U' && k == 8 && cp >= 0x10000 && cp <= 0x10FFFF) {
			char u[4] = { (char)(0xF0 | cp >> 18), (char)(0x80 | (cp >> 12 & 0x3F)),
				      (char)(0x80 | (cp >> 6 & 0x3F)), (char)(0x80 | (cp & 0x3F)) };
			if (nkg_buf_append(&b, u, 4))
				goto oom;
			i += 10;
		} else {
			if (nkg_buf_append(&b, s + i, 2))
				goto oom;
			i += 2;
		}
	}
	free(*text);
	*len = b.len;
	*text = nkg_buf_detach(&b);
	return *text ? 0 : NKG_ENOMEM;
oom:
	nkg_buf_free(&b);
	return NKG_ENOMEM;
}

/* Serialises q->v[from..to) with a fresh raptor serializer `name`, the
 * prefixes declared.  *out is malloc'ed. */
static int run_serializer(nkg_graph *g, const char *name, const quad_list *q,
			  size_t from, size_t to, char **out, size_t *out_len)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_serializer *ser = NULL;
	memout m = {0};
	int rc = 0;

	ser = raptor_new_serializer(rw, name);
	if (!ser) {
		rc = NKG_ERDF;
		goto done;
	}
	for (size_t i = 0; i < sizeof ns_prefixes / sizeof *ns_prefixes; i++) {
		raptor_uri *u = raptor_new_uri(rw, (const unsigned char *)ns_prefixes[i][1]);
		if (!u) {
			rc = NKG_ENOMEM;
			goto done;
		}
		/* Not checked: it also returns 1 for a prefix the serialiser
		 * declares by itself (rdf: in Turtle). */
		raptor_serializer_set_namespace(ser, u, (const unsigned char *)ns_prefixes[i][0]);
		raptor_free_uri(u);
	}
	if (strncmp(name, "rdfxml", 6) == 0 && needs_xml11(q))
		raptor_serializer_set_option(ser, RAPTOR_OPTION_WRITER_XML_VERSION, NULL, 11);
	if ((rc = nkg_g_memout_open(rw, &m)) != 0)
		goto done;
	if (raptor_serializer_start_to_iostream(ser, NULL, m.io)) {
		rc = NKG_ERDF;
		goto done;
	}
	for (size_t i = from; i < to; i++) {
		if (raptor_serializer_serialize_statement(ser, q->v[i])) {
			rc = NKG_ERDF;
			goto done;
		}
	}
	if (raptor_serializer_serialize_end(ser))
		rc = NKG_ERDF;
done:
	/* The serializer first: it may still write into the stream. */
	if (ser)
		raptor_free_serializer(ser);
	if (!rc && g->log_errors)
		rc = NKG_ERDF;
	if (rc) {
		nkg_g_memout_close(&m, NULL, NULL);
		return rc;
	}
	return nkg_g_memout_close(&m, out, out_len);
}

/* Length of the "@prefix ... .\n" lines (and the blank line after them)
 * that start a raptor Turtle document. */
static size_t turtle_header_len(const char *s)
{
	const char *p = s, *nl;
	while (strncmp(p, "@prefix ", 8) == 0 && (nl = strchr(p, '\n')))
		p = nl + 1;
	if (*p == '\n')
		p++;
	return (size_t)(p - s);
}

/* TriG, q sorted by graph.  raptor 2.0.15 parses TriG but has no TriG
 * serialiser (and its Turtle serialiser cannot be flushed part-way), so
 * each graph goes through its own Turtle serialiser; its @prefix header
 * is dropped and the prefixes are written once at the top.  Graph names
 * are written by raptor_term_turtle_write: no RDF text is built by hand
 * beyond the braces. */
static int write_trig(nkg_graph *g, const quad_list *q, char **out, size_t *out_len)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_namespace_stack *nstack = NULL;
	memout m = {0};
	nkg_buf b = {0};
	char *part = NULL, *label = NULL;
	size_t plen = 0, llen = 0;
	int rc = 0;

	/* The header: a Turtle document without statements. */
	if ((rc = run_serializer(g, "turtle", q, 0, 0, &part, &plen)) != 0)
		goto done;
	if (nkg_buf_append(&b, part, plen)) {
		rc = NKG_ENOMEM;
		goto done;
	}
	free(part);
	part = NULL;
	/* An empty namespace stack: graph names as full <IRI>s. */
	if (!(nstack = raptor_new_namespaces(rw, 0))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = 0, j; i < q->n; i = j) {
		raptor_term *graph = q->v[i]->graph;
		size_t h;
		for (j = i + 1; j < q->n && raptor_term_compare(q->v[j]->graph, graph) == 0; j++)
			;
		if (graph) {
			if ((rc = nkg_g_memout_open(rw, &m)) != 0)
				goto done;
			if (raptor_term_turtle_write(m.io, graph, nstack, NULL)) {
				rc = NKG_ERDF;
				goto done;
			}
			if ((rc = nkg_g_memout_close(&m, &label, &llen)) != 0)
				goto done;
			if (nkg_buf_append(&b, label, llen) || nkg_buf_puts(&b, " ")) {
				rc = NKG_ENOMEM;
				goto done;
			}
			free(label);
			label = NULL;
		}
		if ((rc = run_serializer(g, turtle_unsafe(q, i, j) ? "ntriples" : "turtle",
					 q, i, j, &part, &plen)) != 0)
			goto done;
		h = turtle_header_len(part);
		if (nkg_buf_puts(&b, "{\n") || nkg_buf_append(&b, part + h, plen - h) ||
		    nkg_buf_puts(&b, "}\n\n")) {
			rc = NKG_ENOMEM;
			goto done;
		}
		free(part);
		part = NULL;
	}
	*out_len = b.len;
	if (!(*out = nkg_buf_detach(&b)))
		rc = NKG_ENOMEM;
done:
	nkg_g_memout_close(&m, NULL, NULL);
	if (nstack)
		raptor_free_namespaces(nstack);
	free(label);
	free(part);
	nkg_buf_free(&b);
	return rc;
}

/* ---- the formats, as a table (raptor's factory style) ------------------- */

/* How a format's text is made from the collected statements: raptor's
 * serialiser named raptor, as it is or with our fixes. */
typedef int (*format_write_fn)(nkg_graph *g, const quad_list *q, const char *raptor,
			       char **text, size_t *len);

static int write_plain(nkg_graph *g, const quad_list *q, const char *raptor, char **text,
		       size_t *len)
{
	return run_serializer(g, raptor, q, 0, q->n, text, len);
}

/* Turtle, or where raptor's Turtle writer would write what it cannot read
 * back (turtle_unsafe): the @prefix header, then the statements as
 * N-Triples. */
static int write_turtle(nkg_graph *g, const quad_list *q, const char *raptor, char **text,
			size_t *len)
{
	if (!turtle_unsafe(q, 0, q->n))
		return run_serializer(g, raptor, q, 0, q->n, text, len);
	nkg_buf b = {0};
	char *part = NULL;
	size_t plen = 0;
	int rc = run_serializer(g, raptor, q, 0, 0, &part, &plen);
	if (!rc && nkg_buf_append(&b, part, plen))
		rc = NKG_ENOMEM;
	free(part);
	part = NULL;
	if (!rc)
		rc = run_serializer(g, "ntriples", q, 0, q->n, &part, &plen);
	if (!rc && nkg_buf_append(&b, part, plen))
		rc = NKG_ENOMEM;
	free(part);
	*len = b.len;
	*text = rc ? NULL : nkg_buf_detach(&b);
	if (!rc && !*text)
		rc = NKG_ENOMEM;
	nkg_buf_free(&b);
	return rc;
}

/* TriG: one Turtle block per named graph (write_trig). */
static int write_trig_format(nkg_graph *g, const quad_list *q, const char *raptor, char **text,
			     size_t *len)
{
	(void)raptor;
	return write_trig(g, q, text, len);
}

/* RDF/JSON, its astral characters fixed (json_fix_astral). */
static int write_json(nkg_graph *g, const quad_list *q, const char *raptor, char **text,
		      size_t *len)
{
	int rc = run_serializer(g, raptor, q, 0, q->n, text, len);
	return rc ? rc : json_fix_astral(text, len);
}

/* Every RDF format newskg writes, by the name users give (the names of
 * nkg_graph_formats, in the same order). */
static const struct rdf_format {
	const char *name;
	const char *raptor;     /* raptor's serialiser */
	int quads;              /* collect the named graphs too */
	int lines;              /* a statement per line, sorted after */
	format_write_fn write;
} rdf_formats[] = {
	{ "turtle", "turtle", 0, 0, write_turtle },
	{ "ntriples", "ntriples", 0, 1, write_plain },
	{ "nquads", "nquads", 1, 1, write_plain },
	{ "trig", "turtle", 1, 0, write_trig_format },
	/* (one rdf:Description per subject) */
	{ "rdfxml", "rdfxml-abbrev", 0, 0, write_plain },
	{ "json", "json", 0, 0, write_json },
};

int nkg_graph_serialize(nkg_graph *g, const char *format, char **out,
			size_t *out_len, nkg_error *err)
{
	quad_list q = {0};
	const struct rdf_format *f = NULL;
	int rc = 0;
	char *text = NULL;
	size_t len = 0;

	*out = NULL;
	if (out_len)
		*out_len = 0;
	nkg_g_log_reset(g);
	if (!format)
		format = "turtle";
	for (size_t i = 0; i < sizeof rdf_formats / sizeof *rdf_formats && !f; i++)
		if (strcmp(format, rdf_formats[i].name) == 0)
			f = &rdf_formats[i];
	if (!f)
		return nkg_error_set(err, NKG_EUSAGE,
				     "unknown RDF format \"%s\" (turtle, ntriples, nquads, trig, rdfxml, json)",
				     format);
	rc = quads_collect(g, f->quads, &q);
	if (rc)
		goto done;
	if ((rc = f->write(g, &q, f->raptor, &text, &len)) != 0)
		goto done;
	if (f->lines && (rc = sort_lines(&text, &len)) != 0)
		goto done;
	*out = text;
	text = NULL;
	if (out_len)
		*out_len = len;
done:
	if (rc == NKG_ENOMEM)
		nkg_error_set(err, rc, "out of memory");
	else if (rc)
		nkg_g_log_error(g, err, rc, format, "serialisation failed");
	free(text);
	nkg_g_quads_free(&q);
	return rc;
}

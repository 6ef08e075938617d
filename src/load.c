/* newskg — RDF files read into the graph through raptor's parsers (see
 * graph.h). */
#include "graph_int.h"

/* ---- loading ------------------------------------------------------------ */

static const char *format_from_name(const char *path)
{
	static const char *const ext[][2] = {
		{ ".ttl", "turtle" }, { ".turtle", "turtle" },
		{ ".nt", "ntriples" }, { ".ntriples", "ntriples" },
		{ ".nq", "nquads" }, { ".nquads", "nquads" }, { ".trig", "trig" },
		{ ".rdf", "rdfxml" }, { ".rdfxml", "rdfxml" }, { ".owl", "rdfxml" },
		{ ".xml", "rdfxml" }, { ".json", "json" }, { ".rj", "json" },
	};
	const char *dot = strrchr(path, '.');
	if (!dot || strchr(dot, '/'))
		return NULL;
	for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
		if (strcasecmp(dot, ext[i][0]) == 0)
			return ext[i][1];
	return NULL;
}

typedef struct load_ctx {
	nkg_graph *g;
	quad_list q;
	int rc;
	int dt_leak;  /* see load_statement */
} load_ctx;

/* raptor statement handler: st and its terms are raptor's, valid only
 * during the call; we keep new references. */
static void load_statement(void *user_data, raptor_statement *st)
{
	load_ctx *lc = user_data;
	raptor_term *o = st->object;

	/* raptor < 2.0.16's N-Triples/N-Quads term parser keeps one reference
	 * too many to a literal's datatype URI (fixed upstream by "Free
	 * N-Triples datatype_uri", 2020).  The term holds its own reference,
	 * so dropping the stray one here is safe and stops the leak. */
	if (lc->dt_leak && o && o->type == RAPTOR_TERM_TYPE_LITERAL &&
	    o->value.literal.datatype)
		raptor_free_uri(o->value.literal.datatype);
	if (!lc->rc)
		lc->rc = nkg_g_quads_push(lc->g, &lc->q, st->subject, st->predicate,
				    st->object, st->graph);
}

static int read_file(const char *path, char **data, size_t *len, nkg_error *err)
{
	nkg_buf b = {0};
	char chunk[65536];
	size_t n;
	FILE *f = fopen(path, "rb");

	if (!f)
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		if (nkg_buf_append(&b, chunk, n)) {
			fclose(f);
			nkg_buf_free(&b);
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		}
	}
	if (ferror(f)) {
		int e = errno;
		fclose(f);
		nkg_buf_free(&b);
		return nkg_error_set(err, NKG_EIO, "%s: read error: %s", path, strerror(e));
	}
	fclose(f);
	*len = b.len;
	*data = nkg_buf_detach(&b);
	return *data ? 0 : nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

/* The format of path (format, or by its name), checked. */
static int load_format(const char *path, const char **format, nkg_error *err)
{
	const char *f = *format;

	if (!f && strlen(path) > 7 && strcasecmp(path + strlen(path) - 7, ".jsonld") == 0)
		return nkg_error_set(err, NKG_EUSAGE,
				     "%s: JSON-LD cannot be read (raptor has no JSON-LD parser); use RDF/JSON (.json)",
				     path);
	if (!f && !(f = format_from_name(path)))
		return nkg_error_set(err, NKG_EUSAGE,
				     "%s: cannot tell the RDF format from the file name", path);
	if (strcmp(f, "rdfxml") != 0 && strcmp(f, "turtle") != 0 &&
	    strcmp(f, "ntriples") != 0 && strcmp(f, "nquads") != 0 &&
	    strcmp(f, "trig") != 0 && strcmp(f, "json") != 0)
		return nkg_error_set(err, NKG_EUSAGE, "%s: unknown RDF format \"%s\"", path, f);
	*format = f;
	return 0;
}

/* Parses data (the text of path, or the part of it that starts after
 * line line0) into g. */
static int load_text(nkg_graph *g, const char *path, const char *format,
		     const char *data, size_t len, long line0, nkg_error *err)
{
	raptor_world *rw = librdf_world_get_raptor(g->world);
	raptor_parser *parser = NULL;
	raptor_uri *base = NULL;
	unsigned char *base_str = NULL;
	load_ctx lc = { .g = g };
	int rc = 0;

	/* A raptor parser rather than librdf_parser: librdf 1.0.17's parser
	 * drops the graph of N-Quads / TriG statements.  Statements are
	 * collected first and added only if the whole text parsed, so a bad
	 * file adds nothing. */
	parser = raptor_new_parser(rw, format);
	base_str = raptor_uri_filename_to_uri_string(path);
	base = base_str ? raptor_new_uri(rw, base_str) : NULL;
	if (!parser || !base) {
		rc = nkg_g_log_error(g, err, NKG_ERDF, path, "cannot create parser");
		goto done;
	}
	lc.dt_leak = raptor_version_decimal < 20016 &&
		(strcmp(format, "ntriples") == 0 || strcmp(format, "nquads") == 0);
	raptor_parser_set_statement_handler(parser, &lc, load_statement);
	if (raptor_parser_parse_start(parser, base) ||
	    raptor_parser_parse_chunk(parser, (const unsigned char *)data, len, 1) ||
	    g->log_errors) {
		if (g->log_line > 0)
			g->log_line += (int)line0;
		rc = nkg_g_log_error(g, err, NKG_ERDF, path, "parse error");
		goto done;
	}
	if (lc.rc) {
		rc = nkg_error_set(err, lc.rc, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < lc.q.n; i++) {
		raptor_statement *st = lc.q.v[i];
		if ((rc = nkg_g_add_statement(g, st->graph, st)) != 0) {
			if (rc == NKG_ENOMEM)
				nkg_error_set(err, rc, "out of memory");
			else
				nkg_g_log_error(g, err, rc, path, "cannot add statement");
			goto done;
		}
	}
done:
	nkg_g_quads_free(&lc.q);
	if (parser)
		raptor_free_parser(parser);
	if (base)
		raptor_free_uri(base);
	if (base_str)
		raptor_free_memory(base_str);
	return rc;
}

int nkg_graph_load(nkg_graph *g, const char *path, const char *format,
		   nkg_error *err)
{
	char *data = NULL;
	size_t len = 0;
	int rc;

	nkg_g_log_reset(g);
	if ((rc = load_format(path, &format, err)) || (rc = read_file(path, &data, &len, err)))
		return rc;
	rc = load_text(g, path, format, data, len, 0, err);
	free(data);
	return rc;
}

/* One part of a line-based file: a graph of its own, handed to fn. */
static int load_part(const char *path, const char *format, const char *data, size_t len,
		     long line0, nkg_graph_part_fn fn, void *ctx, nkg_error *err)
{
	nkg_graph *g = NULL;
	int rc;

	if (!(rc = nkg_graph_new(&g, err)) &&
	    !(rc = load_text(g, path, format, data, len, line0, err)))
		rc = fn(ctx, g, err);
	nkg_graph_free(g);
	return rc;
}

int nkg_graph_load_each(const char *path, const char *format, size_t part_lines,
			nkg_graph_part_fn fn, void *ctx, nkg_error *err)
{
	char chunk[1 << 16];
	nkg_buf part = {0};
	FILE *f = NULL;
	size_t n, lines = 0;
	long line0 = 0;
	int rc;

	if ((rc = load_format(path, &format, err)) != 0)
		return rc;
	/* Only N-Triples and N-Quads have a statement per line, so that any
	 * run of lines parses alone; other formats are read whole. */
	if (strcmp(format, "nquads") && strcmp(format, "ntriples")) {
		char *data = NULL;
		size_t len = 0;
		if ((rc = read_file(path, &data, &len, err)) == 0)
			rc = load_part(path, format, data, len, 0, fn, ctx, err);
		free(data);
		return rc;
	}
	if (!(f = fopen(path, "rb")))
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", path, strerror(errno));
	while (!rc && (n = fread(chunk, 1, sizeof chunk, f)) > 0) {
		size_t cut = part.len;
		if (nkg_buf_append(&part, chunk, n)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			break;
		}
		for (size_t i = cut; i < part.len; i++)
			lines += part.data[i] == '\n';
		if (lines < part_lines)
			continue;
		/* Up to the last whole line; the rest starts the next part. */
		cut = part.len;
		while (cut > 0 && part.data[cut - 1] != '\n')
			cut--;
		rc = load_part(path, format, part.data, cut, line0, fn, ctx, err);
		/* Every newline counted is before cut (the last one ends it). */
		line0 += (long)lines;
		lines = 0;
		memmove(part.data, part.data + cut, part.len - cut);
		part.len -= cut;
	}
	if (!rc && ferror(f))
		rc = nkg_error_set(err, NKG_EIO, "%s: read error: %s", path, strerror(errno));
	if (!rc && (part.len || !line0))
		rc = load_part(path, format, part.data ? part.data : "", part.len, line0, fn, ctx, err);
	fclose(f);
	nkg_buf_free(&part);
	return rc;
}

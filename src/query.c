/* newskg — SPARQL queries: terms and $parameters, the shipped queries of
 * queries/NAME.rq, and running a query (DESCRIBE included) into one of the
 * result formats of results.c (see query.h).
 *
 * Queries run through nkg_graph_query (librdf + rasqal 0.9.33).  rasqal
 * evaluates a query in the order it is written, joining groups and
 * OPTIONALs by nested loops without passing bindings along, and librdf's
 * hashes storage only uses an index when exactly one part of a pattern is
 * unknown (or the predicate alone, with index-predicates).  The shipped
 * queries are written for that: see the comments in queries/NAME.rq and
 * docs/querying.md.
 *
 * This file prints nothing and parses no command line: the commands built
 * on it are the tool's (src/cli_query.c). */
#include "newskg/query.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newskg/results.h"

#include "sparql.h"

/* ---- terms for SPARQL text ------------------------------------------------ */

int nkg_query_literal(nkg_buf *out, const char *s, nkg_error *err)
{
	size_t n = s ? strlen(s) : 0, bad = 0;

	if (!s)
		return nkg_error_set(err, NKG_EINPUT, "SPARQL literal: no value");
	if (nkg_utf8_check(s, n, &bad) != 0)
		return nkg_error_set(err, NKG_EINPUT,
				     "SPARQL literal: invalid UTF-8 at byte %zu", bad);
	if (nkg_buf_puts(out, "\""))
		goto oom;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		const char *esc = NULL;
		char u[8];
		switch (*p) {
		case '"': esc = "\\\""; break;
		case '\\': esc = "\\\\"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\t': esc = "\\t"; break;
		case '\b': esc = "\\b"; break;
		case '\f': esc = "\\f"; break;
		default:
			if (*p < 0x20 || *p == 0x7f) {
				snprintf(u, sizeof u, "\\u%04X", *p);
				esc = u;
			}
		}
		if (esc ? nkg_buf_puts(out, esc) : nkg_buf_append(out, (const char *)p, 1))
			goto oom;
	}
	if (nkg_buf_puts(out, "\""))
		goto oom;
	return 0;
oom:
	return nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

int nkg_query_iri(nkg_buf *out, const char *iri, nkg_error *err)
{
	size_t bad = 0;

	if (!iri || !*iri)
		return nkg_error_set(err, NKG_EINPUT, "SPARQL IRI: empty");
	if (nkg_utf8_check(iri, strlen(iri), &bad) != 0)
		return nkg_error_set(err, NKG_EINPUT, "SPARQL IRI: invalid UTF-8 at byte %zu", bad);
	for (const unsigned char *p = (const unsigned char *)iri; *p; p++)
		if (*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
			return nkg_error_set(err, NKG_EINPUT,
					     "SPARQL IRI: character %s not allowed in <%s>",
					     *p <= 0x20 ? "(control or space)" : (char[]){ (char)*p, 0 }, iri);
	if (nkg_buf_puts(out, "<") || nkg_buf_puts(out, iri) || nkg_buf_puts(out, ">"))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	return 0;
}

/* ---- $parameters ------------------------------------------------------------ */

/* Length of the IRIREF at s ("<...>"), or 0 if '<' starts an operator. */
static size_t iriref_len(const char *s)
{
	size_t i = 1;
	for (; s[i] && s[i] != '>'; i++)
		if ((unsigned char)s[i] <= 0x20 || strchr("<\"{}|^`\\", s[i]))
			return 0;
	return s[i] == '>' ? i + 1 : 0;
}

/* Length of the string literal at s (quote char s[0], maybe long). */
static size_t string_len(const char *s)
{
	char q = s[0];
	int lng = s[1] == q && s[2] == q;
	size_t i = lng ? 3 : 1;

	for (; s[i]; i++) {
		if (s[i] == '\\' && s[i + 1]) {
			i++;
			continue;
		}
		if (lng) {
			if (s[i] == q && s[i + 1] == q && s[i + 2] == q)
				return i + 3;
		} else if (s[i] == q || s[i] == '\n') {
			return i + 1;
		}
	}
	return i;  /* unterminated: rasqal will say so */
}

int nkg_query_bind(const char *sparql, const nkg_query_param *params,
		   size_t n, char **out, nkg_error *err)
{
	nkg_buf b = {0};
	size_t *used = NULL;
	const char *p = sparql;
	int rc = 0;

	*out = NULL;
	if (n && !(used = calloc(n, sizeof *used)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	while (*p) {
		size_t len = 1;
		if (*p == '#') {
			len = strcspn(p, "\n");
		} else if (*p == '"' || *p == '\'') {
			len = string_len(p);
		} else if (*p == '<') {
			len = iriref_len(p);
			if (!len)
				len = 1;
		} else if ((*p == '$' || *p == '?') && nkg_sparql_name_char((unsigned char)p[1])) {
			size_t k = 1;
			while (nkg_sparql_name_char((unsigned char)p[k]))
				k++;
			len = k;
			if (*p == '$') {
				for (size_t i = 0; i < n; i++) {
					if (strlen(params[i].name) == k - 1 &&
					    !strncmp(p + 1, params[i].name, k - 1)) {
						if (nkg_buf_puts(&b, params[i].term))
							goto oom;
						used[i]++;
						p += k;
						len = 0;
						break;
					}
				}
				if (!len)
					continue;
			}
		} else if (((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))) {
			/* A word (keyword, prefixed name): copied whole (a
			 * '$' right after it opens a variable, as SPARQL reads
			 * "a$org": the keyword "a", then $org). */
			while (nkg_sparql_name_char((unsigned char)p[len]) || p[len] == ':' ||
			       p[len] == '-' || p[len] == '.')
				len++;
			while (len > 1 && p[len - 1] == '.')
				len--;
		}
		if (nkg_buf_append(&b, p, len))
			goto oom;
		p += len;
	}
	for (size_t i = 0; i < n; i++) {
		if (!used[i]) {
			rc = nkg_error_set(err, NKG_EUSAGE, "the query has no parameter $%s",
					   params[i].name);
			goto done;
		}
	}
	if (!b.data && nkg_buf_puts(&b, ""))
		goto oom;
	*out = nkg_buf_detach(&b);
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	free(used);
	nkg_buf_free(&b);
	return rc;
}

/* ---- finding shipped queries ---------------------------------------------- */

static int read_all(FILE *f, const char *name, char **out, nkg_error *err)
{
	nkg_buf b = {0};
	char chunk[65536];
	size_t n;

	while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
		if (nkg_buf_append(&b, chunk, n)) {
			nkg_buf_free(&b);
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		}
	if (ferror(f)) {
		nkg_buf_free(&b);
		return nkg_error_set(err, NKG_EIO, "%s: read error", name);
	}
	if (!b.data && nkg_buf_puts(&b, "")) {
		nkg_buf_free(&b);
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
	*out = nkg_buf_detach(&b);
	return 0;
}

static int read_path(const char *path, char **out, nkg_error *err)
{
	FILE *f;
	int rc;

	if (!strcmp(path, "-"))
		return read_all(stdin, "standard input", out, err);
	if (!(f = fopen(path, "rb")))
		return nkg_error_set(err, NKG_EIO, "%s: cannot open: %s", path, strerror(errno));
	rc = read_all(f, path, out, err);
	fclose(f);
	return rc;
}

static int is_file(const char *p)
{
	struct stat st;
	return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

int nkg_query_find(const char *name, const char *argv0, char **text,
		   char **path, nkg_error *err)
{
	char exe[PATH_MAX], cand[PATH_MAX + 64];
	const char *dirs[4];
	size_t nd = 0;
	const char *env = getenv("NEWSKG_QUERIES");
	ssize_t n;
	int rc;

	*text = NULL;
	if (path)
		*path = NULL;
	if (!strcmp(name, "-") || strchr(name, '/') || strstr(name, ".rq")) {
		if ((rc = read_path(name, text, err)) == 0 && path && !(*path = nkg_strdup(name))) {
			free(*text);
			*text = NULL;
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		}
		return rc;
	}
	for (const char *c = name; *c; c++)
		if (!nkg_sparql_name_char((unsigned char)*c) && *c != '-')
			return nkg_error_set(err, NKG_EUSAGE, "%s: not a query name", name);
	if (env && *env)
		dirs[nd++] = env;
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0 && argv0) {
		snprintf(exe, sizeof exe, "%s", argv0);
		n = (ssize_t)strlen(exe);
	}
	if (n > 0) {
		char *slash;
		exe[n] = '\0';
		if ((slash = strrchr(exe, '/')))
			*slash = '\0';
	} else {
		exe[0] = '\0';
	}
	for (int pass = 0; pass < 4; pass++) {
		if (pass == 0 && nd)
			snprintf(cand, sizeof cand, "%s/%s.rq", dirs[0], name);
		else if (pass == 1 && *exe)
			snprintf(cand, sizeof cand, "%s/../queries/%s.rq", exe, name);
		else if (pass == 2 && *exe)
			snprintf(cand, sizeof cand, "%s/../share/newskg/queries/%s.rq", exe, name);
		else if (pass == 3)
			snprintf(cand, sizeof cand, "queries/%s.rq", name);
		else
			continue;
		if (!is_file(cand))
			continue;
		if ((rc = read_path(cand, text, err)) != 0)
			return rc;
		if (path && !(*path = nkg_strdup(cand))) {
			free(*text);
			*text = NULL;
			return nkg_error_set(err, NKG_ENOMEM, "out of memory");
		}
		return 0;
	}
	return nkg_error_set(err, NKG_ENOTFOUND,
			     "query '%s' not found (looked for %s.rq in $NEWSKG_QUERIES, "
			     "next to the executable and in ./queries)", name, name);
}

/* "SPARQL:3:7: msg" from nkg_graph_query, told as "where:3:7: msg" and
 * followed by that line of the query. */
static int error_context(nkg_error *err, int rc, const char *where, const char *q)
{
	char tmp[NKG_ERRMSG_MAX];
	const char *rest, *line;
	long ln = 0;
	size_t len;

	if (!err || strncmp(err->msg, "SPARQL", 6) != 0 ||
	    (err->msg[6] != ':' && err->msg[6] != ' '))
		return rc;
	rest = err->msg + 6;
	if (rest[0] == ':' && rest[1] >= '0' && rest[1] <= '9')
		ln = strtol(rest + 1, NULL, 10);
	line = q;
	for (long i = 1; line && i < ln; i++)
		if ((line = strchr(line, '\n')))
			line++;
	if (ln <= 0 || !line)
		snprintf(tmp, sizeof tmp, "%s%s", where ? where : "SPARQL", rest);
	else {
		len = strcspn(line, "\r\n");
		snprintf(tmp, sizeof tmp, "%s%s\n    %.*s", where ? where : "SPARQL", rest,
			 (int)(len > 160 ? 160 : len), line);
	}
	return nkg_error_set(err, rc, "%s", tmp);
}

/* ---- DESCRIBE ------------------------------------------------------------------
 *
 * rasqal 0.9.33 parses DESCRIBE but describes nothing (an empty graph, or
 * a failure without WHERE), so it is done here: the resources named or
 * selected, and for each the triples it is the subject of. */

static const char *skip_ws(const char *p)
{
	for (;;) {
		while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
			p++;
		if (*p != '#')
			return p;
		p += strcspn(p, "\n");
	}
}

static size_t word_len(const char *p)
{
	size_t n = 0;
	while (nkg_sparql_name_char((unsigned char)p[n]) || p[n] == ':' || p[n] == '-' || p[n] == '.')
		n++;
	while (n > 0 && p[n - 1] == '.')
		n--;
	return n;
}

static int word_is(const char *p, size_t n, const char *w)
{
	if (strlen(w) != n)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((p[i] | 0x20) != w[i])
			return 0;
	return 1;
}

/* Where the query form keyword starts (after PREFIX and BASE lines). */
static const char *form_start(const char *q)
{
	const char *p = skip_ws(q);
	for (;;) {
		size_t n = word_len(p), k;
		if (word_is(p, n, "base")) {
			p = skip_ws(p + n);
			if (*p == '<' && (k = iriref_len(p)))
				p = skip_ws(p + k);
		} else if (word_is(p, n, "prefix")) {
			p = skip_ws(p + n);
			p = skip_ws(p + word_len(p));
			if (*p == '<' && (k = iriref_len(p)))
				p = skip_ws(p + k);
		} else {
			return p;
		}
	}
}

static int is_describe(const char *q)
{
	const char *p = form_start(q);
	return word_is(p, word_len(p), "describe");
}

/* Rewrites DESCRIBE into CONSTRUCT { ?r ?p ?o } over the resources;
 * *out: the CONSTRUCT query (caller frees). */
static int describe_query(nkg_graph *g, const char *q, const char *where,
			  char **out, nkg_error *err)
{
	const char *start = form_start(q), *p, *body = NULL;
	nkg_buf vars = {0}, consts = {0}, sel = {0}, cq = {0};
	nkg_result *r = NULL;
	int star = 0, rc = 0;

	*out = NULL;
	p = skip_ws(start + word_len(start));
	while (*p) {
		size_t n;
		if (*p == '*') {
			star = 1;
			p = skip_ws(p + 1);
		} else if ((*p == '?' || *p == '$') && nkg_sparql_name_char((unsigned char)p[1])) {
			for (n = 1; nkg_sparql_name_char((unsigned char)p[n]); n++)
				;
			if (nkg_buf_puts(&vars, " ?") || nkg_buf_append(&vars, p + 1, n - 1))
				goto oom;
			p = skip_ws(p + n);
		} else if (*p == '<' && (n = iriref_len(p))) {
			if (nkg_buf_puts(&consts, " ") || nkg_buf_append(&consts, p, n))
				goto oom;
			p = skip_ws(p + n);
		} else if (*p == '{') {
			body = p;
			break;
		} else if ((n = word_len(p)) > 0) {
			if (word_is(p, n, "where") || word_is(p, n, "from")) {
				body = p;
				break;
			}
			if (!memchr(p, ':', n)) {
				rc = nkg_error_set(err, NKG_EQUERY, "%s: DESCRIBE: unexpected '%.*s'",
						   where ? where : "SPARQL", (int)n, p);
				goto done;
			}
			if (nkg_buf_puts(&consts, " ") || nkg_buf_append(&consts, p, n))
				goto oom;
			p = skip_ws(p + n);
		} else {
			rc = nkg_error_set(err, NKG_EQUERY, "%s: DESCRIBE: unexpected '%c'",
					   where ? where : "SPARQL", *p);
			goto done;
		}
	}
	if ((star || vars.len) && !body) {
		rc = nkg_error_set(err, NKG_EQUERY, "%s: DESCRIBE with variables needs a WHERE clause",
				   where ? where : "SPARQL");
		goto done;
	}
	if (star || vars.len) {
		/* The resources the variables take, by a SELECT with the same
		 * prologue, pattern and modifiers. */
		if (nkg_buf_append(&sel, q, (size_t)(start - q)) ||
		    nkg_buf_printf(&sel, "SELECT DISTINCT %s ", star ? "*" : vars.data) ||
		    nkg_buf_puts(&sel, body))
			goto oom;
		if ((rc = nkg_graph_query(g, sel.data, NULL, NULL, &r, err)) != 0) {
			rc = error_context(err, rc, where, sel.data);
			goto done;
		}
		for (size_t i = 0; i < r->ncols * r->nrows; i++) {
			if (r->cells[i].kind != NKG_TERM_IRI)
				continue;
			if (nkg_buf_puts(&consts, " ") ||
			    (rc = nkg_query_iri(&consts, r->cells[i].value, err)) != 0) {
				if (!rc)
					goto oom;
				goto done;
			}
		}
	}
	if (nkg_buf_append(&cq, q, (size_t)(start - q)) ||
	    nkg_buf_printf(&cq, "CONSTRUCT { ?nkg_r ?nkg_p ?nkg_o }\n"
			   "WHERE { VALUES ?nkg_r {%s } ?nkg_r ?nkg_p ?nkg_o }\n",
			   consts.data ? consts.data : ""))
		goto oom;
	*out = nkg_buf_detach(&cq);
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_result_free(r);
	nkg_buf_free(&vars);
	nkg_buf_free(&consts);
	nkg_buf_free(&sel);
	nkg_buf_free(&cq);
	return rc;
}

/* The first of words that stands as a keyword in q (outside strings,
 * IRIs and comments), or NULL. */
static const char *has_keyword(const char *q, const char *const *words)
{
	const char *p = q;
	while (*p) {
		size_t len = 1;
		if (*p == '#') {
			len = strcspn(p, "\n");
		} else if (*p == '"' || *p == '\'') {
			len = string_len(p);
		} else if (*p == '<' && iriref_len(p)) {
			len = iriref_len(p);
		} else if ((*p == '?' || *p == '$') && nkg_sparql_name_char((unsigned char)p[1])) {
			for (len = 1; nkg_sparql_name_char((unsigned char)p[len]); len++)
				;
		} else if (nkg_sparql_name_char((unsigned char)*p)) {
			len = word_len(p);
			if (!len)
				len = 1;
			for (size_t i = 0; words[i]; i++)
				if (word_is(p, len, words[i]))
					return words[i];
		}
		p += len ? len : 1;
	}
	return NULL;
}

/* The variables a SELECT projects, read from its text: rasqal 0.9.33
 * names the columns only once a row has been read, so an empty result
 * would have none.  "SELECT *" gives nothing (no header then). */
static int select_vars(const char *q, nkg_result *r)
{
	const char *p = form_start(q);
	size_t n = word_len(p);
	int depth = 0, after_as = 0;
	char **cols = NULL;
	size_t ncols = 0, cap = 0;

	if (!word_is(p, n, "select"))
		return 0;
	p = skip_ws(p + n);
	n = word_len(p);
	if (word_is(p, n, "distinct") || word_is(p, n, "reduced"))
		p = skip_ws(p + n);
	while (*p && *p != '{') {
		size_t len = 1;
		if (*p == '"' || *p == '\'') {
			len = string_len(p);
		} else if (*p == '<' && iriref_len(p)) {
			len = iriref_len(p);
		} else if (*p == '(') {
			depth++;
		} else if (*p == ')') {
			depth--;
		} else if ((*p == '?' || *p == '$') && nkg_sparql_name_char((unsigned char)p[1])) {
			for (len = 1; nkg_sparql_name_char((unsigned char)p[len]); len++)
				;
			if (depth == 0 || (depth == 1 && after_as)) {
				void *arr = cols;
				if (nkg_grow(&arr, &cap, ncols + 1, sizeof *cols))
					goto oom;
				cols = arr;
				if (!(cols[ncols] = nkg_strndup(p + 1, len - 1)))
					goto oom;
				ncols++;
			}
			after_as = 0;
		} else if ((len = word_len(p)) > 0) {
			if (word_is(p, len, "where"))
				break;
			after_as = depth == 1 && word_is(p, len, "as");
		} else {
			len = 1;
		}
		p = skip_ws(p + len);
	}
	r->cols = cols;
	r->ncols = ncols;
	return 0;
oom:
	for (size_t i = 0; i < ncols; i++)
		free(cols[i]);
	free(cols);
	return NKG_ENOMEM;
}

int nkg_query_run(nkg_graph *g, const char *sparql, const char *format,
		  const char *where, nkg_buf *out, nkg_error *err)
{
	static const char *const rdf_for[][2] = {
		{ "table", "turtle" }, { "json", "json" }, { "xml", "rdfxml" },
		{ "csv", "ntriples" }, { "tsv", "ntriples" },
	};
	const char *gfmt = NULL;
	nkg_result *r = NULL;
	char *desc = NULL;
	int rdf_only = 0, rc = 0;

	if (!format)
		format = "table";
	for (size_t i = 0; i < sizeof rdf_for / sizeof *rdf_for; i++)
		if (!strcmp(format, rdf_for[i][0]))
			gfmt = rdf_for[i][1];
	if (!gfmt) {
		/* An RDF format: only for CONSTRUCT and DESCRIBE. */
		for (size_t i = 0; nkg_graph_formats[i]; i++)
			if (!strcmp(format, nkg_graph_formats[i]))
				gfmt = format;
		if (!gfmt)
			return nkg_error_set(err, NKG_EUSAGE,
					     "unknown format \"%s\" (table, csv, tsv, json, xml; "
					     "for CONSTRUCT also turtle, ntriples, nquads, trig, rdfxml)",
					     format);
		rdf_only = 1;
	}
	{
		/* rasqal would fetch these over the network (through raptor's
		 * libcurl): a query only ever reads the graph given. */
		static const char *const remote[] = { "service", "from", NULL };
		const char *w = has_keyword(sparql, remote);
		if (w)
			return nkg_error_set(err, NKG_EQUERY, "%s: %s is not supported: queries read "
					     "only the store or the inputs given (no network)",
					     where ? where : "SPARQL", !strcmp(w, "from") ? "FROM" : "SERVICE");
	}
	if (is_describe(sparql)) {
		if ((rc = describe_query(g, sparql, where, &desc, err)) != 0)
			return rc;
		sparql = desc;
	}
	/* Bindings and booleans as terms, written below; graphs as text. */
	if ((rc = nkg_graph_query(g, sparql, NULL, gfmt, &r, err)) != 0) {
		rc = error_context(err, rc, where, sparql);
		goto done;
	}
	if (rdf_only && r->kind != NKG_RESULT_GRAPH) {
		rc = nkg_error_set(err, NKG_EUSAGE,
				   "format %s is for CONSTRUCT and DESCRIBE results", format);
		goto done;
	}
	if (r->kind == NKG_RESULT_BINDINGS && !r->ncols && !r->nrows &&
	    (rc = select_vars(sparql, r)) != 0)
		goto done;
	if (r->kind == NKG_RESULT_GRAPH)
		rc = nkg_buf_append(out, r->text, r->len);
	else
		rc = nkg_results_write(r, format, sparql, out);
done:
	if (rc == NKG_ENOMEM)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
	free(desc);
	nkg_result_free(r);
	return rc;
}

/* newskg — SPARQL results written out: an aligned table for people (IRIs
 * shortened with the query's PREFIXes and the usual ones, literals as
 * their text) and the W3C formats for programs (SPARQL 1.1 Query Results
 * JSON, XML, CSV and TSV).  One noun: a result, as text (see results.h). */
#include "newskg/results.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sparql.h"
#include "vocab.h"

typedef struct prefix {
	char *name, *ns;
} prefix;

typedef struct prefixes {
	prefix *v;
	size_t n, cap;
} prefixes;

static void prefixes_free(prefixes *P)
{
	for (size_t i = 0; i < P->n; i++) {
		free(P->v[i].name);
		free(P->v[i].ns);
	}
	free(P->v);
	memset(P, 0, sizeof *P);
}

static int prefix_add(prefixes *P, const char *name, size_t nlen, const char *ns, size_t slen)
{
	void *arr = P->v;
	for (size_t i = 0; i < P->n; i++)
		if (strlen(P->v[i].ns) == slen && !strncmp(P->v[i].ns, ns, slen))
			return 0;  /* the first name given wins */
	if (nkg_grow(&arr, &P->cap, P->n + 1, sizeof *P->v))
		return NKG_ENOMEM;
	P->v = arr;
	P->v[P->n].name = nkg_strndup(name, nlen);
	P->v[P->n].ns = nkg_strndup(ns, slen);
	if (!P->v[P->n].name || !P->v[P->n].ns) {
		free(P->v[P->n].name);
		free(P->v[P->n].ns);
		return NKG_ENOMEM;
	}
	P->n++;
	return 0;
}

static int ci_prefix(const char *s, const char *w)
{
	for (; *w; s++, w++)
		if ((*s | 0x20) != *w)
			return 0;
	return 1;
}

/* The query's PREFIX declarations, then the usual ones, for shortening
 * IRIs in tables. */
static int prefixes_of(const char *q, prefixes *P)
{
	static const char *const std[][2] = {
		{ "nkg", NKG_NS }, { "nkgr", NKG_NS_ROLE }, { "nkge", NKG_NS_EVENT },
		{ "id", NKG_NS_ID }, { "schema", "http://schema.org/" },
		{ "org", "http://www.w3.org/ns/org#" }, { "prov", "http://www.w3.org/ns/prov#" },
		{ "oa", "http://www.w3.org/ns/oa#" }, { "skos", "http://www.w3.org/2004/02/skos/core#" },
		{ "owl", "http://www.w3.org/2002/07/owl#" }, { "xsd", XSD_NS },
		{ "rdfs", "http://www.w3.org/2000/01/rdf-schema#" },
		{ "rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#" },
		{ "wd", "http://www.wikidata.org/entity/" },
	};
	for (const char *p = q; *p; p++) {
		const char *nm, *colon, *lt, *gt;
		if (*p == '#') {
			p += strcspn(p, "\n");
			if (!*p)
				break;
			continue;
		}
		if (!ci_prefix(p, "prefix") || (p > q && nkg_sparql_name_char((unsigned char)p[-1])))
			continue;
		nm = p + 6;
		while (*nm == ' ' || *nm == '\t' || *nm == '\n' || *nm == '\r')
			nm++;
		colon = nm;
		while (nkg_sparql_name_char((unsigned char)*colon) || *colon == '-' || *colon == '.')
			colon++;
		if (*colon != ':')
			continue;
		lt = colon + 1;
		while (*lt == ' ' || *lt == '\t' || *lt == '\n' || *lt == '\r')
			lt++;
		if (*lt != '<' || !(gt = strchr(lt, '>')))
			continue;
		if (prefix_add(P, nm, (size_t)(colon - nm), lt + 1, (size_t)(gt - lt - 1)))
			return NKG_ENOMEM;
	}
	for (size_t i = 0; i < sizeof std / sizeof *std; i++)
		if (prefix_add(P, std[i][0], strlen(std[i][0]), std[i][1], strlen(std[i][1])))
			return NKG_ENOMEM;
	return 0;
}

/* A cell as shown in a table: literals as their text (controls as
 * spaces), IRIs shortened with the longest matching prefix, blank nodes
 * as _:label. */
static int cell_text(const nkg_term *t, const prefixes *P, nkg_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
	switch (t->kind) {
	case NKG_TERM_NONE:
		return nkg_buf_puts(b, "");
	case NKG_TERM_BLANK:
		return nkg_buf_puts(b, "_:") || nkg_buf_puts(b, t->value);
	case NKG_TERM_IRI: {
		const prefix *best = NULL;
		for (size_t i = 0; i < P->n; i++) {
			size_t l = strlen(P->v[i].ns);
			if (l && !strncmp(t->value, P->v[i].ns, l) &&
			    (!best || l > strlen(best->ns)))
				best = &P->v[i];
		}
		if (best)
			return nkg_buf_printf(b, "%s:%s", best->name, t->value + strlen(best->ns));
		return nkg_buf_printf(b, "<%s>", t->value);
	}
	case NKG_TERM_LITERAL:
		for (const unsigned char *p = (const unsigned char *)t->value; *p; p++) {
			char c = (*p < 0x20 || *p == 0x7f) ? ' ' : (char)*p;
			if (nkg_buf_append(b, &c, 1))
				return NKG_ENOMEM;
		}
		return nkg_buf_puts(b, "");
	}
	return 0;
}

/* Display width: code points (no East Asian width tables). */
static size_t width_of(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		w += ((unsigned char)*s & 0xC0) != 0x80;
	return w;
}

#define TABLE_MAX_CELL 100

/* Cuts s to at most TABLE_MAX_CELL code points, ending with "...". */
static void cut_cell(char *s)
{
	size_t w = 0;
	char *p = s;
	if (width_of(s) <= TABLE_MAX_CELL)
		return;
	for (; *p; p++) {
		if (((unsigned char)*p & 0xC0) != 0x80 && ++w > TABLE_MAX_CELL - 3)
			break;
	}
	strcpy(p, "...");
}

static int pad(nkg_buf *out, size_t n)
{
	while (n--)
		if (nkg_buf_append(out, " ", 1))
			return NKG_ENOMEM;
	return 0;
}

static int write_table(const nkg_result *r, const prefixes *P, nkg_buf *out)
{
	char **cells = NULL;
	size_t *w = NULL, total = r->ncols * r->nrows;
	nkg_buf b = {0};
	int rc = 0;

	if (!r->ncols)
		return nkg_buf_printf(out, "(%zu row%s)\n", r->nrows, r->nrows == 1 ? "" : "s");
	if (!(w = calloc(r->ncols, sizeof *w)) ||
	    (total && !(cells = calloc(total, sizeof *cells)))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t c = 0; c < r->ncols; c++)
		w[c] = width_of(r->cols[c]);
	for (size_t i = 0; i < total; i++) {
		if ((rc = cell_text(&r->cells[i], P, &b)) != 0)
			goto done;
		if (!(cells[i] = nkg_buf_detach(&b)) && !(cells[i] = nkg_strdup(""))) {
			rc = NKG_ENOMEM;
			goto done;
		}
		cut_cell(cells[i]);
		if (width_of(cells[i]) > w[i % r->ncols])
			w[i % r->ncols] = width_of(cells[i]);
	}
	for (size_t c = 0; c < r->ncols; c++) {
		int last = c + 1 == r->ncols;
		if (nkg_buf_puts(out, r->cols[c]) ||
		    (!last && pad(out, w[c] - width_of(r->cols[c]) + 2))) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	if (nkg_buf_puts(out, "\n")) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t c = 0; c < r->ncols; c++) {
		for (size_t k = 0; k < w[c]; k++)
			if (nkg_buf_puts(out, "-")) {
				rc = NKG_ENOMEM;
				goto done;
			}
		if (c + 1 < r->ncols && nkg_buf_puts(out, "  ")) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	if (nkg_buf_puts(out, "\n")) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t row = 0; row < r->nrows; row++) {
		size_t last = r->ncols;
		/* No trailing spaces: the last non-empty cell ends the line. */
		while (last > 0 && !cells[row * r->ncols + last - 1][0])
			last--;
		for (size_t c = 0; c < last; c++) {
			const char *s = cells[row * r->ncols + c];
			if (nkg_buf_puts(out, s) ||
			    (c + 1 < last && pad(out, w[c] - width_of(s) + 2))) {
				rc = NKG_ENOMEM;
				goto done;
			}
		}
		if (nkg_buf_puts(out, "\n")) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	rc = nkg_buf_printf(out, "(%zu row%s)\n", r->nrows, r->nrows == 1 ? "" : "s");
done:
	for (size_t i = 0; cells && i < total; i++)
		free(cells[i]);
	free(cells);
	free(w);
	nkg_buf_free(&b);
	return rc;
}

/* ---- W3C SPARQL results formats ----------------------------------------
 *
 * Written here from the terms rather than by rasqal's formatters: rasqal
 * 0.9.33 writes an unbound cell as {"type": "unbound", "value": null} in
 * JSON and <unbound/> in XML, which the W3C formats do not have (an
 * unbound variable is left out of its result). */

/* A double-quoted string with the escapes JSON and N-Triples/Turtle share
 * (the two differ only in the case they conventionally use for \u hex). */
static int quoted_str(nkg_buf *b, const char *s, int upper_hex)
{
	if (nkg_buf_puts(b, "\""))
		return NKG_ENOMEM;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int rc;
		switch (*p) {
		case '"': rc = nkg_buf_puts(b, "\\\""); break;
		case '\\': rc = nkg_buf_puts(b, "\\\\"); break;
		case '\n': rc = nkg_buf_puts(b, "\\n"); break;
		case '\r': rc = nkg_buf_puts(b, "\\r"); break;
		case '\t': rc = nkg_buf_puts(b, "\\t"); break;
		default:
			rc = *p < 0x20 || *p == 0x7f
				? nkg_buf_printf(b, upper_hex ? "\\u%04X" : "\\u%04x", *p)
				: nkg_buf_append(b, (const char *)p, 1);
		}
		if (rc)
			return NKG_ENOMEM;
	}
	return nkg_buf_puts(b, "\"");
}

static int json_str(nkg_buf *b, const char *s)
{
	return quoted_str(b, s, 0);
}

static int write_json(const nkg_result *r, nkg_buf *b)
{
	if (r->kind == NKG_RESULT_BOOLEAN)
		return nkg_buf_printf(b, "{ \"head\": {}, \"boolean\": %s }\n",
				      r->boolean ? "true" : "false");
	if (nkg_buf_puts(b, "{\n  \"head\": { \"vars\": ["))
		return NKG_ENOMEM;
	for (size_t c = 0; c < r->ncols; c++)
		if ((c && nkg_buf_puts(b, ", ")) || json_str(b, r->cols[c]))
			return NKG_ENOMEM;
	if (nkg_buf_puts(b, "] },\n  \"results\": { \"bindings\": ["))
		return NKG_ENOMEM;
	for (size_t row = 0; row < r->nrows; row++) {
		int first = 1;
		if (nkg_buf_puts(b, row ? ",\n    {" : "\n    {"))
			return NKG_ENOMEM;
		for (size_t c = 0; c < r->ncols; c++) {
			const nkg_term *t = &r->cells[row * r->ncols + c];
			const char *type = t->kind == NKG_TERM_IRI ? "uri"
				: t->kind == NKG_TERM_BLANK ? "bnode" : "literal";
			if (t->kind == NKG_TERM_NONE)
				continue;  /* unbound: left out */
			if (nkg_buf_puts(b, first ? "\n      " : ",\n      ") ||
			    json_str(b, r->cols[c]) ||
			    nkg_buf_printf(b, ": { \"type\": \"%s\", \"value\": ", type) ||
			    json_str(b, t->value))
				return NKG_ENOMEM;
			if (t->lang && (nkg_buf_puts(b, ", \"xml:lang\": ") || json_str(b, t->lang)))
				return NKG_ENOMEM;
			if (t->datatype && (nkg_buf_puts(b, ", \"datatype\": ") || json_str(b, t->datatype)))
				return NKG_ENOMEM;
			if (nkg_buf_puts(b, " }"))
				return NKG_ENOMEM;
			first = 0;
		}
		if (nkg_buf_puts(b, first ? "}" : "\n    }"))
			return NKG_ENOMEM;
	}
	return nkg_buf_puts(b, r->nrows ? "\n  ] }\n}\n" : "] }\n}\n");
}

/* XML text; C0 controls (only possible in XML 1.1) as character
 * references. */
static int xml_text(nkg_buf *b, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		int rc;
		switch (*p) {
		case '&': rc = nkg_buf_puts(b, "&amp;"); break;
		case '<': rc = nkg_buf_puts(b, "&lt;"); break;
		case '>': rc = nkg_buf_puts(b, "&gt;"); break;
		case '"': rc = nkg_buf_puts(b, "&quot;"); break;
		default:
			rc = (*p < 0x20 && *p != '\t' && *p != '\n') || *p == '\r' || *p == 0x7f
				? nkg_buf_printf(b, "&#x%X;", *p)
				: nkg_buf_append(b, (const char *)p, 1);
		}
		if (rc)
			return NKG_ENOMEM;
	}
	return 0;
}

static int has_c0(const char *s)
{
	for (; s && *s; s++)
		if ((unsigned char)*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
			return 1;
	return 0;
}

static int write_xml(const nkg_result *r, nkg_buf *b)
{
	int v11 = 0;

	/* XML 1.0 cannot carry C0 controls at all, not even as references. */
	for (size_t i = 0; i < r->ncols * r->nrows && !v11; i++)
		v11 = has_c0(r->cells[i].value);
	if (nkg_buf_printf(b, "<?xml version=\"%s\" encoding=\"utf-8\"?>\n"
			   "<sparql xmlns=\"http://www.w3.org/2005/sparql-results#\">\n  <head>",
			   v11 ? "1.1" : "1.0"))
		return NKG_ENOMEM;
	if (r->kind == NKG_RESULT_BOOLEAN)
		return nkg_buf_printf(b, "</head>\n  <boolean>%s</boolean>\n</sparql>\n",
				      r->boolean ? "true" : "false");
	for (size_t c = 0; c < r->ncols; c++)
		if (nkg_buf_puts(b, "\n    <variable name=\"") || xml_text(b, r->cols[c]) ||
		    nkg_buf_puts(b, "\"/>"))
			return NKG_ENOMEM;
	if (nkg_buf_puts(b, "\n  </head>\n  <results>\n"))
		return NKG_ENOMEM;
	for (size_t row = 0; row < r->nrows; row++) {
		if (nkg_buf_puts(b, "    <result>\n"))
			return NKG_ENOMEM;
		for (size_t c = 0; c < r->ncols; c++) {
			const nkg_term *t = &r->cells[row * r->ncols + c];
			int rc;
			if (t->kind == NKG_TERM_NONE)
				continue;
			if (nkg_buf_puts(b, "      <binding name=\"") || xml_text(b, r->cols[c]) ||
			    nkg_buf_puts(b, "\">"))
				return NKG_ENOMEM;
			if (t->kind == NKG_TERM_IRI)
				rc = nkg_buf_puts(b, "<uri>") || xml_text(b, t->value) || nkg_buf_puts(b, "</uri>");
			else if (t->kind == NKG_TERM_BLANK)
				rc = nkg_buf_puts(b, "<bnode>") || xml_text(b, t->value) || nkg_buf_puts(b, "</bnode>");
			else
				rc = nkg_buf_puts(b, "<literal") ||
				     (t->lang && (nkg_buf_puts(b, " xml:lang=\"") || xml_text(b, t->lang) ||
						  nkg_buf_puts(b, "\""))) ||
				     (t->datatype && (nkg_buf_puts(b, " datatype=\"") ||
						      xml_text(b, t->datatype) || nkg_buf_puts(b, "\""))) ||
				     nkg_buf_puts(b, ">") || xml_text(b, t->value) ||
				     nkg_buf_puts(b, "</literal>");
			if (rc || nkg_buf_puts(b, "</binding>\n"))
				return NKG_ENOMEM;
		}
		if (nkg_buf_puts(b, "    </result>\n"))
			return NKG_ENOMEM;
	}
	return nkg_buf_puts(b, "  </results>\n</sparql>\n");
}

/* CSV (W3C): lexical forms, CRLF, quoted when needed. */
static int csv_cell(nkg_buf *b, const char *s)
{
	return strpbrk(s, ",\"\r\n") ? nkg_buf_csv_quoted(b, s) : nkg_buf_puts(b, s);
}

static int write_csv(const nkg_result *r, nkg_buf *b)
{
	if (r->kind == NKG_RESULT_BOOLEAN)
		return nkg_buf_printf(b, "_askResult\r\n%s\r\n", r->boolean ? "true" : "false");
	for (size_t c = 0; c < r->ncols; c++)
		if ((c && nkg_buf_puts(b, ",")) || csv_cell(b, r->cols[c]))
			return NKG_ENOMEM;
	if (nkg_buf_puts(b, "\r\n"))
		return NKG_ENOMEM;
	for (size_t row = 0; row < r->nrows; row++) {
		for (size_t c = 0; c < r->ncols; c++) {
			const nkg_term *t = &r->cells[row * r->ncols + c];
			if (c && nkg_buf_puts(b, ","))
				return NKG_ENOMEM;
			if (t->kind == NKG_TERM_BLANK && nkg_buf_puts(b, "_:"))
				return NKG_ENOMEM;
			if (t->kind != NKG_TERM_NONE && csv_cell(b, t->value))
				return NKG_ENOMEM;
		}
		if (nkg_buf_puts(b, "\r\n"))
			return NKG_ENOMEM;
	}
	return 0;
}

/* A term in N-Triples syntax (TSV cells): no raw tab or newline. */
static int nt_term(nkg_buf *b, const nkg_term *t)
{
	switch (t->kind) {
	case NKG_TERM_NONE:
		return 0;
	case NKG_TERM_BLANK:
		return nkg_buf_printf(b, "_:%s", t->value);
	case NKG_TERM_IRI:
		if (nkg_buf_puts(b, "<"))
			return NKG_ENOMEM;
		for (const unsigned char *p = (const unsigned char *)t->value; *p; p++)
			if ((*p <= 0x20 || strchr("<>\"{}|^`\\", *p))
			    ? nkg_buf_printf(b, "\\u%04X", *p) : nkg_buf_append(b, (const char *)p, 1))
				return NKG_ENOMEM;
		return nkg_buf_puts(b, ">");
	case NKG_TERM_LITERAL:
		if (quoted_str(b, t->value, 1))
			return NKG_ENOMEM;
		if (t->lang)
			return nkg_buf_printf(b, "@%s", t->lang);
		if (t->datatype)
			return nkg_buf_printf(b, "^^<%s>", t->datatype);
		return 0;
	}
	return 0;
}

static int write_tsv(const nkg_result *r, nkg_buf *b)
{
	if (r->kind == NKG_RESULT_BOOLEAN)
		return nkg_buf_printf(b, "?_askResult\n%s\n", r->boolean ? "true" : "false");
	for (size_t c = 0; c < r->ncols; c++)
		if (nkg_buf_printf(b, "%s?%s", c ? "\t" : "", r->cols[c]))
			return NKG_ENOMEM;
	if (nkg_buf_puts(b, "\n"))
		return NKG_ENOMEM;
	for (size_t row = 0; row < r->nrows; row++) {
		for (size_t c = 0; c < r->ncols; c++)
			if ((c && nkg_buf_puts(b, "\t")) || nt_term(b, &r->cells[row * r->ncols + c]))
				return NKG_ENOMEM;
		if (nkg_buf_puts(b, "\n"))
			return NKG_ENOMEM;
	}
	return 0;
}

static int write_table(const nkg_result *r, const prefixes *P, nkg_buf *out);

/* r (BINDINGS or BOOLEAN) in format: table, json, xml, csv, tsv. */
static int write_result(const nkg_result *r, const char *format, const prefixes *P,
			nkg_buf *out)
{
	if (!strcmp(format, "json"))
		return write_json(r, out);
	if (!strcmp(format, "xml"))
		return write_xml(r, out);
	if (!strcmp(format, "csv"))
		return write_csv(r, out);
	if (!strcmp(format, "tsv"))
		return write_tsv(r, out);
	if (r->kind == NKG_RESULT_BOOLEAN)
		return nkg_buf_puts(out, r->boolean ? "true\n" : "false\n");
	return write_table(r, P, out);
}

int nkg_results_write(const nkg_result *r, const char *format, const char *sparql, nkg_buf *out)
{
	prefixes P = {0};
	int rc = sparql ? prefixes_of(sparql, &P) : 0;
	if (!rc)
		rc = write_result(r, format, &P, out);
	prefixes_free(&P);
	return rc;
}

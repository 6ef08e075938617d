/* newskg — JSON Lines corpora: one JSON object per line ("text", and
 * optional "id", "date", "lang", "url", "title") read as an article, by a
 * small JSON parser of its own (see reader.h). */
#include "reader_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newskg/dates.h"

/* Deep enough for any real record, shallow enough that skipping nested
 * values recursively can never exhaust the stack. */
#define JSON_MAX_DEPTH 256

/* A strict JSON (RFC 8259) reader over one line.  Errors leave a short
 * description with the column in emsg. */
typedef struct jp {
	const char *s; /* borrowed line */
	size_t n, i;
	char emsg[160];
} jp;

static int jp_fail(jp *p, const char *what)
{
	snprintf(p->emsg, sizeof p->emsg, "%s at column %zu", what,
		 nkg_rd_col_of(p->s, p->i));
	return NKG_EINPUT;
}

static void jp_ws(jp *p)
{
	while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\t' ||
			       p->s[p->i] == '\n' || p->s[p->i] == '\r'))
		p->i++;
}

static int jp_hex4(const jp *p, size_t at, unsigned *v)
{
	size_t k;

	*v = 0;
	if (at + 4 > p->n)
		return -1;
	for (k = 0; k < 4; k++) {
		unsigned char c = (unsigned char)p->s[at + k];
		unsigned d;
		if (is_digit(c)) d = c - '0';
		else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
		else return -1;
		*v = (*v << 4) | d;
	}
	return 0;
}

static int put_utf8(nkg_buf *b, unsigned cp)
{
	char t[4];
	size_t n;

	if (cp < 0x80) { t[0] = (char)cp; n = 1; }
	else if (cp < 0x800) {
		t[0] = (char)(0xC0 | (cp >> 6));
		t[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		t[0] = (char)(0xE0 | (cp >> 12));
		t[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		t[0] = (char)(0xF0 | (cp >> 18));
		t[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		t[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		t[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	return nkg_buf_append(b, t, n);
}

/* String at p->i (which is '"'), decoded into out when out is not NULL.
 * Raw bytes are already known to be valid UTF-8. */
static int jp_string(jp *p, nkg_buf *out)
{
	const char *s = p->s;

	p->i++;
	for (;;) {
		size_t run = p->i;
		unsigned char c;
		unsigned cp, lo;
		char e;

		while (p->i < p->n) {
			c = (unsigned char)s[p->i];
			if (c == '"' || c == '\\' || c < 0x20)
				break;
			p->i++;
		}
		if (out && p->i > run && nkg_buf_append(out, s + run, p->i - run))
			return NKG_ENOMEM;
		if (p->i >= p->n)
			return jp_fail(p, "unterminated string");
		c = (unsigned char)s[p->i];
		if (c == '"') {
			p->i++;
			/* An empty string still yields "" rather than NULL. */
			if (out && nkg_buf_append(out, "", 0))
				return NKG_ENOMEM;
			return 0;
		}
		if (c < 0x20)
			return jp_fail(p, c ? "control character in string (must be escaped)"
					    : "NUL byte in line (binary?)");
		if (p->i + 1 >= p->n)
			return jp_fail(p, "unterminated string");
		e = s[p->i + 1];
		switch (e) {
		case '"': cp = '"'; break;
		case '\\': cp = '\\'; break;
		case '/': cp = '/'; break;
		case 'b': cp = '\b'; break;
		case 'f': cp = '\f'; break;
		case 'n': cp = '\n'; break;
		case 'r': cp = '\r'; break;
		case 't': cp = '\t'; break;
		case 'u':
			if (jp_hex4(p, p->i + 2, &cp))
				return jp_fail(p, "bad \\u escape (expected 4 hex digits)");
			if (cp >= 0xDC00 && cp <= 0xDFFF)
				return jp_fail(p, "unpaired surrogate in \\u escape");
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (p->i + 7 >= p->n || s[p->i + 6] != '\\' ||
				    s[p->i + 7] != 'u' || jp_hex4(p, p->i + 8, &lo) ||
				    lo < 0xDC00 || lo > 0xDFFF)
					return jp_fail(p, "unpaired surrogate in \\u escape");
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				p->i += 6;
			}
			/* Strings end up NUL-terminated: an embedded NUL would
			 * silently cut them. */
			if (cp == 0)
				return jp_fail(p, "\\u0000 is not allowed");
			p->i += 4;
			break;
		default:
			p->i++;
			return jp_fail(p, "invalid escape");
		}
		p->i += 2;
		if (out && put_utf8(out, cp))
			return NKG_ENOMEM;
	}
}

/* Number at p->i; its text is appended to lex when lex is not NULL. */
static int jp_number(jp *p, nkg_buf *lex)
{
	const char *s = p->s;
	size_t st = p->i, i = p->i, n = p->n;

	if (i < n && s[i] == '-')
		i++;
	if (i < n && s[i] == '0') {
		i++;
	} else if (i < n && s[i] >= '1' && s[i] <= '9') {
		while (i < n && is_digit((unsigned char)s[i]))
			i++;
	} else {
		p->i = i;
		return jp_fail(p, "invalid number");
	}
	if (i < n && s[i] == '.') {
		i++;
		if (i >= n || !is_digit((unsigned char)s[i])) {
			p->i = i;
			return jp_fail(p, "invalid number");
		}
		while (i < n && is_digit((unsigned char)s[i]))
			i++;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || !is_digit((unsigned char)s[i])) {
			p->i = i;
			return jp_fail(p, "invalid number");
		}
		while (i < n && is_digit((unsigned char)s[i]))
			i++;
	}
	p->i = i;
	if (lex && nkg_buf_append(lex, s + st, i - st))
		return NKG_ENOMEM;
	return 0;
}

static int jp_literal(jp *p, const char *lit)
{
	size_t k = strlen(lit);

	if (p->n - p->i < k || memcmp(p->s + p->i, lit, k) != 0)
		return jp_fail(p, "invalid literal");
	p->i += k;
	return 0;
}

static int jp_skip(jp *p, int depth);

/* Members of an object or elements of an array, p->i just past the
 * opening bracket; values are skipped. */
static int jp_skip_container(jp *p, char close, int depth)
{
	int rc;

	jp_ws(p);
	if (p->i < p->n && p->s[p->i] == close) {
		p->i++;
		return 0;
	}
	for (;;) {
		jp_ws(p);
		if (close == '}') {
			if (p->i >= p->n || p->s[p->i] != '"')
				return jp_fail(p, "expected a string key");
			if ((rc = jp_string(p, NULL)))
				return rc;
			jp_ws(p);
			if (p->i >= p->n || p->s[p->i] != ':')
				return jp_fail(p, "expected ':'");
			p->i++;
			jp_ws(p);
		}
		if ((rc = jp_skip(p, depth + 1)))
			return rc;
		jp_ws(p);
		if (p->i < p->n && p->s[p->i] == ',') {
			p->i++;
			continue;
		}
		if (p->i < p->n && p->s[p->i] == close) {
			p->i++;
			return 0;
		}
		return jp_fail(p, close == '}' ? "expected ',' or '}'"
					       : "expected ',' or ']'");
	}
}

static int jp_skip(jp *p, int depth)
{
	char c;

	if (p->i >= p->n)
		return jp_fail(p, "unexpected end of line");
	c = p->s[p->i];
	switch (c) {
	case '{':
	case '[':
		if (depth >= JSON_MAX_DEPTH)
			return jp_fail(p, "nesting too deep");
		p->i++;
		return jp_skip_container(p, c == '{' ? '}' : ']', depth);
	case '"':
		return jp_string(p, NULL);
	case 't':
		return jp_literal(p, "true");
	case 'f':
		return jp_literal(p, "false");
	case 'n':
		return jp_literal(p, "null");
	default:
		if (c == '-' || is_digit((unsigned char)c))
			return jp_number(p, NULL);
		return jp_fail(p, c == '\0' ? "NUL byte in line (binary?)"
					    : "unexpected character");
	}
}

enum { F_TEXT, F_ID, F_DATE, F_LANG, F_URL, F_TITLE, F_COUNT };
static const char *const field_names[F_COUNT] = {
	"text", "id", "date", "lang", "url", "title"
};

/* Splits "path:LINE" into the stem of path and LINE (NULL when source
 * does not end in ":digits"). */
static void json_source(const char *source, const char **base, size_t *n,
			const char **lineno)
{
	const char *colon = strrchr(source, ':');
	const char *d;

	*lineno = NULL;
	if (colon && colon[1]) {
		for (d = colon + 1; is_digit((unsigned char)*d); d++)
			;
		if (!*d)
			*lineno = colon + 1;
	}
	if (*lineno) {
		/* nkg_rd_stem() wants a NUL-terminated path: look at the part
		 * before ':' by hand. */
		const char *b = source, *p, *dot = NULL;
		for (p = source; p < colon; p++)
			if (*p == '/')
				b = p + 1;
		for (p = b; p < colon; p++)
			if (*p == '.')
				dot = p;
		*base = b;
		*n = (dot && dot > b) ? (size_t)(dot - b) : (size_t)(colon - b);
	} else {
		nkg_rd_stem(source, base, n);
	}
}

int nkg_article_parse_json(const char *line, size_t n, const char *source,
			   const nkg_reader_opts *opts, nkg_article **out,
			   nkg_error *err)
{
	nkg_article *a = NULL;
	nkg_buf key = {0}, val[F_COUNT];
	int have[F_COUNT] = {0}; /* 1 string, 2 number, 3 other non-null */
	const char *id_base, *lineno;
	size_t id_len, off, k;
	char day[11];
	jp p;
	int rc = 0, f;

	*out = NULL;
	memset(val, 0, sizeof val);
	if (!source)
		source = "<input>";
	if (n >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) {
		line += 3;
		n -= 3;
	}
	memset(&p, 0, sizeof p);
	p.s = line;
	p.n = n;
	if (nkg_utf8_check(line, n, &off) != 0) {
		p.i = off;
		jp_fail(&p, "invalid UTF-8");
		rc = nkg_error_set(err, NKG_EINPUT, "%s: invalid JSON: %s", source, p.emsg);
		goto done;
	}

	jp_ws(&p);
	if (p.i >= p.n || p.s[p.i] != '{') {
		rc = jp_fail(&p, "expected an object");
		goto syntax;
	}
	p.i++;
	jp_ws(&p);
	if (p.i < p.n && p.s[p.i] == '}') {
		p.i++;
	} else {
		for (;;) {
			jp_ws(&p);
			if (p.i >= p.n || p.s[p.i] != '"') {
				rc = jp_fail(&p, "expected a string key");
				goto syntax;
			}
			key.len = 0;
			if ((rc = jp_string(&p, &key)))
				goto syntax;
			jp_ws(&p);
			if (p.i >= p.n || p.s[p.i] != ':') {
				rc = jp_fail(&p, "expected ':'");
				goto syntax;
			}
			p.i++;
			jp_ws(&p);
			for (f = 0; f < F_COUNT; f++)
				if (strcmp(key.data, field_names[f]) == 0)
					break;
			if (f < F_COUNT && p.i < p.n && p.s[p.i] == '"') {
				val[f].len = 0;
				if ((rc = jp_string(&p, &val[f])))
					goto syntax;
				have[f] = 1;
			} else if (f == F_ID && p.i < p.n &&
				   (p.s[p.i] == '-' || is_digit((unsigned char)p.s[p.i]))) {
				/* Numeric ids are common in exported corpora. */
				val[f].len = 0;
				if ((rc = jp_number(&p, &val[f])))
					goto syntax;
				have[f] = 2;
			} else {
				if (f < F_COUNT)
					have[f] = (p.n - p.i >= 4 &&
						   memcmp(p.s + p.i, "null", 4) == 0) ? 0 : 3;
				if ((rc = jp_skip(&p, 1)))
					goto syntax;
			}
			jp_ws(&p);
			if (p.i < p.n && p.s[p.i] == ',') {
				p.i++;
				continue;
			}
			if (p.i < p.n && p.s[p.i] == '}') {
				p.i++;
				break;
			}
			rc = jp_fail(&p, "expected ',' or '}'");
			goto syntax;
		}
	}
	jp_ws(&p);
	if (p.i < p.n) {
		rc = jp_fail(&p, "unexpected data after the object");
		goto syntax;
	}

	for (f = 0; f < F_COUNT; f++)
		if (have[f] == 3 || (have[f] == 2 && f != F_ID)) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: field \"%s\" must be a string", source, field_names[f]);
			goto done;
		}
	if (have[F_TEXT] != 1) {
		rc = nkg_error_set(err, NKG_EINPUT,
			"%s: missing \"text\" (a string with the article body)", source);
		goto done;
	}
	if (nkg_rd_is_blank(val[F_TEXT].data, val[F_TEXT].len)) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: empty \"text\"", source);
		goto done;
	}

	a = calloc(1, sizeof *a);
	if (!a)
		goto oom;
	a->body_line = 1;
	if (have[F_DATE] && val[F_DATE].len) {
		if (nkg_date_parse_day(val[F_DATE].data, val[F_DATE].len, day) != 0) {
			k = val[F_DATE].len;
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: invalid date '%.*s' (expected a real day as YYYY-MM-DD, or YYYY-MM, or YYYY)",
				source, (int)(k > QUOTE_MAX ? QUOTE_MAX : k), val[F_DATE].data);
			goto done;
		}
		if (!(a->date = nkg_strdup(day)))
			goto oom;
	}
	if (have[F_LANG] && val[F_LANG].len) {
		if (!nkg_rd_lang_ok(val[F_LANG].data)) {
			k = val[F_LANG].len;
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: invalid lang '%.*s' (expected a language tag such as 'fr' or 'en')",
				source, (int)(k > QUOTE_MAX ? QUOTE_MAX : k), val[F_LANG].data);
			goto done;
		}
		if (!(a->lang = nkg_strdup(val[F_LANG].data)))
			goto oom;
	}
	if ((have[F_ID] && nkg_rd_set_field(&a->id, val[F_ID].data, val[F_ID].len)) ||
	    (have[F_URL] && nkg_rd_set_field(&a->url, val[F_URL].data, val[F_URL].len)) ||
	    (have[F_TITLE] && nkg_rd_set_field(&a->title, val[F_TITLE].data, val[F_TITLE].len)))
		goto oom;
	a->body = nkg_rd_normalise_newlines(val[F_TEXT].data, val[F_TEXT].len, &a->body_len);
	if (!a->body)
		goto oom;
	json_source(source, &id_base, &id_len, &lineno);
	if (lineno)
		a->body_line = (size_t)strtoull(lineno, NULL, 10);
	if (nkg_article_finish(a, source, opts, id_base, id_len, lineno))
		goto oom;
	*out = a;
	a = NULL;
	goto done;

syntax:
	if (rc == NKG_ENOMEM)
		goto oom;
	rc = nkg_error_set(err, NKG_EINPUT, "%s: invalid JSON: %s", source, p.emsg);
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_article_free(a);
	nkg_buf_free(&key);
	for (f = 0; f < F_COUNT; f++)
		nkg_buf_free(&val[f]);
	return rc;
}

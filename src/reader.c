/* newskg — reading articles (stage 1 of the pipeline).
 *
 * Inputs are plain text files with optional YAML-style front matter, JSON
 * Lines corpora (their records parsed in jsonl.c), directories of both,
 * and stdin; web pages, feeds and crawls go to html.c, feed.c and warc.c.
 * Dates are dates.c's.  Everything that reaches
 * the later stages is valid UTF-8 without NUL bytes and with LF line ends,
 * so they never have to re-check.
 *
 * Positions in messages are "SOURCE:LINE:COL", both 1-based.  A line break
 * is LF, CRLF or a lone CR (the same rule the body normalisation uses, so
 * numbers match what an editor shows).  Columns count characters: every
 * byte that is not a UTF-8 continuation byte starts one. */
#include "reader_int.h"

#include "newskg/feed.h"
#include "newskg/html.h"
#include "newskg/warc.h"

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include "newskg/dates.h"

#define DEFAULT_MAX_ARTICLE ((size_t)16 << 20)
#define READ_CHUNK ((size_t)64 << 10)

/* SRC_TEXT and SRC_STDIN are sniffed when read: HTML, a feed, a WARC or
 * text. */
enum { SRC_TEXT, SRC_JSONL, SRC_STDIN, SRC_HTML, SRC_FEED, SRC_WARC };
/* A feed holds many articles: it may be this many times the article
 * limit. */
#define FEED_FACTOR 16

typedef struct queue_item {
	char *path; /* owned; "-" for stdin */
	int kind;
} queue_item;

/* A directory on the path currently being walked (symlink loop check). */
typedef struct dir_id {
	dev_t dev;
	ino_t ino;
	const char *path; /* borrowed from the walk frame that pushed it */
} dir_id;

struct nkg_reader {
	nkg_reader_opts opts;  /* default_date/default_lang point at the two
				  copies below, max_article_bytes is resolved */
	char *default_date;    /* owned copy */
	char *default_lang;    /* owned copy */
	nkg_warn_fn warn;
	void *warn_ctx;        /* caller's, passed back untouched */

	queue_item *items;
	size_t n_items, cap_items, pos;

	FILE *jf;              /* JSON Lines file being read, or NULL */
	const char *jpath;     /* borrowed from items[] */
	size_t jline;          /* lines of jf read so far */
	nkg_buf line;          /* current JSON line */
	nkg_buf src;           /* "path:LINE" of the current JSON line */

	dir_id *stack;
	size_t n_stack, cap_stack;

	nkg_feed *feed;        /* feed being read, or NULL */
	nkg_warc *warc;        /* crawl being read, or NULL */
	FILE *wf;              /* the crawl's file (not stdin), or NULL */
};

/* ---------------------------------------------------------------- helpers */

static void reader_warn(nkg_reader *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void reader_warn(nkg_reader *r, const char *fmt, ...)
{
	char msg[NKG_ERRMSG_MAX];
	va_list ap;

	if (!r->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	r->warn(r->warn_ctx, msg);
}

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v';
}

static int is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int nkg_rd_is_blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!is_space((unsigned char)s[i]))
			return 0;
	return 1;
}

/* Whether file name s ends in suf, in any case ("PAGE.HTML", "feed.XML"):
 * one rule for the kind a name says and for what a directory walk skips. */
static int has_suffix(const char *s, const char *suf)
{
	size_t n = strlen(s), m = strlen(suf);
	return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* 1-based column of byte off within a line starting at s. */
size_t nkg_rd_col_of(const char *s, size_t off)
{
	size_t i, c = 1;

	for (i = 0; i < off; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			c++;
	return c;
}

/* Line and column of byte off in a whole document. */
static void line_col(const char *s, size_t off, size_t *line, size_t *col)
{
	size_t i, l = 1, start = 0;

	for (i = 0; i < off; i++) {
		if (s[i] == '\r' || (s[i] == '\n' && !(i > 0 && s[i - 1] == '\r')))
			l++;
		if (s[i] == '\r' || s[i] == '\n')
			start = i + 1;
	}
	*line = l;
	*col = nkg_rd_col_of(s + start, off - start);
}

/* Steps over one line: *start and *len describe it without its break, *pos
 * moves past the break (LF, CRLF or CR).  Returns 0 at the end of data. */
static int next_line(const char *s, size_t n, size_t *pos, size_t *start,
		     size_t *len)
{
	size_t i = *pos;

	if (i >= n)
		return 0;
	*start = i;
	while (i < n && s[i] != '\n' && s[i] != '\r')
		i++;
	*len = i - *start;
	if (i < n)
		i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
	*pos = i;
	return 1;
}

/* Characters no XML 1.0 document can hold (C0 controls other than TAB,
 * LF and CR; DEL, which raptor's XML writer refuses; the non-characters
 * U+FFFE and U+FFFF) would make the RDF/XML and SVG outputs unreadable.
 * They become a space or U+FFFD, byte for byte, so offsets stay valid. */
static void scrub_text(char *s, size_t n)
{
	unsigned char *u = (unsigned char *)s;

	for (size_t i = 0; i < n; i++) {
		if ((u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' && u[i] != '\r') ||
		    u[i] == 0x7F)
			u[i] = ' ';
		else if (u[i] == 0xEF && i + 2 < n && u[i + 1] == 0xBF &&
			 (u[i + 2] == 0xBE || u[i + 2] == 0xBF))
			u[i + 2] = 0xBD;
	}
}

/* Copy of s[0..n) with CRLF and lone CR turned into LF, then scrub_text.
 * Caller frees. */
char *nkg_rd_normalise_newlines(const char *s, size_t n, size_t *out_len)
{
	char *o = malloc(n + 1);
	size_t i, k = 0;

	if (!o)
		return NULL;
	for (i = 0; i < n; i++) {
		if (s[i] == '\r') {
			o[k++] = '\n';
			if (i + 1 < n && s[i + 1] == '\n')
				i++;
		} else {
			o[k++] = s[i];
		}
	}
	o[k] = '\0';
	scrub_text(o, k);
	*out_len = k;
	return o;
}

/* Replaces *slot by a copy of v[0..n), or by NULL when n is 0 (an empty
 * value means "absent"). */
int nkg_rd_set_field(char **slot, const char *v, size_t n)
{
	char *p = NULL;

	if (n) {
		p = nkg_strndup(v, n);
		if (!p)
			return NKG_ENOMEM;
		scrub_text(p, n);
	}
	free(*slot);
	*slot = p;
	return 0;
}

/* ------------------------------------------------------- langs, ids (dates: dates.c) */

/* [a-z]{2,3}(-[A-Za-z0-9]{1,8})*, e.g. "fr", "en-GB".  The primary subtag
 * is lower-cased in place first so "FR" is accepted as "fr". */
int nkg_rd_lang_ok(char *s)
{
	size_t i = 0, k;

	while (is_alpha((unsigned char)s[i])) {
		if (s[i] >= 'A' && s[i] <= 'Z')
			s[i] = (char)(s[i] + 32);
		i++;
	}
	if (i < 2 || i > 3)
		return 0;
	while (s[i] == '-') {
		i++;
		for (k = 0; is_alpha((unsigned char)s[i]) || is_digit((unsigned char)s[i]); k++)
			i++;
		if (k < 1 || k > 8)
			return 0;
	}
	return s[i] == '\0';
}

int nkg_lang_normalise(char *s)
{
	for (char *p = s; *p; p++)
		if (*p == '_')
			*p = '-';
	return nkg_rd_lang_ok(s) ? 0 : -1;
}

void nkg_text_scrub(char *s, size_t n)
{
	scrub_text(s, n);
}

/* Slug-safe copy of s[0..n): bytes outside [A-Za-z0-9._-] become '-'.
 * An all-dots id would be a dot-segment in IRIs and paths, so those dots
 * become '-' too.  Never empty.  Caller frees. */
static char *make_id(const char *s, size_t n)
{
	char *o;
	size_t i;
	int only_dots = 1;

	if (n == 0)
		return nkg_strdup("article");
	o = malloc(n + 1);
	if (!o)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		o[i] = (is_alpha(c) || is_digit(c) || c == '.' || c == '_' || c == '-')
			? (char)c : '-';
		if (c != '.')
			only_dots = 0;
	}
	o[n] = '\0';
	if (only_dots)
		memset(o, '-', n);
	return o;
}

/* File name of path without directories and without its last extension:
 * sets *b and *n to that part of path. */
void nkg_rd_stem(const char *path, const char **b, size_t *n)
{
	const char *slash = strrchr(path, '/'), *dot;
	const char *base = slash ? slash + 1 : path;

	dot = strrchr(base, '.');
	*b = base;
	*n = (dot && dot > base) ? (size_t)(dot - base) : strlen(base);
}

/* Fills what the input left out: source, id, default date and lang. */
int nkg_article_finish(nkg_article *a, const char *source,
			  const nkg_reader_opts *opts, const char *id_base,
			  size_t id_base_len, const char *id_suffix)
{
	if (!a->source && !(a->source = nkg_strdup(source)))
		return NKG_ENOMEM;
	if (!a->id) {
		nkg_buf b = {0};
		if (nkg_buf_append(&b, id_base, id_base_len) ||
		    (id_suffix && nkg_buf_printf(&b, "-%s", id_suffix))) {
			nkg_buf_free(&b);
			return NKG_ENOMEM;
		}
		a->id = make_id(b.data ? b.data : "", b.len);
		nkg_buf_free(&b);
		if (!a->id)
			return NKG_ENOMEM;
	} else {
		char *id = make_id(a->id, strlen(a->id));
		if (!id)
			return NKG_ENOMEM;
		free(a->id);
		a->id = id;
	}
	/* An invalid default date is main's to report; never let it through
	 * as if it had been validated. */
	if (!a->date && opts && opts->default_date &&
	    nkg_date_valid(opts->default_date) == 0 &&
	    !(a->date = nkg_strdup(opts->default_date)))
		return NKG_ENOMEM;
	if (!a->lang && opts && opts->default_lang && *opts->default_lang &&
	    !(a->lang = nkg_strdup(opts->default_lang)))
		return NKG_ENOMEM;
	return 0;
}

void nkg_article_free(nkg_article *a)
{
	if (!a)
		return;
	free(a->id);
	free(a->date);
	free(a->lang);
	free(a->url);
	free(a->title);
	free(a->source);
	free(a->body);
	free(a->record_id);
	free(a->fetched);
	free(a);
}

/* ------------------------------------------------------------- plain text */

/* "---" with optional trailing blanks. */
static int is_delim(const char *s, size_t n)
{
	size_t i;

	if (n < 3 || memcmp(s, "---", 3) != 0)
		return 0;
	for (i = 3; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Removes matching quotes: '...' with '' for a quote, "..." with \" and
 * \\ (other escapes kept literally).  Returns 0, 1 for an unterminated
 * quote, or NKG_ENOMEM; *out (caller frees) is NUL-terminated. */
static int unquote(const char *v, size_t n, char **out, size_t *out_len)
{
	nkg_buf b = {0};
	size_t i;
	char q;

	*out = NULL;
	if (n == 0 || (v[0] != '"' && v[0] != '\'')) {
		if (nkg_buf_append(&b, v, n))
			return NKG_ENOMEM;
		goto ok;
	}
	q = v[0];
	if (n < 2 || v[n - 1] != q)
		return 1;
	for (i = 1; i + 1 < n; i++) {
		const char *c = v + i;
		if (q == '\'' && c[0] == '\'' && i + 2 < n && c[1] == '\'')
			i++;
		else if (q == '"' && c[0] == '\\' && i + 2 < n &&
			 (c[1] == '"' || c[1] == '\\'))
			c = v + ++i;
		if (nkg_buf_append(&b, c, 1)) {
			nkg_buf_free(&b);
			return NKG_ENOMEM;
		}
	}
ok:
	*out_len = b.len;
	*out = nkg_buf_detach(&b);
	return *out ? 0 : NKG_ENOMEM;
}

/* One "key: value" line of front matter (s[0..n) is line number line). */
static int fm_line(nkg_article *a, const char *s, size_t n, size_t line,
		   const char *source, nkg_error *err)
{
	size_t i = 0, ke, vs, ve, vlen = 0;
	const char *colon;
	char *val = NULL;
	char day[11];
	int rc = 0, q;

	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	if (i == n || s[i] == '#') /* blank line or YAML comment */
		return 0;
	colon = memchr(s + i, ':', n - i);
	if (!colon)
		return nkg_error_set(err, NKG_EINPUT,
			"%s:%zu:%zu: front matter line has no ':' (expected 'key: value')",
			source, line, nkg_rd_col_of(s, i));
	ke = (size_t)(colon - s);
	while (ke > i && (s[ke - 1] == ' ' || s[ke - 1] == '\t'))
		ke--;
	vs = (size_t)(colon - s) + 1;
	while (vs < n && (s[vs] == ' ' || s[vs] == '\t'))
		vs++;
	ve = n;
	while (ve > vs && (s[ve - 1] == ' ' || s[ve - 1] == '\t'))
		ve--;

	q = unquote(s + vs, ve - vs, &val, &vlen);
	if (q == NKG_ENOMEM)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (q)
		return nkg_error_set(err, NKG_EINPUT,
			"%s:%zu:%zu: unterminated quoted value", source, line,
			nkg_rd_col_of(s, vs));

#define KEY_IS(k) (ke - i == sizeof k - 1 && strncasecmp(s + i, k, ke - i) == 0)
	if (KEY_IS("date")) {
		if (vlen && nkg_date_parse_day(val, vlen, day) != 0) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s:%zu:%zu: invalid date '%.*s' (expected a real day as YYYY-MM-DD, or YYYY-MM, or YYYY)",
				source, line, nkg_rd_col_of(s, vs),
				(int)(vlen > QUOTE_MAX ? QUOTE_MAX : vlen), val);
			goto done;
		}
		rc = nkg_rd_set_field(&a->date, day, vlen ? strlen(day) : 0);
	} else if (KEY_IS("lang")) {
		if (vlen && (strlen(val) != vlen || !nkg_rd_lang_ok(val))) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s:%zu:%zu: invalid lang '%.*s' (expected a language tag such as 'fr' or 'en')",
				source, line, nkg_rd_col_of(s, vs),
				(int)(vlen > QUOTE_MAX ? QUOTE_MAX : vlen), val);
			goto done;
		}
		rc = nkg_rd_set_field(&a->lang, val, vlen);
	} else if (KEY_IS("id")) {
		rc = nkg_rd_set_field(&a->id, val, vlen);
	} else if (KEY_IS("url")) {
		rc = nkg_rd_set_field(&a->url, val, vlen);
	} else if (KEY_IS("title")) {
		rc = nkg_rd_set_field(&a->title, val, vlen);
	}
	/* Unknown keys are ignored: other tools' metadata may sit there. */
#undef KEY_IS
	if (rc)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	free(val);
	return rc;
}

int nkg_article_parse_text(const char *data, size_t n, const char *source,
			   const nkg_reader_opts *opts, nkg_article **out,
			   nkg_error *err)
{
	nkg_article *a = NULL;
	const unsigned char *u = (const unsigned char *)data;
	const char *nul;
	const char *id_base;
	size_t pos = 0, st = 0, len = 0, line = 1, body_off = 0, off, l, c;
	size_t id_len;
	int rc = 0, fm = 0;

	*out = NULL;
	if (!source)
		source = "<input>";
	if (n == 0)
		return nkg_error_set(err, NKG_EINPUT, "%s:1:1: empty article", source);
	/* UTF-32 first: its little-endian BOM starts like UTF-16's. */
	if (n >= 4 && ((u[0] == 0xFF && u[1] == 0xFE && !u[2] && !u[3]) ||
		       (!u[0] && !u[1] && u[2] == 0xFE && u[3] == 0xFF)))
		return nkg_error_set(err, NKG_EINPUT,
			"%s:1:1: UTF-32 text is not supported; convert to UTF-8", source);
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF)))
		return nkg_error_set(err, NKG_EINPUT,
			"%s:1:1: UTF-16 text is not supported; convert to UTF-8", source);
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		data += 3;
		n -= 3;
		if (n == 0)
			return nkg_error_set(err, NKG_EINPUT, "%s:1:1: empty article", source);
	}
	if ((nul = memchr(data, '\0', n))) {
		line_col(data, (size_t)(nul - data), &l, &c);
		return nkg_error_set(err, NKG_EINPUT,
			"%s:%zu:%zu: contains NUL bytes (binary?)", source, l, c);
	}
	if (nkg_utf8_check(data, n, &off) != 0) {
		line_col(data, off, &l, &c);
		return nkg_error_set(err, NKG_EINPUT,
			"%s:%zu:%zu: invalid UTF-8 (byte 0x%02X)", source, l, c,
			(unsigned)(unsigned char)data[off]);
	}

	a = calloc(1, sizeof *a);
	if (!a) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (next_line(data, n, &pos, &st, &len) && is_delim(data + st, len)) {
		size_t scan = pos;
		fm = 1;
		/* Look for the closing line first: without one, every body
		 * line would be misreported as a bad "key: value". */
		do {
			if (!next_line(data, n, &scan, &st, &len)) {
				rc = nkg_error_set(err, NKG_EINPUT,
					"%s:1:1: unterminated front matter (no closing '---')",
					source);
				goto done;
			}
		} while (!is_delim(data + st, len));
		for (;;) {
			line++;
			next_line(data, n, &pos, &st, &len);
			if (is_delim(data + st, len))
				break;
			if ((rc = fm_line(a, data + st, len, line, source, err)))
				goto done;
		}
		body_off = pos;
		line++;
	}
	a->body_line = line;
	if (nkg_rd_is_blank(data + body_off, n - body_off)) {
		if (fm)
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s:%zu:1: empty body (the article has only front matter)",
				source, line);
		else
			rc = nkg_error_set(err, NKG_EINPUT, "%s:1:1: empty article", source);
		goto done;
	}
	a->body = nkg_rd_normalise_newlines(data + body_off, n - body_off, &a->body_len);
	if (!a->body) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (strcmp(source, "<stdin>") == 0) {
		id_base = "stdin";
		id_len = 5;
	} else {
		nkg_rd_stem(source, &id_base, &id_len);
	}
	if (nkg_article_finish(a, source, opts, id_base, id_len, NULL)) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	*out = a;
	a = NULL;
done:
	nkg_article_free(a);
	return rc;
}

/* ----------------------------------------------------------------- reader */

int nkg_reader_new(nkg_reader **out, const nkg_reader_opts *opts,
		   nkg_error *err)
{
	nkg_reader *r = NULL;
	int rc = 0;

	*out = NULL;
	r = calloc(1, sizeof *r);
	if (!r)
		goto oom;
	if (opts)
		r->opts = *opts;
	/* Copies, so the caller's option strings need not outlive us. */
	if ((opts && opts->default_date &&
	     !(r->default_date = nkg_strdup(opts->default_date))) ||
	    (opts && opts->default_lang &&
	     !(r->default_lang = nkg_strdup(opts->default_lang))))
		goto oom;
	r->opts.default_date = r->default_date;
	r->opts.default_lang = r->default_lang;
	if (!r->opts.max_article_bytes)
		r->opts.max_article_bytes = DEFAULT_MAX_ARTICLE;
	/* slurp() reads max + 1 bytes to tell "at the limit" from "over". */
	if (r->opts.max_article_bytes == SIZE_MAX)
		r->opts.max_article_bytes--;
	*out = r;
	r = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_reader_free(r);
	return rc;
}

void nkg_reader_set_warn(nkg_reader *r, nkg_warn_fn fn, void *ctx)
{
	r->warn = fn;
	r->warn_ctx = ctx;
}

void nkg_reader_free(nkg_reader *r)
{
	size_t i;

	if (!r)
		return;
	if (r->jf)
		fclose(r->jf);
	for (i = 0; i < r->n_items; i++)
		free(r->items[i].path);
	free(r->items);
	free(r->default_date);
	free(r->default_lang);
	nkg_buf_free(&r->line);
	nkg_buf_free(&r->src);
	free(r->stack);
	nkg_feed_free(r->feed);
	nkg_warc_free(r->warc);
	if (r->wf)
		fclose(r->wf);
	free(r);
}

static int queue_push(nkg_reader *r, const char *path, int kind,
		      nkg_error *err)
{
	void *arr = r->items;
	char *p;

	if (nkg_grow(&arr, &r->cap_items, r->n_items + 1, sizeof *r->items))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	r->items = arr;
	if (!(p = nkg_strdup(path)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	r->items[r->n_items].path = p;
	r->items[r->n_items].kind = kind;
	r->n_items++;
	return 0;
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The kind of input a file name says. */
static int kind_of(const char *name)
{
	static const struct { const char *suffix; int kind; } kinds[] = {
		{ ".jsonl", SRC_JSONL }, { ".html", SRC_HTML }, { ".htm", SRC_HTML },
		{ ".xhtml", SRC_HTML }, { ".rss", SRC_FEED }, { ".atom", SRC_FEED },
		{ ".xml", SRC_FEED }, { ".warc", SRC_WARC }, { ".warc.gz", SRC_WARC },
	};
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (has_suffix(name, kinds[i].suffix))
			return kinds[i].kind;
	return SRC_TEXT;
}

/* Queues the article files under dir (already stat'ed as st),
 * depth first, entries in strcmp order.  Hidden entries (".git", editor
 * backups) are not articles and are skipped. */
static int walk(nkg_reader *r, const char *dir, const struct stat *st,
		int top, nkg_error *err)
{
	DIR *d = NULL;
	struct dirent *de;
	char **names = NULL;
	char *child = NULL;
	size_t nn = 0, cn = 0, i, saved = r->n_stack;
	size_t dl = strlen(dir);
	void *arr;
	int rc = 0;

	for (i = 0; i < r->n_stack; i++)
		if (r->stack[i].dev == st->st_dev && r->stack[i].ino == st->st_ino) {
			reader_warn(r, "%s: symlink loop (same directory as %s); skipped",
				    dir, r->stack[i].path);
			return 0;
		}
	arr = r->stack;
	if (nkg_grow(&arr, &r->cap_stack, r->n_stack + 1, sizeof *r->stack))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	r->stack = arr;
	r->stack[r->n_stack].dev = st->st_dev;
	r->stack[r->n_stack].ino = st->st_ino;
	r->stack[r->n_stack].path = dir;
	r->n_stack++;

	if (!(d = opendir(dir))) {
		rc = nkg_error_set(err, NKG_EIO, "%s: %s", dir, strerror(errno));
		goto done;
	}
	for (;;) {
		errno = 0;
		if (!(de = readdir(d))) {
			if (errno) {
				rc = nkg_error_set(err, NKG_EIO, "%s: %s", dir, strerror(errno));
				goto done;
			}
			break;
		}
		if (de->d_name[0] == '.')
			continue;
		arr = names;
		if (nkg_grow(&arr, &cn, nn + 1, sizeof *names))
			goto oom;
		names = arr;
		if (!(names[nn] = nkg_strdup(de->d_name)))
			goto oom;
		nn++;
	}
	closedir(d);
	d = NULL;
	if (nn)
		qsort(names, nn, sizeof *names, cmp_names);

	for (i = 0; i < nn; i++) {
		struct stat cst;
		size_t len = dl + strlen(names[i]) + 2;
		int kind;

		if (!(child = malloc(len)))
			goto oom;
		snprintf(child, len, "%s%s%s", dir,
			 (dl && dir[dl - 1] == '/') ? "" : "/", names[i]);
		/* stat() follows symlinks: linked files and directories are
		 * read like real ones (loops are caught above). */
		if (stat(child, &cst) != 0) {
			reader_warn(r, "%s: %s; skipped", child, strerror(errno));
		} else if (S_ISDIR(cst.st_mode)) {
			if ((rc = walk(r, child, &cst, 0, err)))
				goto done;
		} else if (S_ISREG(cst.st_mode) && has_suffix(names[i], ".txt")) {
			if ((rc = queue_push(r, child, SRC_TEXT, err)))
				goto done;
		} else if (S_ISREG(cst.st_mode) && (kind = kind_of(names[i])) != SRC_TEXT &&
			   !has_suffix(names[i], ".xml")) {
			/* .jsonl and the web's files; .xml is a feed only
			 * when named on the command line: a directory's may
			 * be anything */
			if ((rc = queue_push(r, child, kind, err)))
				goto done;
		}
		free(child);
		child = NULL;
	}
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	/* An unreadable subdirectory is one bad input among many. */
	if (rc == NKG_EIO && !top && r->opts.keep_going) {
		reader_warn(r, "%s; skipped", err ? err->msg : dir);
		rc = 0;
	}
	if (d)
		closedir(d);
	free(child);
	for (i = 0; i < nn; i++)
		free(names[i]);
	free(names);
	r->n_stack = saved;
	return rc;
}

int nkg_reader_add(nkg_reader *r, const char *path, nkg_error *err)
{
	struct stat st;
	nkg_error e;
	int rc;

	if (strcmp(path, "-") == 0)
		return queue_push(r, path, SRC_STDIN, err);
	if (stat(path, &st) != 0)
		return nkg_error_set(err, NKG_EIO, "%s: %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode)) {
		/* walk() needs a message buffer even when the caller passes
		 * none, to repeat it in --keep-going warnings. */
		nkg_error_clear(&e);
		r->n_stack = 0;
		rc = walk(r, path, &st, 1, &e);
		if (rc && err)
			*err = e;
		return rc;
	}
	/* access() rather than a trial open: opening a FIFO would block or
	 * consume a writer. */
	if (access(path, R_OK) != 0)
		return nkg_error_set(err, NKG_EIO, "%s: %s", path, strerror(errno));
	return queue_push(r, path, kind_of(path), err);
}

static void warc_warn(void *ctx, const char *msg)
{
	nkg_reader *r = ctx;
	reader_warn(r, "%s", msg);
}

/* Starts streaming a crawl whose first bytes are b[0..n) and whose rest
 * is in f (ours unless stdin: kept open in r->wf while it is read). */
static int start_warc(nkg_reader *r, const char *src, const char *b, size_t n,
		      FILE *f, nkg_error *err)
{
	int rc = nkg_warc_new(&r->warc, b, n, f, src, &r->opts, err);
	if (rc) {
		if (f != stdin)
			fclose(f);
		return rc;
	}
	nkg_warc_set_warn(r->warc, warc_warn, r);
	r->wf = f != stdin ? f : NULL;
	return 0;
}

/* 1, after a warning, when f is a regular file of more than max bytes
 * (stdin is never sized). */
static int over_limit(nkg_reader *r, FILE *f, const char *src, size_t max)
{
	struct stat st;

	if (f == stdin || fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode) ||
	    (uintmax_t)st.st_size <= (uintmax_t)max)
		return 0;
	reader_warn(r, "%s: article is %ju bytes, over the limit of %zu (--max-article-bytes); skipped",
		    src, (uintmax_t)st.st_size, max);
	return 1;
}

/* Reads a whole input, at most max bytes.  *out (caller frees) stays
 * NULL when the input is over the size limit (a warning, not an error)
 * and when it is a crawl (named so, or starting like one): r->warc then
 * streams it, never read whole. */
static int slurp(nkg_reader *r, const queue_item *it, size_t max, char **out,
		 size_t *n, nkg_error *err)
{
	const char *src = it->kind == SRC_STDIN ? "<stdin>" : it->path;
	FILE *f = NULL;
	nkg_buf b = {0};
	int rc = 0, sniffed = it->kind != SRC_TEXT && it->kind != SRC_STDIN;

	*out = NULL;
	*n = 0;
	if (it->kind == SRC_STDIN) {
		f = stdin; /* not ours: never closed here */
	} else if (!(f = fopen(it->path, "rb"))) {
		return nkg_error_set(err, NKG_EIO, "%s: %s", it->path, strerror(errno));
	}
	if (it->kind == SRC_WARC) {
		rc = start_warc(r, src, NULL, 0, f, err);
		f = NULL;
		goto done;
	}
	/* Reject big regular files by size before reading any of them (a
	 * crawl, found by its first bytes, is streamed whatever its size). */
	if (sniffed && over_limit(r, f, src, max))
		goto done;
	for (;;) {
		size_t want = READ_CHUNK, got;
		void *d = b.data;

		if (want > max + 1 - b.len)
			want = max + 1 - b.len;
		if (nkg_grow(&d, &b.cap, b.len + want + 1, 1)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		b.data = d;
		got = fread(b.data + b.len, 1, want, f);
		b.len += got;
		b.data[b.len] = '\0';
		if (got < want && ferror(f)) {
			rc = nkg_error_set(err, NKG_EIO, "%s: %s", src, strerror(errno));
			goto done;
		}
		if (!sniffed) {
			sniffed = 1;
			if (nkg_warc_sniff(b.data, b.len)) {
				rc = start_warc(r, src, b.data, b.len, f, err);
				f = NULL;
				goto done;
			}
			if (over_limit(r, f, src, max))
				goto done;
		}
		if (got < want)
			break;
		if (b.len > max) {
			/* A pipe (or a growing file): stop here, the rest is
			 * never read. */
			reader_warn(r, "%s: article is more than %zu bytes, over the limit of %zu (--max-article-bytes); skipped",
				    src, max, max);
			goto done;
		}
	}
	*n = b.len;
	*out = nkg_buf_detach(&b);
	if (!*out)
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	if (f && f != stdin)
		fclose(f);
	nkg_buf_free(&b);
	return rc;
}

/* One line of f into b, keeping at most max bytes of it; *total is its
 * full length without the LF.  Returns 1, 0 at end of file, or NKG_EIO.
 * Over-long lines are counted, not stored, so a huge line costs no
 * memory. */
static int read_line(FILE *f, nkg_buf *b, size_t max, size_t *total)
{
	size_t t = 0;
	int c, any = 0;
	void *d;

	b->len = 0;
	while ((c = getc_unlocked(f)) != EOF) {
		any = 1;
		if (c == '\n')
			break;
		if (t < max) {
			if (b->len + 2 > b->cap) {
				d = b->data;
				if (nkg_grow(&d, &b->cap, b->len + 2, 1))
					return NKG_ENOMEM;
				b->data = d;
			}
			b->data[b->len++] = (char)c;
		}
		t++;
	}
	if (ferror(f))
		return NKG_EIO;
	if (nkg_buf_append(b, "", 0))
		return NKG_ENOMEM;
	*total = t;
	return any;
}

static void close_jsonl(nkg_reader *r)
{
	fclose(r->jf);
	r->jf = NULL;
	r->jpath = NULL;
}

/* Next record of the open JSON Lines file: 1 with *out set, 0 when a line
 * was skipped or the file ended, or a negative code. */
static int next_jsonl(nkg_reader *r, nkg_article **out, nkg_error *err)
{
	size_t max = r->opts.max_article_bytes, total = 0, n;
	const unsigned char *u;
	const char *s;
	int rc;

	rc = read_line(r->jf, &r->line, max, &total);
	if (rc == NKG_EIO) {
		rc = nkg_error_set(err, NKG_EIO, "%s:%zu: %s", r->jpath,
				   r->jline + 1, strerror(errno));
		close_jsonl(r);
		return rc;
	}
	if (rc == NKG_ENOMEM)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (rc == 0) {
		close_jsonl(r);
		return 0;
	}
	r->jline++;
	r->src.len = 0;
	if (nkg_buf_printf(&r->src, "%s:%zu", r->jpath, r->jline))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	if (total > max) {
		reader_warn(r, "%s: article is %zu bytes, over the limit of %zu (--max-article-bytes); skipped",
			    r->src.data, total, max);
		return 0;
	}
	s = r->line.data;
	n = r->line.len;
	u = (const unsigned char *)s;
	if (r->jline == 1) {
		if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
			/* Every further line would fail the same way. */
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: UTF-16 text is not supported; convert to UTF-8",
				r->src.data);
			close_jsonl(r);
			return rc;
		}
		if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
			s += 3;
			n -= 3;
		}
	}
	if (nkg_rd_is_blank(s, n))
		return 0;
	rc = nkg_article_parse_json(s, n, r->src.data, &r->opts, out, err);
	return rc ? rc : 1;
}

/* Starts the next queued input: 1 with *out for a text article, 0 when
 * a JSON Lines file was opened or an article skipped, or an error. */
static int next_item(nkg_reader *r, const queue_item *it, nkg_article **out,
		     nkg_error *err)
{
	const char *src = it->kind == SRC_STDIN ? "<stdin>" : it->path;
	size_t max = r->opts.max_article_bytes;
	char *data = NULL;
	size_t n = 0;
	int rc, kind = it->kind;

	if (kind == SRC_JSONL) {
		if (!(r->jf = fopen(it->path, "rb")))
			return nkg_error_set(err, NKG_EIO, "%s: %s", it->path,
					     strerror(errno));
		r->jpath = it->path;
		r->jline = 0;
		return 0;
	}
	if (kind == SRC_FEED)
		max = max > SIZE_MAX / FEED_FACTOR - 1 ? max : max * FEED_FACTOR;
	if ((rc = slurp(r, it, max, &data, &n, err)) || !data)
		return rc;
	if (kind == SRC_TEXT || kind == SRC_STDIN) {
		/* what the first bytes say */
		if (nkg_feed_sniff(data, n))
			kind = SRC_FEED;
		else if (nkg_html_sniff(data, n))
			kind = SRC_HTML;
	}
	if (kind == SRC_FEED) {
		rc = nkg_feed_new(&r->feed, data, n, src, &r->opts, err);
		free(data);
		return rc;
	}
	if (kind == SRC_HTML)
		rc = nkg_html_read(data, n, src, NULL, &r->opts, out, err);
	else
		rc = nkg_article_parse_text(data, n, src, &r->opts, out, err);
	free(data);
	return rc ? rc : 1;
}

int nkg_reader_next(nkg_reader *r, nkg_article **out, nkg_error *err)
{
	nkg_error e;
	int rc;

	*out = NULL;
	for (;;) {
		nkg_error_clear(&e);
		if (r->jf) {
			rc = next_jsonl(r, out, &e);
		} else if (r->feed) {
			if ((rc = nkg_feed_next(r->feed, out, &e)) == 0) {
				nkg_feed_free(r->feed);
				r->feed = NULL;
			}
		} else if (r->warc) {
			/* after a broken stream, the crawl ends (0) */
			if ((rc = nkg_warc_next(r->warc, out, &e)) == 0) {
				nkg_warc_free(r->warc);
				r->warc = NULL;
				if (r->wf)
					fclose(r->wf);
				r->wf = NULL;
			}
		} else {
			if (r->pos >= r->n_items)
				return 0;
			rc = next_item(r, &r->items[r->pos++], out, &e);
		}
		if (rc == 1)
			return 1;
		if (rc == 0)
			continue;
		if (rc == NKG_ENOMEM || !r->opts.keep_going) {
			if (err)
				*err = e;
			return rc;
		}
		reader_warn(r, "%s", e.msg);
	}
}

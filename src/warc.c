/* newskg — WARC crawls: records read one at a time from a plain or gzip
 * stream, the HTTP responses' HTML pages handed to the HTML reader.
 *
 * Layers, each over the one before:
 *   raw bytes   the caller's first bytes, then its FILE (or nothing);
 *   inflate     zlib, member after member (a crawl is one gzip member per
 *               record, or one for the whole file; both are a series of
 *               members), the compressed offset of each member kept for
 *               messages;
 *   records     "WARC/1.x" header block, Content-Length bytes of block;
 *   HTTP        status line, headers, chunked transfer coding, gzip or
 *               deflate content coding, charset of the Content-Type. */
#include "newskg/warc.h"

#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#include "newskg/charset.h"
#include "newskg/html.h"

#define RAW_CHUNK ((size_t)64 << 10)
#define OUT_CHUNK ((size_t)64 << 10)
/* A WARC or HTTP header block longer than this is no header block. */
#define MAX_HEADER ((size_t)64 << 10)
/* Room for the HTTP head around a payload at the article limit. */
#define HTTP_SLACK ((size_t)64 << 10)

struct nkg_warc {
	char *source;             /* owned copy */
	nkg_reader_opts opts;     /* strings borrowed from the caller's */
	nkg_warn_fn warn;
	void *warn_ctx;           /* the caller's, passed back */
	FILE *f;                  /* borrowed, or NULL */
	/* raw input */
	unsigned char *raw;       /* owned */
	size_t raw_len, raw_pos;
	uint64_t raw_off;         /* stream offset of raw[0] */
	int raw_eof;
	/* gzip */
	int gz, z_live;
	z_stream z;
	uint64_t member_off;      /* compressed offset of the current member */
	/* decompressed window */
	unsigned char *buf;       /* owned */
	size_t len, pos, cap;
	uint64_t off;             /* decompressed offset of buf[0] */
	int eof, broken;
	size_t n_records;
	const char *id_base;      /* into source, or static */
	size_t id_len;
};

/* ------------------------------------------------------------ raw bytes */

/* Makes raw bytes available: 1, 0 at the end, NKG_EIO. */
static int raw_more(nkg_warc *w)
{
	size_t got;

	if (w->raw_pos < w->raw_len)
		return 1;
	if (!w->f || w->raw_eof)
		return 0;
	w->raw_off += w->raw_len;
	w->raw_len = w->raw_pos = 0;
	if (!w->raw) {
		if (!(w->raw = malloc(RAW_CHUNK)))
			return NKG_ENOMEM;
	}
	got = fread(w->raw, 1, RAW_CHUNK, w->f);
	if (got < RAW_CHUNK) {
		if (ferror(w->f))
			return NKG_EIO;
		w->raw_eof = 1;
	}
	w->raw_len = got;
	return got > 0;
}

/* A warning (a skipped record or page) to the caller's warn function. */
static void warn(nkg_warc *w, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void warn(nkg_warc *w, const char *fmt, ...)
{
	char msg[NKG_ERRMSG_MAX];
	va_list ap;

	if (!w->warn)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	w->warn(w->warn_ctx, msg);
}

/* ------------------------------------------------------------ inflate */

static int fail(nkg_warc *w, nkg_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static int fail(nkg_warc *w, nkg_error *err, int code, const char *fmt, ...)
{
	char msg[NKG_ERRMSG_MAX - 64];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	w->broken = 1;
	return nkg_error_set(err, code, "%s: %s", w->source, msg);
}

/* Appends decompressed bytes to the window, keeping buf[pos..len): the
 * number of bytes added, 0 at the end of the stream, or an error. */
static int fill(nkg_warc *w, nkg_error *err)
{
	int r;

	if (w->eof)
		return 0;
	/* drop what was consumed */
	if (w->pos > 0) {
		memmove(w->buf, w->buf + w->pos, w->len - w->pos);
		w->len -= w->pos;
		w->off += w->pos;
		w->pos = 0;
	}
	if (w->cap - w->len < OUT_CHUNK) {
		void *b = w->buf;
		if (nkg_grow(&b, &w->cap, w->len + OUT_CHUNK, 1))
			return fail(w, err, NKG_ENOMEM, "out of memory");
		w->buf = b;
	}
	for (;;) {
		if ((r = raw_more(w)) < 0)
			return fail(w, err, r, "%s", r == NKG_EIO ? strerror(errno) : "out of memory");
		if (!w->gz) {
			if (!r) {
				w->eof = 1;
				return 0;
			}
			size_t k = w->raw_len - w->raw_pos;
			if (k > w->cap - w->len)
				k = w->cap - w->len;
			memcpy(w->buf + w->len, w->raw + w->raw_pos, k);
			w->raw_pos += k;
			w->len += k;
			return (int)k;
		}
		if (!w->z_live) {
			/* between members: the end, or the next member */
			if (!r) {
				w->eof = 1;
				return 0;
			}
			if (w->raw[w->raw_pos] != 0x1f)
				return fail(w, err, NKG_EINPUT,
					"byte %llu: data after a gzip member is not gzip",
					(unsigned long long)(w->raw_off + w->raw_pos));
			w->member_off = w->raw_off + w->raw_pos;
			if (inflateReset(&w->z) != Z_OK)
				return fail(w, err, NKG_ENOMEM, "out of memory");
			w->z_live = 1;
		}
		if (!r)
			return fail(w, err, NKG_EINPUT,
				"gzip member at byte %llu is cut short",
				(unsigned long long)w->member_off);
		w->z.next_in = w->raw + w->raw_pos;
		w->z.avail_in = (uInt)(w->raw_len - w->raw_pos);
		w->z.next_out = w->buf + w->len;
		w->z.avail_out = (uInt)(w->cap - w->len);
		int zr = inflate(&w->z, Z_NO_FLUSH);
		size_t got = (size_t)(w->z.next_out - (w->buf + w->len));
		w->raw_pos = (size_t)(w->z.next_in - w->raw);
		w->len += got;
		if (zr == Z_STREAM_END)
			w->z_live = 0;
		else if (zr != Z_OK && zr != Z_BUF_ERROR)
			return fail(w, err, NKG_EINPUT, "gzip member at byte %llu: %s",
				    (unsigned long long)w->member_off,
				    w->z.msg ? w->z.msg : "corrupt data");
		if (got)
			return (int)got;
	}
}

/* One line of the window (through its LF): *line points into buf, valid
 * until the next fill.  1, 0 at the end, or an error. */
static int get_line(nkg_warc *w, const char **line, size_t *n, nkg_error *err)
{
	size_t scan = w->pos;

	for (;;) {
		/* (an empty stream has no window at all) */
		unsigned char *lf = w->len > scan ? memchr(w->buf + scan, '\n', w->len - scan)
						  : NULL;
		if (lf) {
			*line = (const char *)w->buf + w->pos;
			*n = (size_t)(lf - (w->buf + w->pos)) + 1;
			w->pos += *n;
			return 1;
		}
		if (w->len - w->pos > MAX_HEADER)
			return fail(w, err, NKG_EINPUT,
				"byte %llu: a header line of more than %zu bytes",
				(unsigned long long)(w->off + w->pos), MAX_HEADER);
		scan = w->len - w->pos;
		int r = fill(w, err);
		if (r < 0)
			return r;
		scan += w->pos;
		if (r == 0) {
			if (w->pos < w->len) {
				*line = (const char *)w->buf + w->pos;
				*n = w->len - w->pos;
				w->pos = w->len;
				return 1;
			}
			return 0;
		}
	}
}

/* n bytes of the stream into b (or dropped when b is NULL).  0, or an
 * error (a stream that ends first is broken). */
static int get_bytes(nkg_warc *w, uint64_t n, nkg_buf *b, nkg_error *err)
{
	while (n > 0) {
		if (w->pos == w->len) {
			int r = fill(w, err);
			if (r < 0)
				return r;
			if (r == 0)
				return fail(w, err, NKG_EINPUT,
					"byte %llu: the record is cut short (%llu bytes missing)",
					(unsigned long long)(w->off + w->pos),
					(unsigned long long)n);
		}
		size_t k = w->len - w->pos;
		if (k > n)
			k = (size_t)n;
		if (b && nkg_buf_append(b, (const char *)w->buf + w->pos, k))
			return fail(w, err, NKG_ENOMEM, "out of memory");
		w->pos += k;
		n -= k;
	}
	return 0;
}

/* --------------------------------------------------------------- HTTP */

static int ieq_prefix(const char *s, size_t n, const char *word)
{
	size_t l = strlen(word);
	return n >= l && strncasecmp(s, word, l) == 0;
}

/* A header's value: trimmed copy into out (cap bytes, cut). */
static void header_value(const char *s, size_t n, char *out, size_t cap)
{
	const char *colon = memchr(s, ':', n);
	size_t st, e;

	out[0] = '\0';
	if (!colon)
		return;
	st = (size_t)(colon - s) + 1;
	e = n;
	while (st < e && (s[st] == ' ' || s[st] == '\t'))
		st++;
	while (e > st && (s[e - 1] == '\r' || s[e - 1] == '\n' || s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (e - st >= cap)
		e = st + cap - 1;
	memcpy(out, s + st, e - st);
	out[e - st] = '\0';
}

/* What undoing a coding gives besides 0 and NKG_ENOMEM (positive: the
 * error codes are negative, and -1 is NKG_ENOMEM). */
enum { CODING_BAD = 1, CODING_TOO_BIG = 2 };

/* The chunked transfer coding undone, from b[0..n) into out: 0,
 * CODING_BAD, CODING_TOO_BIG or NKG_ENOMEM. */
static int unchunk(const char *b, size_t n, nkg_buf *out, size_t max)
{
	size_t i = 0;

	while (i < n) {
		uint64_t sz = 0;
		int digits = 0;
		while (i < n && (b[i] == ' ' || b[i] == '\t'))
			i++;
		for (; i < n; i++) {
			char c = b[i];
			int d = c >= '0' && c <= '9' ? c - '0' :
				(c | 32) >= 'a' && (c | 32) <= 'f' ? (c | 32) - 'a' + 10 : -1;
			if (d < 0)
				break;
			if (sz > (UINT64_MAX >> 4))
				return CODING_BAD;
			sz = sz * 16 + (uint64_t)d;
			digits++;
		}
		if (!digits)
			return CODING_BAD;
		/* chunk extensions, then the line end */
		while (i < n && b[i] != '\n')
			i++;
		if (i >= n)
			return sz == 0 ? 0 : CODING_BAD;
		i++;
		if (sz == 0)
			return 0; /* trailers are not read */
		if (sz > n - i)
			sz = n - i; /* a last chunk cut by the crawler: keep it */
		if (out->len + sz > max)
			return CODING_TOO_BIG;
		if (nkg_buf_append(out, b + i, (size_t)sz))
			return NKG_ENOMEM;
		i += (size_t)sz;
		if (i < n && b[i] == '\r')
			i++;
		if (i < n && b[i] == '\n')
			i++;
	}
	return 0;
}

/* gzip, zlib or raw deflate content coding undone: 0, CODING_BAD,
 * CODING_TOO_BIG or NKG_ENOMEM. */
static int uncompress_body(const char *b, size_t n, nkg_buf *out, size_t max)
{
	for (int attempt = 0; attempt < 2; attempt++) {
		z_stream z;
		unsigned char tmp[16384];
		int zr, rc = 0;

		memset(&z, 0, sizeof z);
		/* 15+32: gzip or zlib by their header; then raw deflate, which
		 * some servers send as "deflate" */
		if (inflateInit2(&z, attempt == 0 ? 15 + 32 : -15) != Z_OK)
			return NKG_ENOMEM;
		z.next_in = (unsigned char *)b; /* zlib's prototype; not written */
		z.avail_in = n > UINT32_MAX ? UINT32_MAX : (uInt)n;
		out->len = 0;
		do {
			z.next_out = tmp;
			z.avail_out = sizeof tmp;
			zr = inflate(&z, Z_NO_FLUSH);
			size_t got = sizeof tmp - z.avail_out;
			if (out->len + got > max) {
				rc = CODING_TOO_BIG;
				break;
			}
			if (got && nkg_buf_append(out, (const char *)tmp, got)) {
				rc = NKG_ENOMEM;
				break;
			}
			/* a member cut at the end of the record: keep what came */
			if (zr == Z_BUF_ERROR && z.avail_in == 0)
				break;
		} while (zr == Z_OK);
		if (!rc && zr != Z_STREAM_END && !(zr == Z_BUF_ERROR && out->len))
			rc = CODING_BAD;
		inflateEnd(&z);
		if (rc != CODING_BAD || attempt == 1)
			return rc;
	}
	return CODING_BAD;
}

/* One response record's block b[0..n): an article (1), nothing (0: not a
 * 2xx HTML page), or an error. */
static int http_page(nkg_warc *w, const char *b, size_t n, const char *src,
		     nkg_html_meta *meta, nkg_article **out, nkg_error *err)
{
	char ct[256] = "", te[128] = "", ce[128] = "", cs[NKG_CHARSET_MAX];
	size_t i = 0, max = w->opts.max_article_bytes;
	nkg_buf body = {0}, dec = {0};
	const char *payload;
	size_t payload_n;
	int status = 0, rc = 0, first = 1;

	/* status line and headers */
	while (i < n) {
		const char *lf = memchr(b + i, '\n', n - i);
		size_t e = lf ? (size_t)(lf - b) : n, l = e - i;
		const char *s = b + i;
		if (l && s[l - 1] == '\r')
			l--;
		i = lf ? e + 1 : n;
		if (first) {
			first = 0;
			if (!ieq_prefix(s, l, "HTTP/") || l < 12) {
				rc = nkg_error_set(err, NKG_EINPUT,
					"%s: the response holds no HTTP status line", src);
				goto done;
			}
			const char *sp = memchr(s, ' ', l);
			if (sp && (size_t)(s + l - sp) >= 4)
				for (int k = 1; k <= 3 && sp[k] >= '0' && sp[k] <= '9'; k++)
					status = status * 10 + (sp[k] - '0');
			continue;
		}
		if (l == 0)
			break;
		if (ieq_prefix(s, l, "content-type:"))
			header_value(s, l, ct, sizeof ct);
		else if (ieq_prefix(s, l, "transfer-encoding:"))
			header_value(s, l, te, sizeof te);
		else if (ieq_prefix(s, l, "content-encoding:"))
			header_value(s, l, ce, sizeof ce);
	}
	/* redirects, errors and other media are no article */
	if (status < 200 || status > 299)
		goto done;
	payload = b + i;
	payload_n = n - i;
	if (ct[0] ? !(ieq_prefix(ct, strlen(ct), "text/html") ||
		      ieq_prefix(ct, strlen(ct), "application/xhtml+xml"))
		  : !nkg_html_sniff(payload, payload_n))
		goto done;
	if (strcasestr(te, "chunked")) {
		int r = unchunk(payload, payload_n, &body, max);
		if (r == NKG_ENOMEM)
			goto oom;
		if (r == CODING_TOO_BIG) {
			warn(w, "%s: page over the limit of %zu bytes (--max-article-bytes); skipped", src, max);
			goto done;
		}
		if (r) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s: bad chunked transfer encoding", src);
			goto done;
		}
		payload = body.data ? body.data : "";
		payload_n = body.len;
	}
	if (ce[0] && strcasecmp(ce, "identity") != 0) {
		if (strcasecmp(ce, "gzip") && strcasecmp(ce, "x-gzip") && strcasecmp(ce, "deflate")) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: unsupported Content-Encoding '%s' (gzip and deflate are read)", src, ce);
			goto done;
		}
		int r = uncompress_body(payload, payload_n, &dec, max);
		if (r == NKG_ENOMEM)
			goto oom;
		if (r == CODING_TOO_BIG) {
			warn(w, "%s: page over the limit of %zu bytes once uncompressed (--max-article-bytes); skipped", src, max);
			goto done;
		}
		if (r) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s: corrupt %s content encoding", src, ce);
			goto done;
		}
		payload = dec.data ? dec.data : "";
		payload_n = dec.len;
	}
	if (nkg_charset_param(ct, cs))
		meta->charset = cs;
	rc = nkg_html_read(payload, payload_n, src, meta, &w->opts, out, err);
	if (rc == 0)
		rc = 1;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_buf_free(&body);
	nkg_buf_free(&dec);
	return rc;
}

/* ------------------------------------------------------------ records */

int nkg_warc_next(nkg_warc *w, nkg_article **out, nkg_error *err)
{
	nkg_buf block = {0}, src = {0}, id = {0};
	char type[64], uri[2048], date[64], rid[256], clen[32], ctype[256];
	size_t where = 0;
	int rc = 0;

	*out = NULL;
	for (;;) {
		const char *line;
		size_t n;
		uint64_t start, member, length = 0;
		int r, have_len = 0;

		if (w->broken)
			return 0;
		/* blank lines between records */
		do {
			if ((r = get_line(w, &line, &n, err)) <= 0) {
				rc = r;
				goto done;
			}
		} while (n <= 2 && (line[0] == '\n' || line[0] == '\r'));
		start = w->off + w->pos - n;
		member = w->member_off;
		w->n_records++;
		/* "PATH (record at byte N[, gzip member at byte M])" names the
		 * record's page in messages; "record at byte N..." the record
		 * in fail()'s, which put the path first */
		src.len = 0;
		if (nkg_buf_printf(&src, "%s (", w->source))
			goto oom;
		where = src.len;
		if ((w->gz ? nkg_buf_printf(&src, "record at byte %llu, gzip member at byte %llu",
					    (unsigned long long)start, (unsigned long long)member)
			   : nkg_buf_printf(&src, "record at byte %llu", (unsigned long long)start)) ||
		    nkg_buf_puts(&src, ")"))
			goto oom;
		if (n < 6 || memcmp(line, "WARC/", 5) != 0) {
			rc = fail(w, err, NKG_EINPUT, "byte %llu: expected a WARC record ('WARC/1.0'), found '%.20s'",
				  (unsigned long long)start, line);
			goto done;
		}
		type[0] = uri[0] = date[0] = rid[0] = clen[0] = ctype[0] = '\0';
		for (;;) {
			if ((r = get_line(w, &line, &n, err)) < 0) {
				rc = r;
				goto done;
			}
			if (r == 0) {
				rc = fail(w, err, NKG_EINPUT, "%.*s: the record's header is cut short",
					  (int)(src.len - where - 1), src.data + where);
				goto done;
			}
			if (n <= 2 && (line[0] == '\n' || line[0] == '\r'))
				break;
			if (ieq_prefix(line, n, "warc-type:"))
				header_value(line, n, type, sizeof type);
			else if (ieq_prefix(line, n, "warc-target-uri:"))
				header_value(line, n, uri, sizeof uri);
			else if (ieq_prefix(line, n, "warc-date:"))
				header_value(line, n, date, sizeof date);
			else if (ieq_prefix(line, n, "warc-record-id:"))
				header_value(line, n, rid, sizeof rid);
			else if (ieq_prefix(line, n, "content-length:"))
				header_value(line, n, clen, sizeof clen);
			else if (ieq_prefix(line, n, "content-type:"))
				header_value(line, n, ctype, sizeof ctype);
		}
		for (const char *c = clen; *c; c++) {
			if (*c < '0' || *c > '9' || length > UINT64_MAX / 10 - 1) {
				have_len = 0;
				break;
			}
			length = length * 10 + (uint64_t)(*c - '0');
			have_len = 1;
		}
		if (!have_len) {
			rc = fail(w, err, NKG_EINPUT, "%.*s: missing or bad Content-Length '%s'",
				  (int)(src.len - where - 1), src.data + where, clen);
			goto done;
		}
		if (strcasecmp(type, "response") != 0 ||
		    !ieq_prefix(ctype, strlen(ctype), "application/http")) {
			if ((rc = get_bytes(w, length, NULL, err)))
				goto done;
			continue;
		}
		if (length > w->opts.max_article_bytes + HTTP_SLACK) {
			warn(w, "%s: record of %llu bytes, over the limit of %zu (--max-article-bytes); skipped",
			     src.data, (unsigned long long)length, w->opts.max_article_bytes);
			if ((rc = get_bytes(w, length, NULL, err)))
				goto done;
			continue;
		}
		block.len = 0;
		if ((rc = get_bytes(w, length, &block, err)))
			goto done;
		/* WARC/1.0 wrote the URI in angle brackets */
		char *u = uri;
		size_t ul = strlen(u);
		if (ul >= 2 && u[0] == '<' && u[ul - 1] == '>') {
			u[ul - 1] = '\0';
			u++;
		}
		id.len = 0;
		if (nkg_buf_append(&id, w->id_base, w->id_len) ||
		    nkg_buf_printf(&id, "-r%zu", w->n_records))
			goto oom;
		nkg_html_meta meta;
		memset(&meta, 0, sizeof meta);
		meta.url = *u ? u : NULL;
		meta.date = date[0] ? date : NULL;
		meta.fetched = date[0] ? date : NULL;
		meta.record_id = rid[0] ? rid : NULL;
		meta.id = id.data;
		r = http_page(w, block.data ? block.data : "", block.len, src.data, &meta, out, err);
		if (r == 0)
			continue;
		rc = r;
		goto done;
	}
oom:
	rc = fail(w, err, NKG_ENOMEM, "out of memory");
done:
	nkg_buf_free(&block);
	nkg_buf_free(&src);
	nkg_buf_free(&id);
	return rc;
}

int nkg_warc_new(nkg_warc **out, const char *data, size_t n, FILE *rest,
		 const char *source, const nkg_reader_opts *opts,
		 nkg_error *err)
{
	nkg_warc *w = NULL;
	int rc = 0;

	*out = NULL;
	if (!source)
		source = "<input>";
	if (!(w = calloc(1, sizeof *w)) || !(w->source = nkg_strdup(source)))
		goto oom;
	if (opts)
		w->opts = *opts;
	if (!w->opts.max_article_bytes)
		w->opts.max_article_bytes = (size_t)16 << 20;
	if (n && !(w->raw = malloc(n > RAW_CHUNK ? n : RAW_CHUNK)))
		goto oom;
	if (n)
		memcpy(w->raw, data, n);
	w->raw_len = n;
	w->f = rest;
	nkg_html_id_base(w->source, &w->id_base, &w->id_len);
	/* gzip or not, from the first two bytes */
	if ((rc = raw_more(w)) < 0) {
		rc = nkg_error_set(err, rc, "%s: %s", source,
				   rc == NKG_EIO ? strerror(errno) : "out of memory");
		goto done;
	}
	rc = 0;
	if (w->raw_len - w->raw_pos >= 2 && w->raw[w->raw_pos] == 0x1f &&
	    w->raw[w->raw_pos + 1] == 0x8b) {
		w->gz = 1;
		if (inflateInit2(&w->z, 15 + 16) != Z_OK)
			goto oom;
		w->z_live = 1;
		w->member_off = w->raw_off + w->raw_pos;
	}
	*out = w;
	w = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_warc_free(w);
	return rc;
}

void nkg_warc_set_warn(nkg_warc *w, nkg_warn_fn fn, void *ctx)
{
	w->warn = fn;
	w->warn_ctx = ctx;
}

void nkg_warc_free(nkg_warc *w)
{
	if (!w)
		return;
	if (w->gz)
		inflateEnd(&w->z);
	free(w->raw);
	free(w->buf);
	free(w->source);
	free(w);
}

int nkg_warc_sniff(const char *data, size_t n)
{
	return (n >= 5 && !memcmp(data, "WARC/", 5)) ||
	       (n >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b);
}

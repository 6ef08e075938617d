/* Unit tests for the WARC reader (src/warc.c) and for the reader's
 * dispatch of web inputs (src/reader.c): gzip per record and per file,
 * HTTP codings, skipped records, errors with byte offsets, directories,
 * sniffing, --keep-going. */
#include "newskg/reader.h"
#include "newskg/warc.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#define NKG_TEST_FILES
#include "nkg_test.h"

#define HAS(hay, needle) CHECK(strstr((hay), (needle)) != NULL)

static char warnings[8192];
static void on_warn(void *ctx, const char *msg)
{
	size_t l = strlen(warnings);
	(void)ctx;
	snprintf(warnings + l, sizeof warnings - l, "%s\n", msg);
}

/* Records are numbered from 1 in each crawl(). */
static int rec_id;

/* One WARC record around block. */
static void record(nkg_buf *b, const char *type, const char *ctype, const char *block, size_t n)
{
	int id = ++rec_id;
	nkg_buf_printf(b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%d>\r\n"
		       "WARC-Date: 2023-11-2%dT10:00:00Z\r\nWARC-Target-URI: https://x.example/p%d\r\n"
		       "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n", type, id, id % 10, id, ctype, n);
	nkg_buf_append(b, block, n);
	nkg_buf_puts(b, "\r\n\r\n");
}

static void gz(nkg_buf *out, const char *s, size_t n)
{
	z_stream z;
	unsigned char tmp[65536];
	memset(&z, 0, sizeof z);
	deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
	z.next_in = (unsigned char *)s;
	z.avail_in = (uInt)n;
	z.next_out = tmp;
	z.avail_out = sizeof tmp;
	deflate(&z, Z_FINISH);
	nkg_buf_append(out, (const char *)tmp, sizeof tmp - z.avail_out);
	deflateEnd(&z);
}

#define PAGE "<html><head><meta property=\"article:published_time\" content=\"2023-11-19\"></head><body><h1>Titre</h1><p>Jeanne Martin a rejoint Solvea.</p></body></html>"

/* A crawl of seven records: warcinfo, request, response (plain), response
 * (chunked + gzip, Latin-1 from HTTP), an image, a redirect, metadata. */
static void crawl(nkg_buf *b, int per_record_gz)
{
	nkg_buf http = {0}, z = {0};
	nkg_buf recs[7];
	memset(recs, 0, sizeof recs);
	rec_id = 0;

	record(&recs[0], "warcinfo", "application/warc-fields", "software: t\r\n", 13);
	record(&recs[1], "request", "application/http; msgtype=request", "GET / HTTP/1.1\r\n\r\n", 18);
	nkg_buf_printf(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n\r\n%s",
		       strlen(PAGE), PAGE);
	record(&recs[2], "response", "application/http; msgtype=response", http.data, http.len);
	http.len = 0;
	gz(&z, "<p>Caf\xe9 : Paul Durand quitte Orvo.</p>", 38);
	nkg_buf_printf(&http, "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\n"
		       "Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n%zx\r\n", (size_t)10);
	nkg_buf_append(&http, z.data, 10);
	nkg_buf_printf(&http, "\r\n%zx;x=y\r\n", z.len - 10);
	nkg_buf_append(&http, z.data + 10, z.len - 10);
	nkg_buf_puts(&http, "\r\n0\r\n\r\n");
	record(&recs[3], "response", "application/http; msgtype=response", http.data, http.len);
	record(&recs[4], "response", "application/http; msgtype=response",
	       "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG", 48);
	record(&recs[5], "response", "application/http; msgtype=response",
	       "HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n<p>Moved</p>", 59);
	record(&recs[6], "metadata", "application/warc-fields", "a: b\r\n", 6);
	for (int i = 0; i < 7; i++) {
		if (per_record_gz)
			gz(b, recs[i].data, recs[i].len);
		else
			nkg_buf_append(b, recs[i].data, recs[i].len);
		nkg_buf_free(&recs[i]);
	}
	nkg_buf_free(&http);
	nkg_buf_free(&z);
}

static void read_all(const char *data, size_t n, const char *what)
{
	nkg_warc *w = NULL;
	nkg_article *a = NULL;
	nkg_error e;
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, data, n, NULL, "t/c.warc.gz", NULL, &e) == 0);
	if (!w)
		return;
	CHECK(nkg_warc_next(w, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Titre\n\nJeanne Martin a rejoint Solvea.");
	CHECK_STR(a ? a->date : NULL, "2023-11-19"); /* the page's, not the crawl's */
	CHECK_STR(a ? a->url : NULL, "https://x.example/p3");
	CHECK_STR(a ? a->record_id : NULL, "<urn:uuid:3>");
	CHECK_STR(a ? a->fetched : NULL, "2023-11-23T10:00:00Z");
	CHECK_STR(a ? a->id : NULL, "c-r3");
	nkg_article_free(a);
	a = NULL;
	CHECK(nkg_warc_next(w, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Caf\xc3\xa9 : Paul Durand quitte Orvo.");
	CHECK_STR(a ? a->date : NULL, "2023-11-24"); /* no page date: the crawl's */
	nkg_article_free(a);
	a = NULL;
	CHECK(nkg_warc_next(w, &a, &e) == 0 && !a);
	if (nkg_t_fail)
		fprintf(stderr, "(%s)\n", what);
	nkg_warc_free(w);
}

static void test_crawls(void)
{
	nkg_buf plain = {0}, members = {0}, whole = {0};
	crawl(&plain, 0);
	crawl(&members, 1);
	gz(&whole, plain.data, plain.len);
	read_all(plain.data, plain.len, "plain");
	read_all(members.data, members.len, "gzip per record");
	read_all(whole.data, whole.len, "gzip whole file");
	nkg_warc_free(NULL);
	CHECK(nkg_warc_sniff("WARC/1.1\r\n", 10) && nkg_warc_sniff("\x1f\x8b", 2) && !nkg_warc_sniff("<html>", 6));
	nkg_buf_free(&plain);
	nkg_buf_free(&members);
	nkg_buf_free(&whole);
}

static void test_errors(void)
{
	nkg_warc *w = NULL;
	nkg_article *a = NULL;
	nkg_error e;
	nkg_buf b = {0};
	static const char bad_len[] = "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\n";
	/* a bad Content-Length breaks the stream: the error names the byte */
	nkg_buf_puts(&b, "WARC/1.0\r\nWARC-Type: metadata\r\nContent-Length: 2\r\n\r\nab\r\n\r\n");
	nkg_buf_puts(&b, bad_len);
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, b.data, b.len, NULL, "t/bad.warc", NULL, &e) == 0);
	CHECK(nkg_warc_next(w, &a, &e) == NKG_EINPUT && !a);
	HAS(e.msg, "t/bad.warc: record at byte 58: missing or bad Content-Length '12x'");
	CHECK(nkg_warc_next(w, &a, &e) == 0);
	nkg_warc_free(w);
	/* not a WARC at all */
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, "GET / HTTP/1.1\r\n", 16, NULL, "t/x.warc", NULL, &e) == 0);
	CHECK(nkg_warc_next(w, &a, &e) == NKG_EINPUT);
	HAS(e.msg, "byte 0: expected a WARC record");
	nkg_warc_free(w);
	/* a cut gzip member */
	b.len = 0;
	gz(&b, bad_len, sizeof bad_len - 1);
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, b.data, b.len / 2, NULL, "t/cut.warc.gz", NULL, &e) == 0);
	CHECK(nkg_warc_next(w, &a, &e) < 0);
	HAS(e.msg, "gzip member at byte 0 is cut short");
	nkg_warc_free(w);
	/* a bad page in a good stream: that record fails, the next is read */
	b.len = 0;
	record(&b, "response", "application/http", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Caf\xe9</p>", 56);
	record(&b, "response", "application/http", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Bien.</p>", 56);
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, b.data, b.len, NULL, "t/mix.warc", NULL, &e) == 0);
	CHECK(nkg_warc_next(w, &a, &e) == NKG_EINPUT);
	HAS(e.msg, "t/mix.warc (record at byte 0): byte 6: invalid UTF-8");
	CHECK(nkg_warc_next(w, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Bien.");
	nkg_article_free(a);
	nkg_warc_free(w);
	/* a bad chunk size and a corrupt gzip coding are bad input, not "out
	 * of memory" (their helpers' -1 was read as NKG_ENOMEM; fuzz_warc) */
	b.len = 0;
	{
		static const char chunk[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
			"Transfer-Encoding: chunked\r\n\r\nzz\r\n<p>x</p>";
		static const char zip[] = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
			"Content-Encoding: gzip\r\n\r\n\x1f\x8b\x08\x00garbage!";
		record(&b, "response", "application/http", chunk, sizeof chunk - 1);
		record(&b, "response", "application/http", zip, sizeof zip - 1);
	}
	nkg_error_clear(&e);
	CHECK(nkg_warc_new(&w, b.data, b.len, NULL, "t/codings.warc", NULL, &e) == 0);
	CHECK(nkg_warc_next(w, &a, &e) == NKG_EINPUT && !a);
	HAS(e.msg, "t/codings.warc (record at byte 0): bad chunked transfer encoding");
	CHECK(nkg_warc_next(w, &a, &e) == NKG_EINPUT && !a);
	HAS(e.msg, "): corrupt gzip content encoding");
	CHECK(nkg_warc_next(w, &a, &e) == 0);
	nkg_warc_free(w);
	nkg_buf_free(&b);
}

/* The reader: a directory of web inputs, a .txt that is a page, a bad
 * record skipped with --keep-going. */
static void test_reader(void)
{
	char dir[] = "/tmp/nkg_test_warc_XXXXXX";
	char p[600];
	nkg_buf b = {0};
	FILE *f;
	CHECK(mkdtemp(dir) != NULL);
	snprintf(p, sizeof p, "%s/a.html", dir);
	f = fopen(p, "wb"); fputs(PAGE, f); fclose(f);
	snprintf(p, sizeof p, "%s/b.txt", dir); /* a page under another name */
	f = fopen(p, "wb"); fputs("<!DOCTYPE html>" PAGE, f); fclose(f);
	snprintf(p, sizeof p, "%s/c.rss", dir);
	f = fopen(p, "wb"); fputs("<rss><channel><item><title>T</title><description>Jean Dupont a rejoint Orvo.</description></item></channel></rss>", f); fclose(f);
	crawl(&b, 1);
	{
		nkg_buf bad = {0};
		record(&bad, "response", "application/http", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Caf\xe9</p>", 56);
		gz(&b, bad.data, bad.len);
		nkg_buf_free(&bad);
	}
	snprintf(p, sizeof p, "%s/d.warc.gz", dir);
	f = fopen(p, "wb"); fwrite(b.data, 1, b.len, f); fclose(f);
	snprintf(p, sizeof p, "%s/e.xml", dir); /* .xml is not walked */
	f = fopen(p, "wb"); fputs("<sitemap/>", f); fclose(f);

	for (int kg = 0; kg < 2; kg++) {
		nkg_reader_opts o = { NULL, NULL, 0, kg };
		nkg_reader *r = NULL;
		nkg_article *a = NULL;
		nkg_error e;
		const char *want[] = { "a", "b", "c-1", "d-r3", "d-r4" };
		int n = 0, rc;
		warnings[0] = '\0';
		nkg_error_clear(&e);
		CHECK(nkg_reader_new(&r, &o, &e) == 0);
		nkg_reader_set_warn(r, on_warn, NULL);
		CHECK(nkg_reader_add(r, dir, &e) == 0);
		while ((rc = nkg_reader_next(r, &a, &e)) == 1) {
			if (n < 5)
				CHECK_STR(a->id, want[n]);
			n++;
			nkg_article_free(a);
		}
		CHECK(n == 5);
		if (kg) {
			CHECK(rc == 0);
			HAS(warnings, "d.warc.gz (record at byte");
			HAS(warnings, "gzip member at byte");
			HAS(warnings, "invalid UTF-8");
		} else {
			CHECK(rc == NKG_EINPUT);
			HAS(e.msg, "d.warc.gz (record at byte");
		}
		nkg_reader_free(r);
	}
	nkg_buf_free(&b);
	rm_rf(dir);
}

int main(void)
{
	test_crawls();
	test_errors();
	test_reader();
	return TEST_DONE();
}

/* newskg — WARC crawls (ISO 28500, WARC/1.0 and 1.1), plain or gzip (one
 * member per record, or the whole file): each `response` record whose
 * HTTP payload is an HTML page becomes an article (src/html.c); every
 * other record is skipped.
 *
 * Read as a stream: a crawl of any size takes the memory of one record. */
#ifndef NEWSKG_WARC_H
#define NEWSKG_WARC_H

#include <stdio.h>
#include "newskg/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_warc nkg_warc;

/* A crawl whose first bytes are data[0..n) (copied) and whose rest, if
 * any, is read from rest (borrowed: the caller closes it after
 * nkg_warc_free; NULL when data is all of it).  source names it in
 * messages and ids.  Records over opts->max_article_bytes are skipped
 * with a warning. */
int nkg_warc_new(nkg_warc **out, const char *data, size_t n, FILE *rest,
		 const char *source, const nkg_reader_opts *opts,
		 nkg_error *err);
/* Where warnings (skipped records) go; fn NULL: nowhere. */
void nkg_warc_set_warn(nkg_warc *w, nkg_warn_fn fn, void *ctx);
/* The next article: 1 and *out (caller frees), 0 at the end, or a
 * negative code whose message names the source and the record's byte
 * offset.  After a bad record (bad HTTP, charset, page) the next call
 * goes on with the record after it; after a broken stream (bad WARC
 * header, corrupt gzip, I/O error) it returns 0. */
int nkg_warc_next(nkg_warc *w, nkg_article **out, nkg_error *err);
void nkg_warc_free(nkg_warc *w);

/* 1 when data starts like a WARC file ("WARC/") or a gzip stream. */
int nkg_warc_sniff(const char *data, size_t n);

#ifdef __cplusplus
}
#endif
#endif

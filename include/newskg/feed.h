/* newskg — news feeds: RSS 2.0 (and RSS 1.0) and Atom, each item an
 * article whose HTML is read like a page's body (src/html.c).
 *
 * The XML is parsed by libxml2, strictly: a feed that is not well-formed
 * is refused with the line and column of the first error. */
#ifndef NEWSKG_FEED_H
#define NEWSKG_FEED_H

#include "newskg/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_feed nkg_feed;

/* Parses the feed data[0..n) (not kept: the caller may free it after).
 * source names it in messages and ids ("path", "<stdin>").  NKG_EINPUT
 * when it is not well-formed XML or not a feed.  *out is freed with
 * nkg_feed_free. */
int nkg_feed_new(nkg_feed **out, const char *data, size_t n,
		 const char *source, const nkg_reader_opts *opts,
		 nkg_error *err);
/* The next item as an article: 1 and *out (caller frees), 0 after the
 * last, or a negative code for a bad item (an item without content, a
 * content without text), whose message names source, line and item
 * number; the next call goes on with the item after it. */
int nkg_feed_next(nkg_feed *f, nkg_article **out, nkg_error *err);
void nkg_feed_free(nkg_feed *f);

/* 1 when data starts like an RSS or Atom document, else 0. */
int nkg_feed_sniff(const char *data, size_t n);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — HTML pages: one article from a web page, or from the HTML of a
 * feed item, with the page around the article left out.
 *
 * Parsed by libxml2's HTML parser (see docs/newskg.md, "Web inputs", for
 * why that one).  The article's body is the text of the article as lines:
 * the headline first, then the standfirst, byline, paragraphs, subheads
 * and captions each a paragraph of its own, as src/segment.c reads a
 * plain-text article; evidence offsets point into that text. */
#ifndef NEWSKG_HTML_H
#define NEWSKG_HTML_H

#include "newskg/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

/* What the carrier of a page says about it: the HTTP response of a WARC
 * record, a feed's item.  Every field is optional (NULL) and borrowed for
 * the call. */
typedef struct nkg_html_meta {
	const char *charset;   /* from the HTTP Content-Type; else the page's */
	const char *url;       /* where the page was fetched (WARC target URI,
				  feed item link); the page's canonical URL
				  wins */
	const char *date;      /* the carrier's date, any form
				  nkg_date_normalise reads: used when the page
				  has none */
	const char *title;     /* a feed item's title: the headline */
	const char *byline;    /* a feed item's author, a line of its own */
	const char *lang;      /* a feed's language, when the page has none */
	const char *record_id; /* WARC-Record-ID, kept in the article */
	const char *fetched;   /* WARC-Date, kept in the article */
	const char *id;        /* the article id, or NULL: from source */
	int fragment;          /* 1: a feed item's content, not a whole page:
				  all of it is the article (less the page
				  furniture it may hold) */
} nkg_html_meta;

/* Reads one HTML document data[0..n) as an article (*out, caller frees
 * with nkg_article_free).  source names it in messages and makes the id
 * when meta->id is NULL.  NKG_EINPUT for undeclared invalid UTF-8, an
 * unknown charset, or a page with no article text; the message names
 * source and place. */
int nkg_html_read(const char *data, size_t n, const char *source,
		  const nkg_html_meta *meta, const nkg_reader_opts *opts,
		  nkg_article **out, nkg_error *err);

/* The start of an article id for a web input named source: its file
 * name up to the first dot ("news" for "feeds/news.rss", "c" for
 * "c.warc.gz"), "stdin" for "<stdin>".  *b points into source or at a
 * static string.  Shared by the HTML, feed and WARC readers. */
void nkg_html_id_base(const char *source, const char **b, size_t *n);

/* 1 when data looks like an HTML document (a doctype or an <html>,
 * <head> or <body> tag before any text), else 0. */
int nkg_html_sniff(const char *data, size_t n);

#ifdef __cplusplus
}
#endif
#endif

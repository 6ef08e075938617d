/* newskg — reading articles: plain text with optional front matter, stdin,
 * directories (recursively), JSON Lines corpora, and the web's forms:
 * HTML pages (src/html.c), RSS and Atom feeds (src/feed.c), WARC crawls
 * (src/warc.c), which this module dispatches to.
 *
 * Stage 1 of the pipeline.  Output: nkg_article, one per article. */
#ifndef NEWSKG_READER_H
#define NEWSKG_READER_H

#include "newskg/common.h"
#include "newskg/dates.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One article.  All strings are NUL-terminated UTF-8 owned by the article;
 * optional fields are NULL when absent.  Offsets anywhere in newskg are byte
 * offsets into body. */
typedef struct nkg_article {
	char *id;      /* slug-safe: [A-Za-z0-9._-]+; from metadata or file name */
	char *date;    /* "YYYY-MM-DD", "YYYY-MM" or "YYYY" (validated) or NULL */
	char *lang;    /* "fr", "en", ... or NULL (then detected later) */
	char *url;
	char *title;
	char *source;  /* where it came from, for messages: "path", "path:LINE" for
			  JSON Lines, "<stdin>" */
	char *body;    /* text after the front matter, valid UTF-8, no NUL bytes,
			  CRLF normalised to LF */
	size_t body_len;
	size_t body_line; /* 1-based line of the source where body starts */
	char *record_id;  /* WARC-Record-ID of a crawl's record, or NULL */
	char *fetched;    /* when a crawler fetched the page (WARC-Date, as
			     written), or NULL */
} nkg_article;

typedef struct nkg_reader_opts {
	const char *default_date; /* for inputs without a date, or NULL */
	const char *default_lang; /* for inputs without a lang, or NULL */
	size_t max_article_bytes; /* 0 = default (16 MiB); larger ones are
				     skipped with a warning */
	int keep_going;           /* a bad article/line is reported as a warning
				     and skipped instead of failing */
} nkg_reader_opts;

/* Called for warnings (skipped articles with --keep-going, oversized
 * articles).  msg names the source and place. */
typedef void (*nkg_warn_fn)(void *ctx, const char *msg);

typedef struct nkg_reader nkg_reader;

int nkg_reader_new(nkg_reader **out, const nkg_reader_opts *opts,
		   nkg_error *err);
void nkg_reader_set_warn(nkg_reader *r, nkg_warn_fn fn, void *ctx);
/* Queues a path: a file (.jsonl as JSON Lines; .html/.htm/.xhtml as an HTML
 * page; .rss/.atom/.xml as a feed; .warc/.warc.gz as a crawl; anything
 * else sniffed: HTML, a feed, a WARC (plain or gzip) or else text), a
 * directory (recursively: *.txt, *.jsonl, *.html, *.htm, *.rss, *.atom,
 * *.warc, *.warc.gz, sorted by name so the order is deterministic; symlink
 * loops detected) or "-" for stdin (sniffed the same way).
 * Missing paths fail here with NKG_EIO. */
int nkg_reader_add(nkg_reader *r, const char *path, nkg_error *err);
/* Produces the next article in queue order.  Returns 1 and sets *out (caller
 * owns it, free with nkg_article_free), 0 at the end, or a negative code. */
int nkg_reader_next(nkg_reader *r, nkg_article **out, nkg_error *err);
void nkg_reader_free(nkg_reader *r);

/* Parses one text document (front matter + body) from memory; used for files
 * and stdin, exposed for tests and fuzzing.  source names it in messages. */
int nkg_article_parse_text(const char *data, size_t n, const char *source,
			   const nkg_reader_opts *opts, nkg_article **out,
			   nkg_error *err);
/* Parses one JSON Lines record (a JSON object with "text" and optional "id",
 * "date", "lang", "url", "title"). */
int nkg_article_parse_json(const char *line, size_t n, const char *source,
			   const nkg_reader_opts *opts, nkg_article **out,
			   nkg_error *err);
void nkg_article_free(nkg_article *a);


/* ---- for the web readers (html.c, feed.c, warc.c) ---------------------- */

/* A language tag as pages write it ("fr-FR", "fr_FR", "EN") made valid in
 * place ("fr-FR", "en"); 0, or -1 when it is none. */
int nkg_lang_normalise(char *s);
/* Replaces the characters no XML document can hold (C0 controls but TAB
 * and LF, DEL, U+FFFE/U+FFFF) in s[0..n), byte for byte. */
void nkg_text_scrub(char *s, size_t n);
/* Fills what a reader left out of a: source (copied), the id (made
 * slug-safe; from id_base[0..id_base_len) and "-id_suffix" when a has
 * none), the default date and lang of opts.  0 or NKG_ENOMEM. */
int nkg_article_finish(nkg_article *a, const char *source,
		       const nkg_reader_opts *opts, const char *id_base,
		       size_t id_base_len, const char *id_suffix);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — the extraction pipeline for one article: segment, mentions,
 * statements, then hand-over to the resolver.  A thin driver: each stage
 * lives in its own module. */
#ifndef NEWSKG_EXTRACT_H
#define NEWSKG_EXTRACT_H

#include "newskg/reader.h"
#include "newskg/resolve.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Takes ownership of art.  gaz may be NULL. */
int nkg_extract_article(nkg_resolver *r, const nkg_gazetteer *gaz,
			nkg_article *art, nkg_error *err);

/* Reads every article from reader and extracts it; then resolves into a
 * knowledge base (caller frees).  progress (may be NULL) is called after
 * each article with the count and bytes so far. */
typedef void (*nkg_progress_fn)(void *ctx, size_t articles, size_t bytes);
int nkg_extract_all(nkg_reader *reader, const nkg_gazetteer *gaz,
		    nkg_progress_fn progress, void *ctx, nkg_kb **out,
		    nkg_error *err);
/* The same with jobs threads (0 = one per core) reading articles in
 * parallel; entities are still resolved in input order, so the result is
 * the same as with one. */
int nkg_extract_all_jobs(nkg_reader *reader, const nkg_gazetteer *gaz,
			 unsigned jobs, nkg_progress_fn progress, void *ctx,
			 nkg_kb **out, nkg_error *err);

/* The same for a stream: statements wait in a temporary file while the
 * corpus is read (nkg_resolver_spill), then fn receives the kb `round`
 * articles at a time (nkg_resolver_finish_each), so memory holds the
 * corpus's entities and one round's statements. */
int nkg_extract_each(nkg_reader *reader, const nkg_gazetteer *gaz,
		     unsigned jobs, nkg_progress_fn progress, void *ctx,
		     size_t round, nkg_resolver_round_fn fn, void *fn_ctx,
		     nkg_error *err);
/* Appends a human-readable trace of what the extractor saw in art:
 * sentences with their flags, mentions, roles and events (newskg explain).
 * Does not take ownership of art. */
int nkg_extract_explain(const nkg_gazetteer *gaz, const nkg_article *art,
			nkg_buf *out, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

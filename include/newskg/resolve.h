/* newskg — entity resolution: one entity per real person or organisation,
 * within and across articles, and the knowledge base built from them.
 * Stage 5.  Input: each article's doc, mentions and statements.  Output:
 * nkg_kb (kb.h). */
#ifndef NEWSKG_RESOLVE_H
#define NEWSKG_RESOLVE_H

#include "newskg/kb.h"
#include "newskg/gazetteer.h"
#include "newskg/mentions.h"
#include "newskg/statements.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_resolver nkg_resolver;

/* gaz (may be NULL) is borrowed and must outlive the resolver. */
int nkg_resolver_new(nkg_resolver **out, const nkg_gazetteer *gaz,
		     nkg_error *err);
/* Adds one article.  Takes ownership of art (even on failure); doc, ms and
 * st are only read during the call.  The article's text is released (its
 * evidence sentences are copied): afterwards doc may only be freed. */
int nkg_resolver_add(nkg_resolver *r, nkg_article *art, const nkg_doc *doc,
		     const nkg_mentions *ms, const nkg_statements *st,
		     nkg_error *err);
/* Merges entities across the articles added so far and hands over the
 * knowledge base (caller frees).  The resolver is empty afterwards. */
int nkg_resolver_finish(nkg_resolver *r, nkg_kb **out, nkg_error *err);
/* From now on, each added article's roles and events wait in an unlinked
 * temporary file ($TMPDIR, else /tmp) instead of memory, so that a corpus
 * costs its entities in memory, not its statements.  For finish_each. */
int nkg_resolver_spill(nkg_resolver *r, nkg_error *err);

/* Called by nkg_resolver_finish_each for articles [a0, a1) of kb: kb holds
 * every entity, the articles [a0, a1) (those before are released) and
 * the roles and events of these articles only (dropped after the call).
 * Non-zero stops. */
typedef int (*nkg_resolver_round_fn)(void *ctx, const nkg_kb *kb, size_t a0,
				     size_t a1, nkg_error *err);

/* nkg_resolver_finish for a stream: the same entities and statements,
 * handed over `round` articles at a time; the kb is freed at the end. */
int nkg_resolver_finish_each(nkg_resolver *r, size_t round,
			     nkg_resolver_round_fn fn, void *ctx,
			     nkg_error *err);

void nkg_resolver_free(nkg_resolver *r);

#ifdef __cplusplus
}
#endif
#endif

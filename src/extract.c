/* newskg — the per-article pipeline driver. */
#include "newskg/extract.h"

#include "newskg/mentions.h"
#include "newskg/segment.h"
#include "newskg/statements.h"

int nkg_extract_article(nkg_resolver *r, const nkg_gazetteer *gaz,
			nkg_article *art, nkg_error *err)
{
	nkg_doc *doc = NULL;
	nkg_mentions *ms = NULL;
	nkg_statements *st = NULL;
	int rc;

	if ((rc = nkg_segment(art->body, art->body_len, art->lang, &doc, err)) ||
	    (rc = nkg_mentions_find(doc, gaz, art->date, &ms, err)) ||
	    (rc = nkg_statements_find(doc, ms, &st, err))) {
		nkg_article_free(art);
		goto done;
	}
	/* The resolver takes art; doc borrows art->body, so it is freed
	 * after the hand-over, which keeps the body alive until then. */
	rc = nkg_resolver_add(r, art, doc, ms, st, err);
done:
	nkg_statements_free(st);
	nkg_mentions_free(ms);
	nkg_doc_free(doc);
	return rc;
}

int nkg_extract_all(nkg_reader *reader, const nkg_gazetteer *gaz,
		    nkg_progress_fn progress, void *ctx, nkg_kb **out,
		    nkg_error *err)
{
	nkg_resolver *r = NULL;
	nkg_article *art = NULL;
	size_t n = 0, bytes = 0;
	int rc;

	*out = NULL;
	if ((rc = nkg_resolver_new(&r, gaz, err)))
		return rc;
	while ((rc = nkg_reader_next(reader, &art, err)) == 1) {
		size_t len = art->body_len;
		if ((rc = nkg_extract_article(r, gaz, art, err)))
			goto done;
		n++;
		bytes += len;
		if (progress)
			progress(ctx, n, bytes);
	}
	if (rc < 0)
		goto done;
	rc = nkg_resolver_finish(r, out, err);
done:
	nkg_resolver_free(r);
	return rc;
}

/* libFuzzer target: the whole pipeline for one article, down to N-Quads.
 * Input: one article file (front matter + body).  Reader, segmenter,
 * mentions, statements, resolver, Redland graph and serializer all run,
 * and everything is freed, so LeakSanitizer checks the lot.
 *
 * The shipped gazetteer is loaded once (from $NEWSKG_DATA, else ./data);
 * with NKG_FUZZ_NO_GAZ=1 the pipeline runs without one. */
#include "fuzz_common.h"
#include "newskg/extract.h"
#include "newskg/gazetteer.h"
#include "newskg/graph.h"
#include "newskg/resolve.h"

static nkg_gazetteer *gaz; /* process lifetime: freed by exit */

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *dir = getenv("NEWSKG_DATA");
	const char *nogaz = getenv("NKG_FUZZ_NO_GAZ");
	nkg_error err = {0};

	(void)argc;
	(void)argv;
	if (nogaz && *nogaz == '1')
		return 0;
	if (nkg_gazetteer_new(&gaz, &err) != 0 ||
	    nkg_gazetteer_load_dir(gaz, dir ? dir : "data", &err) != 0) {
		fprintf(stderr, "fuzz_extract: gazetteer: %s (set NEWSKG_DATA or run from the "
			"repository root; NKG_FUZZ_NO_GAZ=1 to go without)\n", err.msg);
		exit(1);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const nkg_reader_opts opts = { "2023-11-20", NULL, 0, 0 };
	nkg_article *a = NULL;    /* owned here until nkg_extract_article takes it */
	nkg_resolver *r = NULL;
	nkg_kb *kb = NULL;
	nkg_graph *g = NULL;
	char *out = NULL;         /* from nkg_graph_serialize; we free */
	size_t out_len = 0;
	nkg_error err = {0};
	int rc;

	if (nkg_article_parse_text((const char *)data, size, "fuzz.txt", &opts,
				   &a, &err) != 0)
		return 0;
	if ((rc = nkg_resolver_new(&r, gaz, &err)) != 0)
		goto fail;
	rc = nkg_extract_article(r, gaz, a, &err);
	a = NULL; /* taken by nkg_extract_article, even on failure */
	if (rc != 0)
		goto fail;
	if ((rc = nkg_resolver_finish(r, &kb, &err)) != 0)
		goto fail;
	if ((rc = nkg_graph_new(&g, &err)) != 0)
		goto fail;
	if ((rc = nkg_graph_add_kb(g, kb, &err)) != 0)
		goto fail;
	if ((rc = nkg_graph_serialize(g, "nquads", &out, &out_len, &err)) != 0)
		goto fail;
	FUZZ_REQUIRE(out != NULL && out_len > 0, "empty serialisation");
	FUZZ_REQUIRE(strlen(out) == out_len, "NUL inside N-Quads");
	goto done;
fail:
	/* Valid article text must go through: every stage failing is a bug
	 * (out of memory aside). */
	if (rc != NKG_ENOMEM) {
		fprintf(stderr, "fuzz_extract: pipeline failed (%d): %s\n", rc, err.msg);
		abort();
	}
done:
	free(out);
	nkg_graph_free(g);
	nkg_kb_free(kb);
	nkg_resolver_free(r);
	nkg_article_free(a);
	return 0;
}

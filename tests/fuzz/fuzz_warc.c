/* libFuzzer target: nkg_warc_new / nkg_warc_next (src/warc.c: gzip
 * members, WARC records, HTTP, chunked and gzip codings; src/html.c for
 * each page).  Input: the bytes of one .warc or .warc.gz file. */
#include "fuzz_common.h"

#include "newskg/warc.h"

static void ignore(void *ctx, const char *msg)
{
	(void)ctx;
	FUZZ_REQUIRE(msg && msg[0], "empty warning");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A small article limit, so the skipping of big records runs too. */
	static const nkg_reader_opts opts = { NULL, NULL, 4096, 1 };
	nkg_warc *w = NULL; /* owned here; freed below */
	nkg_error err = {0};
	int rc = nkg_warc_new(&w, (const char *)data, size, NULL, "fuzz/crawl.warc.gz",
			      &opts, &err);

	web_check_rc(rc, &err);
	if (rc) {
		FUZZ_REQUIRE(w == NULL, "crawl set on failure");
		return 0;
	}
	nkg_warc_set_warn(w, ignore, NULL);
	/* bad records are skipped, as --keep-going does */
	for (int k = 0; k < 100000; k++) {
		nkg_article *a = NULL;
		nkg_error_clear(&err);
		rc = nkg_warc_next(w, &a, &err);
		if (rc == 0)
			break;
		if (rc == 1) {
			fuzz_check_article(a);
			nkg_article_free(a);
		} else {
			web_check_rc(rc, &err);
			FUZZ_REQUIRE(a == NULL, "article set on failure");
		}
	}
	nkg_warc_free(w);
	return 0;
}

/* libFuzzer target: nkg_feed_new / nkg_feed_next (src/feed.c, and
 * src/html.c for each item).  Input: the bytes of one RSS or Atom file. */
#include "fuzz_common.h"

#include "newskg/feed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const nkg_reader_opts opts = { "2023-11", "fr", 0, 1 };
	nkg_feed *f = NULL; /* owned here; freed below */
	nkg_error err = {0};
	int rc = nkg_feed_new(&f, (const char *)data, size, "fuzz/feed.rss", &opts,
			      &err);

	web_check_rc(rc, &err);
	if (rc) {
		FUZZ_REQUIRE(f == NULL, "feed set on failure");
		return 0;
	}
	/* a bad item is skipped, as --keep-going does; at most 10000 */
	for (int k = 0; k < 10000; k++) {
		nkg_article *a = NULL;
		nkg_error_clear(&err);
		rc = nkg_feed_next(f, &a, &err);
		if (rc == 0)
			break;
		if (rc == 1) {
			fuzz_check_article(a);
			FUZZ_REQUIRE(a->date != NULL, "default date not applied");
			nkg_article_free(a);
		} else {
			web_check_rc(rc, &err);
			FUZZ_REQUIRE(a == NULL, "article set on failure");
		}
	}
	nkg_feed_free(f);
	return 0;
}

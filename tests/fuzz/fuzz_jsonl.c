/* libFuzzer target: nkg_article_parse_json (one JSON Lines record).
 * Input: one line of a .jsonl corpus (without or with its newline). */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const nkg_reader_opts opts = { "2024-02-29", "en", 0, 1 };
	nkg_article *a = NULL; /* owned here; freed below */
	nkg_error err = {0};
	int rc;

	rc = nkg_article_parse_json((const char *)data, size, "fuzz.jsonl:7",
				    &opts, &a, &err);
	fuzz_check_rc(rc, &err);
	if (rc == 0) {
		fuzz_check_article(a);
		FUZZ_REQUIRE(a->date && a->lang, "defaults not applied");
	} else {
		FUZZ_REQUIRE(a == NULL, "article set on failure");
	}
	nkg_article_free(a);
	return 0;
}

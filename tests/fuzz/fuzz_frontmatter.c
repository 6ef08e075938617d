/* libFuzzer target: nkg_article_parse_text (front matter + body).
 * Input: the bytes of one article file, as read from disk or stdin. */
#include "fuzz_common.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* Two option sets: defaults, and the CLI's --date/--lang/--keep-going
	 * (the defaults only fill fields the input leaves out). */
	static const nkg_reader_opts opts[2] = {
		{ NULL, NULL, 0, 0 },
		{ "2023-11-20", "fr", 0, 1 },
	};
	/* Sources with and without a directory and extension: the id comes
	 * from the file name when the front matter has none. */
	static const char *const sources[2] = { "corpus/fuzz_input.txt", "<stdin>" };

	for (int i = 0; i < 2; i++) {
		nkg_article *a = NULL; /* owned here; freed below */
		nkg_error err = {0};
		int rc = nkg_article_parse_text((const char *)data, size,
						sources[i], &opts[i], &a, &err);
		fuzz_check_rc(rc, &err);
		if (rc == 0) {
			fuzz_check_article(a);
			if (i == 1)
				FUZZ_REQUIRE(a->date && a->lang, "defaults not applied");
		} else {
			FUZZ_REQUIRE(a == NULL, "article set on failure");
		}
		nkg_article_free(a);
	}
	return 0;
}

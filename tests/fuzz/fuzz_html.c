/* libFuzzer target: nkg_html_read (src/html.c, with src/charset.c).
 * Input: the bytes of one web page, as read from disk, a WARC record's
 * payload or a feed item's content. */
#include "fuzz_common.h"

#include "newskg/html.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* A page on its own (charset from its bytes), and the same bytes as
	 * a feed item's fragment with a carrier that declares Windows-1252,
	 * a URL with a date and a title. */
	static const nkg_html_meta metas[2] = {
		{ 0 },
		{ .charset = "windows-1252",
		  .url = "https://example.org/2023/11/20/x",
		  .date = "Mon, 20 Nov 2023 10:00:00 +0100", .title = "Titre",
		  .byline = "Jean Dupont", .lang = "fr", .record_id = "<urn:uuid:1>",
		  .fetched = "2023-11-20T10:00:00Z", .id = "feed-1", .fragment = 1 },
	};
	static const nkg_reader_opts opts = { NULL, NULL, 0, 1 };

	for (int i = 0; i < 2; i++) {
		nkg_article *a = NULL; /* owned here; freed below */
		nkg_error err = {0};
		int rc = nkg_html_read((const char *)data, size, "fuzz/page.html",
				       i ? &metas[i] : NULL, &opts, &a, &err);
		web_check_rc(rc, &err);
		if (rc == 0)
			fuzz_check_article(a);
		else
			FUZZ_REQUIRE(a == NULL, "article set on failure");
		nkg_article_free(a);
	}
	return 0;
}

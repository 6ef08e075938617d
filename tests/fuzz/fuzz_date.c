/* libFuzzer target: nkg_mentions_parse_date at every token of a short text.
 * Input: a short text (the reader turns it into an article body first, so
 * the segmenter sees what it would see in the tool: valid UTF-8, no NUL,
 * LF line ends).  Every language table is tried against every token, with
 * and without an article date, and with article dates at the edges of the
 * calendar that the reader accepts. */
#include "fuzz_common.h"
#include "../../src/lang.h"
#include "newskg/lang.h"
#include "newskg/mentions.h"
#include "newskg/segment.h"

/* Reports a date that breaks the contract, with where it came from. */
static void bad_date(const nkg_doc *doc, const nkg_lang *l, size_t k, size_t n,
		     const char *adate, const char *iso)
{
	const nkg_token *t = &doc->toks[k];
	const nkg_token *e = &doc->toks[k + (n ? n - 1 : 0)];
	fprintf(stderr, "fuzz_date: lang %s, article date %s: \"%.*s\" (%zu tokens) gave \"%.10s\"\n",
		l->code, adate ? adate : "none", (int)(e->end - t->start), doc->body + t->start,
		n, iso);
}

/* An ISO date at text precision: "", "YYYY", "YYYY-MM" or "YYYY-MM-DD",
 * a real month and day.  Year 0000 can only come from "last year" in an
 * article dated 0001, so it is allowed. */
static int iso_ok(const char *s)
{
	static const int dm[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	size_t n = strnlen(s, 11);
	int y, m, d;

	if (n == 0)
		return 1;
	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++)
		if ((i == 4 || i == 7) ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s);
	if (n == 4)
		return 1;
	m = atoi(s + 5);
	if (m < 1 || m > 12)
		return 0;
	if (n == 7)
		return 1;
	d = atoi(s + 8);
	if (d < 1 || d > dm[m - 1])
		return 0;
	return !(m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const adates[] = {
		NULL, "2023-11-20", "2024-03-01", "2024-01-01", "2000-02-29",
		"0001-01-01", "9999-12-31",
		/* articles dated only to the month or the year */
		"2023-11", "0001-01", "9999-12", "2023"
	};
	nkg_article *a = NULL; /* owned here */
	nkg_doc *doc = NULL;   /* borrows a->body */
	nkg_error err = {0};

	if (nkg_article_parse_text((const char *)data, size, "date.txt", NULL,
				   &a, &err) != 0)
		goto done;
	if (nkg_segment(a->body, a->body_len, a->lang, &doc, &err) != 0)
		goto done;
	for (size_t li = 0; nkg_langs[li]; li++) {
		for (size_t di = 0; di < sizeof adates / sizeof *adates; di++) {
			for (size_t s = 0; s < doc->n_sents; s++) {
				const nkg_sentence *se = &doc->sents[s];
				for (size_t k = se->tok0; k < se->tok1; k++) {
					char iso[11];
					size_t n;
					memset(iso, 'X', sizeof iso);
					n = nkg_mentions_parse_date(doc, nkg_langs[li], k, se->tok1,
								    adates[di], iso);
					FUZZ_REQUIRE(n <= se->tok1 - k, "date runs past the end");
					FUZZ_REQUIRE(memchr(iso, '\0', sizeof iso) != NULL,
						     "iso not terminated");
					if (n && !iso_ok(iso))
						bad_date(doc, nkg_langs[li], k, n, adates[di], iso);
					if (n)
						FUZZ_REQUIRE(iso_ok(iso), "malformed ISO date");
				}
			}
			/* The whole document as one range too: sentence ends
			 * must not be needed for memory safety. */
			for (size_t k = 0; k < doc->n_toks; k++) {
				char iso[11];
				size_t n = nkg_mentions_parse_date(doc, nkg_langs[li], k,
								   doc->n_toks, adates[di], iso);
				FUZZ_REQUIRE(n <= doc->n_toks - k, "date runs past the end");
				if (n && !iso_ok(iso))
					bad_date(doc, nkg_langs[li], k, n, adates[di], iso);
				if (n)
					FUZZ_REQUIRE(iso_ok(iso), "malformed ISO date");
			}
		}
	}
done:
	nkg_doc_free(doc);
	nkg_article_free(a);
	return 0;
}

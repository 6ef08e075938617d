/* newskg fuzzing — shared checks for the libFuzzer targets in tests/fuzz/.
 *
 * Beyond "no crash, no leak, no undefined behaviour" (the sanitizers'
 * job), the targets check the documented contracts of what the library
 * hands back; a broken contract aborts with a message, which libFuzzer
 * records as a crash like any other. */
#ifndef NKG_FUZZ_COMMON_H
#define NKG_FUZZ_COMMON_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "newskg/common.h"
#include "newskg/reader.h"

#define FUZZ_REQUIRE(cond, what) do { \
	if (!(cond)) { \
		fprintf(stderr, "fuzz contract broken: %s (%s:%d: %s)\n", \
			what, __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* Error codes the library may return for bad input; anything else from a
 * parser given bytes is a bug (out of memory aside, which libFuzzer's
 * -rss_limit_mb reports on its own). */
static inline void fuzz_check_rc(int rc, const nkg_error *err)
{
	FUZZ_REQUIRE(rc == 0 || rc == NKG_EINPUT || rc == NKG_ENOMEM,
		     "unexpected error code");
	if (rc)
		FUZZ_REQUIRE(err->msg[0] != '\0', "error without a message");
}

/* fuzz_check_rc for the web readers' targets (fuzz_html, fuzz_feed,
 * fuzz_warc): their inputs are at most 64 kB, so "out of memory" from
 * one is a wrong code (an empty page once said so), not a real
 * shortage. */
#define web_check_rc(rc, err) do { \
	FUZZ_REQUIRE((rc) != NKG_ENOMEM, "out of memory on a small input"); \
	fuzz_check_rc((rc), (err)); \
} while (0)

/* reader.h: what an nkg_article promises. */
static inline void fuzz_check_article(const nkg_article *a)
{
	size_t bad;

	FUZZ_REQUIRE(a != NULL, "no article");
	FUZZ_REQUIRE(a->id && a->id[0], "empty id");
	for (const char *p = a->id; *p; p++)
		FUZZ_REQUIRE((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
			     (*p >= '0' && *p <= '9') || *p == '.' || *p == '_' ||
			     *p == '-', "id is not slug-safe");
	FUZZ_REQUIRE(!a->date || nkg_date_valid(a->date) == 0, "invalid date");
	FUZZ_REQUIRE(a->source != NULL, "no source");
	FUZZ_REQUIRE(a->body != NULL, "no body");
	FUZZ_REQUIRE(strlen(a->body) == a->body_len, "body has a NUL byte or a wrong length");
	FUZZ_REQUIRE(memchr(a->body, '\r', a->body_len) == NULL, "CR left in body");
	FUZZ_REQUIRE(nkg_utf8_check(a->body, a->body_len, &bad) == 0, "body is not UTF-8");
	FUZZ_REQUIRE(a->body_line >= 1, "body_line is 0");
	if (a->title)
		FUZZ_REQUIRE(nkg_utf8_check(a->title, strlen(a->title), &bad) == 0,
			     "title is not UTF-8");
	if (a->url)
		FUZZ_REQUIRE(nkg_utf8_check(a->url, strlen(a->url), &bad) == 0,
			     "url is not UTF-8");
	if (a->lang)
		FUZZ_REQUIRE(a->lang[0] != '\0', "empty lang");
}

#endif

/* Unit tests of common.c: the hash and the string map that the store's
 * touched-graph set and the questions' memos share. */
#include "newskg/common.h"
#include "nkg_test.h"

#include <stdlib.h>
#include <string.h>

static void test_hash(void)
{
	/* FNV-1a's published test vectors. */
	CHECK(nkg_hash(NKG_HASH_INIT, "", 0) == 0xcbf29ce484222325ULL);
	CHECK(nkg_hash(NKG_HASH_INIT, "a", 1) == 0xaf63dc4c8601ec8cULL);
	CHECK(nkg_hash(NKG_HASH_INIT, "foobar", 6) == 0x85944171f73967e8ULL);
	/* Continuing a hash is hashing the concatenation. */
	CHECK(nkg_hash(nkg_hash(NKG_HASH_INIT, "foo", 3), "bar", 3) ==
	      nkg_hash(NKG_HASH_INIT, "foobar", 6));
}

static void test_strmap(void)
{
	nkg_strmap *m = nkg_strmap_new();
	char key[32];
	int all = 1;

	nkg_strmap_free(NULL);
	CHECK(nkg_strmap_get(NULL, "x") == NULL);
	CHECK(m != NULL);
	if (!m)
		return;
	CHECK(nkg_strmap_get(m, "x") == NULL);  /* empty, no table yet */
	CHECK(nkg_strmap_put(m, "x", NULL) == 0);
	CHECK_STR(nkg_strmap_get(m, "x"), "");  /* present, empty value */
	CHECK(nkg_strmap_put(m, "x", "one") == 0);
	CHECK_STR(nkg_strmap_get(m, "x"), "one");
	CHECK(nkg_strmap_count(m) == 1);
	/* Many keys: the table grows and keeps them all, values copied. */
	for (int i = 0; i < 5000; i++) {
		char val[32];
		snprintf(key, sizeof key, "k%d", i);
		snprintf(val, sizeof val, "v%d", i * 7);
		if (nkg_strmap_put(m, key, val))
			all = 0;
	}
	CHECK(all);
	CHECK(nkg_strmap_count(m) == 5001);
	for (int i = 0; i < 5000 && all; i++) {
		char val[32];
		const char *got;
		snprintf(key, sizeof key, "k%d", i);
		snprintf(val, sizeof val, "v%d", i * 7);
		got = nkg_strmap_get(m, key);
		all = got && !strcmp(got, val);
	}
	CHECK(all);
	CHECK(nkg_strmap_get(m, "k5000") == NULL);
	CHECK_STR(nkg_strmap_get(m, "x"), "one");
	/* The keys, sorted, each once (the summary's updates walk them). */
	{
		const char **keys = NULL;
		size_t n = 0;
		int sorted = 1;
		CHECK(nkg_strmap_keys(m, &keys, &n) == 0);
		CHECK(n == 5001);
		for (size_t i = 1; i < n; i++)
			sorted &= strcmp(keys[i - 1], keys[i]) < 0;
		CHECK(sorted);
		CHECK(n && !strcmp(keys[0], "k0") && !strcmp(keys[n - 1], "x"));
		free(keys);
		CHECK(nkg_strmap_keys(NULL, &keys, &n) == 0 && n == 0 && !keys);
	}
	nkg_strmap_clear(m);
	CHECK(nkg_strmap_count(m) == 0);
	CHECK(nkg_strmap_get(m, "k1") == NULL);
	CHECK(nkg_strmap_put(m, "k1", "again") == 0);
	CHECK_STR(nkg_strmap_get(m, "k1"), "again");
	nkg_strmap_free(m);
}

static void test_csv_quoted(void)
{
	nkg_buf b = {0};
	CHECK(nkg_buf_csv_quoted(&b, "Anne \"Nan\" Roe, jr") == 0);
	CHECK(b.data && !strcmp(b.data, "\"Anne \"\"Nan\"\" Roe, jr\""));
	nkg_buf_free(&b);
	CHECK(nkg_buf_csv_quoted(&b, "") == 0);
	CHECK(b.data && !strcmp(b.data, "\"\""));
	nkg_buf_free(&b);
}

int main(void)
{
	test_hash();
	test_strmap();
	test_csv_quoted();
	return TEST_DONE();
}

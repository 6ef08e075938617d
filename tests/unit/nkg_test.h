/* Minimal unit-test harness: each tests/unit/test_*.c is one program that
 * prints "N passed, N failed" and exits non-zero on failure. */
#ifndef NKG_TEST_H
#define NKG_TEST_H
#include <stdio.h>
#include <string.h>

static int nkg_t_pass, nkg_t_fail;

#define CHECK(cond) do { \
	if (cond) nkg_t_pass++; \
	else { nkg_t_fail++; fprintf(stderr, "%s:%d: CHECK failed: %s\n", \
				     __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(a, b) do { \
	const char *nkg_a_ = (a), *nkg_b_ = (b); \
	if (nkg_a_ && nkg_b_ && strcmp(nkg_a_, nkg_b_) == 0) nkg_t_pass++; \
	else { nkg_t_fail++; fprintf(stderr, "%s:%d: \"%s\" != \"%s\"\n", \
		__FILE__, __LINE__, nkg_a_ ? nkg_a_ : "(null)", \
		nkg_b_ ? nkg_b_ : "(null)"); } \
} while (0)

/* Removes path and everything below it (the tests' temporary stores).
 * Only the tests that include <dirent.h> and <unistd.h> get it. */
#ifdef NKG_TEST_FILES
static void rm_rf(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char p[512];

	if (!d) {
		unlink(path);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(p, sizeof p, "%s/%s", path, e->d_name);
		rm_rf(p);
	}
	closedir(d);
	rmdir(path);
}
#endif

#define TEST_DONE() (printf("%s: %d passed, %d failed\n", __FILE__, \
			    nkg_t_pass, nkg_t_fail), nkg_t_fail ? 1 : 0)
#endif

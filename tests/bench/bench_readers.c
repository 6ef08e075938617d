/* make bench: the readers' throughput alone (no extraction), over the
 * inputs given: bytes read from disk per second of nkg_reader_next.
 *   bench_readers [-r REPEAT] INPUT...   prints "articles BYTES SECONDS MB/s"
 * The best of REPEAT passes (default 3): the machines are shared. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "newskg/reader.h"

static double now(void)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	int repeat = 3, first = 1;
	double best = 0;
	size_t n_articles = 0, body_bytes = 0;
	unsigned long long bytes = 0;

	if (argc > 2 && !strcmp(argv[1], "-r")) {
		repeat = atoi(argv[2]);
		first = 3;
	}
	if (first >= argc) {
		fprintf(stderr, "usage: bench_readers [-r REPEAT] INPUT...\n");
		return 2;
	}
	for (int i = first; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
			bytes += (unsigned long long)st.st_size;
	}
	for (int r = 0; r < repeat; r++) {
		nkg_reader *rd = NULL;
		nkg_error e;
		nkg_article *a;
		nkg_reader_opts o = { NULL, NULL, 0, 1 };
		double t0 = now();
		int rc;

		nkg_error_clear(&e);
		if (nkg_reader_new(&rd, &o, &e))
			return 1;
		for (int i = first; i < argc; i++)
			if (nkg_reader_add(rd, argv[i], &e)) {
				fprintf(stderr, "%s\n", e.msg);
				return 1;
			}
		n_articles = body_bytes = 0;
		while ((rc = nkg_reader_next(rd, &a, &e)) == 1) {
			n_articles++;
			body_bytes += a->body_len;
			nkg_article_free(a);
		}
		nkg_reader_free(rd);
		if (rc) {
			fprintf(stderr, "%s\n", e.msg);
			return 1;
		}
		double t = now() - t0;
		if (r == 0 || t < best)
			best = t;
	}
	printf("%zu %llu %.3f %.1f %zu\n", n_articles, bytes, best,
	       best > 0 ? (double)bytes / 1e6 / best : 0.0, body_bytes);
	return 0;
}

/* newskg — inputs to graph, shared by the CLI and the tests. */
#include "newskg/app.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "newskg/extract.h"

static int has_suffix(const char *s, const char *suf)
{
	size_t ls = strlen(s), lf = strlen(suf);
	return ls >= lf && strcmp(s + ls - lf, suf) == 0;
}

int nkg_app_is_rdf(const char *path)
{
	static const char *const ext[] = {
		".ttl", ".nt", ".nq", ".trig", ".rdf", ".owl", ".rj", NULL
	};
	for (size_t i = 0; ext[i]; i++)
		if (has_suffix(path, ext[i]))
			return 1;
	return 0;
}

int nkg_app_build_graph(const char *const *inputs, size_t n_inputs,
			const nkg_app_opts *opts, nkg_graph **out,
			nkg_error *err)
{
	nkg_reader *reader = NULL;
	nkg_graph *g = NULL;
	nkg_kb *kb = NULL;
	size_t n_articles = 0;
	int rc;

	*out = NULL;
	if ((rc = nkg_graph_new(&g, err)) ||
	    (rc = nkg_reader_new(&reader, &opts->reader, err)))
		goto done;
	if (opts->warn)
		nkg_reader_set_warn(reader, opts->warn, opts->warn_ctx);
	for (size_t i = 0; i < n_inputs; i++) {
		if (nkg_app_is_rdf(inputs[i])) {
			if ((rc = nkg_graph_load(g, inputs[i], NULL, err)))
				goto done;
		} else {
			if ((rc = nkg_reader_add(reader, inputs[i], err)))
				goto done;
			n_articles++;
		}
	}
	if (n_articles) {
		if ((rc = nkg_extract_all_jobs(reader, opts->gaz, opts->jobs, opts->progress,
					       opts->progress_ctx, &kb, err)) ||
		    (rc = nkg_graph_add_kb(g, kb, err)))
			goto done;
	}
	*out = g;
	g = NULL;
done:
	nkg_kb_free(kb);
	nkg_reader_free(reader);
	nkg_graph_free(g);
	return rc;
}

int nkg_app_articles_only(const char *const *inputs, size_t n_inputs)
{
	for (size_t i = 0; i < n_inputs; i++)
		if (nkg_app_is_rdf(inputs[i]))
			return 0;
	return 1;
}

/* One round of the resolver's output goes to the N-Quads writer. */
typedef struct stream_ctx {
	nkg_nquads_writer *qw;
	const char *path;  /* NULL: standard output */
	char *tmp;         /* path's temporary sibling, once opened */
	FILE *f;
} stream_ctx;

/* Opens the temporary file beside path, written and renamed when complete
 * so that a failure or a kill never leaves a half-written file.  Opened
 * when the first round is ready, not before the reading: a run stopped
 * while reading leaves nothing at all. */
static int stream_open(stream_ctx *sc, nkg_error *err)
{
	size_t n;

	if (!sc->path || sc->f)
		return 0;
	if (nkg_path_is_special(sc->path)) {
		/* /dev/null, a FIFO: written in place (tmp stays NULL) */
		if (!(sc->f = fopen(sc->path, "wb")))
			return nkg_error_set(err, NKG_EIO, "%s: cannot write", sc->path);
		return 0;
	}
	n = strlen(sc->path) + 32;
	if (!(sc->tmp = malloc(n)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	snprintf(sc->tmp, n, "%s.tmp.%ld", sc->path, (long)getpid());
	if (!(sc->f = fopen(sc->tmp, "wb")))
		return nkg_error_set(err, NKG_EIO, "%s: cannot write", sc->path);
	return 0;
}

static int stream_round(void *ctx, const nkg_kb *kb, size_t a0, size_t a1,
			nkg_error *err)
{
	stream_ctx *sc = ctx;
	int rc = stream_open(sc, err);
	return rc ? rc : nkg_nquads_writer_write(sc->qw, kb, a0, a1,
						 sc->f ? sc->f : stdout, err);
}

int nkg_app_stream_nquads(const char *const *inputs, size_t n_inputs,
			  const nkg_app_opts *opts, const char *path,
			  nkg_error *err)
{
	/* Articles handed from the resolver to the writer at a time: enough
	 * for every thread to have work, little memory. */
	enum { ROUND = 1024 };
	nkg_reader *reader = NULL;
	stream_ctx sc = { .path = path };
	int rc;

	if ((rc = nkg_reader_new(&reader, &opts->reader, err)))
		return rc;
	if (opts->warn)
		nkg_reader_set_warn(reader, opts->warn, opts->warn_ctx);
	for (size_t i = 0; i < n_inputs && !rc; i++)
		rc = nkg_reader_add(reader, inputs[i], err);
	if (rc || (rc = nkg_nquads_writer_new(&sc.qw, opts->jobs, err)) ||
	    (rc = nkg_extract_each(reader, opts->gaz, opts->jobs, opts->progress,
				   opts->progress_ctx, ROUND, stream_round, &sc, err)) ||
	    (rc = stream_open(&sc, err)))  /* no article: an empty file */
		goto done;
	if (sc.f) {
		FILE *f = sc.f;
		sc.f = NULL;
		/* fsync: not on a pipe or device (EINVAL), only before a rename */
		if (fflush(f) || (sc.tmp && fsync(fileno(f))) || fclose(f)) {
			rc = nkg_error_set(err, NKG_EIO, "%s: write failed", path);
			goto done;
		}
		if (sc.tmp && rename(sc.tmp, path)) {
			rc = nkg_error_set(err, NKG_EIO, "%s: cannot replace", path);
			goto done;
		}
	} else if (fflush(stdout)) {
		rc = nkg_error_set(err, NKG_EIO, "standard output: write failed");
	}
done:
	if (sc.f)
		fclose(sc.f);
	if (rc && sc.tmp)
		unlink(sc.tmp);
	free(sc.tmp);
	nkg_nquads_writer_free(sc.qw);
	nkg_reader_free(reader);
	return rc;
}

typedef struct each_ctx {
	nkg_app_graph_fn fn;
	void *ctx;
} each_ctx;

static int each_round(void *ctx, const nkg_kb *kb, size_t a0, size_t a1,
		      nkg_error *err)
{
	each_ctx *ec = ctx;
	nkg_graph *g = NULL;
	int rc;

	if (!(rc = nkg_graph_new(&g, err)) &&
	    !(rc = nkg_graph_add_kb_articles(g, kb, a0, a1, err)))
		rc = ec->fn(ec->ctx, g, err);
	nkg_graph_free(g);
	return rc;
}

int nkg_app_each_graph(const char *const *inputs, size_t n_inputs,
		       const nkg_app_opts *opts, size_t round,
		       nkg_app_graph_fn fn, void *ctx, nkg_error *err)
{
	nkg_reader *reader = NULL;
	each_ctx ec = { fn, ctx };
	size_t n_articles = 0;
	int rc = 0;

	if ((rc = nkg_reader_new(&reader, &opts->reader, err)))
		return rc;
	if (opts->warn)
		nkg_reader_set_warn(reader, opts->warn, opts->warn_ctx);
	for (size_t i = 0; i < n_inputs && !rc; i++) {
		if (!nkg_app_is_rdf(inputs[i])) {
			rc = nkg_reader_add(reader, inputs[i], err);
			n_articles++;
			continue;
		}
		/* 200,000 lines: about 60 MB of N-Quads text, some 150 MB of
		 * librdf memory per part. */
		rc = nkg_graph_load_each(inputs[i], NULL, 200000, fn, ctx, err);
	}
	if (!rc && n_articles)
		rc = nkg_extract_each(reader, opts->gaz, opts->jobs, opts->progress,
				      opts->progress_ctx, round ? round : 1024, each_round, &ec, err);
	nkg_reader_free(reader);
	return rc;
}

static char *dir_if_ok(const char *dir)
{
	char path[PATH_MAX];
	struct stat st;
	snprintf(path, sizeof path, "%s/gazetteer.tsv", dir);
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
		return nkg_strdup(dir);
	return NULL;
}

char *nkg_app_find_data_dir(const char *explicit_dir, const char *argv0)
{
	char exe[PATH_MAX], buf[PATH_MAX + 32], *p, *r;
	ssize_t n;

	if (explicit_dir)
		return nkg_strdup(explicit_dir);
	if ((p = getenv("NEWSKG_DATA")) && *p)
		return nkg_strdup(p);
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n <= 0 && argv0) {
		snprintf(exe, sizeof exe, "%s", argv0);
		n = (ssize_t)strlen(exe);
	}
	if (n > 0) {
		exe[n] = '\0';
		if ((p = strrchr(exe, '/')))
			*p = '\0';
		snprintf(buf, sizeof buf, "%s/../data", exe);
		if ((r = dir_if_ok(buf)))
			return r;
		snprintf(buf, sizeof buf, "%s/../share/newskg", exe);
		if ((r = dir_if_ok(buf)))
			return r;
	}
	return dir_if_ok("data");
}

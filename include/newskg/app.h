/* newskg — the glue the CLI and the tests share: inputs in (articles or RDF
 * files), a graph out.  main.c only parses options around these calls. */
#ifndef NEWSKG_APP_H
#define NEWSKG_APP_H

#include "newskg/common.h"
#include "newskg/gazetteer.h"
#include "newskg/graph.h"
#include "newskg/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_app_opts {
	nkg_reader_opts reader;
	const nkg_gazetteer *gaz;   /* NULL: --no-gazetteer */
	nkg_warn_fn warn;           /* warnings (skipped inputs) or NULL */
	void *warn_ctx;
	void (*progress)(void *ctx, size_t articles, size_t bytes);
	void *progress_ctx;
	unsigned jobs;              /* extraction threads; 0 = one per core */
} nkg_app_opts;

/* Is path an RDF file (by extension) rather than articles? */
int nkg_app_is_rdf(const char *path);

/* Builds one graph from inputs: articles (files, directories, "-") are
 * extracted together (entities resolved across them); RDF files are loaded
 * as they are.  Caller frees *out. */
int nkg_app_build_graph(const char *const *inputs, size_t n_inputs,
			const nkg_app_opts *opts, nkg_graph **out,
			nkg_error *err);

/* The graph of inputs, a part at a time, each part handed to fn (which
 * borrows it for the call): every RDF file as it is, then the articles in
 * rounds of about round articles, extracted together (entities resolved
 * across all of them, as nkg_app_build_graph does) but handed over as
 * their named graphs are ready, so memory does not grow with the number
 * of articles.  A named graph is in one part only, unless an RDF file and
 * articles both hold it.  Stops at fn's first error. */
typedef int (*nkg_app_graph_fn)(void *ctx, nkg_graph *part, nkg_error *err);
int nkg_app_each_graph(const char *const *inputs, size_t n_inputs,
		       const nkg_app_opts *opts, size_t round,
		       nkg_app_graph_fn fn, void *ctx, nkg_error *err);

/* Are all inputs articles (no RDF file)? */
int nkg_app_articles_only(const char *const *inputs, size_t n_inputs);

/* Extracts the articles and writes N-Quads one article graph at a time
 * (nkg_graph_stream_nquads) to path, atomically (temporary file renamed
 * when complete), or to standard output when path is NULL. */
int nkg_app_stream_nquads(const char *const *inputs, size_t n_inputs,
			  const nkg_app_opts *opts, const char *path,
			  nkg_error *err);

/* Finds the shipped data directory (gazetteer, first names): explicit,
 * $NEWSKG_DATA, next to the executable (../data, ../share/newskg), ./data.
 * Returns a malloc'd path or NULL. */
char *nkg_app_find_data_dir(const char *explicit_dir, const char *argv0);

#ifdef __cplusplus
}
#endif
#endif

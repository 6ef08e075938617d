/* newskg — pushing a graph to a SPARQL 1.1 Graph Store HTTP Protocol
 * endpoint (Oxigraph, Fuseki, GraphDB, Virtuoso ...), through libcurl. */
#ifndef NEWSKG_PUSH_H
#define NEWSKG_PUSH_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_push_opts {
	const char *endpoint;  /* e.g. http://localhost:7878/store */
	const char *user, *password;  /* HTTP authentication, or NULL */
	const char *format;    /* "ntriples" (default) or "turtle" */
	unsigned retries;      /* further attempts after a failure (default 0) */
	unsigned backoff_ms;   /* first wait; doubles each retry (0: 500) */
	long timeout_s;        /* per request (0: 60) */
	/* Progress and retry notes ("PUT <graph>: HTTP 503, retrying in
	 * 1.0 s"), or NULL. */
	void (*note)(void *ctx, const char *msg);
	void *note_ctx;
} nkg_push_opts;

/* PUTs each named graph of g to ENDPOINT?graph=IRI (one request per graph,
 * replacing that graph there).  Connection failures, HTTP 5xx and 429 are
 * retried with exponential backoff; other statuses fail at once.  Errors
 * give NKG_EIO with the URL, the status and the start of the reply.
 * *pushed (may be NULL) gets the number of graphs sent. */
int nkg_push(nkg_graph *g, const nkg_push_opts *opts, size_t *pushed, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — "who moved where" diagrams.  Reads the graph through SPARQL
 * (nkg_graph_select), builds a cgraph graph and lays it out and renders it
 * with gvc.  Only src/render.c includes Graphviz headers. */
#ifndef NEWSKG_RENDER_H
#define NEWSKG_RENDER_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	NKG_VIEW_MOVES = 0, /* one lane per person, moves between orgs */
	NKG_VIEW_TIMELINE,  /* left-to-right time axis */
	NKG_VIEW_NETWORK    /* people, orgs and role edges */
} nkg_view;

typedef struct nkg_render_opts {
	nkg_view view;
	const char *format;        /* "dot", "svg", "png", "pdf" */
	const char *const *persons; /* filter: names or aliases, NULL-terminated, or NULL */
	const char *const *orgs;    /* idem */
	const char *from, *to;      /* ISO dates, inclusive, or NULL */
	unsigned events_mask;       /* bit (1u << nkg_evkind); 0 = all */
	size_t max_people;          /* 0 = no limit */
	int include_unasserted;     /* also draw threats, rumours ... (dotted) */
} nkg_render_opts;

/* Called with a note for the user (e.g. which people --max-people dropped). */
typedef void (*nkg_render_note_fn)(void *ctx, const char *msg);

/* Renders the graph to memory; caller frees *out.  Deterministic: the same
 * graph and options give byte-identical DOT. */
int nkg_render(nkg_graph *g, const nkg_render_opts *opts,
	       nkg_render_note_fn note, void *note_ctx,
	       char **out, size_t *out_len, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — "who moved where" diagrams.  Reads the graph through SPARQL
 * (nkg_graph_select), builds a cgraph graph and lays it out and renders it
 * with gvc.  Only src/render.c includes Graphviz headers.
 *
 * Every view draws moves, not statements: the tellings of one move (same
 * person, event kind and organisation) in any number of articles are
 * merged into one, dated by the most frequently stated date (ties: the
 * earliest; a less precise date that agrees, "2023-11" for "2023-11-17",
 * counts for the precise one), with the most frequently stated role (ties:
 * the earliest telling's).  Undated moves sort at the publication date of
 * the earliest article that reports them (they happened on or before it). */
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

/* The colour the diagrams give an event kind ("#c62828" for dismissed),
 * or "#000000" for an unknown kind.  Static string. */
const char *nkg_render_kind_color(int kind);

/* ---- the same data as a table (for the HTML report) --------------------
 * What the moves view draws, with the same filters, as plain records.  All
 * strings belong to the summary and live until nkg_render_summary_free. */

typedef struct nkg_render_move {
	const char *person, *person_iri;
	const char *org, *org_iri;   /* both NULL when no organisation is stated */
	int kind;                    /* nkg_evkind */
	int modality;                /* nkg_modality: asserted, else the most frequent */
	const char *role;            /* readable role ("CEO"), or NULL */
	const char *date;            /* ISO date, or NULL when no telling dates it */
	const char *reported;        /* publication date of the earliest article
				      * telling it, or NULL */
	int interim;
	size_t tellings;             /* statements merged into this move */
	const char *quote;           /* evidence sentence of one telling, or NULL */
	const char *url;             /* its article's schema:url, or NULL */
	const char *article;         /* its article's identifier, or NULL */
	const char *const *articles; /* identifiers of every article telling it,
				      * by publication date */
	size_t n_articles;
} nkg_render_move;

typedef struct nkg_render_role {
	const char *person, *person_iri;
	const char *org, *org_iri;   /* NULL when no organisation is stated */
	const char *role;            /* readable role ("board member") */
	const char *title;           /* the title as written ("PDG"), or NULL */
	int former, interim;
	const char *start, *end;     /* ISO dates or NULL */
	const char *quote, *url, *article;
} nkg_render_role;

typedef struct nkg_render_person {
	const char *name, *iri;
	size_t first_move, n_moves;  /* slice of the moves array */
	size_t first_role, n_roles;  /* slice of the roles array */
} nkg_render_person;

typedef struct nkg_render_article {
	const char *iri, *id;        /* id: schema:identifier, else the IRI's tail */
	const char *date, *title, *url, *lang; /* NULL when absent */
} nkg_render_article;

typedef struct nkg_render_summary nkg_render_summary;

/* Reads and filters the graph as nkg_render would for opts (view and
 * format are ignored).  People come in the order of the moves view's
 * lanes (earliest move first), then those with roles only, by name; each
 * person's moves in time order.  Articles are all those in the graph, by
 * publication date then identifier. */
int nkg_render_summary_new(nkg_render_summary **out, nkg_graph *g,
			   const nkg_render_opts *opts,
			   nkg_render_note_fn note, void *note_ctx,
			   nkg_error *err);
void nkg_render_summary_free(nkg_render_summary *s);
const nkg_render_person *nkg_render_summary_people(const nkg_render_summary *s,
						   size_t *n);
const nkg_render_move *nkg_render_summary_moves(const nkg_render_summary *s,
						size_t *n);
const nkg_render_role *nkg_render_summary_roles(const nkg_render_summary *s,
						size_t *n);
const nkg_render_article *nkg_render_summary_articles(const nkg_render_summary *s,
						      size_t *n);

#ifdef __cplusplus
}
#endif
#endif

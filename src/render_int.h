/* newskg — the renderer's private parts, shared by render_model.c (the
 * moves, memberships, people and articles read from the graph, filtered,
 * and the tellings of each move merged into one) and render.c (the
 * diagrams drawn from them with Graphviz).  Not for the rest of the
 * library: they use render.h.  No Graphviz header here: render.c alone
 * includes them. */
#ifndef NEWSKG_RENDER_INT_H
#define NEWSKG_RENDER_INT_H

#include "newskg/render.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "newskg/dates.h"

#include "vocab.h"

/* Optional properties: SELECT ?s ?v WHERE { ?s a CLASS . ?s PATH ?v }. */
enum {
	P_EV_ORG, P_EV_ROLE, P_EV_DATE, P_EV_MOD, P_EV_EVID,
	P_M_ORG, P_M_ROLE, P_M_TITLE, P_M_FORMER, P_M_INTERIM, P_M_START,
	P_M_END, P_M_EVID,
	P_EVD_ART, P_EVD_EXACT, P_EVD_START,
	P_ART_URL, P_ART_PUB, P_ART_ID, P_ART_HEAD, P_ART_LANG,
	P_ALT,
	P__COUNT
};

typedef struct pair {
	const char *k, *v; /* borrowed from a table */
} pair;

typedef struct pairs {
	pair *a;
	size_t n;
} pairs;

struct Agraph_s;

typedef struct ent {
	const char *iri;    /* borrowed */
	const char *name;   /* borrowed: schema:name, else the slug */
	const char *slug;   /* points into iri: the part after the last '/' */
	char *node;         /* owned: unique cgraph node name */
	char *key;          /* owned: folded name, the sort key */
	int person;
	int match;          /* passes the persons/orgs filter */
	size_t n_ev, n_mem; /* kept moves / memberships (persons) */
	size_t n_view;      /* items this person has in the chosen view */
	int dropped;        /* removed by max_people */
	size_t lane;        /* rank of the person's lane (see rank_lanes) */
	const char *first;  /* time key of the person's earliest move */
} ent;

typedef struct evinfo {
	const char *exact, *url, *art, *pub; /* borrowed, may be NULL */
	long start;
} evinfo;

/* One statement of a career event, as one article tells it. */
typedef struct event {
	const char *iri, *role, *date; /* borrowed; role is the key, may be NULL */
	int kind, mod;
	size_t person, org;            /* index into ents, org may be NKG_NONE */
	int interim, keep;
	evinfo ev;
} event;

/* A move: the tellings of one (person, kind, org), merged. */
typedef struct move {
	size_t person, org;     /* org may be NKG_NONE */
	int kind, mod, interim, keep;
	const char *role;       /* key, borrowed, or NULL */
	const char *date;       /* chosen date, borrowed, or NULL */
	const char *reported;   /* earliest publication date, borrowed, or NULL */
	const event *rep;       /* the telling whose evidence is shown */
	event **tell;           /* n_tell tellings, a slice of rs.tell */
	size_t n_tell;
} move;

typedef struct member {
	const char *iri, *role, *title, *start, *end;
	size_t person, org;
	int former, interim, keep;
	evinfo ev;
} member;

typedef struct rs {
	nkg_graph *g;
	const nkg_render_opts *o; /* borrowed, only while preparing */
	nkg_error *err;
	nkg_table *t_ev, *t_mem, *t_names, *t_rlab, *t_art, *t_p[P__COUNT]; /* owned */
	pairs names, rlab, arts, p[P__COUNT]; /* arrays owned, strings in the tables */
	ent *ents;
	size_t n_ents, cap_ents;
	event *evs;
	size_t n_evs;
	event **tell;     /* owned array; the events point into evs */
	size_t n_tell;
	move *mv;
	size_t n_mv;
	member *mems;
	size_t n_mems;
	char **pf, **of; /* folded filter terms, owned */
	size_t n_pf, n_of;
	char **pool;     /* owned strings handed out by keep_str */
	size_t n_pool, cap_pool;
	nkg_buf lbl, lbl2, esc; /* scratch */
	int svg;                /* output is SVG: see set() */
	struct Agraph_s *ag; /* owned until agclose (render.c) */
} rs;

/* Order of kinds on one day: a founding comes first, then
 * joined < appointed < dismissed < left < returned (enum order). */
static inline int kind_rank(int kind)
{
	return kind == NKG_EV_FOUNDED ? -1 : kind;
}

/* The rs the comparators read, set before each qsort (render_model.c). */
extern const rs *nkg_r_sort_ctx;

/* Helpers the two files share (defined in the file named). */
const char *nkg_r_move_key(const move *m);  /* render_model.c */
int nkg_r_cmp_ent_name(const void *x, const void *y);  /* render_model.c */
int nkg_r_cmp_move_column(const void *x, const void *y);  /* render_model.c */
int nkg_r_cmp_move_lane(const void *x, const void *y);  /* render_model.c */
int nkg_r_cmp_str_null(const char *a, const char *b);  /* render_model.c */
int nkg_r_oom(rs *s);  /* render_model.c */
int nkg_r_pick_moves(rs *s, int need_org, int (*cmp)(const void *, const void *),
		      move ***out, size_t *n);  /* render_model.c */
int nkg_r_prepare(rs *s, nkg_graph *g, const nkg_render_opts *opts,
		   nkg_render_note_fn note, void *note_ctx, nkg_error *err);  /* render_model.c */
int nkg_r_put_role(rs *s, nkg_buf *b, const char *key);  /* render_model.c */
void nkg_r_rs_free(rs *s);  /* render_model.c */
int nkg_r_check_opts(const nkg_render_opts *opts, nkg_error *err);  /* render.c */
int nkg_r_pick_members(rs *s, member ***out, size_t *n);  /* render.c */
int nkg_r_url_ok(const char *url);  /* render.c */

#endif

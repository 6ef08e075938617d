/* newskg — the store's summary: per organisation, what the questions
 * (moves, role-on-date, head) read about it, kept up to date at each
 * commit.
 *
 * Why: answering at an organisation from the graph's indexes costs about
 * ten Berkeley DB lookups per event (kind, modality, evidence, article,
 * people, date, role...), half a second at an organisation with ten
 * thousand events.  The summary holds, under the organisation, one record
 * per event and per membership with those parts and the names of the
 * people and organisations in it, so a question reads one key.
 *
 * Records are derived from the union of the store's graphs, exactly as
 * the questions' own lookups read it (cli_query.c checks that both agree), and
 * are recomputed for every event or membership whose quads a write added
 * or removed, and for every event or membership of an entity whose names
 * changed.  It assumes what newskg's own graphs do: an article's
 * identifier and date are told in the graph that cites it.
 *
 * Layout in the graph's summary storage (nkg_graph_summary_*):
 *   (event, SUM_EVENT, record)         (membership, SUM_MEMBERSHIP, record)
 *   (org, SUM_ORG_EVENTS, record)...   (org, SUM_ORG_MEMBERSHIPS, record)...
 *   (entity, SUM_NAMES, its names) */
#ifndef NEWSKG_SUMMARY_H
#define NEWSKG_SUMMARY_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The pending changes of one write: which events, memberships and
 * entities its quads touched.  Opaque; _free(NULL) is a no-op. */
typedef struct nkg_summary nkg_summary;

int nkg_summary_new(nkg_summary **out, nkg_error *err);
void nkg_summary_free(nkg_summary *s);
/* An nkg_graph_change_fn (ctx: the nkg_summary): notes what the quad
 * touches.  Out of memory here is reported by nkg_summary_update. */
void nkg_summary_hook(void *ctx, const char *s, const char *p, const char *o);
/* Touches every event, membership and named entity of g: for a store
 * whose summary is being made from scratch. */
int nkg_summary_touch_all(nkg_summary *s, nkg_graph *g, nkg_error *err);
/* Whether g has a summary of this version, complete (made or brought up
 * to date by a commit): the questions read it only then. */
int nkg_summary_usable(nkg_graph *g);
/* Brings g's summary up to date with everything touched, then forgets
 * it.  g must have a summary and be writable. */
int nkg_summary_update(nkg_summary *s, nkg_graph *g, nkg_error *err);

/* The record of x, an event (membership 0) or a membership, computed
 * from g's union as the store files it, into out.  out->len is 0 when it
 * gives no row: an event not asserted, with no kind or no cited article
 * (an event with no organisation still has one); a membership with no
 * organisation.  memo: the caller's map, kept across calls to look each
 * entity's names and each article up once.  The questions that read the
 * graph use this too, so that both ways give the same rows. */
int nkg_summary_record_of(nkg_graph *g, const char *x, int membership, nkg_strmap *memo,
			  nkg_buf *out, nkg_error *err);

/* A person or organisation in a record, with all its schema:name values
 * (sorted). */
typedef struct nkg_summary_party {
	const char *iri;
	const char *const *names;
	size_t n_names;
} nkg_summary_party;

/* One record, parsed.  Strings are borrowed from the record (valid until
 * nkg_summary_record_clear).  Events: only asserted ones with a kind and a
 * cited article are kept; kind, date, role, article (its greatest
 * identifier) and published are the greatest values ("" for none), kind
 * and role without their namespaces (NKG_NS_EVENT, NKG_NS_ROLE).
 * Memberships: people are the members; roles, starts and ends all the
 * values. */
typedef struct nkg_summary_record {
	int membership;
	const char *iri;
	const char *kind, *date, *role, *article, *published;
	nkg_summary_party *people, *orgs;
	size_t n_people, n_orgs;
	const char *const *roles, *const *starts, *const *ends;
	size_t n_roles, n_starts, n_ends;
	char *mem_;         /* owned: the decoded strings */
	const char **tok_;  /* owned */
} nkg_summary_record;

/* The records filed under organisation org: its events (memberships 0) or
 * its memberships (memberships 1), in the storage's order.  *out is an
 * array of *n; free with nkg_summary_records_free. */
int nkg_summary_at(nkg_graph *g, const char *org, int memberships,
		   nkg_summary_record **out, size_t *n, nkg_error *err);
void nkg_summary_records_free(nkg_summary_record *r, size_t n);

/* Parses one record's text (the store's encoding: length-prefixed
 * fields).  NKG_EINPUT when it is not one. */
int nkg_summary_parse(const char *text, nkg_summary_record *out, nkg_error *err);
void nkg_summary_record_clear(nkg_summary_record *r);

#ifdef __cplusplus
}
#endif

#endif

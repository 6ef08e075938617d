/* newskg — the statements stage's private parts, shared by the files it
 * is made of: statements.c (the driver: each sentence, then the article),
 * modality.c, arguments.c (who and where: persons, organisations, the
 * story's organisation), triggers.c (moves from verbs and nouns), roles.c
 * (titles, appositions, role verbs), succession.c (who replaces whom) and
 * moves.c (moves told in other shapes: taking office, careers, "no
 * longer", leaving for).  Not for the rest of the library: statements.h. */
#ifndef NEWSKG_STATEMENTS_INT_H
#define NEWSKG_STATEMENTS_INT_H

#include "newskg/statements.h"
#include "lang.h"

#include <stdlib.h>
#include <string.h>

typedef struct sctx {
	const nkg_doc *doc;
	const nkg_mentions *ms;
	nkg_statements *st;
	const nkg_sentence *s;
	size_t si;
	const nkg_lang *l;
	int *at;           /* mention covering token (tok - s->tok0), or -1 */
	int events_done;   /* the sentence's events are known */
	size_t ev0, role0; /* first event and role of this sentence: loops about
			      the sentence start there (linear in the article) */
	const int *topic;  /* per paragraph: its organisation in a roundup, or
			      -1 (find_topics) */
} sctx;

#define TOK(c, k) (&(c)->doc->toks[(k)])
#define FOLD(c, k) ((c)->doc->toks[(k)].fold)

typedef struct plist {
	int chain[8];
	size_t n;
} plist;

typedef struct trig_hit {
	size_t tok, len;
	const nkg_trigger_entry *e;
	char date[11];
	int dated;
	size_t date_dist;
} trig_hit;

int nkg_s_resolve_pronoun(const sctx *c, size_t mi);
/* The person named last before mention mi ("ce dernier", "Cette ancienne
 * magistrate"), in its sentence or the three before, whose gender fits
 * mi's; -1 when none (statements.c). */
int nkg_s_named_last(const sctx *c, size_t mi);

static inline int mention_at(const sctx *c, size_t k)
{
	if (k < c->s->tok0 || k >= c->s->tok1)
		return -1;
	return c->at[k - c->s->tok0];
}

static inline int org_at(const sctx *c, size_t k, size_t *end)
{
	int mi = mention_at(c, k);
	const nkg_mention *m;
	if (mi < 0)
		return -1;
	m = &c->ms->m[mi];
	if (m->kind != NKG_M_NAME || m->chain < 0 ||
	    c->ms->chains[m->chain].type != NKG_NT_ORG)
		return -1;
	if (end)
		*end = m->tok1;
	return m->chain;
}

static inline int title_at(const sctx *c, size_t k)
{
	int mi = mention_at(c, k);
	return mi >= 0 && c->ms->m[mi].kind == NKG_M_TITLE ? mi : -1;
}

static inline int is_punct(const sctx *c, size_t k, const char *p)
{
	return (TOK(c, k)->flags & NKG_TOK_PUNCT) && !strcmp(FOLD(c, k), p);
}

/* Hard clause boundary: punctuation other than a comma. */
static inline int hard_boundary(const sctx *c, size_t k)
{
	const nkg_token *t = TOK(c, k);
	if (!(t->flags & NKG_TOK_PUNCT))
		return 0;
	/* (nor an English possessive: "the company's chief") */
	return strcmp(t->fold, ",") != 0 && strcmp(t->fold, "'") != 0 &&
	       strcmp(t->fold, "-") != 0 && strcmp(t->fold, "&") != 0 &&
	       !nkg_lang_in(c->l->possessive_marks, t->fold);
}

/* A dash standing alone at k (en and em dashes fold to "-"), which opens
 * or closes an aside. */
static inline int dash_at(const sctx *c, size_t k)
{
	return is_punct(c, k, "-");
}

/* An English possessive at k ("Galena's", "the Times'"). */
static inline int possessive_at(const sctx *c, size_t k)
{
	return k < c->doc->n_toks && nkg_lang_in(c->l->possessive_marks, FOLD(c, k));
}

/* Nearest person named before mention mi, within three sentences, for
 * "il"/"he".  Plural pronouns are left unresolved: they mostly stand for
 * groups ("les employés"). */
static inline int is_person_name(const sctx *c, const nkg_mention *m)
{
	return m->kind == NKG_M_NAME && m->chain >= 0 &&
	       c->ms->chains[m->chain].type == NKG_NT_PERSON && !(m->flags & NKG_MF_COMMENT);
}

/* Person chain at token k (a name or a resolved pronoun), or -1. */
static inline int person_at(const sctx *c, size_t k, size_t *end)
{
	int mi = mention_at(c, k);
	const nkg_mention *m;
	if (mi < 0)
		return -1;
	m = &c->ms->m[mi];
	if (m->tok0 != k)
		return -1;
	if (end)
		*end = m->tok1;
	if (m->kind == NKG_M_NAME && m->chain >= 0 &&
	    c->ms->chains[m->chain].type == NKG_NT_PERSON)
		return m->chain;
	if (m->kind == NKG_M_PRONOUN)
		return nkg_s_resolve_pronoun(c, (size_t)mi);
	return -1;
}

/* The person whose mention (a name or a resolved pronoun) covers the
 * token before k, or -1: the "X" of "X (", "X,". */
static inline int person_before_tok(const sctx *c, size_t k)
{
	int mi = k > c->s->tok0 ? mention_at(c, k - 1) : -1;
	return mi >= 0 ? person_at(c, c->ms->m[mi].tok0, NULL) : -1;
}

static inline void plist_add(plist *p, int ch)
{
	if (ch < 0 || p->n >= 8)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (p->chain[i] == ch)
			return;
	p->chain[p->n++] = ch;
}

/* A move that starts a post (appointed, joined, returned) or ends one
 * (left, dismissed). */
static inline int starts_post(nkg_evkind k)
{
	return k == NKG_EV_APPOINTED || k == NKG_EV_JOINED || k == NKG_EV_RETURNED;
}

static inline int ends_post(nkg_evkind k)
{
	return k == NKG_EV_LEFT || k == NKG_EV_DISMISSED;
}

/* The stage's functions the files share (defined in the file named). */
int nkg_s_anaphor_before(const sctx *c, size_t trig);  /* arguments.c */
int nkg_s_any_org_in_sentence(const sctx *c, size_t near);  /* arguments.c */
int nkg_s_coordinated_gap(const sctx *c, size_t a, size_t b);  /* arguments.c */
int nkg_s_discourse_org(const sctx *c);  /* arguments.c */
void nkg_s_find_topics(const nkg_doc *d, const nkg_mentions *ms, int *topic, size_t n_paras);  /* arguments.c */
int nkg_s_fronted_org(const sctx *c);  /* arguments.c */
int nkg_s_in_subject_apposition(const sctx *c, size_t trig);  /* arguments.c */
int nkg_s_is_source(const sctx *c, size_t k);  /* arguments.c */
int nkg_s_named_in_sentence(const sctx *c, int org);  /* arguments.c */
int nkg_s_org_after(const sctx *c, size_t k, size_t limit, int *explicit_org);  /* arguments.c */
int nkg_s_org_before(const sctx *c, size_t trig);  /* arguments.c */
int nkg_s_origin_org(const sctx *c, size_t k);  /* arguments.c */
size_t nkg_s_past_based(const sctx *c, size_t k);  /* arguments.c */
void nkg_s_persons_after(const sctx *c, size_t from, size_t limit, plist *out);  /* arguments.c */
void nkg_s_persons_after_slack(const sctx *c, size_t from, size_t limit,
				size_t slack, plist *out);  /* arguments.c */
void nkg_s_persons_before(const sctx *c, size_t trig, plist *out);  /* arguments.c */
int nkg_s_previous_sentence_org(const sctx *c);  /* arguments.c */
int nkg_s_topic_org(const sctx *c);  /* arguments.c */
nkg_modality nkg_s_modality(const sctx *c, size_t trig, size_t tlen,
			     nkg_trig_class cls);  /* modality.c */
size_t nkg_s_skip_relative_back(const sctx *c, size_t k);  /* modality.c */
int nkg_s_comitative_moves(sctx *c);  /* moves.c */
int nkg_s_coordinated_leaves(sctx *c);  /* moves.c */
int nkg_s_held_spans(sctx *c);  /* moves.c */
int nkg_s_leave_to_head(sctx *c);  /* moves.c */
void nkg_s_leaves_post_told(sctx *c);  /* moves.c */
int nkg_s_no_longer(sctx *c);  /* moves.c */
void nkg_s_one_move_where_named(sctx *c);  /* moves.c */
int nkg_s_same_post_elsewhere(sctx *c);  /* moves.c */
int nkg_s_takes_office(sctx *c);  /* moves.c */
int nkg_s_then_moves(sctx *c);  /* moves.c */
int nkg_s_titled_anaphor(sctx *c);  /* moves.c */
int nkg_s_alumni_of(sctx *c);  /* roles.c */
int nkg_s_at_the_head(sctx *c);  /* roles.c */
int nkg_s_bracketed_posts(sctx *c);  /* roles.c */
int nkg_s_career_start(const sctx *c, size_t k);  /* roles.c */
int nkg_s_career_start_at(const nkg_doc *doc, const nkg_lang *l, size_t k, size_t end);  /* roles.c */
int nkg_s_colon_list(sctx *c);  /* roles.c */
void nkg_s_drop_event(sctx *c, size_t i);  /* roles.c */
void nkg_s_drop_proposers(sctx *c);  /* roles.c */
int nkg_s_org_named_after(const sctx *c, size_t k, int org);  /* roles.c */
int nkg_s_post_held_by(sctx *c);  /* roles.c */
int nkg_s_role_verbs(sctx *c);  /* roles.c */
int nkg_s_roles_for(sctx *c);  /* roles.c */
int nkg_s_title_org(const sctx *c, size_t tm, int *explicit_org, size_t *end);  /* roles.c */
int nkg_s_add_dated_event(sctx *c, int person, int org, nkg_evkind kind, const char *role,
			   nkg_modality mod, size_t trig, float conf, const char *date);  /* statements.c */
int nkg_s_add_event(sctx *c, int person, int org, nkg_evkind kind,
		     const char *role, nkg_modality mod, size_t trig, float conf);  /* statements.c */
int nkg_s_add_role(sctx *c, int person, int org, const char *role,
		    size_t title_m, int former, int interim, float conf);  /* statements.c */
int nkg_s_resolve_pronoun_depth(const sctx *c, size_t mi, int depth);  /* statements.c */
int nkg_s_sentence(sctx *c);  /* statements.c */
int nkg_s_helm_org(const sctx *c, size_t k);  /* succession.c */
int nkg_s_person_aside(const sctx *c, const nkg_mention *m, size_t *open, size_t *close);  /* succession.c */
const nkg_stmt_role *nkg_s_role_at(const sctx *c, int person, int org);  /* succession.c */
const nkg_stmt_role *nkg_s_role_left(const sctx *c, int person);  /* succession.c */
int nkg_s_successions(sctx *c);  /* succession.c */
int nkg_s_events_for(sctx *c, trig_hit *h);  /* triggers.c */
int nkg_s_fronted_at(const nkg_doc *doc, const nkg_lang *l, const nkg_sentence *s, size_t k);  /* triggers.c */
int nkg_s_held_since(sctx *c, int person, int org, const char *role, const nkg_mention *d);  /* triggers.c */
const nkg_trigger_entry *nkg_s_match_trigger(const sctx *c, size_t k, size_t *len);  /* triggers.c */
const char *nkg_s_post_noun(const sctx *c, size_t k);  /* triggers.c */
const char *nkg_s_role_of(const sctx *c, int person, int org, int current);  /* triggers.c */
const nkg_mention *nkg_s_since_after(const sctx *c, size_t k);  /* triggers.c */
int nkg_s_since_mention(const nkg_doc *doc, const nkg_mention *m);  /* triggers.c */

#endif

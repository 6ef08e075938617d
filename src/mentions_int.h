/* newskg — the mentions stage's private parts, shared by the files it is
 * made of: mentions.c (the driver, mention storage, edit distance),
 * date_mentions.c (dates in prose), titles.c, name_cues.c (what a
 * capitalised run's words and context say: person or organisation),
 * names.c (finding names in runs of capitalised words) and chains.c (one
 * chain per entity within the article).  Not for the rest of the library:
 * mentions.h. */
#ifndef NEWSKG_MENTIONS_INT_H
#define NEWSKG_MENTIONS_INT_H

#include "newskg/mentions.h"
#include "lang.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "newskg/dates.h"

#define TOKS(d) ((d)->toks)

static inline int in_any_lang(const char *const *(*get)(const nkg_lang *), const char *f)
{
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_lang_in(get(nkg_langs[i]), f))
			return 1;
	return 0;
}

static inline const char *const *get_stop(const nkg_lang *l) { return l->stopwords; }
static inline const char *const *get_particles(const nkg_lang *l) { return l->name_particles; }
static inline const char *const *get_weekdays(const nkg_lang *l) { return l->weekdays; }
static inline const char *const *get_months(const nkg_lang *l) { return l->months; }
static inline const char *const *get_demonyms(const nkg_lang *l) { return l->demonyms; }
static inline const char *const *get_definite(const nkg_lang *l) { return l->definite_articles; }
static inline const char *const *get_person_cues(const nkg_lang *l) { return l->person_cue_before; }
static inline const char *const *get_abbrevs(const nkg_lang *l) { return l->abbreviations; }
static inline const char *const *get_org_suffixes(const nkg_lang *l) { return l->org_suffixes; }
static inline const char *const *get_org_prefixes(const nkg_lang *l) { return l->org_prefixes; }
static inline const char *const *get_credentials(const nkg_lang *l) { return l->credentials; }

typedef struct ctx {
	const nkg_doc *doc;
	const nkg_gazetteer *gaz;
	const char *adate;
	nkg_mentions *ms;
	unsigned char *used;   /* token consumed by a title or date */
	int *title_at;         /* mention index of the title covering a token */
	unsigned char *tcase;  /* per sentence: a headline in Title Case
				  (headline_title_case), worked out once */
	char **proper;         /* folded words capitalised mid-sentence */
	size_t n_proper;
	int sports;            /* the article tells of sport (sport_words) */
	size_t spelled[8][2];  /* names an acronym spelled (spelled_out):
				  the article's later mentions, unbracketed */
	size_t n_spelled;
} ctx;

extern const char *const nkg_m_legal_forms[];  /* mentions.c */
extern const char *const nkg_m_stock_exchanges[];  /* mentions.c */
extern const char *const nkg_m_org_key_links[];  /* names.c */

/* What nkg_m_org_word says of a word: a company word that ends names
 * ("Inc", "Health"), or one that opens them ("Banque"). */
enum { ORG_SUFFIX = 1, ORG_PREFIX = 2 };

/* The stage's functions the files share (defined in the file named). */
int nkg_m_called(const nkg_mention *m, const nkg_doc *doc, const char *w);  /* chains.c */
int nkg_m_link_chains(nkg_mentions *ms, const nkg_doc *doc);  /* chains.c */
int nkg_m_recent_day(const char *iso, const char *adate);  /* date_mentions.c */
void nkg_m_to_future(char iso[11], const char *adate, int weekday);  /* date_mentions.c */
int nkg_m_weekday_in(const nkg_doc *doc, const nkg_lang *l, size_t k0, size_t k1);  /* date_mentions.c */
nkg_mention *nkg_m_add_mention(nkg_mentions *ms, nkg_mkind kind, size_t sent,
				size_t t0, size_t t1);  /* mentions.c */
char *nkg_m_span_text(const nkg_doc *doc, size_t t0, size_t t1);  /* mentions.c */
int nkg_m_acronym_elsewhere(const ctx *c, size_t t0, size_t t1);  /* name_cues.c */
int nkg_m_alone_elsewhere(const ctx *c, size_t k);  /* name_cues.c */
int nkg_m_any_first_name(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_based_place(const nkg_sentence *s, const nkg_doc *d, size_t t1);  /* name_cues.c */
int nkg_m_calendar_opens_name(const nkg_doc *d, size_t k);  /* name_cues.c */
int nkg_m_cmp_strp(const void *a, const void *b);  /* name_cues.c */
int nkg_m_common_word(const ctx *c, const nkg_sentence *s, size_t k);  /* name_cues.c */
int nkg_m_company_form_after(const ctx *c, const nkg_sentence *s, size_t t1);  /* name_cues.c */
int nkg_m_competition_place(const ctx *c, const nkg_sentence *s, size_t t0);  /* name_cues.c */
int nkg_m_cue_before(const ctx *c, const nkg_sentence *s, size_t t0);  /* name_cues.c */
int nkg_m_dismisser(const ctx *c, const nkg_sentence *s, size_t t0);  /* name_cues.c */
int nkg_m_first_name(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_first_name_part(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_first_part(const char *f, char *buf, size_t size);  /* name_cues.c */
int nkg_m_foreign_word(const ctx *c, const nkg_sentence *s, const char *f);  /* name_cues.c */
size_t nkg_m_gaz_prefix(const ctx *c, size_t t0, size_t t1);  /* name_cues.c */
const nkg_gaz_entry *nkg_m_gaz_span(const ctx *c, size_t t0, size_t t1);  /* name_cues.c */
int nkg_m_headline_title_case(const ctx *c, const nkg_sentence *s);  /* name_cues.c */
int nkg_m_honorific_elsewhere(const ctx *c, size_t k);  /* name_cues.c */
int nkg_m_in_longer_name(const ctx *c, size_t k);  /* name_cues.c */
size_t nkg_m_institution_head(const ctx *c, const nkg_sentence *s, size_t k);  /* name_cues.c */
int nkg_m_is_name_tok(const ctx *c, size_t k);  /* name_cues.c */
int nkg_m_is_proper(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_lower_elsewhere(const nkg_doc *d, size_t k);  /* name_cues.c */
int nkg_m_named_elsewhere(const ctx *c, size_t t0, size_t t1);  /* name_cues.c */
int nkg_m_only_function_words(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1);  /* name_cues.c */
int nkg_m_org_acts(const nkg_doc *d, const nkg_sentence *s, size_t t1);  /* name_cues.c */
int nkg_m_org_prefix_tok(const ctx *c, size_t k);  /* name_cues.c */
int nkg_m_org_word(const char *f);  /* name_cues.c */
int nkg_m_plural_word(const ctx *c, const nkg_sentence *s, size_t k);  /* name_cues.c */
int nkg_m_portfolio(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1);  /* name_cues.c */
size_t nkg_m_proper_count(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_qualifier(const nkg_token *t);  /* name_cues.c */
size_t nkg_m_regional_branch(const ctx *c, const nkg_sentence *s, size_t t0, size_t e);  /* name_cues.c */
int nkg_m_remit_of_title(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1);  /* name_cues.c */
void nkg_m_score_name(const ctx *c, const nkg_sentence *s, size_t t0,
		       size_t t1, nkg_mention *m);  /* name_cues.c */
int nkg_m_sentence_initial(const ctx *c, const nkg_sentence *s, size_t k);  /* name_cues.c */
int nkg_m_title_beside(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1,
			int known_place);  /* name_cues.c */
int nkg_m_title_case(const ctx *c, const nkg_sentence *s);  /* name_cues.c */
int nkg_m_verbish(const char *f);  /* name_cues.c */
int nkg_m_word_in_any_lang(const ctx *c, const char *f);  /* name_cues.c */
int nkg_m_find_names(ctx *c, size_t si);  /* names.c */
int nkg_m_spells(const ctx *c, const nkg_sentence *s, size_t k, size_t e, const char *acr);  /* names.c */
size_t nkg_m_match_glued_former(const nkg_doc *doc, const nkg_lang *l, size_t k,
				 size_t end, const char **role);  /* titles.c */
size_t nkg_m_match_title(const nkg_doc *doc, const nkg_lang *l, size_t k,
			  size_t end, const char **role, int *plural);  /* titles.c */

/* Whether the gazetteer knows [t0,t1) as a place. */
static inline int gaz_place(const ctx *c, size_t t0, size_t t1)
{
	const nkg_gaz_entry *e = nkg_m_gaz_span(c, t0, t1);
	return e && e->type == NKG_GAZ_PLACE;
}

#endif

/* newskg — mentions: names (persons, organisations), titles, dates and
 * pronouns found in the sentences of one article, with names linked into
 * chains within the article (surname alone, spelling variants).
 * Stage 3.  Input: nkg_doc (segment.h).  Output: nkg_mentions. */
#ifndef NEWSKG_MENTIONS_H
#define NEWSKG_MENTIONS_H

#include <stdint.h>
#include "newskg/common.h"
#include "newskg/segment.h"
#include "newskg/gazetteer.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	NKG_M_NAME = 0, NKG_M_TITLE, NKG_M_DATE, NKG_M_PRONOUN
} nkg_mkind;

typedef enum {
	NKG_NT_UNKNOWN = 0, NKG_NT_PERSON, NKG_NT_ORG, NKG_NT_OTHER
} nkg_ntype;

/* Name-mention flags. */
enum {
	NKG_MF_AUTHOR = 1u << 0,  /* byline */
	NKG_MF_GAZ = 1u << 1,     /* found in the gazetteer */
	NKG_MF_COMMENT = 1u << 2, /* in reader comments */
	NKG_MF_BODY = 1u << 3,    /* a body body sentence (not noise/comment) */
	NKG_MF_ACRONYM = 1u << 4, /* "(CDC)" right after its organisation's name */
	NKG_MF_ALUMNI = 1u << 5,  /* after "ancien de", "a veteran of": where
				     someone used to work */
	NKG_MF_RECENT = 1u << 6,  /* DATE: a day of the week before the
				     article's ("hier", "mardi"): the day
				     the news broke */
	NKG_MF_LATEST = 1u << 7   /* PRONOUN: "ce dernier", "the latter":
				     the person named last, not the one
				     the story is about */
};

typedef struct nkg_mention {
	nkg_mkind kind;
	uint32_t sent;          /* index into doc->sents */
	uint32_t tok0, tok1;    /* tokens [tok0, tok1) */
	uint32_t flags;
	/* NAME */
	nkg_ntype type;         /* after linking: the chain's type */
	float person_score, org_score;
	char *text;             /* surface form, spaces normalised; owned */
	const nkg_gaz_entry *gaz; /* borrowed from the gazetteer, or NULL */
	int chain;              /* chain id within the article, -1 if none */
	/* TITLE */
	const char *role;       /* static role key */
	int former, interim;
	/* DATE: ISO at text precision; "" when the expression is too vague */
	char date[11];
	/* PRONOUN */
	int plural;
	int gender;             /* 'm', 'f' (PRONOUN, or a person NAME whose
				   first name says it), 0 unknown */
} nkg_mention;

/* A chain: mentions of one entity in the article. */
typedef struct nkg_chain {
	nkg_ntype type;
	char *name;             /* fullest surface form; owned */
	const nkg_gaz_entry *gaz;
	size_t n_mentions;
	int author;             /* named in a byline */
	int body;               /* mentioned in the article body (not comments) */
	int gender;             /* 'm', 'f' from a first name, 0 unknown */
	int governing;          /* an organisation named as a governing body
				   ("Conseil des ministres"): it appoints,
				   it employs no one */
} nkg_chain;

typedef struct nkg_mentions {
	nkg_mention *m;  size_t n, cap;
	nkg_chain *chains; size_t n_chains, cap_chains;
	size_t *by_sent; /* first mention index of each sentence (n_sents + 1) */
	int main_org;    /* most mentioned organisation chain, or -1 */
	int sports;      /* the article tells of sport (its language's
			    sport_words): its towns stand for clubs, its
			    moves are mostly coaches' */
	char adate[11];  /* the article's date ("YYYY-MM-DD", "YYYY-MM",
			    "YYYY"), "" when unknown */
} nkg_mentions;

/* Finds mentions.  gaz may be NULL (--no-gazetteer).  article_date
 * ("YYYY-MM-DD" or NULL) anchors relative dates. */
int nkg_mentions_find(const nkg_doc *doc, const nkg_gazetteer *gaz,
		      const char *article_date, nkg_mentions **out,
		      nkg_error *err);
void nkg_mentions_free(nkg_mentions *m);

/* Date helpers, exposed for tests: parse the date expression starting at
 * token tok; on success returns the number of tokens used and writes the ISO
 * date (or "" for a vague one) to iso. */
size_t nkg_mentions_parse_date(const nkg_doc *doc, const nkg_lang *lang,
			       size_t tok, size_t tok_end,
			       const char *article_date, char iso[11]);

/* Levenshtein distance on bytes, capped at max + 1. */
size_t nkg_edit_distance(const char *a, const char *b, size_t max);

/* Name comparison rules shared by in-article chains and cross-article
 * resolution; arguments are folded (nkg_fold) names. */
/* Two full names of one person: same first word, same word count, last
 * words within two edits ("sam altman" / "sam altam"). */
int nkg_name_same_person(const char *a, const char *b);
/* A single word standing for a surname: within one edit (two from nine
 * letters) of the last word of full ("sutzkever" / "ilya sutskever"). */
int nkg_name_is_surname_of(const char *word, const char *full);
/* Comparison key of an organisation name: folded, without spaces, hyphens
 * or dots, look-alike letters unified (l/I, 0/O: "OpenAl" = "OpenAI").
 * Caller frees. */
char *nkg_name_org_key(const char *text);
size_t nkg_name_words(const char *s);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — segmentation: paragraphs, sentences, tokens, language and page
 * noise.  Stage 2 of the pipeline.  Input: an article body.  Output: an
 * nkg_doc holding tokens and sentences with byte offsets into the body. */
#ifndef NEWSKG_SEGMENT_H
#define NEWSKG_SEGMENT_H

#include <stdint.h>
#include "newskg/common.h"
#include "newskg/lang.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Token flags. */
enum {
	NKG_TOK_WORD = 1u << 0,  /* letters (maybe digits, '-', '.') */
	NKG_TOK_CAP = 1u << 1,   /* starts with an upper-case letter */
	NKG_TOK_UPPER = 1u << 2, /* two or more letters, all upper case */
	NKG_TOK_MIXED = 1u << 3, /* upper case after the first letter: OpenAI */
	NKG_TOK_NUM = 1u << 4,   /* starts with a digit */
	NKG_TOK_PUNCT = 1u << 5,
	NKG_TOK_HANDLE = 1u << 6, /* @name */
	NKG_TOK_URL = 1u << 7,
	NKG_TOK_ELIDED = 1u << 8  /* French elided article/pronoun: d' l' qu' */
};

typedef struct nkg_token {
	uint32_t start, end; /* bytes into the body */
	uint32_t flags;
	char *fold;          /* folded form (see nkg_fold), owned by the doc */
} nkg_token;

/* Sentence / paragraph flags. */
enum {
	NKG_SENT_COMMENT = 1u << 0, /* reader comments below the article */
	NKG_SENT_NOISE = 1u << 1,   /* page furniture: share, ads, credits */
	NKG_SENT_BYLINE = 1u << 2,  /* a line naming the author */
	NKG_SENT_SHORT = 1u << 3,   /* a short line without a verb: a label */
	NKG_SENT_TITLE = 1u << 4    /* the first line (headline) */
};

typedef struct nkg_sentence {
	uint32_t start, end;   /* bytes */
	uint32_t tok0, tok1;   /* tokens [tok0, tok1) */
	uint32_t para;         /* paragraph number, from 0 */
	uint32_t flags;
	const nkg_lang *lang;  /* detected per paragraph */
} nkg_sentence;

typedef struct nkg_doc {
	const char *body;      /* borrowed from the article; must outlive doc */
	size_t body_len;
	nkg_token *toks;       size_t n_toks, cap_toks;
	nkg_sentence *sents;   size_t n_sents, cap_sents;
	const nkg_lang *lang;  /* article language */
} nkg_doc;

/* Segments body.  lang_hint ("fr", "en" or NULL to detect) sets the article
 * language; paragraphs whose own evidence is strong get their own. */
int nkg_segment(const char *body, size_t len, const char *lang_hint,
		nkg_doc **out, nkg_error *err);
void nkg_doc_free(nkg_doc *doc);

/* Language of a text by stopword counts, or NULL when too little text. */
const nkg_lang *nkg_segment_detect_lang(nkg_doc *doc, size_t tok0,
					size_t tok1);

/* Does the token sequence at tok match words ("a b c", folded tokens)?
 * Returns the number of tokens matched or 0. */
size_t nkg_doc_match(const nkg_doc *doc, size_t tok, size_t tok_end,
		     const char *words);
/* Longest entry of a NULL-terminated list matching at tok; 0 if none. */
size_t nkg_doc_match_list(const nkg_doc *doc, size_t tok, size_t tok_end,
			  const char *const *list);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — the lexicon: the common words of a language, from a system
 * dictionary's word list (Debian's wfrench, wamerican: one word per line).
 * The extractor asks it whether a capitalised word is an ordinary word
 * ("Step", "Struggling", "Affaires") or may be a name ("Slipkovich").
 * Only the entries written in lower case are kept: the capitalised ones
 * of such lists are proper names. */
#ifndef NEWSKG_LEXICON_H
#define NEWSKG_LEXICON_H

#include "newskg/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_lexicon nkg_lexicon;

int nkg_lexicon_new(nkg_lexicon **out, nkg_error *err);
void nkg_lexicon_free(nkg_lexicon *lx);

/* Adds the lower-case words of the word list at path (UTF-8, one word per
 * line; "'s" forms and capitalised entries skipped).  A line that is not
 * UTF-8 is an error naming the file and line. */
int nkg_lexicon_load(nkg_lexicon *lx, const char *path, nkg_error *err);

/* Adds one word (already folded by nkg_fold); 0 or NKG_ENOMEM. */
int nkg_lexicon_add(nkg_lexicon *lx, const char *folded, size_t len);

/* Whether the folded word is in the lexicon; 0 when lx is NULL. */
int nkg_lexicon_has(const nkg_lexicon *lx, const char *folded);

size_t nkg_lexicon_size(const nkg_lexicon *lx);

#ifdef __cplusplus
}
#endif
#endif

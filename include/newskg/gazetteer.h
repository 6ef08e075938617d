/* newskg — the gazetteer: known organisations, media, products, places and
 * common first names, from user-extensible files (format: data/README.md).
 * The extractor works without one (--no-gazetteer): it only adds
 * confidence and Wikidata links. */
#ifndef NEWSKG_GAZETTEER_H
#define NEWSKG_GAZETTEER_H

#include "newskg/common.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
	NKG_GAZ_ORG = 0, NKG_GAZ_MEDIA, NKG_GAZ_PERSON, NKG_GAZ_PRODUCT,
	NKG_GAZ_PLACE
} nkg_gaz_type;

typedef struct nkg_gaz_entry {
	const char *name;     /* canonical name */
	nkg_gaz_type type;
	const char *wikidata; /* "Q2283" or NULL */
} nkg_gaz_entry;

typedef struct nkg_gazetteer nkg_gazetteer;

int nkg_gazetteer_new(nkg_gazetteer **out, nkg_error *err);
void nkg_gazetteer_free(nkg_gazetteer *g);
/* Loads a gazetteer TSV (name, type, aliases, wikidata).  Later lines and
 * later files override earlier ones with the same name. */
int nkg_gazetteer_load(nkg_gazetteer *g, const char *path, nkg_error *err);
/* Loads a first-name list (one name per line, # comments; a comment line
 * ending in "masculine" or "feminine" gives the gender of the names after
 * it, until the next comment line that ends in a word). */
int nkg_gazetteer_load_firstnames(nkg_gazetteer *g, const char *path,
				  nkg_error *err);
/* Loads DIR/gazetteer.tsv, DIR/firstnames.txt and the word lists that
 * DIR/wordlists.tsv names (those not installed are skipped): each from its
 * table in DIR/wordlists.idx when that is there and current, else from
 * the list itself. */
int nkg_gazetteer_load_dir(nkg_gazetteer *g, const char *dir, nkg_error *err);
/* Writes DIR/wordlists.idx, the index of the installed word lists that
 * DIR/wordlists.tsv names (nkg_lexicon_write_index); *n_lists (may be
 * NULL) is how many it holds.  The build runs it (newskg index-words). */
int nkg_gazetteer_index_words(const char *dir, size_t *n_lists, nkg_error *err);
/* Adds one entry (used by loaders and tests); aliases "|"-separated or NULL. */
int nkg_gazetteer_add(nkg_gazetteer *g, const char *name, nkg_gaz_type type,
		      const char *aliases, const char *wikidata);

/* Looks a name up by its folded form (nkg_fold).  The entry is owned by the
 * gazetteer.  NULL when absent or when g is NULL. */
const nkg_gaz_entry *nkg_gazetteer_lookup(const nkg_gazetteer *g,
					  const char *folded);
int nkg_gazetteer_is_firstname(const nkg_gazetteer *g, const char *folded);
/* A given name that is also an ordinary word ("Dale", "Rod", "Hope"),
 * listed in the first-name file's "... ordinary words" section: no
 * evidence of a person alone, but no ordinary word to drop either when it
 * opens a sentence before a surname. */
int nkg_gazetteer_is_word_firstname(const nkg_gazetteer *g, const char *folded);
/* 'm' or 'f' for a first name listed under a "... masculine" or "...
 * feminine" section comment of its file (and under no other), else 0. */
int nkg_gazetteer_firstname_gender(const nkg_gazetteer *g, const char *folded);
/* Adds the common words of the word list at path to language lang's. */
int nkg_gazetteer_load_words(nkg_gazetteer *g, const char *lang, const char *path,
			     nkg_error *err);
/* Whether folded is a common word of language lang (0 without a list). */
int nkg_gazetteer_is_word(const nkg_gazetteer *g, const char *lang, const char *folded);
/* Whether language lang has a word list loaded (a word it lacks is then
 * no ordinary word of that language). */
int nkg_gazetteer_has_words(const nkg_gazetteer *g, const char *lang);
size_t nkg_gazetteer_size(const nkg_gazetteer *g);

const char *nkg_gaz_type_name(nkg_gaz_type t);

#ifdef __cplusplus
}
#endif
#endif

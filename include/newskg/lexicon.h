/* newskg — the lexicon: the common words of a language, from a system
 * dictionary's word list (Debian's wfrench, wamerican: one word per line).
 * The extractor asks it whether a capitalised word is an ordinary word
 * ("Step", "Struggling", "Affaires") or may be a name ("Slipkovich").
 * Only the entries written in lower case are kept: the capitalised ones
 * of such lists are proper names.  The build compiles the lists into an
 * index file that a process maps instead of reading them. */
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

/* The number of words (a word in two mapped lists counts twice). */
size_t nkg_lexicon_size(const nkg_lexicon *lx);

/* The index of word lists: for each of the n_lists lists, the table that
 * nkg_lexicon_load builds from it alone, with the list's path (as given,
 * byte for byte), size and modification time.  Written to idx_path
 * atomically (a new file renamed over the old one); the same lists give
 * the same bytes.  Meant to be built where it is used: it is refused on a
 * machine of another byte order or by another version of newskg. */
int nkg_lexicon_write_index(const char *idx_path, const char *const *lists,
			    size_t n_lists, nkg_error *err);

/* Adds the words of the list at list_path (the path the index was
 * written with) from its table in the index at idx_path, mapped read-only
 * and probed in place: no work per word.  The mapping is the lexicon's
 * until nkg_lexicon_free.  Refused, with lx unchanged, when the index is
 * missing or holds no table for list_path, or a stale one (the list's
 * size or modification time differ): NKG_ENOTFOUND; when it is no index,
 * cut short, damaged, of another version or byte order: NKG_EINPUT; when
 * it cannot be read: NKG_EIO.  The caller then reads the list itself
 * (nkg_lexicon_load), which gives the same answers. */
int nkg_lexicon_map_index(nkg_lexicon *lx, const char *idx_path,
			  const char *list_path, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

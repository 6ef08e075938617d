/* newskg — languages: the handle of a language the extractor reads
 * ("fr", "en").  Its tables (words, titles, triggers, cues, dates) are the
 * stages' business, in src/lang.h. */
#ifndef NEWSKG_LANG_H
#define NEWSKG_LANG_H

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_lang nkg_lang;

/* The language of code ("fr", "en"), or NULL when newskg has no tables
 * for it.  Static: never freed. */
const nkg_lang *nkg_lang_get(const char *code);

#ifdef __cplusplus
}
#endif
#endif

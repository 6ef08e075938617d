/* newskg — the knowledge base: what the extractor concluded, after entity
 * resolution, ready to become RDF.
 *
 * Output of the resolve stage, input of the graph stage.  A plain data
 * container: fields are public so the graph module can walk it, but it is
 * built only through the functions below.  Everything reachable from an
 * nkg_kb is owned by it (strings, arrays, articles). */
#ifndef NEWSKG_KB_H
#define NEWSKG_KB_H

#include "newskg/common.h"
#include "newskg/reader.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NKG_NONE ((size_t)-1)

typedef enum { NKG_PERSON = 0, NKG_ORG = 1 } nkg_etype;

/* The six career-move kinds: keys of shared/eval/events.tsv. */
typedef enum {
	NKG_EV_JOINED = 0,
	NKG_EV_APPOINTED,
	NKG_EV_DISMISSED,
	NKG_EV_LEFT,
	NKG_EV_RETURNED,
	NKG_EV_FOUNDED,
	NKG_EV__COUNT
} nkg_evkind;

/* Only NKG_MOD_ASSERTED events are printed by `facts`; the others stay in
 * the graph with their modality. */
typedef enum {
	NKG_MOD_ASSERTED = 0,
	NKG_MOD_NEGATED,
	NKG_MOD_CONDITIONAL, /* "si le conseil démissionne", "if ..." */
	NKG_MOD_THREAT,      /* "menacent de démissionner" */
	NKG_MOD_REPORTED,    /* rumour, report in the conditional */
	NKG_MOD_PLANNED,     /* intention, plan, offer, wish */
	NKG_MOD_QUESTION,
	NKG_MOD__COUNT
} nkg_modality;

const char *nkg_evkind_key(nkg_evkind k);       /* "joined", ... */
int nkg_evkind_from_key(const char *key);       /* kind or -1 */
const char *nkg_modality_key(nkg_modality m);   /* "asserted", ... */
int nkg_modality_from_key(const char *key);
/* Role keys of shared/eval/roles.tsv, in file order, NULL-terminated. */
extern const char *const nkg_role_keys[];
int nkg_role_valid(const char *key);            /* 1 if a known key */

/* Where a statement came from: the sentence, as byte offsets into the
 * article body and as a text quote with some context. */
typedef struct nkg_evidence {
	size_t start, end;
	char *exact;  /* body[start..end) */
	char *prefix; /* up to 32 bytes before (UTF-8 safe), may be "" */
	char *suffix; /* up to 32 bytes after, may be "" */
} nkg_evidence;

typedef struct nkg_entity {
	nkg_etype type;
	char *name;       /* canonical: the fullest form the texts give */
	char *slug;       /* deterministic IRI key, from name (or wikidata) */
	char **aliases;   /* every other surface form seen, sorted, unique */
	size_t n_aliases;
	char *wikidata;   /* "Q2283" or NULL (from the gazetteer) */
	char *gaz_type;   /* finer type from the gazetteer ("media", ...) or NULL */
} nkg_entity;

typedef struct nkg_role {
	size_t article;   /* index into kb->articles */
	size_t person;    /* index into kb->entities */
	size_t org;       /* index into kb->entities, or NKG_NONE */
	const char *role; /* static key from nkg_role_keys */
	char *title;      /* the text's own title, e.g. "PDG par intérim" */
	int former;       /* "ancien PDG": the role ended */
	int interim;
	char *start_date; /* ISO at text precision, or NULL */
	char *end_date;
	double confidence;
	nkg_evidence ev;
} nkg_role;

typedef struct nkg_event {
	size_t article;
	size_t person;
	size_t org;       /* or NKG_NONE */
	nkg_evkind kind;
	const char *role; /* static key or NULL */
	char *date;       /* "2023-11-17", "2023-11", "2023" or NULL */
	nkg_modality modality;
	char *trigger;    /* the word that triggered it, e.g. "licencié" */
	double confidence;
	nkg_evidence ev;
} nkg_event;

typedef struct nkg_kb_article {
	nkg_article *article;  /* owned */
	char *lang;            /* detected or given: "fr", "en" */
	size_t *mentions;      /* entities mentioned (sorted, unique) */
	size_t n_mentions;
	size_t *authors;       /* byline persons */
	size_t n_authors;
} nkg_kb_article;

typedef struct nkg_kb {
	nkg_entity *entities;  size_t n_entities, cap_entities;
	nkg_kb_article *articles; size_t n_articles, cap_articles;
	nkg_role *roles;       size_t n_roles, cap_roles;
	nkg_event *events;     size_t n_events, cap_events;
	/* private: (type, name) -> entity index + 1, open addressing */
	size_t *ent_index;     size_t ent_index_cap;
} nkg_kb;

int nkg_kb_new(nkg_kb **out, nkg_error *err);
void nkg_kb_free(nkg_kb *kb);
/* Returns the index of the entity of that type and name, adding it when
 * absent.  name is copied. */
int nkg_kb_entity(nkg_kb *kb, nkg_etype type, const char *name,
		  size_t *idx, nkg_error *err);
int nkg_kb_entity_alias(nkg_kb *kb, size_t idx, const char *alias);
/* Takes ownership of art.  *idx receives its index. */
int nkg_kb_add_article(nkg_kb *kb, nkg_article *art, const char *lang,
		       size_t *idx, nkg_error *err);
int nkg_kb_article_mention(nkg_kb *kb, size_t art, size_t ent);
int nkg_kb_article_author(nkg_kb *kb, size_t art, size_t ent);
/* Copy r/e into the kb; the kb takes ownership of their heap strings. */
int nkg_kb_add_role(nkg_kb *kb, const nkg_role *r);
int nkg_kb_add_event(nkg_kb *kb, const nkg_event *e);
/* Frees every role and event (the streaming writer drops each round's
 * after writing it); entities and articles stay. */
void nkg_kb_clear_statements(nkg_kb *kb);
/* Frees what articles [a0, a1) hold (text, lists); their slots stay, so
 * that indices do not move.  For written rounds of a stream. */
void nkg_kb_release_articles(nkg_kb *kb, size_t a0, size_t a1);
/* Fills ev from body[start..end). */
int nkg_evidence_make(nkg_evidence *ev, const char *body, size_t body_len,
		      size_t start, size_t end);
void nkg_evidence_clear(nkg_evidence *ev);

#ifdef __cplusplus
}
#endif
#endif

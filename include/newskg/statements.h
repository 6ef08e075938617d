/* newskg — statements: roles and career events read from the sentences of
 * one article, with their modality and the sentence they came from.
 * Stage 4.  Input: nkg_doc + nkg_mentions.  Output: nkg_statements whose
 * person/org fields are chain ids of the nkg_mentions. */
#ifndef NEWSKG_STATEMENTS_H
#define NEWSKG_STATEMENTS_H

#include "newskg/kb.h"
#include "newskg/mentions.h"
#include "newskg/segment.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_stmt_role {
	int person, org;      /* chain ids; org -1 when unknown */
	const char *role;     /* static role key */
	size_t title_m;       /* the title mention (its text is the label) */
	int former, interim;
	size_t sent;          /* evidence sentence */
	float confidence;
} nkg_stmt_role;

typedef struct nkg_stmt_event {
	int person, org;      /* chain ids; org -1 when unknown */
	nkg_evkind kind;
	const char *role;     /* static key or NULL */
	char date[11];        /* ISO at text precision, "" when none */
	nkg_modality modality;
	size_t sent;
	size_t trig_tok;      /* token of the trigger */
	float confidence;
} nkg_stmt_event;

typedef struct nkg_statements {
	nkg_stmt_role *roles;   size_t n_roles, cap_roles;
	nkg_stmt_event *events; size_t n_events, cap_events;
} nkg_statements;

int nkg_statements_find(const nkg_doc *doc, const nkg_mentions *ms,
			nkg_statements **out, nkg_error *err);
void nkg_statements_free(nkg_statements *st);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — the facts TSV (shared/eval/FORMAT.md) of a graph, computed by
 * SPARQL over the graph: the graph is the single source of truth. */
#ifndef NEWSKG_FACTS_H
#define NEWSKG_FACTS_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct nkg_facts_opts {
	double min_confidence; /* roles and events below are left out */
	int all_modalities;    /* also print events that are not asserted,
				  with the modality in a seventh column */
} nkg_facts_opts;

/* Appends the facts of g to out, sorted (deterministic). */
int nkg_facts_tsv(nkg_graph *g, const nkg_facts_opts *opts, nkg_buf *out,
		  nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

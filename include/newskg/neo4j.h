/* newskg — the graph exported for Neo4j (neo4j-admin database import). */
#ifndef NEWSKG_NEO4J_H
#define NEWSKG_NEO4J_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes dir/nodes.csv and dir/relationships.csv for neo4j-admin
 * database import (header columns :ID, :LABEL / :START_ID, :END_ID,
 * :TYPE): people, organisations, articles and career events as nodes
 * (events with their date), and who moved where, who held which role,
 * which article reports what as relationships.  dir is created.  g is
 * borrowed. */
int nkg_neo4j_export(nkg_graph *g, const char *dir, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

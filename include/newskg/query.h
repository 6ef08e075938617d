/* newskg — SPARQL over the graph: running queries (their results written
 * by results.h: aligned table, W3C JSON / XML / CSV / TSV) and the shipped
 * queries of queries/NAME.rq with their parameters.  The tool's commands
 * built on them are in src/cli_query.c; the Neo4j export in neo4j.h.
 *
 * Parameters: a shipped query names its parameters as $name variables
 * ("$name" is SPARQL syntax for a variable, so the file runs as it is in
 * any SPARQL engine).  nkg_query_bind replaces each $name token that is
 * not inside a string, an IRI or a comment by an RDF term written by
 * nkg_query_literal or nkg_query_iri: values from the command line only
 * ever reach the query as escaped literals, never as query text. */
#ifndef NEWSKG_QUERY_H
#define NEWSKG_QUERY_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Appends s as a SPARQL string literal ("..." with \" \\ \n \r \t \b \f
 * escaped and other control characters as \uXXXX; other characters,
 * non-ASCII included, as they are).  s must be valid UTF-8: NKG_EINPUT
 * otherwise. */
int nkg_query_literal(nkg_buf *out, const char *s, nkg_error *err);
/* Appends <iri>; NKG_EINPUT when iri holds a character an IRIREF cannot
 * (space, controls, <>"{}|^`\). */
int nkg_query_iri(nkg_buf *out, const char *iri, nkg_error *err);

/* A parameter: name without the '$', term as written by the two
 * functions above. */
typedef struct nkg_query_param {
	const char *name;
	const char *term;
} nkg_query_param;

/* *out := sparql with every $name token of params replaced by its term.
 * A parameter the query never uses is NKG_EUSAGE (a misspelt name would
 * otherwise leave the query unfiltered).  Caller frees *out. */
int nkg_query_bind(const char *sparql, const nkg_query_param *params,
		   size_t n, char **out, nkg_error *err);

/* Finds a shipped query: name is a path to a .rq file, or a bare name
 * ("timeline") looked up as NAME.rq in: $NEWSKG_QUERIES, the queries/
 * directory next to the executable (../queries, ../share/newskg/queries)
 * and ./queries.  *text: the file's content (caller frees); *path (may be
 * NULL): where it was found (caller frees). */
int nkg_query_find(const char *name, const char *argv0, char **text,
		   char **path, nkg_error *err);

/* Runs sparql on g and appends the result to out in format: "table"
 * (aligned columns, IRIs shortened with the query's PREFIXes and the
 * usual ones, literals as their text; CONSTRUCT/DESCRIBE as Turtle),
 * "json", "xml", "csv", "tsv" (W3C SPARQL results; CONSTRUCT/DESCRIBE as
 * RDF/JSON, RDF/XML, N-Triples, N-Triples), or an RDF format name for
 * CONSTRUCT/DESCRIBE.  where names the query for error messages (a file
 * name, or NULL for "SPARQL"): errors read "where:line:col: message". */
int nkg_query_run(nkg_graph *g, const char *sparql, const char *format,
		  const char *where, nkg_buf *out, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — SPARQL over the graph: running queries and writing their
 * results (aligned table, W3C JSON / XML / CSV / TSV), the shipped
 * questions of queries/NAME.rq with their parameters, the Neo4j export, and
 * the commands built on them (ingest, remove, stats, query, timeline,
 * role-on-date, moves, head, export, push).
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

/* Writes dir/nodes.csv and dir/relationships.csv for neo4j-admin
 * database import (header columns :ID, :LABEL / :START_ID, :END_ID,
 * :TYPE): people, organisations, articles and career events as nodes
 * (events with their date), and who moved where, who held which role,
 * which article reports what as relationships.  dir is created. */
int nkg_query_export_neo4j(nkg_graph *g, const char *dir, nkg_error *err);

/* ---- the commands ---- */

/* Where command output goes: out() for results (standard output), note()
 * for progress and warnings (standard error, unless --quiet). */
typedef struct nkg_cli_io {
	int (*out)(void *ctx, const char *data, size_t n);
	void (*note)(void *ctx, const char *msg);
	void *ctx;
	const char *argv0;
} nkg_cli_io;

/* Whether cmd is one of the commands nkg_query_command runs. */
int nkg_query_is_command(const char *cmd);
/* Runs `newskg CMD ARGS...` (argv[0] is CMD) for the commands above:
 * parses its own options, prints nothing itself (everything goes through
 * io) and returns 0 or an NKG_E* code with err set. */
int nkg_query_command(int argc, char **argv, const nkg_cli_io *io,
		      nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — SPARQL results as text: an aligned table for people and the
 * W3C SPARQL 1.1 results formats (JSON, XML, CSV, TSV) for programs. */
#ifndef NEWSKG_RESULTS_H
#define NEWSKG_RESULTS_H

#include "newskg/common.h"
#include "newskg/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Appends r (a BINDINGS or BOOLEAN result) to out in format: "table"
 * (aligned columns; IRIs shortened with the PREFIXes of sparql, when not
 * NULL, and the usual ones; literals as their text), "json", "xml",
 * "csv" or "tsv".  Another name is the table.  0, or NKG_ENOMEM (out
 * then holds part of the text; err is the caller's to set). */
int nkg_results_write(const nkg_result *r, const char *format, const char *sparql,
		      nkg_buf *out);

#ifdef __cplusplus
}
#endif
#endif

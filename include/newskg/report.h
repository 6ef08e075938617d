/* newskg — the HTML report: one self-contained page for a journalist with
 * the "who moved where" diagram (inline SVG), a table of the people with
 * their roles and dated moves and the sentence each comes from, and the
 * list of source articles.  No scripts and no external resources (a
 * Content-Security-Policy says so too); links go to the articles' own
 * http(s) URLs only.
 *
 * All data comes from the graph through nkg_render / nkg_render_summary,
 * that is through nkg_graph_select; every text value is HTML-escaped. */
#ifndef NEWSKG_REPORT_H
#define NEWSKG_REPORT_H

#include "newskg/common.h"
#include "newskg/graph.h"
#include "newskg/render.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Writes the report for g, filtered by opts as the moves view would be
 * (opts->view and opts->format are ignored; NULL: no filter).  note gets
 * the renderer's notes.  On success *out is a NUL-terminated UTF-8 HTML
 * document of *out_len bytes that the caller frees. */
int nkg_report_write(nkg_graph *g, const nkg_render_opts *opts,
		     nkg_render_note_fn note, void *note_ctx,
		     char **out, size_t *out_len, nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

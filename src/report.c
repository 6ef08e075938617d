/* newskg — the HTML report (see report.h).
 *
 * The page is written through a tiny writer: raw() for the fixed markup
 * of this file, text() for every value that comes from the graph, which
 * escapes the five HTML-significant characters, replaces invalid UTF-8
 * with U+FFFD and drops control characters.  Errors are sticky in the
 * writer, checked once at the end.
 *
 * The diagram is nkg_render's SVG of the moves view, inlined from its
 * <svg> element on (the XML declaration and DOCTYPE are for standalone
 * files).  Graphviz escapes the SVG's text itself (render.c makes sure '&'
 * is always an entity) and render.c only links http(s) URLs. */
#include "newskg/report.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "newskg/kb.h"

typedef struct hw {
	nkg_buf *b;
	int rc; /* 0 or NKG_ENOMEM, sticky */
} hw;

static void raw(hw *w, const char *s)
{
	if (!w->rc && nkg_buf_puts(w->b, s))
		w->rc = NKG_ENOMEM;
}

/* Escaped text (also safe inside a double- or single-quoted attribute). */
static void text(hw *w, const char *s)
{
	size_t n, bad, i = 0;

	if (!s || w->rc)
		return;
	n = strlen(s);
	while (i < n && !w->rc) {
		const char *rep = NULL;
		unsigned char c = (unsigned char)s[i];
		size_t run = i;

		/* Copy the longest run of plain characters at once. */
		while (run < n && s[run] != '&' && s[run] != '<' && s[run] != '>' &&
		       s[run] != '"' && s[run] != '\'' &&
		       !((unsigned char)s[run] < 0x20 && s[run] != '\t' && s[run] != '\n') &&
		       s[run] != 0x7f && (unsigned char)s[run] < 0x80)
			run++;
		if (run > i) {
			if (nkg_buf_append(w->b, s + i, run - i))
				w->rc = NKG_ENOMEM;
			i = run;
			continue;
		}
		if (c >= 0x80) {
			/* One UTF-8 sequence, or U+FFFD for an invalid byte. */
			size_t len = (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 :
				     (c & 0xf8) == 0xf0 ? 4 : 1;
			if (len > 1 && i + len <= n && nkg_utf8_check(s + i, len, &bad) == 0) {
				if (nkg_buf_append(w->b, s + i, len))
					w->rc = NKG_ENOMEM;
				i += len;
			} else {
				raw(w, "\xEF\xBF\xBD");
				i++;
			}
			continue;
		}
		switch (c) {
		case '&': rep = "&amp;"; break;
		case '<': rep = "&lt;"; break;
		case '>': rep = "&gt;"; break;
		case '"': rep = "&quot;"; break;
		case '\'': rep = "&#39;"; break;
		default: rep = ""; break; /* a control character: dropped */
		}
		raw(w, rep);
		i++;
	}
}

static void textf(hw *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void textf(hw *w, const char *fmt, ...)
{
	char buf[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	text(w, buf);
}

static const char style[] =
	"body{font-family:\"DejaVu Sans\",Verdana,sans-serif;color:#222;margin:0 auto;"
	"max-width:1400px;padding:1em 1.5em;line-height:1.4}\n"
	"h1{font-size:1.7em;margin:.3em 0 .1em}\n"
	"h2{font-size:1.25em;margin-top:1.6em;border-bottom:2px solid #ddd}\n"
	".sub{color:#555;margin:0 0 1em}\n"
	"figure{margin:0;padding:.5em;border:1px solid #ddd;background:#fff;overflow-x:auto}\n"
	"figure svg{max-width:100%;height:auto}\n"
	"figcaption{font-size:.85em;color:#555;margin-top:.3em}\n"
	"table{border-collapse:collapse;width:100%;font-size:.9em}\n"
	"th,td{border-bottom:1px solid #e2e2e2;padding:.35em .5em;text-align:left;vertical-align:top}\n"
	"th{background:#f3f3f3;font-weight:600}\n"
	"td.person{font-weight:600;background:#fffaf0;white-space:nowrap}\n"
	"td.date{white-space:nowrap}\n"
	"ul.roles{margin:0;padding-left:1.1em}\n"
	".kind{display:inline-block;color:#fff;padding:0 .45em;border-radius:3px;white-space:nowrap}\n"
	".note,.former{color:#777}\n"
	"blockquote{margin:0;font-style:italic;color:#333}\n"
	".src a{margin-right:.3em}\n"
	"ol.sources li{margin:.2em 0}\n"
	"code{font-size:.9em}\n"
	"footer{margin-top:2em;font-size:.8em;color:#777}\n";

/* The position (1-based) of article id in arts, or 0. */
static size_t art_no(const nkg_render_article *arts, size_t n, const char *id)
{
	for (size_t i = 0; id && i < n; i++)
		if (strcmp(arts[i].id, id) == 0)
			return i + 1;
	return 0;
}

static void cite(hw *w, const nkg_render_article *arts, size_t na, const char *id)
{
	size_t k = art_no(arts, na, id);
	char buf[64];

	if (!k) {
		text(w, id);
		return;
	}
	snprintf(buf, sizeof buf, "<a href=\"#art-%zu\">[%zu]</a>", k, k);
	raw(w, buf);
}

/* A role line: "CEO · OpenAI “PDG” (interim, former)". */
static void role_item(hw *w, const nkg_render_role *r)
{
	raw(w, r->former ? "<li class=\"former\">" : "<li>");
	text(w, r->role);
	raw(w, " \xC2\xB7 ");
	text(w, r->org);
	if (r->title) {
		raw(w, " <span class=\"note\">\xE2\x80\x9C");
		text(w, r->title);
		raw(w, "\xE2\x80\x9D</span>");
	}
	if (r->interim || r->former) {
		raw(w, " <span class=\"note\">(");
		raw(w, r->interim && r->former ? "interim, former" : r->interim ? "interim" : "former");
		raw(w, ")</span>");
	}
	if (r->start || r->end) {
		raw(w, " <span class=\"note\">");
		text(w, r->start ? r->start : "?");
		raw(w, " \xE2\x80\x93 ");
		text(w, r->end ? r->end : "");
		raw(w, "</span>");
	}
	raw(w, "</li>");
}

static void move_cells(hw *w, const nkg_render_move *m,
		       const nkg_render_article *arts, size_t na)
{
	char buf[160];

	raw(w, "<td class=\"date\">");
	if (m->date) {
		text(w, m->date);
	} else {
		raw(w, "<span class=\"note\">undated");
		if (m->reported) {
			raw(w, ",<br>reported by ");
			text(w, m->reported);
		}
		raw(w, "</span>");
	}
	snprintf(buf, sizeof buf, "</td><td><span class=\"kind\" style=\"background:%s\">",
		 nkg_render_kind_color(m->kind));
	raw(w, buf);
	text(w, nkg_evkind_key((nkg_evkind)m->kind));
	raw(w, "</span>");
	if (m->role) {
		raw(w, " ");
		text(w, m->role);
	}
	if (m->interim)
		raw(w, " <span class=\"note\">(interim)</span>");
	if (m->modality != NKG_MOD_ASSERTED) {
		raw(w, " <span class=\"note\">(");
		text(w, nkg_modality_key((nkg_modality)m->modality));
		raw(w, ")</span>");
	}
	raw(w, "</td><td>");
	if (m->org)
		text(w, m->org);
	else
		raw(w, "<span class=\"note\">not stated</span>");
	raw(w, "</td><td>");
	if (m->quote) {
		raw(w, "<blockquote>");
		text(w, m->quote);
		raw(w, "</blockquote>");
	}
	raw(w, "</td><td class=\"src\">");
	for (size_t k = 0; k < m->n_articles; k++)
		cite(w, arts, na, m->articles[k]);
	if (m->tellings > 1) {
		snprintf(buf, sizeof buf, "<br><span class=\"note\">told %zu times</span>",
			 m->tellings);
		raw(w, buf);
	}
	raw(w, "</td>");
}

static void people_table(hw *w, const nkg_render_summary *sm)
{
	size_t np, nm, nr, na;
	const nkg_render_person *P = nkg_render_summary_people(sm, &np);
	const nkg_render_move *M = nkg_render_summary_moves(sm, &nm);
	const nkg_render_role *R = nkg_render_summary_roles(sm, &nr);
	const nkg_render_article *A = nkg_render_summary_articles(sm, &na);
	char buf[64];

	if (!np) {
		raw(w, "<p class=\"note\">No person matches.</p>\n");
		return;
	}
	raw(w, "<table class=\"people\">\n<thead><tr><th>Person</th><th>Roles</th>"
	       "<th>Date</th><th>Move</th><th>Organisation</th><th>Evidence</th>"
	       "<th>Sources</th></tr></thead>\n<tbody>\n");
	for (size_t i = 0; i < np; i++) {
		const nkg_render_person *p = &P[i];
		size_t rows = p->n_moves ? p->n_moves : 1;

		snprintf(buf, sizeof buf, "<tr><td class=\"person\" rowspan=\"%zu\">", rows);
		raw(w, buf);
		text(w, p->name);
		snprintf(buf, sizeof buf, "</td><td rowspan=\"%zu\">", rows);
		raw(w, buf);
		if (p->n_roles) {
			raw(w, "<ul class=\"roles\">");
			for (size_t k = 0; k < p->n_roles; k++)
				role_item(w, &R[p->first_role + k]);
			raw(w, "</ul>");
		}
		raw(w, "</td>");
		if (!p->n_moves)
			raw(w, "<td colspan=\"5\" class=\"note\">no move reported</td></tr>\n");
		for (size_t k = 0; k < p->n_moves; k++) {
			if (k)
				raw(w, "<tr>");
			move_cells(w, &M[p->first_move + k], A, na);
			raw(w, "</tr>\n");
		}
	}
	raw(w, "</tbody>\n</table>\n");
}

static void sources(hw *w, const nkg_render_summary *sm)
{
	size_t na;
	const nkg_render_article *A = nkg_render_summary_articles(sm, &na);
	char buf[64];

	raw(w, "<ol class=\"sources\">\n");
	for (size_t i = 0; i < na; i++) {
		snprintf(buf, sizeof buf, "<li id=\"art-%zu\">", i + 1);
		raw(w, buf);
		text(w, A[i].date ? A[i].date : "undated");
		raw(w, " \xE2\x80\x94 <code>");
		text(w, A[i].id);
		raw(w, "</code>");
		if (A[i].lang) {
			raw(w, " <span class=\"note\">(");
			text(w, A[i].lang);
			raw(w, ")</span>");
		}
		if (A[i].title || A[i].url) {
			raw(w, " \xE2\x80\x94 ");
			if (A[i].url) {
				/* render.c hands out http(s) URLs only. */
				raw(w, "<a href=\"");
				text(w, A[i].url);
				raw(w, "\" rel=\"noreferrer\">");
			}
			text(w, A[i].title ? A[i].title : A[i].url);
			if (A[i].url)
				raw(w, "</a>");
		}
		raw(w, "</li>\n");
	}
	raw(w, "</ol>\n");
}

/* "3 people, 7 moves, from 5 articles published 2023-11-20 to 2023-11-22." */
static void subtitle(hw *w, const nkg_render_summary *sm)
{
	size_t np, nm, na, lanes = 0;
	const nkg_render_person *P = nkg_render_summary_people(sm, &np);
	const nkg_render_article *A = nkg_render_summary_articles(sm, &na);
	const char *lo = NULL, *hi = NULL;

	(void)nkg_render_summary_moves(sm, &nm);
	for (size_t i = 0; i < np; i++)
		lanes += P[i].n_moves > 0;
	for (size_t i = 0; i < na; i++)
		if (A[i].date) {
			if (!lo || strcmp(A[i].date, lo) < 0)
				lo = A[i].date;
			if (!hi || strcmp(A[i].date, hi) > 0)
				hi = A[i].date;
		}
	textf(w, "%zu %s with %zu %s, from %zu %s", lanes, lanes == 1 ? "person" : "people",
	      nm, nm == 1 ? "move" : "moves", na, na == 1 ? "article" : "articles");
	if (lo) {
		raw(w, " published ");
		text(w, lo);
		if (strcmp(lo, hi)) {
			raw(w, " to ");
			text(w, hi);
		}
	}
	raw(w, ".");
}

int nkg_report_write(nkg_graph *g, const nkg_render_opts *opts,
		     nkg_render_note_fn note, void *note_ctx,
		     char **out, size_t *out_len, nkg_error *err)
{
	nkg_render_opts o = {0};
	nkg_render_summary *sm = NULL; /* owned */
	char *svg = NULL;              /* owned: from nkg_render */
	size_t svg_len = 0;
	nkg_buf b = {0};
	hw w = { &b, 0 };
	const char *start;
	int rc;

	*out = NULL;
	*out_len = 0;
	if (!g)
		return nkg_error_set(err, NKG_EUSAGE, "report: no graph");
	if (opts)
		o = *opts;
	o.view = NKG_VIEW_MOVES;
	o.format = "svg";
	/* The notes (dropped people, unmatched filters) once, from the
	 * diagram; the summary applies the same filters silently. */
	if ((rc = nkg_render(g, &o, note, note_ctx, &svg, &svg_len, err)) ||
	    (rc = nkg_render_summary_new(&sm, g, &o, NULL, NULL, err)))
		goto done;
	start = strstr(svg, "<svg");
	if (!start) {
		rc = nkg_error_set(err, NKG_ERENDER, "report: the diagram has no <svg> element");
		goto done;
	}

	raw(&w, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		/* Self-contained: nothing may be fetched, nothing may run. */
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		"style-src 'unsafe-inline'\">\n"
		"<meta name=\"generator\" content=\"newskg\">\n"
		"<title>Who moved where</title>\n<style>\n");
	raw(&w, style);
	raw(&w, "</style>\n</head>\n<body>\n<h1>Who moved where</h1>\n<p class=\"sub\">");
	subtitle(&w, sm);
	raw(&w, "</p>\n<figure>\n");
	raw(&w, start);
	raw(&w, "<figcaption>One lane per person, moves in time order; hover an arrow "
		"or a box for the sentence it comes from.  Undated moves sit at the "
		"publication date of the first article that reports them.</figcaption>\n"
		"</figure>\n<h2>People, roles and moves</h2>\n");
	people_table(&w, sm);
	raw(&w, "<h2>Sources</h2>\n");
	sources(&w, sm);
	raw(&w, "<footer>Generated by newskg from the knowledge graph of these articles. "
		"Each move merges every article that tells it: the date is the most often "
		"stated one (ties: the earliest), the quote is from the earliest article "
		"stating that date.</footer>\n</body>\n</html>\n");
	if (w.rc) {
		rc = nkg_error_set(err, NKG_ENOMEM, "report: out of memory");
		goto done;
	}
	*out_len = b.len;
	*out = nkg_buf_detach(&b);
done:
	nkg_buf_free(&b);
	nkg_render_summary_free(sm);
	free(svg);
	return rc;
}

/* newskg — "who moved where" diagrams (see render.h): the model of
 * render_model.c -> a cgraph graph built in a fixed, sorted order ->
 * gvLayout("dot") -> gvRenderData.
 *
 * This is the only file that includes Graphviz headers.  Graphviz keeps
 * global state (the error handler, the prototype graph that gvContext
 * edits), and so does this file (one process-wide GVC_t, see gv_ctx; qsort
 * contexts), so nkg_render is not thread-safe. */
#include "render_int.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

/* Fixed palette, indexed by nkg_evkind. */
static const char *const kind_color[NKG_EV__COUNT] = {
	"#2e7d32", /* joined: green */
	"#1565c0", /* appointed: blue */
	"#c62828", /* dismissed: red */
	"#ef6c00", /* left: orange */
	"#6a1b9a", /* returned: purple */
	"#6d4c41"  /* founded: brown */
};

const char *nkg_render_kind_color(int kind)
{
	return kind >= 0 && kind < NKG_EV__COUNT ? kind_color[kind] : "#000000";
}

#define FONT "DejaVu Sans"
#define SEP " \xC2\xB7 " /* " · " */
#define GREY "grey55"
#define GREY_TEXT "grey35"
#define LANE_FILL "#f6f6f6"
#define LANE_LINE "#d9d9d9"
#define PERSON_FILL "#fff4d6"

/* ---- deterministic object IDs -------------------------------------------- */

/* cgraph's default ID discipline makes a named object's ID the address of
 * its interned name, and keeps subgraphs ordered by ID: the order of the
 * lanes (clusters, which must be named) in the DOT output and in the
 * layout would depend on the heap.  This discipline numbers names in the
 * order they are first seen (even IDs) and anonymous objects from a
 * counter (odd IDs), per graph. */
typedef struct idstate {
	Agraph_t *g;   /* the root graph, whose string pool holds the names */
	char **names;  /* names[i] has ID 2 * (i + 1); cgraph refstrs (agstrdup),
			* since cgraph reads the refstr header of a name
			* (aghtmlstr); released in id_close */
	size_t n, cap;
	size_t *slot;  /* open addressing: index + 1, 0 empty; nslot a power of 2 */
	size_t nslot;
	IDTYPE anon;   /* next anonymous ID */
} idstate;

static size_t id_hash(const char *s)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return (size_t)h;
}

static void *id_open(Agraph_t *g, Agdisc_t *disc)
{
	idstate *st = calloc(1, sizeof *st);
	if (st) {
		st->g = g;
		st->anon = 1;
	}
	return st; /* NULL: every map fails, so agopen/agnode fail cleanly */
}

/* Slot of name, or of the empty slot where it would go. */
static size_t id_slot(const idstate *st, const char *str)
{
	size_t i = id_hash(str) & (st->nslot - 1);
	while (st->slot[i] && strcmp(st->names[st->slot[i] - 1], str) != 0)
		i = (i + 1) & (st->nslot - 1);
	return i;
}

static int id_rehash(idstate *st)
{
	size_t n = st->nslot ? st->nslot * 2 : 64;
	size_t *old = st->slot, on = st->nslot;

	if (!(st->slot = calloc(n, sizeof *st->slot))) {
		st->slot = old;
		return -1;
	}
	st->nslot = n;
	for (size_t i = 0; i < on; i++)
		if (old[i])
			st->slot[id_slot(st, st->names[old[i] - 1])] = old[i];
	free(old);
	return 0;
}

static long id_map(void *state, int objtype, char *str, IDTYPE *id, int createflag)
{
	idstate *st = state;
	size_t i;
	void *arr;

	if (!st)
		return 0;
	if (!str) {
		*id = st->anon;
		st->anon += 2;
		return 1;
	}
	if (st->nslot) {
		i = id_slot(st, str);
		if (st->slot[i]) {
			*id = (IDTYPE)st->slot[i] * 2;
			return 1;
		}
	}
	if (!createflag)
		return 0;
	if ((st->n + 1) * 2 > st->nslot && id_rehash(st))
		return 0;
	arr = st->names;
	if (nkg_grow(&arr, &st->cap, st->n + 1, sizeof *st->names))
		return 0;
	st->names = arr;
	if (!(st->names[st->n] = agstrdup(st->g, str)))
		return 0;
	st->n++;
	st->slot[id_slot(st, str)] = st->n;
	*id = (IDTYPE)st->n * 2;
	return 1;
}

static long id_alloc(void *state, int objtype, IDTYPE id)
{
	return 0; /* no caller-chosen IDs */
}

static void id_free(void *state, int objtype, IDTYPE id)
{
	/* Names stay until the graph closes: another object may share one. */
}

static char *id_print(void *state, int objtype, IDTYPE id)
{
	const idstate *st = state;
	if (!st || id % 2 || id == 0 || id / 2 > st->n)
		return NULL;
	return st->names[id / 2 - 1];
}

static void id_close(void *state)
{
	idstate *st = state;
	if (!st)
		return;
	/* agclose calls this before it drops the string pool. */
	for (size_t i = 0; i < st->n; i++)
		agstrfree(st->g, st->names[i]);
	free(st->names);
	free(st->slot);
	free(st);
}

static void id_register(void *state, int objtype, void *obj)
{
}

static Agiddisc_t id_disc = {
	id_open, id_map, id_alloc, id_free, id_print, id_close, id_register
};

/* ---- cgraph helpers ------------------------------------------------------ */

/* Sets an attribute; agsafeset copies the value (cgraph's refcounted string
 * pool), so the scratch buffer can be reused at once.  Labels, tooltips and
 * URLs are escStrings for Graphviz: a backslash starts an escape (\N, \n),
 * so literal ones are doubled (a real newline character breaks a line).
 * For SVG every '&' is written as "&amp;": Graphviz 2.42 leaves '&' alone
 * in xlink:href, and anywhere else when it looks like the start of an
 * entity ("R&D;"), which is not well-formed XML; an entity it passes
 * through untouched. */
static int set(rs *s, void *obj, const char *name, const char *value)
{
	nkg_buf *b = &s->esc;

	b->len = 0;
	if (nkg_buf_append(b, "", 0))
		return nkg_r_oom(s);
	for (const char *p = value; *p; p++) {
		int r = *p == '\\' ? nkg_buf_puts(b, "\\\\") :
			*p == '&' && s->svg ? nkg_buf_puts(b, "&amp;") :
			nkg_buf_append(b, p, 1);
		if (r)
			return nkg_r_oom(s);
	}
	if (agsafeset(obj, (char *)name, b->data, "") != 0)
		return nkg_error_set(s->err, NKG_ERENDER,
				     "render: cannot set Graphviz attribute %s", name);
	return 0;
}

/* Several attributes, NULL-terminated name/value list. */
static int set_all(rs *s, void *obj, ...)
{
	va_list ap;
	const char *k, *v;
	int rc = 0;

	va_start(ap, obj);
	while (!rc && (k = va_arg(ap, const char *))) {
		v = va_arg(ap, const char *);
		rc = set(s, obj, k, v);
	}
	va_end(ap);
	return rc;
}

/* An HTML-like label (fixed markup built here, no data in it). */
static int set_html(rs *s, void *obj, const char *html)
{
	char *h = agstrdup_html(s->ag, (char *)html);
	int rc = h && agsafeset(obj, "label", h, "") == 0 ? 0 :
		 nkg_error_set(s->err, NKG_ERENDER, "render: cannot set an HTML label");
	if (h)
		agstrfree(s->ag, h);
	return rc;
}

/* Links only to web pages: a javascript: or data: URL from an article's
 * metadata must not become a live link in the SVG or the report. */
int nkg_r_url_ok(const char *url)
{
	return strncasecmp(url, "http://", 7) == 0 || strncasecmp(url, "https://", 8) == 0;
}

/* A URL attribute: characters a URL cannot hold (spaces, quotes, angle
 * brackets, controls) percent-encoded, so they cannot break the SVG
 * attribute either. */
static int set_url(rs *s, void *obj, const char *name, const char *url)
{
	if (!nkg_r_url_ok(url))
		return 0;
	s->lbl2.len = 0;
	if (nkg_buf_append(&s->lbl2, "", 0))
		return nkg_r_oom(s);
	for (const unsigned char *p = (const unsigned char *)url; *p; p++) {
		int r = *p <= 0x20 || *p == 0x7f || *p == '"' || *p == '<' || *p == '>'
			? nkg_buf_printf(&s->lbl2, "%%%02X", *p)
			: nkg_buf_append(&s->lbl2, (const char *)p, 1);
		if (r)
			return nkg_r_oom(s);
	}
	return set(s, obj, name, s->lbl2.data);
}

static int set_evidence(rs *s, void *obj, const evinfo *ev, int edge)
{
	int rc = 0;
	if (ev->exact && ((rc = set(s, obj, "tooltip", ev->exact)) ||
			  (edge && (rc = set(s, obj, "labeltooltip", ev->exact)))))
		return rc;
	if (ev->url && ((rc = set_url(s, obj, "URL", ev->url)) ||
			(edge && (rc = set_url(s, obj, "labelURL", ev->url)))))
		return rc;
	return 0;
}

static Agnode_t *node(rs *s, Agraph_t *sub, const char *name)
{
	Agnode_t *n = agnode(sub ? sub : s->ag, (char *)name, 1);
	if (!n)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create node %s", name);
	return n;
}

static Agraph_t *subgraph(rs *s, const char *name)
{
	Agraph_t *g = agsubg(s->ag, (char *)name, 1);
	if (!g)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create subgraph %s", name);
	return g;
}

static Agedge_t *edge(rs *s, Agraph_t *sub, Agnode_t *t, Agnode_t *h)
{
	Agedge_t *e = agedge(sub ? sub : s->ag, t, h, NULL, 1);
	if (!e)
		nkg_error_set(s->err, NKG_ERENDER, "render: cannot create edge");
	return e;
}

/* The error code after a helper above returned NULL. */
static int failed(const rs *s)
{
	return s->err && s->err->code ? s->err->code : NKG_ERENDER;
}

/* Node for an entity: ellipse for people, box for organizations. */
static Agnode_t *ent_node(rs *s, Agraph_t *sub, const ent *e)
{
	Agnode_t *n = node(s, sub, e->node);
	if (!n)
		return NULL;
	if (set(s, n, "label", e->name) ||
	    (e->person && set_all(s, n, "shape", "ellipse", "style", "filled",
				  "fillcolor", PERSON_FILL, NULL)))
		return NULL;
	return n;
}

/* "dismissed · CEO · 2023-11-17" (the date when with_date), plus the
 * modality when not asserted; appended to b. */
static int move_label(rs *s, const move *m, nkg_buf *b, int with_date)
{
	if (nkg_buf_puts(b, nkg_evkind_key(m->kind)))
		return nkg_r_oom(s);
	if (m->role && (nkg_buf_puts(b, SEP) || nkg_r_put_role(s, b, m->role)))
		return nkg_r_oom(s);
	if (with_date && m->date && nkg_buf_printf(b, SEP "%s", m->date))
		return nkg_r_oom(s);
	if (m->mod != NKG_MOD_ASSERTED && nkg_buf_printf(b, " (%s)", nkg_modality_key(m->mod)))
		return nkg_r_oom(s);
	return 0;
}

static const char *move_style(const move *m, const char *base)
{
	if (m->mod != NKG_MOD_ASSERTED)
		return base ? "rounded,dotted" : "dotted";
	if (m->interim)
		return base ? "rounded,dashed" : "dashed";
	return base;
}

/* "move/PERSON/KIND/ORG": a move is unique by these three. */
static int move_name(rs *s, const move *m, nkg_buf *b)
{
	b->len = 0;
	if (nkg_buf_printf(b, "move/%s/%s/%s", s->ents[m->person].node,
			   nkg_evkind_key(m->kind),
			   m->org != NKG_NONE ? s->ents[m->org].node : "none"))
		return nkg_r_oom(s);
	return 0;
}

/* The legend: one HTML-like table node, a colour cell per event kind in
 * kinds_seen, then the line styles.  Fixed markup: no data goes in. */
static int legend(rs *s, unsigned kinds_seen, int lines, int former, int network)
{
	nkg_buf b = {0};
	Agnode_t *n;
	int rc = 0;

	if (nkg_buf_puts(&b, "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
			 "CELLPADDING=\"3\"><TR>"))
		goto nomem;
	for (int k = 0; k < NKG_EV__COUNT && !network; k++)
		if ((kinds_seen & (1u << k)) &&
		    nkg_buf_printf(&b, "<TD BGCOLOR=\"%s\"><FONT COLOR=\"white\" "
				   "POINT-SIZE=\"10\">%s</FONT></TD>", kind_color[k],
				   nkg_evkind_key(k)))
			goto nomem;
	if (network &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">\xE2\x80\x94 current role</FONT></TD>"
			 "<TD><FONT POINT-SIZE=\"10\" COLOR=\"" GREY "\">\xE2\x80\x94 former role</FONT></TD>"))
		goto nomem;
	if ((lines & 1) &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">- - - interim role</FONT></TD>"))
		goto nomem;
	if ((lines & 2) &&
	    nkg_buf_puts(&b, "<TD><FONT POINT-SIZE=\"10\">\xC2\xB7\xC2\xB7\xC2\xB7 not asserted "
			 "(threat, rumour, plan...)</FONT></TD>"))
		goto nomem;
	if (former &&
	    nkg_buf_puts(&b, "<TD BORDER=\"1\" COLOR=\"" GREY "\" STYLE=\"rounded\"><FONT "
			 "POINT-SIZE=\"10\" COLOR=\"" GREY_TEXT "\">former role</FONT></TD>"))
		goto nomem;
	if (nkg_buf_puts(&b, "</TR></TABLE>"))
		goto nomem;
	/* A name no entity can have: slugs hold no ':' and other IRIs start
	 * with their scheme. */
	if (!(n = node(s, NULL, "newskg:legend"))) {
		rc = failed(s);
		goto done;
	}
	if ((rc = set_all(s, n, "shape", "plaintext", "margin", "0", "style", "", NULL)) ||
	    (rc = set_html(s, n, b.data)))
		goto done;
	goto done;
nomem:
	rc = nkg_r_oom(s);
done:
	nkg_buf_free(&b);
	return rc;
}

/* ---- views --------------------------------------------------------------- */

/* Memberships by person name, organisation name, current before former,
 * role key, IRI. */
static int cmp_member(const void *x, const void *y)
{
	const member *a = *(member *const *)x, *b = *(member *const *)y;
	const ent *pa = &nkg_r_sort_ctx->ents[a->person], *pb = &nkg_r_sort_ctx->ents[b->person];
	int c;
	if ((c = nkg_r_cmp_ent_name(&pa, &pb)))
		return c;
	if (a->org != b->org) {
		const ent *oa, *ob;
		if (a->org == NKG_NONE || b->org == NKG_NONE)
			return a->org == NKG_NONE ? 1 : -1;
		oa = &nkg_r_sort_ctx->ents[a->org];
		ob = &nkg_r_sort_ctx->ents[b->org];
		if ((c = nkg_r_cmp_ent_name(&oa, &ob)))
			return c;
	}
	if ((c = a->former - b->former))
		return c;
	if ((c = strcmp(a->role ? a->role : "", b->role ? b->role : "")))
		return c;
	return strcmp(a->iri, b->iri);
}

/* Kept memberships of people not dropped, with an org, sorted by
 * cmp_member (person, org, former, role). */
int nkg_r_pick_members(rs *s, member ***out, size_t *n)
{
	*n = 0;
	*out = NULL;
	if (!s->n_mems)
		return 0;
	if (!(*out = malloc(s->n_mems * sizeof **out)))
		return nkg_r_oom(s);
	for (size_t i = 0; i < s->n_mems; i++) {
		member *m = &s->mems[i];
		if (m->keep && m->org != NKG_NONE && !s->ents[m->person].dropped)
			(*out)[(*n)++] = m;
	}
	nkg_r_sort_ctx = s;
	if (*n)
		qsort(*out, *n, sizeof **out, cmp_member);
	return 0;
}

/* Appends the role labels of mem[i..j) to b, ", "-separated, each once;
 * a role whose interim form is also in the range is left out. */
static int roles_text(rs *s, member *const *mem, size_t i, size_t j, nkg_buf *b)
{
	size_t n = 0;
	for (size_t k = i; k < j; k++) {
		const char *r = mem[k]->role;
		int dup = 0;
		for (size_t l = i; l < k && !dup; l++)
			dup = nkg_r_cmp_str_null(mem[l]->role, r) == 0;
		for (size_t l = i; l < j && !dup && r; l++)
			dup = mem[l]->role && strncmp(mem[l]->role, "interim_", 8) == 0 &&
			      strcmp(mem[l]->role + 8, r) == 0;
		if (dup)
			continue;
		if ((n++ && nkg_buf_puts(b, ", ")) ||
		    (r ? nkg_r_put_role(s, b, r) : nkg_buf_puts(b, "member")))
			return nkg_r_oom(s);
	}
	return 0;
}

/* The grey boxes of a lane: one per organisation where the person held a
 * former role and that no drawn move involves, "Twitch\n(CEO, former)"
 * (current roles there first: "(founder; CEO, former)").  Returns the
 * last node of the chain through *prev.  With no lane, only says whether
 * there is one (*any). */
static int former_boxes(rs *s, Agraph_t *lane, const ent *p, size_t pi,
			member *const *mem, size_t n_mem, move *const *mv, size_t n_mv,
			Agnode_t **prev, int *any)
{
	size_t i = 0, j, f;
	int rc;

	while (i < n_mem && mem[i]->person != pi)
		i++;
	for (; i < n_mem && mem[i]->person == pi; i = j) {
		size_t org = mem[i]->org, k;
		int in_moves = 0;
		Agnode_t *n;
		Agedge_t *e;

		/* cmp_member: current roles [i, f), then former ones [f, j). */
		for (j = i; j < n_mem && mem[j]->person == pi && mem[j]->org == org; j++)
			;
		for (f = i; f < j && !mem[f]->former; f++)
			;
		for (k = 0; k < n_mv && !in_moves; k++)
			in_moves = mv[k]->org == org;
		if (f == j || in_moves)
			continue;
		*any = 1;
		if (!lane)
			return 0;
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "former/%s/%s", p->node, s->ents[org].node))
			return nkg_r_oom(s);
		if (!(n = node(s, lane, s->lbl.data)))
			return failed(s);
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "%s\n(", s->ents[org].name) ||
		    (rc = roles_text(s, mem, i, f, &s->lbl)) ||
		    (f > i && nkg_buf_puts(&s->lbl, "; ")) ||
		    (rc = roles_text(s, mem, f, j, &s->lbl)) ||
		    nkg_buf_puts(&s->lbl, ", former)"))
			return nkg_r_oom(s);
		if ((rc = set_all(s, n, "label", s->lbl.data, "color", GREY,
				  "fontcolor", GREY_TEXT, NULL)) ||
		    (rc = set_evidence(s, n, &mem[f]->ev, 0)))
			return rc;
		if (!(e = edge(s, lane, *prev, n)))
			return failed(s);
		if ((rc = set_all(s, e, "color", GREY, "arrowhead", "none", NULL)))
			return rc;
		*prev = n;
	}
	return 0;
}

/* One lane (cluster) per person, top to bottom in lane order: the
 * person, grey boxes for former roles elsewhere, then one box per move. */
static int view_moves(rs *s, size_t *drawn)
{
	move **v = NULL;
	member **mem = NULL;
	size_t n = 0, n_mem = 0, i, j;
	unsigned seen = 0;
	int rc, lines = s->o->include_unasserted ? 2 : 0, former = 0;

	if ((rc = nkg_r_pick_moves(s, 1, nkg_r_cmp_move_lane, &v, &n)) ||
	    (rc = nkg_r_pick_members(s, &mem, &n_mem)))
		goto done;
	for (i = 0; i < n; i++) {
		seen |= 1u << v[i]->kind;
		lines |= (v[i]->interim && v[i]->mod == NKG_MOD_ASSERTED) |
			 (v[i]->mod != NKG_MOD_ASSERTED) << 1;
	}
	for (j = n; j > 0 && !former; j = i) {
		for (i = j; i > 0 && v[i - 1]->person == v[j - 1]->person; i--)
			;
		if ((rc = former_boxes(s, NULL, NULL, v[i]->person, mem, n_mem, v + i, j - i,
				       NULL, &former)))
			goto done;
	}
	/* The legend first, the lanes last to first: dot stacks the
	 * unconnected parts of a left-to-right layout bottom-up in the
	 * order they were made. */
	if (n && (rc = legend(s, seen, lines, former, 0)))
		goto done;
	for (j = n; j > 0; j = i) {
		size_t pi = v[j - 1]->person;
		ent *p = &s->ents[pi];
		Agraph_t *lane;
		Agnode_t *prev;
		int any = 0;

		for (i = j; i > 0 && v[i - 1]->person == pi; i--)
			;
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "cluster_lane/%s", p->node)) {
			rc = nkg_r_oom(s);
			goto done;
		}
		if (!(lane = subgraph(s, s->lbl.data)) || !(prev = ent_node(s, lane, p))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set_all(s, lane, "label", "", "style", "rounded,filled",
				  "fillcolor", LANE_FILL, "color", LANE_LINE, NULL)) ||
		    (rc = set(s, prev, "tooltip", p->name)))
			goto done;
		if ((rc = former_boxes(s, lane, p, pi, mem, n_mem, v + i, j - i, &prev, &any)))
			goto done;
		for (size_t k = i; k < j; k++) {
			const move *m = v[k];
			Agnode_t *box;
			Agedge_t *e;

			if ((rc = move_name(s, m, &s->lbl2)))
				goto done;
			if (!(box = node(s, lane, s->lbl2.data)) || !(e = edge(s, lane, prev, box))) {
				rc = failed(s);
				goto done;
			}
			s->lbl.len = 0;
			if ((rc = move_label(s, m, &s->lbl, 1)) ||
			    (rc = set(s, e, "label", s->lbl.data)) ||
			    (rc = set_all(s, e, "color", kind_color[m->kind],
					  "fontcolor", kind_color[m->kind], NULL)) ||
			    (move_style(m, NULL) && (rc = set(s, e, "style", move_style(m, NULL)))) ||
			    (rc = set_evidence(s, e, &m->rep->ev, 1)) ||
			    (rc = set(s, box, "label", s->ents[m->org].name)) ||
			    (rc = set_evidence(s, box, &m->rep->ev, 0)))
				goto done;
			prev = box;
		}
	}
	*drawn = n;
done:
	free(v);
	free(mem);
	return rc;
}

/* One column (rank) per date, left to right, the moves of that date
 * stacked under it.  Undated moves get a column "reported by DATE" after
 * the column of DATE. */
static int view_timeline(rs *s, size_t *drawn)
{
	move **v = NULL;
	size_t n = 0;
	int rc = 0, lines = s->o->include_unasserted ? 2 : 0;
	unsigned seen = 0;
	Agraph_t *col = NULL;
	Agnode_t *dn = NULL, *prev = NULL, *last = NULL;
	const move *cur = NULL;

	if ((rc = nkg_r_pick_moves(s, 0, nkg_r_cmp_move_column, &v, &n)))
		goto done;
	for (size_t i = 0; i < n; i++) {
		seen |= 1u << v[i]->kind;
		lines |= (v[i]->interim && v[i]->mod == NKG_MOD_ASSERTED) |
			 (v[i]->mod != NKG_MOD_ASSERTED) << 1;
	}
	for (size_t i = 0; i < n; i++) {
		const move *m = v[i];
		Agnode_t *en;
		Agedge_t *ed;
		const char *key = nkg_r_move_key(m);

		/* Moves arrive in column order: a new key extends the axis. */
		if (!cur || nkg_r_cmp_str_null(nkg_r_move_key(cur), key) || !cur->date != !m->date) {
			cur = m;
			s->lbl.len = 0;
			if (nkg_buf_printf(&s->lbl, "date/%s%s", m->date || !key ? "" : "by/",
					   key ? key : "undated")) {
				rc = nkg_r_oom(s);
				goto done;
			}
			s->lbl2.len = 0;
			if (nkg_buf_printf(&s->lbl2, "rank/%s", s->lbl.data)) {
				rc = nkg_r_oom(s);
				goto done;
			}
			if (!(col = subgraph(s, s->lbl2.data)) || !(dn = node(s, col, s->lbl.data))) {
				rc = failed(s);
				goto done;
			}
			s->lbl2.len = 0;
			if ((m->date ? nkg_buf_puts(&s->lbl2, m->date) :
			     key ? nkg_buf_printf(&s->lbl2, "undated,\nreported by\n%s", key) :
				   nkg_buf_puts(&s->lbl2, "undated"))) {
				rc = nkg_r_oom(s);
				goto done;
			}
			if ((rc = set(s, col, "rank", "same")) ||
			    (rc = set_all(s, dn, "label", s->lbl2.data, "shape", "box",
					  "style", "filled", "fillcolor", "#eeeeee",
					  "color", "#999999", NULL)))
				goto done;
			if (prev) {
				if (!(ed = edge(s, NULL, prev, dn))) {
					rc = failed(s);
					goto done;
				}
				if ((rc = set_all(s, ed, "penwidth", "2", "weight", "100",
						  "color", "#999999", NULL)))
					goto done;
			}
			prev = last = dn;
		}
		if ((rc = move_name(s, m, &s->lbl2)))
			goto done;
		if (!(en = node(s, col, s->lbl2.data))) {
			rc = failed(s);
			goto done;
		}
		s->lbl.len = 0;
		if (nkg_buf_printf(&s->lbl, "%s\n", s->ents[m->person].name) ||
		    (rc = move_label(s, m, &s->lbl, 0)) ||
		    (m->org != NKG_NONE && nkg_buf_printf(&s->lbl, "\n%s", s->ents[m->org].name))) {
			rc = nkg_r_oom(s);
			goto done;
		}
		if ((rc = set_all(s, en, "label", s->lbl.data, "color", kind_color[m->kind],
				  "penwidth", "2", "style", move_style(m, "rounded"), NULL)) ||
		    (rc = set_evidence(s, en, &m->rep->ev, 0)))
			goto done;
		/* Invisible edges in the column keep the date on top and the
		 * moves in order beneath it. */
		if (!(ed = edge(s, col, last, en))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set(s, ed, "style", "invis")))
			goto done;
		last = en;
	}
	if (n && (rc = legend(s, seen, lines, 0, 0)))
		goto done;
	*drawn = n;
done:
	free(v);
	return rc;
}

/* People and organisations; one edge per person, organisation and
 * current/former, labelled with the roles (a role with its interim form
 * shows as the interim one).  Current roles black, former grey, interim
 * dashed. */
static int view_network(rs *s, size_t *drawn)
{
	member **v = NULL;
	size_t n = 0, i, j, edges = 0;
	int rc = 0, any_interim = 0;

	if ((rc = nkg_r_pick_members(s, &v, &n)))
		goto done;
	for (i = 0; i < n; i = j) {
		const member *m = v[i];
		ent *p = &s->ents[m->person], *o = &s->ents[m->org];
		Agnode_t *pn, *on;
		Agedge_t *ed;
		int all_interim = 1;
		const char *col = m->former ? GREY : "black";

		for (j = i; j < n && v[j]->person == m->person && v[j]->org == m->org &&
		     v[j]->former == m->former; j++)
			;
		s->lbl.len = 0;
		if ((rc = roles_text(s, v, i, j, &s->lbl)))
			goto done;
		for (size_t k = i; k < j; k++) {
			int has_interim = 0;
			/* Kept roles: those roles_text did not fold into an interim one. */
			for (size_t l = i; l < j && v[k]->role; l++)
				has_interim |= v[l]->role && strncmp(v[l]->role, "interim_", 8) == 0 &&
					       strcmp(v[l]->role + 8, v[k]->role) == 0;
			if (!has_interim)
				all_interim &= v[k]->interim;
		}
		any_interim |= all_interim;
		if (!(pn = agnode(s->ag, p->node, 0)) && !(pn = ent_node(s, NULL, p))) {
			rc = failed(s);
			goto done;
		}
		if (!(on = agnode(s->ag, o->node, 0)) && !(on = ent_node(s, NULL, o))) {
			rc = failed(s);
			goto done;
		}
		if (!(ed = edge(s, NULL, pn, on))) {
			rc = failed(s);
			goto done;
		}
		if ((rc = set_all(s, ed, "label", s->lbl.data, "color", col,
				  "fontcolor", col, NULL)) ||
		    (all_interim && (rc = set(s, ed, "style", "dashed"))) ||
		    (rc = set_evidence(s, ed, &m->ev, 1)))
			goto done;
		edges++;
	}
	if (edges && (rc = legend(s, 0, any_interim, 0, 1)))
		goto done;
	*drawn = edges;
done:
	free(v);
	return rc;
}

/* ---- Graphviz errors ----------------------------------------------------- */

/* Graphviz reports through agerr(); with a user function installed it
 * calls it with the "Error: "/"Warning: " prefix and the message as
 * separate pieces.  They are collected here and copied into the failing
 * call's nkg_error. */
static char gv_msg[NKG_ERRMSG_MAX];

static int gv_errf(char *msg)
{
	size_t n = strlen(gv_msg);
	/* The level prefix alone: the failing call says it is an error. */
	if (strcmp(msg, "Error: ") == 0 || strcmp(msg, "Warning: ") == 0)
		return 0;
	if (n + 1 < sizeof gv_msg)
		snprintf(gv_msg + n, sizeof gv_msg - n, "%s", msg);
	return 0;
}

/* The collected messages on one line. */
static const char *gv_text(void)
{
	size_t n = strlen(gv_msg);
	for (char *p = gv_msg; *p; p++)
		if (*p == '\n')
			*p = ' ';
	while (n > 0 && gv_msg[n - 1] == ' ')
		gv_msg[--n] = '\0';
	return gv_msg[0] ? gv_msg : "no message";
}

static const char *plugin_for(const char *format)
{
	if (strcmp(format, "png") == 0 || strcmp(format, "pdf") == 0)
		return "the cairo renderer plugin (libgvplugin_pango.so.6, from Debian's libgvc6)";
	return "the core renderer plugin (libgvplugin_core.so.6, from Debian's libgvc6)";
}

/* Text for an HTML-like label: the markup characters as entities. */
static int html_text(nkg_buf *b, const char *t)
{
	for (; *t; t++) {
		int r = *t == '&' ? nkg_buf_puts(b, "&amp;") :
			*t == '<' ? nkg_buf_puts(b, "&lt;") :
			*t == '>' ? nkg_buf_puts(b, "&gt;") :
			*t == '"' ? nkg_buf_puts(b, "&quot;") :
			nkg_buf_append(b, t, 1);
		if (r)
			return NKG_ENOMEM;
	}
	return 0;
}

/* The graph's caption: the title in large type, then "5 articles, published
 * 2023-11-20 to 2023-11-22" (an HTML-like label). */
static int caption(rs *s, const char *title)
{
	const pairs *pub = &s->p[P_ART_PUB];
	size_t n = s->arts.n;
	const char *lo = NULL, *hi = NULL;
	nkg_buf *b = &s->lbl;

	for (size_t i = 0; i < pub->n; i++) {
		if (!lo || strcmp(pub->a[i].v, lo) < 0)
			lo = pub->a[i].v;
		if (!hi || strcmp(pub->a[i].v, hi) > 0)
			hi = pub->a[i].v;
	}
	b->len = 0;
	/* No <B>: bold text goes through pango_parse_markup in Graphviz's
	 * pango plugin, which leaks on every label (Debian's 2.42). */
	if (nkg_buf_printf(b, "<FONT POINT-SIZE=\"18\">%s</FONT><BR ALIGN=\"LEFT\"/>"
			   "<FONT POINT-SIZE=\"11\" "
			   "COLOR=\"" GREY_TEXT "\">%zu article%s", title, n, n == 1 ? "" : "s") ||
	    (lo && (nkg_buf_puts(b, ", published ") || html_text(b, lo))) ||
	    (lo && strcmp(lo, hi) != 0 && (nkg_buf_puts(b, " to ") || html_text(b, hi))) ||
	    nkg_buf_puts(b, "</FONT><BR ALIGN=\"LEFT\"/>"))
		return nkg_r_oom(s);
	return set_html(s, s->ag, b->data);
}

/* ---- entry points -------------------------------------------------------- */

/* One Graphviz context for the whole process, made on first use and never
 * freed (it stays reachable, so LeakSanitizer does not count it).  Debian's
 * Graphviz 2.42 pango plugin keeps a static pointer to the last font name,
 * and that string belongs to the context's font dictionary: after
 * gvFreeContext the next layout in a new context reads freed memory.  A
 * context is meant to serve many graphs, so reusing it is safe. */
static GVC_t *gv_ctx;

int nkg_r_check_opts(const nkg_render_opts *opts, nkg_error *err)
{
	if (opts->view != NKG_VIEW_MOVES && opts->view != NKG_VIEW_TIMELINE &&
	    opts->view != NKG_VIEW_NETWORK)
		return nkg_error_set(err, NKG_EUSAGE, "render: unknown view %d", (int)opts->view);
	if ((opts->from && !nkg_date_iso_shape(opts->from)) || (opts->to && !nkg_date_iso_shape(opts->to)))
		return nkg_error_set(err, NKG_EUSAGE,
				     "render: '%s' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
				     opts->from && !nkg_date_iso_shape(opts->from) ? opts->from : opts->to);
	return 0;
}

int nkg_render(nkg_graph *g, const nkg_render_opts *opts,
	       nkg_render_note_fn note, void *note_ctx,
	       char **out, size_t *out_len, nkg_error *err)
{
	static const char *const formats[] = { "dot", "svg", "png", "pdf", NULL };
	static const char *const titles[] = {
		"Who moved where", "Timeline of the moves", "Who holds which role"
	};
	static Agdisc_t disc;       /* cgraph keeps a pointer: static */
	rs st = {0}, *s = &st;
	GVC_t *gvc = NULL;          /* borrowed: the process-wide gv_ctx */
	char *data = NULL;          /* owned by Graphviz: gvFreeRenderData */
	unsigned int len = 0;
	agusererrf old_errf = NULL;
	int rc = 0, laid_out = 0, errf_set = 0, known = 0;
	size_t drawn = 0;
	const char *format, *view;

	*out = NULL;
	*out_len = 0;
	if (!g || !opts)
		return nkg_error_set(err, NKG_EUSAGE, "render: no graph or options");
	format = opts->format ? opts->format : "dot";
	for (size_t i = 0; formats[i]; i++)
		known |= strcmp(format, formats[i]) == 0;
	if (!known)
		return nkg_error_set(err, NKG_EUSAGE,
				     "render: unknown format '%s' (dot, svg, png, pdf)", format);
	if ((rc = nkg_r_check_opts(opts, err)))
		return rc;
	view = opts->view == NKG_VIEW_TIMELINE ? "timeline" :
	       opts->view == NKG_VIEW_NETWORK ? "network" : "moves";

	s->svg = strcmp(format, "svg") == 0;
	if ((rc = nkg_r_prepare(s, g, opts, note, note_ctx, err)))
		goto done;

	/* From here on Graphviz reports through gv_errf, never on stderr. */
	gv_msg[0] = '\0';
	old_errf = agseterrf(gv_errf);
	errf_set = 1;
	agreseterrors();
	/* gvContext reads the plugin list (config6a) and loads plugins on
	 * demand; it also sets the prototype node label to \N for agopen. */
	if (!gv_ctx)
		gv_ctx = gvContext();
	if (!(gvc = gv_ctx)) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot create a Graphviz context: %s",
				   gv_text());
		goto done;
	}
	disc.mem = &AgMemDisc;
	disc.id = &id_disc;
	disc.io = &AgIoDisc;
	if (!(s->ag = agopen((char *)view, Agdirected, &disc))) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot create a graph: %s", gv_text());
		goto done;
	}
	if (!agattr(s->ag, AGRAPH, "fontname", FONT) ||
	    !agattr(s->ag, AGRAPH, "rankdir", "LR") ||
	    !agattr(s->ag, AGRAPH, "labelloc", "t") ||
	    !agattr(s->ag, AGRAPH, "labeljust", "l") ||
	    !agattr(s->ag, AGRAPH, "fontsize", "16") ||
	    !agattr(s->ag, AGRAPH, "nodesep", "0.2") ||
	    !agattr(s->ag, AGRAPH, "ranksep", "0.35") ||
	    !agattr(s->ag, AGNODE, "fontname", FONT) ||
	    !agattr(s->ag, AGNODE, "fontsize", "13") ||
	    !agattr(s->ag, AGNODE, "shape", "box") ||
	    !agattr(s->ag, AGNODE, "style", "rounded,filled") ||
	    !agattr(s->ag, AGNODE, "fillcolor", "white") ||
	    !agattr(s->ag, AGEDGE, "fontname", FONT) ||
	    !agattr(s->ag, AGEDGE, "fontsize", "10")) {
		rc = nkg_error_set(err, NKG_ERENDER, "render: cannot set graph attributes");
		goto done;
	}
	if ((rc = caption(s, titles[opts->view])))
		goto done;
	rc = opts->view == NKG_VIEW_TIMELINE ? view_timeline(s, &drawn) :
	     opts->view == NKG_VIEW_NETWORK ? view_network(s, &drawn) :
	     view_moves(s, &drawn);
	if (rc)
		goto done;
	if (drawn == 0 && note)
		note(note_ctx, "nothing to draw: no event or role matches the filters");

	if (gvLayout(gvc, s->ag, "dot") != 0 || agerrors() > AGWARN) {
		rc = nkg_error_set(err, NKG_ERENDER,
				   "render: Graphviz dot layout failed (is the dot_layout "
				   "plugin libgvplugin_dot_layout.so.6 installed?): %s", gv_text());
		goto done;
	}
	laid_out = 1;
	if (gvRenderData(gvc, s->ag, format, &data, &len) != 0 || agerrors() > AGWARN) {
		if (strstr(gv_msg, "unavailable") || strstr(gv_msg, "not recognized"))
			rc = nkg_error_set(err, NKG_ERENDER,
					   "render: Graphviz cannot write %s: %s is missing "
					   "(graphviz said: %s)", format, plugin_for(format), gv_text());
		else
			rc = nkg_error_set(err, NKG_ERENDER, "render: Graphviz failed writing %s: %s",
					   format, gv_text());
		goto done;
	}
	/* Copy into malloc'd memory: gvRenderData's buffer must go back
	 * through gvFreeRenderData, ours through free(). */
	if (!(*out = malloc((size_t)len + 1))) {
		rc = nkg_r_oom(s);
		goto done;
	}
	memcpy(*out, data, len);
	(*out)[len] = '\0';
	*out_len = len;
done:
	if (data)
		gvFreeRenderData(data);
	if (laid_out)
		gvFreeLayout(gvc, s->ag);
	if (s->ag)
		agclose(s->ag);
	if (errf_set)
		agseterrf(old_errf);
	nkg_r_rs_free(s);
	return rc;
}

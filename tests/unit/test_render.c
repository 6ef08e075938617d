/* Unit tests for render.c: a small knowledge base (two people, three
 * organizations, several kinds of events including an interim appointment,
 * an undated move and a threat), rendered and read back with cgraph. */
#include "newskg/render.h"
#include "newskg/graph.h"
#include "newskg/kb.h"
#include "nkg_test.h"

#include <graphviz/cgraph.h>
#include <stdlib.h>
#include <string.h>

static const char body1[] =
	"OpenAI's board fired Sam Altman & said he was \"not candid\". "
	"Altman joined Microsoft on Monday. "
	"Samuel H. Altman returned to OpenAI as chief executive. "
	"Élodie Durand was named interim CEO of OpenAI. "
	"Durand threatened to resign from OpenAI.";
static const char body2[] =
	"Élodie Durand founded Acme & Co in 2020. "
	"She later joined Microsoft.";

static nkg_article *article(const char *id, const char *date, const char *url,
			    const char *body)
{
	nkg_article *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	a->id = nkg_strdup(id);
	a->date = nkg_strdup(date);
	a->lang = nkg_strdup("en");
	a->url = nkg_strdup(url);
	a->title = nkg_strdup(id);
	a->source = nkg_strdup(id);
	a->body = nkg_strdup(body);
	a->body_len = strlen(body);
	return a;
}

/* The evidence for a sentence is the sentence that contains needle. */
static void evidence(nkg_evidence *ev, const char *body, const char *needle)
{
	const char *p = strstr(body, needle), *s = p, *e;
	if (!p) {
		memset(ev, 0, sizeof *ev);
		return;
	}
	while (s > body && !(s - body >= 2 && s[-1] == ' ' && s[-2] == '.'))
		s--;
	e = strchr(p, '.');
	e = e ? e + 1 : body + strlen(body);
	nkg_evidence_make(ev, body, strlen(body), (size_t)(s - body), (size_t)(e - body));
}

static void add_event(nkg_kb *kb, size_t art, size_t person, size_t org,
		      nkg_evkind kind, const char *role, const char *date,
		      nkg_modality mod, const char *needle)
{
	nkg_event e = {0};
	const char *body = kb->articles[art].article->body;
	e.article = art;
	e.person = person;
	e.org = org;
	e.kind = kind;
	e.role = role;
	e.date = date ? nkg_strdup(date) : NULL;
	e.modality = mod;
	e.trigger = nkg_strdup("x");
	e.confidence = 0.9;
	evidence(&e.ev, body, needle);
	nkg_kb_add_event(kb, &e);
}

static void add_role(nkg_kb *kb, size_t art, size_t person, size_t org,
		     const char *role, const char *title, int former, int interim,
		     const char *needle)
{
	nkg_role r = {0};
	const char *body = kb->articles[art].article->body;
	r.article = art;
	r.person = person;
	r.org = org;
	r.role = role;
	r.title = nkg_strdup(title);
	r.former = former;
	r.interim = interim;
	r.confidence = 0.9;
	evidence(&r.ev, body, needle);
	nkg_kb_add_role(kb, &r);
}

static nkg_kb *make_kb(void)
{
	nkg_kb *kb = NULL;
	nkg_error err = {0};
	size_t a1, a2, sam, elo, oai, msft, acme;

	if (nkg_kb_new(&kb, &err))
		return NULL;
	nkg_kb_add_article(kb, article("a1", "2023-11-23", "https://example.com/a1?x=1&y=2",
				       body1), "en", &a1, &err);
	nkg_kb_add_article(kb, article("a2", "2023-12-01", NULL, body2), "en", &a2, &err);
	nkg_kb_entity(kb, NKG_PERSON, "Sam Altman", &sam, &err);
	nkg_kb_entity_alias(kb, sam, "Samuel H. Altman");
	nkg_kb_entity_alias(kb, sam, "Altman");
	nkg_kb_entity(kb, NKG_PERSON, "Élodie Durand", &elo, &err);
	nkg_kb_entity_alias(kb, elo, "Durand");
	nkg_kb_entity(kb, NKG_ORG, "OpenAI", &oai, &err);
	nkg_kb_entity(kb, NKG_ORG, "Microsoft", &msft, &err);
	nkg_kb_entity(kb, NKG_ORG, "Acme & Co", &acme, &err);

	/* Inserted out of order: the renderer sorts. */
	add_event(kb, a1, sam, oai, NKG_EV_RETURNED, "ceo", "2023-11-22",
		  NKG_MOD_ASSERTED, "returned to OpenAI");
	add_event(kb, a1, sam, oai, NKG_EV_DISMISSED, "ceo", "2023-11-17",
		  NKG_MOD_ASSERTED, "fired Sam Altman");
	add_event(kb, a1, sam, msft, NKG_EV_JOINED, NULL, "2023-11-20",
		  NKG_MOD_ASSERTED, "joined Microsoft on Monday");
	add_event(kb, a2, elo, msft, NKG_EV_JOINED, NULL, NULL,
		  NKG_MOD_ASSERTED, "later joined Microsoft");
	add_event(kb, a1, elo, oai, NKG_EV_APPOINTED, "interim_ceo", "2023-11-17",
		  NKG_MOD_ASSERTED, "named interim CEO");
	add_event(kb, a2, elo, acme, NKG_EV_FOUNDED, "founder", "2020",
		  NKG_MOD_ASSERTED, "founded Acme");
	add_event(kb, a1, elo, oai, NKG_EV_LEFT, NULL, "2023-11-19",
		  NKG_MOD_THREAT, "threatened to resign");

	add_role(kb, a1, sam, oai, "ceo", "chief executive", 0, 0, "returned to OpenAI");
	add_role(kb, a1, sam, oai, "board_member", "board member", 1, 0, "fired Sam Altman");
	add_role(kb, a1, elo, oai, "interim_ceo", "interim CEO", 1, 1, "named interim CEO");
	return kb;
}

typedef struct notes {
	char text[1024];
	int n;
} notes;

static void on_note(void *ctx, const char *msg)
{
	notes *nt = ctx;
	size_t l = strlen(nt->text);
	snprintf(nt->text + l, sizeof nt->text - l, "%s%s", l ? "\n" : "", msg);
	nt->n++;
}

static char *render(nkg_graph *g, const nkg_render_opts *o, notes *nt,
		    size_t *len, int *rc)
{
	char *out = NULL;
	size_t n = 0;
	nkg_error err = {0};

	*rc = nkg_render(g, o, on_note, nt, &out, &n, &err);
	if (*rc)
		fprintf(stderr, "render: %d %s\n", *rc, err.msg);
	if (len)
		*len = n;
	return out;
}

/* Renders DOT and parses it back. */
static Agraph_t *render_dot(nkg_graph *g, const nkg_render_opts *o, notes *nt)
{
	int rc;
	char *dot = render(g, o, nt, NULL, &rc);
	Agraph_t *G = dot ? agmemread(dot) : NULL;
	free(dot);
	return G;
}

static Agnode_t *N(Agraph_t *G, const char *name)
{
	return G ? agnode(G, (char *)name, 0) : NULL;
}

static size_t count_edges(Agraph_t *G, const char *t, const char *h)
{
	Agnode_t *a = N(G, t), *b = N(G, h);
	size_t n = 0;
	if (!a || !b)
		return 0;
	for (Agedge_t *e = agfstout(G, a); e; e = agnxtout(G, e))
		if (aghead(e) == b)
			n++;
	return n;
}

static const char *edge_attr(Agraph_t *G, const char *t, const char *h,
			     const char *attr)
{
	Agnode_t *a = N(G, t), *b = N(G, h);
	Agedge_t *e = a && b ? agedge(G, a, b, NULL, 0) : NULL;
	return e ? agget(e, (char *)attr) : NULL;
}

/* The edge t -> h whose label is label, or NULL. */
static Agedge_t *labelled(Agraph_t *G, const char *t, const char *h,
			  const char *label)
{
	Agnode_t *a = N(G, t), *b = N(G, h);
	if (!a || !b)
		return NULL;
	for (Agedge_t *e = agfstout(G, a); e; e = agnxtout(G, e))
		if (aghead(e) == b && strcmp(agget(e, "label"), label) == 0)
			return e;
	return NULL;
}

static void test_moves(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	Agraph_t *G;
	const char *s;

	o.format = "dot";
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (!G)
		return;
	CHECK(N(G, "sam-altman") != NULL);
	CHECK(N(G, "elodie-durand") != NULL);
	CHECK(N(G, "openai") != NULL);
	CHECK(N(G, "microsoft") != NULL);
	CHECK(N(G, "acme-co") != NULL);
	CHECK_STR(agget(N(G, "elodie-durand"), "label"), "Élodie Durand");
	CHECK_STR(agget(N(G, "openai"), "shape"), "box");
	CHECK_STR(agget(N(G, "sam-altman"), "shape"), "ellipse");
	CHECK_STR(agget(G, "rankdir"), "LR");
	CHECK_STR(agget(G, "fontname"), "DejaVu Sans");

	/* Altman: dismissed (OpenAI) -> joined (Microsoft) -> returned (OpenAI). */
	CHECK(count_edges(G, "sam-altman", "openai") == 1);
	CHECK_STR(edge_attr(G, "sam-altman", "openai", "label"),
		  "dismissed · CEO · 2023-11-17");
	CHECK_STR(edge_attr(G, "sam-altman", "openai", "color"), "#c62828");
	CHECK_STR(edge_attr(G, "sam-altman", "openai", "URL"),
		  "https://example.com/a1?x=1&y=2");
	s = edge_attr(G, "sam-altman", "openai", "tooltip");
	CHECK(s && strcmp(s, "OpenAI's board fired Sam Altman & said he was \"not candid\".") == 0);
	CHECK_STR(edge_attr(G, "microsoft", "openai", "label"),
		  "returned · CEO · 2023-11-22");
	/* Durand: founded Acme (2020) -> interim at OpenAI -> undated last. */
	CHECK(count_edges(G, "elodie-durand", "acme-co") == 1);
	CHECK(count_edges(G, "elodie-durand", "microsoft") == 0);
	CHECK_STR(edge_attr(G, "acme-co", "openai", "style"), "dashed");
	CHECK_STR(edge_attr(G, "acme-co", "openai", "label"),
		  "appointed · interim CEO · 2023-11-17");
	s = edge_attr(G, "elodie-durand", "acme-co", "URL");
	CHECK(s == NULL || *s == '\0'); /* a2 has no URL */
	/* Both lanes go OpenAI -> Microsoft (Altman's join, Durand's). */
	CHECK(count_edges(G, "openai", "microsoft") == 2);
	/* The threat to resign is not drawn. */
	CHECK(count_edges(G, "openai", "openai") == 0);
	/* Legend. */
	CHECK(agsubg(G, "cluster_legend", 0) != NULL);
	CHECK(N(G, "legend/dismissed") != NULL);
	CHECK_STR(agget(N(G, "legend/returned"), "fillcolor"), "#6a1b9a");
	CHECK(nt.n == 0);
	agclose(G);

	/* With the unasserted events: a dotted self-loop. */
	o.include_unasserted = 1;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (!G)
		return;
	CHECK(count_edges(G, "openai", "openai") == 1);
	CHECK_STR(edge_attr(G, "openai", "openai", "style"), "dotted");
	CHECK_STR(edge_attr(G, "openai", "openai", "label"),
		  "left · 2023-11-19 (threat)");
	agclose(G);
}

static void test_filters(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	const char *alias[] = { "samuel h. ALTMAN", NULL };
	const char *accent[] = { "elodie durand", NULL };
	const char *orgs[] = { "acme & co", NULL };
	Agraph_t *G;

	o.format = "dot";
	o.persons = alias;
	G = render_dot(g, &o, &nt);
	CHECK(G && N(G, "sam-altman") && !N(G, "elodie-durand") && !N(G, "acme-co"));
	if (G)
		agclose(G);

	o.persons = accent;
	G = render_dot(g, &o, &nt);
	CHECK(G && !N(G, "sam-altman") && N(G, "elodie-durand"));
	if (G)
		agclose(G);

	o.persons = NULL;
	o.orgs = orgs;
	G = render_dot(g, &o, &nt);
	CHECK(G && !N(G, "sam-altman") && N(G, "elodie-durand") && N(G, "acme-co") &&
	      !N(G, "openai"));
	if (G)
		agclose(G);
	o.orgs = NULL;

	/* --events joined,returned */
	o.events_mask = (1u << NKG_EV_JOINED) | (1u << NKG_EV_RETURNED);
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		CHECK(count_edges(G, "sam-altman", "microsoft") == 1);
		CHECK(count_edges(G, "microsoft", "openai") == 1);
		CHECK(count_edges(G, "elodie-durand", "microsoft") == 1);
		CHECK(!N(G, "acme-co"));
		CHECK(!N(G, "legend/dismissed") && N(G, "legend/joined"));
		agclose(G);
	}
	o.events_mask = 0;

	/* --from/--to: undated and out-of-range events go. */
	o.from = "2023-11-18";
	o.to = "2023-11";
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		CHECK(count_edges(G, "sam-altman", "microsoft") == 1);
		CHECK(count_edges(G, "microsoft", "openai") == 1);
		CHECK(!N(G, "elodie-durand"));
		CHECK(!N(G, "acme-co"));
		agclose(G);
	}
	o.from = o.to = NULL;

	/* max_people 1 keeps Altman (3 events + 2 roles against 3 + 1). */
	o.max_people = 1;
	nt.text[0] = '\0';
	nt.n = 0;
	G = render_dot(g, &o, &nt);
	CHECK(G && N(G, "sam-altman") && !N(G, "elodie-durand"));
	if (G)
		agclose(G);
	CHECK(nt.n == 1);
	CHECK_STR(nt.text, "dropped 1 person: Élodie Durand");
	o.max_people = 0;

	/* Nothing matches: an empty drawing and a note. */
	{
		const char *nobody[] = { "Nobody", NULL };
		nt.text[0] = '\0';
		nt.n = 0;
		o.persons = nobody;
		G = render_dot(g, &o, &nt);
		CHECK(G && !N(G, "sam-altman") && !N(G, "openai"));
		if (G)
			agclose(G);
		CHECK(nt.n == 2);
		CHECK(strstr(nt.text, "no person matches \"Nobody\"") != NULL);
		CHECK(strstr(nt.text, "nothing to draw") != NULL);
		o.persons = NULL;
	}
}

static void test_views(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	Agraph_t *G;
	Agnode_t *n;
	int found = 0;

	o.format = "dot";
	o.view = NKG_VIEW_TIMELINE;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		CHECK(count_edges(G, "date/2020", "date/2023-11-17") == 1);
		CHECK(count_edges(G, "date/2023-11-17", "date/2023-11-20") == 1);
		CHECK(count_edges(G, "date/2023-11-22", "date/undated") == 1);
		CHECK(!N(G, "date/2023-11-19")); /* only the threat is dated so */
		{
			Agraph_t *sub;
			int axis = 0;
			for (sub = agfstsubg(G); sub; sub = agnxtsubg(sub))
				if (strcmp(agget(sub, "rank"), "same") == 0 &&
				    agsubnode(sub, N(G, "date/2020"), 0))
					axis = 1;
			CHECK(axis);
		}
		/* 2023-11-17: Durand's appointment, then Altman's dismissal
		 * below it (people sorted by folded name). */
		{
			Agnode_t *d = N(G, "date/2023-11-17"), *elo = NULL, *sam = NULL;
			for (n = agfstnode(G); n; n = agnxtnode(G, n)) {
				const char *l = agget(n, "label");
				if (l && strcmp(l, "Sam Altman: dismissed OpenAI (CEO)") == 0)
					sam = n;
				if (l && strcmp(l, "Élodie Durand: appointed OpenAI (interim CEO)") == 0)
					elo = n;
			}
			found = d && elo && sam && agedge(G, d, elo, NULL, 0) &&
				agedge(G, elo, sam, NULL, 0);
		}
		CHECK(found);
		agclose(G);
	}

	o.view = NKG_VIEW_NETWORK;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		Agedge_t *ceo = labelled(G, "sam-altman", "openai", "chief executive");
		Agedge_t *board = labelled(G, "sam-altman", "openai", "board member");
		CHECK(count_edges(G, "sam-altman", "openai") == 2);
		CHECK(ceo && strcmp(agget(ceo, "color"), "black") == 0);
		CHECK(board && strcmp(agget(board, "color"), "grey55") == 0);
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "label"), "interim CEO");
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "color"), "grey55");
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "style"), "dashed");
		CHECK(count_edges(G, "elodie-durand", "acme-co") == 0);
		CHECK(count_edges(G, "sam-altman", "microsoft") == 0);
		agclose(G);
	}
}

/* Every '&' in the SVG starts a well-formed entity reference. */
static int amps_ok(const char *svg)
{
	static const char *const ent[] = { "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", NULL };
	for (const char *p = strchr(svg, '&'); p; p = strchr(p + 1, '&')) {
		int ok = 0;
		for (int i = 0; ent[i] && !ok; i++)
			ok = strncmp(p, ent[i], strlen(ent[i])) == 0;
		if (!ok && p[1] == '#') {
			size_t n = strspn(p + 2, "0123456789");
			ok = n > 0 && p[2 + n] == ';';
		}
		if (!ok)
			return 0;
	}
	return 1;
}

static void test_formats(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	char *a, *b;
	size_t la = 0, lb = 0;
	int rc;

	o.format = "svg";
	a = render(g, &o, &nt, &la, &rc);
	CHECK(rc == 0 && a);
	if (a) {
		CHECK(strncmp(a, "<?xml", 5) == 0);
		CHECK(strstr(a, "</svg>") != NULL);
		CHECK(strstr(a, "OpenAI&#39;s board fired Sam Altman &amp; said he was "
			      "&quot;not candid&quot;.") != NULL);
		CHECK(strstr(a, "https://example.com/a1?x=1&amp;y=2") != NULL);
		CHECK(strstr(a, "Élodie Durand") != NULL);
		CHECK(amps_ok(a));
	}
	free(a);

	o.format = "png";
	a = render(g, &o, &nt, &la, &rc);
	CHECK(rc == 0 && a && la > 8 && memcmp(a, "\x89PNG\r\n\x1a\n", 8) == 0);
	free(a);

	o.format = "pdf";
	a = render(g, &o, &nt, &la, &rc);
	CHECK(rc == 0 && a && la > 5 && memcmp(a, "%PDF-", 5) == 0);
	free(a);

	/* Determinism: same graph, same options, same bytes. */
	for (int v = NKG_VIEW_MOVES; v <= NKG_VIEW_NETWORK; v++) {
		const char *fmts[] = { "dot", "svg" };
		for (int f = 0; f < 2; f++) {
			o.view = (nkg_view)v;
			o.format = fmts[f];
			o.include_unasserted = 1;
			a = render(g, &o, &nt, &la, &rc);
			b = render(g, &o, &nt, &lb, &rc);
			CHECK(a && b && la == lb && memcmp(a, b, la) == 0);
			free(a);
			free(b);
		}
	}

	/* Bad options. */
	{
		nkg_error err = {0};
		char *out = NULL;
		size_t n = 0;
		nkg_render_opts bad = {0};
		bad.format = "gif";
		CHECK(nkg_render(g, &bad, NULL, NULL, &out, &n, &err) == NKG_EUSAGE);
		CHECK(strstr(err.msg, "gif") != NULL);
		CHECK(out == NULL);
		bad.format = "svg";
		bad.from = "17/11/2023";
		CHECK(nkg_render(g, &bad, NULL, NULL, &out, &n, &err) == NKG_EUSAGE);
		CHECK(out == NULL);
	}
}

int main(void)
{
	nkg_kb *kb = make_kb();
	nkg_graph *g = NULL;
	nkg_error err = {0};

	CHECK(kb != NULL);
	CHECK(nkg_graph_new(&g, &err) == 0);
	if (kb && g) {
		int rc = nkg_graph_add_kb(g, kb, &err);
		CHECK(rc == 0);
		if (rc)
			fprintf(stderr, "graph: %s\n", err.msg);
		test_moves(g);
		test_filters(g);
		test_views(g);
		test_formats(g);
	}
	nkg_graph_free(g);
	nkg_kb_free(kb);
	return TEST_DONE();
}

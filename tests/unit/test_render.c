/* Unit tests for render.c: a small knowledge base (three people, four
 * organizations, several kinds of events told more than once, an interim
 * appointment, an undated move, a former role elsewhere, a threat, a
 * negated telling), rendered and read back with cgraph, and summarised;
 * the HTML report, on it and on a knowledge base full of markup. */
#include "newskg/render.h"
#include "newskg/report.h"
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
	"She later joined Microsoft. "
	"Altman was fired by OpenAI on Friday. "
	"Altman joined Microsoft as head of research on Tuesday. "
	"Altman returned in November. "
	"OpenAI did not fire Altman again on the 30th. "
	"Durand was once CEO of Initech. "
	"Bob Roe is CTO of Acme & Co.";

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
	size_t a1, a2, sam, elo, bob, oai, msft, acme, initech;

	if (nkg_kb_new(&kb, &err))
		return NULL;
	nkg_kb_add_article(kb, article("a1", "2023-11-23", "https://example.com/a1?x=1&y=2",
				       body1), "en", &a1, &err);
	/* A URL that must never become a link. */
	nkg_kb_add_article(kb, article("a2", "2023-12-01", "javascript:alert(1)", body2),
			   "en", &a2, &err);
	nkg_kb_entity(kb, NKG_PERSON, "Sam Altman", &sam, &err);
	nkg_kb_entity_alias(kb, sam, "Samuel H. Altman");
	nkg_kb_entity_alias(kb, sam, "Altman");
	nkg_kb_entity(kb, NKG_PERSON, "Élodie Durand", &elo, &err);
	nkg_kb_entity_alias(kb, elo, "Durand");
	nkg_kb_entity(kb, NKG_PERSON, "Bob Roe", &bob, &err);
	nkg_kb_entity(kb, NKG_ORG, "OpenAI", &oai, &err);
	nkg_kb_entity(kb, NKG_ORG, "Microsoft", &msft, &err);
	nkg_kb_entity(kb, NKG_ORG, "Acme & Co", &acme, &err);
	nkg_kb_entity(kb, NKG_ORG, "Initech", &initech, &err);

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
	/* Second tellings: the same dismissal and date (no role); the same
	 * join on another day (a tie: the earliest date wins) with a role; the
	 * return at month precision (it supports 2023-11-22); a negated
	 * dismissal, which must not count. */
	add_event(kb, a2, sam, oai, NKG_EV_DISMISSED, NULL, "2023-11-17",
		  NKG_MOD_ASSERTED, "fired by OpenAI on Friday");
	add_event(kb, a2, sam, msft, NKG_EV_JOINED, "head", "2023-11-21",
		  NKG_MOD_ASSERTED, "head of research");
	add_event(kb, a2, sam, oai, NKG_EV_RETURNED, NULL, "2023-11",
		  NKG_MOD_ASSERTED, "returned in November");
	add_event(kb, a2, sam, oai, NKG_EV_DISMISSED, NULL, "2023-11-30",
		  NKG_MOD_NEGATED, "did not fire Altman again");

	add_role(kb, a1, sam, oai, "ceo", "chief executive", 0, 0, "returned to OpenAI");
	add_role(kb, a1, sam, oai, "board_member", "board member", 1, 0, "fired Sam Altman");
	add_role(kb, a1, elo, oai, "interim_ceo", "interim CEO", 1, 1, "named interim CEO");
	add_role(kb, a2, elo, initech, "ceo", "CEO", 1, 0, "once CEO of Initech");
	add_role(kb, a2, bob, acme, "cto", "CTO", 0, 0, "Bob Roe is CTO");
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

/* Follows a lane from its person: the labels of the nodes after it,
 * '|'-separated, into nodes, and of the edges into edges (either may be
 * NULL).  Returns the number of steps. */
static int chain(Agraph_t *G, const char *start, char *nodes, char *edges, size_t cap)
{
	Agnode_t *n = N(G, start);
	int k = 0;
	if (nodes)
		nodes[0] = '\0';
	if (edges)
		edges[0] = '\0';
	while (n && k < 20) {
		Agedge_t *e = agfstout(G, n);
		if (!e)
			break;
		CHECK(agnxtout(G, e) == NULL); /* a lane is a chain */
		n = aghead(e);
		if (nodes)
			snprintf(nodes + strlen(nodes), cap - strlen(nodes), "%s%s",
				 k ? "|" : "", agget(n, "label"));
		if (edges)
			snprintf(edges + strlen(edges), cap - strlen(edges), "%s%s",
				 k ? "|" : "", agget(e, "label"));
		k++;
	}
	return k;
}

static double pos(Agraph_t *G, const char *name, int y)
{
	Agnode_t *n = N(G, name);
	const char *p = n ? agget(n, "pos") : NULL;
	double a = 0, b = 0;
	if (p)
		sscanf(p, "%lf,%lf", &a, &b);
	return y ? b : a;
}

static int self_loops(Agraph_t *G)
{
	int k = 0;
	for (Agnode_t *n = agfstnode(G); n; n = agnxtnode(G, n))
		for (Agedge_t *e = agfstout(G, n); e; e = agnxtout(G, e))
			k += aghead(e) == n;
	return k;
}

#define LEGEND "newskg:legend"
#define SAM_D "move/sam-altman/dismissed/openai"
#define SAM_J "move/sam-altman/joined/microsoft"
#define SAM_R "move/sam-altman/returned/openai"
#define ELO_F "move/elodie-durand/founded/acme-co"
#define ELO_A "move/elodie-durand/appointed/openai"
#define ELO_J "move/elodie-durand/joined/microsoft"
#define ELO_L "move/elodie-durand/left/openai"
#define ELO_X "former/elodie-durand/initech"

static void test_moves(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	Agraph_t *G;
	const char *s;
	char nodes[512], edges[512];

	o.format = "dot";
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (!G)
		return;
	CHECK(N(G, "sam-altman") != NULL);
	CHECK(N(G, "elodie-durand") != NULL);
	CHECK(N(G, "bob-roe") == NULL); /* roles only: no lane */
	/* Organisations are boxes of moves, never shared between lanes. */
	CHECK(N(G, "openai") == NULL && N(G, "microsoft") == NULL);
	CHECK_STR(agget(N(G, "elodie-durand"), "label"), "Élodie Durand");
	CHECK_STR(agget(N(G, SAM_D), "label"), "OpenAI");
	CHECK_STR(agget(N(G, SAM_D), "shape"), "box");
	CHECK_STR(agget(N(G, "sam-altman"), "shape"), "ellipse");
	CHECK_STR(agget(G, "rankdir"), "LR");
	CHECK_STR(agget(G, "fontname"), "DejaVu Sans");
	CHECK(self_loops(G) == 0);
	/* One cluster per person, holding the whole lane. */
	{
		Agraph_t *ls = agsubg(G, "cluster_lane/sam-altman", 0);
		Agraph_t *le = agsubg(G, "cluster_lane/elodie-durand", 0);
		CHECK(ls && agsubnode(ls, N(G, "sam-altman"), 0) && agsubnode(ls, N(G, SAM_R), 0));
		CHECK(le && agsubnode(le, N(G, ELO_X), 0) && !agsubnode(le, N(G, SAM_R), 0));
	}

	/* Altman: dismissed (OpenAI) -> joined (Microsoft) -> returned
	 * (OpenAI), each told twice and merged. */
	CHECK(chain(G, "sam-altman", nodes, edges, sizeof nodes) == 3);
	CHECK_STR(nodes, "OpenAI|Microsoft|OpenAI");
	/* The join: 2023-11-20 and 2023-11-21 once each, the earliest wins;
	 * the role from the telling that has one.  The return: "2023-11"
	 * counts for 2023-11-22.  The negated dismissal on the 30th: no. */
	CHECK_STR(edges, "dismissed · CEO · 2023-11-17|joined · head · 2023-11-20|"
		  "returned · CEO · 2023-11-22");
	CHECK_STR(edge_attr(G, "sam-altman", SAM_D, "color"), "#c62828");
	/* Evidence: the earliest article stating the chosen date. */
	CHECK_STR(edge_attr(G, "sam-altman", SAM_D, "URL"), "https://example.com/a1?x=1&y=2");
	s = edge_attr(G, "sam-altman", SAM_D, "tooltip");
	CHECK(s && strcmp(s, "OpenAI's board fired Sam Altman & said he was \"not candid\".") == 0);
	CHECK_STR(agget(N(G, SAM_D), "tooltip"), s ? s : "");

	/* Durand: a grey box for her former role elsewhere, then founded
	 * Acme (2020) -> interim at OpenAI (dashed) -> the undated move last
	 * (reported 2023-12-01, after 2023-11-17). */
	CHECK(chain(G, "elodie-durand", nodes, edges, sizeof nodes) == 4);
	CHECK_STR(nodes, "Initech\n(CEO, former)|Acme & Co|OpenAI|Microsoft");
	CHECK_STR(edges, "|founded · founder · 2020|appointed · interim CEO · 2023-11-17|joined");
	CHECK_STR(agget(N(G, ELO_X), "color"), "grey55");
	CHECK_STR(edge_attr(G, ELO_F, ELO_A, "style"), "dashed");
	s = edge_attr(G, ELO_A, ELO_J, "URL");
	CHECK(s == NULL || *s == '\0'); /* a2's URL is javascript: */
	/* The threat to resign is not drawn. */
	CHECK(N(G, ELO_L) == NULL);

	/* Lanes top to bottom by their first move: Durand (2020), Altman. */
	CHECK(pos(G, "elodie-durand", 1) > pos(G, "sam-altman", 1));
	CHECK(pos(G, "sam-altman", 0) < pos(G, SAM_D, 0) && pos(G, SAM_D, 0) < pos(G, SAM_J, 0) &&
	      pos(G, SAM_J, 0) < pos(G, SAM_R, 0));
	/* Legend: the kinds drawn, interim, former. */
	s = N(G, LEGEND) ? agget(N(G, LEGEND), "label") : NULL;
	CHECK(s && strstr(s, "dismissed") && strstr(s, "#6a1b9a") && strstr(s, "interim") &&
	      strstr(s, ">appointed<") && strstr(s, "former role") && !strstr(s, "not asserted"));
	CHECK(s && !strstr(s, ">left<"));
	CHECK(nt.n == 0);
	agclose(G);

	/* With the unasserted moves: the threat is a dotted step. */
	o.include_unasserted = 1;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (!G)
		return;
	CHECK(chain(G, "elodie-durand", nodes, edges, sizeof nodes) == 5);
	CHECK_STR(nodes, "Initech\n(CEO, former)|Acme & Co|OpenAI|OpenAI|Microsoft");
	CHECK_STR(edge_attr(G, ELO_A, ELO_L, "style"), "dotted");
	CHECK_STR(edge_attr(G, ELO_A, ELO_L, "label"), "left · 2023-11-19 (threat)");
	/* An asserted move ignores its unasserted tellings. */
	CHECK_STR(edge_attr(G, "sam-altman", SAM_D, "label"), "dismissed · CEO · 2023-11-17");
	CHECK(self_loops(G) == 0);
	s = N(G, LEGEND) ? agget(N(G, LEGEND), "label") : NULL;
	CHECK(s && strstr(s, "not asserted"));
	agclose(G);
}

static void test_filters(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	const char *alias[] = { "samuel h. ALTMAN", NULL };
	const char *accent[] = { "elodie durand", NULL };
	const char *orgs[] = { "acme & co", NULL };
	char nodes[512];
	Agraph_t *G;

	o.format = "dot";
	o.persons = alias;
	G = render_dot(g, &o, &nt);
	CHECK(G && N(G, "sam-altman") && !N(G, "elodie-durand") && !N(G, ELO_F));
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
	CHECK(G && !N(G, "sam-altman") && N(G, "elodie-durand") && N(G, ELO_F) &&
	      !N(G, ELO_A) && !N(G, ELO_X) && !N(G, "bob-roe"));
	if (G)
		agclose(G);
	o.orgs = NULL;

	/* --events joined,returned */
	o.events_mask = (1u << NKG_EV_JOINED) | (1u << NKG_EV_RETURNED);
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		const char *l;
		CHECK(chain(G, "sam-altman", nodes, NULL, sizeof nodes) == 2);
		CHECK_STR(nodes, "Microsoft|OpenAI");
		/* Without the appointment, her former role at OpenAI is a grey box. */
		CHECK(chain(G, "elodie-durand", nodes, NULL, sizeof nodes) == 3);
		CHECK_STR(nodes, "Initech\n(CEO, former)|OpenAI\n(interim CEO, former)|Microsoft");
		CHECK(!N(G, ELO_F));
		l = N(G, LEGEND) ? agget(N(G, LEGEND), "label") : "";
		CHECK(strstr(l, ">joined<") && !strstr(l, ">dismissed<"));
		agclose(G);
	}
	o.events_mask = 0;

	/* --from/--to on the merged dates: undated and out-of-range moves go. */
	o.from = "2023-11-18";
	o.to = "2023-11";
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		CHECK(chain(G, "sam-altman", nodes, NULL, sizeof nodes) == 2);
		CHECK_STR(nodes, "Microsoft|OpenAI");
		CHECK(!N(G, "elodie-durand"));
		agclose(G);
	}
	/* The join is drawn at 2023-11-20 (its merged date), so a range that
	 * only holds its other telling (2023-11-21) leaves it out. */
	o.from = o.to = "2023-11-21";
	G = render_dot(g, &o, &nt);
	CHECK(G && !N(G, SAM_J));
	if (G)
		agclose(G);
	o.from = o.to = NULL;

	/* max_people 1: 3 moves + 2 roles each, the tie goes by name. */
	o.max_people = 1;
	nt.text[0] = '\0';
	nt.n = 0;
	G = render_dot(g, &o, &nt);
	CHECK(G && !N(G, "sam-altman") && N(G, "elodie-durand"));
	if (G)
		agclose(G);
	CHECK(nt.n == 1);
	CHECK_STR(nt.text, "dropped 1 person: Sam Altman");
	o.max_people = 0;

	/* Nothing matches: an empty drawing and a note. */
	{
		const char *nobody[] = { "Nobody", NULL };
		nt.text[0] = '\0';
		nt.n = 0;
		o.persons = nobody;
		G = render_dot(g, &o, &nt);
		CHECK(G && !N(G, "sam-altman") && !N(G, LEGEND));
		if (G)
			agclose(G);
		CHECK(nt.n == 2);
		CHECK(strstr(nt.text, "no person matches \"Nobody\"") != NULL);
		CHECK(strstr(nt.text, "nothing to draw") != NULL);
		o.persons = NULL;
	}
}

/* The subgraph with rank=same that holds node name. */
static Agraph_t *rank_of(Agraph_t *G, const char *name)
{
	Agnode_t *n = N(G, name);
	for (Agraph_t *sub = agfstsubg(G); n && sub; sub = agnxtsubg(sub))
		if (strcmp(agget(sub, "rank"), "same") == 0 && agsubnode(sub, n, 0))
			return sub;
	return NULL;
}

static void test_views(nkg_graph *g)
{
	nkg_render_opts o = {0};
	notes nt = {{0}, 0};
	Agraph_t *G;

	o.format = "dot";
	o.view = NKG_VIEW_TIMELINE;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		Agraph_t *r17 = rank_of(G, "date/2023-11-17");
		CHECK_STR(agget(G, "rankdir"), "LR");
		/* The axis: one node per date, left to right; the undated move
		 * after the date of the article reporting it. */
		CHECK(count_edges(G, "date/2020", "date/2023-11-17") == 1);
		CHECK(count_edges(G, "date/2023-11-17", "date/2023-11-20") == 1);
		CHECK(count_edges(G, "date/2023-11-20", "date/2023-11-22") == 1);
		CHECK(count_edges(G, "date/2023-11-22", "date/by/2023-12-01") == 1);
		CHECK(!N(G, "date/2023-11-19")); /* only the threat is dated so */
		CHECK(!N(G, "date/2023-11-21")); /* merged into 2023-11-20 */
		CHECK(pos(G, "date/2020", 0) < pos(G, "date/2023-11-17", 0) &&
		      pos(G, "date/2023-11-17", 0) < pos(G, "date/by/2023-12-01", 0));
		CHECK_STR(agget(N(G, "date/by/2023-12-01"), "label"),
			  "undated,\nreported by\n2023-12-01");
		/* 2023-11-17: both moves in the date's rank, Durand (first lane)
		 * above Altman. */
		CHECK(r17 && r17 == rank_of(G, ELO_A) && r17 == rank_of(G, SAM_D));
		CHECK_STR(agget(N(G, SAM_D), "label"), "Sam Altman\ndismissed · CEO\nOpenAI");
		CHECK_STR(agget(N(G, ELO_A), "style"), "rounded,dashed");
		CHECK(pos(G, "date/2023-11-17", 1) > pos(G, ELO_A, 1) &&
		      pos(G, ELO_A, 1) > pos(G, SAM_D, 1));
		CHECK(rank_of(G, ELO_J) == rank_of(G, "date/by/2023-12-01"));
		CHECK(!N(G, ELO_L));
		agclose(G);
	}

	o.view = NKG_VIEW_NETWORK;
	G = render_dot(g, &o, &nt);
	CHECK(G != NULL);
	if (G) {
		Agedge_t *ceo = labelled(G, "sam-altman", "openai", "CEO");
		Agedge_t *board = labelled(G, "sam-altman", "openai", "board member");
		CHECK(count_edges(G, "sam-altman", "openai") == 2);
		CHECK(ceo && strcmp(agget(ceo, "color"), "black") == 0);
		CHECK(board && strcmp(agget(board, "color"), "grey55") == 0);
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "label"), "interim CEO");
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "color"), "grey55");
		CHECK_STR(edge_attr(G, "elodie-durand", "openai", "style"), "dashed");
		CHECK_STR(edge_attr(G, "elodie-durand", "initech", "label"), "CEO");
		CHECK_STR(edge_attr(G, "bob-roe", "acme-co", "label"), "CTO");
		CHECK(count_edges(G, "elodie-durand", "acme-co") == 0);
		CHECK(count_edges(G, "sam-altman", "microsoft") == 0);
		CHECK(N(G, LEGEND) != NULL);
		agclose(G);
	}
}

static void test_summary(nkg_graph *g)
{
	nkg_render_opts o = {0};
	nkg_render_summary *sm = NULL;
	nkg_error err = {0};
	const nkg_render_person *P;
	const nkg_render_move *M;
	const nkg_render_role *R;
	const nkg_render_article *A;
	size_t np = 0, nm = 0, nr = 0, na = 0;

	CHECK(nkg_render_summary_new(&sm, g, &o, NULL, NULL, &err) == 0);
	P = nkg_render_summary_people(sm, &np);
	M = nkg_render_summary_moves(sm, &nm);
	R = nkg_render_summary_roles(sm, &nr);
	A = nkg_render_summary_articles(sm, &na);
	/* Lanes first (Durand, Altman), then roles only (Bob Roe). */
	CHECK(np == 3 && nm == 6 && nr == 5 && na == 2);
	if (np == 3 && nm == 6 && nr == 5 && na == 2) {
		CHECK_STR(P[0].name, "Élodie Durand");
		CHECK_STR(P[1].name, "Sam Altman");
		CHECK_STR(P[2].name, "Bob Roe");
		CHECK(P[1].first_move == 3 && P[1].n_moves == 3 && P[2].n_moves == 0);
		CHECK(P[2].n_roles == 1 && strcmp(R[P[2].first_role].role, "CTO") == 0);
		M = &M[P[1].first_move];
		CHECK_STR(M[0].org, "OpenAI");
		CHECK(M[0].kind == NKG_EV_DISMISSED && M[0].modality == NKG_MOD_ASSERTED);
		CHECK_STR(M[0].role, "CEO");
		CHECK_STR(M[0].date, "2023-11-17");
		CHECK_STR(M[0].reported, "2023-11-23");
		CHECK(M[0].tellings == 2 && M[0].n_articles == 2);
		CHECK_STR(M[0].articles[0], "a1");
		CHECK_STR(M[0].articles[1], "a2");
		CHECK_STR(M[0].article, "a1");
		CHECK_STR(M[0].url, "https://example.com/a1?x=1&y=2");
		CHECK(M[0].quote && strstr(M[0].quote, "not candid"));
		M = nkg_render_summary_moves(sm, &nm);
		CHECK(M[2].kind == NKG_EV_JOINED && M[2].date == NULL);
		CHECK_STR(M[2].reported, "2023-12-01");
		CHECK(M[2].url == NULL); /* javascript: is not a link */
		CHECK(M[1].interim);
		CHECK_STR(A[0].id, "a1");
		CHECK_STR(A[0].date, "2023-11-23");
		CHECK_STR(A[0].url, "https://example.com/a1?x=1&y=2");
		CHECK_STR(A[1].id, "a2");
		CHECK(A[1].url == NULL);
		R = &R[P[1].first_role];
		CHECK(P[1].n_roles == 2);
		CHECK_STR(R[0].role, "CEO");
		CHECK_STR(R[0].title, "chief executive");
		CHECK(!R[0].former && R[1].former);
	}
	nkg_render_summary_free(sm);
	nkg_render_summary_free(NULL);

	/* Filters apply as in the diagram. */
	{
		const char *who[] = { "Altman", NULL };
		o.persons = who;
		sm = NULL;
		CHECK(nkg_render_summary_new(&sm, g, &o, NULL, NULL, &err) == 0);
		P = nkg_render_summary_people(sm, &np);
		CHECK(np == 1 && P && strcmp(P[0].name, "Sam Altman") == 0);
		nkg_render_summary_free(sm);
	}
}


/* The report on the test kb: one page, the diagram inline, the evidence
 * escaped, no javascript: link. */
static void test_report(nkg_graph *g)
{
	nkg_render_opts o = {0};
	nkg_error err = {0};
	char *html = NULL;
	size_t n = 0;

	o.format = "png"; /* ignored: the report inlines SVG */
	o.view = NKG_VIEW_NETWORK; /* ignored too */
	CHECK(nkg_report_write(g, &o, NULL, NULL, &html, &n, &err) == 0);
	CHECK(html && n == strlen(html));
	if (html) {
		CHECK(strncmp(html, "<!DOCTYPE html>", 15) == 0);
		CHECK(strstr(html, "<svg") && !strstr(html, "<?xml") && !strstr(html, "<!DOCTYPE svg"));
		CHECK(strstr(html, "cluster_lane/sam") != NULL); /* the moves view */
		CHECK(strstr(html, "OpenAI&#39;s board fired Sam Altman &amp; said he was "
			      "&quot;not candid&quot;.") != NULL);
		CHECK(strstr(html, "javascript") == NULL);
		CHECK(strstr(html, "<script") == NULL);
		CHECK(strstr(html, "href=\"https://example.com/a1?x=1&amp;y=2\"") != NULL);
		CHECK(strstr(html, ">Bob Roe</td>") != NULL);
		CHECK(strstr(html, "reported by 2023-12-01") != NULL);
		CHECK(strstr(html, "<li id=\"art-2\">2023-12-01") != NULL);
		CHECK(strstr(html, "Acme &amp; Co") != NULL);
	}
	free(html);
	/* Same options, same page. */
	{
		char *again = NULL;
		size_t n2 = 0;
		CHECK(nkg_report_write(g, NULL, NULL, NULL, &again, &n2, &err) == 0);
		CHECK(again && n2 == n);
		free(again);
	}
}

/* Names, titles, quotes and URLs full of markup come out as text. */
static void test_report_hostile(void)
{
	static const char body[] =
		"Eve <script>x</script> joined O&O <img src=x onerror=alert(1)> today.";
	nkg_kb *kb = NULL;
	nkg_graph *g = NULL;
	nkg_error err = {0};
	nkg_article *a = article("h1\"><b>", "2024-01-02", "https://ex.com/?a=1&b=<2>\"", body);
	size_t ai, eve, oo;
	char *html = NULL;
	size_t n = 0;

	if (a) {
		free(a->title);
		a->title = nkg_strdup("Title <b>&\"'</b>");
	}
	CHECK(nkg_kb_new(&kb, &err) == 0);
	CHECK(nkg_kb_add_article(kb, a, "en", &ai, &err) == 0);
	nkg_kb_entity(kb, NKG_PERSON, "Eve <script>x</script>", &eve, &err);
	nkg_kb_entity(kb, NKG_ORG, "O&O <i>", &oo, &err);
	add_event(kb, ai, eve, oo, NKG_EV_JOINED, "ceo", "2024-01-01", NKG_MOD_ASSERTED, "joined O&O");
	add_role(kb, ai, eve, oo, "ceo", "<u>boss</u>", 0, 0, "joined O&O");
	CHECK(nkg_graph_new(&g, &err) == 0);
	CHECK(g && nkg_graph_add_kb(g, kb, &err) == 0);
	CHECK(g && nkg_report_write(g, NULL, NULL, NULL, &html, &n, &err) == 0);
	if (html) {
		CHECK(strstr(html, "<script") == NULL);
		CHECK(strstr(html, "<img") == NULL);
		CHECK(strstr(html, "<b>") == NULL && strstr(html, "<u>") == NULL &&
		      strstr(html, "<i>") == NULL);
		CHECK(strstr(html, ">Eve &lt;script&gt;x&lt;/script&gt;</td>") != NULL);
		CHECK(strstr(html, "&lt;img src=x onerror=alert(1)&gt;") != NULL);
		CHECK(strstr(html, "Title &lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;") != NULL);
		CHECK(strstr(html, "&#8220;") == NULL); /* titles quoted with UTF-8 marks */
		CHECK(strstr(html, "\xE2\x80\x9C&lt;u&gt;boss&lt;/u&gt;\xE2\x80\x9D") != NULL);
		CHECK(strstr(html, "<code>h1&quot;&gt;&lt;b&gt;</code>") != NULL);
	}
	free(html);
	nkg_graph_free(g);
	nkg_kb_free(kb);
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
		CHECK(strstr(a, "javascript") == NULL);
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
		test_summary(g);
		test_report(g);
		test_formats(g);
	}
	nkg_graph_free(g);
	nkg_kb_free(kb);
	test_report_hostile();
	return TEST_DONE();
}

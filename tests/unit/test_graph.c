/* Unit tests for the RDF layer (src/graph.c): a small hand-built kb with
 * hostile strings, every serialisation, determinism, SPARQL, loading.
 *
 * With NKG_TEST_OUTDIR set, the serialisations are also written there
 * (graph.ttl .nt .nq .trig .rdf .json) for the rapper / rdflib / SHACL
 * checks of scripts/. */
#include "newskg/graph.h"
#include "newskg/extract.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "nkg_test.h"

#define NKG_ID  NKG_NS_ID
#define RLM     "\xE2\x80\x8F"   /* U+200F RIGHT-TO-LEFT MARK */

/* Body of article a1, with quotes, <>&\, newline, {} and a RLM. */
static const char body1[] =
	"Le conseil d'OpenAI a licenci\xC3\xA9 Sam Altman le 17 novembre 2023. "
	"\"C'est un <choc> & une surprise\", dit-il \\ {off}.\n"
	"Mira Murati est nomm\xC3\xA9" "e PDG par int\xC3\xA9rim" RLM ". "
	"Sam Altman revient le 22 novembre 2023.";
static const char body2[] =
	"Sam Altman, CEO of OpenAI since 2019, was fired.\n"
	"Mira Murati joined Acme {R&D} \\ Labs in 2024.";

static nkg_article *mk_article(const char *id, const char *date,
			       const char *lang, const char *url,
			       const char *title, const char *body)
{
	nkg_article *a = calloc(1, sizeof *a);
	if (!a)
		return NULL;
	a->id = nkg_strdup(id);
	a->date = nkg_strdup(date);
	a->lang = nkg_strdup(lang);
	a->url = nkg_strdup(url);
	a->title = nkg_strdup(title);
	a->source = nkg_strdup("<test>");
	a->body = nkg_strdup(body);
	a->body_len = strlen(body);
	a->body_line = 1;
	return a;
}

/* Offsets of the first occurrence of needle in body. */
static void span(const char *body, const char *needle, size_t *s, size_t *e)
{
	const char *p = strstr(body, needle);
	*s = p ? (size_t)(p - body) : 0;
	*e = *s + (p ? strlen(needle) : 0);
}

static int add_role(nkg_kb *kb, size_t art, const char *body, size_t person,
		    size_t org, const char *role, const char *title,
		    int former, int interim, const char *start,
		    const char *end, double conf, const char *sentence)
{
	nkg_role r = {0};
	size_t s, e;
	r.article = art;
	r.person = person;
	r.org = org;
	r.role = role;
	r.title = nkg_strdup(title);
	r.former = former;
	r.interim = interim;
	r.start_date = nkg_strdup(start);
	r.end_date = nkg_strdup(end);
	r.confidence = conf;
	span(body, sentence, &s, &e);
	if (nkg_evidence_make(&r.ev, body, strlen(body), s, e))
		return -1;
	return nkg_kb_add_role(kb, &r);
}

static int add_event(nkg_kb *kb, size_t art, const char *body, size_t person,
		     size_t org, nkg_evkind kind, const char *role,
		     const char *date, nkg_modality mod, const char *trigger,
		     double conf, const char *sentence)
{
	nkg_event ev = {0};
	size_t s, e;
	ev.article = art;
	ev.person = person;
	ev.org = org;
	ev.kind = kind;
	ev.role = role;
	ev.date = nkg_strdup(date);
	ev.modality = mod;
	ev.trigger = nkg_strdup(trigger);
	ev.confidence = conf;
	span(body, sentence, &s, &e);
	if (nkg_evidence_make(&ev.ev, body, strlen(body), s, e))
		return -1;
	return nkg_kb_add_event(kb, &ev);
}

/* The same knowledge, inserted in two different orders. */
static nkg_kb *build_kb(int reverse)
{
	nkg_kb *kb = NULL;
	nkg_error err = {0};
	size_t altman = 0, murati = 0, openai = 0, acme = 0, a1 = 0, a2 = 0;
	int ok = 1;

	if (nkg_kb_new(&kb, &err))
		return NULL;
	if (!reverse) {
		ok &= !nkg_kb_entity(kb, NKG_PERSON, "Sam Altman", &altman, &err);
		ok &= !nkg_kb_entity(kb, NKG_PERSON, "Mira \"Murati\" <m&m>", &murati, &err);
		ok &= !nkg_kb_entity(kb, NKG_ORG, "OpenAI", &openai, &err);
		ok &= !nkg_kb_entity(kb, NKG_ORG, "Acme {R&D} \\ Labs", &acme, &err);
	} else {
		ok &= !nkg_kb_entity(kb, NKG_ORG, "Acme {R&D} \\ Labs", &acme, &err);
		ok &= !nkg_kb_entity(kb, NKG_ORG, "OpenAI", &openai, &err);
		ok &= !nkg_kb_entity(kb, NKG_PERSON, "Mira \"Murati\" <m&m>", &murati, &err);
		ok &= !nkg_kb_entity(kb, NKG_PERSON, "Sam Altman", &altman, &err);
	}
	if (!ok)
		goto fail;
	kb->entities[altman].wikidata = nkg_strdup("Q7407093");
	kb->entities[openai].wikidata = nkg_strdup("Q21708200");
	/* Aliases in different orders: the kb sorts them. */
	if (!reverse) {
		ok &= !nkg_kb_entity_alias(kb, altman, "Altman");
		ok &= !nkg_kb_entity_alias(kb, altman, "Samuel \"Sam\" Altman\n(CEO)");
		ok &= !nkg_kb_entity_alias(kb, murati, "Murati" RLM);
	} else {
		ok &= !nkg_kb_entity_alias(kb, murati, "Murati" RLM);
		ok &= !nkg_kb_entity_alias(kb, altman, "Samuel \"Sam\" Altman\n(CEO)");
		ok &= !nkg_kb_entity_alias(kb, altman, "Altman");
	}
	if (!ok)
		goto fail;

	for (int k = 0; k < 2; k++) {
		int which = reverse ? 1 - k : k;
		nkg_article *art;
		if (which == 0) {
			art = mk_article("a1", "2023-11-18", "fr",
					 "https://example.org/a1?x=1&y=<2>",
					 "Sam Altman \"licenci\xC3\xA9\" & r\xC3\xA9int\xC3\xA9gr\xC3\xA9",
					 body1);
			if (!art || nkg_kb_add_article(kb, art, "fr", &a1, &err))
				goto fail;
		} else {
			art = mk_article("a2", "2024-02-01", "en", NULL,
					 "Moves {at} <OpenAI>", body2);
			if (!art || nkg_kb_add_article(kb, art, "en", &a2, &err))
				goto fail;
		}
	}
	ok &= !nkg_kb_article_mention(kb, a1, reverse ? openai : altman);
	ok &= !nkg_kb_article_mention(kb, a1, murati);
	ok &= !nkg_kb_article_mention(kb, a1, reverse ? altman : openai);
	ok &= !nkg_kb_article_mention(kb, a2, acme);
	ok &= !nkg_kb_article_mention(kb, a2, altman);
	ok &= !nkg_kb_article_author(kb, a2, murati);
	if (!ok)
		goto fail;

	/* Roles and events, in the order given or reversed. */
	for (int k = 0; k < 6; k++) {
		int i = reverse ? 5 - k : k, rc = 0;
		switch (i) {
		case 0:
			rc = add_role(kb, a2, body2, altman, openai, "ceo", "CEO",
				      0, 0, "2019", NULL, 0.9,
				      "Sam Altman, CEO of OpenAI since 2019, was fired.");
			break;
		case 1:
			rc = add_role(kb, a1, body1, murati, openai, "interim_ceo",
				      "PDG par int\xC3\xA9rim" RLM, 0, 1, "2023-11", NULL,
				      0.856, "Mira Murati est nomm");
			break;
		case 2:
			rc = add_role(kb, a2, body2, murati, NKG_NONE, "employee",
				      NULL, 1, 0, NULL, "2024-01-31", 0.5,
				      "Mira Murati joined");
			break;
		case 3:
			rc = add_event(kb, a1, body1, altman, openai, NKG_EV_DISMISSED,
				       "ceo", "2023-11-17", NKG_MOD_ASSERTED,
				       "licenci\xC3\xA9", 0.95,
				       "Le conseil d'OpenAI a licenci");
			break;
		case 4:
			rc = add_event(kb, a1, body1, altman, NKG_NONE, NKG_EV_RETURNED,
				       NULL, "2023-11-22", NKG_MOD_ASSERTED, "revient",
				       0.8, "Sam Altman revient le 22 novembre 2023.");
			break;
		case 5:
			rc = add_event(kb, a2, body2, murati, acme, NKG_EV_JOINED,
				       NULL, "2024", NKG_MOD_REPORTED, "joined",
				       0.7, "Mira Murati joined");
			break;
		}
		if (rc)
			goto fail;
	}
	return kb;
fail:
	nkg_kb_free(kb);
	return NULL;
}

static nkg_graph *build_graph(int reverse)
{
	nkg_graph *g = NULL;
	nkg_kb *kb = build_kb(reverse);
	nkg_error err = {0};

	if (!kb)
		return NULL;
	if (nkg_graph_new(&g, &err) || nkg_graph_add_kb(g, kb, &err)) {
		fprintf(stderr, "build_graph: %s\n", err.msg);
		nkg_graph_free(g);
		g = NULL;
	}
	nkg_kb_free(kb);
	return g;
}

static const char *ext_of(const char *fmt)
{
	static const char *const map[][2] = {
		{ "turtle", "ttl" }, { "ntriples", "nt" }, { "nquads", "nq" },
		{ "trig", "trig" }, { "rdfxml", "rdf" }, { "json", "json" },
	};
	for (size_t i = 0; i < sizeof map / sizeof *map; i++)
		if (strcmp(map[i][0], fmt) == 0)
			return map[i][1];
	return "txt";
}

static int write_file(const char *path, const char *data, size_t n)
{
	FILE *f = fopen(path, "wb");
	int ok;
	if (!f)
		return -1;
	ok = fwrite(data, 1, n, f) == n;
	return (fclose(f) == 0 && ok) ? 0 : -1;
}

/* Writes data to a fresh temporary file ending in .ext; caller frees. */
static char *tmp_file(const char *ext, const char *data, size_t n)
{
	char *path = malloc(64);
	int fd;
	if (!path)
		return NULL;
	snprintf(path, 64, "/tmp/nkg_test_graph_XXXXXX.%s", ext);
	fd = mkstemps(path, (int)strlen(ext) + 1);
	if (fd < 0) {
		free(path);
		return NULL;
	}
	close(fd);
	if (write_file(path, data, n)) {
		unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

static const char *cell(const nkg_table *t, size_t r, size_t c)
{
	return t->cells[r * t->ncols + c];
}

static void test_formats_and_determinism(nkg_graph *ga, nkg_graph *gb)
{
	const char *outdir = getenv("NKG_TEST_OUTDIR");
	nkg_error err = {0};

	for (size_t i = 0; nkg_graph_formats[i]; i++) {
		const char *fmt = nkg_graph_formats[i];
		char *a = NULL, *b = NULL, *a2 = NULL;
		size_t la = 0, lb = 0, la2 = 0;
		int rc;

		rc = nkg_graph_serialize(ga, fmt, &a, &la, &err);
		CHECK(rc == 0);
		if (rc)
			fprintf(stderr, "serialize %s: %s\n", fmt, err.msg);
		CHECK(nkg_graph_serialize(gb, fmt, &b, &lb, &err) == 0);
		CHECK(nkg_graph_serialize(ga, fmt, &a2, &la2, &err) == 0);
		CHECK(a && b && a2 && la > 100);
		/* Same triples inserted in another order: same bytes. */
		CHECK(la == lb && a && b && memcmp(a, b, la) == 0);
		CHECK(la == la2 && a && a2 && memcmp(a, a2, la) == 0);
		if (a && la != lb)
			fprintf(stderr, "%s differs:\n--- A\n%s\n--- B\n%s\n", fmt, a, b ? b : "");
		CHECK(a && strlen(a) == la);
		if (a && (strcmp(fmt, "turtle") == 0 || strcmp(fmt, "trig") == 0)) {
			CHECK(strstr(a, "@prefix nkg: <" NKG_NS "> .") != NULL);
			CHECK(strstr(a, "@prefix schema: <http://schema.org/> .") != NULL);
			CHECK(strstr(a, "nkgr:interim_ceo") != NULL);
			CHECK(strstr(a, "wd:Q7407093") != NULL);
		}
		if (a && strcmp(fmt, "trig") == 0)
			CHECK(strstr(a, "<" NKG_ID "article/a1> {") != NULL);
		if (a && strcmp(fmt, "nquads") == 0) {
			CHECK(strstr(a, "<" NKG_ID "article/a2> .\n") != NULL);
			/* Escaping by raptor: quote, backslash, newline. */
			CHECK(strstr(a, "\"Samuel \\\"Sam\\\" Altman\\n(CEO)\"") != NULL);
			CHECK(strstr(a, "\"Acme {R&D} \\\\ Labs\"") != NULL);
			CHECK(strstr(a, "\"0.86\"^^<http://www.w3.org/2001/XMLSchema#decimal>") != NULL);
			CHECK(strstr(a, "\"2023-11\"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>") != NULL);
			CHECK(strstr(a, "\"2024\"^^<http://www.w3.org/2001/XMLSchema#gYear>") != NULL);
			CHECK(strstr(a, "\"2023-11-17\"^^<http://www.w3.org/2001/XMLSchema#date>") != NULL);
			CHECK(strstr(a, "<" NKG_ID "membership/mira-murati-m-m/employee/none>") != NULL);
			CHECK(strstr(a, "<" NKG_ID "membership/sam-altman/ceo/openai>") != NULL);
			CHECK(strstr(a, "\"true\"^^<http://www.w3.org/2001/XMLSchema#boolean>") != NULL);
			CHECK(strstr(a, "<http://www.w3.org/ns/oa#start> \"") != NULL);
			CHECK(strstr(a, "<" NKG_NS "modality> <" NKG_NS "Reported>") != NULL);
			CHECK(strstr(a, "<" NKG_NS "eventKind> <" NKG_NS_EVENT "returned>") != NULL);
			CHECK(strstr(a, "<http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q21708200>") != NULL);
			/* The returned event has no org: no nkg:organization. */
		}
		if (a && strcmp(fmt, "ntriples") == 0) {
			/* Lines are sorted. */
			const char *p = a, *prev = NULL;
			int sorted = 1;
			size_t plen = 0;
			while (*p) {
				const char *nl = strchr(p, '\n');
				size_t n = nl ? (size_t)(nl - p) : strlen(p);
				if (prev) {
					size_t m = n < plen ? n : plen;
					int d = memcmp(prev, p, m);
					if (d > 0 || (d == 0 && plen > n))
						sorted = 0;
				}
				prev = p;
				plen = n;
				p += n + (nl ? 1 : 0);
			}
			CHECK(sorted);
		}
		if (a && outdir) {
			char path[4096];
			snprintf(path, sizeof path, "%s/graph.%s", outdir, ext_of(fmt));
			CHECK(write_file(path, a, la) == 0);
		}
		free(a);
		free(b);
		free(a2);
	}
	{
		char *x = NULL;
		CHECK(nkg_graph_serialize(ga, "jsonld", &x, NULL, &err) == NKG_EUSAGE);
		CHECK(x == NULL && strstr(err.msg, "jsonld") != NULL);
	}
}

static void test_select(nkg_graph *g)
{
	nkg_error err = {0};
	nkg_table *t = NULL;
	int rc;

	rc = nkg_graph_select(g,
		"PREFIX nkg: <" NKG_NS ">\n"
		"PREFIX schema: <http://schema.org/>\n"
		"SELECT ?name ?kind ?date ?org WHERE {\n"
		"  ?e a nkg:CareerEvent ; nkg:person ?p ; nkg:eventKind ?kind ;\n"
		"     nkg:modality nkg:Asserted .\n"
		"  ?p schema:name ?name .\n"
		"  OPTIONAL { ?e nkg:date ?date }\n"
		"  OPTIONAL { ?e nkg:organization ?o . ?o schema:name ?org }\n"
		"} ORDER BY ?date", &t, &err);
	CHECK(rc == 0);
	if (rc)
		fprintf(stderr, "select: %s\n", err.msg);
	if (t) {
		CHECK(t->ncols == 4 && t->nrows == 2);
		CHECK_STR(t->cols[0], "name");
		CHECK_STR(t->cols[3], "org");
		if (t->nrows == 2 && t->ncols == 4) {
			CHECK_STR(cell(t, 0, 0), "Sam Altman");
			CHECK_STR(cell(t, 0, 1), NKG_NS_EVENT "dismissed");
			CHECK_STR(cell(t, 0, 2), "2023-11-17");
			CHECK_STR(cell(t, 0, 3), "OpenAI");
			CHECK_STR(cell(t, 1, 1), NKG_NS_EVENT "returned");
			CHECK_STR(cell(t, 1, 2), "2023-11-22");
			CHECK(cell(t, 1, 3) == NULL); /* unbound */
		}
		nkg_table_free(t);
		t = NULL;
	}

	/* Persons are described in both article graphs, yet the default graph
	 * is a merge: one row each. */
	rc = nkg_graph_select(g,
		"PREFIX schema: <http://schema.org/>\n"
		"SELECT ?n WHERE { ?p a schema:Person ; schema:name ?n } ORDER BY ?n",
		&t, &err);
	CHECK(rc == 0);
	if (t) {
		CHECK(t->nrows == 2 && t->ncols == 1);
		if (t->nrows == 2) {
			CHECK_STR(cell(t, 0, 0), "Mira \"Murati\" <m&m>");
			CHECK_STR(cell(t, 1, 0), "Sam Altman");
		}
		nkg_table_free(t);
		t = NULL;
	}

	/* Datatypes, FILTER, hostile literals and the evidence chain. */
	rc = nkg_graph_select(g,
		"PREFIX nkg: <" NKG_NS ">\n"
		"PREFIX org: <http://www.w3.org/ns/org#>\n"
		"PREFIX schema: <http://schema.org/>\n"
		"PREFIX prov: <http://www.w3.org/ns/prov#>\n"
		"PREFIX oa: <http://www.w3.org/ns/oa#>\n"
		"PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
		"SELECT ?m ?title ?start ?exact ?src WHERE {\n"
		"  ?m a org:Membership ; org:role ?r ; schema:startDate ?start ;\n"
		"     nkg:isInterim true ; prov:wasDerivedFrom ?ev .\n"
		"  OPTIONAL { ?m schema:roleName ?title }\n"
		"  ?ev oa:hasSource ?src ; oa:hasSelector ?sel .\n"
		"  ?sel oa:exact ?exact .\n"
		"  FILTER(datatype(?start) = xsd:gYearMonth)\n"
		"}", &t, &err);
	CHECK(rc == 0);
	if (rc)
		fprintf(stderr, "select 3: %s\n", err.msg);
	if (t) {
		CHECK(t->nrows == 1);
		if (t->nrows == 1) {
			CHECK_STR(cell(t, 0, 0), NKG_ID "membership/mira-murati-m-m/interim_ceo/openai");
			CHECK_STR(cell(t, 0, 1), "PDG par int\xC3\xA9rim" RLM);
			CHECK_STR(cell(t, 0, 2), "2023-11");
			CHECK_STR(cell(t, 0, 3), "Mira Murati est nomm");
			CHECK_STR(cell(t, 0, 4), NKG_ID "article/a1");
		}
		nkg_table_free(t);
		t = NULL;
	}

	/* Syntax error: NKG_EQUERY with the place. */
	rc = nkg_graph_select(g, "SELECT ?x WHERE {\n  ?x ?? ?y }", &t, &err);
	CHECK(rc == NKG_EQUERY);
	CHECK(err.code == NKG_EQUERY);
	CHECK(t == NULL);
	CHECK(strncmp(err.msg, "SPARQL:2", 8) == 0);
	CHECK(strstr(err.msg, "syntax error") != NULL);
	rc = nkg_graph_select(g, "SELEKT * WHERE { ?s ?p ?o }", &t, &err);
	CHECK(rc == NKG_EQUERY && strncmp(err.msg, "SPARQL:1", 8) == 0);
	/* Not a SELECT. */
	rc = nkg_graph_select(g, "ASK { ?s ?p ?o }", &t, &err);
	CHECK(rc == NKG_EQUERY && t == NULL);
	/* Still usable after errors. */
	rc = nkg_graph_select(g, "SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", &t, &err);
	CHECK(rc == 0 && t && t->nrows == 3);
	nkg_table_free(t);
	nkg_table_free(NULL);
}

/* The event IRI is event/ARTICLE/<FNV-1a 64 of "person|kind|org|date|start">. */
static void test_event_iri(nkg_graph *g)
{
	nkg_error err = {0};
	nkg_table *t = NULL;
	const char *key = "sam-altman|returned|none|2023-11-22|";
	char start[32], expect[256];
	const char *p = strstr(body1, "Sam Altman revient");
	uint64_t h = 0xcbf29ce484222325ULL;
	char buf[128];

	snprintf(start, sizeof start, "%zu", (size_t)(p - body1));
	snprintf(buf, sizeof buf, "%s%s", key, start);
	for (const char *c = buf; *c; c++) {
		h ^= (unsigned char)*c;
		h *= 0x100000001b3ULL;
	}
	snprintf(expect, sizeof expect, NKG_ID "event/a1/%016llx", (unsigned long long)h);
	CHECK(nkg_graph_select(g,
		"PREFIX nkg: <" NKG_NS ">\n"
		"SELECT ?e WHERE { ?e nkg:eventKind <" NKG_NS_EVENT "returned> }",
		&t, &err) == 0);
	CHECK(t && t->nrows == 1);
	if (t && t->nrows == 1)
		CHECK_STR(cell(t, 0, 0), expect);
	nkg_table_free(t);
}

static void test_load(nkg_graph *g)
{
	nkg_error err = {0};
	size_t n0 = 0, n1 = 0;
	char *nq = NULL, *nq2 = NULL, *trig = NULL, *ttl = NULL, *path = NULL;
	size_t lnq = 0, lnq2 = 0, ltrig = 0, lttl = 0;
	nkg_graph *h = NULL;

	CHECK(nkg_graph_size(g, &n0, &err) == 0 && n0 > 100);
	CHECK(nkg_graph_serialize(g, "nquads", &nq, &lnq, &err) == 0);

	/* N-Quads back into a new graph: same quads, same bytes. */
	path = tmp_file("nq", nq, lnq);
	CHECK(path != NULL);
	CHECK(nkg_graph_new(&h, &err) == 0);
	if (path && h) {
		CHECK(nkg_graph_load(h, path, NULL, &err) == 0);
		CHECK(nkg_graph_size(h, &n1, &err) == 0 && n1 == n0);
		CHECK(nkg_graph_serialize(h, "nquads", &nq2, &lnq2, &err) == 0);
		CHECK(lnq2 == lnq && nq2 && memcmp(nq, nq2, lnq) == 0);
		/* Loading the same file again adds nothing. */
		CHECK(nkg_graph_load(h, path, "nquads", &err) == 0);
		CHECK(nkg_graph_size(h, &n1, &err) == 0 && n1 == n0);
	}
	nkg_graph_free(h);
	h = NULL;
	if (path) {
		unlink(path);
		free(path);
		path = NULL;
	}

	/* TriG keeps the graphs too. */
	CHECK(nkg_graph_serialize(g, "trig", &trig, &ltrig, &err) == 0);
	path = tmp_file("trig", trig, ltrig);
	CHECK(path && nkg_graph_new(&h, &err) == 0);
	if (path && h) {
		int rc = nkg_graph_load(h, path, NULL, &err);
		CHECK(rc == 0);
		if (rc)
			fprintf(stderr, "load trig: %s\n", err.msg);
		CHECK(nkg_graph_size(h, &n1, &err) == 0 && n1 == n0);
		free(nq2);
		nq2 = NULL;
		CHECK(nkg_graph_serialize(h, "nquads", &nq2, &lnq2, &err) == 0);
		CHECK(lnq2 == lnq && nq2 && memcmp(nq, nq2, lnq) == 0);
	}
	nkg_graph_free(h);
	h = NULL;
	if (path) {
		unlink(path);
		free(path);
		path = NULL;
	}

	/* The triple formats have no graphs: the distinct triples, in the
	 * default graph, whatever the format. */
	for (size_t i = 0; nkg_graph_formats[i]; i++) {
		const char *fmt = nkg_graph_formats[i];
		char *a = NULL, *b = NULL;
		size_t la = 0, lb = 0;
		if (strcmp(fmt, "nquads") == 0 || strcmp(fmt, "trig") == 0)
			continue;
		free(ttl);
		ttl = NULL;
		CHECK(nkg_graph_serialize(g, fmt, &ttl, &lttl, &err) == 0);
		path = ttl ? tmp_file(ext_of(fmt), ttl, lttl) : NULL;
		CHECK(path && nkg_graph_new(&h, &err) == 0);
		if (path && h) {
			int rc = nkg_graph_load(h, path, NULL, &err);
			CHECK(rc == 0);
			if (rc)
				fprintf(stderr, "reload %s: %s\n", fmt, err.msg);
			CHECK(nkg_graph_size(h, &n1, &err) == 0 && n1 > 0 && n1 < n0);
			CHECK(nkg_graph_serialize(h, "ntriples", &a, &la, &err) == 0);
			CHECK(nkg_graph_serialize(g, "ntriples", &b, &lb, &err) == 0);
			CHECK(la == lb && a && b && memcmp(a, b, la) == 0);
			free(a);
			free(b);
		}
		nkg_graph_free(h);
		h = NULL;
		if (path) {
			unlink(path);
			free(path);
			path = NULL;
		}
	}

	/* Errors: a syntax error names file and line, and adds nothing.
	 * (Turtle: raptor 2.0.15's N-Triples parser leaks terms when a line
	 * fails to parse, which LeakSanitizer would report.) */
	path = tmp_file("ttl", "<http://a> <http://b> \"ok\" .\n<http://a> <http://b> oops .\n", 56);
	CHECK(path && nkg_graph_new(&h, &err) == 0);
	if (path && h) {
		int rc = nkg_graph_load(h, path, NULL, &err);
		CHECK(rc == NKG_ERDF);
		CHECK(strncmp(err.msg, path, strlen(path)) == 0);
		CHECK(strstr(err.msg, ":2:") != NULL);
		CHECK(nkg_graph_size(h, &n1, &err) == 0 && n1 == 0);
		CHECK(nkg_graph_load(h, "/nonexistent/x.nt", NULL, &err) == NKG_EIO);
		CHECK(nkg_graph_load(h, path, "n3", &err) == NKG_EUSAGE);
		CHECK(nkg_graph_load(h, "/tmp/x.unknown", NULL, &err) == NKG_EUSAGE);
	}
	nkg_graph_free(h);
	if (path) {
		unlink(path);
		free(path);
	}
	free(nq);
	free(nq2);
	free(trig);
	free(ttl);
}

/* Control characters cannot appear in XML 1.0: RDF/XML switches to 1.1;
 * every other format escapes them. */
static void test_control_chars(void)
{
	nkg_kb *kb = NULL;
	nkg_graph *g = NULL;
	nkg_error err = {0};
	nkg_article *art = mk_article("ctl", "2024-01-01", "en", NULL,
				      "bell\x07 and escape\x1b", "body\x01text");
	size_t ai = 0, pi = 0, lnt = 0;
	char *nt = NULL;

	CHECK(art != NULL);
	CHECK(nkg_kb_new(&kb, &err) == 0);
	CHECK(nkg_kb_add_article(kb, art, "en", &ai, &err) == 0);
	CHECK(nkg_kb_entity(kb, NKG_PERSON, "Ctl\x01Person\ttab\rcr", &pi, &err) == 0);
	CHECK(nkg_kb_article_mention(kb, ai, pi) == 0);
	CHECK(nkg_graph_new(&g, &err) == 0);
	CHECK(nkg_graph_add_kb(g, kb, &err) == 0);
	CHECK(nkg_graph_serialize(g, "ntriples", &nt, &lnt, &err) == 0);
	CHECK(nt && strstr(nt, "\"Ctl\\u0001Person\\ttab\\rcr\"") != NULL);
	for (size_t i = 0; nkg_graph_formats[i]; i++) {
		const char *fmt = nkg_graph_formats[i];
		char *s = NULL, *path = NULL, *nt2 = NULL;
		size_t n = 0, lnt2 = 0;
		nkg_graph *h = NULL;
		int rc = nkg_graph_serialize(g, fmt, &s, &n, &err);
		CHECK(rc == 0);
		if (rc)
			fprintf(stderr, "control chars, %s: %s\n", fmt, err.msg);
		if (s && strcmp(fmt, "rdfxml") == 0)
			CHECK(strstr(s, "version=\"1.1\"") != NULL);
		/* Everything but XML 1.1 reads back to the same triples (raptor's
		 * RDF/XML parser, libxml2, reads XML 1.0 only). */
		if (s && strcmp(fmt, "rdfxml") != 0) {
			path = tmp_file(ext_of(fmt), s, n);
			CHECK(path && nkg_graph_new(&h, &err) == 0);
			rc = path && h ? nkg_graph_load(h, path, NULL, &err) : -1;
			CHECK(rc == 0);
			if (rc)
				fprintf(stderr, "control chars, reload %s: %s\n", fmt, err.msg);
			CHECK(h && nkg_graph_serialize(h, "ntriples", &nt2, &lnt2, &err) == 0);
			CHECK(nt && nt2 && lnt2 == lnt && memcmp(nt, nt2, lnt) == 0);
			nkg_graph_free(h);
			if (path)
				unlink(path);
			free(path);
			free(nt2);
		}
		free(s);
	}
	free(nt);
	nkg_graph_free(g);
	nkg_kb_free(kb);
}

static void test_bad_kb(void)
{
	nkg_kb *kb = NULL;
	nkg_graph *g = NULL;
	nkg_error err = {0};
	nkg_role r = {0};
	size_t ai = 0, pi = 0, n = 1;

	CHECK(nkg_kb_new(&kb, &err) == 0);
	CHECK(nkg_kb_add_article(kb, mk_article("b", NULL, NULL, NULL, NULL, "x"),
				 NULL, &ai, &err) == 0);
	CHECK(nkg_kb_entity(kb, NKG_PERSON, "P", &pi, &err) == 0);
	r.article = ai;
	r.person = pi;
	r.org = NKG_NONE;
	r.role = "pope";
	CHECK(nkg_kb_add_role(kb, &r) == 0);
	CHECK(nkg_graph_new(&g, &err) == 0);
	CHECK(nkg_graph_add_kb(g, kb, &err) == NKG_EINPUT);
	CHECK(strstr(err.msg, "pope") != NULL);
	CHECK(nkg_graph_size(g, &n, &err) == 0 && n == 0);
	nkg_graph_free(g);
	nkg_kb_free(kb);
	nkg_graph_free(NULL);
}

static double secs(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (double)(b->tv_nsec - a->tv_nsec) / 1e9;
}

/* Many articles: adding ~100k statements must stay fast (hashes storage).
 * Sized down unless NKG_TEST_BIG is set, to keep sanitizer runs short. */
static void test_scale(void)
{
	int big = getenv("NKG_TEST_BIG") != NULL;
	size_t narts = big ? 2000 : 100;
	nkg_kb *kb = NULL;
	nkg_graph *g = NULL;
	nkg_error err = {0};
	size_t n = 0;
	struct timespec t0, t1, t2, t3;
	char name[64], id[32];
	int ok = 1;

	CHECK(nkg_kb_new(&kb, &err) == 0);
	for (size_t a = 0; ok && a < narts; a++) {
		size_t ai = 0, orgi = 0;
		snprintf(id, sizeof id, "art%05zu", a);
		ok &= !nkg_kb_add_article(kb, mk_article(id, "2024-01-01", "en", NULL,
							 "t", body2), "en", &ai, &err);
		snprintf(name, sizeof name, "Org %zu", a % 50);
		ok &= !nkg_kb_entity(kb, NKG_ORG, name, &orgi, &err);
		for (size_t k = 0; ok && k < 5; k++) {
			size_t pi = 0;
			snprintf(name, sizeof name, "Person %zu", a * 5 + k);
			ok &= !nkg_kb_entity(kb, NKG_PERSON, name, &pi, &err);
			ok &= !nkg_kb_article_mention(kb, ai, pi);
			ok &= !add_role(kb, ai, body2, pi, orgi, "ceo", "CEO", 0, 0,
					"2019", NULL, 0.9, "Sam Altman, CEO");
			ok &= !add_event(kb, ai, body2, pi, orgi, NKG_EV_JOINED, NULL,
					 "2024", NKG_MOD_ASSERTED, "joined", 0.7,
					 "Mira Murati joined");
		}
	}
	CHECK(ok);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	CHECK(nkg_graph_new(&g, &err) == 0);
	CHECK(nkg_graph_add_kb(g, kb, &err) == 0);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	CHECK(nkg_graph_size(g, &n, &err) == 0 && n > narts * 50);
	{
		nkg_table *t = NULL;
		CHECK(nkg_graph_select(g,
			"PREFIX org: <http://www.w3.org/ns/org#>\n"
			"SELECT ?m ?p WHERE { ?m org:member ?p ; org:organization ?o }",
			&t, &err) == 0);
		CHECK(t && t->nrows == narts * 5);
		nkg_table_free(t);
	}
	clock_gettime(CLOCK_MONOTONIC, &t2);
	{
		char *out = NULL;
		size_t len = 0;
		CHECK(nkg_graph_serialize(g, "nquads", &out, &len, &err) == 0);
		free(out);
		out = NULL;
		CHECK(nkg_graph_serialize(g, "turtle", &out, &len, &err) == 0);
		free(out);
	}
	clock_gettime(CLOCK_MONOTONIC, &t3);
	printf("scale: %zu statements added in %.2fs, join query %.2fs, "
	       "nquads+turtle %.2fs\n", n, secs(&t0, &t1), secs(&t1, &t2),
	       secs(&t2, &t3));
	nkg_graph_free(g);
	nkg_kb_free(kb);
}

/* The streaming writer (raptor serializer, no librdf model, threads) gives
 * the same quads as the model, byte for byte per line, whatever the number
 * of threads. */
static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *sorted_lines(const char *text)
{
	char *copy = strdup(text), **v = NULL, *out, *p, *save = NULL;
	size_t n = 0, len = strlen(text), o = 0;
	v = calloc(len + 1, sizeof *v);
	out = calloc(len + 2, 1);
	for (p = strtok_r(copy, "\n", &save); p; p = strtok_r(NULL, "\n", &save))
		v[n++] = p;
	qsort(v, n, sizeof *v, cmp_cstr);
	for (size_t i = 0; i < n; i++)
		o += (size_t)sprintf(out + o, "%s\n", v[i]);
	free(v);
	free(copy);
	return out;
}

static char *stream_text(const nkg_kb *kb, unsigned jobs)
{
	char *buf = NULL;
	size_t len = 0;
	nkg_error err = {0};
	FILE *f = open_memstream(&buf, &len);
	int rc = f ? nkg_graph_stream_nquads(kb, f, jobs, &err) : -1;
	if (f)
		fclose(f);
	if (rc) {
		fprintf(stderr, "stream: %s\n", err.msg);
		free(buf);
		return NULL;
	}
	return buf;
}

static void test_stream(void)
{
	nkg_kb *kb = build_kb(0);
	nkg_graph *g = build_graph(0);
	char *s1 = NULL, *s2 = NULL, *s5 = NULL, *model = NULL, *a = NULL, *b = NULL;
	size_t mlen = 0;
	nkg_error err = {0};

	CHECK(kb != NULL && g != NULL);
	if (!kb || !g)
		goto done;
	s1 = stream_text(kb, 1);
	s2 = stream_text(kb, 2);
	s5 = stream_text(kb, 5);
	CHECK(s1 && s2 && s5);
	if (!s1 || !s2 || !s5)
		goto done;
	CHECK(strcmp(s1, s2) == 0);
	CHECK(strcmp(s1, s5) == 0);
	CHECK(nkg_graph_serialize(g, "nquads", &model, &mlen, &err) == 0);
	if (!model)
		goto done;
	a = sorted_lines(s1);
	b = sorted_lines(model);
	CHECK(strlen(a) > 1000);
	CHECK_STR(a, b);
done:
	free(a);
	free(b);
	free(model);
	free(s1);
	free(s2);
	free(s5);
	nkg_graph_free(g);
	nkg_kb_free(kb);
}

/* The stream path (statements spilled to a temporary file, the kb handed
 * over in rounds) writes the same bytes as the in-memory path, with any
 * round size and thread count.  Input: the seed corpus and the hand-written
 * cases (run from the repository root, as make check does). */
typedef struct round_ctx {
	nkg_nquads_writer *qw;
	FILE *out;
	size_t rounds;
} round_ctx;

static int write_round(void *ctx, const nkg_kb *kb, size_t a0, size_t a1, nkg_error *err)
{
	round_ctx *rc = ctx;
	rc->rounds++;
	return nkg_nquads_writer_write(rc->qw, kb, a0, a1, rc->out, err);
}

static char *corpus_nquads(int spill, size_t round, unsigned jobs, size_t *rounds)
{
	nkg_reader *rd = NULL;
	nkg_kb *kb = NULL;
	nkg_error err = {0};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc = nkg_reader_new(&rd, NULL, &err);

	if (!rc)
		rc = nkg_reader_add(rd, "corpus", &err);
	if (!rc)
		rc = nkg_reader_add(rd, "tests/corpus", &err);
	if (!rc && spill) {
		round_ctx c = { NULL, f, 0 };
		if (!(rc = nkg_nquads_writer_new(&c.qw, jobs, &err)))
			rc = nkg_extract_each(rd, NULL, jobs, NULL, NULL, round, write_round, &c, &err);
		nkg_nquads_writer_free(c.qw);
		*rounds = c.rounds;
	} else if (!rc) {
		if (!(rc = nkg_extract_all_jobs(rd, NULL, jobs, NULL, NULL, &kb, &err)))
			rc = nkg_graph_stream_nquads(kb, f, jobs, &err);
	}
	fclose(f);
	nkg_kb_free(kb);
	nkg_reader_free(rd);
	if (rc) {
		fprintf(stderr, "corpus_nquads: %s\n", err.msg);
		free(buf);
		return NULL;
	}
	return buf;
}

static void test_stream_rounds(void)
{
	size_t rounds = 0;
	char *whole = corpus_nquads(0, 0, 1, &rounds);
	char *r1 = corpus_nquads(1, 1, 1, &rounds);
	size_t n1 = rounds;
	char *r7 = corpus_nquads(1, 7, 2, &rounds);
	size_t n7 = rounds;
	char *rall = corpus_nquads(1, 100000, 3, &rounds);

	CHECK(whole && r1 && r7 && rall);
	if (whole && r1 && r7 && rall) {
		CHECK(strlen(whole) > 100000);
		CHECK(strcmp(whole, r1) == 0);
		CHECK(strcmp(whole, r7) == 0);
		CHECK(strcmp(whole, rall) == 0);
		CHECK(n1 > 60 && n7 == (n1 + 6) / 7 && rounds == 1);
	}
	free(whole);
	free(r1);
	free(r7);
	free(rall);
}

int main(void)
{
	nkg_graph *ga = build_graph(0), *gb = build_graph(1);
	size_t na = 0, nb = 0;
	nkg_error err = {0};

	CHECK(ga != NULL && gb != NULL);
	if (ga && gb) {
		CHECK(nkg_graph_size(ga, &na, &err) == 0);
		CHECK(nkg_graph_size(gb, &nb, &err) == 0);
		CHECK(na == nb && na > 100);
		test_formats_and_determinism(ga, gb);
		test_select(ga);
		test_event_iri(ga);
		test_load(ga);
	}
	nkg_graph_free(ga);
	nkg_graph_free(gb);
	test_control_chars();
	test_bad_kb();
	test_stream();
	test_stream_rounds();
	test_scale();
	return TEST_DONE();
}

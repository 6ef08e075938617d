/* Unit tests of the store's summary (src/summary.c): the record encoding
 * and its parser's refusals, and the records a store keeps through an
 * ingest in parts (an event split across parts), a rename told by another
 * graph, and removals. */
#include "newskg/graph.h"
#include "newskg/store.h"
#include "newskg/summary.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NKG_TEST_FILES
#include "nkg_test.h"

#define ID  NKG_NS_ID
#define ART ID "article/"
#define SDO "http://schema.org/"
#define RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

/* See test_store.c: librdf's Berkeley DB cursor over-reads in memcmp. */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "strict_memcmp=0:fast_unwind_on_malloc=0:malloc_context_size=8";
}

static char tmp[64];

static void test_parse(void)
{
	static const char *const bad[] = {
		"", "1:E", "1:X3:abc", "2:EE3:abc", "1:E3:ab", "x:E", "1:E3:abc",
		/* an event with its six fields but a count beyond the end */
		"1:E1:e1:k1:d1:r1:a1:p1:9",
		/* a membership with a trailing field */
		"1:M1:m1:01:01:01:01:01:x",
		"1:E1:e1:k1:d1:r1:a1:p1:01:05:extra",
		"99999999999999999999999:E",
	};
	nkg_summary_record r;
	nkg_error err = {0};

	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		int rc = nkg_summary_parse(bad[i], &r, &err);
		CHECK(rc == NKG_EINPUT);
		if (rc != NKG_EINPUT)
			fprintf(stderr, "  accepted: \"%s\"\n", bad[i]);
	}
	/* Fields hold any bytes, colons and digits too. */
	CHECK(nkg_summary_parse("1:E3:e:16:joined4:2020"
				"0:3:a:17:2020-01"
				"1:11:o1:16:Acme 2"
				"1:21:p1:15:Ann:55:Ann L1:0", &r, &err) == 0);
	CHECK(!r.membership);
	CHECK_STR(r.iri, "e:1");
	CHECK_STR(r.kind, "joined");
	CHECK_STR(r.date, "2020");
	CHECK_STR(r.role, "");
	CHECK_STR(r.article, "a:1");
	CHECK_STR(r.published, "2020-01");
	CHECK(r.n_orgs == 1 && !strcmp(r.orgs[0].iri, "o") && r.orgs[0].n_names == 1 &&
	      !strcmp(r.orgs[0].names[0], "Acme 2"));
	CHECK(r.n_people == 2 && r.people[0].n_names == 1 && r.people[1].n_names == 0 &&
	      !strcmp(r.people[0].names[0], "Ann:5") && !strcmp(r.people[1].iri, "Ann L"));
	nkg_summary_record_clear(&r);
	nkg_summary_record_clear(&r);  /* cleared twice: a no-op */
	CHECK(nkg_summary_parse("1:M1:m1:12:r11:01:0"
				"1:11:p1:11:P"
				"1:11:o1:0", &r, &err) == 0);
	CHECK(r.membership && r.n_roles == 1 && !strcmp(r.roles[0], "r1") && r.n_starts == 0 &&
	      r.n_ends == 0 && r.n_people == 1 && r.n_orgs == 1 && r.orgs[0].n_names == 0);
	nkg_summary_record_clear(&r);
	nkg_summary_free(NULL);
}

/* An event of Acme in graph a1, its person's name told by a1 and a
 * membership; the event's kind comes in a later part of the same graph. */
static const char quads[] =
	"<" ID "event/1> <" NKG_NS "organization> <" ID "org/acme> <" ART "a1> .\n"
	"<" ID "event/1> <" NKG_NS "person> <" ID "person/ann> <" ART "a1> .\n"
	"<" ID "event/1> <" NKG_NS "modality> <" NKG_NS "Asserted> <" ART "a1> .\n"
	"<" ID "event/1> <http://www.w3.org/ns/prov#wasDerivedFrom> <" ID "ev/1> <" ART "a1> .\n"
	"<" ID "ev/1> <http://www.w3.org/ns/oa#hasSource> <" ART "a1> <" ART "a1> .\n"
	"<" ART "a1> <" SDO "identifier> \"a1\" <" ART "a1> .\n"
	"<" ART "a1> <" SDO "datePublished> \"2024-03-01\" <" ART "a1> .\n"
	"<" ID "person/ann> <" SDO "name> \"Ann Lee\" <" ART "a1> .\n"
	"<" ID "org/acme> <" SDO "name> \"Acme\" <" ART "a1> .\n"
	"<" ID "m/1> <http://www.w3.org/ns/org#organization> <" ID "org/acme> <" ART "a1> .\n"
	"<" ID "m/1> <http://www.w3.org/ns/org#member> <" ID "person/ann> <" ART "a1> .\n"
	"<" ID "m/1> <" SDO "startDate> \"2020\" <" ART "a1> .\n"
	"<" ID "event/1> <" NKG_NS "eventKind> <" NKG_NS_EVENT "joined> <" ART "a1> .\n";

static int part_into(void *ctx, nkg_graph *part, nkg_error *err)
{
	return nkg_store_ingest_part(ctx, part, NULL, err);
}

static int load_into(nkg_store *s, const char *name, const char *text, size_t part_lines)
{
	char path[128];
	nkg_error err = {0};
	FILE *f;
	int rc;

	snprintf(path, sizeof path, "%s/%s", tmp, name);
	if (!(f = fopen(path, "wb")))
		return -1;
	fputs(text, f);
	fclose(f);
	rc = nkg_graph_load_each(path, NULL, part_lines, part_into, s, &err);
	if (rc)
		fprintf(stderr, "load %s: %s\n", name, err.msg);
	return rc;
}

/* The records at Acme in the committed store dir: events (what 0) or
 * memberships (1); *first gets a copy of the first one's person's or
 * member's greatest name. */
static size_t at_acme(const char *dir, int what, char *first, size_t cap)
{
	nkg_store *s = NULL;
	nkg_summary_record *r = NULL;
	nkg_error err = {0};
	size_t n = 0;

	*first = '\0';
	if (nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0 &&
	    nkg_summary_at(nkg_store_graph(s), ID "org/acme", what, &r, &n, &err) == 0 && n &&
	    r[0].n_people && r[0].people[0].n_names)
		snprintf(first, cap, "%s", r[0].people[0].names[r[0].people[0].n_names - 1]);
	nkg_summary_records_free(r, n);
	nkg_store_free(s);
	return n;
}

static void test_store_summary(void)
{
	char dir[160], name[64];
	nkg_store *s = NULL;
	nkg_error err = {0};

	snprintf(dir, sizeof dir, "%s/store", tmp);
	/* In parts of 4 lines: the kind arrives after the rest. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_CREATE, NULL, NULL, &err) == 0);
	CHECK(s && load_into(s, "a1.nq", quads, 4) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	CHECK(at_acme(dir, 0, name, sizeof name) == 1);
	CHECK_STR(name, "Ann Lee");
	CHECK(at_acme(dir, 1, name, sizeof name) == 1);
	CHECK_STR(name, "Ann Lee");
	CHECK(nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0);
	CHECK(s && nkg_summary_usable(nkg_store_graph(s)));
	nkg_store_free(s);
	s = NULL;
	/* Another graph gives Ann a greater name: both records follow. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	CHECK(s && load_into(s, "a2.nq", "<" ID "person/ann> <" SDO "name> \"Ann Lee-Smith\" <" ART "a2> .\n", 10) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	CHECK(at_acme(dir, 0, name, sizeof name) == 1);
	CHECK_STR(name, "Ann Lee-Smith");
	CHECK(at_acme(dir, 1, name, sizeof name) == 1);
	CHECK_STR(name, "Ann Lee-Smith");
	/* Removing a2 takes the name back; removing a1 empties Acme. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	CHECK(s && nkg_store_remove(s, "a2", NULL, &err) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	CHECK(at_acme(dir, 0, name, sizeof name) == 1);
	CHECK_STR(name, "Ann Lee");
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	CHECK(s && nkg_store_remove(s, "a1", NULL, &err) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	CHECK(at_acme(dir, 0, name, sizeof name) == 0);
	CHECK(at_acme(dir, 1, name, sizeof name) == 0);
	/* A write that fails before its commit leaves the summary as it
	 * was: the records live in the generation with the quads. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	CHECK(s && load_into(s, "a1.nq", quads, 100) == 0);
	nkg_store_free(s);  /* no commit */
	CHECK(at_acme(dir, 0, name, sizeof name) == 0);
	nkg_store_delete(dir);
}

int main(void)
{
	snprintf(tmp, sizeof tmp, "/tmp/nkg-summary-XXXXXX");
	if (!mkdtemp(tmp)) {
		perror("mkdtemp");
		return 1;
	}
	test_parse();
	test_store_summary();
	rm_rf(tmp);
	return TEST_DONE();
}

/* Unit tests for the persistent store (src/store.c, the store functions of
 * src/graph.c) and the query helpers (src/query.c): SPARQL literal
 * escaping and $parameters, ingesting twice, removing one graph, reopening,
 * locking, the DIRTY marker, DESCRIBE, the Neo4j export. */
#include "newskg/app.h"
#include "newskg/graph.h"
#include "newskg/query.h"
#include "newskg/neo4j.h"
#include "newskg/store.h"

#include <dirent.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define NKG_TEST_FILES
#include "nkg_test.h"

#define ID   NKG_NS_ID
#define ART  ID "article/"
#define SDO  "http://schema.org/"

/* Three article graphs: a1 and a2 share the triple about Sam Altman,
 * a3 has a blank node; and one triple in the default graph. */
static const char quads[] =
	"<" ID "person/sam-altman> <" SDO "name> \"Sam Altman\" <" ART "a1> .\n"
	"<" ID "person/sam-altman> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" SDO "Person> <" ART "a1> .\n"
	"<" ART "a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" SDO "NewsArticle> <" ART "a1> .\n"
	"<" ART "a1> <" SDO "headline> \"Only in a1\" <" ART "a1> .\n"
	"<" ID "person/sam-altman> <" SDO "name> \"Sam Altman\" <" ART "a2> .\n"
	"<" ID "person/sam-altman> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" SDO "Person> <" ART "a2> .\n"
	"<" ART "a2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" SDO "NewsArticle> <" ART "a2> .\n"
	"<" ART "a2> <" SDO "headline> \"Quotes \\\" and \\\\ and caf\\u00E9\" <" ART "a2> .\n"
	"_:b1 <" SDO "name> \"A blank\" <" ART "a3> .\n"
	"<" ART "a3> <" SDO "mentions> _:b1 <" ART "a3> .\n"
	"<" ART "a3> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" SDO "NewsArticle> <" ART "a3> .\n"
	"<urn:x:default> <" SDO "name> \"In no graph\" .\n";

static char tmp[64];

/* Sanitizer defaults for this program (read by ASan at start-up when it is
 * built with -fsanitize=address; an unused function otherwise), hence not
 * static.  librdf 1.0.17's Berkeley DB cursor compares the previous key
 * with memcmp over the new key's length (rdf_hash_bdb.c, NEXT_VALUE),
 * reading past a shorter key: strict_memcmp=0 checks only the bytes that
 * decide the comparison.  And librdf leaks the predicate node of each
 * (?s p ?o) lookup through the predicate index; tests/lsan.supp hides
 * leaks under librasqal frames, which the default fast unwinder cannot
 * see through libraptor (built without frame pointers). */
const char *__asan_default_options(void);
const char *__asan_default_options(void)
{
	return "strict_memcmp=0:fast_unwind_on_malloc=0:malloc_context_size=8";
}

static nkg_graph *source_graph(void)
{
	char path[128];
	nkg_graph *g = NULL;
	nkg_error err = {0};
	FILE *f;

	snprintf(path, sizeof path, "%s/src.nq", tmp);
	f = fopen(path, "wb");
	if (!f)
		return NULL;
	fputs(quads, f);
	fclose(f);
	if (nkg_graph_new(&g, &err) || nkg_graph_load(g, path, NULL, &err)) {
		fprintf(stderr, "source graph: %s\n", err.msg);
		nkg_graph_free(g);
		return NULL;
	}
	return g;
}

/* 1 if the ASK query is true on g, 0 if false, -1 on error. */
static int ask(nkg_graph *g, const char *q)
{
	nkg_result *r = NULL;
	nkg_error err = {0};
	int b;

	if (nkg_graph_query(g, q, NULL, NULL, &r, &err)) {
		fprintf(stderr, "ask: %s\n", err.msg);
		return -1;
	}
	b = r->kind == NKG_RESULT_BOOLEAN ? r->boolean : -1;
	nkg_result_free(r);
	return b;
}

static int same_stats(const nkg_store_stats *a, const nkg_store_stats *b)
{
	return a->articles == b->articles && a->people == b->people &&
	       a->orgs == b->orgs && a->events == b->events &&
	       a->graphs == b->graphs && a->triples == b->triples &&
	       a->quads == b->quads;
}

/* Whether the store in dir, opened read-only, counts what want says. */
static int stored_stats_are(const char *dir, const nkg_store_stats *want)
{
	nkg_store *s = NULL;
	nkg_store_stats got;
	nkg_error err = {0};
	int same = 0;

	if (nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0 &&
	    nkg_store_stats_of(nkg_store_graph(s), &got, &err) == 0)
		same = same_stats(want, &got);
	else
		fprintf(stderr, "%s: %s\n", dir, err.msg);
	nkg_store_free(s);
	return same;
}

/* ---- escaping and parameters ------------------------------------------- */

/* The value a literal of s reads back as, through rasqal. */
static char *round_trip(nkg_graph *g, const char *s)
{
	nkg_buf lit = {0}, q = {0};
	nkg_result *r = NULL;
	nkg_error err = {0};
	char *v = NULL;

	if (nkg_query_literal(&lit, s, &err) ||
	    nkg_buf_printf(&q, "SELECT ?x WHERE { BIND(%s AS ?x) }", lit.data))
		goto done;
	if (nkg_graph_query(g, q.data, NULL, NULL, &r, &err)) {
		fprintf(stderr, "round trip of %s: %s\n", lit.data, err.msg);
		goto done;
	}
	if (r->nrows == 1 && r->ncols == 1 && r->cells[0].kind == NKG_TERM_LITERAL)
		v = nkg_strdup(r->cells[0].value);
done:
	nkg_result_free(r);
	nkg_buf_free(&lit);
	nkg_buf_free(&q);
	return v;
}

static void test_escaping(void)
{
	static const char *const hostile[] = {
		"x\" } ; DROP ALL ; #",
		"back\\slash \\\" \\u0041 \\n",
		"line one\nline two\r\n\ttabbed",
		"Cun\xC3\xA9gonde \xE6\x9D\xB1\xE4\xBA\xAC \xF0\x9F\x98\x80 \xE2\x80\x8F",
		"ctl \x01\x1f\x7f end",
		"'single' '''triple''' \"\"\"long\"\"\"",
		"",
	};
	nkg_graph *g = NULL;
	nkg_buf b = {0};
	nkg_error err = {0};
	char *out = NULL;

	CHECK(nkg_query_literal(&b, "x\" } ; DROP ALL ; #", &err) == 0);
	CHECK_STR(b.data, "\"x\\\" } ; DROP ALL ; #\"");
	b.len = 0;
	CHECK(nkg_query_literal(&b, "a\\b\nc\td\x01", &err) == 0);
	CHECK_STR(b.data, "\"a\\\\b\\nc\\td\\u0001\"");
	b.len = 0;
	CHECK(nkg_query_literal(&b, "caf\xC3\xA9", &err) == 0);
	CHECK_STR(b.data, "\"caf\xC3\xA9\"");
	b.len = 0;
	CHECK(nkg_query_literal(&b, "bad \xC3(", &err) == NKG_EINPUT);
	b.len = 0;
	CHECK(nkg_query_iri(&b, "https://w3id.org/x y", &err) == NKG_EINPUT);
	CHECK(nkg_query_iri(&b, "https://w3id.org/x>", &err) == NKG_EINPUT);
	CHECK(nkg_query_iri(&b, "https://w3id.org/x", &err) == 0);
	CHECK_STR(b.data, "<https://w3id.org/x>");
	nkg_buf_free(&b);

	/* What rasqal reads back is exactly the string. */
	CHECK(nkg_graph_new(&g, &err) == 0);
	for (size_t i = 0; g && i < sizeof hostile / sizeof *hostile; i++) {
		char *v = round_trip(g, hostile[i]);
		CHECK_STR(v, hostile[i]);
		free(v);
	}

	/* Parameters: only $name tokens outside strings, IRIs, comments. */
	{
		nkg_buf t = {0};
		nkg_query_param p[1];
		nkg_result *r = NULL;
		const char *q =
			"# $name in a comment\n"
			"SELECT ?x ?y ?z WHERE { BIND($name AS ?x) BIND(\"$name\" AS ?y)\n"
			"  BIND(<urn:$name> AS ?z) FILTER(?x != $names || true) }";
		CHECK(nkg_query_literal(&t, hostile[0], &err) == 0);
		p[0].name = "name";
		p[0].term = t.data;
		CHECK(nkg_query_bind(q, p, 1, &out, &err) == 0);
		CHECK(out && strstr(out, "# $name in a comment"));
		CHECK(out && strstr(out, "BIND(\"$name\" AS ?y)"));
		CHECK(out && strstr(out, "<urn:$name>"));
		CHECK(out && strstr(out, "$names"));
		CHECK(out && strstr(out, "BIND(\"x\\\" } ; DROP ALL ; #\" AS ?x)"));
		/* One row, the hostile text as a value: the query kept its shape. */
		if (g && out && nkg_graph_query(g, out, NULL, NULL, &r, &err) == 0) {
			CHECK(r->nrows == 1 && r->ncols == 3);
			if (r->nrows == 1 && r->ncols == 3) {
				CHECK_STR(r->cells[0].value, hostile[0]);
				CHECK_STR(r->cells[1].value, "$name");
			}
		} else {
			CHECK(!"bound query runs");
		}
		nkg_result_free(r);
		free(out);
		out = NULL;
		p[0].name = "nobody";
		CHECK(nkg_query_bind(q, p, 1, &out, &err) == NKG_EUSAGE);
		CHECK(out == NULL);
		nkg_buf_free(&t);
	}
	nkg_graph_free(g);
}

/* ---- the store ------------------------------------------------------------ */

/* Counts the notes "store is locked; waiting".  When release_fd is open,
 * the first note also tells the process holding the lock to let it go: the
 * holder keeps it until then, whatever the speed of the machine. */
static int release_fd = -1;

static void wait_note(void *ctx, const char *msg)
{
	(void)msg;
	(*(int *)ctx)++;
	if (release_fd >= 0) {
		(void)!write(release_fd, "r", 1);
		close(release_fd);
		release_fd = -1;
	}
}

static void test_store(void)
{
	char dir[128], path[192];
	nkg_graph *src = source_graph();
	nkg_store *s = NULL, *s2 = NULL, *s3 = NULL;
	nkg_store_stats a, b, c;
	nkg_store_ingest_stats is;
	nkg_error err = {0};
	size_t removed = 0;
	int waited = 0;

	CHECK(src != NULL);
	if (!src)
		return;
	snprintf(dir, sizeof dir, "%s/store", tmp);

	/* Reading a store that is not there. */
	CHECK(nkg_store_open(&s, dir, 0, NULL, NULL, &err) == NKG_ENOTFOUND);

	/* Ingest twice: same quads, same counts. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_CREATE, NULL, NULL, &err) == 0);
	if (!s) {
		fprintf(stderr, "open: %s\n", err.msg);
		nkg_graph_free(src);
		return;
	}
	CHECK(nkg_store_ingest(s, src, &is, &err) == 0);
	CHECK(is.graphs == 4 && is.replaced == 0 && is.quads == 12);
	CHECK(nkg_store_stats_of(nkg_store_graph(s), &a, &err) == 0);
	CHECK(a.articles == 3 && a.people == 1 && a.graphs == 4);
	CHECK(a.quads == 12 && a.triples == 10);
	CHECK(nkg_store_ingest(s, src, &is, &err) == 0);
	CHECK(is.graphs == 4 && is.replaced == 4 && is.quads == 12);
	CHECK(nkg_store_stats_of(nkg_store_graph(s), &b, &err) == 0);
	CHECK(same_stats(&a, &b));
	/* The same counts as the graph the store was fed from. */
	CHECK(nkg_store_stats_of(src, &c, &err) == 0);
	CHECK(c.quads == 12 && c.triples == 10 && c.graphs == 3);  /* + default */

	/* Removing a1 removes exactly its graph; the triple a2 shares stays. */
	CHECK(nkg_store_remove(s, "a1", &removed, &err) == 0);
	CHECK(removed == 4);
	CHECK(nkg_store_stats_of(nkg_store_graph(s), &b, &err) == 0);
	CHECK(b.graphs == 3 && b.quads == 8 && b.articles == 2 && b.people == 1);
	CHECK(b.triples == 8);  /* a1's two own triples left the union */
	CHECK(ask(nkg_store_graph(s), "ASK { ?p <" SDO "name> \"Sam Altman\" }") == 1);
	CHECK(ask(nkg_store_graph(s), "ASK { ?a <" SDO "headline> \"Only in a1\" }") == 0);
	CHECK(nkg_store_remove(s, "a1", &removed, &err) == NKG_ENOTFOUND);
	CHECK(nkg_store_remove(s, ART "a2", &removed, &err) == 0 && removed == 4);
	CHECK(ask(nkg_store_graph(s), "ASK { ?p <" SDO "name> \"Sam Altman\" }") == 0);
	/* And back: a re-ingest restores everything. */
	CHECK(nkg_store_ingest(s, src, &is, &err) == 0);
	CHECK(is.replaced == 2);
	CHECK(nkg_store_stats_of(nkg_store_graph(s), &b, &err) == 0);
	CHECK(same_stats(&a, &b));
	CHECK(nkg_store_remove(s, "a1", &removed, &err) == 0);
	CHECK(nkg_store_stats_of(nkg_store_graph(s), &b, &err) == 0);

	/* Lock contention: a second writer and a reader fail at once. */
	CHECK(nkg_store_open(&s2, dir, NKG_STORE_WRITE, NULL, NULL, &err) == NKG_EIO);
	CHECK(strstr(err.msg, "store is locked") != NULL);
	CHECK(s2 == NULL);
	CHECK(nkg_store_open(&s2, dir, 0, NULL, NULL, &err) == NKG_EIO);
	CHECK(nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;

	/* Not committed: dropped.  A writer that removes a graph and then
	 * stops (an error, a kill) leaves the store as it was. */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	if (s) {
		CHECK(nkg_store_remove(s, "a2", &removed, &err) == 0);
		CHECK(ask(nkg_store_graph(s), "ASK { ?p <" SDO "name> \"Sam Altman\" }") == 0);
		/* What a kill -9 leaves besides: a generation never committed. */
		snprintf(path, sizeof path, "%s/gen-999999", dir);
		CHECK(mkdir(path, 0777) == 0);
		nkg_store_free(s);
		s = NULL;
	}
	CHECK(stored_stats_are(dir, &b));
	CHECK(access(path, F_OK) == 0);  /* readers leave it */
	CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
	CHECK(access(path, F_OK) != 0);  /* the next writer removes it */
	/* A commit with no change keeps the generation. */
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	snprintf(path, sizeof path, "%s/CURRENT", dir);
	{
		FILE *f = fopen(path, "r");
		char line[64] = "";
		CHECK(f && fgets(line, sizeof line, f));
		CHECK(strncmp(line, "gen-", 4) == 0);
		if (f)
			fclose(f);
		/* The quad and triple counts kept in COUNTS through all the
		 * ingests and removals above are what counting gives. */
		line[strcspn(line, "\n")] = '\0';
		snprintf(path, sizeof path, "%s/%.20s/COUNTS", dir, line);
		CHECK(access(path, F_OK) == 0);
		CHECK(unlink(path) == 0);
		CHECK(stored_stats_are(dir, &b));
		/* A writer's commit writes them again. */
		CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
		CHECK(s && nkg_store_ingest(s, src, &is, &err) == 0);
		CHECK(s && nkg_store_remove(s, "a1", &removed, &err) == 0);
		CHECK(s && nkg_store_commit(s, &err) == 0);
		nkg_store_free(s);
		s = NULL;
		CHECK(stored_stats_are(dir, &b));
	}

	/* Reopened (read-only): the data survived; readers share. */
	CHECK(nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0);
	CHECK(nkg_store_open(&s2, dir, 0, NULL, NULL, &err) == 0);
	if (s) {
		CHECK(nkg_store_stats_of(nkg_store_graph(s), &c, &err) == 0);
		CHECK(same_stats(&b, &c));
		CHECK(ask(nkg_store_graph(s), "ASK { ?x <" SDO "name> \"A blank\" }") == 1);
		CHECK(ask(nkg_store_graph(s), "ASK { ?x <" SDO "name> \"In no graph\" }") == 1);
		CHECK(nkg_store_ingest(s, src, &is, &err) == NKG_EUSAGE);
	}
	CHECK(nkg_store_open(&s3, dir, NKG_STORE_WRITE, NULL, NULL, &err) == NKG_EIO);
	nkg_store_free(s2);
	nkg_store_free(s);
	s = s2 = NULL;

	/* --wait: a writer in another process holds the lock until the waiting
	 * open says that it waits (through wait_note), or for 60 s at most. */
	{
		int fds[2], rel[2];
		pid_t pid;
		char ch;
		CHECK(pipe(fds) == 0);
		CHECK(pipe(rel) == 0);
		pid = fork();
		if (pid == 0) {
			nkg_store *w = NULL;
			nkg_error e2 = {0};
			struct pollfd pfd = { .fd = rel[0], .events = POLLIN };
			close(fds[0]);
			close(rel[1]);
			if (nkg_store_open(&w, dir, NKG_STORE_WRITE, NULL, NULL, &e2) == 0) {
				(void)!write(fds[1], "x", 1);
				(void)poll(&pfd, 1, 60 * 1000);
				nkg_store_free(w);
				_exit(0);
			}
			_exit(1);
		}
		close(fds[1]);
		close(rel[0]);
		release_fd = rel[1];
		CHECK(read(fds[0], &ch, 1) == 1);
		close(fds[0]);
		CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE, NULL, NULL, &err) == NKG_EIO);
		CHECK(nkg_store_open(&s, dir, NKG_STORE_WRITE | NKG_STORE_WAIT, wait_note,
				     &waited, &err) == 0);
		CHECK(waited == 1);
		if (release_fd >= 0) {	/* never said it waits */
			close(release_fd);
			release_fd = -1;
		}
		if (pid > 0) {
			int st = 0;
			waitpid(pid, &st, 0);
			CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0);
		}
		nkg_store_free(s);
		s = NULL;
	}

	/* DESCRIBE (done by newskg: rasqal 0.9.33 describes nothing). */
	CHECK(nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0);
	if (s) {
		nkg_buf out = {0};
		CHECK(nkg_query_run(nkg_store_graph(s),
				    "DESCRIBE <" ID "person/sam-altman>", "ntriples", NULL,
				    &out, &err) == 0);
		CHECK(out.data && strstr(out.data, "\"Sam Altman\""));
		out.len = 0;
		CHECK(nkg_query_run(nkg_store_graph(s),
				    "SELECT ?x WHERE {\n ?x ?y }", "table", "q.rq", &out,
				    &err) == NKG_EQUERY);
		CHECK(strncmp(err.msg, "q.rq:2:", 7) == 0);
		out.len = 0;
		CHECK(nkg_neo4j_export(nkg_store_graph(s), tmp, &err) == 0);
		nkg_buf_free(&out);
		nkg_store_free(s);
		s = NULL;
	}
	snprintf(path, sizeof path, "%s/nodes.csv", tmp);
	{
		FILE *f = fopen(path, "r");
		char line[256] = "";
		CHECK(f != NULL);
		if (f) {
			CHECK(fgets(line, sizeof line, f) != NULL);
			CHECK(strncmp(line, "id:ID,:LABEL,name,", 18) == 0);
			fclose(f);
		}
	}

	/* A format 1 store (files at the top, no CURRENT) whose writer died
	 * mid-way left DIRTY: it is refused. */
	{
		char d1[150];
		FILE *f;
		snprintf(d1, sizeof d1, "%s/store1", tmp);
		CHECK(mkdir(d1, 0777) == 0);
		snprintf(path, sizeof path, "%s/FORMAT", d1);
		if ((f = fopen(path, "w")) != NULL) {
			fputs("newskg-store 1\n", f);
			fclose(f);
		}
		snprintf(path, sizeof path, "%s/DIRTY", d1);
		if ((f = fopen(path, "w")) != NULL)
			fclose(f);
		CHECK(nkg_store_open(&s, d1, 0, NULL, NULL, &err) == NKG_EIO);
		CHECK(strstr(err.msg, "interrupted") != NULL);
		nkg_store_delete(d1);
		CHECK(access(d1, F_OK) != 0);
	}

	/* No store on top of unrelated files. */
	CHECK(nkg_store_open(&s, tmp, NKG_STORE_CREATE, NULL, NULL, &err) == NKG_EUSAGE);
	nkg_graph_free(src);
}

/* Ingest in parts (rounds of articles, as `newskg ingest` streams them)
 * gives the store that one in-memory graph gives. */
static int part_into(void *ctx, nkg_graph *part, nkg_error *err)
{
	void **c = ctx;
	(*(int *)c[1])++;
	return nkg_store_ingest_part(c[0], part, NULL, err);
}

static char *store_dump(const char *dir)
{
	nkg_store *s = NULL;
	nkg_error err = {0};
	char *out = NULL;
	size_t len = 0;

	if (nkg_store_open(&s, dir, 0, NULL, NULL, &err) == 0)
		nkg_graph_serialize(nkg_store_graph(s), "nquads", &out, &len, &err);
	nkg_store_free(s);
	return out;
}

static void test_parts(void)
{
	const char *inputs[] = { "corpus", "tests/corpus" };
	char d1[160], d2[160];
	nkg_app_opts ao;
	nkg_graph *g = NULL;
	nkg_store *s = NULL;
	nkg_error err = {0};
	int parts = 0;
	void *ctx[2];
	char *a = NULL, *b = NULL;

	memset(&ao, 0, sizeof ao);
	ao.jobs = 2;
	snprintf(d1, sizeof d1, "%s/whole", tmp);
	snprintf(d2, sizeof d2, "%s/parts", tmp);
	CHECK(nkg_app_build_graph(inputs, 2, &ao, &g, &err) == 0);
	CHECK(nkg_store_open(&s, d1, NKG_STORE_CREATE, NULL, NULL, &err) == 0);
	CHECK(s && g && nkg_store_ingest(s, g, NULL, &err) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	s = NULL;
	CHECK(nkg_store_open(&s, d2, NKG_STORE_CREATE, NULL, NULL, &err) == 0);
	ctx[0] = s;
	ctx[1] = &parts;
	CHECK(s && nkg_app_each_graph(inputs, 2, &ao, 7, part_into, ctx, &err) == 0);
	CHECK(s && nkg_store_commit(s, &err) == 0);
	nkg_store_free(s);
	CHECK(parts > 5);  /* rounds of 7 articles */
	a = store_dump(d1);
	b = store_dump(d2);
	CHECK(a && b && strlen(a) > 100000 && strcmp(a, b) == 0);
	/* An N-Quads file in parts of at least 7 lines (graphs cut in the middle):
	 * the same store again. */
	{
		char nq[160], d3[160], *c = NULL;
		FILE *f;
		snprintf(nq, sizeof nq, "%s/whole.nq", tmp);
		snprintf(d3, sizeof d3, "%s/nqparts", tmp);
		if (a && (f = fopen(nq, "w")) != NULL) {
			fputs(a, f);
			fclose(f);
		}
		parts = 0;
		s = NULL;
		CHECK(nkg_store_open(&s, d3, NKG_STORE_CREATE, NULL, NULL, &err) == 0);
		ctx[0] = s;
		CHECK(s && nkg_graph_load_each(nq, NULL, 7, part_into, ctx, &err) == 0);
		CHECK(s && nkg_store_commit(s, &err) == 0);
		nkg_store_free(s);
		s = NULL;
		CHECK(parts >= 2);  /* 64 KB reads: a part per read here */
		c = store_dump(d3);
		CHECK(a && c && strcmp(a, c) == 0);
		free(c);
		/* A bad line is named by its line in the whole file. */
		if ((f = fopen(nq, "w")) != NULL) {
			for (int i = 1; i < 20; i++)
				fprintf(f, "<http://ex.org/s%d> <http://ex.org/p> \"v\" <http://ex.org/g> .\n", i);
			fputs("<http://ex.org/s20> <http://ex.org/p> oops .\n", f);
			fclose(f);
		}
		parts = 0;
		CHECK(nkg_store_open(&s, d3, NKG_STORE_WRITE, NULL, NULL, &err) == 0);
		ctx[0] = s;
		CHECK(s && nkg_graph_load_each(nq, NULL, 7, part_into, ctx, &err) != 0);
		CHECK(strstr(err.msg, "whole.nq:20:") != NULL);
		nkg_store_free(s);
		s = NULL;
	}
	free(a);
	free(b);
	nkg_graph_free(g);
}

int main(void)
{
	snprintf(tmp, sizeof tmp, "/tmp/nkg-test-store-XXXXXX");
	if (!mkdtemp(tmp)) {
		perror("mkdtemp");
		return 1;
	}
	test_escaping();
	test_store();
	test_parts();
	rm_rf(tmp);
	return TEST_DONE();
}

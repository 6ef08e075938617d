/* Unit tests for the reader: front matter, encodings, error positions,
 * JSON Lines, directory walking, symlink loops and the size limit. */
#include "newskg/reader.h"
#include "nkg_test.h"

#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char tmpdir[] = "/tmp/nkg_test_reader_XXXXXX";

/* Collected warnings, joined by '\n'. */
static char warnings[8192];
static int n_warnings;

static void on_warn(void *ctx, const char *msg)
{
	size_t l = strlen(warnings);
	(void)ctx;
	n_warnings++;
	snprintf(warnings + l, sizeof warnings - l, "%s\n", msg);
}

static void reset_warnings(void)
{
	warnings[0] = '\0';
	n_warnings = 0;
}

static char *tpath(const char *rel)
{
	static char buf[4][512];
	static int k;
	k = (k + 1) % 4;
	snprintf(buf[k], sizeof buf[k], "%s/%s", tmpdir, rel);
	return buf[k];
}

static void write_file(const char *rel, const char *data, size_t n)
{
	FILE *f = fopen(tpath(rel), "wb");
	if (!f) {
		perror(rel);
		exit(2);
	}
	fwrite(data, 1, n, f);
	fclose(f);
}

#define WRITE(rel, lit) write_file(rel, lit, sizeof lit - 1)

/* Parses a literal; returns the code and leaves the message in e. */
static int parse(const char *lit, size_t n, nkg_article **a, nkg_error *e)
{
	nkg_error_clear(e);
	return nkg_article_parse_text(lit, n, "x.txt", NULL, a, e);
}

#define PARSE(lit, a, e) parse(lit, sizeof lit - 1, a, e)

/* Checks that parsing lit fails with NKG_EINPUT and a message containing
 * want. */
#define PARSE_FAILS(lit, want) do { \
	nkg_article *a_ = NULL; nkg_error e_; \
	int rc_ = PARSE(lit, &a_, &e_); \
	CHECK(rc_ == NKG_EINPUT); CHECK(a_ == NULL); \
	if (!strstr(e_.msg, want)) { nkg_t_fail++; \
		fprintf(stderr, "%s:%d: message \"%s\" lacks \"%s\"\n", \
			__FILE__, __LINE__, e_.msg, want); } else nkg_t_pass++; \
	nkg_article_free(a_); \
} while (0)

#define JSON_FAILS(lit, want) do { \
	nkg_article *a_ = NULL; nkg_error e_; \
	int rc_; nkg_error_clear(&e_); \
	rc_ = nkg_article_parse_json(lit, sizeof lit - 1, "c.jsonl:7", NULL, &a_, &e_); \
	CHECK(rc_ == NKG_EINPUT); CHECK(a_ == NULL); \
	if (!strstr(e_.msg, want)) { nkg_t_fail++; \
		fprintf(stderr, "%s:%d: message \"%s\" lacks \"%s\"\n", \
			__FILE__, __LINE__, e_.msg, want); } else nkg_t_pass++; \
	nkg_article_free(a_); \
} while (0)

#define CONTAINS(hay, needle) do { \
	const char *h_ = (hay); \
	if (h_ && strstr(h_, needle)) nkg_t_pass++; \
	else { nkg_t_fail++; fprintf(stderr, "%s:%d: \"%s\" lacks \"%s\"\n", \
		__FILE__, __LINE__, h_ ? h_ : "(null)", needle); } \
} while (0)

static void test_corpus_file(void)
{
	char path[1024];
	const char *slash = strrchr(__FILE__, '/');
	FILE *f;
	char *data = NULL;
	long n;
	nkg_article *a = NULL;
	nkg_error e;
	nkg_reader *r = NULL;

	/* The corpus sits two directories above this file. */
	snprintf(path, sizeof path, "%.*s/../../corpus/001_296144439f759787.txt",
		 slash ? (int)(slash - __FILE__) : 1, slash ? __FILE__ : ".");
	f = fopen(path, "rb");
	CHECK(f != NULL);
	if (!f)
		return;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	data = malloc((size_t)n);
	CHECK(fread(data, 1, (size_t)n, f) == (size_t)n);
	fclose(f);

	CHECK(nkg_article_parse_text(data, (size_t)n, path, NULL, &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "001_296144439f759787");
		CHECK_STR(a->date, "2023-11-20");
		CHECK_STR(a->lang, "fr");
		CHECK(a->url == NULL && a->title == NULL);
		CHECK_STR(a->source, path);
		CHECK(a->body_line == 6);
		CHECK(strncmp(a->body, "OpenAI toujours dans le flou", 28) == 0);
		CHECK(a->body_len == strlen(a->body));
		CHECK(a->body_len == (size_t)n - (size_t)(strstr(data, "OpenAI") - data));
	}
	nkg_article_free(a);
	a = NULL;
	free(data);

	/* Same file through the reader. */
	CHECK(nkg_reader_new(&r, NULL, &e) == 0);
	CHECK(nkg_reader_add(r, path, &e) == 0);
	CHECK(nkg_reader_next(r, &a, &e) == 1);
	if (a)
		CHECK_STR(a->id, "001_296144439f759787");
	nkg_article_free(a);
	CHECK(nkg_reader_next(r, &a, &e) == 0);
	CHECK(a == NULL);
	nkg_reader_free(r);
}

static void test_front_matter(void)
{
	nkg_article *a = NULL;
	nkg_error e;
	nkg_reader_opts o = {0};

	/* Quotes, unknown keys, comments, date-times, upper-case lang. */
	CHECK(PARSE("---\n"
		    "title: \"Le \\\"titre\\\"\"  \n"
		    "url: 'https://ex.org/a?b=c'\n"
		    "author: Someone\n"
		    "# a comment\n"
		    "\n"
		    "Date: 2024-02-29T10:30:00+01:00\n"
		    "lang: FR\n"
		    "id: \"a b/\xc3\xa9\"\n"
		    "---\n"
		    "Body.\n", &a, &e) == 0);
	if (a) {
		CHECK_STR(a->title, "Le \"titre\"");
		CHECK_STR(a->url, "https://ex.org/a?b=c");
		CHECK_STR(a->date, "2024-02-29");
		CHECK_STR(a->lang, "fr");
		CHECK_STR(a->id, "a-b---");
		CHECK_STR(a->body, "Body.\n");
		CHECK(a->body_line == 11);
	}
	nkg_article_free(a);
	a = NULL;

	/* No front matter: whole text is the body, id from the file name,
	 * defaults fill date and lang. */
	o.default_date = "2020-01-02";
	o.default_lang = "en";
	CHECK(nkg_article_parse_text("Hello\n", 6, "some/dir/my file.v2.txt", &o,
				     &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "my-file.v2");
		CHECK_STR(a->date, "2020-01-02");
		CHECK_STR(a->lang, "en");
		CHECK(a->body_line == 1);
		CHECK_STR(a->body, "Hello\n");
	}
	nkg_article_free(a);
	a = NULL;

	/* stdin gets the id "stdin"; an invalid default date is ignored
	 * rather than passed on as validated. */
	o.default_date = "2020-02-30";
	CHECK(nkg_article_parse_text("Hi", 2, "<stdin>", &o, &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "stdin");
		CHECK(a->date == NULL);
	}
	nkg_article_free(a);
	a = NULL;

	/* Front-matter id wins over defaults; empty values are absent. */
	CHECK(PARSE("---\nid: ..\nurl:\n---\nx", &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "--");
		CHECK(a->url == NULL);
		CHECK(a->lang == NULL && a->date == NULL);
	}
	nkg_article_free(a);
}

static void test_errors(void)
{
	PARSE_FAILS("", "x.txt:1:1: empty article");
	PARSE_FAILS("  \n\n", "x.txt:1:1: empty article");
	PARSE_FAILS("\xEF\xBB\xBF", "x.txt:1:1: empty article");
	PARSE_FAILS("---\ndate: 2023-01-01\n---\n", "x.txt:4:1: empty body");
	PARSE_FAILS("---\ndate: 2023-01-01\n---", "x.txt:4:1: empty body");
	PARSE_FAILS("---\ndate: 2023-01-01\n---\n\n  \n", "x.txt:4:1: empty body");
	PARSE_FAILS("---\ndate: 2023-01-01\nbody text\n",
		    "x.txt:1:1: unterminated front matter");
	PARSE_FAILS("---\ndate: 2023-01-01\n  bogus line\n---\nbody",
		    "x.txt:3:3: front matter line has no ':'");
	PARSE_FAILS("---\nid: a\ndate: 2023-02-29\n---\nbody",
		    "x.txt:3:7: invalid date '2023-02-29'");
	PARSE_FAILS("---\ndate:   23-11-20\n---\nbody", "x.txt:2:9: invalid date");
	PARSE_FAILS("---\ndate: 2023-11-20T25:00\n---\nbody", "x.txt:2:7: invalid date");
	PARSE_FAILS("---\ndate: '2023-11-20\n---\nbody", "x.txt:2:7: unterminated quoted value");
	PARSE_FAILS("---\nlang: english\n---\nbody", "x.txt:2:7: invalid lang 'english'");
	PARSE_FAILS("---\nlang: f\n---\nbody", "x.txt:2:7: invalid lang");
	PARSE_FAILS("---\nlang: fr_FR\n---\nbody", "invalid lang 'fr_FR'");
	/* Invalid UTF-8: line 4, after "h\xc3\xa9" (2 characters) -> col 3. */
	PARSE_FAILS("---\nid: a\n---\nh\xc3\xa9\xff ok\n",
		    "x.txt:4:3: invalid UTF-8 (byte 0xFF)");
	PARSE_FAILS("ok\r\nab\xc0\xaf", "x.txt:2:3: invalid UTF-8 (byte 0xC0)");
	PARSE_FAILS("abc\ndef\0ghi", "x.txt:2:4: contains NUL bytes (binary?)");
	PARSE_FAILS("\xFF\xFEh\0i\0", "x.txt:1:1: UTF-16 text is not supported; convert to UTF-8");
	PARSE_FAILS("\xFE\xFF\0h\0i", "UTF-16 text is not supported; convert to UTF-8");
	PARSE_FAILS("\xFF\xFE\0\0h\0\0\0", "UTF-32 text is not supported; convert to UTF-8");
}

static void test_newlines_bom(void)
{
	nkg_article *a = NULL;
	nkg_error e;

	CHECK(PARSE("\xEF\xBB\xBF---\r\nid: crlf\r\n---\r\nline1\r\nline2\rline3\n\r\n",
		    &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "crlf");
		CHECK_STR(a->body, "line1\nline2\nline3\n\n");
		CHECK(a->body_len == 19);
		CHECK(a->body_line == 4);
	}
	nkg_article_free(a);
	a = NULL;

	/* Lone CRs count as line breaks in positions too. */
	PARSE_FAILS("---\rid: a\rno colon\r---\rbody", "x.txt:3:1: front matter line has no ':'");
}

static void test_dates(void)
{
	CHECK(nkg_date_valid("2024-02-29") == 0);
	CHECK(nkg_date_valid("2000-02-29") == 0);
	CHECK(nkg_date_valid("1999-12-31") == 0);
	CHECK(nkg_date_valid("2023-02-29") != 0);
	CHECK(nkg_date_valid("1900-02-29") != 0);
	CHECK(nkg_date_valid("2023-04-31") != 0);
	CHECK(nkg_date_valid("2023-13-01") != 0);
	CHECK(nkg_date_valid("2023-00-10") != 0);
	CHECK(nkg_date_valid("0000-01-01") != 0);
	CHECK(nkg_date_valid("2023-1-01") != 0);
	CHECK(nkg_date_valid("2023-01-01T00:00") != 0);
	CHECK(nkg_date_valid("") != 0);
	CHECK(nkg_date_valid(NULL) != 0);
	/* Articles dated only to the month or the year (issue 15). */
	CHECK(nkg_date_valid("2023-11") == 0);
	CHECK(nkg_date_valid("2023") == 0);
	CHECK(nkg_date_valid("2023-13") != 0);
	CHECK(nkg_date_valid("2023-00") != 0);
	CHECK(nkg_date_valid("2023-1") != 0);
	CHECK(nkg_date_valid("0000") != 0);
	CHECK(nkg_date_valid("202") != 0);

	nkg_article *a = NULL;
	nkg_error e;
	CHECK(PARSE("---\ndate: 2013-04\n---\nbody", &a, &e) == 0);
	if (a)
		CHECK_STR(a->date, "2013-04");
	nkg_article_free(a);
	a = NULL;
	CHECK(PARSE("---\ndate: '2013'\n---\nbody", &a, &e) == 0);
	if (a)
		CHECK_STR(a->date, "2013");
	nkg_article_free(a);
	a = NULL;
	CHECK(nkg_article_parse_json("{\"text\": \"a\", \"date\": \"2013-04\"}", 32,
				     "c.jsonl:1", NULL, &a, &e) == 0);
	if (a)
		CHECK_STR(a->date, "2013-04");
	nkg_article_free(a);
	PARSE_FAILS("---\ndate: 2013-4\n---\nbody", "x.txt:2:7: invalid date '2013-4'");
}

static void test_json(void)
{
	static const char rec[] =
		"{\"id\": 42, \"text\": \"a\\\"b\\\\c\\/d\\be\\ff\\ng\\rh\\ti "
		"\\u00e9\\u20AC\\ud83d\\ude00\", \"extra\": {\"k\": [1, -2.5e+3, true, "
		"false, null, {\"x\": []}]}, \"date\": \"2023-11-21T08:00:00Z\", "
		"\"lang\": \"en-GB\", \"url\": null, \"title\": \"T\"}\r\n";
	nkg_article *a = NULL;
	nkg_error e;
	nkg_reader_opts o = {0};

	CHECK(nkg_article_parse_json(rec, sizeof rec - 1, "dir/c.jsonl:3", NULL,
				     &a, &e) == 0);
	if (a) {
		/* JSON \b and \f become spaces (scrub_text: XML cannot carry them). */
		CHECK_STR(a->body, "a\"b\\c/d e f\ng\nh\ti \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80");
		CHECK_STR(a->id, "42");
		CHECK_STR(a->date, "2023-11-21");
		CHECK_STR(a->lang, "en-GB");
		CHECK(a->url == NULL);
		CHECK_STR(a->title, "T");
		CHECK_STR(a->source, "dir/c.jsonl:3");
		CHECK(a->body_line == 3);
	}
	nkg_article_free(a);
	a = NULL;

	/* Without an id: "<basename>-<lineno>"; defaults apply. */
	o.default_lang = "fr";
	CHECK(nkg_article_parse_json("{\"text\":\"x\"}", 12, "/a/b.c/news.jsonl:12",
				     &o, &a, &e) == 0);
	if (a) {
		CHECK_STR(a->id, "news-12");
		CHECK_STR(a->lang, "fr");
	}
	nkg_article_free(a);

	JSON_FAILS("{\"text\": \"x\"", "c.jsonl:7: invalid JSON: expected ',' or '}' at column 13");
	JSON_FAILS("{\"text\": \"x\"} x", "c.jsonl:7: invalid JSON: unexpected data after the object at column 15");
	JSON_FAILS("[1]", "c.jsonl:7: invalid JSON: expected an object at column 1");
	JSON_FAILS("{text: 1}", "invalid JSON: expected a string key at column 2");
	JSON_FAILS("{\"text\": \"a\\ud800\"}", "invalid JSON: unpaired surrogate in \\u escape at column 12");
	JSON_FAILS("{\"text\": \"a\\udc00\\ud800\"}", "unpaired surrogate");
	JSON_FAILS("{\"text\": \"a\\u12g4\"}", "bad \\u escape");
	JSON_FAILS("{\"text\": \"a\\u0000\"}", "\\u0000 is not allowed");
	JSON_FAILS("{\"text\": \"a\\x\"}", "invalid escape");
	JSON_FAILS("{\"text\": \"a\tb\"}", "control character in string");
	JSON_FAILS("{\"text\": \"a\", \"n\": 01}", "expected ',' or '}'");
	JSON_FAILS("{\"text\": \"a\", \"n\": 1.}", "invalid number");
	JSON_FAILS("{\"text\": \"a\", \"n\": tru}", "invalid literal");
	JSON_FAILS("{\"text\": \"a\", \"n\": [1,]}", "unexpected character");
	JSON_FAILS("{\"text\": \"\xc3\"}", "invalid JSON: invalid UTF-8 at column 11");
	JSON_FAILS("{\"id\": \"a\"}", "c.jsonl:7: missing \"text\"");
	JSON_FAILS("{\"text\": 3}", "field \"text\" must be a string");
	JSON_FAILS("{\"text\": \"a\", \"date\": 20231120}", "field \"date\" must be a string");
	JSON_FAILS("{\"text\": \" \\n \"}", "c.jsonl:7: empty \"text\"");
	JSON_FAILS("{\"text\": \"a\", \"date\": \"2023-11-31\"}", "c.jsonl:7: invalid date '2023-11-31'");
	JSON_FAILS("{\"text\": \"a\", \"lang\": \"french\"}", "c.jsonl:7: invalid lang 'french'");
	{
		/* Deep nesting is refused, not a stack overflow. */
		char deep[2100];
		nkg_article *d = NULL;
		size_t i, k = 0;
		k += (size_t)sprintf(deep, "{\"text\":\"a\",\"x\":");
		for (i = 0; i < 1000; i++)
			deep[k++] = '[';
		for (i = 0; i < 1000; i++)
			deep[k++] = ']';
		deep[k++] = '}';
		CHECK(nkg_article_parse_json(deep, k, "d.jsonl:1", NULL, &d, &e) == NKG_EINPUT);
		CONTAINS(e.msg, "nesting too deep");
		nkg_article_free(d);
	}
}

/* Reads everything from r into ids ("id|id|..."); returns the last code. */
static int drain(nkg_reader *r, char *ids, size_t cap, nkg_error *e)
{
	nkg_article *a = NULL;
	int rc;

	ids[0] = '\0';
	while ((rc = nkg_reader_next(r, &a, e)) == 1) {
		size_t l = strlen(ids);
		snprintf(ids + l, cap - l, "%s%s", l ? "|" : "", a->id);
		nkg_article_free(a);
		a = NULL;
	}
	return rc;
}

static void test_jsonl_file(void)
{
	nkg_reader *r = NULL;
	nkg_reader_opts o = {0};
	nkg_article *a = NULL;
	nkg_error e;
	char ids[512];

	WRITE("c.jsonl", "\xEF\xBB\xBF{\"text\": \"one\"}\n"
		  "{\"text\": \"two\", oops}\n"
		  "\n"
		  "   \r\n"
		  "{\"text\": \"five\", \"id\": \"v\"}\r\n"
		  "{\"text\": \"six\"}");

	/* Without keep_going the broken line is an error... */
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("c.jsonl"), &e) == 0);
	CHECK(nkg_reader_next(r, &a, &e) == 1);
	if (a) {
		CHECK_STR(a->id, "c-1");
		CHECK_STR(a->body, "one");
		CONTAINS(a->source, "c.jsonl:1");
	}
	nkg_article_free(a);
	a = NULL;
	CHECK(nkg_reader_next(r, &a, &e) == NKG_EINPUT);
	CHECK(a == NULL);
	CONTAINS(e.msg, "c.jsonl:2: invalid JSON: expected a string key at column 17");
	nkg_reader_free(r);

	/* ... with keep_going it is a warning and reading goes on. */
	reset_warnings();
	o.keep_going = 1;
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("c.jsonl"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "c-1|v|c-6");
	CHECK(n_warnings == 1);
	CONTAINS(warnings, "c.jsonl:2: invalid JSON: expected a string key");
	nkg_reader_free(r);

	/* A JSON Lines file starting with a UTF-16 BOM. */
	WRITE("u16.jsonl", "\xFF\xFE{\0\n\0");
	o.keep_going = 0;
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	CHECK(nkg_reader_add(r, tpath("u16.jsonl"), &e) == 0);
	CHECK(nkg_reader_next(r, &a, &e) == NKG_EINPUT);
	CONTAINS(e.msg, "u16.jsonl:1: UTF-16 text is not supported");
	nkg_reader_free(r);
}

static void test_directory(void)
{
	nkg_reader *r = NULL;
	nkg_error e;
	char ids[512];

	CHECK(mkdir(tpath("d"), 0755) == 0);
	CHECK(mkdir(tpath("d/a"), 0755) == 0);
	CHECK(mkdir(tpath("d/a/sub"), 0755) == 0);
	CHECK(mkdir(tpath("d/.git"), 0755) == 0);
	WRITE("d/b.txt", "b");
	WRITE("d/a.txt", "a");
	WRITE("d/B.txt", "B");
	WRITE("d/a/z.txt", "z");
	WRITE("d/a/sub/y.txt", "y");
	WRITE("d/c.jsonl", "{\"text\":\"c1\"}\n{\"text\":\"c2\"}\n");
	WRITE("d/notes.md", "not an article");
	/* suffixes in any case: a text file read, an .XML one skipped
	 * (a feed only when named on the command line) */
	WRITE("d/E.TXT", "e");
	WRITE("d/feed.XML", "<rss version=\"2.0\"><channel><item><title>T</title>"
	      "<description>item</description></item></channel></rss>");
	WRITE("d/.hidden.txt", "hidden");
	WRITE("d/.git/x.txt", "hidden");
	/* A loop back to the top and a dangling link. */
	CHECK(symlink("..", tpath("d/a/sub/loop")) == 0);
	CHECK(symlink("nowhere.txt", tpath("d/dangling.txt")) == 0);

	reset_warnings();
	CHECK(nkg_reader_new(&r, NULL, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("d/"), &e) == 0);
	/* strcmp order, depth first: "B.txt" < "a" < "a.txt" < "b.txt" ... */
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "B|E|y|z|a|b|c-1|c-2");
	nkg_reader_free(r);
	CHECK(n_warnings == 2);
	CONTAINS(warnings, "d/a/sub/loop: symlink loop");
	CONTAINS(warnings, "d/dangling.txt: No such file or directory; skipped");
}

static void test_missing_and_stdin(void)
{
	nkg_reader *r = NULL;
	nkg_reader_opts o = {0};
	nkg_article *a = NULL;
	nkg_error e;
	int fds[2], saved;
	char ids[128];

	CHECK(nkg_reader_new(&r, NULL, &e) == 0);
	CHECK(nkg_reader_add(r, tpath("missing.txt"), &e) == NKG_EIO);
	CONTAINS(e.msg, "missing.txt: No such file or directory");
	CHECK(nkg_reader_add(r, tpath("missing-dir/"), &e) == NKG_EIO);
	/* A file that disappears between add and read: error at read time. */
	WRITE("gone.txt", "x");
	CHECK(nkg_reader_add(r, tpath("gone.txt"), &e) == 0);
	unlink(tpath("gone.txt"));
	CHECK(nkg_reader_next(r, &a, &e) == NKG_EIO);
	CONTAINS(e.msg, "gone.txt: No such file or directory");
	nkg_reader_free(r);

	/* stdin from a pipe. */
	saved = dup(0);
	CHECK(pipe(fds) == 0);
	CHECK(write(fds[1], "---\nlang: en\n---\nFrom stdin\n", 28) == 28);
	close(fds[1]);
	dup2(fds[0], 0);
	close(fds[0]);
	CHECK(nkg_reader_new(&r, NULL, &e) == 0);
	CHECK(nkg_reader_add(r, "-", &e) == 0);
	CHECK(nkg_reader_next(r, &a, &e) == 1);
	if (a) {
		CHECK_STR(a->id, "stdin");
		CHECK_STR(a->source, "<stdin>");
		CHECK_STR(a->lang, "en");
		CHECK_STR(a->body, "From stdin\n");
		CHECK(a->body_line == 4);
	}
	nkg_article_free(a);
	nkg_reader_free(r);
	clearerr(stdin);

	/* stdin over the limit: reading stops, a warning, then the next
	 * input. */
	CHECK(pipe(fds) == 0);
	CHECK(write(fds[1], "0123456789abcdef", 16) == 16);
	close(fds[1]);
	dup2(fds[0], 0);
	close(fds[0]);
	WRITE("small.txt", "tiny");
	reset_warnings();
	o.max_article_bytes = 10;
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, "-", &e) == 0);
	CHECK(nkg_reader_add(r, tpath("small.txt"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "small");
	CONTAINS(warnings, "<stdin>: article is more than 10 bytes, over the limit of 10 (--max-article-bytes); skipped");
	nkg_reader_free(r);
	clearerr(stdin);
	dup2(saved, 0);
	close(saved);
}

static void test_size_limit(void)
{
	nkg_reader *r = NULL;
	nkg_reader_opts o = {0};
	nkg_error e;
	char ids[256];

	WRITE("big.txt", "0123456789X");
	WRITE("exact.txt", "0123456789");
	WRITE("l.jsonl", "{\"text\":\"ok\"}\n{\"text\":\"too long\"}\n{\"text\":\"y\"}\n");
	o.max_article_bytes = 13;
	reset_warnings();
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("big.txt"), &e) == 0);
	CHECK(nkg_reader_add(r, tpath("exact.txt"), &e) == 0);
	CHECK(nkg_reader_add(r, tpath("l.jsonl"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "big|exact|l-1|l-3");
	CHECK(n_warnings == 1);
	CONTAINS(warnings, "l.jsonl:2: article is 19 bytes, over the limit of 13 (--max-article-bytes); skipped");
	nkg_reader_free(r);

	o.max_article_bytes = 10;
	reset_warnings();
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("big.txt"), &e) == 0);
	CHECK(nkg_reader_add(r, tpath("exact.txt"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "exact");
	CONTAINS(warnings, "big.txt: article is 11 bytes, over the limit of 10 (--max-article-bytes); skipped");
	nkg_reader_free(r);
}

static void test_keep_going_text(void)
{
	nkg_reader *r = NULL;
	nkg_reader_opts o = {0};
	nkg_error e;
	char ids[256];

	CHECK(mkdir(tpath("k"), 0755) == 0);
	WRITE("k/1.txt", "one");
	WRITE("k/2.txt", "---\ndate: 2023-02-30\n---\nbad");
	WRITE("k/3.txt", "three");
	o.keep_going = 1;
	reset_warnings();
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	nkg_reader_set_warn(r, on_warn, NULL);
	CHECK(nkg_reader_add(r, tpath("k"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == 0);
	CHECK_STR(ids, "1|3");
	CONTAINS(warnings, "k/2.txt:2:7: invalid date '2023-02-30'");
	nkg_reader_free(r);

	o.keep_going = 0;
	CHECK(nkg_reader_new(&r, &o, &e) == 0);
	CHECK(nkg_reader_add(r, tpath("k"), &e) == 0);
	CHECK(drain(r, ids, sizeof ids, &e) == NKG_EINPUT);
	CHECK_STR(ids, "1");
	CONTAINS(e.msg, "k/2.txt:2:7: invalid date");
	nkg_reader_free(r);
}

static int rm_entry(const char *p, const struct stat *sb, int flag, struct FTW *ftw)
{
	(void)sb; (void)flag; (void)ftw;
	return remove(p);
}

int main(void)
{
	nkg_reader_free(NULL);
	nkg_article_free(NULL);
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 2;
	}
	test_corpus_file();
	test_front_matter();
	test_errors();
	test_newlines_bom();
	test_dates();
	test_json();
	test_jsonl_file();
	test_directory();
	test_missing_and_stdin();
	test_size_limit();
	test_keep_going_text();
	/* FTW_PHYS: remove symlinks themselves, never follow them. */
	nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	return TEST_DONE();
}

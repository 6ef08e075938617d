/* Unit tests for the feed reader (src/feed.c): RSS 2.0, RSS 1.0, Atom
 * (html, xhtml and text content), item metadata, bad items and bad XML. */
#include "newskg/feed.h"
#include "nkg_test.h"

#include <stdlib.h>
#include <string.h>

#define HAS(hay, needle) CHECK((hay) && strstr((hay), (needle)) != NULL)

static nkg_feed *open_feed(const char *xml, int *rc, nkg_error *e)
{
	nkg_feed *f = NULL;
	nkg_error_clear(e);
	*rc = nkg_feed_new(&f, xml, strlen(xml), "t/news.rss", NULL, e);
	return f;
}

/* The next article of f, checked against body, date, url and lang; the
 * caller checks more and frees it. */
static nkg_article *next_is(nkg_feed *f, const char *body, const char *date,
			    const char *url, const char *lang)
{
	nkg_article *a = NULL;
	nkg_error e;
	nkg_error_clear(&e);
	CHECK(nkg_feed_next(f, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, body);
	CHECK_STR(a ? a->date : NULL, date);
	CHECK_STR(a ? a->url : NULL, url);
	CHECK_STR(a ? a->lang : NULL, lang);
	return a;
}

static void test_rss(void)
{
	static const char xml[] =
		"<?xml version=\"1.0\"?>\n"
		"<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
		"<channel><title>C</title><language>fr-fr</language>\n"
		"<item><title>Premier</title><link>https://x.example/1</link>\n"
		"<pubDate>Mon, 20 Nov 2023 10:00:00 +0100</pubDate><dc:creator>Anne Auteur</dc:creator>\n"
		"<description>R&#233;sum&#233; seul</description>\n"
		"<content:encoded><![CDATA[<p>Jeanne Martin a rejoint Solvea.</p><div class=\"share\">Partager</div>]]></content:encoded></item>\n"
		"<item><title>Vide</title></item>\n"
		"<item><title>Deux</title><description>&lt;p&gt;Paul Durand quitte Orvo.&lt;/p&gt;</description></item>\n"
		"</channel></rss>\n";
	nkg_error e;
	nkg_article *a = NULL;
	int rc;
	nkg_feed *f = open_feed(xml, &rc, &e);

	CHECK(rc == 0 && f);
	if (!f)
		return;
	a = next_is(f, "Premier\n\nAnne Auteur\n\nJeanne Martin a rejoint Solvea.",
		    "2023-11-20", "https://x.example/1", "fr-fr");
	CHECK_STR(a ? a->id : NULL, "news-1");
	CHECK_STR(a ? a->source : NULL, "t/news.rss:4");
	nkg_article_free(a);
	/* an item without content: an error naming its line, then the next */
	a = NULL;
	nkg_error_clear(&e);
	CHECK(nkg_feed_next(f, &a, &e) == NKG_EINPUT && a == NULL);
	HAS(e.msg, "t/news.rss:8: item 2 has no content");
	CHECK(nkg_feed_next(f, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Deux\n\nPaul Durand quitte Orvo.");
	CHECK_STR(a ? a->id : NULL, "news-3");
	nkg_article_free(a);
	a = NULL;
	CHECK(nkg_feed_next(f, &a, &e) == 0 && a == NULL);
	nkg_feed_free(f);
	nkg_feed_free(NULL);
}

static void test_atom(void)
{
	static const char xml[] =
		"<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n"
		"<entry><title>One</title><link rel=\"self\" href=\"https://x.example/self\"/><link href=\"https://x.example/2023/05/02/one\"/>\n"
		"<published>2023-05-02T10:00:00Z</published><updated>2023-06-01T00:00:00Z</updated>\n"
		"<author><name>Ann Writer</name></author>\n"
		"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>John Roe joined <b>Acme</b>.</p></div></content></entry>\n"
		"<entry><title>Two</title><updated>2023-06-01T00:00:00Z</updated><summary>Plain &amp; text &lt;b&gt;\n\nsecond para</summary></entry>\n"
		"<entry><title>Three</title><content type=\"html\">&lt;p&gt;Jane Doe left Orvo.&lt;/p&gt;</content></entry>\n"
		"</feed>\n";
	nkg_error e;
	nkg_article *a = NULL;
	int rc;
	nkg_feed *f = open_feed(xml, &rc, &e);

	CHECK(rc == 0 && f);
	if (!f)
		return;
	a = next_is(f, "One\n\nAnn Writer\n\nJohn Roe joined Acme.",
		    "2023-05-02", "https://x.example/2023/05/02/one", "en");
	nkg_article_free(a);
	CHECK(nkg_feed_next(f, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Two\n\nPlain & text <b>\n\nsecond para");
	CHECK_STR(a ? a->date : NULL, "2023-06-01");
	nkg_article_free(a);
	CHECK(nkg_feed_next(f, &a, &e) == 1);
	CHECK_STR(a ? a->body : NULL, "Three\n\nJane Doe left Orvo.");
	CHECK(a && a->date == NULL);
	nkg_article_free(a);
	CHECK(nkg_feed_next(f, &a, &e) == 0);
	nkg_feed_free(f);
}

static void test_bad(void)
{
	nkg_error e;
	int rc;
	nkg_feed *f = open_feed("<rss><channel>\n<item><title>A &nbsp; B</title></item></channel></rss>", &rc, &e);
	CHECK(rc == NKG_EINPUT && !f);
	HAS(e.msg, "t/news.rss:2:");
	HAS(e.msg, "not well-formed XML");
	f = open_feed("<html><body/></html>", &rc, &e);
	CHECK(rc == NKG_EINPUT && !f);
	HAS(e.msg, "not an RSS or Atom feed (root element <html>)");
	/* entities of an internal DTD are never expanded */
	f = open_feed("<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
		      "<rss><channel><item><description>&b;&b;&b;x</description></item></channel></rss>", &rc, &e);
	if (f) {
		nkg_article *a = NULL;
		rc = nkg_feed_next(f, &a, &e);
		CHECK(rc == 1 || rc == NKG_EINPUT);
		if (a)
			CHECK(strlen(a->body) < 100);
		nkg_article_free(a);
		nkg_feed_free(f);
	}
	CHECK(nkg_feed_sniff("<?xml version=\"1.0\"?>\n<!-- c --><rss version=\"2.0\">", 50) == 1);
	CHECK(nkg_feed_sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">", 42) == 1);
	CHECK(nkg_feed_sniff("<?xml version=\"1.0\"?><html>", 27) == 0);
	CHECK(nkg_feed_sniff("hello", 5) == 0);
}

int main(void)
{
	test_rss();
	test_atom();
	test_bad();
	return TEST_DONE();
}

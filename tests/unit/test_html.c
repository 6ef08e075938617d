/* Unit tests for the HTML reader (src/html.c) and the charsets it reads
 * (src/charset.c): the article found in the page furniture, the text's
 * lines, metadata and its precedence, charsets, errors. */
#include "newskg/charset.h"
#include "newskg/html.h"
#include "nkg_test.h"

#include <stdlib.h>
#include <string.h>

static nkg_article *read_page(const char *html, const nkg_html_meta *meta,
			      int *rc, nkg_error *e)
{
	nkg_article *a = NULL;
	nkg_error_clear(e);
	*rc = nkg_html_read(html, strlen(html), "t/page.html", meta, NULL, &a, e);
	return a;
}

#define HAS(hay, needle) CHECK((hay) && strstr((hay), (needle)) != NULL)
#define HASNT(hay, needle) CHECK((hay) && strstr((hay), (needle)) == NULL)

static void test_chrome(void)
{
	static const char page[] =
		"<!DOCTYPE html><html lang=\"fr-FR\"><head><title>T | Site</title>"
		"<meta property=\"og:title\" content=\"Titre OG\">"
		"<link rel=\"canonical\" href=\"https://x.example/a\"></head><body>"
		"<header><nav><a href=\"/\">Accueil</a> <a>Menu Jean Menu</a></nav></header>"
		"<div class=\"cookie-banner\"><p>Nous utilisons des cookies, dit Paul Cookie.</p></div>"
		"<article><header><h1>Le grand titre</h1><p class=\"chapo\">Le chapeau de l'article.</p>"
		"<p class=\"byline\">Par <a rel=\"author\">Anne Auteur</a> <time datetime=\"2023-11-20\">hier</time></p></header>"
		"<div class=\"share-bar\"><a>Partager</a></div>"
		"<p>Premier paragraphe : Jeanne Martin a été nommée PDG de Solvea.</p>"
		"<figure><img src=x alt=\"Alt Name\"><figcaption>Jeanne Martin en 2020. <span class=\"credit\">Photo : Luc Credit</span></figcaption></figure>"
		"<div class=\"encadre\"><h3>Lire aussi</h3><p>Un autre sujet sur Marc Ailleurs qui quitte Orvo.</p></div>"
		"<ul class=\"x\"><li><a href=1>Lien Un Deux</a></li><li><a href=2>Lien Trois</a></li></ul>"
		"<p>Second paragraphe,<br>sur deux lignes.</p></article>"
		"<section id=\"comments\"><h2>3 commentaires</h2><p>Commentaire de Gilles Lecteur.</p></section>"
		"<aside><p>Les plus lus : Rita Aside nommée</p></aside>"
		"<footer><p>Directeur de la publication : Pierre Pied.</p></footer>"
		"</body></html>";
	nkg_error e;
	int rc;
	nkg_article *a = read_page(page, NULL, &rc, &e);

	CHECK(rc == 0);
	if (!a)
		return;
	/* headline first, then the standfirst, the byline, paragraphs and
	 * caption, each a line of its own */
	{
		static const char lead[] = "Le grand titre\n\nLe chapeau de l'article.\n\n"
			"Par Anne Auteur\n\nPremier paragraphe";
		CHECK(strncmp(a->body, lead, sizeof lead - 1) == 0);
	}
	HAS(a->body, "\n\nJeanne Martin en 2020.\n\n");
	HAS(a->body, "\n\nSecond paragraphe,\n\nsur deux lignes.");
	const char *chrome[] = { "Accueil", "Menu", "cookies", "Partager", "Luc Credit",
				 "Marc Ailleurs", "Lien Un", "Gilles", "Rita", "Pierre Pied",
				 "Alt Name", "hier", NULL };
	for (int i = 0; chrome[i]; i++)
		HASNT(a->body, chrome[i]);
	CHECK_STR(a->title, "Le grand titre");
	CHECK_STR(a->lang, "fr-FR");
	CHECK_STR(a->url, "https://x.example/a");
	CHECK_STR(a->date, "2023-11-20"); /* the article's first <time> */
	CHECK_STR(a->id, "page");
	CHECK(a->body_len == strlen(a->body));
	nkg_article_free(a);
}

/* The date sources, best first: JSON-LD, meta tags, <time pubdate>, the
 * first <time> of the article, the URL, the carrier. */
static void test_dates(void)
{
	static const struct { const char *html; const char *carrier; const char *want; } cases[] = {
		{ "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"dateModified\":\"2024-01-01\",\"datePublished\":\"2023-11-20T10:00:00+01:00\"}</script>"
		  "<meta property=\"article:published_time\" content=\"2022-01-01\"></head><body><p>Texte.</p></body></html>", NULL, "2023-11-20" },
		{ "<html><head><meta property=\"article:published_time\" content=\"2022-05-06T08:00:00Z\"></head>"
		  "<body><article><time datetime=\"2021-01-01\">x</time><p>Texte.</p></article></body></html>", NULL, "2022-05-06" },
		{ "<html><head><meta name=\"DC.date.issued\" content=\"2020-02\"></head><body><p>Texte.</p></body></html>", NULL, "2020-02" },
		{ "<html><body><article><p>Texte <time datetime=\"2019-03-04T10:00\">le 4</time>.</p></article></body></html>", NULL, "2019-03-04" },
		{ "<html><head><link rel=\"canonical\" href=\"https://x.example/2018/07/09/titre\"></head><body><p>Texte.</p></body></html>", NULL, "2018-07-09" },
		{ "<html><head><link rel=\"canonical\" href=\"https://x.example/2018/07/titre\"></head><body><p>Texte.</p></body></html>", NULL, "2018-07" },
		{ "<html><body><p>Texte.</p></body></html>", "Tue, 21 Nov 2023 07:45:00 +0100", "2023-11-21" },
		{ "<html><head><meta name=\"date\" content=\"pas une date\"></head><body><p>Texte.</p></body></html>", NULL, NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		nkg_html_meta m = { 0 };
		nkg_error e;
		int rc;
		m.date = cases[i].carrier;
		nkg_article *a = read_page(cases[i].html, &m, &rc, &e);
		CHECK(rc == 0);
		if (cases[i].want)
			CHECK_STR(a ? a->date : NULL, cases[i].want);
		else
			CHECK(a && a->date == NULL);
		nkg_article_free(a);
	}
	char d[11];
	CHECK(nkg_date_normalise("Mon, 20 Nov 2023 10:00:00 GMT", 29, d) == 0 && !strcmp(d, "2023-11-20"));
	CHECK(nkg_date_normalise("20 Nov 23 10:00 +0100", 21, d) == 0 && !strcmp(d, "2023-11-20"));
	CHECK(nkg_date_normalise(" 2023-11-20T23:59:59-05:00 ", 27, d) == 0 && !strcmp(d, "2023-11-20"));
	CHECK(nkg_date_normalise("31 Feb 2023", 11, d) != 0);
	CHECK(nkg_date_normalise("2023-1", 6, d) != 0);
	CHECK(nkg_date_normalise("2023-11-20x", 11, d) != 0);
}

static void test_lang_and_meta(void)
{
	nkg_error e;
	int rc;
	nkg_article *a = read_page("<html><head><meta property=\"og:locale\" content=\"en_GB\">"
				   "<meta property=\"og:url\" content=\"https://x.example/b\"></head>"
				   "<body><h1>Head</h1><p>Body text.</p></body></html>", NULL, &rc, &e);
	CHECK(rc == 0);
	CHECK_STR(a ? a->lang : NULL, "en-GB");
	CHECK_STR(a ? a->url : NULL, "https://x.example/b");
	nkg_article_free(a);
	/* a feed item: its title and author lead, its link and language */
	nkg_html_meta m = { .title = "Item title", .byline = "Ann Writer", .url = "https://x.example/c",
			    .lang = "en", .id = "feed-3", .fragment = 1, .record_id = "<urn:uuid:9>" };
	a = read_page("<p>Item title</p><p>John Roe joined Acme.</p>", &m, &rc, &e);
	CHECK(rc == 0);
	CHECK_STR(a ? a->body : NULL, "Item title\n\nAnn Writer\n\nJohn Roe joined Acme.");
	CHECK_STR(a ? a->id : NULL, "feed-3");
	CHECK_STR(a ? a->lang : NULL, "en");
	CHECK_STR(a ? a->record_id : NULL, "<urn:uuid:9>");
	nkg_article_free(a);
}

static void test_charsets(void)
{
	nkg_error e;
	int rc;
	char name[NKG_CHARSET_MAX];
	/* windows-1252 declared in the page: curly quote 0x92, é 0xE9 */
	nkg_article *a = read_page("<html><head><meta charset=\"windows-1252\"></head><body><p>L\x92\xe9t\xe9.</p></body></html>",
				   NULL, &rc, &e);
	CHECK(rc == 0);
	CHECK_STR(a ? a->body : NULL, "L\xe2\x80\x99\xc3\xa9t\xc3\xa9.");
	nkg_article_free(a);
	/* ISO-8859-1 declared by the carrier (HTTP) wins over nothing */
	nkg_html_meta m = { .charset = "iso-8859-1" };
	a = read_page("<p>Caf\xe9.</p>", &m, &rc, &e);
	CHECK_STR(a ? a->body : NULL, "Caf\xc3\xa9.");
	nkg_article_free(a);
	/* undeclared invalid UTF-8: an error naming the byte */
	a = read_page("<html><body><p>Caf\xe9 cr\xe8me.</p></body></html>", NULL, &rc, &e);
	CHECK(rc == NKG_EINPUT && a == NULL);
	HAS(e.msg, "t/page.html: byte 18: invalid UTF-8");
	/* declared UTF-8 with a bad byte: replaced */
	a = read_page("<html><head><meta charset=utf-8></head><body><p>A\xff.</p></body></html>", NULL, &rc, &e);
	CHECK_STR(a ? a->body : NULL, "A\xef\xbf\xbd.");
	nkg_article_free(a);
	/* unknown charset */
	m.charset = "x-klingon";
	a = read_page("<p>x</p>", &m, &rc, &e);
	CHECK(rc == NKG_EINPUT && a == NULL);
	HAS(e.msg, "unsupported charset 'x-klingon'");
	CHECK(nkg_charset_param("text/html; Charset=\"ISO-8859-1\"", name) == 1 && !strcmp(name, "iso-8859-1"));
	CHECK(nkg_charset_param("text/html", name) == 0 && !name[0]);
	CHECK(nkg_charset_sniff("<!-- <meta charset=koi8-r> --><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">", 108, name) == 1 &&
	      !strcmp(name, "windows-1252"));
}

static void test_errors(void)
{
	nkg_error e;
	int rc;
	nkg_article *a = read_page("<html><body><nav><a>Menu</a></nav><script>var x;</script></body></html>", NULL, &rc, &e);
	CHECK(rc == NKG_EINPUT && a == NULL);
	HAS(e.msg, "t/page.html: no article text");
	/* an empty page is a page without text, not out of memory */
	a = read_page("", NULL, &rc, &e);
	CHECK(rc == NKG_EINPUT && a == NULL);
	HAS(e.msg, "t/page.html: no article text");
	a = read_page("\xef\xbb\xbf", NULL, &rc, &e);
	CHECK(rc == NKG_EINPUT && a == NULL);
	CHECK(nkg_html_sniff("\xef\xbb\xbf <!-- x --> <!DOCTYPE html><p>", 30) == 1);
	CHECK(nkg_html_sniff("<html>", 6) == 1);
	CHECK(nkg_html_sniff("Texte <p>", 9) == 0);
	CHECK(nkg_html_sniff("<htmlx>", 7) == 0);
	/* a deep tree is cut, not recursed into without end */
	size_t depth = 5000;
	char *deep = malloc(depth * 5 + 64);
	strcpy(deep, "<p>Haut.</p>");
	for (size_t i = 0; i < depth; i++)
		memcpy(deep + 12 + 5 * i, "<div>", 6);
	strcat(deep, "Bas.");
	a = read_page(deep, NULL, &rc, &e);
	CHECK(rc == 0 || rc == NKG_EINPUT);
	nkg_article_free(a);
	free(deep);
}

int main(void)
{
	test_chrome();
	test_dates();
	test_lang_and_meta();
	test_charsets();
	test_errors();
	return TEST_DONE();
}

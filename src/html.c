/* newskg — HTML pages: the article of a web page (or of a feed item's
 * HTML), its text laid out as src/segment.c reads a plain-text article,
 * and its metadata (headline, publication date, language, canonical URL).
 *
 * Why libxml2's HTML parser and not gumbo: raptor already links libxml2,
 * the feed reader needs its XML parser anyway (one parser library to
 * install, audit and fuzz, not two), and it reads several times faster
 * than gumbo, which the HTML reader's throughput goal needs.  It builds
 * HTML5's sectioning elements (<article>, <nav>, <header>...) as ordinary
 * elements, which is all this reader asks of it; it does not follow the
 * HTML5 tree-construction rules for misnested tags, which only moves
 * where stray inline text lands.
 *
 * How the article is found, in three passes over the tree:
 *  1. every element is marked page furniture ("chrome") or not: by tag
 *     (nav, aside, footer, form, script...), ARIA role, hidden, and by
 *     class and id names the language tables list (share, related,
 *     cookie, comments, lire-aussi...); a <header> or a named element that
 *     holds the <h1> is never chrome, since it holds the article's head;
 *  2. text, link text and paragraph text are summed bottom-up, chrome
 *     left out;
 *  3. the root is the <article> with the most paragraph text, else
 *     articleBody, <main>, the element with the most paragraph text of
 *     its own, else <body>; inside it, blocks made mostly of links, and
 *     boxes whose heading is a furniture line of the language tables
 *     ("Lire aussi", "Related articles", "Commentaires"), are left out.
 * The text: the headline first, then each block (paragraph, subhead,
 * standfirst, caption, byline, list item) a line of its own, lines
 * separated by a blank line. */
#include "newskg/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "newskg/charset.h"
#include "newskg/lang.h"

/* Deeper trees are cut there: nothing real nests so deep, and the walks
 * below recurse. */
#define MAX_DEPTH 400
/* A block is links when this share of its text, or more, is link text
 * (per thousand). */
#define LINK_DENSITY_MAX 600
/* A furniture heading is looked for in a box's first this-many bytes. */
#define HEAD_PEEK 80

enum {
	NF_CHROME = 1u << 0,  /* page furniture: its subtree is left out */
	NF_BYLINE = 1u << 1,  /* names the author */
	NF_H1 = 1u << 2,      /* an <h1> is in the subtree */
	NF_CUE = 1u << 3,     /* class or id names furniture */
	NF_DEEP = 1u << 4     /* below MAX_DEPTH */
};

/* What the passes know of an element; node->_private points at it. */
typedef struct ninfo {
	unsigned flags;
	size_t text;   /* bytes of text below, chrome left out */
	size_t links;  /* of which inside <a> */
	size_t ptext;  /* of which inside paragraphs (<p>, <li>...) */
	size_t own_p;  /* paragraph text of the element's own children */
} ninfo;

typedef struct page {
	const char *source;       /* borrowed */
	xmlDocPtr doc;            /* owned */
	ninfo *info;              /* owned, one per element */
	size_t n_info, cap_info;
	xmlNodePtr root;          /* borrowed from doc */
	xmlNodePtr h1;            /* the headline's element, or NULL */
	/* metadata: owned strings, NULL when absent */
	char *title_tag, *og_title, *og_url, *canonical, *html_lang,
	     *meta_lang, *og_locale, *ld_lang;
	char date[11];            /* best date so far, "" when none */
	int date_rank;            /* its source: lower is better */
	nkg_buf text;             /* the article text */
	nkg_buf line;             /* the line being gathered */
	int in_byline;            /* inside a byline element */
} page;

/* Date sources, best first. */
enum { DR_JSONLD, DR_META, DR_TIME_PUB, DR_TIME, DR_URL, DR_CARRIER, DR_NONE };

/* ------------------------------------------------------------ helpers */

static int is_ws(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

static const char *name_of(xmlNodePtr n)
{
	return (const char *)n->name;
}

static int tag_is(xmlNodePtr n, const char *tag)
{
	return n->type == XML_ELEMENT_NODE && n->name &&
	       strcasecmp(name_of(n), tag) == 0;
}

static int tag_in(xmlNodePtr n, const char *const *tags)
{
	if (n->type != XML_ELEMENT_NODE || !n->name)
		return 0;
	for (size_t i = 0; tags[i]; i++)
		if (strcasecmp(name_of(n), tags[i]) == 0)
			return 1;
	return 0;
}

/* An attribute's value (owned by libxml2's caller: free with xmlFree), or
 * NULL. */
static char *attr(xmlNodePtr n, const char *name)
{
	return (char *)xmlGetProp(n, (const xmlChar *)name);
}

static int attr_is(xmlNodePtr n, const char *name, const char *value)
{
	char *v = attr(n, name);
	int r = v && strcasecmp(v, value) == 0;
	xmlFree(v);
	return r;
}

static ninfo *info_of(xmlNodePtr n)
{
	return n->type == XML_ELEMENT_NODE ? (ninfo *)n->_private : NULL;
}

static unsigned flags_of(xmlNodePtr n)
{
	ninfo *i = info_of(n);
	return i ? i->flags : 0;
}

/* Replaces *slot with a copy of v, trimmed; an empty value is absent. */
static int keep(char **slot, const char *v)
{
	size_t n;

	if (!v)
		return 0;
	while (is_ws((unsigned char)*v))
		v++;
	n = strlen(v);
	while (n && is_ws((unsigned char)v[n - 1]))
		n--;
	if (!n || *slot)
		return 0;
	*slot = nkg_strndup(v, n);
	return *slot ? 0 : NKG_ENOMEM;
}

static void offer_date(page *p, const char *v, size_t n, int rank)
{
	char d[11];

	if (rank >= p->date_rank || !v || nkg_date_normalise(v, n, d) != 0)
		return;
	memcpy(p->date, d, sizeof d);
	p->date_rank = rank;
}

/* Does any language's list hold this class or id word, whole or as one
 * part between '-' and '_'? */
static int cue_in(const char *value, int bylines)
{
	char word[64];
	const char *s = value;

	while (*s) {
		size_t n = 0;
		while (*s && is_ws((unsigned char)*s))
			s++;
		while (s[n] && !is_ws((unsigned char)s[n]))
			n++;
		if (n && n < sizeof word) {
			for (size_t k = 0; k < n; k++) {
				char c = s[k];
				word[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
			}
			word[n] = '\0';
			for (size_t li = 0; nkg_langs[li]; li++) {
				const char *const *list = bylines ? nkg_langs[li]->page_bylines
								  : nkg_langs[li]->page_chrome;
				if (nkg_lang_in(list, word))
					return 1;
				/* each part of "share-bar", "c-comments__list" */
				for (char *part = word, *e; *part; part = e) {
					e = part;
					while (*e && *e != '-' && *e != '_')
						e++;
					char keep_c = *e;
					*e = '\0';
					int hit = *part && nkg_lang_in(list, part);
					*e = keep_c;
					if (hit)
						return 1;
					while (*e == '-' || *e == '_')
						e++;
				}
			}
		}
		s += n;
	}
	return 0;
}

/* ------------------------------------------------- pass 1: the marks */

static const char *const drop_tags[] = {
	"script", "style", "noscript", "template", "iframe", "svg", "math",
	"button", "select", "textarea", "input", "form", "nav", "aside",
	"footer", "object", "embed", "canvas", "dialog", "menu", "head",
	"link", "meta", "video", "audio", "map", "frameset", "frame", NULL
};
static const char *const chrome_roles[] = {
	"navigation", "contentinfo", "complementary", "search", "dialog",
	"alertdialog", "menu", "menubar", "toolbar", "alert", NULL
};
/* Elements never dropped for their class: a body class such as
 * "has-cookie-banner" says nothing of the body. */
static const char *const never_cued[] = {
	"html", "body", "article", "main", "h1", NULL
};

static int list_has(const char *const *list, const char *v)
{
	for (size_t i = 0; list[i]; i++)
		if (strcasecmp(list[i], v) == 0)
			return 1;
	return 0;
}

static unsigned own_marks(xmlNodePtr n)
{
	unsigned f = 0;
	char *v;

	if (tag_in(n, drop_tags))
		f |= NF_CHROME;
	if ((v = attr(n, "role"))) {
		if (list_has(chrome_roles, v))
			f |= NF_CHROME;
		else if (strcasecmp(v, "banner") == 0)
			f |= NF_CUE; /* a banner holding the h1 is the head */
		xmlFree(v);
	}
	if (xmlHasProp(n, (const xmlChar *)"hidden") || attr_is(n, "aria-hidden", "true"))
		f |= NF_CHROME;
	if (tag_is(n, "header"))
		f |= NF_CUE;
	if (!tag_in(n, never_cued)) {
		char *c = attr(n, "class"), *id = attr(n, "id");
		if ((c && cue_in(c, 0)) || (id && cue_in(id, 0)))
			f |= NF_CUE;
		if ((c && cue_in(c, 1)) || (id && cue_in(id, 1)) ||
		    attr_is(n, "rel", "author") || attr_is(n, "itemprop", "author"))
			f |= NF_BYLINE;
		xmlFree(c);
		xmlFree(id);
	}
	return f;
}

/* Paragraph-like elements: their text is the article's prose. */
static const char *const para_tags[] = {
	"p", "li", "blockquote", "figcaption", "dd", "pre", "td", NULL
};

static size_t count_elements(xmlNodePtr n, int depth)
{
	size_t c = 0;
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		c++;
		if (depth < MAX_DEPTH)
			c += count_elements(n->children, depth + 1);
	}
	return c;
}

static void mark(page *p, xmlNodePtr n, int depth, unsigned inherited)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		ninfo *i = &p->info[p->n_info++];
		memset(i, 0, sizeof *i);
		n->_private = i;
		if (depth >= MAX_DEPTH) {
			i->flags = NF_DEEP | NF_CHROME;
			continue;
		}
		i->flags = own_marks(n) | (inherited & NF_CHROME);
		if (tag_is(n, "h1"))
			i->flags |= NF_H1;
		mark(p, n->children, depth + 1, i->flags & NF_CHROME);
		for (xmlNodePtr c = n->children; c; c = c->next)
			if (c->type == XML_ELEMENT_NODE)
				i->flags |= flags_of(c) & NF_H1;
		/* Named furniture that holds the h1 is the article's head
		 * ("site-header" around a one-article page's title). */
		if ((i->flags & NF_CUE) && !(i->flags & NF_H1))
			i->flags |= NF_CHROME;
	}
}

/* A chrome parent makes its subtree chrome; mark() gave children only the
 * parent's own flags, so settle it top-down. */
static void inherit(xmlNodePtr n, int chrome)
{
	for (; n; n = n->next) {
		ninfo *i = info_of(n);
		if (!i)
			continue;
		if (chrome)
			i->flags |= NF_CHROME;
		if (!(i->flags & NF_DEEP))
			inherit(n->children, (i->flags & NF_CHROME) != 0);
	}
}

/* --------------------------------------------------- pass 2: the sums */

static size_t text_len(xmlNodePtr t)
{
	size_t n = 0;
	const unsigned char *s = t->content;
	/* blanks do not count: indentation is no text */
	for (; s && *s; s++)
		if (!is_ws(*s))
			n++;
	return n;
}

static void sum(xmlNodePtr n, int in_link, int in_para)
{
	for (; n; n = n->next) {
		ninfo *i = info_of(n);
		if (!i || (i->flags & (NF_CHROME | NF_DEEP)))
			continue;
		int link = in_link || tag_is(n, "a");
		int para = in_para || tag_in(n, para_tags);
		sum(n->children, link, para);
		for (xmlNodePtr c = n->children; c; c = c->next) {
			if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
				size_t l = text_len(c);
				i->text += l;
				if (link)
					i->links += l;
				if (para) {
					i->ptext += l;
					i->own_p += l;
				}
				continue;
			}
			ninfo *ci = info_of(c);
			if (!ci || (ci->flags & (NF_CHROME | NF_DEEP)))
				continue;
			i->text += ci->text;
			i->links += ci->links;
			i->ptext += ci->ptext;
			if (tag_in(c, para_tags))
				i->own_p += ci->ptext;
		}
	}
}

/* ------------------------------------------------------------ metadata */

/* The keys of a JSON-LD block: a scan of its string tokens, each key
 * followed by a string value taken as it is (dates and language tags
 * hold no escapes worth decoding).  Not a JSON validator: a broken block
 * gives fewer keys, never an error. */
static void jsonld(page *p, const char *s)
{
	const char *key = NULL;
	size_t key_n = 0;

	while (*s) {
		if (*s != '"') {
			if (*s != ':' && !is_ws((unsigned char)*s))
				key = NULL;
			s++;
			continue;
		}
		const char *st = ++s;
		while (*s && *s != '"') {
			if (*s == '\\' && s[1])
				s++;
			s++;
		}
		size_t n = (size_t)(s - st);
		if (*s)
			s++;
		const char *q = s;
		while (is_ws((unsigned char)*q))
			q++;
		if (*q == ':' && !key) {
			key = st;
			key_n = n;
			s = q + 1;
			continue;
		}
		if (key) {
			if (key_n == 13 && !memcmp(key, "datePublished", 13))
				offer_date(p, st, n, DR_JSONLD);
			else if (key_n == 11 && !memcmp(key, "dateCreated", 11))
				offer_date(p, st, n, DR_META);
			else if (key_n == 10 && !memcmp(key, "inLanguage", 10) && !p->ld_lang)
				p->ld_lang = nkg_strndup(st, n);
		}
		key = NULL;
	}
}

/* Meta names (name=, property=, itemprop=) that carry the publication
 * date, in the vocabularies of Open Graph, Dublin Core, schema.org,
 * Parse.ly, Sailthru and common CMSs.  Compared without case. */
static const char *const date_metas[] = {
	"article:published_time", "og:article:published_time",
	"og:published_time", "published_time", "article:published",
	"datepublished", "date", "pubdate", "publishdate", "publish-date",
	"publish_date", "publication_date", "dc.date", "dc.date.issued",
	"dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
	"sailthru.date", "parsely-pub-date", "article.published",
	"article_date_original", "original-publish-date", "cxenseparse:recs:publishtime",
	NULL
};

static int meta_tags(page *p, xmlNodePtr n)
{
	char *name = attr(n, "property"), *content = attr(n, "content");
	int rc = 0;

	if (!name)
		name = attr(n, "name");
	if (!name)
		name = attr(n, "itemprop");
	if (name && content) {
		if (!strcasecmp(name, "og:title"))
			rc = keep(&p->og_title, content);
		else if (!strcasecmp(name, "og:url"))
			rc = keep(&p->og_url, content);
		else if (!strcasecmp(name, "og:locale"))
			rc = keep(&p->og_locale, content);
		else if (list_has(date_metas, name))
			offer_date(p, content, strlen(content), DR_META);
	}
	xmlFree(name);
	name = attr(n, "http-equiv");
	if (!rc && name && content && !strcasecmp(name, "content-language"))
		rc = keep(&p->meta_lang, content);
	xmlFree(name);
	xmlFree(content);
	return rc;
}

/* The text of an element's text children (a <script>, a <title>). */
static char *own_text(xmlNodePtr n)
{
	nkg_buf b = {0};
	for (xmlNodePtr c = n->children; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
		    c->content && nkg_buf_puts(&b, (const char *)c->content)) {
			nkg_buf_free(&b);
			return NULL;
		}
	if (nkg_buf_append(&b, "", 0)) {
		nkg_buf_free(&b);
		return NULL;
	}
	return nkg_buf_detach(&b);
}

static int metadata(page *p, xmlNodePtr n, int depth)
{
	int rc = 0;

	for (; n && !rc && depth < MAX_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (tag_is(n, "html")) {
			char *v = attr(n, "lang");
			if (!v)
				v = attr(n, "xml:lang");
			rc = keep(&p->html_lang, v);
			xmlFree(v);
		} else if (tag_is(n, "meta")) {
			rc = meta_tags(p, n);
		} else if (tag_is(n, "link")) {
			char *rel = attr(n, "rel"), *href = attr(n, "href");
			if (rel && href && !strcasecmp(rel, "canonical"))
				rc = keep(&p->canonical, href);
			xmlFree(rel);
			xmlFree(href);
		} else if (tag_is(n, "title") && !p->title_tag) {
			char *t = own_text(n);
			if (!t)
				return NKG_ENOMEM;
			rc = keep(&p->title_tag, t);
			free(t);
		} else if (tag_is(n, "script")) {
			if (attr_is(n, "type", "application/ld+json")) {
				char *t = own_text(n);
				if (!t)
					return NKG_ENOMEM;
				jsonld(p, t);
				free(t);
			}
			continue;
		} else if (tag_is(n, "time") && !(flags_of(n) & NF_CHROME)) {
			char *dt = attr(n, "datetime");
			if (dt && (xmlHasProp(n, (const xmlChar *)"pubdate") ||
				   attr_is(n, "itemprop", "datePublished")))
				offer_date(p, dt, strlen(dt), DR_TIME_PUB);
			xmlFree(dt);
		}
		if (!rc)
			rc = metadata(p, n->children, depth + 1);
	}
	return rc;
}

/* The first <time datetime> of the article's root. */
static int first_time(page *p, xmlNodePtr n, int depth)
{
	for (; n && depth < MAX_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || (flags_of(n) & NF_CHROME))
			continue;
		if (tag_is(n, "time")) {
			char *dt = attr(n, "datetime");
			int found = dt != NULL;
			if (dt)
				offer_date(p, dt, strlen(dt), DR_TIME);
			xmlFree(dt);
			if (found)
				return 1;
		}
		if (first_time(p, n->children, depth + 1))
			return 1;
	}
	return 0;
}

/* A date in a URL's path: /2023/11/20/, /2023-11-20, /20231120/, or the
 * month /2023/11/. */
static void url_date(page *p, const char *url)
{
	const char *s = url ? strstr(url, "://") : NULL;
	char d[11];

	s = s ? strchr(s + 3, '/') : NULL;
	for (; s && *s; s++) {
		if (*s != '/')
			continue;
		const char *t = s + 1;
		size_t dig = 0;
		while (t[dig] >= '0' && t[dig] <= '9')
			dig++;
		if (dig == 8 && (t[8] == '/' || t[8] == '-' || t[8] == '_' || !t[8])) {
			snprintf(d, sizeof d, "%.4s-%.2s-%.2s", t, t + 4, t + 6);
			offer_date(p, d, 10, DR_URL);
		} else if (dig == 4 && (t[4] == '/' || t[4] == '-')) {
			const char *m = t + 5;
			if (m[0] >= '0' && m[0] <= '9' && m[1] >= '0' && m[1] <= '9' &&
			    m[2] == t[4]) {
				const char *dd = m + 3;
				if (dd[0] >= '0' && dd[0] <= '9' && dd[1] >= '0' &&
				    dd[1] <= '9' && !(dd[2] >= '0' && dd[2] <= '9')) {
					snprintf(d, sizeof d, "%.4s-%.2s-%.2s", t, m, dd);
					offer_date(p, d, 10, DR_URL);
				} else if (t[4] == '/') {
					snprintf(d, sizeof d, "%.4s-%.2s", t, m);
					offer_date(p, d, 7, DR_URL);
				}
			}
		}
		if (p->date_rank <= DR_URL)
			return;
	}
}

/* ---------------------------------------------------- pass 3: the root */

static xmlNodePtr find_tag(xmlNodePtr n, const char *tag, int depth)
{
	for (; n && depth < MAX_DEPTH; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || (flags_of(n) & NF_CHROME))
			continue;
		if (tag_is(n, tag))
			return n;
		xmlNodePtr f = find_tag(n->children, tag, depth + 1);
		if (f)
			return f;
	}
	return NULL;
}

/* The element (not chrome) that best matches: an <article> with the most
 * paragraph text (kind 0), articleBody (1), <main> or role=main (2), or
 * the most paragraph text of its own (3). */
static void best(xmlNodePtr n, int kind, int depth, xmlNodePtr *win, size_t *score)
{
	for (; n && depth < MAX_DEPTH; n = n->next) {
		ninfo *i = info_of(n);
		if (!i || (i->flags & NF_CHROME))
			continue;
		int hit = 0;
		size_t s = i->ptext;
		switch (kind) {
		case 0: hit = tag_is(n, "article"); break;
		case 1: hit = attr_is(n, "itemprop", "articleBody"); break;
		case 2: hit = tag_is(n, "main") || attr_is(n, "role", "main"); break;
		default: hit = 1; s = i->own_p; break;
		}
		if (hit && s > *score) {
			*win = n;
			*score = s;
		}
		best(n->children, kind, depth + 1, win, score);
	}
}

static xmlNodePtr choose_root(page *p, xmlNodePtr body)
{
	for (int kind = 0; kind < 4; kind++) {
		xmlNodePtr w = NULL;
		size_t s = 0;
		best(body, kind, 0, &w, &s);
		if (w)
			return w;
	}
	return NULL;
}

/* ------------------------------------------------------------ the text */

static void squeeze(char *s);

static const char *const block_tags[] = {
	"p", "div", "section", "article", "main", "header", "h1", "h2", "h3",
	"h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote",
	"figure", "figcaption", "table", "tr", "td", "th", "caption", "pre",
	"address", "hr", "br", "details", "summary", "center", "hgroup",
	"fieldset", "legend", "body", "html", NULL
};
/* Containers that may be a box of other stories or of comments. */
static const char *const box_tags[] = {
	"div", "section", "ul", "ol", "dl", "table", "p", "li", "blockquote",
	"header", "figure", NULL
};

/* Appends text, each run of blanks as one space. */
static int put_text(page *p, const char *s)
{
	for (; *s; s++) {
		if (is_ws((unsigned char)*s)) {
			if (p->line.len && p->line.data[p->line.len - 1] != ' ' &&
			    nkg_buf_append(&p->line, " ", 1))
				return NKG_ENOMEM;
			continue;
		}
		const char *e = s;
		while (e[1] && !is_ws((unsigned char)e[1]))
			e++;
		if (nkg_buf_append(&p->line, s, (size_t)(e - s) + 1))
			return NKG_ENOMEM;
		s = e;
	}
	return 0;
}

/* Ends the current line: a paragraph of the text, when it holds any. */
static int flush(page *p)
{
	size_t st = 0, n = p->line.len;
	const char *s = p->line.data;

	while (st < n && s[st] == ' ')
		st++;
	while (n > st && s[n - 1] == ' ')
		n--;
	if (n > st) {
		if ((p->text.len && nkg_buf_append(&p->text, "\n\n", 2)) ||
		    nkg_buf_append(&p->text, s + st, n - st))
			return NKG_ENOMEM;
	}
	p->line.len = 0;
	return 0;
}

/* The first text of a box, folded: where "Lire aussi" or "Commentaires"
 * would stand. */
static void first_text(xmlNodePtr n, nkg_buf *b, int depth)
{
	for (; n && b->len < HEAD_PEEK && depth < MAX_DEPTH; n = n->next) {
		if (n->type == XML_TEXT_NODE && n->content) {
			for (const unsigned char *s = n->content; *s && b->len < HEAD_PEEK; s++) {
				char c = is_ws(*s) ? ' ' : (char)*s;
				if (c == ' ' && (!b->len || b->data[b->len - 1] == ' '))
					continue;
				if (nkg_buf_append(b, &c, 1))
					return;
			}
			if (b->len && b->data[b->len - 1] != ' ' && nkg_buf_append(b, " ", 1))
				return;
		} else if (n->type == XML_ELEMENT_NODE && !(flags_of(n) & NF_CHROME)) {
			first_text(n->children, b, depth + 1);
		}
	}
}

static int starts_with_any(const char *folded, int comment_only)
{
	for (size_t li = 0; nkg_langs[li]; li++) {
		const char *const *lists[2] = {
			nkg_langs[li]->comment_headers,
			comment_only ? NULL : nkg_langs[li]->noise_lines
		};
		for (int k = 0; k < 2; k++)
			for (size_t i = 0; lists[k] && lists[k][i]; i++) {
				size_t l = strlen(lists[k][i]);
				/* (the byte after the entry is read only once the
				 * text is known to be that long) */
				if (strncmp(folded, lists[k][i], l) != 0)
					continue;
				unsigned char after = (unsigned char)folded[l];
				if (!((after >= 'a' && after <= 'z') || after >= 0x80 ||
				      (after >= '0' && after <= '9')))
					return 1;
			}
	}
	return 0;
}

/* A box whose heading is a furniture line of the language tables ("Lire
 * aussi", "Articles similaires", "Related articles", "Commentaires"). */
static int furniture_box(page *p, xmlNodePtr n, const ninfo *i)
{
	nkg_buf b = {0};
	char *f = NULL;
	int r = 0;
	const ninfo *ri = info_of(p->root);

	/* a box, not the article: at most a third of its paragraphs */
	if (!ri || 3 * i->ptext > ri->ptext)
		return 0;
	first_text(n->children, &b, 0);
	if (b.len && !nkg_buf_append(&b, "", 0) && (f = nkg_fold(b.data))) {
		/* the segmenter's tables separate ':' as a token */
		nkg_buf sp = {0};
		for (const char *c = f; *c; c++) {
			if (*c == ':' && c > f && c[-1] != ' ' && nkg_buf_append(&sp, " ", 1))
				break;
			if (nkg_buf_append(&sp, c, 1))
				break;
		}
		if (sp.data)
			r = starts_with_any(sp.data, 0);
		nkg_buf_free(&sp);
	}
	free(f);
	nkg_buf_free(&b);
	return r;
}

static int walk_list(page *p, xmlNodePtr n, int depth);

static int walk_node(page *p, xmlNodePtr n, int depth)
{
	int rc = 0;

	if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE)
		return n->content ? put_text(p, (const char *)n->content) : 0;
	ninfo *i = info_of(n);
	if (!i || (i->flags & (NF_CHROME | NF_DEEP)) || depth >= MAX_DEPTH)
		return 0;
	if (n == p->h1)
		return 0; /* already the first line */
	if (n != p->root && !(i->flags & NF_H1) && tag_in(n, box_tags)) {
		/* a block of links: a menu, related stories, tags */
		if (i->text && i->links * 1000 >= i->text * LINK_DENSITY_MAX)
			return 0;
		if (!tag_is(n, "p") && !tag_is(n, "li") && furniture_box(p, n, i))
			return 0;
	}
	if (tag_is(n, "img"))
		return 0;
	/* the date beside an author's name is no part of the byline */
	if (p->in_byline && tag_is(n, "time"))
		return 0;
	/* a byline is a line of its own; the author's link inside it is not */
	int block = tag_in(n, block_tags) || ((i->flags & NF_BYLINE) && !p->in_byline);
	int byline = (i->flags & NF_BYLINE) && !p->in_byline;
	if (block && (rc = flush(p)))
		return rc;
	if (byline)
		p->in_byline = 1;
	rc = walk_list(p, n->children, depth + 1);
	if (byline)
		p->in_byline = 0;
	if (!rc && block)
		rc = flush(p);
	return rc;
}

static int walk_list(page *p, xmlNodePtr n, int depth)
{
	int rc = 0;
	for (; n && !rc; n = n->next)
		rc = walk_node(p, n, depth);
	return rc;
}

/* All the text below n (chrome left out), blanks as they are. */
static int gather(xmlNodePtr n, nkg_buf *b, int depth)
{
	for (; n && depth < MAX_DEPTH; n = n->next) {
		if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
		    n->content) {
			if (nkg_buf_puts(b, (const char *)n->content))
				return NKG_ENOMEM;
		} else if (n->type == XML_ELEMENT_NODE && !(flags_of(n) & NF_CHROME)) {
			if (nkg_buf_append(b, " ", 1) || gather(n->children, b, depth + 1))
				return NKG_ENOMEM;
		}
	}
	return 0;
}

/* The headline: the carrier's title (a feed item's), else the <h1> of the
 * root, else of the page, else og:title, else <title>. */
static int headline(page *p, xmlNodePtr body, const nkg_html_meta *meta, char **out)
{
	nkg_buf b = {0};

	*out = NULL;
	if (meta && meta->title && *meta->title)
		return (*out = nkg_strdup(meta->title)) ? 0 : NKG_ENOMEM;
	p->h1 = tag_is(p->root, "h1") ? NULL : find_tag(p->root->children, "h1", 0);
	if (!p->h1 && !(meta && meta->fragment))
		p->h1 = find_tag(body, "h1", 0);
	if (p->h1 && p->h1 == p->root)
		p->h1 = NULL;
	if (p->h1) {
		if (gather(p->h1->children, &b, 0) || nkg_buf_append(&b, "", 0)) {
			nkg_buf_free(&b);
			return NKG_ENOMEM;
		}
		squeeze(b.data);
		if (b.data[0])
			return (*out = nkg_buf_detach(&b)) ? 0 : NKG_ENOMEM;
		nkg_buf_free(&b);
		p->h1 = NULL;
	}
	const char *t = p->og_title ? p->og_title : p->title_tag;
	if (t)
		return (*out = nkg_strdup(t)) ? 0 : NKG_ENOMEM;
	return 0;
}

/* A line of text, whitespace collapsed and trimmed, in place. */
static void squeeze(char *s)
{
	size_t k = 0;
	for (size_t i = 0; s[i]; i++) {
		if (is_ws((unsigned char)s[i])) {
			if (k && s[k - 1] != ' ')
				s[k++] = ' ';
		} else {
			s[k++] = s[i];
		}
	}
	while (k && s[k - 1] == ' ')
		k--;
	s[k] = '\0';
}

/* The file name of path without directories and extensions. */
static void stem(const char *path, const char **b, size_t *n)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strchr(base, '.');

	*b = base;
	*n = (dot && dot > base) ? (size_t)(dot - base) : strlen(base);
}

static void page_free(page *p)
{
	if (p->doc)
		xmlFreeDoc(p->doc);
	free(p->info);
	free(p->title_tag);
	free(p->og_title);
	free(p->og_url);
	free(p->canonical);
	free(p->html_lang);
	free(p->meta_lang);
	free(p->og_locale);
	free(p->ld_lang);
	nkg_buf_free(&p->text);
	nkg_buf_free(&p->line);
}

/* libxml2's messages about the page's markup: real pages are full of
 * them, and the library prints nothing, so they are dropped.  Set on our
 * own parser context, so a handler another library installed globally
 * (raptor's) is never called with our errors. */
static void quiet(void *ctx, xmlErrorPtr e)
{
	(void)ctx;
	(void)e;
}

static xmlNodePtr find_body(xmlDocPtr doc)
{
	xmlNodePtr r = xmlDocGetRootElement(doc);
	if (!r)
		return NULL;
	for (xmlNodePtr c = r->children; c; c = c->next)
		if (tag_is(c, "body"))
			return c;
	return r;
}

static int pick_lang(page *p, const nkg_html_meta *meta, char **out)
{
	const char *cands[] = { p->html_lang, p->meta_lang, p->og_locale, p->ld_lang,
				meta ? meta->lang : NULL };

	*out = NULL;
	for (size_t i = 0; i < sizeof cands / sizeof *cands; i++) {
		if (!cands[i])
			continue;
		char *v = nkg_strdup(cands[i]);
		if (!v)
			return NKG_ENOMEM;
		/* "fr, en": the first */
		char *cut = strpbrk(v, ", ;");
		if (cut)
			*cut = '\0';
		if (nkg_lang_normalise(v) == 0) {
			*out = v;
			return 0;
		}
		free(v);
	}
	return 0;
}

static int set_str(char **slot, const char *v)
{
	if (!v || !*v)
		return 0;
	free(*slot);
	*slot = nkg_strdup(v);
	if (!*slot)
		return NKG_ENOMEM;
	nkg_text_scrub(*slot, strlen(*slot));
	return 0;
}

int nkg_html_read(const char *data, size_t n, const char *source,
		  const nkg_html_meta *meta, const nkg_reader_opts *opts,
		  nkg_article **out, nkg_error *err)
{
	page p;
	htmlParserCtxtPtr ctxt = NULL;
	nkg_article *a = NULL;
	char *utf8 = NULL, *head = NULL, *lang = NULL;
	char cs[NKG_CHARSET_MAX];
	const char *declared = meta ? meta->charset : NULL;
	const char *id_base;
	size_t utf8_n = 0, id_len;
	xmlNodePtr body;
	int rc = 0;

	*out = NULL;
	memset(&p, 0, sizeof p);
	p.date_rank = DR_NONE;
	if (!source)
		source = "<input>";
	p.source = source;
	if (declared && !*declared)
		declared = NULL;
	if (!declared && nkg_charset_sniff(data, n, cs))
		declared = cs;
	if ((rc = nkg_charset_decode(data, n, declared, source, &utf8, &utf8_n, err)))
		goto done;
	if (utf8_n > INT32_MAX) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: page too large", source);
		goto done;
	}

	xmlInitParser();
	if (!(ctxt = htmlNewParserCtxt())) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	ctxt->sax->serror = quiet;
	p.doc = htmlCtxtReadMemory(ctxt, utf8, (int)utf8_n, NULL, "UTF-8",
				   HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
				   HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
	if (!p.doc || !(body = find_body(p.doc))) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: no HTML document could be read", source);
		goto done;
	}

	/* pass 1: marks */
	p.cap_info = count_elements(xmlDocGetRootElement(p.doc), 0) + 1;
	if (!(p.info = calloc(p.cap_info, sizeof *p.info))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	mark(&p, xmlDocGetRootElement(p.doc), 0, 0);
	inherit(xmlDocGetRootElement(p.doc), 0);
	/* pass 2: sums */
	sum(xmlDocGetRootElement(p.doc), 0, 0);
	/* metadata */
	if ((rc = metadata(&p, xmlDocGetRootElement(p.doc), 0))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	/* pass 3: the root and its text */
	p.root = (meta && meta->fragment) ? body : choose_root(&p, body);
	if (!p.root)
		p.root = body;
	if (p.root && p.date_rank > DR_TIME)
		first_time(&p, p.root->children, 0);
	if ((rc = headline(&p, body, meta, &head)) || (rc = walk_node(&p, p.root, 0)) ||
	    (rc = flush(&p))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (head)
		squeeze(head);
	if (!p.text.len) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: no article text found in the page", source);
		goto done;
	}

	if (!(a = calloc(1, sizeof *a)))
		goto oom;
	a->body_line = 1;
	{
		nkg_buf b = {0};
		const char *byline = meta ? meta->byline : NULL;
		int bad = 0;
		if (head && *head)
			bad |= nkg_buf_puts(&b, head) || nkg_buf_append(&b, "\n\n", 2);
		if (byline && *byline) {
			/* a feed's author, as a page's byline line */
			char *bl = nkg_strdup(byline);
			if (!bl)
				bad = 1;
			else {
				squeeze(bl);
				if (*bl)
					bad |= nkg_buf_puts(&b, bl) || nkg_buf_append(&b, "\n\n", 2);
				free(bl);
			}
		}
		/* a fragment may repeat its title as its first line */
		size_t skip = 0;
		if (head && *head && p.text.len >= strlen(head) &&
		    !strncmp(p.text.data, head, strlen(head)) &&
		    (p.text.len == strlen(head) || p.text.data[strlen(head)] == '\n'))
			skip = strlen(head);
		while (skip < p.text.len && p.text.data[skip] == '\n')
			skip++;
		bad |= nkg_buf_append(&b, p.text.data + skip, p.text.len - skip);
		bad |= nkg_buf_append(&b, "", 0);
		if (bad) {
			nkg_buf_free(&b);
			goto oom;
		}
		/* trailing blank lines of a text that was the headline only */
		while (b.len && b.data[b.len - 1] == '\n')
			b.data[--b.len] = '\0';
		a->body_len = b.len;
		a->body = nkg_buf_detach(&b);
		if (!a->body)
			goto oom;
		nkg_text_scrub(a->body, a->body_len);
		for (size_t i = 0; i < a->body_len; i++)
			if (a->body[i] == '\r')
				a->body[i] = ' ';
	}
	if (!a->body_len || strspn(a->body, " \n\t") == a->body_len) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: no article text found in the page", source);
		goto done;
	}

	/* metadata: the page's own first, the carrier's after */
	if (!(meta && meta->fragment))
		url_date(&p, p.canonical ? p.canonical : p.og_url);
	if (meta && meta->url)
		url_date(&p, meta->url);
	if (meta && meta->date)
		offer_date(&p, meta->date, strlen(meta->date), DR_CARRIER);
	if (p.date[0] && !(a->date = nkg_strdup(p.date)))
		goto oom;
	if (pick_lang(&p, meta, &lang))
		goto oom;
	a->lang = lang;
	lang = NULL;
	if (set_str(&a->url, p.canonical) || (!a->url && set_str(&a->url, p.og_url)) ||
	    (!a->url && meta && set_str(&a->url, meta->url)) ||
	    (head && *head && set_str(&a->title, head)) ||
	    (meta && set_str(&a->record_id, meta->record_id)) ||
	    (meta && set_str(&a->fetched, meta->fetched)) ||
	    (meta && set_str(&a->id, meta->id)))
		goto oom;
	if (a->url && nkg_utf8_check(a->url, strlen(a->url), &id_len) != 0) {
		free(a->url);
		a->url = NULL;
	}
	stem(source, &id_base, &id_len);
	if (!strcmp(source, "<stdin>")) {
		id_base = "stdin";
		id_len = 5;
	}
	if (nkg_article_finish(a, source, opts, id_base, id_len, NULL))
		goto oom;
	*out = a;
	a = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_article_free(a);
	free(head);
	free(lang);
	free(utf8);
	page_free(&p);
	if (ctxt)
		htmlFreeParserCtxt(ctxt);
	return rc;
}

int nkg_html_sniff(const char *data, size_t n)
{
	static const char *const opens[] = {
		"<!doctype html", "<html", "<head", "<body", "<meta", "<title",
		"<article", NULL
	};
	size_t i = 0;

	if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	for (;;) {
		while (i < n && is_ws((unsigned char)data[i]))
			i++;
		if (n - i >= 4 && !memcmp(data + i, "<!--", 4)) {
			const char *e = NULL;
			for (size_t k = i + 4; k + 3 <= n; k++)
				if (!memcmp(data + k, "-->", 3)) {
					e = data + k;
					break;
				}
			if (!e)
				return 0;
			i = (size_t)(e - data) + 3;
			continue;
		}
		break;
	}
	for (size_t k = 0; opens[k]; k++) {
		size_t l = strlen(opens[k]);
		if (n - i >= l && !strncasecmp(data + i, opens[k], l) &&
		    (n - i == l || !((data[i + l] | 32) >= 'a' && (data[i + l] | 32) <= 'z')))
			return 1;
	}
	return 0;
}

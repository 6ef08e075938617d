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
 * The parser is driven through its SAX interface, and this file keeps its
 * own compact tree (an array of nodes, the text in one buffer): libxml2's
 * DOM costs one allocation per node and attribute, and building then
 * freeing it took more time than the parse itself.  Everything about an
 * element that the passes below need is worked out when its start tag and
 * end tag go by:
 *  - marks: page furniture ("chrome") by tag (nav, aside, footer, form,
 *    script...), ARIA role, hidden, and by class and id names the language
 *    tables list (share, related, cookie, comments, lire-aussi...); a
 *    <header> or a named element that holds the <h1> is not chrome, since
 *    it holds the article's head;
 *  - sums, at the end tag: text, link text and paragraph text below,
 *    chrome left out;
 *  - metadata: <html lang>, <meta>, <link rel=canonical>, <title>,
 *    JSON-LD, <time datetime>.
 * Then the root is chosen: the <article> with the most paragraph text,
 * else articleBody, <main>, the element with the most paragraph text of
 * its own, else <body>; inside it, blocks made mostly of links and boxes
 * whose heading is a furniture line of the language tables ("Lire aussi",
 * "Related articles", "Commentaires") are left out.  The text: the
 * headline first, then each block (paragraph, subhead, standfirst,
 * caption, byline, list item) a line of its own, lines separated by a
 * blank line. */
#include "newskg/html.h"
#include "lang.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "newskg/charset.h"
#include "newskg/lang.h"

/* Deeper elements are dropped: nothing real nests so deep, and the walks
 * below recurse. */
#define MAX_DEPTH 400
/* A block is links when this share of its text, or more, is link text
 * (per thousand). */
#define LINK_DENSITY_MAX 600
/* A furniture heading is looked for in a box's first this-many bytes. */
#define HEAD_PEEK 80
/* No node: index 0 is the document itself. */
#define NONE 0

enum {
	NF_CHROME = 1u << 0,  /* page furniture: its subtree is left out */
	NF_BYLINE = 1u << 1,  /* names the author */
	NF_H1 = 1u << 2,      /* an <h1> is in the subtree */
	NF_CUE = 1u << 3,     /* class or id names furniture */
	NF_TEXT = 1u << 4     /* a text node, not an element */
};

/* What an element's tag name is for the passes (bits). */
enum {
	T_DROP = 1u << 0,     /* furniture by its tag: nav, aside, script... */
	T_BLOCK = 1u << 1,    /* a line break before and after */
	T_PARA = 1u << 2,     /* prose: its text is the article's */
	T_BOX = 1u << 3,      /* may be a box of links or of other stories */
	T_A = 1u << 4,
	T_IMG = 1u << 5,
	T_TIME = 1u << 6,
	T_PLI = 1u << 7,      /* <p> or <li>: a paragraph, not a box */
	T_H1 = 1u << 8,
	T_ARTICLE = 1u << 9,
	T_MAIN = 1u << 10,
	T_HEADER = 1u << 11,
	T_UNCUED = 1u << 12,  /* never dropped for its class or id: a body
				 class such as "has-cookie-banner" says
				 nothing of the body */
	T_BODY = 1u << 13,
	T_TITLE = 1u << 14,
	T_SCRIPT = 1u << 15
};

/* What an element's attributes say (bits). */
enum {
	A_ARTICLEBODY = 1u << 0, /* itemprop=articleBody */
	A_ROLE_MAIN = 1u << 1,   /* role=main */
	A_PUBDATE = 1u << 2,     /* <time pubdate> or itemprop=datePublished */
	A_LDJSON = 1u << 3       /* <script type=application/ld+json> */
};

/* One node of the page: an element, or a run of text (off, len into the
 * page's text buffer). */
typedef struct hnode {
	uint32_t parent, child, last, next; /* indices; NONE when none */
	uint32_t off, len;     /* text nodes: bytes of page.chars */
	unsigned flags;        /* NF_* */
	unsigned tag;          /* T_* */
	unsigned attrs;        /* A_* */
	size_t text;           /* bytes of text below (blanks not counted),
				  chrome left out */
	size_t links;          /* of which inside <a> */
	size_t ptext;          /* of which inside paragraphs */
	size_t own_p;          /* paragraph text of its own children */
} hnode;

/* A <time datetime> met in the page, for after the tree is built. */
typedef struct htime {
	uint32_t node;
	char *datetime;        /* owned */
} htime;

typedef struct page {
	const char *source;       /* borrowed */
	hnode *nodes;             /* owned; nodes[0] is the document */
	size_t n_nodes, cap_nodes;
	nkg_buf chars;            /* the text of all text nodes */
	uint32_t cur;             /* the open element */
	size_t depth, skip;       /* open elements; those dropped for depth */
	int capture;              /* capturing <title> (1) or JSON-LD (2) */
	nkg_buf cap;              /* what is being captured */
	htime *times;             /* owned */
	size_t n_times, cap_times;
	int oom;                  /* an allocation failed in a callback */
	uint32_t root, h1, body;
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

static int list_has(const char *const *list, const char *v)
{
	for (size_t i = 0; list[i]; i++)
		if (strcasecmp(list[i], v) == 0)
			return 1;
	return 0;
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
				if (!word[strcspn(word, "-_")])
					continue; /* one part: the word, just looked up */
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

/* ----------------------------------------------- tags and attributes */

/* Tag names and what they are, sorted for bsearch (libxml2's HTML parser
 * lower-cases names). */
static const struct tag_kind { const char *name; unsigned bits; } tag_kinds[] = {
	{ "a", T_A },
	{ "address", T_BLOCK },
	{ "article", T_BLOCK | T_ARTICLE | T_UNCUED },
	{ "aside", T_DROP },
	{ "audio", T_DROP },
	{ "blockquote", T_BLOCK | T_PARA | T_BOX },
	{ "body", T_BLOCK | T_UNCUED | T_BODY },
	{ "br", T_BLOCK },
	{ "button", T_DROP },
	{ "canvas", T_DROP },
	{ "caption", T_BLOCK },
	{ "center", T_BLOCK },
	{ "dd", T_BLOCK | T_PARA },
	{ "details", T_BLOCK },
	{ "dialog", T_DROP },
	{ "div", T_BLOCK | T_BOX },
	{ "dl", T_BLOCK | T_BOX },
	{ "dt", T_BLOCK },
	{ "embed", T_DROP },
	{ "fieldset", T_BLOCK },
	{ "figcaption", T_BLOCK | T_PARA },
	{ "figure", T_BLOCK | T_BOX },
	{ "footer", T_DROP },
	{ "form", T_DROP },
	{ "frame", T_DROP },
	{ "frameset", T_DROP },
	{ "h1", T_BLOCK | T_H1 | T_UNCUED },
	{ "h2", T_BLOCK },
	{ "h3", T_BLOCK },
	{ "h4", T_BLOCK },
	{ "h5", T_BLOCK },
	{ "h6", T_BLOCK },
	{ "head", T_DROP },
	{ "header", T_BLOCK | T_BOX | T_HEADER },
	{ "hgroup", T_BLOCK },
	{ "hr", T_BLOCK },
	{ "html", T_BLOCK | T_UNCUED },
	{ "iframe", T_DROP },
	{ "img", T_IMG },
	{ "input", T_DROP },
	{ "legend", T_BLOCK },
	{ "li", T_BLOCK | T_PARA | T_BOX | T_PLI },
	{ "link", T_DROP },
	{ "main", T_BLOCK | T_MAIN | T_UNCUED },
	{ "map", T_DROP },
	{ "math", T_DROP },
	{ "menu", T_DROP },
	{ "meta", T_DROP },
	{ "nav", T_DROP },
	{ "noscript", T_DROP },
	{ "object", T_DROP },
	{ "ol", T_BLOCK | T_BOX },
	{ "p", T_BLOCK | T_PARA | T_BOX | T_PLI },
	{ "pre", T_BLOCK | T_PARA },
	{ "script", T_DROP | T_SCRIPT },
	{ "section", T_BLOCK | T_BOX },
	{ "select", T_DROP },
	{ "style", T_DROP },
	{ "summary", T_BLOCK },
	{ "svg", T_DROP },
	{ "table", T_BLOCK | T_BOX },
	{ "td", T_BLOCK | T_PARA },
	{ "template", T_DROP },
	{ "textarea", T_DROP },
	{ "th", T_BLOCK },
	{ "time", T_TIME },
	{ "title", T_DROP | T_TITLE },
	{ "tr", T_BLOCK },
	{ "ul", T_BLOCK | T_BOX },
	{ "video", T_DROP },
};

static int cmp_tag(const void *key, const void *el)
{
	return strcmp(key, ((const struct tag_kind *)el)->name);
}

static unsigned tag_bits(const char *name)
{
	const struct tag_kind *k = bsearch(name, tag_kinds, sizeof tag_kinds / sizeof *tag_kinds,
					   sizeof *tag_kinds, cmp_tag);
	return k ? k->bits : 0;
}

static const char *const chrome_roles[] = {
	"navigation", "contentinfo", "complementary", "search", "dialog",
	"alertdialog", "menu", "menubar", "toolbar", "alert", NULL
};
/* (Elements never dropped for their class or id, T_UNCUED: a body class
 * such as "has-cookie-banner" says nothing of the body.) */

/* The element's own marks, from its tag and attributes: one pass over
 * the attributes, no copies (this runs for every element of the page). */
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

/* ------------------------------------------------------- the tree */

static uint32_t new_node(page *p, uint32_t parent)
{
	void *arr = p->nodes;
	hnode *n;

	if (p->n_nodes >= UINT32_MAX - 1 ||
	    nkg_grow(&arr, &p->cap_nodes, p->n_nodes + 1, sizeof *p->nodes)) {
		p->oom = 1;
		return NONE;
	}
	p->nodes = arr;
	n = &p->nodes[p->n_nodes];
	memset(n, 0, sizeof *n);
	n->parent = parent;
	if (p->nodes[parent].last)
		p->nodes[p->nodes[parent].last].next = (uint32_t)p->n_nodes;
	else
		p->nodes[parent].child = (uint32_t)p->n_nodes;
	p->nodes[parent].last = (uint32_t)p->n_nodes;
	return (uint32_t)p->n_nodes++;
}

/* What a class or id value says of its element: furniture, a byline. */
static void mark_cues(hnode *n, const char *v)
{
	if (n->tag & T_UNCUED)
		return;
	if (cue_in(v, 0))
		n->flags |= NF_CUE;
	if (cue_in(v, 1))
		n->flags |= NF_BYLINE;
}

/* The element's own marks and metadata, from its start tag. */
static void start_tag(page *p, hnode *n, const char *name, const xmlChar **atts)
{
	const char *prop = NULL, *content = NULL, *rel = NULL, *href = NULL,
		   *lang = NULL, *type = NULL, *datetime = NULL, *equiv = NULL;

	if (n->tag & T_DROP)
		n->flags |= NF_CHROME;
	if (n->tag & T_HEADER)
		n->flags |= NF_CUE; /* a page header; one holding the h1 is the head */
	for (size_t k = 0; atts && atts[k]; k += 2) {
		const char *an = (const char *)atts[k];
		const char *v = atts[k + 1] ? (const char *)atts[k + 1] : "";
		switch (an[0]) {
		case 'a':
			if (!strcmp(an, "aria-hidden") && !strcasecmp(v, "true"))
				n->flags |= NF_CHROME;
			break;
		case 'c':
			if (!strcmp(an, "class")) {
				mark_cues(n, v);
			} else if (!strcmp(an, "content")) {
				content = v;
			}
			break;
		case 'd':
			if (!strcmp(an, "datetime"))
				datetime = v;
			break;
		case 'h':
			if (!strcmp(an, "hidden"))
				n->flags |= NF_CHROME;
			else if (!strcmp(an, "href"))
				href = v;
			else if (!strcmp(an, "http-equiv"))
				equiv = v;
			break;
		case 'i':
			if (!strcmp(an, "id")) {
				mark_cues(n, v);
			} else if (!strcmp(an, "itemprop")) {
				if (!strcasecmp(v, "author"))
					n->flags |= NF_BYLINE;
				else if (!strcmp(v, "articleBody"))
					n->attrs |= A_ARTICLEBODY;
				else if (!strcmp(v, "datePublished"))
					n->attrs |= A_PUBDATE;
				if (!prop)
					prop = v;
			}
			break;
		case 'l':
			if (!strcmp(an, "lang"))
				lang = v;
			break;
		case 'n':
			if (!strcmp(an, "name"))
				prop = v;
			break;
		case 'p':
			if (!strcmp(an, "property"))
				prop = v;
			else if (!strcmp(an, "pubdate"))
				n->attrs |= A_PUBDATE;
			break;
		case 'r':
			if (!strcmp(an, "role")) {
				if (list_has(chrome_roles, v))
					n->flags |= NF_CHROME;
				else if (!strcasecmp(v, "banner"))
					n->flags |= NF_CUE;
				else if (!strcasecmp(v, "main"))
					n->attrs |= A_ROLE_MAIN;
			} else if (!strcmp(an, "rel")) {
				rel = v;
				if (!strcasecmp(v, "author"))
					n->flags |= NF_BYLINE;
			}
			break;
		case 't':
			if (!strcmp(an, "type"))
				type = v;
			break;
		case 'x':
			if (!strcmp(an, "xml:lang") && !lang)
				lang = v;
			break;
		}
	}
	/* metadata */
	if (!strcmp(name, "html")) {
		p->oom |= keep(&p->html_lang, lang) != 0;
	} else if (!strcmp(name, "meta")) {
		if (prop && content) {
			if (!strcasecmp(prop, "og:title"))
				p->oom |= keep(&p->og_title, content) != 0;
			else if (!strcasecmp(prop, "og:url"))
				p->oom |= keep(&p->og_url, content) != 0;
			else if (!strcasecmp(prop, "og:locale"))
				p->oom |= keep(&p->og_locale, content) != 0;
			else if (list_has(date_metas, prop))
				offer_date(p, content, strlen(content), DR_META);
		}
		if (equiv && content && !strcasecmp(equiv, "content-language"))
			p->oom |= keep(&p->meta_lang, content) != 0;
	} else if (!strcmp(name, "link")) {
		if (rel && href && !strcasecmp(rel, "canonical"))
			p->oom |= keep(&p->canonical, href) != 0;
	} else if ((n->tag & T_SCRIPT) && type && !strcasecmp(type, "application/ld+json")) {
		n->attrs |= A_LDJSON;
	} else if (datetime && (n->tag & T_TIME)) {
		void *arr = p->times;
		if (nkg_grow(&arr, &p->cap_times, p->n_times + 1, sizeof *p->times)) {
			p->oom = 1;
		} else {
			p->times = arr;
			p->times[p->n_times].node = (uint32_t)(n - p->nodes);
			if (!(p->times[p->n_times].datetime = nkg_strdup(datetime)))
				p->oom = 1;
			else
				p->n_times++;
		}
	} else if ((n->attrs & A_PUBDATE) && content) {
		/* <span itemprop="datePublished" content="..."> */
		offer_date(p, content, strlen(content), DR_META);
	}
}

static void on_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
	page *p = ctx;
	uint32_t i;

	if (p->oom)
		return;
	if (p->depth >= MAX_DEPTH || p->capture) {
		p->skip++;
		return;
	}
	if ((i = new_node(p, p->cur)) == NONE)
		return;
	hnode *n = &p->nodes[i];
	const char *nm = name ? (const char *)name : "";
	n->tag = tag_bits(nm);
	/* chrome is inherited: nothing below furniture is read */
	n->flags = p->nodes[p->cur].flags & NF_CHROME;
	start_tag(p, n, nm, atts);
	if ((n->tag & T_BODY) && !p->body)
		p->body = i;
	if ((n->tag & T_TITLE) && !p->title_tag)
		p->capture = 1;
	else if (n->attrs & A_LDJSON)
		p->capture = 2;
	if (p->capture)
		p->cap.len = 0;
	p->cur = i;
	p->depth++;
}

/* The end tag: the element's h1 and chrome settle, and its sums (its
 * children are all known now). */
static void on_end(void *ctx, const xmlChar *name)
{
	page *p = ctx;
	(void)name;

	if (p->oom)
		return;
	if (p->skip) {
		p->skip--;
		return;
	}
	if (p->cur == NONE)
		return;
	hnode *n = &p->nodes[p->cur];
	if (p->capture) {
		if (nkg_buf_append(&p->cap, "", 0)) {
			p->oom = 1;
		} else if (p->capture == 1) {
			p->oom |= keep(&p->title_tag, p->cap.data) != 0;
		} else {
			jsonld(p, p->cap.data);
		}
		p->capture = 0;
	}
	if (n->tag & T_H1)
		n->flags |= NF_H1;
	int link = (n->tag & T_A) != 0, para = (n->tag & T_PARA) != 0;
	for (uint32_t c = n->child; c; c = p->nodes[c].next) {
		hnode *cn = &p->nodes[c];
		if (cn->flags & NF_TEXT) {
			n->text += cn->text;
			if (link)
				n->links += cn->text;
			if (para) {
				n->ptext += cn->text;
				n->own_p += cn->text;
			}
			continue;
		}
		n->flags |= cn->flags & NF_H1;
		if (cn->flags & NF_CHROME)
			continue;
		n->text += cn->text;
		n->links += link ? cn->text : cn->links;
		n->ptext += para ? cn->text : cn->ptext;
		if (cn->tag & T_PARA)
			n->own_p += cn->ptext;
	}
	/* named furniture that holds the h1 is the article's head */
	if ((n->flags & NF_CUE) && !(n->flags & NF_H1))
		n->flags |= NF_CHROME;
	p->cur = n->parent;
	p->depth--;
}

static void on_text(void *ctx, const xmlChar *ch, int len)
{
	page *p = ctx;
	size_t nonblank = 0;

	if (p->oom || p->skip || len <= 0)
		return;
	if (p->capture) {
		p->oom |= nkg_buf_append(&p->cap, (const char *)ch, (size_t)len) != 0;
		return;
	}
	if (p->nodes[p->cur].flags & NF_CHROME)
		return; /* never read */
	/* text length without the blanks around it (indentation between
	 * tags is no text); the blanks inside are counted, which weighs
	 * links and paragraphs alike */
	{
		int st = 0, e = len;
		while (st < e && is_ws(ch[st]))
			st++;
		while (e > st && is_ws(ch[e - 1]))
			e--;
		nonblank = (size_t)(e - st);
	}
	hnode *last = p->nodes[p->cur].last ? &p->nodes[p->nodes[p->cur].last] : NULL;
	if (nkg_buf_append(&p->chars, (const char *)ch, (size_t)len)) {
		p->oom = 1;
		return;
	}
	/* the parser hands a text over in pieces: one node for them */
	if (last && (last->flags & NF_TEXT) && last->off + last->len == p->chars.len - (size_t)len) {
		last->len += (uint32_t)len;
		last->text += nonblank;
		return;
	}
	if (p->chars.len > UINT32_MAX) {
		p->oom = 1;
		return;
	}
	uint32_t i = new_node(p, p->cur);
	if (i == NONE)
		return;
	p->nodes[i].flags = NF_TEXT;
	p->nodes[i].off = (uint32_t)(p->chars.len - (size_t)len);
	p->nodes[i].len = (uint32_t)len;
	p->nodes[i].text = nonblank;
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

static int parse(page *p, const char *utf8, size_t n)
{
	htmlParserCtxtPtr ctxt = NULL;
	xmlSAXHandler sax;

	/* libxml2 makes no context for no bytes: an empty page has no
	 * nodes (and no article text, which the caller says) */
	if (n == 0)
		return 0;
	if (!(ctxt = htmlCreateMemoryParserCtxt(utf8, (int)n)))
		return NKG_ENOMEM;
	memset(&sax, 0, sizeof sax);
	/* the SAX2 magic makes libxml2 send errors to serror, never to a
	 * global handler; the HTML parser calls startElement either way */
	sax.initialized = XML_SAX2_MAGIC;
	sax.startElement = on_start;
	sax.endElement = on_end;
	sax.characters = on_text;
	sax.ignorableWhitespace = on_text;
	sax.cdataBlock = on_text;
	sax.serror = quiet;
	memcpy(ctxt->sax, &sax, sizeof sax);
	ctxt->userData = p;
	/* the bytes are UTF-8 already (src/charset.c): a <meta charset> in
	 * them must not switch the parser to another encoding */
	htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
			   HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
			   HTML_PARSE_IGNORE_ENC);
	xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
	htmlParseDocument(ctxt);
	if (ctxt->myDoc)
		xmlFreeDoc(ctxt->myDoc);
	htmlFreeParserCtxt(ctxt);
	return p->oom ? NKG_ENOMEM : 0;
}

/* ------------------------------------------------------------ metadata */

static int in_chrome(const page *p, uint32_t i)
{
	for (; i; i = p->nodes[i].parent)
		if (p->nodes[i].flags & NF_CHROME)
			return 1;
	return 0;
}

static int below(const page *p, uint32_t i, uint32_t anc)
{
	for (; i; i = p->nodes[i].parent)
		if (i == anc)
			return 1;
	return 0;
}

/* <time datetime>: one marked pubdate, else the article's first. */
static void times(page *p)
{
	for (size_t k = 0; k < p->n_times; k++) {
		const htime *t = &p->times[k];
		if (in_chrome(p, t->node))
			continue;
		if (p->nodes[t->node].attrs & A_PUBDATE)
			offer_date(p, t->datetime, strlen(t->datetime), DR_TIME_PUB);
	}
	for (size_t k = 0; k < p->n_times && p->date_rank > DR_TIME; k++) {
		const htime *t = &p->times[k];
		if (!in_chrome(p, t->node) && below(p, t->node, p->root)) {
			offer_date(p, t->datetime, strlen(t->datetime), DR_TIME);
			break;
		}
	}
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

/* ---------------------------------------------------- the root */

static uint32_t find_tag(const page *p, uint32_t c, unsigned tag, int depth)
{
	for (; c && depth < MAX_DEPTH; c = p->nodes[c].next) {
		const hnode *n = &p->nodes[c];
		if ((n->flags & (NF_TEXT | NF_CHROME)))
			continue;
		if (n->tag & tag)
			return c;
		uint32_t f = find_tag(p, n->child, tag, depth + 1);
		if (f)
			return f;
	}
	return NONE;
}

/* The element (not chrome) that best matches: an <article> with the most
 * paragraph text (kind 0), articleBody (1), <main> or role=main (2), or
 * the most paragraph text of its own (3). */
static void best(const page *p, uint32_t c, int kind, int depth, uint32_t *win, size_t *score)
{
	for (; c && depth < MAX_DEPTH; c = p->nodes[c].next) {
		const hnode *n = &p->nodes[c];
		if (n->flags & (NF_TEXT | NF_CHROME))
			continue;
		int hit = 0;
		size_t s = n->ptext;
		switch (kind) {
		case 0: hit = (n->tag & T_ARTICLE) != 0; break;
		case 1: hit = (n->attrs & A_ARTICLEBODY) != 0; break;
		case 2: hit = (n->tag & T_MAIN) || (n->attrs & A_ROLE_MAIN); break;
		default: hit = 1; s = n->own_p; break;
		}
		if (hit && s > *score) {
			*win = c;
			*score = s;
		}
		best(p, n->child, kind, depth + 1, win, score);
	}
}

static uint32_t choose_root(const page *p, uint32_t body)
{
	for (int kind = 0; kind < 4; kind++) {
		uint32_t w = NONE;
		size_t s = 0;
		best(p, p->nodes[body].child, kind, 0, &w, &s);
		if (w)
			return w;
	}
	return body;
}

/* ------------------------------------------------------------ the text */

static void squeeze(char *s);

/* Appends text, each run of blanks as one space (room made once, bytes
 * copied in one loop: every byte of the article goes through here). */
static int put_text(page *p, const char *s, size_t n)
{
	void *d = p->line.data;
	size_t k = p->line.len;

	if (nkg_grow(&d, &p->line.cap, k + n + 1, 1))
		return NKG_ENOMEM;
	p->line.data = d;
	char *o = p->line.data;
	int space = k && o[k - 1] == ' ';
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (is_ws(c)) {
			if (k && !space)
				o[k++] = ' ';
			space = 1;
		} else {
			o[k++] = (char)c;
			space = 0;
		}
	}
	o[k] = '\0';
	p->line.len = k;
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

/* The first text of a box, blanks squeezed: where "Lire aussi" or
 * "Commentaires" would stand. */
static void first_text(const page *p, uint32_t c, nkg_buf *b, int depth)
{
	for (; c && b->len < HEAD_PEEK && depth < MAX_DEPTH; c = p->nodes[c].next) {
		const hnode *n = &p->nodes[c];
		if (n->flags & NF_TEXT) {
			const char *s = p->chars.data + n->off;
			for (uint32_t k = 0; k < n->len && b->len < HEAD_PEEK; k++) {
				char ch = is_ws((unsigned char)s[k]) ? ' ' : s[k];
				if (ch == ' ' && (!b->len || b->data[b->len - 1] == ' '))
					continue;
				if (nkg_buf_append(b, &ch, 1))
					return;
			}
			if (b->len && b->data[b->len - 1] != ' ' && nkg_buf_append(b, " ", 1))
				return;
		} else if (!(n->flags & NF_CHROME)) {
			first_text(p, n->child, b, depth + 1);
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
static int furniture_box(const page *p, const hnode *n)
{
	nkg_buf b = {0}, sp = {0};
	char *f = NULL;
	int r = 0;

	/* a box, not the article: at most a third of its paragraphs */
	if (3 * n->ptext > p->nodes[p->root].ptext)
		return 0;
	first_text(p, n->child, &b, 0);
	if (b.len && !nkg_buf_append(&b, "", 0) && (f = nkg_fold(b.data))) {
		/* the language tables write ':' as a token of its own */
		for (const char *c = f; *c; c++) {
			if (*c == ':' && c > f && c[-1] != ' ' && nkg_buf_append(&sp, " ", 1))
				break;
			if (nkg_buf_append(&sp, c, 1))
				break;
		}
		if (sp.data)
			r = starts_with_any(sp.data, 0);
	}
	free(f);
	nkg_buf_free(&b);
	nkg_buf_free(&sp);
	return r;
}

static int walk_list(page *p, uint32_t c, int depth);

static int walk_node(page *p, uint32_t i, int depth)
{
	const hnode *n = &p->nodes[i];
	int rc = 0;

	if (n->flags & NF_TEXT)
		return put_text(p, p->chars.data + n->off, n->len);
	if ((n->flags & NF_CHROME) || depth >= MAX_DEPTH || i == p->h1)
		return 0; /* (the h1 is already the first line) */
	/* (a byline is mostly its author's link, and no box) */
	if (i != p->root && !(n->flags & (NF_H1 | NF_BYLINE)) && (n->tag & T_BOX)) {
		/* a block of links: a menu, related stories, tags */
		if (n->text && n->links * 1000 >= n->text * LINK_DENSITY_MAX)
			return 0;
		if (!(n->tag & T_PLI) && furniture_box(p, n))
			return 0;
	}
	if (n->tag & T_IMG)
		return 0;
	/* the date beside an author's name is no part of the byline */
	if (p->in_byline && (n->tag & T_TIME))
		return 0;
	/* a byline is a line of its own; the author's link inside it is not */
	int block = (n->tag & T_BLOCK) || ((n->flags & NF_BYLINE) && !p->in_byline);
	int byline = (n->flags & NF_BYLINE) && !p->in_byline;
	if (block && (rc = flush(p)))
		return rc;
	if (byline)
		p->in_byline = 1;
	rc = walk_list(p, n->child, depth + 1);
	if (byline)
		p->in_byline = 0;
	if (!rc && block)
		rc = flush(p);
	return rc;
}

static int walk_list(page *p, uint32_t c, int depth)
{
	int rc = 0;
	for (; c && !rc; c = p->nodes[c].next)
		rc = walk_node(p, c, depth);
	return rc;
}

/* All the text below c's siblings (chrome left out), blanks as they are. */
static int gather(const page *p, uint32_t c, nkg_buf *b, int depth)
{
	for (; c && depth < MAX_DEPTH; c = p->nodes[c].next) {
		const hnode *n = &p->nodes[c];
		if (n->flags & NF_TEXT) {
			if (nkg_buf_append(b, p->chars.data + n->off, n->len))
				return NKG_ENOMEM;
		} else if (!(n->flags & NF_CHROME)) {
			if (nkg_buf_append(b, " ", 1) || gather(p, n->child, b, depth + 1))
				return NKG_ENOMEM;
		}
	}
	return 0;
}

/* The headline: the carrier's title (a feed item's), else the <h1> of the
 * root, else of the page, else og:title, else <title>. */
static int headline(page *p, const nkg_html_meta *meta, char **out)
{
	nkg_buf b = {0};

	*out = NULL;
	if (meta && meta->title && *meta->title)
		return (*out = nkg_strdup(meta->title)) ? 0 : NKG_ENOMEM;
	p->h1 = (p->nodes[p->root].tag & T_H1) ? NONE
		: find_tag(p, p->nodes[p->root].child, T_H1, 0);
	if (!p->h1 && !(meta && meta->fragment))
		p->h1 = find_tag(p, p->nodes[p->body].child, T_H1, 0);
	if (p->h1) {
		if (gather(p, p->nodes[p->h1].child, &b, 0) || nkg_buf_append(&b, "", 0)) {
			nkg_buf_free(&b);
			return NKG_ENOMEM;
		}
		squeeze(b.data);
		if (b.data[0])
			return (*out = nkg_buf_detach(&b)) ? 0 : NKG_ENOMEM;
		nkg_buf_free(&b);
		p->h1 = NONE;
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

void nkg_html_id_base(const char *source, const char **b, size_t *n)
{
	const char *slash = strrchr(source, '/');
	const char *base = slash ? slash + 1 : source;
	const char *dot = strchr(base, '.');

	if (!strcmp(source, "<stdin>")) {
		*b = "stdin";
		*n = 5;
		return;
	}
	*b = base;
	*n = (dot && dot > base) ? (size_t)(dot - base) : strlen(base);
}

static void page_free(page *p)
{
	free(p->nodes);
	nkg_buf_free(&p->chars);
	nkg_buf_free(&p->cap);
	for (size_t k = 0; k < p->n_times; k++)
		free(p->times[k].datetime);
	free(p->times);
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
	nkg_article *a = NULL;
	char *utf8 = NULL, *head = NULL, *lang = NULL;
	char cs[NKG_CHARSET_MAX];
	const char *declared = meta ? meta->charset : NULL;
	const char *id_base, *text; /* the page in UTF-8: data or utf8 */
	size_t text_n;
	size_t utf8_n = 0, id_len;
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
	/* UTF-8 as it is (the common case) is parsed in place, not copied */
	if ((!declared || !strcasecmp(declared, "utf-8") || !strcasecmp(declared, "utf8")) &&
	    nkg_utf8_check(data, n, &id_len) == 0 && !memchr(data, '\0', n)) {
		text = data;
		text_n = n;
		if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
			text += 3;
			text_n -= 3;
		}
	} else {
		if ((rc = nkg_charset_decode(data, n, declared, source, &utf8, &utf8_n, err)))
			goto done;
		text = utf8;
		text_n = utf8_n;
	}
	if (text_n > INT32_MAX) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: page too large", source);
		goto done;
	}

	/* the tree: node 0 is the document */
	p.cap_nodes = 64 + text_n / 64;
	if (!(p.nodes = calloc(p.cap_nodes, sizeof *p.nodes)))
		goto oom;
	p.n_nodes = 1;
	xmlInitParser();
	if (parse(&p, text, text_n))
		goto oom;
	if (!p.body)
		p.body = NONE; /* no body element: the document's children */

	/* the root and its text */
	p.root = (meta && meta->fragment) ? p.body : choose_root(&p, p.body);
	times(&p);
	if ((rc = headline(&p, meta, &head)) || (rc = walk_node(&p, p.root, 0)) ||
	    (rc = flush(&p)))
		goto oom;
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
			if (!bl) {
				bad = 1;
			} else {
				squeeze(bl);
				if (*bl)
					bad |= nkg_buf_puts(&b, bl) || nkg_buf_append(&b, "\n\n", 2);
				free(bl);
			}
		}
		/* a fragment may repeat its title as its first line */
		size_t skip = 0, hl = head ? strlen(head) : 0;
		if (hl && p.text.len >= hl && !strncmp(p.text.data, head, hl) &&
		    (p.text.len == hl || p.text.data[hl] == '\n'))
			skip = hl;
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
	nkg_html_id_base(source, &id_base, &id_len);
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

/* newskg — news feeds: RSS 2.0, RSS 1.0 and Atom documents, one article
 * per item.
 *
 * libxml2 parses the XML (strictly: no recovery, no network, no external
 * DTD, entities left unexpanded); this file only walks the tree.  An
 * item's HTML (content:encoded, else description; Atom content, else
 * summary) goes to the HTML reader as a fragment, with the item's title as
 * headline, its author as byline, its link and date as the carrier's
 * metadata. */
#include "newskg/feed.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "newskg/html.h"

#define ATOM_NS "http://www.w3.org/2005/Atom"
#define CONTENT_NS "http://purl.org/rss/1.0/modules/content/"

struct nkg_feed {
	char *source;             /* owned copy */
	nkg_reader_opts opts;     /* strings borrowed from the caller's */
	xmlDocPtr doc;            /* owned */
	xmlNodePtr next;          /* the next item or entry, or NULL */
	int atom;
	char *lang;               /* the feed's language, owned, or NULL */
	size_t n;                 /* items returned so far */
	const char *id_base;      /* into source, or static */
	size_t id_len;
};

/* The first error libxml2 reports, kept for the message. */
typedef struct first_error {
	int set, line, col;
	char msg[160];
} first_error;

/* Copies e's place and message into fe. */
static void note_error(first_error *fe, const xmlError *e)
{
	fe->line = e->line;
	fe->col = e->int2;
	snprintf(fe->msg, sizeof fe->msg, "%s", e->message ? e->message : "error");
	/* libxml2's messages end with a newline */
	size_t l = strlen(fe->msg);
	while (l && (fe->msg[l - 1] == '\n' || fe->msg[l - 1] == ' '))
		fe->msg[--l] = '\0';
}

static void keep_first(void *ctx, xmlErrorPtr e)
{
	xmlParserCtxtPtr c = ctx; /* the context's userData: itself */
	first_error *fe = c ? c->_private : NULL;
	if (!fe || fe->set || !e || e->level < XML_ERR_ERROR)
		return;
	fe->set = 1;
	note_error(fe, e);
}

static int local_is(xmlNodePtr n, const char *name)
{
	return n && n->type == XML_ELEMENT_NODE && n->name &&
	       strcmp((const char *)n->name, name) == 0;
}

static int ns_is(xmlNodePtr n, const char *uri)
{
	return n->ns && n->ns->href && strcmp((const char *)n->ns->href, uri) == 0;
}

static xmlNodePtr child(xmlNodePtr n, const char *name)
{
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if (local_is(c, name))
			return c;
	return NULL;
}

static xmlNodePtr next_item(xmlNodePtr n, int atom)
{
	for (; n; n = n->next)
		if (local_is(n, atom ? "entry" : "item"))
			return n;
	return NULL;
}

/* The text of an element: its text and CDATA children, entity references
 * left out (never expanded: a feed's internal DTD cannot blow up memory
 * here).  NULL on allocation failure; "" when there is none. */
static char *text_of(xmlNodePtr n)
{
	nkg_buf b = {0};
	for (xmlNodePtr c = n ? n->children : NULL; c; c = c->next)
		if ((c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) &&
		    c->content && nkg_buf_puts(&b, (const char *)c->content)) {
			nkg_buf_free(&b);
			return NULL;
		}
	return nkg_buf_detach(&b); /* "" for an empty buffer */
}

/* XML text to HTML: escaped, each blank-line-separated block a <p>. */
static int plain_to_html(const char *s, nkg_buf *b)
{
	if (nkg_buf_puts(b, "<p>"))
		return NKG_ENOMEM;
	for (; *s; s++) {
		int rc;
		if (*s == '<')
			rc = nkg_buf_puts(b, "&lt;");
		else if (*s == '>')
			rc = nkg_buf_puts(b, "&gt;");
		else if (*s == '&')
			rc = nkg_buf_puts(b, "&amp;");
		else if (*s == '\n' && s[1] == '\n')
			rc = nkg_buf_puts(b, "</p><p>");
		else
			rc = nkg_buf_append(b, s, 1);
		if (rc)
			return NKG_ENOMEM;
	}
	return nkg_buf_puts(b, "</p>") ? NKG_ENOMEM : 0;
}

/* Atom's type="xhtml": the children of its <div>, as markup. */
static int xhtml_of(xmlDocPtr doc, xmlNodePtr n, nkg_buf *out)
{
	xmlBufferPtr xb = xmlBufferCreate();
	int rc = 0;

	if (!xb)
		return NKG_ENOMEM;
	for (xmlNodePtr c = n->children; c; c = c->next)
		if (xmlNodeDump(xb, doc, c, 0, 0) < 0) {
			rc = NKG_ENOMEM;
			break;
		}
	if (!rc && nkg_buf_append(out, (const char *)xmlBufferContent(xb),
				  (size_t)xmlBufferLength(xb)))
		rc = NKG_ENOMEM;
	xmlBufferFree(xb);
	return rc;
}

/* The HTML of an item appended to html (left empty when it has none): 0
 * or NKG_ENOMEM. */
static int item_html(nkg_feed *f, xmlNodePtr it, nkg_buf *html)
{
	xmlNodePtr c = NULL;
	char *t = NULL, *type = NULL;
	int rc = 0;

	if (f->atom) {
		c = child(it, "content");
		if (!c)
			c = child(it, "summary");
		if (!c)
			return 0;
		type = (char *)xmlGetProp(c, (const xmlChar *)"type");
		if (type && !strcmp(type, "xhtml")) {
			rc = xhtml_of(f->doc, c, html);
			goto done;
		}
		if (!(t = text_of(c)))
			goto oom;
		/* text (the default) is text; html and text/html are markup */
		if (!type || !strcmp(type, "text") || !strcmp(type, "text/plain"))
			rc = plain_to_html(t, html);
		else
			rc = nkg_buf_puts(html, t) ? NKG_ENOMEM : 0;
		goto done;
	}
	for (xmlNodePtr k = it->children; k; k = k->next)
		if (local_is(k, "encoded") && ns_is(k, CONTENT_NS)) {
			c = k;
			break;
		}
	if (!c)
		c = child(it, "description");
	if (!c)
		return 0;
	if (!(t = text_of(c)))
		goto oom;
	rc = nkg_buf_puts(html, t) ? NKG_ENOMEM : 0;
	goto done;
oom:
	rc = NKG_ENOMEM;
done:
	free(t);
	xmlFree(type);
	return rc;
}

/* An item's link: RSS <link>; Atom <link rel="alternate"> or one
 * without rel.  Caller frees; NULL when none (or out of memory, which the
 * caller cannot tell apart, and which only loses the URL). */
static char *item_link(nkg_feed *f, xmlNodePtr it)
{
	if (!f->atom) {
		xmlNodePtr l = child(it, "link");
		return l ? text_of(l) : NULL;
	}
	for (xmlNodePtr c = it->children; c; c = c->next) {
		if (!local_is(c, "link"))
			continue;
		char *rel = (char *)xmlGetProp(c, (const xmlChar *)"rel");
		int alt = !rel || !strcmp(rel, "alternate");
		xmlFree(rel);
		if (alt) {
			char *h = (char *)xmlGetProp(c, (const xmlChar *)"href");
			char *r = h ? nkg_strdup(h) : NULL;
			xmlFree(h);
			return r;
		}
	}
	return NULL;
}

/* The first of the named children with text, as text (caller frees). */
static char *first_text(xmlNodePtr it, const char *const *names)
{
	for (size_t i = 0; names[i]; i++) {
		xmlNodePtr c = child(it, names[i]);
		if (!c)
			continue;
		/* Atom's <author><name> */
		xmlNodePtr nm = child(c, "name");
		char *t = text_of(nm ? nm : c);
		if (t && t[strspn(t, " \t\r\n")])
			return t;
		free(t);
	}
	return NULL;
}

int nkg_feed_next(nkg_feed *f, nkg_article **out, nkg_error *err)
{
	static const char *const date_rss[] = { "pubDate", "date", "published", "updated", NULL };
	static const char *const date_atom[] = { "published", "updated", "date", NULL };
	static const char *const author_names[] = { "creator", "author", NULL };
	nkg_html_meta meta;
	nkg_buf html = {0}, src = {0}, id = {0};
	char *title = NULL, *link = NULL, *date = NULL, *author = NULL;
	char *lang = NULL;
	xmlNodePtr it = f->next;
	int rc = 0;

	*out = NULL;
	if (!it)
		return 0;
	f->next = next_item(it->next, f->atom);
	f->n++;
	if (nkg_buf_printf(&src, "%s:%ld", f->source, xmlGetLineNo(it)) ||
	    nkg_buf_append(&id, f->id_base, f->id_len) ||
	    nkg_buf_printf(&id, "-%zu", f->n))
		goto oom;
	if ((rc = item_html(f, it, &html)))
		goto oom;
	if (!html.len) {
		rc = nkg_error_set(err, NKG_EINPUT,
			"%s: %s %zu has no content (%s)", src.data,
			f->atom ? "entry" : "item", f->n,
			f->atom ? "no <content> or <summary>" : "no <content:encoded> or <description>");
		goto done;
	}
	title = first_text(it, (const char *const[]){ "title", NULL });
	link = item_link(f, it);
	date = first_text(it, f->atom ? date_atom : date_rss);
	author = first_text(it, author_names);
	lang = (char *)xmlNodeGetLang(it);
	memset(&meta, 0, sizeof meta);
	meta.charset = "utf-8"; /* libxml2 hands out UTF-8 */
	meta.title = title;
	meta.url = link;
	meta.date = date;
	meta.byline = author;
	meta.lang = lang ? lang : f->lang;
	meta.id = id.data;
	meta.fragment = 1;
	rc = nkg_html_read(html.data, html.len, src.data, &meta, &f->opts, out, err);
	if (rc == 0)
		rc = 1;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_buf_free(&html);
	nkg_buf_free(&src);
	nkg_buf_free(&id);
	free(title);
	free(link);
	free(date);
	free(author);
	xmlFree(lang);
	return rc;
}

int nkg_feed_new(nkg_feed **out, const char *data, size_t n,
		 const char *source, const nkg_reader_opts *opts,
		 nkg_error *err)
{
	nkg_feed *f = NULL;
	xmlParserCtxtPtr ctxt = NULL;
	first_error fe = {0};
	xmlNodePtr root, chan;
	int rc = 0;

	*out = NULL;
	if (!source)
		source = "<input>";
	if (n > INT32_MAX)
		return nkg_error_set(err, NKG_EINPUT, "%s: feed too large", source);
	if (!(f = calloc(1, sizeof *f)) || !(f->source = nkg_strdup(source)))
		goto oom;
	if (opts)
		f->opts = *opts;
	xmlInitParser();
	if (!(ctxt = xmlNewParserCtxt()))
		goto oom;
	/* Errors go to keep_first, never to stderr nor to a handler another
	 * library set globally. */
	ctxt->sax->serror = keep_first;
	ctxt->_private = &fe;
	f->doc = xmlCtxtReadMemory(ctxt, data, (int)n, NULL, NULL,
				   XML_PARSE_NONET | XML_PARSE_NOERROR |
				   XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
	if (!f->doc || !ctxt->wellFormed) {
		xmlErrorPtr e = xmlCtxtGetLastError(ctxt);
		if (!fe.set && e)
			note_error(&fe, e);
		rc = nkg_error_set(err, NKG_EINPUT, "%s:%d:%d: not well-formed XML: %s",
				   source, fe.line > 0 ? fe.line : 1, fe.col > 0 ? fe.col : 1,
				   fe.msg[0] ? fe.msg : "cannot be parsed");
		goto done;
	}
	root = xmlDocGetRootElement(f->doc);
	if (local_is(root, "feed")) {
		f->atom = 1;
		chan = root;
		f->next = next_item(root->children, 1);
	} else if (local_is(root, "rss") && (chan = child(root, "channel"))) {
		f->next = next_item(chan->children, 0);
	} else if (local_is(root, "RDF")) {
		/* RSS 1.0: items are the root's children */
		chan = child(root, "channel");
		f->next = next_item(root->children, 0);
	} else {
		rc = nkg_error_set(err, NKG_EINPUT,
			"%s: not an RSS or Atom feed (root element <%s>)", source,
			root && root->name ? (const char *)root->name : "none");
		goto done;
	}
	{
		xmlNodePtr l = chan ? child(chan, "language") : NULL;
		char *v = l ? text_of(l) : (chan ? (char *)xmlNodeGetLang(chan) : NULL);
		if (v && *v && !(f->lang = nkg_strdup(v))) {
			if (l) free(v); else xmlFree(v);
			goto oom;
		}
		if (l) free(v); else xmlFree(v);
	}
	nkg_html_id_base(f->source, &f->id_base, &f->id_len);
	*out = f;
	f = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	if (ctxt)
		xmlFreeParserCtxt(ctxt);
	nkg_feed_free(f);
	return rc;
}

void nkg_feed_free(nkg_feed *f)
{
	if (!f)
		return;
	if (f->doc)
		xmlFreeDoc(f->doc);
	free(f->source);
	free(f->lang);
	free(f);
}

int nkg_feed_sniff(const char *data, size_t n)
{
	size_t i = 0, lim = n < 2048 ? n : 2048;

	if (n >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3))
		i = 3;
	while (i < n && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i >= n || data[i] != '<')
		return 0;
	/* the root's name, past the XML declaration, comments, a doctype */
	for (size_t k = i; k + 5 < lim; k++) {
		if (data[k] != '<' || data[k + 1] == '?' || data[k + 1] == '!')
			continue;
		const char *s = data + k + 1;
		size_t left = lim - k - 1;
		if ((left >= 4 && !strncmp(s, "rss", 3) && (s[3] == ' ' || s[3] == '>' || s[3] == '\n' || s[3] == '\r' || s[3] == '\t')) ||
		    (left >= 5 && !strncmp(s, "feed", 4) && (s[4] == ' ' || s[4] == '>' || s[4] == '\n' || s[4] == '\r' || s[4] == '\t')) ||
		    (left >= 8 && !strncmp(s, "rdf:RDF", 7)))
			return 1;
		return 0;
	}
	return 0;
}

#!/usr/bin/env python3
"""Writes the web fixtures of the seed corpus (tests/data/web/): the five
articles of corpus/ as news pages with heavy page furniture, as an RSS 2.0
feed, an Atom feed and a WARC.gz crawl.

Each page wraps the article's own text (the lines of corpus/*.txt that are
the article) in a different site template: menus, a trending bar, "Lire
aussi" and related boxes, share bars, cookie and subscription banners,
comment sections and footers, several of them naming people and career
moves that are NOT in the article (CHROME_NAMES).  The tests check that
none of those names reaches the graph, and that the facts score as the
clean texts do.  The publication date is given a different way on each
page (JSON-LD, article:published_time, <time>, the URL, a meta name).

Deterministic: run it again and the files come out byte for byte the same.
Usage: scripts/gen-web-fixtures.py [OUTDIR]   (default tests/data/web)
"""
import gzip
import html
import io
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests/data/web")

# Names that only the page furniture holds: none may reach the graph.
CHROME_NAMES = [
    "Jean-Marc Vallorin", "Brigitte Okonkwo", "Fontavel", "Marcel Dufrêne",
    "Banque Arcelle", "Priya Raman", "Helixor", "Gérard Mollet",
    "Thierry Vasseur", "Orvanis", "Laurent Békassi", "Médiavox",
    "Odile Fraisier", "Cavalis", "Hélène Marsac", "Quentin Abadie",
]


def read_article(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    meta = {}
    body = text
    if text.startswith("---\n"):
        head, body = text[4:].split("\n---\n", 1)
        for line in head.splitlines():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
    lines = [l for l in body.split("\n") if l.strip()]
    return meta, lines


def esc(s):
    return html.escape(s, quote=False)


def paras(lines):
    return "\n".join("      <p>%s</p>" % esc(l) for l in lines)


NAV = """  <header class="site-header">
    <a class="logo" href="/">Le Quotidien Numérique</a>
    <nav class="main-menu"><ul>
      <li><a href="/">Accueil</a></li><li><a href="/tech">Tech</a></li>
      <li><a href="/eco">Économie</a></li>
      <li><a href="/portrait">Le portrait de Jean-Marc Vallorin</a></li>
      <li><a href="/login">CONNEXION UTILISATEUR</a></li>
    </ul></nav>
    <div class="trending">Tendances : <a href="/t/1">Brigitte Okonkwo nommée directrice générale de Fontavel</a></div>
  </header>
  <div id="cookie-banner" class="cookie-consent"><p>Nous utilisons des cookies pour mesurer l'audience. Hélène Marsac, notre déléguée à la protection des données, répond à vos questions.</p><button>Accepter</button></div>
"""

FOOTER = """  <footer class="site-footer">
    <p>Directeur de la publication : Laurent Békassi. © 2023 Groupe Médiavox.</p>
    <ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/contact">Contact</a></li></ul>
  </footer>
"""

SHARE = """      <div class="share-bar"><a href="https://facebook.com/">Partager sur Facebook</a> <a href="https://twitter.com/">Twitter</a> <a href="https://linkedin.com/">LinkedIn</a></div>
"""

RELATED_FR = """      <div class="encadre">
        <h3>Lire aussi</h3>
        <ul><li><a href="/a/1">Marcel Dufrêne quitte la présidence de Banque Arcelle</a></li>
        <li><a href="/a/2">Priya Raman rejoint Helixor comme directrice financière</a></li></ul>
      </div>
"""

ASIDE = """  <aside class="most-read"><h2>Les plus lus</h2><ol>
    <li><a href="/b/1">Odile Fraisier nommée PDG de Cavalis</a></li>
    <li><a href="/b/2">Quentin Abadie limogé par Orvanis</a></li></ol></aside>
"""

PAYWALL = """  <div class="subscribe-banner"><p>Abonnez-vous dès 1 € : Odile Fraisier, notre rédactrice en chef, vous offre le premier mois.</p></div>
"""


def comments(pairs):
    out = ['  <section id="comments" class="comments">',
           "    <h2>%d commentaires</h2>" % len(pairs)]
    for who, text in pairs:
        out.append('    <article class="comment"><p class="comment-author">%s</p>' % esc(who))
        out.extend("      <p>%s</p>" % esc(l) for l in text)
        out.append("    </article>")
    out.append("  </section>")
    return "\n".join(out) + "\n"


EXTRA_COMMENT = ("Gérard Mollet", ["Thierry Vasseur a été limogé par Orvanis l'an dernier, c'est la même histoire."])


def page(head_extra, body, lang_attr='lang="fr"', charset="utf-8"):
    return ("<!DOCTYPE html>\n<html %s>\n<head>\n  <meta charset=\"%s\">\n%s</head>\n<body>\n%s</body>\n</html>\n"
            % (lang_attr, charset, head_extra, body))


def page_000(meta, lines):
    # a tweet embed, a subtitle, one paragraph; the date in a meta name
    tweet, head, rest = lines[0], lines[1], lines[2:]
    head_extra = ('  <title>%s - Le Quotidien Numérique</title>\n'
                  '  <meta name="date" content="2023-11-20">\n'
                  '  <link rel="canonical" href="https://www.quotidien-numerique.example/tech/openai-lettre-employes">\n' % esc(head))
    body = (NAV + '  <article class="post">\n    <h1>%s</h1>\n' % esc(head)
            + '    <blockquote class="twitter-tweet"><p>%s</p></blockquote>\n' % esc(tweet)
            + paras(rest) + "\n" + SHARE + "  </article>\n" + ASIDE + FOOTER)
    return page(head_extra, body)


def page_001(meta, lines):
    # JSON-LD NewsArticle; byline; a figure with caption; a comment section
    head = lines[0]
    cut = next(i for i, l in enumerate(lines) if l.startswith("avatar "))
    art = lines[2:cut]
    cap = next(l for l in art if "Satya Nadella sur la scène" in l)
    parts = []
    for l in art:
        if l == cap:
            parts.append('      <figure><img src="devday.jpg" alt="Sam Altman"><figcaption>%s</figcaption></figure>' % esc(l))
        else:
            parts.append("      <p>%s</p>" % esc(l))
        if len(parts) == 2:
            parts.append(RELATED_FR.rstrip("\n"))
    # the page's comments: the corpus's, and one naming people
    pairs = []
    for l in lines[cut:]:
        if l.startswith("avatar "):
            pairs.append((l[len("avatar "):].rstrip(" |"), []))
        elif pairs and l != "CONNEXION UTILISATEUR":
            pairs[-1][1].append(l)
    pairs.append(EXTRA_COMMENT)
    ld = ('{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "%s", "datePublished": "2023-11-20T10:12:00+01:00", '
          '"author": {"@type": "Person", "name": "Nicolas Furno"}}' % head.replace('"', '\\"'))
    head_extra = ('  <title>%s</title>\n  <script type="application/ld+json">%s</script>\n'
                  '  <meta property="og:title" content="%s">\n' % (esc(head), ld, esc(head)))
    body = (NAV + PAYWALL + '  <main>\n    <article>\n      <header><h1>%s</h1>\n'
            '        <p class="byline">Par <a rel="author" href="/auteur/furno">Nicolas Furno</a> <time datetime="2023-11-20T10:12">20/11/2023 à 10:12</time></p>\n'
            '      </header>\n' % esc(head)
            + SHARE + "\n".join(parts) + "\n" + SHARE + "    </article>\n"
            + comments(pairs) + "  </main>\n" + ASIDE + FOOTER)
    return page(head_extra, body)


def page_002(meta, lines):
    # no <article>: a blog template; article:published_time; og:locale
    head = lines[0]
    art = lines[1:-1]  # the last line is the comment form's "Laisser un commentaire"
    sub = "Voici ce que Microsoft a à dire sur la situation OpenAI – Sam Altman"
    parts = []
    for i, l in enumerate(art):
        tag = "h2" if l == sub else "p"
        parts.append("        <%s>%s</%s>" % (tag, esc(l), tag))
        if i == 4:
            parts.append(RELATED_FR.rstrip("\n"))
    head_extra = ('  <title>%s | Le Quotidien Numérique</title>\n'
                  '  <meta property="og:locale" content="fr_FR">\n'
                  '  <meta property="article:published_time" content="2023-11-22T08:30:00+00:00">\n'
                  '  <meta name="author" content="Hélène Marsac">\n' % esc(head))
    body = (NAV + '  <div id="page" class="layout">\n    <div class="entry-header"><h1 class="entry-title">%s</h1></div>\n'
            '    <div class="entry-content">\n' % esc(head)
            + "\n".join(parts) + "\n" + SHARE + "    </div>\n"
            + '    <div id="respond" class="comment-respond"><h3>Laisser un commentaire</h3><form><textarea></textarea></form></div>\n'
            + comments([EXTRA_COMMENT]) + "  </div>\n" + ASIDE + FOOTER)
    return page(head_extra, body, lang_attr="")


def page_003(meta, lines):
    # <main> only; <time pubdate>; a standfirst; windows-1252
    drop = {"Publicité", "Infos", "Chema Carvajal Sarabia", "ChatGPT Télécharger",
            "Nouveautés de Chema Carvajal Sarabia"}
    art = [l for l in lines if l not in drop and "Mise à jour" not in l]
    head, chapo, rest = art[0], art[1], art[2:]
    parts = []
    for l in rest:
        if l == head:  # the headline again: the photo's caption
            parts.append('        <figure><img src="openai.jpg" alt=""><figcaption>%s <span class="credit">Photo : Hélène Marsac / Médiavox</span></figcaption></figure>' % esc(l))
        elif l == "OpenAI s’effondre comme un château de cartes":
            parts.append("        <h2>%s</h2>" % esc(l))
        else:
            parts.append("        <p>%s</p>" % esc(l))
        if len(parts) == 1:
            parts.append('        <div class="promo-app"><a href="/dl">ChatGPT Télécharger</a></div>')
    head_extra = ('  <title>%s</title>\n  <meta name="description" content="%s">\n' % (esc(head), esc(chapo)))
    body = (NAV + '  <div class="pub">Publicité</div>\n'
            '  <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/infos">Infos</a></nav>\n'
            '  <main role="main">\n    <h1>%s</h1>\n    <p class="chapo">%s</p>\n'
            '    <div class="meta"><span class="author"><a href="/a/chema">Chema Carvajal Sarabia</a></span>\n'
            '      <span class="date">Mise à jour: <time datetime="2023-11-20T09:05:00+01:00" itemprop="datePublished">20 novembre 2023</time></span></div>\n'
            '    <div class="content">\n' % (esc(head), esc(chapo))
            + "\n".join(parts) + "\n    </div>\n"
            + '    <div class="related-author"><h3>Nouveautés de Chema Carvajal Sarabia</h3><ul><li><a href="/x">Odile Fraisier nommée PDG de Cavalis</a></li></ul></div>\n'
            + "  </main>\n" + ASIDE + FOOTER)
    return page(head_extra, body, charset="windows-1252")


def page_004(meta, lines):
    # several <article>s (teasers of other stories), the date only in the URL
    end = lines.index("Articles similaires")
    art = lines[1:end]  # "Tech" is the category
    head = art[0]
    author, bio = art[-2], art[-1]
    text = art[1:-2]
    url = "https://www.quotidien-numerique.example/2023/11/21/openai-point-mort/"
    head_extra = ('  <title>%s</title>\n  <link rel="canonical" href="%s">\n' % (esc(head), url))
    teasers = ('  <section class="more-stories"><h2>Articles similaires</h2>\n'
               '    <article class="teaser"><h3><a href="/c/1">Marcel Dufrêne quitte la présidence de Banque Arcelle</a></h3><p>Le banquier Marcel Dufrêne a annoncé son départ de Banque Arcelle, où il était président depuis 2015.</p></article>\n'
               '    <article class="teaser"><h3><a href="/c/2">Priya Raman rejoint Helixor</a></h3><p>Priya Raman a été nommée directrice financière de Helixor mardi.</p></article>\n'
               '  </section>\n')
    body = (NAV + '  <div class="breadcrumbs"><a href="/tech">Tech</a></div>\n'
            '  <article class="post-4512">\n    <h1 class="post-title">%s</h1>\n' % esc(head)
            + SHARE + paras(text) + "\n"
            + '      <div class="author-box"><p>%s</p><p>%s</p></div>\n' % (esc(author), esc(bio))
            + "  </article>\n" + teasers
            + '  <div id="respond"><h3>Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p></div>\n'
            + '  <a class="back-to-top" href="#">Bouton retour en haut de la page</a>\n'
            + '  <div class="modal"><button>Fermer</button></div>\n'
            + ASIDE + FOOTER)
    return page(head_extra, body)


PAGES = [page_000, page_001, page_002, page_003, page_004]
URLS = [
    "https://www.quotidien-numerique.example/tech/openai-lettre-employes",
    "https://www.quotidien-numerique.example/tech/openai-flou-altman",
    "https://www.quotidien-numerique.example/tech/openai-drame-fin",
    "https://www.quotidien-numerique.example/infos/openai-feuilleton",
    "https://www.quotidien-numerique.example/2023/11/21/openai-point-mort/",
]
# RFC 822 dates for the feeds, the articles' days
PUBDATES = ["Mon, 20 Nov 2023 18:00:00 +0100", "Mon, 20 Nov 2023 10:12:00 +0100",
            "Wed, 22 Nov 2023 08:30:00 +0000", "Mon, 20 Nov 2023 09:05:00 +0100",
            "Tue, 21 Nov 2023 07:45:00 +0100"]
ISODATES = ["2023-11-20T18:00:00+01:00", "2023-11-20T10:12:00+01:00",
            "2023-11-22T08:30:00Z", "2023-11-20T09:05:00+01:00",
            "2023-11-21T07:45:00+01:00"]
AUTHORS = [None, "Nicolas Furno", None, "Chema Carvajal Sarabia", "Cunégonde Lestrange"]


def feed_item_html(i, lines):
    """The HTML a feed gives for an article: its paragraphs (the headline is
    the item's title), a "Lire aussi" box and share links, as CMSs add."""
    if i == 0:
        art = [lines[0]] + lines[2:]
    elif i == 1:
        cut = next(k for k, l in enumerate(lines) if l.startswith("avatar "))
        art = lines[2:cut]
    elif i == 2:
        art = lines[1:-1]
    elif i == 3:
        drop = {"Publicité", "Infos", "Chema Carvajal Sarabia", "ChatGPT Télécharger",
                "Nouveautés de Chema Carvajal Sarabia"}
        art = [l for l in lines if l not in drop and "Mise à jour" not in l][1:]
    else:
        end = lines.index("Articles similaires")
        art = lines[2:end]
    out = ["<p>%s</p>" % esc(l) for l in art]
    out.insert(min(2, len(out)), RELATED_FR.strip())
    out.append('<p class="share"><a href="https://twitter.com/">Partager sur Twitter</a></p>')
    return "\n".join(out)


def headline(i, lines):
    return [lines[1], lines[0], lines[0], lines[2], lines[1]][i]


def rss(arts):
    items = []
    for i, (meta, lines) in enumerate(arts):
        creator = "\n      <dc:creator>%s</dc:creator>" % esc(AUTHORS[i]) if AUTHORS[i] else ""
        items.append("""    <item>
      <title>%s</title>
      <link>%s</link>
      <guid isPermaLink="true">%s</guid>
      <pubDate>%s</pubDate>%s
      <description>%s</description>
      <content:encoded><![CDATA[%s]]></content:encoded>
    </item>""" % (esc(headline(i, lines)), URLS[i], URLS[i], PUBDATES[i], creator,
                  esc(headline(i, lines)), feed_item_html(i, lines)))
    return """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>Le Quotidien Numérique – Tech</title>
    <link>https://www.quotidien-numerique.example/</link>
    <description>Toute l'actualité tech. Rédacteur en chef : Laurent Békassi.</description>
    <language>fr</language>
%s
  </channel>
</rss>
""" % "\n".join(items)


def atom(arts):
    entries = []
    for i, (meta, lines) in enumerate(arts):
        author = "\n    <author><name>%s</name></author>" % esc(AUTHORS[i]) if AUTHORS[i] else ""
        body = feed_item_html(i, lines)
        if i == 2:
            # type="xhtml": the markup inline, in a div
            content = '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">%s</div></content>' % body
        else:
            content = '<content type="html">%s</content>' % html.escape(body, quote=False)
        entries.append("""  <entry>
    <title>%s</title>
    <link rel="alternate" href="%s"/>
    <id>%s</id>
    <published>%s</published>
    <updated>2023-11-30T12:00:00Z</updated>%s
    <summary>%s</summary>
    %s
  </entry>""" % (esc(headline(i, lines)), URLS[i], URLS[i], ISODATES[i], author,
                 esc(headline(i, lines)), content))
    return """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title>Le Quotidien Numérique – Tech</title>
  <id>https://www.quotidien-numerique.example/atom</id>
  <updated>2023-11-30T12:00:00Z</updated>
  <author><name>Laurent Békassi</name></author>
%s
</feed>
""" % "\n".join(entries)


def warc_record(rtype, uri, date, rid, ctype, block, extra=""):
    head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\nWARC-Date: %s\r\n"
            % (rtype, rid, date))
    if uri:
        head += "WARC-Target-URI: %s\r\n" % uri
    head += extra
    head += "Content-Type: %s\r\nContent-Length: %d\r\n\r\n" % (ctype, len(block))
    return head.encode("ascii") + block + b"\r\n\r\n"


def chunked(b, size=700):
    out = b""
    for k in range(0, len(b), size):
        c = b[k:k + size]
        out += b"%x;ext=1\r\n" % len(c) + c + b"\r\n"
    return out + b"0\r\n\r\n"


def warc(pages):
    recs = []
    n = [0]

    def rid():
        n[0] += 1
        return "00000000-0000-4000-8000-%012d" % n[0]

    info = b"software: gen-web-fixtures.py\r\nformat: WARC File Format 1.0\r\n"
    recs.append(warc_record("warcinfo", None, "2023-11-23T00:00:00Z", rid(), "application/warc-fields", info))
    for i, html_text in enumerate(pages):
        date = ["2023-11-20T20:00:00Z", "2023-11-20T11:00:00Z", "2023-11-22T09:00:00Z",
                "2023-11-20T10:00:00Z", "2023-11-21T09:00:00Z"][i]
        req = ("GET / HTTP/1.1\r\nHost: www.quotidien-numerique.example\r\n\r\n").encode("ascii")
        recs.append(warc_record("request", URLS[i], date, rid(), "application/http; msgtype=request", req))
        if i == 3:
            payload = html_text.encode("cp1252")
            hdr = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Length: %d\r\n\r\n" % len(payload)
        elif i == 1:
            payload = chunked(html_text.encode("utf-8"))
            hdr = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nTransfer-Encoding: chunked\r\n\r\n"
        elif i == 2:
            payload = gzip.compress(html_text.encode("utf-8"), mtime=0)
            hdr = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: %d\r\n\r\n" % len(payload)
        elif i == 4:
            # both codings at once: gzip inside chunks
            payload = chunked(gzip.compress(html_text.encode("utf-8"), mtime=0), 333)
            hdr = "HTTP/1.1 200 OK\r\nContent-Type: text/html;charset=utf-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n"
        else:
            payload = html_text.encode("utf-8")
            hdr = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(payload)
        recs.append(warc_record("response", URLS[i], date, rid(), "application/http; msgtype=response",
                                hdr.encode("ascii") + payload))
        recs.append(warc_record("metadata", URLS[i], date, rid(), "application/warc-fields",
                                b"via: https://www.quotidien-numerique.example/\r\n"))
    # records that are no article: an image, a redirect
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    recs.append(warc_record("response", "https://www.quotidien-numerique.example/logo.png", "2023-11-22T09:00:01Z", rid(),
                            "application/http; msgtype=response",
                            b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n" + png))
    recs.append(warc_record("response", "http://quotidien-numerique.example/", "2023-11-22T09:00:02Z", rid(),
                            "application/http; msgtype=response",
                            b"HTTP/1.1 301 Moved Permanently\r\nLocation: https://www.quotidien-numerique.example/\r\nContent-Type: text/html\r\n\r\n<html><body><p>Moved</p></body></html>"))
    return recs


def main():
    arts = [read_article(os.path.join(ROOT, "corpus", f))
            for f in sorted(os.listdir(os.path.join(ROOT, "corpus"))) if f.endswith(".txt")]
    os.makedirs(os.path.join(OUT, "pages"), exist_ok=True)
    names = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "corpus")) if f.endswith(".txt"))
    pages = []
    for i, (meta, lines) in enumerate(arts):
        h = PAGES[i](meta, lines)
        pages.append(h)
        enc = "cp1252" if i == 3 else "utf-8"
        with open(os.path.join(OUT, "pages", names[i] + ".html"), "wb") as f:
            f.write(h.encode(enc))
    with open(os.path.join(OUT, "seeds.rss"), "w", encoding="utf-8") as f:
        f.write(rss(arts))
    with open(os.path.join(OUT, "seeds.atom"), "w", encoding="utf-8") as f:
        f.write(atom(arts))
    recs = warc(pages)
    # one gzip member per record, as crawlers write them
    with open(os.path.join(OUT, "seeds.warc.gz"), "wb") as f:
        for r in recs:
            f.write(gzip.compress(r, mtime=0))
    with open(os.path.join(OUT, "chrome-names.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(CHROME_NAMES) + "\n")


if __name__ == "__main__":
    main()

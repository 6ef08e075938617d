/* newskg — chains: the mentions of one entity within the article
 * linked (surnames, acronyms, variants, pronouns' genders), and the
 * article's main organisation (see mentions.h). */
#include "mentions_int.h"

/* ---- chains ----------------------------------------------------------- */

/* Link words inside an organisation's name that writers add or drop
 * ("centre hospitalier du Sud-Gironde" / "centre hospitalier
 * Sud-Gironde"). */

char *nkg_name_org_key(const char *text)
{
	char *f = nkg_fold(text), *o, *p;
	if (!f)
		return NULL;
	/* "Oxford United FC", "Galena Biopharma, Inc.": the legal form is
	 * no part of the name to compare */
	for (;;) {
		char *sp = strrchr(f, ' ');
		if (!sp || !nkg_lang_in(nkg_m_legal_forms, sp + 1))
			break;
		*sp = '\0';
		if (sp > f && sp[-1] == ',')
			sp[-1] = '\0';
	}
	for (o = p = f; *p;) {
		size_t n = strcspn(p, " ");
		char w[8];
		/* (not the first word: "The Verge", "Le Monde"; unless two
		 * words or more follow: "The New York Daily News" is "New York
		 * Daily News") */
		if ((p > f || nkg_name_words(p) >= 3) && n < sizeof w) {
			memcpy(w, p, n);
			w[n] = '\0';
			if (nkg_lang_in(nkg_m_org_key_links, w)) {
				p += n;
				while (*p == ' ')
					p++;
				continue;
			}
		}
		for (const char *e = p + n; p < e; p++) {
			char ch = *p;
			if (ch == '-' || ch == '.')
				continue;
			*o++ = ch == 'l' ? 'i' : ch == '0' ? 'o' : ch;
		}
		while (*p == ' ')
			p++;
	}
	*o = '\0';
	return f;
}

static const char *const *get_name_suffixes(const nkg_lang *l) { return l->name_suffixes; }

/* The surname of a folded full name, into buf: its last word, or the one
 * before a generation ("wright lassiter iii" -> "lassiter"). */
static const char *last_word(const char *f, char *buf, size_t cap)
{
	const char *sp = strrchr(f, ' ');
	const char *w = sp ? sp + 1 : f, *e = f + strlen(f);
	if (sp && sp > f && in_any_lang(get_name_suffixes, w)) {
		e = sp;
		w = e;
		while (w > f && w[-1] != ' ')
			w--;
	}
	snprintf(buf, cap, "%.*s", (int)(e - w), w);
	return buf;
}

size_t nkg_name_words(const char *s)
{
	size_t n = 1;
	for (; *s; s++)
		if (*s == ' ')
			n++;
	return n;
}

static int similar_n(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), lm = la < lb ? la : lb;
	if (!strcmp(a, b))
		return 1;
	if (lm < 5 || a[0] != b[0])
		return 0;
	return nkg_edit_distance(a, b, max) <= max;
}

int nkg_name_is_surname_of(const char *word, const char *full)
{
	char lb_[128];
	const char *last = last_word(full, lb_, sizeof lb_);
	size_t la = strlen(word), lb = strlen(last);
	return similar_n(word, last, (la < lb ? la : lb) >= 9 ? 2 : 1);
}

static int first_word_eq(const char *a, const char *b)
{
	size_t la = strcspn(a, " "), lb = strcspn(b, " ");
	return la == lb && strncmp(a, b, la) == 0;
}

/* a with its middle initials left out ("helen k. copley" -> "helen
 * copley"), into buf. */
static const char *without_initials(const char *a, char *buf, size_t cap)
{
	size_t o = 0;
	int first = 1;
	for (const char *p = a; *p;) {
		size_t n = strcspn(p, " ");
		int initial = !first && (n == 1 || (n == 2 && p[1] == '.'));
		if (!initial && o + n + 2 < cap) {
			if (o)
				buf[o++] = ' ';
			memcpy(buf + o, p, n);
			o += n;
		}
		first = 0;
		p += n;
		while (*p == ' ')
			p++;
	}
	buf[o] = '\0';
	return buf;
}

/* Whether given names ga and gb (folded, each up to its first space) are
 * a short form and the name it stands for ("marty", "martin"), in any
 * language's table. */
static int given_name_variant(const char *ga, const char *gb)
{
	size_t la = strcspn(ga, " "), lb = strcspn(gb, " ");
	for (size_t i = 0; nkg_langs[i]; i++) {
		const char *const *v = nkg_langs[i]->given_name_variants;
		for (size_t j = 0; v && v[j] && v[j + 1]; j += 2)
			if ((strlen(v[j]) == la && !strncmp(v[j], ga, la) && strlen(v[j + 1]) == lb &&
			     !strncmp(v[j + 1], gb, lb)) ||
			    (strlen(v[j]) == lb && !strncmp(v[j], gb, lb) && strlen(v[j + 1]) == la &&
			     !strncmp(v[j + 1], ga, la)))
				return 1;
	}
	return 0;
}

/* The context (same first name) already agrees, so two edits. */
int nkg_name_same_person(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1;
	/* "Marty Baron" and "Martin Baron": a given name's short form, the
	 * rest alike */
	const char *ra = strchr(a, ' '), *rb = strchr(b, ' ');
	if (ra && rb && !strcmp(ra, rb) && given_name_variant(a, b))
		return 1;
	/* "Helen K. Copley" and "Helen Copley" */
	char ia[128], ib[128];
	if (strlen(a) < sizeof ia && strlen(b) < sizeof ib &&
	    (strchr(a, '.') || strchr(b, '.')) &&
	    !strcmp(without_initials(a, ia, sizeof ia), without_initials(b, ib, sizeof ib)) &&
	    nkg_name_words(ia) >= 2)
		return 1;
	if (!first_word_eq(a, b) || nkg_name_words(a) != nkg_name_words(b) ||
	    nkg_name_words(a) < 2)
		return 0;
	char la[128], lb[128];
	return similar_n(last_word(a, la, sizeof la), last_word(b, lb, sizeof lb), 2);
}

/* Whether the one-word name m is the first word of a person's name in
 * the article ("Sean" after "Sean Dyche"). */
static int first_name_of_person(const nkg_mentions *ms, const nkg_doc *doc, const nkg_mention *m)
{
	const char *f = doc->toks[m->tok0].fold;
	for (size_t j = 0; j < ms->n; j++) {
		const nkg_mention *o = &ms->m[j];
		if (o->kind == NKG_M_NAME && o->type == NKG_NT_PERSON && o->tok1 - o->tok0 >= 2 &&
		    !strcmp(doc->toks[o->tok0].fold, f))
			return 1;
	}
	return 0;
}

static int new_chain(nkg_mentions *ms, nkg_ntype type, const char *name,
		     const nkg_gaz_entry *gaz)
{
	void *arr = ms->chains;
	nkg_chain *ch;
	if (nkg_grow(&arr, &ms->cap_chains, ms->n_chains + 1, sizeof *ms->chains))
		return -1;
	ms->chains = arr;
	ch = &ms->chains[ms->n_chains];
	memset(ch, 0, sizeof *ch);
	ch->type = type;
	ch->gaz = gaz;
	if (!(ch->name = nkg_strdup(gaz ? gaz->name : name)))
		return -1;
	return (int)ms->n_chains++;
}

static void join(nkg_mentions *ms, size_t mi, int chain)
{
	nkg_mention *m = &ms->m[mi];
	nkg_chain *ch = &ms->chains[chain];
	m->chain = chain;
	ch->n_mentions++;
	if (m->flags & NKG_MF_AUTHOR)
		ch->author = 1;
	if (m->flags & NKG_MF_BODY)
		ch->body = 1;
}

/* Canonical name of each person chain: the most frequent of its longest
 * forms, ties to the form seen first.  The name mentions are grouped by
 * chain and text with one sort: counting pairwise was quadratic in the
 * mentions of a chain (an article naming one person 12 000 times took
 * minutes). */
static int cmp_chain_text(const void *a, const void *b)
{
	const nkg_mention *x = *(const nkg_mention *const *)a;
	const nkg_mention *y = *(const nkg_mention *const *)b;
	int c;

	if (x->chain != y->chain)
		return x->chain < y->chain ? -1 : 1;
	if ((c = strcmp(x->text, y->text)) != 0)
		return c;
	return x < y ? -1 : x > y; /* mention order within a form */
}

static int canonical_names(nkg_mentions *ms)
{
	const nkg_mention **v = NULL; /* borrowed pointers into ms->m */
	size_t nv = 0, g = 0;

	v = malloc((ms->n ? ms->n : 1) * sizeof *v);
	if (!v)
		return NKG_ENOMEM;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->m[i].kind == NKG_M_NAME && ms->m[i].chain >= 0)
			v[nv++] = &ms->m[i];
	if (nv > 1)
		qsort(v, nv, sizeof *v, cmp_chain_text);
	while (g < nv) {
		int c = v[g]->chain;
		nkg_chain *ch = &ms->chains[c];
		size_t best_words = 0, best_count = 0;
		const nkg_mention *best = NULL;

		while (g < nv && v[g]->chain == c) {
			size_t e = g + 1, w = nkg_name_words(v[g]->text);
			while (e < nv && v[e]->chain == c && !strcmp(v[e]->text, v[g]->text))
				e++;
			/* v[g] is the first mention of this form. */
			if (w > best_words || (w == best_words && e - g > best_count) ||
			    (w == best_words && e - g == best_count && v[g] < best)) {
				best_words = w;
				best_count = e - g;
				best = v[g];
			}
			g = e;
		}
		if (ch->gaz || ch->type != NKG_NT_PERSON || !best ||
		    !strcmp(best->text, ch->name))
			continue;
		char *nn = nkg_strdup(best->text);
		if (!nn) {
			free(v);
			return NKG_ENOMEM;
		}
		free(ch->name);
		ch->name = nn;
	}
	free(v);
	return 0;
}

/* How many times the article speaks of organisation chain ch by a
 * definite company word with no name after it ("a annoncé le club",
 * "the company said"): such a word stands for the organisation named
 * last before it. */
/* Marks the organisation chains named as a governing body ("Conseil
 * d'administration", "Conseil des ministres", "Board of Directors"): the
 * first words of one of their mentions are in a governing_bodies list. */
static void mark_governing(nkg_mentions *ms, const nkg_doc *doc)
{
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0 || m->gaz)
			continue;
		const nkg_lang *l = doc->sents[m->sent].lang;
		size_t s0 = doc->sents[m->sent].tok0;
		size_t gl = nkg_doc_match_list(doc, m->tok0, m->tok1, l->governing_bodies);
		/* (not an institution whose head word starts like a board's:
		 * "conseil départemental de l'Ain", "conseil régional") */
		if (gl && nkg_doc_match_list(doc, m->tok0, m->tok1, l->institution_heads) > gl)
			gl = 0;
		if (gl)
			ms->chains[m->chain].governing = 1;
		/* "Board of Trustees", "Conseil des Sages": the body's word,
		 * capitalised as part of the name, and its link before it
		 * ("the board of Alder Energy" is the company's) */
		else if (m->tok0 >= s0 + 2 && nkg_lang_in(l->title_links, doc->toks[m->tok0 - 1].fold) &&
			 (doc->toks[m->tok0 - 2].flags & NKG_TOK_CAP) &&
			 nkg_doc_match_list(doc, m->tok0 - 2, m->tok0 - 1, l->governing_bodies))
			ms->chains[m->chain].governing = 1;
	}
}

/* Whether org mention m is called by the company word w: its first
 * word ("l'institut" for "Institut Pasteur-Lumière") or a word just
 * before it ("le laboratoire privé Kyntra AI"). */
int nkg_m_called(const nkg_mention *m, const nkg_doc *doc, const char *w)
{
	if (!strcmp(doc->toks[m->tok0].fold, w))
		return 1;
	for (size_t b = m->tok0, n = 0; b > doc->sents[m->sent].tok0 && n < 3; b--, n++)
		if (!strcmp(doc->toks[b - 1].fold, w))
			return 1;
	return 0;
}

/* Adds 2 to cnt[chain] for each time the article speaks of an
 * organisation as the one who announces, by a definite company word with
 * no name after it ("a annoncé le club", "the company said"): the word
 * stands for the last organisation it was said of, else the last one
 * named.  One pass over the tokens and mentions. */
static void anaphor_counts(const nkg_mentions *ms, const nkg_doc *doc, size_t *cnt)
{
	size_t mi = 0, n_orgs = 0;
	size_t *orgs = malloc((ms->n ? ms->n : 1) * sizeof *orgs); /* org mentions seen */
	if (!orgs)
		return; /* (only a weight: without it, mentions alone decide) */
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		const nkg_lang *l = s->lang;
		for (size_t k = s->tok0; k + 1 < s->tok1; k++) {
			for (; mi < ms->n && (ms->m[mi].sent < si ||
					      (ms->m[mi].sent == si && ms->m[mi].tok0 < k)); mi++)
				if (ms->m[mi].kind == NKG_M_NAME && ms->m[mi].chain >= 0 &&
				    ms->chains[ms->m[mi].chain].type == NKG_NT_ORG)
					orgs[n_orgs++] = mi;
			if (!n_orgs || !nkg_lang_in(l->definite_articles, doc->toks[k].fold) ||
			    !nkg_lang_in(l->org_cue_before, doc->toks[k + 1].fold) ||
			    (k + 2 < s->tok1 && (doc->toks[k + 2].flags & NKG_TOK_CAP)))
				continue;
			size_t a = k + 2;
			while (a < s->tok1 && a < k + 4 && (doc->toks[a].flags & NKG_TOK_WORD) &&
			       !nkg_lang_in(l->reporting_verbs, doc->toks[a].fold))
				a++;
			if (!(k > s->tok0 && nkg_lang_in(l->reporting_verbs, doc->toks[k - 1].fold)) &&
			    !(a < s->tok1 && a < k + 4 && nkg_lang_in(l->reporting_verbs, doc->toks[a].fold)))
				continue;
			int ref = ms->m[orgs[n_orgs - 1]].chain;
			for (size_t q = n_orgs; q-- > 0;)
				if (nkg_m_called(&ms->m[orgs[q]], doc, doc->toks[k + 1].fold)) {
					ref = ms->m[orgs[q]].chain;
					break;
				}
			cnt[ref] += 2;
		}
	}
	free(orgs);
}

static const char *const *get_generic_tails(const nkg_lang *l) { return l->generic_org_tails; }

/* Whether every word of the folded words w is a legal form or a generic
 * tail of any language ("health", "group", "inc."): words that name the
 * same organisation, not a part of it ("Time Warner Cable" is not "Time
 * Warner"). */
static int only_company_words(const char *w)
{
	char buf[64];
	while (*w) {
		size_t n = strcspn(w, " ");
		if (n == 0 || n >= sizeof buf)
			return 0;
		memcpy(buf, w, n);
		buf[n] = '\0';
		if (!nkg_lang_in(nkg_m_legal_forms, buf) && !in_any_lang(get_generic_tails, buf))
			return 0;
		w += n;
		while (*w == ' ')
			w++;
	}
	return 1;
}

/* Whether organisation mention i's folded name opens another's that
 * goes on with company words only ("harbor savings" in "harbor savings
 * bank").  (Not any longer name: "Veltrane" told before "sa filiale
 * Veltrane Energie" is the group, not its subsidiary.) */
static int opens_longer_org(const nkg_mentions *ms, char *const *key, size_t i)
{
	size_t li = key[i] ? strlen(key[i]) : 0;
	if (li < 4)
		return 0;
	for (size_t j = 0; j < ms->n; j++)
		if (j != i && ms->m[j].kind == NKG_M_NAME && ms->m[j].type == NKG_NT_ORG &&
		    key[j] && !strncmp(key[j], key[i], li) && key[j][li] == ' ' &&
		    only_company_words(key[j] + li + 1))
			return 1;
	return 0;
}

/* Whether the first n bytes of the folded organisation name cf are an
 * institution's head word and at most a link word ("centre hospitalier",
 * "centre hospitalier du", "chu de"). */
static int institution_named(const nkg_lang *l, const char *cf, size_t n)
{
	for (size_t i = 0; l->institution_heads && l->institution_heads[i]; i++) {
		const char *h = l->institution_heads[i];
		size_t lh = strlen(h);
		if (strncmp(cf, h, lh) || (cf[lh] != ' ' && lh != n))
			continue;
		if (lh == n)
			return 1;
		/* one link word between */
		const char *w = cf + lh + 1;
		size_t lw = n - lh - 1;
		char buf[8];
		if (lw < sizeof buf && !memchr(w, ' ', lw)) {
			memcpy(buf, w, lw);
			buf[lw] = '\0';
			return nkg_lang_in(nkg_m_org_key_links, buf);
		}
	}
	return 0;
}

static const char *const *get_club_words(const nkg_lang *l) { return l->club_words; }

/* Whether the folded organisation name cf opens with the folded word w
 * ("Galena" in "galena biopharma, inc."). */
static int name_opens_with(const char *cf, const char *w, const nkg_lang *l)
{
	size_t lw = strlen(w);
	(void)l;
	return !strncmp(cf, w, lw) && cf[lw] == ' ';
}

/* Whether w is the noun of the complement of the folded organisation name
 * cf, after a link and maybe an article ("mutualite" in "federation
 * nationale de la mutualite francaise"). */
static int name_complemented_by(const char *cf, const char *w, const nkg_lang *l)
{
	size_t lw = strlen(w);
	for (const char *p = strstr(cf, w); p; p = strstr(p + 1, w)) {
		if (p == cf || p[-1] != ' ' || (p[lw] && p[lw] != ' '))
			continue;
		/* the word before: a link, or an article after one */
		char prev[16];
		const char *e = p - 1, *b = e;
		while (b > cf && b[-1] != ' ')
			b--;
		if ((size_t)(e - b) >= sizeof prev)
			continue;
		memcpy(prev, b, (size_t)(e - b));
		prev[e - b] = '\0';
		if (nkg_lang_in(l->title_links, prev) || nkg_lang_in(l->complement_articles, prev))
			return 1;
	}
	return 0;
}

/* The only organisation chain of min_words words or more whose folded
 * name passes test with w, or -1 (none, several, or out of memory). */
static int only_org(const nkg_mentions *ms, size_t min_words, const char *w, const nkg_lang *l,
		    int (*test)(const char *cf, const char *w, const nkg_lang *l))
{
	int hit = -1, nh = 0;
	for (size_t c = 0; c < ms->n_chains; c++) {
		if (ms->chains[c].type != NKG_NT_ORG || nkg_name_words(ms->chains[c].name) < min_words)
			continue;
		char *cf = nkg_fold(ms->chains[c].name);
		if (!cf)
			return -1;
		if (test(cf, w, l)) {
			hit = (int)c;
			nh++;
		}
		free(cf);
	}
	return nh == 1 ? hit : -1;
}

/* The only organisation chain of two words or more whose name the
 * folded word w opens, or -1. */
static int only_org_opened_by(const nkg_mentions *ms, const char *w)
{
	return only_org(ms, 2, w, NULL, name_opens_with);
}

/* Whether name mention m has two words or more, one a club's. */
static int club_name(const nkg_doc *doc, const nkg_mention *m)
{
	if (m->tok1 - m->tok0 < 2)
		return 0;
	for (size_t k = m->tok0; k < m->tok1; k++)
		if (in_any_lang(get_club_words, doc->toks[k].fold))
			return 1;
	return 0;
}

/* The only organisation chain whose name holds the folded word w and a
 * club's word ("racing club narbonne mediterranee" for "narbonne"), else
 * -1. */
static int club_named_with(const nkg_mentions *ms, const nkg_doc *doc, const char *w)
{
	int hit = -1, nh = 0;
	size_t lw = strlen(w);
	(void)doc;
	for (size_t c = 0; c < ms->n_chains; c++) {
		if (ms->chains[c].type != NKG_NT_ORG)
			continue;
		char *cf = nkg_fold(ms->chains[c].name);
		if (!cf)
			return -1;
		int has_w = 0, has_club = 0, last_w = 0;
		for (const char *p = cf; *p;) {
			size_t n = strcspn(p, " ");
			char buf[32];
			if (n < sizeof buf) {
				memcpy(buf, p, n);
				buf[n] = '\0';
				has_club |= in_any_lang(get_club_words, buf);
			}
			last_w = n == lw && !strncmp(p, w, n);
			has_w |= last_w;
			p += n;
			while (*p == ' ')
				p++;
		}
		free(cf);
		/* ("Bills" for "the Buffalo Bills", "Giants" for "the New York
		 * Giants": a team's plural closing its name) */
		size_t nw = nkg_name_words(ms->chains[c].name);
		int team = last_w && lw >= 4 && w[lw - 1] == 's' && nw <= 4;
		if (has_w && (has_club || team) && nw >= 2) {
			hit = (int)c;
			nh++;
		}
	}
	return nh == 1 ? hit : -1;
}

static const char *const *get_acronym_links(const nkg_lang *l) { return l->acronym_links; }

/* Whether the folded acronym acr spells the initials of the folded name
 * words (link words skipped: "federal emergency management agency"; a
 * word an acronym may leave out, "pour", may give its letter or not:
 * "action pour la protection des droits de l'homme" is APDH). */
static int initials_are(const char *words, const char *acr)
{
	/* (the acronym positions reachable so far, one bit each, as in
	 * nkg_m_spells(): one pass over the words) */
	size_t la = strlen(acr);
	uint64_t reach = 1;
	if (la > 60)
		return 0;
	while (*words && reach) {
		while (*words == ' ')
			words++;
		if (!*words)
			break;
		/* ("l'homme", "d’Automne": over an elided article) */
		if (words[1] == '\'')
			words += 2;
		else if (!strncmp(words + 1, "\u2019", 3))
			words += 4;
		size_t w = strcspn(words, " ");
		if (!w)
			continue;
		char buf[16];
		int link = 0, optional = 0;
		if (w < sizeof buf) {
			memcpy(buf, words, w);
			buf[w] = '\0';
			link = nkg_lang_in(nkg_m_org_key_links, buf) || !strcmp(buf, "&") || !strcmp(buf, "and") ||
			       !strcmp(buf, "et");
			optional = !link && in_any_lang(get_acronym_links, buf);
		}
		if (!link) {
			uint64_t next = optional ? reach : 0;
			for (size_t a = 0; a < la; a++)
				if ((reach >> a & 1) && words[0] == acr[a])
					next |= (uint64_t)1 << (a + 1);
			reach = next;
		}
		words += w;
	}
	return (reach >> la) & 1;
}

/* Whether mention i is the organisation an acronym stands for. */
static int defines_acronym(const size_t *acr_of, size_t n, size_t i)
{
	for (size_t j = 0; j < n; j++)
		if (acr_of[j] == i + 1)
			return 1;
	return 0;
}

/* Whether name mention m is given as a source: "selon la lettre
 * spécialisée Presse News", "according to the Financial Times" (the
 * source word a few words before it); or as an opponent: "la défaite
 * contre La Rochelle". */
static int sourced(const nkg_doc *doc, const nkg_mention *m)
{
	const nkg_sentence *s = &doc->sents[m->sent];
	for (size_t b = m->tok0, n = 0; b > s->tok0 && n < 5; b--, n++) {
		if (nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->source_words))
			return 1;
		if (b == m->tok0 && nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->opponent_words))
			return 1;
		if (b + 1 == m->tok0 && nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->opponent_words) == 2)
			return 1;
		if (doc->toks[b - 1].flags & NKG_TOK_PUNCT)
			return 0;
	}
	return 0;
}

/* Whether the medium of chain c is what the story is about, not who
 * reports it: named in the headline, or after a word for a paper ("du
 * journal Le Parisien", "the newspaper X"), never as a source. */
static int media_subject(const nkg_mentions *ms, const nkg_doc *doc, int c)
{
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		const nkg_sentence *s = &doc->sents[m->sent];
		if (m->chain != c || m->kind != NKG_M_NAME || sourced(doc, m))
			continue;
		if (s->flags & NKG_SENT_TITLE)
			return 1;
		size_t b = m->tok0;
		if (b > s->tok0 && nkg_lang_in(s->lang->determiners, doc->toks[b - 1].fold))
			b--;
		if (b > s->tok0 && !(doc->toks[b - 1].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(s->lang->org_cue_before, doc->toks[b - 1].fold))
			return 1;
		/* ("le quotidien américain Washington Post": a nationality
		 * between) */
		if (b > s->tok0 + 1 && in_any_lang(get_demonyms, doc->toks[b - 1].fold) &&
		    !(doc->toks[b - 2].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(s->lang->org_cue_before, doc->toks[b - 2].fold))
			return 1;
	}
	return 0;
}

/* "Ville de Poussan", "Commune de Poussan", "Mairie de Poussan": one
 * town's council.  The organisation key k (owned, freed here when
 * replaced) with its head word made the first of the language's
 * municipality heads; NULL when out of memory. */
static char *municipal_key(const nkg_lang *l, const char *text, char *k)
{
	const char *const *mh = l->municipality_heads;
	for (size_t j = 1; k && mh && mh[0] && mh[j]; j++) {
		/* (the head a whole first word: not "Villeneuve") */
		size_t tw = strcspn(text, " ");
		if (tw != strlen(mh[j]) || strncasecmp(text, mh[j], tw))
			continue;
		/* (keys are compared in their own form: no spaces, no "de") */
		char *hj = nkg_name_org_key(mh[j]), *h0 = NULL, *k2 = NULL;
		size_t hw = hj ? strlen(hj) : 0;
		if (hj && !strncmp(k, hj, hw) && k[hw] && (h0 = nkg_name_org_key(mh[0])) &&
		    (k2 = malloc(strlen(h0) + strlen(k + hw) + 1))) {
			strcpy(k2, h0);
			strcat(k2, k + hw);
		}
		int hit = hj && !strncmp(k, hj, hw) && k[hw];
		free(hj);
		free(h0);
		if (hit) {
			free(k);
			return k2; /* (NULL when out of memory) */
		}
		free(k2);
	}
	return k;
}

/* Whether another mention of the same key, read as kind other (ORG or
 * PERSON), has for it a score of 3 or more and above mention i's own for
 * that other kind's rival: one name, one kind, the better evidenced. */
static int outweighed(const nkg_mentions *ms, char *const *key, size_t i, nkg_ntype other)
{
	const nkg_mention *m = &ms->m[i];
	float mine = other == NKG_NT_ORG ? m->person_score : m->org_score;
	for (size_t j = 0; j < ms->n; j++) {
		const nkg_mention *o = &ms->m[j];
		float theirs = other == NKG_NT_ORG ? o->org_score : o->person_score;
		if (j != i && o->kind == NKG_M_NAME && o->type == other && key[j] &&
		    !strcmp(key[j], key[i]) && theirs >= 3 && theirs > mine)
			return 1;
	}
	return 0;
}

int nkg_m_link_chains(nkg_mentions *ms, const nkg_doc *doc)
{
	char **key = NULL;
	size_t *acr_of = NULL; /* acronym mention -> its organisation's, + 1 */
	int rc = 0;

	key = calloc(ms->n ? ms->n : 1, sizeof *key);
	if (!key)
		return NKG_ENOMEM;
	for (size_t i = 0; i < ms->n; i++) {
		if (ms->m[i].kind != NKG_M_NAME)
			continue;
		if (!(key[i] = nkg_fold(ms->m[i].text))) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	/* Pass 0: one name, one kind: "Cozy Cloud" read as a person after
	 * "son ex-directeur technique, Cozy Cloud affirme" is the
	 * organisation the article names so with more evidence elsewhere
	 * ("Après avoir fondé Cozy Cloud") */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind == NKG_M_NAME && m->type == NKG_NT_PERSON && !m->gaz && key[i] &&
		    !(m->flags & NKG_MF_AUTHOR) && outweighed(ms, key, i, NKG_NT_ORG))
			m->type = NKG_NT_ORG;
	}
	/* (and the other way: "Saïd Chabane a annoncé" read as a company
	 * that acts, after "son président Saïd Chabane" read as a person
	 * with more evidence: the full name is one person's) */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind == NKG_M_NAME && m->type == NKG_NT_ORG && !m->gaz && key[i] &&
		    nkg_name_words(key[i]) >= 2 && outweighed(ms, key, i, NKG_NT_PERSON))
			m->type = NKG_NT_PERSON;
	}
	/* Pass 0: "Henry Ford selected X" in a story about "Henry Ford
	 * Health": a name that opens an organisation's, the rest of which
	 * is only company words, is that organisation said short. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		size_t li = key[i] ? strlen(key[i]) : 0;
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_PERSON || m->gaz ||
		    (m->flags & NKG_MF_AUTHOR) || nkg_name_words(key[i]) < 2)
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			if (o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || !key[j] ||
			    strncmp(key[j], key[i], li) || key[j][li] != ' ' ||
			    !only_company_words(key[j] + li + 1))
				continue;
			m->type = NKG_NT_ORG;
			break;
		}
	}
	/* Pass 0: "Liam Manning (Lommel SK)", "Martin O'Neill (Aston
	 * Villa)": a name in brackets right after a person's full name is
	 * where the person works, an organisation (a place the gazetteer
	 * knows stays one) */
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const nkg_mention *o = &ms->m[i - 1];
		if (m->kind != NKG_M_NAME || m->type == NKG_NT_ORG || o->kind != NKG_M_NAME ||
		    o->type != NKG_NT_PERSON || o->sent != m->sent || o->tok1 + 1 != m->tok0 ||
		    nkg_name_words(key[i - 1] ? key[i - 1] : "") < 2 ||
		    strcmp(doc->toks[o->tok1].fold, "(") || m->tok1 >= doc->n_toks ||
		    strcmp(doc->toks[m->tok1].fold, ")") ||
		    (m->gaz && m->gaz->type == NKG_GAZ_PLACE))
			continue;
		m->type = NKG_NT_ORG;
	}
	/* Pass 1: full person names (two words or more); spelling variants
	 * with the same first name join ("Emmett Shear" / "Emmett Sherr"). */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_PERSON || nkg_name_words(key[i]) < 2)
			continue;
		int found = -1;
		for (size_t j = 0; j < ms->n && found < 0; j++) {
			if (j == i || !key[j] || ms->m[j].kind != NKG_M_NAME ||
			    ms->m[j].type != NKG_NT_PERSON || nkg_name_words(key[j]) < 2)
				continue;
			if (j < i && ms->m[j].chain >= 0 && nkg_name_same_person(key[i], key[j]))
				found = ms->m[j].chain;
		}
		/* "von Alvensleben" for "Friedrich von Alvensleben": the end of
		 * a longer name joins it in pass 3, once that one has a chain. */
		if (found < 0) {
			int is_tail = 0;
			for (size_t j = 0; j < ms->n; j++) {
				size_t li = strlen(key[i]), lj = key[j] ? strlen(key[j]) : 0;
				if (j != i && key[j] && ms->m[j].kind == NKG_M_NAME &&
				    ms->m[j].type == NKG_NT_PERSON && lj > li + 1 &&
				    !strcmp(key[j] + lj - li, key[i]) && key[j][lj - li - 1] == ' ')
					is_tail = 1;
			}
			if (is_tail)
				continue; /* left for pass 3 */
		}
		if (found < 0 && (found = new_chain(ms, NKG_NT_PERSON, m->text, m->gaz)) < 0) {
			rc = NKG_ENOMEM;
			goto done;
		}
		join(ms, i, found);
	}
	if ((rc = canonical_names(ms)))
		goto done;
	/* "La Caisse des dépôts (CDC)", "University of Vermont (UVM)": an
	 * acronym in brackets right after an organisation's name is that
	 * organisation, here and wherever else the article uses it. */
	if (ms->n && !(acr_of = calloc(ms->n, sizeof *acr_of))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const nkg_mention *o = &ms->m[i - 1];
		/* (in capitals, or capitalised when it spells the name:
		 * "l'Institut national de la recherche agronomique (Inra)") */
		if (m->kind != NKG_M_NAME || m->tok1 - m->tok0 != 1 || m->gaz ||
		    !((doc->toks[m->tok0].flags & NKG_TOK_UPPER) ||
		      (key[i] && key[i - 1] && strlen(key[i]) >= 3 && initials_are(key[i - 1], key[i]))) ||
		    o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || o->sent != m->sent ||
		    o->tok1 + 1 != m->tok0 || strcmp(doc->toks[o->tok1].fold, "(") ||
		    m->tok1 >= doc->n_toks || strcmp(doc->toks[m->tok1].fold, ")"))
			continue;
		m->type = NKG_NT_ORG;
		m->flags |= NKG_MF_ACRONYM;
		acr_of[i] = i; /* (index + 1 of its organisation's mention) */
	}
	/* "l'Upec (Université Paris Est Créteil)": the other way round, an
	 * acronym (in capitals or not) before the name it spells in
	 * brackets */
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *o = &ms->m[i - 1];
		const nkg_mention *m = &ms->m[i];
		size_t lo = key[i - 1] ? strlen(key[i - 1]) : 0;
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_ORG || m->tok1 - m->tok0 < 3 ||
		    o->kind != NKG_M_NAME || o->tok1 - o->tok0 != 1 || o->gaz || o->sent != m->sent ||
		    (o->flags & NKG_MF_ACRONYM) || lo < 3 || lo > 8 ||
		    o->tok1 + 1 != m->tok0 || strcmp(doc->toks[o->tok1].fold, "(") ||
		    m->tok1 >= doc->n_toks || strcmp(doc->toks[m->tok1].fold, ")") ||
		    !key[i] || !initials_are(key[i], key[i - 1]))
			continue;
		o->type = NKG_NT_ORG;
		o->flags |= NKG_MF_ACRONYM;
		acr_of[i - 1] = i + 1;
	}
	/* "FEMA" for "the Federal Emergency Management Agency": an acronym
	 * spelling the initials of an organisation the article names in
	 * full, unbracketed.  (The article's name wins over the
	 * gazetteer's reading of the acronym: "CMU" after "Central
	 * Michigan University" is not Carnegie Mellon; a known full name
	 * the article writes is only one more of the acronym's.) */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		size_t la = key[i] ? strlen(key[i]) : 0;
		if (m->kind != NKG_M_NAME || (m->flags & NKG_MF_ACRONYM) ||
		    m->tok1 - m->tok0 != 1 || !(doc->toks[m->tok0].flags & NKG_TOK_UPPER) ||
		    la < 3 || la > 6 || (m->type != NKG_NT_ORG && m->type != NKG_NT_UNKNOWN))
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			if (j == i || o->kind != NKG_M_NAME || o->type != NKG_NT_ORG ||
			    o->tok1 - o->tok0 < 3 || !key[j] || !initials_are(key[j], key[i]) ||
			    (m->gaz && o->gaz == m->gaz))
				continue;
			m->type = NKG_NT_ORG;
			m->flags |= NKG_MF_ACRONYM;
			m->gaz = NULL;
			acr_of[i] = j + 1;
			break;
		}
	}
	/* "UW–Madison" for "the University of Wisconsin–Madison": an
	 * acronym of the part before the dash, and the same campus after */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const char *dash = key[i] ? strchr(key[i], '-') : NULL; /* (folded) */
		size_t la = dash ? (size_t)(dash - key[i]) : 0;
		if (m->kind != NKG_M_NAME || (m->flags & NKG_MF_ACRONYM) || m->gaz || la < 2 ||
		    la > 6 || m->tok1 - m->tok0 != 1 || strchr(key[i], ' ') ||
		    (m->type != NKG_NT_ORG && m->type != NKG_NT_UNKNOWN))
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			const char *od = key[j] ? strrchr(key[j], '-') : NULL;
			char *words;
			if (j == i || o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || !od ||
			    strcmp(od, dash) || !(words = nkg_strndup(key[j], (size_t)(od - key[j]))))
				continue;
			/* (its last word runs into the dash: "wisconsin–madison") */
			char acr[8];
			memcpy(acr, key[i], la);
			acr[la] = '\0';
			int hit = nkg_name_words(words) >= 2 && initials_are(words, acr);
			free(words);
			if (hit) {
				m->type = NKG_NT_ORG;
				m->flags |= NKG_MF_ACRONYM;
				acr_of[i] = j + 1;
				break;
			}
		}
	}
	/* Pass 2: organisations, by look-alike key or gazetteer entry.
	 * Names that an acronym stands for go first, then the acronyms, so
	 * that one used before its definition ("la CDC" in the headline)
	 * joins them. */
	/* (then the rest; last, names that open a longer one of the
	 * article's, so that "Harbor Savings" in the headline joins the
	 * "Harbor Savings Bank" of the body told after it) */
	for (int stage = 0; stage < 5; stage++)
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_ORG || m->chain >= 0)
			continue;
		/* (then clubs' full names, which their towns may stand for) */
		if ((stage == 0 && !defines_acronym(acr_of, ms->n, i)) ||
		    (stage == 1 && !(m->flags & NKG_MF_ACRONYM)) ||
		    (stage == 2 && !club_name(doc, m)) ||
		    (stage == 3 && !m->gaz && opens_longer_org(ms, key, i)))
			continue;
		if (stage >= 3 && m->tok1 - m->tok0 == 1 &&
		    (!m->gaz || m->gaz->type == NKG_GAZ_PLACE)) {
			int club = club_named_with(ms, doc, key[i]);
			if (club >= 0) {
				join(ms, i, club);
				continue;
			}
		}
		/* (the acronym: its organisation's chain, made in this
		 * stage before it) */
		if ((m->flags & NKG_MF_ACRONYM) && acr_of[i] && ms->m[acr_of[i] - 1].chain >= 0) {
			join(ms, i, ms->m[acr_of[i] - 1].chain);
			continue;
		}
		if (!m->gaz && nkg_name_words(key[i]) == 1) {
			int surname = 0;
			for (size_t c = 0; c < ms->n_chains && !surname; c++) {
				char *cf;
				if (ms->chains[c].type != NKG_NT_PERSON)
					continue;
				if (!(cf = nkg_fold(ms->chains[c].name))) {
					rc = NKG_ENOMEM;
					goto done;
				}
				surname = nkg_name_words(cf) >= 2 && nkg_name_is_surname_of(key[i], cf);
				free(cf);
			}
			if (surname) {
				m->type = NKG_NT_UNKNOWN;
				continue;
			}
		}
		const nkg_lang *ml = doc->sents[m->sent].lang;
		char *ki = municipal_key(ml, m->text, nkg_name_org_key(m->text));
		int found = -1;
		if (!ki) {
			rc = NKG_ENOMEM;
			goto done;
		}
		for (size_t j = 0; j < ms->n && found < 0; j++) {
			nkg_mention *o = &ms->m[j];
			if (j == i || o->chain < 0 || ms->chains[o->chain].type != NKG_NT_ORG)
				continue;
			char *kj = municipal_key(ml, o->text, nkg_name_org_key(o->text));
			if (kj && (!strcmp(ki, kj) || (m->gaz && m->gaz == o->gaz)))
				found = o->chain;
			free(kj);
		}
		free(ki);
		/* "Corvell" after "Corvell Aerospace", "Henry Ford" after
		 * "Henry Ford Health": the first words of the only
		 * organisation chain they start. */
		/* ("Brevard Superintendent X" for "Brevard County Public
		 * Schools": a known place read as an organisation too) */
		if (found < 0 && (!m->gaz || m->gaz->type == NKG_GAZ_PLACE) && strlen(key[i]) >= 4) {
			int hit = -1, nh = 0;
			for (size_t c = 0; c < ms->n_chains; c++) {
				char *cf;
				if (ms->chains[c].type != NKG_NT_ORG)
					continue;
				if (!(cf = nkg_fold(ms->chains[c].name))) {
					rc = NKG_ENOMEM;
					goto done;
				}
				size_t li = strlen(key[i]), lc = strlen(cf);
				if (nkg_name_words(cf) > nkg_name_words(key[i]) &&
				    !strncmp(cf, key[i], li) && cf[li] == ' ' &&
				    (nkg_name_words(key[i]) == 1 || only_company_words(cf + li + 1))) {
					hit = (int)c;
					nh++;
				} else if (lc > li + 1 && !strcmp(cf + lc - li, key[i]) && cf[lc - li - 1] == ' ' &&
					   institution_named(doc->sents[m->sent].lang, cf, lc - li - 1)) {
					/* "Sud-Gironde" after "centre hospitalier
					 * (du) Sud-Gironde": the place an institution
					 * is named by */
					hit = (int)c;
					nh++;
				}
				free(cf);
			}
			if (nh == 1)
				found = hit;
		}
		if (found < 0 && (found = new_chain(ms, NKG_NT_ORG, m->text, m->gaz)) < 0) {
			rc = NKG_ENOMEM;
			goto done;
		}
		join(ms, i, found);
	}
	/* Names coordinated with an organisation are organisations too
	 * ("Microsoft, Google et Amazon", "Anthropic and Meta"), unless
	 * something says person. */
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < ms->n; i++) {
			nkg_mention *m = &ms->m[i];
			if (m->kind != NKG_M_NAME || m->type != NKG_NT_UNKNOWN || m->person_score >= 1)
				continue;
			/* ("At Turf Moor, Sean has been": the first name of a
			 * person the article names) */
			if (m->tok1 - m->tok0 == 1 && first_name_of_person(ms, doc, m))
				continue;
			for (int dir = -1; dir <= 1; dir += 2) {
				size_t j = i;
				while ((dir < 0 ? j > 0 : j + 1 < ms->n)) {
					j = dir < 0 ? j - 1 : j + 1;
					if (ms->m[j].kind == NKG_M_NAME)
						break;
				}
				nkg_mention *o = &ms->m[j];
				if (j == i || o->kind != NKG_M_NAME || o->sent != m->sent ||
				    o->type != NKG_NT_ORG)
					continue;
				size_t a = dir < 0 ? o->tok1 : m->tok1, b = dir < 0 ? m->tok0 : o->tok0;
				if (b != a + 1)
					continue;
				const char *f = doc->toks[a].fold;
				if (f && (!strcmp(f, ",") || !strcmp(f, "et") || !strcmp(f, "ou") ||
					  !strcmp(f, "and") || !strcmp(f, "or"))) {
					m->type = NKG_NT_ORG;
					changed = 1;
					break;
				}
			}
		}
	}
	/* "Narbonne va mal" in a story about the Racing Club Narbonne
	 * Méditerranée: a town alone stands for the only club named with
	 * it. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain >= 0 || m->tok1 - m->tok0 != 1 ||
		    (m->type != NKG_NT_UNKNOWN && m->type != NKG_NT_OTHER && m->type != NKG_NT_ORG))
			continue;
		int hit = club_named_with(ms, doc, key[i]);
		/* "Galena's Executive Vice President" after "Galena
		 * Biopharma, Inc.": the first word of the only organisation
		 * it opens, though an ordinary word */
		if (hit < 0 && m->type == NKG_NT_OTHER && !m->gaz && strlen(key[i]) >= 4)
			hit = only_org_opened_by(ms, key[i]);
		/* "Mutualité française :" in the headline of a story of the
		 * "Fédération nationale de la Mutualité française": a word
		 * no dictionary or gazetteer names otherwise, the noun its
		 * only organisation is named after */
		if (hit < 0 && m->type == NKG_NT_UNKNOWN && !m->gaz && strlen(key[i]) >= 5)
			hit = only_org(ms, 3, key[i], doc->sents[m->sent].lang, name_complemented_by);
		if (hit >= 0) {
			m->type = NKG_NT_ORG;
			join(ms, i, hit);
		}
	}
	/* Pass 3: single words and the rest.  A surname ("Altman") or a
	 * variant of it ("Altam") joins the person it ends; a first name alone
	 * joins the only person it starts; otherwise an organisation with the
	 * same key. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain >= 0 || m->type == NKG_NT_OTHER)
			continue;
		int found = -1, first_hit = -1, n_first = 0;
		size_t best_n = 0;
		for (size_t c = 0; c < ms->n_chains; c++) {
			nkg_chain *ch = &ms->chains[c];
			char *cf;
			if (ch->type != NKG_NT_PERSON || nkg_name_words(ch->name) < 2)
				continue;
			if (!(cf = nkg_fold(ch->name))) {
				rc = NKG_ENOMEM;
				goto done;
			}
			if (nkg_name_words(key[i]) == 1) {
				if (nkg_name_is_surname_of(key[i], cf) && ch->n_mentions > best_n) {
					found = (int)c;
					best_n = ch->n_mentions;
				}
				if (first_word_eq(key[i], cf)) {
					first_hit = (int)c;
					n_first++;
				}
			} else if (strlen(key[i]) < strlen(cf) &&
				   !strcmp(cf + strlen(cf) - strlen(key[i]), key[i]) &&
				   cf[strlen(cf) - strlen(key[i]) - 1] == ' ') {
				found = (int)c; /* "Carvajal Sarabia" */
			}
			free(cf);
		}
		if (found < 0 && n_first == 1 && m->type != NKG_NT_ORG)
			found = first_hit;
		if (found < 0) {
			const nkg_lang *ml = doc->sents[m->sent].lang;
			char *ki = municipal_key(ml, m->text, nkg_name_org_key(m->text));
			if (!ki) {
				rc = NKG_ENOMEM;
				goto done;
			}
			for (size_t c = 0; c < ms->n_chains && found < 0; c++) {
				if (ms->chains[c].type != NKG_NT_ORG)
					continue;
				char *kc = municipal_key(ml, ms->chains[c].name, nkg_name_org_key(ms->chains[c].name));
				if (kc && !strcmp(kc, ki))
					found = (int)c;
				free(kc);
			}
			/* "Corvell's chairman" for Corvell Aerospace: the first
			 * word of the only organisation it starts. */
			if (found < 0 && m->type != NKG_NT_PERSON && nkg_name_words(key[i]) == 1 &&
			    strlen(key[i]) >= 4)
				found = only_org_opened_by(ms, key[i]);
			free(ki);
		}
		if (found < 0) {
			nkg_ntype t = m->type;
			if (t == NKG_NT_UNKNOWN && m->org_score >= 1 && m->org_score >= m->person_score)
				t = NKG_NT_ORG;
			/* Unknown words still get a chain: another article may
			 * name the person in full. */
			for (size_t c = 0; c < ms->n_chains && found < 0; c++)
				if (ms->chains[c].type == t && !strcmp(ms->chains[c].name, m->text))
					found = (int)c;
			if (found < 0 && (found = new_chain(ms, t, m->text, m->gaz)) < 0) {
				rc = NKG_ENOMEM;
				goto done;
			}
		}
		join(ms, i, found);
	}
	if ((rc = canonical_names(ms)))
		goto done;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->m[i].chain >= 0)
			ms->m[i].type = ms->chains[ms->m[i].chain].type;
	/* The article's main organisation: most mentioned in the body, the
	 * subject of its first sentence counting as one more mention and a
	 * half ("Quillfeather has lured X away from Oracle ... He spent 12
	 * years at Oracle" is about Quillfeather); ties go to the first
	 * named. */
	ms->main_org = -1;
	{
		int lead = -1;
		size_t best = 0, first_body = (size_t)-1;
		for (size_t i = 0; i < ms->n && first_body == (size_t)-1; i++)
			if (ms->m[i].flags & NKG_MF_BODY)
				first_body = ms->m[i].sent;
		for (size_t i = 0; i < ms->n && lead < 0; i++) {
			const nkg_mention *m = &ms->m[i];
			if (m->sent != first_body || m->kind != NKG_M_NAME)
				continue;
			if (m->tok0 <= doc->sents[m->sent].tok0 + 2 && m->chain >= 0 &&
			    ms->chains[m->chain].type == NKG_NT_ORG)
				lead = m->chain;
			break;  /* only the sentence's first name */
		}
		/* weights per chain, in one pass: 2 per mention in the body, 2
		 * per time it speaks as "le club", 6 for the subject of the
		 * story's first sentence (as much as three more mentions) */
		size_t *cnt = calloc(ms->n_chains ? ms->n_chains : 1, sizeof *cnt);
		if (!cnt) {
			rc = NKG_ENOMEM;
			goto done;
		}
		/* (an organisation named only as one someone used to work at,
		 * "ancien du Boston Consulting Group", is not the story's) */
		/* (nor one named as the source, "selon la lettre Presse
		 * News") */
		for (size_t i = 0; i < ms->n; i++) {
			const nkg_mention *m = &ms->m[i];
			if (m->chain >= 0 && (m->flags & NKG_MF_BODY) && !(m->flags & NKG_MF_ALUMNI) &&
			    !sourced(doc, m))
				cnt[m->chain] += 2;
		}
		anaphor_counts(ms, doc, cnt);
		mark_governing(ms, doc);
		for (size_t c = 0; c < ms->n_chains; c++) {
			if (ms->chains[c].type != NKG_NT_ORG)
				continue;
			/* The medium reporting the news is not what it is about.
			 * (An organisation only quoted may be: "a indiqué
			 * Stellia" is the company's own announcement.) */
			/* (unless the story is about it: named in the headline
			 * or as a paper, "du journal Le Parisien") */
			if (ms->chains[c].gaz && ms->chains[c].gaz->type == NKG_GAZ_MEDIA &&
			    !media_subject(ms, doc, (int)c))
				continue;
			/* Nor a board or a cabinet meeting ("le Conseil
			 * d'administration", "le Conseil des ministres"), which
			 * appoints people to an organisation but employs none. */
			if (ms->chains[c].governing)
				continue;
			size_t w = cnt[c] + ((int)c == lead ? 6 : 0);
			if (w > best) {
				best = w;
				ms->main_org = (int)c;
			}
		}
		free(cnt);
	}
done:
	for (size_t i = 0; i < ms->n; i++)
		free(key[i]);
	free(key);
	free(acr_of);
	return rc;
}

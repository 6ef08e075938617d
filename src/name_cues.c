/* newskg — what says a name is a person's or an organisation's: its
 * words (first names, company words, dictionary words), its context
 * (titles, cues, verbs), the gazetteer, scored (see mentions.h). */
#include "mentions_int.h"

/* ---- names ------------------------------------------------------------ */

int nkg_m_cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int nkg_m_is_proper(const ctx *c, const char *f)
{
	return c->n_proper &&
	       bsearch(&f, c->proper, c->n_proper, sizeof *c->proper, nkg_m_cmp_strp) != NULL;
}

/* How many times folded f is capitalised mid-sentence in the body. */
size_t nkg_m_proper_count(const ctx *c, const char *f)
{
	char *const *hit = c->n_proper ? bsearch(&f, c->proper, c->n_proper, sizeof *c->proper,
						 nkg_m_cmp_strp) : NULL;
	if (!hit)
		return 0;
	size_t lo = (size_t)(hit - c->proper), hi = lo + 1;
	while (lo > 0 && !strcmp(c->proper[lo - 1], f))
		lo--;
	while (hi < c->n_proper && !strcmp(c->proper[hi], f))
		hi++;
	return hi - lo;
}

/* Whether the weekday or month at k opens a name, after a lower-case
 * article and before a capitalised word that is no date's: "the Sunday
 * Courier" (which names no day either). */
int nkg_m_calendar_opens_name(const nkg_doc *d, size_t k)
{
	const nkg_token *t = d->toks;
	/* ("the deputy leader, May Okafor, said": a given name between
	 * the commas of an apposition) */
	int apposed = k > 0 && k + 2 < d->n_toks && !strcmp(t[k - 1].fold, ",") &&
		      (!strcmp(t[k + 2].fold, ",") || !strcmp(t[k + 2].fold, "."));
	return k > 0 && k + 1 < d->n_toks && (t[k].flags & NKG_TOK_CAP) &&
	       ((in_any_lang(get_definite, t[k - 1].fold) && !(t[k - 1].flags & NKG_TOK_CAP)) || apposed) &&
	       (t[k + 1].flags & NKG_TOK_CAP) && (t[k + 1].flags & NKG_TOK_WORD) &&
	       !(t[k + 1].flags & NKG_TOK_NUM) && !in_any_lang(get_weekdays, t[k + 1].fold) &&
	       !in_any_lang(get_months, t[k + 1].fold);
}

int nkg_m_is_name_tok(const ctx *c, size_t k)
{
	const nkg_token *t = &TOKS(c->doc)[k];
	if (c->used[k] || !(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_NUM))
		return 0;
	if (!(t->flags & (NKG_TOK_CAP | NKG_TOK_MIXED | NKG_TOK_UPPER)))
		return 0;
	/* "Under-21s", "Covid-19": a number joined to a word */
	const char *h = strchr(t->fold, '-');
	if (h && h[1] >= '0' && h[1] <= '9')
		return 0;
	/* (a weekday or month is no name, unless it opens one) */
	if (in_any_lang(get_weekdays, t->fold) || in_any_lang(get_months, t->fold))
		return nkg_m_calendar_opens_name(c->doc, k);
	return 1;
}

/* A company word of any language: ORG_SUFFIX for one that ends names
 * ("Society", "Health", "Group"), ORG_PREFIX for one that opens them
 * ("Bank", "Office", "National"), 0 for none. */

int nkg_m_org_word(const char *f)
{
	return in_any_lang(get_org_suffixes, f) ? ORG_SUFFIX
	       : in_any_lang(get_org_prefixes, f) ? ORG_PREFIX : 0;
}

int nkg_m_org_prefix_tok(const ctx *c, size_t k)
{
	return in_any_lang(get_org_prefixes, TOKS(c->doc)[k].fold);
}

/* An ordinary word of the sentence's language (the system dictionary
 * knows it in lower case) that this article never capitalises
 * mid-sentence and that is no first name: "Step", "Struggling", "Roles"
 * may open a sentence or fill a Title Case headline, not a name. */
int nkg_m_common_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	const nkg_token *t = &TOKS(c->doc)[k];
	if (t->flags & (NKG_TOK_UPPER | NKG_TOK_MIXED))
		return 0;
	return nkg_gazetteer_is_word(c->gaz, s->lang->code, t->fold) &&
	       !nkg_m_is_proper(c, t->fold) && !nkg_gazetteer_is_firstname(c->gaz, t->fold);
}

/* A headline in Title Case ("Nasdaq Chairman Simmons to Step Down"): most
 * of its longer words capitalised, so capitals say little there. */
int nkg_m_headline_title_case(const ctx *c, const nkg_sentence *s)
{
	size_t words = 0, caps = 0;
	if (!(s->flags & NKG_SENT_TITLE))
		return 0;
	for (size_t k = s->tok0; k < s->tok1; k++) {
		const nkg_token *t = &TOKS(c->doc)[k];
		if (!(t->flags & NKG_TOK_WORD) || strlen(t->fold) < 4)
			continue;
		words++;
		caps += !!(t->flags & NKG_TOK_CAP);
	}
	return words >= 3 && caps * 4 >= words * 3;
}

/* The same, as worked out once per sentence in nkg_mentions_find (name
 * runs and titles ask it of every token). */
int nkg_m_title_case(const ctx *c, const nkg_sentence *s)
{
	return c->tcase[s - c->doc->sents];
}

/* The capitalised word at k is elsewhere part of a longer name, after
 * another capitalised word ("Trump" and "Donald Trump"). */
int nkg_m_in_longer_name(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 1; p < d->n_toks; p++)
		if (p != k && (d->toks[p].flags & NKG_TOK_CAP) && !strcmp(d->toks[p].fold, d->toks[k].fold) &&
		    (d->toks[p - 1].flags & NKG_TOK_CAP) && !(d->toks[p - 1].flags & NKG_TOK_PUNCT))
			return 1;
	return 0;
}

/* The capitalised word at k stands alone elsewhere in the article, not
 * beside another capitalised word: a one-word name ("Orange a annoncé
 * ... selon Orange"), not part of longer names ("Baptist Hospital"). */
int nkg_m_alone_elsewhere(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 0; p < d->n_toks; p++) {
		if (p == k || !(d->toks[p].flags & NKG_TOK_CAP) ||
		    strcmp(d->toks[p].fold, d->toks[k].fold))
			continue;
		int before = p && (d->toks[p - 1].flags & NKG_TOK_CAP) &&
			     !(d->toks[p - 1].flags & NKG_TOK_PUNCT);
		int after = p + 1 < d->n_toks && (d->toks[p + 1].flags & NKG_TOK_CAP);
		if (!before && !after)
			return 1;
		/* a person's surname: "Dr. Amelia Hart" ... "Hart left" */
		if (before && !after &&
		    (nkg_gazetteer_is_firstname(c->gaz, d->toks[p - 1].fold) ||
		     (p > 1 && (nkg_gazetteer_is_firstname(c->gaz, d->toks[p - 2].fold) ||
				in_any_lang(get_person_cues, d->toks[p - 2].fold)))))
			return 1;
	}
	return 0;
}

/* The word at k stands elsewhere after an honorific ("Mr. Lassiter's
 * successor"): it is a person's surname. */
int nkg_m_honorific_elsewhere(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 1; p < d->n_toks; p++)
		if (p != k && !strcmp(d->toks[p].fold, d->toks[k].fold) &&
		    in_any_lang(get_person_cues, d->toks[p - 1].fold))
			return 1;
	return 0;
}

/* The words [t0,t1) also stand elsewhere in the article, not after the
 * word at t0 - 1: "Struggling Burnley" when "Burnley" is named again. */
int nkg_m_named_elsewhere(const ctx *c, size_t t0, size_t t1)
{
	const nkg_doc *d = c->doc;
	size_t n = t1 - t0;
	for (size_t p = 0; p + n <= d->n_toks; p++) {
		if (p == t0 || (p && !strcmp(d->toks[p - 1].fold, d->toks[t0 - 1].fold)))
			continue;
		size_t i = 0;
		while (i < n && (d->toks[p + i].flags & NKG_TOK_CAP) &&
		       !strcmp(d->toks[p + i].fold, d->toks[t0 + i].fold))
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Whether an acronym in capitals elsewhere in the document spells the
 * capitalised words of [t0, t1) ("CMU" for "Central Michigan
 * University"): the run's first word belongs to the name even where it
 * could be an ordinary word opening a sentence. */
int nkg_m_acronym_elsewhere(const ctx *c, size_t t0, size_t t1)
{
	const nkg_doc *d = c->doc;
	char acr[16];
	size_t n = 0;
	for (size_t k = t0; k < t1; k++) {
		if (!(d->toks[k].flags & NKG_TOK_CAP))
			continue; /* ("University of Arkansas": links left out) */
		if (n + 1 >= sizeof acr)
			return 0;
		acr[n++] = d->toks[k].fold[0];
	}
	acr[n] = 0;
	if (n < 3)
		return 0;
	for (size_t p = 0; p < d->n_toks; p++)
		if ((d->toks[p].flags & NKG_TOK_UPPER) && !strcmp(d->toks[p].fold, acr))
			return 1;
	return 0;
}

/* The head word of an institution at k: "préfecture", "CHU", or "Banque"
 * (org_prefixes of any language, institution_heads of the sentence's);
 * the number of its tokens, 0 if none. */
size_t nkg_m_institution_head(const ctx *c, const nkg_sentence *s, size_t k)
{
	size_t n = nkg_doc_match_list(c->doc, k, s->tok1, s->lang->institution_heads);
	return n ? n : (size_t)nkg_m_org_prefix_tok(c, k);
}

const nkg_gaz_entry *nkg_m_gaz_span(const ctx *c, size_t t0, size_t t1)
{
	char *s, *f;
	const nkg_gaz_entry *e;
	if (!c->gaz)
		return NULL;
	if (t1 - t0 == 1 && strlen(TOKS(c->doc)[t0].fold) <= 3 &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)))
		return NULL;
	s = nkg_m_span_text(c->doc, t0, t1);
	f = s ? nkg_fold(s) : NULL;
	e = f ? nkg_gazetteer_lookup(c->gaz, f) : NULL;
	/* "au Parisien": the name with the article the contraction holds */
	for (size_t li = 0; !e && f && t0 > 0 && nkg_langs[li]; li++) {
		const char *const *ca = nkg_langs[li]->contracted_articles;
		const char *prev = TOKS(c->doc)[t0 - 1].fold;
		size_t pl = strlen(prev);
		for (size_t i = 0; !e && ca && ca[i]; i++) {
			if (strncmp(ca[i], prev, pl) || ca[i][pl] != ' ')
				continue;
			char *full = malloc(strlen(ca[i]) + strlen(f) + 2);
			if (!full)
				break;
			sprintf(full, "%s %s", ca[i] + pl + 1, f);
			e = nkg_gazetteer_lookup(c->gaz, full);
			free(full);
		}
	}
	free(s);
	free(f);
	return e;
}

/* "X, Inc.", "X (NYSE: KGRD)": a legal form after a comma, or a
 * ticker, right after the run ending at t1. */
/* Whether folded f is an ordinary word of any language's word list. */
int nkg_m_word_in_any_lang(const ctx *c, const char *f)
{
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_gazetteer_is_word(c->gaz, nkg_langs[i]->code, f))
			return 1;
	return 0;
}

int nkg_m_company_form_after(const ctx *c, const nkg_sentence *s, size_t t1)
{
	const nkg_token *t = TOKS(c->doc);
	return (t1 + 1 < s->tok1 && !strcmp(t[t1].fold, ",") && nkg_lang_in(nkg_m_legal_forms, t[t1 + 1].fold)) ||
	       (t1 + 2 < s->tok1 && !strcmp(t[t1].fold, "(") &&
		nkg_lang_in(nkg_m_stock_exchanges, t[t1 + 1].fold) && !strcmp(t[t1 + 2].fold, ":"));
}

int nkg_m_sentence_initial(const ctx *c, const nkg_sentence *s, size_t k)
{
	if (k == s->tok0)
		return 1;
	const nkg_token *p = &TOKS(c->doc)[k - 1];
	return (p->flags & NKG_TOK_PUNCT) && strcmp(p->fold, ",") != 0 &&
	       strcmp(p->fold, "(") != 0;
}

static int is_trigger_word(const nkg_lang *l, const char *f)
{
	return nkg_lang_trigger_word(l, f, -1, 0);
}

/* A lower-case word that can qualify a company word ("nantaise",
 * "automation"), not a function word or punctuation. */
int nkg_m_qualifier(const nkg_token *t)
{
	return (t->flags & NKG_TOK_WORD) && !(t->flags & (NKG_TOK_CAP | NKG_TOK_NUM)) &&
	       !in_any_lang(get_stop, t->fold);
}

int nkg_m_verbish(const char *f)
{
	static const char *const end[] = { "ait", "aient", "ont", "ent", "era", "eront", "ez", NULL };
	size_t n = strlen(f);
	for (size_t i = 0; end[i]; i++) {
		size_t m = strlen(end[i]);
		if (n > m + 1 && !strcmp(f + n - m, end[i]))
			return 1;
	}
	return 0;
}

/* The part of a compound word before its first hyphen ("francois" of
 * "francois-philippe"), into buf; 0 when there is none. */
int nkg_m_first_part(const char *f, char *buf, size_t size)
{
	const char *h = strchr(f, '-');
	if (!h || h == f || (size_t)(h - f) >= size)
		return 0;
	memcpy(buf, f, (size_t)(h - f));
	buf[h - f] = '\0';
	return 1;
}

/* A given name of either list: the plain ones and those that are also
 * ordinary words ("Will", "Saïd"). */
int nkg_m_any_first_name(const ctx *c, const char *f)
{
	return nkg_gazetteer_is_firstname(c->gaz, f) || nkg_gazetteer_is_word_firstname(c->gaz, f);
}

/* A phrase of list ending right before t0, within four words of it: its
 * first token, or (size_t)-1 ("champion de" before "France"). */
static size_t phrase_before(const nkg_doc *d, const nkg_sentence *s, size_t t0,
			    const char *const *list)
{
	for (size_t b = t0 > s->tok0 + 4 ? t0 - 4 : s->tok0; b < t0; b++)
		if (nkg_doc_match_list(d, b, t0, list) == t0 - b)
			return b;
	return (size_t)-1;
}

/* A first name, or a compound one whose first part is ("Francois-Philippe"). */
int nkg_m_first_name(const ctx *c, const char *f)
{
	char first[64];
	return nkg_gazetteer_is_firstname(c->gaz, f) ||
	       (nkg_m_first_part(f, first, sizeof first) && nkg_gazetteer_is_firstname(c->gaz, first));
}

/* Evidence around the name [t0,t1) for person and organisation. */
/* Whether token k, as written (accents kept), ends in one of the endings. */
static int written_ending(const nkg_doc *d, size_t k, const char *const *endings)
{
	const nkg_token *t = &TOKS(d)[k];
	size_t n = t->end - t->start;
	for (size_t i = 0; endings && endings[i]; i++) {
		size_t e = strlen(endings[i]);
		if (n > e + 2 && !memcmp(d->body + t->end - e, endings[i], e))
			return 1;
	}
	return 0;
}

/* The name ending at t1 is the subject of "a embauché", "has fired": an
 * organisation acts ("X a été nommée": X is a person). */
int nkg_m_org_acts(const nkg_doc *d, const nkg_sentence *s, size_t t1)
{
	const nkg_lang *l = s->lang;
	for (size_t k = t1, nn = 0; k < s->tok1 && nn < 3; k++, nn++) {
		const char *f = TOKS(d)[k].fold;
		/* (not a participle right after the name: "X nommé
		 * directeur", a headline's passive) */
		if (nkg_lang_trigger_word(l, f, NKG_TRIG_TRANS, 0))
			return !(nn == 0 && written_ending(d, k, l->participle_endings));
		/* "Lunetta announced the departure of ...", "Kelvo annonce
		 * l'arrivée de X" */
		if (nkg_lang_in(l->announce_verbs, f))
			return 1;
		if (nkg_lang_in(l->be_aux, f) || !nkg_lang_in(l->perfect_aux, f))
			return 0;
	}
	return 0;
}

/* The capitalised word at k is a plural the dictionary knows
 * ("Cardinals", "Giants"): its fold ends in "s" and the word list has it
 * and its singular. */
int nkg_m_plural_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	const char *f = TOKS(c->doc)[k].fold;
	size_t n = strlen(f);
	char sing[64];
	if (n < 4 || n >= sizeof sing || f[n - 1] != 's' || f[n - 2] == 's' ||
	    !nkg_gazetteer_is_word(c->gaz, s->lang->code, f))
		return 0;
	memcpy(sing, f, n - 1);
	sing[n - 1] = '\0';
	return nkg_gazetteer_is_word(c->gaz, s->lang->code, sing);
}

/* "lui-même remercié par Brive", "fired by Atlanta": the one-word name
 * at t0 is the agent of a dismissal. */
int nkg_m_dismisser(const ctx *c, const nkg_sentence *s, size_t t0)
{
	const nkg_doc *d = c->doc;
	return t0 >= s->tok0 + 2 && nkg_lang_in(s->lang->by_words, TOKS(d)[t0 - 1].fold) &&
	       nkg_lang_trigger_word_kind(s->lang, TOKS(d)[t0 - 2].fold, NKG_EV_DISMISSED) &&
	       !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold);
}

/* "Louisville, Ky.-based ScionHealth": a name closed by a comma and a
 * modifier whose first part is a state is the town the organisation is
 * based in, a place. */
int nkg_m_based_place(const nkg_sentence *s, const nkg_doc *d, size_t t1)
{
	return t1 + 1 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	       nkg_lang_ends_in(s->lang->modifier_endings, TOKS(d)[t1 + 1].fold, 2);
}

void nkg_m_score_name(const ctx *c, const nkg_sentence *s, size_t t0,
		       size_t t1, nkg_mention *m)
{
	const nkg_doc *d = c->doc;
	const nkg_lang *l = s->lang;
	size_t n = t1 - t0;
	int shape = 1;
	float P = 0, O = 0;

	for (size_t k = t0; k < t1; k++) {
		const nkg_token *t = &TOKS(d)[k];
		if ((t->flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)) ||
		    !(t->flags & NKG_TOK_CAP)) {
			if (!in_any_lang(get_particles, t->fold))
				shape = 0;
		}
	}
	/* (two ordinary words, neither a first name, have a name's shape
	 * but seldom make one: "West Ham", "Morning Call", "Road Runner") */
	if (n >= 2 && shape &&
	    !(n == 2 && !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold) &&
	      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0].fold) &&
	      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0 + 1].fold)))
		P += 1;
	if (nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold))
		P += n >= 2 ? 2 : 0.5f;
	else if (n == 2 && nkg_gazetteer_is_word_firstname(c->gaz, TOKS(d)[t0].fold))
		P += 1;
	/* "quitte le Louvre Abou Dhabi", "rejoint le Crédit X": the name
	 * a leaving or joining verb takes, after an article, is where */
	if (t0 >= s->tok0 + 2 && !(TOKS(d)[t0 - 1].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    (nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 2].fold, NKG_EV_LEFT) ||
	     nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 2].fold, NKG_EV_JOINED)))
		O += 2;
	/* "Conseil des ministres", "Office national des forêts": an
	 * institution's head word, then a lower-case complement; a
	 * person's particle is followed by a capital ("Pierre de Gaulle") */
	if (n >= 3 && nkg_m_org_prefix_tok(c, t0) && nkg_lang_in(l->title_links, TOKS(d)[t0 + 1].fold) &&
	    (TOKS(d)[t0 + 2].flags & NKG_TOK_WORD) && !(TOKS(d)[t0 + 2].flags & NKG_TOK_CAP)) {
		O += 2;
		P -= 1;
	}
	/* "la Comédie-Française", "l'Assemblée-Nationale": an
	 * institution's head word joined to its adjective in one word */
	if (n == 1) {
		char head[64];
		if (nkg_m_first_part(TOKS(d)[t0].fold, head, sizeof head) && in_any_lang(get_org_prefixes, head) &&
		    !nkg_gazetteer_is_firstname(c->gaz, head))
			O += 2;
	}
	/* "Rennes Atalante", "Toulouse Métropole": a name that opens with
	 * a town the gazetteer knows (and no first name) is no person's */
	if (n >= 2) {
		const nkg_gaz_entry *pl = nkg_m_gaz_span(c, t0, t0 + 1);
		if (pl && pl->type == NKG_GAZ_PLACE && !nkg_m_any_first_name(c, TOKS(d)[t0].fold))
			P -= 1.5f;
	}
	/* "l'ENSAE", "la DRAC", "the FAA": an acronym takes an article as
	 * an organisation does, a person never (unless it stands for an
	 * ordinary noun: "la TVA") */
	if (n == 1 && t0 > s->tok0 && (TOKS(d)[t0].flags & NKG_TOK_UPPER) && strlen(TOKS(d)[t0].fold) >= 2 &&
	    !strchr(TOKS(d)[t0].fold, '.') &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    !nkg_lang_in(l->noun_acronyms, TOKS(d)[t0].fold))
		O += 1.5f;
	/* "Cité de la Musique", "News of the World": a lower-case article
	 * inside names a thing ("Jean de La Fontaine" writes it capital) */
	for (size_t k = t0 + 1; k + 1 < t1; k++)
		if (!(TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(l->definite_articles, TOKS(d)[k].fold)) {
			O += 2;
			P -= 1;
			break;
		}
	/* "lui-même remercié par Brive", "sacked by Rotherham": the one
	 * who dismisses a manager is the club, even named by its town */
	if (n == 1 && nkg_m_dismisser(c, s, t0))
		O += 3;
	/* "un ancien d'Aviva", "ancien du groupe Safran", "a veteran of
	 * Goldman Sachs": one works at an organisation (two words of its
	 * kind may come between) */
	for (size_t b = t0 > s->tok0 + 5 ? t0 - 5 : s->tok0; b < t0; b++) {
		size_t al = nkg_doc_match_list(d, b, t0, l->alumni_words);
		if (al && b + al + 2 >= t0) {
			O += 2;
			m->flags |= NKG_MF_ALUMNI;
			break;
		}
	}
	/* "diplômée de l'ENSAE", "a graduate of Yale": a school */
	if (phrase_before(d, s, t0, l->study_words) != (size_t)-1 ||
	    (t0 > s->tok0 && nkg_lang_in(l->determiners, TOKS(d)[t0 - 1].fold) &&
	     phrase_before(d, s, t0 - 1, l->study_words) != (size_t)-1)) {
		O += 2;
		P -= 1;
	}
	if (t0 > s->tok0) {
		const char *p = TOKS(d)[t0 - 1].fold;
		const char *p2 = t0 > s->tok0 + 1 ? TOKS(d)[t0 - 2].fold : "";
		if (nkg_lang_in(l->person_cue_before, p))
			P += 3;
		if (nkg_lang_in(l->org_cue_before, p) ||
		    (nkg_lang_in(l->determiners, p) && nkg_lang_in(l->org_cue_before, p2)))
			O += 2;
		/* "la start-up nantaise Lumenfield", "Swiss automation group
		 * ABB": a company word two or three tokens back. */
		else if (nkg_m_qualifier(&TOKS(d)[t0 - 1]) ||
			 (nkg_lang_in(l->determiners, p) && t0 > s->tok0 + 1 &&
			  nkg_lang_in(l->title_links, p2) &&
			  !(t1 < s->tok1 && nkg_m_qualifier(&TOKS(d)[t1])))) {
			/* ("le club de football de l'Olympique Nordiste": the
			 * determiner and its link are walked over too; not
			 * "the maker of the Ledgerly accounting app", a name
			 * that qualifies a noun) */
			/* "le groupe de services informatiques Sopraxis": a
			 * company word a few qualifiers back. */
			for (size_t b = t0 - 1; b > s->tok0 && b + 5 >= t0; b--) {
				const nkg_token *bt = &TOKS(d)[b - 1];
				/* not across a verb: "The company hired X" */
				if (is_trigger_word(l, TOKS(d)[b].fold))
					break;
				if (nkg_lang_in(l->org_cue_before, bt->fold) && !(bt->flags & NKG_TOK_CAP)) {
					O += 1.5f;
					break;
				}
				if (!nkg_m_qualifier(bt) && !nkg_lang_in(l->title_links, bt->fold))
					break;
			}
		}
		/* "PDG de X", "employés d'X", "CEO of X": the title's
		 * organisation.  Look back over a short qualifier
		 * ("vice-présidente des affaires mondiales d'OpenAI"). */
		if (nkg_lang_in(l->title_links, p)) {
			for (size_t b = t0 - 1; b > s->tok0 && b + 6 > t0; b--) {
				if (c->title_at[b - 1] >= 0) {
					O += 2;
					break;
				}
				if (TOKS(d)[b - 1].flags & NKG_TOK_PUNCT)
					break;
			}
		}
		if (c->title_at[t0 - 1] >= 0)
			P += 1.5f;
		/* "le PDG de Microsoft, Nadella": a title (and its
		 * organisation) in apposition before the comma. */
		if (!strcmp(p, ",")) {
			for (size_t b = t0 - 1; b > s->tok0 && b + 6 > t0; b--) {
				if (c->title_at[b - 1] >= 0) {
					P += 1.5f;
					break;
				}
				if (TOKS(d)[b - 1].flags & NKG_TOK_PUNCT)
					break;
			}
		}
		/* A determiner right before ("la Silicon Valley", "du
		 * DevDay") is rare before a person's name. */
		if (nkg_lang_in(l->determiners, p) && !nkg_lang_in(l->possessive_before, p))
			P -= 1.5f;
		/* "Comme le rapporte Bloomberg", "selon Reuters": one word
		 * after a reporting verb is a source, mostly a medium. */
		if (n == 1 && (nkg_lang_in(l->reporting_verbs, p) ||
			       !strcmp(p, "selon") || !strcmp(p2, "according")))
			O += 1.2f;
		/* "Bill Ackman's Pershing Square": what a name owns is not a
		 * person. */
		if (!strcmp(p, "'s")) {
			O += 1;
			P -= 1;
		}
		/* "Callie Hayes de Business Insider": after a name and "de". */
		if ((!strcmp(p, "de") || !strcmp(p, "d'") || !strcmp(p, "of") ||
		     !strcmp(p, "from") || !strcmp(p, "at")) && t0 >= s->tok0 + 2 &&
		    (TOKS(d)[t0 - 2].flags & NKG_TOK_CAP) && !c->used[t0 - 2]) {
			O += 1.5f;
			P -= 1;
		}
		/* "conseil d'administration d'OpenAI", "employés d'OpenAI":
		 * the people or bodies of an organisation. */
		if (nkg_lang_in(l->title_links, p) && nkg_lang_in(l->org_cue_before, p2))
			O += 2;
		for (size_t i = 0; l->role_verbs && l->role_verbs[i].word; i++)
			if (!strcmp(p, l->role_verbs[i].word)) {
				O += 1.5f;
				break;
			}
		/* A joining/leaving verb right before: "rejoindre Microsoft",
		 * "return to Nike", "revenir chez X". */
		const char *verb = p;
		if ((!strcmp(p, "to") || !strcmp(p, "chez") || !strcmp(p, "a") ||
		     !strcmp(p, "from")) && *p2)
			verb = p2;
		if (nkg_lang_trigger_word(l, verb, NKG_TRIG_INTRANS, 1))
			O += 1.5f;
		/* "joined Bank of Ireland in 2007 from Permanent TSB": where
		 * one comes from, a joining told a few words before */
		else if (nkg_lang_in(l->origin_words, p))
			for (size_t b = t0 - 1; b-- > s->tok0 && b + 10 > t0;)
				if (nkg_lang_trigger_word(l, TOKS(d)[b].fold, NKG_TRIG_INTRANS, 1)) {
					O += 2;
					break;
				}
	}
	if (t1 < s->tok1) {
		const char *nx = TOKS(d)[t1].fold;
		if (!strcmp(nx, "(") && t1 + 1 < s->tok1 &&
		    (TOKS(d)[t1 + 1].flags & NKG_TOK_HANDLE))
			P += 2;
		if (!strcmp(nx, ",")) {
			size_t k = t1 + 1;
			if (k < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && nkg_lang_in(l->former, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && c->title_at[k] >= 0)
				P += 1.5f;
		}
		/* "Eramet : le DG débarqué": a headline's name, a colon, then
		 * a title, the one of its people the story is about (not a
		 * first name: "Marie : la PDG ...") */
		if (!strcmp(nx, ":") && (s->flags & NKG_SENT_TITLE) &&
		    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold)) {
			size_t k = t1 + 1;
			if (k < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && c->title_at[k] >= 0)
				O += 2;
		}
		/* ", which ..." is said of things, ", who ..." of people. */
		if (!strcmp(nx, ",") && t1 + 1 < s->tok1) {
			const char *r = TOKS(d)[t1 + 1].fold;
			if (!strcmp(r, "which"))
				O += 1.5f;
			else if (!strcmp(r, "who"))
				P += 1.5f;
		}
		/* "US Créteil", "AS Monaco": a club's initials open it */
		if (n >= 2 && (TOKS(d)[t0].flags & NKG_TOK_UPPER) && nkg_lang_in(l->club_words, TOKS(d)[t0].fold))
			O += 2;
		/* "who founded Zentrix in 1998", "a rejoint Dalvex": the
		 * object of a founding or a joining is an organisation (not
		 * a first name: "joined Sarah at ...") */
		if (t0 > s->tok0 && !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold) &&
		    (nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 1].fold, NKG_EV_FOUNDED) ||
		     nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 1].fold, NKG_EV_JOINED)))
			O += 1.5f;
		/* "Microsoft's CEO", "OpenAI CEO Sam Altman". */
		if (nkg_lang_in(l->possessive_marks, nx) && t1 + 1 < s->tok1 &&
		    c->title_at[t1 + 1] >= 0)
			O += 1.5f;
		/* "OpenAI CEO Sam Altman": a title between the organisation
		 * and a name ("named Jane Doe chief executive." is not). */
		if (c->title_at[t1] >= 0 && !strcmp(l->code, "en")) {
			size_t e = t1;
			while (e < s->tok1 && c->title_at[e] >= 0)
				e++;
			if (e < s->tok1 && (TOKS(d)[e].flags & NKG_TOK_CAP) &&
			    (TOKS(d)[e].flags & NKG_TOK_WORD))
				O += 1.5f;
		}
	}
	/* "Talbot & Reyes", "Mercier & Associés": partners' names joined
	 * by an ampersand name a firm ("People & Places", two ordinary
	 * words, a newspaper's section) */
	for (size_t k = t0 + 1; k + 1 < t1; k++)
		if (!strcmp(TOKS(d)[k].fold, "&")) {
			if (!(k == t0 + 1 && k + 2 == t1 &&
			      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0].fold) &&
			      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[k + 1].fold)))
				O += 2;
			break;
		}
	/* "Talbot & Reyes, the London law firm,": an apposition that says
	 * what the name is. */
	if (t1 + 2 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	    nkg_lang_in(l->determiners, TOKS(d)[t1 + 1].fold)) {
		/* (only qualifiers between: "X, le patron de la société" is
		 * a person) */
		for (size_t k = t1 + 2; k < s->tok1 && k < t1 + 6; k++) {
			const nkg_token *t = &TOKS(d)[k];
			if ((t->flags & NKG_TOK_PUNCT) || c->title_at[k] >= 0 ||
			    nkg_lang_in(l->title_links, t->fold))
				break;
			/* the apposition ends there (", notre organisation MSR"
			 * introduces another name) */
			if (!(t->flags & NKG_TOK_CAP) && nkg_lang_in(l->org_cue_before, t->fold)) {
				const char *af = k + 1 < s->tok1 ? TOKS(d)[k + 1].fold : ".";
				if (!strcmp(af, ",") || !strcmp(af, ".") || !strcmp(af, ";") ||
				    !strcmp(af, ")"))
					O += 2;
				break;
			}
		}
	}
	/* "has named Fiona McAllister", "a limogé X": the object of a move
	 * an organisation makes is a person. */
	if (t0 > s->tok0 && n >= 2 && nkg_lang_trigger_word(l, TOKS(d)[t0 - 1].fold, NKG_TRIG_TRANS, 1))
		P += 1.5f;
	/* "Kestrel Grid, Inc.", "Kestrel Grid (NYSE: KGRD)": a legal form
	 * after the comma, or a ticker, says company */
	if (nkg_m_company_form_after(c, s, t1))
		O += 3;
	/* "Alfred D. Ironside", "Helen K. Copley": a middle initial */
	if (n == 3 && strlen(TOKS(d)[t0 + 1].fold) == 2 && TOKS(d)[t0 + 1].fold[1] == '.' &&
	    (TOKS(d)[t0 + 1].flags & NKG_TOK_CAP) && !(TOKS(d)[t0].flags & NKG_TOK_UPPER))
		P += 2;
	/* "Wright Lassiter III", "John Dotson Jr.": only people have a
	 * generation */
	if (n >= 2 && nkg_lang_in(l->name_suffixes, TOKS(d)[t1 - 1].fold))
		P += 3;
	/* "Dean French, MD,": a degree after the comma; "Keiffer
	 * Mitchell, Jr.": a generation */
	if (t1 + 1 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	    (nkg_lang_in(l->credentials, TOKS(d)[t1 + 1].fold) ||
	     nkg_lang_in(l->name_suffixes, TOKS(d)[t1 + 1].fold)))
		P += 3;
	/* "X is leaving his role", "X accelerated her retirement": a
	 * person's possessive right after the name's verb (up to two
	 * auxiliaries between) */
	for (size_t k = t1 + 1; n >= 2 && k < s->tok1 && k < t1 + 4; k++) {
		const nkg_token *t = &TOKS(d)[k];
		if (nkg_lang_in(l->person_possessives, t->fold)) {
			P += 1.5f;
			break;
		}
		if (t->flags & (NKG_TOK_PUNCT | NKG_TOK_CAP))
			break;
	}
	if (in_any_lang(get_stop, TOKS(d)[t0].fold) && n >= 2)
		O += 1.5f; /* "The Verge", "Le Monde" kept mid-sentence */
	if (n >= 2 && nkg_lang_in(nkg_m_legal_forms, TOKS(d)[t1 - 1].fold))
		O += 2;
	for (size_t li = 0; nkg_langs[li]; li++) {
		if (n >= 2 && nkg_lang_in(nkg_langs[li]->org_suffixes, TOKS(d)[t1 - 1].fold))
			O += 2;
		if (n >= 2 && nkg_lang_in(nkg_langs[li]->org_prefixes, TOKS(d)[t0].fold))
			O += 1;
	}
	if (n == 1 && (TOKS(d)[t0].flags & NKG_TOK_MIXED))
		O += 0.4f;
	/* "Rugby Club Toulonnais", "Olympique de Marseille Football Club": a
	 * company word inside a longer name */
	for (size_t k = t0 + 1; n >= 3 && k + 1 < t1; k++)
		if (nkg_m_org_word(TOKS(d)[k].fold)) {
			O += 1.5f;
			break;
		}
	/* "Detroit-based Henry Ford Health": what is based, owned or led
	 * somewhere is an organisation ("German-born X" is a person) */
	if (t0 > s->tok0 && nkg_lang_ends_in(l->modifier_endings, TOKS(d)[t0 - 1].fold, 2) &&
	    !nkg_lang_ends_in(l->person_modifier_endings, TOKS(d)[t0 - 1].fold, 2))
		O += 3;
	if (nkg_m_based_place(s, d, t1))
		O -= 3;
	/* "St. Albans", "Saint Luke's Hospital": no person */
	if (n >= 2 && nkg_lang_in(l->saint_words, TOKS(d)[t0].fold))
		P -= 3;
	/* "Stade Aurillacois": a team */
	if (n >= 2 && nkg_lang_in(l->team_heads, TOKS(d)[t0].fold) &&
	    !nkg_lang_in(l->title_links, TOKS(d)[t0 + 1].fold))
		O += 2.5f;
	/* "préfecture du Puy-de-Dôme", "CHU de Tours": an institution's
	 * head word and the place or name that says which. */
	if (n >= 3 && nkg_doc_match_list(d, t0, t1, l->institution_heads))
		O += 2.5f;
	if (nkg_m_org_acts(d, s, t1))
		O += 1.5f;
	/* "the Arizona Cardinals", "the New York Giants": a definite article
	 * before a name ending in a plural noun, a team or a group; no
	 * person is named so */
	if (n >= 2 && n <= 4 && t0 > s->tok0 &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    (!(TOKS(d)[t0 - 1].flags & NKG_TOK_CAP) || t0 - 1 == s->tok0) &&
	    nkg_m_plural_word(c, s, t1 - 1))
		O += 2.5f;
	m->person_score = P;
	m->org_score = O;
}

/* Longest gazetteer prefix of [t0,t1) shorter than the run, or 0. */
size_t nkg_m_gaz_prefix(const ctx *c, size_t t0, size_t t1)
{
	for (size_t e = t1 - 1; e > t0; e--)
		if (nkg_m_gaz_span(c, t0, e))
			return e - t0;
	return 0;
}

/* A title just before [t0,t1) and its link ("préfète du", "manager of
 * the") or, in English, just after ("Burnley manager"). */
int nkg_m_title_beside(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1,
			int known_place)
{
	const nkg_lang *l = s->lang;
	const nkg_token *tk = TOKS(c->doc);
	/* a title, then its link, just before b */
#define LINKED_AT(b) ((b) > s->tok0 + 1 && nkg_lang_in(l->title_links, tk[(b) - 1].fold) && \
		      c->title_at[(b) - 2] >= 0)
	int det = t0 > s->tok0 && nkg_lang_in(l->determiners, tk[t0 - 1].fold);
	/* "préfète du Cantal", "préfet de la Mayenne"; a place the gazetteer
	 * knows only after an explicit article ("manager of the Rovers",
	 * not "président du Mexique", a country) */
	int before = known_place ? LINKED_AT(det ? t0 - 1 : t0)
				 : LINKED_AT(t0) || (det && LINKED_AT(t0 - 1));
#undef LINKED_AT
	return before || (t1 < s->tok1 && c->title_at[t1] >= 0 && !strcmp(l->code, "en"));
}

/* [t0,t1) is a title's remit, not an organisation: it follows the title
 * and a remit link, over capitalised words and coordination ("Director
 * for Social and Human Rights"); or it is one ordinary word, capitalised
 * only there, after the title and a link the language writes remits with
 * ("the Director of Athletics"). */
int nkg_m_remit_of_title(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	const nkg_token *tk = TOKS(c->doc);
	if (t1 - t0 == 1 && t0 >= s->tok0 + 2 && c->title_at[t0 - 2] >= 0 &&
	    nkg_lang_in(s->lang->remit_word_links, tk[t0 - 1].fold) &&
	    !(tk[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, tk[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, tk[t0].fold) && nkg_m_proper_count(c, tk[t0].fold) < 2)
		return 1;
	for (size_t b = t0, n = 0; b > s->tok0 + 1 && n < 6; b--, n++) {
		const char *f = tk[b - 1].fold;
		if (nkg_lang_in(s->lang->remit_links, f))
			return c->title_at[b - 2] >= 0;
		if (!(tk[b - 1].flags & NKG_TOK_CAP) && !nkg_lang_in(s->lang->coord, f))
			return 0;
	}
	return 0;
}

/* [t0,t1) is a minister's portfolio: "Justice Minister", "Minister of
 * Finance". */
int nkg_m_portfolio(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	const nkg_lang *l = s->lang;
	if (t1 < s->tok1 && nkg_doc_match_list(c->doc, t1, s->tok1, l->portfolio_titles))
		return 1;
	/* "Public Services and Procurement Minister X", "Deputy Prime
	 * Minister and Finance Minister": portfolios joined before the title */
	for (size_t q = t1; q < s->tok1 && q < t1 + 5; q++) {
		const nkg_token *t = &TOKS(c->doc)[q];
		size_t pl = nkg_doc_match_list(c->doc, q, s->tok1, l->portfolio_titles);
		/* (not a title whose complement follows it: "sous-préfet de
		 * Barcelonnette et secrétaire général de la préfecture") */
		if (pl && q > t1 && c->title_at[q] >= 0) {
			size_t te = c->ms->m[c->title_at[q]].tok1;
			if (te < s->tok1 && nkg_lang_in(l->title_links, TOKS(c->doc)[te].fold))
				return 0;
		}
		if (pl)
			return q > t1;
		if (!(t->flags & NKG_TOK_CAP) && !nkg_lang_in(l->coord, t->fold))
			break;
	}
	/* "Minister of Innovation, Science and Industry": the portfolio
	 * may list several, back to the link */
	size_t b0 = t0;
	if (b0 > s->tok0 && nkg_lang_in(l->determiners, TOKS(c->doc)[b0 - 1].fold))
		b0--; /* "commissaire à la Concurrence" */
	for (size_t b = b0; b > s->tok0 + 1 && b + 8 > t0; b--) {
		const char *f = TOKS(c->doc)[b - 1].fold;
		if (nkg_lang_in(l->title_links, f)) {
			int tm = c->title_at[b - 2];
			return tm >= 0 && nkg_doc_match_list(c->doc, c->ms->m[tm].tok0, b - 1,
							     l->portfolio_titles);
		}
		if (!(TOKS(c->doc)[b - 1].flags & NKG_TOK_CAP) && strcmp(f, ",") &&
		    !nkg_lang_in(l->coord, f))
			break;
	}
	return 0;
}

/* "Banque Populaire du Nord", "Crédit Agricole Nord Est", "Caisse
 * d'Epargne de Bretagne": a known organisation's regional branch is named
 * with its region, a compass point or a place after "de".  Returns the
 * end of the branch's name, or e when [t0,e) is no such organisation. */
size_t nkg_m_regional_branch(const ctx *c, const nkg_sentence *s, size_t t0, size_t e)
{
	const nkg_gaz_entry *g = e > t0 ? nkg_m_gaz_span(c, t0, e) : NULL;
	if (!g || g->type != NKG_GAZ_ORG || e >= s->tok1)
		return e;
	size_t n = nkg_doc_match_list(c->doc, e, s->tok1, s->lang->compass_regions);
	if (n && (TOKS(c->doc)[e + n - 1].flags & NKG_TOK_CAP))
		return e + n;
	/* (a link that is both a particle and a title's: "de", "du") */
	if (!in_any_lang(get_particles, TOKS(c->doc)[e].fold) ||
	    !nkg_lang_in(s->lang->title_links, TOKS(c->doc)[e].fold))
		return e;
	size_t q = e + 1;
	if (q < s->tok1 && !(TOKS(c->doc)[q].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(s->lang->determiners, TOKS(c->doc)[q].fold))
		q++;
	size_t r = q;
	while (r < s->tok1 && nkg_m_is_name_tok(c, r))
		r++;
	/* (a run that opens with a known place: "de Rhône Alpes Auvergne") */
	for (size_t pe = r; pe > q; pe--) {
		const nkg_gaz_entry *pl = nkg_m_gaz_span(c, q, pe);
		if (pl && pl->type == NKG_GAZ_PLACE)
			return r;
	}
	return e;
}

/* A company word a few words before t0, in the same phrase: "la banque
 * d'affaires Lazaret", "the insurer Lifespan". */
int nkg_m_cue_before(const ctx *c, const nkg_sentence *s, size_t t0)
{
	for (size_t b = t0, n = 0; b > s->tok0 && n < 4; b--, n++) {
		const nkg_token *t = &TOKS(c->doc)[b - 1];
		if (t->flags & NKG_TOK_PUNCT)
			break;
		if (nkg_lang_in(s->lang->org_cue_before, t->fold))
			return 1;
		/* "R.I.-based Lifespan": what is based somewhere is an
		 * organisation */
		if (b == t0 && nkg_lang_ends_in(s->lang->modifier_endings, t->fold, 2) &&
		    !nkg_lang_ends_in(s->lang->person_modifier_endings, t->fold, 2))
			return 1;
	}
	return 0;
}

int nkg_m_only_function_words(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	for (size_t k = t0; k < t1; k++) {
		const char *f = TOKS(c->doc)[k].fold;
		if (!nkg_lang_in(s->lang->function_words, f) && strcmp(f, "&") &&
		    !nkg_lang_in(s->lang->coord, f) && !nkg_lang_in(s->lang->title_links, f))
			return 0;
	}
	return 1;
}

/* The word at k is written in lower case somewhere in the article. */
int nkg_m_lower_elsewhere(const nkg_doc *d, size_t k)
{
	for (size_t p = 0; p < d->n_toks; p++)
		if (p != k && !(d->toks[p].flags & NKG_TOK_CAP) && !strcmp(d->toks[p].fold, d->toks[k].fold))
			return 1;
	return 0;
}

/* Whether the folded word f, or its part before a hyphen ("Pierre-Henry"),
 * is a first name. */
int nkg_m_first_name_part(const ctx *c, const char *f)
{
	char buf[64];
	size_t n = strcspn(f, "-");
	if (nkg_gazetteer_is_firstname(c->gaz, f))
		return 1;
	if (!f[n] || n >= sizeof buf)
		return 0;
	memcpy(buf, f, n);
	buf[n] = '\0';
	return nkg_gazetteer_is_firstname(c->gaz, buf);
}

/* Whether folded f is an ordinary word of another language than the
 * sentence's, and none of its own nor a first name. */
int nkg_m_foreign_word(const ctx *c, const nkg_sentence *s, const char *f)
{
	if (nkg_gazetteer_is_word(c->gaz, s->lang->code, f) || nkg_m_any_first_name(c, f))
		return 0;
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_langs[i] != s->lang && nkg_gazetteer_is_word(c->gaz, nkg_langs[i]->code, f))
			return 1;
	return 0;
}

/* Whether a competition's words end right before t0: "champion de
 * France", "la coupe de France", "qualified for Europe". */
int nkg_m_competition_place(const ctx *c, const nkg_sentence *s, size_t t0)
{
	return phrase_before(c->doc, s, t0, s->lang->competitions) != (size_t)-1;
}

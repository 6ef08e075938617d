/* newskg — mentions: titles, dates, pronouns and names, then chains of
 * name mentions within the article.
 *
 * Names are found by shape (capitalised runs, particles, initials) and typed
 * by evidence around them (first names, honorifics, titles in apposition,
 * "chez X", "PDG de X", suffixes like Inc or SA), the gazetteer adding
 * certainty when there is one.  A name with no evidence either way is kept
 * as unknown: it may turn out to be a surname ("Altman") of a person named
 * in full elsewhere. */
#include "mentions_int.h"

/* Legal forms of companies, the same in every language. */
const char *const nkg_m_legal_forms[] = {
	"inc", "inc.", "co", "co.", "corp", "corp.", "corporation", "ltd", "ltd.", "fc", "afc",
	"llc", "plc", "sa", "sas", "se", "ag", "gmbh", "nv", "bv", "spa", "ab",
	"asa", "oyj", "group", "groupe", "holding", "holdings", NULL
};

/* Stock exchanges, as tickers name them ("(NYSE: KGRD)", "(Nasdaq:
 * FSLR)"), the same in every language. */
const char *const nkg_m_stock_exchanges[] = {
	"nyse", "nasdaq", "amex", "tsx", "tsxv", "lse", "asx", "euronext",
	"otc", "otcqx", "nyse american", "cse", NULL
};

/* ---- edit distance ---------------------------------------------------- */

size_t nkg_edit_distance(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), *row, best;
	if (la > lb ? la - lb > max : lb - la > max)
		return max + 1;
	row = malloc((lb + 1) * sizeof *row);
	if (!row)
		return max + 1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0], rmin;
		row[0] = i;
		rmin = row[0];
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t v = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < v) v = row[j] + 1;
			if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
			row[j] = v;
			prev = cur;
			if (v < rmin) rmin = v;
		}
		if (rmin > max) {
			free(row);
			return max + 1;
		}
	}
	best = row[lb];
	free(row);
	return best > max ? max + 1 : best;
}

/* ---- mention storage -------------------------------------------------- */

void nkg_mentions_free(nkg_mentions *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->m[i].text);
	free(m->m);
	for (size_t i = 0; i < m->n_chains; i++)
		free(m->chains[i].name);
	free(m->chains);
	free(m->by_sent);
	free(m);
}

nkg_mention *nkg_m_add_mention(nkg_mentions *ms, nkg_mkind kind, size_t sent,
				size_t t0, size_t t1)
{
	void *arr = ms->m;
	nkg_mention *m;
	if (nkg_grow(&arr, &ms->cap, ms->n + 1, sizeof *ms->m))
		return NULL;
	ms->m = arr;
	m = &ms->m[ms->n++];
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->sent = (uint32_t)sent;
	m->tok0 = (uint32_t)t0;
	m->tok1 = (uint32_t)t1;
	m->chain = -1;
	return m;
}

/* Surface text of tokens [t0,t1), one space between tokens that had space
 * between them in the body. */
char *nkg_m_span_text(const nkg_doc *doc, size_t t0, size_t t1)
{
	nkg_buf b = {0};
	for (size_t k = t0; k < t1; k++) {
		const nkg_token *t = &TOKS(doc)[k];
		if (k > t0 && t->start > TOKS(doc)[k - 1].end && nkg_buf_puts(&b, " "))
			goto oom;
		if (nkg_buf_append(&b, doc->body + t->start, t->end - t->start))
			goto oom;
	}
	return nkg_buf_detach(&b);
oom:
	nkg_buf_free(&b);
	return NULL;
}

/* ---- driver ----------------------------------------------------------- */

static int collect_proper(ctx *c)
{
	const nkg_doc *d = c->doc;
	char **arr = NULL;
	size_t n = 0, cap = 0;

	for (size_t si = 0; si < d->n_sents; si++) {
		const nkg_sentence *s = &d->sents[si];
		if (s->flags & (NKG_SENT_COMMENT | NKG_SENT_TITLE))
			continue;
		for (size_t k = s->tok0 + 1; k < s->tok1; k++) {
			const nkg_token *t = &d->toks[k];
			if (!(t->flags & NKG_TOK_CAP) || nkg_m_sentence_initial(c, s, k))
				continue;
			void *a = arr;
			if (nkg_grow(&a, &cap, n + 1, sizeof *arr))
				goto oom;
			arr = a;
			arr[n++] = t->fold; /* borrowed from the doc */
		}
	}
	if (n)
		qsort(arr, n, sizeof *arr, nkg_m_cmp_strp);
	c->proper = arr;
	c->n_proper = n;
	return 0;
oom:
	free(arr);
	return NKG_ENOMEM;
}

static int cmp_mention(const void *a, const void *b)
{
	const nkg_mention *x = a, *y = b;
	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	if (x->tok0 != y->tok0)
		return x->tok0 < y->tok0 ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

/* A person's gender, where the first-name list gives one for the first
 * word of a name of theirs ("Julie Benetti"; "Marie-Noëlle" by "Marie"):
 * "elle" then does not stand for "Daniel Auverlot".  Names that disagree
 * leave it unknown. */
static void chain_genders(nkg_mentions *ms, const nkg_doc *doc, const nkg_gazetteer *gaz)
{
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0 || m->tok1 - m->tok0 < 2 ||
		    ms->chains[m->chain].type != NKG_NT_PERSON)
			continue;
		const char *f = doc->toks[m->tok0].fold;
		char first[64];
		int g = nkg_gazetteer_firstname_gender(gaz, f);
		if (!g && nkg_m_first_part(f, first, sizeof first))
			g = nkg_gazetteer_firstname_gender(gaz, first);
		m->gender = g;
		nkg_chain *ch = &ms->chains[m->chain];
		if (g && ch->gender != -1)
			ch->gender = !ch->gender || ch->gender == g ? g : -1;
	}
	for (size_t i = 0; i < ms->n_chains; i++)
		if (ms->chains[i].gender < 0)
			ms->chains[i].gender = 0;
}

/* ("supérieur", "intérieur", "extérieur": adjectives the endings list
 * leaves out, for "-eur" ends nouns too) */
static const char *const comparative_endings[] = { "ieur", "ieure", NULL };

/* Whether the article tells of sport: three different words of the
 * sport_words tables ("entraîneur", "championnat", "league") in its
 * sentences. */
static int tells_of_sport(const nkg_doc *doc)
{
	const char *seen[3];
	size_t n = 0;
	for (size_t si = 0; si < doc->n_sents && n < 3; si++) {
		const nkg_sentence *s = &doc->sents[si];
		if (s->flags & NKG_SENT_NOISE)
			continue;
		for (size_t k = s->tok0; k < s->tok1 && n < 3; k++) {
			if (!nkg_doc_match_list(doc, k, s->tok1, s->lang->sport_words))
				continue;
			int dup = 0;
			for (size_t i = 0; i < n && !dup; i++)
				dup = !strcmp(seen[i], doc->toks[k].fold);
			if (!dup)
				seen[n++] = doc->toks[k].fold;
		}
	}
	return n >= 3;
}

/* "ministre de la Culture", "ministre de l'Agriculture et de
 * l'Alimentation", "Minister of Health": a minister's title and the
 * portfolio after it name the ministry, an organisation the text never
 * spells out.  The portfolio is one or more "de (la) Word (qualifier)"
 * groups joined by "et" or a comma; the mention covers its words from the
 * first noun, and is named "ministère de la Culture".  k is the token after
 * the title. */
static int ministry(ctx *c, size_t si, size_t k)
{
	const nkg_doc *d = c->doc;
	const nkg_sentence *s = &d->sents[si];
	const nkg_lang *l = s->lang;
	const char *head = NULL;
	size_t j = k, w0 = 0, end = 0;
	nkg_buf b = {0};
	nkg_mention *m = NULL;
	char *rest = NULL;
	int rc = 0;

	if (k == s->tok0 || c->title_at[k - 1] < 0 || k - (size_t)c->ms->m[c->title_at[k - 1]].tok0 != 1)
		return 0;
	for (size_t i = 0; l->ministries && l->ministries[i] && l->ministries[i + 1]; i += 2)
		if (!strcmp(TOKS(d)[k - 1].fold, l->ministries[i]))
			head = l->ministries[i + 1];
	if (!head)
		return 0;
	for (;;) {
		size_t q = j;
		if (q >= s->tok1 || !nkg_lang_in(l->title_links, TOKS(d)[q].fold))
			break;
		q++;
		if (q < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[q].fold))
			q++;
		/* the portfolio's noun: a word, capitalised or not, that no
		 * name, title or date has taken */
		if (q >= s->tok1 || c->used[q] || !(TOKS(d)[q].flags & NKG_TOK_WORD) ||
		    nkg_lang_in(l->stopwords, TOKS(d)[q].fold))
			break;
		if (!w0)
			w0 = q;
		q++;
		/* its qualifiers: "supérieur", "écologique" (lower case, an
		 * adjective's ending: not "citait") */
		for (size_t n = 0; n < 2 && q < s->tok1; n++, q++) {
			const nkg_token *t = &TOKS(d)[q];
			if (!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_CAP) || c->used[q] ||
			    nkg_lang_in(l->stopwords, t->fold) || nkg_lang_in(l->title_links, t->fold) ||
			    nkg_lang_trigger_word(l, t->fold, -1, 0) ||
			    !(nkg_lang_ends_in(l->adjective_endings, t->fold, 3) ||
			      nkg_lang_ends_in(comparative_endings, t->fold, 3)))
				break;
		}
		end = q;
		/* ", des Finances et de la Souveraineté": another group (a
		 * genitive: not ", a donné", the verb "a" folding like "à") */
		if (q + 1 < s->tok1 && (nkg_lang_in(l->coord, TOKS(d)[q].fold) ||
					!strcmp(TOKS(d)[q].fold, ",")) &&
		    nkg_lang_in(l->title_links, TOKS(d)[q + 1].fold) &&
		    nkg_lang_in(nkg_m_org_key_links, TOKS(d)[q + 1].fold)) {
			j = q + 1;
			continue;
		}
		break;
	}
	if (!w0 || !end)
		return 0;
	if (!(rest = nkg_m_span_text(d, k, end)) || nkg_buf_printf(&b, "%s %s", head, rest) ||
	    !(m = nkg_m_add_mention(c->ms, NKG_M_NAME, si, w0, end))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	m->text = nkg_buf_detach(&b); /* owned by the mention */
	m->type = NKG_NT_ORG;
	m->org_score = 3;
	if (s->flags & NKG_SENT_COMMENT)
		m->flags |= NKG_MF_COMMENT;
	else if (!(s->flags & (NKG_SENT_NOISE | NKG_SENT_SHORT)))
		m->flags |= NKG_MF_BODY;
	for (size_t q = w0; q < end; q++)
		c->used[q] = 1;
done:
	free(rest);
	nkg_buf_free(&b);
	return rc;
}

int nkg_mentions_find(const nkg_doc *doc, const nkg_gazetteer *gaz,
		      const char *article_date, nkg_mentions **out,
		      nkg_error *err)
{
	ctx c = {0};
	nkg_mentions *ms = NULL;
	int rc = 0;
	char last_told[5] = ""; /* the year of the paragraph's last date */

	*out = NULL;
	ms = calloc(1, sizeof *ms);
	c.used = calloc(doc->n_toks + 1, 1);
	c.title_at = malloc((doc->n_toks + 1) * sizeof *c.title_at);
	c.tcase = calloc(doc->n_sents + 1, 1);
	if (!ms || !c.used || !c.title_at || !c.tcase) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t k = 0; k <= doc->n_toks; k++)
		c.title_at[k] = -1;
	c.doc = doc;
	c.gaz = gaz;
	for (size_t si = 0; si < doc->n_sents; si++)
		c.tcase[si] = (unsigned char)nkg_m_headline_title_case(&c, &doc->sents[si]);
	c.adate = article_date;
	if (article_date && strlen(article_date) < sizeof ms->adate)
		memcpy(ms->adate, article_date, strlen(article_date) + 1);
	c.ms = ms;
	c.sports = ms->sports = tells_of_sport(doc);
	if ((rc = collect_proper(&c))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		const nkg_lang *l = s->lang;
		if (s->flags & NKG_SENT_NOISE)
			continue;
		if (si == 0 || s->para != doc->sents[si - 1].para)
			last_told[0] = '\0';
		/* Titles, dates and pronouns first: their words are not names. */
		for (size_t k = s->tok0; k < s->tok1;) {
			const char *role = NULL;
			char iso[11];
			size_t n;
			/* "Dean French": a one-word title that is also a first
			 * name, capitalised before another capitalised word,
			 * opens a name */
			int plural = 0, glued = 0;
			if (!(n = nkg_m_match_title(doc, l, k, s->tok1, &role, &plural)) &&
			    (n = nkg_m_match_glued_former(doc, l, k, s->tok1, &role)))
				glued = 1;
			else if (n == 1 && k + 1 < s->tok1 &&
			    (doc->toks[k].flags & NKG_TOK_CAP) && (doc->toks[k + 1].flags & NKG_TOK_CAP) &&
			    (doc->toks[k + 1].flags & NKG_TOK_WORD) &&
			    (nkg_gazetteer_is_firstname(gaz, doc->toks[k].fold) ||
			     nkg_lang_in(l->name_like_titles, doc->toks[k].fold)))
				n = 0;
			if (n) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_TITLE, si, k, k + n);
				if (!m)
					goto oom;
				m->role = role;
				m->plural = plural;
				m->former = glued;
				/* "ancien PDG", "former CEO", "l'ancien et peut-être futur";
				 * "former oil executive", "Former Rail Executive" (a
				 * headline in Title Case): over up to two ordinary
				 * words of the post's field (not a name: "Former
				 * Mercato Group boss X" was boss there) */
				for (size_t b = k, fw = 0; b > s->tok0 && b + 3 > k; b--) {
					const nkg_token *pt = &doc->toks[b - 1];
					const char *pf = pt->fold;
					if (nkg_lang_in(l->former, pf)) {
						m->former = 1;
						break;
					}
					if (!nkg_lang_in(l->new_words, pf) && strcmp(pf, "-") &&
					    (fw++ >= 2 || !(pt->flags & NKG_TOK_WORD) || nkg_lang_in(l->stopwords, pf) ||
					     !nkg_gazetteer_is_word(gaz, l->code, pf) ||
					     ((pt->flags & NKG_TOK_CAP) && !nkg_m_title_case(&c, s))))
						break;
				}
				if (k > s->tok0 && nkg_lang_in(l->interim_before, doc->toks[k - 1].fold))
					m->interim = 1;
				size_t ia = nkg_doc_match_list(doc, k + n, s->tok1, l->interim_after);
				if (ia) {
					m->interim = 1;
					m->tok1 = (uint32_t)(k + n + ia);
				}
				if (m->interim && !strcmp(role, "ceo"))
					m->role = "interim_ceo";
				if (!(m->text = nkg_m_span_text(doc, k, m->tok1)))
					goto oom;
				for (size_t j = k; j < m->tok1; j++) {
					c.used[j] = 1;
					c.title_at[j] = (int)(ms->n - 1);
				}
				k = m->tok1;
				if ((rc = ministry(&c, si, k)))
					goto oom;
				continue;
			}
			if ((n = nkg_mentions_parse_date(doc, l, k, s->tok1, article_date, iso))) {
				/* "the Sunday Courier", "le Dimanche Ouest": a
				 * weekday opening a name is no date */
				if (n == 1 && k > s->tok0 && k + 1 < s->tok1 && nkg_m_calendar_opens_name(doc, k)) {
					k++;
					continue;
				}
				/* "(voir 16 juin 2020)", "(see Oct. 3)": an earlier
				 * article's day, no date of the story */
				if (k >= s->tok0 + 2 && nkg_lang_in(l->reference_words, doc->toks[k - 1].fold) &&
				    !strcmp(doc->toks[k - 2].fold, "(")) {
					for (size_t j = k; j < k + n; j++)
						c.used[j] = 1;
					k += n;
					continue;
				}
				int future = 0;
				for (size_t b = k; b > s->tok0 && b + 4 > k && !future; b--) {
					size_t fm = nkg_doc_match_list(doc, b - 1, k, l->future_from);
					future = fm && b - 1 + fm == k;
				}
				/* "Elle rejoindra le groupe le 1er octobre", "will start
				 * on Oct. 1": a verb in the future tense a few words
				 * before a date given without its year. */
				int year_given = 0;
				for (size_t j = k; j < k + n && !year_given; j++)
					year_given = (TOKS(doc)[j].flags & NKG_TOK_NUM) &&
						     (strlen(TOKS(doc)[j].fold) == 4 ||
						      strlen(TOKS(doc)[j].fold) == 10);
				for (size_t b = k; !future && !year_given && b > s->tok0 && b + 12 > k; b--) {
					const char *f = TOKS(doc)[b - 1].fold;
					if (TOKS(doc)[b - 1].flags & NKG_TOK_PUNCT)
						break;
					future = nkg_lang_in(l->future_words, f) ||
						 (!(TOKS(doc)[b - 1].flags & NKG_TOK_CAP) &&
						  nkg_lang_ends_in(l->future_endings, f, 4));
				}
				/* (a year given is never moved: "à partir de
				 * mars 2019" in a 2021 article is past) */
				if (future && !year_given)
					nkg_m_to_future(iso, article_date, nkg_m_weekday_in(doc, l, k, k + n));
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_DATE, si, k, k + n);
				if (!m)
					goto oom;
				memcpy(m->date, iso, sizeof m->date);
				if (iso[0])
					memcpy(last_told, iso, 4);
				if (nkg_m_recent_day(iso, article_date))
					m->flags |= NKG_MF_RECENT;
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "promu l'année suivante": the year after the one the
			 * paragraph told last */
			if ((n = nkg_doc_match_list(doc, k, s->tok1, l->next_year)) && last_told[0]) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_DATE, si, k, k + n);
				if (!m)
					goto oom;
				snprintf(m->date, sizeof m->date, "%04d", (atoi(last_told) + 1) % 10000);
				memcpy(last_told, m->date, 4);
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "the Spaniard", "le Français": a person said again by
			 * nationality (a definite article before it) */
			size_t art = k;
			/* ("the 40-year-old Spaniard": lower-case words between) */
			while (art > s->tok0 && art + 3 > k && !(doc->toks[art - 1].flags & NKG_TOK_CAP) &&
			       (doc->toks[art - 1].flags & NKG_TOK_WORD) &&
			       !nkg_lang_in(l->definite_articles, doc->toks[art - 1].fold))
				art--;
			int nationality = k > s->tok0 && (doc->toks[k].flags & NKG_TOK_CAP) &&
					  nkg_lang_in(l->nationality_nouns, doc->toks[k].fold) &&
					  art > s->tok0 &&
					  nkg_lang_in(l->definite_articles, doc->toks[art - 1].fold);
			/* "Le quinquagénaire a pris ses fonctions", "The
			 * 54-year-old joined": a person said again by age,
			 * as the subject that opens a sentence */
			int age = k == s->tok0 + 1 &&
				  nkg_lang_in(l->definite_articles, doc->toks[k - 1].fold) &&
				  (nkg_lang_in(l->person_nouns, doc->toks[k].fold) ||
				   nkg_lang_ends_in(l->person_nouns, doc->toks[k].fold, 1));
			if ((nationality || age) &&
			    !(k + 1 < s->tok1 && (doc->toks[k + 1].flags & NKG_TOK_CAP))) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_PRONOUN, si, k, k + 1);
				if (!m)
					goto oom;
				c.used[k] = 1;
				k++;
				continue;
			}
			/* "Les 2 hommes viennent d'être évincés", "both men
			 * left": the people just named together */
			if ((n = nkg_doc_match_list(doc, k, s->tok1, l->plural_anaphors))) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_PRONOUN, si, k, k + n);
				if (!m)
					goto oom;
				m->plural = 1;
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "Ce dernier a été nommé préfet": the person named
			 * last */
			size_t la = 0, li = 0;
			for (size_t i = 0; l->latest_anaphors && l->latest_anaphors[i]; i += 2) {
				size_t n2 = nkg_doc_match(doc, k, s->tok1, l->latest_anaphors[i]);
				if (n2 > la) {
					la = n2;
					li = i;
				}
			}
			if (la) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_PRONOUN, si, k, k + la);
				if (!m)
					goto oom;
				m->flags |= NKG_MF_LATEST;
				m->gender = l->latest_anaphors[li + 1][0];
				for (size_t j = k; j < k + la; j++)
					c.used[j] = 1;
				k += la;
				continue;
			}
			int possessive = !strcmp(doc->toks[k].fold, "her") && k + 1 < s->tok1 &&
					 (doc->toks[k + 1].flags & NKG_TOK_WORD) &&
					 !nkg_lang_in(l->stopwords, doc->toks[k + 1].fold);
			if (!possessive && (nkg_lang_in(l->subj_pronouns, doc->toks[k].fold) ||
					    nkg_lang_in(l->plural_pronouns, doc->toks[k].fold))) {
				nkg_mention *m = nkg_m_add_mention(ms, NKG_M_PRONOUN, si, k, k + 1);
				if (!m)
					goto oom;
				m->plural = nkg_lang_in(l->plural_pronouns, doc->toks[k].fold);
				m->gender = nkg_lang_in(l->feminine_pronouns, doc->toks[k].fold) ? 'f' : 'm';
			}
			k++;
		}
	}
	for (size_t si = 0; si < doc->n_sents; si++) {
		if (doc->sents[si].flags & NKG_SENT_NOISE)
			continue;
		if ((rc = nkg_m_find_names(&c, si)))
			goto oom;
	}
	if (ms->n > 1) /* ms->m is NULL when nothing was found */
		qsort(ms->m, ms->n, sizeof *ms->m, cmp_mention);
	/* Title mentions were indexed before sorting; titles are looked up
	 * by position from here on. */
	if ((rc = nkg_m_link_chains(ms, doc)))
		goto oom;
	chain_genders(ms, doc, gaz);
	ms->by_sent = calloc(doc->n_sents + 1, sizeof *ms->by_sent);
	if (!ms->by_sent)
		goto oom;
	{
		size_t i = 0;
		for (size_t si = 0; si <= doc->n_sents; si++) {
			while (i < ms->n && ms->m[i].sent < si)
				i++;
			ms->by_sent[si] = i;
		}
	}
	*out = ms;
	ms = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_mentions_free(ms);
	free(c.used);
	free(c.title_at);
	free(c.tcase);
	free(c.proper);
	return rc;
}

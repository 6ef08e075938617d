/* newskg — a move's and a title's arguments: the persons before and
 * after a trigger, the organisations named near it, and the organisation
 * a sentence speaks of when it names none (see statements.h). */
#include "statements_int.h"

/* ---- arguments -------------------------------------------------------- */

/* May the tokens between two persons join them ("X et Y", "X, le
 * co-fondateur d'OpenAI, et Y")? */
int nkg_s_coordinated_gap(const sctx *c, size_t a, size_t b)
{
	int coord = 0;
	for (size_t k = a; k < b; k++) {
		const char *f = FOLD(c, k);
		if (nkg_lang_in(c->l->coord, f) || !strcmp(f, "que")) {
			coord = 1;
			continue;
		}
		/* ("de X au poste de DG par intérim et de Y": the post
		 * given to the first) */
		size_t pl = nkg_doc_match_list(c->doc, k, b, c->l->promoted_to);
		if (!pl)
			pl = nkg_doc_match_list(c->doc, k, b, c->l->interim_after);
		if (pl) {
			k += pl - 1;
			continue;
		}
		if (is_punct(c, k, ",") || nkg_lang_in(c->l->determiners, f) ||
		    nkg_lang_in(c->l->title_links, f) || nkg_lang_in(c->l->former, f) ||
		    title_at(c, k) >= 0 || org_at(c, k, NULL) >= 0)
			continue;
		return 0;
	}
	return coord;
}

/* The people a plural pronoun or noun phrase at mention pi stands for:
 * the persons of the latest sentence before (two back at most) that names
 * two or more, in order ("le sort de Christian Labit et de son adjoint
 * Sébastien Buada. Les 2 hommes ..."). */
static void named_together(const sctx *c, size_t pi, plist *out)
{
	size_t psent = c->ms->m[pi].sent;
	for (size_t si = psent; si-- > 0 && si + 2 >= psent;) {
		plist p = {0};
		for (size_t j = c->ms->by_sent[si]; j < c->ms->by_sent[si + 1]; j++) {
			const nkg_mention *m = &c->ms->m[j];
			if (m->kind == NKG_M_NAME && m->chain >= 0 &&
			    c->ms->chains[m->chain].type == NKG_NT_PERSON)
				plist_add(&p, m->chain);
		}
		if (p.n >= 2) {
			for (size_t i = 0; i < p.n; i++)
				plist_add(out, p.chain[i]);
			return;
		}
	}
}

/* Subjects: the nearest person before the trigger in its clause, and the
 * persons coordinated with it. */
/* "Cette ancienne commissaire de police avait été nommée ...": a sentence
 * whose subject is a demonstrative and a title speaks of the person named
 * last before it, as "ce dernier" does (nkg_s_named_last); that person's
 * chain, or -1.  trig, the move's word, comes after the title. */
static int demonstrative_subject(const sctx *c, size_t trig)
{
	size_t k = c->s->tok0;
	if (k >= c->s->tok1 || !nkg_lang_in(c->l->demonstratives, FOLD(c, k)))
		return -1;
	k++;
	while (k < c->s->tok1 && k < c->s->tok0 + 4 &&
	       (nkg_lang_in(c->l->former, FOLD(c, k)) || nkg_lang_in(c->l->new_words, FOLD(c, k))))
		k++;
	int tm = k < c->s->tok1 ? title_at(c, k) : -1;
	if (tm < 0 || c->ms->m[tm].tok0 != k || c->ms->m[tm].tok1 > trig)
		return -1;
	return nkg_s_named_last(c, (size_t)tm);
}

static void persons_before_in(const sctx *c, size_t trig, plist *out);

/* "Muriel X comme elle préfère être appelée depuis son mariage avec Y,
 * prendra la direction": a subordinate clause between the subject and
 * its verb, closed by the comma before the verb (and its auxiliaries);
 * the subject is the person right before the clause's first word, not
 * one the clause names.  -1 when the sentence is not so. */
static int subject_before_clause(const sctx *c, size_t trig)
{
	size_t k = trig;
	while (k > c->s->tok0 + 2 && k + 3 > trig &&
	       (nkg_lang_in(c->l->be_aux, FOLD(c, k - 1)) || nkg_lang_in(c->l->perfect_aux, FOLD(c, k - 1))))
		k--;
	if (k < c->s->tok0 + 3 || !is_punct(c, k - 1, ","))
		return -1;
	for (size_t q = k - 1; q-- > c->s->tok0 + 1 && q + 30 > k;) {
		if (hard_boundary(c, q) || is_punct(c, q, ","))
			return -1;
		/* (the clause maybe set off by commas: "X, comme l'avait
		 * annoncé Y, prendra") */
		if (nkg_doc_match_list(c->doc, q, k - 1, c->l->subordinators))
			return person_before_tok(c, q > c->s->tok0 + 1 && is_punct(c, q - 1, ",") ? q - 1 : q);
	}
	return -1;
}

void nkg_s_persons_before(const sctx *c, size_t trig, plist *out)
{
	int sub = subject_before_clause(c, trig);
	if (sub >= 0) {
		plist_add(out, sub);
		return;
	}
	persons_before_in(c, trig, out);
	if (!out->n)
		plist_add(out, demonstrative_subject(c, trig));
}

static void persons_before_in(const sctx *c, size_t trig, plist *out)
{
	size_t s0 = c->s->tok0, last_start = trig;
	int have = 0;

	for (size_t k = trig; k-- > s0;) {
		if (have || k + 1 < trig)
			k = nkg_s_skip_relative_back(c, k);
		/* "X, Chief Operating Officer (COO), has decided": a
		 * bracketed aside is walked over */
		if (is_punct(c, k, ")")) {
			size_t o = k;
			while (o > s0 && o + 30 > k && !is_punct(c, o, "(") &&
			       (o == k || !hard_boundary(c, o)))
				o--;
			/* (a long one only when it opens with an age: "X (44
			 * ans, ancien conseiller de Y, président de Z) a été
			 * nommé") */
			/* (or right after a person's name, an aside about
			 * them: "Les directeurs X (qui était adjointe à Y,
			 * chargée de Z) et W (...) étaient arrivés") */
			int about = person_before_tok(c, o) >= 0;
			if (is_punct(c, o, "(") && o > s0 &&
			    (o + 8 > k || (TOK(c, o + 1)->flags & NKG_TOK_NUM) || about)) {
				k = o;
				continue;
			}
		}
		if (hard_boundary(c, k))
			break;
		const char *f = FOLD(c, k);
		if (nkg_lang_in(c->l->relative, f)) {
			/* "X, qui a quitté ...": the antecedent. */
			if (!have) {
				for (size_t j = k; j-- > s0 && j + 14 > k;) {
					size_t e;
					int mi = mention_at(c, j);
					if (mi >= 0) {
						int p = person_at(c, (size_t)c->ms->m[mi].tok0, &e);
						if (p >= 0) {
							plist_add(out, p);
							break;
						}
					}
				}
			}
			return;
		}
		if (nkg_lang_in(c->l->clause_open, f))
			return;
		int mi = mention_at(c, k);
		if (mi < 0)
			continue;
		size_t t0 = c->ms->m[mi].tok0;
		/* "Les 2 hommes viennent d'être évincés", "ils quittent": the
		 * people just named together */
		if (!have && c->ms->m[mi].kind == NKG_M_PRONOUN && c->ms->m[mi].plural) {
			named_together(c, (size_t)mi, out);
			return;
		}
		int p = person_at(c, t0, NULL);
		/* "after her former chief of staff resigned": the subject is
		 * the post's holder, someone the possessive's owner is not */
		if (p < 0 && !have && c->ms->m[mi].kind == NKG_M_TITLE) {
			size_t b = t0;
			while (b > s0 && (nkg_lang_in(c->l->former, FOLD(c, b - 1)) ||
					  nkg_lang_in(c->l->new_words, FOLD(c, b - 1))))
				b--;
			if (b > s0 && nkg_lang_in(c->l->person_possessives, FOLD(c, b - 1)))
				return;
		}
		if (p < 0) {
			k = t0 > s0 ? t0 : s0 + 0;
			if (t0 == s0)
				break;
			continue;
		}
		if (!have) {
			plist_add(out, p);
			have = 1;
			last_start = t0;
		} else {
			/* ("X (...) et Y": over the aside about X) */
			size_t ge = c->ms->m[mi].tok1;
			if (ge < last_start && is_punct(c, ge, "("))
				for (size_t q = ge + 1; q < last_start; q++)
					if (is_punct(c, q, ")")) {
						ge = q + 1;
						break;
					}
			if (!nkg_s_coordinated_gap(c, ge, last_start))
				break;
			plist_add(out, p);
			last_start = t0;
		}
		if (t0 == s0)
			break;
		k = t0;
	}
}

/* Objects: the first person after the trigger (over titles, determiners,
 * commas), then those coordinated with it. */
/* slack: plain words allowed before the first person ("par l'ancien
 * banquier d'affaires X" needs more than "a embauché X"). */
void nkg_s_persons_after_slack(const sctx *c, size_t from, size_t limit,
				size_t slack, plist *out)
{
	size_t s1 = c->s->tok1, k = from, last_end = 0;
	int have = 0;

	for (; k < s1 && k < from + limit; k++) {
		/* (over a colon that names the person: "remplacée par une
		 * autre femme : Floriane Rivière") */
		if (hard_boundary(c, k) &&
		    !(!have && is_punct(c, k, ":") && k + 1 < s1 && person_at(c, k + 1, NULL) >= 0))
			break;
		size_t e;
		int p = person_at(c, k, &e);
		if (p >= 0) {
			if (!have || nkg_s_coordinated_gap(c, last_end, k)) {
				plist_add(out, p);
				have = 1;
				last_end = e;
				k = e - 1;
				limit += 6;
				continue;
			}
			break;
		}
		if (have && !nkg_s_coordinated_gap(c, last_end, k + 1) &&
		    !nkg_lang_in(c->l->coord, FOLD(c, k)))
			break;
		const char *f = FOLD(c, k);
		int mi = mention_at(c, k);
		if (!have && mi >= 0 && c->ms->m[mi].kind == NKG_M_TITLE) {
			size_t q = c->ms->m[mi].tok1;
			while (q < s1 && q < c->ms->m[mi].tok1 + 8 && !is_punct(c, q, ",") &&
			       !hard_boundary(c, q) && person_at(c, q, NULL) < 0)
				q++;
			if (q < s1 && is_punct(c, q, ",")) {
				k = q;
				limit += q - from;
				continue;
			}
		}
		if (!have && mi < 0 && !nkg_lang_in(c->l->determiners, f) &&
		    !nkg_lang_in(c->l->title_links, f) && !is_punct(c, k, ",") &&
		    !nkg_lang_in(c->l->org_cue_before, f) && !possessive_at(c, k) &&
		    !(TOK(c, k)->flags & NKG_TOK_NUM) && !nkg_lang_in(c->l->inclusion, f) &&
		    !nkg_lang_in(c->l->former, f) && !nkg_lang_in(c->l->new_words, f) &&
		    !nkg_lang_in(c->l->possessive_before, f) &&
		    !nkg_lang_in(c->l->person_cue_before, f) && /* "Dr.", "Mme" */
		    k > from + slack)
			break;
	}
}

void nkg_s_persons_after(const sctx *c, size_t from, size_t limit, plist *out)
{
	nkg_s_persons_after_slack(c, from, limit, 2, out);
}

/* "le groupe", "the company", "son poste": the organisation the story is
 * at — that of the latest move told so far, else the article's main one. */

/* Whether event ev's trigger opens an apposition to its person: right
 * after the person's name and a comma or a dash ("X, nommé président de
 * Y, ..."), in any sentence so far. */
static int told_in_passing(const sctx *c, const nkg_stmt_event *ev)
{
	size_t t = ev->trig_tok;
	const nkg_sentence *s = &c->doc->sents[ev->sent];
	if (t < s->tok0 + 2 || !(TOK(c, t - 1)->flags & NKG_TOK_PUNCT) ||
	    (strcmp(FOLD(c, t - 1), ",") && strcmp(FOLD(c, t - 1), "-")))
		return 0;
	for (size_t mi = c->ms->by_sent[ev->sent]; mi < c->ms->by_sent[ev->sent + 1]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		if (m->tok1 == t - 1 && m->kind == NKG_M_NAME && m->chain == ev->person)
			return 1;
	}
	return 0;
}

int nkg_s_discourse_org(const sctx *c)
{
	/* in an article of one story per paragraph, the paragraph's */
	int t = nkg_s_topic_org(c);
	if (t >= 0 && t != c->ms->main_org)
		return t;
	/* A move told as background ("avait pris la tête de PSA en 2014")
	 * is not where the story is: skip moves dated two years or more
	 * before the latest dated one. */
	int latest = 0;
	for (size_t i = 0; i < c->st->n_events; i++)
		if (c->st->events[i].date[0] && atoi(c->st->events[i].date) > latest)
			latest = atoi(c->st->events[i].date);
	for (size_t i = c->st->n_events; i-- > 0;) {
		const nkg_stmt_event *ev = &c->st->events[i];
		if (ev->org < 0 || ev->sent > c->si)
			continue;
		if (ev->date[0] && atoi(ev->date) + 1 < latest)
			continue;
		/* (nor a move told in passing, in an apposition to its
		 * person: "M. Salle - nommé président de Foncia - ...",
		 * "X, nommé président de Y," in a story about Z) */
		if (told_in_passing(c, ev))
			continue;
		return ev->org;
	}
	return c->ms->main_org;
}

/* Fills topic[para] with the organisation each paragraph opens with (-1
 * for none) when the article is a roundup, else with -1 throughout.  Once
 * per article: nkg_s_topic_org() reads it. */
void nkg_s_find_topics(const nkg_doc *d, const nkg_mentions *ms, int *topic, size_t n_paras)
{
	int seen[8];
	size_t leads = 0, paras = 0, led = 0;
	for (size_t p = 0; p < n_paras; p++)
		topic[p] = -1;
	for (size_t si = 0; si < d->n_sents; si++) {
		/* only paragraphs' first sentences, a list item's number
		 * ("1.") aside */
		size_t prev = si;
		while (prev > 0 && d->sents[prev - 1].para == d->sents[si].para &&
		       d->sents[prev - 1].tok1 - d->sents[prev - 1].tok0 <= 2)
			prev--;
		if (prev && d->sents[prev - 1].para == d->sents[si].para)
			continue;
		if (d->sents[si].tok1 - d->sents[si].tok0 <= 2)
			continue;
		int lead = -1;
		for (size_t mi = ms->by_sent[si]; mi < ms->by_sent[si + 1]; mi++) {
			const nkg_mention *m = &ms->m[mi];
			if (m->tok0 > d->sents[si].tok0 + 6)
				break;
			if (m->kind == NKG_M_NAME && m->chain >= 0 &&
			    ms->chains[m->chain].type == NKG_NT_ORG) {
				lead = m->chain;
				break;
			}
		}
		/* (distinct organisations, most paragraphs: an article whose
		 * paragraphs keep opening on its one company, or a few that
		 * open on another, is no roundup) */
		paras++;
		led += lead >= 0;
		int dup = 0;
		for (size_t i = 0; i < leads && i < 8; i++)
			dup |= seen[i] == lead;
		if (lead >= 0 && !dup && leads < 8)
			seen[leads++] = lead;
		topic[d->sents[si].para] = lead;
	}
	if (!(leads >= 3 && 2 * led >= paras))
		for (size_t p = 0; p < n_paras; p++)
			topic[p] = -1;
}

/* The organisation a move or title with none of its own belongs to: in a
 * roundup, the one its paragraph opens with; else the article's. */
int nkg_s_topic_org(const sctx *c)
{
	int t = c->topic ? c->topic[c->s->para] : -1;
	return t >= 0 ? t : c->ms->main_org;
}

/* "Au CHU de Brest, X devient directrice générale", "At Siemens, he
 * headed ...": an organisation fronted before a comma is where what the
 * sentence tells happens.  -1 if none. */
int nkg_s_fronted_org(const sctx *c)
{
	size_t j = c->s->tok0, e;
	if (j + 2 >= c->s->tok1 || !(nkg_lang_in(c->l->title_links, FOLD(c, j)) ||
				     nkg_lang_in(c->l->org_links, FOLD(c, j)) ||
				     nkg_lang_in(c->l->place_preps, FOLD(c, j))))
		return -1;
	/* ("Dans le Cantal,": over an article) */
	if (j + 3 < c->s->tok1 && nkg_lang_in(c->l->definite_articles, FOLD(c, j + 1)))
		j++;
	int o = org_at(c, j + 1, &e);
	/* (over a department's number: "En Haute-Loire (43),") */
	if (o >= 0 && e + 3 < c->s->tok1 && is_punct(c, e, "(") && (TOK(c, e + 1)->flags & NKG_TOK_NUM) &&
	    is_punct(c, e + 2, ")"))
		e += 3;
	return o >= 0 && e < c->s->tok1 && is_punct(c, e, ",") ? o : -1;
}

/* The organisation named right before the subject of the verb ending
 * before k, with at most a title between: "Corbin Vale Health Tomasz
 * Brzezinski left", "MetroWest Medical Center CEO Ava Collins resigned".
 * -1 if none. */
static int subject_org(const sctx *c, size_t k)
{
	for (size_t b = k; b-- > c->s->tok0;) {
		int mi = c->at[b - c->s->tok0];
		if (mi < 0)
			continue;
		const nkg_mention *m = &c->ms->m[mi];
		if (m->kind != NKG_M_NAME || m->chain < 0 ||
		    c->ms->chains[m->chain].type != NKG_NT_PERSON) {
			b = m->tok0;
			continue;
		}
		size_t q = m->tok0;
		if (q > c->s->tok0 && title_at(c, q - 1) >= 0)
			q = c->ms->m[title_at(c, q - 1)].tok0;
		if (q > c->s->tok0) {
			int oi = c->at[q - 1 - c->s->tok0];
			if (oi >= 0 && c->ms->m[oi].tok1 == q)
				return org_at(c, c->ms->m[oi].tok0, NULL);
		}
		return -1;
	}
	return -1;
}

/* "A Winterthour, un Français est entré chez Sulzer. X a pris le relais
 * du directeur financier Y": a sentence naming no organisation, right
 * after one of its paragraph that names one and only one and no person,
 * is at that one.  -1 if not so. */
int nkg_s_previous_sentence_org(const sctx *c)
{
	if (c->si == 0 || c->doc->sents[c->si - 1].para != c->s->para ||
	    nkg_s_any_org_in_sentence(c, c->s->tok0) >= 0)
		return -1;
	int org = -1;
	for (size_t mi = c->ms->by_sent[c->si - 1]; mi < c->ms->by_sent[c->si]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		if (m->kind != NKG_M_NAME || m->chain < 0)
			continue;
		/* (a sentence that sets the scene, naming no one: one
		 * that tells of people names where they were too) */
		if (c->ms->chains[m->chain].type == NKG_NT_PERSON)
			return -1;
		if (c->ms->chains[m->chain].type != NKG_NT_ORG)
			continue;
		if (org >= 0 && org != m->chain)
			return -1;
		org = m->chain;
	}
	return org;
}

/* Whether the clause before trig is "PERSON, apposition," : the verb
 * right after a comma that closes an apposition opened right after a
 * person's name ("X, président du réseau Y, en assurera la présidence"). */
int nkg_s_in_subject_apposition(const sctx *c, size_t trig)
{
	size_t q = trig;
	while (q > c->s->tok0 && !is_punct(c, q - 1, ",") && trig - q < 3)
		q--;
	if (q <= c->s->tok0 || !is_punct(c, q - 1, ","))
		return 0;
	/* the opening comma, with no verb's clause between */
	for (size_t b = q - 1; b-- > c->s->tok0 + 1 && q - b < 30;) {
		if (hard_boundary(c, b) && !is_punct(c, b, "(") && !is_punct(c, b, ")"))
			return 0;
		if (is_punct(c, b, ","))
			return person_before_tok(c, b) >= 0;
	}
	return 0;
}

/* "the company", "le groupe" as the subject before a verb. */
int nkg_s_anaphor_before(const sctx *c, size_t trig)
{
	for (size_t k = trig, n = 0; k-- > c->s->tok0 && n < 4; n++) {
		if (hard_boundary(c, k) || is_punct(c, k, ","))
			return 0;
		size_t m = nkg_doc_match_list(c->doc, k, trig, c->l->governing_bodies);
		if (m && nkg_lang_in(c->l->determiners, FOLD(c, k)))
			return 1;
	}
	return 0;
}

/* Whether the name at k follows an alumni phrase ("ancien du BCG", "a
 * veteran of X"): an organisation the person used to work at. */
static int after_alumni(const sctx *c, size_t k)
{
	int mi = mention_at(c, k);
	return mi >= 0 && (c->ms->m[mi].flags & NKG_MF_ALUMNI);
}

int nkg_s_org_before(const sctx *c, size_t trig)
{
	for (size_t k = trig; k-- > c->s->tok0;) {
		k = nkg_s_skip_relative_back(c, k);
		if (hard_boundary(c, k))
			break;
		/* ("l'homme fort du club - et désormais aussi de la
		 * fédération - avait nommé ..."): an aside between dashes
		 * is not the clause's */
		if (dash_at(c, k)) {
			size_t q = k;
			while (q-- > c->s->tok0 && q + 25 > k && !dash_at(c, q) && !hard_boundary(c, q))
				;
			if (q < k && q >= c->s->tok0 && dash_at(c, q)) {
				k = q;
				continue;
			}
		}
		if (nkg_lang_in(c->l->relative, FOLD(c, k))) {
			/* "X, which was founded": the antecedent. */
			size_t j = k;
			if (j > c->s->tok0 && is_punct(c, j - 1, ","))
				j--;
			if (j > c->s->tok0) {
				int mi = mention_at(c, j - 1);
				if (mi >= 0)
					return org_at(c, c->ms->m[mi].tok0, NULL);
			}
			break;
		}
		if (nkg_lang_in(c->l->clause_open, FOLD(c, k)))
			break;
		int o = org_at(c, k, NULL);
		if (o >= 0 && after_alumni(c, k))
			continue; /* "X, ancien du BCG, a été élu" */
		if (o >= 0) {
			/* "lured X away from Oracle to become its CTO": the
			 * company one comes from is not the one one joins. */
			size_t t0 = c->ms->m[mention_at(c, k)].tok0, len;
			int from = 0;
			for (size_t j = t0 > c->s->tok0 + 4 ? t0 - 4 : c->s->tok0; j < t0 && !from; j++)
				from = (len = nkg_doc_match_list(c->doc, j, c->s->tok1, c->l->origin_words)) &&
				       j + len == t0;
			if (!from)
				return o;
			k = t0;
		}
	}
	return -1;
}

/* "of Detroit-based Henry Ford Health", "of Louisville, Ky.-based
 * ScionHealth": the token after the modifier that says where the
 * organisation is based, if one comes within a few tokens of k; else k. */
size_t nkg_s_past_based(const sctx *c, size_t k)
{
	/* ("of Civicus, the Johannesburg-based alliance": an organisation
	 * already at k is the one; the based-phrase after its comma is an
	 * apposition about it) */
	if (org_at(c, k, NULL) >= 0)
		return k;
	for (size_t q = k; q < c->s->tok1 && q < k + 4; q++) {
		if (nkg_lang_ends_in(c->l->modifier_endings, FOLD(c, q), 2))
			return q + 1;
		if (hard_boundary(c, q))
			break;
	}
	return k;
}

/* The name at k follows a word for an opponent: "contre Millau",
 * "against the Rovers". */
static int opponent_before(const sctx *c, size_t k)
{
	for (size_t b = k, n = 0; b > c->s->tok0 && n < 3; b--, n++)
		if (nkg_doc_match_list(c->doc, b - 1, k, c->l->opponent_words) == k - (b - 1) ||
		    (n == 0 && b >= c->s->tok0 + 2 && nkg_lang_in(c->l->determiners, FOLD(c, b - 1)) &&
		     nkg_doc_match_list(c->doc, b - 2, k - 1, c->l->opponent_words)))
			return 1;
	return 0;
}

/* The organisation after position k: a name, or "le conseil
 * d'administration" / "l'entreprise" standing for the article's main one.
 * *explicit tells which. */
int nkg_s_org_after(const sctx *c, size_t k, size_t limit, int *explicit_org)
{
	*explicit_org = 0;
	for (size_t j = k; j < c->s->tok1 && j < k + limit; j++) {
		if (hard_boundary(c, j))
			break;
		/* ", previously a partner at McKinsey,": an apposition about
		 * someone's past, skipped. */
		if (is_punct(c, j, ",")) {
			size_t q = j + 1;
			/* ", lui-même écarté par Dax", ", himself sacked by
			 * X": the clause tells the person's past */
			if (q < c->s->tok1 && nkg_lang_in(c->l->emphatics, FOLD(c, q)))
				break;
			/* "succeeds X, who retired in 2019, as chairman of Y":
			 * a relative clause about the person, between commas,
			 * is walked over */
			if (q < c->s->tok1 && nkg_lang_in(c->l->relative, FOLD(c, q)) && j > k &&
			    person_before_tok(c, j) >= 0) {
				size_t r = q + 1;
				while (r < c->s->tok1 && r < q + 12 && !is_punct(c, r, ",") && !hard_boundary(c, r))
					r++;
				if (r < c->s->tok1 && is_punct(c, r, ",")) {
					j = r;
					limit += r - q + 1;
					continue;
				}
				/* ("a choisi X, qui dirigeait jusqu'ici Y.": one
				 * that closes the sentence names no place of the
				 * move) */
				break;
			}
			while (q < c->s->tok1 && (nkg_lang_in(c->l->apposition_adverbs, FOLD(c, q)) ||
						  nkg_lang_in(c->l->determiners, FOLD(c, q)) ||
						  nkg_lang_in(c->l->former, FOLD(c, q))))
				q++;
			/* (", directeur adjoint de Y," right after the
			 * person: what the person is now, not the move's
			 * place) */
			int pm = j > c->s->tok0 ? mention_at(c, j - 1) : -1;
			int after_person = pm >= 0 && c->ms->m[pm].kind == NKG_M_NAME &&
					   person_at(c, c->ms->m[pm].tok0, NULL) >= 0;
			if ((q > j + 1 || after_person) && q < c->s->tok1 && title_at(c, q) >= 0) {
				while (q < c->s->tok1 && !is_punct(c, q, ",") && !hard_boundary(c, q))
					q++;
				j = q;
				limit += 8;
				continue;
			}
		}
		/* "has resigned to become chief executive of X": X is where
		 * the next move goes. */
		if (nkg_doc_match_list(c->doc, j, c->s->tok1, c->l->purpose))
			break;
		size_t oe;
		int o = org_at(c, j, &oe);
		/* ("après la défaite contre Millau": who was played) */
		if (o >= 0 && opponent_before(c, j)) {
			j = oe - 1;
			continue;
		}
		/* (", affirme Portzamparc": who says it, not where) */
		if (o >= 0 && j > c->s->tok0 && nkg_lang_in(c->l->reporting_verbs, FOLD(c, j - 1)))
			break;
		if (o >= 0) {
			*explicit_org = 1;
			return o;
		}
		if (person_at(c, j, NULL) >= 0 && j > k)
			break;
		size_t gb = nkg_doc_match_list(c->doc, j, c->s->tok1, c->l->governing_bodies);
		if (gb) {
			/* "le groupe Engie", "le groupe public France Médias
			 * Monde": the organisation named right after (a
			 * lower-case word or two between) */
			int named = -1;
			/* (over link words: "the board of trustees of the
			 * Metropolitan Museum of Art") */
			for (size_t r = j + gb; r < c->s->tok1 && r < j + gb + 6 && named < 0; r++) {
				named = org_at(c, r, NULL);
				if (named < 0 && (TOK(c, r)->flags & (NKG_TOK_CAP | NKG_TOK_PUNCT | NKG_TOK_NUM)))
					break;
			}
			if (named >= 0) {
				*explicit_org = 1;
				return named;
			}
			/* "the board of Kestrel Foods", "le conseil de X" */
			size_t q = j + gb;
			/* "ses fonctions de PDG de Veolia Eau", "his role as
			 * president and CEO of Henry Ford Health" */
			size_t asl = q < c->s->tok1 ? nkg_doc_match_list(c->doc, q, c->s->tok1, c->l->as_words) : 0;
			if (q + 2 < c->s->tok1 && (nkg_lang_in(c->l->title_links, FOLD(c, q)) || asl) &&
			    title_at(c, q + (asl ? asl : 1)) >= 0) {
				q = c->ms->m[title_at(c, q + (asl ? asl : 1))].tok1;
				while (q + 1 < c->s->tok1 && nkg_lang_in(c->l->coord, FOLD(c, q)) &&
				       title_at(c, q + 1) >= 0)
					q = c->ms->m[title_at(c, q + 1)].tok1;
			}
			if (q + 1 < c->s->tok1 && nkg_lang_in(c->l->title_links, FOLD(c, q))) {
				size_t o0 = q + 1;
				if (o0 < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, o0)))
					o0++;
				o0 = nkg_s_past_based(c, o0);
				/* "le groupe de cosmétiques Lumessence": a few
				 * lower-case words before the name */
				for (size_t r = o0; r < c->s->tok1 && r < o0 + 3; r++) {
					int o = org_at(c, r, NULL);
					if (o >= 0) {
						*explicit_org = 1;
						return o;
					}
					if (TOK(c, r)->flags & (NKG_TOK_CAP | NKG_TOK_PUNCT | NKG_TOK_NUM))
						break;
				}
			}
			/* "Corbin Vale Health Tomasz Brzezinski left his post":
			 * the organisation named with the subject */
			int so = subject_org(c, k);
			return so >= 0 ? so : nkg_s_discourse_org(c);
		}
		/* "the Copenhagen start-up", "la société": a determiner, at
		 * most two qualifiers, a word for a company. */
		if (nkg_lang_in(c->l->determiners, FOLD(c, j))) {
			for (size_t q = j + 1; q < c->s->tok1 && q <= j + 3; q++) {
				/* ("the World Bank": the word is the name's) */
				if (org_at(c, q, NULL) >= 0)
					break;
				if (nkg_lang_in(c->l->org_cue_before, FOLD(c, q))) {
					/* "la start-up nantaise Lumenfield": named;
					 * "the European business of ... ABB": named
					 * a little further. */
					size_t reach = q + 3;
					if (q + 1 < c->s->tok1 && nkg_lang_in(c->l->title_links, FOLD(c, q + 1)))
						reach = q + 6;
					for (size_t r = q + 1; r < c->s->tok1 && r <= reach; r++) {
						int o = org_at(c, r, NULL);
						if (o >= 0) {
							*explicit_org = 1;
							return o;
						}
					}
					/* "to join a start-up": some company, not
					 * the story's */
					if (nkg_lang_in(c->l->indefinites, FOLD(c, j)))
						return -2;
					int o = nkg_s_discourse_org(c);
					*explicit_org = o >= 0;
					return o;
				}
				if (hard_boundary(c, q) || is_punct(c, q, ","))
					break;
			}
		}
	}
	return -2;
}

/* "joins Y from X", "rejoint Y en provenance de X": the organisation X
 * someone comes from, named within a few words of the move, or -1. */
int nkg_s_origin_org(const sctx *c, size_t k)
{
	for (size_t j = k; j < c->s->tok1 && j < k + 10; j++) {
		size_t len;
		if (hard_boundary(c, j) || (is_punct(c, j, ",") && j > k))
			break;
		if ((len = nkg_doc_match_list(c->doc, j, c->s->tok1, c->l->origin_words))) {
			int x;
			int o = nkg_s_org_after(c, j + len, 5, &x);
			return o >= 0 ? o : -1;
		}
	}
	return -1;
}

/* Whether the sentence names organisation org. */
int nkg_s_named_in_sentence(const sctx *c, int org)
{
	for (size_t k = c->s->tok0; org >= 0 && k < c->s->tok1; k++)
		if (org_at(c, k, NULL) == org)
			return 1;
	return 0;
}

/* The name at k is a post's remit: "en charge de LCL", "in charge of
 * Asia" (an article may come between). */
static int after_remit(const sctx *c, size_t k)
{
	for (size_t b = k, n = 0; b > c->s->tok0 && n < 5; b--, n++) {
		size_t m = nkg_doc_match_list(c->doc, b - 1, k, c->l->remit_phrases);
		if (m && (b - 1 + m == k ||
			  (b - 1 + m + 1 == k && nkg_lang_in(c->l->determiners, FOLD(c, k - 1)))))
			return 1;
	}
	return 0;
}

/* Is the organisation at k only the source of the news ("selon Reuters",
 * "according to Bloomberg", a media outlet)? */
int nkg_s_is_source(const sctx *c, size_t k)
{
	int mi = mention_at(c, k);
	if (mi >= 0 && c->ms->m[mi].gaz && c->ms->m[mi].gaz->type == NKG_GAZ_MEDIA)
		return 1;
	/* (four words back: "selon un communiqué du PMU") */
	for (size_t b = k, n = 0; b-- > c->s->tok0 && n < 4; n++) {
		const char *f = FOLD(c, b);
		if (nkg_doc_match_list(c->doc, b, k, c->l->source_words) ||
		    nkg_lang_in(c->l->reporting_verbs, f))
			return 1;
	}
	/* "..., CTV News has learned", "Reuters reported": the subject of
	 * a reporting verb (an auxiliary between) */
	if (mi >= 0) {
		for (size_t a = c->ms->m[mi].tok1, n = 0; a < c->s->tok1 && n < 2; a++, n++) {
			if (nkg_lang_in(c->l->reporting_verbs, FOLD(c, a)))
				return 1;
			if (!nkg_lang_in(c->l->perfect_aux, FOLD(c, a)))
				break;
		}
	}
	return 0;
}

int nkg_s_any_org_in_sentence(const sctx *c, size_t near)
{
	int best = -1;
	size_t bestd = (size_t)-1;
	for (size_t k = c->s->tok0; k < c->s->tok1; k++) {
		size_t e;
		int o = org_at(c, k, &e);
		if (o < 0)
			continue;
		if (nkg_s_is_source(c, k)) {
			k = e - 1;
			continue;
		}
		/* (nor one the person used to work at: "ancien du BCG";
		 * nor a post's remit: "en charge de LCL") */
		if (after_alumni(c, k) || after_remit(c, k)) {
			k = e - 1;
			continue;
		}
		size_t d = k > near ? k - near : near - k;
		if (d < bestd) {
			bestd = d;
			best = o;
		}
		k = e - 1;
	}
	return best;
}

/* newskg — roles from titles and appositions ("X, PDG de Y"), role
 * verbs ("dirige Y"), lists of holders, and posts held over a span (see
 * statements.h). */
#include "statements_int.h"

/* ---- roles ------------------------------------------------------------ */

/* Organisation of the title mention tm: "PDG de Microsoft", "vice-présidente
 * des affaires mondiales d'OpenAI", "Microsoft CEO", "Microsoft's CEO";
 * titles coordinated with it share it ("cofondateur et ancien PDG de
 * Twitch").  Returns -2 when none is named; *end gets the last token. */
static int where_antecedent(const sctx *c, size_t k);

/* A title's organisation said as an anaphor ("de l'entreprise"): the
 * story's (-3), unless a where-clause before the title names it (wo). */
static int story_or_where(int wo, int *explicit_org)
{
	if (wo < 0)
		return -3;
	*explicit_org = 1;
	return wo;
}

int nkg_s_title_org(const sctx *c, size_t tm, int *explicit_org, size_t *end)
{
	const nkg_mention *t = &c->ms->m[tm];
	size_t k = t->tok1, s1 = c->s->tok1;
	int wo = where_antecedent(c, t->tok0);
	*explicit_org = 0;
	*end = k;
	/* "Lumen Health President and CEO John Smith": the second of two
	 * coordinated titles has the first's organisation */
	if (t->tok0 > c->s->tok0 + 1 && nkg_lang_in(c->l->coord, FOLD(c, t->tok0 - 1)) &&
	    title_at(c, t->tok0 - 2) >= 0 && (size_t)title_at(c, t->tok0 - 2) != tm) {
		int e2 = 0;
		size_t end2;
		int o = nkg_s_title_org(c, (size_t)title_at(c, t->tok0 - 2), &e2, &end2);
		if (o >= 0 && e2) {
			*explicit_org = 1;
			return o;
		}
	}
	/* English: "Microsoft CEO", "Microsoft's chief executive", "the
	 * agency's acting administrator". */
	if (t->tok0 > c->s->tok0) {
		size_t b = t->tok0 - 1;
		while (b > c->s->tok0 + 1 && (nkg_lang_in(c->l->interim_before, FOLD(c, b)) ||
					      nkg_lang_in(c->l->new_words, FOLD(c, b)) ||
					      nkg_lang_in(c->l->former, FOLD(c, b))) &&
		       possessive_at(c, b - 1))
			b--;
		if (possessive_at(c, b) && b > c->s->tok0)
			b--;
		int mi = mention_at(c, b);
		/* "Georgetown University finance professor James Angel": one
		 * lower-case qualifier between */
		if (mi < 0 && b > c->s->tok0 && (TOK(c, b)->flags & NKG_TOK_WORD) &&
		    !(TOK(c, b)->flags & NKG_TOK_CAP) && !nkg_lang_in(c->l->stopwords, FOLD(c, b)) &&
		    t->tok1 < c->s->tok1 && person_at(c, t->tok1, NULL) >= 0)
			mi = mention_at(c, b - 1);
		if (mi >= 0) {
			int o = org_at(c, c->ms->m[mi].tok0, NULL);
			if (o >= 0 && !strcmp(c->l->code, "en")) {
				*explicit_org = 1;
				return o;
			}
		}
	}
	/* Coordinated titles: skip "et ancien PDG". */
	for (;;) {
		size_t j = k;
		if (j < s1 && nkg_lang_in(c->l->coord, FOLD(c, j))) {
			j++;
			while (j < s1 && (nkg_lang_in(c->l->former, FOLD(c, j)) ||
					  nkg_lang_in(c->l->new_words, FOLD(c, j)) ||
					  nkg_lang_in(c->l->determiners, FOLD(c, j))))
				j++;
			int t2 = title_at(c, j);
			if (t2 >= 0) {
				k = c->ms->m[t2].tok1;
				continue;
			}
		}
		break;
	}
	/* The title's own last word may be the link ("head of"). */
	int link_in_title = nkg_lang_in(c->l->title_links, FOLD(c, t->tok1 - 1));
	for (size_t j = k, n = 0; j < s1 && n < 8; j++, n++) {
		const char *f = FOLD(c, j);
		if (hard_boundary(c, j) || is_punct(c, j, ","))
			break;
		/* "directeur général délégué en charge de LCL": the remit, a
		 * part of the organisation, not where the post is */
		if (nkg_doc_match_list(c->doc, j, s1, c->l->remit_phrases))
			break;
		if (person_at(c, j, NULL) >= 0 || title_at(c, j) >= 0)
			break;
		int is_link = nkg_lang_in(c->l->title_links, f);
		if (is_link || (link_in_title && j == k)) {
			size_t o0 = is_link ? j + 1 : j;
			if (o0 < s1 && nkg_lang_in(c->l->determiners, FOLD(c, o0)))
				o0++;
			o0 = nkg_s_past_based(c, o0);
			/* "de la filiale Veltrane Énergie", "of chip designer X",
			 * "of telecoms operator Telvanta" */
			for (size_t q = o0; q < s1 && q < o0 + 4; q++) {
				if (org_at(c, q, NULL) >= 0) {
					o0 = q;
					break;
				}
				if (TOK(c, q)->flags & (NKG_TOK_CAP | NKG_TOK_PUNCT | NKG_TOK_NUM))
					break;
			}
			size_t oe;
			int o = org_at(c, o0, &oe);
			if (o >= 0) {
				*explicit_org = 1;
				*end = oe;
				return o;
			}
			if (o0 < s1 && o0 == (is_link ? j + 1 : j) + (nkg_lang_in(c->l->determiners, FOLD(c, is_link ? j + 1 : j)) ? 1 : 0) &&
			    nkg_lang_in(c->l->org_cue_before, FOLD(c, o0)) &&
			    !(TOK(c, o0)->flags & NKG_TOK_CAP)) {
				size_t e2 = o0 + 1;
				while (e2 < s1 && e2 < o0 + 4 && !(TOK(c, e2)->flags & (NKG_TOK_PUNCT | NKG_TOK_CAP)))
					e2++;
				*end = e2;
				return story_or_where(wo, explicit_org); /* "du groupe audiovisuel public" */
			}
			if (nkg_doc_match_list(c->doc, is_link ? j + 1 : j, s1, c->l->governing_bodies)) {
				*end = j + 1 + nkg_doc_match_list(c->doc, j + 1, s1, c->l->governing_bodies);
				return story_or_where(wo, explicit_org); /* "de l'entreprise" */
			}
			if (is_link && nkg_doc_match_list(c->doc, j + 1, s1, c->l->org_anaphors)) {
				*end = j + 1 + nkg_doc_match_list(c->doc, j + 1, s1, c->l->org_anaphors);
				return story_or_where(wo, explicit_org); /* "de l'institution publique" */
			}
		}
	}
	/* "joins from Nordkapp Shipping, where she was chief operating
	 * officer": the organisation the relative clause is about. */
	if (wo >= 0) {
		*explicit_org = 1;
		return wo;
	}
	/* "a member of the Board of Directors": the body the title names,
	 * in capitals as a press release writes its own, is the story's
	 * organisation's, as "de l'institution" is */
	for (size_t q = t->tok0 + 1; q + 2 < t->tok1; q++)
		if ((TOK(c, q)->flags & NKG_TOK_CAP) && (TOK(c, t->tok1 - 1)->flags & NKG_TOK_CAP) &&
		    nkg_doc_match_list(c->doc, q, t->tok1, c->l->governing_bodies) == t->tok1 - q)
			return -3;
	return -2;
}

/* The comma at cm closes an age in apposition ("X, 58 ans, directeur",
 * "X, 53, was"): the comma that opens it, else cm. */
static size_t age_aside(const sctx *c, size_t cm)
{
	if (cm < c->s->tok0 + 3)
		return cm;
	size_t q = cm - 1;
	if (!(TOK(c, q)->flags & NKG_TOK_NUM))
		q--; /* "48 ans" */
	if ((TOK(c, q)->flags & NKG_TOK_NUM) && q > c->s->tok0 && is_punct(c, q - 1, ","))
		return q - 1;
	return cm;
}

/* The person whose apposition token k is in: "X, T1 of A and T2 of
 * B" with k at "and".  Back to the comma that follows X's name, over
 * titles and plain words only (no verb of a move, no other name, no
 * relative pronoun, no other comma). */
static int apposition_head(const sctx *c, size_t k)
{
	for (size_t b = k; b-- > c->s->tok0 + 1;) {
		/* ("LSU's law school": the possessive is no boundary) */
		if (hard_boundary(c, b) && !possessive_at(c, b))
			return -1;
		if (is_punct(c, b, ",")) {
			return person_before_tok(c, b);
		}
		if (title_at(c, b) < 0 && (person_at(c, b, NULL) >= 0 ||
			 nkg_lang_trigger_word(c->l, FOLD(c, b), -1, 0) ||
			 nkg_lang_in(c->l->relative, FOLD(c, b))))
			return -1;
	}
	return -1;
}

/* "28th", "3rd", "12e", "1er": an ordinal before a title ("its 28th
 * president"). */
static int ordinal(const char *f)
{
	size_t d = 0;
	while (f[d] >= '0' && f[d] <= '9')
		d++;
	return d > 0 && d < 4 && f[d] && strlen(f + d) <= 3 && !strchr(f + d, ' ');
}

/* Whether a name follows title t (or its organisation): "CEO Jane Doe",
 * "chairman of X, Sir Y": the title is that person's. */
static int named_after_title(const sctx *c, const nkg_mention *t, int org, size_t oend)
{
	size_t j = org >= 0 ? oend : t->tok1;
	if (j < c->s->tok1 && is_punct(c, j, ","))
		j++;
	return j < c->s->tok1 && person_at(c, j, NULL) >= 0;
}

/* The person of a list of posts: "senior vice president of A, vice
 * president of B and founder of C" with k at a separator (the caller
 * checks the title after it has no determiner: "journaliste à X, le
 * dirigeant" opens another noun phrase); the title
 * before it (over its complement: links, organisations, lower-case
 * words, no verb, no name) made a role in this sentence, and its person
 * is the list's.  -1 when none. */
static int list_head(const sctx *c, size_t k)
{
	for (size_t b = k; b-- > c->s->tok0;) {
		int tm = title_at(c, b);
		if (tm >= 0) {
			for (size_t i = c->st->n_roles; i-- > c->role0;)
				if (c->st->roles[i].sent == c->si && c->st->roles[i].title_m == (size_t)tm)
					return c->st->roles[i].person;
			return -1;
		}
		int mb = mention_at(c, b);
		if (hard_boundary(c, b) || is_punct(c, b, ",") || person_at(c, b, NULL) >= 0 ||
		    (mb >= 0 && c->ms->m[mb].kind == NKG_M_PRONOUN) ||
		    (mb < 0 && (TOK(c, b)->flags & NKG_TOK_CAP)) ||
		    nkg_lang_trigger_word(c->l, FOLD(c, b), -1, 0) ||
		    nkg_lang_in(c->l->relative, FOLD(c, b)))
			return -1;
	}
	return -1;
}

/* Title t is a chief's of a part of the organisation, not of the whole:
 * "le patron des activités de défense", "le patron des réseaux de banque
 * de détail", "chief executive of the consumer division": a head's. */
static int division_title(const sctx *c, const nkg_mention *t)
{
	size_t q = t->tok1;
	if (strcmp(t->role, "ceo") || q + 1 >= c->s->tok1 ||
	    !nkg_lang_in(c->l->title_links, FOLD(c, q)))
		return 0;
	q++;
	if (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
		q++;
	/* (a word for a part: "activités", "réseaux", "the consumer
	 * division", a qualifier or two before it) */
	for (size_t e = q; e < c->s->tok1 && e < q + 3; e++) {
		if (TOK(c, e)->flags & (NKG_TOK_CAP | NKG_TOK_PUNCT | NKG_TOK_NUM))
			return 0;
		if (nkg_lang_in(c->l->division_words, FOLD(c, e)))
			return 1;
	}
	return 0;
}

/* Title t is said new: "le nouveau patron", "the new chief executive"
 * (a determiner, an ordinal or a possessive may come before). */
static int new_title(const sctx *c, const nkg_mention *t)
{
	for (size_t b = t->tok0, n = 0; b > c->s->tok0 && n < 3; b--, n++)
		if (nkg_lang_in(c->l->novelty_words, FOLD(c, b - 1)))
			return 1;
	return 0;
}

/* The organisation that opens the sentence as its subject ("Halden
 * Corp. has hired ..."), if it comes before k; else -1. */
static int subject_org_at_start(const sctx *c, size_t k)
{
	/* ("Le quotidien américain Washington Post a annoncé que son
	 * ...": over a word for its kind and a qualifier) */
	for (size_t q = c->s->tok0; q < c->s->tok1 && q < c->s->tok0 + 5 && q < k; q++) {
		int mi = mention_at(c, q);
		if (mi < 0)
			continue;
		/* (not the medium that reports it: "The Times reported
		 * that Halden hired X as its CTO"; but "Acme said on Friday
		 * that its CFO", "le Washington Post a annoncé que son
		 * rédacteur en chef": a speaker, no other name between,
		 * speaks of itself) */
		if (c->ms->m[mi].kind != NKG_M_NAME)
			return -1;
		if (nkg_s_is_source(c, c->ms->m[mi].tok0)) {
			for (size_t r = c->ms->m[mi].tok1; r < k; r++)
				if (org_at(c, r, NULL) >= 0 || person_at(c, r, NULL) >= 0)
					return -1;
		}
		return org_at(c, c->ms->m[mi].tok0, NULL);
	}
	return -1;
}

/* Whether title mention t is a minister's ("ministre"): the first of
 * the language's ministries pairs. */
static int minister_title(const sctx *c, const nkg_mention *t)
{
	for (size_t i = 0; c->l->ministries && c->l->ministries[i] && c->l->ministries[i + 1]; i += 2)
		if (t->tok1 == t->tok0 + 1 && !strcmp(FOLD(c, t->tok0), c->l->ministries[i]))
			return 1;
	return 0;
}

int nkg_s_roles_for(sctx *c)
{
	const nkg_mentions *ms = c->ms;
	int rc;

	for (size_t mi = ms->by_sent[c->si]; mi < ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *t = &ms->m[mi];
		int person = -1, expl = 0, org;
		size_t oend, k;
		float conf = 0.85f;

		if (t->kind != NKG_M_TITLE)
			continue;
		org = nkg_s_title_org(c, mi, &expl, &oend);
		if (org < 0 || !expl) {
			/* "Vexa Motors ousted its chief financial officer":
			 * "its"/"son" stands for the organisation before. */
			size_t b = t->tok0;
			while (b > c->s->tok0 && (nkg_lang_in(c->l->new_words, FOLD(c, b - 1)) ||
						  nkg_lang_in(c->l->former, FOLD(c, b - 1))))
				b--;
			if (b > c->s->tok0 && nkg_lang_in(c->l->org_possessives, FOLD(c, b - 1))) {
				/* (the clause's subject when it opens the sentence:
				 * "Halden has hired former Oracle executive X as
				 * its CTO", not the nearest name) */
				int o = subject_org_at_start(c, b - 1);
				if (o < 0)
					o = nkg_s_org_before(c, b - 1);
				if (o >= 0) {
					org = o;
					expl = 1;
				}
			}
		}
		/* (a) "Satya Nadella, PDG de Microsoft" / "X, cofondateur et
		 * ancien PDG de Y". */
		k = t->tok0;
		/* ("is the new athletic director at X": one lower-case
		 * qualifier the table does not list, after an article or
		 * "new") */
		if (k >= c->s->tok0 + 2 && (TOK(c, k - 1)->flags & NKG_TOK_WORD) &&
		    !(TOK(c, k - 1)->flags & NKG_TOK_CAP) && mention_at(c, k - 1) < 0 &&
		    !nkg_lang_in(c->l->stopwords, FOLD(c, k - 1)) &&
		    !nkg_lang_in(c->l->copulas, FOLD(c, k - 1)) &&
		    !nkg_lang_trigger_word(c->l, FOLD(c, k - 1), -1, 0) && /* "sa démission de" */
		    (nkg_lang_in(c->l->determiners, FOLD(c, k - 2)) || nkg_lang_in(c->l->new_words, FOLD(c, k - 2))))
			k--;
		while (k > c->s->tok0 && (nkg_lang_in(c->l->determiners, FOLD(c, k - 1)) ||
					  nkg_lang_in(c->l->former, FOLD(c, k - 1)) ||
					  nkg_lang_in(c->l->new_words, FOLD(c, k - 1)) ||
					  nkg_lang_in(c->l->interim_before, FOLD(c, k - 1)) ||
					  nkg_lang_in(c->l->apposition_adverbs, FOLD(c, k - 1)) ||
					  ordinal(FOLD(c, k - 1)) ||
					  possessive_at(c, k - 1) ||
					  (k - 1 > c->s->tok0 && !strcmp(FOLD(c, k - 2), "the") &&
					   nkg_lang_in(c->l->org_cue_before, FOLD(c, k - 1))) ||
					  /* "as the institution's 28th president" */
					  (k >= c->s->tok0 + 2 && (k < c->s->tok1 && possessive_at(c, k)) &&
					   nkg_doc_match_list(c->doc, k - 2, k, c->l->org_anaphors) == 2)))
			k--;
		/* "X is a former Goldman Sachs banker": over the
		 * organisation named before the title (English) */
		if (k == t->tok0 && k > c->s->tok0 + 1 && org >= 0 && expl) {
			int om = mention_at(c, k - 1);
			if (om >= 0 && c->ms->m[om].tok1 == k && org_at(c, c->ms->m[om].tok0, NULL) == org &&
			    c->ms->m[om].tok0 > c->s->tok0) {
				size_t b = c->ms->m[om].tok0;
				while (b > c->s->tok0 && (nkg_lang_in(c->l->determiners, FOLD(c, b - 1)) ||
							  nkg_lang_in(c->l->former, FOLD(c, b - 1)) ||
							  nkg_lang_in(c->l->apposition_adverbs, FOLD(c, b - 1))))
					b--;
				/* (only where a copula or comma comes before: "X is
				 * a former Y banker", "X, a Y banker,") */
				if (b < c->ms->m[om].tok0 && b > c->s->tok0 &&
				    (nkg_lang_in(c->l->copulas, FOLD(c, b - 1)) || is_punct(c, b - 1, ",")))
					k = b;
			}
		}
		/* "Dr. Schwartz was previously Galena's Executive Vice
		 * President": over the organisation owning the title */
		if (k > c->s->tok0 + 1 && k < c->s->tok1 && possessive_at(c, k)) {
			int om = mention_at(c, k - 1);
			if (om >= 0 && org_at(c, c->ms->m[om].tok0, NULL) >= 0) {
				k = c->ms->m[om].tok0;
				while (k > c->s->tok0 && (nkg_lang_in(c->l->determiners, FOLD(c, k - 1)) ||
							  nkg_lang_in(c->l->former, FOLD(c, k - 1)) ||
							  nkg_lang_in(c->l->apposition_adverbs, FOLD(c, k - 1))))
					k--;
			}
		}
		/* "X was named interim COO", "X a été promu en mai
		 * vice-président": the title after an appointment verb (and a
		 * date) belongs to the one appointed. */
		if (person < 0 && k > c->s->tok0) {
			size_t b = k;
			/* "was promoted to chief operating officer" */
			if (b > c->s->tok0 + 1 && (!strcmp(FOLD(c, b - 1), "to") || !strcmp(FOLD(c, b - 1), "as")))
				b--;
			int dm = mention_at(c, b - 1);
			if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE && c->ms->m[dm].tok0 > c->s->tok0)
				b = c->ms->m[dm].tok0;
			for (size_t i = c->st->n_events; i-- > c->ev0;) {
				const nkg_stmt_event *ev = &c->st->events[i];
				/* (and the one held by who leaves it: "a démissionné
				 * de la présidence de Korvo") */
				if (ev->sent == c->si && ev->trig_tok + 1 == b &&
				    (ev->kind == NKG_EV_APPOINTED || ev->kind == NKG_EV_JOINED ||
				     ends_post(ev->kind)) &&
				    ev->modality == NKG_MOD_ASSERTED) {
					person = ev->person;
					if (org < 0 && ev->org >= 0) {
						org = ev->org;
						expl = 1;
					}
					break;
				}
			}
		}
		/* "Lorenzo Bini Smaghi nouveau président": a headline's name
		 * and its new title, no verb between */
		if (k > c->s->tok0 && person < 0 && k < t->tok0 && new_title(c, t)) {
			int pm = mention_at(c, k - 1);
			if (pm >= 0 && c->ms->m[pm].kind == NKG_M_NAME && c->ms->m[pm].tok1 == k)
				person = person_at(c, c->ms->m[pm].tok0, NULL);
		}
		/* "a nommé X directeur général": the title right after the
		 * person an event of the sentence is about. */
		if (k > c->s->tok0 && person < 0) {
			int p = person_before_tok(c, k);
			for (size_t i = c->st->n_events; p >= 0 && i-- > c->ev0;) {
				const nkg_stmt_event *ev = &c->st->events[i];
				if (ev->sent == c->si && ev->person == p &&
				    (ev->kind == NKG_EV_APPOINTED || ev->kind == NKG_EV_JOINED)) {
					if (ev->modality != NKG_MOD_ASSERTED)
						break;
					person = p;
					if (org < 0 && ev->org >= 0) {
						org = ev->org;
						expl = 1;
					}
					break;
				}
			}
		}
		if (person >= 0) {
			/* found just above */
		} else if (k > c->s->tok0 + 1 && (is_punct(c, k - 1, ",") || is_punct(c, k - 1, "("))) {
			/* "X, PDG de Y", "X (ancienne rectrice de Lyon)", "X,
			 * 58 ans, directeur de Y" */
			size_t cm = is_punct(c, k - 1, ",") ? age_aside(c, k - 1) : k - 1;
			person = person_before_tok(c, cm);
			/* ("X, docteur en pharmacie, actuel vice-président de
			 * Y": over an apposition that names no post) */
			/* (no article before the title, which would make it a
			 * subject of its own: "..., le dirigeant de 61 ans,";
			 * nor a title in the apposition walked over) */
			int bare = 1;
			for (size_t q = cm + 1; q < t->tok0 && bare; q++)
				bare = !nkg_lang_in(c->l->determiners, FOLD(c, q));
			for (size_t q = cm; bare && q-- > c->s->tok0 && !is_punct(c, q, ",");)
				bare = title_at(c, q) < 0;
			if (person < 0 && bare && is_punct(c, cm, ","))
				person = apposition_head(c, cm);
			/* "served as senior vice president of A, senior vice
			 * president of B and ...": the list's earlier title's */
			if (person < 0 && k == t->tok0 && org >= 0 && !named_after_title(c, t, org, oend))
				person = list_head(c, k - 1);
		} else if (k > c->s->tok0 && nkg_lang_in(c->l->coord, FOLD(c, k - 1))) {
			/* second of coordinated titles: same person as the first */
			int t1 = title_at(c, k - 2 >= c->s->tok0 ? k - 2 : k - 1);
			for (size_t i = c->st->n_roles; t1 >= 0 && i-- > 0;)
				if (c->st->roles[i].title_m == (size_t)t1) {
					person = c->st->roles[i].person;
					break;
				}
			/* "X, dean of the law school and former president of
			 * Y,": the apposition the comma after X opened goes on
			 * past the first title's complement (not when a name
			 * follows the title: "X, ..., et la directrice de Y
			 * Marie Roe" names its own holder) */
			if (person < 0 && !(org >= 0 && named_after_title(c, t, org, oend)))
				person = apposition_head(c, k - 1);
			if (person < 0 && k == t->tok0 && org >= 0 && !named_after_title(c, t, org, oend))
				person = list_head(c, k - 1);
		}
		/* (b) "le PDG de Microsoft, Nadella", "le PDG Sam Altman". */
		if (person < 0) {
			size_t j = org >= 0 || org == -3 ? oend : t->tok1;
			/* "co-founder and former chairman, David Park" */
			while (j + 1 < c->s->tok1 && nkg_lang_in(c->l->coord, FOLD(c, j))) {
				size_t q = j + 1;
				while (q < c->s->tok1 && (nkg_lang_in(c->l->former, FOLD(c, q)) ||
							  nkg_lang_in(c->l->new_words, FOLD(c, q)) ||
							  nkg_lang_in(c->l->determiners, FOLD(c, q))))
					q++;
				int t2 = q < c->s->tok1 ? title_at(c, q) : -1;
				if (t2 < 0)
					break;
				j = c->ms->m[t2].tok1;
				int e2 = 0;
				size_t oe2;
				int o2 = nkg_s_title_org(c, (size_t)t2, &e2, &oe2);
				if (o2 >= 0 || o2 == -3)
					j = oe2;
				if (org < 0 && o2 >= 0) {
					org = o2;
					expl = e2;
				}
			}
			/* "la préfète du Cantal (15), Isabelle Sima": a
			 * bracketed aside after the organisation */
			if (j + 2 < c->s->tok1 && is_punct(c, j, "(")) {
				size_t q = j + 1;
				while (q < c->s->tok1 && q < j + 6 && !is_punct(c, q, ")"))
					q++;
				if (q < c->s->tok1 && is_punct(c, q, ")"))
					j = q + 1;
			}
			/* "Conservatrice au Musée Hébert à Limoges depuis
			 * 2005, X": the town the organisation is in */
			if (org >= 0 && j + 2 < c->s->tok1 && nkg_lang_in(c->l->place_preps, FOLD(c, j)) &&
			    (TOK(c, j + 1)->flags & NKG_TOK_CAP) && person_at(c, j + 1, NULL) < 0 &&
			    org_at(c, j + 1, NULL) < 0) {
				int pm = mention_at(c, j + 1);
				j = pm >= 0 ? c->ms->m[pm].tok1 : j + 2;
			}
			/* "Directeur de l'Opéra de Paris depuis dix-huit
			 * mois, X": a duration no date mention covers */
			if (org >= 0 && j + 2 < c->s->tok1 && nkg_lang_in(c->l->since_words, FOLD(c, j)) &&
			    mention_at(c, j + 1) < 0) {
				size_t q = j + 1;
				while (q < c->s->tok1 && q < j + 6 && !is_punct(c, q, ",") && !hard_boundary(c, q) &&
				       mention_at(c, q) < 0)
					q++;
				if (q < c->s->tok1 && is_punct(c, q, ","))
					j = q;
			}
			/* "Directeur financier d'Ekovia depuis 2016, X" */
			int dm = j < c->s->tok1 ? mention_at(c, j) : -1;
			if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE)
				j = c->ms->m[dm].tok1;
			if (j < c->s->tok1 && is_punct(c, j, ","))
				j++;
			if (j + 1 < c->s->tok1 && nkg_lang_in(c->l->person_cue_before, FOLD(c, j)))
				j++; /* "Corvell's chairman, Sir Alistair Dunmore" */
			/* "deux administrateurs, dont X" */
			if (j < c->s->tok1 && nkg_lang_in(c->l->inclusion, FOLD(c, j)))
				j++;
			/* "le manager général des Zèbres Mehdi Bayat": a
			 * nickname the text does not type, then the holder */
			if (j + 2 < c->s->tok1 && org < 0 && org != -3 && nkg_lang_in(c->l->title_links, FOLD(c, j))) {
				int nm = mention_at(c, j + 1);
				size_t ne = nm >= 0 ? c->ms->m[nm].tok1 : 0;
				if (nm >= 0 && c->ms->m[nm].tok0 == j + 1 && c->ms->m[nm].kind == NKG_M_NAME &&
				    c->ms->m[nm].chain < 0 && ne < c->s->tok1 && person_at(c, ne, NULL) >= 0)
					j = ne;
			}
			/* "le mandat de PDG d'Alexandre Bompard" */
			if (j < c->s->tok1 && org < 0 && nkg_lang_in(c->l->title_links, FOLD(c, j)) &&
			    j + 1 < c->s->tok1 && person_at(c, j + 1, NULL) >= 0)
				j++;
			/* "the head of the 737 MAX program, Ed Clark" */
			if (j < c->s->tok1 && org < 0 && person_at(c, j, NULL) < 0 &&
			    nkg_lang_in(c->l->title_links, FOLD(c, j))) {
				size_t q = j;
				/* (over a remit the text capitalises: "the
				 * Director of Athletics, X") */
				while (q < c->s->tok1 && q < j + 6 && !is_punct(c, q, ",") &&
				       !hard_boundary(c, q) &&
				       (mention_at(c, q) < 0 ||
					(c->ms->m[mention_at(c, q)].kind == NKG_M_NAME &&
					 c->ms->m[mention_at(c, q)].chain < 0)))
					q++;
				if (q + 1 < c->s->tok1 && is_punct(c, q, ",") &&
				    person_at(c, q + 1, NULL) >= 0)
					j = q + 1;
			}
			/* "Le nouveau patron de Valtera est Marc Rivet", "Acme's
			 * new chief executive is Jane Roe": the title, subject,
			 * names the person after the copula (present or past,
			 * no "devient": that one is the person's move) */
			int inverted = 0;
			if (j + 1 < c->s->tok1 && t->tok0 > c->s->tok0 && !t->plural &&
			    nkg_lang_in(c->l->inverted_copulas, FOLD(c, j)) &&
			    person_at(c, j + 1, NULL) >= 0) {
				j++;
				inverted = 1;
			}
			/* "son rédacteur en chef exécutif Marcus Brauchli": one
			 * qualifier the table does not list, between the title
			 * and its holder */
			/* (a profession's, "le journaliste sportif X", only
			 * with its employer named) */
			if (j + 1 < c->s->tok1 && j == t->tok1 &&
			    ((org >= 0 && expl) || strcmp(t->role, "journalist")) &&
			    (TOK(c, j)->flags & NKG_TOK_WORD) &&
			    !(TOK(c, j)->flags & NKG_TOK_CAP) && mention_at(c, j) < 0 &&
			    nkg_lang_ends_in(c->l->adjective_endings, FOLD(c, j), 3) &&
			    person_at(c, j + 1, NULL) >= 0)
				j++;
			if (j < c->s->tok1)
				person = person_at(c, j, NULL);
			/* (a new one: the appointment is the news) */
			if (inverted && person >= 0 && new_title(c, t) && org >= 0 && expl &&
			    (rc = nkg_s_add_event(c, person, org, NKG_EV_APPOINTED, t->role, NKG_MOD_ASSERTED,
					    t->tok0, 0.6f)))
				return rc;
		}
		/* (c) "X est/devient (le nouveau) PDG", (d) "X en tant que PDG",
		 * "avec Sam comme PDG". */
		if (person < 0 && k > c->s->tok0) {
			size_t j = k;
			size_t as = 0;
			/* ("il a été successivement sous-préfet de X": over an
			 * adverb after the copula) */
			if (j > c->s->tok0 + 1 && nkg_lang_in(c->l->apposition_adverbs, FOLD(c, j - 1)) &&
			    nkg_lang_in(c->l->copulas, FOLD(c, j - 2)))
				j--;
			/* ("deviendra le 1er mars directeur général": over a
			 * date after the copula) */
			int jm = mention_at(c, j - 1);
			if (jm >= 0 && c->ms->m[jm].kind == NKG_M_DATE && c->ms->m[jm].tok1 == j) {
				size_t q = c->ms->m[jm].tok0;
				if (q > c->s->tok0 && nkg_lang_in(c->l->determiners, FOLD(c, q - 1)))
					q--;
				if (q > c->s->tok0 && nkg_lang_in(c->l->copulas, FOLD(c, q - 1)))
					j = q;
			}
			for (size_t b = j; b > c->s->tok0 && b + 4 > j; b--) {
				size_t m = nkg_doc_match_list(c->doc, b - 1, j, c->l->as_words);
				if (m && b - 1 + m == j) {
					as = b - 1;
					break;
				}
			}
			if (as) {
				plist p = {0};
				nkg_s_persons_before(c, as, &p);
				if (!p.n) {
					/* object of the event: "a embauché X ... en tant que" */
					for (size_t b = as; b-- > c->s->tok0;) {
						int pm = mention_at(c, b);
						if (pm >= 0 && (person = person_at(c, ms->m[pm].tok0, NULL)) >= 0)
							break;
					}
				} else {
					person = p.chain[0];
				}
				int hypothetical = 0;
				for (size_t i = c->st->n_events; i-- > c->ev0;)
					if (c->st->events[i].sent == c->si &&
					    c->st->events[i].person == person &&
					    c->st->events[i].modality != NKG_MOD_ASSERTED)
						hypothetical = 1;
				if (hypothetical)
					continue;
				if (!c->events_done && org < 0 && org != -3)
					continue; /* the events of the sentence will say where */
				if (person >= 0 && org < 0 && org != -3) {
					/* the organisation of the move this "as" follows:
					 * the nearest trigger before it */
					size_t best_tok = 0;
					for (size_t i = c->ev0; i < c->st->n_events; i++) {
						const nkg_stmt_event *ev = &c->st->events[i];
						if (ev->sent == c->si && ev->person == person && ev->org >= 0 &&
						    ev->trig_tok < as && ev->trig_tok >= best_tok) {
							best_tok = ev->trig_tok;
							org = ev->org;
							expl = 1;
						}
					}
				}
				conf = 0.75f;
			} else if (nkg_lang_in(c->l->copulas, FOLD(c, j - 1))) {
				/* "X est PDG", "X, who remains chief executive",
				 * "X, qui restera président". */
				size_t b = j - 1;
				while (b > c->s->tok0 && (nkg_lang_in(c->l->copulas, FOLD(c, b - 1)) ||
							  (nkg_lang_in(c->l->copulas, FOLD(c, b)) && nkg_lang_in(c->l->perfect_aux, FOLD(c, b - 1))) ||
							  nkg_lang_in(c->l->neg_after, FOLD(c, b - 1))))
					b--;
				if (b > c->s->tok0 && nkg_lang_in(c->l->relative, FOLD(c, b - 1))) {
					b--;
					if (b > c->s->tok0 && is_punct(c, b - 1, ","))
						b--;
				}
				/* "Crutchfield, 53, was managing editor", "X, 48
				 * ans, est": an age between commas */
				if (b > c->s->tok0 + 3 && is_punct(c, b - 1, ","))
					b = age_aside(c, b - 1) + 1;
				int pm = b > c->s->tok0 ? mention_at(c, b - 1) : -1;
				if (pm >= 0)
					person = person_at(c, ms->m[pm].tok0, NULL);
				/* "Mr. Dodge, whose appointment was announced on
				 * April 10, was formerly CFO of X": the subject
				 * before a relative clause */
				if (person < 0 && b > c->s->tok0 && is_punct(c, b - 1, ",")) {
					plist p = {0};
					nkg_s_persons_before(c, b, &p);
					if (p.n)
						person = p.chain[0];
				}
				/* "He joined Civicus in 2013 and was previously
				 * Director General of X": a second predicate, the
				 * subject opening the sentence (no other name
				 * between) */
				if (person < 0 && b > c->s->tok0 + 2 && nkg_lang_in(c->l->coord, FOLD(c, b - 1))) {
					int subj = person_at(c, c->s->tok0, NULL), other = 0;
					for (size_t q = c->s->tok0 + 1; q < b - 1 && subj >= 0 && !other; q++)
						other = person_at(c, q, NULL) >= 0 && person_at(c, q, NULL) != subj;
					if (subj >= 0 && !other)
						person = subj;
				}
				/* "X has resigned to become CEO of Y", "pour devenir" */
				if (person < 0 && nkg_lang_in(c->l->become, FOLD(c, j - 1))) {
					plist p = {0};
					nkg_s_persons_before(c, j - 1, &p);
					if (p.n)
						person = p.chain[0];
				}
				/* "If shareholders approve, X would become chairman":
				 * a role under a condition is none yet; nor is one
				 * the sentence's move for X only reports ("X
				 * reported that the board selected Y to become its
				 * next chief executive"). */
				if (person >= 0 && nkg_lang_in(c->l->become, FOLD(c, j - 1))) {
					int hedged = nkg_s_modality(c, j - 1, 1, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED;
					for (size_t i = c->ev0; i < c->st->n_events && !hedged; i++)
						hedged = c->st->events[i].sent == c->si &&
							 c->st->events[i].person == person &&
							 c->st->events[i].modality != NKG_MOD_ASSERTED;
					/* (the move "to become" completes: "selected X") */
					for (size_t q = j - 1, tl; !hedged && q-- > c->s->tok0;) {
						const nkg_trigger_entry *te = nkg_s_match_trigger(c, q, &tl);
						if (te && tl) {
							hedged = nkg_s_modality(c, q, tl, te->cls) != NKG_MOD_ASSERTED;
							break;
						}
					}
					if (hedged)
						continue;
				}
				conf = 0.75f;
			}
		}
		if (person < 0)
			continue;
		/* "Ministre de l'agriculture", "Minister of Finance": the
		 * portfolio is no organisation, and the story's is not the
		 * minister's */
		/* ("Secretary General for 10 years": a duration, no
		 * portfolio; one is named in capitals, after an article
		 * maybe: "ministre de la Culture") */
		if (org < 0 && nkg_doc_match_list(c->doc, t->tok0, t->tok1, c->l->portfolio_titles) &&
		    t->tok1 + 1 < c->s->tok1 && nkg_lang_in(c->l->title_links, FOLD(c, t->tok1)) &&
		    ((TOK(c, t->tok1 + 1)->flags & NKG_TOK_CAP) ||
		     (t->tok1 + 2 < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, t->tok1 + 1)) &&
		      (TOK(c, t->tok1 + 2)->flags & NKG_TOK_CAP))))
			continue;
		/* "L'ancien ministre X prend la présidence de Y", "Foreign
		 * Minister X said": a holder of public office serves a
		 * government, never the story's organisation by default */
		if (org < 0 && org != -3 && minister_title(c, t))
			continue;
		/* ("Le député X ... de l'Assemblée nationale": the one the
		 * sentence names, never one from further away) */
		if (org < 0 && org != -3 && !strcmp(t->role, "official")) {
			if ((org = nkg_s_any_org_in_sentence(c, t->tok0)) < 0)
				continue;
			conf -= 0.25f;
		}
		/* ("succède à l'ancien patron de la SNCF Jean-Marc Dorval":
		 * a title its holder's name follows is that one's) */
		{
			size_t after = org >= 0 && expl && oend > t->tok1 ? oend : t->tok1;
			int apos = after < c->s->tok1 ? person_at(c, after, NULL) : -1;
			if (apos >= 0 && apos != person)
				continue;
			/* (nor the one who appoints: "Nommé directeur général
			 * de la CDC par Jacques Chirac, X ...") */
			if (after + 1 < c->s->tok1 && nkg_lang_in(c->l->by_words, FOLD(c, after)) &&
			    person_at(c, after + 1, NULL) == person)
				continue;
		}
		int via_anaphor = org == -3; /* "de l'institution publique" */
		/* "President Donald Trump tapped X to lead FEMA", "le
		 * président Nicolas Sarkozy": a president the gazetteer
		 * knows presides over something else than the story's
		 * organisation */
		if (org < 0 && org != -3 && c->ms->chains[person].gaz && !strcmp(t->role, "president"))
			continue;
		if (org < 0) {
			int fronted = nkg_s_fronted_org(c), topic = nkg_s_topic_org(c), prev = nkg_s_previous_sentence_org(c);
			org = org == -3 ? nkg_s_discourse_org(c)
			      : fronted >= 0 ? fronted
			      : prev >= 0 ? prev
			      : topic >= 0 ? topic : nkg_s_any_org_in_sentence(c, t->tok0);
			conf -= 0.25f;
		}
		if ((rc = nkg_s_add_role(c, person, org, division_title(c, t) ? "head" : t->role, mi,
				   t->former, t->interim, conf)))
			return rc;

		/* "X et Y, rédacteurs en chef", "A, B and C, vice presidents":
		 * a plural title in apposition is each coordinated person's */
		if (t->plural && t->tok0 >= c->s->tok0 + 2 && is_punct(c, t->tok0 - 1, ",")) {
			int pm = mention_at(c, t->tok0 - 2);
			size_t b = pm >= 0 && person_at(c, c->ms->m[pm].tok0, NULL) == person
				   ? c->ms->m[pm].tok0 : c->s->tok0;
			while (!rc && b >= c->s->tok0 + 2 &&
			       (nkg_lang_in(c->l->coord, FOLD(c, b - 1)) || is_punct(c, b - 1, ","))) {
				int qm = mention_at(c, b - 2);
				int q = qm >= 0 ? person_at(c, c->ms->m[qm].tok0, NULL) : -1;
				if (q < 0 || q == person)
					break;
				rc = nkg_s_add_role(c, q, org, t->role, mi, t->former, t->interim, conf - 0.1f);
				b = c->ms->m[qm].tok0;
			}
			if (rc)
				return rc;
		}
		/* "vice presidents Ann Lee and Tom Reed": the names after */
		for (size_t q = t->tok1, pe = 0; t->plural && q < c->s->tok1 && q < t->tok1 + 10; q++) {
			if (person_at(c, q, &pe) != person)
				continue;
			while (!rc && pe + 1 < c->s->tok1 &&
			       (nkg_lang_in(c->l->coord, FOLD(c, pe)) || is_punct(c, pe, ","))) {
				size_t e2 = 0;
				int p2 = person_at(c, pe + 1, &e2);
				if (p2 < 0 || p2 == person)
					break;
				rc = nkg_s_add_role(c, p2, org, t->role, mi, t->former, t->interim, conf - 0.1f);
				pe = e2;
			}
			if (rc)
				return rc;
			break;
		}
		/* "chief executive of Maple Foods and Birch Dairy", "a coach
		 * at Swansea City and Leeds United": the post at each
		 * organisation the coordination names (not "CEO of A and B's
		 * founder") */
		if (expl && org >= 0 && oend > t->tok1 && oend + 1 < c->s->tok1 &&
		    nkg_lang_in(c->l->coord, FOLD(c, oend))) {
			size_t q = oend + 1, e2 = 0;
			while (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
				q++;
			int o2 = q < c->s->tok1 ? org_at(c, q, &e2) : -1;
			if (o2 >= 0 && o2 != org && !(e2 < c->s->tok1 && (title_at(c, e2) >= 0 ||
									  possessive_at(c, e2))) &&
			    (rc = nkg_s_add_role(c, person, o2, t->role, mi, t->former, t->interim, conf - 0.1f)))
				return rc;
		}
		/* "X, PDG de Y depuis 2010", "CEO since 2016" */
		if (!t->former && (expl || via_anaphor) && org >= 0 &&
		    (rc = nkg_s_held_since(c, person, org, t->role, nkg_s_since_after(c, oend > t->tok1 ? oend : t->tok1))))
			return rc;
	}
	return 0;
}

/* Whether a career's start is told at token k ("a débuté sa carrière",
 * over one auxiliary before it). */
int nkg_s_career_start_at(const nkg_doc *doc, const nkg_lang *l, size_t k, size_t end)
{
	return nkg_doc_match_list(doc, k, end, l->career_starts) ||
	       (k + 1 < end && nkg_doc_match_list(doc, k + 1, end, l->career_starts));
}

int nkg_s_career_start(const sctx *c, size_t k)
{
	return nkg_s_career_start_at(c->doc, c->l, k, c->s->tok1);
}

/* Whether organisation org is named within a few words after k. */
int nkg_s_org_named_after(const sctx *c, size_t k, int org)
{
	for (size_t q = k; org >= 0 && q < c->s->tok1 && q < k + 14; q++)
		if (org_at(c, q, NULL) == org)
			return 1;
	return 0;
}

/* Takes event i out of the list (the later ones move up). */
void nkg_s_drop_event(sctx *c, size_t i)
{
	nkg_stmt_event *ev = &c->st->events[i];
	memmove(ev, ev + 1, (c->st->n_events - i - 1) * sizeof *ev);
	c->st->n_events--;
}

/* "Liam Manning (Lommel SK), Vincent Euvrard (RWDM)", "including
 * Martin O'Neill (Aston Villa)": a person followed by an organisation in
 * brackets works there, in the post the sentence names in the plural
 * ("managers", "entraîneurs"), or in a story of sport as its coach. */
int nkg_s_bracketed_posts(sctx *c)
{
	const char *post = NULL;
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1] && !post; mi++)
		if (c->ms->m[mi].kind == NKG_M_TITLE && c->ms->m[mi].plural)
			post = c->ms->m[mi].role;
	if (!post && c->ms->sports)
		post = "head";
	if (!post)
		return 0;
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		size_t oe;
		int person, org;
		if (m->kind != NKG_M_NAME || m->tok1 + 2 >= c->s->tok1 ||
		    (person = person_at(c, m->tok0, NULL)) < 0 || !is_punct(c, m->tok1, "(") ||
		    (org = org_at(c, m->tok1 + 1, &oe)) < 0 || oe >= c->s->tok1 || !is_punct(c, oe, ")"))
			continue;
		int rc = nkg_s_add_role(c, person, org, post, (size_t)-1, 0, 0, 0.6f);
		if (rc)
			return rc;
	}
	return 0;
}

/* "Le conseil des ministres, sur proposition du ministre X, a nommé
 * ...": who proposes an appointment, named between the proposal's words
 * and the verb, makes no move of the sentence. */
void nkg_s_drop_proposers(sctx *c)
{
	for (size_t k = c->s->tok0; k < c->s->tok1; k++) {
		size_t n = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->proposers);
		if (!n)
			continue;
		for (size_t i = c->st->n_events; i-- > c->ev0;) {
			const nkg_stmt_event *ev = &c->st->events[i];
			int inside = 0, outside = 0;
			if (ev->sent != c->si || ev->trig_tok <= k)
				continue;
			for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
				const nkg_mention *m = &c->ms->m[mi];
				if ((m->kind != NKG_M_NAME && m->kind != NKG_M_PRONOUN) ||
				    person_at(c, m->tok0, NULL) != ev->person)
					continue;
				if (m->tok0 > k && m->tok0 < ev->trig_tok)
					inside = 1;
				else
					outside = 1;
			}
			if (inside && !outside)
				nkg_s_drop_event(c, i);
		}
		k += n - 1;
	}
}

/* A clause's own stops (not any punctuation: "25 %" goes on). */
static int clause_stop(const sctx *c, size_t k)
{
	return is_punct(c, k, ";") || is_punct(c, k, ":") || is_punct(c, k, ".");
}

/* "X rejoint l'Office national (Onrt), où elle dirigera le laboratoire":
 * the organisation a "where" clause ending before k is about (the name
 * before its comma, over a bracketed acronym), or -1.  "la société BIM,
 * dont le président" too, or "la société BIM, qui détient ... et dont le
 * président": a "whose" clause, maybe the second of two relative clauses
 * about the name. */
static int where_antecedent(const sctx *c, size_t k)
{
	for (size_t b = k, n = 0; b-- > c->s->tok0 + 2 && n < 7; n++) {
		int whose = nkg_lang_in(c->l->whose_words, FOLD(c, b)) && b + 1 < k &&
			    nkg_lang_in(c->l->determiners, FOLD(c, b + 1));
		if (whose && nkg_lang_in(c->l->coord, FOLD(c, b - 1))) {
			/* (back to the first clause's relative word) */
			size_t r = b - 1;
			while (r-- > c->s->tok0 + 2 && r + 30 > b && !clause_stop(c, r) &&
			       !(nkg_lang_in(c->l->relative, FOLD(c, r)) && is_punct(c, r - 1, ",")))
				;
			if (r <= c->s->tok0 + 2 || r + 30 <= b || clause_stop(c, r))
				return -1;
			b = r;
		}
		if (whose || nkg_lang_in(c->l->where_words, FOLD(c, b))) {
			size_t e = b - 1;
			if (!is_punct(c, e, ","))
				return -1;
			/* (over a bracket: an acronym, or what one stands
			 * for) */
			if (e >= c->s->tok0 + 3 && is_punct(c, e - 1, ")")) {
				size_t o = e - 1;
				while (o > c->s->tok0 && o + 20 > e && !is_punct(c, o, "("))
					o--;
				if (is_punct(c, o, "("))
					e = o;
			}
			int mi = mention_at(c, e - 1);
			return mi >= 0 ? org_at(c, c->ms->m[mi].tok0, NULL) : -1;
		}
		int mb = mention_at(c, b);
		if (hard_boundary(c, b) || is_punct(c, b, ",") ||
		    (mb >= 0 && c->ms->m[mb].kind != NKG_M_PRONOUN))
			return -1;
	}
	return -1;
}

/* "la nomination de deux rédacteurs en chef adjoints : X, ..., et Y",
 * "three new vice presidents: X, Y and Z": a plural title, a colon, then
 * the list of its holders, each item opened by the colon, a comma or a
 * coordination.  A move's noun before the title makes each an
 * appointment. */
int nkg_s_colon_list(sctx *c)
{
	int rc = 0;
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1] && !rc; mi++) {
		const nkg_mention *t = &c->ms->m[mi];
		if (t->kind != NKG_M_TITLE || !t->plural || t->former || t->tok1 + 1 >= c->s->tok1 ||
		    !is_punct(c, t->tok1, ":"))
			continue;
		int expl = 0;
		size_t oend;
		int org = nkg_s_title_org(c, mi, &expl, &oend);
		if (org < 0)
			org = nkg_s_discourse_org(c);
		if (org < 0)
			continue;
		int appointed = 0;
		for (size_t b = t->tok0; b-- > c->s->tok0 && b + 5 > t->tok0 && !appointed;) {
			size_t len = 0;
			const nkg_trigger_entry *h = nkg_s_match_trigger(c, b, &len);
			appointed = h && h->kind == NKG_EV_APPOINTED && h->cls == NKG_TRIG_NOUN;
		}
		for (size_t q = t->tok1 + 1; q < c->s->tok1 && !rc; q++) {
			if (hard_boundary(c, q) && !is_punct(c, q, "(") && !is_punct(c, q, ")"))
				break;
			const char *pf = FOLD(c, q - 1);
			int opens = q == t->tok1 + 1 || !strcmp(pf, ",") || nkg_lang_in(c->l->coord, pf);
			int p = opens ? person_at(c, q, NULL) : -1;
			if (p < 0)
				continue;
			rc = nkg_s_add_role(c, p, org, t->role, mi, 0, t->interim, 0.6f);
			if (!rc && appointed)
				rc = nkg_s_add_event(c, p, org, NKG_EV_APPOINTED, t->role, NKG_MOD_ASSERTED, t->tok0, 0.6f);
		}
	}
	return rc;
}

/* "La présidence de GM Europe est désormais assurée par X", "the
 * chairmanship of X is held by Y": a post's noun opening the sentence,
 * its organisation, then the holder after the passive. */
int nkg_s_post_held_by(sctx *c)
{
	for (size_t k = c->s->tok0 + 2; k + 2 < c->s->tok1; k++) {
		if (!nkg_lang_in(c->l->held_by, FOLD(c, k)) || !nkg_lang_in(c->l->by_words, FOLD(c, k + 1)))
			continue;
		/* (the passive's auxiliary, maybe an adverb after it) */
		size_t a = k - 1;
		if (!nkg_lang_in(c->l->be_aux, FOLD(c, a)) && a > c->s->tok0 &&
		    nkg_lang_in(c->l->be_aux, FOLD(c, a - 1)))
			a--;
		if (!nkg_lang_in(c->l->be_aux, FOLD(c, a)))
			continue;
		/* the post's noun after the sentence's article */
		size_t b = c->s->tok0;
		if (nkg_lang_in(c->l->determiners, FOLD(c, b)))
			b++;
		const char *role = b < a ? nkg_s_post_noun(c, b) : NULL;
		if (!role)
			continue;
		int org = -1;
		for (size_t q = b + 1; q < a && org < 0; q++)
			org = org_at(c, q, NULL);
		plist who = {0};
		nkg_s_persons_after(c, k + 2, 4, &who);
		if (org < 0 || !who.n)
			continue;
		return nkg_s_add_role(c, who.chain[0], org, role, (size_t)-1, 0, 0, 0.6f);
	}
	return 0;
}

/* "X dirige Y", "Mokoena previously ran the European business of ABB",
 * "At Siemens, he headed the rail signalling unit": a verb that states a
 * role (past tense: a former one).  The organisation must be named. */
int nkg_s_role_verbs(sctx *c)
{
	int rc;
	for (size_t k = c->s->tok0; k < c->s->tok1; k++) {
		const nkg_role_verb_entry *rv = NULL;
		size_t vl = 1; /* the verb's length in tokens */
		/* "a débuté sa carrière chez X": an employee's past role */
		static const nkg_role_verb_entry career = { "", "employee", 1 };
		size_t cl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->career_starts);
		if (cl) {
			rv = &career;
			vl = cl;
		}
		for (size_t i = 0; !cl && c->l->role_verbs && c->l->role_verbs[i].word; i++) {
			const char *w = c->l->role_verbs[i].word;
			if (w[0] != FOLD(c, k)[0])
				continue;
			size_t n = strchr(w, ' ') ? nkg_doc_match(c->doc, k, c->s->tok1, w)
						  : !strcmp(FOLD(c, k), w);
			if (n) {
				rv = &c->l->role_verbs[i];
				vl = n;
			}
		}
		if (!rv || mention_at(c, k) >= 0)
			continue;
		/* "le conseil d'administration, présidé par John Elkann": passive,
		 * the holder follows; a board's president is its chair. */
		if (k + 1 < c->s->tok1 && nkg_lang_in(c->l->by_words, FOLD(c, k + 1))) {
			plist who = {0};
			nkg_s_persons_after(c, k + 2, 4, &who);
			int board = 0, anaphor = 0, o = nkg_s_org_before(c, k);
			for (size_t b = k, n = 0; b-- > c->s->tok0 && n < 8; n++) {
				if (nkg_doc_match_list(c->doc, b, k, c->l->governing_bodies))
					board = 1;
				/* "le club présidé par X" */
				if (nkg_doc_match_list(c->doc, b, k, c->l->org_anaphors) == k - b)
					anaphor = 1;
			}
			if (o < 0 && (board || anaphor))
				o = nkg_s_discourse_org(c);
			if (who.n && o >= 0 && (rc = nkg_s_add_role(c, who.chain[0], o,
							      board && !strcmp(rv->role, "president") ? "chair" : rv->role,
							      (size_t)-1, 0, 0, 0.6f)))
				return rc;
			continue;
		}
		if (nkg_s_modality(c, k, 1, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		plist p = {0};
		int expl = 0, org;
		/* ("having coached in the URC": where, a league, is no
		 * employer; "qu'elle dirigeait à Gien" names the place of the
		 * one she ran) */
		if (k + vl + 1 < c->s->tok1 && nkg_lang_in(c->l->place_preps, FOLD(c, k + vl)) &&
		    nkg_lang_in(c->l->definite_articles, FOLD(c, k + vl + 1)))
			continue;
		nkg_s_persons_before(c, k, &p);
		if (!p.n)
			continue;
		org = nkg_s_org_after(c, k + vl, 10, &expl);
		/* "..., où elle dirigera le laboratoire": the place the
		 * clause is about, unless the verb names its own */
		int wa = where_antecedent(c, k);
		if (wa >= 0 && (!expl || !nkg_s_org_named_after(c, k + vl, org))) {
			org = wa;
			expl = 1;
		}
		/* ("a débuté sa carrière dans l'administration
		 * pénitentiaire": a career's start, a phrase, is told of
		 * another place than the story's; it counts when named) */
		if (cl && !nkg_s_org_named_after(c, k + vl, org))
			org = -1;
		if (org < 0 || !expl) {
			/* "At Siemens, he headed ...": a fronted organisation */
			size_t j = c->s->tok0;
			if (j + 1 < c->s->tok1 && (nkg_lang_in(c->l->title_links, FOLD(c, j)) ||
						   nkg_lang_in(c->l->org_links, FOLD(c, j))))
				org = org_at(c, j + 1, NULL);
			if (org < 0)
				continue;
		}
		/* "avait dirigé", "a dirigé": a past participle after an
		 * auxiliary is past too. */
		int former = rv->former || (k > c->s->tok0 &&
			(!strcmp(FOLD(c, k - 1), "avait") || !strcmp(FOLD(c, k - 1), "a") ||
			 !strcmp(FOLD(c, k - 1), "avoir") || !strcmp(FOLD(c, k - 1), "had")));
		/* "who has helmed Y since late 2020": held since then, and
		 * still */
		size_t oe = k + 1;
		const nkg_mention *since = NULL;
		while (oe < c->s->tok1 && oe < k + 12 && org_at(c, oe, NULL) != org)
			oe++;
		size_t os = oe;
		if (org_at(c, oe, &oe) == org && (since = nkg_s_since_after(c, oe)))
			former = 0;
		/* ("dirige depuis 2007 le Théâtre de la Ville": or between
		 * the verb and the organisation, in the present) */
		for (size_t mi = c->ms->by_sent[c->si]; !since && !former && os < c->s->tok1 &&
		     mi < c->ms->by_sent[c->si + 1]; mi++) {
			const nkg_mention *m = &c->ms->m[mi];
			if (m->kind == NKG_M_DATE && m->tok0 >= k + vl && m->tok1 <= os &&
			    m->date[0] && nkg_s_since_mention(c->doc, m))
				since = m;
		}
		for (size_t i = 0; i < p.n; i++) {
			if ((rc = nkg_s_add_role(c, p.chain[i], org, rv->role, (size_t)-1, former, 0, 0.7f)) ||
			    (rc = nkg_s_held_since(c, p.chain[i], org, rv->role, since)))
				return rc;
		}
	}
	return 0;
}

/* "Marc Olivier, un ancien d'Aviva, de Groupama et de MAIF
 * Assurances", "X, a veteran of Goldman Sachs": the person in apposition
 * worked at each organisation the phrase lists (a past post, no title). */
int nkg_s_alumni_of(sctx *c)
{
	int rc = 0;
	for (size_t k = c->s->tok0 + 1; !rc && k < c->s->tok1; k++) {
		size_t al = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->alumni_words);
		if (!al)
			continue;
		int person = apposition_head(c, k);
		/* ("Kyros Mitsaki, le nouveau Premier ministre, ancien du
		 * BCG": over the post in apposition before it) */
		int tm = person < 0 && k > c->s->tok0 + 2 && is_punct(c, k - 1, ",") ? title_at(c, k - 2) : -1;
		if (tm >= 0) {
			size_t b = c->ms->m[tm].tok0;
			while (b > c->s->tok0 && (nkg_lang_in(c->l->determiners, FOLD(c, b - 1)) ||
						  nkg_lang_in(c->l->new_words, FOLD(c, b - 1)) ||
						  nkg_lang_in(c->l->former, FOLD(c, b - 1))))
				b--;
			if (b > c->s->tok0 && is_punct(c, b - 1, ","))
				person = apposition_head(c, b);
		}
		/* "Après un passage chez Orange, X a rejoint Y": fronted, the
		 * subject after the comma that closes the phrase */
		int named_before = 0;
		for (size_t q = c->s->tok0; q < k && !named_before; q++)
			named_before = person_at(c, q, NULL) >= 0;
		if (person < 0 && k <= c->s->tok0 + 6 && !named_before) {
			for (size_t q = k + al; q < c->s->tok1 && q < k + al + 12; q++) {
				if (hard_boundary(c, q))
					break;
				if (is_punct(c, q, ",") && q + 1 < c->s->tok1) {
					person = person_at(c, q + 1, NULL);
					break;
				}
			}
		}
		if (person < 0)
			continue;
		for (size_t q = k + al; !rc && q < c->s->tok1;) {
			size_t e = 0;
			/* ("ancien du groupe Safran": over the kind of
			 * organisation) */
			while (q + 1 < c->s->tok1 && q < k + al + 2 && !(TOK(c, q)->flags & NKG_TOK_CAP) &&
			       nkg_lang_in(c->l->org_cue_before, FOLD(c, q)))
				q++;
			int o = org_at(c, q, &e), mq = mention_at(c, q);
			/* (over a name not known as an organisation: the list
			 * goes on after it) */
			if (o < 0 && mq >= 0 && c->ms->m[mq].kind == NKG_M_NAME && c->ms->m[mq].tok0 == q)
				e = c->ms->m[mq].tok1;
			else if (o < 0)
				break;
			if (o >= 0 && (rc = nkg_s_add_role(c, person, o, "employee", (size_t)-1, 1, 0, 0.6f)))
				break;
			/* the list goes on: ", de Groupama", "et de MAIF" */
			size_t n = e;
			if (n < c->s->tok1 && (is_punct(c, n, ",") || nkg_lang_in(c->l->coord, FOLD(c, n))))
				n++;
			if (n < c->s->tok1 && nkg_lang_in(c->l->coord, FOLD(c, n)))
				n++;
			if (n < c->s->tok1 && nkg_lang_in(c->l->title_links, FOLD(c, n)))
				n++;
			if (n == e || n >= c->s->tok1 || mention_at(c, n) < 0)
				break;
			q = n;
		}
	}
	return rc;
}

/* Whether some word of the sentence is a move's trigger. */
static int sentence_has_trigger(const sctx *c)
{
	for (size_t k = c->s->tok0; k < c->s->tok1; k++) {
		size_t len = 0;
		if (nkg_s_match_trigger(c, k, &len) && len)
			return 1;
	}
	return 0;
}

/* "un remplacement d'Antoine Frérot à la tête de Veolia", "X, at the
 * helm of Orbis since 2019": a person at the head of an organisation runs
 * it.  (As a move's complement, "nommé à la tête de X", the move says
 * so.) */
int nkg_s_at_the_head(sctx *c)
{
	for (size_t k = c->s->tok0 + 1; k + 2 < c->s->tok1; k++) {
		size_t hl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->head_verbs);
		if (!hl || !nkg_lang_in(c->l->title_links, FOLD(c, k - 1)))
			continue;
		/* the person just before "à"/"at" (or before its comma) */
		size_t b = k - 1;
		if (b > c->s->tok0 && is_punct(c, b - 1, ","))
			b--;
		int pm = b > c->s->tok0 ? mention_at(c, b - 1) : -1, person = -1;
		if (pm >= 0 && c->ms->m[pm].tok1 == b)
			person = person_at(c, c->ms->m[pm].tok0, NULL);
		size_t q = k + hl;
		if (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
			q++;
		int org = q < c->s->tok1 ? org_at(c, q, NULL) : -1;
		/* "À la tête de la scène conventionnée du Toboggan de 2014 à
		 * 2016, X avait ...": the phrase opens the sentence, its
		 * organisation maybe behind a common noun, the person after
		 * the comma that closes it */
		if (person < 0 && k - 1 == c->s->tok0) {
			int ex = 0;
			org = nkg_s_org_after(c, q, 6, &ex);
			for (size_t r = q; org >= 0 && r + 1 < c->s->tok1 && r < q + 16; r++) {
				if (hard_boundary(c, r))
					break;
				if (is_punct(c, r, ",")) {
					person = person_at(c, r + 1, NULL);
					break;
				}
			}
		}
		if (person < 0 || org < 0 || nkg_s_modality(c, k, hl, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		int rc = nkg_s_add_role(c, person, org, "ceo", (size_t)-1, 0, 0, 0.6f);
		if (rc)
			return rc;
		/* "Emmanuel Demarcy-Mota à la tête du Festival d'Automne": a
		 * headline without a verb announces the appointment */
		if ((c->s->flags & NKG_SENT_TITLE) && !sentence_has_trigger(c) &&
		    (rc = nkg_s_add_event(c, person, org, NKG_EV_APPOINTED, "ceo", NKG_MOD_ASSERTED, k, 0.6f)))
			return rc;
	}
	return 0;
}

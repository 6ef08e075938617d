/* newskg — career moves from triggers: verbs and nouns of joining,
 * appointment, dismissal, leaving, return and founding, with their
 * persons, organisation, post and date (see statements.h). */
#include "statements_int.h"

/* ---- triggers --------------------------------------------------------- */

static int noun_like(const char *f)
{
	static const char *const suf[] = {
		"ment", "ments", "tion", "tions", "eur", "eurs", "rice", "rices",
		"ite", "ites", "age", "ages", "ance", "ances", "ence", "ences",
		"isme", NULL
	};
	return nkg_lang_ends_in(suf, f, 2);
}

/* Whether the move at k is told in a clause fronted before the
 * sentence's subject: "Après avoir cofondé Tessalys, X ..." (the
 * sentence opens with the phrase, the trigger right after it). */
int nkg_s_fronted_at(const nkg_doc *doc, const nkg_lang *l, const nkg_sentence *s, size_t k)
{
	size_t n = nkg_doc_match_list(doc, s->tok0, s->tok1, l->fronted_clauses);
	return n && s->tok0 + n == k;
}

const nkg_trigger_entry *nkg_s_match_trigger(const sctx *c, size_t k, size_t *len)
{
	const nkg_trigger_entry *best = NULL;
	size_t blen = 0;
	const char *f = FOLD(c, k);

	if (!(TOK(c, k)->flags & NKG_TOK_WORD) || mention_at(c, k) >= 0)
		return NULL;
	size_t nc = 0;
	const nkg_trigger_entry *const *cand = nkg_lang_trigger_candidates(c->l, f, &nc);
	for (size_t i = 0; i < nc; i++) {
		const nkg_trigger_entry *e = cand[i];
		size_t m = 0;
		if (e->exact) {
			m = nkg_doc_match(c->doc, k, c->s->tok1, e->stem);
			/* "assure désormais l'intérim", "a finalement quitté":
			 * an adverb after the phrase's first word */
			const char *sp = strchr(e->stem, ' ');
			if (!m && sp && k + 2 < c->s->tok1 && (size_t)(sp - e->stem) == strlen(f) &&
			    !strncmp(f, e->stem, (size_t)(sp - e->stem)) &&
			    nkg_lang_in(c->l->apposition_adverbs, FOLD(c, k + 1))) {
				size_t r = nkg_doc_match(c->doc, k + 2, c->s->tok1, sp + 1);
				if (r)
					m = r + 2;
			}
		} else if (!strncmp(f, e->stem, strlen(e->stem)) && !noun_like(f) &&
			   /* ("à Limoges" is no "limog-": a capitalised word
			    * inside a sentence of prose is a name, not a
			    * verb's form) */
			   !((TOK(c, k)->flags & NKG_TOK_CAP) && k > c->s->tok0 &&
			     !(c->s->flags & NKG_SENT_TITLE) && c->s->para > 0 && !is_punct(c, k - 1, "\"") &&
			     !(TOK(c, k - 1)->flags & NKG_TOK_PUNCT)))
			m = 1;
		if (m > blen || (m == blen && m && best && !best->exact && e->exact)) {
			best = e;
			blen = m;
		}
	}
	/* "a embauché" folds like "embauche": after an auxiliary it is the
	 * verb. */
	if (best && best->cls == NKG_TRIG_NOUN && k > c->s->tok0 &&
	    (nkg_lang_in(c->l->be_aux, FOLD(c, k - 1)) || !strcmp(FOLD(c, k - 1), "a") ||
	     !strcmp(FOLD(c, k - 1), "ont") || !strcmp(FOLD(c, k - 1), "avait") ||
	     !strcmp(FOLD(c, k - 1), "ait"))) {
		for (size_t i = 0; c->l->triggers[i].stem; i++) {
			const nkg_trigger_entry *e = &c->l->triggers[i];
			if (e->cls != NKG_TRIG_NOUN && !e->exact &&
			    !strncmp(f, e->stem, strlen(e->stem))) {
				best = e;
				blen = 1;
				break;
			}
		}
	}
	*len = blen;
	return best;
}

static int passive(const sctx *c, size_t trig)
{
	/* "Maria Lopez, nommée PDG de Beta Foods en 2019, ...": a participle
	 * in apposition to a person is said of that person (not an active
	 * one: "X, poaching him from Y"). */
	int active = nkg_lang_ends_in(c->l->active_endings, FOLD(c, trig), 2);
	/* (over "lui-même", "aussi": "X, lui-même remercié par Brive") */
	size_t cm = trig;
	while (cm > c->s->tok0 + 2 && cm + 3 > trig &&
	       (nkg_lang_in(c->l->apposition_adverbs, FOLD(c, cm - 1)) ||
		nkg_lang_in(c->l->emphatics, FOLD(c, cm - 1))))
		cm--;
	/* (or opening an aside between dashes: "M. Salle - nommé président
	 * de Foncia - a ...") */
	if (!active && cm >= c->s->tok0 + 2 && (is_punct(c, cm - 1, ",") || dash_at(c, cm - 1))) {
		int mi = mention_at(c, cm - 2);
		if (mi >= 0 && c->ms->m[mi].tok1 == cm - 1 &&
		    person_at(c, c->ms->m[mi].tok0, NULL) >= 0)
			return 1;
	}
	/* Headlines drop the auxiliary: "Philippe Loos nommé préfet du
	 * Cantal", "Jane Doe named CEO of Acme" */
	if (!active && (c->s->flags & NKG_SENT_TITLE) && trig > c->s->tok0) {
		int mi = mention_at(c, trig - 1);
		if (mi >= 0 && c->ms->m[mi].tok1 == trig &&
		    person_at(c, c->ms->m[mi].tok0, NULL) >= 0)
			return 1;
	}
	for (size_t k = trig, n = 0; k-- > c->s->tok0 && n < 3; n++) {
		if (nkg_lang_in(c->l->be_aux, FOLD(c, k)))
			return 1;
		if (hard_boundary(c, k))
			break;
	}
	return 0;
}

const char *nkg_s_role_of(const sctx *c, int person, int org, int current)
{
	for (size_t i = c->st->n_roles; i-- > c->role0;) {
		const nkg_stmt_role *r = &c->st->roles[i];
		if (r->sent == c->si && r->person == person && (r->org == org || org < 0) &&
		    !(current && r->former))
			return r->role;
	}
	return NULL;
}

/* Is the subject right before the trigger a pronoun ("qu'il arrive")?
 * Then an intransitive verb is too weak to state a move on its own. */
static int pronoun_subject(const sctx *c, size_t trig)
{
	for (size_t k = trig, n = 0; k-- > c->s->tok0 && n < 3; n++) {
		int mi = mention_at(c, k);
		if (mi >= 0)
			return c->ms->m[mi].kind == NKG_M_PRONOUN;
	}
	return 0;
}

/* "X has resigned to become chief executive of Y", "would become its CEO",
 * "est devenu directeur général de Y": an appointment when a title follows
 * (the role itself comes from nkg_s_roles_for). */
static int become_event(sctx *c, size_t trig, nkg_modality mod)
{
	size_t k = trig + 1, oend;
	int expl = 0, org, tm;
	plist p = {0};

	float conf = 0.7f;
	/* "deviendra le 1er mars directeur général": over the date (which
	 * dates the move, see nkg_s_sentence()) */
	size_t kd = k < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, k)) ? k + 1 : k;
	int dm = kd < c->s->tok1 ? mention_at(c, kd) : -1;
	if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE && c->ms->m[dm].tok0 == kd)
		k = c->ms->m[dm].tok1;
	size_t k0 = k;
	/* "will become its interim group chief executive" */
	while (k < c->s->tok1 && k < k0 + 4 && (nkg_lang_in(c->l->determiners, FOLD(c, k)) ||
						   nkg_lang_in(c->l->apposition_adverbs, FOLD(c, k)) ||
						   nkg_lang_in(c->l->joint_words, FOLD(c, k)) ||
						   nkg_lang_in(c->l->new_words, FOLD(c, k)) ||
						   nkg_lang_in(c->l->interim_before, FOLD(c, k)) ||
						   (nkg_lang_in(c->l->org_cue_before, FOLD(c, k)) &&
						    !(TOK(c, k)->flags & NKG_TOK_CAP))))
		k++;
	if (k >= c->s->tok1 || (tm = title_at(c, k)) < 0)
		return 0;
	org = nkg_s_title_org(c, (size_t)tm, &expl, &oend);
	if (org < 0 && k > trig + 1 && nkg_lang_in(c->l->possessive_before, FOLD(c, trig + 1))) {
		org = nkg_s_org_before(c, trig);
		expl = org >= 0;
	}
	if (org < 0 && nkg_lang_in(c->l->org_possessives, FOLD(c, trig + 1))) {
		org = nkg_s_org_before(c, trig);
		expl = org >= 0;
	}
	/* "X said that Y ... will become its interim chief executive": the
	 * organisation the sentence names before */
	if (org < 0 && (nkg_lang_in(c->l->possessive_before, FOLD(c, trig + 1)) ||
			nkg_lang_in(c->l->org_possessives, FOLD(c, trig + 1)))) {
		for (size_t b = trig; b-- > c->s->tok0 && org < 0;) {
			int mi = mention_at(c, b);
			if (mi >= 0 && c->ms->m[mi].tok0 == b && !nkg_s_is_source(c, b))
				org = org_at(c, b, NULL);
		}
		expl = org >= 0;
	}
	/* "devenu Commissaire européen au Marché intérieur", "becomes
	 * Minister of Finance": a portfolio is no post at the story's
	 * organisation */
	if (org < 0 && nkg_doc_match_list(c->doc, c->ms->m[tm].tok0, c->ms->m[tm].tok1,
					  c->l->portfolio_titles))
		return 0;
	/* "will become interim CFO of the group": the organisation the
	 * article speaks of */
	if (org == -3 && (org = nkg_s_discourse_org(c)) >= 0)
		expl = 1;
	/* "Philippe Augier devient président exécutif": the story's
	 * organisation, when the sentence names none */
	if (org == -2 && (org = nkg_s_fronted_org(c)) >= 0)
		expl = 1;
	else if (org < 0 && nkg_s_any_org_in_sentence(c, trig) < 0 && (org = nkg_s_topic_org(c)) >= 0) {
		expl = 1;
		conf = 0.6f;
	}
	if (org < 0 || !expl)
		return 0;
	nkg_s_persons_before(c, trig, &p);
	for (size_t i = 0; i < p.n; i++) {
		int rc = nkg_s_add_event(c, p.chain[i], org, NKG_EV_APPOINTED, c->ms->m[tm].role, mod, trig, conf);
		if (rc)
			return rc;
	}
	return 0;
}

/* "Le directeur général du motoriste toulousain a été démis ...": a title
 * with no name, subject of the move, stands for the person the story
 * last named, when what the article says of them does not contradict it
 * (no other current role).  Adds that person to out; returns the title
 * mention, or -1. */
static int title_subject(const sctx *c, size_t trig, plist *out)
{
	for (size_t k = trig; k-- > c->s->tok0 && k + 14 > trig;) {
		int mi = mention_at(c, k);
		const nkg_mention *m;
		int p;
		if (hard_boundary(c, k))
			break;
		if (mi < 0)
			continue;
		m = &c->ms->m[mi];
		if (m->kind == NKG_M_NAME || m->kind == NKG_M_PRONOUN)
			return -1; /* someone named: nkg_s_persons_before's business */
		if (m->kind != NKG_M_TITLE || m->plural)
			continue;
		/* definite ("le directeur général", "the chief executive"),
		 * and no name after it ("le PDG Sam Altman") */
		if (m->tok0 == c->s->tok0 || !nkg_lang_in(c->l->determiners, FOLD(c, m->tok0 - 1)) ||
		    (m->tok1 < c->s->tok1 && person_at(c, m->tok1, NULL) >= 0))
			return -1;
		if ((p = nkg_s_resolve_pronoun_depth(c, (size_t)mi, 0)) < 0)
			return -1;
		for (size_t i = 0; i < c->st->n_roles; i++)
			if (c->st->roles[i].person == p && !c->st->roles[i].former &&
			    strcmp(c->st->roles[i].role, m->role))
				return -1;
		plist_add(out, p);
		return mi;
	}
	return -1;
}

/* The role a post's noun at k stands for ("présidence": president), or
 * NULL. */
const char *nkg_s_post_noun(const sctx *c, size_t k)
{
	/* (the longest: "la direction générale" before "la direction") */
	const char *role = NULL;
	size_t best = 0;
	for (size_t i = 0; c->l->post_nouns[i] && c->l->post_nouns[i + 1]; i += 2) {
		size_t m = nkg_doc_match(c->doc, k, c->s->tok1, c->l->post_nouns[i]);
		if (m > best) {
			best = m;
			role = c->l->post_nouns[i + 1];
		}
	}
	/* (the noun alone, its complement next: not "la direction
	 * financière", a post of its own) */
	size_t e = k + best;
	if (!role || (e < c->s->tok1 && (TOK(c, e)->flags & NKG_TOK_WORD) &&
		      !(TOK(c, e)->flags & NKG_TOK_NUM) &&
		      !nkg_lang_in(c->l->title_links, FOLD(c, e)) &&
		      !nkg_lang_in(c->l->stopwords, FOLD(c, e))))
		return NULL;
	return role;
}

/* The post a departure names after its verb: "a quitté la présidence du
 * groupe", "quitte la direction générale de X". */
static const char *post_after(const sctx *c, size_t k)
{
	if (k < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, k)))
		k++;
	return k < c->s->tok1 ? nkg_s_post_noun(c, k) : NULL;
}

/* The organisation an object relative before trig stands for: "X,
 * qu'il a rejoint", "Y, which she joined": the pronoun within four words
 * of the trigger (only a subject and auxiliaries between), and the
 * organisation right before it, a comma aside.  -1 when none. */
static int relative_antecedent(const sctx *c, size_t trig, int *genitive)
{
	*genitive = 0;
	for (size_t k = trig, n = 0; k-- > c->s->tok0 + 1 && n < 4; n++) {
		if (TOK(c, k)->flags & NKG_TOK_PUNCT)
			return -1;
		*genitive = nkg_lang_in(c->l->genitive_relatives, FOLD(c, k));
		if (!*genitive && !nkg_lang_in(c->l->object_relatives, FOLD(c, k)))
			continue;
		size_t b = k;
		if (is_punct(c, b - 1, ","))
			b--;
		int mi = b > c->s->tok0 ? mention_at(c, b - 1) : -1;
		return mi >= 0 ? org_at(c, c->ms->m[mi].tok0, NULL) : -1;
	}
	return -1;
}

int nkg_s_events_for(sctx *c, trig_hit *h)
{
	const nkg_trigger_entry *e = h->e;
	size_t trig = h->tok, tend = h->tok + h->len;
	nkg_modality mod = nkg_s_modality(c, trig, h->len, e->cls);
	/* "He started his reign at Oxford": one founds something, not
	 * one's own tenure */
	if (e->kind == NKG_EV_FOUNDED && tend < c->s->tok1 &&
	    nkg_lang_in(c->l->possessive_before, FOLD(c, tend)))
		return 0;
	if (nkg_lang_in(c->l->become, FOLD(c, trig)))
		return become_event(c, trig, mod);
	/* "X left the meeting", "a quitté la salle", "quitte le terrain sur
	 * blessure": a leaving of a place or an occasion, no post */
	if (e->kind == NKG_EV_LEFT) {
		size_t q = tend;
		while (q < c->s->tok1 && q < tend + 2 && (nkg_lang_in(c->l->determiners, FOLD(c, q)) ||
							  nkg_lang_in(c->l->possessive_before, FOLD(c, q))))
			q++;
		if (q > tend && q < c->s->tok1 && mention_at(c, q) < 0 &&
		    nkg_doc_match_list(c->doc, q, c->s->tok1, c->l->leave_objects))
			return 0;
	}
	/* "sa nomination", "his return": usually a move told before, which
	 * it may date (see nkg_s_sentence()); but "X, who announced her
	 * resignation" tells it for the first time. */
	if (trig > c->s->tok0 && nkg_lang_in(c->l->possessive_before, FOLD(c, trig - 1))) {
		plist who = {0};
		nkg_s_persons_before(c, trig, &who);
		if (!who.n || mod != NKG_MOD_ASSERTED)
			return 0;
		for (size_t i = 0; i < c->st->n_events; i++) {
			const nkg_stmt_event *pe = &c->st->events[i];
			int same = pe->kind == e->kind ||
				   (e->kind == NKG_EV_APPOINTED && pe->kind == NKG_EV_JOINED) ||
				   (e->kind == NKG_EV_JOINED && pe->kind == NKG_EV_APPOINTED);
			if (same && pe->person == who.chain[0])
				return 0;
			/* "X a nommé Y directeur. Le président, Z, a salué son
			 * arrivée": the move just told is someone else's; the
			 * one who speaks of it did not move */
			if (same && pe->sent + 1 == c->si &&
			    c->doc->sents[pe->sent].para == c->doc->sents[c->si].para)
				return 0;
		}
		int ex = 0, o = nkg_s_org_after(c, tend, 8, &ex);
		/* "After 30 years as chairman of X, Y announced her
		 * retirement": the post the sentence gives her */
		for (size_t i = c->st->n_roles; o < 0 && i-- > c->role0;)
			if (c->st->roles[i].sent == c->si && c->st->roles[i].person == who.chain[0])
				o = c->st->roles[i].org;
		if (o < 0)
			o = nkg_s_discourse_org(c);
		return o >= 0 ? nkg_s_add_event(c, who.chain[0], o, e->kind, NULL, mod, trig, 0.6f) : 0;
	}
	plist persons = {0};
	int org = -2, expl = 0, rc, from_org = -1, tsub = -1;
	size_t rel_after = 0; /* "the departure of X, who ...": the comma opening the clause */
	float conf = 0.8f;

	if ((e->cls == NKG_TRIG_TRANS && trig == c->s->tok0 &&
	     (TOK(c, trig)->flags & NKG_TOK_CAP)) ||
	    /* "Après avoir cofondé Tessalys, X ...": the same */
	    nkg_s_fronted_at(c->doc, c->l, c->s, trig)) {
		/* "Licenciée vendredi pour faute grave, la directrice X a
		 * été ...": a participle opening the sentence is said of the
		 * subject that follows. */
		/* (not the one who appointed: "Nommé directeur général de
		 * la CDC par Jacques Chirac ..., Augustin de Romanet") */
		for (size_t k = tend; k < c->s->tok1 && !persons.n; k++) {
			int p = person_at(c, k, NULL);
			if (p >= 0 && !(k > tend && nkg_lang_in(c->l->by_words, FOLD(c, k - 1))))
				plist_add(&persons, p);
		}
		org = nkg_s_org_after(c, tend, 16, &expl);
	} else if (e->cls == NKG_TRIG_TRANS && !passive(c, trig)) {
		nkg_s_persons_after(c, tend, 8, &persons);
		if (e->kind == NKG_EV_JOINED)
			from_org = nkg_s_origin_org(c, tend);
		org = nkg_s_org_before(c, trig);
		/* "le Conseil des ministres a nommé X préfet de la Mayenne":
		 * a governing body appoints to the organisation named after */
		if (org >= 0 && c->ms->chains[org].governing) {
			int ex2 = 0, o2 = nkg_s_org_after(c, tend, 12, &ex2);
			if (o2 >= 0 && ex2)
				org = o2;
			/* "Le Conseil d'administration a nommé X PDG par
			 * intérim": none named, the board is the article's
			 * organisation's (or its paragraph's) */
			else if ((o2 = nkg_s_topic_org(c)) >= 0 || (o2 = c->ms->main_org) >= 0) {
				if (!c->ms->chains[o2].governing)
					org = o2;
			}
		}
		if (org >= 0)
			expl = 1;
		else if (nkg_s_anaphor_before(c, trig) && (org = nkg_s_discourse_org(c)) >= 0)
			expl = 1; /* "the company hired X" */
		else
			org = nkg_s_org_after(c, tend, 12, &expl);
		if (from_org >= 0 && org == from_org) {
			/* ", poaching him from rival X": the hiring company is
			 * the story's */
			org = c->ms->main_org >= 0 && c->ms->main_org != from_org ? c->ms->main_org : -2;
			expl = org >= 0;
		}
	} else if (e->cls == NKG_TRIG_TRANS) {
		nkg_s_persons_before(c, trig, &persons);
		if (!persons.n)
			tsub = title_subject(c, trig, &persons);
		org = nkg_s_org_after(c, tend, 8, &expl);
		if (org == -2) {
			/* "Sam Altman, PDG d'OpenAI, a été licencié". */
			int o = nkg_s_org_before(c, trig);
			if (o >= 0) {
				org = o;
				expl = 1;
			}
		}
	} else if (e->cls == NKG_TRIG_INTRANS) {
		/* "fondée en 2009 par X": the agent follows. */
		size_t by = 0;
		if (h->len > 1 && nkg_lang_in(c->l->by_words, FOLD(c, tend - 1)))
			by = tend - 1; /* "replaced by", "remplacé par" */
		for (size_t k = tend; !by && k < c->s->tok1 && k < tend + 5; k++) {
			if (hard_boundary(c, k) || is_punct(c, k, ","))
				break;
			if (nkg_lang_in(c->l->by_words, FOLD(c, k))) {
				by = k;
				break;
			}
		}
		if (by) {
			nkg_s_persons_after_slack(c, by + 1, 10, 5, &persons);
			org = nkg_s_org_before(c, trig);
			expl = org >= 0;
			/* "Paul Roux quitte le CHU de Reims. Il est remplacé par
			 * Y": where the one replaced held a post or left one */
			if (org < 0) {
				plist pb = {0};
				nkg_s_persons_before(c, trig, &pb);
				for (size_t i = c->st->n_events; pb.n && org < 0 && i-- > 0;)
					if (c->st->events[i].person == pb.chain[0] && c->st->events[i].org >= 0 &&
					    ends_post(c->st->events[i].kind))
						org = c->st->events[i].org;
				/* (else a post held now, not "a former CEO of X") */
				const nkg_stmt_role *pr = pb.n && org < 0 ? nkg_s_role_left(c, pb.chain[0]) : NULL;
				if (pr && !pr->former)
					org = pr->org;
				expl = org >= 0;
			}
			if (org < 0 && trig == c->s->tok0) {
				/* "Créée en 2021 par X, la fintech Payflo ...": the
				 * organisation is the subject that follows. */
				for (size_t q = by + 1; q < c->s->tok1 && org < 0; q++)
					org = org_at(c, q, NULL);
				expl = org >= 0;
			}
		} else if (trig == c->s->tok0 && (TOK(c, trig)->flags & NKG_TOK_CAP) && h->len == 1) {
			/* "Arrivé à l'été 2016 à Narbonne, Christian Labit
			 * quitte le club": a participle opening the sentence
			 * is said of the subject after its comma */
			for (size_t k = tend; k < c->s->tok1 && k < tend + 14 && !persons.n; k++) {
				int mk = mention_at(c, k);
				/* ("Succeeding her is her son, X": someone before
				 * the comma is what the participle is about) */
				if (hard_boundary(c, k) ||
				    (mk >= 0 && (c->ms->m[mk].kind == NKG_M_PRONOUN || person_at(c, k, NULL) >= 0)))
					break;
				if (is_punct(c, k, ",") && k + 1 < c->s->tok1) {
					int p = person_at(c, k + 1, NULL);
					if (p >= 0)
						plist_add(&persons, p);
				}
			}
			org = nkg_s_org_after(c, tend, 10, &expl);
		} else {
			nkg_s_persons_before(c, trig, &persons);
			/* "Frédéric Calmet (parti en 2015)": an aside opening on
			 * the move is said of the person before it */
			int pa = trig > c->s->tok0 + 1 && is_punct(c, trig - 1, "(") ? person_before_tok(c, trig - 1) : -1;
			if (!persons.n && pa >= 0)
				plist_add(&persons, pa);
			/* ("is leaving his position as president and CEO of
			 * New Orleans-based X": the post named at length) */
			int own = tend < c->s->tok1 && nkg_lang_in(c->l->person_possessives, FOLD(c, tend));
			org = nkg_s_org_after(c, tend, own ? 14 : 8, &expl);
			/* "le comité exécutif de Sigfox, qu'il a rejoint en
			 * 2018", "Orbis, which she joined in 2015": the
			 * organisation the relative pronoun stands for */
			/* ("Brionne, dont elle a pris la tête en 2015": the
			 * post of it) */
			int genitive;
			int ante = relative_antecedent(c, trig, &genitive);
			if (ante >= 0 && (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_RETURNED ||
					  e->kind == NKG_EV_LEFT || (genitive && e->kind == NKG_EV_APPOINTED))) {
				org = ante;
				expl = 1;
			}
			/* "a senior vice president at Times Mirror Co. who
			 * joined the group in 1983 as publisher of Z": the group
			 * is the one named before, not Z */
			size_t an = tend < c->s->tok1 ? nkg_doc_match_list(c->doc, tend, c->s->tok1, c->l->org_anaphors) : 0;
			int rel = (trig > c->s->tok0 && nkg_lang_in(c->l->relative, FOLD(c, trig - 1))) ||
				  (trig > c->s->tok0 + 1 && nkg_lang_in(c->l->relative, FOLD(c, trig - 2)));
			for (size_t q = tend + an; an && q < c->s->tok1 && q < tend + an + 4; q++)
				if (hard_boundary(c, q) || is_punct(c, q, ","))
					break;
				else if (org_at(c, q, NULL) >= 0)
					an = 0; /* "le groupe de cosmétiques Lumessence" */
			if (an && rel && e->kind == NKG_EV_JOINED) {
				int ob = nkg_s_org_before(c, trig);
				/* (not one the person has left: "X, un ancien de
				 * Renault et de Valeo, qui a rejoint l'entreprise") */
				for (size_t i = c->role0; ob >= 0 && i < c->st->n_roles; i++)
					if (c->st->roles[i].sent == c->si && c->st->roles[i].org == ob &&
					    c->st->roles[i].former)
						ob = -1;
				if (ob >= 0) {
					org = ob;
					expl = 1;
				}
			}
			if (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_RETURNED)
				from_org = nkg_s_origin_org(c, tend);
			if (from_org >= 0 && org == from_org) {
				/* "joins from rival X": X is left, the company
				 * joined is the one the article is about. */
				org = c->ms->main_org >= 0 && c->ms->main_org != from_org
					? c->ms->main_org : -2;
				expl = org >= 0;
			}
		}
		/* "a cofondé X avec Y", "co-founded X with Y". */
		if (e->kind == NKG_EV_FOUNDED) {
			for (size_t k = tend; k < c->s->tok1 && k < tend + 12; k++) {
				if (hard_boundary(c, k))
					break;
				if (!strcmp(FOLD(c, k), "avec") || !strcmp(FOLD(c, k), "with")) {
					nkg_s_persons_after(c, k + 1, 6, &persons);
					break;
				}
			}
		}
		if (!expl && e->kind == NKG_EV_JOINED && persons.n) {
			/* "X, nouveau PDG de la compagnie, arrivé en juillet":
			 * the organisation of the person's role here; "Okonkwo
			 * joined in 2014": no object, the article's company. */
			int ro = -1;
			/* (a role held before is no clue: "a former CFO of
			 * Telvanta, who joins the board") */
			for (size_t i = c->st->n_roles; i-- > c->role0;)
				if (c->st->roles[i].sent == c->si &&
				    c->st->roles[i].person == persons.chain[0] &&
				    c->st->roles[i].org >= 0 && !c->st->roles[i].former) {
					ro = c->st->roles[i].org;
					break;
				}
			int dm = tend < c->s->tok1 ? mention_at(c, tend) : -1;
			int bare = tend >= c->s->tok1 || hard_boundary(c, tend) ||
				   is_punct(c, tend, ",") ||
				   (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE) ||
				   (tend + 1 < c->s->tok1 && (dm = mention_at(c, tend + 1)) >= 0 &&
				    c->ms->m[dm].kind == NKG_M_DATE);
			if (ro >= 0) {
				org = ro;
				expl = 1;
			} else if (org >= 0 && nkg_doc_match_list(c->doc, tend, c->s->tok1, c->l->board_words)) {
				expl = 1; /* "joins the board": the story's company's */
			} else if (org >= 0 && nkg_doc_match_list(c->doc, tend, c->s->tok1,
								 c->l->governing_bodies)) {
				expl = 1; /* "rejoindra le groupe": the story's company */
			} else if (bare && nkg_s_topic_org(c) >= 0 && !pronoun_subject(c, trig)) {
				org = nkg_s_topic_org(c);
				expl = 1;
				conf -= 0.1f;
			}
		}
		/* "chief executive X, who co-founded the company in 2009": the
		 * company of X's role here. */
		if (!expl && e->kind == NKG_EV_FOUNDED && org >= 0 && persons.n) {
			int ro = -1;
			for (size_t i = c->st->n_roles; i-- > c->role0 && ro < 0;)
				if (c->st->roles[i].sent == c->si &&
				    c->st->roles[i].person == persons.chain[0])
					ro = c->st->roles[i].org;
			/* "who founded the company in 1979": the story's company,
			 * unless a name the reader did not know follows ("a
			 * cofondé la start-up nantaise Lumenfield"). */
			int unnamed = 0;
			for (size_t q = tend + 1; ro < 0 && q < c->s->tok1 && q < tend + 5; q++) {
				if (hard_boundary(c, q) || is_punct(c, q, ","))
					break;
				if ((TOK(c, q)->flags & NKG_TOK_CAP) && mention_at(c, q) < 0)
					unnamed = 1;
				if ((TOK(c, q)->flags & NKG_TOK_CAP) && mention_at(c, q) >= 0 &&
				    c->ms->m[mention_at(c, q)].kind != NKG_M_DATE)
					unnamed = 1;
			}
			if (ro < 0 && !unnamed)
				ro = c->ms->main_org;
			if (ro >= 0) {
				org = ro;
				expl = 1;
			}
		}
		if (!expl && (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_FOUNDED))
			return 0; /* joining or founding what? */
	} else {
		/* Nominalisation: "le limogeage du PDG Sam Altman", "l'embauche
		 * ... de Greg Brockman", "Altman's ouster". */
		size_t k = tend, pend = 0; /* (pend: the end of the first person) */
		size_t last = tend;        /* (the end of the latest one) */
		int first = -1;
		for (size_t n = 0; k < c->s->tok1 && n < 12; k++, n++) {
			if (hard_boundary(c, k))
				break;
			/* "the departure of X, who is now a partner at Y": the
			 * clause tells where X is now, not what X left */
			if (first >= 0 && is_punct(c, k, ",") && k + 1 < c->s->tok1 &&
			    nkg_lang_in(c->l->relative, FOLD(c, k + 1))) {
				rel_after = k; /* (never 0: a person comes before) */
				break;
			}
			size_t pe;
			int p = person_at(c, k, &pe);
			if (p >= 0) {
				/* ("son directeur général, Monsieur Jean Cézard":
				 * over an honorific) */
				size_t kb = k > tend && nkg_lang_in(c->l->person_cue_before, FOLD(c, k - 1)) ? k - 1 : k;
				const char *pf = kb > 0 ? FOLD(c, kb - 1) : "";
				int linked = nkg_lang_in(c->l->title_links, pf) ||
					     title_at(c, kb - 1) >= 0 || is_punct(c, kb - 1, ",");
				/* "la fondation de X par le navigateur Y" */
				for (size_t b = k; !linked && b-- > tend && b + 4 > k;)
					if (nkg_lang_in(c->l->by_words, FOLD(c, b)) && mention_at(c, b) < 0)
						linked = 1;
				if (linked && (first < 0 || nkg_s_coordinated_gap(c, last, kb))) {
					plist_add(&persons, p);
					if (first < 0)
						pend = pe;
					first = p;
					last = pe;
				}
				k = pe - 1;
				continue;
			}
			size_t oe;
			if (org_at(c, k, &oe) >= 0 && first < 0) {
				/* "the resignation of Quantyx chief technology
				 * officer X": a title follows the organisation. */
				if (oe < c->s->tok1 && title_at(c, oe) >= 0) {
					k = oe - 1;
					continue;
				}
				/* "the departure of the Ledger's editor, X" */
				if (oe + 1 < c->s->tok1 && possessive_at(c, oe) &&
				    title_at(c, oe + 1) >= 0) {
					k = oe;
					continue;
				}
				break;
			}
		}
		int founded_org = -1;
		if (!persons.n && e->kind == NKG_EV_FOUNDED) {
			/* "la fondation d'Océans Vivants par X", "the founding
			 * of Ashgrove in 2011 by X" */
			size_t by = 0;
			for (size_t q = tend; q < c->s->tok1 && q < tend + 10; q++) {
				if (hard_boundary(c, q))
					break;
				if (founded_org < 0)
					founded_org = org_at(c, q, NULL);
				if (nkg_lang_in(c->l->by_words, FOLD(c, q)) && mention_at(c, q) < 0) {
					by = q;
					break;
				}
			}
			if (by && founded_org >= 0)
				nkg_s_persons_after(c, by + 1, 8, &persons);
		}
		if (!persons.n && trig >= c->s->tok0 + 2 &&
		    possessive_at(c, trig - 1)) {
			int mi = mention_at(c, trig - 2);
			if (mi >= 0)
				plist_add(&persons, person_at(c, c->ms->m[mi].tok0, NULL));
		}
		if (!persons.n)
			return 0;
		if (founded_org >= 0) {
			org = founded_org;
			expl = 1;
		} else if (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_APPOINTED) {
			/* "le ministère a annoncé la nomination de X à la
			 * direction du Théâtre Y": the post's organisation after
			 * the person, not the one announcing it */
			/* (the head phrase right after the person: "X à la
			 * direction du Y", not an apposition's further on) */
			int head_next = pend && pend + 1 < c->s->tok1 &&
					(nkg_doc_match_list(c->doc, pend, c->s->tok1, c->l->head_verbs) ||
					 (nkg_lang_in(c->l->title_links, FOLD(c, pend)) &&
					  nkg_doc_match_list(c->doc, pend + 1, c->s->tok1, c->l->head_verbs)));
			int ho = head_next ? nkg_s_helm_org(c, pend) : -1;
			/* ("the appointment of X as director of the National
			 * Theatre": the title's organisation) */
			size_t al = pend && pend < c->s->tok1 ?
				    nkg_doc_match_list(c->doc, pend, c->s->tok1, c->l->as_words) : 0;
			int atm = al && pend + al < c->s->tok1 ? title_at(c, pend + al) : -1;
			if (ho < 0 && atm >= 0) {
				int ex = 0;
				size_t oe;
				int o = nkg_s_title_org(c, (size_t)atm, &ex, &oe);
				if (o >= 0 && ex)
					ho = o;
			}
			org = ho >= 0 ? ho : nkg_s_org_before(c, trig);
			expl = org >= 0;
			if (org < 0)
				org = nkg_s_org_after(c, k, 14, &expl);
		} else if (!rel_after) {
			org = nkg_s_org_after(c, k, 14, &expl);
		}
		conf = 0.7f;
	}
	/* "Elle succède à l'ancien patron de la SNCF X": the organisation
	 * of a former title after the verb is where someone else used to
	 * work, not the post taken */
	if (org >= 0 && starts_post(e->kind))
		for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
			const nkg_mention *m = &c->ms->m[mi];
			int ex = 0;
			size_t oe;
			if (m->kind == NKG_M_TITLE && m->former && m->tok0 > trig &&
			    nkg_s_title_org(c, mi, &ex, &oe) == org && ex) {
				org = -1;
				break;
			}
		}
	if (!persons.n)
		return 0;
	if (org < 0 && persons.n) {
		/* "X, qui dirigeait Atos depuis 2019, a démissionné": the
		 * organisation of the person's role in this sentence. */
		for (size_t i = c->st->n_roles; i-- > c->role0;)
			if (c->st->roles[i].sent == c->si && c->st->roles[i].person == persons.chain[0] &&
			    c->st->roles[i].org >= 0 &&
			    (c->st->roles[i].title_m == (size_t)-1 ||
			     c->ms->m[c->st->roles[i].title_m].tok0 < trig ||
			     /* ("la démission de son directeur des ressources
			      * humaines, X": the post the noun names) */
			     (e->cls == NKG_TRIG_NOUN && ends_post(e->kind) &&
			      c->ms->m[c->st->roles[i].title_m].tok0 < tend + 4)) &&
			    /* one leaves the role one held; one is appointed
			     * to a new one */
			    (!c->st->roles[i].former || ends_post(e->kind))) {
				org = c->st->roles[i].org;
				break;
			}
	}
	if (org < 0 && persons.n) {
		/* "Fulton Rovers sacked manager X. The Spaniard, who took
		 * over in July, leaves ...": where the story just put the
		 * person (their latest post or move, three sentences back at
		 * most) */
		for (size_t i = c->st->n_events; org < 0 && i-- > 0;) {
			const nkg_stmt_event *pe = &c->st->events[i];
			if (pe->sent + 3 < c->si)
				break;
			/* (where they are: not an organisation they left) */
			if (pe->person == persons.chain[0] && pe->org >= 0 && pe->sent < c->si &&
			    pe->modality == NKG_MOD_ASSERTED &&
			    starts_post(pe->kind))
				org = pe->org;
		}
		for (size_t i = c->st->n_roles; org < 0 && i-- > 0;) {
			const nkg_stmt_role *pr = &c->st->roles[i];
			if (pr->sent + 3 < c->si)
				break;
			if (pr->person == persons.chain[0] && pr->org >= 0 && !pr->former && pr->sent < c->si)
				org = pr->org;
		}
	}
	if (org < 0) {
		/* Unnamed: the organisation the sentence starts with ("Starbucks
		 * said ..."), else the one the article is about, else the
		 * nearest one named in the sentence. */
		int subj = -1;
		for (size_t q = c->s->tok0; q < c->s->tok1 && q < c->s->tok0 + 4 && subj < 0; q++) {
			int mi = mention_at(c, q);
			if (mi >= 0 && c->ms->m[mi].kind == NKG_M_NAME) {
				subj = org_at(c, c->ms->m[mi].tok0, NULL);
				break;
			}
		}
		/* (not one the relative clause about the person names: "le
		 * départ de X, qui prendra les commandes de Y") */
		org = subj >= 0 ? subj : nkg_s_topic_org(c) >= 0 ? nkg_s_topic_org(c)
				       : rel_after ? -1 : nkg_s_any_org_in_sentence(c, trig);
		for (size_t q = rel_after; rel_after && org >= 0 && q < c->s->tok1; q++)
			if (org_at(c, q, NULL) == org)
				org = -1;
		expl = 0;
	}
	/* "avant d'en prendre la direction", "il en a pris la tête": the
	 * clitic stands for the organisation named before in the sentence */
	if (!expl && trig > c->s->tok0 &&
	    (nkg_lang_in(c->l->org_clitics, FOLD(c, trig - 1)) ||
	     (trig > c->s->tok0 + 1 && nkg_lang_in(c->l->perfect_aux, FOLD(c, trig - 1)) &&
	      nkg_lang_in(c->l->org_clitics, FOLD(c, trig - 2))))) {
		/* ("X, président du réseau Y, en assurera la présidence": not
		 * one the subject's apposition names; the story's) */
		int o = nkg_s_in_subject_apposition(c, trig) ? nkg_s_discourse_org(c) : nkg_s_org_before(c, trig);
		if (o >= 0) {
			org = o;
			expl = 1;
		}
	}
	if (!expl)
		conf -= 0.2f;
	/* "Microsoft a embauché X pour diriger ...": X heads something there. */
	int heads = 0;
	if (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_APPOINTED) {
		for (size_t k = trig; k < c->s->tok1 && k < tend + 16; k++) {
			size_t hl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->head_verbs);
			if (!hl)
				continue;
			heads = 1;
			/* "à la tête de l'empire familial Artemis", "at the helm
			 * of Orbis": heading the organisation itself is running
			 * it (a division named there is only headed) */
			size_t q = k + hl;
			while (q < c->s->tok1 && q < k + hl + 4 && org_at(c, q, NULL) < 0 &&
			       !nkg_lang_in(c->l->title_links, FOLD(c, q)) &&
			       !(TOK(c, q)->flags & (NKG_TOK_CAP | NKG_TOK_PUNCT | NKG_TOK_NUM)))
				q++;
			/* "pour prendre la tête de l'établissement": the story's
			 * organisation, whatever else the sentence names */
			/* (not "la société Brunelle": a name after it) */
			size_t al = nkg_doc_match_list(c->doc, k + hl, c->s->tok1, c->l->org_anaphors);
			if (al && !(k + hl + al < c->s->tok1 && org_at(c, k + hl + al, NULL) >= 0) &&
			    nkg_s_topic_org(c) >= 0) {
				org = nkg_s_topic_org(c);
				heads = nkg_lang_in(c->l->elected_words, FOLD(c, trig)) ? 3 : 2;
				break;
			}
			if (org >= 0 && q < c->s->tok1 && org_at(c, q, NULL) == org)
				heads = nkg_lang_in(c->l->elected_words, FOLD(c, trig)) ? 3 : 2;
			/* "White House taps X to lead NWRA": the organisation
			 * led, not the one that appoints; "Y succède à X à la
			 * tête de Z": the one named there, not the story's by
			 * default */
			else if ((e->cls == NKG_TRIG_TRANS || !expl) && q < c->s->tok1 &&
				 org_at(c, q, NULL) >= 0 && k > trig) {
				org = org_at(c, q, NULL);
				expl = 1;
				heads = 2;
			}
			break;
		}
	}
	/* "joined the board", "entre au conseil d'administration" */
	int board = (e->kind == NKG_EV_JOINED || e->kind == NKG_EV_APPOINTED) && tend < c->s->tok1 &&
		    nkg_doc_match_list(c->doc, tend, c->s->tok1, c->l->board_words);
	/* "has promoted X to chief operating officer": the title after the
	 * person is the one the move gives (an organisation's move only). */
	int to_title = -1;
	if (e->kind == NKG_EV_APPOINTED && e->cls == NKG_TRIG_TRANS && persons.n) {
		for (size_t k = tend; k < c->s->tok1 && k < tend + 8 && to_title < 0; k++) {
			size_t pe = 0, len;
			if (person_at(c, k, &pe) != persons.chain[persons.n - 1])
				continue;
			if ((len = nkg_doc_match_list(c->doc, pe, c->s->tok1, c->l->promoted_to))) {
				size_t q = pe + len;
				while (q < c->s->tok1 && (nkg_lang_in(c->l->determiners, FOLD(c, q)) ||
							  nkg_lang_in(c->l->new_words, FOLD(c, q)) ||
							  nkg_lang_in(c->l->interim_before, FOLD(c, q))))
					q++;
				if (q < c->s->tok1)
					to_title = title_at(c, q);
			}
			break;
		}
	}
	if (to_title < 0 && e->kind == NKG_EV_APPOINTED && persons.n) {
		/* "est nommé président du directoire", "was named chief
		 * executive": the title right after the verb ("a été nommé
		 * jeudi préfet de Corse": over a date) */
		size_t q = tend;
		int dm = q < c->s->tok1 ? mention_at(c, q) : -1;
		if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE && c->ms->m[dm].tok0 == q)
			q = c->ms->m[dm].tok1;
		/* ("nommée mercredi en Conseil des ministres, préfète de
		 * l'Aveyron": over where the appointment was made) */
		size_t ve = 0;
		if (q + 2 < c->s->tok1 && nkg_lang_in(c->l->place_preps, FOLD(c, q)) &&
		    org_at(c, q + 1, &ve) >= 0 && ve + 1 < c->s->tok1 && is_punct(c, ve, ",") &&
		    title_at(c, ve + 1) >= 0)
			q = ve + 1;
		while (q < c->s->tok1 && (nkg_lang_in(c->l->determiners, FOLD(c, q)) ||
					  nkg_lang_in(c->l->interim_before, FOLD(c, q))))
			q++;
		if (q < c->s->tok1)
			to_title = title_at(c, q);
		/* ("appointed its provost, Jane Roe, as interim president":
		 * that title is the one the object holds; the post given
		 * comes after the name, behind "as") */
		for (size_t k = q + 1, pe = 0; to_title >= 0 && k + 1 < c->s->tok1 && k < q + 16; k++) {
			if (hard_boundary(c, k))
				break;
			if (person_at(c, k, &pe) != persons.chain[0])
				continue;
			size_t r = pe < c->s->tok1 && is_punct(c, pe, ",") ? pe + 1 : pe;
			size_t al = nkg_doc_match_list(c->doc, r, c->s->tok1, c->l->as_words);
			if (!al)
				break;
			r += al;
			while (r < c->s->tok1 && (nkg_lang_in(c->l->determiners, FOLD(c, r)) ||
						  nkg_lang_in(c->l->new_words, FOLD(c, r)) ||
						  nkg_lang_in(c->l->interim_before, FOLD(c, r))))
				r++;
			if (r < c->s->tok1 && title_at(c, r) >= 0)
				to_title = title_at(c, r);
			break;
		}
	}
	/* "X, rectrice de l'académie d'Orléans-Tours, a été nommée rectrice
	 * de l'académie de Nancy-Metz": the title the move gives names its
	 * organisation, whatever the sentence said of the person before */
	if (to_title >= 0 && e->kind == NKG_EV_APPOINTED) {
		int e2 = 0;
		size_t end2;
		int o2 = nkg_s_title_org(c, (size_t)to_title, &e2, &end2);
		if (o2 >= 0 && e2) {
			org = o2;
			expl = 1;
		}
	}
	/* "a confié l'intérim à X", "assure l'intérim": the interim of the
	 * top job (the trigger itself says interim). */
	int interim = 0;
	for (size_t k = trig; k < tend && !interim; k++)
		interim = nkg_lang_in(c->l->interim_before, FOLD(c, k));
	/* "va abandonner la présidence d'Eben", "a quitté la direction
	 * générale du groupe Figaro": the post's noun, in the phrase or
	 * after a departure's verb (the same for every person) */
	const char *post = nkg_s_post_noun(c, tend - 1);
	if (!post && ends_post(e->kind))
		post = post_after(c, tend);
	for (size_t i = 0; i < persons.n; i++) {
		static const char *const head_role[] = { NULL, "head", "ceo", "president" };
		const char *role = heads ? head_role[heads] : interim ? "interim_ceo"
					   : to_title >= 0 ? c->ms->m[to_title].role
					   : post ? post
					   /* (a move to a post is not to the one
					    * held before: "Ancien directeur
					    * financier, X a été porté à la
					    * présidence") */
					   : nkg_s_role_of(c, persons.chain[i], org, starts_post(e->kind));
		if (interim && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, role, (size_t)-1, 0, 1, conf)))
			return rc;
		if (board && !role)
			role = "board_member";
		if (to_title >= 0 && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, role, (size_t)to_title,
				   c->ms->m[to_title].former, c->ms->m[to_title].interim, conf)))
			return rc;
		if (e->kind == NKG_EV_FOUNDED && !role)
			role = "founder";
		if ((rc = nkg_s_add_event(c, persons.chain[i], org, e->kind, role, mod, trig, conf)))
			return rc;
		/* Who founded something is its founder. */
		if (e->kind == NKG_EV_FOUNDED && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, "founder", (size_t)-1, 0, 0, conf)))
			return rc;
		if (heads && mod == NKG_MOD_ASSERTED &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, head_role[heads],
				   (size_t)-1, 0, 0, conf)))
			return rc;
		if (board && !heads && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, "board_member", (size_t)-1, 0, 0, conf)))
			return rc;
		/* "le directeur général ... a été démis": the title is theirs */
		if (tsub >= 0 && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = nkg_s_add_role(c, persons.chain[i], org, c->ms->m[tsub].role, (size_t)tsub,
				   c->ms->m[tsub].former, c->ms->m[tsub].interim, conf - 0.1f)))
			return rc;
		/* ... and leaves where they came from. */
		if (from_org >= 0 && from_org != org &&
		    (rc = nkg_s_add_event(c, persons.chain[i], from_org, NKG_EV_LEFT, NULL, mod, trig,
				    conf - 0.1f)))
			return rc;
	}
	return 0;
}

/* Whether date mention m says since when ("depuis avril 2019", "since
 * late 2020", "depuis le 1er mars"). */
int nkg_s_since_mention(const nkg_doc *doc, const nkg_mention *m)
{
	const nkg_sentence *s = &doc->sents[m->sent];
	const nkg_lang *l = s->lang;
	const nkg_token *t = doc->toks;
	if (nkg_lang_in(l->since_words, t[m->tok0].fold))
		return 1;
	if (m->tok0 > s->tok0 && nkg_lang_in(l->since_words, t[m->tok0 - 1].fold))
		return 1;
	return m->tok0 > s->tok0 + 1 && nkg_lang_in(l->determiners, t[m->tok0 - 1].fold) &&
	       nkg_lang_in(l->since_words, t[m->tok0 - 2].fold);
}

/* The date after token k, within a few words of the same clause, that
 * says since when: its mention, or NULL. */
const nkg_mention *nkg_s_since_after(const sctx *c, size_t k)
{
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		if (m->kind != NKG_M_DATE || m->tok0 < k || m->tok0 > k + 8)
			continue;
		/* (nor over someone else: "X, directeur de Y, qui remplace
		 * Z, en poste depuis 2019" is Z's date) */
		for (size_t q = k; q < m->tok0; q++)
			if (hard_boundary(c, q) ||
			    (mention_at(c, q) >= 0 && c->ms->m[mention_at(c, q)].kind == NKG_M_TITLE) ||
			    (mention_at(c, q) >= 0 && c->ms->m[mention_at(c, q)].kind == NKG_M_NAME &&
			     person_at(c, q, NULL) >= 0))
				return NULL;
		return nkg_s_since_mention(c->doc, m) && m->date[0] ? m : NULL;
	}
	return NULL;
}

/* "X, PDG de Y depuis 2010", "who has helmed Y since late 2020": a post
 * held since a date began then.  An appointment at that date, unless the
 * article tells one there already. */
int nkg_s_held_since(sctx *c, int person, int org, const char *role, const nkg_mention *d)
{
	if (person < 0 || org < 0 || !d)
		return 0;
	for (size_t i = 0; i < c->st->n_events; i++) {
		const nkg_stmt_event *e = &c->st->events[i];
		if (e->person == person && e->org == org &&
		    (e->kind == NKG_EV_APPOINTED || e->kind == NKG_EV_JOINED))
			return 0;
	}
	/* (a post with no title, "conservatrice depuis 2005", began when
	 * the person joined; a title was given by an appointment) */
	return nkg_s_add_dated_event(c, person, org,
			       role && !strcmp(role, "employee") ? NKG_EV_JOINED : NKG_EV_APPOINTED,
			       role, NKG_MOD_ASSERTED, d->tok0, 0.6f, d->date);
}

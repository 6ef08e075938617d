/* newskg — statements: roles from titles and appositions, career events
 * from triggers, with modality and dates.
 *
 * Everything is decided within one sentence, from the mentions found there:
 * who is the subject or object of a trigger, which organisation a title
 * belongs to, which date expression is closest to which trigger.  When the
 * sentence names no organisation for a role or an event, the article's
 * main organisation stands in, with a lower confidence. */
#include "statements_int.h"

void nkg_statements_free(nkg_statements *st)
{
	if (!st)
		return;
	free(st->roles);
	free(st->events);
	free(st);
}

/* Whether the person of chain ch may be called by pronoun p: not when
 * the first-name list says the other gender. */
static int gender_fits(const sctx *c, const nkg_mention *p, int ch)
{
	int g = c->ms->chains[ch].gender;
	return !g || !p->gender || g == p->gender;
}

/* Whether chain ch is named in the pronoun p's sentence after it: "Il
 * remplace Jean Martin" is not about Jean Martin. */
static int named_after(const sctx *c, size_t mi, int ch)
{
	const nkg_mention *p = &c->ms->m[mi];
	for (size_t j = mi + 1; j < c->ms->n && c->ms->m[j].sent == p->sent; j++)
		if (c->ms->m[j].kind == NKG_M_NAME && c->ms->m[j].chain == ch)
			return 1;
	return 0;
}

int nkg_s_named_last(const sctx *c, size_t mi)
{
	const nkg_mention *p = &c->ms->m[mi];
	for (size_t j = mi; j-- > 0 && c->ms->m[j].sent + 3 >= p->sent;)
		if (is_person_name(c, &c->ms->m[j]) && gender_fits(c, p, c->ms->m[j].chain))
			return c->ms->m[j].chain;
	return -1;
}

/* A person named earlier in the same sentence ("Microsoft a embauché X
 * ..., après qu'il ait été limogé"); else the first person, named or
 * pronoun, of the nearest sentence before that has one: the topic
 * ("Elle remplace Jean Martin. Elle avait dirigé Engie" is about her, not
 * him).  Three sentences back at most. */
int nkg_s_resolve_pronoun_depth(const sctx *c, size_t mi, int depth)
{
	const nkg_mention *p = &c->ms->m[mi];
	if (p->plural || depth > 4)
		return -1;
	/* "ce dernier", "the latter": the person named last */
	if (p->flags & NKG_MF_LATEST)
		return nkg_s_named_last(c, mi);
	for (size_t j = mi; j-- > 0 && c->ms->m[j].sent == p->sent;)
		if (is_person_name(c, &c->ms->m[j]) && gender_fits(c, p, c->ms->m[j].chain))
			return c->ms->m[j].chain;
	for (size_t si = p->sent; si-- > 0 && si + 3 >= p->sent;) {
		/* "Having been a coach alongside Garry Monk, Clotet was given
		 * his first role ... He ...": of the people the sentence names
		 * (before any pronoun in it), the one the story is most about */
		int best = -1;
		size_t best_n = 0;
		for (size_t j = c->ms->by_sent[si]; j < c->ms->by_sent[si + 1]; j++) {
			const nkg_mention *m = &c->ms->m[j];
			if (m->kind == NKG_M_PRONOUN)
				break;
			if (is_person_name(c, m) && gender_fits(c, p, m->chain) &&
			    !(depth == 0 && named_after(c, mi, m->chain)) &&
			    c->ms->chains[m->chain].n_mentions > best_n) {
				best = m->chain;
				best_n = c->ms->chains[m->chain].n_mentions;
			}
		}
		if (best >= 0)
			return best;
		for (size_t j = c->ms->by_sent[si]; j < c->ms->by_sent[si + 1]; j++) {
			const nkg_mention *m = &c->ms->m[j];
			if (is_person_name(c, m) && gender_fits(c, p, m->chain) &&
			    !(depth == 0 && named_after(c, mi, m->chain)))
				return m->chain;
			if (m->kind == NKG_M_PRONOUN && !m->plural && (!p->gender || m->gender == p->gender)) {
				int r = nkg_s_resolve_pronoun_depth(c, j, depth + 1);
				if (r >= 0 && !(depth == 0 && named_after(c, mi, r)))
					return r;
			}
		}
	}
	/* "Il a été élu jeudi pour remplacer X. Jérémy Prince, ...": a lead
	 * that names its subject in the next sentence */
	if (depth == 0 && p->sent < 4 && p->sent + 1 < c->doc->n_sents &&
	    c->doc->sents[p->sent + 1].para == c->doc->sents[p->sent].para)
		for (size_t j = c->ms->by_sent[p->sent + 1]; j < c->ms->by_sent[p->sent + 2]; j++)
			if (is_person_name(c, &c->ms->m[j]) && gender_fits(c, p, c->ms->m[j].chain) &&
			    !named_after(c, mi, c->ms->m[j].chain))
				return c->ms->m[j].chain;
	return -1;
}

int nkg_s_resolve_pronoun(const sctx *c, size_t mi)
{
	return nkg_s_resolve_pronoun_depth(c, mi, 0);
}

/* ---- storing ---------------------------------------------------------- */

static int governed_org(const sctx *c, int org, const char **role);

int nkg_s_add_event(sctx *c, int person, int org, nkg_evkind kind,
		     const char *role, nkg_modality mod, size_t trig, float conf)
{
	void *arr = c->st->events;
	nkg_stmt_event *e;
	if (person < 0)
		return 0;
	org = governed_org(c, org, &role);
	if (nkg_grow(&arr, &c->st->cap_events, c->st->n_events + 1, sizeof *c->st->events))
		return NKG_ENOMEM;
	c->st->events = arr;
	e = &c->st->events[c->st->n_events++];
	memset(e, 0, sizeof *e);
	e->person = person;
	e->org = org;
	e->kind = kind;
	e->role = role;
	e->modality = mod;
	e->sent = c->si;
	e->trig_tok = trig;
	e->confidence = conf;
	return 0;
}

/* nkg_s_add_event, dated: date (NULL or "" for none) is copied into the
 * event when one is added. */
int nkg_s_add_dated_event(sctx *c, int person, int org, nkg_evkind kind, const char *role,
			   nkg_modality mod, size_t trig, float conf, const char *date)
{
	size_t at = c->st->n_events;
	int rc = nkg_s_add_event(c, person, org, kind, role, mod, trig, conf);
	if (!rc && date && c->st->n_events > at)
		snprintf(c->st->events[at].date, sizeof c->st->events[at].date, "%s", date);
	return rc;
}

/* Appends a role statement to st; 0 or NKG_ENOMEM. */
static int push_role(nkg_statements *st, int person, int org, const char *role,
		     size_t title_m, int former, int interim, size_t sent, float conf)
{
	void *arr = st->roles;
	if (nkg_grow(&arr, &st->cap_roles, st->n_roles + 1, sizeof *st->roles))
		return NKG_ENOMEM;
	st->roles = arr;
	st->roles[st->n_roles++] = (nkg_stmt_role){
		.person = person, .org = org, .role = role, .title_m = title_m,
		.former = former, .interim = interim, .sent = sent, .confidence = conf
	};
	return 0;
}

/* A governing body's organisation: "Alice X rejoint le Conseil
 * d'administration", "Jean Y, son futur président" are posts at the
 * company the board governs (the paragraph's, else the article's), and a
 * board's president chairs it.  org itself when it governs nothing. */
static int governed_org(const sctx *c, int org, const char **role)
{
	if (org < 0 || !c->ms->chains[org].governing)
		return org;
	int t = nkg_s_topic_org(c), o = t >= 0 ? t : c->ms->main_org;
	if (o < 0 || c->ms->chains[o].governing)
		return org;
	if (role && *role && !strcmp(*role, "president"))
		*role = "chair";
	return o;
}

int nkg_s_add_role(sctx *c, int person, int org, const char *role,
		    size_t title_m, int former, int interim, float conf)
{
	const nkg_stmt_role *r;
	if (person < 0 || !role)
		return 0;
	org = governed_org(c, org, &role);
	for (size_t i = c->role0; i < c->st->n_roles; i++) {
		r = &c->st->roles[i];
		if (r->sent == c->si && r->person == person && r->org == org &&
		    !strcmp(r->role, role))
			return 0;
	}
	return push_role(c->st, person, org, role, title_m, former, interim, c->si, conf);
}

int nkg_s_sentence(sctx *c)
{
	trig_hit hits[32];
	size_t nh = 0;
	int rc;

	/* Titles before events: "en tant que" roles need events, events
	 * take the role of a title in apposition; do roles first, then
	 * events, then the "as" roles that need an event's organisation. */
	if ((rc = nkg_s_roles_for(c)) || (rc = nkg_s_role_verbs(c)) || (rc = nkg_s_post_held_by(c)) || (rc = nkg_s_colon_list(c)) || (rc = nkg_s_at_the_head(c)) || (rc = nkg_s_alumni_of(c)))
		return rc;
	for (size_t k = c->s->tok0; k < c->s->tok1 && nh < 32; k++) {
		size_t len;
		/* "à partir du 6 janvier" introduces a date: its "partir" is
		 * no departure. */
		if ((len = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->future_from)) ||
		    (len = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->idioms))) {
			k += len - 1;
			continue;
		}
		const nkg_trigger_entry *e = nkg_s_match_trigger(c, k, &len);
		if (!e || !len)
			continue;
		hits[nh].tok = k;
		hits[nh].len = len;
		hits[nh].e = e;
		hits[nh].date[0] = '\0';
		hits[nh].dated = 0;
		nh++;
		k += len - 1;
	}
	if (!nh)
		return (rc = nkg_s_takes_office(c)) || (rc = nkg_s_held_spans(c)) || (rc = nkg_s_successions(c)) ? rc
			: nkg_s_no_longer(c);
	/* Events first, then each date expression goes to the nearest
	 * trigger that made an event: a comma between them counts as eight
	 * words, and a date before its verb as three more ("on 20 November,
	 * leaving Siemens" dates the joining before it). */
	size_t ev0[32], ev1[32];
	for (size_t h = 0; h < nh; h++) {
		size_t r0 = c->st->n_roles;
		ev0[h] = c->st->n_events;
		if ((rc = nkg_s_events_for(c, &hits[h])))
			return rc;
		/* ("a débuté sa carrière dans l'administration": a career's
		 * start is at a place the sentence names after it, never
		 * the story's organisation by default) */
		if (nkg_s_career_start(c, hits[h].tok))
			for (size_t i = c->st->n_events; i-- > ev0[h];)
				if (!nkg_s_org_named_after(c, hits[h].tok, c->st->events[i].org))
					nkg_s_drop_event(c, i);
		ev1[h] = c->st->n_events;
		/* "serait sur le point de quitter X pour prendre la tête de
		 * Y", "is set to leave X to become": a move told as the purpose
		 * of another is as certain as that one */
		if (h > 0 && hits[h].tok > c->s->tok0 &&
		    nkg_doc_match_list(c->doc, hits[h].tok - 1, c->s->tok1, c->l->purpose)) {
			nkg_modality pm = NKG_MOD_ASSERTED;
			for (size_t i = ev0[h - 1]; i < ev1[h - 1]; i++)
				if (c->st->events[i].modality != NKG_MOD_ASSERTED)
					pm = c->st->events[i].modality;
			for (size_t i = ev0[h]; pm != NKG_MOD_ASSERTED && i < ev1[h]; i++)
				c->st->events[i].modality = pm;
			/* (and the posts the move gave are none yet) */
			if (pm != NKG_MOD_ASSERTED && ev1[h] > ev0[h])
				c->st->n_roles = r0;
		}
	}
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		size_t best = nh, bestd = (size_t)-1;
		if (m->kind != NKG_M_DATE)
			continue;
		if (nkg_lang_in(c->l->since_words, FOLD(c, m->tok0)))
			continue;
		/* "will lead the board until a successor is elected in
		 * July", "restera jusqu'à la fin de l'année": the end of
		 * something, not the date of a move. */
		int until = 0;
		for (size_t k = m->tok0; k-- > c->s->tok0 && k + 14 > m->tok0 && !until;) {
			if (hard_boundary(c, k) || is_punct(c, k, ","))
				break;
			until = nkg_lang_in(c->l->until_words, FOLD(c, k));
		}
		if (until)
			continue;
		if (nkg_s_since_mention(c->doc, m))
			continue;
		/* "X said Tuesday that Y has been named CEO, effective July
		 * 1": the day after the reporting verb dates the news, the
		 * other date the move */
		if (m->tok0 > c->s->tok0 && nkg_lang_in(c->l->reporting_verbs, FOLD(c, m->tok0 - 1))) {
			int other = 0;
			for (size_t mj = c->ms->by_sent[c->si]; mj < c->ms->by_sent[c->si + 1] && !other; mj++)
				other = mj != mi && c->ms->m[mj].kind == NKG_M_DATE && c->ms->m[mj].date[0];
			if (other)
				continue;
		}
		/* "X (parti en 2015) est remplacé par Y": a date in an aside
		 * about a person dates no move outside it */
		size_t po, pc;
		int aside = nkg_s_person_aside(c, m, &po, &pc);
		for (size_t h = 0; h < nh; h++) {
			if (aside && (hits[h].tok < po || hits[h].tok > pc))
				continue;
			int possessive = hits[h].tok > c->s->tok0 &&
					 nkg_lang_in(c->l->possessive_before, FOLD(c, hits[h].tok - 1));
			if (ev1[h] == ev0[h] && !possessive)
				continue;
			/* "said on Monday that he would challenge his dismissal":
			 * a date before the noun is someone else's. */
			/* ("a présenté mardi sa démission" is dated: no "that"
			 * between the date and the noun) */
			if (possessive && m->tok0 < hits[h].tok) {
				int clause = 0;
				for (size_t k = m->tok1; k < hits[h].tok && !clause; k++)
					clause = nkg_lang_in(c->l->clause_open, FOLD(c, k));
				if (clause)
					continue;
			}
			size_t a = m->tok0 >= hits[h].tok ? hits[h].tok : m->tok1;
			size_t b = m->tok0 >= hits[h].tok ? m->tok0 : hits[h].tok;
			size_t d = b - a + (m->tok0 < hits[h].tok ? 3 : 0);
			for (size_t k = a; k < b; k++)
				if (is_punct(c, k, ","))
					d += 8;
			if (d < bestd) {
				bestd = d;
				best = h;
			}
		}
		if (best == nh)
			continue;
		/* several dates for one trigger: the closest one */
		if (!hits[best].dated || bestd < hits[best].date_dist ||
		    (!hits[best].date[0] && m->date[0])) {
			memcpy(hits[best].date, m->date, sizeof hits[best].date);
			hits[best].dated = 1;
			hits[best].date_dist = bestd;
		}
	}
	for (size_t h = 0; h < nh; h++)
		for (size_t i = ev0[h]; i < ev1[h]; i++)
			memcpy(c->st->events[i].date, hits[h].date, sizeof hits[h].date);
	/* "Sa nomination, effective le 1er février", "His return was approved
	 * on Monday": a possessive nominalisation dates the move told
	 * before. */
	for (size_t h = 0; h < nh; h++) {
		size_t trig = hits[h].tok;
		if (!hits[h].date[0] || trig == c->s->tok0 + 0 ||
		    !nkg_lang_in(c->l->possessive_before, FOLD(c, trig - 1)))
			continue;
		for (size_t i = ev0[0]; i-- > 0;) {
			nkg_stmt_event *ev = &c->st->events[i];
			if (ev->sent + 2 < c->si)
				break;
			if (ev->kind == hits[h].e->kind ||
			    (hits[h].e->kind == NKG_EV_APPOINTED && ev->kind == NKG_EV_JOINED) ||
			    (hits[h].e->kind == NKG_EV_JOINED && ev->kind == NKG_EV_APPOINTED)) {
				if (!ev->date[0])
					memcpy(ev->date, hits[h].date, sizeof ev->date);
				break;
			}
		}
	}
	if ((rc = nkg_s_takes_office(c)) != 0 || (rc = nkg_s_leave_to_head(c)) != 0)
		return rc;
	/* Roles introduced by "en tant que" after an event. */
	c->events_done = 1;
	rc = nkg_s_roles_for(c);
	c->events_done = 0;
	/* Moves take the role the sentence gives the person there; a start
	 * ("appointed COO Dana Kowalski as interim CEO") the title after its
	 * trigger, when there is one: the one before is the role held. */
	for (size_t i = c->ev0; !rc && i < c->st->n_events; i++) {
		nkg_stmt_event *ev = &c->st->events[i];
		int start = starts_post(ev->kind);
		const char *after = NULL, *any = NULL, *past = NULL;
		if (ev->sent != c->si || ev->role)
			continue;
		/* ("appointed its provost, Jane Roe, as interim president":
		 * the object named after the trigger; a title after it is the
		 * one given, those between are held) */
		size_t obj = 0;
		for (size_t k = ev->trig_tok + 1; start && !obj && k < c->s->tok1 && k < ev->trig_tok + 12; k++)
			if (person_at(c, k, NULL) == ev->person)
				obj = k;
		for (size_t j = c->st->n_roles; j-- > c->role0;) {
			const nkg_stmt_role *r = &c->st->roles[j];
			if (r->sent != c->si || r->person != ev->person || r->org != ev->org || r->former)
				continue;
			if (!any)
				any = r->role;
			size_t t0 = r->title_m < c->ms->n ? c->ms->m[r->title_m].tok0 : 0;
			if (!after && start && r->title_m < c->ms->n && t0 > ev->trig_tok)
				after = r->role;
			if (!past && obj && r->title_m < c->ms->n && t0 > obj)
				past = r->role;
		}
		ev->role = past ? past : after ? after : any;
	}
	/* "the resignation of X as Secretary of the Carrick Institution":
	 * a departure whose organisation the sentence does not name (the
	 * story's, by default) is from the post the sentence gives X after
	 * the trigger, at that post's organisation */
	for (size_t i = c->ev0; !rc && i < c->st->n_events; i++) {
		nkg_stmt_event *ev = &c->st->events[i];
		if (ev->sent != c->si || !ends_post(ev->kind) || nkg_s_named_in_sentence(c, ev->org))
			continue;
		for (size_t j = c->role0; j < c->st->n_roles; j++) {
			const nkg_stmt_role *r = &c->st->roles[j];
			size_t t0 = r->title_m < c->ms->n ? c->ms->m[r->title_m].tok0 : 0;
			/* ("of X as T": the title right after the person and
			 * "as", not a new post told after "to serve as") */
			int pm = t0 >= c->s->tok0 + 2 ? mention_at(c, t0 - 2) : -1;
			if (r->sent == c->si && r->person == ev->person && r->org >= 0 &&
			    r->org != ev->org && t0 > ev->trig_tok && pm >= 0 &&
			    person_at(c, c->ms->m[pm].tok0, NULL) == ev->person &&
			    nkg_doc_match_list(c->doc, t0 - 1, t0, c->l->as_words) &&
			    nkg_s_named_in_sentence(c, r->org)) {
				ev->org = r->org;
				ev->role = r->role;
				break;
			}
		}
	}
	/* "X rejoint Y, où elle occupera le poste de directrice": one
	 * move told twice in a sentence; the second gives its post */
	for (size_t i = c->ev0; !rc && i < c->st->n_events; i++) {
		nkg_stmt_event *ev = &c->st->events[i];
		if (ev->sent != c->si || ev->kind != NKG_EV_APPOINTED)
			continue;
		for (size_t j = c->ev0; j < i; j++) {
			nkg_stmt_event *first = &c->st->events[j];
			/* (two steps of a career have two dates: "joined X in
			 * 2004, was named treasurer in 2009") */
			/* (nor is a post held since a date, its start at
			 * the date's token, the move the sentence tells:
			 * "Conservatrice depuis 2005, X prend les rênes") */
			int fm = mention_at(c, first->trig_tok);
			if (first->sent != c->si || first->person != ev->person || first->org != ev->org ||
			    (first->kind != NKG_EV_JOINED && first->kind != NKG_EV_APPOINTED) ||
			    first->modality != ev->modality ||
			    (fm >= 0 && c->ms->m[fm].kind == NKG_M_DATE && first->kind != ev->kind) ||
			    (first->date[0] && ev->date[0] && strcmp(first->date, ev->date)))
				continue;
			if (!first->role)
				first->role = ev->role;
			if (!first->date[0])
				memcpy(first->date, ev->date, sizeof first->date);
			nkg_s_drop_event(c, i);
			i--;
			break;
		}
	}
	if (!rc)
		rc = nkg_s_held_spans(c);
	if (!rc)
		rc = nkg_s_coordinated_leaves(c);
	if (!rc)
		rc = nkg_s_successions(c);
	if (!rc)
		rc = nkg_s_then_moves(c);
	if (!rc)
		rc = nkg_s_titled_anaphor(c);
	if (!rc)
		rc = nkg_s_comitative_moves(c);
	if (!rc)
		rc = nkg_s_no_longer(c);
	if (!rc)
		nkg_s_leaves_post_told(c);
	if (!rc)
		rc = nkg_s_same_post_elsewhere(c);
	if (!rc)
		nkg_s_one_move_where_named(c);
	if (!rc)
		rc = nkg_s_bracketed_posts(c);
	if (!rc)
		nkg_s_drop_proposers(c);
	return rc;
}

/* A departure told as a noun ("le départ d'Altman") where the same article
 * says he was dismissed is that dismissal, not a second move. */
static void drop_subsumed(nkg_statements *st)
{
	size_t o = 0;
	for (size_t i = 0; i < st->n_events; i++) {
		nkg_stmt_event *e = &st->events[i];
		int drop = 0;
		if (e->kind == NKG_EV_LEFT && e->confidence < 0.8f) {
			for (size_t j = 0; j < st->n_events; j++)
				if (st->events[j].kind == NKG_EV_DISMISSED &&
				    st->events[j].person == e->person &&
				    st->events[j].org == e->org)
					drop = 1;
		}
		if (!drop)
			st->events[o++] = *e;
	}
	st->n_events = o;
	/* "Mme Lemaire dirigeait Altavia" after she was named its CEO: the
	 * verb's "head" says no more than the title ("head of Asian
	 * operations", a title, stays). */
	o = 0;
	for (size_t i = 0; i < st->n_roles; i++) {
		const nkg_stmt_role *r = &st->roles[i];
		int drop = 0;
		if (!strcmp(r->role, "head") && r->title_m == (size_t)-1)
			for (size_t j = 0; j < st->n_roles && !drop; j++)
				drop = st->roles[j].person == r->person && st->roles[j].org == r->org &&
				       (!strcmp(st->roles[j].role, "ceo") ||
					!strcmp(st->roles[j].role, "interim_ceo") ||
					!strcmp(st->roles[j].role, "president") ||
					!strcmp(st->roles[j].role, "chair"));
		if (!drop)
			st->roles[o++] = *r;
	}
	st->n_roles = o;
}

/* Whether ev was told by a noun ("le licenciement du PDG"): such a noun
 * mostly recalls a move told before, not the day's news. */
static int noun_trigger(const nkg_doc *doc, const nkg_stmt_event *ev)
{
	const nkg_lang *l = doc->sents[ev->sent].lang;
	if (!nkg_lang_trigger_word(l, doc->toks[ev->trig_tok].fold, NKG_TRIG_NOUN, 0))
		return 0;
	/* ("a annoncé la nomination de X", "announced the appointment of
	 * X": the announcement is the news) */
	for (size_t b = ev->trig_tok, m = 0; b > doc->sents[ev->sent].tok0 && m < 3; b--, m++)
		if (nkg_lang_in(l->reporting_verbs, doc->toks[b - 1].fold))
			return 0;
	return 1;
}

/* Whether ev was told in the pluperfect ("qui avait été choisi par X",
 * "who had joined in 2015"): the auxiliary within three words before the
 * trigger. */
static int pluperfect(const nkg_doc *doc, const nkg_stmt_event *ev)
{
	const nkg_sentence *s = &doc->sents[ev->sent];
	for (size_t b = ev->trig_tok, n = 0; b > s->tok0 && n < 3; b--, n++)
		if (nkg_lang_in(s->lang->pluperfect_aux, doc->toks[b - 1].fold))
			return 1;
	return 0;
}

/* The news of the day: a move the headline or the first two paragraphs
 * assert without a date happened as the article reports it, so it is
 * dated with the article (at the article date's precision).  Background
 * moves there are dated by the text ("en 2011") or not told in the
 * lead. */
static const char *story_post(const nkg_doc *doc, const nkg_mentions *ms)
{
	const char *role = NULL;
	int n = 0;
	for (size_t si = 0; si < doc->n_sents && si < 2; si++)
		for (size_t mi = ms->by_sent[si]; mi < ms->by_sent[si + 1]; mi++) {
			const nkg_mention *m = &ms->m[mi];
			const char *f = doc->toks[m->tok1 - 1].fold;
			size_t lf = strlen(f);
			/* (plural: "préfets", "recteurs", "managers") */
			/* (posts a story lists by the dozen: prefects, rectors,
			 * coaches; not "the firm's founders") */
			if (m->kind != NKG_M_TITLE || m->tok1 - m->tok0 != 1 || lf < 4 ||
			    (f[lf - 1] != 's' && f[lf - 1] != 'x') ||
			    (strcmp(m->role, "official") && strcmp(m->role, "head")))
				continue;
			if (!role || strcmp(role, m->role)) {
				role = m->role;
				n++;
			}
		}
	return n == 1 ? role : NULL;
}

/* Whether sentence si names a date (a move there without one had its
 * date go elsewhere, or is told without on purpose). */
static int sentence_dated(const nkg_doc *doc, const nkg_mentions *ms, size_t si)
{
	for (size_t mi = ms->by_sent[si]; mi < ms->by_sent[si + 1]; mi++)
		/* (a since-date dates a post held, no move: "X remplace Y,
		 * en poste depuis avril 2019") */
		if (ms->m[mi].kind == NKG_M_DATE && !nkg_s_since_mention(doc, &ms->m[mi]))
			return 1;
	return 0;
}

/* (A story of many moves of one kind of post, "Un mouvement de recteurs
 * au Conseil des ministres", "Trois nouveaux préfets", tells them all
 * as the day's news: the lead's rule holds for its later paragraphs too,
 * for moves in sentences that name no date.) */
static void lead_dates(nkg_statements *st, const nkg_doc *doc, const nkg_mentions *ms,
		       const char *adate)
{
	if (!adate || !*adate)
		return;
	/* (The lead's "hier", "mardi" is the day the news broke, which the
	 * article's own date follows: "Une nouvelle direction a été nommée
	 * mardi. X devient ...") */
	int roundup = story_post(doc, ms) != NULL;
	const nkg_mention *news = NULL;
	for (size_t mi = 0; mi < ms->n && !news; mi++) {
		const nkg_mention *m = &ms->m[mi];
		if (doc->sents[m->sent].para > 1)
			break;
		/* ("Ce dimanche ... à Dijon vendredi": the first day
		 * told, when it is the article's own, is the news day) */
		if (m->kind == NKG_M_DATE && !strcmp(m->date, adate))
			break;
		/* (in a round-up of one post's moves, the lead's day whenever
		 * it was: "à l'issue du conseil des ministres du 29 juillet
		 * dernier, ... la nomination de trois nouveaux préfets") */
		if (m->kind == NKG_M_DATE && ((m->flags & NKG_MF_RECENT) ||
					      (roundup && strlen(m->date) == 10 && strlen(adate) == 10 &&
					       strcmp(m->date, adate) < 0)))
			news = m;
	}
	for (size_t i = 0; i < st->n_events; i++) {
		nkg_stmt_event *ev = &st->events[i];
		if (ev->date[0] || ev->modality != NKG_MOD_ASSERTED || ev->kind == NKG_EV_FOUNDED ||
		    (doc->sents[ev->sent].para > 1 && (!roundup || sentence_dated(doc, ms, ev->sent))) ||
		    noun_trigger(doc, ev) || pluperfect(doc, ev) ||
		    nkg_s_career_start_at(doc, doc->sents[ev->sent].lang, ev->trig_tok,
				    doc->sents[ev->sent].tok1) ||
		    nkg_s_fronted_at(doc, doc->sents[ev->sent].lang, &doc->sents[ev->sent], ev->trig_tok))
			continue;
		/* (not the day of someone else's move: "X removed its chief
		 * executive on Sunday. The board voted to replace him with
		 * Y" says nothing of Y's day) */
		int other = 0;
		for (size_t j = 0; news && j < st->n_events && !other; j++)
			other = st->events[j].sent == news->sent &&
				st->events[j].person != ev->person &&
				!strcmp(st->events[j].date, news->date);
		snprintf(ev->date, sizeof ev->date, "%s", news && !other ? news->date : adate);
	}
}

/* "Trois nouveaux préfets pour le Cantal, ...", "Un mouvement de
 * recteurs": a post the headline or lead names in the plural is the post
 * of the moves the story tells with none ("X quitte l'académie de Y").
 * The title's role, when one plural title names it. */
static void story_posts(nkg_statements *st, const nkg_doc *doc, const nkg_mentions *ms)
{
	const char *role = story_post(doc, ms);
	/* A story of sport: the moves of people at clubs, told with no
	 * title, are the coaches' (a player's move is a signing, joined) */
	int sport = 0;
	if (!role && ms->sports) {
		role = "head";
		sport = 1;
	} else if (!role) {
		return;
	}
	for (size_t i = 0; i < st->n_events; i++) {
		nkg_stmt_event *ev = &st->events[i];
		int held = 0;
		if (ev->role || ev->org < 0 || ev->kind == NKG_EV_FOUNDED ||
		    (sport && ev->kind == NKG_EV_JOINED))
			continue;
		for (size_t r = 0; r < st->n_roles && !held; r++)
			held = st->roles[r].person == ev->person && st->roles[r].org == ev->org;
		if (!held)
			ev->role = role;
	}
}

/* "Lorenzo Bini Smaghi nouveau président", "X, the new chief executive
 * of Y": a new post named with its organisation is an appointment, when
 * the article tells none for the person there.  (Before lead_dates,
 * which dates the lead's.) */
static int new_posts(nkg_statements *st, const nkg_doc *doc, const nkg_mentions *ms)
{
	size_t n = st->n_roles;
	for (size_t r = 0; r < n; r++) {
		const nkg_stmt_role ro = st->roles[r];
		if (ro.title_m == (size_t)-1 || ro.former || ro.org < 0 || ro.person < 0 ||
		    ro.confidence < 0.7f)
			continue;
		const nkg_mention *t = &ms->m[ro.title_m];
		const nkg_sentence *s = &doc->sents[t->sent];
		int fresh = 0, told = 0;
		for (size_t b = t->tok0, k = 0; b > s->tok0 && k < 3 && !fresh; b--, k++)
			fresh = nkg_lang_in(s->lang->novelty_words, doc->toks[b - 1].fold);
		/* (any start of the person's told already says it, maybe at
		 * the organisation said otherwise; a new minister is the
		 * government's news, seldom the story's) */
		for (size_t i = 0; i < st->n_events && !told; i++)
			told = st->events[i].person == ro.person &&
			       (starts_post(st->events[i].kind) ||
				(ends_post(st->events[i].kind) && st->events[i].org == ro.org));
		if (!fresh || told ||
		    nkg_doc_match_list(doc, t->tok0, t->tok1, s->lang->portfolio_titles))
			continue;
		void *arr = st->events;
		if (nkg_grow(&arr, &st->cap_events, st->n_events + 1, sizeof *st->events))
			return NKG_ENOMEM;
		st->events = arr;
		st->events[st->n_events++] = (nkg_stmt_event){
			.person = ro.person, .org = ro.org, .kind = NKG_EV_APPOINTED, .role = ro.role,
			.modality = NKG_MOD_ASSERTED, .sent = ro.sent, .trig_tok = t->tok0,
			.confidence = ro.confidence * 0.7f
		};
	}
	return 0;
}

/* "replacing Owen Tratt, who retires", "X quitte Acme" in a story that
 * names X Acme's chief executive: a post left with no title told is the
 * one the article gives the person there, when it gives only one.  (Not
 * for arrivals: "joined Acme in 2010" was not as the chief executive
 * the person is now.) */
static void roles_to_moves(nkg_statements *st)
{
	for (size_t i = 0; i < st->n_events; i++) {
		nkg_stmt_event *ev = &st->events[i];
		const char *role = NULL;
		int n = 0;
		if (ev->role || ev->org < 0 || ev->person < 0 || !ends_post(ev->kind))
			continue;
		for (size_t r = 0; r < st->n_roles; r++) {
			const nkg_stmt_role *ro = &st->roles[r];
			if (ro->person != ev->person || ro->org != ev->org ||
			    (role && !strcmp(role, ro->role)))
				continue;
			role = ro->role;
			n++;
		}
		if (n == 1)
			ev->role = role;
	}
}

/* A move told with its role says the role too: "nommé directeur général
 * de X" makes X's CEO, "a quitté la présidence de X" its former chair,
 * "a fondé X" its founder.  Only asserted moves, and only where no role
 * of the article already says so. */
static int roles_of_moves(nkg_statements *st)
{
	size_t n = st->n_events;
	for (size_t i = 0; i < n; i++) {
		const nkg_stmt_event ev = st->events[i];
		const char *role = ev.kind == NKG_EV_FOUNDED ? "founder" : ev.role;
		if (ev.modality != NKG_MOD_ASSERTED || ev.person < 0 || ev.org < 0 || !role)
			continue;
		int have = 0;
		for (size_t r = 0; r < st->n_roles && !have; r++)
			have = st->roles[r].person == ev.person && st->roles[r].org == ev.org &&
			       !strcmp(st->roles[r].role, role);
		if (!have && push_role(st, ev.person, ev.org, role, (size_t)-1,
				       ends_post(ev.kind),
				       !strcmp(role, "interim_ceo"), ev.sent, ev.confidence * 0.9f))
			return NKG_ENOMEM;
	}
	return 0;
}

int nkg_statements_find(const nkg_doc *doc, const nkg_mentions *ms,
			nkg_statements **out, nkg_error *err)
{
	nkg_statements *st = NULL;
	sctx c = {0};
	int *topic = NULL;
	int rc = 0;

	*out = NULL;
	st = calloc(1, sizeof *st);
	if (!st)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	c.doc = doc;
	c.ms = ms;
	c.st = st;
	size_t n_paras = doc->n_sents ? doc->sents[doc->n_sents - 1].para + 1u : 1;
	if (!(topic = malloc(n_paras * sizeof *topic))) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	nkg_s_find_topics(doc, ms, topic, n_paras);
	c.topic = topic;
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		size_t n = s->tok1 - s->tok0;
		if (s->flags & (NKG_SENT_COMMENT | NKG_SENT_NOISE | NKG_SENT_BYLINE |
				NKG_SENT_SHORT))
			continue;
		int *at = malloc((n ? n : 1) * sizeof *at);
		if (!at) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		for (size_t k = 0; k < n; k++)
			at[k] = -1;
		for (size_t mi = ms->by_sent[si]; mi < ms->by_sent[si + 1]; mi++)
			for (size_t k = ms->m[mi].tok0; k < ms->m[mi].tok1; k++)
				if (at[k - s->tok0] < 0 || ms->m[mi].kind == NKG_M_NAME)
					at[k - s->tok0] = (int)mi;
		c.s = s;
		c.si = si;
		c.l = s->lang;
		c.at = at;
		c.ev0 = st->n_events;
		c.role0 = st->n_roles;
		rc = nkg_s_sentence(&c);
		free(at);
		if (rc) {
			nkg_error_set(err, rc, "out of memory");
			goto done;
		}
	}
	if ((rc = new_posts(st, doc, ms))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	lead_dates(st, doc, ms, ms->adate);
	story_posts(st, doc, ms);
	roles_to_moves(st);
	if ((rc = roles_of_moves(st))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	drop_subsumed(st);
	*out = st;
	st = NULL;
done:
	free(topic);
	nkg_statements_free(st);
	return rc;
}

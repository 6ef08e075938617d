/* newskg — moves told in other shapes: taking office on a date, careers
 * told in one sentence, "no longer", leaving for another post, posts held
 * over a span (see statements.h). */
#include "statements_int.h"

/* "Chukwu started on Monday", "Elle prendra ses fonctions le 1er mars":
 * the date of taking office dates the subject's start told in the two
 * sentences before (joined, appointed or returned, not yet dated). */
int nkg_s_takes_office(sctx *c)
{
	const char *date = NULL;
	size_t at = c->s->tok1, len = 0;
	int who = -1;

	for (size_t k = c->s->tok0; k < c->s->tok1 && !len; k++)
		if ((len = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->takes_office)))
			at = k;
	if (!len)
		return 0;
	/* One date in the sentence, after the phrase or just before it. */
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *m = &c->ms->m[mi];
		if (m->kind != NKG_M_DATE || !m->date[0])
			continue;
		if (date)
			return 0;  /* two dates: which one? */
		date = m->date;
	}
	if (!date)
		return 0;
	/* The subject: the nearest person before the phrase, with no other
	 * clause in between. */
	for (size_t k = at; k-- > c->s->tok0 && who < 0;) {
		if (hard_boundary(c, k) || is_punct(c, k, ","))
			break;
		int mi = mention_at(c, k);
		if (mi >= 0)
			who = person_at(c, c->ms->m[mi].tok0, NULL);
	}
	if (who < 0)
		return 0;
	for (size_t i = c->ev0; i-- > 0;) {
		nkg_stmt_event *ev = &c->st->events[i];
		if (ev->sent + 2 < c->si)
			break;
		if (ev->person != who || ev->modality != NKG_MOD_ASSERTED || !starts_post(ev->kind))
			continue;
		if (!ev->date[0])
			snprintf(ev->date, sizeof ev->date, "%s", date);
		return 0;
	}
	/* None told before: "X prendra ses fonctions de directrice générale
	 * de Mirvane le 1er septembre", "will take office as CEO of Y" is the
	 * appointment itself, when the post and its organisation follow. */
	size_t q = at + len, ln = 0;
	if (q < c->s->tok1 && (nkg_lang_in(c->l->title_links, FOLD(c, q)) ||
			       (ln = nkg_doc_match_list(c->doc, q, c->s->tok1, c->l->as_words))))
		q += ln ? ln : 1;
	int tm = q > at + len && q < c->s->tok1 ? title_at(c, q) : -1;
	if (tm < 0 || nkg_s_modality(c, at, len, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
		return 0;
	int expl = 0, rc;
	size_t oend;
	int org = nkg_s_title_org(c, (size_t)tm, &expl, &oend);
	if (org < 0 || !expl)
		return 0;
	const char *role = c->ms->m[tm].role;
	if ((rc = nkg_s_add_dated_event(c, who, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, at, 0.6f, date)))
		return rc;
	return nkg_s_add_role(c, who, org, role, (size_t)tm, 0, c->ms->m[tm].interim, 0.6f);
}

/* "M. X a été nommé chef en 1996, puis directeur en 1998", "was named
 * treasurer in 2007, then CFO in 2012": a career told in one sentence.
 * After an appointment or a joining, each "puis"/"then" with a title
 * (maybe behind "promu", "comme") is one more appointment of the same
 * person, at the title's organisation or the move's, dated by the date
 * that follows the title. */
int nkg_s_then_moves(sctx *c)
{
	size_t s1 = c->s->tok1;
	int rc = 0;

	for (size_t i = c->ev0; i < c->st->n_events && !rc; i++) {
		/* (a copy: nkg_s_add_event below may move the array) */
		const nkg_stmt_event ev = c->st->events[i];
		if (ev.sent != c->si || ev.org < 0 || ev.modality != NKG_MOD_ASSERTED ||
		    (ev.kind != NKG_EV_APPOINTED && ev.kind != NKG_EV_JOINED))
			continue;
		for (size_t k = ev.trig_tok + 1; k < s1 && !rc; k++) {
			size_t len = nkg_doc_match_list(c->doc, k, s1, c->l->then_words), q, oend;
			int tm, expl = 0, org, person = ev.person;
			nkg_evkind kind = ev.kind == NKG_EV_JOINED ? NKG_EV_APPOINTED : ev.kind;
			const char *date = "";
			if (hard_boundary(c, k) || (person_at(c, k, NULL) >= 0 && person_at(c, k, NULL) != person))
				break;
			if (!len)
				continue;
			q = k + len;
			/* "puis promu", "then named", "puis comme" */
			while (q < s1 && q < k + len + 3 && title_at(c, q) < 0 &&
			       (nkg_lang_trigger_word(c->l, FOLD(c, q), -1, 1) ||
				nkg_lang_in(c->l->be_aux, FOLD(c, q)) ||
				nkg_doc_match_list(c->doc, q, s1, c->l->as_words) ||
				nkg_lang_in(c->l->determiners, FOLD(c, q))))
				q++;
			if ((tm = title_at(c, q)) < 0)
				continue;
			org = nkg_s_title_org(c, (size_t)tm, &expl, &oend);
			if (org < 0)
				org = ev.org;
			for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++) {
				const nkg_mention *m = &c->ms->m[mi];
				if (m->kind != NKG_M_DATE || m->tok0 < c->ms->m[tm].tok1)
					continue;
				/* (only up to the next step) */
				int later = 0;
				for (size_t r = c->ms->m[tm].tok1; r < m->tok0 && !later; r++)
					later = nkg_doc_match_list(c->doc, r, s1, c->l->then_words) != 0;
				if (!later)
					date = m->date;
				break;
			}
			const char *role = c->ms->m[tm].role;
			if ((rc = nkg_s_add_event(c, person, org, kind, role, NKG_MOD_ASSERTED, q, 0.6f)))
				break;
			snprintf(c->st->events[c->st->n_events - 1].date, sizeof c->st->events[0].date,
				 "%s", date);
			rc = nkg_s_add_role(c, person, org, role, (size_t)tm, c->ms->m[tm].former,
				      c->ms->m[tm].interim, 0.6f);
			k = q;
		}
	}
	return rc;
}

/* "le limogeage du manager", "to axe their long-serving manager": a move
 * whose object is a bare title (a determiner, at most two qualifiers)
 * speaks of someone the story has named: the latest person with a move of
 * that kind and no post there, in this sentence or the three before.  The
 * title is their post. */
int nkg_s_titled_anaphor(sctx *c)
{
	const nkg_mentions *ms = c->ms;
	int rc = 0;

	for (size_t mi = ms->by_sent[c->si]; mi < ms->by_sent[c->si + 1] && !rc; mi++) {
		const nkg_mention *t = &ms->m[mi];
		const nkg_trigger_entry *e = NULL;
		size_t b = t->tok0, len = 0;
		int used = 0;
		if (t->kind != NKG_M_TITLE || t->former)
			continue;
		for (size_t i = c->role0; i < c->st->n_roles && !used; i++)
			used = c->st->roles[i].title_m == mi;
		if (used)
			continue;
		/* "their long-serving", "du nouveau": qualifiers back to the
		 * determiner */
		for (size_t n = 0; n < 2 && b > c->s->tok0 + 1 &&
		     !nkg_lang_in(c->l->determiners, FOLD(c, b - 1)) &&
		     !nkg_lang_in(c->l->possessive_before, FOLD(c, b - 1)) &&
		     (TOK(c, b - 1)->flags & NKG_TOK_WORD) && !(TOK(c, b - 1)->flags & NKG_TOK_CAP) &&
		     mention_at(c, b - 1) < 0; n++)
			b--;
		if (b < c->s->tok0 + 2 || (!nkg_lang_in(c->l->determiners, FOLD(c, b - 1)) &&
					   !nkg_lang_in(c->l->possessive_before, FOLD(c, b - 1))))
			continue;
		/* the move right before the determiner ("limogeage du",
		 * "to axe their") */
		for (size_t q = b - 1; q-- > c->s->tok0 && q + 3 >= b && !e;) {
			const nkg_trigger_entry *h = nkg_s_match_trigger(c, q, &len);
			if (h && q + len == b - 1 && h->kind != NKG_EV_FOUNDED)
				e = h;
		}
		/* (its modality is the told move's: "decided ... to axe
		 * their manager" restates it) */
		if (!e)
			continue;
		for (size_t i = c->st->n_events; i-- > 0;) {
			nkg_stmt_event *ev = &c->st->events[i];
			int same = ev->kind == e->kind || (ends_post(ev->kind) && ends_post(e->kind));
			if (ev->sent + 6 < c->si) /* (the story's move, told in its lead) */
				break;
			if (!same || ev->org < 0 || ev->modality != NKG_MOD_ASSERTED)
				continue;
			if (ev->role || nkg_s_role_at(c, ev->person, ev->org))
				break;
			ev->role = t->role;
			int person = ev->person, org = ev->org;
			rc = nkg_s_add_role(c, person, org, t->role, mi, 0, t->interim, 0.6f);
			/* "le départ du PDG et cofondateur": both posts */
			if (!rc && t->tok1 + 1 < c->s->tok1 && nkg_lang_in(c->l->coord, FOLD(c, t->tok1))) {
				int t2 = title_at(c, t->tok1 + 1);
				if (t2 >= 0)
					rc = nkg_s_add_role(c, person, org, c->ms->m[t2].role, (size_t)t2, 0, 0, 0.6f);
			}
			break;
		}
	}
	return rc;
}

/* The organisation named at q, over one article ("pour le musée Y"), or
 * -1. */
static int org_after_article(const sctx *c, size_t q)
{
	if (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
		q++;
	return q < c->s->tok1 ? org_at(c, q, NULL) : -1;
}

/* Whether this sentence already tells a move of person at org (org < 0:
 * no). */
static int moved_here(const sctx *c, int person, int org)
{
	for (size_t j = c->ev0; j < c->st->n_events && org >= 0; j++)
		if (c->st->events[j].sent == c->si && c->st->events[j].person == person &&
		    c->st->events[j].org == org)
			return 1;
	return 0;
}

/* "is leaving Henry Ford Health to lead CommonSpirit Health", "quitte
 * Varnel pour diriger le groupe Hestia", "leaving the post to serve as
 * president of Y": the leaving is for a start, the same day, at the head
 * of the organisation named after the purpose, or in the title told
 * there. */
int nkg_s_leave_to_head(sctx *c)
{
	size_t n = c->st->n_events;
	int rc = 0;
	for (size_t i = c->ev0; !rc && i < n; i++) {
		nkg_stmt_event ev = c->st->events[i]; /* (nkg_s_add_event may move the array) */
		if (ev.sent != c->si || ev.kind != NKG_EV_LEFT || ev.person < 0)
			continue;
		/* "X, parti à M6,", "partie chez Renault": where one went, an
		 * organisation, is joined (the one left, when the sentence
		 * gave another, stays left) */
		size_t gl = nkg_doc_match_list(c->doc, ev.trig_tok, c->s->tok1, c->l->goes_to);
		if (gl) {
			int o = org_after_article(c, ev.trig_tok + gl);
			if (o >= 0 && o == ev.org) {
				c->st->events[i].kind = NKG_EV_JOINED;
				c->st->events[i].role = NULL;
				continue;
			}
			if (o >= 0) {
				rc = nkg_s_add_dated_event(c, ev.person, o, NKG_EV_JOINED, NULL, ev.modality,
						     ev.trig_tok, 0.7f, ev.date);
				continue;
			}
		}
		for (size_t k = ev.trig_tok + 1; k < c->s->tok1 && k < ev.trig_tok + 24; k++) {
			if (hard_boundary(c, k))
				break;
			/* "quitte le musée Fabre pour le musée des Augustins",
			 * "left Acme for Globex": right after the organisation
			 * left, another one it was left for is joined */
			int lm = mention_at(c, k - 1);
			if (nkg_lang_in(c->l->leave_for, FOLD(c, k)) && lm >= 0 && c->ms->m[lm].tok1 == k &&
			    org_at(c, c->ms->m[lm].tok0, NULL) == ev.org && ev.org >= 0) {
				int o = org_after_article(c, k + 1);
				if (moved_here(c, ev.person, o))
					o = -1; /* told by a trigger already */
				if (o >= 0 && o != ev.org) {
					rc = nkg_s_add_dated_event(c, ev.person, o, NKG_EV_JOINED, NULL, ev.modality,
							     k, 0.7f, ev.date);
					break;
				}
			}
			if (!nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->purpose))
				continue;
			size_t hl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->head_verbs);
			size_t pl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->purpose);
			int ex = 0, o = hl ? nkg_s_org_after(c, k + hl, 6, &ex) : -1, tm = -1;
			/* "leaving the post to serve as regional president of
			 * Y": the title after the purpose, at Y */
			for (size_t q = k + pl; !hl && q < c->s->tok1 && q < k + pl + 4 && tm < 0; q++)
				if (hard_boundary(c, q) || is_punct(c, q, ",") || org_at(c, q, NULL) >= 0 ||
				    (tm = title_at(c, q)) >= 0)
					break;
			if (tm >= 0)
				o = nkg_s_org_after(c, c->ms->m[tm].tok1, 10, &ex);
			if (o < 0 || o == ev.org)
				break;
			if (moved_here(c, ev.person, o))
				o = -1; /* told by a trigger already */
			if (o < 0)
				break;
			/* (the post the sentence gives there, else its head) */
			const char *role = tm >= 0 ? c->ms->m[tm].role : NULL;
			for (size_t j = c->role0; j < c->st->n_roles && !role; j++)
				if (c->st->roles[j].sent == c->si && c->st->roles[j].person == ev.person &&
				    c->st->roles[j].org == o)
					role = c->st->roles[j].role;
			/* ("Dale Pruitt is stepping down in October. He is
			 * leaving the post to ...": the move told just before,
			 * with its date) */
			for (size_t j = c->ev0; !ev.date[0] && j-- > 0;) {
				const nkg_stmt_event *pe = &c->st->events[j];
				if (pe->sent + 2 < c->si)
					break;
				if (pe->sent < c->si && pe->person == ev.person && pe->kind == NKG_EV_LEFT &&
				    pe->org == ev.org && pe->modality == ev.modality && pe->date[0]) {
					memcpy(ev.date, pe->date, sizeof ev.date);
					memcpy(c->st->events[i].date, pe->date, sizeof ev.date);
				}
			}
			if ((rc = nkg_s_add_dated_event(c, ev.person, o, NKG_EV_APPOINTED, role ? role : "head",
						  ev.modality, k, 0.7f, ev.date)))
				break;
			if (tm >= 0 && ev.modality == NKG_MOD_ASSERTED)
				rc = nkg_s_add_role(c, ev.person, o, role, (size_t)tm, 0, 0, 0.7f);
			else if (!role && ev.modality == NKG_MOD_ASSERTED)
				rc = nkg_s_add_role(c, ev.person, o, "head", (size_t)-1, 0, 0, 0.7f);
			break;
		}
	}
	return rc;
}

/* "X was vice president and CFO of Y, a position he held between 2002
 * and 2007", "COO of Y from 2006 to 2010": a post held over a span of
 * years began at its start and, when its end is past, ended then.  The
 * span is one date mention, dated by its start (see mentions.c). */
int nkg_s_held_spans(sctx *c)
{
	int rc = 0, ay = atoi(c->ms->adate); /* (0 when the article has no date) */
	size_t nr = c->st->n_roles;
	for (size_t mi = c->ms->by_sent[c->si]; !rc && mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *d = &c->ms->m[mi];
		if (d->kind != NKG_M_DATE || d->tok1 - d->tok0 != 4 || !d->date[0] ||
		    !nkg_lang_in(c->l->range_open, FOLD(c, d->tok0)) ||
		    !nkg_lang_in(c->l->range_mid, FOLD(c, d->tok0 + 2)))
			continue;
		int ey = atoi(FOLD(c, d->tok0 + 3));
		/* the post told nearest before the span, in its sentence */
		const nkg_stmt_role *best = NULL;
		size_t bt = 0;
		for (size_t j = c->role0; j < nr; j++) {
			const nkg_stmt_role *r = &c->st->roles[j];
			if (r->sent != c->si || r->org < 0 || r->title_m >= c->ms->n)
				continue;
			size_t t = c->ms->m[r->title_m].tok0;
			if (t >= d->tok0 || (best && t <= bt))
				continue;
			best = r;
			bt = t;
		}
		if (!best || d->tok0 > bt + 20)
			continue;
		int clear = 1;
		for (size_t q = bt; q < d->tok0 && clear; q++)
			clear = !hard_boundary(c, q);
		for (size_t i = 0; clear && i < c->st->n_events; i++)
			if (c->st->events[i].person == best->person && c->st->events[i].org == best->org)
				clear = 0; /* its moves are told already */
		if (!clear)
			continue;
		int person = best->person, org = best->org;
		const char *role = best->role;
		char end[11];
		snprintf(end, sizeof end, "%04d", ey);
		if ((rc = nkg_s_add_dated_event(c, person, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, d->tok0,
					  0.6f, d->date)) ||
		    (ey > 0 && ay > 0 && ey < ay &&
		     (rc = nkg_s_add_dated_event(c, person, org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, d->tok0 + 3,
					   0.6f, end))))
			break;
	}
	return rc;
}

/* "is retiring Jan. 1 as president of Times Mirror Co. and publisher of
 * its flagship newspaper the Los Angeles Times": a leaving gives up every
 * post coordinated after it, at each organisation. */
int nkg_s_coordinated_leaves(sctx *c)
{
	size_t n = c->st->n_events;
	int rc = 0;
	for (size_t i = c->ev0; !rc && i < n; i++) {
		nkg_stmt_event ev = c->st->events[i]; /* (nkg_s_add_event may move the array) */
		if (ev.sent != c->si || ev.org < 0 || !ends_post(ev.kind))
			continue;
		for (size_t j = c->role0; !rc && j < c->st->n_roles; j++) {
			const nkg_stmt_role *r = &c->st->roles[j];
			if (r->sent != c->si || r->person != ev.person || r->org < 0 || r->org == ev.org ||
			    r->former || r->title_m >= c->ms->n)
				continue;
			size_t t0 = c->ms->m[r->title_m].tok0;
			/* (or the same title at another organisation: "X, CEO
			 * of A and B, resigned") */
			int shared = 0;
			for (size_t j2 = c->role0; j2 < c->st->n_roles && !shared; j2++)
				shared = c->st->roles[j2].sent == c->si && c->st->roles[j2].person == ev.person &&
					 c->st->roles[j2].org == ev.org && c->st->roles[j2].title_m == r->title_m;
			if (!shared && (t0 <= ev.trig_tok + 1 || !nkg_lang_in(c->l->coord, FOLD(c, t0 - 1))))
				continue;
			/* (the same clause: no other move, purpose or stop
			 * between: "left X as CEO and joined Y as CFO") */
			int clear = 1;
			for (size_t q = ev.trig_tok + 1; !shared && q < t0 && clear; q++) {
				size_t len = 0;
				if (hard_boundary(c, q) ||
				    nkg_doc_match_list(c->doc, q, c->s->tok1, c->l->purpose) ||
				    (nkg_s_match_trigger(c, q, &len) && len))
					clear = 0;
			}
			for (size_t k = c->ev0; clear && k < c->st->n_events; k++)
				if (c->st->events[k].sent == c->si && c->st->events[k].person == ev.person &&
				    c->st->events[k].org == r->org)
					clear = 0; /* told already */
			if (!clear)
				continue;
			if ((rc = nkg_s_add_dated_event(c, ev.person, r->org, ev.kind, r->role, ev.modality, t0,
						  0.7f, ev.date)))
				break;
		}
	}
	return rc;
}

/* "en remplacement de X, parti à la retraite": one leaving told twice in
 * a sentence, once where the sentence names (the post X leaves) and once
 * by a trigger with no organisation of its own, which got the story's by
 * default; the default one goes. */
void nkg_s_one_move_where_named(sctx *c)
{
	for (size_t i = c->st->n_events; i-- > c->ev0;) {
		const nkg_stmt_event *ev = &c->st->events[i];
		/* (told in apposition to the person: "X, parti à la
		 * retraite") */
		size_t t = ev->trig_tok;
		int pm = t >= c->s->tok0 + 2 && is_punct(c, t - 1, ",") ? mention_at(c, t - 2) : -1;
		if (ev->sent != c->si || nkg_s_org_named_after(c, t, ev->org) || pm < 0 ||
		    person_at(c, c->ms->m[pm].tok0, NULL) != ev->person)
			continue;
		for (size_t j = c->ev0; j < c->st->n_events; j++) {
			const nkg_stmt_event *o = &c->st->events[j];
			if (j != i && o->sent == c->si && o->person == ev->person && o->kind == ev->kind &&
			    o->org != ev->org && o->modality == ev->modality && nkg_s_named_in_sentence(c, o->org)) {
				nkg_s_drop_event(c, i);
				break;
			}
		}
	}
}

/* "X n'est plus l'entraîneur de l'Olympic", "X is no longer chief
 * executive of Y", "n'en est plus directeur technique": the subject held
 * the title there and left it. */
int nkg_s_no_longer(sctx *c)
{
	int rc = 0;
	for (size_t k = c->s->tok0 + 1; !rc && k + 1 < c->s->tok1; k++) {
		size_t n = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->no_longer);
		if (!n)
			continue;
		size_t q = k + n;
		while (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
			q++;
		int tm = q < c->s->tok1 ? title_at(c, q) : -1;
		plist who = {0};
		nkg_s_persons_before(c, k, &who);
		if (tm < 0 || !who.n || nkg_s_modality(c, k, n, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		int expl = 0;
		size_t end;
		int org = nkg_s_title_org(c, (size_t)tm, &expl, &end);
		/* ("Après avoir cofondé Tessalys, X n'en est plus directrice
		 * technique": the clitic stands for the one named before) */
		for (size_t b = k > c->s->tok0 + 2 ? k - 2 : c->s->tok0; org < 0 && b < k + n; b++)
			if (nkg_lang_in(c->l->org_clitics, FOLD(c, b)))
				org = nkg_s_org_before(c, b);
		if (org < 0)
			org = nkg_s_discourse_org(c);
		if (org < 0)
			continue;
		const char *role = c->ms->m[tm].role;
		if ((rc = nkg_s_add_role(c, who.chain[0], org, role, (size_t)tm, 1, 0, 0.6f)) ||
		    (rc = nkg_s_add_event(c, who.chain[0], org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, k, 0.6f)))
			break;
		k = q;
	}
	return rc;
}

/* A leaving and a post told together in one sentence, one of them
 * without its organisation, share the other's: "Nina Olmos, à la tête de
 * Sorvane depuis 2012, quitte ses fonctions" leaves Sorvane; "X,
 * directeur de cabinet du maire, quitte la mairie de Brest" held the
 * title there. */
void nkg_s_leaves_post_told(sctx *c)
{
	/* "X, directeur de cabinet du maire, quitte la mairie de Brest": a
	 * title with no organisation named (it got the story's) is held at
	 * the organisation the same person leaves in the sentence */
	for (size_t r = c->role0; r < c->st->n_roles; r++) {
		nkg_stmt_role *ro = &c->st->roles[r];
		if (ro->sent != c->si || ro->former || nkg_s_named_in_sentence(c, ro->org) ||
		    ro->title_m >= c->ms->n || c->ms->m[ro->title_m].sent != c->si)
			continue;
		for (size_t i = c->ev0; i < c->st->n_events; i++) {
			nkg_stmt_event *ev = &c->st->events[i];
			if (ev->sent == c->si && ev->person == ro->person && ends_post(ev->kind) &&
			    ev->org >= 0 && nkg_s_named_in_sentence(c, ev->org) &&
			    c->ms->m[ro->title_m].tok0 < ev->trig_tok) {
				ro->org = ev->org;
				if (!ev->role)
					ev->role = ro->role;
				break;
			}
		}
	}
	for (size_t i = c->ev0; i < c->st->n_events; i++) {
		nkg_stmt_event *ev = &c->st->events[i];
		if (ev->sent != c->si || !ends_post(ev->kind) || nkg_s_named_in_sentence(c, ev->org))
			continue;
		/* (the post told between the person and the move, as an
		 * apposition about the subject: not a post the move is for,
		 * "leaving to serve as CEO of Y", nor one told of someone the
		 * move names after it, "takes over from X, who ...") */
		size_t pt = c->s->tok1;
		for (size_t q = c->s->tok0; q < ev->trig_tok && pt == c->s->tok1; q++)
			if (person_at(c, q, NULL) == ev->person)
				pt = q;
		for (size_t r = c->role0; r < c->st->n_roles && pt < ev->trig_tok; r++) {
			const nkg_stmt_role *ro = &c->st->roles[r];
			int between = 0;
			for (size_t q = pt + 1; q < ev->trig_tok && !between; q++)
				between = org_at(c, q, NULL) == ro->org;
			if (ro->sent == c->si && ro->person == ev->person && !ro->former && ro->org >= 0 &&
			    ro->org != ev->org && between) {
				ev->org = ro->org;
				if (!ev->role)
					ev->role = ro->role;
				break;
			}
		}
	}
}

/* "LSU President Kind Alexander has been named president of Oregon
 * State University": one named to the post the sentence says they hold
 * at another organisation leaves that one (one president, one chief
 * executive at a time; a public office or a board seat may be held
 * with another, and are left out). */
int nkg_s_same_post_elsewhere(sctx *c)
{
	int rc = 0;
	size_t n0 = c->st->n_events;
	for (size_t i = c->ev0; !rc && i < n0; i++) {
		const nkg_stmt_event ev = c->st->events[i];
		if (ev.sent != c->si || ev.kind != NKG_EV_APPOINTED || !ev.role || ev.org < 0 ||
		    ev.modality != NKG_MOD_ASSERTED || !strcmp(ev.role, "official") ||
		    !strcmp(ev.role, "board_member") || !strcmp(ev.role, "employee") ||
		    !nkg_s_named_in_sentence(c, ev.org))
			continue;
		/* (an interim is held beside one's post: "currently CFO of
		 * X, will become interim CFO of the group") */
		int interim = 0;
		for (size_t r = c->role0; r < c->st->n_roles; r++)
			interim |= c->st->roles[r].person == ev.person && c->st->roles[r].org == ev.org &&
				   c->st->roles[r].interim;
		for (size_t r = c->role0; r < c->st->n_roles && !interim; r++) {
			const nkg_stmt_role *ro = &c->st->roles[r];
			if (ro->sent != c->si || ro->person != ev.person || ro->former || ro->interim ||
			    ro->org < 0 || ro->org == ev.org || strcmp(ro->role, ev.role) ||
			    !nkg_s_named_in_sentence(c, ro->org))
				continue;
			int told = 0;
			for (size_t j = 0; j < c->st->n_events && !told; j++)
				told = c->st->events[j].person == ev.person && c->st->events[j].org == ro->org &&
				       ends_post(c->st->events[j].kind);
			if (!told)
				rc = nkg_s_add_event(c, ev.person, ro->org, NKG_EV_LEFT, ro->role,
					       NKG_MOD_ASSERTED, ev.trig_tok, 0.5f);
			break;
		}
	}
	return rc;
}

/* "X has resigned, along with vice-chair Y and executive director Z",
 * "X quitte le groupe, ainsi que son adjoint Y": the people after the
 * phrase make the move told before it in the sentence, each with the
 * post the sentence gives them there. */
int nkg_s_comitative_moves(sctx *c)
{
	int rc = 0;
	for (size_t k = c->s->tok0 + 1; !rc && k < c->s->tok1; k++) {
		size_t len = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->comitative_words);
		if (!len)
			continue;
		const nkg_stmt_event *mv = NULL;
		for (size_t i = c->ev0; i < c->st->n_events; i++)
			if (c->st->events[i].sent == c->si && c->st->events[i].trig_tok < k &&
			    c->st->events[i].org >= 0)
				mv = &c->st->events[i];
		if (!mv)
			continue;
		nkg_stmt_event ev = *mv; /* (nkg_s_add_event may move the array) */
		for (size_t q = k + len, n = 0; !rc && q < c->s->tok1 && n < 16; n++) {
			size_t e = 0;
			int p = person_at(c, q, &e);
			if (p >= 0 && p != ev.person) {
				int held = 0;
				for (size_t i = c->ev0; i < c->st->n_events && !held; i++)
					held = c->st->events[i].person == p && c->st->events[i].org == ev.org &&
					       c->st->events[i].kind == ev.kind;
				if (!held)
					rc = nkg_s_add_dated_event(c, p, ev.org, ev.kind, nkg_s_role_of(c, p, ev.org, 0),
							     ev.modality, k, 0.6f, ev.date);
				q = e;
				continue;
			}
			/* (over titles, determiners and the coordination) */
			if (hard_boundary(c, q) || (mention_at(c, q) >= 0 &&
						    c->ms->m[mention_at(c, q)].kind == NKG_M_NAME))
				break;
			q++;
		}
		k += len - 1;
	}
	return rc;
}

/* newskg — successions: "X succède à Y", "replaced by", "hands over
 * to": who takes whose post, where, and when (see statements.h). */
#include "statements_int.h"

/* ---- succession ---------------------------------------------------------- */

/* The role a predecessor held: the successor's, but "interim" is the
 * successor's own standing, not the predecessor's. */
static const char *held_role(const char *role)
{
	/* One replaces someone in a post; founding is not one. */
	if (role && !strcmp(role, "founder"))
		return NULL;
	return role && !strcmp(role, "interim_ceo") ? "ceo" : role;
}

/* Whether the article already tells that person left org (or was
 * dismissed there). */
static int has_end(const sctx *c, int person, int org)
{
	for (size_t i = 0; i < c->st->n_events; i++) {
		const nkg_stmt_event *e = &c->st->events[i];
		if (e->person == person && e->org == org &&
		    ends_post(e->kind))
			return 1;
	}
	return 0;
}

/* The latest role of person at org (any organisation when org < 0). */
const nkg_stmt_role *nkg_s_role_at(const sctx *c, int person, int org)
{
	for (size_t i = c->st->n_roles; i-- > 0;) {
		const nkg_stmt_role *r = &c->st->roles[i];
		if (r->person == person && r->org >= 0 && (org < 0 || r->org == org))
			return r;
	}
	return NULL;
}

/* Whether this sentence or the two before tell person taking a post at
 * org. */
static int moves_to(const sctx *c, int person, int org)
{
	for (size_t j = 0; j < c->st->n_events; j++) {
		const nkg_stmt_event *e = &c->st->events[j];
		if (e->sent <= c->si && e->sent + 2 >= c->si && e->person == person &&
		    e->org == org && starts_post(e->kind))
			return 1;
	}
	return 0;
}

/* The latest role of person with an organisation, but for the posts the
 * sentence or the two before move them to: what a successor takes over
 * ("Y takes over from X, who has joined UNESCO as director"; "X will hand
 * over to Y"). */
const nkg_stmt_role *nkg_s_role_left(const sctx *c, int person)
{
	for (size_t i = c->st->n_roles; i-- > 0;) {
		const nkg_stmt_role *r = &c->st->roles[i];
		if (r->person != person || r->org < 0)
			continue;
		if (r->former || !moves_to(c, person, r->org))
			return r;
	}
	return NULL;
}

/* Whether the article so far ties person to org by a role or a move. */
static int tied_to(const sctx *c, int person, int org)
{
	if (nkg_s_role_at(c, person, org))
		return 1;
	for (size_t i = 0; i < c->st->n_events; i++)
		if (c->st->events[i].person == person && c->st->events[i].org == org)
			return 1;
	return 0;
}

/* The successions' two halves.  person leaves org (role may be NULL) on
 * date, unless the article already tells it ... */
static int leaves(sctx *c, int person, int org, const char *role, size_t trig,
		  const char *date)
{
	int rc;
	if (has_end(c, person, org))
		return 0;
	if ((rc = nkg_s_add_event(c, person, org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, trig, 0.6f)))
		return rc;
	snprintf(c->st->events[c->st->n_events - 1].date, sizeof c->st->events[0].date, "%s", date);
	return 0;
}

/* ... and person takes role there: the move, unless the article already
 * tells them joining or appointed there, and the role. */
static int takes_over(sctx *c, int person, int org, const char *role, size_t trig,
		      const char *date)
{
	int rc, moved = 0;
	for (size_t i = 0; i < c->st->n_events && !moved; i++)
		moved = c->st->events[i].person == person && c->st->events[i].org == org &&
			(c->st->events[i].kind == NKG_EV_APPOINTED ||
			 c->st->events[i].kind == NKG_EV_JOINED);
	if (!moved) {
		if ((rc = nkg_s_add_event(c, person, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, trig, 0.6f)))
			return rc;
		snprintf(c->st->events[c->st->n_events - 1].date, sizeof c->st->events[0].date,
			 "%s", date);
	}
	return role ? nkg_s_add_role(c, person, org, role, (size_t)-1, 0, 0, 0.6f) : 0;
}

/* "Elle succède à X", "replacing X", "Il remplace X", "X, remplacé par
 * Y": the predecessor X held the role the successor takes, at the same
 * organisation, and leaves it then.  The successor's move is the nearest
 * appointment or joining told in this sentence, else (a pronoun subject:
 * "Il remplace X") in the three before.  "replace X with Y" names the
 * successor: Y takes the role X held. */
/* The first stated date of the sentence after token k, or "". */
static const char *date_after(const sctx *c, size_t k)
{
	/* (not "depuis 2017", "since 2017": when a post began) */
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1]; mi++)
		if (c->ms->m[mi].kind == NKG_M_DATE && c->ms->m[mi].tok0 > k && c->ms->m[mi].date[0] &&
		    !nkg_lang_in(c->l->since_words, FOLD(c, c->ms->m[mi].tok0)))
			return c->ms->m[mi].date;
	return "";
}

/* The organisation whose head the sentence names after token k: "at
 * Nasdaq's helm", "à la tête de Sigfox" (the head verbs' list), or -1. */
int nkg_s_helm_org(const sctx *c, size_t k)
{
	for (size_t q = k; q < c->s->tok1; q++) {
		size_t hl = nkg_doc_match_list(c->doc, q, c->s->tok1, c->l->head_verbs);
		if (hl) {
			size_t r = q + hl;
			if (r < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, r)))
				r++;
			int o = r < c->s->tok1 ? org_at(c, r, NULL) : -1;
			if (o >= 0)
				return o;
		}
		/* "at Nasdaq's helm" */
		size_t oe;
		int o = org_at(c, q, &oe);
		if (o >= 0 && oe + 1 < c->s->tok1 && possessive_at(c, oe) &&
		    nkg_doc_match_list(c->doc, oe + 1, c->s->tok1, c->l->helm_words))
			return o;
	}
	return -1;
}

/* "Son successeur, Isabelle Caradec, prendra ses fonctions le 1er juin",
 * "His successor, Jane Doe, ...": Y takes the role of whoever the story
 * just told left (a departure or dismissal in the three sentences
 * before), at the same organisation, on the date the sentence gives. */
static int successor_noun(sctx *c)
{
	size_t s0 = c->s->tok0, s1 = c->s->tok1;
	int rc = 0;

	for (size_t k = s0 + 1; k < s1 && !rc; k++) {
		const nkg_stmt_event *gone = NULL;
		int succ = -1;
		if (!nkg_lang_in(c->l->successor_nouns, FOLD(c, k)) ||
		    !nkg_lang_in(c->l->possessive_before, FOLD(c, k - 1)))
			continue;
		for (size_t q = k + 1; q < s1 && q < k + 4 && succ < 0; q++)
			succ = person_at(c, q, NULL);
		/* "Sa successeure à la tête de X, Nadia Ferhat, ...": after
		 * the post, the name in apposition */
		for (size_t q = k + 1; succ < 0 && q + 1 < s1 && q < k + 12; q++) {
			if (hard_boundary(c, q) || person_at(c, q, NULL) >= 0)
				break;
			if (is_punct(c, q, ","))
				succ = person_at(c, q + 1, NULL);
		}
		for (size_t i = c->st->n_events; succ >= 0 && i-- > 0 && !gone;) {
			const nkg_stmt_event *e = &c->st->events[i];
			if (e->sent + 3 < c->si)
				break;
			if (ends_post(e->kind) && e->org >= 0 &&
			    e->person != succ && e->modality == NKG_MOD_ASSERTED && e->sent < c->si)
				gone = e;
		}
		if (!gone || nkg_s_modality(c, k, 1, NKG_TRIG_NOUN) != NKG_MOD_ASSERTED)
			continue;
		const nkg_stmt_role *pr = nkg_s_role_at(c, gone->person, gone->org);
		rc = takes_over(c, succ, gone->org,
				held_role(gone->role ? gone->role : pr ? pr->role : NULL), k,
				date_after(c, k));
	}
	return rc;
}

/* The end of an insert at k that a phrase may hold between two of its
 * words: a date ("succédera le 1er janvier à X"), an adverb ("succède
 * officiellement à X"), either between commas ("a passé la main, samedi,
 * à Y").  k when there is none. */
static size_t insert_end(const sctx *c, size_t k)
{
	size_t q = k, s1 = c->s->tok1;
	int comma = q < s1 && is_punct(c, q, ",");
	q += comma;
	size_t d = q < s1 && nkg_lang_in(c->l->determiners, FOLD(c, q)) ? q + 1 : q;
	int dm = d < s1 ? mention_at(c, d) : -1;
	if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE && c->ms->m[dm].tok0 == d)
		q = c->ms->m[dm].tok1;
	else if (q < s1 && nkg_lang_in(c->l->apposition_adverbs, FOLD(c, q)) && mention_at(c, q) < 0)
		q++;
	/* "cède sa place de PDG de Norlys à Y": the post, and its
	 * organisation */
	else if (!comma && q + 1 < s1 && nkg_lang_in(c->l->title_links, FOLD(c, q)) && title_at(c, q + 1) >= 0) {
		int tm = title_at(c, q + 1), expl = 0;
		size_t oend;
		q = c->ms->m[tm].tok1;
		if (nkg_s_title_org(c, (size_t)tm, &expl, &oend) >= 0 && expl && oend > q)
			q = oend;
	} else
		return k;
	if (comma) {
		if (q >= s1 || !is_punct(c, q, ","))
			return k;
		q++;
	}
	return q;
}

/* The length of the longest phrase of list at k, which may hold one
 * insert (insert_end) between two of its words; 0 if none matches. */
static size_t match_with_insert(const sctx *c, size_t k, const char *const *list)
{
	size_t len = nkg_doc_match_list(c->doc, k, c->s->tok1, list), best = len;
	if (k + 2 >= c->s->tok1)
		return len;
	const char *f0 = FOLD(c, k);
	size_t fl = strlen(f0);
	for (size_t i = 0; list[i]; i++) {
		const char *w = list[i];
		size_t q = k, inserted = 0;
		/* (most phrases fail on their first word: try it first) */
		if (w[0] != f0[0] || strncmp(w, f0, fl) || w[fl] != ' ')
			continue;
		while (*w) {
			const char *sp = strchr(w, ' ');
			size_t wl = sp ? (size_t)(sp - w) : strlen(w);
			if (w != list[i] && !inserted) {
				size_t e = insert_end(c, q);
				if (e > q && e < c->s->tok1 && strlen(FOLD(c, e)) == wl &&
				    !strncmp(FOLD(c, e), w, wl)) {
					q = e;
					inserted = 1;
				}
			}
			if (q >= c->s->tok1 || strlen(FOLD(c, q)) != wl || strncmp(FOLD(c, q), w, wl))
				break;
			q++;
			w += wl;
			if (*w == ' ')
				w++;
		}
		if (!*w && inserted && q - k > best)
			best = q - k;
	}
	return best;
}

/* "X cède sa place à Y", "X hands over to Y": X leaves the role X holds
 * (the latest the article gives, at its organisation), Y takes it. */
static int hand_over(sctx *c)
{
	size_t s0 = c->s->tok0, s1 = c->s->tok1;
	int rc = 0;

	for (size_t k = s0; k < s1 && !rc; k++) {
		size_t len = match_with_insert(c, k, c->l->hands_over);
		plist sb = {0};
		int pred, succ = -1, org;
		const nkg_stmt_role *pr;
		const char *role, *date;
		if (!len)
			continue;
		nkg_s_persons_before(c, k, &sb);
		for (size_t q = k + len; q < s1 && q < k + len + 6 && succ < 0; q++) {
			if (hard_boundary(c, q))
				break;
			succ = person_at(c, q, NULL);
		}
		if (!sb.n || succ < 0 || (pred = sb.chain[0]) == succ ||
		    nkg_s_modality(c, k, len, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		pr = nkg_s_role_left(c, pred);
		/* ("A l'Opéra du Rhin, X cède son fauteuil à Y": else the
		 * organisation the sentence fronts) */
		int fo = pr ? -1 : nkg_s_fronted_org(c);
		org = pr ? pr->org : fo >= 0 ? fo : c->ms->main_org;
		role = held_role(pr ? pr->role : NULL);
		/* (the post the phrase names: "sa place de PDG de Norlys") */
		for (size_t q = k; q < k + len; q++) {
			int tm = title_at(c, q), expl = 0;
			size_t oend;
			int o = tm >= 0 ? nkg_s_title_org(c, (size_t)tm, &expl, &oend) : -1;
			if (tm >= 0) {
				role = c->ms->m[tm].role;
				if (o >= 0 && expl)
					org = o;
				break;
			}
		}
		if (org < 0)
			continue;
		date = date_after(c, k);
		if ((rc = leaves(c, pred, org, role, k, date)) ||
		    (rc = takes_over(c, succ, org, role, k, date)))
			break;
		k += len - 1;
	}
	return rc;
}

/* Whether date mention m sits in brackets right after a person's name,
 * an aside about that person: "X (parti en 2015)", "Y (director from 2010
 * to 2014)".  If so, *open and *close are the brackets' tokens. */
int nkg_s_person_aside(const sctx *c, const nkg_mention *m, size_t *open, size_t *close)
{
	size_t po = m->tok0, pc = m->tok1;
	while (po > c->s->tok0 && po + 8 > m->tok0 && !is_punct(c, po, "(") && !is_punct(c, po, ")"))
		po--;
	while (pc < c->s->tok1 && pc < m->tok1 + 8 && !is_punct(c, pc, ")") && !is_punct(c, pc, "("))
		pc++;
	*open = po;
	*close = pc;
	return is_punct(c, po, "(") && pc < c->s->tok1 && is_punct(c, pc, ")") &&
	       person_before_tok(c, po) >= 0;
}

/* The day a succession at trigger k takes effect: told after the verb,
 * "will succeed X Jan. 10", or before it, "take the role on July 1
 * replacing X" (not inside a relative clause: "X, who sat on the board
 * until last year, replaces Y"), else fallback.  Into day. */
static void succession_day(const sctx *c, size_t k, const char *fallback, char day[11])
{
	const char *da = date_after(c, k);
	snprintf(day, 11, "%s", da && da[0] ? da : fallback ? fallback : "");
	for (size_t mi = c->ms->by_sent[c->si]; !(da && da[0]) && mi < c->ms->by_sent[c->si + 1]; mi++) {
		const nkg_mention *dm = &c->ms->m[mi];
		int cut = 0;
		size_t po, pc;
		if (dm->kind != NKG_M_DATE || dm->tok1 > k || !dm->date[0] || nkg_s_since_mention(c->doc, dm) ||
		    nkg_s_person_aside(c, dm, &po, &pc))
			continue;
		for (size_t q = dm->tok0; q-- > c->s->tok0 && !cut;) {
			if (TOK(c, q)->flags & NKG_TOK_PUNCT)
				break;
			cut = nkg_lang_in(c->l->relative, FOLD(c, q));
		}
		if (!cut)
			memcpy(day, dm->date, 11);
	}
}

int nkg_s_successions(sctx *c)
{
	size_t s0 = c->s->tok0, s1 = c->s->tok1;
	int rc = successor_noun(c);

	if (!rc)
		rc = hand_over(c);

	for (size_t k = s0; k < s1 && !rc; k++) {
		size_t len = match_with_insert(c, k, c->l->succeeds);
		size_t after, pe = 0;
		int pred = -1, succ = -1, passive_cue;
		const nkg_stmt_event *mv = NULL;
		if (!len)
			continue;
		after = k + len;
		/* "remplacé par Y", "replaced by Y": the predecessor is the
		 * subject before, the successor the agent after. */
		/* (a few words may come between: "will be succeeded on an
		 * interim basis by his deputy, Y") */
		size_t by = after;
		/* ("est remplacé – après un intérim assuré par Z – par Y":
		 * over an aside between dashes) */
		if (by < s1 && dash_at(c, by)) {
			size_t q = by + 1;
			while (q < s1 && q < by + 25 && !dash_at(c, q))
				q++;
			if (q + 1 < s1 && q < by + 25 && nkg_lang_in(c->l->by_words, FOLD(c, q + 1)))
				by = q + 1;
		}
		/* ("will be replaced as publisher by Y": over the post) */
		while (by < s1 && by < after + 6 && !nkg_lang_in(c->l->by_words, FOLD(c, by)) &&
		       !hard_boundary(c, by) && !is_punct(c, by, ",") &&
		       (mention_at(c, by) < 0 || title_at(c, by) >= 0))
			by++;
		passive_cue = by < s1 && nkg_lang_in(c->l->by_words, FOLD(c, by)) &&
			      (by == after || (k > s0 && nkg_lang_in(c->l->be_aux, FOLD(c, k - 1))));
		if (passive_cue) {
			for (size_t q = by + 1; q < s1 && q < by + 8 && succ < 0; q++) {
				if (hard_boundary(c, q))
					break;
				succ = person_at(c, q, NULL);
			}
			for (size_t q = k; q-- > s0 && q + 16 > k && pred < 0;) {
				/* ("X (parti en 2015) est remplacé": over an
				 * aside in brackets) */
				if (is_punct(c, q, ")")) {
					size_t o = q;
					while (o > s0 && o + 10 > q && !is_punct(c, o, "("))
						o--;
					if (is_punct(c, o, "(")) {
						q = o;
						continue;
					}
				}
				if (hard_boundary(c, q))
					break;
				int mi = mention_at(c, q);
				if (mi >= 0)
					pred = person_at(c, c->ms->m[mi].tok0, NULL);
			}
		} else {
			for (size_t q = after; q < s1 && q < after + 6 && pred < 0; q++) {
				if (hard_boundary(c, q))
					break;
				pred = person_at(c, q, &pe);
			}
			/* "replace X with Y", "remplacer X par Y" */
			for (size_t q = pe; pred >= 0 && q < s1 && q < pe + 3; q++)
				if (nkg_lang_in(c->l->succession_with, FOLD(c, q))) {
					for (size_t r = q + 1; r < s1 && r < q + 8 && succ < 0; r++) {
						if (hard_boundary(c, r))
							break;
						succ = person_at(c, r, NULL);
					}
					break;
				}
		}
		if (pred < 0 || pred == succ)
			continue;
		if (nkg_s_modality(c, k, len, NKG_TRIG_TRANS) != NKG_MOD_ASSERTED)
			continue;
		/* "Nathalie rejoint Lumessence ... Elle succède à X": the
		 * appointment the cue itself made restates the move told
		 * before; that move is the successor's. */
		for (size_t i = c->ev0; i < c->st->n_events; i++) {
			nkg_stmt_event *ce = &c->st->events[i];
			int restated = 0;
			if (ce->sent != c->si || ce->trig_tok < k || ce->trig_tok >= after ||
			    ce->kind != NKG_EV_APPOINTED)
				continue;
			for (size_t j = 0; j < i && !restated; j++) {
				const nkg_stmt_event *pe = &c->st->events[j];
				restated = pe->sent < c->si && pe->sent + 3 >= c->si &&
					   pe->person == ce->person && pe->org == ce->org &&
					   (pe->kind == NKG_EV_JOINED || pe->kind == NKG_EV_APPOINTED);
			}
			if (restated) {
				nkg_s_drop_event(c, i);
				i--;
			}
		}
		/* The successor: named ("with Y"), else the subject before the
		 * cue ("Elle succède à X"), else whoever moved last. */
		if (succ < 0 && !passive_cue) {
			plist sb = {0};
			nkg_s_persons_before(c, k, &sb);
			if (sb.n && sb.chain[0] != pred)
				succ = sb.chain[0];
		}
		/* "Succeeding her is her son, David C. Copley": the cue opens
		 * the sentence, the successor comes after the predecessor */
		int inverted = 0;
		if (succ < 0 && !passive_cue && k <= c->s->tok0 + 1) {
			for (size_t q = pe ? pe : after; q < s1 && succ < 0; q++) {
				int p = person_at(c, q, NULL);
				if (p >= 0 && p != pred)
					succ = p;
			}
			inverted = succ >= 0;
		}
		/* The successor's move: in this sentence first, then before. */
		for (size_t i = c->st->n_events; i-- > 0 && !mv;) {
			const nkg_stmt_event *e = &c->st->events[i];
			if (e->sent + 3 < c->si)
				break;
			/* (not one a clause about the successor tells: "by Y,
			 * who joined the group in 1983") */
			if (passive_cue && e->sent == c->si && e->trig_tok > by)
				continue;
			if (starts_post(e->kind) && e->person != pred && e->org >= 0 &&
			    e->modality == NKG_MOD_ASSERTED && (succ < 0 || e->person == succ))
				mv = e;
		}
		/* "Elle succède à X" after "X a nommé Y directrice
		 * générale": the role comes with the successor's earlier move
		 * there. */
		for (size_t i = c->st->n_events; mv && !mv->role && i-- > 0;) {
			const nkg_stmt_event *e = &c->st->events[i];
			if (e->sent + 3 < c->si)
				break;
			/* (of the same kind: "Conservatrice depuis 2005, X
			 * prend les rênes": the post held since is not the
			 * one taken) */
			if (e->person == mv->person && e->org == mv->org && e->role &&
			    e->kind == mv->kind && e->modality == NKG_MOD_ASSERTED)
				mv = e;
		}
		/* "X ... will be replaced by Y": Y takes X's place where X
		 * was, whatever organisation the move got by default. */
		if (mv && passive_cue && !tied_to(c, pred, mv->org)) {
			const nkg_stmt_role *p0 = nkg_s_role_at(c, pred, -1);
			if (p0)
				c->st->events[mv - c->st->events].org = p0->org;
		}
		/* Only where the predecessor was: an organisation the article
		 * ties them to, or the one it is about ("Y, who joins the board
		 * of Z, replaces X" does not put X at Z). */
		/* ("a été nommé à la tête du CNL, en remplacement de X":
		 * the cue completes the move's own clause, no relative
		 * pronoun between) */
		int same_clause = mv && mv->sent == c->si && mv->trig_tok < k;
		for (size_t q = mv && same_clause ? mv->trig_tok : k; same_clause && q < k; q++)
			if (nkg_lang_in(c->l->relative, FOLD(c, q)) || hard_boundary(c, q))
				same_clause = 0;
		if (mv && mv->org != c->ms->main_org && !same_clause && !tied_to(c, pred, mv->org)) {
			/* "X is leaving her post at Y to succeed him": the
			 * move the cue itself made goes where the predecessor
			 * was (his latest role's organisation) */
			const nkg_stmt_role *p0 = nkg_s_role_at(c, pred, -1);
			if (p0 && mv->sent == c->si && mv->trig_tok >= k && mv->trig_tok < after) {
				/* (the role it got was the one left) */
				c->st->events[mv - c->st->events].org = p0->org;
				c->st->events[mv - c->st->events].role = NULL;
			} else
				mv = NULL;
		}
		if (mv && passive_cue) {
			/* "X will be replaced by vice president Y": Y takes the
			 * role X held there, whatever title Y has now. */
			const nkg_stmt_role *pr = nkg_s_role_at(c, pred, mv->org);
			/* (the role key, not pr: nkg_s_add_role may move the roles) */
			const char *prole = pr ? pr->role : NULL;
			nkg_stmt_event *me = &c->st->events[mv - c->st->events];
			int org = mv->org;
			if (prole) {
				me->role = held_role(prole);
				if ((rc = nkg_s_add_role(c, me->person, me->org, me->role, (size_t)-1, 0, 0, 0.6f)))
					break;
			}
			if ((rc = leaves(c, pred, org, prole, k, "")))
				break;
		} else if (mv) {
			/* No role with the move: the one the sentence gives the
			 * successor there ("où elle occupera le poste de ..."). */
			const nkg_stmt_role *sr = mv->role ? NULL : nkg_s_role_at(c, mv->person, mv->org);
			const char *role = held_role(mv->role ? mv->role : sr && !sr->former ? sr->role : NULL);
			/* ("until it finds its next president to replace X":
			 * the title right before the cue is the post) */
			for (size_t q = k; !mv->role && q > s0 && q + 2 > k; q--) {
				int tm = title_at(c, q - 1);
				if (tm >= 0 && c->ms->m[tm].tok1 == q && !c->ms->m[tm].former) {
					role = held_role(c->ms->m[tm].role);
					break;
				}
			}
			int org = mv->org;
			/* None either: the successor named in this sentence
			 * takes the post the predecessor held there. */
			if (!role && mv->sent == c->si) {
				const nkg_stmt_role *pr = nkg_s_role_at(c, pred, org);
				if (pr && (role = held_role(pr->role))) {
					c->st->events[mv - c->st->events].role = role;
					if ((rc = nkg_s_add_role(c, mv->person, org, role, (size_t)-1, 0, 0, 0.6f)))
						break;
				}
			}
			/* Or the post named right after the predecessor: "X
			 * succède à Y à la présidence du conseil de
			 * surveillance" (a board's presidency is its chair) */
			int ptm = !role && mv->sent == c->si && pe && pe < s1 ? title_at(c, pe) : -1;
			if (ptm >= 0 && !c->ms->m[ptm].former && (role = held_role(c->ms->m[ptm].role))) {
				for (size_t q = c->ms->m[ptm].tok1; q + 1 < s1 && q < c->ms->m[ptm].tok1 + 3; q++)
					if (nkg_doc_match_list(c->doc, q, s1, c->l->governing_bodies) &&
					    !strcmp(role, "president"))
						role = "chair";
				c->st->events[mv - c->st->events].role = role;
				if ((rc = nkg_s_add_role(c, mv->person, org, role, (size_t)-1, 0, 0, 0.6f)))
					break;
			}
			char date[sizeof mv->date];
			succession_day(c, k, mv->date, date);
			if ((role && (rc = nkg_s_add_role(c, pred, org, role, (size_t)-1, 1, 0, 0.6f))) ||
			    (rc = leaves(c, pred, org, role, k, date)))
				break;
		} else if (succ >= 0) {
			/* "to replace Mehta with Dubois": Dubois takes the role
			 * Mehta holds here (his latest one with an organisation,
			 * not the one he moves to: "takes over from X, who has
			 * joined UNESCO as director"). */
			const nkg_stmt_role *pr = nkg_s_role_left(c, pred);
			const char *role = pr ? held_role(pr->role) : NULL;
			int org = pr ? pr->org : -1;
			/* ("Elle a été nommée à la tête du CH de Redon. Elle
			 * succède à l'ancien patron de la SNCF X": a post the
			 * predecessor used to hold elsewhere is not the one
			 * the successor was just named to) */
			for (size_t i = c->st->n_events; pr && pr->former && i-- > 0;) {
				const nkg_stmt_event *e = &c->st->events[i];
				if (e->person == succ && e->org >= 0 && e->org != pr->org &&
				    starts_post(e->kind) && e->sent <= c->si && e->sent + 2 >= c->si) {
					pr = NULL;
					break;
				}
			}
			/* "Y replaced X in February 2001 at Nasdaq's helm": the
			 * post the sentence names, taken over on its date */
			/* (not one the predecessor moves to: "Elle remplace
			 * X, nommé à la tête de l'ONISEP") */
			if (!pr && (org = nkg_s_helm_org(c, after)) >= 0 && !moves_to(c, pred, org)) {
				const char *d = date_after(c, k);
				char db[11];
				snprintf(db, sizeof db, "%s", d);
				if ((rc = takes_over(c, succ, org, "head", k, db)) ||
				    (rc = leaves(c, pred, org, "head", k, db)) ||
				    (rc = nkg_s_add_role(c, pred, org, "head", (size_t)-1, 1, 0, 0.6f)))
					break;
				continue;
			}
			/* "Alexander will take the role on July 1 replacing Ed
			 * Ray": a predecessor the article gives no post held
			 * the one the successor was named to */
			if (!pr) {
				const nkg_stmt_event *se = NULL;
				for (size_t i = c->st->n_events; i-- > 0 && !se;) {
					const nkg_stmt_event *e = &c->st->events[i];
					if (e->person == succ && e->org >= 0 && e->sent <= c->si &&
					    starts_post(e->kind) && e->modality == NKG_MOD_ASSERTED)
						se = e;
				}
				/* (not one whose leaving the article told
				 * already) */
				for (size_t i = 0; se && i < c->st->n_events; i++)
					if (c->st->events[i].person == pred && ends_post(c->st->events[i].kind))
						se = NULL;
				/* ("En Haute-Loire, c'est X qui remplace Y": or
				 * the post the sentence fronts, taken from Y) */
				int fo = se ? -1 : nkg_s_fronted_org(c);
				if (!se && fo >= 0 && (!tied_to(c, pred, fo) || !nkg_s_role_at(c, pred, fo))) {
					char fday[11];
					succession_day(c, k, "", fday);
					if ((rc = takes_over(c, succ, fo, NULL, k, fday)) ||
					    (rc = leaves(c, pred, fo, NULL, k, fday)))
						break;
					continue;
				}
				if (se && !tied_to(c, pred, se->org)) {
					int so = se->org;
					const char *sr = se->role;
					char day[11];
					succession_day(c, k, se->date, day);
					if ((sr && (rc = nkg_s_add_role(c, pred, so, sr, (size_t)-1, 1, 0, 0.5f))) ||
					    (rc = leaves(c, pred, so, sr, k, day)))
						break;
				}
				continue;
			}
			/* (inverted, on the day the predecessor's leaving was
			 * told: "X announced her retirement April 26.
			 * Succeeding her is Y") */
			const char *when = "";
			for (size_t i = 0; inverted && i < c->st->n_events; i++)
				if (c->st->events[i].person == pred && c->st->events[i].org == org &&
				    ends_post(c->st->events[i].kind))
					when = c->st->events[i].date;
			char whenb[11];
			snprintf(whenb, sizeof whenb, "%s", when);
			char day[11];
			succession_day(c, k, "", day);
			if ((rc = takes_over(c, succ, org, role, k, whenb)) ||
			    (rc = leaves(c, pred, org, role, k, day)))
				break;
		}
		k = after - 1;
	}
	return rc;
}

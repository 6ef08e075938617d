/* newskg — modality of a move: asserted, negated, conditional, threat,
 * reported, planned or a question, from cues around its trigger (see
 * statements.h). */
#include "statements_int.h"

/* ---- modality --------------------------------------------------------- */

static int cue_at(const sctx *c, size_t k, size_t end, nkg_modality *mod)
{
	size_t n = 0;
	/* "announced her resignation on May 1": a month, not the modal */
	int dm = mention_at(c, k);
	if (dm >= 0 && c->ms->m[dm].kind == NKG_M_DATE)
		return 0;
	const nkg_cue_entry *const *cand = nkg_lang_cue_candidates(c->l, FOLD(c, k), &n);
	for (size_t i = 0; i < n; i++) {
		const nkg_cue_entry *e = cand[i];
		int hit;
		if (strchr(e->word, ' '))
			hit = nkg_doc_match(c->doc, k, end, e->word) > 0;
		else if (e->prefix)
			hit = !strncmp(FOLD(c, k), e->word, strlen(e->word));
		else
			hit = !strcmp(FOLD(c, k), e->word);
		if (hit) {
			*mod = e->mod;
			return 1;
		}
	}
	return 0;
}

static int conditional_form(const sctx *c, size_t k)
{
	return nkg_lang_ends_in(c->l->conditional_endings, FOLD(c, k), 2);
}

/* Scanning backwards and standing on a comma that closes ", which ... ,"
 * (", qui ... ,"): the token before the clause, or k when there is none.
 * The clause says something about its antecedent, not about our verb. */
size_t nkg_s_skip_relative_back(const sctx *c, size_t k)
{
	if (!is_punct(c, k, ","))
		return k;
	for (size_t j = k; j-- > c->s->tok0 && j + 24 > k;) {
		if (hard_boundary(c, j))
			return k;
		if (!is_punct(c, j, ","))
			continue;
		/* ", which ... ," or an apposition ", the chief executive of
		 * X ," */
		size_t q = j + 1;
		if (q < k && nkg_lang_in(c->l->relative, FOLD(c, q)))
			return j;
		/* (", parti à M6,", ", nommé en mars ...,": a participle
		 * told of the name before it, a move's word) */
		if (q + 1 < k && j > c->s->tok0 && (TOK(c, q)->flags & NKG_TOK_WORD) &&
		    !(TOK(c, q)->flags & NKG_TOK_CAP) && mention_at(c, q) < 0 &&
		    nkg_lang_trigger_word(c->l, FOLD(c, q), -1, 0) &&
		    !nkg_lang_ends_in(c->l->active_endings, FOLD(c, q), 2) &&
		    mention_at(c, j - 1) >= 0 && person_at(c, c->ms->m[mention_at(c, j - 1)].tok0, NULL) >= 0)
			return j;
		while (q < k && (nkg_lang_in(c->l->determiners, FOLD(c, q)) ||
				 nkg_lang_in(c->l->former, FOLD(c, q)) ||
				 nkg_lang_in(c->l->new_words, FOLD(c, q))))
			q++;
		/* (", the company's chief operating officer,", ", Corvex's
		 * finance chief,": over the owner of the title) */
		if (q + 2 < k && possessive_at(c, q + 1))
			q += 2;
		else if (q < k && mention_at(c, q) >= 0 && org_at(c, q, NULL) >= 0) {
			size_t e = c->ms->m[mention_at(c, q)].tok1;
			if (e + 1 < k && possessive_at(c, e))
				q = e + 1;
		}
		while (q < k && (nkg_lang_in(c->l->former, FOLD(c, q)) ||
				 nkg_lang_in(c->l->new_words, FOLD(c, q))))
			q++;
		if (q < k && title_at(c, q) >= 0)
			return j;
		return k;
	}
	return k;
}

/* Is there a reporting verb ("a annoncé que") opening this clause?  Then a
 * conditional is a future in the past and the event is asserted. */
static int reported_speech(const sctx *c, size_t trig)
{
	for (size_t k = trig, n = 0; k-- > c->s->tok0; n++) {
		size_t sk = nkg_s_skip_relative_back(c, k);
		if (sk != k) {
			/* "said Brian Niccol, the chief executive of X, would" */
			k = sk;
			continue;
		}
		if (hard_boundary(c, k))
			return 0;
		/* "said last week he would step down": no "that" */
		if (n < 6 && nkg_lang_in(c->l->reporting_verbs, FOLD(c, k)))
			return 1;
		if (nkg_lang_in(c->l->clause_open, FOLD(c, k))) {
			/* "a annoncé qu'", "said on Tuesday that" */
			for (size_t b = k, m = 0; b-- > c->s->tok0 && m < 4; m++)
				if (nkg_lang_in(c->l->reporting_verbs, FOLD(c, b)))
					return 1;
			/* ("a annoncé que X quitterait ... et qu'il serait
			 * remplacé": the second of two coordinated clauses
			 * the verb reports) */
			if (k > c->s->tok0 && nkg_lang_in(c->l->coord, FOLD(c, k - 1))) {
				k--;
				continue;
			}
			return 0;
		}
	}
	return 0;
}

nkg_modality nkg_s_modality(const sctx *c, size_t trig, size_t tlen,
			     nkg_trig_class cls)
{
	const sctx *x = c;
	size_t s0 = c->s->tok0, s1 = c->s->tok1;
	nkg_modality mod;

	/* A question. */
	for (size_t k = trig; k < s1; k++)
		if (is_punct(x, k, "?"))
			return NKG_MOD_QUESTION;
	/* Negation: "n'a pas été licencié", "did not resign". */
	for (size_t k = trig, n = 0; k-- > s0 && n < 4; n++) {
		if (hard_boundary(c, k) || is_punct(c, k, ","))
			break;
		if (nkg_lang_in(c->l->neg_before, FOLD(c, k))) {
			if (!c->l->neg_after[0])
				return NKG_MOD_NEGATED;
			for (size_t j = k > s0 + 3 ? k - 3 : s0; j < trig + tlen + 2 && j < s1; j++)
				if (nkg_lang_in(c->l->neg_after, FOLD(c, j)))
					return NKG_MOD_NEGATED;
		}
	}
	/* "même si" is a concession, not a condition. */
	size_t conc_end = 0;
	for (size_t k = s0; k < trig; k++) {
		size_t m = nkg_doc_match_list(c->doc, k, trig, c->l->concessive);
		if (m)
			conc_end = k + m;
	}
	/* Cues before the trigger in its clause; the word just before a
	 * clause opener counts too ("Disons que ..."). */
	for (size_t k = trig, n = 0; k-- > s0 && n < 10; n++) {
		if (hard_boundary(c, k) || is_punct(c, k, ","))
			break;
		if (k < conc_end)
			break;
		if (cue_at(c, k, trig, &mod)) {
			/* "said that X would leave": future in the past of an
			 * announcement, not a rumour. */
			if (mod == NKG_MOD_REPORTED && k + 5 > trig &&
			    nkg_lang_in(c->l->future_aux, FOLD(c, k)) && reported_speech(c, k))
				continue;
			return mod;
		}
		if (nkg_lang_in(c->l->clause_open, FOLD(c, k))) {
			/* "Disons que ...", "denied reports that ...": a cue just
			 * before the clause governs it. */
			for (size_t b = k, m = 0; b-- > s0 && m < 3; m++) {
				if (hard_boundary(c, b) || is_punct(c, b, ","))
					break;
				if (cue_at(c, b, trig, &mod) && mod != NKG_MOD_QUESTION)
					return mod;
			}
			break;
		}
	}
	/* A condition after the trigger: "démissionneront si ..."; not
	 * "..., même si ...". */
	for (size_t k = trig + tlen, n = 0; k < s1 && n < 8; k++, n++) {
		if (hard_boundary(c, k) || nkg_doc_match_list(c->doc, k, s1, c->l->concessive))
			break;
		if (cue_at(c, k, s1, &mod) && mod == NKG_MOD_CONDITIONAL)
			return mod;
	}
	/* The conditional mood on the trigger or its auxiliary. */
	for (size_t k = trig + 1, n = 0; k-- > s0 && n < 3; n++) {
		if (conditional_form(c, k) && !reported_speech(c, trig))
			return NKG_MOD_REPORTED;
		if (k == 0)
			break;
	}
	if (cls == NKG_TRIG_NOUN) {
		/* "un retour ... serait sur la table": the verb after the noun. */
		for (size_t k = trig + tlen, n = 0; k < s1 && n < 6; k++, n++) {
			if (hard_boundary(c, k))
				break;
			if (conditional_form(c, k) || (cue_at(c, k, s1, &mod) && mod == NKG_MOD_REPORTED))
				return NKG_MOD_REPORTED;
		}
		/* An indefinite article: a return, not the return. */
		if (trig > s0 && (!strcmp(FOLD(c, trig - 1), "un") || !strcmp(FOLD(c, trig - 1), "une") ||
				  !strcmp(FOLD(c, trig - 1), "a") || !strcmp(FOLD(c, trig - 1), "an")))
			return NKG_MOD_REPORTED;
	}
	return NKG_MOD_ASSERTED;
}

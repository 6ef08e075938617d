/* newskg — statements: roles from titles and appositions, career events
 * from triggers, with modality and dates.
 *
 * Everything is decided within one sentence, from the mentions found there:
 * who is the subject or object of a trigger, which organisation a title
 * belongs to, which date expression is closest to which trigger.  When the
 * sentence names no organisation for a role or an event, the article's
 * main organisation stands in, with a lower confidence. */
#include "newskg/statements.h"

#include <stdlib.h>
#include <string.h>

typedef struct sctx {
	const nkg_doc *doc;
	const nkg_mentions *ms;
	nkg_statements *st;
	const nkg_sentence *s;
	size_t si;
	const nkg_lang *l;
	int *at;           /* mention covering token (tok - s->tok0), or -1 */
	int events_done;   /* the sentence's events are known */
	size_t ev0, role0; /* first event and role of this sentence: loops about
			      the sentence start there (linear in the article) */
	const int *topic;  /* per paragraph: its organisation in a roundup, or
			      -1 (find_topics) */
} sctx;

static int mention_at(const sctx *c, size_t k)
{
	if (k < c->s->tok0 || k >= c->s->tok1)
		return -1;
	return c->at[k - c->s->tok0];
}

#define TOK(c, k) (&(c)->doc->toks[(k)])
#define FOLD(c, k) ((c)->doc->toks[(k)].fold)

void nkg_statements_free(nkg_statements *st)
{
	if (!st)
		return;
	free(st->roles);
	free(st->events);
	free(st);
}

/* Nearest person named before mention mi, within three sentences, for
 * "il"/"he".  Plural pronouns are left unresolved: they mostly stand for
 * groups ("les employés"). */
static int is_person_name(const sctx *c, const nkg_mention *m)
{
	return m->kind == NKG_M_NAME && m->chain >= 0 &&
	       c->ms->chains[m->chain].type == NKG_NT_PERSON && !(m->flags & NKG_MF_COMMENT);
}

/* A person named earlier in the same sentence ("Microsoft a embauché X
 * ..., après qu'il ait été limogé"); else the first person, named or
 * pronoun, of the nearest sentence before that has one: the topic
 * ("Elle remplace Jean Martin. Elle avait dirigé Engie" is about her, not
 * him).  Three sentences back at most. */
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

static int resolve_pronoun_depth(const sctx *c, size_t mi, int depth)
{
	const nkg_mention *p = &c->ms->m[mi];
	if (p->plural || depth > 4)
		return -1;
	/* "ce dernier", "the latter": the person named last, in this
	 * sentence or the three before */
	if (p->flags & NKG_MF_LATEST) {
		for (size_t j = mi; j-- > 0 && c->ms->m[j].sent + 3 >= p->sent;)
			if (is_person_name(c, &c->ms->m[j]) && gender_fits(c, p, c->ms->m[j].chain))
				return c->ms->m[j].chain;
		return -1;
	}
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
				int r = resolve_pronoun_depth(c, j, depth + 1);
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

static int resolve_pronoun(const sctx *c, size_t mi)
{
	return resolve_pronoun_depth(c, mi, 0);
}

/* Person chain at token k (a name or a resolved pronoun), or -1. */
static int person_at(const sctx *c, size_t k, size_t *end)
{
	int mi = mention_at(c, k);
	const nkg_mention *m;
	if (mi < 0)
		return -1;
	m = &c->ms->m[mi];
	if (m->tok0 != k)
		return -1;
	if (end)
		*end = m->tok1;
	if (m->kind == NKG_M_NAME && m->chain >= 0 &&
	    c->ms->chains[m->chain].type == NKG_NT_PERSON)
		return m->chain;
	if (m->kind == NKG_M_PRONOUN)
		return resolve_pronoun(c, (size_t)mi);
	return -1;
}

/* The person whose mention (a name or a resolved pronoun) covers the
 * token before k, or -1: the "X" of "X (", "X,". */
static int person_before_tok(const sctx *c, size_t k)
{
	int mi = k > c->s->tok0 ? mention_at(c, k - 1) : -1;
	return mi >= 0 ? person_at(c, c->ms->m[mi].tok0, NULL) : -1;
}

static int org_at(const sctx *c, size_t k, size_t *end)
{
	int mi = mention_at(c, k);
	const nkg_mention *m;
	if (mi < 0)
		return -1;
	m = &c->ms->m[mi];
	if (m->kind != NKG_M_NAME || m->chain < 0 ||
	    c->ms->chains[m->chain].type != NKG_NT_ORG)
		return -1;
	if (end)
		*end = m->tok1;
	return m->chain;
}

static int title_at(const sctx *c, size_t k)
{
	int mi = mention_at(c, k);
	return mi >= 0 && c->ms->m[mi].kind == NKG_M_TITLE ? mi : -1;
}

static int is_punct(const sctx *c, size_t k, const char *p)
{
	return (TOK(c, k)->flags & NKG_TOK_PUNCT) && !strcmp(FOLD(c, k), p);
}

/* Hard clause boundary: punctuation other than a comma. */
static int hard_boundary(const sctx *c, size_t k)
{
	const nkg_token *t = TOK(c, k);
	if (!(t->flags & NKG_TOK_PUNCT))
		return 0;
	/* (nor an English possessive: "the company's chief") */
	return strcmp(t->fold, ",") != 0 && strcmp(t->fold, "'") != 0 &&
	       strcmp(t->fold, "-") != 0 && strcmp(t->fold, "&") != 0 &&
	       !nkg_lang_in(c->l->possessive_marks, t->fold);
}

/* A dash standing alone at k (en and em dashes fold to "-"), which opens
 * or closes an aside. */
static int dash_at(const sctx *c, size_t k)
{
	return is_punct(c, k, "-");
}

/* An English possessive at k ("Galena's", "the Times'"). */
static int possessive_at(const sctx *c, size_t k)
{
	return k < c->doc->n_toks && nkg_lang_in(c->l->possessive_marks, FOLD(c, k));
}

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
static size_t skip_relative_back(const sctx *c, size_t k)
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
		size_t sk = skip_relative_back(c, k);
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

static nkg_modality modality(const sctx *c, size_t trig, size_t tlen,
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

/* ---- arguments -------------------------------------------------------- */

typedef struct plist {
	int chain[8];
	size_t n;
} plist;

static void plist_add(plist *p, int ch)
{
	if (ch < 0 || p->n >= 8)
		return;
	for (size_t i = 0; i < p->n; i++)
		if (p->chain[i] == ch)
			return;
	p->chain[p->n++] = ch;
}

/* May the tokens between two persons join them ("X et Y", "X, le
 * co-fondateur d'OpenAI, et Y")? */
static int coordinated_gap(const sctx *c, size_t a, size_t b)
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
 * last before it (two sentences back at most); that person's chain, or
 * -1.  trig, the move's word, comes after the title. */
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
	size_t lo = c->si >= 2 ? c->ms->by_sent[c->si - 2] : 0;
	for (size_t mi = c->ms->by_sent[c->si]; mi-- > lo;) {
		const nkg_mention *m = &c->ms->m[mi];
		if (m->chain >= 0 && (m->kind == NKG_M_NAME || m->kind == NKG_M_PRONOUN) &&
		    c->ms->chains[m->chain].type == NKG_NT_PERSON)
			return m->chain;
	}
	return -1;
}

static void persons_before_in(const sctx *c, size_t trig, plist *out);

static void persons_before(const sctx *c, size_t trig, plist *out)
{
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
			k = skip_relative_back(c, k);
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
			if (!coordinated_gap(c, ge, last_start))
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
static void persons_after_slack(const sctx *c, size_t from, size_t limit,
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
			if (!have || coordinated_gap(c, last_end, k)) {
				plist_add(out, p);
				have = 1;
				last_end = e;
				k = e - 1;
				limit += 6;
				continue;
			}
			break;
		}
		if (have && !coordinated_gap(c, last_end, k + 1) &&
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

static void persons_after(const sctx *c, size_t from, size_t limit, plist *out)
{
	persons_after_slack(c, from, limit, 2, out);
}

/* "le groupe", "the company", "son poste": the organisation the story is
 * at — that of the latest move told so far, else the article's main one. */
static int topic_org(const sctx *c);

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

static int discourse_org(const sctx *c)
{
	/* in an article of one story per paragraph, the paragraph's */
	int t = topic_org(c);
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
 * per article: topic_org() reads it. */
static void find_topics(const nkg_doc *d, const nkg_mentions *ms, int *topic, size_t n_paras)
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
static int topic_org(const sctx *c)
{
	int t = c->topic ? c->topic[c->s->para] : -1;
	return t >= 0 ? t : c->ms->main_org;
}

/* "Au CHU de Brest, X devient directrice générale", "At Siemens, he
 * headed ...": an organisation fronted before a comma is where what the
 * sentence tells happens.  -1 if none. */
static int fronted_org(const sctx *c)
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

static int any_org_in_sentence(const sctx *c, size_t near);

/* "A Winterthour, un Français est entré chez Sulzer. X a pris le relais
 * du directeur financier Y": a sentence naming no organisation, right
 * after one of its paragraph that names one and only one and no person,
 * is at that one.  -1 if not so. */
static int previous_sentence_org(const sctx *c)
{
	if (c->si == 0 || c->doc->sents[c->si - 1].para != c->s->para ||
	    any_org_in_sentence(c, c->s->tok0) >= 0)
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
static int in_subject_apposition(const sctx *c, size_t trig)
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
static int anaphor_before(const sctx *c, size_t trig)
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

static int org_before(const sctx *c, size_t trig)
{
	for (size_t k = trig; k-- > c->s->tok0;) {
		k = skip_relative_back(c, k);
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
static size_t past_based(const sctx *c, size_t k)
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
static int org_after(const sctx *c, size_t k, size_t limit, int *explicit_org)
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
				o0 = past_based(c, o0);
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
			return so >= 0 ? so : discourse_org(c);
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
					int o = discourse_org(c);
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
static int origin_org(const sctx *c, size_t k)
{
	for (size_t j = k; j < c->s->tok1 && j < k + 10; j++) {
		size_t len;
		if (hard_boundary(c, j) || (is_punct(c, j, ",") && j > k))
			break;
		if ((len = nkg_doc_match_list(c->doc, j, c->s->tok1, c->l->origin_words))) {
			int x;
			int o = org_after(c, j + len, 5, &x);
			return o >= 0 ? o : -1;
		}
	}
	return -1;
}

/* Whether the sentence names organisation org. */
static int named_in_sentence(const sctx *c, int org)
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
static int is_source(const sctx *c, size_t k)
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

static int any_org_in_sentence(const sctx *c, size_t near)
{
	int best = -1;
	size_t bestd = (size_t)-1;
	for (size_t k = c->s->tok0; k < c->s->tok1; k++) {
		size_t e;
		int o = org_at(c, k, &e);
		if (o < 0)
			continue;
		if (is_source(c, k)) {
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

/* A move that starts a post (appointed, joined, returned) or ends one
 * (left, dismissed). */
static int starts_post(nkg_evkind k)
{
	return k == NKG_EV_APPOINTED || k == NKG_EV_JOINED || k == NKG_EV_RETURNED;
}

static int ends_post(nkg_evkind k)
{
	return k == NKG_EV_LEFT || k == NKG_EV_DISMISSED;
}

/* ---- storing ---------------------------------------------------------- */

static int governed_org(const sctx *c, int org, const char **role);

static int add_event(sctx *c, int person, int org, nkg_evkind kind,
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

/* add_event, dated: date (NULL or "" for none) is copied into the
 * event when one is added. */
static int add_dated_event(sctx *c, int person, int org, nkg_evkind kind, const char *role,
			   nkg_modality mod, size_t trig, float conf, const char *date)
{
	size_t at = c->st->n_events;
	int rc = add_event(c, person, org, kind, role, mod, trig, conf);
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
	int t = topic_org(c), o = t >= 0 ? t : c->ms->main_org;
	if (o < 0 || c->ms->chains[o].governing)
		return org;
	if (role && *role && !strcmp(*role, "president"))
		*role = "chair";
	return o;
}

static int add_role(sctx *c, int person, int org, const char *role,
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
static int fronted_at(const nkg_doc *doc, const nkg_lang *l, const nkg_sentence *s, size_t k)
{
	size_t n = nkg_doc_match_list(doc, s->tok0, s->tok1, l->fronted_clauses);
	return n && s->tok0 + n == k;
}

static const nkg_trigger_entry *match_trigger(const sctx *c, size_t k, size_t *len)
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

typedef struct trig_hit {
	size_t tok, len;
	const nkg_trigger_entry *e;
	char date[11];
	int dated;
	size_t date_dist;
} trig_hit;

static const char *role_of(const sctx *c, int person, int org, int current)
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

static int title_org(const sctx *c, size_t tm, int *explicit_org, size_t *end);
static const nkg_stmt_role *role_left(const sctx *c, int person);

/* "X has resigned to become chief executive of Y", "would become its CEO",
 * "est devenu directeur général de Y": an appointment when a title follows
 * (the role itself comes from roles_for). */
static int become_event(sctx *c, size_t trig, nkg_modality mod)
{
	size_t k = trig + 1, oend;
	int expl = 0, org, tm;
	plist p = {0};

	float conf = 0.7f;
	/* "deviendra le 1er mars directeur général": over the date (which
	 * dates the move, see sentence()) */
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
	org = title_org(c, (size_t)tm, &expl, &oend);
	if (org < 0 && k > trig + 1 && nkg_lang_in(c->l->possessive_before, FOLD(c, trig + 1))) {
		org = org_before(c, trig);
		expl = org >= 0;
	}
	if (org < 0 && nkg_lang_in(c->l->org_possessives, FOLD(c, trig + 1))) {
		org = org_before(c, trig);
		expl = org >= 0;
	}
	/* "X said that Y ... will become its interim chief executive": the
	 * organisation the sentence names before */
	if (org < 0 && (nkg_lang_in(c->l->possessive_before, FOLD(c, trig + 1)) ||
			nkg_lang_in(c->l->org_possessives, FOLD(c, trig + 1)))) {
		for (size_t b = trig; b-- > c->s->tok0 && org < 0;) {
			int mi = mention_at(c, b);
			if (mi >= 0 && c->ms->m[mi].tok0 == b && !is_source(c, b))
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
	if (org == -3 && (org = discourse_org(c)) >= 0)
		expl = 1;
	/* "Philippe Augier devient président exécutif": the story's
	 * organisation, when the sentence names none */
	if (org == -2 && (org = fronted_org(c)) >= 0)
		expl = 1;
	else if (org < 0 && any_org_in_sentence(c, trig) < 0 && (org = topic_org(c)) >= 0) {
		expl = 1;
		conf = 0.6f;
	}
	if (org < 0 || !expl)
		return 0;
	persons_before(c, trig, &p);
	for (size_t i = 0; i < p.n; i++) {
		int rc = add_event(c, p.chain[i], org, NKG_EV_APPOINTED, c->ms->m[tm].role, mod, trig, conf);
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
			return -1; /* someone named: persons_before's business */
		if (m->kind != NKG_M_TITLE || m->plural)
			continue;
		/* definite ("le directeur général", "the chief executive"),
		 * and no name after it ("le PDG Sam Altman") */
		if (m->tok0 == c->s->tok0 || !nkg_lang_in(c->l->determiners, FOLD(c, m->tok0 - 1)) ||
		    (m->tok1 < c->s->tok1 && person_at(c, m->tok1, NULL) >= 0))
			return -1;
		if ((p = resolve_pronoun_depth(c, (size_t)mi, 0)) < 0)
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
static const char *post_noun(const sctx *c, size_t k)
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
	return k < c->s->tok1 ? post_noun(c, k) : NULL;
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

static int helm_org(const sctx *c, size_t k);

static int events_for(sctx *c, trig_hit *h)
{
	const nkg_trigger_entry *e = h->e;
	size_t trig = h->tok, tend = h->tok + h->len;
	nkg_modality mod = modality(c, trig, h->len, e->cls);
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
	 * it may date (see sentence()); but "X, who announced her
	 * resignation" tells it for the first time. */
	if (trig > c->s->tok0 && nkg_lang_in(c->l->possessive_before, FOLD(c, trig - 1))) {
		plist who = {0};
		persons_before(c, trig, &who);
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
		int ex = 0, o = org_after(c, tend, 8, &ex);
		/* "After 30 years as chairman of X, Y announced her
		 * retirement": the post the sentence gives her */
		for (size_t i = c->st->n_roles; o < 0 && i-- > c->role0;)
			if (c->st->roles[i].sent == c->si && c->st->roles[i].person == who.chain[0])
				o = c->st->roles[i].org;
		if (o < 0)
			o = discourse_org(c);
		return o >= 0 ? add_event(c, who.chain[0], o, e->kind, NULL, mod, trig, 0.6f) : 0;
	}
	plist persons = {0};
	int org = -2, expl = 0, rc, from_org = -1, tsub = -1;
	size_t rel_after = 0; /* "the departure of X, who ...": the comma opening the clause */
	float conf = 0.8f;

	if ((e->cls == NKG_TRIG_TRANS && trig == c->s->tok0 &&
	     (TOK(c, trig)->flags & NKG_TOK_CAP)) ||
	    /* "Après avoir cofondé Tessalys, X ...": the same */
	    fronted_at(c->doc, c->l, c->s, trig)) {
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
		org = org_after(c, tend, 16, &expl);
	} else if (e->cls == NKG_TRIG_TRANS && !passive(c, trig)) {
		persons_after(c, tend, 8, &persons);
		if (e->kind == NKG_EV_JOINED)
			from_org = origin_org(c, tend);
		org = org_before(c, trig);
		/* "le Conseil des ministres a nommé X préfet de la Mayenne":
		 * a governing body appoints to the organisation named after */
		if (org >= 0 && c->ms->chains[org].governing) {
			int ex2 = 0, o2 = org_after(c, tend, 12, &ex2);
			if (o2 >= 0 && ex2)
				org = o2;
			/* "Le Conseil d'administration a nommé X PDG par
			 * intérim": none named, the board is the article's
			 * organisation's (or its paragraph's) */
			else if ((o2 = topic_org(c)) >= 0 || (o2 = c->ms->main_org) >= 0) {
				if (!c->ms->chains[o2].governing)
					org = o2;
			}
		}
		if (org >= 0)
			expl = 1;
		else if (anaphor_before(c, trig) && (org = discourse_org(c)) >= 0)
			expl = 1; /* "the company hired X" */
		else
			org = org_after(c, tend, 12, &expl);
		if (from_org >= 0 && org == from_org) {
			/* ", poaching him from rival X": the hiring company is
			 * the story's */
			org = c->ms->main_org >= 0 && c->ms->main_org != from_org ? c->ms->main_org : -2;
			expl = org >= 0;
		}
	} else if (e->cls == NKG_TRIG_TRANS) {
		persons_before(c, trig, &persons);
		if (!persons.n)
			tsub = title_subject(c, trig, &persons);
		org = org_after(c, tend, 8, &expl);
		if (org == -2) {
			/* "Sam Altman, PDG d'OpenAI, a été licencié". */
			int o = org_before(c, trig);
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
			persons_after_slack(c, by + 1, 10, 5, &persons);
			org = org_before(c, trig);
			expl = org >= 0;
			/* "Paul Roux quitte le CHU de Reims. Il est remplacé par
			 * Y": where the one replaced held a post or left one */
			if (org < 0) {
				plist pb = {0};
				persons_before(c, trig, &pb);
				for (size_t i = c->st->n_events; pb.n && org < 0 && i-- > 0;)
					if (c->st->events[i].person == pb.chain[0] && c->st->events[i].org >= 0 &&
					    ends_post(c->st->events[i].kind))
						org = c->st->events[i].org;
				/* (else a post held now, not "a former CEO of X") */
				const nkg_stmt_role *pr = pb.n && org < 0 ? role_left(c, pb.chain[0]) : NULL;
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
			org = org_after(c, tend, 10, &expl);
		} else {
			persons_before(c, trig, &persons);
			/* "Frédéric Calmet (parti en 2015)": an aside opening on
			 * the move is said of the person before it */
			int pa = trig > c->s->tok0 + 1 && is_punct(c, trig - 1, "(") ? person_before_tok(c, trig - 1) : -1;
			if (!persons.n && pa >= 0)
				plist_add(&persons, pa);
			/* ("is leaving his position as president and CEO of
			 * New Orleans-based X": the post named at length) */
			int own = tend < c->s->tok1 && nkg_lang_in(c->l->person_possessives, FOLD(c, tend));
			org = org_after(c, tend, own ? 14 : 8, &expl);
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
				int ob = org_before(c, trig);
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
				from_org = origin_org(c, tend);
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
					persons_after(c, k + 1, 6, &persons);
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
			} else if (bare && topic_org(c) >= 0 && !pronoun_subject(c, trig)) {
				org = topic_org(c);
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
				if (linked && (first < 0 || coordinated_gap(c, last, kb))) {
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
				persons_after(c, by + 1, 8, &persons);
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
			int ho = head_next ? helm_org(c, pend) : -1;
			/* ("the appointment of X as director of the National
			 * Theatre": the title's organisation) */
			size_t al = pend && pend < c->s->tok1 ?
				    nkg_doc_match_list(c->doc, pend, c->s->tok1, c->l->as_words) : 0;
			int atm = al && pend + al < c->s->tok1 ? title_at(c, pend + al) : -1;
			if (ho < 0 && atm >= 0) {
				int ex = 0;
				size_t oe;
				int o = title_org(c, (size_t)atm, &ex, &oe);
				if (o >= 0 && ex)
					ho = o;
			}
			org = ho >= 0 ? ho : org_before(c, trig);
			expl = org >= 0;
			if (org < 0)
				org = org_after(c, k, 14, &expl);
		} else if (!rel_after) {
			org = org_after(c, k, 14, &expl);
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
			    title_org(c, mi, &ex, &oe) == org && ex) {
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
		org = subj >= 0 ? subj : topic_org(c) >= 0 ? topic_org(c)
				       : rel_after ? -1 : any_org_in_sentence(c, trig);
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
		int o = in_subject_apposition(c, trig) ? discourse_org(c) : org_before(c, trig);
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
			    topic_org(c) >= 0) {
				org = topic_org(c);
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
			size_t pe, len;
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
		int o2 = title_org(c, (size_t)to_title, &e2, &end2);
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
	const char *post = post_noun(c, tend - 1);
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
					   : role_of(c, persons.chain[i], org, starts_post(e->kind));
		if (interim && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = add_role(c, persons.chain[i], org, role, (size_t)-1, 0, 1, conf)))
			return rc;
		if (board && !role)
			role = "board_member";
		if (to_title >= 0 && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = add_role(c, persons.chain[i], org, role, (size_t)to_title,
				   c->ms->m[to_title].former, c->ms->m[to_title].interim, conf)))
			return rc;
		if (e->kind == NKG_EV_FOUNDED && !role)
			role = "founder";
		if ((rc = add_event(c, persons.chain[i], org, e->kind, role, mod, trig, conf)))
			return rc;
		/* Who founded something is its founder. */
		if (e->kind == NKG_EV_FOUNDED && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = add_role(c, persons.chain[i], org, "founder", (size_t)-1, 0, 0, conf)))
			return rc;
		if (heads && mod == NKG_MOD_ASSERTED &&
		    (rc = add_role(c, persons.chain[i], org, head_role[heads],
				   (size_t)-1, 0, 0, conf)))
			return rc;
		if (board && !heads && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = add_role(c, persons.chain[i], org, "board_member", (size_t)-1, 0, 0, conf)))
			return rc;
		/* "le directeur général ... a été démis": the title is theirs */
		if (tsub >= 0 && mod == NKG_MOD_ASSERTED && org >= 0 &&
		    (rc = add_role(c, persons.chain[i], org, c->ms->m[tsub].role, (size_t)tsub,
				   c->ms->m[tsub].former, c->ms->m[tsub].interim, conf - 0.1f)))
			return rc;
		/* ... and leaves where they came from. */
		if (from_org >= 0 && from_org != org &&
		    (rc = add_event(c, persons.chain[i], from_org, NKG_EV_LEFT, NULL, mod, trig,
				    conf - 0.1f)))
			return rc;
	}
	return 0;
}

/* Whether date mention m says since when ("depuis avril 2019", "since
 * late 2020", "depuis le 1er mars"). */
static int since_mention(const nkg_doc *doc, const nkg_mention *m)
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
static const nkg_mention *since_after(const sctx *c, size_t k)
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
		return since_mention(c->doc, m) && m->date[0] ? m : NULL;
	}
	return NULL;
}

/* "X, PDG de Y depuis 2010", "who has helmed Y since late 2020": a post
 * held since a date began then.  An appointment at that date, unless the
 * article tells one there already. */
static int held_since(sctx *c, int person, int org, const char *role, const nkg_mention *d)
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
	return add_dated_event(c, person, org,
			       role && !strcmp(role, "employee") ? NKG_EV_JOINED : NKG_EV_APPOINTED,
			       role, NKG_MOD_ASSERTED, d->tok0, 0.6f, d->date);
}

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

static int title_org(const sctx *c, size_t tm, int *explicit_org, size_t *end)
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
		int o = title_org(c, (size_t)title_at(c, t->tok0 - 2), &e2, &end2);
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
			o0 = past_based(c, o0);
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
		if (is_source(c, c->ms->m[mi].tok0)) {
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

static int roles_for(sctx *c)
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
		org = title_org(c, mi, &expl, &oend);
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
					o = org_before(c, b - 1);
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
				int o2 = title_org(c, (size_t)t2, &e2, &oe2);
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
			    (rc = add_event(c, person, org, NKG_EV_APPOINTED, t->role, NKG_MOD_ASSERTED,
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
				persons_before(c, as, &p);
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
					persons_before(c, b, &p);
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
					persons_before(c, j - 1, &p);
					if (p.n)
						person = p.chain[0];
				}
				/* "If shareholders approve, X would become chairman":
				 * a role under a condition is none yet; nor is one
				 * the sentence's move for X only reports ("X
				 * reported that the board selected Y to become its
				 * next chief executive"). */
				if (person >= 0 && nkg_lang_in(c->l->become, FOLD(c, j - 1))) {
					int hedged = modality(c, j - 1, 1, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED;
					for (size_t i = c->ev0; i < c->st->n_events && !hedged; i++)
						hedged = c->st->events[i].sent == c->si &&
							 c->st->events[i].person == person &&
							 c->st->events[i].modality != NKG_MOD_ASSERTED;
					/* (the move "to become" completes: "selected X") */
					for (size_t q = j - 1, tl; !hedged && q-- > c->s->tok0;) {
						const nkg_trigger_entry *te = match_trigger(c, q, &tl);
						if (te && tl) {
							hedged = modality(c, q, tl, te->cls) != NKG_MOD_ASSERTED;
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
			if ((org = any_org_in_sentence(c, t->tok0)) < 0)
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
			int fronted = fronted_org(c), topic = topic_org(c), prev = previous_sentence_org(c);
			org = org == -3 ? discourse_org(c)
			      : fronted >= 0 ? fronted
			      : prev >= 0 ? prev
			      : topic >= 0 ? topic : any_org_in_sentence(c, t->tok0);
			conf -= 0.25f;
		}
		if ((rc = add_role(c, person, org, division_title(c, t) ? "head" : t->role, mi,
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
				rc = add_role(c, q, org, t->role, mi, t->former, t->interim, conf - 0.1f);
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
				rc = add_role(c, p2, org, t->role, mi, t->former, t->interim, conf - 0.1f);
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
			    (rc = add_role(c, person, o2, t->role, mi, t->former, t->interim, conf - 0.1f)))
				return rc;
		}
		/* "X, PDG de Y depuis 2010", "CEO since 2016" */
		if (!t->former && (expl || via_anaphor) && org >= 0 &&
		    (rc = held_since(c, person, org, t->role, since_after(c, oend > t->tok1 ? oend : t->tok1))))
			return rc;
	}
	return 0;
}

/* Whether a career's start is told at token k ("a débuté sa carrière",
 * over one auxiliary before it). */
static int career_start_at(const nkg_doc *doc, const nkg_lang *l, size_t k, size_t end)
{
	return nkg_doc_match_list(doc, k, end, l->career_starts) ||
	       (k + 1 < end && nkg_doc_match_list(doc, k + 1, end, l->career_starts));
}

static int career_start(const sctx *c, size_t k)
{
	return career_start_at(c->doc, c->l, k, c->s->tok1);
}

/* Whether organisation org is named within a few words after k. */
static int org_named_after(const sctx *c, size_t k, int org)
{
	for (size_t q = k; org >= 0 && q < c->s->tok1 && q < k + 14; q++)
		if (org_at(c, q, NULL) == org)
			return 1;
	return 0;
}

/* Takes event i out of the list (the later ones move up). */
static void drop_event(sctx *c, size_t i)
{
	nkg_stmt_event *ev = &c->st->events[i];
	memmove(ev, ev + 1, (c->st->n_events - i - 1) * sizeof *ev);
	c->st->n_events--;
}

/* "Liam Manning (Lommel SK), Vincent Euvrard (RWDM)", "including
 * Martin O'Neill (Aston Villa)": a person followed by an organisation in
 * brackets works there, in the post the sentence names in the plural
 * ("managers", "entraîneurs"), or in a story of sport as its coach. */
static int bracketed_posts(sctx *c)
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
		int rc = add_role(c, person, org, post, (size_t)-1, 0, 0, 0.6f);
		if (rc)
			return rc;
	}
	return 0;
}

/* "Le conseil des ministres, sur proposition du ministre X, a nommé
 * ...": who proposes an appointment, named between the proposal's words
 * and the verb, makes no move of the sentence. */
static void drop_proposers(sctx *c)
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
				drop_event(c, i);
		}
		k += n - 1;
	}
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
			/* (a clause's own stops: not "25 %") */
#define CLAUSE_STOP(r) (is_punct(c, (r), ";") || is_punct(c, (r), ":") || is_punct(c, (r), "."))
			while (r-- > c->s->tok0 + 2 && r + 30 > b && !CLAUSE_STOP(r) &&
			       !(nkg_lang_in(c->l->relative, FOLD(c, r)) && is_punct(c, r - 1, ",")))
				;
			if (r <= c->s->tok0 + 2 || r + 30 <= b || CLAUSE_STOP(r))
				return -1;
#undef CLAUSE_STOP
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
static int colon_list(sctx *c)
{
	int rc = 0;
	for (size_t mi = c->ms->by_sent[c->si]; mi < c->ms->by_sent[c->si + 1] && !rc; mi++) {
		const nkg_mention *t = &c->ms->m[mi];
		if (t->kind != NKG_M_TITLE || !t->plural || t->former || t->tok1 + 1 >= c->s->tok1 ||
		    !is_punct(c, t->tok1, ":"))
			continue;
		int expl = 0;
		size_t oend;
		int org = title_org(c, mi, &expl, &oend);
		if (org < 0)
			org = discourse_org(c);
		if (org < 0)
			continue;
		int appointed = 0;
		for (size_t b = t->tok0; b-- > c->s->tok0 && b + 5 > t->tok0 && !appointed;) {
			size_t len = 0;
			const nkg_trigger_entry *h = match_trigger(c, b, &len);
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
			rc = add_role(c, p, org, t->role, mi, 0, t->interim, 0.6f);
			if (!rc && appointed)
				rc = add_event(c, p, org, NKG_EV_APPOINTED, t->role, NKG_MOD_ASSERTED, t->tok0, 0.6f);
		}
	}
	return rc;
}

/* "La présidence de GM Europe est désormais assurée par X", "the
 * chairmanship of X is held by Y": a post's noun opening the sentence,
 * its organisation, then the holder after the passive. */
static int post_held_by(sctx *c)
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
		const char *role = b < a ? post_noun(c, b) : NULL;
		if (!role)
			continue;
		int org = -1;
		for (size_t q = b + 1; q < a && org < 0; q++)
			org = org_at(c, q, NULL);
		plist who = {0};
		persons_after(c, k + 2, 4, &who);
		if (org < 0 || !who.n)
			continue;
		return add_role(c, who.chain[0], org, role, (size_t)-1, 0, 0, 0.6f);
	}
	return 0;
}

/* "X dirige Y", "Mokoena previously ran the European business of ABB",
 * "At Siemens, he headed the rail signalling unit": a verb that states a
 * role (past tense: a former one).  The organisation must be named. */
static int role_verbs(sctx *c)
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
			persons_after(c, k + 2, 4, &who);
			int board = 0, anaphor = 0, o = org_before(c, k);
			for (size_t b = k, n = 0; b-- > c->s->tok0 && n < 8; n++) {
				if (nkg_doc_match_list(c->doc, b, k, c->l->governing_bodies))
					board = 1;
				/* "le club présidé par X" */
				if (nkg_doc_match_list(c->doc, b, k, c->l->org_anaphors) == k - b)
					anaphor = 1;
			}
			if (o < 0 && (board || anaphor))
				o = discourse_org(c);
			if (who.n && o >= 0 && (rc = add_role(c, who.chain[0], o,
							      board && !strcmp(rv->role, "president") ? "chair" : rv->role,
							      (size_t)-1, 0, 0, 0.6f)))
				return rc;
			continue;
		}
		if (modality(c, k, 1, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		plist p = {0};
		int expl = 0, org;
		/* ("having coached in the URC": where, a league, is no
		 * employer; "qu'elle dirigeait à Gien" names the place of the
		 * one she ran) */
		if (k + vl + 1 < c->s->tok1 && nkg_lang_in(c->l->place_preps, FOLD(c, k + vl)) &&
		    nkg_lang_in(c->l->definite_articles, FOLD(c, k + vl + 1)))
			continue;
		persons_before(c, k, &p);
		if (!p.n)
			continue;
		org = org_after(c, k + vl, 10, &expl);
		/* "..., où elle dirigera le laboratoire": the place the
		 * clause is about, unless the verb names its own */
		int wa = where_antecedent(c, k);
		if (wa >= 0 && (!expl || !org_named_after(c, k + vl, org))) {
			org = wa;
			expl = 1;
		}
		/* ("a débuté sa carrière dans l'administration
		 * pénitentiaire": a career's start, a phrase, is told of
		 * another place than the story's; it counts when named) */
		if (cl && !org_named_after(c, k + vl, org))
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
		if (org_at(c, oe, &oe) == org && (since = since_after(c, oe)))
			former = 0;
		/* ("dirige depuis 2007 le Théâtre de la Ville": or between
		 * the verb and the organisation, in the present) */
		for (size_t mi = c->ms->by_sent[c->si]; !since && !former && os < c->s->tok1 &&
		     mi < c->ms->by_sent[c->si + 1]; mi++) {
			const nkg_mention *m = &c->ms->m[mi];
			if (m->kind == NKG_M_DATE && m->tok0 >= k + vl && m->tok1 <= os &&
			    m->date[0] && since_mention(c->doc, m))
				since = m;
		}
		for (size_t i = 0; i < p.n; i++) {
			if ((rc = add_role(c, p.chain[i], org, rv->role, (size_t)-1, former, 0, 0.7f)) ||
			    (rc = held_since(c, p.chain[i], org, rv->role, since)))
				return rc;
		}
	}
	return 0;
}

/* "Marc Olivier, un ancien d'Aviva, de Groupama et de MAIF
 * Assurances", "X, a veteran of Goldman Sachs": the person in apposition
 * worked at each organisation the phrase lists (a past post, no title). */
static int alumni_of(sctx *c)
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
			if (o >= 0 && (rc = add_role(c, person, o, "employee", (size_t)-1, 1, 0, 0.6f)))
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
		if (match_trigger(c, k, &len) && len)
			return 1;
	}
	return 0;
}

/* "un remplacement d'Antoine Frérot à la tête de Veolia", "X, at the
 * helm of Orbis since 2019": a person at the head of an organisation runs
 * it.  (As a move's complement, "nommé à la tête de X", the move says
 * so.) */
static int at_the_head(sctx *c)
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
			org = org_after(c, q, 6, &ex);
			for (size_t r = q; org >= 0 && r + 1 < c->s->tok1 && r < q + 16; r++) {
				if (hard_boundary(c, r))
					break;
				if (is_punct(c, r, ",")) {
					person = person_at(c, r + 1, NULL);
					break;
				}
			}
		}
		if (person < 0 || org < 0 || modality(c, k, hl, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		int rc = add_role(c, person, org, "ceo", (size_t)-1, 0, 0, 0.6f);
		if (rc)
			return rc;
		/* "Emmanuel Demarcy-Mota à la tête du Festival d'Automne": a
		 * headline without a verb announces the appointment */
		if ((c->s->flags & NKG_SENT_TITLE) && !sentence_has_trigger(c) &&
		    (rc = add_event(c, person, org, NKG_EV_APPOINTED, "ceo", NKG_MOD_ASSERTED, k, 0.6f)))
			return rc;
	}
	return 0;
}

/* ---- driver ----------------------------------------------------------- */

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
static const nkg_stmt_role *role_at(const sctx *c, int person, int org)
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
static const nkg_stmt_role *role_left(const sctx *c, int person)
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
	if (role_at(c, person, org))
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
	if ((rc = add_event(c, person, org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, trig, 0.6f)))
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
		if ((rc = add_event(c, person, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, trig, 0.6f)))
			return rc;
		snprintf(c->st->events[c->st->n_events - 1].date, sizeof c->st->events[0].date,
			 "%s", date);
	}
	return role ? add_role(c, person, org, role, (size_t)-1, 0, 0, 0.6f) : 0;
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
static int helm_org(const sctx *c, size_t k)
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
		if (!gone || modality(c, k, 1, NKG_TRIG_NOUN) != NKG_MOD_ASSERTED)
			continue;
		const nkg_stmt_role *pr = role_at(c, gone->person, gone->org);
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
		if (title_org(c, (size_t)tm, &expl, &oend) >= 0 && expl && oend > q)
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
		persons_before(c, k, &sb);
		for (size_t q = k + len; q < s1 && q < k + len + 6 && succ < 0; q++) {
			if (hard_boundary(c, q))
				break;
			succ = person_at(c, q, NULL);
		}
		if (!sb.n || succ < 0 || (pred = sb.chain[0]) == succ ||
		    modality(c, k, len, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		pr = role_left(c, pred);
		/* ("A l'Opéra du Rhin, X cède son fauteuil à Y": else the
		 * organisation the sentence fronts) */
		int fo = pr ? -1 : fronted_org(c);
		org = pr ? pr->org : fo >= 0 ? fo : c->ms->main_org;
		role = held_role(pr ? pr->role : NULL);
		/* (the post the phrase names: "sa place de PDG de Norlys") */
		for (size_t q = k; q < k + len; q++) {
			int tm = title_at(c, q), expl = 0;
			size_t oend;
			int o = tm >= 0 ? title_org(c, (size_t)tm, &expl, &oend) : -1;
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
static int person_aside(const sctx *c, const nkg_mention *m, size_t *open, size_t *close)
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
		if (dm->kind != NKG_M_DATE || dm->tok1 > k || !dm->date[0] || since_mention(c->doc, dm) ||
		    person_aside(c, dm, &po, &pc))
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

static int successions(sctx *c)
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
		if (modality(c, k, len, NKG_TRIG_TRANS) != NKG_MOD_ASSERTED)
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
				drop_event(c, i);
				i--;
			}
		}
		/* The successor: named ("with Y"), else the subject before the
		 * cue ("Elle succède à X"), else whoever moved last. */
		if (succ < 0 && !passive_cue) {
			plist sb = {0};
			persons_before(c, k, &sb);
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
			const nkg_stmt_role *p0 = role_at(c, pred, -1);
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
			const nkg_stmt_role *p0 = role_at(c, pred, -1);
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
			const nkg_stmt_role *pr = role_at(c, pred, mv->org);
			/* (the role key, not pr: add_role may move the roles) */
			const char *prole = pr ? pr->role : NULL;
			nkg_stmt_event *me = &c->st->events[mv - c->st->events];
			int org = mv->org;
			if (prole) {
				me->role = held_role(prole);
				if ((rc = add_role(c, me->person, me->org, me->role, (size_t)-1, 0, 0, 0.6f)))
					break;
			}
			if ((rc = leaves(c, pred, org, prole, k, "")))
				break;
		} else if (mv) {
			/* No role with the move: the one the sentence gives the
			 * successor there ("où elle occupera le poste de ..."). */
			const nkg_stmt_role *sr = mv->role ? NULL : role_at(c, mv->person, mv->org);
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
				const nkg_stmt_role *pr = role_at(c, pred, org);
				if (pr && (role = held_role(pr->role))) {
					c->st->events[mv - c->st->events].role = role;
					if ((rc = add_role(c, mv->person, org, role, (size_t)-1, 0, 0, 0.6f)))
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
				if ((rc = add_role(c, mv->person, org, role, (size_t)-1, 0, 0, 0.6f)))
					break;
			}
			char date[sizeof mv->date];
			succession_day(c, k, mv->date, date);
			if ((role && (rc = add_role(c, pred, org, role, (size_t)-1, 1, 0, 0.6f))) ||
			    (rc = leaves(c, pred, org, role, k, date)))
				break;
		} else if (succ >= 0) {
			/* "to replace Mehta with Dubois": Dubois takes the role
			 * Mehta holds here (his latest one with an organisation,
			 * not the one he moves to: "takes over from X, who has
			 * joined UNESCO as director"). */
			const nkg_stmt_role *pr = role_left(c, pred);
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
			if (!pr && (org = helm_org(c, after)) >= 0 && !moves_to(c, pred, org)) {
				const char *d = date_after(c, k);
				char db[11];
				snprintf(db, sizeof db, "%s", d);
				if ((rc = takes_over(c, succ, org, "head", k, db)) ||
				    (rc = leaves(c, pred, org, "head", k, db)) ||
				    (rc = add_role(c, pred, org, "head", (size_t)-1, 1, 0, 0.6f)))
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
				int fo = se ? -1 : fronted_org(c);
				if (!se && fo >= 0 && (!tied_to(c, pred, fo) || !role_at(c, pred, fo))) {
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
					if ((sr && (rc = add_role(c, pred, so, sr, (size_t)-1, 1, 0, 0.5f))) ||
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

static int role_verbs(sctx *c);
static int comitative_moves(sctx *c);
static void one_move_where_named(sctx *c);
static int no_longer(sctx *c);
static int same_post_elsewhere(sctx *c);
static void leaves_post_told(sctx *c);

/* "Chukwu started on Monday", "Elle prendra ses fonctions le 1er mars":
 * the date of taking office dates the subject's start told in the two
 * sentences before (joined, appointed or returned, not yet dated). */
static int takes_office(sctx *c)
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
	if (tm < 0 || modality(c, at, len, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
		return 0;
	int expl = 0, rc;
	size_t oend;
	int org = title_org(c, (size_t)tm, &expl, &oend);
	if (org < 0 || !expl)
		return 0;
	const char *role = c->ms->m[tm].role;
	if ((rc = add_dated_event(c, who, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, at, 0.6f, date)))
		return rc;
	return add_role(c, who, org, role, (size_t)tm, 0, c->ms->m[tm].interim, 0.6f);
}

/* "M. X a été nommé chef en 1996, puis directeur en 1998", "was named
 * treasurer in 2007, then CFO in 2012": a career told in one sentence.
 * After an appointment or a joining, each "puis"/"then" with a title
 * (maybe behind "promu", "comme") is one more appointment of the same
 * person, at the title's organisation or the move's, dated by the date
 * that follows the title. */
static int then_moves(sctx *c)
{
	size_t s1 = c->s->tok1;
	int rc = 0;

	for (size_t i = c->ev0; i < c->st->n_events && !rc; i++) {
		/* (a copy: add_event below may move the array) */
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
			org = title_org(c, (size_t)tm, &expl, &oend);
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
			if ((rc = add_event(c, person, org, kind, role, NKG_MOD_ASSERTED, q, 0.6f)))
				break;
			snprintf(c->st->events[c->st->n_events - 1].date, sizeof c->st->events[0].date,
				 "%s", date);
			rc = add_role(c, person, org, role, (size_t)tm, c->ms->m[tm].former,
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
static int titled_anaphor(sctx *c)
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
			const nkg_trigger_entry *h = match_trigger(c, q, &len);
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
			if (ev->role || role_at(c, ev->person, ev->org))
				break;
			ev->role = t->role;
			int person = ev->person, org = ev->org;
			rc = add_role(c, person, org, t->role, mi, 0, t->interim, 0.6f);
			/* "le départ du PDG et cofondateur": both posts */
			if (!rc && t->tok1 + 1 < c->s->tok1 && nkg_lang_in(c->l->coord, FOLD(c, t->tok1))) {
				int t2 = title_at(c, t->tok1 + 1);
				if (t2 >= 0)
					rc = add_role(c, person, org, c->ms->m[t2].role, (size_t)t2, 0, 0, 0.6f);
			}
			break;
		}
	}
	return rc;
}

/* "is leaving Henry Ford Health to lead CommonSpirit Health", "quitte
 * Varnel pour diriger le groupe Hestia", "leaving the post to serve as
 * president of Y": the leaving is for a start, the same day, at the head
 * of the organisation named after the purpose, or in the title told
 * there. */
static int leave_to_head(sctx *c)
{
	size_t n = c->st->n_events;
	int rc = 0;
	for (size_t i = c->ev0; !rc && i < n; i++) {
		nkg_stmt_event ev = c->st->events[i]; /* (add_event may move the array) */
		if (ev.sent != c->si || ev.kind != NKG_EV_LEFT || ev.person < 0)
			continue;
		/* "X, parti à M6,", "partie chez Renault": where one went, an
		 * organisation, is joined (the one left, when the sentence
		 * gave another, stays left) */
		size_t gl = nkg_doc_match_list(c->doc, ev.trig_tok, c->s->tok1, c->l->goes_to);
		if (gl) {
			size_t q = ev.trig_tok + gl;
			if (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
				q++;
			int o = q < c->s->tok1 ? org_at(c, q, NULL) : -1;
			if (o >= 0 && o == ev.org) {
				c->st->events[i].kind = NKG_EV_JOINED;
				c->st->events[i].role = NULL;
				continue;
			}
			if (o >= 0) {
				rc = add_dated_event(c, ev.person, o, NKG_EV_JOINED, NULL, ev.modality,
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
				size_t q = k + 1;
				if (q < c->s->tok1 && nkg_lang_in(c->l->determiners, FOLD(c, q)))
					q++;
				int o = q < c->s->tok1 ? org_at(c, q, NULL) : -1;
				for (size_t j = c->ev0; j < c->st->n_events && o >= 0; j++)
					if (c->st->events[j].sent == c->si && c->st->events[j].person == ev.person &&
					    c->st->events[j].org == o)
						o = -1; /* told by a trigger already */
				if (o >= 0 && o != ev.org) {
					rc = add_dated_event(c, ev.person, o, NKG_EV_JOINED, NULL, ev.modality,
							     k, 0.7f, ev.date);
					break;
				}
			}
			if (!nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->purpose))
				continue;
			size_t hl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->head_verbs);
			size_t pl = nkg_doc_match_list(c->doc, k, c->s->tok1, c->l->purpose);
			int ex = 0, o = hl ? org_after(c, k + hl, 6, &ex) : -1, tm = -1;
			/* "leaving the post to serve as regional president of
			 * Y": the title after the purpose, at Y */
			for (size_t q = k + pl; !hl && q < c->s->tok1 && q < k + pl + 4 && tm < 0; q++)
				if (hard_boundary(c, q) || is_punct(c, q, ",") || org_at(c, q, NULL) >= 0 ||
				    (tm = title_at(c, q)) >= 0)
					break;
			if (tm >= 0)
				o = org_after(c, c->ms->m[tm].tok1, 10, &ex);
			if (o < 0 || o == ev.org)
				break;
			for (size_t j = c->ev0; j < c->st->n_events && o >= 0; j++)
				if (c->st->events[j].sent == c->si && c->st->events[j].person == ev.person &&
				    c->st->events[j].org == o)
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
			if ((rc = add_dated_event(c, ev.person, o, NKG_EV_APPOINTED, role ? role : "head",
						  ev.modality, k, 0.7f, ev.date)))
				break;
			if (tm >= 0 && ev.modality == NKG_MOD_ASSERTED)
				rc = add_role(c, ev.person, o, role, (size_t)tm, 0, 0, 0.7f);
			else if (!role && ev.modality == NKG_MOD_ASSERTED)
				rc = add_role(c, ev.person, o, "head", (size_t)-1, 0, 0, 0.7f);
			break;
		}
	}
	return rc;
}

/* "X was vice president and CFO of Y, a position he held between 2002
 * and 2007", "COO of Y from 2006 to 2010": a post held over a span of
 * years began at its start and, when its end is past, ended then.  The
 * span is one date mention, dated by its start (see mentions.c). */
static int held_spans(sctx *c)
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
		if ((rc = add_dated_event(c, person, org, NKG_EV_APPOINTED, role, NKG_MOD_ASSERTED, d->tok0,
					  0.6f, d->date)) ||
		    (ey > 0 && ay > 0 && ey < ay &&
		     (rc = add_dated_event(c, person, org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, d->tok0 + 3,
					   0.6f, end))))
			break;
	}
	return rc;
}

/* "is retiring Jan. 1 as president of Times Mirror Co. and publisher of
 * its flagship newspaper the Los Angeles Times": a leaving gives up every
 * post coordinated after it, at each organisation. */
static int coordinated_leaves(sctx *c)
{
	size_t n = c->st->n_events;
	int rc = 0;
	for (size_t i = c->ev0; !rc && i < n; i++) {
		nkg_stmt_event ev = c->st->events[i]; /* (add_event may move the array) */
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
				    (match_trigger(c, q, &len) && len))
					clear = 0;
			}
			for (size_t k = c->ev0; clear && k < c->st->n_events; k++)
				if (c->st->events[k].sent == c->si && c->st->events[k].person == ev.person &&
				    c->st->events[k].org == r->org)
					clear = 0; /* told already */
			if (!clear)
				continue;
			if ((rc = add_dated_event(c, ev.person, r->org, ev.kind, r->role, ev.modality, t0,
						  0.7f, ev.date)))
				break;
		}
	}
	return rc;
}

static int sentence(sctx *c)
{
	trig_hit hits[32];
	size_t nh = 0;
	int rc;

	/* Titles before events: "en tant que" roles need events, events
	 * take the role of a title in apposition; do roles first, then
	 * events, then the "as" roles that need an event's organisation. */
	if ((rc = roles_for(c)) || (rc = role_verbs(c)) || (rc = post_held_by(c)) || (rc = colon_list(c)) || (rc = at_the_head(c)) || (rc = alumni_of(c)))
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
		const nkg_trigger_entry *e = match_trigger(c, k, &len);
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
		return (rc = takes_office(c)) || (rc = held_spans(c)) || (rc = successions(c)) ? rc
			: no_longer(c);
	/* Events first, then each date expression goes to the nearest
	 * trigger that made an event: a comma between them counts as eight
	 * words, and a date before its verb as three more ("on 20 November,
	 * leaving Siemens" dates the joining before it). */
	size_t ev0[32], ev1[32];
	for (size_t h = 0; h < nh; h++) {
		size_t r0 = c->st->n_roles;
		ev0[h] = c->st->n_events;
		if ((rc = events_for(c, &hits[h])))
			return rc;
		/* ("a débuté sa carrière dans l'administration": a career's
		 * start is at a place the sentence names after it, never
		 * the story's organisation by default) */
		if (career_start(c, hits[h].tok))
			for (size_t i = c->st->n_events; i-- > ev0[h];)
				if (!org_named_after(c, hits[h].tok, c->st->events[i].org))
					drop_event(c, i);
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
		if (since_mention(c->doc, m))
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
		int aside = person_aside(c, m, &po, &pc);
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
	if ((rc = takes_office(c)) != 0 || (rc = leave_to_head(c)) != 0)
		return rc;
	/* Roles introduced by "en tant que" after an event. */
	c->events_done = 1;
	rc = roles_for(c);
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
		if (ev->sent != c->si || !ends_post(ev->kind) || named_in_sentence(c, ev->org))
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
			    named_in_sentence(c, r->org)) {
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
			drop_event(c, i);
			i--;
			break;
		}
	}
	if (!rc)
		rc = held_spans(c);
	if (!rc)
		rc = coordinated_leaves(c);
	if (!rc)
		rc = successions(c);
	if (!rc)
		rc = then_moves(c);
	if (!rc)
		rc = titled_anaphor(c);
	if (!rc)
		rc = comitative_moves(c);
	if (!rc)
		rc = no_longer(c);
	if (!rc)
		leaves_post_told(c);
	if (!rc)
		rc = same_post_elsewhere(c);
	if (!rc)
		one_move_where_named(c);
	if (!rc)
		rc = bracketed_posts(c);
	if (!rc)
		drop_proposers(c);
	return rc;
}

/* "en remplacement de X, parti à la retraite": one leaving told twice in
 * a sentence, once where the sentence names (the post X leaves) and once
 * by a trigger with no organisation of its own, which got the story's by
 * default; the default one goes. */
static void one_move_where_named(sctx *c)
{
	for (size_t i = c->st->n_events; i-- > c->ev0;) {
		const nkg_stmt_event *ev = &c->st->events[i];
		/* (told in apposition to the person: "X, parti à la
		 * retraite") */
		size_t t = ev->trig_tok;
		int pm = t >= c->s->tok0 + 2 && is_punct(c, t - 1, ",") ? mention_at(c, t - 2) : -1;
		if (ev->sent != c->si || org_named_after(c, t, ev->org) || pm < 0 ||
		    person_at(c, c->ms->m[pm].tok0, NULL) != ev->person)
			continue;
		for (size_t j = c->ev0; j < c->st->n_events; j++) {
			const nkg_stmt_event *o = &c->st->events[j];
			if (j != i && o->sent == c->si && o->person == ev->person && o->kind == ev->kind &&
			    o->org != ev->org && o->modality == ev->modality && named_in_sentence(c, o->org)) {
				drop_event(c, i);
				break;
			}
		}
	}
}

/* "X n'est plus l'entraîneur de l'Olympic", "X is no longer chief
 * executive of Y", "n'en est plus directeur technique": the subject held
 * the title there and left it. */
static int no_longer(sctx *c)
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
		persons_before(c, k, &who);
		if (tm < 0 || !who.n || modality(c, k, n, NKG_TRIG_INTRANS) != NKG_MOD_ASSERTED)
			continue;
		int expl = 0;
		size_t end;
		int org = title_org(c, (size_t)tm, &expl, &end);
		/* ("Après avoir cofondé Tessalys, X n'en est plus directrice
		 * technique": the clitic stands for the one named before) */
		for (size_t b = k > c->s->tok0 + 2 ? k - 2 : c->s->tok0; org < 0 && b < k + n; b++)
			if (nkg_lang_in(c->l->org_clitics, FOLD(c, b)))
				org = org_before(c, b);
		if (org < 0)
			org = discourse_org(c);
		if (org < 0)
			continue;
		const char *role = c->ms->m[tm].role;
		if ((rc = add_role(c, who.chain[0], org, role, (size_t)tm, 1, 0, 0.6f)) ||
		    (rc = add_event(c, who.chain[0], org, NKG_EV_LEFT, role, NKG_MOD_ASSERTED, k, 0.6f)))
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
static void leaves_post_told(sctx *c)
{
	/* "X, directeur de cabinet du maire, quitte la mairie de Brest": a
	 * title with no organisation named (it got the story's) is held at
	 * the organisation the same person leaves in the sentence */
	for (size_t r = c->role0; r < c->st->n_roles; r++) {
		nkg_stmt_role *ro = &c->st->roles[r];
		if (ro->sent != c->si || ro->former || named_in_sentence(c, ro->org) ||
		    ro->title_m >= c->ms->n || c->ms->m[ro->title_m].sent != c->si)
			continue;
		for (size_t i = c->ev0; i < c->st->n_events; i++) {
			nkg_stmt_event *ev = &c->st->events[i];
			if (ev->sent == c->si && ev->person == ro->person && ends_post(ev->kind) &&
			    ev->org >= 0 && named_in_sentence(c, ev->org) &&
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
		if (ev->sent != c->si || !ends_post(ev->kind) || named_in_sentence(c, ev->org))
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
static int same_post_elsewhere(sctx *c)
{
	int rc = 0;
	size_t n0 = c->st->n_events;
	for (size_t i = c->ev0; !rc && i < n0; i++) {
		const nkg_stmt_event ev = c->st->events[i];
		if (ev.sent != c->si || ev.kind != NKG_EV_APPOINTED || !ev.role || ev.org < 0 ||
		    ev.modality != NKG_MOD_ASSERTED || !strcmp(ev.role, "official") ||
		    !strcmp(ev.role, "board_member") || !strcmp(ev.role, "employee") ||
		    !named_in_sentence(c, ev.org))
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
			    !named_in_sentence(c, ro->org))
				continue;
			int told = 0;
			for (size_t j = 0; j < c->st->n_events && !told; j++)
				told = c->st->events[j].person == ev.person && c->st->events[j].org == ro->org &&
				       ends_post(c->st->events[j].kind);
			if (!told)
				rc = add_event(c, ev.person, ro->org, NKG_EV_LEFT, ro->role,
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
static int comitative_moves(sctx *c)
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
		nkg_stmt_event ev = *mv; /* (add_event may move the array) */
		for (size_t q = k + len, n = 0; !rc && q < c->s->tok1 && n < 16; n++) {
			size_t e = 0;
			int p = person_at(c, q, &e);
			if (p >= 0 && p != ev.person) {
				int held = 0;
				for (size_t i = c->ev0; i < c->st->n_events && !held; i++)
					held = c->st->events[i].person == p && c->st->events[i].org == ev.org &&
					       c->st->events[i].kind == ev.kind;
				if (!held)
					rc = add_dated_event(c, p, ev.org, ev.kind, role_of(c, p, ev.org, 0),
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
		if (ms->m[mi].kind == NKG_M_DATE && !since_mention(doc, &ms->m[mi]))
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
		    career_start_at(doc, doc->sents[ev->sent].lang, ev->trig_tok,
				    doc->sents[ev->sent].tok1) ||
		    fronted_at(doc, doc->sents[ev->sent].lang, &doc->sents[ev->sent], ev->trig_tok))
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
	find_topics(doc, ms, topic, n_paras);
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
		rc = sentence(&c);
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

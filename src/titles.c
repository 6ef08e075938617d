/* newskg — titles in sentences: the language tables' titles, their
 * plurals, shared and "former" forms, the words that make a holder a
 * second (see mentions.h). */
#include "mentions_int.h"

/* ---- titles ----------------------------------------------------------- */

/* Folded token t is the plural of folded word w, w[0..wl): "directeurs",
 * "presidents", "generaux" (of "general"). */
static int plural_of(const char *t, const char *w, size_t wl)
{
	size_t tl = strlen(t);
	if (tl == wl + 1 && t[wl] == 's' && !strncmp(t, w, wl))
		return 1;
	return wl > 2 && tl == wl + 1 && !strncmp(w + wl - 2, "al", 2) &&
	       !strncmp(t, w, wl - 2) && !strcmp(t + wl - 2, "aux");
}

/* Like nkg_doc_match, the title's words written in the plural ("rédacteurs
 * en chef", "directeurs généraux", "vice presidents"): its first word at
 * least. */
static size_t match_plural(const nkg_doc *doc, size_t k, size_t end, const char *words)
{
	size_t j = k, plurals = 0;
	for (const char *w = words; *w; j++) {
		size_t wl = strcspn(w, " ");
		if (j >= end)
			return 0;
		const char *t = doc->toks[j].fold;
		if (plural_of(t, w, wl))
			plurals++;
		else if (strlen(t) != wl || strncmp(t, w, wl))
			return 0;
		w += wl;
		if (*w == ' ')
			w++;
	}
	return plurals ? j - k : 0;
}

/* "ex-directrice de la communication", "ex-CEO": a title glued to a word
 * for "former" ending in a hyphen, in one token.  The title's length in
 * tokens (its role into *role), 0 if none. */
size_t nkg_m_match_glued_former(const nkg_doc *doc, const nkg_lang *l, size_t k,
				 size_t end, const char **role)
{
	const char *f = doc->toks[k].fold;
	size_t best = 0;
	for (size_t i = 0; l->former && l->former[i]; i++) {
		const char *p = l->former[i];
		size_t pl = strlen(p);
		if (!pl || p[pl - 1] != '-' || strncmp(f, p, pl) || !f[pl])
			continue;
		const char *rest = f + pl;
		size_t rl = strlen(rest), n = 0;
		const nkg_title_entry *const *cand = nkg_lang_title_candidates(l, rest, &n);
		for (size_t j = 0; j < n; j++) {
			const char *w = cand[j]->words;
			size_t wl = strcspn(w, " "), m = 0;
			if (wl != rl || strncmp(w, rest, rl))
				continue;
			m = w[wl] ? nkg_doc_match(doc, k + 1, end, w + wl + 1) : 0;
			if (w[wl] && !m)
				continue;
			if (m + 1 > best) {
				best = m + 1;
				*role = cand[j]->role;
			}
		}
	}
	return best;
}

size_t nkg_m_match_title(const nkg_doc *doc, const nkg_lang *l, size_t k,
			  size_t end, const char **role, int *plural)
{
	size_t best = 0, n = 0;
	const nkg_title_entry *const *cand =
		nkg_lang_title_candidates(l, doc->toks[k].fold, &n);
	*plural = 0;
	for (size_t i = 0; i < n; i++) {
		size_t m = nkg_doc_match(doc, k, end, cand[i]->words);
		if (m > best) {
			best = m;
			*role = cand[i]->role;
		}
	}
	/* (the plural: looked up by the first word's singular) */
	const char *f = doc->toks[k].fold;
	size_t fl = strlen(f);
	char sing[48];
	/* (only beside the people it names: "X et Y, rédacteurs en
	 * chef", "vice presidents Ann Lee and Tom Reed"; not "Mercier &
	 * Associés", "new leaders", "plusieurs administrateurs") */
	int beside = !(doc->toks[k].flags & NKG_TOK_CAP) && k > 0 &&
		     !strcmp(doc->toks[k - 1].fold, ",");
	/* ("will become interim joint executive directors": after a
	 * verb of becoming, over qualifiers) */
	for (size_t b = k, n = 0; !beside && b > 0 && n < 4; b--, n++) {
		const char *pf = doc->toks[b - 1].fold;
		if (nkg_lang_in(l->become, pf))
			beside = 1;
		else if (!nkg_lang_in(l->interim_before, pf) && !nkg_lang_in(l->new_words, pf) &&
			 !nkg_lang_in(l->joint_words, pf))
			break;
	}
	/* (by the first word, "vice presidents", or its singular,
	 * "directeurs généraux") */
	for (int pass = 0; pass < 2 && fl > 3 && fl < sizeof sing &&
			   !(doc->toks[k].flags & NKG_TOK_CAP); pass++) {
		if (pass == 0) {
			memcpy(sing, f, fl + 1);
		} else if (f[fl - 1] == 's' && strcmp(f + fl - 3, "aux")) {
			memcpy(sing, f, fl - 1);
			sing[fl - 1] = '\0';
		} else if (!strcmp(f + fl - 3, "aux")) {
			memcpy(sing, f, fl - 3);
			memcpy(sing + fl - 3, "al", 3);
		} else {
			break;
		}
		cand = nkg_lang_title_candidates(l, sing, &n);
		for (size_t i = 0; i < n; i++) {
			size_t m = match_plural(doc, k, end, cand[i]->words);
			/* (or before them: names, or a colon that lists
			 * them, "deux rédacteurs en chef adjoints : X et Y") */
			if (m && !beside && !(k + m < end && (doc->toks[k + m].flags & NKG_TOK_CAP) &&
					      (doc->toks[k + m].flags & NKG_TOK_WORD)) &&
			    !(k + m < end && !strcmp(doc->toks[k + m].fold, ":")))
				continue;
			if (m > best) {
				best = m;
				*role = cand[i]->role;
				*plural = 1;
			}
		}
	}
	/* "co-directeurs", "coprésidente", "co-chair": a shared title is
	 * the title (the plural only before the names it gives) */
	for (size_t i = 0; !best && l->co_prefixes && l->co_prefixes[i]; i++) {
		size_t lp = strlen(l->co_prefixes[i]);
		if (strncmp(f, l->co_prefixes[i], lp) || fl < lp + 3 || fl - lp >= sizeof sing)
			continue;
		for (int pass = 0; pass < 2 && !best; pass++) {
			memcpy(sing, f + lp, fl - lp + 1);
			if (pass == 1) {
				if (sing[fl - lp - 1] != 's')
					break;
				sing[fl - lp - 1] = '\0';
			}
			size_t sl = strlen(sing);
			cand = nkg_lang_title_candidates(l, sing, &n);
			for (size_t j = 0; j < n; j++) {
				const char *w = cand[j]->words;
				if (strncmp(w, sing, sl) || (w[sl] && w[sl] != ' '))
					continue;
				size_t m = 1 + (w[sl] ? nkg_doc_match(doc, k + 1, end, w + sl + 1) : 0);
				if (w[sl] && m == 1)
					continue;
				if (pass == 1 && !(k + m < end && (doc->toks[k + m].flags & NKG_TOK_CAP)))
					continue;
				if (m > best) {
					best = m;
					*role = cand[j]->role;
					*plural = pass == 1;
				}
			}
		}
	}
	/* "entraîneur-adjoint", "vice-président exécutif": a title of
	 * two words written as one with a hyphen (when the table lists
	 * it with a space) */
	const char *hy = strchr(f, '-');
	if (!best && hy && hy > f && hy[1] && fl < sizeof sing) {
		memcpy(sing, f, fl + 1);
		sing[hy - f] = '\0';
		cand = nkg_lang_title_candidates(l, sing, &n);
		sing[hy - f] = ' ';
		for (size_t i = 0; i < n; i++) {
			const char *w = cand[i]->words;
			if (strncmp(w, sing, fl) || (w[fl] && w[fl] != ' '))
				continue;
			size_t m = 1 + (w[fl] ? nkg_doc_match(doc, k + 1, end, w + fl + 1) : 0);
			if (w[fl] && m == 1)
				continue;
			if (m > best) {
				best = m;
				*role = cand[i]->role;
			}
		}
	}
	/* "Deputy Chief Operating Officer", "Associate Director": a title
	 * after a word that makes its holder a second is a title of its
	 * own (the table's longer entries, "deputy chair", come first) */
	for (size_t i = 0; !best && l->title_seconds && l->title_seconds[i] && l->title_seconds[i + 1]; i += 2)
		if (!strcmp(f, l->title_seconds[i]) && k + 1 < end) {
			const char *r2 = NULL;
			int pl2 = 0;
			size_t m = nkg_m_match_title(doc, l, k + 1, end, &r2, &pl2);
			if (m) {
				best = m + 1;
				*role = l->title_seconds[i + 1];
				*plural = pl2;
			}
		}
	/* ("présidente du conseil départemental de la Gironde": a title
	 * never ends inside an institution's name; "présidente" is the
	 * title, "du conseil départemental" the start of its organisation) */
	for (size_t p = k + 1; best > 1 && p < k + best; p++) {
		size_t hl = nkg_doc_match_list(doc, p, end, l->institution_heads);
		if (hl && p + hl > k + best && p - 1 > k)
			return nkg_m_match_title(doc, l, k, p - 1, role, plural);
	}
	/* ("membre du Conseil national du numérique": nor at a
	 * capitalised company word whose name goes on; "membre" is the
	 * title) */
	if (best > 2 && k + best < end && (doc->toks[k + best - 1].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(l->org_prefixes, doc->toks[k + best - 1].fold) &&
	    (doc->toks[k + best].flags & NKG_TOK_WORD) &&
	    !nkg_lang_in(l->stopwords, doc->toks[k + best].fold) &&
	    !nkg_lang_in(l->coord, doc->toks[k + best].fold))
		return nkg_m_match_title(doc, l, k, k + best - 2, role, plural);
	/* ("à la Direction générale des étrangers": a post's phrase whose
	 * head word is capitalised inside the sentence, an institution's
	 * name going on, names the institution; no title) */
	for (size_t p = k + 1; best > 1 && p < k + best && nkg_lang_in(l->title_links, doc->toks[k].fold); p++)
		if ((doc->toks[p].flags & NKG_TOK_CAP) && !(doc->toks[k].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(l->org_prefixes, doc->toks[p].fold) && k + best < end &&
		    nkg_lang_in(l->title_links, doc->toks[k + best].fold))
			return 0;
	/* "Chief Manufacturing Operations Officer", "chief people and
	 * culture officer": a title the table does not list, opened and
	 * closed by the language's words for one (up to four words between,
	 * no punctuation but "&") */
	if (nkg_lang_in(l->title_open, doc->toks[k].fold)) {
		for (size_t j = k + 1; j < end && j < k + 6; j++) {
			const nkg_token *t = &doc->toks[j];
			if ((t->flags & NKG_TOK_PUNCT) && strcmp(t->fold, "&"))
				break;
			if (nkg_lang_in(l->title_close, t->fold)) {
				if (j + 1 - k > best) {
					best = j + 1 - k;
					*role = "executive";
				}
				break;
			}
		}
	}
	return best;
}

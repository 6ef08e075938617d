/* newskg — segmentation: tokens, sentences, paragraphs, language, noise.
 *
 * The tokenizer keeps what names and titles need in one token: hyphenated
 * words (Jean-Pierre, vice-présidente), initialisms (P.-D.G., U.S.), mixed
 * case (OpenAI); and splits what French glues: elisions (d'OpenAI ->
 * "d'" "OpenAI"). */
#include "newskg/segment.h"
#include "lang.h"

#include <stdlib.h>
#include <string.h>

/* ---- character classes ------------------------------------------------ */

static int is_space_cp(unsigned c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' ||
	       c == '\v' || c == 0xA0 || c == 0x202F || c == 0x2009 ||
	       c == 0x200B || c == 0x2007 || c == 0x3000 || c == 0xFEFF ||
	       (c >= 0x2000 && c <= 0x200A);
}

static int is_letter_cp(unsigned c)
{
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
		return 1;
	if (c < 0xC0)
		return 0;
	if (c == 0xD7 || c == 0xF7)
		return 0;
	if (c >= 0x2000 && c <= 0x2BFF) /* punctuation, symbols, arrows */
		return 0;
	if (c >= 0x3000 && c <= 0x303F)
		return 0;
	if (c >= 0xFE00 && c <= 0xFE0F) /* variation selectors */
		return 0;
	if (c >= 0x1F000)               /* emoji and pictographs */
		return 0;
	if (c == 0xFFFD || c == 0xFEFF)
		return 0;
	return 1;
}

static int is_digit_cp(unsigned c) { return c >= '0' && c <= '9'; }

static int is_upper_cp(unsigned c)
{
	if (c >= 'A' && c <= 'Z')
		return 1;
	if (c >= 0xC0 && c <= 0xDE && c != 0xD7)
		return 1;
	if (c >= 0x100 && c <= 0x17F)
		return (c % 2) == 0 && c != 0x138;
	if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F))
		return 1;
	return 0;
}

static int is_apos(unsigned c) { return c == '\'' || c == 0x2019 || c == 0x2BC; }
static int is_hyphen(unsigned c) { return c == '-' || c == 0x2010 || c == 0x2011; }

static unsigned cp_at(const char *s, size_t n, size_t i, size_t *len)
{
	unsigned c;
	size_t l = i < n ? nkg_utf8_decode(s + i, n - i, &c) : 0;
	if (!l)
		c = 0;
	if (len)
		*len = l;
	return c;
}

/* French elisions ("l'", "d'", "qu'") end a token at the apostrophe. */
static const char *const elisions[] = {
	"l", "d", "qu", "n", "s", "j", "m", "t", "c", "jusqu", "lorsqu",
	"puisqu", "quoiqu", "presqu", NULL
};

/* ---- document --------------------------------------------------------- */

void nkg_doc_free(nkg_doc *doc)
{
	if (!doc)
		return;
	for (size_t i = 0; i < doc->n_toks; i++)
		free(doc->toks[i].fold);
	free(doc->toks);
	free(doc->sents);
	free(doc);
}

static int push_tok(nkg_doc *d, size_t start, size_t end, uint32_t flags)
{
	void *arr = d->toks;
	nkg_token *t;
	char *raw;

	if (nkg_grow(&arr, &d->cap_toks, d->n_toks + 1, sizeof *d->toks))
		return NKG_ENOMEM;
	d->toks = arr;
	raw = nkg_strndup(d->body + start, end - start);
	if (!raw)
		return NKG_ENOMEM;
	t = &d->toks[d->n_toks];
	t->start = (uint32_t)start;
	t->end = (uint32_t)end;
	t->flags = flags;
	t->fold = nkg_fold(raw);
	free(raw);
	if (!t->fold)
		return NKG_ENOMEM;
	d->n_toks++;
	return 0;
}

/* Classifies the letters of body[start..end) into CAP/UPPER/MIXED. */
static uint32_t word_flags(const char *s, size_t start, size_t end)
{
	size_t i = start, l;
	unsigned c;
	int first = 1, nup = 0, nlow = 0, up_after = 0, first_up = 0, after_hyphen = 0;

	while (i < end) {
		c = cp_at(s, end, i, &l);
		if (!l)
			break;
		if (is_hyphen(c)) {
			after_hyphen = 1;
			i += l;
			continue;
		}
		if (is_letter_cp(c)) {
			if (is_upper_cp(c)) {
				nup++;
				if (first)
					first_up = 1;
				else if (!after_hyphen)
					up_after = 1;
			} else {
				nlow++;
			}
			first = 0;
			after_hyphen = 0;
		} else if (is_digit_cp(c) && first) {
			return NKG_TOK_WORD | NKG_TOK_NUM;
		}
		i += l;
	}
	uint32_t f = NKG_TOK_WORD;
	if (first_up)
		f |= NKG_TOK_CAP;
	if (nup >= 2 && nlow == 0)
		f |= NKG_TOK_UPPER;
	else if (up_after && nlow > 0)
		f |= NKG_TOK_MIXED;
	return f;
}

static int is_abbreviation(const char *w, size_t n)
{
	char buf[16], *f;
	int hit = 0;
	if (n + 2 > sizeof buf)
		return 0;
	memcpy(buf, w, n);
	buf[n] = '.';
	buf[n + 1] = '\0';
	if (!(f = nkg_fold(buf)))
		return 0;
	for (size_t li = 0; nkg_langs[li] && !hit; li++)
		hit = nkg_lang_in(nkg_langs[li]->abbreviations, f);
	free(f);
	return hit;
}

/* Does the period after a single letter belong to it?  Yes inside an
 * initialism (U.S., P.-D.G.), before another initial (J. K.) or after a
 * capitalised name (John F. Kennedy); no at a sentence end ("en X. Pourquoi"). */
static int initial_period(const nkg_doc *d, const char *s, size_t n, size_t st,
			  size_t after, unsigned nx)
{
	size_t l2;
	if (is_letter_cp(nx) || is_hyphen(nx))
		return 1;
	/* The last period of "U.S." or "P.-D.G.". */
	if (memchr(s + st, '.', after - 1 - st))
		return 1;
	if (nx == ' ' && after + 2 < n && is_upper_cp(cp_at(s, n, after + 1, &l2)) &&
	    s[after + 1 + l2] == '.')
		return 1;
	/* "M. Castaing": an honorific's abbreviation before a name */
	if (nx == ' ' && after + 1 < n && is_upper_cp(cp_at(s, n, after + 1, &l2)) &&
	    is_abbreviation(s + st, after - 1 - st))
		return 1;
	if (d->n_toks && (d->toks[d->n_toks - 1].flags & NKG_TOK_CAP) &&
	    !(d->toks[d->n_toks - 1].flags & NKG_TOK_PUNCT))
		return 1;
	return 0;
}

static int tokenize(nkg_doc *d)
{
	const char *s = d->body;
	size_t n = d->body_len, i = 0, l;
	int rc;

	while (i < n) {
		unsigned c = cp_at(s, n, i, &l);
		size_t st = i;

		if (is_space_cp(c)) {
			i += l;
			continue;
		}
		/* URLs: up to the next space. */
		if ((n - i > 7 && (strncmp(s + i, "http://", 7) == 0 ||
				   strncmp(s + i, "https://", 8) == 0)) ||
		    (n - i > 4 && strncmp(s + i, "www.", 4) == 0) ||
		    (n - i > 12 && strncmp(s + i, "pic.twitter.", 12) == 0)) {
			while (i < n && !is_space_cp(cp_at(s, n, i, &l)))
				i += l;
			if ((rc = push_tok(d, st, i, NKG_TOK_URL)))
				return rc;
			continue;
		}
		if (c == '@' && i + 1 < n) {
			size_t l2;
			unsigned c2 = cp_at(s, n, i + 1, &l2);
			if (is_letter_cp(c2) || is_digit_cp(c2) || c2 == '_') {
				i++;
				while (i < n) {
					unsigned c3 = cp_at(s, n, i, &l2);
					if (!(is_letter_cp(c3) || is_digit_cp(c3) || c3 == '_'))
						break;
					i += l2;
				}
				if ((rc = push_tok(d, st, i, NKG_TOK_HANDLE)))
					return rc;
				continue;
			}
		}
		if (is_letter_cp(c) || is_digit_cp(c)) {
			size_t seg_len = 0; /* letters since the last '.' or '-' */
			int elided = 0;
			while (i < n) {
				unsigned cc = cp_at(s, n, i, &l);
				if (is_letter_cp(cc) || is_digit_cp(cc) ||
				    (cc >= 0x300 && cc <= 0x36F)) {
					i += l;
					seg_len++;
					continue;
				}
				size_t l2;
				unsigned nx = cp_at(s, n, i + l, &l2);
				if (is_apos(cc)) {
					char *w = nkg_strndup(s + st, i - st), *f;
					int el;
					if (!w)
						return NKG_ENOMEM;
					f = nkg_fold(w);
					free(w);
					if (!f)
						return NKG_ENOMEM;
					el = nkg_lang_in(elisions, f);
					free(f);
					if (el && (is_letter_cp(nx) || nx == 'h' || is_digit_cp(nx))) {
						i += l;
						elided = 1;
						break;
					}
					/* English possessive: stop before "'s". */
					if ((nx == 's' || nx == 'S')) {
						size_t l3;
						unsigned after = cp_at(s, n, i + l + l2, &l3);
						if (!is_letter_cp(after))
							break;
					}
					if (is_letter_cp(nx)) {
						i += l;
						seg_len = 0;
						continue;
					}
					break;
				}
				if (is_hyphen(cc) && (is_letter_cp(nx) || is_digit_cp(nx))) {
					i += l;
					seg_len = 0;
					continue;
				}
				/* "University of Wisconsin–Madison", "UW–Madison": an
				 * en dash glued between a word and a capital joins
				 * a name's parts as a hyphen does (not "1999–2003",
				 * a range, nor "Paris – Lyon", spaced) */
				if (cc == 0x2013 && seg_len && i > st && !is_digit_cp((unsigned char)s[i - 1]) &&
				    is_upper_cp(nx)) {
					i += l;
					seg_len = 0;
					continue;
				}
				/* "W.Va.-based", "Ky.-based", "P.-D.G.": a period
				 * right before a hyphen and a letter ends no
				 * sentence (abbreviation, initial or not) */
				if (cc == '.' && is_hyphen(nx) && i + l < n) {
					size_t l3;
					unsigned after = cp_at(s, n, i + l + l2, &l3);
					if (is_letter_cp(after)) {
						i += l + l2;
						seg_len = 0;
						continue;
					}
				}
				/* Decimals and thousands: "4.9%", "$2.5bn", "4,9 %",
				 * "1,000": a period or comma between digits ends
				 * neither the number nor the sentence */
				if ((cc == '.' || cc == ',') && i > st && is_digit_cp(cp_at(s, n, i - 1, NULL)) &&
				    is_digit_cp(nx)) {
					i += l;
					continue;
				}
				/* Abbreviations: "Oct.", "Inc.", "Mr." keep their
				 * period. */
				if (cc == '.' && seg_len >= 2 && is_abbreviation(s + st, i - st)) {
					i += l;
					break;
				}
				/* Initialisms: a period after a single letter stays
				 * in the token (P.-D.G., U.S., J.). */
				if (cc == '.' && seg_len == 1 && is_letter_cp(cp_at(s, n, i - 1, NULL)) &&
				    initial_period(d, s, n, st, i + l, nx)) {
					i += l;
					seg_len = 0;
					continue;
				}
				break;
			}
			/* "Canal+", "Disney+", "Apple TV+": a '+' right after a
			 * capitalised word, ending it, is part of the name. */
			if (!elided && i < n && s[i] == '+' && is_upper_cp(cp_at(s, n, st, NULL))) {
				unsigned nx = i + 1 < n ? cp_at(s, n, i + 1, NULL) : ' ';
				if (!is_letter_cp(nx) && !is_digit_cp(nx))
					i++;
			}
			/* Words glued by a missing space after a full stop
			 * ("lettre.Les" is split elsewhere; "lettreVers" here):
			 * three lower-case letters then a capital. */
			if (!elided) {
				size_t j = st, lows = 0, l3;
				while (j < i) {
					unsigned cj = cp_at(s, i, j, &l3);
					if (!l3)
						break;
					if (is_upper_cp(cj) && lows >= 3 && j > st) {
						if ((rc = push_tok(d, st, j, word_flags(s, st, j))))
							return rc;
						st = j;
						break;
					}
					if (is_letter_cp(cj) && !is_upper_cp(cj))
						lows++;
					else
						break;
					j += l3;
				}
			}
			uint32_t f = word_flags(s, st, i);
			if (elided)
				f |= NKG_TOK_ELIDED;
			if ((rc = push_tok(d, st, i, f)))
				return rc;
			continue;
		}
		/* English possessive "'s" as one token. */
		if (is_apos(c) && i + l < n && (s[i + l] == 's' || s[i + l] == 'S')) {
			size_t l3;
			unsigned after = cp_at(s, n, i + l + 1, &l3);
			if (!is_letter_cp(after) && !is_digit_cp(after)) {
				i += l + 1;
				if ((rc = push_tok(d, st, i, NKG_TOK_PUNCT)))
					return rc;
				continue;
			}
		}
		/* "..." as one token; any other symbol alone. */
		if (c == '.' && i + 2 < n && s[i + 1] == '.' && s[i + 2] == '.') {
			i += 3;
			while (i < n && s[i] == '.')
				i++;
		} else {
			i += l ? l : 1;
		}
		if ((rc = push_tok(d, st, i, NKG_TOK_PUNCT)))
			return rc;
	}
	return 0;
}

/* ---- matching helpers ------------------------------------------------- */

size_t nkg_doc_match(const nkg_doc *doc, size_t tok, size_t tok_end,
		     const char *words)
{
	const char *w = words;
	size_t k = tok;

	/* Most calls fail on the first byte: callers try every phrase of a
	 * list at every token. */
	if (k >= tok_end || doc->toks[k].fold[0] != w[0])
		return 0;
	while (*w) {
		const char *sp = strchr(w, ' ');
		size_t wl = sp ? (size_t)(sp - w) : strlen(w);
		if (k >= tok_end)
			return 0;
		if (strlen(doc->toks[k].fold) != wl ||
		    strncmp(doc->toks[k].fold, w, wl) != 0)
			return 0;
		k++;
		w += wl;
		if (*w == ' ')
			w++;
	}
	return k - tok;
}

size_t nkg_doc_match_list(const nkg_doc *doc, size_t tok, size_t tok_end,
			  const char *const *list)
{
	size_t best = 0, n = 0;
	const char *const *cand;

	if (tok >= tok_end || !list)
		return 0;
	cand = nkg_lang_list_candidates(list, doc->toks[tok].fold, &n);
	if (!cand) {
		/* not a registered list: scan it */
		for (size_t i = 0; list[i]; i++) {
			size_t m = nkg_doc_match(doc, tok, tok_end, list[i]);
			if (m > best)
				best = m;
		}
		return best;
	}
	for (size_t i = 0; i < n; i++) {
		size_t m = nkg_doc_match(doc, tok, tok_end, cand[i]);
		if (m > best)
			best = m;
	}
	return best;
}

/* ---- sentences -------------------------------------------------------- */

static int push_sent(nkg_doc *d, size_t t0, size_t t1, uint32_t para)
{
	void *arr = d->sents;
	nkg_sentence *s;

	if (t0 >= t1)
		return 0;
	if (nkg_grow(&arr, &d->cap_sents, d->n_sents + 1, sizeof *d->sents))
		return NKG_ENOMEM;
	d->sents = arr;
	s = &d->sents[d->n_sents++];
	memset(s, 0, sizeof *s);
	s->tok0 = (uint32_t)t0;
	s->tok1 = (uint32_t)t1;
	s->start = d->toks[t0].start;
	s->end = d->toks[t1 - 1].end;
	s->para = para;
	s->lang = d->lang;
	return 0;
}

static int is_closer(const char *f)
{
	return !strcmp(f, "\xc2\xbb") || !strcmp(f, "\"") || !strcmp(f, ")") ||
	       !strcmp(f, "\xe2\x80\x9d") || !strcmp(f, "'") || !strcmp(f, "]");
}

static int is_opener(const char *f)
{
	return !strcmp(f, "\xc2\xab") || !strcmp(f, "\"") || !strcmp(f, "(") ||
	       !strcmp(f, "\xe2\x80\x9c") || !strcmp(f, "-") ||
	       !strcmp(f, "\xe2\x80\x94") || !strcmp(f, "\xe2\x80\x93");
}

static int is_final(const char *f)
{
	return !strcmp(f, ".") || !strcmp(f, "!") || !strcmp(f, "?") ||
	       !strcmp(f, "...") || !strcmp(f, "\xe2\x80\xa6");
}

/* Splits tokens into sentences, never across a line break. */
static int split_sentences(nkg_doc *d)
{
	size_t t = 0, para = 0;
	int rc;

	while (t < d->n_toks) {
		/* One line = one paragraph. */
		size_t line_end = t + 1;
		while (line_end < d->n_toks &&
		       !memchr(d->body + d->toks[line_end - 1].end, '\n',
			       d->toks[line_end].start - d->toks[line_end - 1].end))
			line_end++;
		size_t s0 = t;
		for (size_t k = t; k < line_end; k++) {
			if (!(d->toks[k].flags & NKG_TOK_PUNCT) || !is_final(d->toks[k].fold))
				continue;
			size_t e = k + 1;
			while (e < line_end && (d->toks[e].flags & NKG_TOK_PUNCT) &&
			       (is_closer(d->toks[e].fold) || is_final(d->toks[e].fold)))
				e++;
			if (e >= line_end)
				break;
			const nkg_token *nx = &d->toks[e];
			if ((nx->flags & (NKG_TOK_CAP | NKG_TOK_NUM)) ||
			    ((nx->flags & NKG_TOK_PUNCT) && is_opener(nx->fold))) {
				if ((rc = push_sent(d, s0, e, (uint32_t)para)))
					return rc;
				s0 = e;
				k = e - 1;
			}
		}
		if ((rc = push_sent(d, s0, line_end, (uint32_t)para)))
			return rc;
		para++;
		t = line_end;
	}
	return 0;
}

/* ---- language --------------------------------------------------------- */

const nkg_lang *nkg_segment_detect_lang(nkg_doc *doc, size_t tok0, size_t tok1)
{
	size_t best = 0, second = 0;
	const nkg_lang *win = NULL;

	for (size_t li = 0; nkg_langs[li]; li++) {
		size_t cnt = 0;
		for (size_t k = tok0; k < tok1; k++)
			if ((doc->toks[k].flags & NKG_TOK_WORD) &&
			    nkg_lang_in(nkg_langs[li]->stopwords, doc->toks[k].fold))
				cnt++;
		if (cnt > best) {
			second = best;
			best = cnt;
			win = nkg_langs[li];
		} else if (cnt > second) {
			second = cnt;
		}
	}
	/* Short or mixed text: not enough to decide. */
	if (best < 3 || best < 2 * second)
		return NULL;
	return win;
}

/* ---- page noise ------------------------------------------------------- */

static int para_starts_with_list(const nkg_doc *d, size_t t0, size_t t1)
{
	for (size_t li = 0; nkg_langs[li]; li++) {
		if (nkg_doc_match_list(d, t0, t1, nkg_langs[li]->noise_lines))
			return 1;
	}
	return 0;
}

static int is_comment_head(const nkg_doc *d, size_t t0, size_t t1)
{
	int marker = 0;
	for (size_t li = 0; nkg_langs[li]; li++)
		if (nkg_doc_match_list(d, t0, t1, nkg_langs[li]->comment_markers))
			marker = 1;
	if (!marker)
		return 0;
	for (size_t k = t0; k < t1 && k < t0 + 6; k++)
		if (!strcmp(d->toks[k].fold, "|"))
			return 1;
	return 0;
}

static int comment_header(const nkg_doc *d, size_t t0, size_t t1)
{
	size_t k = t0;
	if (k < t1 && (d->toks[k].flags & NKG_TOK_NUM))
		k++; /* "12 commentaires" */
	for (size_t li = 0; nkg_langs[li]; li++)
		if (nkg_doc_match_list(d, k, t1, nkg_langs[li]->comment_headers))
			return 1;
	return 0;
}

/* A line that only names someone: 2-5 capitalised words, optionally
 * "Par"/"By" before and "|" after. */
static int is_byline(const nkg_doc *d, size_t t0, size_t t1)
{
	size_t words = 0;
	size_t k = t0;
	if (k < t1 && (!strcmp(d->toks[k].fold, "par") || !strcmp(d->toks[k].fold, "by")))
		k++;
	for (; k < t1; k++) {
		const nkg_token *t = &d->toks[k];
		if (t->flags & NKG_TOK_PUNCT) {
			if (!strcmp(t->fold, "|") && k == t1 - 1)
				continue;
			return 0;
		}
		if (!(t->flags & NKG_TOK_CAP) || (t->flags & NKG_TOK_UPPER)) {
			int particle = 0;
			for (size_t li = 0; nkg_langs[li]; li++)
				if (nkg_lang_in(nkg_langs[li]->name_particles, t->fold))
					particle = 1;
			if (!particle)
				return 0;
			continue;
		}
		words++;
	}
	return words >= 2 && words <= 5;
}

/* A name alone on a line near the end is the author's signature only when
 * at most one real paragraph follows it (a bio); a name with more text after
 * it signs something quoted in the article (a memo). */
static void check_late_bylines(nkg_doc *d)
{
	for (size_t i = 0; i < d->n_sents; i++) {
		nkg_sentence *s = &d->sents[i];
		if (!(s->flags & NKG_SENT_BYLINE) || s->para < 6)
			continue;
		size_t real = 0;
		uint32_t last_para = s->para;
		for (size_t j = i + 1; j < d->n_sents; j++) {
			const nkg_sentence *t = &d->sents[j];
			if (t->flags & NKG_SENT_COMMENT)
				break;
			if (t->para == last_para || (t->flags & (NKG_SENT_NOISE | NKG_SENT_SHORT |
								 NKG_SENT_BYLINE)))
				continue;
			if (t->tok1 - t->tok0 >= 6) {
				real++;
				last_para = t->para;
			}
		}
		if (real > 1)
			s->flags &= ~(uint32_t)NKG_SENT_BYLINE;
	}
}

static void mark_paragraphs(nkg_doc *d)
{
	size_t n_para = d->n_sents ? d->sents[d->n_sents - 1].para + 1 : 0;
	size_t comment_from = n_para;
	size_t i = 0;

	for (size_t s = 0; s < d->n_sents; s++) {
		nkg_sentence *se = &d->sents[s];
		if (se->para < comment_from && is_comment_head(d, se->tok0, se->tok1))
			comment_from = se->para;
		/* "12 commentaires", "Comments", "Leave a reply" on a line of its
		 * own: what follows is readers'.  Only in the second half of the
		 * page, where comment sections are. */
		if (se->para < comment_from && se->tok1 - se->tok0 <= 5 &&
		    2 * se->para >= (d->sents[d->n_sents - 1].para) &&
		    comment_header(d, se->tok0, se->tok1))
			comment_from = se->para + 1;
	}
	while (i < d->n_sents) {
		size_t j = i, words = 0;
		uint32_t para = d->sents[i].para, flags = 0;
		while (j < d->n_sents && d->sents[j].para == para)
			j++;
		size_t t0 = d->sents[i].tok0, t1 = d->sents[j - 1].tok1;
		for (size_t k = t0; k < t1; k++)
			if (d->toks[k].flags & NKG_TOK_WORD)
				words++;
		const char *last = d->toks[t1 - 1].fold;
		if (para >= comment_from)
			flags |= NKG_SENT_COMMENT;
		/* "avatar NAME |": a user name, not a person's name. */
		if (is_comment_head(d, t0, t1))
			flags |= NKG_SENT_NOISE;
		else if (is_byline(d, t0, t1) &&
			 (para < 6 || para + 12 >= comment_from))
			flags |= NKG_SENT_BYLINE; /* checked again below */
		else if (para_starts_with_list(d, t0, t1) && words <= 12)
			flags |= NKG_SENT_NOISE;
		else if (words <= 4 && !is_final(last) && para > 0)
			flags |= NKG_SENT_SHORT;
		if (para == 0 && !(flags & NKG_SENT_BYLINE) && j - i == 1 && !is_final(last))
			flags |= NKG_SENT_TITLE;
		/* A paragraph in another language than the article (an English
		 * tweet quoted in French) is read with its own tables. */
		const nkg_lang *pl = words >= 6 ? nkg_segment_detect_lang(d, t0, t1) : NULL;
		for (size_t k = i; k < j; k++) {
			d->sents[k].flags |= flags;
			if (pl)
				d->sents[k].lang = pl;
		}
		i = j;
	}
}

int nkg_segment(const char *body, size_t len, const char *lang_hint,
		nkg_doc **out, nkg_error *err)
{
	nkg_doc *d = NULL;
	int rc = 0;

	*out = NULL;
	d = calloc(1, sizeof *d);
	if (!d)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	d->body = body;
	d->body_len = len;
	if ((rc = tokenize(d)) || (rc = split_sentences(d))) {
		nkg_error_set(err, rc, "out of memory while segmenting");
		goto done;
	}
	d->lang = nkg_lang_get(lang_hint);
	if (!d->lang)
		d->lang = nkg_segment_detect_lang(d, 0, d->n_toks);
	if (!d->lang)
		d->lang = nkg_langs[0];
	for (size_t s = 0; s < d->n_sents; s++)
		d->sents[s].lang = d->lang;
	mark_paragraphs(d);
	check_late_bylines(d);
	*out = d;
	d = NULL;
done:
	nkg_doc_free(d);
	return rc;
}

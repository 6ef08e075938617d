/* newskg — the language registry, and hashed indexes over its tables.
 *
 * The tables are written as plain arrays for people to read and extend;
 * the extractor looks words up in them for every token, so on first use
 * each list gets a hash index from first word to entries (built once, under
 * pthread_once, then read-only and shared by all threads). */
#include "newskg/lang.h"
#include "lang.h"

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern const nkg_lang nkg_lang_fr;
extern const nkg_lang nkg_lang_en;

const nkg_lang *const nkg_langs[] = { &nkg_lang_fr, &nkg_lang_en, NULL };

const nkg_lang *nkg_lang_get(const char *code)
{
	for (size_t i = 0; code && nkg_langs[i]; i++)
		if (strncmp(code, nkg_langs[i]->code, 2) == 0)
			return nkg_langs[i];
	return NULL;
}

/* ---- a small string-keyed multimap ------------------------------------ */

typedef struct bucket {
	char *key;            /* first word (or stem prefix); owned */
	size_t klen;          /* strlen(key) */
	uint64_t hash;        /* nkg_hash of key: most probes end on it */
	const void **items;   /* entries */
	size_t n, cap;
} bucket;

typedef struct index {
	const void *owner;    /* the list or table it indexes */
	bucket *b;
	size_t cap;           /* power of two */
} index_t;

/* Every token of every article is looked up here, some in several
 * tables: the length and hash kept with the key make a miss cheap. */
static bucket *idx_find_h(const index_t *x, const char *k, size_t kn, uint64_t h)
{
	if (!x->cap)
		return NULL;
	for (size_t j = h & (x->cap - 1);; j = (j + 1) & (x->cap - 1)) {
		bucket *b = &x->b[j];
		if (!b->key)
			return NULL;
		if (b->hash == h && b->klen == kn && !memcmp(b->key, k, kn))
			return b;
	}
}

static bucket *idx_find(const index_t *x, const char *k, size_t kn)
{
	return x->cap ? idx_find_h(x, k, kn, nkg_hash(NKG_HASH_INIT, k, kn)) : NULL;
}

/* Sized generously up front (load <= 1/4), so no rehash is needed. */
static int idx_add(index_t *x, const char *k, size_t kn, const void *item)
{
	uint64_t h = nkg_hash(NKG_HASH_INIT, k, kn);
	bucket *b = idx_find_h(x, k, kn, h);
	if (!b) {
		size_t j = h & (x->cap - 1);
		while (x->b[j].key)
			j = (j + 1) & (x->cap - 1);
		b = &x->b[j];
		if (!(b->key = malloc(kn + 1)))
			return -1;
		memcpy(b->key, k, kn);
		b->key[kn] = '\0';
		b->klen = kn;
		b->hash = h;
	}
	if (b->n == b->cap) {
		size_t nc = b->cap ? b->cap * 2 : 4;
		const void **ni = realloc(b->items, nc * sizeof *ni);
		if (!ni)
			return -1;
		b->items = ni;
		b->cap = nc;
	}
	b->items[b->n++] = item;
	return 0;
}

static int idx_init(index_t *x, const void *owner, size_t entries)
{
	size_t cap = 16;
	while (cap < entries * 4)
		cap *= 2;
	x->owner = owner;
	x->cap = cap;
	x->b = calloc(cap, sizeof *x->b);
	return x->b ? 0 : -1;
}

static size_t first_word_len(const char *w)
{
	const char *sp = strchr(w, ' ');
	return sp ? (size_t)(sp - w) : strlen(w);
}

/* Stems are indexed by their first STEM_KEY bytes; shorter stems by all. */
#define STEM_KEY 3

/* ---- the registry ----------------------------------------------------- */

#define LIST(f) offsetof(nkg_lang, f)
static const size_t list_fields[] = {
	LIST(stopwords),
	LIST(months),
	LIST(weekdays),
	LIST(last_words),
	LIST(part_of_day),
	LIST(year_before),
	LIST(last_year),
	LIST(this_year),
	LIST(last_month),
	LIST(this_month),
	LIST(next_month),
	LIST(unknown_dates),
	LIST(former),
	LIST(interim_before),
	LIST(interim_after),
	LIST(title_links),
	LIST(org_links),
	LIST(determiners),
	LIST(new_words),
	LIST(coord),
	LIST(clause_open),
	LIST(relative),
	LIST(as_words),
	LIST(be_aux),
	LIST(neg_before),
	LIST(neg_after),
	LIST(subj_pronouns),
	LIST(plural_pronouns),
	LIST(succeeds),
	LIST(succession_with),
	LIST(origin_words),
	LIST(where_words),
	LIST(board_words),
	LIST(feminine_pronouns),
	LIST(person_modifier_endings),
	LIST(saint_words),
	LIST(team_heads),
	LIST(credentials),
	LIST(name_suffixes),
	LIST(person_possessives),
	LIST(org_anaphors),
	LIST(elected_words),
	LIST(contracted_articles),
	LIST(definite_articles),
	LIST(modifier_endings),
	LIST(institution_heads),
	LIST(portfolio_titles),
	LIST(page_chrome),
	LIST(page_bylines),
	LIST(perfect_aux),
	LIST(then_words),
	LIST(next_year),
	LIST(object_relatives),
	LIST(range_open),
	LIST(generic_org_tails),
	LIST(title_open),
	LIST(since_words),
	LIST(function_words),
	LIST(years_ago_before),
	LIST(source_words),
	LIST(club_words),
	LIST(name_like_titles),
	LIST(plural_anaphors),
	LIST(helm_words),
	LIST(municipality_heads),
	LIST(alumni_words),
	LIST(emphatics),
	LIST(possessive_marks),
	LIST(years_ago_after),
	LIST(nationality_nouns),
	LIST(person_nouns),
	LIST(co_prefixes),
	LIST(reference_words),
	LIST(proposers),
	LIST(held_by),
	LIST(study_words),
	LIST(noun_acronyms),
	LIST(competitions),
	LIST(leave_for),
	LIST(campus_links),
	LIST(whose_words),
	LIST(goes_to),
	LIST(demonstratives),
	LIST(subordinators),
	LIST(remit_word_links),
	LIST(place_adjectives),
	LIST(title_close),
	LIST(range_mid),
	LIST(successor_nouns),
	LIST(hands_over),
	LIST(indefinites),
	LIST(active_endings),
	LIST(future_words),
	LIST(promoted_to),
	LIST(future_endings),
	LIST(concessive),
	LIST(conditional_endings),
	LIST(reporting_verbs),
	LIST(governing_bodies),
	LIST(org_cue_before),
	LIST(person_cue_before),
	LIST(org_suffixes),
	LIST(org_prefixes),
	LIST(name_particles),
	LIST(noise_lines),
	LIST(comment_markers),
	LIST(possessive_before),
	LIST(head_verbs),
	LIST(by_words),
	LIST(copulas),
	LIST(demonyms),
	LIST(inclusion),
	LIST(apposition_adverbs),
	LIST(compass_regions),
	LIST(remit_links),
	LIST(remit_phrases),
	LIST(inverted_copulas),
	LIST(novelty_words),
	LIST(org_possessives),
	LIST(org_clitics),
	LIST(genitive_relatives),
	LIST(joint_words),
	LIST(comitative_words),
	LIST(acronym_links),
	LIST(career_starts),
	LIST(place_preps),
	LIST(no_longer),
	LIST(fronted_clauses),
	LIST(leave_objects),
	LIST(announce_verbs),
	LIST(demonym_endings),
	LIST(sport_words),
	LIST(venue_words),
	LIST(country_preps),
	LIST(opponent_words),
	LIST(pluperfect_aux),
	LIST(idioms),
	LIST(division_words),
	LIST(coming_year)
};
#undef LIST
#define N_FIELDS (sizeof list_fields / sizeof list_fields[0])

enum { KIND_LIST, KIND_TITLES, KIND_TRIG_EXACT, KIND_TRIG_STEM, KIND_CUE_EXACT, KIND_CUE_STEM };

typedef struct entry_index {
	int kind;
	const void *owner;
	index_t idx;
} entry_index;

static void index_owners(void);
static entry_index *registry;
static size_t n_registry;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int registry_ok;

static entry_index *reg_new(int kind, const void *owner, size_t entries)
{
	entry_index *r = &registry[n_registry];
	r->kind = kind;
	r->owner = owner;
	if (idx_init(&r->idx, owner, entries))
		return NULL;
	n_registry++;
	return r;
}

static void build(void)
{
	size_t n_langs = 0;
	while (nkg_langs[n_langs])
		n_langs++;
	registry = calloc(n_langs * (N_FIELDS + 5), sizeof *registry);
	if (!registry)
		return;
	for (size_t li = 0; li < n_langs; li++) {
		const nkg_lang *l = nkg_langs[li];
		for (size_t f = 0; f < N_FIELDS; f++) {
			const char *const *list = *(const char *const *const *)((const char *)l + list_fields[f]);
			size_t n = 0;
			entry_index *r;
			if (!list)
				continue;
			while (list[n])
				n++;
			if (!(r = reg_new(KIND_LIST, list, n)))
				return;
			for (size_t i = 0; i < n; i++)
				if (idx_add(&r->idx, list[i], first_word_len(list[i]), list[i]))
					return;
		}
		{
			size_t n = 0;
			entry_index *r;
			while (l->titles[n].words)
				n++;
			if (!(r = reg_new(KIND_TITLES, l->titles, n)))
				return;
			for (size_t i = 0; i < n; i++)
				if (idx_add(&r->idx, l->titles[i].words, first_word_len(l->titles[i].words),
					    &l->titles[i]))
					return;
		}
		{
			size_t n = 0;
			entry_index *ex, *st;
			while (l->triggers[n].stem)
				n++;
			if (!(ex = reg_new(KIND_TRIG_EXACT, l->triggers, n)) ||
			    !(st = reg_new(KIND_TRIG_STEM, l->triggers, n)))
				return;
			for (size_t i = 0; i < n; i++) {
				const char *w = l->triggers[i].stem;
				if (l->triggers[i].exact ? idx_add(&ex->idx, w, first_word_len(w), &l->triggers[i])
							 : idx_add(&st->idx, w, strlen(w) < STEM_KEY ? strlen(w) : STEM_KEY,
								   &l->triggers[i]))
					return;
			}
		}
		{
			size_t n = 0;
			entry_index *ex, *st;
			while (l->cues[n].word)
				n++;
			if (!(ex = reg_new(KIND_CUE_EXACT, l->cues, n)) ||
			    !(st = reg_new(KIND_CUE_STEM, l->cues, n)))
				return;
			for (size_t i = 0; i < n; i++) {
				const char *w = l->cues[i].word;
				if (!l->cues[i].prefix ? idx_add(&ex->idx, w, first_word_len(w), &l->cues[i])
						       : idx_add(&st->idx, w, strlen(w) < STEM_KEY ? strlen(w) : STEM_KEY,
								 &l->cues[i]))
					return;
			}
		}
	}
	registry_ok = 1;
	index_owners();
}

/* (owner, kind) -> registry entry: open addressing over a power-of-two
 * table, filled once by build(). */
static const entry_index **by_owner;
static size_t by_owner_cap;

static size_t owner_slot(const void *owner, int kind)
{
	uintptr_t h = (uintptr_t)owner * 0x9E3779B97F4A7C15ULL + (uintptr_t)kind;
	return (size_t)(h >> 17) & (by_owner_cap - 1);
}

static void index_owners(void)
{
	by_owner_cap = 64;
	while (by_owner_cap < n_registry * 4)
		by_owner_cap *= 2;
	by_owner = calloc(by_owner_cap, sizeof *by_owner);
	if (!by_owner) {
		registry_ok = 0;
		return;
	}
	for (size_t i = 0; i < n_registry; i++) {
		size_t j = owner_slot(registry[i].owner, registry[i].kind);
		while (by_owner[j])
			j = (j + 1) & (by_owner_cap - 1);
		by_owner[j] = &registry[i];
	}
}

static const entry_index *reg_get(int kind, const void *owner)
{
	pthread_once(&once, build);
	if (!registry_ok)
		return NULL;
	for (size_t j = owner_slot(owner, kind);; j = (j + 1) & (by_owner_cap - 1)) {
		const entry_index *r = by_owner[j];
		if (!r)
			return NULL;
		if (r->owner == owner && r->kind == kind)
			return r;
	}
}

/* ---- lookups ---------------------------------------------------------- */

int nkg_lang_in(const char *const *list, const char *folded)
{
	const entry_index *r = list ? reg_get(KIND_LIST, list) : NULL;
	if (r) {
		const bucket *b = idx_find(&r->idx, folded, strlen(folded));
		for (size_t i = 0; b && i < b->n; i++)
			if (!strcmp((const char *)b->items[i], folded))
				return 1;
		return 0;
	}
	for (size_t i = 0; list && list[i]; i++)
		if (strcmp(list[i], folded) == 0)
			return 1;
	return 0;
}

int nkg_lang_ends_in(const char *const *list, const char *folded, size_t min_stem)
{
	size_t fl = strlen(folded);
	for (size_t i = 0; list && list[i]; i++) {
		size_t el = strlen(list[i]);
		if (fl >= el + min_stem && !strcmp(folded + fl - el, list[i]))
			return 1;
	}
	return 0;
}

const char *const *nkg_lang_list_candidates(const char *const *list,
					    const char *first, size_t *n)
{
	static const char *const none[1] = { NULL };
	const entry_index *r = list ? reg_get(KIND_LIST, list) : NULL;
	const bucket *b = r ? idx_find(&r->idx, first, strlen(first)) : NULL;
	*n = b ? b->n : 0;
	/* NULL only for a list that is not registered: the caller scans it. */
	return b ? (const char *const *)b->items : r ? none : NULL;
}

const nkg_title_entry *const *nkg_lang_title_candidates(const nkg_lang *l,
							const char *first,
							size_t *n)
{
	const entry_index *r = reg_get(KIND_TITLES, l->titles);
	const bucket *b = r ? idx_find(&r->idx, first, strlen(first)) : NULL;
	*n = b ? b->n : 0;
	return b ? (const nkg_title_entry *const *)b->items : NULL;
}

/* Exact entries and stems, gathered in a per-thread buffer. */
static _Thread_local const void *cand[256];

static size_t gather(int kex, int kst, const void *owner, const char *tok)
{
	const entry_index *ex = reg_get(kex, owner), *st = reg_get(kst, owner);
	size_t n = 0, tl = strlen(tok);
	const bucket *b;
	if (ex && (b = idx_find(&ex->idx, tok, tl)))
		for (size_t i = 0; i < b->n && n < 256; i++)
			cand[n++] = b->items[i];
	/* FNV-1a is incremental: each longer prefix's hash from the last. */
	uint64_t h = NKG_HASH_INIT;
	for (size_t k = 1; st && st->idx.cap && k <= STEM_KEY && k <= tl; k++) {
		h = nkg_hash(h, tok + k - 1, 1);
		if ((b = idx_find_h(&st->idx, tok, k, h)))
			for (size_t i = 0; i < b->n && n < 256; i++)
				cand[n++] = b->items[i];
	}
	return n;
}

const nkg_trigger_entry *const *nkg_lang_trigger_candidates(const nkg_lang *l,
							    const char *tok,
							    size_t *n)
{
	*n = gather(KIND_TRIG_EXACT, KIND_TRIG_STEM, l->triggers, tok);
	return (const nkg_trigger_entry *const *)cand;
}

const nkg_cue_entry *const *nkg_lang_cue_candidates(const nkg_lang *l,
						    const char *tok, size_t *n)
{
	*n = gather(KIND_CUE_EXACT, KIND_CUE_STEM, l->cues, tok);
	return (const nkg_cue_entry *const *)cand;
}

/* The one-word trigger test of nkg_lang_trigger_word and
 * nkg_lang_trigger_word_kind: class cls and kind kind when >= 0. */
static int trigger_word(const nkg_lang *l, const char *f, int cls, int kind, int moves_only)
{
	size_t n = 0;
	const nkg_trigger_entry *const *tc = nkg_lang_trigger_candidates(l, f, &n);
	for (size_t i = 0; i < n; i++) {
		const nkg_trigger_entry *te = tc[i];
		if ((cls >= 0 && (int)te->cls != cls) || (kind >= 0 && (int)te->kind != kind) ||
		    (moves_only && te->kind == NKG_EV_FOUNDED))
			continue;
		if (te->exact ? !strcmp(f, te->stem) : !strncmp(f, te->stem, strlen(te->stem)))
			return 1;
	}
	return 0;
}

int nkg_lang_trigger_word(const nkg_lang *l, const char *f, int cls, int moves_only)
{
	return trigger_word(l, f, cls, -1, moves_only);
}

int nkg_lang_trigger_word_kind(const nkg_lang *l, const char *f, nkg_evkind kind)
{
	return trigger_word(l, f, -1, (int)kind, 0);
}

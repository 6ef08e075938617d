/* Unit tests of the language tables (src/lang_fr.c, src/lang_en.c) and
 * their registry (src/lang.c): every entry written already folded (an
 * entry that is not never matches a folded token), every role a key of
 * the shared roles.tsv, pair tables of even length, and the look-ups. */
#include "../../src/lang.h"
#include "nkg_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The role keys of ../shared/eval/roles.tsv (the facts format's). */
static const char *const role_keys[] = {
	"ceo", "interim_ceo", "chair", "president", "vice_president", "board_member",
	"founder", "chief_scientist", "cto", "cfo", "coo", "executive", "head",
	"employee", "journalist", "official", NULL
};

static int is_role_key(const char *r)
{
	for (size_t i = 0; r && role_keys[i]; i++)
		if (!strcmp(r, role_keys[i]))
			return 1;
	return 0;
}

/* Whether s reads the same folded (no capitals, no accents). */
static int folded(const char *s)
{
	char *f = nkg_fold(s);
	int same = f && !strcmp(f, s);
	if (!same)
		fprintf(stderr, "not folded: \"%s\" (\"%s\")\n", s, f ? f : "?");
	free(f);
	return same;
}

static size_t count(const char *const *list)
{
	size_t n = 0;
	while (list && list[n])
		n++;
	return n;
}

static void test_tables(const nkg_lang *l)
{
	size_t bad = 0, n = 0;
	for (const nkg_title_entry *t = l->titles; t && t->words; t++, n++) {
		bad += !folded(t->words);
		if (!is_role_key(t->role)) {
			fprintf(stderr, "%s: title \"%s\": role \"%s\" is no key\n", l->code, t->words,
				t->role ? t->role : "(null)");
			bad++;
		}
	}
	CHECK(n > 50);
	CHECK(bad == 0);
	bad = n = 0;
	for (const nkg_trigger_entry *t = l->triggers; t && t->stem; t++, n++)
		bad += !folded(t->stem) || (int)t->kind < 0 || t->kind >= NKG_EV__COUNT;
	CHECK(n > 20);
	CHECK(bad == 0);
	bad = n = 0;
	for (const nkg_cue_entry *q = l->cues; q && q->word; q++, n++)
		bad += !folded(q->word) || (int)q->mod < 0 || q->mod >= NKG_MOD__COUNT;
	CHECK(n > 5);
	CHECK(bad == 0);
	bad = 0;
	for (const nkg_role_verb_entry *v = l->role_verbs; v && v->word; v++)
		bad += !folded(v->word) || !is_role_key(v->role);
	CHECK(bad == 0);
	/* (pair tables: a phrase and what it says) */
	CHECK(count(l->title_seconds) % 2 == 0);
	CHECK(count(l->given_name_variants) % 2 == 0);
	CHECK(count(l->latest_anaphors) % 2 == 0);
	for (size_t i = 0; l->title_seconds && l->title_seconds[i]; i += 2)
		CHECK(is_role_key(l->title_seconds[i + 1]));
	/* (lists the stages read as words: folded too) */
	const char *const *lists[] = { l->stopwords, l->months, l->former, l->new_words,
				       l->goes_to, l->leave_for, l->whose_words, l->demonstratives,
				       l->place_adjectives, l->campus_links, l->remit_word_links };
	bad = 0;
	for (size_t i = 0; i < sizeof lists / sizeof *lists; i++)
		for (size_t j = 0; lists[i] && lists[i][j]; j++)
			bad += !folded(lists[i][j]);
	CHECK(bad == 0);
}

static void test_registry(void)
{
	const nkg_lang *fr = nkg_lang_get("fr"), *en = nkg_lang_get("en");
	CHECK(fr != NULL && en != NULL && fr != en);
	CHECK(nkg_lang_get("xx") == NULL);
	CHECK(fr && !strcmp(fr->code, "fr"));
	CHECK(nkg_langs[0] != NULL);
	/* (look-ups on folded words) */
	CHECK(en && nkg_lang_in(en->stopwords, "the"));
	CHECK(en && !nkg_lang_in(en->stopwords, "The"));
	CHECK(fr && nkg_lang_in(fr->determiners, "la"));
	CHECK(fr && nkg_lang_trigger_word(fr, "nomme", -1, 1));
	size_t n = 0;
	CHECK(fr && nkg_lang_title_candidates(fr, "directeur", &n) != NULL && n > 0);
}

int main(void)
{
	test_registry();
	for (size_t i = 0; nkg_langs[i]; i++)
		test_tables(nkg_langs[i]);
	printf("test_lang: %d passed, %d failed\n", nkg_t_pass, nkg_t_fail);
	return nkg_t_fail != 0;
}

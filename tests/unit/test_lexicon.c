/* Unit tests of the lexicon (lexicon.c) and of what the gazetteer keeps
 * with it: a word list's lower-case words, first names' genders from
 * their list's sections, wordlists.tsv. */
#include "newskg/gazetteer.h"
#include "newskg/lexicon.h"
#include "nkg_test.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[] = "/tmp/nkg-lexicon-XXXXXX";

static void write_file(const char *name, const char *text)
{
	char p[256];
	snprintf(p, sizeof p, "%s/%s", dir, name);
	FILE *f = fopen(p, "w");
	CHECK(f != NULL);
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static void test_lexicon(void)
{
	nkg_lexicon *lx = NULL;
	nkg_error e;
	char p[256];

	nkg_lexicon_free(NULL);
	CHECK(nkg_lexicon_has(NULL, "x") == 0);
	CHECK(nkg_lexicon_new(&lx, &e) == 0);
	CHECK(nkg_lexicon_has(lx, "step") == 0); /* empty */
	/* lower-case entries only; "'s" forms skipped; accents folded */
	write_file("words", "Abbot\nabbot\nabbot's\nstep\nstruggling\nÉcole\naffaires\nréseau\r\n");
	snprintf(p, sizeof p, "%s/words", dir);
	CHECK(nkg_lexicon_load(lx, p, &e) == 0);
	CHECK(nkg_lexicon_has(lx, "step"));
	CHECK(nkg_lexicon_has(lx, "struggling"));
	CHECK(nkg_lexicon_has(lx, "abbot"));
	CHECK(!nkg_lexicon_has(lx, "abbot's"));
	CHECK(!nkg_lexicon_has(lx, "ecole"));  /* capitalised: a name */
	CHECK(nkg_lexicon_has(lx, "reseau"));  /* folded, CRLF stripped */
	CHECK(!nkg_lexicon_has(lx, "slipkovich"));
	CHECK(nkg_lexicon_size(lx) == 5);
	/* many words: the table grows and keeps them all */
	char w[32];
	int all = 1;
	for (int i = 0; i < 100000; i++) {
		snprintf(w, sizeof w, "w%d", i);
		all &= nkg_lexicon_add(lx, w, strlen(w)) == 0;
	}
	for (int i = 0; i < 100000; i += 7) {
		snprintf(w, sizeof w, "w%d", i);
		all &= nkg_lexicon_has(lx, w);
	}
	CHECK(all);
	CHECK(nkg_lexicon_size(lx) == 100005);
	/* errors name the file and place */
	write_file("bad", "ok\nbad\xff word\n");
	snprintf(p, sizeof p, "%s/bad", dir);
	CHECK(nkg_lexicon_load(lx, p, &e) == NKG_EINPUT);
	CHECK(strstr(e.msg, "/bad:2:4: invalid UTF-8") != NULL);
	snprintf(p, sizeof p, "%s/none", dir);
	CHECK(nkg_lexicon_load(lx, p, &e) == NKG_EIO);
	CHECK(strstr(e.msg, "none") != NULL);
	nkg_lexicon_free(lx);
}

static void test_gazetteer_words_and_genders(void)
{
	nkg_gazetteer *g = NULL;
	nkg_error e;

	CHECK(nkg_gazetteer_new(&g, &e) == 0);
	write_file("gazetteer.tsv", "Acme\torg\n");
	write_file("firstnames.txt",
		   "# a comment\n#\n# French — masculine\nJean\nCamille\n#\n"
		   "# French — feminine\nMarie\n# (given to both)\nCamille\n"
		   "# Other\nAlex\n");
	/* a list that is not installed is skipped */
	write_file("wordlists.tsv", "# lang<TAB>path\nfr\twords\nen\t/nonexistent/dict\n");
	CHECK(nkg_gazetteer_load_dir(g, dir, &e) == 0);
	CHECK(nkg_gazetteer_firstname_gender(g, "jean") == 'm');
	CHECK(nkg_gazetteer_firstname_gender(g, "marie") == 'f');
	CHECK(nkg_gazetteer_firstname_gender(g, "camille") == 0); /* both */
	CHECK(nkg_gazetteer_firstname_gender(g, "alex") == 0);    /* none said */
	CHECK(nkg_gazetteer_firstname_gender(g, "nobody") == 0);
	CHECK(nkg_gazetteer_firstname_gender(NULL, "jean") == 0);
	CHECK(nkg_gazetteer_is_word(g, "fr", "step"));
	CHECK(!nkg_gazetteer_is_word(g, "en", "step"));
	CHECK(!nkg_gazetteer_is_word(g, "de", "step"));
	CHECK(!nkg_gazetteer_is_word(NULL, "fr", "step"));
	nkg_gazetteer_free(g);

	/* a malformed line is an error naming the file and line */
	CHECK(nkg_gazetteer_new(&g, &e) == 0);
	write_file("wordlists.tsv", "fr words\n");
	CHECK(nkg_gazetteer_load_dir(g, dir, &e) == NKG_EINPUT);
	CHECK(strstr(e.msg, "wordlists.tsv:1: expected LANG<TAB>PATH") != NULL);
	nkg_gazetteer_free(g);
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 2;
	}
	test_lexicon();
	test_gazetteer_words_and_genders();
	const char *const names[] = { "words", "bad", "gazetteer.tsv", "firstnames.txt",
				      "wordlists.tsv", NULL };
	for (size_t i = 0; names[i]; i++) {
		char p[256];
		snprintf(p, sizeof p, "%s/%s", dir, names[i]);
		unlink(p);
	}
	rmdir(dir);
	return TEST_DONE();
}

/* Unit tests of the lexicon (lexicon.c) and of what the gazetteer keeps
 * with it: a word list's lower-case words, first names' genders from
 * their list's sections, wordlists.tsv; the word lists' index: the same
 * answers as the lists, and every index that is cut, damaged or stale
 * refused (the lists are then read as text). */
#include "newskg/gazetteer.h"
#include "newskg/lexicon.h"

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define NKG_TEST_FILES
#include "nkg_test.h"

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
		   "# Other\nAlex\n# Given names that are also ordinary words\nDale\n"
		   "# Back to plain names\nBruno\n");
	/* a list that is not installed is skipped */
	write_file("wordlists.tsv", "# lang<TAB>path\nfr\twords\nen\t/nonexistent/dict\n");
	CHECK(nkg_gazetteer_load_dir(g, dir, &e) == 0);
	CHECK(nkg_gazetteer_firstname_gender(g, "jean") == 'm');
	CHECK(nkg_gazetteer_firstname_gender(g, "marie") == 'f');
	CHECK(nkg_gazetteer_firstname_gender(g, "camille") == 0); /* both */
	CHECK(nkg_gazetteer_firstname_gender(g, "alex") == 0);    /* none said */
	CHECK(nkg_gazetteer_firstname_gender(g, "nobody") == 0);
	CHECK(nkg_gazetteer_firstname_gender(NULL, "jean") == 0);
	/* the "ordinary words" section: word-names, no first names */
	CHECK(nkg_gazetteer_is_word_firstname(g, "dale"));
	CHECK(!nkg_gazetteer_is_firstname(g, "dale"));
	CHECK(!nkg_gazetteer_is_word_firstname(g, "jean"));
	CHECK(nkg_gazetteer_is_firstname(g, "bruno")); /* the section ended */
	CHECK(!nkg_gazetteer_is_word_firstname(g, "bruno"));
	CHECK(!nkg_gazetteer_is_word_firstname(NULL, "dale"));
	/* a compound of listed first names is one; a part not listed,
	 * an empty part or an ordinary word's part makes it none */
	CHECK(nkg_gazetteer_is_firstname(g, "jean-marie"));
	CHECK(nkg_gazetteer_is_firstname(g, "marie-camille-bruno"));
	CHECK(!nkg_gazetteer_is_firstname(g, "jean-corse"));
	CHECK(!nkg_gazetteer_is_firstname(g, "jean--marie"));
	CHECK(!nkg_gazetteer_is_firstname(g, "jean-dale"));
	CHECK(!nkg_gazetteer_is_firstname(g, "-jean"));
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

/* ---- the word lists' index ---- */

/* The index's layout, version 1 (src/lexicon.c), so that the tests can
 * damage one field at a time and seal the head again: a change of the
 * format must change these tests too. */
struct t_head {
	char magic[8];
	uint32_t version, byte_order;
	uint64_t fold_check, file_size, n_lists, head_hash;
};
struct t_list {
	uint64_t path_off, path_len, src_size;
	int64_t src_mtime_sec, src_mtime_nsec;
	uint64_t n_words, slot_off, n_slots, arena_off, arena_len;
};
struct t_slot {
	uint32_t off, h;
};

/* dir/name, in one of a few buffers: valid for the next three calls */
static char *path_of(const char *name)
{
	static char p[4][256];
	static int k;
	k = (k + 1) % 4;
	snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
	return p[k];
}

static char *read_all(const char *path, size_t *n)
{
	FILE *f = fopen(path, "rb");
	char *b = NULL;
	long len;
	*n = 0;
	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (len = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (b = malloc((size_t)len + 1)) && fread(b, 1, (size_t)len, f) == (size_t)len)
		*n = (size_t)len;
	fclose(f);
	return b;
}

static void write_bytes(const char *path, const char *b, size_t n)
{
	FILE *f = fopen(path, "wb");
	CHECK(f != NULL);
	if (f) {
		CHECK(fwrite(b, 1, n, f) == n);
		fclose(f);
	}
}

/* Seals the head (n bytes at b) again after a field was changed, as the
 * writer does.  Fields out of range are left to the bounds checks, which
 * come before the checksum's. */
static void seal(char *b, size_t n)
{
	struct t_head *h = (struct t_head *)b;
	const struct t_list *r = (const struct t_list *)(b + sizeof *h);
	if (h->n_lists > (n - sizeof *h) / sizeof *r)
		return;
	uint64_t paths_off = sizeof *h + h->n_lists * sizeof *r, paths_end = paths_off;
	for (size_t i = 0; i < h->n_lists; i++)
		if (r[i].path_off <= n && r[i].path_len <= n - r[i].path_off &&
		    r[i].path_off + r[i].path_len > paths_end)
			paths_end = r[i].path_off + r[i].path_len;
	h->head_hash = 0;
	uint64_t x = nkg_hash(NKG_HASH_INIT, h, sizeof *h);
	x = nkg_hash(x, r, h->n_lists * sizeof *r);
	h->head_hash = nkg_hash(x, b + paths_off, paths_end - paths_off);
}

/* Maps index path for list into a new lexicon; returns its code and
 * checks that a refusal leaves the lexicon empty. */
static int map_code(const char *idx, const char *list, nkg_error *e)
{
	nkg_lexicon *lx = NULL;
	int rc;
	CHECK(nkg_lexicon_new(&lx, e) == 0);
	rc = nkg_lexicon_map_index(lx, idx, list, e);
	if (rc) {
		CHECK(nkg_lexicon_size(lx) == 0);
		CHECK(!nkg_lexicon_has(lx, "step"));
	}
	nkg_lexicon_free(lx);
	return rc;
}

/* Whether lexicons a and b answer alike for word, word + "s", word +
 * "zq" and word's first half: words and non-words of the list. */
static int same_answers(const nkg_lexicon *a, const nkg_lexicon *b, const char *word)
{
	char w[256];
	size_t n = strlen(word);
	if (n + 3 > sizeof w)
		return 1;
	memcpy(w, word, n + 1);
	int same = nkg_lexicon_has(a, w) == nkg_lexicon_has(b, w);
	strcpy(w + n, "s");
	same &= nkg_lexicon_has(a, w) == nkg_lexicon_has(b, w);
	strcpy(w + n, "zq");
	same &= nkg_lexicon_has(a, w) == nkg_lexicon_has(b, w);
	w[n / 2] = '\0';
	same &= nkg_lexicon_has(a, w) == nkg_lexicon_has(b, w);
	return same;
}

/* Every line of the list at path (and the non-words made from it), one
 * in every `every`, answers alike from the text and from the index. */
static void check_round_trip(const char *list, const char *idx, size_t every)
{
	nkg_lexicon *text = NULL, *mapped = NULL;
	nkg_error e;
	size_t n, lines = 0, words = 0;
	int same = 1;
	char *b = read_all(list, &n);

	CHECK(b != NULL);
	CHECK(nkg_lexicon_new(&text, &e) == 0);
	CHECK(nkg_lexicon_load(text, list, &e) == 0);
	CHECK(nkg_lexicon_new(&mapped, &e) == 0);
	CHECK(nkg_lexicon_map_index(mapped, idx, list, &e) == 0);
	CHECK(nkg_lexicon_size(mapped) == nkg_lexicon_size(text));
	for (char *l = b, *end; b && l < b + n; l = end + 1) {
		if (!(end = memchr(l, '\n', (size_t)(b + n - l))))
			end = b + n;
		*end = '\0';
		if (lines++ % every)
			continue;
		char *f = nkg_fold(l);
		if (f) {
			size_t fl = strlen(f);
			if (fl && f[fl - 1] == '\r')
				f[fl - 1] = '\0';
			words += nkg_lexicon_has(text, f);
			same &= same_answers(text, mapped, f);
		}
		free(f);
	}
	CHECK(same);
	CHECK(words > 0);
	nkg_lexicon_free(text);
	nkg_lexicon_free(mapped);
	free(b);
}

static void test_index(void)
{
	nkg_lexicon *lx = NULL;
	nkg_error e;
	nkg_buf list = {0};
	char *b, *b2;
	size_t n, n2;

	/* a list of the kinds of lines real lists have: capitals, "'s",
	 * accents, CRLF, a duplicate once folded */
	nkg_buf_puts(&list, "Abbot\nabbot\nabbot's\nstep\nstruggling\nÉcole\naffaires\nréseau\r\n"
		     "reseau\nœuvre\nnaïve\n");
	for (int i = 0; i < 5000; i++)
		nkg_buf_printf(&list, "%sword%d\n", i % 3 ? "" : "é", i);
	write_file("list-a", list.data);
	write_file("list-b", "step\ndown\n");
	char pa[256], pb[256];
	snprintf(pa, sizeof pa, "%s", path_of("list-a"));
	snprintf(pb, sizeof pb, "%s", path_of("list-b"));
	const char *two[] = { pa, pb };

	/* round trip: the index answers as the text list does */
	CHECK(nkg_lexicon_write_index(path_of("two.idx"), two, 2, &e) == 0);
	check_round_trip(path_of("list-a"), path_of("two.idx"), 1);
	check_round_trip(path_of("list-b"), path_of("two.idx"), 1);
	CHECK(nkg_lexicon_new(&lx, &e) == 0);
	CHECK(nkg_lexicon_map_index(lx, path_of("two.idx"), path_of("list-b"), &e) == 0);
	CHECK(nkg_lexicon_has(lx, "down"));
	CHECK(!nkg_lexicon_has(lx, "abbot"));
	CHECK(nkg_lexicon_map_index(lx, path_of("two.idx"), path_of("list-a"), &e) == 0);
	CHECK(nkg_lexicon_has(lx, "abbot") && nkg_lexicon_has(lx, "oeuvre") &&
	      nkg_lexicon_has(lx, "naive") && nkg_lexicon_has(lx, "eword3"));
	CHECK(!nkg_lexicon_has(lx, "ecole") && !nkg_lexicon_has(lx, "abbot's"));
	/* words added beside mapped tables: one answer for both */
	CHECK(nkg_lexicon_add(lx, "down", 4) == 0);
	CHECK(nkg_lexicon_add(lx, "slipkovich", 10) == 0);
	CHECK(nkg_lexicon_has(lx, "slipkovich") && nkg_lexicon_has(lx, "down"));
	CHECK(nkg_lexicon_size(lx) == 5007 + 2 + 1);
	nkg_lexicon_free(lx);
	lx = NULL;

	/* deterministic: the same lists, the same bytes */
	CHECK(nkg_lexicon_write_index(path_of("again.idx"), two, 2, &e) == 0);
	b = read_all(path_of("two.idx"), &n);
	b2 = read_all(path_of("again.idx"), &n2);
	CHECK(b && b2 && n == n2 && !memcmp(b, b2, n));
	free(b2);

	/* a list the index does not hold, or no index at all */
	CHECK(map_code(path_of("two.idx"), path_of("words"), &e) == NKG_ENOTFOUND);
	CHECK(strstr(e.msg, "no table for") != NULL);
	CHECK(map_code(path_of("none.idx"), path_of("list-a"), &e) == NKG_ENOTFOUND);

	/* truncated: at each part of the file, and empty */
	size_t cuts[] = { 0, 7, sizeof(struct t_head) - 1, sizeof(struct t_head) + 5, n / 2, n - 1 };
	int all = 1;
	for (size_t i = 0; b && i < sizeof cuts / sizeof cuts[0]; i++) {
		write_bytes(path_of("cut.idx"), b, cuts[i]);
		all &= map_code(path_of("cut.idx"), path_of("list-a"), &e) == NKG_EINPUT;
	}
	CHECK(all);

	/* bad magic; another version; a damaged head (not sealed again) */
	struct t_head *h = (struct t_head *)b;
	struct t_list *r = (struct t_list *)(b + sizeof *h);
	b[0] ^= 1;
	write_bytes(path_of("bad.idx"), b, n);
	CHECK(map_code(path_of("bad.idx"), path_of("list-a"), &e) == NKG_EINPUT);
	CHECK(strstr(e.msg, "not a word-list index") != NULL);
	b[0] ^= 1;
	h->version++;
	seal(b, n);
	write_bytes(path_of("bad.idx"), b, n);
	CHECK(map_code(path_of("bad.idx"), path_of("list-a"), &e) == NKG_EINPUT);
	CHECK(strstr(e.msg, "another version") != NULL);
	h->version--;
	seal(b, n);
	r[0].n_words ^= 4;
	write_bytes(path_of("bad.idx"), b, n);
	CHECK(map_code(path_of("bad.idx"), path_of("list-a"), &e) == NKG_EINPUT);
	CHECK(strstr(e.msg, "checksum") != NULL);
	r[0].n_words ^= 4;

	/* offsets out of range in the head, sealed so that only the bounds
	 * can refuse them */
	struct { uint64_t *field, value; const char *why; } bad[] = {
		{ &r[1].arena_off, n, "damaged (the table" },   /* arena past the end */
		{ &r[1].arena_len, n, "damaged (the table" },   /* runs past it */
		{ &r[1].arena_off, UINT64_MAX - 2, "damaged (the table" }, /* wraps */
		{ &r[1].slot_off, n - 8, "damaged (the table" },  /* slots past the end */
		{ &r[1].slot_off, r[1].slot_off + 4, "damaged (the table" }, /* misaligned */
		{ &r[1].n_slots, r[1].n_slots + 1, "damaged (the table" }, /* no power of two */
		{ &r[1].n_slots, (uint64_t)1 << 62, "damaged (the table" }, /* overflows */
		{ &r[1].n_words, r[1].n_slots, "damaged (the table" }, /* no empty slot */
		{ &r[1].path_off, n, "damaged (a path" },        /* path past the end */
		{ &r[1].path_len, UINT64_MAX, "damaged (a path" },
		{ &h->n_lists, UINT64_MAX / 64, "damaged (list count)" },
		{ &h->file_size, n + 8, "cut short or damaged" },
	};
	all = 1;
	for (size_t i = 0; b && i < sizeof bad / sizeof bad[0]; i++) {
		uint64_t keep = *bad[i].field;
		*bad[i].field = bad[i].value;
		seal(b, n);
		write_bytes(path_of("bad.idx"), b, n);
		int rc = map_code(path_of("bad.idx"), path_of("list-b"), &e);
		if (rc != NKG_EINPUT || !strstr(e.msg, bad[i].why)) {
			fprintf(stderr, "damaged head %zu: %d %s\n", i, rc, e.msg);
			all = 0;
		}
		*bad[i].field = keep;
	}
	seal(b, n);
	CHECK(all);

	/* slots are read in place, never checked at load: offsets out of the
	 * arena or running past its end never match and never read outside
	 * it, and a table with no empty slot still ends its probes */
	struct t_slot *sl = (struct t_slot *)(b + r[1].slot_off);
	uint64_t hs = nkg_hash(NKG_HASH_INIT, "step", 4), mask = r[1].n_slots - 1;
	uint32_t offs[] = { UINT32_MAX, (uint32_t)r[1].arena_len + 1, (uint32_t)r[1].arena_len,
			    (uint32_t)r[1].arena_len - 1 };
	for (size_t i = 0; i < sizeof offs / sizeof offs[0]; i++) {
		for (uint64_t j = 0; j <= mask; j++) {  /* "step" everywhere */
			sl[j].off = offs[i];
			sl[j].h = (uint32_t)hs;
		}
		write_bytes(path_of("bad.idx"), b, n);
		CHECK(nkg_lexicon_new(&lx, &e) == 0);
		CHECK(nkg_lexicon_map_index(lx, path_of("bad.idx"), path_of("list-b"), &e) == 0);
		CHECK(!nkg_lexicon_has(lx, "step"));
		CHECK(!nkg_lexicon_has(lx, "down"));
		CHECK(!nkg_lexicon_has(lx, "stepping"));
		nkg_lexicon_free(lx);
		lx = NULL;
	}
	(void)mask;

	/* stale: the list changed since it was indexed (its size, or only
	 * its modification time) */
	write_file("list-b", "step\ndown\nup\n");
	CHECK(map_code(path_of("two.idx"), path_of("list-b"), &e) == NKG_ENOTFOUND);
	CHECK(strstr(e.msg, "stale") != NULL);
	CHECK(nkg_lexicon_write_index(path_of("two.idx"), two, 2, &e) == 0);
	CHECK(map_code(path_of("two.idx"), path_of("list-b"), &e) == 0);
	struct timespec ts[2] = { { 0, UTIME_OMIT }, { 1000000000, 0 } };
	CHECK(utimensat(AT_FDCWD, path_of("list-b"), ts, 0) == 0);
	CHECK(map_code(path_of("two.idx"), path_of("list-b"), &e) == NKG_ENOTFOUND);

	/* errors of the writer name the list */
	const char *missing[] = { path_of("nonexistent") };
	CHECK(nkg_lexicon_write_index(path_of("x.idx"), missing, 1, &e) == NKG_EIO);
	CHECK(strstr(e.msg, "nonexistent") != NULL);
	CHECK(access(path_of("x.idx"), F_OK) != 0);
	free(b);
	nkg_buf_free(&list);
}

/* The gazetteer maps DIR/wordlists.idx when it is current and reads the
 * lists when it is not: missing, damaged, stale. */
static void test_gazetteer_index(void)
{
	nkg_gazetteer *g = NULL;
	nkg_error e;
	size_t n = 0, len;
	struct stat st;
	char *b;

	write_file("gazetteer.tsv", "Acme\torg\n");
	write_file("firstnames.txt", "Jean\n");
	write_file("words", "alpha\nstep\n");
	write_file("wordlists.tsv", "fr\twords\nen\t/nonexistent/dict\nde\twords\n");
	CHECK(nkg_gazetteer_index_words(dir, &n, &e) == 0);
	CHECK(n == 1); /* one table for a list of two languages */

	/* the index is what is read: a list changed behind its back, to the
	 * same size and modification time, still answers from the index */
	CHECK(stat(path_of("words"), &st) == 0);
	write_file("words", "omega\nstep\n");
	struct timespec ts[2] = { st.st_atim, st.st_mtim };
	CHECK(utimensat(AT_FDCWD, path_of("words"), ts, 0) == 0);
	CHECK(nkg_gazetteer_new(&g, &e) == 0);
	CHECK(nkg_gazetteer_load_dir(g, dir, &e) == 0);
	CHECK(nkg_gazetteer_is_word(g, "fr", "alpha") && nkg_gazetteer_is_word(g, "de", "alpha"));
	CHECK(!nkg_gazetteer_is_word(g, "fr", "omega"));
	nkg_gazetteer_free(g);

	/* stale (another time): the list itself */
	write_file("words", "omega\nstep\n");
	CHECK(nkg_gazetteer_new(&g, &e) == 0);
	CHECK(nkg_gazetteer_load_dir(g, dir, &e) == 0);
	CHECK(nkg_gazetteer_is_word(g, "fr", "omega") && !nkg_gazetteer_is_word(g, "fr", "alpha"));
	nkg_gazetteer_free(g);

	/* damaged, cut, missing: the list itself */
	CHECK(nkg_gazetteer_index_words(dir, NULL, &e) == 0);
	b = read_all(path_of("wordlists.idx"), &len);
	CHECK(b != NULL);
	for (int k = 0; b && k < 3; k++) {
		if (k == 0) {
			b[1] ^= 1;
			write_bytes(path_of("wordlists.idx"), b, len);
		} else if (k == 1) {
			write_bytes(path_of("wordlists.idx"), b, len / 2);
		} else {
			unlink(path_of("wordlists.idx"));
		}
		CHECK(nkg_gazetteer_new(&g, &e) == 0);
		CHECK(nkg_gazetteer_load_dir(g, dir, &e) == 0);
		CHECK(nkg_gazetteer_is_word(g, "fr", "omega") && nkg_gazetteer_is_word(g, "fr", "step"));
		CHECK(!nkg_gazetteer_is_word(g, "fr", "alpha"));
		nkg_gazetteer_free(g);
	}
	free(b);
}

/* The system's lists, when installed: a sample of their lines and of
 * non-words made from them answers alike from the text and the index. */
static void test_system_lists(void)
{
	const char *sys[] = { "/usr/share/dict/french", "/usr/share/dict/american-english" };
	nkg_error e;

	for (size_t i = 0; i < sizeof sys / sizeof sys[0]; i++) {
		if (access(sys[i], R_OK))
			continue;
		CHECK(nkg_lexicon_write_index(path_of("sys.idx"), &sys[i], 1, &e) == 0);
		check_round_trip(sys[i], path_of("sys.idx"), 37);
	}
}

int main(void)
{
	if (!mkdtemp(dir)) {
		perror("mkdtemp");
		return 2;
	}
	test_lexicon();
	test_gazetteer_words_and_genders();
	test_index();
	test_gazetteer_index();
	test_system_lists();
	rm_rf(dir);
	return TEST_DONE();
}

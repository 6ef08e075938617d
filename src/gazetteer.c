/* newskg — gazetteer: hash tables from folded names to entries. */
#include "newskg/gazetteer.h"

#include <errno.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "newskg/lexicon.h"

typedef struct slot {
	char *key;      /* folded name or alias; owned */
	size_t entry;   /* index into entries; for first names, a GENDER_ */
} slot;

/* An open-addressing table of slots (table_put, table_get). */
typedef struct table {
	slot *s;
	size_t cap, n;
} table;

struct nkg_gazetteer {
	nkg_gaz_entry *entries;
	size_t n_entries, cap_entries;
	table names;    /* names and aliases */
	table first;    /* first names */
	table wfirst;   /* first names that are also ordinary words */
	struct {
		char code[8];      /* language code, "fr" */
		nkg_lexicon *lx;   /* owned */
	} words[8];            /* common words per language (wordlists.tsv) */
	size_t n_words;
};

/* First names' values: the gender their list gives (a name listed under
 * both is of either). */
enum { GENDER_NONE = 0, GENDER_M = 1, GENDER_F = 2 };

static const char *const type_names[] = {
	"org", "media", "person", "product", "place"
};

const char *nkg_gaz_type_name(nkg_gaz_type t)
{
	return (unsigned)t <= NKG_GAZ_PLACE ? type_names[t] : "org";
}

static uint64_t hash_str(const char *s)
{
	return nkg_hash(NKG_HASH_INIT, s, strlen(s));
}

int nkg_gazetteer_new(nkg_gazetteer **out, nkg_error *err)
{
	*out = calloc(1, sizeof **out);
	return *out ? 0 : nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

static void free_table(table *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->s[i].key);
	free(t->s);
}

void nkg_gazetteer_free(nkg_gazetteer *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n_entries; i++) {
		free((char *)g->entries[i].name);
		free((char *)g->entries[i].wikidata);
	}
	free(g->entries);
	free_table(&g->names);
	free_table(&g->first);
	free_table(&g->wfirst);
	for (size_t i = 0; i < g->n_words; i++)
		nkg_lexicon_free(g->words[i].lx);
	free(g);
}

/* Open addressing, load factor <= 1/2.  Inserting an existing key
 * replaces its value: later files override earlier ones. */
static int table_put(table *t, const char *key, size_t val)
{
	if ((t->n + 1) * 2 > t->cap) {
		size_t ncap = t->cap ? t->cap * 2 : 1024;
		slot *nt = calloc(ncap, sizeof *nt);
		if (!nt)
			return NKG_ENOMEM;
		for (size_t i = 0; i < t->cap; i++) {
			if (!t->s[i].key)
				continue;
			size_t j = hash_str(t->s[i].key) & (ncap - 1);
			while (nt[j].key)
				j = (j + 1) & (ncap - 1);
			nt[j] = t->s[i];
		}
		free(t->s);
		t->s = nt;
		t->cap = ncap;
	}
	size_t j = hash_str(key) & (t->cap - 1);
	while (t->s[j].key) {
		if (strcmp(t->s[j].key, key) == 0) {
			t->s[j].entry = val;
			return 0;
		}
		j = (j + 1) & (t->cap - 1);
	}
	if (!(t->s[j].key = nkg_strdup(key)))
		return NKG_ENOMEM;
	t->s[j].entry = val;
	t->n++;
	return 0;
}

static const slot *table_get(const table *t, const char *key)
{
	if (!t->cap)
		return NULL;
	size_t j = hash_str(key) & (t->cap - 1);
	while (t->s[j].key) {
		if (strcmp(t->s[j].key, key) == 0)
			return &t->s[j];
		j = (j + 1) & (t->cap - 1);
	}
	return NULL;
}

static int put_folded(nkg_gazetteer *g, const char *name, size_t idx)
{
	char *f = nkg_fold(name);
	int rc;
	if (!f)
		return NKG_ENOMEM;
	rc = table_put(&g->names, f, idx);
	free(f);
	return rc;
}

int nkg_gazetteer_add(nkg_gazetteer *g, const char *name, nkg_gaz_type type,
		      const char *aliases, const char *wikidata)
{
	void *arr = g->entries;
	nkg_gaz_entry *e;
	int rc;

	if (nkg_grow(&arr, &g->cap_entries, g->n_entries + 1, sizeof *g->entries))
		return NKG_ENOMEM;
	g->entries = arr;
	e = &g->entries[g->n_entries];
	e->type = type;
	e->name = nkg_strdup(name);
	e->wikidata = wikidata && *wikidata ? nkg_strdup(wikidata) : NULL;
	if (!e->name)
		return NKG_ENOMEM;
	g->n_entries++;
	if ((rc = put_folded(g, name, g->n_entries - 1)))
		return rc;
	while (aliases && *aliases) {
		const char *bar = strchr(aliases, '|');
		size_t l = bar ? (size_t)(bar - aliases) : strlen(aliases);
		char *a = nkg_strndup(aliases, l);
		if (!a)
			return NKG_ENOMEM;
		if (*a)
			rc = put_folded(g, a, g->n_entries - 1);
		free(a);
		if (rc)
			return rc;
		aliases += l + (bar ? 1 : 0);
	}
	return 0;
}

static char *trim(char *s)
{
	char *e;
	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
		*--e = '\0';
	return s;
}

int nkg_gazetteer_load(nkg_gazetteer *g, const char *path, nkg_error *err)
{
	FILE *f = NULL;
	char *line = NULL;
	size_t cap = 0, lineno = 0;
	ssize_t len;
	int rc = 0;

	if (!(f = fopen(path, "r")))
		return nkg_error_set(err, NKG_EIO, "%s: %s", path, strerror(errno));
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *cols[4] = { NULL, NULL, NULL, NULL }, *p = line, *name;
		size_t nc = 0, bad;
		int type = -1;

		lineno++;
		if (nkg_utf8_check(line, (size_t)len, &bad)) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s:%zu:%zu: invalid UTF-8", path, lineno, bad + 1);
			goto done;
		}
		name = trim(line);
		if (!*name || *name == '#')
			continue;
		while (nc < 4) {
			cols[nc++] = p;
			p = strchr(p, '\t');
			if (!p)
				break;
			*p++ = '\0';
		}
		for (size_t i = 0; i < nc; i++)
			cols[i] = trim(cols[i]);
		for (int t = 0; t <= NKG_GAZ_PLACE; t++)
			if (nc > 1 && strcmp(cols[1], type_names[t]) == 0)
				type = t;
		if (!*cols[0] || type < 0) {
			rc = nkg_error_set(err, NKG_EINPUT,
					   "%s:%zu: expected NAME<TAB>TYPE[<TAB>ALIASES[<TAB>WIKIDATA]] with TYPE one of org, media, person, product, place",
					   path, lineno);
			goto done;
		}
		if (nc > 3 && *cols[3] && (cols[3][0] != 'Q' || cols[3][1] < '0' || cols[3][1] > '9')) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s:%zu: Wikidata id must look like Q123, got '%s'",
					   path, lineno, cols[3]);
			goto done;
		}
		if (nkg_gazetteer_add(g, cols[0], (nkg_gaz_type)type,
				      nc > 2 ? cols[2] : NULL, nc > 3 ? cols[3] : NULL)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
	}
	if (ferror(f))
		rc = nkg_error_set(err, NKG_EIO, "%s: read error", path);
done:
	free(line);
	fclose(f);
	return rc;
}

/* "# French — masculine": the section's gender; -1 for a comment that
 * names none (a new section), -2 for a bare "#", -3 for the section of
 * given names that are also ordinary words ("# ... ordinary words"). */
static int section_gender(const char *comment)
{
	size_t n = strlen(comment);
	while (n && (comment[n - 1] == ' ' || comment[n - 1] == '#'))
		n--;
	if (!n)
		return -2;
	if (n >= 14 && !strncmp(comment + n - 14, "ordinary words", 14))
		return -3;
	if (n >= 9 && !strncmp(comment + n - 9, "masculine", 9))
		return GENDER_M;
	if (n >= 8 && !strncmp(comment + n - 8, "feminine", 8))
		return GENDER_F;
	return -1;
}

int nkg_gazetteer_load_firstnames(nkg_gazetteer *g, const char *path,
				  nkg_error *err)
{
	FILE *f = NULL;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	int rc = 0, gender = GENDER_NONE, words = 0;

	if (!(f = fopen(path, "r")))
		return nkg_error_set(err, NKG_EIO, "%s: %s", path, strerror(errno));
	while ((len = getline(&line, &cap, f)) >= 0) {
		char *n = trim(line), *fo;
		if (*n == '#') {
			int sg = section_gender(n);
			if (sg != -2) {
				gender = sg < 0 ? GENDER_NONE : sg;
				words = sg == -3;
			}
			continue;
		}
		if (!*n)
			continue;
		if (nkg_utf8_check(n, strlen(n), NULL)) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s: invalid UTF-8", path);
			break;
		}
		if (!(fo = nkg_fold(n))) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			break;
		}
		/* a name that is also an ordinary word goes to its own table;
		 * its section gives no gender (such a name says too little
		 * alone) */
		table *t = words ? &g->wfirst : &g->first;
		const slot *old = table_get(t, fo);
		size_t v = old ? (old->entry == (size_t)gender ? old->entry : GENDER_NONE) : (size_t)gender;
		int put = table_put(t, fo, v);
		free(fo);
		if (put) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			break;
		}
	}
	free(line);
	fclose(f);
	return rc;
}

static nkg_lexicon *words_of(const nkg_gazetteer *g, const char *lang)
{
	for (size_t i = 0; g && lang && i < g->n_words; i++)
		if (!strcmp(g->words[i].code, lang))
			return g->words[i].lx;
	return NULL;
}

/* Language lang's lexicon in *out (borrowed from g), made if it has none. */
static int words_for(nkg_gazetteer *g, const char *lang, const char *path,
		     nkg_lexicon **out, nkg_error *err)
{
	if ((*out = words_of(g, lang)))
		return 0;
	if (g->n_words == sizeof g->words / sizeof g->words[0] ||
	    strlen(lang) >= sizeof g->words[0].code)
		return nkg_error_set(err, NKG_EINPUT, "%s: too many word-list languages or a bad code '%s'", path, lang);
	if (nkg_lexicon_new(out, err))
		return NKG_ENOMEM;
	snprintf(g->words[g->n_words].code, sizeof g->words[0].code, "%s", lang);
	g->words[g->n_words++].lx = *out;
	return 0;
}

int nkg_gazetteer_load_words(nkg_gazetteer *g, const char *lang, const char *path,
			     nkg_error *err)
{
	nkg_lexicon *lx;
	int rc = words_for(g, lang, path, &lx, err);
	return rc ? rc : nkg_lexicon_load(lx, path, err);
}

int nkg_gazetteer_is_word(const nkg_gazetteer *g, const char *lang, const char *folded)
{
	return nkg_lexicon_has(words_of(g, lang), folded);
}

int nkg_gazetteer_has_words(const nkg_gazetteer *g, const char *lang)
{
	const nkg_lexicon *lx = words_of(g, lang);
	return lx && nkg_lexicon_size(lx) > 0;
}

/* What to do with one word list: path (borrowed for the call) is its
 * canonical path (realpath), by which the index names it: the same
 * whatever way DIR was reached (build/../data, --data-dir data). */
typedef int (*wordlist_fn)(void *ctx, const char *lang, const char *path, nkg_error *err);

/* DIR/wordlists.tsv: "LANG<TAB>PATH" lines naming the system dictionaries
 * to read (a relative PATH is under DIR).  Calls fn for each; a dictionary
 * that is not installed is skipped: the extractor then reads names
 * without it, as with no gazetteer at all. */
static int each_wordlist(const char *dir, wordlist_fn fn, void *ctx, nkg_error *err)
{
	nkg_buf p = {0}, q = {0};
	FILE *f = NULL;
	char *line = NULL, *real = NULL;
	size_t cap = 0, lineno = 0;
	int rc = 0;

	if (nkg_buf_printf(&p, "%s/wordlists.tsv", dir)) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (!(f = fopen(p.data, "r")))
		goto done; /* none: no word lists */
	while (getline(&line, &cap, f) >= 0) {
		char *l = trim(line), *tab;
		lineno++;
		if (!*l || *l == '#')
			continue;
		if (!(tab = strchr(l, '\t'))) {
			rc = nkg_error_set(err, NKG_EINPUT, "%s:%zu: expected LANG<TAB>PATH", p.data, lineno);
			goto done;
		}
		*tab = '\0';
		char *path = trim(tab + 1), *lang = trim(l);
		q.len = 0;
		if (nkg_buf_printf(&q, "%s%s%s", *path == '/' ? "" : dir, *path == '/' ? "" : "/", path)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		if (access(q.data, R_OK) || !(real = realpath(q.data, NULL)))
			continue;
		rc = fn(ctx, lang, real, err);
		free(real);
		real = NULL;
		if (rc)
			goto done;
	}
done:
	if (f)
		fclose(f);
	free(line);
	nkg_buf_free(&p);
	nkg_buf_free(&q);
	return rc;
}

/* The index of DIR's word lists (src/lexicon.c), next to wordlists.tsv:
 * wherever the tool finds its data, it finds the index. */
static int index_path(nkg_buf *b, const char *dir, nkg_error *err)
{
	return nkg_buf_printf(b, "%s/wordlists.idx", dir) ?
	       nkg_error_set(err, NKG_ENOMEM, "out of memory") : 0;
}

typedef struct load_ctx {
	nkg_gazetteer *g;
	const char *idx;    /* the index's path */
} load_ctx;

/* A list's table from the index, else (no index, stale, damaged) from
 * the list itself: the same words either way. */
static int load_one(void *ctx, const char *lang, const char *path, nkg_error *err)
{
	load_ctx *c = ctx;
	nkg_lexicon *lx;
	int rc = words_for(c->g, lang, path, &lx, err);
	if (rc || !nkg_lexicon_map_index(lx, c->idx, path, NULL))
		return rc;
	return nkg_lexicon_load(lx, path, err);
}

static int load_wordlists(nkg_gazetteer *g, const char *dir, nkg_error *err)
{
	nkg_buf idx = {0};
	int rc = index_path(&idx, dir, err);
	if (!rc) {
		load_ctx c = { g, idx.data };
		rc = each_wordlist(dir, load_one, &c, err);
	}
	nkg_buf_free(&idx);
	return rc;
}

typedef struct lists {
	char **path;        /* owned, each and the array */
	size_t n, cap;
} lists;

static int add_list(void *ctx, const char *lang, const char *path, nkg_error *err)
{
	lists *l = ctx;
	void *a = l->path;
	(void)lang;
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->path[i], path))
			return 0; /* one table per list, whatever languages use it */
	if (nkg_grow(&a, &l->cap, l->n + 1, sizeof *l->path))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	l->path = a;
	if (!(l->path[l->n] = nkg_strdup(path)))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	l->n++;
	return 0;
}

int nkg_gazetteer_index_words(const char *dir, size_t *n_lists, nkg_error *err)
{
	lists l = {0};
	nkg_buf idx = {0};
	int rc;

	if (!(rc = index_path(&idx, dir, err)) && !(rc = each_wordlist(dir, add_list, &l, err)))
		rc = nkg_lexicon_write_index(idx.data, (const char *const *)l.path, l.n, err);
	if (!rc && n_lists)
		*n_lists = l.n;
	for (size_t i = 0; i < l.n; i++)
		free(l.path[i]);
	free(l.path);
	nkg_buf_free(&idx);
	return rc;
}

int nkg_gazetteer_load_dir(nkg_gazetteer *g, const char *dir, nkg_error *err)
{
	nkg_buf p = {0};
	int rc;

	if (nkg_buf_printf(&p, "%s/gazetteer.tsv", dir))
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	rc = nkg_gazetteer_load(g, p.data, err);
	if (!rc) {
		p.len = 0;
		if (nkg_buf_printf(&p, "%s/firstnames.txt", dir))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		else
			rc = nkg_gazetteer_load_firstnames(g, p.data, err);
	}
	if (!rc)
		rc = load_wordlists(g, dir, err);
	nkg_buf_free(&p);
	return rc;
}

const nkg_gaz_entry *nkg_gazetteer_lookup(const nkg_gazetteer *g,
					  const char *folded)
{
	const slot *s;
	if (!g)
		return NULL;
	s = table_get(&g->names, folded);
	return s ? &g->entries[s->entry] : NULL;
}

/* "pierre-rene", "marie-noelle": a compound of first names the list
 * does not hold whole is one too, when each part is. */
static int compound_firstname(const nkg_gazetteer *g, const char *folded)
{
	char part[64];
	const char *p = folded;
	int parts = 0;
	while (*p) {
		size_t n = strcspn(p, "-");
		if (n == 0 || n >= sizeof part)
			return 0;
		memcpy(part, p, n);
		part[n] = '\0';
		if (!table_get(&g->first, part))
			return 0;
		parts++;
		p += n;
		if (*p == '-')
			p++;
	}
	return parts >= 2;
}

int nkg_gazetteer_is_firstname(const nkg_gazetteer *g, const char *folded)
{
	return g && (table_get(&g->first, folded) != NULL ||
		     (strchr(folded, '-') && compound_firstname(g, folded)));
}

int nkg_gazetteer_is_word_firstname(const nkg_gazetteer *g, const char *folded)
{
	return g && table_get(&g->wfirst, folded) != NULL;
}

int nkg_gazetteer_firstname_gender(const nkg_gazetteer *g, const char *folded)
{
	const slot *s = g ? table_get(&g->first, folded) : NULL;
	return !s ? 0 : s->entry == GENDER_M ? 'm' : s->entry == GENDER_F ? 'f' : 0;
}

size_t nkg_gazetteer_size(const nkg_gazetteer *g)
{
	return g ? g->n_entries : 0;
}

/* newskg — the lexicon: a set of folded common words in one arena.
 *
 * A French word list has some 350,000 forms: one malloc per word would
 * cost more than the extraction of a small corpus, so the words are
 * copied into one growing buffer and the hash table holds offsets. */
#include "newskg/lexicon.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct nkg_lexicon {
	char *arena;             /* NUL-terminated words, end to end */
	size_t len, cap;
	struct lslot {
		uint32_t off;    /* offset + 1 into arena, 0 = empty */
		uint32_t h;      /* low bits of the word's hash: most probes
				  * of another word stop here */
	} *slot;
	size_t n, n_slots;       /* n_slots a power of two, load <= 1/2 */
};

int nkg_lexicon_new(nkg_lexicon **out, nkg_error *err)
{
	*out = calloc(1, sizeof **out);
	return *out ? 0 : nkg_error_set(err, NKG_ENOMEM, "out of memory");
}

void nkg_lexicon_free(nkg_lexicon *lx)
{
	if (!lx)
		return;
	free(lx->arena);
	free(lx->slot);
	free(lx);
}

size_t nkg_lexicon_size(const nkg_lexicon *lx)
{
	return lx ? lx->n : 0;
}

static size_t find(const nkg_lexicon *lx, const char *w, size_t len, uint64_t h, int *found)
{
	size_t mask = lx->n_slots - 1, j = h & mask;
	*found = 0;
	for (; lx->slot[j].off; j = (j + 1) & mask) {
		const char *k = lx->arena + lx->slot[j].off - 1;
		if (lx->slot[j].h == (uint32_t)h && !memcmp(k, w, len) && !k[len]) {
			*found = 1;
			break;
		}
	}
	return j;
}

/* Makes room for at least want words at load <= 1/2. */
static int reserve(nkg_lexicon *lx, size_t want)
{
	size_t ns = lx->n_slots ? lx->n_slots : 1 << 16;
	while (ns < want * 2)
		ns *= 2;
	if (ns == lx->n_slots)
		return 0;
	struct lslot *t = calloc(ns, sizeof *t);
	if (!t)
		return NKG_ENOMEM;
	for (size_t i = 0; i < lx->n_slots; i++) {
		if (!lx->slot[i].off)
			continue;
		size_t j = lx->slot[i].h & (ns - 1);
		while (t[j].off)
			j = (j + 1) & (ns - 1);
		t[j] = lx->slot[i];
	}
	free(lx->slot);
	lx->slot = t;
	lx->n_slots = ns;
	return 0;
}

int nkg_lexicon_add(nkg_lexicon *lx, const char *w, size_t len)
{
	int found;
	if (!len)
		return 0;
	if ((lx->n + 1) * 2 > lx->n_slots && reserve(lx, lx->n + 1))
		return NKG_ENOMEM;
	uint64_t h = nkg_hash(NKG_HASH_INIT, w, len);
	size_t j = find(lx, w, len, h, &found);
	if (found)
		return 0;
	if (lx->len + len + 1 >= UINT32_MAX)
		return NKG_ENOMEM;
	if (lx->len + len + 1 > lx->cap) {
		size_t nc = lx->cap ? lx->cap * 2 : 1 << 20;
		while (nc < lx->len + len + 1)
			nc *= 2;
		char *a = realloc(lx->arena, nc);
		if (!a)
			return NKG_ENOMEM;
		lx->arena = a;
		lx->cap = nc;
	}
	memcpy(lx->arena + lx->len, w, len);
	lx->arena[lx->len + len] = '\0';
	lx->slot[j].off = (uint32_t)lx->len + 1;
	lx->slot[j].h = (uint32_t)h;
	lx->len += len + 1;
	lx->n++;
	return 0;
}

int nkg_lexicon_has(const nkg_lexicon *lx, const char *w)
{
	int found;
	size_t len;
	if (!lx || !lx->n)
		return 0;
	len = strlen(w);
	find(lx, w, len, nkg_hash(NKG_HASH_INIT, w, len), &found);
	return found;
}

/* A lower-case entry: the first character is not an upper-case letter
 * (ASCII or the Latin-1 capitals of French words, "École"). */
static int lower_entry(const char *s)
{
	unsigned char c = (unsigned char)s[0];
	if (c >= 'A' && c <= 'Z')
		return 0;
	if (c == 0xC3 && (unsigned char)s[1] >= 0x80 && (unsigned char)s[1] <= 0x9E)
		return 0;
	return c != '\0';
}

int nkg_lexicon_load(nkg_lexicon *lx, const char *path, nkg_error *err)
{
	FILE *f = NULL;
	char *buf = NULL;
	size_t n = 0, cap = 0, got, bad;
	int rc = 0;

	if (!(f = fopen(path, "rb")))
		return nkg_error_set(err, NKG_EIO, "%s: %s", path, strerror(errno));
	/* The whole list at once: a line-by-line read with a fold and a
	 * malloc per word made loading cost more than a small run. */
	do {
		if (n + 65536 + 1 > cap) {
			size_t nc = cap ? cap * 2 : 1 << 22;
			char *b = realloc(buf, nc);
			if (!b) {
				rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
				goto done;
			}
			buf = b;
			cap = nc;
		}
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
	} while (got);
	if (ferror(f)) {
		rc = nkg_error_set(err, NKG_EIO, "%s: read error", path);
		goto done;
	}
	buf[n] = '\0';
	if (nkg_utf8_check(buf, n, &bad)) {
		size_t line = 1, col = 1;
		for (size_t i = 0; i < bad; i++)
			if (buf[i] == '\n') {
				line++;
				col = 1;
			} else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
				col++;
			}
		rc = nkg_error_set(err, NKG_EINPUT, "%s:%zu:%zu: invalid UTF-8", path, line, col);
		goto done;
	}
	size_t lines = 0;
	for (size_t i = 0; i < n; i++)
		lines += buf[i] == '\n';
	/* one table and arena size for the whole list: no rehash, no copy */
	if (reserve(lx, lx->n + lines + 1))
		goto oom;
	if (lx->cap < lx->len + n + 1) {
		char *a = realloc(lx->arena, lx->len + n + 1);
		if (!a)
			goto oom;
		lx->arena = a;
		lx->cap = lx->len + n + 1;
	}
	for (char *w = buf, *e; w < buf + n; w = e + 1) {
		int ascii = 1;
		for (e = w; *e && *e != '\n'; e++)
			if ((unsigned char)*e >= 0x80)
				ascii = 0;
		size_t len = (size_t)(e - w);
		if (len && w[len - 1] == '\r')
			len--;
		w[len] = '\0';
		/* "abbot's": the list's possessives add nothing */
		if (!lower_entry(w) || (len > 2 && !strcmp(w + len - 2, "'s")))
			continue;
		/* folded in place: folding never lengthens a word */
		if (!ascii)
			len = nkg_fold_into(w, len, w);
		if (nkg_lexicon_add(lx, w, len))
			goto oom;
	}
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	free(buf);
	fclose(f);
	return rc;
}

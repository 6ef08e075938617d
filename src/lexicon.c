/* newskg — the lexicon: a set of folded common words, and its index file.
 *
 * A French word list has some 350,000 forms: one malloc per word would
 * cost more than the extraction of a small corpus, so the words are
 * copied into one growing buffer and the hash table holds offsets.
 *
 * Even so, reading, folding and hashing the lists took 60-70 ms and 14 MB
 * per process, more than the rest of a run on a few articles.  So the
 * build writes the same tables to an index file (nkg_lexicon_write_index)
 * and a process maps it read-only and probes it in place
 * (nkg_lexicon_map_index): no work per word at load, and only the pages
 * probed are ever read.  The layout on disk is the one in memory: an
 * arena of NUL-terminated words and a table of (offset + 1, hash) slots.
 *
 * The index is untrusted input: its header is checked whole, every offset
 * read from it is checked against its arena at each probe, and a probe
 * stops after visiting every slot once.  An index that fails any check,
 * or whose list changed since it was written (size, modification time),
 * is refused; the caller then reads the list itself. */
#include "newskg/lexicon.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* One table slot, in memory and in the index file alike. */
struct lslot {
	uint32_t off;    /* offset + 1 into arena, 0 = empty */
	uint32_t h;      /* low bits of the word's hash: most probes
			  * of another word stop here */
};

/* A table mapped from an index file. */
struct mapped {
	void *map;               /* the whole file; owned (munmap) */
	size_t map_len;
	const char *arena;       /* inside map */
	size_t arena_len;
	const struct lslot *slot; /* inside map */
	size_t n, n_slots;
};

struct nkg_lexicon {
	char *arena;             /* NUL-terminated words, end to end */
	size_t len, cap;
	struct lslot *slot;
	size_t n, n_slots;       /* n_slots a power of two, load <= 1/2 */
	struct mapped *mapped;   /* index tables, each owning its mapping */
	size_t n_mapped, cap_mapped;
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
	for (size_t i = 0; i < lx->n_mapped; i++)
		munmap(lx->mapped[i].map, lx->mapped[i].map_len);
	free(lx->mapped);
	free(lx->arena);
	free(lx->slot);
	free(lx);
}

size_t nkg_lexicon_size(const nkg_lexicon *lx)
{
	size_t n = lx ? lx->n : 0;
	for (size_t i = 0; lx && i < lx->n_mapped; i++)
		n += lx->mapped[i].n;
	return n;
}

/* The slot of table (arena, slot) that holds w (*found = 1), else the
 * empty slot where it would go.  Checked as if the table were hostile (an
 * index's is): an offset outside the arena, or a word that would run past
 * its end, never matches, and the probe ends after n_slots steps (a table
 * with no empty slot would otherwise loop forever). */
static size_t probe(const char *arena, size_t arena_len, const struct lslot *slot,
		    size_t n_slots, const char *w, size_t len, uint64_t h, int *found)
{
	size_t mask = n_slots - 1, j = h & mask;
	*found = 0;
	for (size_t step = 0; step < n_slots && slot[j].off; step++, j = (j + 1) & mask) {
		size_t o = (size_t)slot[j].off - 1;
		if (slot[j].h != (uint32_t)h || o >= arena_len || arena_len - o <= len)
			continue;
		if (!memcmp(arena + o, w, len) && !arena[o + len]) {
			*found = 1;
			break;
		}
	}
	return j;
}

static size_t find(const nkg_lexicon *lx, const char *w, size_t len, uint64_t h, int *found)
{
	return probe(lx->arena, lx->len, lx->slot, lx->n_slots, w, len, h, found);
}

static int in_mapped(const nkg_lexicon *lx, const char *w, size_t len, uint64_t h)
{
	int found = 0;
	for (size_t i = 0; i < lx->n_mapped && !found; i++) {
		const struct mapped *m = &lx->mapped[i];
		if (m->n)
			probe(m->arena, m->arena_len, m->slot, m->n_slots, w, len, h, &found);
	}
	return found;
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
	uint64_t h = nkg_hash(NKG_HASH_INIT, w, len);
	if (in_mapped(lx, w, len, h))
		return 0;
	if ((lx->n + 1) * 2 > lx->n_slots && reserve(lx, lx->n + 1))
		return NKG_ENOMEM;
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
	int found = 0;
	size_t len;
	if (!lx || (!lx->n && !lx->n_mapped))
		return 0;
	len = strlen(w);
	uint64_t h = nkg_hash(NKG_HASH_INIT, w, len);
	if (lx->n)
		find(lx, w, len, h, &found);
	return found || in_mapped(lx, w, len, h);
}

/* A lower-case entry: the first character is not an upper-case letter
 * (ASCII or the Latin-1 capitals of French words, "École").  This and the
 * "'s" rule below decide what a list yields: a change to either changes
 * IDX_VERSION, or old indexes would answer otherwise than the lists. */
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

/* ---- the index file ---------------------------------------------------
 *
 * A head, one record per list, then the lists' paths and, per list, its
 * slot table and its arena; every part starts at a multiple of 8.  Numbers
 * are in the byte order of the machine that wrote the file (it is built
 * where it is used; byte_order refuses any other).  The version changes
 * whenever what a list yields changes (lower_entry, the "'s" rule, the
 * table's layout or load); fold_check catches a change in nkg_fold or
 * nkg_hash, whose results the tables hold. */
#define IDX_VERSION 1
#define IDX_BYTE_ORDER 0x01020304u
static const char idx_magic[8] = { 'N', 'K', 'G', 'W', 'O', 'R', 'D', 'S' };

struct idx_head {
	char magic[8];
	uint32_t version;
	uint32_t byte_order;
	uint64_t fold_check;
	uint64_t file_size;      /* the file's exact size: a cut file is refused */
	uint64_t n_lists;
	uint64_t head_hash;      /* nkg_hash of the head (this field 0), the
				  * records and the paths */
};

/* A list file as stat(2) saw it: an index table is current while its
 * list's is the same. */
struct idx_src {
	uint64_t size;
	int64_t mtime_sec, mtime_nsec;
};

struct idx_list {
	uint64_t path_off, path_len;     /* the list's path, without NUL */
	struct idx_src src;              /* the list when it was read */
	uint64_t n_words;
	uint64_t slot_off, n_slots;
	uint64_t arena_off, arena_len;
};

/* What folding and hashing make of the letters the word lists use. */
static uint64_t fold_check(void)
{
	char in[2 * 0x250 + 3 * 16], out[sizeof in];
	size_t n = 0;
	for (unsigned cp = 0x20; cp < 0x250; cp++) {
		if (cp < 0x80) {
			in[n++] = (char)cp;
		} else {
			in[n++] = (char)(0xC0 | cp >> 6);
			in[n++] = (char)(0x80 | (cp & 0x3F));
		}
	}
	for (unsigned cp = 0x2010; cp < 0x2020; cp++) { /* dashes, quotes */
		in[n++] = (char)0xE2;
		in[n++] = (char)(0x80 | (cp >> 6 & 0x3F));
		in[n++] = (char)(0x80 | (cp & 0x3F));
	}
	return nkg_hash(NKG_HASH_INIT, out, nkg_fold_into(in, n, out));
}

static uint64_t head_hash(const struct idx_head *hd, const struct idx_list *rec,
			  const char *paths, size_t paths_len)
{
	struct idx_head h = *hd;
	h.head_hash = 0;
	uint64_t x = nkg_hash(NKG_HASH_INIT, &h, sizeof h);
	x = nkg_hash(x, rec, hd->n_lists * sizeof *rec);
	return nkg_hash(x, paths, paths_len);
}

static size_t align8(size_t n)
{
	return (n + 7) & ~(size_t)7;
}

/* Whether [off, off + len) lies within a file of size bytes. */
static int in_file(uint64_t off, uint64_t len, size_t size)
{
	return off <= size && len <= size - off;
}

/* The list at path as it is now, in *src; stat's result (errno set). */
static int src_of(const char *path, struct idx_src *src)
{
	struct stat st;
	if (stat(path, &st))
		return -1;
	src->size = (uint64_t)st.st_size;
	src->mtime_sec = st.st_mtim.tv_sec;
	src->mtime_nsec = st.st_mtim.tv_nsec;
	return 0;
}

static int same_src(const struct idx_src *a, const struct idx_src *b)
{
	return a->size == b->size && a->mtime_sec == b->mtime_sec &&
	       a->mtime_nsec == b->mtime_nsec;
}

int nkg_lexicon_write_index(const char *idx_path, const char *const *lists,
			    size_t n_lists, nkg_error *err)
{
	nkg_lexicon **lx = NULL;
	struct idx_src *src = NULL;
	char *buf = NULL;
	size_t size, paths_len = 0;
	int rc = 0;

	if (!(lx = calloc(n_lists + 1, sizeof *lx)) || !(src = calloc(n_lists + 1, sizeof *src)))
		goto oom;
	/* each list alone, as nkg_lexicon_load reads it: the index then
	 * answers as the list does, by construction */
	for (size_t i = 0; i < n_lists; i++) {
		struct idx_src after;
		if (src_of(lists[i], &src[i])) {
			rc = nkg_error_set(err, NKG_EIO, "%s: %s", lists[i], strerror(errno));
			goto done;
		}
		if ((rc = nkg_lexicon_new(&lx[i], err)) || (rc = nkg_lexicon_load(lx[i], lists[i], err)))
			goto done;
		if (src_of(lists[i], &after) || !same_src(&src[i], &after)) {
			rc = nkg_error_set(err, NKG_EIO, "%s: changed while it was read; run again", lists[i]);
			goto done;
		}
	}
	/* the layout: head, records, paths, then each table and arena */
	size = sizeof(struct idx_head) + n_lists * sizeof(struct idx_list);
	for (size_t i = 0; i < n_lists; i++)
		paths_len += strlen(lists[i]);
	size = align8(size + paths_len);
	for (size_t i = 0; i < n_lists; i++)
		size = align8(size + lx[i]->n_slots * sizeof(struct lslot) + lx[i]->len);
	/* calloc: padding and unused bytes are zero, so the same lists give
	 * the same bytes */
	if (!(buf = calloc(1, size)))
		goto oom;
	struct idx_head *hd = (struct idx_head *)buf;
	struct idx_list *rec = (struct idx_list *)(buf + sizeof *hd);
	char *paths = (char *)(rec + n_lists);
	size_t off = (size_t)(paths - buf);
	memcpy(hd->magic, idx_magic, sizeof idx_magic);
	hd->version = IDX_VERSION;
	hd->byte_order = IDX_BYTE_ORDER;
	hd->fold_check = fold_check();
	hd->file_size = size;
	hd->n_lists = n_lists;
	for (size_t i = 0; i < n_lists; i++) {
		size_t pl = strlen(lists[i]);
		memcpy(buf + off, lists[i], pl);
		rec[i].path_off = off;
		rec[i].path_len = pl;
		off += pl;
	}
	off = align8(off);
	for (size_t i = 0; i < n_lists; i++) {
		rec[i].src = src[i];
		rec[i].n_words = lx[i]->n;
		rec[i].slot_off = off;
		rec[i].n_slots = lx[i]->n_slots;
		if (lx[i]->n_slots)
			memcpy(buf + off, lx[i]->slot, lx[i]->n_slots * sizeof(struct lslot));
		off += lx[i]->n_slots * sizeof(struct lslot);
		rec[i].arena_off = off;
		rec[i].arena_len = lx[i]->len;
		if (lx[i]->len)
			memcpy(buf + off, lx[i]->arena, lx[i]->len);
		off = align8(off + lx[i]->len);
	}
	hd->head_hash = head_hash(hd, rec, paths, paths_len);
	rc = nkg_write_file_atomic(idx_path, buf, size, err);
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	for (size_t i = 0; lx && i < n_lists; i++)
		nkg_lexicon_free(lx[i]);
	free(lx);
	free(src);
	free(buf);
	return rc;
}

/* The table of list_path in the index mapped at map (size bytes), into
 * *t; checks the head and that table's every bound. */
static int index_table(const char *map, size_t size, const char *idx_path,
		       const char *list_path, struct mapped *t, nkg_error *err)
{
	const struct idx_head *hd = (const struct idx_head *)map;
	const struct idx_list *rec = (const struct idx_list *)(map + sizeof *hd), *r = NULL;
	size_t pl = strlen(list_path), paths_off;
	struct idx_src now;

	if (size < sizeof *hd || memcmp(hd->magic, idx_magic, sizeof idx_magic))
		return nkg_error_set(err, NKG_EINPUT, "%s: not a word-list index", idx_path);
	if (hd->version != IDX_VERSION || hd->byte_order != IDX_BYTE_ORDER ||
	    hd->fold_check != fold_check())
		return nkg_error_set(err, NKG_EINPUT, "%s: written by another version of newskg or on another machine", idx_path);
	if (hd->file_size != size)
		return nkg_error_set(err, NKG_EINPUT, "%s: %zu bytes where its head says %llu (cut short or damaged)",
				     idx_path, size, (unsigned long long)hd->file_size);
	if (hd->n_lists > (size - sizeof *hd) / sizeof *rec)
		return nkg_error_set(err, NKG_EINPUT, "%s: damaged (list count)", idx_path);
	/* the paths run from the records' end to the first table */
	paths_off = sizeof *hd + hd->n_lists * sizeof *rec;
	size_t paths_end = paths_off;
	for (size_t i = 0; i < hd->n_lists; i++) {
		if (!in_file(rec[i].path_off, rec[i].path_len, size) || rec[i].path_off < paths_off)
			return nkg_error_set(err, NKG_EINPUT, "%s: damaged (a path's offset)", idx_path);
		if (rec[i].path_off + rec[i].path_len > paths_end)
			paths_end = rec[i].path_off + rec[i].path_len;
	}
	if (hd->head_hash != head_hash(hd, rec, map + paths_off, paths_end - paths_off))
		return nkg_error_set(err, NKG_EINPUT, "%s: damaged (head checksum)", idx_path);
	for (size_t i = 0; i < hd->n_lists && !r; i++)
		if (rec[i].path_len == pl && !memcmp(map + rec[i].path_off, list_path, pl))
			r = &rec[i];
	if (!r)
		return nkg_error_set(err, NKG_ENOTFOUND, "%s: no table for %s", idx_path, list_path);
	if (src_of(list_path, &now))
		return nkg_error_set(err, NKG_ENOTFOUND, "%s: %s", list_path, strerror(errno));
	if (!same_src(&now, &r->src))
		return nkg_error_set(err, NKG_ENOTFOUND, "%s: stale: %s changed since it was indexed",
				     idx_path, list_path);
	/* a power of two, so that probes can mask; slots aligned for their
	 * uint32_t fields; an empty slot left, as a real table has */
	if (!r->n_slots || (r->n_slots & (r->n_slots - 1)) || r->slot_off % 8 ||
	    r->n_slots > size / sizeof(struct lslot) ||
	    !in_file(r->slot_off, r->n_slots * sizeof(struct lslot), size) ||
	    !in_file(r->arena_off, r->arena_len, size) || r->n_words >= r->n_slots)
		return nkg_error_set(err, NKG_EINPUT, "%s: damaged (the table of %s)", idx_path, list_path);
	t->arena = map + r->arena_off;
	t->arena_len = r->arena_len;
	t->slot = (const struct lslot *)(map + r->slot_off);
	t->n_slots = r->n_slots;
	t->n = r->n_words;
	return 0;
}

int nkg_lexicon_map_index(nkg_lexicon *lx, const char *idx_path, const char *list_path,
			  nkg_error *err)
{
	struct mapped t = {0};
	struct stat st;
	void *map = MAP_FAILED;
	size_t size = 0;
	int fd = -1, rc = 0;

	if ((fd = open(idx_path, O_RDONLY | O_CLOEXEC)) < 0) {
		rc = nkg_error_set(err, errno == ENOENT ? NKG_ENOTFOUND : NKG_EIO, "%s: %s",
				   idx_path, strerror(errno));
		goto done;
	}
	if (fstat(fd, &st)) {
		rc = nkg_error_set(err, NKG_EIO, "%s: %s", idx_path, strerror(errno));
		goto done;
	}
	if (!S_ISREG(st.st_mode) || st.st_size < (off_t)sizeof(struct idx_head) ||
	    (off_t)(size_t)st.st_size != st.st_size) {
		rc = nkg_error_set(err, NKG_EINPUT, "%s: not a word-list index", idx_path);
		goto done;
	}
	size = (size_t)st.st_size;
	/* Read-only and private: nothing here writes it, and the writer
	 * renames a new file over it rather than changing this one. */
	if ((map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0)) == MAP_FAILED) {
		rc = nkg_error_set(err, NKG_EIO, "%s: mmap: %s", idx_path, strerror(errno));
		goto done;
	}
	if ((rc = index_table(map, size, idx_path, list_path, &t, err)))
		goto done;
	void *m = lx->mapped;
	if (nkg_grow(&m, &lx->cap_mapped, lx->n_mapped + 1, sizeof *lx->mapped)) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	lx->mapped = m;
	t.map = map;
	t.map_len = size;
	lx->mapped[lx->n_mapped++] = t;
	map = MAP_FAILED; /* the lexicon's now */
done:
	if (map != MAP_FAILED)
		munmap(map, size);
	if (fd >= 0)
		close(fd);
	return rc;
}

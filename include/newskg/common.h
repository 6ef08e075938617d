/* newskg — shared error type, growable buffer and small helpers.
 *
 * Every fallible function in the library returns 0 on success or one of the
 * negative NKG_E* codes below, and fills an nkg_error with a message that
 * names the file and place where it can.  Library code never prints to
 * stdout and never exits: main.c maps the codes to exit statuses. */
#ifndef NEWSKG_COMMON_H
#define NEWSKG_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

enum {
	NKG_OK = 0,
	NKG_ENOMEM = -1,   /* out of memory */
	NKG_EIO = -2,      /* a file could not be read or written */
	NKG_EINPUT = -3,   /* bad input data: encoding, metadata, JSON ... */
	NKG_EUSAGE = -4,   /* bad arguments or options */
	NKG_ERDF = -5,     /* Redland / raptor failure */
	NKG_EQUERY = -6,   /* SPARQL syntax or evaluation error */
	NKG_ERENDER = -7,  /* Graphviz failure */
	NKG_ENOTFOUND = -8 /* a named thing does not exist */
};

#define NKG_ERRMSG_MAX 1024

typedef struct nkg_error {
	int code;
	char msg[NKG_ERRMSG_MAX];
} nkg_error;

/* Sets err (which may be NULL) and returns code, so callers can write
 * `return nkg_error_set(err, NKG_EINPUT, "%s:%zu: ...", path, line);` */
int nkg_error_set(nkg_error *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void nkg_error_clear(nkg_error *err);

/* Growable byte buffer; data is always NUL-terminated once anything was
 * appended.  The buffer owns data; nkg_buf_free releases it. */
typedef struct nkg_buf {
	char *data;
	size_t len;
	size_t cap;
} nkg_buf;

int nkg_buf_append(nkg_buf *b, const char *s, size_t n);
int nkg_buf_puts(nkg_buf *b, const char *s);
int nkg_buf_printf(nkg_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Appends s as a quoted CSV field (RFC 4180): in double quotes, each
 * quote doubled.  Whether a field needs quoting is the caller's rule. */
int nkg_buf_csv_quoted(nkg_buf *b, const char *s);
/* Hands the data to the caller (who frees it) and resets the buffer. */
char *nkg_buf_detach(nkg_buf *b);
void nkg_buf_free(nkg_buf *b);

/* strdup/strndup that return NULL only on allocation failure. */
char *nkg_strdup(const char *s);
char *nkg_strndup(const char *s, size_t n);

/* Grows *arr (element size elsz) so that it can hold at least need
 * elements; *cap is updated.  Returns 0 or NKG_ENOMEM. */
int nkg_grow(void **arr, size_t *cap, size_t need, size_t elsz);

/* UTF-8 helpers.  nkg_utf8_check returns 0 when s[0..n) is valid UTF-8,
 * else -1 with *bad_off set to the first invalid byte. */
int nkg_utf8_check(const char *s, size_t n, size_t *bad_off);
/* Decodes one code point at s (valid UTF-8 assumed); returns its length. */
size_t nkg_utf8_decode(const char *s, size_t n, unsigned *cp);

/* ASCII slug for IRIs: accents folded, [a-z0-9-] only, never empty
 * (falls back to "x").  Caller frees. */
char *nkg_slug(const char *s);
/* Lower-cased, accent-folded copy for comparisons (UTF-8 in, UTF-8 out). */
char *nkg_fold(const char *s);
/* Folds the n bytes at s into out (at least n bytes: folding never
 * lengthens; out may be s), without a terminating NUL; returns the folded
 * length. */
size_t nkg_fold_into(const char *s, size_t n, char *out);

/* FNV-1a over n bytes at p, continuing from h (NKG_HASH_INIT to start):
 * one hash for every table of the library. */
#define NKG_HASH_INIT 0xcbf29ce484222325ULL
static inline uint64_t nkg_hash(uint64_t h, const void *p, size_t n)
{
	/* inline: the extractor hashes every token it looks up */
	const unsigned char *u = (const unsigned char *)p;
	for (size_t i = 0; i < n; i++) {
		h ^= u[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

/* A set of strings, each with a string value: open addressing, for the
 * per-run memos and sets (graphs touched by a write, names looked up).
 * The map owns copies of its keys and values. */
typedef struct nkg_strmap nkg_strmap;

nkg_strmap *nkg_strmap_new(void);
void nkg_strmap_free(nkg_strmap *m);   /* NULL: no-op */
/* The value of key, or NULL when absent.  Borrowed: valid until key is
 * set again or the map is freed. */
const char *nkg_strmap_get(const nkg_strmap *m, const char *key);
/* Sets key to a copy of val (NULL is ""); replaces an earlier value.
 * Returns 0 or NKG_ENOMEM (the map is then unchanged). */
int nkg_strmap_put(nkg_strmap *m, const char *key, const char *val);
/* Empties the map (its memory is kept for reuse). */
void nkg_strmap_clear(nkg_strmap *m);
size_t nkg_strmap_count(const nkg_strmap *m);
/* The keys, sorted (strcmp): *out is a malloc'ed array of n pointers
 * borrowed from the map (valid until it changes); free the array only.
 * Returns 0 or NKG_ENOMEM.  Sorted so that work done per key comes out
 * the same from run to run. */
int nkg_strmap_keys(const nkg_strmap *m, const char ***out, size_t *n);

/* 1 if path exists and is not a regular file (a device, FIFO, socket):
 * written in place, never replaced by a rename. */
int nkg_path_is_special(const char *path);
/* Writes data to path atomically: a temporary file in the same directory
 * renamed over path, so readers never see a half-written file (a special
 * path is written in place). */
int nkg_write_file_atomic(const char *path, const char *data, size_t n,
			  nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

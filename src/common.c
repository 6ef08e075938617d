/* newskg — errors, buffers, UTF-8 and small string helpers. */
#include "newskg/common.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int nkg_error_set(nkg_error *err, int code, const char *fmt, ...)
{
	if (err) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(err->msg, sizeof err->msg, fmt, ap);
		va_end(ap);
		err->code = code;
	}
	return code;
}

void nkg_error_clear(nkg_error *err)
{
	if (err) {
		err->code = 0;
		err->msg[0] = '\0';
	}
}

struct nkg_strmap {
	char **key, **val;   /* cap slots (a power of two); key NULL: empty */
	size_t cap, n;
};

nkg_strmap *nkg_strmap_new(void)
{
	return calloc(1, sizeof(nkg_strmap));
}

void nkg_strmap_clear(nkg_strmap *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->cap; i++) {
		free(m->key[i]);
		free(m->val[i]);
		m->key[i] = m->val[i] = NULL;
	}
	m->n = 0;
}

void nkg_strmap_free(nkg_strmap *m)
{
	if (!m)
		return;
	nkg_strmap_clear(m);
	free(m->key);
	free(m->val);
	free(m);
}

size_t nkg_strmap_count(const nkg_strmap *m)
{
	return m ? m->n : 0;
}

/* The slot of key in keys (cap a power of two): its own, or the empty one
 * where it would go.  Linear probing; the table is never over half full. */
static int cmp_key(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int nkg_strmap_keys(const nkg_strmap *m, const char ***out, size_t *n)
{
	const char **v;
	size_t k = 0;

	*out = NULL;
	*n = 0;
	if (!m || !m->n)
		return 0;
	if (!(v = malloc(m->n * sizeof *v)))
		return NKG_ENOMEM;
	for (size_t i = 0; i < m->cap; i++)
		if (m->key[i])
			v[k++] = m->key[i];
	qsort(v, k, sizeof *v, cmp_key);
	*out = v;
	*n = k;
	return 0;
}

static size_t strmap_slot(char *const *keys, size_t cap, const char *key)
{
	size_t i = (size_t)nkg_hash(NKG_HASH_INIT, key, strlen(key)) & (cap - 1);
	while (keys[i] && strcmp(keys[i], key))
		i = (i + 1) & (cap - 1);
	return i;
}

const char *nkg_strmap_get(const nkg_strmap *m, const char *key)
{
	if (!m || !m->n)
		return NULL;
	return m->val[strmap_slot(m->key, m->cap, key)];
}

int nkg_strmap_put(nkg_strmap *m, const char *key, const char *val)
{
	char *k = NULL, *v = NULL;
	size_t i;

	if ((m->n + 1) * 2 > m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 64;
		char **nk = calloc(ncap, sizeof *nk), **nv = calloc(ncap, sizeof *nv);
		if (!nk || !nv) {
			free(nk);
			free(nv);
			return NKG_ENOMEM;
		}
		for (size_t j = 0; j < m->cap; j++) {
			if (!m->key[j])
				continue;
			i = strmap_slot(nk, ncap, m->key[j]);
			nk[i] = m->key[j];
			nv[i] = m->val[j];
		}
		free(m->key);
		free(m->val);
		m->key = nk;
		m->val = nv;
		m->cap = ncap;
	}
	i = strmap_slot(m->key, m->cap, key);
	if (!(v = nkg_strdup(val ? val : "")) || (!m->key[i] && !(k = nkg_strdup(key)))) {
		free(v);
		return NKG_ENOMEM;
	}
	if (k) {
		m->key[i] = k;
		m->n++;
	}
	free(m->val[i]);
	m->val[i] = v;
	return 0;
}

int nkg_grow(void **arr, size_t *cap, size_t need, size_t elsz)
{
	size_t ncap;
	void *p;

	if (need <= *cap)
		return 0;
	ncap = *cap ? *cap : 8;
	while (ncap < need)
		ncap *= 2;
	p = realloc(*arr, ncap * elsz);
	if (!p)
		return NKG_ENOMEM;
	*arr = p;
	*cap = ncap;
	return 0;
}

int nkg_buf_append(nkg_buf *b, const char *s, size_t n)
{
	void *d = b->data;
	if (nkg_grow(&d, &b->cap, b->len + n + 1, 1))
		return NKG_ENOMEM;
	b->data = d;
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
	return 0;
}

int nkg_buf_puts(nkg_buf *b, const char *s)
{
	return nkg_buf_append(b, s, strlen(s));
}

int nkg_buf_csv_quoted(nkg_buf *b, const char *s)
{
	if (nkg_buf_puts(b, "\""))
		return NKG_ENOMEM;
	for (const char *p = s; *p; p++)
		if ((*p == '"' && nkg_buf_puts(b, "\"")) || nkg_buf_append(b, p, 1))
			return NKG_ENOMEM;
	return nkg_buf_puts(b, "\"");
}

int nkg_buf_printf(nkg_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;
	void *d;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return NKG_ENOMEM;
	d = b->data;
	if (nkg_grow(&d, &b->cap, b->len + (size_t)n + 1, 1))
		return NKG_ENOMEM;
	b->data = d;
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
	return 0;
}

char *nkg_buf_detach(nkg_buf *b)
{
	char *d = b->data;
	if (!d)
		d = calloc(1, 1);
	b->data = NULL;
	b->len = b->cap = 0;
	return d;
}

void nkg_buf_free(nkg_buf *b)
{
	if (!b)
		return;
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}

char *nkg_strdup(const char *s)
{
	return s ? nkg_strndup(s, strlen(s)) : NULL;
}

char *nkg_strndup(const char *s, size_t n)
{
	char *p = malloc(n + 1);
	if (!p)
		return NULL;
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int nkg_utf8_check(const char *s, size_t n, size_t *bad_off)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0;

	while (i < n) {
		unsigned c = u[i], need, cp, min;
		size_t k;

		if (c < 0x80) {
			/* ASCII eight bytes at a time: most of any page */
			i++;
			while (i + 8 <= n) {
				uint64_t w;
				memcpy(&w, u + i, 8);
				if (w & 0x8080808080808080ULL)
					break;
				i += 8;
			}
			continue;
		}
		if ((c & 0xE0) == 0xC0) { need = 1; cp = c & 0x1F; min = 0x80; }
		else if ((c & 0xF0) == 0xE0) { need = 2; cp = c & 0x0F; min = 0x800; }
		else if ((c & 0xF8) == 0xF0) { need = 3; cp = c & 0x07; min = 0x10000; }
		else goto bad;
		for (k = 1; k <= need; k++) {
			if (i + k >= n || (u[i + k] & 0xC0) != 0x80)
				goto bad;
			cp = (cp << 6) | (u[i + k] & 0x3F);
		}
		/* Overlong forms, surrogates and values past U+10FFFF are not
		 * UTF-8 even when the bit pattern fits. */
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			goto bad;
		i += need + 1;
	}
	return 0;
bad:
	if (bad_off)
		*bad_off = i;
	return -1;
}

size_t nkg_utf8_decode(const char *s, size_t n, unsigned *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, k;
	unsigned c;

	if (n == 0) { *cp = 0; return 0; }
	c = u[0];
	if (c < 0x80) { *cp = c; return 1; }
	if ((c & 0xE0) == 0xC0) { len = 2; c &= 0x1F; }
	else if ((c & 0xF0) == 0xE0) { len = 3; c &= 0x0F; }
	else if ((c & 0xF8) == 0xF0) { len = 4; c &= 0x07; }
	else { *cp = 0xFFFD; return 1; }
	if (len > n) { *cp = 0xFFFD; return 1; }
	for (k = 1; k < len; k++)
		c = (c << 6) | (u[k] & 0x3F);
	*cp = c;
	return len;
}

/* Base letter of Latin-1 Supplement / Latin Extended-A code points, enough
 * for French, Spanish, German, Nordic and Central European names. */
static unsigned fold_cp(unsigned cp)
{
	static const char l1[] =
		"AAAAAAACEEEEIIII" "DNOOOOO*OUUUUYTs"   /* U+00C0..U+00DF */
		"aaaaaaaceeeeiiii" "dnooooo/ouuuuyty";  /* U+00E0..U+00FF */
	static const char ext[] =
		"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";
	if (cp >= 0xC0 && cp <= 0xFF && l1[cp - 0xC0] != '*' && l1[cp - 0xC0] != '/')
		return (unsigned char)l1[cp - 0xC0];
	if (cp >= 0x100 && cp < 0x100 + sizeof ext - 1)
		return (unsigned char)ext[cp - 0x100];
	return cp;
}

size_t nkg_fold_into(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0;

	/* Each code point folds to no more bytes than it takes in UTF-8
	 * ("Æ", two bytes, is "ae"; "’", three, is "'"), so out never
	 * needs more than n bytes, and out may be s itself. */
	while (i < n) {
		unsigned char c0 = (unsigned char)s[i];
		if (c0 < 0x80) { /* the common case, without decoding */
			out[o++] = (char)(c0 >= 'A' && c0 <= 'Z' ? c0 + 32 : c0);
			i++;
			continue;
		}
		unsigned cp;
		size_t l = nkg_utf8_decode(s + i, n - i, &cp);
		if (cp == 0x2019 || cp == 0x2018) cp = '\'';
		else if (cp == 0x2010 || cp == 0x2011 || cp == 0x2013) cp = '-';
		else if (cp == 0xC6 || cp == 0xE6) { out[o++] = 'a'; out[o++] = 'e'; i += l; continue; }
		else if (cp == 0x152 || cp == 0x153) { out[o++] = 'o'; out[o++] = 'e'; i += l; continue; }
		else if (cp == 0xDF) { out[o++] = 's'; out[o++] = 's'; i += l; continue; }
		cp = fold_cp(cp);
		if (cp < 0x80) {
			out[o++] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		} else {
			memmove(out + o, s + i, l); /* (out may be s: folding in place) */
			o += l;
		}
		i += l;
	}
	return o;
}

char *nkg_fold(const char *s)
{
	size_t n = strlen(s);
	char *out = malloc(n + 1);
	if (!out)
		return NULL;
	out[nkg_fold_into(s, n, out)] = '\0';
	return out;
}

char *nkg_slug(const char *s)
{
	char *f = nkg_fold(s ? s : ""), *out, *o;
	const char *p;
	int dash = 0;

	if (!f)
		return NULL;
	out = malloc(strlen(f) + 2);
	if (!out) { free(f); return NULL; }
	o = out;
	for (p = f; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (dash && o != out)
				*o++ = '-';
			*o++ = (char)c;
			dash = 0;
		} else {
			dash = 1;
		}
	}
	if (o == out)
		*o++ = 'x';
	*o = '\0';
	free(f);
	return out;
}

int nkg_path_is_special(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

/* Straight into a device, a pipe or a socket (-o /dev/null, -o /dev/stdout,
 * a FIFO): renaming a temporary file over one would replace it by a plain
 * file. */
static int write_special(const char *path, const char *data, size_t n, nkg_error *err)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return nkg_error_set(err, NKG_EIO, "%s: cannot write: %s", path, strerror(errno));
	if ((n && fwrite(data, 1, n, f) != n) || fflush(f) != 0) {
		fclose(f);
		return nkg_error_set(err, NKG_EIO, "%s: write failed: %s", path, strerror(errno));
	}
	if (fclose(f) != 0)
		return nkg_error_set(err, NKG_EIO, "%s: write failed: %s", path, strerror(errno));
	return 0;
}

int nkg_write_file_atomic(const char *path, const char *data, size_t n,
			  nkg_error *err)
{
	char *tmp = NULL;
	FILE *f = NULL;
	int rc = 0;
	size_t plen = strlen(path);

	if (nkg_path_is_special(path))
		return write_special(path, data, n, err);
	tmp = malloc(plen + 32);
	if (!tmp)
		return nkg_error_set(err, NKG_ENOMEM, "out of memory");
	snprintf(tmp, plen + 32, "%s.tmp.%ld", path, (long)getpid());
	f = fopen(tmp, "wb");
	if (!f) {
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot write: %s", path, strerror(errno));
		goto done;
	}
	if ((n && fwrite(data, 1, n, f) != n) || fflush(f) != 0 || fsync(fileno(f)) != 0) {
		rc = nkg_error_set(err, NKG_EIO, "%s: write failed: %s", path, strerror(errno));
		goto done;
	}
	if (fclose(f) != 0) {
		f = NULL;
		rc = nkg_error_set(err, NKG_EIO, "%s: write failed: %s", path, strerror(errno));
		goto done;
	}
	f = NULL;
	/* rename() is atomic within one file system: readers see the old file
	 * or the new one, never a half-written one. */
	if (rename(tmp, path) != 0) {
		rc = nkg_error_set(err, NKG_EIO, "%s: cannot replace: %s", path, strerror(errno));
		goto done;
	}
done:
	if (f)
		fclose(f);
	if (rc)
		unlink(tmp);
	free(tmp);
	return rc;
}

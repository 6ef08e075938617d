/* newskg — character sets: what a web page declares, and conversion to
 * UTF-8 through iconv (glibc's, no other library).
 *
 * The readers of web inputs (html.c, and feed.c and warc.c through it)
 * call this first, so the HTML parser and everything after it only ever
 * see UTF-8. */
#include "newskg/charset.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SNIFF_BYTES 4096

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + 32 : c;
}

/* Copies a charset token (letters, digits, '-', '_', '.', ':') from s,
 * lower-cased; returns its length (0 when none or too long). */
static size_t take_name(const char *s, const char *end, char *name)
{
	size_t k = 0;

	while (s < end && k + 1 < NKG_CHARSET_MAX) {
		unsigned char c = (unsigned char)*s;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		      (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
		      c == ':'))
			break;
		name[k++] = (char)lower(c);
		s++;
	}
	if (k + 1 >= NKG_CHARSET_MAX && s < end && *s != '"' && *s != '\'' &&
	    *s != ';' && *s != ' ')
		k = 0; /* cut: no charset has so long a name */
	name[k] = '\0';
	return k;
}

/* "charset" (any case) at s, then optional blanks, '=', optional blanks and
 * quote: the name after it.  Returns 1 when a name was taken. */
static int charset_at(const char *s, const char *end, char *name)
{
	if (end - s < 7 || strncasecmp(s, "charset", 7) != 0)
		return 0;
	s += 7;
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	if (s >= end || *s != '=')
		return 0;
	s++;
	while (s < end && (*s == ' ' || *s == '\t' || *s == '"' || *s == '\''))
		s++;
	return take_name(s, end, name) > 0;
}

int nkg_charset_param(const char *ct, char *name)
{
	const char *end;

	name[0] = '\0';
	if (!ct)
		return 0;
	end = ct + strlen(ct);
	for (const char *p = ct; p < end; p++)
		if ((p == ct || p[-1] == ';' || p[-1] == ' ' || p[-1] == '\t') &&
		    charset_at(p, end, name))
			return 1;
	return 0;
}

int nkg_charset_sniff(const char *data, size_t n, char *name)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *end = data + (n < SNIFF_BYTES ? n : SNIFF_BYTES);

	name[0] = '\0';
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		strcpy(name, "utf-8");
		return 1;
	}
	if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		strcpy(name, u[0] == 0xFF ? "utf-16le" : "utf-16be");
		return 1;
	}
	/* The pre-scan looks at <meta ...> tags only: the charset attribute,
	 * or a charset parameter inside a content attribute (http-equiv).
	 * Comments are stepped over so a commented-out tag does not count. */
	for (const char *p = data; p + 5 < end; p++) {
		if (p[0] != '<')
			continue;
		if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
			const char *c = p + 4;
			while (c + 2 < end && memcmp(c, "-->", 3) != 0)
				c++;
			p = c;
			continue;
		}
		if (strncasecmp(p + 1, "meta", 4) != 0 ||
		    !(p[5] == ' ' || p[5] == '\t' || p[5] == '\n' || p[5] == '\r' ||
		      p[5] == '/'))
			continue;
		const char *t = p + 5, *te = t;
		while (te < end && *te != '>')
			te++;
		for (; t < te; t++)
			if ((t[-1] == ' ' || t[-1] == '\t' || t[-1] == '\n' ||
			     t[-1] == '\r' || t[-1] == ';' || t[-1] == '"' ||
			     t[-1] == '\'' || t[-1] == '/') &&
			    charset_at(t, te, name))
				return 1;
		p = te - 1;
	}
	return 0;
}

/* One replacement character, U+FFFD. */
static int put_fffd(nkg_buf *b)
{
	return nkg_buf_append(b, "\xEF\xBF\xBD", 3);
}

/* UTF-8 that a page declared: bad sequences become U+FFFD. */
static int repair_utf8(const char *s, size_t n, nkg_buf *b)
{
	size_t at = 0, bad;

	while (at < n) {
		if (nkg_utf8_check(s + at, n - at, &bad) == 0)
			return nkg_buf_append(b, s + at, n - at);
		if (nkg_buf_append(b, s + at, bad) || put_fffd(b))
			return NKG_ENOMEM;
		at += bad + 1;
		/* the rest of a broken sequence goes with its lead byte */
		while (at < n && ((unsigned char)s[at] & 0xC0) == 0x80)
			at++;
	}
	return 0;
}

/* The iconv name for a declared charset: the HTML standard reads the
 * Latin-1 labels as Windows-1252, a superset browsers have always used
 * (pages labelled ISO-8859-1 hold curly quotes from 0x80-0x9F). */
static const char *iconv_name(const char *declared)
{
	static const char *const w1252[] = {
		"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "l1",
		"us-ascii", "ascii", "windows-1252", "cp1252", "x-cp1252",
		"iso-ir-100", "cp819", "ibm819", NULL
	};
	for (size_t i = 0; w1252[i]; i++)
		if (strcasecmp(declared, w1252[i]) == 0)
			return "CP1252";
	return declared;
}

/* Converts with iconv; bytes the charset leaves undefined (0x81 in
 * Windows-1252) become U+FFFD. */
static int convert(const char *s, size_t n, const char *from, nkg_buf *b,
		   const char *source, nkg_error *err)
{
	iconv_t cd = iconv_open("UTF-8", from);
	char out[4096];
	char *in = (char *)s; /* iconv's prototype; never written */
	size_t left = n;
	int rc = 0;

	if (cd == (iconv_t)-1)
		return nkg_error_set(err, NKG_EINPUT,
			"%s: unsupported charset '%s' (UTF-8, ISO-8859-1 and Windows-1252 are read, and others iconv knows)",
			source, from);
	while (left > 0) {
		char *o = out;
		size_t ol = sizeof out;
		size_t r = iconv(cd, &in, &left, &o, &ol);
		if (nkg_buf_append(b, out, (size_t)(o - out))) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		if (r != (size_t)-1)
			break;
		if (errno == E2BIG)
			continue;
		/* EILSEQ, or EINVAL for a sequence cut at the end */
		if (put_fffd(b)) {
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
			goto done;
		}
		in++;
		left--;
	}
	/* flush a stateful encoding's shift state */
	{
		char *o = out;
		size_t ol = sizeof out;
		iconv(cd, NULL, NULL, &o, &ol);
		if (nkg_buf_append(b, out, (size_t)(o - out)))
			rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
	}
done:
	iconv_close(cd);
	return rc;
}

int nkg_charset_decode(const char *data, size_t n, const char *declared,
		       const char *source, char **out, size_t *out_n,
		       nkg_error *err)
{
	const unsigned char *u = (const unsigned char *)data;
	nkg_buf b = {0};
	size_t bad;
	int rc = 0;

	*out = NULL;
	*out_n = 0;
	if (!source)
		source = "<input>";
	if (declared && !*declared)
		declared = NULL;
	/* A byte order mark is the strongest declaration there is. */
	if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		data += 3;
		n -= 3;
		declared = "utf-8";
	} else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		declared = u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE";
		data += 2;
		n -= 2;
	}
	if (!declared) {
		if (nkg_utf8_check(data, n, &bad) != 0) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: byte %zu: invalid UTF-8 (0x%02X) and no charset declared (declare one with <meta charset> or the HTTP Content-Type)",
				source, bad, (unsigned)(unsigned char)data[bad]);
			goto done;
		}
		rc = nkg_buf_append(&b, data, n);
	} else if (!strcasecmp(declared, "utf-8") || !strcasecmp(declared, "utf8") ||
		   !strcasecmp(declared, "unicode-1-1-utf-8")) {
		rc = repair_utf8(data, n, &b);
	} else {
		if ((rc = convert(data, n, iconv_name(declared), &b, source, err)))
			goto done;
		/* iconv's output is UTF-8 by construction; checked anyway,
		 * since everything after trusts it. */
		if (b.len && nkg_utf8_check(b.data, b.len, &bad) != 0) {
			rc = nkg_error_set(err, NKG_EINPUT,
				"%s: charset '%s' gave invalid UTF-8", source, declared);
			goto done;
		}
	}
	if (rc) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	if (nkg_buf_append(&b, "", 0)) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t i = 0; i < b.len; i++)
		if (b.data[i] == '\0')
			b.data[i] = ' ';
	*out_n = b.len;
	*out = nkg_buf_detach(&b);
done:
	nkg_buf_free(&b);
	return rc;
}

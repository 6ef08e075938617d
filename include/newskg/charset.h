/* newskg — character sets of web pages: finding the one a page or its
 * HTTP header declares, and converting to UTF-8 with iconv.
 *
 * Used by the HTML reader (src/html.c) and, through it, by the feed and
 * WARC readers.  Everything after this step is UTF-8. */
#ifndef NEWSKG_CHARSET_H
#define NEWSKG_CHARSET_H

#include "newskg/common.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Longest charset name kept (IANA names are at most 40 bytes). */
#define NKG_CHARSET_MAX 48

/* The charset parameter of a Content-Type value ("text/html;
 * charset=ISO-8859-1"), lower-cased, into name (NKG_CHARSET_MAX bytes).
 * Returns 1 when there is one, else 0 (name is then ""). */
int nkg_charset_param(const char *content_type, char *name);

/* The charset an HTML document declares in its first bytes: a byte order
 * mark, <meta charset=X> or <meta http-equiv=Content-Type content="...;
 * charset=X"> (the HTML standard's pre-scan, over the first 4 KiB).
 * Returns 1 and fills name (lower case) when found, else 0. */
int nkg_charset_sniff(const char *data, size_t n, char *name);

/* Converts data[0..n) to UTF-8 (NUL-terminated, *out allocated, caller
 * frees; *out_n its length).  declared is the charset a header or the
 * page declares, or NULL:
 *   - NULL: the bytes must be UTF-8 (a BOM is dropped); invalid UTF-8 is
 *     NKG_EINPUT naming source and the byte offset;
 *   - "utf-8": invalid sequences become U+FFFD (the page said UTF-8 and
 *     holds a few bad bytes, as real pages do);
 *   - "iso-8859-1", "latin1", "us-ascii", "windows-1252": read as
 *     Windows-1252, as the HTML standard says browsers must;
 *   - any other name iconv knows; an unknown one is NKG_EINPUT.
 * NUL bytes become spaces (the readers promise bodies without NUL). */
int nkg_charset_decode(const char *data, size_t n, const char *declared,
		       const char *source, char **out, size_t *out_n,
		       nkg_error *err);

#ifdef __cplusplus
}
#endif
#endif

/* newskg — the reader's private parts, shared by reader.c (plain text,
 * front matter, directories, the reader) and jsonl.c (JSON Lines
 * records). */
#ifndef NEWSKG_READER_INT_H
#define NEWSKG_READER_INT_H

#include "newskg/reader.h"

#include <stddef.h>

static inline int is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

/* Longest excerpt of a bad value quoted back in a message. */
#define QUOTE_MAX 64

/* Helpers of reader.c that jsonl.c uses (see their definitions). */
int nkg_rd_is_blank(const char *s, size_t n);
size_t nkg_rd_col_of(const char *s, size_t off);
int nkg_rd_lang_ok(char *s);
char *nkg_rd_normalise_newlines(const char *s, size_t n, size_t *out_len);
int nkg_rd_set_field(char **slot, const char *v, size_t n);
void nkg_rd_stem(const char *path, const char **b, size_t *n);

#endif

/* newskg — SPARQL's lexical rules that the query and results modules
 * share (private). */
#ifndef NEWSKG_SPARQL_H
#define NEWSKG_SPARQL_H

/* Whether byte c may be part of a variable or prefix name: ASCII letters,
 * digits, '_' and any UTF-8 byte (PN_CHARS beyond ASCII: names of ours
 * are ASCII anyway). */
static inline int nkg_sparql_name_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '_' || c >= 0x80;
}

#endif

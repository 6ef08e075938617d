/* newskg — dates in one module (src/dates.c): the calendar (days in a
 * month), the shapes of the ISO dates the graph stores ("2023", "2023-11",
 * "2023-11-17"), article dates validated, and dates as web metadata writes
 * them.  The parsing of dates in prose stays with the mentions (relative
 * dates need the sentence); it asks this module about the calendar. */
#ifndef NEWSKG_DATES_H
#define NEWSKG_DATES_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Days in month m (1-12) of year y, leap years counted; 0 for no month. */
int nkg_date_days_in_month(int y, int m);

/* 1 when d is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (digits and dashes in
 * those places; the values are not range-checked), else 0. */
int nkg_date_iso_shape(const char *d);

/* Validates an article date: "YYYY-MM-DD" (a real calendar day), "YYYY-MM"
 * or "YYYY". 0 if valid. */
int nkg_date_valid(const char *s);

/* A date as web metadata writes it, to an article date in out (11 bytes):
 * ISO 8601 ("2023-11-20", "2023-11-20T10:00:00+01:00", "2023-11",
 * "2023"), or RFC 822/1123 as feeds and HTTP write it ("Mon, 20 Nov 2023
 * 10:00:00 +0100").  The day is the one written (no time zone shift).
 * Leading and trailing blanks are ignored.  0, or -1 when s[0..n) is no
 * such date. */
int nkg_date_normalise(const char *s, size_t n, char out[11]);

/* An article date as front matter writes it, into day (11 bytes):
 * "YYYY-MM-DD", a date-time "YYYY-MM-DDTHH:MM..." (or with a space, as
 * YAML timestamps allow) of which the day is kept, or a month "YYYY-MM"
 * or a year "YYYY" kept as they are.  0, or -1 when s[0..n) is none. */
int nkg_date_parse_day(const char *s, size_t n, char day[11]);

#ifdef __cplusplus
}
#endif
#endif

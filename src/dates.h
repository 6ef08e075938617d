/* dates.h — the calendar newskg's stages share (private): the days of a
 * month, and whether a string is an ISO date at one of the precisions the
 * graph stores ("2023", "2023-11", "2023-11-17").  The parsing of dates
 * in prose stays with the mentions, the parsing of metadata with the
 * reader; both ask this module about the calendar. */
#ifndef NKG_DATES_H
#define NKG_DATES_H

/* Days in month m (1-12) of year y, leap years counted. */
int nkg_date_days_in_month(int y, int m);

/* 1 when d is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (digits and dashes in
 * those places; the values are not range-checked), else 0. */
int nkg_date_iso_shape(const char *d);

#endif

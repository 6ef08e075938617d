/* newskg — dates in one module (see dates.h): the calendar, the shapes
 * of ISO dates at year, month or day precision, article dates validated,
 * and dates as web metadata writes them (ISO 8601, RFC 822). */
#include "newskg/dates.h"

#include <string.h>

int nkg_date_days_in_month(int y, int m)
{
	static const int dm[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return dm[m - 1];
}

int nkg_date_iso_shape(const char *d)
{
	static const char pat[] = "dddd-dd-dd";
	size_t n = d ? strlen(d) : 0;
	if (n != 4 && n != 7 && n != 10)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (pat[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != '-')
			return 0;
	return 1;
}

/* ---- article dates: validation, and dates as web metadata writes them ---- */

/* (ASCII classes: a date's digits and words are ASCII whatever the
 * locale) */
static int dg(char c) { return c >= '0' && c <= '9'; }
static int sp(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
static int al(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

static int num(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* YYYY-MM-DD naming a real (proleptic Gregorian) day, in the first 10 bytes
 * of s; the caller has checked n >= 10. */
static int ymd_ok(const char *s)
{
	static const int dig[] = {0, 1, 2, 3, 5, 6, 8, 9};
	int y, m, d;
	size_t i;

	for (i = 0; i < 8; i++)
		if (!dg(s[dig[i]]))
			return 0;
	if (s[4] != '-' || s[7] != '-')
		return 0;
	y = num(s, 4);
	m = num(s + 5, 2);
	d = num(s + 8, 2);
	return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= nkg_date_days_in_month(y, m);
}

/* "YYYY-MM" or "YYYY" in exactly n bytes: an article dated only to its
 * month or year (many archives give no more). */
static int ym_ok(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (i == 4 ? s[i] != '-' : !dg(s[i]))
			return 0;
	if (n == 4)
		return num(s, 4) >= 1;
	return n == 7 && num(s, 4) >= 1 && num(s + 5, 2) >= 1 && num(s + 5, 2) <= 12;
}

int nkg_date_valid(const char *s)
{
	size_t n = s ? strlen(s) : 0;
	if (!s || !((n == 10 && ymd_ok(s)) || ym_ok(s, n)))
		return -1;
	return 0;
}

/* Month abbreviations of RFC 822 dates: tokens of the date format itself,
 * written in English whatever the language of the page. */
static const char *const rfc822_months[] = {
	"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
	"nov", "dec"
};

int nkg_date_normalise(const char *s, size_t n, char out[11])
{
	size_t i = 0, k;
	int d = 0, m = 0, y = 0;

	while (n && sp(s[n - 1]))
		n--;
	while (i < n && sp(s[i]))
		i++;
	s += i;
	n -= i;
	if (n >= 4 && dg(s[0]) && (n == 4 || s[4] == '-')) {
		/* ISO 8601: the month or year alone, or a day with anything
		 * after it that starts a time */
		if (n == 4 || n == 7)
			return ym_ok(s, n) ? (memcpy(out, s, n), out[n] = '\0', 0) : -1;
		if (n < 10 || !ymd_ok(s) || (n > 10 && s[10] != 'T' && s[10] != 't' &&
					     s[10] != ' '))
			return -1;
		memcpy(out, s, 10);
		out[10] = '\0';
		return 0;
	}
	/* RFC 822: [Wkd,] D Mon YYYY ... */
	i = 0;
	if (n > 4 && al(s[0])) {
		while (i < n && al(s[i]))
			i++;
		if (i < n && s[i] == ',')
			i++;
		while (i < n && s[i] == ' ')
			i++;
	}
	for (k = 0; i < n && dg(s[i]) && k < 2; k++)
		d = d * 10 + (s[i++] - '0');
	if (!k || i >= n || s[i] != ' ')
		return -1;
	i++;
	if (n - i < 3)
		return -1;
	for (k = 0; k < 12; k++)
		if (strncasecmp(s + i, rfc822_months[k], 3) == 0)
			m = (int)k + 1;
	if (!m)
		return -1;
	i += 3;
	while (i < n && al(s[i]))
		i++; /* "November" */
	if (i >= n || s[i] != ' ')
		return -1;
	i++;
	for (k = 0; i < n && dg(s[i]) && k < 4; k++)
		y = y * 10 + (s[i++] - '0');
	if (k == 2)
		y += y < 50 ? 2000 : 1900; /* RFC 822's two-digit years */
	else if (k != 4)
		return -1;
	if (i < n && dg(s[i]))
		return -1;
	if (y < 1 || d < 1 || d > nkg_date_days_in_month(y, m))
		return -1;
	out[0] = (char)('0' + y / 1000);
	out[1] = (char)('0' + y / 100 % 10);
	out[2] = (char)('0' + y / 10 % 10);
	out[3] = (char)('0' + y % 10);
	out[4] = '-';
	out[5] = (char)('0' + m / 10);
	out[6] = (char)('0' + m % 10);
	out[7] = '-';
	out[8] = (char)('0' + d / 10);
	out[9] = (char)('0' + d % 10);
	out[10] = '\0';
	return 0;
}

/* Accepts "YYYY-MM-DD" or a date-time "YYYY-MM-DDTHH:MM..." (also with a
 * space, as YAML timestamps allow) and keeps only the day; or a month
 * "YYYY-MM" or a year "YYYY", kept as they are. */
int nkg_date_parse_day(const char *s, size_t n, char day[11])
{
	if (ym_ok(s, n)) {
		memcpy(day, s, n);
		day[n] = '\0';
		return 0;
	}
	if (n < 10 || !ymd_ok(s))
		return -1;
	if (n > 10) {
		const char *t = s + 11;
		if ((s[10] != 'T' && s[10] != 't' && s[10] != ' ') || n < 16 ||
		    !dg(t[0]) || !dg(t[1]) ||
		    t[2] != ':' || !dg(t[3]) ||
		    !dg(t[4]) || num(t, 2) > 23 ||
		    num(t + 3, 2) > 59)
			return -1;
	}
	memcpy(day, s, 10);
	day[10] = '\0';
	return 0;
}

/* newskg — dates in prose: absolute and relative dates, weekdays, spans
 * ("de 2012 à 2015"), resolved against the article's date as far as its
 * precision allows (the calendar is dates.c's) (see mentions.h). */
#include "mentions_int.h"

/* ---- dates ------------------------------------------------------------ */

static long days_from_civil(long y, unsigned m, unsigned d)
{
	y -= m <= 2;
	long era = (y >= 0 ? y : y - 399) / 400;
	unsigned yoe = (unsigned)(y - era * 400);
	unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (long)doe - 719468;
}

/* Whether day iso lies in the week before the article's day (both
 * "YYYY-MM-DD"). */
int nkg_m_recent_day(const char *iso, const char *adate)
{
	int y, m, d, ay, am, ad;
	if (!adate || strlen(iso) != 10 || strlen(adate) != 10 ||
	    sscanf(iso, "%d-%d-%d", &y, &m, &d) != 3 ||
	    sscanf(adate, "%d-%d-%d", &ay, &am, &ad) != 3)
		return 0;
	long gap = days_from_civil(ay, (unsigned)am, (unsigned)ad) -
		   days_from_civil(y, (unsigned)m, (unsigned)d);
	return gap >= 1 && gap <= 7;
}

static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	unsigned doe = (unsigned)(z - era * 146097);
	unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long yy = (long)yoe + era * 400;
	unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	unsigned mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yy + (*m <= 2));
}

/* atoi for the digit runs of an ISO date, without strtol's locale work
 * (this runs for every token). */
static int digits_at(const char *s)
{
	int v = 0, neg = *s == '-';
	s += neg || *s == '+';
	for (int i = 0; i < 9 && *s >= '0' && *s <= '9'; i++)
		v = v * 10 + (*s++ - '0');
	return neg ? -v : v;
}

static int parse_iso(const char *s, int *y, int *m, int *d)
{
	if (!s || strnlen(s, 10) < 10)
		return -1;
	*y = digits_at(s);
	*m = digits_at(s + 5);
	*d = digits_at(s + 8);
	return (*m >= 1 && *m <= 12 && *d >= 1 && *d <= 31) ? 0 : -1;
}

/* How far the article's date goes: an article may be dated to the day, the
 * month ("YYYY-MM") or the year ("YYYY").  A relative date is resolved
 * only as far as that allows: "hier" needs the day, "in May" the month,
 * "last year" the year. */
enum { ADATE_NONE, ADATE_YEAR, ADATE_MONTH, ADATE_DAY };

static int adate_parse(const char *s, int *y, int *m, int *d)
{
	size_t n = s ? strnlen(s, 11) : 0;
	*y = *m = *d = 0;
	if (n == 10 && parse_iso(s, y, m, d) == 0)
		return ADATE_DAY;
	if (n == 7 && s[4] == '-' && (*y = digits_at(s)) > 0 &&
	    (*m = digits_at(s + 5)) >= 1 && *m <= 12)
		return ADATE_MONTH;
	if (n == 4 && (*y = digits_at(s)) > 0)
		return ADATE_YEAR;
	*y = *m = 0;
	return ADATE_NONE;
}

/* Formats through a large buffer: the values are range-checked, but the
 * compiler cannot know it and would flag a possible truncation. */
static void fmt_date(char iso[11], int y, int m, int d)
{
	char tmp[48];
	/* Relative dates can step past the four-digit years an article
	 * date may have ("demain" on 9999-12-31): state no date rather
	 * than a truncated "10000-01-0". */
	if (y < 1 || y > 9999) {
		iso[0] = '\0';
		return;
	}
	if (m && d)
		snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
	else if (m)
		snprintf(tmp, sizeof tmp, "%04d-%02d", y, m);
	else
		snprintf(tmp, sizeof tmp, "%04d", y);
	memcpy(iso, tmp, 10);
	iso[10] = '\0';
}

static void fmt_day(char iso[11], int y, int m, int d)
{
	fmt_date(iso, y, m, d);
}

/* A month named without a year: the one nearest the article, from six
 * months before to five after ("en mai" in November is the past May, "on
 * Oct. 14" in May the coming October). */
static int nearest_year(int ay, int am, int mm)
{
	int d = mm - am;
	if (d > 5)
		return ay - 1;
	if (d < -6)
		return ay + 1;
	return ay;
}

static int month_of(const nkg_lang *l, const char *f)
{
	size_t n = strlen(f);
	/* First bytes compared inline: this runs for every token. */
	for (int i = 0; l->months[i]; i++)
		if (l->months[i][0] == f[0] && strcmp(l->months[i], f) == 0)
			return i % 12 + 1;
	/* Other abbreviations: "sept." is a prefix of "september" */
	if (n >= 4 && f[n - 1] == '.')
		for (int i = 0; i < 12 && l->months[i]; i++)
			if (l->months[i][0] == f[0] && !strncmp(l->months[i], f, n - 1))
				return i + 1;
	return 0;
}

static int weekday_of(const nkg_lang *l, const char *f)
{
	for (int i = 0; i < 7 && l->weekdays[i]; i++)
		if (l->weekdays[i][0] == f[0] && strcmp(l->weekdays[i], f) == 0)
			return i; /* 0 = Monday */
	return -1;
}

/* Day of month from "20", "1er", "1st", "3rd". */
static int day_num(const char *f)
{
	int v = 0, n = 0;
	while (f[n] >= '0' && f[n] <= '9' && n < 3)
		v = v * 10 + (f[n++] - '0');
	if (!n || n > 2 || v < 1 || v > 31)
		return 0;
	if (f[n] && strcmp(f + n, "er") && strcmp(f + n, "st") && strcmp(f + n, "nd") &&
	    strcmp(f + n, "rd") && strcmp(f + n, "th") && strcmp(f + n, "e"))
		return 0;
	return v;
}

static int year_num(const char *f)
{
	if (strlen(f) != 4)
		return 0;
	for (int i = 0; i < 4; i++)
		if (f[i] < '0' || f[i] > '9')
			return 0;
	int v = atoi(f);
	return v >= 1800 && v <= 2199 ? v : 0;
}

static size_t weekday_expr(const nkg_doc *doc, const nkg_lang *l, size_t k,
			   size_t end, const char *adate, char iso[11])
{
	int wd = weekday_of(l, TOKS(doc)[k].fold), y, m, d;
	size_t used = 1;
	int last = 0;

	if (wd < 0)
		return 0;
	if (k + 1 < end && nkg_lang_in(l->last_words, TOKS(doc)[k + 1].fold)) {
		last = 1;
		used++;
	}
	if (k + used < end && nkg_lang_in(l->part_of_day, TOKS(doc)[k + used].fold))
		used++;
	if (k + used < end && !last && nkg_lang_in(l->last_words, TOKS(doc)[k + used].fold)) {
		last = 1;
		used++;
	}
	iso[0] = '\0';
	if (adate_parse(adate, &y, &m, &d) == ADATE_DAY) {
		long z = days_from_civil(y, (unsigned)m, (unsigned)d);
		int awd = (int)(((z % 7) + 7 + 3) % 7); /* 1970-01-01 was a Thursday */
		int back = (awd - wd + 7) % 7;
		if (back == 0 && last)
			back = 7;
		civil_from_days(z - back, &y, &m, &d);
		fmt_day(iso, y, m, d);
	}
	return used;
}

/* The number at token k: digits ("12"), a number word ("douze",
 * "twelve") or tens and units joined by a hyphen ("trente-deux",
 * "thirty-two"); 0 when none.  *len gets its tokens. */
static int number_value(const nkg_doc *doc, const nkg_lang *l, size_t k, size_t end, size_t *len)
{
	const char *f = TOKS(doc)[k].fold;
	*len = 1;
	if (strspn(f, "0123456789") == strlen(f) && strlen(f) <= 3)
		return atoi(f);
	char buf[32];
	snprintf(buf, sizeof buf, "%s", f);
	char *dash = strchr(buf, '-');
	int tens = 0;
	if (dash)
		*dash = '\0';
	for (int i = 0; l->number_words && l->number_words[i]; i++)
		if (l->number_words[i][0] && !strcmp(buf, l->number_words[i]))
			tens = i + 1;
	if (!tens)
		return 0;
	if (dash) {
		for (int i = 0; i < 9 && l->number_words[i]; i++)
			if (!strcmp(dash + 1, l->number_words[i]))
				return tens + i + 1;
		return 0;
	}
	(void)end;
	return tens;
}

size_t nkg_mentions_parse_date(const nkg_doc *doc, const nkg_lang *l,
			       size_t k, size_t end, const char *adate,
			       char iso[11])
{
	const nkg_token *t = &TOKS(doc)[k];
	int ay, am, ad, prec = adate_parse(adate, &ay, &am, &ad);
	int have_a = prec >= ADATE_MONTH, have_day = prec == ADATE_DAY;
	int have_year = prec >= ADATE_YEAR;
	size_t n;
	int dd, mm, yy;

	iso[0] = '\0';
	/* "il y a 12 ans", "voilà trente-deux ans", "32 years ago": the
	 * article's year less N */
	{
		size_t b = nkg_doc_match_list(doc, k, end, l->years_ago_before), a;
		size_t q = k + b, nl = 0;
		int v = q < end ? number_value(doc, l, q, end, &nl) : 0;
		if (v > 0 && v < 200 && q + nl < end &&
		    (a = nkg_doc_match_list(doc, q + nl, end, l->years_ago_after)) &&
		    (b || !l->years_ago_before[0])) {
			if (have_year)
				fmt_date(iso, ay - v, 0, 0);
			return b + nl + a;
		}
	}
	/* "de 2009 à 2017", "from 2012 to 2015", "between 2001 and 2004": a
	 * span of years, dated by its start (its end is the "until" of the
	 * post, which a date mention does not carry). */
	if (k + 3 < end && nkg_lang_in(l->range_open, t->fold) &&
	    (yy = year_num(TOKS(doc)[k + 1].fold)) &&
	    nkg_lang_in(l->range_mid, TOKS(doc)[k + 2].fold) &&
	    year_num(TOKS(doc)[k + 3].fold) >= yy) {
		fmt_date(iso, yy, 0, 0);
		return 4;
	}
	/* ISO 8601 day or month. */
	if ((t->flags & NKG_TOK_NUM) && strlen(t->fold) >= 7 && t->fold[4] == '-') {
		int y, m, d;
		if (strlen(t->fold) == 10 && parse_iso(t->fold, &y, &m, &d) == 0 &&
		    d <= nkg_date_days_in_month(y, m)) {
			fmt_day(iso, y, m, d);
			return 1;
		}
		if (strlen(t->fold) == 7 && year_num((char[]){ t->fold[0], t->fold[1], t->fold[2], t->fold[3], 0 })) {
			y = atoi(t->fold);
			m = atoi(t->fold + 5);
			if (m >= 1 && m <= 12) {
				fmt_date(iso, y, m, 0);
				return 1;
			}
		}
	}
	/* 20/11/2023 (day first in French, month first in English unless
	 * the first number cannot be a month). */
	if ((t->flags & NKG_TOK_NUM) && k + 4 < end + 0 && k + 4 <= end - 1 + 1 &&
	    !strcmp(TOKS(doc)[k + 1].fold, "/") && !strcmp(TOKS(doc)[k + 3].fold, "/")) {
		int a = atoi(t->fold), b = atoi(TOKS(doc)[k + 2].fold);
		int y = atoi(TOKS(doc)[k + 4].fold);
		if (strlen(TOKS(doc)[k + 4].fold) == 2)
			y += 2000;
		if (!strcmp(l->code, "en") && a <= 12 && b <= 31) {
			int tmp = a; a = b; b = tmp;
		}
		if (y >= 1800 && y <= 2199 && b >= 1 && b <= 12 && a >= 1 &&
		    a <= nkg_date_days_in_month(y, b)) {
			fmt_day(iso, y, b, a);
			return 5;
		}
	}
	/* "last December": the latest such month before the article's */
	if (nkg_lang_in(l->last_words, t->fold) && k + 1 < end &&
	    (mm = month_of(l, TOKS(doc)[k + 1].fold)) &&
	    !(k + 2 < end && (day_num(TOKS(doc)[k + 2].fold) || year_num(TOKS(doc)[k + 2].fold)))) {
		if (have_a)
			fmt_date(iso, mm < am ? ay : ay - 1, mm, 0);
		return 2;
	}
	/* Weekday, possibly followed by a full date ("lundi 20 novembre"). */
	if (weekday_of(l, t->fold) >= 0) {
		if (k + 1 < end && day_num(TOKS(doc)[k + 1].fold) &&
		    (n = nkg_mentions_parse_date(doc, l, k + 1, end, adate, iso)) > 0)
			return n + 1;
		return weekday_expr(doc, l, k, end, adate, iso);
	}
	/* "tard dimanche", "late Sunday", "on Monday". */
	if ((nkg_lang_in(l->part_of_day, t->fold) || !strcmp(t->fold, "on")) &&
	    k + 1 < end && weekday_of(l, TOKS(doc)[k + 1].fold) >= 0) {
		n = weekday_expr(doc, l, k + 1, end, adate, iso);
		return n ? n + 1 : 0;
	}
	/* 6 novembre 2023 / 20 November 2023 / 6 novembre */
	if ((dd = day_num(t->fold)) && k + 1 < end &&
	    (mm = month_of(l, TOKS(doc)[k + 1].fold))) {
		if (k + 2 < end && (yy = year_num(TOKS(doc)[k + 2].fold))) {
			if (dd <= nkg_date_days_in_month(yy, mm)) {
				fmt_day(iso, yy, mm, dd);
				return 3;
			}
			return 0;
		}
		/* "le 12 novembre dernier": the last one before the article */
		int last = k + 2 < end && nkg_lang_in(l->last_words, TOKS(doc)[k + 2].fold);
		if (have_a) {
			yy = last ? (mm < am || (mm == am && have_day && dd < ad) ? ay : ay - 1)
				  : nearest_year(ay, am, mm);
			if (dd <= nkg_date_days_in_month(yy, mm))
				fmt_day(iso, yy, mm, dd);
		}
		return last ? 3 : 2;
	}
	/* November 20, 2023 / November 2022 / novembre 2022 */
	if ((mm = month_of(l, t->fold)) && k + 1 < end) {
		const char *nx = TOKS(doc)[k + 1].fold;
		if ((dd = day_num(nx))) {
			size_t j = k + 2;
			if (j < end && !strcmp(TOKS(doc)[j].fold, ","))
				j++;
			if (j < end && (yy = year_num(TOKS(doc)[j].fold))) {
				if (dd <= nkg_date_days_in_month(yy, mm)) {
					fmt_day(iso, yy, mm, dd);
					return j + 1 - k;
				}
				return 0;
			}
			if (!strcmp(l->code, "en")) {
				if (have_a) {
					yy = nearest_year(ay, am, mm);
					if (dd <= nkg_date_days_in_month(yy, mm))
						fmt_day(iso, yy, mm, dd);
				}
				return 2;
			}
		}
		if ((yy = year_num(nx))) {
			fmt_date(iso, yy, mm, 0);
			return 2;
		}
	}
	/* "mi-octobre", "mid-October": the month glued to its "mid" */
	{
		const char *hy = strchr(t->fold, '-');
		char head[16];
		size_t hl = hy ? (size_t)(hy - t->fold) : 0;
		if (hl && hl < sizeof head && (mm = month_of(l, hy + 1))) {
			memcpy(head, t->fold, hl);
			head[hl] = '\0';
			if (nkg_lang_in(l->year_before, head)) {
				if (k + 1 < end && (yy = year_num(TOKS(doc)[k + 1].fold))) {
					fmt_date(iso, yy, mm, 0);
					return 2;
				}
				if (have_a)
					fmt_date(iso, nearest_year(ay, am, mm), mm, 0);
				return 1;
			}
		}
	}
	/* "en mai", "in May", "fin novembre": the month of the article's year
	 * (or the year before for a month still to come). */
	/* (Several words: "at the end of January", "à la fin du mois de
	 * mai".) */
	if ((n = nkg_doc_match_list(doc, k, end, l->year_before)) != 0 && k + n < end) {
		const char *nx = TOKS(doc)[k + n].fold;
		if ((yy = year_num(nx))) {
			fmt_date(iso, yy, 0, 0);
			return n + 1;
		}
		if ((mm = month_of(l, nx))) {
			if (k + n + 1 < end && (yy = year_num(TOKS(doc)[k + n + 1].fold))) {
				fmt_date(iso, yy, mm, 0);
				return n + 2;
			}
			/* "en novembre dernier": the last November before
			 * the article, however far */
			if (k + n + 1 < end && nkg_lang_in(l->last_words, TOKS(doc)[k + n + 1].fold)) {
				if (have_a)
					fmt_date(iso, mm < am ? ay : ay - 1, mm, 0);
				return n + 2;
			}
			if (have_a)
				fmt_date(iso, nearest_year(ay, am, mm), mm, 0);
			return n + 1;
		}
	}
	for (size_t i = 0; l->reldays[i].words; i++) {
		if ((n = nkg_doc_match(doc, k, end, l->reldays[i].words))) {
			if (have_day) {
				long z = days_from_civil(ay, (unsigned)am, (unsigned)ad) + l->reldays[i].offset;
				civil_from_days(z, &yy, &mm, &dd);
				fmt_day(iso, yy, mm, dd);
			}
			return n;
		}
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->last_year))) {
		if (have_year)
			fmt_date(iso, ay - 1, 0, 0);
		return n;
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->this_year))) {
		if (have_year)
			fmt_date(iso, ay, 0, 0);
		return n;
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->coming_year))) {
		if (have_year)
			fmt_date(iso, ay + 1, 0, 0);
		return n;
	}
	/* "last month": the month before the article's, "this month" its own */
	if ((n = nkg_doc_match_list(doc, k, end, l->last_month))) {
		if (have_a)
			fmt_date(iso, am > 1 ? ay : ay - 1, am > 1 ? am - 1 : 12, 0);
		return n;
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->this_month))) {
		if (have_a)
			fmt_date(iso, ay, am, 0);
		return n;
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->next_month))) {
		if (have_a)
			fmt_date(iso, am < 12 ? ay : ay + 1, am < 12 ? am + 1 : 1, 0);
		return n;
	}
	if ((n = nkg_doc_match_list(doc, k, end, l->unknown_dates)))
		return n; /* vague: binds to an event but states no date */
	return 0;
}

/* A date said to be still to come ("à compter du 1er septembre") that was
 * resolved into the past (no year given) moves forward a year. */
void nkg_m_to_future(char iso[11], const char *adate, int weekday)
{
	size_t n = adate ? strlen(adate) : 0;
	if (strlen(iso) < n)
		n = strlen(iso);
	if (n < 7 || strncmp(iso, adate, n) >= 0)
		return;
	/* A few weeks before the article is the recent past, told as such
	 * ("effective May 2" in a May 5 article), not next year. */
	int y, m, d, ay, am, ad;
	if (!weekday && parse_iso(iso, &y, &m, &d) == 0 &&
	    adate_parse(adate, &ay, &am, &ad) == ADATE_DAY &&
	    days_from_civil(ay, (unsigned)am, (unsigned)ad) - days_from_civil(y, (unsigned)m, (unsigned)d) <= 31)
		return;
	/* "will take over from Saturday": the coming Saturday, a week on
	 * from the one just past */
	if (weekday && parse_iso(iso, &y, &m, &d) == 0) {
		civil_from_days(days_from_civil(y, (unsigned)m, (unsigned)d) + 7, &y, &m, &d);
		fmt_day(iso, y, m, d);
		return;
	}
	y = atoi(iso);
	char tmp[16];
	snprintf(tmp, sizeof tmp, "%04d", (y + 1) % 10000);
	memcpy(iso, tmp, 4);
}

/* Whether a weekday names the date in tokens [k0,k1). */
int nkg_m_weekday_in(const nkg_doc *doc, const nkg_lang *l, size_t k0, size_t k1)
{
	for (size_t k = k0; k < k1; k++)
		if (weekday_of(l, TOKS(doc)[k].fold) >= 0)
			return 1;
	return 0;
}

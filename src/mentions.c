/* newskg — mentions: titles, dates, pronouns and names, then chains of
 * name mentions within the article.
 *
 * Names are found by shape (capitalised runs, particles, initials) and typed
 * by evidence around them (first names, honorifics, titles in apposition,
 * "chez X", "PDG de X", suffixes like Inc or SA), the gazetteer adding
 * certainty when there is one.  A name with no evidence either way is kept
 * as unknown: it may turn out to be a surname ("Altman") of a person named
 * in full elsewhere. */
#include "newskg/mentions.h"

#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "newskg/dates.h"

#define TOKS(d) ((d)->toks)

static int in_any_lang(const char *const *(*get)(const nkg_lang *), const char *f)
{
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_lang_in(get(nkg_langs[i]), f))
			return 1;
	return 0;
}

static const char *const *get_stop(const nkg_lang *l) { return l->stopwords; }
static const char *const *get_particles(const nkg_lang *l) { return l->name_particles; }
static const char *const *get_weekdays(const nkg_lang *l) { return l->weekdays; }
static const char *const *get_months(const nkg_lang *l) { return l->months; }
static const char *const *get_demonyms(const nkg_lang *l) { return l->demonyms; }
static const char *const *get_definite(const nkg_lang *l) { return l->definite_articles; }
static const char *const *get_person_cues(const nkg_lang *l) { return l->person_cue_before; }
static const char *const *get_abbrevs(const nkg_lang *l) { return l->abbreviations; }
static const char *const *get_org_suffixes(const nkg_lang *l) { return l->org_suffixes; }
static const char *const *get_org_prefixes(const nkg_lang *l) { return l->org_prefixes; }
static const char *const *get_credentials(const nkg_lang *l) { return l->credentials; }

/* Legal forms of companies, the same in every language. */
static const char *const legal_forms[] = {
	"inc", "inc.", "co", "co.", "corp", "corp.", "corporation", "ltd", "ltd.", "fc", "afc",
	"llc", "plc", "sa", "sas", "se", "ag", "gmbh", "nv", "bv", "spa", "ab",
	"asa", "oyj", "group", "groupe", "holding", "holdings", NULL
};

/* Stock exchanges, as tickers name them ("(NYSE: KGRD)", "(Nasdaq:
 * FSLR)"), the same in every language. */
static const char *const stock_exchanges[] = {
	"nyse", "nasdaq", "amex", "tsx", "tsxv", "lse", "asx", "euronext",
	"otc", "otcqx", "nyse american", "cse", NULL
};

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
static int recent_day(const char *iso, const char *adate)
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
static void to_future(char iso[11], const char *adate, int weekday)
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
static int weekday_in(const nkg_doc *doc, const nkg_lang *l, size_t k0, size_t k1)
{
	for (size_t k = k0; k < k1; k++)
		if (weekday_of(l, TOKS(doc)[k].fold) >= 0)
			return 1;
	return 0;
}

/* ---- edit distance ---------------------------------------------------- */

size_t nkg_edit_distance(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), *row, best;
	if (la > lb ? la - lb > max : lb - la > max)
		return max + 1;
	row = malloc((lb + 1) * sizeof *row);
	if (!row)
		return max + 1;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t prev = row[0], rmin;
		row[0] = i;
		rmin = row[0];
		for (size_t j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t v = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < v) v = row[j] + 1;
			if (row[j - 1] + 1 < v) v = row[j - 1] + 1;
			row[j] = v;
			prev = cur;
			if (v < rmin) rmin = v;
		}
		if (rmin > max) {
			free(row);
			return max + 1;
		}
	}
	best = row[lb];
	free(row);
	return best > max ? max + 1 : best;
}

/* ---- mention storage -------------------------------------------------- */

void nkg_mentions_free(nkg_mentions *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n; i++)
		free(m->m[i].text);
	free(m->m);
	for (size_t i = 0; i < m->n_chains; i++)
		free(m->chains[i].name);
	free(m->chains);
	free(m->by_sent);
	free(m);
}

static nkg_mention *add_mention(nkg_mentions *ms, nkg_mkind kind, size_t sent,
				size_t t0, size_t t1)
{
	void *arr = ms->m;
	nkg_mention *m;
	if (nkg_grow(&arr, &ms->cap, ms->n + 1, sizeof *ms->m))
		return NULL;
	ms->m = arr;
	m = &ms->m[ms->n++];
	memset(m, 0, sizeof *m);
	m->kind = kind;
	m->sent = (uint32_t)sent;
	m->tok0 = (uint32_t)t0;
	m->tok1 = (uint32_t)t1;
	m->chain = -1;
	return m;
}

/* Surface text of tokens [t0,t1), one space between tokens that had space
 * between them in the body. */
static char *span_text(const nkg_doc *doc, size_t t0, size_t t1)
{
	nkg_buf b = {0};
	for (size_t k = t0; k < t1; k++) {
		const nkg_token *t = &TOKS(doc)[k];
		if (k > t0 && t->start > TOKS(doc)[k - 1].end && nkg_buf_puts(&b, " "))
			goto oom;
		if (nkg_buf_append(&b, doc->body + t->start, t->end - t->start))
			goto oom;
	}
	return nkg_buf_detach(&b);
oom:
	nkg_buf_free(&b);
	return NULL;
}

/* ---- titles ----------------------------------------------------------- */

/* Folded token t is the plural of folded word w, w[0..wl): "directeurs",
 * "presidents", "generaux" (of "general"). */
static int plural_of(const char *t, const char *w, size_t wl)
{
	size_t tl = strlen(t);
	if (tl == wl + 1 && t[wl] == 's' && !strncmp(t, w, wl))
		return 1;
	return wl > 2 && tl == wl + 1 && !strncmp(w + wl - 2, "al", 2) &&
	       !strncmp(t, w, wl - 2) && !strcmp(t + wl - 2, "aux");
}

/* Like nkg_doc_match, the title's words written in the plural ("rédacteurs
 * en chef", "directeurs généraux", "vice presidents"): its first word at
 * least. */
static size_t match_plural(const nkg_doc *doc, size_t k, size_t end, const char *words)
{
	size_t j = k, plurals = 0;
	for (const char *w = words; *w; j++) {
		size_t wl = strcspn(w, " ");
		if (j >= end)
			return 0;
		const char *t = doc->toks[j].fold;
		if (plural_of(t, w, wl))
			plurals++;
		else if (strlen(t) != wl || strncmp(t, w, wl))
			return 0;
		w += wl;
		if (*w == ' ')
			w++;
	}
	return plurals ? j - k : 0;
}

/* "ex-directrice de la communication", "ex-CEO": a title glued to a word
 * for "former" ending in a hyphen, in one token.  The title's length in
 * tokens (its role into *role), 0 if none. */
static size_t match_glued_former(const nkg_doc *doc, const nkg_lang *l, size_t k,
				 size_t end, const char **role)
{
	const char *f = doc->toks[k].fold;
	size_t best = 0;
	for (size_t i = 0; l->former && l->former[i]; i++) {
		const char *p = l->former[i];
		size_t pl = strlen(p);
		if (!pl || p[pl - 1] != '-' || strncmp(f, p, pl) || !f[pl])
			continue;
		const char *rest = f + pl;
		size_t rl = strlen(rest), n = 0;
		const nkg_title_entry *const *cand = nkg_lang_title_candidates(l, rest, &n);
		for (size_t j = 0; j < n; j++) {
			const char *w = cand[j]->words;
			size_t wl = strcspn(w, " "), m = 0;
			if (wl != rl || strncmp(w, rest, rl))
				continue;
			m = w[wl] ? nkg_doc_match(doc, k + 1, end, w + wl + 1) : 0;
			if (w[wl] && !m)
				continue;
			if (m + 1 > best) {
				best = m + 1;
				*role = cand[j]->role;
			}
		}
	}
	return best;
}

static size_t match_title(const nkg_doc *doc, const nkg_lang *l, size_t k,
			  size_t end, const char **role, int *plural)
{
	size_t best = 0, n = 0;
	const nkg_title_entry *const *cand =
		nkg_lang_title_candidates(l, doc->toks[k].fold, &n);
	*plural = 0;
	for (size_t i = 0; i < n; i++) {
		size_t m = nkg_doc_match(doc, k, end, cand[i]->words);
		if (m > best) {
			best = m;
			*role = cand[i]->role;
		}
	}
	/* (the plural: looked up by the first word's singular) */
	const char *f = doc->toks[k].fold;
	size_t fl = strlen(f);
	char sing[48];
	/* (only beside the people it names: "X et Y, rédacteurs en
	 * chef", "vice presidents Ann Lee and Tom Reed"; not "Mercier &
	 * Associés", "new leaders", "plusieurs administrateurs") */
	int beside = !(doc->toks[k].flags & NKG_TOK_CAP) && k > 0 &&
		     !strcmp(doc->toks[k - 1].fold, ",");
	/* ("will become interim joint executive directors": after a
	 * verb of becoming, over qualifiers) */
	for (size_t b = k, n = 0; !beside && b > 0 && n < 4; b--, n++) {
		const char *pf = doc->toks[b - 1].fold;
		if (nkg_lang_in(l->become, pf))
			beside = 1;
		else if (!nkg_lang_in(l->interim_before, pf) && !nkg_lang_in(l->new_words, pf) &&
			 !nkg_lang_in(l->joint_words, pf))
			break;
	}
	/* (by the first word, "vice presidents", or its singular,
	 * "directeurs généraux") */
	for (int pass = 0; pass < 2 && fl > 3 && fl < sizeof sing &&
			   !(doc->toks[k].flags & NKG_TOK_CAP); pass++) {
		if (pass == 0) {
			memcpy(sing, f, fl + 1);
		} else if (f[fl - 1] == 's' && strcmp(f + fl - 3, "aux")) {
			memcpy(sing, f, fl - 1);
			sing[fl - 1] = '\0';
		} else if (!strcmp(f + fl - 3, "aux")) {
			memcpy(sing, f, fl - 3);
			memcpy(sing + fl - 3, "al", 3);
		} else {
			break;
		}
		cand = nkg_lang_title_candidates(l, sing, &n);
		for (size_t i = 0; i < n; i++) {
			size_t m = match_plural(doc, k, end, cand[i]->words);
			/* (or before them: names, or a colon that lists
			 * them, "deux rédacteurs en chef adjoints : X et Y") */
			if (m && !beside && !(k + m < end && (doc->toks[k + m].flags & NKG_TOK_CAP) &&
					      (doc->toks[k + m].flags & NKG_TOK_WORD)) &&
			    !(k + m < end && !strcmp(doc->toks[k + m].fold, ":")))
				continue;
			if (m > best) {
				best = m;
				*role = cand[i]->role;
				*plural = 1;
			}
		}
	}
	/* "co-directeurs", "coprésidente", "co-chair": a shared title is
	 * the title (the plural only before the names it gives) */
	for (size_t i = 0; !best && l->co_prefixes && l->co_prefixes[i]; i++) {
		size_t lp = strlen(l->co_prefixes[i]);
		if (strncmp(f, l->co_prefixes[i], lp) || fl < lp + 3 || fl - lp >= sizeof sing)
			continue;
		for (int pass = 0; pass < 2 && !best; pass++) {
			memcpy(sing, f + lp, fl - lp + 1);
			if (pass == 1) {
				if (sing[fl - lp - 1] != 's')
					break;
				sing[fl - lp - 1] = '\0';
			}
			size_t sl = strlen(sing);
			cand = nkg_lang_title_candidates(l, sing, &n);
			for (size_t j = 0; j < n; j++) {
				const char *w = cand[j]->words;
				if (strncmp(w, sing, sl) || (w[sl] && w[sl] != ' '))
					continue;
				size_t m = 1 + (w[sl] ? nkg_doc_match(doc, k + 1, end, w + sl + 1) : 0);
				if (w[sl] && m == 1)
					continue;
				if (pass == 1 && !(k + m < end && (doc->toks[k + m].flags & NKG_TOK_CAP)))
					continue;
				if (m > best) {
					best = m;
					*role = cand[j]->role;
					*plural = pass == 1;
				}
			}
		}
	}
	/* "entraîneur-adjoint", "vice-président exécutif": a title of
	 * two words written as one with a hyphen (when the table lists
	 * it with a space) */
	const char *hy = strchr(f, '-');
	if (!best && hy && hy > f && hy[1] && fl < sizeof sing) {
		memcpy(sing, f, fl + 1);
		sing[hy - f] = '\0';
		cand = nkg_lang_title_candidates(l, sing, &n);
		sing[hy - f] = ' ';
		for (size_t i = 0; i < n; i++) {
			const char *w = cand[i]->words;
			if (strncmp(w, sing, fl) || (w[fl] && w[fl] != ' '))
				continue;
			size_t m = 1 + (w[fl] ? nkg_doc_match(doc, k + 1, end, w + fl + 1) : 0);
			if (w[fl] && m == 1)
				continue;
			if (m > best) {
				best = m;
				*role = cand[i]->role;
			}
		}
	}
	/* "Deputy Chief Operating Officer", "Associate Director": a title
	 * after a word that makes its holder a second is a title of its
	 * own (the table's longer entries, "deputy chair", come first) */
	for (size_t i = 0; !best && l->title_seconds && l->title_seconds[i] && l->title_seconds[i + 1]; i += 2)
		if (!strcmp(f, l->title_seconds[i]) && k + 1 < end) {
			const char *r2 = NULL;
			int pl2 = 0;
			size_t m = match_title(doc, l, k + 1, end, &r2, &pl2);
			if (m) {
				best = m + 1;
				*role = l->title_seconds[i + 1];
				*plural = pl2;
			}
		}
	/* ("présidente du conseil départemental de la Gironde": a title
	 * never ends inside an institution's name; "présidente" is the
	 * title, "du conseil départemental" the start of its organisation) */
	for (size_t p = k + 1; best > 1 && p < k + best; p++) {
		size_t hl = nkg_doc_match_list(doc, p, end, l->institution_heads);
		if (hl && p + hl > k + best && p - 1 > k)
			return match_title(doc, l, k, p - 1, role, plural);
	}
	/* ("membre du Conseil national du numérique": nor at a
	 * capitalised company word whose name goes on; "membre" is the
	 * title) */
	if (best > 2 && k + best < end && (doc->toks[k + best - 1].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(l->org_prefixes, doc->toks[k + best - 1].fold) &&
	    (doc->toks[k + best].flags & NKG_TOK_WORD) &&
	    !nkg_lang_in(l->stopwords, doc->toks[k + best].fold) &&
	    !nkg_lang_in(l->coord, doc->toks[k + best].fold))
		return match_title(doc, l, k, k + best - 2, role, plural);
	/* ("à la Direction générale des étrangers": a post's phrase whose
	 * head word is capitalised inside the sentence, an institution's
	 * name going on, names the institution; no title) */
	for (size_t p = k + 1; best > 1 && p < k + best && nkg_lang_in(l->title_links, doc->toks[k].fold); p++)
		if ((doc->toks[p].flags & NKG_TOK_CAP) && !(doc->toks[k].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(l->org_prefixes, doc->toks[p].fold) && k + best < end &&
		    nkg_lang_in(l->title_links, doc->toks[k + best].fold))
			return 0;
	/* "Chief Manufacturing Operations Officer", "chief people and
	 * culture officer": a title the table does not list, opened and
	 * closed by the language's words for one (up to four words between,
	 * no punctuation but "&") */
	if (nkg_lang_in(l->title_open, doc->toks[k].fold)) {
		for (size_t j = k + 1; j < end && j < k + 6; j++) {
			const nkg_token *t = &doc->toks[j];
			if ((t->flags & NKG_TOK_PUNCT) && strcmp(t->fold, "&"))
				break;
			if (nkg_lang_in(l->title_close, t->fold)) {
				if (j + 1 - k > best) {
					best = j + 1 - k;
					*role = "executive";
				}
				break;
			}
		}
	}
	return best;
}

/* ---- names ------------------------------------------------------------ */

typedef struct ctx {
	const nkg_doc *doc;
	const nkg_gazetteer *gaz;
	const char *adate;
	nkg_mentions *ms;
	unsigned char *used;   /* token consumed by a title or date */
	int *title_at;         /* mention index of the title covering a token */
	unsigned char *tcase;  /* per sentence: a headline in Title Case
				  (headline_title_case), worked out once */
	char **proper;         /* folded words capitalised mid-sentence */
	size_t n_proper;
	int sports;            /* the article tells of sport (sport_words) */
	size_t spelled[8][2];  /* names an acronym spelled (spelled_out):
				  the article's later mentions, unbracketed */
	size_t n_spelled;
} ctx;

static int cmp_strp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_proper(const ctx *c, const char *f)
{
	return c->n_proper &&
	       bsearch(&f, c->proper, c->n_proper, sizeof *c->proper, cmp_strp) != NULL;
}

/* How many times folded f is capitalised mid-sentence in the body. */
static size_t proper_count(const ctx *c, const char *f)
{
	char *const *hit = c->n_proper ? bsearch(&f, c->proper, c->n_proper, sizeof *c->proper,
						 cmp_strp) : NULL;
	if (!hit)
		return 0;
	size_t lo = (size_t)(hit - c->proper), hi = lo + 1;
	while (lo > 0 && !strcmp(c->proper[lo - 1], f))
		lo--;
	while (hi < c->n_proper && !strcmp(c->proper[hi], f))
		hi++;
	return hi - lo;
}

/* Whether the weekday or month at k opens a name, after a lower-case
 * article and before a capitalised word that is no date's: "the Sunday
 * Courier" (which names no day either). */
static int calendar_opens_name(const nkg_doc *d, size_t k)
{
	const nkg_token *t = d->toks;
	/* ("the deputy leader, May Okafor, said": a given name between
	 * the commas of an apposition) */
	int apposed = k > 0 && k + 2 < d->n_toks && !strcmp(t[k - 1].fold, ",") &&
		      (!strcmp(t[k + 2].fold, ",") || !strcmp(t[k + 2].fold, "."));
	return k > 0 && k + 1 < d->n_toks && (t[k].flags & NKG_TOK_CAP) &&
	       ((in_any_lang(get_definite, t[k - 1].fold) && !(t[k - 1].flags & NKG_TOK_CAP)) || apposed) &&
	       (t[k + 1].flags & NKG_TOK_CAP) && (t[k + 1].flags & NKG_TOK_WORD) &&
	       !(t[k + 1].flags & NKG_TOK_NUM) && !in_any_lang(get_weekdays, t[k + 1].fold) &&
	       !in_any_lang(get_months, t[k + 1].fold);
}

static int is_name_tok(const ctx *c, size_t k)
{
	const nkg_token *t = &TOKS(c->doc)[k];
	if (c->used[k] || !(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_NUM))
		return 0;
	if (!(t->flags & (NKG_TOK_CAP | NKG_TOK_MIXED | NKG_TOK_UPPER)))
		return 0;
	/* "Under-21s", "Covid-19": a number joined to a word */
	const char *h = strchr(t->fold, '-');
	if (h && h[1] >= '0' && h[1] <= '9')
		return 0;
	/* (a weekday or month is no name, unless it opens one) */
	if (in_any_lang(get_weekdays, t->fold) || in_any_lang(get_months, t->fold))
		return calendar_opens_name(c->doc, k);
	return 1;
}

/* A company word of any language: ORG_SUFFIX for one that ends names
 * ("Society", "Health", "Group"), ORG_PREFIX for one that opens them
 * ("Bank", "Office", "National"), 0 for none. */
enum { ORG_SUFFIX = 1, ORG_PREFIX = 2 };

static int org_word(const char *f)
{
	return in_any_lang(get_org_suffixes, f) ? ORG_SUFFIX
	       : in_any_lang(get_org_prefixes, f) ? ORG_PREFIX : 0;
}

static int org_prefix_tok(const ctx *c, size_t k)
{
	return in_any_lang(get_org_prefixes, TOKS(c->doc)[k].fold);
}

/* An ordinary word of the sentence's language (the system dictionary
 * knows it in lower case) that this article never capitalises
 * mid-sentence and that is no first name: "Step", "Struggling", "Roles"
 * may open a sentence or fill a Title Case headline, not a name. */
static int common_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	const nkg_token *t = &TOKS(c->doc)[k];
	if (t->flags & (NKG_TOK_UPPER | NKG_TOK_MIXED))
		return 0;
	return nkg_gazetteer_is_word(c->gaz, s->lang->code, t->fold) &&
	       !is_proper(c, t->fold) && !nkg_gazetteer_is_firstname(c->gaz, t->fold);
}

/* A headline in Title Case ("Nasdaq Chairman Simmons to Step Down"): most
 * of its longer words capitalised, so capitals say little there. */
static int headline_title_case(const ctx *c, const nkg_sentence *s)
{
	size_t words = 0, caps = 0;
	if (!(s->flags & NKG_SENT_TITLE))
		return 0;
	for (size_t k = s->tok0; k < s->tok1; k++) {
		const nkg_token *t = &TOKS(c->doc)[k];
		if (!(t->flags & NKG_TOK_WORD) || strlen(t->fold) < 4)
			continue;
		words++;
		caps += !!(t->flags & NKG_TOK_CAP);
	}
	return words >= 3 && caps * 4 >= words * 3;
}

/* The same, as worked out once per sentence in nkg_mentions_find (name
 * runs and titles ask it of every token). */
static int title_case(const ctx *c, const nkg_sentence *s)
{
	return c->tcase[s - c->doc->sents];
}

/* The capitalised word at k is elsewhere part of a longer name, after
 * another capitalised word ("Trump" and "Donald Trump"). */
static int in_longer_name(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 1; p < d->n_toks; p++)
		if (p != k && (d->toks[p].flags & NKG_TOK_CAP) && !strcmp(d->toks[p].fold, d->toks[k].fold) &&
		    (d->toks[p - 1].flags & NKG_TOK_CAP) && !(d->toks[p - 1].flags & NKG_TOK_PUNCT))
			return 1;
	return 0;
}

/* The capitalised word at k stands alone elsewhere in the article, not
 * beside another capitalised word: a one-word name ("Orange a annoncé
 * ... selon Orange"), not part of longer names ("Baptist Hospital"). */
static int alone_elsewhere(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 0; p < d->n_toks; p++) {
		if (p == k || !(d->toks[p].flags & NKG_TOK_CAP) ||
		    strcmp(d->toks[p].fold, d->toks[k].fold))
			continue;
		int before = p && (d->toks[p - 1].flags & NKG_TOK_CAP) &&
			     !(d->toks[p - 1].flags & NKG_TOK_PUNCT);
		int after = p + 1 < d->n_toks && (d->toks[p + 1].flags & NKG_TOK_CAP);
		if (!before && !after)
			return 1;
		/* a person's surname: "Dr. Amelia Hart" ... "Hart left" */
		if (before && !after &&
		    (nkg_gazetteer_is_firstname(c->gaz, d->toks[p - 1].fold) ||
		     (p > 1 && (nkg_gazetteer_is_firstname(c->gaz, d->toks[p - 2].fold) ||
				in_any_lang(get_person_cues, d->toks[p - 2].fold)))))
			return 1;
	}
	return 0;
}

/* The word at k stands elsewhere after an honorific ("Mr. Lassiter's
 * successor"): it is a person's surname. */
static int honorific_elsewhere(const ctx *c, size_t k)
{
	const nkg_doc *d = c->doc;
	for (size_t p = 1; p < d->n_toks; p++)
		if (p != k && !strcmp(d->toks[p].fold, d->toks[k].fold) &&
		    in_any_lang(get_person_cues, d->toks[p - 1].fold))
			return 1;
	return 0;
}

/* The words [t0,t1) also stand elsewhere in the article, not after the
 * word at t0 - 1: "Struggling Burnley" when "Burnley" is named again. */
static int named_elsewhere(const ctx *c, size_t t0, size_t t1)
{
	const nkg_doc *d = c->doc;
	size_t n = t1 - t0;
	for (size_t p = 0; p + n <= d->n_toks; p++) {
		if (p == t0 || (p && !strcmp(d->toks[p - 1].fold, d->toks[t0 - 1].fold)))
			continue;
		size_t i = 0;
		while (i < n && (d->toks[p + i].flags & NKG_TOK_CAP) &&
		       !strcmp(d->toks[p + i].fold, d->toks[t0 + i].fold))
			i++;
		if (i == n)
			return 1;
	}
	return 0;
}

/* Whether an acronym in capitals elsewhere in the document spells the
 * capitalised words of [t0, t1) ("CMU" for "Central Michigan
 * University"): the run's first word belongs to the name even where it
 * could be an ordinary word opening a sentence. */
static int acronym_elsewhere(const ctx *c, size_t t0, size_t t1)
{
	const nkg_doc *d = c->doc;
	char acr[16];
	size_t n = 0;
	for (size_t k = t0; k < t1; k++) {
		if (!(d->toks[k].flags & NKG_TOK_CAP))
			continue; /* ("University of Arkansas": links left out) */
		if (n + 1 >= sizeof acr)
			return 0;
		acr[n++] = d->toks[k].fold[0];
	}
	acr[n] = 0;
	if (n < 3)
		return 0;
	for (size_t p = 0; p < d->n_toks; p++)
		if ((d->toks[p].flags & NKG_TOK_UPPER) && !strcmp(d->toks[p].fold, acr))
			return 1;
	return 0;
}

/* The head word of an institution at k: "préfecture", "CHU", or "Banque"
 * (org_prefixes of any language, institution_heads of the sentence's);
 * the number of its tokens, 0 if none. */
static size_t institution_head(const ctx *c, const nkg_sentence *s, size_t k)
{
	size_t n = nkg_doc_match_list(c->doc, k, s->tok1, s->lang->institution_heads);
	return n ? n : (size_t)org_prefix_tok(c, k);
}

static const nkg_gaz_entry *gaz_span(const ctx *c, size_t t0, size_t t1)
{
	char *s, *f;
	const nkg_gaz_entry *e;
	if (!c->gaz)
		return NULL;
	if (t1 - t0 == 1 && strlen(TOKS(c->doc)[t0].fold) <= 3 &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)))
		return NULL;
	s = span_text(c->doc, t0, t1);
	f = s ? nkg_fold(s) : NULL;
	e = f ? nkg_gazetteer_lookup(c->gaz, f) : NULL;
	/* "au Parisien": the name with the article the contraction holds */
	for (size_t li = 0; !e && f && t0 > 0 && nkg_langs[li]; li++) {
		const char *const *ca = nkg_langs[li]->contracted_articles;
		const char *prev = TOKS(c->doc)[t0 - 1].fold;
		size_t pl = strlen(prev);
		for (size_t i = 0; !e && ca && ca[i]; i++) {
			if (strncmp(ca[i], prev, pl) || ca[i][pl] != ' ')
				continue;
			char *full = malloc(strlen(ca[i]) + strlen(f) + 2);
			if (!full)
				break;
			sprintf(full, "%s %s", ca[i] + pl + 1, f);
			e = nkg_gazetteer_lookup(c->gaz, full);
			free(full);
		}
	}
	free(s);
	free(f);
	return e;
}

/* "X, Inc.", "X (NYSE: KGRD)": a legal form after a comma, or a
 * ticker, right after the run ending at t1. */
/* Whether folded f is an ordinary word of any language's word list. */
static int word_in_any_lang(const ctx *c, const char *f)
{
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_gazetteer_is_word(c->gaz, nkg_langs[i]->code, f))
			return 1;
	return 0;
}

static int company_form_after(const ctx *c, const nkg_sentence *s, size_t t1)
{
	const nkg_token *t = TOKS(c->doc);
	return (t1 + 1 < s->tok1 && !strcmp(t[t1].fold, ",") && nkg_lang_in(legal_forms, t[t1 + 1].fold)) ||
	       (t1 + 2 < s->tok1 && !strcmp(t[t1].fold, "(") &&
		nkg_lang_in(stock_exchanges, t[t1 + 1].fold) && !strcmp(t[t1 + 2].fold, ":"));
}

static int sentence_initial(const ctx *c, const nkg_sentence *s, size_t k)
{
	if (k == s->tok0)
		return 1;
	const nkg_token *p = &TOKS(c->doc)[k - 1];
	return (p->flags & NKG_TOK_PUNCT) && strcmp(p->fold, ",") != 0 &&
	       strcmp(p->fold, "(") != 0;
}

static int is_trigger_word(const nkg_lang *l, const char *f)
{
	return nkg_lang_trigger_word(l, f, -1, 0);
}

/* A lower-case word that can qualify a company word ("nantaise",
 * "automation"), not a function word or punctuation. */
static int qualifier(const nkg_token *t)
{
	return (t->flags & NKG_TOK_WORD) && !(t->flags & (NKG_TOK_CAP | NKG_TOK_NUM)) &&
	       !in_any_lang(get_stop, t->fold);
}

static int verbish(const char *f)
{
	static const char *const end[] = { "ait", "aient", "ont", "ent", "era", "eront", "ez", NULL };
	size_t n = strlen(f);
	for (size_t i = 0; end[i]; i++) {
		size_t m = strlen(end[i]);
		if (n > m + 1 && !strcmp(f + n - m, end[i]))
			return 1;
	}
	return 0;
}

/* The part of a compound word before its first hyphen ("francois" of
 * "francois-philippe"), into buf; 0 when there is none. */
static int first_part(const char *f, char *buf, size_t size)
{
	const char *h = strchr(f, '-');
	if (!h || h == f || (size_t)(h - f) >= size)
		return 0;
	memcpy(buf, f, (size_t)(h - f));
	buf[h - f] = '\0';
	return 1;
}

/* A given name of either list: the plain ones and those that are also
 * ordinary words ("Will", "Saïd"). */
static int any_first_name(const ctx *c, const char *f)
{
	return nkg_gazetteer_is_firstname(c->gaz, f) || nkg_gazetteer_is_word_firstname(c->gaz, f);
}

/* A phrase of list ending right before t0, within four words of it: its
 * first token, or (size_t)-1 ("champion de" before "France"). */
static size_t phrase_before(const nkg_doc *d, const nkg_sentence *s, size_t t0,
			    const char *const *list)
{
	for (size_t b = t0 > s->tok0 + 4 ? t0 - 4 : s->tok0; b < t0; b++)
		if (nkg_doc_match_list(d, b, t0, list) == t0 - b)
			return b;
	return (size_t)-1;
}

/* A first name, or a compound one whose first part is ("Francois-Philippe"). */
static int first_name(const ctx *c, const char *f)
{
	char first[64];
	return nkg_gazetteer_is_firstname(c->gaz, f) ||
	       (first_part(f, first, sizeof first) && nkg_gazetteer_is_firstname(c->gaz, first));
}

/* Evidence around the name [t0,t1) for person and organisation. */
/* Whether token k, as written (accents kept), ends in one of the endings. */
static int written_ending(const nkg_doc *d, size_t k, const char *const *endings)
{
	const nkg_token *t = &TOKS(d)[k];
	size_t n = t->end - t->start;
	for (size_t i = 0; endings && endings[i]; i++) {
		size_t e = strlen(endings[i]);
		if (n > e + 2 && !memcmp(d->body + t->end - e, endings[i], e))
			return 1;
	}
	return 0;
}

/* The name ending at t1 is the subject of "a embauché", "has fired": an
 * organisation acts ("X a été nommée": X is a person). */
static int org_acts(const nkg_doc *d, const nkg_sentence *s, size_t t1)
{
	const nkg_lang *l = s->lang;
	for (size_t k = t1, nn = 0; k < s->tok1 && nn < 3; k++, nn++) {
		const char *f = TOKS(d)[k].fold;
		/* (not a participle right after the name: "X nommé
		 * directeur", a headline's passive) */
		if (nkg_lang_trigger_word(l, f, NKG_TRIG_TRANS, 0))
			return !(nn == 0 && written_ending(d, k, l->participle_endings));
		/* "Lunetta announced the departure of ...", "Kelvo annonce
		 * l'arrivée de X" */
		if (nkg_lang_in(l->announce_verbs, f))
			return 1;
		if (nkg_lang_in(l->be_aux, f) || !nkg_lang_in(l->perfect_aux, f))
			return 0;
	}
	return 0;
}

/* The capitalised word at k is a plural the dictionary knows
 * ("Cardinals", "Giants"): its fold ends in "s" and the word list has it
 * and its singular. */
static int plural_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	const char *f = TOKS(c->doc)[k].fold;
	size_t n = strlen(f);
	char sing[64];
	if (n < 4 || n >= sizeof sing || f[n - 1] != 's' || f[n - 2] == 's' ||
	    !nkg_gazetteer_is_word(c->gaz, s->lang->code, f))
		return 0;
	memcpy(sing, f, n - 1);
	sing[n - 1] = '\0';
	return nkg_gazetteer_is_word(c->gaz, s->lang->code, sing);
}

/* "lui-même remercié par Brive", "fired by Atlanta": the one-word name
 * at t0 is the agent of a dismissal. */
static int dismisser(const ctx *c, const nkg_sentence *s, size_t t0)
{
	const nkg_doc *d = c->doc;
	return t0 >= s->tok0 + 2 && nkg_lang_in(s->lang->by_words, TOKS(d)[t0 - 1].fold) &&
	       nkg_lang_trigger_word_kind(s->lang, TOKS(d)[t0 - 2].fold, NKG_EV_DISMISSED) &&
	       !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold);
}

/* "Louisville, Ky.-based ScionHealth": a name closed by a comma and a
 * modifier whose first part is a state is the town the organisation is
 * based in, a place. */
static int based_place(const nkg_sentence *s, const nkg_doc *d, size_t t1)
{
	return t1 + 1 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	       nkg_lang_ends_in(s->lang->modifier_endings, TOKS(d)[t1 + 1].fold, 2);
}

static void score_name(const ctx *c, const nkg_sentence *s, size_t t0,
		       size_t t1, nkg_mention *m)
{
	const nkg_doc *d = c->doc;
	const nkg_lang *l = s->lang;
	size_t n = t1 - t0;
	int shape = 1;
	float P = 0, O = 0;

	for (size_t k = t0; k < t1; k++) {
		const nkg_token *t = &TOKS(d)[k];
		if ((t->flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)) ||
		    !(t->flags & NKG_TOK_CAP)) {
			if (!in_any_lang(get_particles, t->fold))
				shape = 0;
		}
	}
	/* (two ordinary words, neither a first name, have a name's shape
	 * but seldom make one: "West Ham", "Morning Call", "Road Runner") */
	if (n >= 2 && shape &&
	    !(n == 2 && !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold) &&
	      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0].fold) &&
	      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0 + 1].fold)))
		P += 1;
	if (nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold))
		P += n >= 2 ? 2 : 0.5f;
	else if (n == 2 && nkg_gazetteer_is_word_firstname(c->gaz, TOKS(d)[t0].fold))
		P += 1;
	/* "quitte le Louvre Abou Dhabi", "rejoint le Crédit X": the name
	 * a leaving or joining verb takes, after an article, is where */
	if (t0 >= s->tok0 + 2 && !(TOKS(d)[t0 - 1].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    (nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 2].fold, NKG_EV_LEFT) ||
	     nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 2].fold, NKG_EV_JOINED)))
		O += 2;
	/* "Conseil des ministres", "Office national des forêts": an
	 * institution's head word, then a lower-case complement; a
	 * person's particle is followed by a capital ("Pierre de Gaulle") */
	if (n >= 3 && org_prefix_tok(c, t0) && nkg_lang_in(l->title_links, TOKS(d)[t0 + 1].fold) &&
	    (TOKS(d)[t0 + 2].flags & NKG_TOK_WORD) && !(TOKS(d)[t0 + 2].flags & NKG_TOK_CAP)) {
		O += 2;
		P -= 1;
	}
	/* "la Comédie-Française", "l'Assemblée-Nationale": an
	 * institution's head word joined to its adjective in one word */
	if (n == 1) {
		char head[64];
		if (first_part(TOKS(d)[t0].fold, head, sizeof head) && in_any_lang(get_org_prefixes, head) &&
		    !nkg_gazetteer_is_firstname(c->gaz, head))
			O += 2;
	}
	/* "Rennes Atalante", "Toulouse Métropole": a name that opens with
	 * a town the gazetteer knows (and no first name) is no person's */
	if (n >= 2) {
		const nkg_gaz_entry *pl = gaz_span(c, t0, t0 + 1);
		if (pl && pl->type == NKG_GAZ_PLACE && !any_first_name(c, TOKS(d)[t0].fold))
			P -= 1.5f;
	}
	/* "l'ENSAE", "la DRAC", "the FAA": an acronym takes an article as
	 * an organisation does, a person never (unless it stands for an
	 * ordinary noun: "la TVA") */
	if (n == 1 && t0 > s->tok0 && (TOKS(d)[t0].flags & NKG_TOK_UPPER) && strlen(TOKS(d)[t0].fold) >= 2 &&
	    !strchr(TOKS(d)[t0].fold, '.') &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    !nkg_lang_in(l->noun_acronyms, TOKS(d)[t0].fold))
		O += 1.5f;
	/* "Cité de la Musique", "News of the World": a lower-case article
	 * inside names a thing ("Jean de La Fontaine" writes it capital) */
	for (size_t k = t0 + 1; k + 1 < t1; k++)
		if (!(TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(l->definite_articles, TOKS(d)[k].fold)) {
			O += 2;
			P -= 1;
			break;
		}
	/* "lui-même remercié par Brive", "sacked by Rotherham": the one
	 * who dismisses a manager is the club, even named by its town */
	if (n == 1 && dismisser(c, s, t0))
		O += 3;
	/* "un ancien d'Aviva", "ancien du groupe Safran", "a veteran of
	 * Goldman Sachs": one works at an organisation (two words of its
	 * kind may come between) */
	for (size_t b = t0 > s->tok0 + 5 ? t0 - 5 : s->tok0; b < t0; b++) {
		size_t al = nkg_doc_match_list(d, b, t0, l->alumni_words);
		if (al && b + al + 2 >= t0) {
			O += 2;
			m->flags |= NKG_MF_ALUMNI;
			break;
		}
	}
	/* "diplômée de l'ENSAE", "a graduate of Yale": a school */
	if (phrase_before(d, s, t0, l->study_words) != (size_t)-1 ||
	    (t0 > s->tok0 && nkg_lang_in(l->determiners, TOKS(d)[t0 - 1].fold) &&
	     phrase_before(d, s, t0 - 1, l->study_words) != (size_t)-1)) {
		O += 2;
		P -= 1;
	}
	if (t0 > s->tok0) {
		const char *p = TOKS(d)[t0 - 1].fold;
		const char *p2 = t0 > s->tok0 + 1 ? TOKS(d)[t0 - 2].fold : "";
		if (nkg_lang_in(l->person_cue_before, p))
			P += 3;
		if (nkg_lang_in(l->org_cue_before, p) ||
		    (nkg_lang_in(l->determiners, p) && nkg_lang_in(l->org_cue_before, p2)))
			O += 2;
		/* "la start-up nantaise Lumenfield", "Swiss automation group
		 * ABB": a company word two or three tokens back. */
		else if (qualifier(&TOKS(d)[t0 - 1]) ||
			 (nkg_lang_in(l->determiners, p) && t0 > s->tok0 + 1 &&
			  nkg_lang_in(l->title_links, p2) &&
			  !(t1 < s->tok1 && qualifier(&TOKS(d)[t1])))) {
			/* ("le club de football de l'Olympique Nordiste": the
			 * determiner and its link are walked over too; not
			 * "the maker of the Ledgerly accounting app", a name
			 * that qualifies a noun) */
			/* "le groupe de services informatiques Sopraxis": a
			 * company word a few qualifiers back. */
			for (size_t b = t0 - 1; b > s->tok0 && b + 5 >= t0; b--) {
				const nkg_token *bt = &TOKS(d)[b - 1];
				/* not across a verb: "The company hired X" */
				if (is_trigger_word(l, TOKS(d)[b].fold))
					break;
				if (nkg_lang_in(l->org_cue_before, bt->fold) && !(bt->flags & NKG_TOK_CAP)) {
					O += 1.5f;
					break;
				}
				if (!qualifier(bt) && !nkg_lang_in(l->title_links, bt->fold))
					break;
			}
		}
		/* "PDG de X", "employés d'X", "CEO of X": the title's
		 * organisation.  Look back over a short qualifier
		 * ("vice-présidente des affaires mondiales d'OpenAI"). */
		if (nkg_lang_in(l->title_links, p)) {
			for (size_t b = t0 - 1; b > s->tok0 && b + 6 > t0; b--) {
				if (c->title_at[b - 1] >= 0) {
					O += 2;
					break;
				}
				if (TOKS(d)[b - 1].flags & NKG_TOK_PUNCT)
					break;
			}
		}
		if (c->title_at[t0 - 1] >= 0)
			P += 1.5f;
		/* "le PDG de Microsoft, Nadella": a title (and its
		 * organisation) in apposition before the comma. */
		if (!strcmp(p, ",")) {
			for (size_t b = t0 - 1; b > s->tok0 && b + 6 > t0; b--) {
				if (c->title_at[b - 1] >= 0) {
					P += 1.5f;
					break;
				}
				if (TOKS(d)[b - 1].flags & NKG_TOK_PUNCT)
					break;
			}
		}
		/* A determiner right before ("la Silicon Valley", "du
		 * DevDay") is rare before a person's name. */
		if (nkg_lang_in(l->determiners, p) && !nkg_lang_in(l->possessive_before, p))
			P -= 1.5f;
		/* "Comme le rapporte Bloomberg", "selon Reuters": one word
		 * after a reporting verb is a source, mostly a medium. */
		if (n == 1 && (nkg_lang_in(l->reporting_verbs, p) ||
			       !strcmp(p, "selon") || !strcmp(p2, "according")))
			O += 1.2f;
		/* "Bill Ackman's Pershing Square": what a name owns is not a
		 * person. */
		if (!strcmp(p, "'s")) {
			O += 1;
			P -= 1;
		}
		/* "Callie Hayes de Business Insider": after a name and "de". */
		if ((!strcmp(p, "de") || !strcmp(p, "d'") || !strcmp(p, "of") ||
		     !strcmp(p, "from") || !strcmp(p, "at")) && t0 >= s->tok0 + 2 &&
		    (TOKS(d)[t0 - 2].flags & NKG_TOK_CAP) && !c->used[t0 - 2]) {
			O += 1.5f;
			P -= 1;
		}
		/* "conseil d'administration d'OpenAI", "employés d'OpenAI":
		 * the people or bodies of an organisation. */
		if (nkg_lang_in(l->title_links, p) && nkg_lang_in(l->org_cue_before, p2))
			O += 2;
		for (size_t i = 0; l->role_verbs && l->role_verbs[i].word; i++)
			if (!strcmp(p, l->role_verbs[i].word)) {
				O += 1.5f;
				break;
			}
		/* A joining/leaving verb right before: "rejoindre Microsoft",
		 * "return to Nike", "revenir chez X". */
		const char *verb = p;
		if ((!strcmp(p, "to") || !strcmp(p, "chez") || !strcmp(p, "a") ||
		     !strcmp(p, "from")) && *p2)
			verb = p2;
		if (nkg_lang_trigger_word(l, verb, NKG_TRIG_INTRANS, 1))
			O += 1.5f;
		/* "joined Bank of Ireland in 2007 from Permanent TSB": where
		 * one comes from, a joining told a few words before */
		else if (nkg_lang_in(l->origin_words, p))
			for (size_t b = t0 - 1; b-- > s->tok0 && b + 10 > t0;)
				if (nkg_lang_trigger_word(l, TOKS(d)[b].fold, NKG_TRIG_INTRANS, 1)) {
					O += 2;
					break;
				}
	}
	if (t1 < s->tok1) {
		const char *nx = TOKS(d)[t1].fold;
		if (!strcmp(nx, "(") && t1 + 1 < s->tok1 &&
		    (TOKS(d)[t1 + 1].flags & NKG_TOK_HANDLE))
			P += 2;
		if (!strcmp(nx, ",")) {
			size_t k = t1 + 1;
			if (k < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && nkg_lang_in(l->former, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && c->title_at[k] >= 0)
				P += 1.5f;
		}
		/* "Eramet : le DG débarqué": a headline's name, a colon, then
		 * a title, the one of its people the story is about (not a
		 * first name: "Marie : la PDG ...") */
		if (!strcmp(nx, ":") && (s->flags & NKG_SENT_TITLE) &&
		    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold)) {
			size_t k = t1 + 1;
			if (k < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[k].fold))
				k++;
			if (k < s->tok1 && c->title_at[k] >= 0)
				O += 2;
		}
		/* ", which ..." is said of things, ", who ..." of people. */
		if (!strcmp(nx, ",") && t1 + 1 < s->tok1) {
			const char *r = TOKS(d)[t1 + 1].fold;
			if (!strcmp(r, "which"))
				O += 1.5f;
			else if (!strcmp(r, "who"))
				P += 1.5f;
		}
		/* "US Créteil", "AS Monaco": a club's initials open it */
		if (n >= 2 && (TOKS(d)[t0].flags & NKG_TOK_UPPER) && nkg_lang_in(l->club_words, TOKS(d)[t0].fold))
			O += 2;
		/* "who founded Zentrix in 1998", "a rejoint Dalvex": the
		 * object of a founding or a joining is an organisation (not
		 * a first name: "joined Sarah at ...") */
		if (t0 > s->tok0 && !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[t0].fold) &&
		    (nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 1].fold, NKG_EV_FOUNDED) ||
		     nkg_lang_trigger_word_kind(l, TOKS(d)[t0 - 1].fold, NKG_EV_JOINED)))
			O += 1.5f;
		/* "Microsoft's CEO", "OpenAI CEO Sam Altman". */
		if (nkg_lang_in(l->possessive_marks, nx) && t1 + 1 < s->tok1 &&
		    c->title_at[t1 + 1] >= 0)
			O += 1.5f;
		/* "OpenAI CEO Sam Altman": a title between the organisation
		 * and a name ("named Jane Doe chief executive." is not). */
		if (c->title_at[t1] >= 0 && !strcmp(l->code, "en")) {
			size_t e = t1;
			while (e < s->tok1 && c->title_at[e] >= 0)
				e++;
			if (e < s->tok1 && (TOKS(d)[e].flags & NKG_TOK_CAP) &&
			    (TOKS(d)[e].flags & NKG_TOK_WORD))
				O += 1.5f;
		}
	}
	/* "Talbot & Reyes", "Mercier & Associés": partners' names joined
	 * by an ampersand name a firm ("People & Places", two ordinary
	 * words, a newspaper's section) */
	for (size_t k = t0 + 1; k + 1 < t1; k++)
		if (!strcmp(TOKS(d)[k].fold, "&")) {
			if (!(k == t0 + 1 && k + 2 == t1 &&
			      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[t0].fold) &&
			      nkg_gazetteer_is_word(c->gaz, l->code, TOKS(d)[k + 1].fold)))
				O += 2;
			break;
		}
	/* "Talbot & Reyes, the London law firm,": an apposition that says
	 * what the name is. */
	if (t1 + 2 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	    nkg_lang_in(l->determiners, TOKS(d)[t1 + 1].fold)) {
		/* (only qualifiers between: "X, le patron de la société" is
		 * a person) */
		for (size_t k = t1 + 2; k < s->tok1 && k < t1 + 6; k++) {
			const nkg_token *t = &TOKS(d)[k];
			if ((t->flags & NKG_TOK_PUNCT) || c->title_at[k] >= 0 ||
			    nkg_lang_in(l->title_links, t->fold))
				break;
			/* the apposition ends there (", notre organisation MSR"
			 * introduces another name) */
			if (!(t->flags & NKG_TOK_CAP) && nkg_lang_in(l->org_cue_before, t->fold)) {
				const char *af = k + 1 < s->tok1 ? TOKS(d)[k + 1].fold : ".";
				if (!strcmp(af, ",") || !strcmp(af, ".") || !strcmp(af, ";") ||
				    !strcmp(af, ")"))
					O += 2;
				break;
			}
		}
	}
	/* "has named Fiona McAllister", "a limogé X": the object of a move
	 * an organisation makes is a person. */
	if (t0 > s->tok0 && n >= 2 && nkg_lang_trigger_word(l, TOKS(d)[t0 - 1].fold, NKG_TRIG_TRANS, 1))
		P += 1.5f;
	/* "Kestrel Grid, Inc.", "Kestrel Grid (NYSE: KGRD)": a legal form
	 * after the comma, or a ticker, says company */
	if (company_form_after(c, s, t1))
		O += 3;
	/* "Alfred D. Ironside", "Helen K. Copley": a middle initial */
	if (n == 3 && strlen(TOKS(d)[t0 + 1].fold) == 2 && TOKS(d)[t0 + 1].fold[1] == '.' &&
	    (TOKS(d)[t0 + 1].flags & NKG_TOK_CAP) && !(TOKS(d)[t0].flags & NKG_TOK_UPPER))
		P += 2;
	/* "Wright Lassiter III", "John Dotson Jr.": only people have a
	 * generation */
	if (n >= 2 && nkg_lang_in(l->name_suffixes, TOKS(d)[t1 - 1].fold))
		P += 3;
	/* "Dean French, MD,": a degree after the comma; "Keiffer
	 * Mitchell, Jr.": a generation */
	if (t1 + 1 < s->tok1 && !strcmp(TOKS(d)[t1].fold, ",") &&
	    (nkg_lang_in(l->credentials, TOKS(d)[t1 + 1].fold) ||
	     nkg_lang_in(l->name_suffixes, TOKS(d)[t1 + 1].fold)))
		P += 3;
	/* "X is leaving his role", "X accelerated her retirement": a
	 * person's possessive right after the name's verb (up to two
	 * auxiliaries between) */
	for (size_t k = t1 + 1; n >= 2 && k < s->tok1 && k < t1 + 4; k++) {
		const nkg_token *t = &TOKS(d)[k];
		if (nkg_lang_in(l->person_possessives, t->fold)) {
			P += 1.5f;
			break;
		}
		if (t->flags & (NKG_TOK_PUNCT | NKG_TOK_CAP))
			break;
	}
	if (in_any_lang(get_stop, TOKS(d)[t0].fold) && n >= 2)
		O += 1.5f; /* "The Verge", "Le Monde" kept mid-sentence */
	if (n >= 2 && nkg_lang_in(legal_forms, TOKS(d)[t1 - 1].fold))
		O += 2;
	for (size_t li = 0; nkg_langs[li]; li++) {
		if (n >= 2 && nkg_lang_in(nkg_langs[li]->org_suffixes, TOKS(d)[t1 - 1].fold))
			O += 2;
		if (n >= 2 && nkg_lang_in(nkg_langs[li]->org_prefixes, TOKS(d)[t0].fold))
			O += 1;
	}
	if (n == 1 && (TOKS(d)[t0].flags & NKG_TOK_MIXED))
		O += 0.4f;
	/* "Rugby Club Toulonnais", "Olympique de Marseille Football Club": a
	 * company word inside a longer name */
	for (size_t k = t0 + 1; n >= 3 && k + 1 < t1; k++)
		if (org_word(TOKS(d)[k].fold)) {
			O += 1.5f;
			break;
		}
	/* "Detroit-based Henry Ford Health": what is based, owned or led
	 * somewhere is an organisation ("German-born X" is a person) */
	if (t0 > s->tok0 && nkg_lang_ends_in(l->modifier_endings, TOKS(d)[t0 - 1].fold, 2) &&
	    !nkg_lang_ends_in(l->person_modifier_endings, TOKS(d)[t0 - 1].fold, 2))
		O += 3;
	if (based_place(s, d, t1))
		O -= 3;
	/* "St. Albans", "Saint Luke's Hospital": no person */
	if (n >= 2 && nkg_lang_in(l->saint_words, TOKS(d)[t0].fold))
		P -= 3;
	/* "Stade Aurillacois": a team */
	if (n >= 2 && nkg_lang_in(l->team_heads, TOKS(d)[t0].fold) &&
	    !nkg_lang_in(l->title_links, TOKS(d)[t0 + 1].fold))
		O += 2.5f;
	/* "préfecture du Puy-de-Dôme", "CHU de Tours": an institution's
	 * head word and the place or name that says which. */
	if (n >= 3 && nkg_doc_match_list(d, t0, t1, l->institution_heads))
		O += 2.5f;
	if (org_acts(d, s, t1))
		O += 1.5f;
	/* "the Arizona Cardinals", "the New York Giants": a definite article
	 * before a name ending in a plural noun, a team or a group; no
	 * person is named so */
	if (n >= 2 && n <= 4 && t0 > s->tok0 &&
	    nkg_lang_in(l->definite_articles, TOKS(d)[t0 - 1].fold) &&
	    (!(TOKS(d)[t0 - 1].flags & NKG_TOK_CAP) || t0 - 1 == s->tok0) &&
	    plural_word(c, s, t1 - 1))
		O += 2.5f;
	m->person_score = P;
	m->org_score = O;
}

/* Longest gazetteer prefix of [t0,t1) shorter than the run, or 0. */
static size_t gaz_prefix(const ctx *c, size_t t0, size_t t1)
{
	for (size_t e = t1 - 1; e > t0; e--)
		if (gaz_span(c, t0, e))
			return e - t0;
	return 0;
}

/* A title just before [t0,t1) and its link ("préfète du", "manager of
 * the") or, in English, just after ("Burnley manager"). */
static int title_beside(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1,
			int known_place)
{
	const nkg_lang *l = s->lang;
	const nkg_token *tk = TOKS(c->doc);
	/* a title, then its link, just before b */
#define LINKED_AT(b) ((b) > s->tok0 + 1 && nkg_lang_in(l->title_links, tk[(b) - 1].fold) && \
		      c->title_at[(b) - 2] >= 0)
	int det = t0 > s->tok0 && nkg_lang_in(l->determiners, tk[t0 - 1].fold);
	/* "préfète du Cantal", "préfet de la Mayenne"; a place the gazetteer
	 * knows only after an explicit article ("manager of the Rovers",
	 * not "président du Mexique", a country) */
	int before = known_place ? LINKED_AT(det ? t0 - 1 : t0)
				 : LINKED_AT(t0) || (det && LINKED_AT(t0 - 1));
#undef LINKED_AT
	return before || (t1 < s->tok1 && c->title_at[t1] >= 0 && !strcmp(l->code, "en"));
}

/* [t0,...) follows a title and its remit link, over capitalised words and
 * coordination ("Director for Social and Human Rights"). */
static int remit_of_title(const ctx *c, const nkg_sentence *s, size_t t0)
{
	const nkg_token *tk = TOKS(c->doc);
	for (size_t b = t0, n = 0; b > s->tok0 + 1 && n < 6; b--, n++) {
		const char *f = tk[b - 1].fold;
		if (nkg_lang_in(s->lang->remit_links, f))
			return c->title_at[b - 2] >= 0;
		if (!(tk[b - 1].flags & NKG_TOK_CAP) && !nkg_lang_in(s->lang->coord, f))
			return 0;
	}
	return 0;
}

/* [t0,t1) is a minister's portfolio: "Justice Minister", "Minister of
 * Finance". */
static int portfolio(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	const nkg_lang *l = s->lang;
	if (t1 < s->tok1 && nkg_doc_match_list(c->doc, t1, s->tok1, l->portfolio_titles))
		return 1;
	/* "Public Services and Procurement Minister X", "Deputy Prime
	 * Minister and Finance Minister": portfolios joined before the title */
	for (size_t q = t1; q < s->tok1 && q < t1 + 5; q++) {
		const nkg_token *t = &TOKS(c->doc)[q];
		size_t pl = nkg_doc_match_list(c->doc, q, s->tok1, l->portfolio_titles);
		/* (not a title whose complement follows it: "sous-préfet de
		 * Barcelonnette et secrétaire général de la préfecture") */
		if (pl && q > t1 && c->title_at[q] >= 0) {
			size_t te = c->ms->m[c->title_at[q]].tok1;
			if (te < s->tok1 && nkg_lang_in(l->title_links, TOKS(c->doc)[te].fold))
				return 0;
		}
		if (pl)
			return q > t1;
		if (!(t->flags & NKG_TOK_CAP) && !nkg_lang_in(l->coord, t->fold))
			break;
	}
	/* "Minister of Innovation, Science and Industry": the portfolio
	 * may list several, back to the link */
	size_t b0 = t0;
	if (b0 > s->tok0 && nkg_lang_in(l->determiners, TOKS(c->doc)[b0 - 1].fold))
		b0--; /* "commissaire à la Concurrence" */
	for (size_t b = b0; b > s->tok0 + 1 && b + 8 > t0; b--) {
		const char *f = TOKS(c->doc)[b - 1].fold;
		if (nkg_lang_in(l->title_links, f)) {
			int tm = c->title_at[b - 2];
			return tm >= 0 && nkg_doc_match_list(c->doc, c->ms->m[tm].tok0, b - 1,
							     l->portfolio_titles);
		}
		if (!(TOKS(c->doc)[b - 1].flags & NKG_TOK_CAP) && strcmp(f, ",") &&
		    !nkg_lang_in(l->coord, f))
			break;
	}
	return 0;
}

/* "Banque Populaire du Nord", "Crédit Agricole Nord Est", "Caisse
 * d'Epargne de Bretagne": a known organisation's regional branch is named
 * with its region, a compass point or a place after "de".  Returns the
 * end of the branch's name, or e when [t0,e) is no such organisation. */
static size_t regional_branch(const ctx *c, const nkg_sentence *s, size_t t0, size_t e)
{
	const nkg_gaz_entry *g = e > t0 ? gaz_span(c, t0, e) : NULL;
	if (!g || g->type != NKG_GAZ_ORG || e >= s->tok1)
		return e;
	size_t n = nkg_doc_match_list(c->doc, e, s->tok1, s->lang->compass_regions);
	if (n && (TOKS(c->doc)[e + n - 1].flags & NKG_TOK_CAP))
		return e + n;
	/* (a link that is both a particle and a title's: "de", "du") */
	if (!in_any_lang(get_particles, TOKS(c->doc)[e].fold) ||
	    !nkg_lang_in(s->lang->title_links, TOKS(c->doc)[e].fold))
		return e;
	size_t q = e + 1;
	if (q < s->tok1 && !(TOKS(c->doc)[q].flags & NKG_TOK_CAP) &&
	    nkg_lang_in(s->lang->determiners, TOKS(c->doc)[q].fold))
		q++;
	size_t r = q;
	while (r < s->tok1 && is_name_tok(c, r))
		r++;
	/* (a run that opens with a known place: "de Rhône Alpes Auvergne") */
	for (size_t pe = r; pe > q; pe--) {
		const nkg_gaz_entry *pl = gaz_span(c, q, pe);
		if (pl && pl->type == NKG_GAZ_PLACE)
			return r;
	}
	return e;
}

/* A company word a few words before t0, in the same phrase: "la banque
 * d'affaires Lazaret", "the insurer Lifespan". */
static int cue_before(const ctx *c, const nkg_sentence *s, size_t t0)
{
	for (size_t b = t0, n = 0; b > s->tok0 && n < 4; b--, n++) {
		const nkg_token *t = &TOKS(c->doc)[b - 1];
		if (t->flags & NKG_TOK_PUNCT)
			break;
		if (nkg_lang_in(s->lang->org_cue_before, t->fold))
			return 1;
		/* "R.I.-based Lifespan": what is based somewhere is an
		 * organisation */
		if (b == t0 && nkg_lang_ends_in(s->lang->modifier_endings, t->fold, 2) &&
		    !nkg_lang_ends_in(s->lang->person_modifier_endings, t->fold, 2))
			return 1;
	}
	return 0;
}

static int only_function_words(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	for (size_t k = t0; k < t1; k++) {
		const char *f = TOKS(c->doc)[k].fold;
		if (!nkg_lang_in(s->lang->function_words, f) && strcmp(f, "&") &&
		    !nkg_lang_in(s->lang->coord, f) && !nkg_lang_in(s->lang->title_links, f))
			return 0;
	}
	return 1;
}

/* The word at k is written in lower case somewhere in the article. */
static int lower_elsewhere(const nkg_doc *d, size_t k)
{
	for (size_t p = 0; p < d->n_toks; p++)
		if (p != k && !(d->toks[p].flags & NKG_TOK_CAP) && !strcmp(d->toks[p].fold, d->toks[k].fold))
			return 1;
	return 0;
}

/* Whether the folded word f, or its part before a hyphen ("Pierre-Henry"),
 * is a first name. */
static int first_name_part(const ctx *c, const char *f)
{
	char buf[64];
	size_t n = strcspn(f, "-");
	if (nkg_gazetteer_is_firstname(c->gaz, f))
		return 1;
	if (!f[n] || n >= sizeof buf)
		return 0;
	memcpy(buf, f, n);
	buf[n] = '\0';
	return nkg_gazetteer_is_firstname(c->gaz, buf);
}

/* Whether folded f is an ordinary word of another language than the
 * sentence's, and none of its own nor a first name. */
static int foreign_word(const ctx *c, const nkg_sentence *s, const char *f)
{
	if (nkg_gazetteer_is_word(c->gaz, s->lang->code, f) || any_first_name(c, f))
		return 0;
	for (size_t i = 0; nkg_langs[i]; i++)
		if (nkg_langs[i] != s->lang && nkg_gazetteer_is_word(c->gaz, nkg_langs[i]->code, f))
			return 1;
	return 0;
}

/* Whether a competition's words end right before t0: "champion de
 * France", "la coupe de France", "qualified for Europe". */
static int competition_place(const ctx *c, const nkg_sentence *s, size_t t0)
{
	return phrase_before(c->doc, s, t0, s->lang->competitions) != (size_t)-1;
}

static int add_name(ctx *c, size_t si, size_t t0, size_t t1)
{
	const nkg_sentence *s = &c->doc->sents[si];
	nkg_mention *m;
	const nkg_gaz_entry *g;

	if (t0 >= t1)
		return 0;
	g = gaz_span(c, t0, t1);
	/* "the Football Club's Board", "the Club": a team said by what it
	 * is, capitalised, is the article's club said again, no name */
	if (!g && t0 > s->tok0 && nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold)) {
		int generic = 1;
		for (size_t k = t0; k < t1 && generic; k++)
			generic = nkg_lang_in(s->lang->club_words, TOKS(c->doc)[k].fold) ||
				  nkg_lang_in(s->lang->sport_words, TOKS(c->doc)[k].fold);
		if (generic && nkg_lang_in(s->lang->club_words, TOKS(c->doc)[t1 - 1].fold))
			return 0;
	}
	/* "vice-président Advocacy", "directrice Customer Care": a word
	 * of another language right after a title is the post's remit,
	 * no person (unless the article names it elsewhere, "le président
	 * Bush" after "George Bush") */
	if (!g && t1 - t0 == 1 && t0 > s->tok0 && c->title_at[t0 - 1] >= 0 &&
	    (foreign_word(c, s, TOKS(c->doc)[t0].fold) ||
	     /* ("Deputy Vice-Chancellor Administration": a function) */
	     nkg_lang_in(s->lang->function_words, TOKS(c->doc)[t0].fold)) &&
	    !named_elsewhere(c, t0, t1))
		return 0;
	/* "its AGM", "la TVA": an acronym of an ordinary noun names no one */
	if (!g && t1 - t0 == 1 && (TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
	    nkg_lang_in(s->lang->noun_acronyms, TOKS(c->doc)[t0].fold))
		return 0;
	/* "Boeing Co", "Renault SA": the company under its legal form. */
	if (!g && t1 - t0 >= 2 && nkg_lang_in(legal_forms, TOKS(c->doc)[t1 - 1].fold))
		g = gaz_span(c, t0, t1 - 1);
	/* A capitalised word starting the sentence is not a name unless
	 * something else says so ("Renault a nommé ..." does). */
	/* "Deux élus ont voté", "Hospital CEO exits doubled": an ordinary
	 * word opening a sentence, which the article never names alone */
	/* ("Castres a limogé son entraîneur": unless it acts as an
	 * organisation does, which the score says) */
	if (!g && t1 - t0 == 1 && sentence_initial(c, s, t0) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold) &&
	    !alone_elsewhere(c, t0)) {
		nkg_mention probe = {0};
		score_name(c, s, t0, t1, &probe);
		/* (not a number: "Deux élus ont voté") */
		if (probe.org_score < 1.5f || nkg_lang_in(s->lang->number_words, TOKS(c->doc)[t0].fold))
			return 0;
	}
	if (!g && t1 - t0 == 1 && sentence_initial(c, s, t0) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    !is_proper(c, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)) {
		nkg_mention probe = {0};
		score_name(c, s, t0, t1, &probe);
		/* (a word no word list knows, "Eramet trébuche", is a name
		 * even there, though of no known kind) */
		if (probe.org_score < 1.5f && probe.person_score < 1.5f &&
		    (word_in_any_lang(c, TOKS(c->doc)[t0].fold) ||
		     !nkg_gazetteer_has_words(c->gaz, s->lang->code)))
			return 0;
	}
	if (!g && t1 - t0 == 1 && in_any_lang(get_stop, TOKS(c->doc)[t0].fold))
		return 0;
	/* "Brentwood, Tenn.", "Dean French, MD,": a state's abbreviation
	 * or a degree alone */
	if (!g && t1 - t0 == 1 && (in_any_lang(get_abbrevs, TOKS(c->doc)[t0].fold) ||
				   in_any_lang(get_credentials, TOKS(c->doc)[t0].fold)))
		return 0;
	if (!g && t1 - t0 == 1 && strlen(TOKS(c->doc)[t0].fold) < 2)
		return 0;
	if (!(m = add_mention(c->ms, NKG_M_NAME, si, t0, t1)))
		return NKG_ENOMEM;
	if (!(m->text = span_text(c->doc, t0, t1)))
		return NKG_ENOMEM;
	m->gaz = g;
	score_name(c, s, t0, t1, m);
	/* "Sciences Po Paris": a known organisation's name opens it */
	if (!g && t1 - t0 >= 2) {
		size_t gp = gaz_prefix(c, t0, t1);
		const nkg_gaz_entry *pe = gp ? gaz_span(c, t0, t0 + gp) : NULL;
		if (pe && (pe->type == NKG_GAZ_ORG || pe->type == NKG_GAZ_MEDIA))
			m->org_score += 3;
	}
	if (s->flags & NKG_SENT_COMMENT)
		m->flags |= NKG_MF_COMMENT;
	else if (!(s->flags & (NKG_SENT_NOISE | NKG_SENT_SHORT)))
		m->flags |= NKG_MF_BODY;
	if (s->flags & NKG_SENT_BYLINE) {
		m->flags |= NKG_MF_AUTHOR;
		m->person_score += 3;
	}
	if (g) {
		m->flags |= NKG_MF_GAZ;
		m->type = g->type == NKG_GAZ_PERSON ? NKG_NT_PERSON :
			  (g->type == NKG_GAZ_ORG || g->type == NKG_GAZ_MEDIA) ? NKG_NT_ORG :
			  NKG_NT_OTHER;
	} else if (m->person_score >= 1 && (m->person_score > m->org_score ||
					     (m->person_score == m->org_score && t1 - t0 >= 2 &&
					      nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)))) {
		m->type = NKG_NT_PERSON;
	} else if (m->org_score >= 1) {
		m->type = NKG_NT_ORG;
	} else {
		m->type = NKG_NT_UNKNOWN;
	}
	/* "Disney Parks, Experiences and Products": a plural the dictionary
	 * knows, alone, names no person (unless it ends a person's name the
	 * article gives: "Sanders" after "Bernie Sanders") */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_PERSON && plural_word(c, s, t0) &&
	    !in_longer_name(c, t0))
		m->type = NKG_NT_UNKNOWN;
	/* "thanks to Sean", "replacing Sean": a first name alone is a person
	 * called familiarly, not a company, unless strong evidence says so */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_ORG && m->org_score < 3 &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold))
		m->type = NKG_NT_UNKNOWN;
	/* "le projet de Contrat d'Objectif", "la rubrique Affaires": one
	 * capitalised ordinary word is an organisation only on strong
	 * evidence ("la société Orange"). */
	/* ("Castres a limogé son entraîneur": an ordinary word opening the
	 * sentence that acts as an organisation does, and is nowhere part
	 * of a longer name such as "Donald Trump") */
	/* (nor one the article always writes with a capital, several
	 * times mid-sentence: "the aid agency Goal ... who founded Goal") */
	if (!g && t1 - t0 == 1 && m->type == NKG_NT_ORG && !cue_before(c, s, t0) &&
	    !(sentence_initial(c, s, t0) && org_acts(c->doc, s, t1) && !in_longer_name(c, t0)) &&
	    !(proper_count(c, TOKS(c->doc)[t0].fold) >= 2 && !lower_elsewhere(c->doc, t0) &&
	      /* (not "Les Ministres de tutelle": a determiner before;
	       * nor "Trump" of "Donald Trump") */
	      !(t0 > s->tok0 && nkg_lang_in(s->lang->determiners, TOKS(c->doc)[t0 - 1].fold)) &&
	      !in_longer_name(c, t0)) &&
	    !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0].fold) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold))
		m->type = NKG_NT_OTHER;
	/* "Metz a changé de technicien", "À Sochaux, X a quitté le club",
	 * "fired by Atlanta": in a story of sport a town stands for its
	 * club (not a country or region: "en France") */
	/* (a name no dictionary knows, no first name, with no article
	 * before it: "Sochaux", not "le Corse", "Omar", "Stade") */
	if (c->sports && ((g && g->type == NKG_GAZ_PLACE) ||
			  (!g && t1 - t0 == 1 && (m->type == NKG_NT_UNKNOWN || m->type == NKG_NT_OTHER) &&
			   (!word_in_any_lang(c, TOKS(c->doc)[t0].fold) ||
			    /* ("Castres", "Rennes": words too, never
			     * written in lower case here) */
			    (is_proper(c, TOKS(c->doc)[t0].fold) && !lower_elsewhere(c->doc, t0))) &&
			   m->person_score <= 0 &&
			   !first_name_part(c, TOKS(c->doc)[t0].fold) &&
			   !strchr(TOKS(c->doc)[t0].fold, '\''))) &&
	    !(t0 > s->tok0 && nkg_lang_in(s->lang->determiners, TOKS(c->doc)[t0 - 1].fold)) &&
	    !(t0 > s->tok0 && nkg_lang_in(s->lang->country_preps, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* (nor a venue or a squad: "le stade Mayol", "l'équipe
	     * Espoirs") */
	    !(t0 > s->tok0 && !(TOKS(c->doc)[t0 - 1].flags & NKG_TOK_CAP) &&
	      nkg_lang_in(s->lang->venue_words, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* (nor where a title is won: "champion de France", "qualified
	     * for Europe") */
	    !competition_place(c, s, t0) &&
	    /* (nor a dateline's town: "TUCSON (AP) —") */
	    !(TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
	    /* (nor a league: "Ligue 2", "Division 1") */
	    !(t1 < s->tok1 && (TOKS(c->doc)[t1].flags & NKG_TOK_NUM)) &&
	    /* (nor the end of a longer name: "Stade de France") */
	    !(t0 > s->tok0 + 1 && nkg_lang_in(s->lang->title_links, TOKS(c->doc)[t0 - 1].fold) &&
	      (TOKS(c->doc)[t0 - 2].flags & NKG_TOK_CAP)) &&
	    !based_place(s, c->doc, t1))
		m->type = NKG_NT_ORG;
	/* "Dans le Cantal, c'est X qui a été nommé préfet", "En
	 * Haute-Loire, X remplace Y": a place fronted before a comma, in a
	 * sentence with a public office's title, is where the office is */
	if (((g && g->type == NKG_GAZ_PLACE) || (!g && m->type == NKG_NT_UNKNOWN)) &&
	    t0 > s->tok0 && t0 <= s->tok0 + 2 && t1 < s->tok1 &&
	    /* (over a department's number: "En Haute-Loire (43),") */
	    (!strcmp(TOKS(c->doc)[t1].fold, ",") ||
	     (t1 + 3 < s->tok1 && !strcmp(TOKS(c->doc)[t1].fold, "(") &&
	      (TOKS(c->doc)[t1 + 1].flags & NKG_TOK_NUM) && !strcmp(TOKS(c->doc)[t1 + 2].fold, ")") &&
	      !strcmp(TOKS(c->doc)[t1 + 3].fold, ","))) &&
	    nkg_lang_in(s->lang->place_preps, TOKS(c->doc)[s->tok0].fold) &&
	    (t0 == s->tok0 + 1 || nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold))) {
		int office = 0;
		for (size_t k = t1; k < s->tok1 && !office; k++) {
			int tm = c->title_at[k];
			office = tm >= 0 && !strcmp(c->ms->m[tm].role, "official");
		}
		if (office)
			m->type = NKG_NT_ORG;
	}
	/* "fired by Atlanta": a town that dismisses someone is its club */
	if (g && g->type == NKG_GAZ_PLACE && t1 - t0 == 1 && dismisser(c, s, t0))
		m->type = NKG_NT_ORG;
	/* "la préfète du Cantal", "manager de Castres", "Burnley manager": a
	 * place as a title's complement stands for its institution, team or
	 * administration. */
	/* (not "the Dublin-born banker": a modifier says where someone
	 * is from) */
	if (((g && g->type == NKG_GAZ_PLACE) ||
	     (!g && (m->type == NKG_NT_UNKNOWN || m->type == NKG_NT_OTHER))) &&
	    !based_place(s, c->doc, t1) && title_beside(c, s, t0, t1, g != NULL) &&
	    !nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[t1 - 1].fold, 2))
		m->type = NKG_NT_ORG;
	/* "Director for Social and Human Rights": a title's remit; "the
	 * Director of Athletics", "Directeur Général des Services": one
	 * ordinary word after a title and its link, capitalised only there */
	if (!g && m->type == NKG_NT_ORG &&
	    (remit_of_title(c, s, t0) ||
	     (t1 - t0 == 1 && t0 >= s->tok0 + 2 && c->title_at[t0 - 2] >= 0 &&
	      nkg_lang_in(s->lang->remit_word_links, TOKS(c->doc)[t0 - 1].fold) &&
	      !(TOKS(c->doc)[t0].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)) &&
	      nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0].fold) &&
	      !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold) &&
	      proper_count(c, TOKS(c->doc)[t0].fold) < 2)))
		m->type = NKG_NT_OTHER;
	/* "vice president of Global Communications", "directrice de la
	 * Communication": a department, every word a function's */
	if (!g && m->type == NKG_NT_ORG && only_function_words(c, s, t0, t1))
		m->type = NKG_NT_OTHER;
	/* "Public Safety Minister X", "Minister of Finance": a portfolio. */
	/* ("Secretary of the Smithsonian Institution": an article and a
	 * company word closing the name say organisation, no portfolio,
	 * which "Minister of Mental Health" is) */
	if (!g && m->type == NKG_NT_ORG && portfolio(c, s, t0, t1) &&
	    /* (nor one an institution's head word opens: "secrétaire
	     * général de la préfecture de l'Aude") */
	    !institution_head(c, s, t0) &&
	    !(t1 - t0 >= 2 && org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX &&
	      t0 > s->tok0 && nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold)) &&
	    /* ("secretary of the U.S. Department of Labor": an article, then
	     * an institution's head word a place may open) */
	    !(t1 - t0 >= 3 && t0 > s->tok0 &&
	      nkg_lang_in(s->lang->definite_articles, TOKS(c->doc)[t0 - 1].fold) &&
	      institution_head(c, s, t0 + 1)))
		m->type = NKG_NT_OTHER;
	/* "Ann Arbor, Mich.-based Michigan Medicine": the town, whatever
	 * its first word says */
	if (!g && based_place(s, c->doc, t1))
		m->type = NKG_NT_OTHER;
	/* Reader comments: only names something vouches for. */
	if ((m->flags & NKG_MF_COMMENT) && !g &&
	    !(m->type == NKG_NT_PERSON && t1 - t0 >= 2 &&
	      nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold)))
		m->type = NKG_NT_OTHER;
	return 0;
}

/* Whether [t0,k) is an institution's head word, maybe with ordinary
 * words after it, before the name of the person it is named after:
 * "CHU Habib Bourguiba", "hôpital universitaire Habib Bourguiba",
 * "Centre Hospitalier Intercommunal Jean Moulin" (not "Groupe Lorvane
 * Jean Martin": a name between is the organisation's own). */
static int named_after_person(const ctx *c, const nkg_sentence *s, size_t t0, size_t k)
{
	size_t ih = institution_head(c, s, t0);
	if (!ih || t0 + ih > k)
		return 0;
	for (size_t q = t0 + ih; q < k; q++)
		if ((TOKS(c->doc)[q].flags & NKG_TOK_CAP) &&
		    !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[q].fold))
			return 0;
	return 1;
}

/* Where the run [t0,t1) goes on from an organisation's name into a
 * person's first name and surname: the first name's token (t1 - 2), or 0
 * when it does not. */
static size_t person_after_org(const ctx *c, const nkg_sentence *s, size_t t0, size_t t1)
{
	if (t1 - t0 < 3 || gaz_span(c, t0, t1))
		return 0;
	const char *lc = s->lang->code;
	size_t k = t1 - 2;
	const char *first = TOKS(c->doc)[k].fold, *prev = TOKS(c->doc)[k - 1].fold;
	int sur_word = nkg_gazetteer_is_word(c->gaz, lc, TOKS(c->doc)[t1 - 1].fold);
	int first_word = nkg_gazetteer_is_word(c->gaz, lc, first);
	/* "Corbin Vale Health Tomasz Brzezinski": a company word ends the
	 * organisation's name before the two words of a person's. */
	if (t1 - t0 >= 4 && org_word(prev) == ORG_SUFFIX && !sur_word && !first_word)
		return k;
	/* "Quorum Health Dan Slipkovich stepped down": a first name, then a
	 * surname that is no ordinary word */
	if (!first_name(c, first) || nkg_gazetteer_is_firstname(c->gaz, prev) ||
	    /* (not "Saint Louis University", a saint's name) */
	    nkg_lang_in(s->lang->saint_words, prev) ||
	    /* (nor "CHU Habib Bourguiba", "hôpital universitaire Habib
	     * Bourguiba": an institution named after a person) */
	    named_after_person(c, s, t0, k))
		return 0;
	if (k >= t0 + 2 && !sur_word)
		return k;
	/* ("Science and Industry Francois-Philippe Champagne": ordinary
	 * words before a first name and a surname) */
	int plain = 1;
	for (size_t q = t0; q < k && plain; q++)
		plain = nkg_gazetteer_is_word(c->gaz, lc, TOKS(c->doc)[q].fold) &&
			!first_name(c, TOKS(c->doc)[q].fold);
	if (plain)
		return k;
	/* ("l'ex-patron de Tessane Jean-Marc Folard": one word after a
	 * title's link names the organisation, the holder's name follows;
	 * either name may be a word too, "Denis", "Taupin", not both) */
	if (title_beside(c, s, t0, t1, 0) && !strchr(TOKS(c->doc)[t0].fold, '-') &&
	    (!sur_word || !first_word))
		return k;
	return 0;
}

static int names_in_run(ctx *c, size_t si, size_t t0, size_t t1)
{
	const nkg_sentence *s = &c->doc->sents[si];
	int rc;

	while (t0 < t1) {
		/* Leading function words: "Selon The Verge", "Le PDG". */
		if (gaz_span(c, t0, t1))
			return add_name(c, si, t0, t1);
		const char *f = TOKS(c->doc)[t0].fold;
		/* "the Mount Pleasant-based university": a run ending in a
		 * modifier qualifies the common noun after it; it names
		 * nothing */
		if (strchr(TOKS(c->doc)[t1 - 1].fold, '-') &&
		    nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[t1 - 1].fold, 2))
			return 0;
		/* "le Sénégalais X" drops the nationality; "Australian
		 * Computer Society" keeps it: a company word ends the name */
		if (in_any_lang(get_demonyms, f) && !(t1 - t0 >= 3 && org_word(TOKS(c->doc)[t1 - 1].fold))) {
			t0++;
			continue;
		}
		/* "en Pro A. Ruddy Nelhomme est": an ordinary word and a
		 * capital letter closing the sentence before a name (the
		 * letter's period read as an initial's) */
		if (t1 - t0 >= 4 && strlen(TOKS(c->doc)[t0 + 1].fold) == 2 &&
		    TOKS(c->doc)[t0 + 1].fold[1] == '.' &&
		    word_in_any_lang(c, f) &&
		    !nkg_gazetteer_is_firstname(c->gaz, f)) {
			t0 += 2;
			continue;
		}
		/* "Chicago-based CommonSpirit Health", "German-born Tom Enders" */
		if (t1 - t0 >= 2 && nkg_lang_ends_in(s->lang->modifier_endings, f, 2)) {
			t0++;
			continue;
		}
		/* ("the Rupert Murdoch-owned News of the World": after a
		 * modifier inside the run, whatever opens it) */
		size_t mod = 0;
		for (size_t k = t0 + 1; k + 1 < t1; k++)
			if (strchr(TOKS(c->doc)[k].fold, '-') &&
			    nkg_lang_ends_in(s->lang->modifier_endings, TOKS(c->doc)[k].fold, 2))
				mod = k;
		if (mod) {
			t0 = mod + 1;
			continue;
		}
		/* "Struggling Burnley ...", "Maybe I ...": an ordinary word
		 * opening the sentence, before a name told elsewhere too. */
		/* (but "Dale Pruitt is stepping down": a given name that is
		 * also a word, before one more word the gazetteer does not
		 * know) */
		int word_first = (t1 - t0 == 2 && nkg_gazetteer_is_word_firstname(c->gaz, f) &&
				  !gaz_prefix(c, t0 + 1, t1 + 1)) ||
				 /* "Wright Lassiter III": a generation ends a
				  * person's whole name */
				 (t1 - t0 == 3 && nkg_lang_in(s->lang->name_suffixes, TOKS(c->doc)[t1 - 1].fold));
		if (t1 - t0 >= 2 && sentence_initial(c, s, t0) && common_word(c, s, t0) && !word_first &&
		    !in_any_lang(get_stop, f) && !gaz_span(c, t0, t1) && !org_prefix_tok(c, t0) &&
		    !company_form_after(c, s, t1) && /* "Kestrel Grid, Inc." */
		    /* ("Acme Corp. said": a company word closes the name) */
		    !(t1 - t0 == 2 && nkg_lang_in(legal_forms, TOKS(c->doc)[t1 - 1].fold)) &&
		    !nkg_lang_in(s->lang->saint_words, f) && /* "Saint Louis University" */
		    (TOKS(c->doc)[t0 + 1].flags & NKG_TOK_WORD) && /* "Marks & Spencer" */
		    !honorific_elsewhere(c, t0 + 1) && /* "Wright Lassiter ... Mr. Lassiter" */
		    !acronym_elsewhere(c, t0, t1) && /* "Central Michigan University ... CMU" */
		    /* ("Central Michigan University": a part of a known
		     * place, in an institution's name a company word ends) */
		    !(t1 - t0 >= 3 && nkg_lang_in(s->lang->place_adjectives, f) &&
		      org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX && gaz_span(c, t0 + 1, t0 + 2) &&
		      gaz_span(c, t0 + 1, t0 + 2)->type == NKG_GAZ_PLACE) &&
		    (named_elsewhere(c, t0 + 1, t1) || gaz_prefix(c, t0 + 1, t1 + 1) ||
		     ((TOKS(c->doc)[t0 + 1].flags & NKG_TOK_WORD) &&
		      !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold)))) {
			t0++;
			continue;
		}
		if (nkg_lang_in(s->lang->interim_before, f) ||
		    (t1 - t0 == 1 && (nkg_lang_in(s->lang->new_words, f) ||
				      nkg_lang_in(s->lang->former, f)))) {
			t0++;
			continue;
		}
		/* "Mme Ebongué", "Former Apple": an honorific or "former"
		 * starts the run but is not part of the name. */
		/* ("New" is part of a name the gazetteer knows: "The New
		 * York Post") */
		int known_new = t1 - t0 >= 2 && (gaz_span(c, t0, t0 + 2) || gaz_span(c, t0, t1));
		/* (or a company word ends: "New Teacher Center") */
		known_new |= t1 - t0 >= 3 && org_word(TOKS(c->doc)[t1 - 1].fold) == ORG_SUFFIX &&
			     !sentence_initial(c, s, t0);
		if (t1 - t0 >= 2 && (nkg_lang_in(s->lang->person_cue_before, f) ||
				     ((nkg_lang_in(s->lang->former, f) ||
				       nkg_lang_in(s->lang->new_words, f)) && !known_new))) {
			t0++;
			continue;
		}
		if (in_any_lang(get_stop, f)) {
			/* ("La Poste", "Le Monde" keep their article; "de L'UVSQ"
			 * does not keep an elided one before a name, unless the
			 * gazetteer knows the whole: "L'Oréal") */
			int keep = t1 - t0 >= 2 && !sentence_initial(c, s, t0) &&
				   (nkg_lang_in(s->lang->determiners, f) ||
				    !strcmp(f, "the")) &&
				   (f[strlen(f) - 1] != '\'' || gaz_span(c, t0, t1) ||
				    /* "L'Expansion", "L'Équipe": a title of
				     * ordinary words */
				    word_in_any_lang(c, TOKS(c->doc)[t0 + 1].fold));
			/* ("AS Monaco", "US Créteil": a club's initials, in
			 * capitals, open its name) */
			keep |= t1 - t0 >= 2 && (TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) &&
				nkg_lang_in(s->lang->club_words, f);
			/* ("succeeds Will Godfrey", "May Chen": a given name
			 * that is also a function word, capitalised inside the
			 * sentence, before a surname no dictionary knows) */
			keep |= t1 - t0 == 2 && !sentence_initial(c, s, t0) &&
				(TOKS(c->doc)[t0].flags & NKG_TOK_CAP) &&
				any_first_name(c, f) &&
				!nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold) &&
				!(s->flags & NKG_SENT_TITLE);
			if (!keep) {
				t0++;
				continue;
			}
		}
		break;
	}
	while (t1 > t0 && in_any_lang(get_particles, TOKS(c->doc)[t1 - 1].fold) &&
	       !(TOKS(c->doc)[t1 - 1].flags & NKG_TOK_CAP))
		t1--;
	if (t0 >= t1)
		return 0;
	size_t split = person_after_org(c, s, t0, t1);
	if (split) {
		if ((rc = names_in_run(c, si, t0, split)))
			return rc;
		return names_in_run(c, si, split, t1);
	}
	size_t p = t1 - t0 >= 2 ? gaz_prefix(c, t0, t1) : 0;
	/* "OpenAI DevDay" splits; "Mistral Ferries", "EDF Renouvelables"
	 * are names of their own. */
	if (p && t1 - (t0 + p) == 1 && !gaz_span(c, t0 + p, t1) &&
	    !(TOKS(c->doc)[t0 + p].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER)))
		p = 0;
	/* "Ford Motor Co.", "General Electric Co.": a legal form ends
	 * one company's name, whatever the gazetteer knows of its start
	 * (not when the rest is a name of its own: "Quorum Health Dan
	 * Slipkovich" ends in none) */
	if (p && t1 - (t0 + p) >= 2 && nkg_lang_in(legal_forms, TOKS(c->doc)[t1 - 1].fold) &&
	    !gaz_span(c, t0 + p, t1) && !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + p].fold))
		p = 0;
	/* An institution's head word that the gazetteer knows alone (as
	 * an alias: "Office") keeps its lower-case complement: "Office
	 * national des forêts". */
	if (p == 1 && org_prefix_tok(c, t0) && !(TOKS(c->doc)[t0 + 1].flags & NKG_TOK_CAP))
		p = 0;
	/* "Sciences Po Toulouse": an organisation's branch in a place;
	 * "Crédit Agricole Nord Est": in a region. */
	if (p && gaz_span(c, t0, t0 + p)->type == NKG_GAZ_ORG &&
	    ((gaz_span(c, t0 + p, t1) && gaz_span(c, t0 + p, t1)->type == NKG_GAZ_PLACE) ||
	     regional_branch(c, &c->doc->sents[si], t0, t0 + p) == t1))
		p = 0;
	/* A place opening a longer name is part of it: "France Médias
	 * Monde", "London Stock Exchange" (not after a title's link: "le
	 * préfet des Yvelines Erard Dumont", the territory then the
	 * holder) */
	if (p && gaz_span(c, t0, t0 + p)->type == NKG_GAZ_PLACE && !gaz_span(c, t0 + p, t1) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + p].fold) &&
	    !(title_beside(c, s, t0, t1, 1) && t1 - (t0 + p) >= 2 &&
	      !org_word(TOKS(c->doc)[t1 - 1].fold) &&
	      !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t1 - 1].fold)))
		p = 0;
	/* "le préfet de Haute-Corse Eric Delzant", "le maire de
	 * Saint-Malo Gilles Lurton": a compound place the gazetteer may
	 * not know, then a first name and a surname */
	/* ("l'ex-patron de PSA Jean-Martin Folz": or an acronym) */
	if (!p && t1 - t0 >= 3 &&
	    (strchr(TOKS(c->doc)[t0].fold, '-') ||
	     ((TOKS(c->doc)[t0].flags & NKG_TOK_UPPER) && strlen(TOKS(c->doc)[t0].fold) >= 2 &&
	      /* (not "CHU Habib Bourguiba", named after a person) */
	      !institution_head(c, s, t0))) &&
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0].fold) &&
	    nkg_gazetteer_is_firstname(c->gaz, TOKS(c->doc)[t0 + 1].fold) &&
	    !nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[t0 + 1].fold) &&
	    !org_word(TOKS(c->doc)[t1 - 1].fold))
		p = 1;
	if (p) {
		if ((rc = add_name(c, si, t0, t0 + p)))
			return rc;
		return names_in_run(c, si, t0 + p, t1);
	}
	return add_name(c, si, t0, t1);
}

static int lower_word(const ctx *c, size_t k)
{
	return qualifier(&TOKS(c->doc)[k]) && !verbish(TOKS(c->doc)[k].fold);
}

/* The end of an institution's name whose head word ("Agence", "Bank") is
 * at e - 1: French adjectives after it ("Commission européenne"; a
 * conditional or imperfect verb such as "aurait" is none), then up to two
 * complements, each "de"/"of"/"for" and a name ("Banque de France",
 * "Department for Business and Trade") or, where the language writes
 * institutions in lower case after their first word, "de" (la) and a
 * noun with its adjective ("Agence nationale de la recherche", "Centre
 * national des arts plastiques", "Société des gens de lettres").  e when
 * nothing follows. */
/* Whether token k is a move's verb that is also an ordinary word, in a
 * headline in Title Case ("Names", "Appoints"): no part of a name there
 * (in prose a capital says it is one: "l'académie de Limoges"). */
static int move_word(const ctx *c, const nkg_sentence *s, size_t k)
{
	return title_case(c, s) && nkg_lang_trigger_word(s->lang, TOKS(c->doc)[k].fold, -1, 1) &&
	       nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(c->doc)[k].fold);
}

static size_t institution_end(const ctx *c, const nkg_sentence *s, size_t e)
{
	const nkg_doc *d = c->doc;
	const nkg_lang *l = s->lang;
	size_t q = e;

	while (q < s->tok1 && q < e + 2 && !strcmp(l->code, "fr") && lower_word(c, q))
		q++;
	/* "le centre hospitalier Sud-Gironde", "le lycée Victor-Hugo": the
	 * name right after the head */
	if (q < s->tok1 && (TOKS(d)[q].flags & NKG_TOK_CAP) && is_name_tok(c, q) &&
	    !c->used[q]) {
		while (q < s->tok1 && is_name_tok(c, q) && (TOKS(d)[q].flags & NKG_TOK_CAP) &&
		       !(q > e && move_word(c, s, q)))
			q++;
		return q;
	}
	/* (three at most: "Communauté de Communes du Val d'Orne") */
	for (int pp = 0; pp < 3 && q < s->tok1; pp++) {
		/* "de la santé et de la recherche médicale": a second
		 * complement joined by "et" */
		if (pp > 0 && q + 3 < s->tok1 && nkg_lang_in(l->coord, TOKS(d)[q].fold) &&
		    nkg_lang_in(l->name_complement, TOKS(d)[q + 1].fold) &&
		    !(TOKS(d)[q + 1].flags & NKG_TOK_CAP) &&
		    (lower_word(c, q + 2) ||
		     (nkg_lang_in(l->complement_articles, TOKS(d)[q + 2].fold) && lower_word(c, q + 3))))
			q++;
		const char *f = TOKS(d)[q].fold;
		int lower_ok = nkg_lang_in(l->name_complement, f);
		size_t r = q + 1;
		if (!lower_ok && strcmp(f, "de") && strcmp(f, "of") && strcmp(f, "for") &&
		    strcmp(f, "du") && strcmp(f, "des") && strcmp(f, "d'"))
			break;
		/* "de l'Agriculture", "de la Réunion": an article before the name */
		if (r + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r].fold) &&
		    !(TOKS(d)[r].flags & NKG_TOK_CAP) && is_name_tok(c, r + 1))
			r++;
		if (r < s->tok1 && is_name_tok(c, r)) {
			/* (not over a move's verb in a title-case headline:
			 * "University Of Oklahoma Names Former Oil Exec ...") */
			while (r < s->tok1 && !(r > e && move_word(c, s, r)) && (is_name_tok(c, r) ||
			       ((!strcmp(TOKS(d)[r].fold, "and") || !strcmp(TOKS(d)[r].fold, "et")) &&
				r + 1 < s->tok1 && is_name_tok(c, r + 1))))
				r++;
			/* "du Cheval et de l'Equitation": a second complement */
			if (pp == 0 && r + 2 < s->tok1 && nkg_lang_in(l->coord, TOKS(d)[r].fold) &&
			    nkg_lang_in(l->name_complement, TOKS(d)[r + 1].fold)) {
				size_t r2 = r + 2;
				if (r2 + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r2].fold) &&
				    is_name_tok(c, r2 + 1))
					r2++;
				if (is_name_tok(c, r2)) {
					while (r2 < s->tok1 && is_name_tok(c, r2))
						r2++;
					return r2;
				}
			}
			/* "des Hautes Etudes en Santé Publique": a second
			 * complement */
			if (pp == 0 && r + 1 < s->tok1 && nkg_lang_in(l->name_complement, TOKS(d)[r].fold) &&
			    is_name_tok(c, r + 1)) {
				q = r;
				continue;
			}
			/* "de la Mutualité française": the complement's own
			 * adjective, in lower case, closes the name */
			if (r < s->tok1 && lower_word(c, r) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2) &&
			    (r + 1 == s->tok1 || !lower_word(c, r + 1)))
				r++;
			return r;
		}
		/* "de la recherche": the article only before a lower-case
		 * noun (before a name it is part of the name's own run). */
		if (lower_ok && r + 1 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r].fold) &&
		    !(TOKS(d)[r].flags & NKG_TOK_CAP) && lower_word(c, r + 1))
			r++;
		/* (only where names go on in lower case: "Detroit City FC
		 * for six seasons" is no "Fédération française de voile") */
		if (r < s->tok1 && lower_word(c, r) &&
		    (lower_ok || (pp == 0 && l->name_complement && l->name_complement[0]))) {
			r++;
			/* One adjective of the noun: "arts plastiques"; or an
			 * adjective before it and one after: "des hautes
			 * études territoriales". */
			if (lower_ok && r + 1 < s->tok1 && lower_word(c, r) && lower_word(c, r + 1) &&
			    !nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r + 1].fold, 2))
				r += 2;
			else if (lower_ok && r < s->tok1 && lower_word(c, r) &&
			    nkg_lang_ends_in(l->adjective_endings, TOKS(d)[r].fold, 2))
				r++;
			/* or one word that runs to the end of the clause: "des
			 * opérateurs télécoms," */
			else if (lower_ok && r < s->tok1 && lower_word(c, r) &&
				 (r + 1 == s->tok1 || (TOKS(d)[r + 1].flags & NKG_TOK_PUNCT)))
				r++;
			/* or a second noun before the place: "d'assurance
			 * maladie de la Gironde" */
			else if (lower_ok && r + 2 < s->tok1 && lower_word(c, r) &&
				 nkg_lang_in(l->name_complement, TOKS(d)[r + 1].fold) &&
				 (is_name_tok(c, r + 2) ||
				  (r + 3 < s->tok1 && nkg_lang_in(l->complement_articles, TOKS(d)[r + 2].fold) &&
				   is_name_tok(c, r + 3))))
				r++;
			q = r;
			if (!lower_ok)
				break;  /* "Fédération française de voile": one word */
			continue;
		}
		break;
	}
	return q;
}

/* "François Villeroy de Galhau", "Georges Chodron de Courcel": a first
 * name and a surname [k,e), a particle, and one more capitalised word at
 * pe that is the rest of the surname: the word is no ordinary word, no
 * known name, and never stands in the article without a particle before
 * it (an organisation would: "Jean Martin de Veltrane" ... "Veltrane a
 * annoncé"). */
static int particle_surname(const ctx *c, const nkg_sentence *s, size_t k, size_t e,
			    size_t pe, size_t after)
{
	const nkg_doc *d = c->doc;
	if (e - k != 2 || after != pe + 1 ||
	    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold) ||
	    (TOKS(d)[pe].flags & (NKG_TOK_UPPER | NKG_TOK_MIXED)) ||
	    gaz_span(c, pe, after) || common_word(c, s, pe) ||
	    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[pe].fold))
		return 0;
	for (size_t p = 0; p < d->n_toks; p++)
		if (p != pe && !strcmp(d->toks[p].fold, TOKS(d)[pe].fold) &&
		    (!p || !in_any_lang(get_particles, d->toks[p - 1].fold)))
			return 0;
	return 1;
}

/* Link words an organisation's name holds, which its comparison key and
 * its initials leave out. */
static const char *const org_key_links[] = {
	"de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", NULL
};

/* Whether the words [k, e) spell the folded acronym acr from its letter
 * a on: each word gives the next letter, or is a link word the acronym
 * may leave out ("pour", "of"; a link whose letter it gives counts too:
 * "Mouvement pour la France (MPF)"). */
static int spells(const ctx *c, const nkg_sentence *s, size_t k, size_t e, const char *acr)
{
	/* (the acronym positions reachable so far, one bit each: one pass,
	 * however many link words may or may not give their letter) */
	size_t la = strlen(acr);
	uint64_t reach = 1;
	if (la > 60)
		return 0;
	for (; k < e && reach; k++) {
		const char *f = TOKS(c->doc)[k].fold;
		if (TOKS(c->doc)[k].flags & NKG_TOK_PUNCT) {
			if (strcmp(f, "-"))
				return 0;
			continue;
		}
		int link = nkg_lang_in(s->lang->acronym_links, f);
		uint64_t next = link ? reach : 0;
		for (size_t a = 0; a < la; a++)
			if ((reach >> a & 1) && f[0] == acr[a])
				next |= (uint64_t)1 << (a + 1);
		reach = next;
	}
	return (reach >> la) & 1;
}

/* "l'ONG Action pour la protection des droits de l'homme (APDH)": a name
 * written in sentence case, which an acronym in brackets after it spells.
 * The start of the name that the acronym spells, from k on, before the
 * bracket at *paren; s->tok1 if none.  (Three letters or more, a
 * capitalised first word, a lower-case word inside: all capitals are a
 * run of their own.) */
static size_t spelled_out(const ctx *c, const nkg_sentence *s, size_t k, size_t *paren)
{
	const nkg_doc *d = c->doc;
	size_t q = k;
	while (q < s->tok1 && q < k + 16 && !(TOKS(d)[q].flags & NKG_TOK_PUNCT &&
					     strcmp(TOKS(d)[q].fold, "-") && strcmp(TOKS(d)[q].fold, "'")))
		q++;
	/* (the acronym in capitals, or capitalised: "(Inra)", "(Anru)") */
	if (q + 2 >= s->tok1 || strcmp(TOKS(d)[q].fold, "(") || strcmp(TOKS(d)[q + 2].fold, ")") ||
	    !(TOKS(d)[q + 1].flags & (NKG_TOK_UPPER | NKG_TOK_CAP)))
		return s->tok1;
	const char *acr = TOKS(d)[q + 1].fold;
	size_t la = strlen(acr);
	if (la < 3 || la > 8)
		return s->tok1;
	/* (from k, or from a later word of the capitalised run that k
	 * opens: "l'ONG Action pour ...") */
	for (size_t p = k; p < q && (p == k || is_name_tok(c, p - 1)); p++) {
		int lower = 0;
		for (size_t r = p + 1; r < q; r++)
			lower |= (TOKS(d)[r].flags & NKG_TOK_WORD) && !(TOKS(d)[r].flags & NKG_TOK_CAP) &&
				 !nkg_lang_in(s->lang->acronym_links, TOKS(d)[r].fold);
		if ((TOKS(d)[p].flags & NKG_TOK_CAP) && !c->used[p] && lower && q - p >= 3 &&
		    spells(c, s, p, q, acr)) {
			*paren = q;
			return p;
		}
	}
	return s->tok1;
}

/* Whether folded word f opens a title of language l ("chief",
 * "directeur"). */
static int title_word(const nkg_lang *l, const char *f)
{
	size_t n = 0;
	nkg_lang_title_candidates(l, f, &n);
	return n > 0 || nkg_lang_in(l->title_open, f);
}

static int find_names(ctx *c, size_t si)
{
	const nkg_sentence *s = &c->doc->sents[si];
	const nkg_doc *d = c->doc;
	size_t k = s->tok0;
	int rc, tc = title_case(c, s);
/* ("Galena Biopharma Appoints Mark W. Schwartz": a move's verb in a
 * title-case headline ends the name before it) */
#define RUN_TOK(k) (is_name_tok(c, (k)) && !(tc && common_word(c, s, (k))) && \
		    !(k > s->tok0 && nkg_lang_trigger_word(s->lang, TOKS(d)[k].fold, -1, 1) && \
		      nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[k].fold)))

	while (k < s->tok1) {
		/* "la préfecture du Cantal", "l'académie de la Réunion": a
		 * lower-case head word names an institution with its place. */
		size_t hn;
		if (!c->used[k] && !(TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    (hn = nkg_doc_match_list(d, k, s->tok1, s->lang->institution_heads))) {
			size_t q = institution_end(c, s, k + hn);
			if (q > k + hn && is_name_tok(c, q - 1)) {
				if ((rc = names_in_run(c, si, k, q)))
					return rc;
				k = q;
				continue;
			}
		}
		/* "le Stade rennais", "le Stade toulousain": a venue word and
		 * a town's adjective name a club */
		size_t vh = k + 1 < s->tok1 && in_any_lang(get_stop, TOKS(d)[k].fold) ? k + 1 : k;
		if ((TOKS(d)[vh].flags & NKG_TOK_CAP) && !c->used[vh] && vh + 1 < s->tok1 &&
		    nkg_lang_in(s->lang->venue_words, TOKS(d)[vh].fold) &&
		    (TOKS(d)[vh + 1].flags & NKG_TOK_WORD) && !(TOKS(d)[vh + 1].flags & NKG_TOK_CAP) &&
		    nkg_lang_ends_in(s->lang->demonym_endings, TOKS(d)[vh + 1].fold, 3)) {
			if ((rc = add_name(c, si, vh, vh + 2)))
				return rc;
			if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == vh && !c->ms->m[c->ms->n - 1].gaz)
				c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
			k = vh + 2;
			continue;
		}
		/* "l'ONG Action pour la protection des droits de l'homme
		 * (APDH)": an organisation its acronym spells */
		size_t paren = 0, sp = s->tok1;
		/* (and that name again, later, without its acronym) */
		/* ("l'ONG Action pour ...": maybe after a capitalised word) */
		for (size_t p = k; p < k + 2 && p < s->tok1 && (TOKS(d)[p].flags & NKG_TOK_CAP) &&
				   sp == s->tok1; p++)
			for (size_t i = 0; i < c->n_spelled && sp == s->tok1; i++) {
				size_t a0 = c->spelled[i][0], n = c->spelled[i][1] - a0, j = 0;
				while (j < n && p + j < s->tok1 && !c->used[p + j] &&
				       !strcmp(TOKS(d)[p + j].fold, TOKS(d)[a0 + j].fold))
					j++;
				if (j == n) {
					sp = p;
					paren = p + n;
				}
			}
		if (sp == s->tok1 && (TOKS(d)[k].flags & NKG_TOK_CAP) && !c->used[k] &&
		    (sp = spelled_out(c, s, k, &paren)) < s->tok1 && c->n_spelled < 8) {
			c->spelled[c->n_spelled][0] = sp;
			c->spelled[c->n_spelled++][1] = paren;
		}
		if (sp < s->tok1) {
			/* ("l'ONG Action ...": a word for the kind of
			 * organisation before it names nothing) */
			if (sp == k + 1 && nkg_lang_in(s->lang->org_cue_before, TOKS(d)[k].fold))
				k = sp;
			if ((sp > k && (rc = names_in_run(c, si, k, sp))) ||
			    (rc = add_name(c, si, sp, paren)))
				return rc;
			if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == sp &&
			    c->ms->m[c->ms->n - 1].kind == NKG_M_NAME && !c->ms->m[c->ms->n - 1].gaz)
				c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
			k = paren;
			continue;
		}
		/* "la société BIM (Bagatelle Investissement et Management)":
		 * the name an acronym before it spells, in brackets, is one
		 * name, its links and coordination included */
		if (k >= s->tok0 + 2 && !strcmp(TOKS(d)[k - 1].fold, "(") &&
		    (TOKS(d)[k - 2].flags & NKG_TOK_UPPER) && (TOKS(d)[k].flags & NKG_TOK_CAP) && !c->used[k]) {
			const char *acr = TOKS(d)[k - 2].fold;
			size_t q = k, la = strlen(acr);
			while (q < s->tok1 && q < k + 16 && strcmp(TOKS(d)[q].fold, ")"))
				q++;
			int clear = q < s->tok1 && q > k + 2 && la >= 3 && la <= 8;
			for (size_t r = k; clear && r < q; r++)
				clear = !c->used[r];
			if (clear && spells(c, s, k, q, acr)) {
				if ((rc = add_name(c, si, k, q)))
					return rc;
				if (c->ms->n && c->ms->m[c->ms->n - 1].tok0 == k &&
				    c->ms->m[c->ms->n - 1].kind == NKG_M_NAME && !c->ms->m[c->ms->n - 1].gaz)
					c->ms->m[c->ms->n - 1].type = NKG_NT_ORG;
				k = q;
				continue;
			}
		}
		/* "Galena's Board of Directors", "the Board of Trustees": a
		 * governing body written in capitals names no one */
		size_t bl = (TOKS(d)[k].flags & NKG_TOK_CAP) ?
			    nkg_doc_match_list(d, k, s->tok1, s->lang->governing_bodies) : 0;
		/* ("Le Conseil d'administration a décidé": after the
		 * sentence's capitalised article) */
		if (!bl && k + 1 < s->tok1 && (TOKS(d)[k].flags & NKG_TOK_CAP) &&
		    (TOKS(d)[k + 1].flags & NKG_TOK_CAP) && nkg_lang_in(s->lang->determiners, TOKS(d)[k].fold) &&
		    !c->used[k + 1]) {
			size_t b2 = nkg_doc_match_list(d, k + 1, s->tok1, s->lang->governing_bodies);
			if (b2 >= 3 && !(k + 1 + b2 < s->tok1 && is_name_tok(c, k + 1 + b2)) &&
			    !(TOKS(d)[k + b2].flags & NKG_TOK_CAP)) {
				k += 1 + b2;
				continue;
			}
		}
		/* ("au Conseil d'administration": in sentence case too,
		 * unless a name follows: "Conseil de surveillance Europe") */
		if (bl >= 3 && !c->used[k] &&
		    ((TOKS(d)[k + bl - 1].flags & NKG_TOK_CAP) ||
		     !(k + bl < s->tok1 && is_name_tok(c, k + bl)))) {
			k += bl;
			continue;
		}
		if (!RUN_TOK(k)) {
			k++;
			continue;
		}
		size_t e = k + 1;
		while (e < s->tok1) {
			if (RUN_TOK(e)) {
				e++;
				continue;
			}
			/* "News of the World", "Church of the Nazarene": an
			 * ordinary word, capitalised, its genitive link, an
			 * article and a name are one name */
			if ((e == k + 1 || (e >= k + 2 && nkg_lang_ends_in(s->lang->modifier_endings,
									  TOKS(d)[e - 2].fold, 2))) &&
			    e + 2 < s->tok1 && nkg_lang_in(org_key_links, TOKS(d)[e].fold) &&
			    !nkg_lang_in(s->lang->definite_articles, TOKS(d)[e].fold) &&
			    nkg_lang_in(s->lang->definite_articles, TOKS(d)[e + 1].fold) &&
			    !(TOKS(d)[e + 1].flags & NKG_TOK_CAP) && RUN_TOK(e + 2) &&
			    nkg_gazetteer_is_word(c->gaz, s->lang->code, TOKS(d)[e - 1].fold) &&
			    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[e - 1].fold) &&
			    c->title_at[e - 1] < 0 && !gaz_span(c, e - 1, e) &&
			    /* ("Diplômée de l'Essec", "Ancien de la Caisse":
			     * a sentence's first word says nothing) */
			    !sentence_initial(c, s, e - 1) &&
			    /* (nor a title's word: "the Chief of the X
			     * Division") */
			    !title_word(s->lang, TOKS(d)[e - 1].fold)) {
				e += 3;
				while (e < s->tok1 && RUN_TOK(e))
					e++;
				continue;
			}
			/* "Poitiers Basket 86", "Racing 92", "Schalke 04": a
			 * club's number closing its name; "Memphis 901 FC":
			 * or inside it, before the club or company word that
			 * ends it */
			int inner = (TOKS(d)[e].flags & NKG_TOK_NUM) && e + 1 < s->tok1 && RUN_TOK(e + 1) &&
				    (e + 2 == s->tok1 || !RUN_TOK(e + 2)) &&
				    (nkg_lang_in(s->lang->club_words, TOKS(d)[e + 1].fold) ||
				     org_word(TOKS(d)[e + 1].fold) == ORG_SUFFIX);
			/* ("Université Rennes 1", "Université Paris 8": one
			 * digit, after an institution's head and its place) */
			size_t nl = strlen(TOKS(d)[e].fold);
			int digits_ok = nl >= 2 || (nl == 1 && !inner && e >= k + 2 && institution_head(c, s, k));
			if ((TOKS(d)[e].flags & NKG_TOK_NUM) && e > k && digits_ok &&
			    (e - k >= 2 || inner || !sentence_initial(c, s, k)) && /* "After 25 years" */
			    nl <= 3 && strspn(TOKS(d)[e].fold, "0123456789") == nl &&
			    !(e + 1 < s->tok1 && (TOKS(d)[e + 1].flags & NKG_TOK_NUM))) {
				e += inner ? 2 : 1;
				break;
			}
			/* "Magnolia (Ark.) Regional Medical Center": a state's
			 * abbreviation in brackets inside an institution's name */
			if (!strcmp(TOKS(d)[e].fold, "(") && e + 3 < s->tok1 &&
			    !strcmp(TOKS(d)[e + 2].fold, ")") && RUN_TOK(e + 1) && RUN_TOK(e + 3) &&
			    nkg_lang_in(s->lang->abbreviations, TOKS(d)[e + 1].fold)) {
				e += 4;
				continue;
			}
			/* "Riverside Children's Hospital", "St. Luke's Baptist
			 * Hospital": a possessive inside an institution's name,
			 * which a company word ends */
			if (!strcmp(TOKS(d)[e].fold, "'s") && e + 1 < s->tok1 && RUN_TOK(e + 1)) {
				size_t r = e + 1;
				while (r < s->tok1 && RUN_TOK(r))
					r++;
				if (org_word(TOKS(d)[r - 1].fold) && !gaz_span(c, k, e)) {
					e = r;
					continue;
				}
			}
			if (!strcmp(TOKS(d)[e].fold, "&") && e + 1 < s->tok1 && is_name_tok(c, e + 1) &&
			    strcmp(TOKS(d)[e + 1].fold, "co.") && strcmp(TOKS(d)[e + 1].fold, "co") &&
			    strcmp(TOKS(d)[e + 1].fold, "cie")) {
				e += 2;
				continue;
			}
			/* Institutions: "Fédération française de voile", "Bank
			 * of England", "Office national des forêts". */
			/* ("Motion Picture Association of America": a head
			 * word ending a longer name takes its complement too) */
			/* "Shrewsbury and Telford Hospital NHS Trust": two
			 * places joined in the name of the organisation that
			 * serves both (the second run ends with a company
			 * word, the first is no first name) */
			if (e - k == 1 && e + 2 < s->tok1 && nkg_lang_in(s->lang->coord, TOKS(d)[e].fold) &&
			    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold) && is_name_tok(c, e + 1)) {
				size_t r = e + 1;
				while (r < s->tok1 && is_name_tok(c, r))
					r++;
				if (r - (e + 1) >= 2 && org_word(TOKS(d)[r - 1].fold) == ORG_SUFFIX &&
				    !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[e + 1].fold)) {
					e = r;
					continue;
				}
			}
			if (institution_head(c, s, e - 1) ||
			    /* "l'association Les Amis du musée": a name the
			     * sentence calls an organisation keeps its
			     * lower-case complement */
			    (e + 1 < s->tok1 && k > s->tok0 &&
			     nkg_lang_in(s->lang->org_cue_before, TOKS(d)[k - 1].fold) &&
			     nkg_lang_in(s->lang->name_complement, TOKS(d)[e].fold) &&
			     /* (a genitive, not "en janvier": the
			      * acronym-link words that are no
			      * preposition of place or time) */
			     nkg_lang_in(org_key_links, TOKS(d)[e].fold) &&
			     /* (or its place: "l'association Vignes
			      * d'Occitanie") */
			     (lower_word(c, e + 1) || is_name_tok(c, e + 1) ||
			      (e + 2 < s->tok1 && nkg_lang_in(s->lang->complement_articles, TOKS(d)[e + 1].fold) &&
			       (lower_word(c, e + 2) || is_name_tok(c, e + 2))))) ||
			    /* "CHU Jean Monnet de Lorient": an institution
			     * named after a person, then its town */
			    (e - k >= 3 && (institution_head(c, s, k) == 1 ||
					    (in_any_lang(get_stop, TOKS(d)[k].fold) &&
					     institution_head(c, s, k + 1) == 1 && e - k >= 4)) &&
			     e + 1 < s->tok1 &&
			     nkg_lang_in(s->lang->name_complement, TOKS(d)[e].fold) &&
			     (TOKS(d)[e + 1].flags & NKG_TOK_CAP)) ||
			    /* "University Hospitals of North Midlands": a
			     * company word ending the name before "of" (a
			     * genitive: "Corbel Logistics for Harrow
			     * Freight" is two names) */
			    (e - k >= 2 && org_word(TOKS(d)[e - 1].fold) == ORG_SUFFIX &&
			     nkg_lang_in(s->lang->title_links, TOKS(d)[e].fold) &&
			     nkg_lang_in(org_key_links, TOKS(d)[e].fold)) ||
			    /* "Institut Français du Cheval" */
			    (e == k + 2 && institution_head(c, s, k) &&
			     in_any_lang(get_demonyms, TOKS(d)[e - 1].fold))) {
				size_t q = institution_end(c, s, e);
				if (q > e) {
					e = q;
					continue;
				}
			}
			/* "Banque Populaire du Nord": a known organisation's
			 * regional branch */
			size_t rb = regional_branch(c, s, k, e);
			if (rb > e) {
				e = rb;
				continue;
			}
			/* "L'Echo du Nord", "la Voix du Nord": a linked compass
			 * region closes a name (not the bare word: "Nord" alone
			 * after a name is a place of its own) */
			size_t cn = nkg_lang_in(s->lang->title_links, TOKS(d)[e].fold)
				    ? nkg_doc_match_list(d, e, s->tok1, s->lang->compass_regions) : 0;
			/* (nor a region of a known place: "Corse du Sud") */
			if (cn >= 2 && (TOKS(d)[e + cn - 1].flags & NKG_TOK_CAP) && !first_name(c, TOKS(d)[k].fold) &&
			    !(gaz_span(c, k, e) && gaz_span(c, k, e)->type == NKG_GAZ_PLACE)) {
				e += cn;
				continue;
			}
			/* "University of Arkansas at Little Rock": an
			 * institution of a place, then its campus */
			if (nkg_lang_in(s->lang->campus_links, TOKS(d)[e].fold) && e + 1 < s->tok1 &&
			    RUN_TOK(e + 1) && institution_head(c, s, k) && e >= k + 3 &&
			    nkg_lang_in(org_key_links, TOKS(d)[k + institution_head(c, s, k)].fold)) {
				e += 2;
				while (e < s->tok1 && RUN_TOK(e))
					e++;
				continue;
			}
			/* Particles inside a person name: "Charles de Gaulle",
			 * "Ursula von der Leyen"; not "Hayes de Business
			 * Insider" (the part after "de" is then a new name). */
			const char *f = TOKS(d)[e].fold;
			size_t pe = e;
			while (pe < s->tok1 && pe < e + 2 &&
			       in_any_lang(get_particles, TOKS(d)[pe].fold) &&
			       !(TOKS(d)[pe].flags & NKG_TOK_CAP))
				pe++;
			if (pe > e && pe < s->tok1 && is_name_tok(c, pe) &&
			    !(sentence_initial(c, s, k) && common_word(c, s, k))) {
				int french_de = !strcmp(f, "de") || !strcmp(f, "d'") ||
						!strcmp(f, "du") || !strcmp(f, "des");
				size_t after = pe + 1;
				while (after < s->tok1 && is_name_tok(c, after))
					after++;
				int one_after = after == pe + 1;
				/* (longer for an institution: "Communauté de
				 * Communes du Val d'Orne") */
				int inst = french_de && org_prefix_tok(c, k) && e - k >= 3;
				int before_ok = (e - k <= 3 || inst) &&
						!(TOKS(d)[e - 1].flags & (NKG_TOK_MIXED | NKG_TOK_UPPER));
				if (french_de && !inst && (e - k != 1 ||
						  !nkg_gazetteer_is_firstname(c->gaz, TOKS(d)[k].fold)) &&
				    !particle_surname(c, s, k, e, pe, after))
					before_ok = 0;
				/* "de La Rochère": a capitalised article after "de". */
				if (french_de && after == pe + 2 &&
				    (!strcmp(TOKS(d)[pe].fold, "la") || !strcmp(TOKS(d)[pe].fold, "le")))
					one_after = 1;
				if ((!french_de || one_after) && before_ok &&
				    !gaz_span(c, pe, after)) {
					e = after;
					continue;
				}
			}
			break;
		}
		/* "L'Assemblée générale du groupe Valmeyer", "Conseil
		 * d'administration de Veltrane": a governing body, then the
		 * company it governs, two names */
		size_t gk = k; /* (over "L'", "Le" opening the run) */
		while (gk < e && nkg_lang_in(s->lang->determiners, TOKS(d)[gk].fold))
			gk++;
		size_t gl = nkg_doc_match_list(d, gk, e, s->lang->governing_bodies);
		/* (not a known name: "Conseil d'État") */
		if (gl && gk + gl + 1 < e && nkg_lang_in(s->lang->title_links, TOKS(d)[gk + gl].fold) &&
		    !gaz_span(c, k, e) && !gaz_span(c, gk, e)) {
			size_t r = gk + gl + 1;
			while (r < e && !(TOKS(d)[r].flags & NKG_TOK_CAP))
				r++;
			if (r < e) {
				if ((rc = names_in_run(c, si, k, gk + gl)) ||
				    (rc = names_in_run(c, si, r, e)))
					return rc;
				k = e;
				continue;
			}
		}
		if ((rc = names_in_run(c, si, k, e)))
			return rc;
		k = e;
	}
	return 0;
#undef RUN_TOK
}

/* ---- chains ----------------------------------------------------------- */

/* Link words inside an organisation's name that writers add or drop
 * ("centre hospitalier du Sud-Gironde" / "centre hospitalier
 * Sud-Gironde"). */

char *nkg_name_org_key(const char *text)
{
	char *f = nkg_fold(text), *o, *p;
	if (!f)
		return NULL;
	/* "Oxford United FC", "Galena Biopharma, Inc.": the legal form is
	 * no part of the name to compare */
	for (;;) {
		char *sp = strrchr(f, ' ');
		if (!sp || !nkg_lang_in(legal_forms, sp + 1))
			break;
		*sp = '\0';
		if (sp > f && sp[-1] == ',')
			sp[-1] = '\0';
	}
	for (o = p = f; *p;) {
		size_t n = strcspn(p, " ");
		char w[8];
		/* (not the first word: "The Verge", "Le Monde"; unless two
		 * words or more follow: "The New York Daily News" is "New York
		 * Daily News") */
		if ((p > f || nkg_name_words(p) >= 3) && n < sizeof w) {
			memcpy(w, p, n);
			w[n] = '\0';
			if (nkg_lang_in(org_key_links, w)) {
				p += n;
				while (*p == ' ')
					p++;
				continue;
			}
		}
		for (const char *e = p + n; p < e; p++) {
			char ch = *p;
			if (ch == '-' || ch == '.')
				continue;
			*o++ = ch == 'l' ? 'i' : ch == '0' ? 'o' : ch;
		}
		while (*p == ' ')
			p++;
	}
	*o = '\0';
	return f;
}

static const char *const *get_name_suffixes(const nkg_lang *l) { return l->name_suffixes; }

/* The surname of a folded full name, into buf: its last word, or the one
 * before a generation ("wright lassiter iii" -> "lassiter"). */
static const char *last_word(const char *f, char *buf, size_t cap)
{
	const char *sp = strrchr(f, ' ');
	const char *w = sp ? sp + 1 : f, *e = f + strlen(f);
	if (sp && sp > f && in_any_lang(get_name_suffixes, w)) {
		e = sp;
		w = e;
		while (w > f && w[-1] != ' ')
			w--;
	}
	snprintf(buf, cap, "%.*s", (int)(e - w), w);
	return buf;
}

size_t nkg_name_words(const char *s)
{
	size_t n = 1;
	for (; *s; s++)
		if (*s == ' ')
			n++;
	return n;
}

static int similar_n(const char *a, const char *b, size_t max)
{
	size_t la = strlen(a), lb = strlen(b), lm = la < lb ? la : lb;
	if (!strcmp(a, b))
		return 1;
	if (lm < 5 || a[0] != b[0])
		return 0;
	return nkg_edit_distance(a, b, max) <= max;
}

int nkg_name_is_surname_of(const char *word, const char *full)
{
	char lb_[128];
	const char *last = last_word(full, lb_, sizeof lb_);
	size_t la = strlen(word), lb = strlen(last);
	return similar_n(word, last, (la < lb ? la : lb) >= 9 ? 2 : 1);
}

static int first_word_eq(const char *a, const char *b)
{
	size_t la = strcspn(a, " "), lb = strcspn(b, " ");
	return la == lb && strncmp(a, b, la) == 0;
}

/* a with its middle initials left out ("helen k. copley" -> "helen
 * copley"), into buf. */
static const char *without_initials(const char *a, char *buf, size_t cap)
{
	size_t o = 0;
	int first = 1;
	for (const char *p = a; *p;) {
		size_t n = strcspn(p, " ");
		int initial = !first && (n == 1 || (n == 2 && p[1] == '.'));
		if (!initial && o + n + 2 < cap) {
			if (o)
				buf[o++] = ' ';
			memcpy(buf + o, p, n);
			o += n;
		}
		first = 0;
		p += n;
		while (*p == ' ')
			p++;
	}
	buf[o] = '\0';
	return buf;
}

/* Whether given names ga and gb (folded, each up to its first space) are
 * a short form and the name it stands for ("marty", "martin"), in any
 * language's table. */
static int given_name_variant(const char *ga, const char *gb)
{
	size_t la = strcspn(ga, " "), lb = strcspn(gb, " ");
	for (size_t i = 0; nkg_langs[i]; i++) {
		const char *const *v = nkg_langs[i]->given_name_variants;
		for (size_t j = 0; v && v[j] && v[j + 1]; j += 2)
			if ((strlen(v[j]) == la && !strncmp(v[j], ga, la) && strlen(v[j + 1]) == lb &&
			     !strncmp(v[j + 1], gb, lb)) ||
			    (strlen(v[j]) == lb && !strncmp(v[j], gb, lb) && strlen(v[j + 1]) == la &&
			     !strncmp(v[j + 1], ga, la)))
				return 1;
	}
	return 0;
}

/* The context (same first name) already agrees, so two edits. */
int nkg_name_same_person(const char *a, const char *b)
{
	if (!strcmp(a, b))
		return 1;
	/* "Marty Baron" and "Martin Baron": a given name's short form, the
	 * rest alike */
	const char *ra = strchr(a, ' '), *rb = strchr(b, ' ');
	if (ra && rb && !strcmp(ra, rb) && given_name_variant(a, b))
		return 1;
	/* "Helen K. Copley" and "Helen Copley" */
	char ia[128], ib[128];
	if (strlen(a) < sizeof ia && strlen(b) < sizeof ib &&
	    (strchr(a, '.') || strchr(b, '.')) &&
	    !strcmp(without_initials(a, ia, sizeof ia), without_initials(b, ib, sizeof ib)) &&
	    nkg_name_words(ia) >= 2)
		return 1;
	if (!first_word_eq(a, b) || nkg_name_words(a) != nkg_name_words(b) ||
	    nkg_name_words(a) < 2)
		return 0;
	char la[128], lb[128];
	return similar_n(last_word(a, la, sizeof la), last_word(b, lb, sizeof lb), 2);
}

/* Whether the one-word name m is the first word of a person's name in
 * the article ("Sean" after "Sean Dyche"). */
static int first_name_of_person(const nkg_mentions *ms, const nkg_doc *doc, const nkg_mention *m)
{
	const char *f = doc->toks[m->tok0].fold;
	for (size_t j = 0; j < ms->n; j++) {
		const nkg_mention *o = &ms->m[j];
		if (o->kind == NKG_M_NAME && o->type == NKG_NT_PERSON && o->tok1 - o->tok0 >= 2 &&
		    !strcmp(doc->toks[o->tok0].fold, f))
			return 1;
	}
	return 0;
}

static int new_chain(nkg_mentions *ms, nkg_ntype type, const char *name,
		     const nkg_gaz_entry *gaz)
{
	void *arr = ms->chains;
	nkg_chain *ch;
	if (nkg_grow(&arr, &ms->cap_chains, ms->n_chains + 1, sizeof *ms->chains))
		return -1;
	ms->chains = arr;
	ch = &ms->chains[ms->n_chains];
	memset(ch, 0, sizeof *ch);
	ch->type = type;
	ch->gaz = gaz;
	if (!(ch->name = nkg_strdup(gaz ? gaz->name : name)))
		return -1;
	return (int)ms->n_chains++;
}

static void join(nkg_mentions *ms, size_t mi, int chain)
{
	nkg_mention *m = &ms->m[mi];
	nkg_chain *ch = &ms->chains[chain];
	m->chain = chain;
	ch->n_mentions++;
	if (m->flags & NKG_MF_AUTHOR)
		ch->author = 1;
	if (m->flags & NKG_MF_BODY)
		ch->body = 1;
}

/* Canonical name of each person chain: the most frequent of its longest
 * forms, ties to the form seen first.  The name mentions are grouped by
 * chain and text with one sort: counting pairwise was quadratic in the
 * mentions of a chain (an article naming one person 12 000 times took
 * minutes). */
static int cmp_chain_text(const void *a, const void *b)
{
	const nkg_mention *x = *(const nkg_mention *const *)a;
	const nkg_mention *y = *(const nkg_mention *const *)b;
	int c;

	if (x->chain != y->chain)
		return x->chain < y->chain ? -1 : 1;
	if ((c = strcmp(x->text, y->text)) != 0)
		return c;
	return x < y ? -1 : x > y; /* mention order within a form */
}

static int canonical_names(nkg_mentions *ms)
{
	const nkg_mention **v = NULL; /* borrowed pointers into ms->m */
	size_t nv = 0, g = 0;

	v = malloc((ms->n ? ms->n : 1) * sizeof *v);
	if (!v)
		return NKG_ENOMEM;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->m[i].kind == NKG_M_NAME && ms->m[i].chain >= 0)
			v[nv++] = &ms->m[i];
	if (nv > 1)
		qsort(v, nv, sizeof *v, cmp_chain_text);
	while (g < nv) {
		int c = v[g]->chain;
		nkg_chain *ch = &ms->chains[c];
		size_t best_words = 0, best_count = 0;
		const nkg_mention *best = NULL;

		while (g < nv && v[g]->chain == c) {
			size_t e = g + 1, w = nkg_name_words(v[g]->text);
			while (e < nv && v[e]->chain == c && !strcmp(v[e]->text, v[g]->text))
				e++;
			/* v[g] is the first mention of this form. */
			if (w > best_words || (w == best_words && e - g > best_count) ||
			    (w == best_words && e - g == best_count && v[g] < best)) {
				best_words = w;
				best_count = e - g;
				best = v[g];
			}
			g = e;
		}
		if (ch->gaz || ch->type != NKG_NT_PERSON || !best ||
		    !strcmp(best->text, ch->name))
			continue;
		char *nn = nkg_strdup(best->text);
		if (!nn) {
			free(v);
			return NKG_ENOMEM;
		}
		free(ch->name);
		ch->name = nn;
	}
	free(v);
	return 0;
}

/* How many times the article speaks of organisation chain ch by a
 * definite company word with no name after it ("a annoncé le club",
 * "the company said"): such a word stands for the organisation named
 * last before it. */
/* Marks the organisation chains named as a governing body ("Conseil
 * d'administration", "Conseil des ministres", "Board of Directors"): the
 * first words of one of their mentions are in a governing_bodies list. */
static void mark_governing(nkg_mentions *ms, const nkg_doc *doc)
{
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0 || m->gaz)
			continue;
		const nkg_lang *l = doc->sents[m->sent].lang;
		size_t s0 = doc->sents[m->sent].tok0;
		size_t gl = nkg_doc_match_list(doc, m->tok0, m->tok1, l->governing_bodies);
		/* (not an institution whose head word starts like a board's:
		 * "conseil départemental de l'Ain", "conseil régional") */
		if (gl && nkg_doc_match_list(doc, m->tok0, m->tok1, l->institution_heads) > gl)
			gl = 0;
		if (gl)
			ms->chains[m->chain].governing = 1;
		/* "Board of Trustees", "Conseil des Sages": the body's word,
		 * capitalised as part of the name, and its link before it
		 * ("the board of Alder Energy" is the company's) */
		else if (m->tok0 >= s0 + 2 && nkg_lang_in(l->title_links, doc->toks[m->tok0 - 1].fold) &&
			 (doc->toks[m->tok0 - 2].flags & NKG_TOK_CAP) &&
			 nkg_doc_match_list(doc, m->tok0 - 2, m->tok0 - 1, l->governing_bodies))
			ms->chains[m->chain].governing = 1;
	}
}

/* Whether org mention m is called by the company word w: its first
 * word ("l'institut" for "Institut Pasteur-Lumière") or a word just
 * before it ("le laboratoire privé Kyntra AI"). */
static int called(const nkg_mention *m, const nkg_doc *doc, const char *w)
{
	if (!strcmp(doc->toks[m->tok0].fold, w))
		return 1;
	for (size_t b = m->tok0, n = 0; b > doc->sents[m->sent].tok0 && n < 3; b--, n++)
		if (!strcmp(doc->toks[b - 1].fold, w))
			return 1;
	return 0;
}

/* Adds 2 to cnt[chain] for each time the article speaks of an
 * organisation as the one who announces, by a definite company word with
 * no name after it ("a annoncé le club", "the company said"): the word
 * stands for the last organisation it was said of, else the last one
 * named.  One pass over the tokens and mentions. */
static void anaphor_counts(const nkg_mentions *ms, const nkg_doc *doc, size_t *cnt)
{
	size_t mi = 0, n_orgs = 0;
	size_t *orgs = malloc((ms->n ? ms->n : 1) * sizeof *orgs); /* org mentions seen */
	if (!orgs)
		return; /* (only a weight: without it, mentions alone decide) */
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		const nkg_lang *l = s->lang;
		for (size_t k = s->tok0; k + 1 < s->tok1; k++) {
			for (; mi < ms->n && (ms->m[mi].sent < si ||
					      (ms->m[mi].sent == si && ms->m[mi].tok0 < k)); mi++)
				if (ms->m[mi].kind == NKG_M_NAME && ms->m[mi].chain >= 0 &&
				    ms->chains[ms->m[mi].chain].type == NKG_NT_ORG)
					orgs[n_orgs++] = mi;
			if (!n_orgs || !nkg_lang_in(l->definite_articles, doc->toks[k].fold) ||
			    !nkg_lang_in(l->org_cue_before, doc->toks[k + 1].fold) ||
			    (k + 2 < s->tok1 && (doc->toks[k + 2].flags & NKG_TOK_CAP)))
				continue;
			size_t a = k + 2;
			while (a < s->tok1 && a < k + 4 && (doc->toks[a].flags & NKG_TOK_WORD) &&
			       !nkg_lang_in(l->reporting_verbs, doc->toks[a].fold))
				a++;
			if (!(k > s->tok0 && nkg_lang_in(l->reporting_verbs, doc->toks[k - 1].fold)) &&
			    !(a < s->tok1 && a < k + 4 && nkg_lang_in(l->reporting_verbs, doc->toks[a].fold)))
				continue;
			int ref = ms->m[orgs[n_orgs - 1]].chain;
			for (size_t q = n_orgs; q-- > 0;)
				if (called(&ms->m[orgs[q]], doc, doc->toks[k + 1].fold)) {
					ref = ms->m[orgs[q]].chain;
					break;
				}
			cnt[ref] += 2;
		}
	}
	free(orgs);
}


static const char *const *get_generic_tails(const nkg_lang *l) { return l->generic_org_tails; }

/* Whether every word of the folded words w is a legal form or a generic
 * tail of any language ("health", "group", "inc."): words that name the
 * same organisation, not a part of it ("Time Warner Cable" is not "Time
 * Warner"). */
static int only_company_words(const char *w)
{
	char buf[64];
	while (*w) {
		size_t n = strcspn(w, " ");
		if (n == 0 || n >= sizeof buf)
			return 0;
		memcpy(buf, w, n);
		buf[n] = '\0';
		if (!nkg_lang_in(legal_forms, buf) && !in_any_lang(get_generic_tails, buf))
			return 0;
		w += n;
		while (*w == ' ')
			w++;
	}
	return 1;
}

/* Whether organisation mention i's folded name opens another's that
 * goes on with company words only ("harbor savings" in "harbor savings
 * bank").  (Not any longer name: "Veltrane" told before "sa filiale
 * Veltrane Energie" is the group, not its subsidiary.) */
static int opens_longer_org(const nkg_mentions *ms, char *const *key, size_t i)
{
	size_t li = key[i] ? strlen(key[i]) : 0;
	if (li < 4)
		return 0;
	for (size_t j = 0; j < ms->n; j++)
		if (j != i && ms->m[j].kind == NKG_M_NAME && ms->m[j].type == NKG_NT_ORG &&
		    key[j] && !strncmp(key[j], key[i], li) && key[j][li] == ' ' &&
		    only_company_words(key[j] + li + 1))
			return 1;
	return 0;
}

/* Whether the first n bytes of the folded organisation name cf are an
 * institution's head word and at most a link word ("centre hospitalier",
 * "centre hospitalier du", "chu de"). */
static int institution_named(const nkg_lang *l, const char *cf, size_t n)
{
	for (size_t i = 0; l->institution_heads && l->institution_heads[i]; i++) {
		const char *h = l->institution_heads[i];
		size_t lh = strlen(h);
		if (strncmp(cf, h, lh) || (cf[lh] != ' ' && lh != n))
			continue;
		if (lh == n)
			return 1;
		/* one link word between */
		const char *w = cf + lh + 1;
		size_t lw = n - lh - 1;
		char buf[8];
		if (lw < sizeof buf && !memchr(w, ' ', lw)) {
			memcpy(buf, w, lw);
			buf[lw] = '\0';
			return nkg_lang_in(org_key_links, buf);
		}
	}
	return 0;
}

static const char *const *get_club_words(const nkg_lang *l) { return l->club_words; }

/* Whether the folded organisation name cf opens with the folded word w
 * ("Galena" in "galena biopharma, inc."). */
static int name_opens_with(const char *cf, const char *w, const nkg_lang *l)
{
	size_t lw = strlen(w);
	(void)l;
	return !strncmp(cf, w, lw) && cf[lw] == ' ';
}

/* Whether w is the noun of the complement of the folded organisation name
 * cf, after a link and maybe an article ("mutualite" in "federation
 * nationale de la mutualite francaise"). */
static int name_complemented_by(const char *cf, const char *w, const nkg_lang *l)
{
	size_t lw = strlen(w);
	for (const char *p = strstr(cf, w); p; p = strstr(p + 1, w)) {
		if (p == cf || p[-1] != ' ' || (p[lw] && p[lw] != ' '))
			continue;
		/* the word before: a link, or an article after one */
		char prev[16];
		const char *e = p - 1, *b = e;
		while (b > cf && b[-1] != ' ')
			b--;
		if ((size_t)(e - b) >= sizeof prev)
			continue;
		memcpy(prev, b, (size_t)(e - b));
		prev[e - b] = '\0';
		if (nkg_lang_in(l->title_links, prev) || nkg_lang_in(l->complement_articles, prev))
			return 1;
	}
	return 0;
}

/* The only organisation chain of min_words words or more whose folded
 * name passes test with w, or -1 (none, several, or out of memory). */
static int only_org(const nkg_mentions *ms, size_t min_words, const char *w, const nkg_lang *l,
		    int (*test)(const char *cf, const char *w, const nkg_lang *l))
{
	int hit = -1, nh = 0;
	for (size_t c = 0; c < ms->n_chains; c++) {
		if (ms->chains[c].type != NKG_NT_ORG || nkg_name_words(ms->chains[c].name) < min_words)
			continue;
		char *cf = nkg_fold(ms->chains[c].name);
		if (!cf)
			return -1;
		if (test(cf, w, l)) {
			hit = (int)c;
			nh++;
		}
		free(cf);
	}
	return nh == 1 ? hit : -1;
}

/* The only organisation chain of two words or more whose name the
 * folded word w opens, or -1. */
static int only_org_opened_by(const nkg_mentions *ms, const char *w)
{
	return only_org(ms, 2, w, NULL, name_opens_with);
}

/* Whether name mention m has two words or more, one a club's. */
static int club_name(const nkg_doc *doc, const nkg_mention *m)
{
	if (m->tok1 - m->tok0 < 2)
		return 0;
	for (size_t k = m->tok0; k < m->tok1; k++)
		if (in_any_lang(get_club_words, doc->toks[k].fold))
			return 1;
	return 0;
}

/* The only organisation chain whose name holds the folded word w and a
 * club's word ("racing club narbonne mediterranee" for "narbonne"), else
 * -1. */
static int club_named_with(const nkg_mentions *ms, const nkg_doc *doc, const char *w)
{
	int hit = -1, nh = 0;
	size_t lw = strlen(w);
	(void)doc;
	for (size_t c = 0; c < ms->n_chains; c++) {
		if (ms->chains[c].type != NKG_NT_ORG)
			continue;
		char *cf = nkg_fold(ms->chains[c].name);
		if (!cf)
			return -1;
		int has_w = 0, has_club = 0, last_w = 0;
		for (const char *p = cf; *p;) {
			size_t n = strcspn(p, " ");
			char buf[32];
			if (n < sizeof buf) {
				memcpy(buf, p, n);
				buf[n] = '\0';
				has_club |= in_any_lang(get_club_words, buf);
			}
			last_w = n == lw && !strncmp(p, w, n);
			has_w |= last_w;
			p += n;
			while (*p == ' ')
				p++;
		}
		free(cf);
		/* ("Bills" for "the Buffalo Bills", "Giants" for "the New York
		 * Giants": a team's plural closing its name) */
		size_t nw = nkg_name_words(ms->chains[c].name);
		int team = last_w && lw >= 4 && w[lw - 1] == 's' && nw <= 4;
		if (has_w && (has_club || team) && nw >= 2) {
			hit = (int)c;
			nh++;
		}
	}
	return nh == 1 ? hit : -1;
}

static const char *const *get_acronym_links(const nkg_lang *l) { return l->acronym_links; }

/* Whether the folded acronym acr spells the initials of the folded name
 * words (link words skipped: "federal emergency management agency"; a
 * word an acronym may leave out, "pour", may give its letter or not:
 * "action pour la protection des droits de l'homme" is APDH). */
static int initials_are(const char *words, const char *acr)
{
	/* (the acronym positions reachable so far, one bit each, as in
	 * spells(): one pass over the words) */
	size_t la = strlen(acr);
	uint64_t reach = 1;
	if (la > 60)
		return 0;
	while (*words && reach) {
		while (*words == ' ')
			words++;
		if (!*words)
			break;
		/* ("l'homme", "d’Automne": over an elided article) */
		if (words[1] == '\'')
			words += 2;
		else if (!strncmp(words + 1, "\u2019", 3))
			words += 4;
		size_t w = strcspn(words, " ");
		if (!w)
			continue;
		char buf[16];
		int link = 0, optional = 0;
		if (w < sizeof buf) {
			memcpy(buf, words, w);
			buf[w] = '\0';
			link = nkg_lang_in(org_key_links, buf) || !strcmp(buf, "&") || !strcmp(buf, "and") ||
			       !strcmp(buf, "et");
			optional = !link && in_any_lang(get_acronym_links, buf);
		}
		if (!link) {
			uint64_t next = optional ? reach : 0;
			for (size_t a = 0; a < la; a++)
				if ((reach >> a & 1) && words[0] == acr[a])
					next |= (uint64_t)1 << (a + 1);
			reach = next;
		}
		words += w;
	}
	return (reach >> la) & 1;
}

/* Whether mention i is the organisation an acronym stands for. */
static int defines_acronym(const size_t *acr_of, size_t n, size_t i)
{
	for (size_t j = 0; j < n; j++)
		if (acr_of[j] == i + 1)
			return 1;
	return 0;
}

/* Whether name mention m is given as a source: "selon la lettre
 * spécialisée Presse News", "according to the Financial Times" (the
 * source word a few words before it); or as an opponent: "la défaite
 * contre La Rochelle". */
static int sourced(const nkg_doc *doc, const nkg_mention *m)
{
	const nkg_sentence *s = &doc->sents[m->sent];
	for (size_t b = m->tok0, n = 0; b > s->tok0 && n < 5; b--, n++) {
		if (nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->source_words))
			return 1;
		if (b == m->tok0 && nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->opponent_words))
			return 1;
		if (b + 1 == m->tok0 && nkg_doc_match_list(doc, b - 1, m->tok0, s->lang->opponent_words) == 2)
			return 1;
		if (doc->toks[b - 1].flags & NKG_TOK_PUNCT)
			return 0;
	}
	return 0;
}

/* Whether the medium of chain c is what the story is about, not who
 * reports it: named in the headline, or after a word for a paper ("du
 * journal Le Parisien", "the newspaper X"), never as a source. */
static int media_subject(const nkg_mentions *ms, const nkg_doc *doc, int c)
{
	for (size_t i = 0; i < ms->n; i++) {
		const nkg_mention *m = &ms->m[i];
		const nkg_sentence *s = &doc->sents[m->sent];
		if (m->chain != c || m->kind != NKG_M_NAME || sourced(doc, m))
			continue;
		if (s->flags & NKG_SENT_TITLE)
			return 1;
		size_t b = m->tok0;
		if (b > s->tok0 && nkg_lang_in(s->lang->determiners, doc->toks[b - 1].fold))
			b--;
		if (b > s->tok0 && !(doc->toks[b - 1].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(s->lang->org_cue_before, doc->toks[b - 1].fold))
			return 1;
		/* ("le quotidien américain Washington Post": a nationality
		 * between) */
		if (b > s->tok0 + 1 && in_any_lang(get_demonyms, doc->toks[b - 1].fold) &&
		    !(doc->toks[b - 2].flags & NKG_TOK_CAP) &&
		    nkg_lang_in(s->lang->org_cue_before, doc->toks[b - 2].fold))
			return 1;
	}
	return 0;
}

/* "Ville de Poussan", "Commune de Poussan", "Mairie de Poussan": one
 * town's council.  The organisation key k (owned, freed here when
 * replaced) with its head word made the first of the language's
 * municipality heads; NULL when out of memory. */
static char *municipal_key(const nkg_lang *l, const char *text, char *k)
{
	const char *const *mh = l->municipality_heads;
	for (size_t j = 1; k && mh && mh[0] && mh[j]; j++) {
		/* (the head a whole first word: not "Villeneuve") */
		size_t tw = strcspn(text, " ");
		if (tw != strlen(mh[j]) || strncasecmp(text, mh[j], tw))
			continue;
		/* (keys are compared in their own form: no spaces, no "de") */
		char *hj = nkg_name_org_key(mh[j]), *h0 = NULL, *k2 = NULL;
		size_t hw = hj ? strlen(hj) : 0;
		if (hj && !strncmp(k, hj, hw) && k[hw] && (h0 = nkg_name_org_key(mh[0])) &&
		    (k2 = malloc(strlen(h0) + strlen(k + hw) + 1))) {
			strcpy(k2, h0);
			strcat(k2, k + hw);
		}
		int hit = hj && !strncmp(k, hj, hw) && k[hw];
		free(hj);
		free(h0);
		if (hit) {
			free(k);
			return k2; /* (NULL when out of memory) */
		}
		free(k2);
	}
	return k;
}

/* Whether another mention of the same key, read as kind other (ORG or
 * PERSON), has for it a score of 3 or more and above mention i's own for
 * that other kind's rival: one name, one kind, the better evidenced. */
static int outweighed(const nkg_mentions *ms, char *const *key, size_t i, nkg_ntype other)
{
	const nkg_mention *m = &ms->m[i];
	float mine = other == NKG_NT_ORG ? m->person_score : m->org_score;
	for (size_t j = 0; j < ms->n; j++) {
		const nkg_mention *o = &ms->m[j];
		float theirs = other == NKG_NT_ORG ? o->org_score : o->person_score;
		if (j != i && o->kind == NKG_M_NAME && o->type == other && key[j] &&
		    !strcmp(key[j], key[i]) && theirs >= 3 && theirs > mine)
			return 1;
	}
	return 0;
}

static int link_chains(nkg_mentions *ms, const nkg_doc *doc)
{
	char **key = NULL;
	size_t *acr_of = NULL; /* acronym mention -> its organisation's, + 1 */
	int rc = 0;

	key = calloc(ms->n ? ms->n : 1, sizeof *key);
	if (!key)
		return NKG_ENOMEM;
	for (size_t i = 0; i < ms->n; i++) {
		if (ms->m[i].kind != NKG_M_NAME)
			continue;
		if (!(key[i] = nkg_fold(ms->m[i].text))) {
			rc = NKG_ENOMEM;
			goto done;
		}
	}
	/* Pass 0: one name, one kind: "Cozy Cloud" read as a person after
	 * "son ex-directeur technique, Cozy Cloud affirme" is the
	 * organisation the article names so with more evidence elsewhere
	 * ("Après avoir fondé Cozy Cloud") */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind == NKG_M_NAME && m->type == NKG_NT_PERSON && !m->gaz && key[i] &&
		    !(m->flags & NKG_MF_AUTHOR) && outweighed(ms, key, i, NKG_NT_ORG))
			m->type = NKG_NT_ORG;
	}
	/* (and the other way: "Saïd Chabane a annoncé" read as a company
	 * that acts, after "son président Saïd Chabane" read as a person
	 * with more evidence: the full name is one person's) */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind == NKG_M_NAME && m->type == NKG_NT_ORG && !m->gaz && key[i] &&
		    nkg_name_words(key[i]) >= 2 && outweighed(ms, key, i, NKG_NT_PERSON))
			m->type = NKG_NT_PERSON;
	}
	/* Pass 0: "Henry Ford selected X" in a story about "Henry Ford
	 * Health": a name that opens an organisation's, the rest of which
	 * is only company words, is that organisation said short. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		size_t li = key[i] ? strlen(key[i]) : 0;
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_PERSON || m->gaz ||
		    (m->flags & NKG_MF_AUTHOR) || nkg_name_words(key[i]) < 2)
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			if (o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || !key[j] ||
			    strncmp(key[j], key[i], li) || key[j][li] != ' ' ||
			    !only_company_words(key[j] + li + 1))
				continue;
			m->type = NKG_NT_ORG;
			break;
		}
	}
	/* Pass 0: "Liam Manning (Lommel SK)", "Martin O'Neill (Aston
	 * Villa)": a name in brackets right after a person's full name is
	 * where the person works, an organisation (a place the gazetteer
	 * knows stays one) */
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const nkg_mention *o = &ms->m[i - 1];
		if (m->kind != NKG_M_NAME || m->type == NKG_NT_ORG || o->kind != NKG_M_NAME ||
		    o->type != NKG_NT_PERSON || o->sent != m->sent || o->tok1 + 1 != m->tok0 ||
		    nkg_name_words(key[i - 1] ? key[i - 1] : "") < 2 ||
		    strcmp(doc->toks[o->tok1].fold, "(") || m->tok1 >= doc->n_toks ||
		    strcmp(doc->toks[m->tok1].fold, ")") ||
		    (m->gaz && m->gaz->type == NKG_GAZ_PLACE))
			continue;
		m->type = NKG_NT_ORG;
	}
	/* Pass 1: full person names (two words or more); spelling variants
	 * with the same first name join ("Emmett Shear" / "Emmett Sherr"). */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_PERSON || nkg_name_words(key[i]) < 2)
			continue;
		int found = -1;
		for (size_t j = 0; j < ms->n && found < 0; j++) {
			if (j == i || !key[j] || ms->m[j].kind != NKG_M_NAME ||
			    ms->m[j].type != NKG_NT_PERSON || nkg_name_words(key[j]) < 2)
				continue;
			if (j < i && ms->m[j].chain >= 0 && nkg_name_same_person(key[i], key[j]))
				found = ms->m[j].chain;
		}
		/* "von Alvensleben" for "Friedrich von Alvensleben": the end of
		 * a longer name joins it in pass 3, once that one has a chain. */
		if (found < 0) {
			int is_tail = 0;
			for (size_t j = 0; j < ms->n; j++) {
				size_t li = strlen(key[i]), lj = key[j] ? strlen(key[j]) : 0;
				if (j != i && key[j] && ms->m[j].kind == NKG_M_NAME &&
				    ms->m[j].type == NKG_NT_PERSON && lj > li + 1 &&
				    !strcmp(key[j] + lj - li, key[i]) && key[j][lj - li - 1] == ' ')
					is_tail = 1;
			}
			if (is_tail)
				continue; /* left for pass 3 */
		}
		if (found < 0 && (found = new_chain(ms, NKG_NT_PERSON, m->text, m->gaz)) < 0) {
			rc = NKG_ENOMEM;
			goto done;
		}
		join(ms, i, found);
	}
	if ((rc = canonical_names(ms)))
		goto done;
	/* "La Caisse des dépôts (CDC)", "University of Vermont (UVM)": an
	 * acronym in brackets right after an organisation's name is that
	 * organisation, here and wherever else the article uses it. */
	if (ms->n && !(acr_of = calloc(ms->n, sizeof *acr_of))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const nkg_mention *o = &ms->m[i - 1];
		/* (in capitals, or capitalised when it spells the name:
		 * "l'Institut national de la recherche agronomique (Inra)") */
		if (m->kind != NKG_M_NAME || m->tok1 - m->tok0 != 1 || m->gaz ||
		    !((doc->toks[m->tok0].flags & NKG_TOK_UPPER) ||
		      (key[i] && key[i - 1] && strlen(key[i]) >= 3 && initials_are(key[i - 1], key[i]))) ||
		    o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || o->sent != m->sent ||
		    o->tok1 + 1 != m->tok0 || strcmp(doc->toks[o->tok1].fold, "(") ||
		    m->tok1 >= doc->n_toks || strcmp(doc->toks[m->tok1].fold, ")"))
			continue;
		m->type = NKG_NT_ORG;
		m->flags |= NKG_MF_ACRONYM;
		acr_of[i] = i; /* (index + 1 of its organisation's mention) */
	}
	/* "l'Upec (Université Paris Est Créteil)": the other way round, an
	 * acronym (in capitals or not) before the name it spells in
	 * brackets */
	for (size_t i = 1; i < ms->n; i++) {
		nkg_mention *o = &ms->m[i - 1];
		const nkg_mention *m = &ms->m[i];
		size_t lo = key[i - 1] ? strlen(key[i - 1]) : 0;
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_ORG || m->tok1 - m->tok0 < 3 ||
		    o->kind != NKG_M_NAME || o->tok1 - o->tok0 != 1 || o->gaz || o->sent != m->sent ||
		    (o->flags & NKG_MF_ACRONYM) || lo < 3 || lo > 8 ||
		    o->tok1 + 1 != m->tok0 || strcmp(doc->toks[o->tok1].fold, "(") ||
		    m->tok1 >= doc->n_toks || strcmp(doc->toks[m->tok1].fold, ")") ||
		    !key[i] || !initials_are(key[i], key[i - 1]))
			continue;
		o->type = NKG_NT_ORG;
		o->flags |= NKG_MF_ACRONYM;
		acr_of[i - 1] = i + 1;
	}
	/* "FEMA" for "the Federal Emergency Management Agency": an acronym
	 * spelling the initials of an organisation the article names in
	 * full, unbracketed.  (The article's name wins over the
	 * gazetteer's reading of the acronym: "CMU" after "Central
	 * Michigan University" is not Carnegie Mellon; a known full name
	 * the article writes is only one more of the acronym's.) */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		size_t la = key[i] ? strlen(key[i]) : 0;
		if (m->kind != NKG_M_NAME || (m->flags & NKG_MF_ACRONYM) ||
		    m->tok1 - m->tok0 != 1 || !(doc->toks[m->tok0].flags & NKG_TOK_UPPER) ||
		    la < 3 || la > 6 || (m->type != NKG_NT_ORG && m->type != NKG_NT_UNKNOWN))
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			if (j == i || o->kind != NKG_M_NAME || o->type != NKG_NT_ORG ||
			    o->tok1 - o->tok0 < 3 || !key[j] || !initials_are(key[j], key[i]) ||
			    (m->gaz && o->gaz == m->gaz))
				continue;
			m->type = NKG_NT_ORG;
			m->flags |= NKG_MF_ACRONYM;
			m->gaz = NULL;
			acr_of[i] = j + 1;
			break;
		}
	}
	/* "UW–Madison" for "the University of Wisconsin–Madison": an
	 * acronym of the part before the dash, and the same campus after */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		const char *dash = key[i] ? strchr(key[i], '-') : NULL; /* (folded) */
		size_t la = dash ? (size_t)(dash - key[i]) : 0;
		if (m->kind != NKG_M_NAME || (m->flags & NKG_MF_ACRONYM) || m->gaz || la < 2 ||
		    la > 6 || m->tok1 - m->tok0 != 1 || strchr(key[i], ' ') ||
		    (m->type != NKG_NT_ORG && m->type != NKG_NT_UNKNOWN))
			continue;
		for (size_t j = 0; j < ms->n; j++) {
			const nkg_mention *o = &ms->m[j];
			const char *od = key[j] ? strrchr(key[j], '-') : NULL;
			char *words;
			if (j == i || o->kind != NKG_M_NAME || o->type != NKG_NT_ORG || !od ||
			    strcmp(od, dash) || !(words = nkg_strndup(key[j], (size_t)(od - key[j]))))
				continue;
			/* (its last word runs into the dash: "wisconsin–madison") */
			char acr[8];
			memcpy(acr, key[i], la);
			acr[la] = '\0';
			int hit = nkg_name_words(words) >= 2 && initials_are(words, acr);
			free(words);
			if (hit) {
				m->type = NKG_NT_ORG;
				m->flags |= NKG_MF_ACRONYM;
				acr_of[i] = j + 1;
				break;
			}
		}
	}
	/* Pass 2: organisations, by look-alike key or gazetteer entry.
	 * Names that an acronym stands for go first, then the acronyms, so
	 * that one used before its definition ("la CDC" in the headline)
	 * joins them. */
	/* (then the rest; last, names that open a longer one of the
	 * article's, so that "Harbor Savings" in the headline joins the
	 * "Harbor Savings Bank" of the body told after it) */
	for (int stage = 0; stage < 5; stage++)
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->type != NKG_NT_ORG || m->chain >= 0)
			continue;
		/* (then clubs' full names, which their towns may stand for) */
		if ((stage == 0 && !defines_acronym(acr_of, ms->n, i)) ||
		    (stage == 1 && !(m->flags & NKG_MF_ACRONYM)) ||
		    (stage == 2 && !club_name(doc, m)) ||
		    (stage == 3 && !m->gaz && opens_longer_org(ms, key, i)))
			continue;
		if (stage >= 3 && m->tok1 - m->tok0 == 1 &&
		    (!m->gaz || m->gaz->type == NKG_GAZ_PLACE)) {
			int club = club_named_with(ms, doc, key[i]);
			if (club >= 0) {
				join(ms, i, club);
				continue;
			}
		}
		/* (the acronym: its organisation's chain, made in this
		 * stage before it) */
		if ((m->flags & NKG_MF_ACRONYM) && acr_of[i] && ms->m[acr_of[i] - 1].chain >= 0) {
			join(ms, i, ms->m[acr_of[i] - 1].chain);
			continue;
		}
		if (!m->gaz && nkg_name_words(key[i]) == 1) {
			int surname = 0;
			for (size_t c = 0; c < ms->n_chains && !surname; c++) {
				char *cf;
				if (ms->chains[c].type != NKG_NT_PERSON)
					continue;
				if (!(cf = nkg_fold(ms->chains[c].name))) {
					rc = NKG_ENOMEM;
					goto done;
				}
				surname = nkg_name_words(cf) >= 2 && nkg_name_is_surname_of(key[i], cf);
				free(cf);
			}
			if (surname) {
				m->type = NKG_NT_UNKNOWN;
				continue;
			}
		}
		const nkg_lang *ml = doc->sents[m->sent].lang;
		char *ki = municipal_key(ml, m->text, nkg_name_org_key(m->text));
		int found = -1;
		if (!ki) {
			rc = NKG_ENOMEM;
			goto done;
		}
		for (size_t j = 0; j < ms->n && found < 0; j++) {
			nkg_mention *o = &ms->m[j];
			if (j == i || o->chain < 0 || ms->chains[o->chain].type != NKG_NT_ORG)
				continue;
			char *kj = municipal_key(ml, o->text, nkg_name_org_key(o->text));
			if (kj && (!strcmp(ki, kj) || (m->gaz && m->gaz == o->gaz)))
				found = o->chain;
			free(kj);
		}
		free(ki);
		/* "Corvell" after "Corvell Aerospace", "Henry Ford" after
		 * "Henry Ford Health": the first words of the only
		 * organisation chain they start. */
		/* ("Brevard Superintendent X" for "Brevard County Public
		 * Schools": a known place read as an organisation too) */
		if (found < 0 && (!m->gaz || m->gaz->type == NKG_GAZ_PLACE) && strlen(key[i]) >= 4) {
			int hit = -1, nh = 0;
			for (size_t c = 0; c < ms->n_chains; c++) {
				char *cf;
				if (ms->chains[c].type != NKG_NT_ORG)
					continue;
				if (!(cf = nkg_fold(ms->chains[c].name))) {
					rc = NKG_ENOMEM;
					goto done;
				}
				size_t li = strlen(key[i]), lc = strlen(cf);
				if (nkg_name_words(cf) > nkg_name_words(key[i]) &&
				    !strncmp(cf, key[i], li) && cf[li] == ' ' &&
				    (nkg_name_words(key[i]) == 1 || only_company_words(cf + li + 1))) {
					hit = (int)c;
					nh++;
				} else if (lc > li + 1 && !strcmp(cf + lc - li, key[i]) && cf[lc - li - 1] == ' ' &&
					   institution_named(doc->sents[m->sent].lang, cf, lc - li - 1)) {
					/* "Sud-Gironde" after "centre hospitalier
					 * (du) Sud-Gironde": the place an institution
					 * is named by */
					hit = (int)c;
					nh++;
				}
				free(cf);
			}
			if (nh == 1)
				found = hit;
		}
		if (found < 0 && (found = new_chain(ms, NKG_NT_ORG, m->text, m->gaz)) < 0) {
			rc = NKG_ENOMEM;
			goto done;
		}
		join(ms, i, found);
	}
	/* Names coordinated with an organisation are organisations too
	 * ("Microsoft, Google et Amazon", "Anthropic and Meta"), unless
	 * something says person. */
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < ms->n; i++) {
			nkg_mention *m = &ms->m[i];
			if (m->kind != NKG_M_NAME || m->type != NKG_NT_UNKNOWN || m->person_score >= 1)
				continue;
			/* ("At Turf Moor, Sean has been": the first name of a
			 * person the article names) */
			if (m->tok1 - m->tok0 == 1 && first_name_of_person(ms, doc, m))
				continue;
			for (int dir = -1; dir <= 1; dir += 2) {
				size_t j = i;
				while ((dir < 0 ? j > 0 : j + 1 < ms->n)) {
					j = dir < 0 ? j - 1 : j + 1;
					if (ms->m[j].kind == NKG_M_NAME)
						break;
				}
				nkg_mention *o = &ms->m[j];
				if (j == i || o->kind != NKG_M_NAME || o->sent != m->sent ||
				    o->type != NKG_NT_ORG)
					continue;
				size_t a = dir < 0 ? o->tok1 : m->tok1, b = dir < 0 ? m->tok0 : o->tok0;
				if (b != a + 1)
					continue;
				const char *f = doc->toks[a].fold;
				if (f && (!strcmp(f, ",") || !strcmp(f, "et") || !strcmp(f, "ou") ||
					  !strcmp(f, "and") || !strcmp(f, "or"))) {
					m->type = NKG_NT_ORG;
					changed = 1;
					break;
				}
			}
		}
	}
	/* "Narbonne va mal" in a story about the Racing Club Narbonne
	 * Méditerranée: a town alone stands for the only club named with
	 * it. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain >= 0 || m->tok1 - m->tok0 != 1 ||
		    (m->type != NKG_NT_UNKNOWN && m->type != NKG_NT_OTHER && m->type != NKG_NT_ORG))
			continue;
		int hit = club_named_with(ms, doc, key[i]);
		/* "Galena's Executive Vice President" after "Galena
		 * Biopharma, Inc.": the first word of the only organisation
		 * it opens, though an ordinary word */
		if (hit < 0 && m->type == NKG_NT_OTHER && !m->gaz && strlen(key[i]) >= 4)
			hit = only_org_opened_by(ms, key[i]);
		/* "Mutualité française :" in the headline of a story of the
		 * "Fédération nationale de la Mutualité française": a word
		 * no dictionary or gazetteer names otherwise, the noun its
		 * only organisation is named after */
		if (hit < 0 && m->type == NKG_NT_UNKNOWN && !m->gaz && strlen(key[i]) >= 5)
			hit = only_org(ms, 3, key[i], doc->sents[m->sent].lang, name_complemented_by);
		if (hit >= 0) {
			m->type = NKG_NT_ORG;
			join(ms, i, hit);
		}
	}
	/* Pass 3: single words and the rest.  A surname ("Altman") or a
	 * variant of it ("Altam") joins the person it ends; a first name alone
	 * joins the only person it starts; otherwise an organisation with the
	 * same key. */
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain >= 0 || m->type == NKG_NT_OTHER)
			continue;
		int found = -1, first_hit = -1, n_first = 0;
		size_t best_n = 0;
		for (size_t c = 0; c < ms->n_chains; c++) {
			nkg_chain *ch = &ms->chains[c];
			char *cf;
			if (ch->type != NKG_NT_PERSON || nkg_name_words(ch->name) < 2)
				continue;
			if (!(cf = nkg_fold(ch->name))) {
				rc = NKG_ENOMEM;
				goto done;
			}
			if (nkg_name_words(key[i]) == 1) {
				if (nkg_name_is_surname_of(key[i], cf) && ch->n_mentions > best_n) {
					found = (int)c;
					best_n = ch->n_mentions;
				}
				if (first_word_eq(key[i], cf)) {
					first_hit = (int)c;
					n_first++;
				}
			} else if (strlen(key[i]) < strlen(cf) &&
				   !strcmp(cf + strlen(cf) - strlen(key[i]), key[i]) &&
				   cf[strlen(cf) - strlen(key[i]) - 1] == ' ') {
				found = (int)c; /* "Carvajal Sarabia" */
			}
			free(cf);
		}
		if (found < 0 && n_first == 1 && m->type != NKG_NT_ORG)
			found = first_hit;
		if (found < 0) {
			const nkg_lang *ml = doc->sents[m->sent].lang;
			char *ki = municipal_key(ml, m->text, nkg_name_org_key(m->text));
			if (!ki) {
				rc = NKG_ENOMEM;
				goto done;
			}
			for (size_t c = 0; c < ms->n_chains && found < 0; c++) {
				if (ms->chains[c].type != NKG_NT_ORG)
					continue;
				char *kc = municipal_key(ml, ms->chains[c].name, nkg_name_org_key(ms->chains[c].name));
				if (kc && !strcmp(kc, ki))
					found = (int)c;
				free(kc);
			}
			/* "Corvell's chairman" for Corvell Aerospace: the first
			 * word of the only organisation it starts. */
			if (found < 0 && m->type != NKG_NT_PERSON && nkg_name_words(key[i]) == 1 &&
			    strlen(key[i]) >= 4)
				found = only_org_opened_by(ms, key[i]);
			free(ki);
		}
		if (found < 0) {
			nkg_ntype t = m->type;
			if (t == NKG_NT_UNKNOWN && m->org_score >= 1 && m->org_score >= m->person_score)
				t = NKG_NT_ORG;
			/* Unknown words still get a chain: another article may
			 * name the person in full. */
			for (size_t c = 0; c < ms->n_chains && found < 0; c++)
				if (ms->chains[c].type == t && !strcmp(ms->chains[c].name, m->text))
					found = (int)c;
			if (found < 0 && (found = new_chain(ms, t, m->text, m->gaz)) < 0) {
				rc = NKG_ENOMEM;
				goto done;
			}
		}
		join(ms, i, found);
	}
	if ((rc = canonical_names(ms)))
		goto done;
	for (size_t i = 0; i < ms->n; i++)
		if (ms->m[i].chain >= 0)
			ms->m[i].type = ms->chains[ms->m[i].chain].type;
	/* The article's main organisation: most mentioned in the body, the
	 * subject of its first sentence counting as one more mention and a
	 * half ("Quillfeather has lured X away from Oracle ... He spent 12
	 * years at Oracle" is about Quillfeather); ties go to the first
	 * named. */
	ms->main_org = -1;
	{
		int lead = -1;
		size_t best = 0, first_body = (size_t)-1;
		for (size_t i = 0; i < ms->n && first_body == (size_t)-1; i++)
			if (ms->m[i].flags & NKG_MF_BODY)
				first_body = ms->m[i].sent;
		for (size_t i = 0; i < ms->n && lead < 0; i++) {
			const nkg_mention *m = &ms->m[i];
			if (m->sent != first_body || m->kind != NKG_M_NAME)
				continue;
			if (m->tok0 <= doc->sents[m->sent].tok0 + 2 && m->chain >= 0 &&
			    ms->chains[m->chain].type == NKG_NT_ORG)
				lead = m->chain;
			break;  /* only the sentence's first name */
		}
		/* weights per chain, in one pass: 2 per mention in the body, 2
		 * per time it speaks as "le club", 6 for the subject of the
		 * story's first sentence (as much as three more mentions) */
		size_t *cnt = calloc(ms->n_chains ? ms->n_chains : 1, sizeof *cnt);
		if (!cnt) {
			rc = NKG_ENOMEM;
			goto done;
		}
		/* (an organisation named only as one someone used to work at,
		 * "ancien du Boston Consulting Group", is not the story's) */
		/* (nor one named as the source, "selon la lettre Presse
		 * News") */
		for (size_t i = 0; i < ms->n; i++) {
			const nkg_mention *m = &ms->m[i];
			if (m->chain >= 0 && (m->flags & NKG_MF_BODY) && !(m->flags & NKG_MF_ALUMNI) &&
			    !sourced(doc, m))
				cnt[m->chain] += 2;
		}
		anaphor_counts(ms, doc, cnt);
		mark_governing(ms, doc);
		for (size_t c = 0; c < ms->n_chains; c++) {
			if (ms->chains[c].type != NKG_NT_ORG)
				continue;
			/* The medium reporting the news is not what it is about.
			 * (An organisation only quoted may be: "a indiqué
			 * Stellia" is the company's own announcement.) */
			/* (unless the story is about it: named in the headline
			 * or as a paper, "du journal Le Parisien") */
			if (ms->chains[c].gaz && ms->chains[c].gaz->type == NKG_GAZ_MEDIA &&
			    !media_subject(ms, doc, (int)c))
				continue;
			/* Nor a board or a cabinet meeting ("le Conseil
			 * d'administration", "le Conseil des ministres"), which
			 * appoints people to an organisation but employs none. */
			if (ms->chains[c].governing)
				continue;
			size_t w = cnt[c] + ((int)c == lead ? 6 : 0);
			if (w > best) {
				best = w;
				ms->main_org = (int)c;
			}
		}
		free(cnt);
	}
done:
	for (size_t i = 0; i < ms->n; i++)
		free(key[i]);
	free(key);
	free(acr_of);
	return rc;
}

/* ---- driver ----------------------------------------------------------- */

static int collect_proper(ctx *c)
{
	const nkg_doc *d = c->doc;
	char **arr = NULL;
	size_t n = 0, cap = 0;

	for (size_t si = 0; si < d->n_sents; si++) {
		const nkg_sentence *s = &d->sents[si];
		if (s->flags & (NKG_SENT_COMMENT | NKG_SENT_TITLE))
			continue;
		for (size_t k = s->tok0 + 1; k < s->tok1; k++) {
			const nkg_token *t = &d->toks[k];
			if (!(t->flags & NKG_TOK_CAP) || sentence_initial(c, s, k))
				continue;
			void *a = arr;
			if (nkg_grow(&a, &cap, n + 1, sizeof *arr))
				goto oom;
			arr = a;
			arr[n++] = t->fold; /* borrowed from the doc */
		}
	}
	if (n)
		qsort(arr, n, sizeof *arr, cmp_strp);
	c->proper = arr;
	c->n_proper = n;
	return 0;
oom:
	free(arr);
	return NKG_ENOMEM;
}

static int cmp_mention(const void *a, const void *b)
{
	const nkg_mention *x = a, *y = b;
	if (x->sent != y->sent)
		return x->sent < y->sent ? -1 : 1;
	if (x->tok0 != y->tok0)
		return x->tok0 < y->tok0 ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

/* A person's gender, where the first-name list gives one for the first
 * word of a name of theirs ("Julie Benetti"; "Marie-Noëlle" by "Marie"):
 * "elle" then does not stand for "Daniel Auverlot".  Names that disagree
 * leave it unknown. */
static void chain_genders(nkg_mentions *ms, const nkg_doc *doc, const nkg_gazetteer *gaz)
{
	for (size_t i = 0; i < ms->n; i++) {
		nkg_mention *m = &ms->m[i];
		if (m->kind != NKG_M_NAME || m->chain < 0 || m->tok1 - m->tok0 < 2 ||
		    ms->chains[m->chain].type != NKG_NT_PERSON)
			continue;
		const char *f = doc->toks[m->tok0].fold;
		char first[64];
		int g = nkg_gazetteer_firstname_gender(gaz, f);
		if (!g && first_part(f, first, sizeof first))
			g = nkg_gazetteer_firstname_gender(gaz, first);
		m->gender = g;
		nkg_chain *ch = &ms->chains[m->chain];
		if (g && ch->gender != -1)
			ch->gender = !ch->gender || ch->gender == g ? g : -1;
	}
	for (size_t i = 0; i < ms->n_chains; i++)
		if (ms->chains[i].gender < 0)
			ms->chains[i].gender = 0;
}

/* ("supérieur", "intérieur", "extérieur": adjectives the endings list
 * leaves out, for "-eur" ends nouns too) */
static const char *const comparative_endings[] = { "ieur", "ieure", NULL };

/* Whether the article tells of sport: three different words of the
 * sport_words tables ("entraîneur", "championnat", "league") in its
 * sentences. */
static int tells_of_sport(const nkg_doc *doc)
{
	const char *seen[3];
	size_t n = 0;
	for (size_t si = 0; si < doc->n_sents && n < 3; si++) {
		const nkg_sentence *s = &doc->sents[si];
		if (s->flags & NKG_SENT_NOISE)
			continue;
		for (size_t k = s->tok0; k < s->tok1 && n < 3; k++) {
			if (!nkg_doc_match_list(doc, k, s->tok1, s->lang->sport_words))
				continue;
			int dup = 0;
			for (size_t i = 0; i < n && !dup; i++)
				dup = !strcmp(seen[i], doc->toks[k].fold);
			if (!dup)
				seen[n++] = doc->toks[k].fold;
		}
	}
	return n >= 3;
}

/* "ministre de la Culture", "ministre de l'Agriculture et de
 * l'Alimentation", "Minister of Health": a minister's title and the
 * portfolio after it name the ministry, an organisation the text never
 * spells out.  The portfolio is one or more "de (la) Word (qualifier)"
 * groups joined by "et" or a comma; the mention covers its words from the
 * first noun, and is named "ministère de la Culture".  k is the token after
 * the title. */
static int ministry(ctx *c, size_t si, size_t k)
{
	const nkg_doc *d = c->doc;
	const nkg_sentence *s = &d->sents[si];
	const nkg_lang *l = s->lang;
	const char *head = NULL;
	size_t j = k, w0 = 0, end = 0;
	nkg_buf b = {0};
	nkg_mention *m = NULL;
	char *rest = NULL;
	int rc = 0;

	if (k == s->tok0 || c->title_at[k - 1] < 0 || k - (size_t)c->ms->m[c->title_at[k - 1]].tok0 != 1)
		return 0;
	for (size_t i = 0; l->ministries && l->ministries[i] && l->ministries[i + 1]; i += 2)
		if (!strcmp(TOKS(d)[k - 1].fold, l->ministries[i]))
			head = l->ministries[i + 1];
	if (!head)
		return 0;
	for (;;) {
		size_t q = j;
		if (q >= s->tok1 || !nkg_lang_in(l->title_links, TOKS(d)[q].fold))
			break;
		q++;
		if (q < s->tok1 && nkg_lang_in(l->determiners, TOKS(d)[q].fold))
			q++;
		/* the portfolio's noun: a word, capitalised or not, that no
		 * name, title or date has taken */
		if (q >= s->tok1 || c->used[q] || !(TOKS(d)[q].flags & NKG_TOK_WORD) ||
		    nkg_lang_in(l->stopwords, TOKS(d)[q].fold))
			break;
		if (!w0)
			w0 = q;
		q++;
		/* its qualifiers: "supérieur", "écologique" (lower case, an
		 * adjective's ending: not "citait") */
		for (size_t n = 0; n < 2 && q < s->tok1; n++, q++) {
			const nkg_token *t = &TOKS(d)[q];
			if (!(t->flags & NKG_TOK_WORD) || (t->flags & NKG_TOK_CAP) || c->used[q] ||
			    nkg_lang_in(l->stopwords, t->fold) || nkg_lang_in(l->title_links, t->fold) ||
			    nkg_lang_trigger_word(l, t->fold, -1, 0) ||
			    !(nkg_lang_ends_in(l->adjective_endings, t->fold, 3) ||
			      nkg_lang_ends_in(comparative_endings, t->fold, 3)))
				break;
		}
		end = q;
		/* ", des Finances et de la Souveraineté": another group (a
		 * genitive: not ", a donné", the verb "a" folding like "à") */
		if (q + 1 < s->tok1 && (nkg_lang_in(l->coord, TOKS(d)[q].fold) ||
					!strcmp(TOKS(d)[q].fold, ",")) &&
		    nkg_lang_in(l->title_links, TOKS(d)[q + 1].fold) &&
		    nkg_lang_in(org_key_links, TOKS(d)[q + 1].fold)) {
			j = q + 1;
			continue;
		}
		break;
	}
	if (!w0 || !end)
		return 0;
	if (!(rest = span_text(d, k, end)) || nkg_buf_printf(&b, "%s %s", head, rest) ||
	    !(m = add_mention(c->ms, NKG_M_NAME, si, w0, end))) {
		rc = NKG_ENOMEM;
		goto done;
	}
	m->text = nkg_buf_detach(&b); /* owned by the mention */
	m->type = NKG_NT_ORG;
	m->org_score = 3;
	if (s->flags & NKG_SENT_COMMENT)
		m->flags |= NKG_MF_COMMENT;
	else if (!(s->flags & (NKG_SENT_NOISE | NKG_SENT_SHORT)))
		m->flags |= NKG_MF_BODY;
	for (size_t q = w0; q < end; q++)
		c->used[q] = 1;
done:
	free(rest);
	nkg_buf_free(&b);
	return rc;
}

int nkg_mentions_find(const nkg_doc *doc, const nkg_gazetteer *gaz,
		      const char *article_date, nkg_mentions **out,
		      nkg_error *err)
{
	ctx c = {0};
	nkg_mentions *ms = NULL;
	int rc = 0;
	char last_told[5] = ""; /* the year of the paragraph's last date */

	*out = NULL;
	ms = calloc(1, sizeof *ms);
	c.used = calloc(doc->n_toks + 1, 1);
	c.title_at = malloc((doc->n_toks + 1) * sizeof *c.title_at);
	c.tcase = calloc(doc->n_sents + 1, 1);
	if (!ms || !c.used || !c.title_at || !c.tcase) {
		rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
		goto done;
	}
	for (size_t k = 0; k <= doc->n_toks; k++)
		c.title_at[k] = -1;
	c.doc = doc;
	c.gaz = gaz;
	for (size_t si = 0; si < doc->n_sents; si++)
		c.tcase[si] = (unsigned char)headline_title_case(&c, &doc->sents[si]);
	c.adate = article_date;
	if (article_date && strlen(article_date) < sizeof ms->adate)
		memcpy(ms->adate, article_date, strlen(article_date) + 1);
	c.ms = ms;
	c.sports = ms->sports = tells_of_sport(doc);
	if ((rc = collect_proper(&c))) {
		nkg_error_set(err, rc, "out of memory");
		goto done;
	}
	for (size_t si = 0; si < doc->n_sents; si++) {
		const nkg_sentence *s = &doc->sents[si];
		const nkg_lang *l = s->lang;
		if (s->flags & NKG_SENT_NOISE)
			continue;
		if (si == 0 || s->para != doc->sents[si - 1].para)
			last_told[0] = '\0';
		/* Titles, dates and pronouns first: their words are not names. */
		for (size_t k = s->tok0; k < s->tok1;) {
			const char *role = NULL;
			char iso[11];
			size_t n;
			/* "Dean French": a one-word title that is also a first
			 * name, capitalised before another capitalised word,
			 * opens a name */
			int plural = 0, glued = 0;
			if (!(n = match_title(doc, l, k, s->tok1, &role, &plural)) &&
			    (n = match_glued_former(doc, l, k, s->tok1, &role)))
				glued = 1;
			else if (n == 1 && k + 1 < s->tok1 &&
			    (doc->toks[k].flags & NKG_TOK_CAP) && (doc->toks[k + 1].flags & NKG_TOK_CAP) &&
			    (doc->toks[k + 1].flags & NKG_TOK_WORD) &&
			    (nkg_gazetteer_is_firstname(gaz, doc->toks[k].fold) ||
			     nkg_lang_in(l->name_like_titles, doc->toks[k].fold)))
				n = 0;
			if (n) {
				nkg_mention *m = add_mention(ms, NKG_M_TITLE, si, k, k + n);
				if (!m)
					goto oom;
				m->role = role;
				m->plural = plural;
				m->former = glued;
				/* "ancien PDG", "former CEO", "l'ancien et peut-être futur";
				 * "former oil executive", "Former Rail Executive" (a
				 * headline in Title Case): over up to two ordinary
				 * words of the post's field (not a name: "Former
				 * Mercato Group boss X" was boss there) */
				for (size_t b = k, fw = 0; b > s->tok0 && b + 3 > k; b--) {
					const nkg_token *pt = &doc->toks[b - 1];
					const char *pf = pt->fold;
					if (nkg_lang_in(l->former, pf)) {
						m->former = 1;
						break;
					}
					if (!nkg_lang_in(l->new_words, pf) && strcmp(pf, "-") &&
					    (fw++ >= 2 || !(pt->flags & NKG_TOK_WORD) || nkg_lang_in(l->stopwords, pf) ||
					     !nkg_gazetteer_is_word(gaz, l->code, pf) ||
					     ((pt->flags & NKG_TOK_CAP) && !title_case(&c, s))))
						break;
				}
				if (k > s->tok0 && nkg_lang_in(l->interim_before, doc->toks[k - 1].fold))
					m->interim = 1;
				size_t ia = nkg_doc_match_list(doc, k + n, s->tok1, l->interim_after);
				if (ia) {
					m->interim = 1;
					m->tok1 = (uint32_t)(k + n + ia);
				}
				if (m->interim && !strcmp(role, "ceo"))
					m->role = "interim_ceo";
				if (!(m->text = span_text(doc, k, m->tok1)))
					goto oom;
				for (size_t j = k; j < m->tok1; j++) {
					c.used[j] = 1;
					c.title_at[j] = (int)(ms->n - 1);
				}
				k = m->tok1;
				if ((rc = ministry(&c, si, k)))
					goto oom;
				continue;
			}
			if ((n = nkg_mentions_parse_date(doc, l, k, s->tok1, article_date, iso))) {
				/* "the Sunday Courier", "le Dimanche Ouest": a
				 * weekday opening a name is no date */
				if (n == 1 && k > s->tok0 && k + 1 < s->tok1 && calendar_opens_name(doc, k)) {
					k++;
					continue;
				}
				/* "(voir 16 juin 2020)", "(see Oct. 3)": an earlier
				 * article's day, no date of the story */
				if (k >= s->tok0 + 2 && nkg_lang_in(l->reference_words, doc->toks[k - 1].fold) &&
				    !strcmp(doc->toks[k - 2].fold, "(")) {
					for (size_t j = k; j < k + n; j++)
						c.used[j] = 1;
					k += n;
					continue;
				}
				int future = 0;
				for (size_t b = k; b > s->tok0 && b + 4 > k && !future; b--) {
					size_t fm = nkg_doc_match_list(doc, b - 1, k, l->future_from);
					future = fm && b - 1 + fm == k;
				}
				/* "Elle rejoindra le groupe le 1er octobre", "will start
				 * on Oct. 1": a verb in the future tense a few words
				 * before a date given without its year. */
				int year_given = 0;
				for (size_t j = k; j < k + n && !year_given; j++)
					year_given = (TOKS(doc)[j].flags & NKG_TOK_NUM) &&
						     (strlen(TOKS(doc)[j].fold) == 4 ||
						      strlen(TOKS(doc)[j].fold) == 10);
				for (size_t b = k; !future && !year_given && b > s->tok0 && b + 12 > k; b--) {
					const char *f = TOKS(doc)[b - 1].fold;
					if (TOKS(doc)[b - 1].flags & NKG_TOK_PUNCT)
						break;
					future = nkg_lang_in(l->future_words, f) ||
						 (!(TOKS(doc)[b - 1].flags & NKG_TOK_CAP) &&
						  nkg_lang_ends_in(l->future_endings, f, 4));
				}
				/* (a year given is never moved: "à partir de
				 * mars 2019" in a 2021 article is past) */
				if (future && !year_given)
					to_future(iso, article_date, weekday_in(doc, l, k, k + n));
				nkg_mention *m = add_mention(ms, NKG_M_DATE, si, k, k + n);
				if (!m)
					goto oom;
				memcpy(m->date, iso, sizeof m->date);
				if (iso[0])
					memcpy(last_told, iso, 4);
				if (recent_day(iso, article_date))
					m->flags |= NKG_MF_RECENT;
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "promu l'année suivante": the year after the one the
			 * paragraph told last */
			if ((n = nkg_doc_match_list(doc, k, s->tok1, l->next_year)) && last_told[0]) {
				nkg_mention *m = add_mention(ms, NKG_M_DATE, si, k, k + n);
				if (!m)
					goto oom;
				snprintf(m->date, sizeof m->date, "%04d", (atoi(last_told) + 1) % 10000);
				memcpy(last_told, m->date, 4);
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "the Spaniard", "le Français": a person said again by
			 * nationality (a definite article before it) */
			size_t art = k;
			/* ("the 40-year-old Spaniard": lower-case words between) */
			while (art > s->tok0 && art + 3 > k && !(doc->toks[art - 1].flags & NKG_TOK_CAP) &&
			       (doc->toks[art - 1].flags & NKG_TOK_WORD) &&
			       !nkg_lang_in(l->definite_articles, doc->toks[art - 1].fold))
				art--;
			int nationality = k > s->tok0 && (doc->toks[k].flags & NKG_TOK_CAP) &&
					  nkg_lang_in(l->nationality_nouns, doc->toks[k].fold) &&
					  art > s->tok0 &&
					  nkg_lang_in(l->definite_articles, doc->toks[art - 1].fold);
			/* "Le quinquagénaire a pris ses fonctions", "The
			 * 54-year-old joined": a person said again by age,
			 * as the subject that opens a sentence */
			int age = k == s->tok0 + 1 &&
				  nkg_lang_in(l->definite_articles, doc->toks[k - 1].fold) &&
				  (nkg_lang_in(l->person_nouns, doc->toks[k].fold) ||
				   nkg_lang_ends_in(l->person_nouns, doc->toks[k].fold, 1));
			if ((nationality || age) &&
			    !(k + 1 < s->tok1 && (doc->toks[k + 1].flags & NKG_TOK_CAP))) {
				nkg_mention *m = add_mention(ms, NKG_M_PRONOUN, si, k, k + 1);
				if (!m)
					goto oom;
				c.used[k] = 1;
				k++;
				continue;
			}
			/* "Les 2 hommes viennent d'être évincés", "both men
			 * left": the people just named together */
			if ((n = nkg_doc_match_list(doc, k, s->tok1, l->plural_anaphors))) {
				nkg_mention *m = add_mention(ms, NKG_M_PRONOUN, si, k, k + n);
				if (!m)
					goto oom;
				m->plural = 1;
				for (size_t j = k; j < k + n; j++)
					c.used[j] = 1;
				k += n;
				continue;
			}
			/* "Ce dernier a été nommé préfet": the person named
			 * last */
			size_t la = 0, li = 0;
			for (size_t i = 0; l->latest_anaphors && l->latest_anaphors[i]; i += 2) {
				size_t n2 = nkg_doc_match(doc, k, s->tok1, l->latest_anaphors[i]);
				if (n2 > la) {
					la = n2;
					li = i;
				}
			}
			if (la) {
				nkg_mention *m = add_mention(ms, NKG_M_PRONOUN, si, k, k + la);
				if (!m)
					goto oom;
				m->flags |= NKG_MF_LATEST;
				m->gender = l->latest_anaphors[li + 1][0];
				for (size_t j = k; j < k + la; j++)
					c.used[j] = 1;
				k += la;
				continue;
			}
			int possessive = !strcmp(doc->toks[k].fold, "her") && k + 1 < s->tok1 &&
					 (doc->toks[k + 1].flags & NKG_TOK_WORD) &&
					 !nkg_lang_in(l->stopwords, doc->toks[k + 1].fold);
			if (!possessive && (nkg_lang_in(l->subj_pronouns, doc->toks[k].fold) ||
					    nkg_lang_in(l->plural_pronouns, doc->toks[k].fold))) {
				nkg_mention *m = add_mention(ms, NKG_M_PRONOUN, si, k, k + 1);
				if (!m)
					goto oom;
				m->plural = nkg_lang_in(l->plural_pronouns, doc->toks[k].fold);
				m->gender = nkg_lang_in(l->feminine_pronouns, doc->toks[k].fold) ? 'f' : 'm';
			}
			k++;
		}
	}
	for (size_t si = 0; si < doc->n_sents; si++) {
		if (doc->sents[si].flags & NKG_SENT_NOISE)
			continue;
		if ((rc = find_names(&c, si)))
			goto oom;
	}
	if (ms->n > 1) /* ms->m is NULL when nothing was found */
		qsort(ms->m, ms->n, sizeof *ms->m, cmp_mention);
	/* Title mentions were indexed before sorting; titles are looked up
	 * by position from here on. */
	if ((rc = link_chains(ms, doc)))
		goto oom;
	chain_genders(ms, doc, gaz);
	ms->by_sent = calloc(doc->n_sents + 1, sizeof *ms->by_sent);
	if (!ms->by_sent)
		goto oom;
	{
		size_t i = 0;
		for (size_t si = 0; si <= doc->n_sents; si++) {
			while (i < ms->n && ms->m[i].sent < si)
				i++;
			ms->by_sent[si] = i;
		}
	}
	*out = ms;
	ms = NULL;
	goto done;
oom:
	rc = nkg_error_set(err, NKG_ENOMEM, "out of memory");
done:
	nkg_mentions_free(ms);
	free(c.used);
	free(c.title_at);
	free(c.tcase);
	free(c.proper);
	return rc;
}

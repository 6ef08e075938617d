/* dates.c — the calendar the stages share: days in a month, the shape of
 * an ISO date at year, month or day precision.  See dates.h. */
#include "dates.h"

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

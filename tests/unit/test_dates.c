/* Unit tests of dates.c: the calendar the stages share (days in a month,
 * the shape of an ISO date at year, month or day precision). */
#include "newskg/dates.h"
#include "nkg_test.h"

#include <stdio.h>

static void test_days_in_month(void)
{
	CHECK(nkg_date_days_in_month(2023, 1) == 31);
	CHECK(nkg_date_days_in_month(2023, 4) == 30);
	CHECK(nkg_date_days_in_month(2023, 2) == 28);
	CHECK(nkg_date_days_in_month(2024, 2) == 29);  /* divisible by 4 */
	CHECK(nkg_date_days_in_month(1900, 2) == 28);  /* by 100, not 400 */
	CHECK(nkg_date_days_in_month(2000, 2) == 29);  /* by 400 */
	CHECK(nkg_date_days_in_month(2023, 12) == 31);
	/* (no month: no days, never an out-of-bounds read) */
	CHECK(nkg_date_days_in_month(2023, 0) == 0);
	CHECK(nkg_date_days_in_month(2023, 13) == 0);
}

static void test_iso_shape(void)
{
	CHECK(nkg_date_iso_shape("2023"));
	CHECK(nkg_date_iso_shape("2023-11"));
	CHECK(nkg_date_iso_shape("2023-11-17"));
	CHECK(!nkg_date_iso_shape(""));
	CHECK(!nkg_date_iso_shape(NULL));
	CHECK(!nkg_date_iso_shape("202"));
	CHECK(!nkg_date_iso_shape("2023-1"));
	CHECK(!nkg_date_iso_shape("2023/11/17"));
	CHECK(!nkg_date_iso_shape("2023-11-17T00"));
	CHECK(!nkg_date_iso_shape("abcd"));
	/* (the shape only: the values are the reader's and the questions'
	 * to check) */
	CHECK(nkg_date_iso_shape("2023-13-45"));
}

int main(void)
{
	test_days_in_month();
	test_iso_shape();
	return TEST_DONE();
}

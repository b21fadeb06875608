/*
 * Calendar arithmetic. Day numbers use the civil-from-days algorithm of H. Hinnant
 * ("chrono-compatible low-level date algorithms"), exact for every Gregorian date.
 */
#include "base/dates.h"

#include <stdio.h>
#include <stdlib.h>

static long days_from_civil(long year, long month, long day)
{
    year -= month <= 2;
    long era = (year >= 0 ? year : year - 399) / 400;
    long year_of_era = year - era * 400;
    long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

static void civil_from_days(long days, long *year, long *month, long *day)
{
    days += 719468;
    long era = (days >= 0 ? days : days - 146096) / 146097;
    long day_of_era = days - era * 146097;
    long year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    long month_index = (5 * day_of_year + 2) / 153;
    *day = day_of_year - (153 * month_index + 2) / 5 + 1;
    *month = month_index < 10 ? month_index + 3 : month_index - 9;
    *year = year_of_era + era * 400 + (*month <= 2);
}

long sg_date_to_days(const char *date)
{
    long year = strtol(date, NULL, 10);
    long month = strtol(date + 5, NULL, 10);
    long day = strtol(date + 8, NULL, 10);
    return days_from_civil(year, month, day);
}

void sg_date_from_days(long days, char out[11])
{
    long year, month, day;
    civil_from_days(days, &year, &month, &day);
    /* Casts bound the fields for the compiler: year 0-9999, month 1-12, day 1-31. */
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)(year % 10000) % 10000u, (unsigned)month % 100u,
             (unsigned)day % 100u);
}

static long days_in_month(long year, long month)
{
    static const long days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return days[month - 1] + (month == 2 && leap);
}

long sg_date_add_months(long days, long months)
{
    long year, month, day;
    civil_from_days(days, &year, &month, &day);
    long total = year * 12 + (month - 1) + months;
    year = total / 12;
    month = total % 12 + 1;
    if (day > days_in_month(year, month))
        day = days_in_month(year, month);
    return days_from_civil(year, month, day);
}

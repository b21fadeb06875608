/*
 * Calendar arithmetic on ISO dates (YYYY-MM-DD, proleptic Gregorian): day numbers, adding
 * days and months, for ordering snapshots and cutting time windows.
 */
#ifndef SG_BASE_DATES_H
#define SG_BASE_DATES_H

/* Days since 1970-01-01 of a valid date (see sg_text_is_valid_date). */
long sg_date_to_days(const char *date);

/* Writes the date of a day number as YYYY-MM-DD into out (11 bytes). */
void sg_date_from_days(long days, char out[11]);

/* The day number months calendar months after days; the day of the month is kept, or clamped
 * to the month's last day (2025-01-31 plus one month is 2025-02-28). */
long sg_date_add_months(long days, long months);

#endif

package io.factunit.mention.date;

import io.factunit.mention.TimexValues;
import io.factunit.mention.date.CalendarPeriods.Days;
import io.factunit.mention.date.DateExpression.Part;
import io.factunit.mention.date.DateResolver.Resolution;
import java.time.LocalDate;

/**
 * Resolves seasons ("last summer" = "2023-SU"), quarters ("the third quarter" = "2023-Q3") and halves ("the
 * first half of the year" = "2023-H1").
 */
final class SeasonsAndQuarters {

    private SeasonsAndQuarters() {
    }

    /**
     * "summer 2013" is fixed. "this summer" is the one of the publication year (for winter, the one containing
     * January and February of it); "last summer" the latest that ended before publication; "next summer" the
     * first that starts after it.
     */
    static Resolution season(DateExpression.SeasonDate season, LocalDate published) {
        DateExpression.Season which = season.season();
        int year = season.year();
        boolean relative = year == 0;
        if (relative) {
            if (published == null) {
                return DateResolver.unresolved("DATE", "XXXX-" + which.code, null, true);
            }
            year = published.getYear();
            if (season.offset() == 0) {
                if (which == DateExpression.Season.WINTER && published.getMonthValue() <= 2) {
                    year--;
                }
            } else if (season.offset() < 0) {
                while (!CalendarPeriods.seasonOf(which, year).last().isBefore(published)) {
                    year--;
                }
                year += season.offset() + 1;
            } else {
                year--;
                while (!CalendarPeriods.seasonOf(which, year).first().isAfter(published)) {
                    year++;
                }
                year += season.offset() - 1;
            }
        }
        Days days = CalendarPeriods.seasonOf(which, year);
        return DateResolver.period(days, Part.WHOLE, published, TimexValues.year(year) + "-" + which.code, relative);
    }

    /**
     * "Q3 2013" is fixed; "the third quarter" is the latest one starting on or before publication (the first
     * ending on or after it in a future clause); "last quarter" is the one before the publication date's.
     */
    static Resolution quarter(DateExpression.QuarterDate quarter, LocalDate published, Tense tense) {
        int number = quarter.quarter();
        int year = quarter.year();
        boolean relative = year == 0;
        if (relative) {
            if (published == null) {
                return DateResolver.unresolved("DATE", "XXXX-Q" + (number == 0 ? "X" : number), null, true);
            }
            if (number == 0) {
                LocalDate anchor = published.plusMonths(3L * quarter.offset());
                number = CalendarPeriods.quarterOf(anchor);
                year = anchor.getYear();
            } else {
                year = published.getYear();
                Days thisYears = CalendarPeriods.quarterOf(number, year);
                if (tense == Tense.FUTURE && thisYears.last().isBefore(published)) {
                    year++;
                } else if (tense == Tense.PAST && thisYears.first().isAfter(published)) {
                    year--;
                }
            }
        }
        return DateResolver.period(CalendarPeriods.quarterOf(number, year), Part.WHOLE, published,
                TimexValues.year(year) + "-Q" + number, relative);
    }

    /** "the first half of 2013" is fixed; "of the year", "of last year" count from the publication year. */
    static Resolution half(DateExpression.HalfDate half, LocalDate published) {
        int year = half.year();
        boolean relative = year == 0;
        if (relative) {
            if (published == null) {
                return DateResolver.unresolved("DATE", "XXXX-H" + half.half(), null, true);
            }
            year = published.getYear() + half.offset();
        }
        LocalDate first = LocalDate.of(year, half.half() * 6 - 5, 1);
        return DateResolver.period(new Days(first, first.plusMonths(6).minusDays(1)), Part.WHOLE, published,
                TimexValues.year(year) + "-H" + half.half(), relative);
    }
}

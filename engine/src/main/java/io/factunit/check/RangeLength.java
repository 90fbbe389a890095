package io.factunit.check;

import io.factunit.mention.date.DateMention;
import io.factunit.mention.date.DateParts;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Days from a date range's first to its last day. A range whose year is unknown ("from November 24 to
 * December 1" in an undated article) still has a length when it is the same in leap and common years,
 * which it is unless February's end lies inside it. -1 when the length cannot be known.
 */
final class RangeLength {
    private RangeLength() {
    }

    static long days(DateMention date) {
        if (date.isResolved()) {
            return ChronoUnit.DAYS.between(date.first(), date.last());
        }
        DateParts end = date.rangeEnd();
        if (end == null || date.month() == 0 || date.day() == 0 || end.day() == 0) {
            return -1;
        }
        int endMonth = end.month() == 0 ? date.month() : end.month();
        long leap = length(2024, date.month(), date.day(), endMonth, end.day());
        long common = length(2023, date.month(), date.day(), endMonth, end.day());
        return leap == common ? leap : -1;
    }

    private static long length(int year, int month, int day, int endMonth, int endDay) {
        try {
            LocalDate first = LocalDate.of(year, month, day);
            LocalDate last = LocalDate.of(endMonth < month ? year + 1 : year, endMonth, endDay);
            return ChronoUnit.DAYS.between(first, last);
        } catch (DateTimeException e) {
            return -2;
        }
    }
}

package io.factunit.mention.date;

import java.time.DayOfWeek;

/**
 * The calendar fields a date expression states, as written, before any resolution: "Thursday 1 February"
 * states weekday THURSDAY, month 2, day 1 and no year. Nothing here is corrected or inferred.
 *
 * @param weekday weekday stated, or null
 * @param year    year stated, or 0
 * @param month   month stated, 1-12, or 0
 * @param day     day of month stated, or 0
 */
public record DateParts(DayOfWeek weekday, int year, int month, int day) {

    public static final DateParts NONE = new DateParts(null, 0, 0, 0);

    public static DateParts of(int year, int month, int day) {
        return new DateParts(null, year, month, day);
    }

    public DateParts withYear(int newYear) {
        return new DateParts(weekday, newYear, month, day);
    }

    public DateParts withMonth(int newMonth) {
        return new DateParts(weekday, year, newMonth, day);
    }
}

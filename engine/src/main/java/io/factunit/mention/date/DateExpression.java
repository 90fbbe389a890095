package io.factunit.mention.date;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;

/**
 * What a temporal expression says, parsed from the text but not yet resolved against a publication date;
 * {@link DateResolver} turns it into days and a TIMEX3 value.
 */
public sealed interface DateExpression {

    /** The calendar fields the words state, for {@link DateMention}; none by default. */
    default DateParts stated() {
        return DateParts.NONE;
    }

    /** Which part of a period the words pick. */
    enum Part {
        WHOLE,
        /** "early March", "the beginning of" (first third; TIMEX mod START) */
        EARLY,
        /** "mid-March", "the middle of" (middle third; mod MID) */
        MID,
        /** "late March", "the end of" (last third; mod END) */
        LATE,
        /** "earlier this month": from the period's start to the publication date */
        EARLIER,
        /** "later this year": from the publication date to the period's end */
        LATER,
        /** "last weekend": Saturday and Sunday of a week */
        WEEKEND
    }

    enum Season {
        SPRING("SP", 3), SUMMER("SU", 6), FALL("FA", 9), WINTER("WI", 12);

        final String code;
        final int firstMonth;

        Season(String code, int firstMonth) {
            this.code = code;
            this.firstMonth = firstMonth;
        }
    }

    /**
     * A whole or partial calendar date: "February 1, 2024", "October 7", "Thursday 1 February", "March 2013",
     * "in March", "in 2013"; part for "early March".
     */
    record Calendar(DateParts parts, Part part) implements DateExpression {
        @Override
        public DateParts stated() {
            return parts;
        }
    }

    /** A weekday on its own: "Wednesday" (shift 0), "last Wednesday" (-1), "next Wednesday" (+1). */
    record Weekday(DayOfWeek day, int shift) implements DateExpression {
        @Override
        public DateParts stated() {
            return new DateParts(day, 0, 0, 0);
        }
    }

    /** "now", "currently", "at present": the time of writing, TIMEX3 PRESENT_REF. */
    record Present() implements DateExpression {
    }

    /** "the first half of 2013" (year 2013), "the second half of last year" (offset -1): TIMEX3 "2013-H1". */
    record HalfDate(int half, int year, int offset) implements DateExpression {
    }

    /** "the 1996 election", "its 2008 season": a year modifying a noun, the date of that noun's event. */
    record AttributiveYear(int year) implements DateExpression {
        @Override
        public DateParts stated() {
            return DateParts.of(year, 0, 0);
        }
    }

    /** "recently", "the future": the past or future with no date said, TIMEX3 PAST_REF or FUTURE_REF. */
    record VagueReference(String value) implements DateExpression {
    }

    /** "several years", "for months": a length of time with no number, TIMEX3 "PXY", "PXM". */
    record VagueDuration(ChronoUnit unit) implements DateExpression {
    }

    /** "today" (0), "yesterday" (-1), "tomorrow" (+1). */
    record DayOffset(int days) implements DateExpression {
    }

    /** "this week" (WEEKS, 0), "last weekend" (WEEKS, -1, WEEKEND), "earlier this month", "last year". */
    record RelativePeriod(ChronoUnit unit, int offset, Part part) implements DateExpression {
    }

    /** "last March" (shift -1), "this March" (0), "next May" (+1): a month counted from publication. */
    record RelativeMonth(int month, int shift) implements DateExpression {
        @Override
        public DateParts stated() {
            return DateParts.of(0, month, 0);
        }
    }

    /** "summer 2013" (year set), "last summer" (year 0, offset -1), "this winter", "next spring". */
    record SeasonDate(Season season, int year, int offset) implements DateExpression {
    }

    /** "the third quarter" (quarter 3, year 0), "Q3 2013", "last quarter" (quarter 0, offset -1). */
    record QuarterDate(int quarter, int year, int offset) implements DateExpression {
    }

    /** "the 1990s" (firstYear 1990), "the early 1990s". */
    record Decade(int firstYear, Part part) implements DateExpression {
    }

    /** "the 20th century" (ordinal 20). */
    record Century(int ordinal) implements DateExpression {
    }

    /** "two days ago", "three years ago": a date at the unit's granularity. */
    record Ago(int amount, ChronoUnit unit) implements DateExpression {
    }

    /** "the past two years" (direction -1), "the next 48 hours" (+1): a duration ending or starting now. */
    record AnchoredDuration(int amount, ChronoUnit unit, int direction) implements DateExpression {
    }

    /** A time on a day: "Tuesday night" (part "NI"), "8:30 a.m." (hour 8, minute 30, part null). */
    record TimeOfDay(DateExpression day, String part, int hour, int minute) implements DateExpression {
        @Override
        public DateParts stated() {
            return day.stated();
        }
    }

    /** A set: "every Friday" (weekday), "annually", "every two weeks" (amount and unit). */
    record Recurrence(DayOfWeek weekday, int amount, ChronoUnit unit) implements DateExpression {
        @Override
        public DateParts stated() {
            return weekday == null ? DateParts.NONE : new DateParts(weekday, 0, 0, 0);
        }
    }

    /** "November 24 to December 1", "between 24 and 30 November": both ends as stated. */
    record Range(DateParts from, DateParts to) implements DateExpression {
        @Override
        public DateParts stated() {
            return from;
        }
    }
}

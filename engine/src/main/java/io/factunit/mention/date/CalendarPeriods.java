package io.factunit.mention.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/** Calendar arithmetic the resolver shares: periods as first and last day, and parts of them. */
final class CalendarPeriods {

    /** First and last day of a period, both inclusive. */
    record Days(LocalDate first, LocalDate last) {
    }

    private CalendarPeriods() {
    }

    static Days weekOf(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Days(monday, monday.plusDays(6));
    }

    static Days monthOf(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Days(ym.atDay(1), ym.atEndOfMonth());
    }

    static Days yearOf(int year) {
        return new Days(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** The period of a unit (day, week, month, year) that contains a day. */
    static Days unitOf(ChronoUnit unit, LocalDate day) {
        return switch (unit) {
            case DAYS -> new Days(day, day);
            case WEEKS -> weekOf(day);
            case MONTHS -> monthOf(day.getYear(), day.getMonthValue());
            default -> yearOf(day.getYear());
        };
    }

    /**
     * Meteorological seasons of the northern hemisphere, where most of the news is written: winter Y runs from
     * December Y to the end of February Y+1, so "2023-WI" is the winter that straddles New Year 2024.
     */
    static Days seasonOf(DateExpression.Season season, int year) {
        LocalDate first = LocalDate.of(year, season.firstMonth, 1);
        return new Days(first, first.plusMonths(3).minusDays(1));
    }

    static Days quarterOf(int quarter, int year) {
        LocalDate first = LocalDate.of(year, quarter * 3 - 2, 1);
        return new Days(first, first.plusMonths(3).minusDays(1));
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() + 2) / 3;
    }

    /**
     * A part of a period. Early, mid and late are thirds, since the words are vague and thirds cover every
     * reading without overlap; they are counted in the period's natural unit: years for a decade or century
     * (the early 1990s = 1990-1993), months for a year, season or quarter (early 2024 = January-April), days
     * otherwise (a week: Mon-Wed, Thu, Fri-Sun; a 31-day month: 1-11, 12-20, 21-31). "Earlier" and "later"
     * end or start at the publication date, clamped to the period.
     */
    static Days part(Days whole, DateExpression.Part part, LocalDate published) {
        ChronoUnit unit = naturalUnit(whole);
        long length = unit.between(whole.first(), whole.last().plusDays(1));
        long third = (length + 2) / 3;
        LocalDate end = whole.last().plusDays(1);
        return switch (part) {
            case WHOLE -> whole;
            case EARLY -> new Days(whole.first(), whole.first().plus(third, unit).minusDays(1));
            case MID -> new Days(whole.first().plus(third, unit), end.minus(third, unit).minusDays(1));
            case LATE -> new Days(end.minus(third, unit), whole.last());
            case EARLIER -> new Days(whole.first(), clamp(published, whole));
            case LATER -> new Days(clamp(published, whole), whole.last());
            case WEEKEND -> new Days(whole.last().minusDays(1), whole.last());
        };
    }

    private static ChronoUnit naturalUnit(Days whole) {
        LocalDate end = whole.last().plusDays(1);
        boolean wholeMonths = whole.first().getDayOfMonth() == 1 && end.getDayOfMonth() == 1;
        if (wholeMonths && whole.first().getDayOfYear() == 1 && end.getDayOfYear() == 1
                && ChronoUnit.YEARS.between(whole.first(), end) > 1) {
            return ChronoUnit.YEARS;
        }
        return wholeMonths && ChronoUnit.MONTHS.between(whole.first(), end) > 1 ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
    }

    /** The TIMEX3 mod for a part, or null. */
    static String mod(DateExpression.Part part) {
        return switch (part) {
            case EARLY -> "START";
            case MID -> "MID";
            case LATE -> "END";
            default -> null;
        };
    }

    private static LocalDate clamp(LocalDate day, Days within) {
        if (day.isBefore(within.first())) {
            return within.first();
        }
        return day.isAfter(within.last()) ? within.last() : day;
    }
}

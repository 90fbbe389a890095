package io.factunit.mention.date;

import io.factunit.mention.TimeUnits;
import io.factunit.mention.Timex;
import io.factunit.mention.TimexValues;
import io.factunit.mention.date.CalendarPeriods.Days;
import io.factunit.mention.date.DateExpression.Part;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Resolves a parsed date expression against a publication date: a pure function of the expression, the date
 * (null when unknown) and the clause's tense. Written by hand because no permissively licensed library does
 * this for running news text: SUTime is GPL and ships hundreds of megabytes of models, while Natty and
 * PrettyTime resolve "on Wednesday" into the future, where news means the Wednesday just gone.
 *
 * <p>Choices, so that a later check can rely on them:
 * <ul>
 *   <li>A partial date ("October 7") is its nearest occurrence on or before publication (on or after it in a
 *       future clause): "December 28" in an article of January 3 is last year's.</li>
 *   <li>A bare weekday means the most recent such day on or before publication, or the next on or after it in
 *       a future clause; a weekday equal to the publication day's is that day itself in both tenses, because a
 *       news report says "on Thursday" of the day it is published. "last Wednesday" is strictly before the
 *       publication date and "next Wednesday" strictly after it.</li>
 *   <li>A stated weekday never changes the date it accompanies: "Thursday 1 February" resolves the date and
 *       the caller keeps THURSDAY, right or wrong.</li>
 *   <li>Weeks are ISO weeks, Monday to Sunday, valued by their week-based year ("2020-W53" for 1 January 2021).
 *       "last weekend" is Saturday and Sunday of the previous ISO week, so in an article published on a Sunday
 *       it is the weekend before, not the day itself.</li>
 *   <li>Ranges, seasons and quarters: see {@link RangeResolver} and {@link SeasonsAndQuarters}. Sets ("every
 *       Friday") have no days, only a TIMEX SET value.</li>
 *   <li>"now", "currently" and "at present" are the publication date, valued PRESENT_REF as TimeML does even
 *       when that date is known.</li>
 *   <li>Vague references ("recently", "the future") and durations without a number ("several years") have
 *       no days: only their TIMEX3 value, PAST_REF, FUTURE_REF, "PXY".</li>
 *   <li>An impossible date (February 29, 2023; April 31) resolves to nothing, so no mention is made.</li>
 *   <li>Without a publication date, relative expressions keep first and last null and get a TIMEX value with
 *       X placeholders: "XXXX-10-07", "XXXX-WXX-3" for a Wednesday, "XXXX-XX-XX" for "today".</li>
 * </ul>
 */
public final class DateResolver {

    /**
     * A resolved expression.
     *
     * @param first    first day meant, or null when unresolvable
     * @param last     last day meant, or null when unresolvable
     * @param timex    the TIMEX3 type, value and mod
     * @param relative true when the expression needs the publication date
     */
    public record Resolution(LocalDate first, LocalDate last, Timex timex, boolean relative) {
    }

    private DateResolver() {
    }

    /** The days and TIMEX3 value an expression stands for; empty when it names no real date. */
    public static Optional<Resolution> resolve(DateExpression expression, LocalDate published, Tense tense) {
        if (expression instanceof DateExpression.Calendar c) {
            return calendar(c.parts(), c.part(), published, tense);
        }
        if (expression instanceof DateExpression.Weekday w) {
            return Optional.of(weekday(w, published, tense));
        }
        if (expression instanceof DateExpression.Present) {
            return Optional.of(published == null ? unresolved("DATE", TimexValues.PRESENT_REF, null, true)
                    : new Resolution(published, published, new Timex("DATE", TimexValues.PRESENT_REF), true));
        }
        if (expression instanceof DateExpression.VagueReference r) {
            return Optional.of(unresolved("DATE", r.value(), null, true));
        }
        if (expression instanceof DateExpression.VagueDuration d) {
            return Optional.of(unresolved("DURATION", TimexValues.vagueDuration(d.unit()), null, false));
        }
        if (expression instanceof DateExpression.RelativeMonth m) {
            return Optional.of(relativeMonth(m, published));
        }
        if (expression instanceof DateExpression.DayOffset o) {
            return Optional.of(published == null ? unresolved("DATE", TimexValues.UNKNOWN_DAY, null, true)
                    : day(published.plusDays(o.days()), true));
        }
        if (expression instanceof DateExpression.RelativePeriod p) {
            return Optional.of(relativePeriod(p, published));
        }
        if (expression instanceof DateExpression.SeasonDate s) {
            return Optional.of(SeasonsAndQuarters.season(s, published));
        }
        if (expression instanceof DateExpression.QuarterDate q) {
            return Optional.of(SeasonsAndQuarters.quarter(q, published, tense));
        }
        if (expression instanceof DateExpression.AttributiveYear y) {
            return calendar(DateParts.of(y.year(), 0, 0), Part.WHOLE, published, tense);
        }
        if (expression instanceof DateExpression.HalfDate h) {
            return Optional.of(SeasonsAndQuarters.half(h, published));
        }
        if (expression instanceof DateExpression.Decade d) {
            Days whole = new Days(LocalDate.of(d.firstYear(), 1, 1), LocalDate.of(d.firstYear() + 9, 12, 31));
            return Optional.of(period(whole, d.part(), null, String.valueOf(d.firstYear() / 10), false));
        }
        if (expression instanceof DateExpression.Century c) {
            int firstYear = (c.ordinal() - 1) * 100;
            Days whole = new Days(LocalDate.of(firstYear, 1, 1), LocalDate.of(firstYear + 99, 12, 31));
            return Optional.of(period(whole, Part.WHOLE, null, TimexValues.digits(c.ordinal() - 1, 2),
                    false));
        }
        if (expression instanceof DateExpression.Ago a) {
            return Optional.of(ago(a, published));
        }
        if (expression instanceof DateExpression.AnchoredDuration d) {
            return Optional.of(anchoredDuration(d, published));
        }
        if (expression instanceof DateExpression.TimeOfDay t) {
            return timeOfDay(t, published, tense);
        }
        if (expression instanceof DateExpression.Recurrence r) {
            String value = r.weekday() != null ? TimexValues.weekday(r.weekday())
                    : TimexValues.duration(r.amount(), r.unit());
            return Optional.of(unresolved("SET", value, null, false));
        }
        if (expression instanceof DateExpression.Range r) {
            return RangeResolver.range(r, published, tense);
        }
        throw new IllegalArgumentException("unknown date expression " + expression);
    }

    private static Optional<Resolution> calendar(DateParts parts, Part part, LocalDate published, Tense tense) {
        int year = parts.year();
        int month = parts.month();
        int dayOfMonth = parts.day();
        if (month < 0 || month > 12 || dayOfMonth < 0 || dayOfMonth > 31 || (dayOfMonth > 0 && month == 0)) {
            return Optional.empty();
        }
        if (month == 0) {
            if (year > 0) {
                return Optional.of(period(CalendarPeriods.yearOf(year), part, published, TimexValues.year(year),
                        false));
            }
            return parts.weekday() == null ? Optional.empty()
                    : Optional.of(weekday(new DateExpression.Weekday(parts.weekday(), 0), published, tense));
        }
        if (dayOfMonth == 0) {
            return Optional.of(month(year, month, part, published, tense));
        }
        if (!existsInSomeYear(month, dayOfMonth)) {
            return Optional.empty();
        }
        if (year > 0) {
            return isValid(year, month, dayOfMonth)
                    ? Optional.of(day(LocalDate.of(year, month, dayOfMonth), false)) : Optional.empty();
        }
        if (published == null) {
            return Optional.of(unresolved("DATE", TimexValues.monthDay(month, dayOfMonth), null, true));
        }
        return Optional.of(day(nearest(month, dayOfMonth, published, tense), true));
    }

    /** "in March" is the March on or before publication (after it in a future clause); "March 2013" is fixed. */
    private static Resolution month(int year, int month, Part part, LocalDate published, Tense tense) {
        boolean relative = year == 0;
        if (relative) {
            if (published == null) {
                return unresolved("DATE", TimexValues.month(0, month), CalendarPeriods.mod(part), true);
            }
            int current = published.getMonthValue();
            year = published.getYear();
            if (tense == Tense.FUTURE && month < current) {
                year++;
            } else if (tense == Tense.PAST && month > current) {
                year--;
            }
        }
        return period(CalendarPeriods.monthOf(year, month), part, published, TimexValues.month(year, month),
                relative);
    }

    /** "last March" is the latest March before the publication month, "next May" the first after it. */
    private static Resolution relativeMonth(DateExpression.RelativeMonth named, LocalDate published) {
        int month = named.month();
        if (published == null) {
            return unresolved("DATE", TimexValues.month(0, month), null, true);
        }
        int year = published.getYear();
        int current = published.getMonthValue();
        if (named.shift() < 0 && month >= current) {
            year--;
        } else if (named.shift() > 0 && month <= current) {
            year++;
        }
        return period(CalendarPeriods.monthOf(year, month), Part.WHOLE, published, TimexValues.month(year, month),
                true);
    }

    private static Resolution weekday(DateExpression.Weekday weekday, LocalDate published, Tense tense) {
        if (published == null) {
            return unresolved("DATE", TimexValues.weekday(weekday.day()), null, true);
        }
        LocalDate date;
        if (weekday.shift() < 0) {
            date = published.with(TemporalAdjusters.previous(weekday.day()));
        } else if (weekday.shift() > 0) {
            date = published.with(TemporalAdjusters.next(weekday.day()));
        } else if (tense == Tense.FUTURE) {
            date = published.with(TemporalAdjusters.nextOrSame(weekday.day()));
        } else {
            date = published.with(TemporalAdjusters.previousOrSame(weekday.day()));
        }
        return day(date, true);
    }

    private static Resolution relativePeriod(DateExpression.RelativePeriod period, LocalDate published) {
        String weekend = period.part() == Part.WEEKEND ? "-WE" : "";
        String mod = CalendarPeriods.mod(period.part());
        if (published == null) {
            return unresolved("DATE", TimexValues.unitValue(period.unit(), null) + weekend, mod, true);
        }
        LocalDate anchor = published.plus(period.offset(), period.unit());
        return period(CalendarPeriods.unitOf(period.unit(), anchor), period.part(), published,
                TimexValues.unitValue(period.unit(), anchor) + weekend, true);
    }

    /** "two weeks ago" is a date at the granularity of its unit: the week two weeks back, "2024-W03". */
    private static Resolution ago(DateExpression.Ago ago, LocalDate published) {
        if (published == null) {
            return unresolved("DATE", TimexValues.unitValue(ago.unit(), null), null, true);
        }
        LocalDate anchor = published.minus(ago.amount(), ago.unit());
        Days days = CalendarPeriods.unitOf(ago.unit(), anchor);
        return new Resolution(days.first(), days.last(),
                new Timex("DATE", TimexValues.unitValue(ago.unit(), anchor)), true);
    }

    /** "the past two years": from two years before publication to publication (the reverse for "the next"). */
    private static Resolution anchoredDuration(DateExpression.AnchoredDuration duration, LocalDate published) {
        String value = TimexValues.duration(duration.amount(), duration.unit());
        if (published == null) {
            return unresolved("DURATION", value, null, true);
        }
        Period length = TimeUnits.period(duration.amount(), duration.unit());
        return duration.direction() < 0
                ? new Resolution(published.minus(length), published, new Timex("DURATION", value), true)
                : new Resolution(published, published.plus(length), new Timex("DURATION", value), true);
    }

    /** "Tuesday night" = the Tuesday's value + "TNI"; "8:30 a.m." = the day's value + "T08:30". */
    private static Optional<Resolution> timeOfDay(DateExpression.TimeOfDay time, LocalDate published, Tense tense) {
        if (time.part() == null && (time.hour() < 0 || time.hour() > 23 || time.minute() < 0 || time.minute() > 59)) {
            return Optional.empty();
        }
        Optional<Resolution> day = resolve(time.day(), published, tense);
        if (day.isEmpty() || !"DATE".equals(day.get().timex().type())
                || (day.get().first() != null && !day.get().first().equals(day.get().last()))) {
            return Optional.empty();
        }
        String clock = time.part() != null ? time.part()
                : TimexValues.digits(time.hour(), 2) + ":" + TimexValues.digits(time.minute(), 2);
        Resolution resolved = day.get();
        return Optional.of(new Resolution(resolved.first(), resolved.last(),
                new Timex("TIME", resolved.timex().value() + "T" + clock), resolved.relative()));
    }

    // ---- shared by the resolvers of this package

    static Resolution day(LocalDate date, boolean relative) {
        return new Resolution(date, date, new Timex("DATE", TimexValues.date(date)), relative);
    }

    static Resolution unresolved(String type, String value, String mod, boolean relative) {
        return new Resolution(null, null, new Timex(type, value, mod), relative);
    }

    /** A period narrowed to a part; "earlier"/"later" need the publication date and stay open without it. */
    static Resolution period(Days whole, Part part, LocalDate published, String value, boolean relative) {
        if (published == null && (part == Part.EARLIER || part == Part.LATER)) {
            return unresolved("DATE", value, null, relative);
        }
        Days days = CalendarPeriods.part(whole, part, published);
        return new Resolution(days.first(), days.last(), new Timex("DATE", value, CalendarPeriods.mod(part)),
                relative);
    }

    static boolean existsInSomeYear(int month, int dayOfMonth) {
        return month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= Month.of(month).maxLength();
    }

    static boolean isValid(int year, int month, int dayOfMonth) {
        return month >= 1 && month <= 12 && dayOfMonth >= 1 && YearMonth.of(year, month).isValidDay(dayOfMonth);
    }

    /** The occurrence of a month and day nearest the publication date, on or before it (on or after if FUTURE). */
    static LocalDate nearest(int month, int dayOfMonth, LocalDate published, Tense tense) {
        int step = tense == Tense.FUTURE ? 1 : -1;
        // February 29 recurs within eight years (1896 to 1904); every other day within one.
        for (int year = published.getYear(), tries = 0; tries <= 8; year += step, tries++) {
            if (isValid(year, month, dayOfMonth)) {
                LocalDate date = LocalDate.of(year, month, dayOfMonth);
                if (tense == Tense.FUTURE ? !date.isBefore(published) : !date.isAfter(published)) {
                    return date;
                }
            }
        }
        throw new IllegalArgumentException("no " + month + "/" + dayOfMonth + " near " + published);
    }
}

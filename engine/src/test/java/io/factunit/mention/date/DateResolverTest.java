package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.mention.Timex;
import io.factunit.mention.date.DateExpression.Part;
import io.factunit.mention.date.DateResolver.Resolution;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DateResolverTest {
    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 1);

    private static Resolution resolve(DateExpression expression, LocalDate published, Tense tense) {
        return DateResolver.resolve(expression, published, tense).orElseThrow();
    }

    private static DateExpression date(int year, int month, int day) {
        return new DateExpression.Calendar(DateParts.of(year, month, day), Part.WHOLE);
    }

    private static void assertDays(Resolution resolution, String first, String last, String type, String value) {
        assertThat(resolution.first()).isEqualTo(LocalDate.parse(first));
        assertThat(resolution.last()).isEqualTo(LocalDate.parse(last));
        assertThat(resolution.timex().type()).isEqualTo(type);
        assertThat(resolution.timex().value()).isEqualTo(value);
    }

    private static void assertUnresolved(Resolution resolution, String type, String value) {
        assertThat(resolution.first()).isNull();
        assertThat(resolution.last()).isNull();
        assertThat(resolution.timex()).isEqualTo(new Timex(type, value));
    }

    // ---- calendar dates

    @Test
    void fullDateIsAbsolute() {
        Resolution resolution = resolve(date(2024, 2, 1), null, Tense.PAST);
        assertDays(resolution, "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertThat(resolution.relative()).isFalse();
    }

    @Test
    void partialDateIsTheNearestPastOccurrence() {
        Resolution resolution = resolve(date(0, 11, 24), PUBLISHED, Tense.PAST);
        assertDays(resolution, "2023-11-24", "2023-11-24", "DATE", "2023-11-24");
        assertThat(resolution.relative()).isTrue();
    }

    @Test
    void partialDateOnThePublicationDayIsThatDay() {
        assertDays(resolve(date(0, 2, 1), PUBLISHED, Tense.PAST), "2024-02-01", "2024-02-01", "DATE",
                "2024-02-01");
    }

    @Test
    void partialDateInAFutureClauseIsTheNextOccurrence() {
        assertDays(resolve(date(0, 10, 7), PUBLISHED, Tense.PAST), "2023-10-07", "2023-10-07", "DATE",
                "2023-10-07");
        assertDays(resolve(date(0, 10, 7), PUBLISHED, Tense.FUTURE), "2024-10-07", "2024-10-07", "DATE",
                "2024-10-07");
    }

    @Test
    void partialDateCrossesTheYearBoundary() {
        assertDays(resolve(date(0, 12, 28), LocalDate.of(2024, 1, 3), Tense.PAST), "2023-12-28", "2023-12-28",
                "DATE", "2023-12-28");
        assertDays(resolve(date(0, 1, 5), LocalDate.of(2023, 12, 28), Tense.FUTURE), "2024-01-05",
                "2024-01-05", "DATE", "2024-01-05");
    }

    @Test
    void partialDateWithoutPublicationDateKeepsXForTheYear() {
        Resolution resolution = resolve(date(0, 10, 7), null, Tense.PAST);
        assertUnresolved(resolution, "DATE", "XXXX-10-07");
        assertThat(resolution.relative()).isTrue();
    }

    @Test
    void leapDays() {
        assertDays(resolve(date(2024, 2, 29), null, Tense.PAST), "2024-02-29", "2024-02-29", "DATE",
                "2024-02-29");
        assertThat(DateResolver.resolve(date(2023, 2, 29), PUBLISHED, Tense.PAST)).isEmpty();
        assertThat(DateResolver.resolve(date(1900, 2, 29), PUBLISHED, Tense.PAST)).isEmpty();
        LocalDate published2023 = LocalDate.of(2023, 6, 1);
        assertDays(resolve(date(0, 2, 29), published2023, Tense.PAST), "2020-02-29", "2020-02-29", "DATE",
                "2020-02-29");
        assertDays(resolve(date(0, 2, 29), published2023, Tense.FUTURE), "2024-02-29", "2024-02-29", "DATE",
                "2024-02-29");
    }

    @Test
    void impossibleDaysAreNoDates() {
        assertThat(DateResolver.resolve(date(0, 4, 31), PUBLISHED, Tense.PAST)).isEmpty();
        assertThat(DateResolver.resolve(date(0, 2, 30), null, Tense.PAST)).isEmpty();
        assertThat(DateResolver.resolve(date(2024, 13, 1), null, Tense.PAST)).isEmpty();
    }

    @Test
    void statedWeekdayNeverMovesTheDate() {
        DateExpression wrongWeekday = new DateExpression.Calendar(
                new DateParts(DayOfWeek.FRIDAY, 0, 2, 1), Part.WHOLE);
        assertDays(resolve(wrongWeekday, PUBLISHED, Tense.FUTURE), "2024-02-01", "2024-02-01", "DATE",
                "2024-02-01");
    }

    @Test
    void monthWithoutYearFollowsTheTense() {
        DateExpression march = date(0, 3, 0);
        assertDays(resolve(march, PUBLISHED, Tense.PAST), "2023-03-01", "2023-03-31", "DATE", "2023-03");
        assertDays(resolve(march, PUBLISHED, Tense.FUTURE), "2024-03-01", "2024-03-31", "DATE", "2024-03");
        assertDays(resolve(date(0, 2, 0), PUBLISHED, Tense.PAST), "2024-02-01", "2024-02-29", "DATE", "2024-02");
        assertUnresolved(resolve(march, null, Tense.PAST), "DATE", "XXXX-03");
    }

    @Test
    void monthAndYearAndYearAlone() {
        assertDays(resolve(date(2013, 3, 0), null, Tense.PAST), "2013-03-01", "2013-03-31", "DATE", "2013-03");
        assertDays(resolve(date(2013, 0, 0), null, Tense.PAST), "2013-01-01", "2013-12-31", "DATE", "2013");
    }

    @Test
    void partsOfAPeriodAreThirdsWithATimexMod() {
        Resolution lateNovember = resolve(new DateExpression.Calendar(DateParts.of(2023, 11, 0), Part.LATE),
                null, Tense.PAST);
        assertDays(lateNovember, "2023-11-21", "2023-11-30", "DATE", "2023-11");
        assertThat(lateNovember.timex().mod()).isEqualTo("END");
        Resolution early2024 = resolve(new DateExpression.Calendar(DateParts.of(2024, 0, 0), Part.EARLY),
                null, Tense.PAST);
        assertDays(early2024, "2024-01-01", "2024-04-30", "DATE", "2024");
        assertThat(early2024.timex().mod()).isEqualTo("START");
    }

    // ---- weekdays

    @Test
    void pastBiasTakesTheMostRecentSuchDay() {
        assertDays(resolve(new DateExpression.Weekday(DayOfWeek.WEDNESDAY, 0), PUBLISHED, Tense.PAST),
                "2024-01-31", "2024-01-31", "DATE", "2024-01-31");
    }

    @Test
    void futureBiasTakesTheNextSuchDay() {
        assertDays(resolve(new DateExpression.Weekday(DayOfWeek.WEDNESDAY, 0), PUBLISHED, Tense.FUTURE),
                "2024-02-07", "2024-02-07", "DATE", "2024-02-07");
    }

    @Test
    void theWeekdayOfThePublicationDayIsThatDayInBothTenses() {
        DateExpression thursday = new DateExpression.Weekday(DayOfWeek.THURSDAY, 0);
        assertDays(resolve(thursday, PUBLISHED, Tense.PAST), "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertDays(resolve(thursday, PUBLISHED, Tense.FUTURE), "2024-02-01", "2024-02-01", "DATE",
                "2024-02-01");
    }

    @Test
    void lastAndNextSkipThePublicationDay() {
        assertDays(resolve(new DateExpression.Weekday(DayOfWeek.THURSDAY, -1), PUBLISHED, Tense.PAST),
                "2024-01-25", "2024-01-25", "DATE", "2024-01-25");
        assertDays(resolve(new DateExpression.Weekday(DayOfWeek.THURSDAY, 1), PUBLISHED, Tense.PAST),
                "2024-02-08", "2024-02-08", "DATE", "2024-02-08");
    }

    @Test
    void withoutPublicationDateTheWeekIsUnknown() {
        Resolution resolution = resolve(new DateExpression.Weekday(DayOfWeek.WEDNESDAY, 0), null, Tense.PAST);
        assertUnresolved(resolution, "DATE", "XXXX-WXX-3");
        assertThat(resolution.relative()).isTrue();
    }

    @Test
    void weekdayCrossesTheYearBoundary() {
        assertDays(resolve(new DateExpression.Weekday(DayOfWeek.FRIDAY, 0), LocalDate.of(2024, 1, 2), Tense.PAST),
                "2023-12-29", "2023-12-29", "DATE", "2023-12-29");
    }

    // ---- relative to publication

    @Test
    void todayYesterdayTomorrow() {
        assertDays(resolve(new DateExpression.DayOffset(0), PUBLISHED, Tense.PAST), "2024-02-01", "2024-02-01",
                "DATE", "2024-02-01");
        assertDays(resolve(new DateExpression.DayOffset(-1), LocalDate.of(2024, 3, 1), Tense.PAST),
                "2024-02-29", "2024-02-29", "DATE", "2024-02-29");
        assertDays(resolve(new DateExpression.DayOffset(1), LocalDate.of(2023, 12, 31), Tense.PAST),
                "2024-01-01", "2024-01-01", "DATE", "2024-01-01");
        assertUnresolved(resolve(new DateExpression.DayOffset(0), null, Tense.PAST), "DATE", "XXXX-XX-XX");
    }

    @Test
    void weeks() {
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, -1, Part.WEEKEND), PUBLISHED,
                Tense.PAST), "2024-01-27", "2024-01-28", "DATE", "2024-W04-WE");
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, 0, Part.WHOLE), PUBLISHED,
                Tense.PAST), "2024-01-29", "2024-02-04", "DATE", "2024-W05");
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, -1, Part.WHOLE), PUBLISHED,
                Tense.PAST), "2024-01-22", "2024-01-28", "DATE", "2024-W04");
        Resolution earlyNextWeek = resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, 1, Part.EARLY),
                PUBLISHED, Tense.FUTURE);
        assertDays(earlyNextWeek, "2024-02-05", "2024-02-07", "DATE", "2024-W06");
        assertThat(earlyNextWeek.timex().mod()).isEqualTo("START");
    }

    @Test
    void isoWeekOfTheYearBoundaryBelongsToTheWeekBasedYear() {
        // Friday 1 January 2021 is in the 53rd ISO week of 2020.
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, 0, Part.WHOLE),
                LocalDate.of(2021, 1, 1), Tense.PAST), "2020-12-28", "2021-01-03", "DATE", "2020-W53");
    }

    @Test
    void monthsAndYears() {
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.MONTHS, -1, Part.WHOLE), PUBLISHED,
                Tense.PAST), "2024-01-01", "2024-01-31", "DATE", "2024-01");
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.YEARS, -1, Part.WHOLE), PUBLISHED,
                Tense.PAST), "2023-01-01", "2023-12-31", "DATE", "2023");
        assertDays(resolve(new DateExpression.RelativePeriod(ChronoUnit.MONTHS, 0, Part.EARLIER),
                LocalDate.of(2024, 2, 20), Tense.PAST), "2024-02-01", "2024-02-20", "DATE", "2024-02");
    }

    @Test
    void relativePeriodsWithoutPublicationDate() {
        assertUnresolved(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, -1, Part.WEEKEND), null,
                Tense.PAST), "DATE", "XXXX-WXX-WE");
        assertThat(resolve(new DateExpression.RelativePeriod(ChronoUnit.WEEKS, 1, Part.EARLY), null,
                Tense.FUTURE).timex()).isEqualTo(new Timex("DATE", "XXXX-WXX", "START"));
        assertUnresolved(resolve(new DateExpression.RelativePeriod(ChronoUnit.MONTHS, -1, Part.WHOLE), null,
                Tense.PAST), "DATE", "XXXX-XX");
    }

    @Test
    void agoIsADateAtTheUnitsGranularity() {
        assertDays(resolve(new DateExpression.Ago(2, ChronoUnit.DAYS), PUBLISHED, Tense.PAST), "2024-01-30",
                "2024-01-30", "DATE", "2024-01-30");
        assertDays(resolve(new DateExpression.Ago(3, ChronoUnit.WEEKS), PUBLISHED, Tense.PAST), "2024-01-08",
                "2024-01-14", "DATE", "2024-W02");
    }

    @Test
    void thePastTwoYearsIsADurationEndingAtPublication() {
        assertDays(resolve(new DateExpression.AnchoredDuration(2, ChronoUnit.YEARS, -1), PUBLISHED, Tense.PAST),
                "2022-02-01", "2024-02-01", "DURATION", "P2Y");
        assertDays(resolve(new DateExpression.AnchoredDuration(48, ChronoUnit.HOURS, -1), PUBLISHED,
                Tense.PAST), "2024-01-30", "2024-02-01", "DURATION", "PT48H");
        assertUnresolved(resolve(new DateExpression.AnchoredDuration(2, ChronoUnit.YEARS, -1), null,
                Tense.PAST), "DURATION", "P2Y");
    }

    // ---- seasons quarters decades

    @Test
    void lastSummer() {
        DateExpression lastSummer = new DateExpression.SeasonDate(DateExpression.Season.SUMMER, 0, -1);
        assertDays(resolve(lastSummer, PUBLISHED, Tense.PAST), "2023-06-01", "2023-08-31", "DATE", "2023-SU");
        // during a summer, "last summer" is the one before
        assertDays(resolve(lastSummer, LocalDate.of(2023, 7, 15), Tense.PAST), "2022-06-01", "2022-08-31",
                "DATE", "2022-SU");
        assertUnresolved(resolve(lastSummer, null, Tense.PAST), "DATE", "XXXX-SU");
    }

    @Test
    void thisWinterStraddlesNewYear() {
        assertDays(resolve(new DateExpression.SeasonDate(DateExpression.Season.WINTER, 0, 0), PUBLISHED,
                Tense.PAST), "2023-12-01", "2024-02-29", "DATE", "2023-WI");
    }

    @Test
    void nextSpringAndAStatedYear() {
        assertDays(resolve(new DateExpression.SeasonDate(DateExpression.Season.SPRING, 0, 1), PUBLISHED,
                Tense.FUTURE), "2024-03-01", "2024-05-31", "DATE", "2024-SP");
        assertDays(resolve(new DateExpression.SeasonDate(DateExpression.Season.FALL, 2013, 0), null,
                Tense.PAST), "2013-09-01", "2013-11-30", "DATE", "2013-FA");
    }

    @Test
    void quarters() {
        DateExpression third = new DateExpression.QuarterDate(3, 0, 0);
        assertDays(resolve(third, PUBLISHED, Tense.PAST), "2023-07-01", "2023-09-30", "DATE", "2023-Q3");
        assertDays(resolve(third, PUBLISHED, Tense.FUTURE), "2024-07-01", "2024-09-30", "DATE", "2024-Q3");
        assertDays(resolve(new DateExpression.QuarterDate(0, 0, -1), PUBLISHED, Tense.PAST), "2023-10-01",
                "2023-12-31", "DATE", "2023-Q4");
        assertDays(resolve(new DateExpression.QuarterDate(3, 2013, 0), null, Tense.PAST), "2013-07-01",
                "2013-09-30", "DATE", "2013-Q3");
        assertUnresolved(resolve(third, null, Tense.PAST), "DATE", "XXXX-Q3");
    }

    @Test
    void decadesAndCenturies() {
        assertDays(resolve(new DateExpression.Decade(1990, Part.WHOLE), null, Tense.PAST), "1990-01-01",
                "1999-12-31", "DATE", "199");
        Resolution early = resolve(new DateExpression.Decade(1990, Part.EARLY), null, Tense.PAST);
        assertDays(early, "1990-01-01", "1993-12-31", "DATE", "199");
        assertThat(early.timex().mod()).isEqualTo("START");
        assertDays(resolve(new DateExpression.Century(20), null, Tense.PAST), "1900-01-01", "1999-12-31", "DATE",
                "19");
    }

    // ---- times sets ranges

    @Test
    void partOfADay() {
        DateExpression tuesdayNight = new DateExpression.TimeOfDay(
                new DateExpression.Weekday(DayOfWeek.TUESDAY, 0), "NI", -1, -1);
        assertDays(resolve(tuesdayNight, PUBLISHED, Tense.PAST), "2024-01-30", "2024-01-30", "TIME",
                "2024-01-30TNI");
        assertUnresolved(resolve(tuesdayNight, null, Tense.PAST), "TIME", "XXXX-WXX-2TNI");
    }

    @Test
    void clockTime() {
        DateExpression halfPastEight = DatePatterns.bareClock(8, 30);
        assertDays(resolve(halfPastEight, PUBLISHED, Tense.PAST), "2024-02-01", "2024-02-01", "TIME",
                "2024-02-01T08:30");
        assertUnresolved(resolve(halfPastEight, null, Tense.PAST), "TIME", "XXXX-XX-XXT08:30");
        assertThat(DateResolver.resolve(DatePatterns.bareClock(24, 0), PUBLISHED, Tense.PAST)).isEmpty();
    }

    @Test
    void sets() {
        assertUnresolved(resolve(new DateExpression.Recurrence(DayOfWeek.FRIDAY, 0, null), PUBLISHED,
                Tense.PAST), "SET", "XXXX-WXX-5");
        assertUnresolved(resolve(new DateExpression.Recurrence(null, 1, ChronoUnit.YEARS), PUBLISHED,
                Tense.PAST), "SET", "P1Y");
    }

    @Test
    void rangeInOneYear() {
        DateExpression truce = new DateExpression.Range(DateParts.of(0, 11, 24), DateParts.of(0, 12, 1));
        Resolution resolution = resolve(truce, PUBLISHED, Tense.PAST);
        assertDays(resolution, "2023-11-24", "2023-12-01", "DATE", "2023-11-24");
        assertThat(resolution.relative()).isTrue();
        assertUnresolved(resolve(truce, null, Tense.PAST), "DATE", "XXXX-11-24");
    }

    @Test
    void rangeAcrossNewYear() {
        assertDays(resolve(new DateExpression.Range(DateParts.of(0, 12, 28), DateParts.of(0, 1, 3)), PUBLISHED,
                Tense.PAST), "2023-12-28", "2024-01-03", "DATE", "2023-12-28");
        // a year stated only at the end belongs to the end
        assertDays(resolve(new DateExpression.Range(DateParts.of(0, 12, 28), DateParts.of(2024, 1, 3)), null,
                Tense.PAST), "2023-12-28", "2024-01-03", "DATE", "2023-12-28");
    }

    @Test
    void backwardsOrImpossibleRangesAreNoDates() {
        assertThat(DateResolver.resolve(new DateExpression.Range(DateParts.of(2024, 3, 5),
                DateParts.of(2023, 3, 1)), null, Tense.PAST)).isEmpty();
        assertThat(DateResolver.resolve(new DateExpression.Range(DateParts.of(2023, 2, 20),
                DateParts.of(2023, 2, 29)), null, Tense.PAST)).isEmpty();
    }
}

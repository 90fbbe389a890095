package io.factunit.mention.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.AnalyzedArticle;
import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {
    /** A Thursday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 1);

    private static List<DateMention> find(String text, LocalDate published) {
        AnalyzedArticle article = TestArticles.analyzed(text, published);
        List<DateMention> mentions = new DateFinder(TestLanguage.ENGLISH).find(article);
        for (DateMention mention : mentions) {
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
        }
        return mentions;
    }

    private static DateMention only(String text, LocalDate published) {
        List<DateMention> mentions = find(text, published);
        assertThat(mentions).hasSize(1);
        return mentions.get(0);
    }

    private static List<String> texts(List<DateMention> mentions) {
        return mentions.stream().map(DateMention::text).toList();
    }

    private static void assertDate(DateMention mention, String text, String first, String last, String type,
                                   String value) {
        assertThat(mention.text()).isEqualTo(text);
        assertThat(mention.first()).isEqualTo(first == null ? null : LocalDate.parse(first));
        assertThat(mention.last()).isEqualTo(last == null ? null : LocalDate.parse(last));
        assertThat(mention.timex().type()).isEqualTo(type);
        assertThat(mention.timex().value()).isEqualTo(value);
    }

    // ---- absolute and partial dates

    @Test
    void absoluteDates() {
        List<DateMention> mentions = find("The deal of February 1, 2024 replaced one signed on 1 February 2023, "
                + "a draft from 2013-03-22 and a memo dated 03/22/2013.", null);
        assertThat(texts(mentions)).containsExactly("February 1, 2024", "1 February 2023", "2013-03-22",
                "03/22/2013");
        assertDate(mentions.get(0), "February 1, 2024", "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertThat(mentions.get(0).relative()).isFalse();
        assertThat(mentions.get(0).year()).isEqualTo(2024);
        assertDate(mentions.get(1), "1 February 2023", "2023-02-01", "2023-02-01", "DATE", "2023-02-01");
        assertDate(mentions.get(2), "2013-03-22", "2013-03-22", "2013-03-22", "DATE", "2013-03-22");
        assertDate(mentions.get(3), "03/22/2013", "2013-03-22", "2013-03-22", "DATE", "2013-03-22");
    }

    @Test
    void ambiguousSlashedDatesAreSkipped() {
        assertThat(find("The memo was dated 03/04/2013 by its author.", PUBLISHED)).isEmpty();
    }

    @Test
    void abbreviatedMonthsTakeTheNearestPastYear() {
        List<DateMention> mentions = find("Fighting resumed on Nov. 24 and again on Sept. 3.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("Nov. 24", "Sept. 3");
        assertDate(mentions.get(0), "Nov. 24", "2023-11-24", "2023-11-24", "DATE", "2023-11-24");
        assertDate(mentions.get(1), "Sept. 3", "2023-09-03", "2023-09-03", "DATE", "2023-09-03");
        assertThat(mentions.get(1).relative()).isTrue();
    }

    @Test
    void partialDateWithoutPublicationDate() {
        DateMention october = only("Hamas attacked Israel on October 7, killing 1,200 people.", null);
        assertDate(october, "October 7", null, null, "DATE", "XXXX-10-07");
        assertThat(october.month()).isEqualTo(10);
        assertThat(october.day()).isEqualTo(7);
        assertThat(october.year()).isZero();
        assertThat(october.relative()).isTrue();
    }

    @Test
    void partialDateAcrossTheYearBoundary() {
        assertDate(only("The strike happened on December 28.", LocalDate.of(2024, 1, 3)), "December 28",
                "2023-12-28", "2023-12-28", "DATE", "2023-12-28");
    }

    @Test
    void partialDateInAFutureClause() {
        DateMention mention = only("The summit is scheduled to open on March 3.", PUBLISHED);
        assertDate(mention, "March 3", "2024-03-03", "2024-03-03", "DATE", "2024-03-03");
        assertThat(mention.future()).isTrue();
    }

    @Test
    void leapDays() {
        assertThat(texts(find("He died on February 29, 2023, a day that never was.", PUBLISHED))).isEmpty();
        assertDate(only("He died on February 29, 2024.", null), "February 29, 2024", "2024-02-29", "2024-02-29",
                "DATE", "2024-02-29");
    }

    // ---- weekdays

    @Test
    void statedWeekdayIsKeptEvenWhenItDisagrees() {
        DateMention right = only("Haniyeh is anticipated to arrive on Thursday 1 February.", PUBLISHED);
        assertDate(right, "Thursday 1 February", "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertThat(right.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(right.future()).isTrue();
        DateMention wrong = only("Haniyeh arrived in Cairo on Friday, February 1.", PUBLISHED);
        assertDate(wrong, "Friday, February 1", "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertThat(wrong.weekday()).isEqualTo(DayOfWeek.FRIDAY);
    }

    @Test
    void weekdayIsTheMostRecentOneInThePast() {
        DateMention wednesday = only("The Hamas leader arrived in the Egyptian capital on Wednesday.", PUBLISHED);
        assertDate(wednesday, "Wednesday", "2024-01-31", "2024-01-31", "DATE", "2024-01-31");
        assertThat(wednesday.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
        assertThat(wednesday.relative()).isTrue();
        assertThat(wednesday.future()).isFalse();
    }

    @Test
    void weekdayOfThePublicationDayIsThatDay() {
        assertDate(only("Talks opened in Cairo on Thursday.", PUBLISHED), "Thursday", "2024-02-01", "2024-02-01",
                "DATE", "2024-02-01");
        assertDate(only("Talks will open in Cairo on Thursday.", PUBLISHED), "Thursday", "2024-02-01",
                "2024-02-01", "DATE", "2024-02-01");
    }

    @Test
    void tenseIsTakenFromTheClauseThatHoldsTheDate() {
        List<DateMention> mentions = find("Netanyahu said on Tuesday that talks will resume on Monday. "
                + "On Friday, the delegation will travel to Doha. It arrived on Wednesday and will leave on Saturday.",
                PUBLISHED);
        assertThat(texts(mentions)).containsExactly("Tuesday", "Monday", "Friday", "Wednesday", "Saturday");
        assertThat(mentions).extracting(DateMention::first).containsExactly(LocalDate.of(2024, 1, 30),
                LocalDate.of(2024, 2, 5), LocalDate.of(2024, 2, 2), LocalDate.of(2024, 1, 31),
                LocalDate.of(2024, 2, 3));
        assertThat(mentions).extracting(DateMention::future).containsExactly(false, true, true, false, true);
    }

    @Test
    void weekdayWithoutPublicationDate() {
        DateMention wednesday = only("Ismail Haniyeh arrived in the Egyptian capital on Wednesday.", null);
        assertDate(wednesday, "Wednesday", null, null, "DATE", "XXXX-WXX-3");
        assertThat(wednesday.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
    }

    // ---- relative to the publication date

    @Test
    void todayYesterdayTomorrow() {
        List<DateMention> mentions = find("Haniyeh arrived today, after a call yesterday; talks go on tomorrow.",
                PUBLISHED);
        assertThat(texts(mentions)).containsExactly("today", "yesterday", "tomorrow");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("2024-02-01", "2024-01-31",
                "2024-02-02");
        assertDate(only("Haniyeh arrived in Cairo today.", null), "today", null, null, "DATE", "XXXX-XX-XX");
    }

    @Test
    void partsOfADay() {
        List<DateMention> mentions = find("He spoke to Iran's foreign minister on Tuesday night, and again last "
                + "night and this morning; the raid came on Friday night.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("Tuesday night", "last night", "this morning", "Friday night");
        assertDate(mentions.get(0), "Tuesday night", "2024-01-30", "2024-01-30", "TIME", "2024-01-30TNI");
        assertThat(mentions.get(0).weekday()).isEqualTo(DayOfWeek.TUESDAY);
        assertDate(mentions.get(1), "last night", "2024-01-31", "2024-01-31", "TIME", "2024-01-31TNI");
        assertDate(mentions.get(2), "this morning", "2024-02-01", "2024-02-01", "TIME", "2024-02-01TMO");
        assertDate(mentions.get(3), "Friday night", "2024-01-26", "2024-01-26", "TIME", "2024-01-26TNI");
        assertDate(only("He spoke to him on Tuesday night.", null), "Tuesday night", null, null, "TIME",
                "XXXX-WXX-2TNI");
    }

    @Test
    void weeks() {
        List<DateMention> mentions = find("The plan was drafted in Paris last weekend. Aid rose last week and this "
                + "week. Jihad's leader is expected to travel to Cairo early next week, and the talks continue next "
                + "week.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("last weekend", "last week", "this week", "early next week",
                "next week");
        assertDate(mentions.get(0), "last weekend", "2024-01-27", "2024-01-28", "DATE", "2024-W04-WE");
        assertDate(mentions.get(1), "last week", "2024-01-22", "2024-01-28", "DATE", "2024-W04");
        assertDate(mentions.get(2), "this week", "2024-01-29", "2024-02-04", "DATE", "2024-W05");
        assertDate(mentions.get(3), "early next week", "2024-02-05", "2024-02-07", "DATE", "2024-W06");
        assertThat(mentions.get(3).timex().mod()).isEqualTo("START");
        assertThat(mentions.get(3).future()).isTrue();
        assertDate(mentions.get(4), "next week", "2024-02-05", "2024-02-11", "DATE", "2024-W06");
    }

    @Test
    void monthsAndYears() {
        List<DateMention> mentions = find("Prices rose last month, fell last year and steadied earlier this month.",
                LocalDate.of(2024, 2, 20));
        assertThat(texts(mentions)).containsExactly("last month", "last year", "earlier this month");
        assertDate(mentions.get(0), "last month", "2024-01-01", "2024-01-31", "DATE", "2024-01");
        assertDate(mentions.get(1), "last year", "2023-01-01", "2023-12-31", "DATE", "2023");
        assertDate(mentions.get(2), "earlier this month", "2024-02-01", "2024-02-20", "DATE", "2024-02");
    }

    @Test
    void monthsNamedFromThePublicationDate() {
        List<DateMention> mentions = find("Talks collapsed last March, stalled this February and will resume next "
                + "May; last February was warmer.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("last March", "this February", "next May", "last February");
        assertDate(mentions.get(0), "last March", "2023-03-01", "2023-03-31", "DATE", "2023-03");
        assertThat(mentions.get(0).month()).isEqualTo(3);
        assertDate(mentions.get(1), "this February", "2024-02-01", "2024-02-29", "DATE", "2024-02");
        assertDate(mentions.get(2), "next May", "2024-05-01", "2024-05-31", "DATE", "2024-05");
        // the publication month itself: "last February" is a year back
        assertDate(mentions.get(3), "last February", "2023-02-01", "2023-02-28", "DATE", "2023-02");
        assertDate(only("Talks collapsed last March.", null), "last March", null, null, "DATE", "XXXX-03");
        assertThat(find("The Last March of the veterans began.", PUBLISHED)).isEmpty();
    }

    @Test
    void nowIsThePresentReference() {
        List<DateMention> mentions = find("Hamas now holds 136 hostages and currently demands a ceasefire; at "
                + "present no deal exists.", PUBLISHED);
        // TimeML extents: "present" without "at"
        assertThat(texts(mentions)).containsExactly("now", "currently", "present");
        for (DateMention mention : mentions) {
            assertDate(mention, mention.text(), "2024-02-01", "2024-02-01", "DATE", "PRESENT_REF");
        }
        assertDate(only("Now, the talks resume.", null), "Now", null, null, "DATE", "PRESENT_REF");
    }

    @Test
    void nowInsideOtherWordsIsNoPresentReference() {
        assertThat(find("The now-defunct council, known for its present members, meets three days from now.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void scheduledForAndDueOnSpeakOfTheFuture() {
        List<DateMention> mentions = find("The vote is scheduled for Sunday, and results are due on Monday.",
                PUBLISHED);
        assertThat(texts(mentions)).containsExactly("Sunday", "Monday");
        assertDate(mentions.get(0), "Sunday", "2024-02-04", "2024-02-04", "DATE", "2024-02-04");
        assertDate(mentions.get(1), "Monday", "2024-02-05", "2024-02-05", "DATE", "2024-02-05");
    }

    @Test
    void thePastTwoYearsIsADuration() {
        assertDate(only("Gaza has been under siege for the past two years.", PUBLISHED), "the past two years",
                "2022-02-01", "2024-02-01", "DURATION", "P2Y");
    }

    // ---- ranges

    @Test
    void rangesAreOneMention() {
        List<DateMention> mentions = find("A truce ran from November 24 to December 1. Another was discussed for "
                + "between 24 and 30 November, and a third for December 28 to January 3.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("November 24 to December 1", "24 and 30 November",
                "December 28 to January 3");
        DateMention truce = mentions.get(0);
        assertDate(truce, "November 24 to December 1", "2023-11-24", "2023-12-01", "DATE", "2023-11-24");
        assertThat(truce.month()).isEqualTo(11);
        assertThat(truce.day()).isEqualTo(24);
        assertThat(truce.rangeEnd()).isEqualTo(DateParts.of(0, 12, 1));
        assertThat(truce.isRange()).isTrue();
        assertDate(mentions.get(1), "24 and 30 November", "2023-11-24", "2023-11-30", "DATE", "2023-11-24");
        assertThat(mentions.get(1).rangeEnd()).isEqualTo(DateParts.of(0, 11, 30));
        assertDate(mentions.get(2), "December 28 to January 3", "2023-12-28", "2024-01-03", "DATE", "2023-12-28");
    }

    @Test
    void rangeWithoutPublicationDateKeepsBothEnds() {
        DateMention truce = only("A truce ran from November 24 to December 1.", null);
        assertDate(truce, "November 24 to December 1", null, null, "DATE", "XXXX-11-24");
        assertThat(truce.month()).isEqualTo(11);
        assertThat(truce.day()).isEqualTo(24);
        assertThat(truce.rangeEnd()).isEqualTo(DateParts.of(0, 12, 1));
        assertThat(truce.isRange()).isTrue();
    }

    @Test
    void andWithoutBetweenIsNoRange() {
        assertThat(texts(find("Strikes hit on November 24 and December 1.", PUBLISHED)))
                .containsExactly("November 24", "December 1");
    }

    // ---- months, seasons, quarters, decades, centuries

    @Test
    void monthsWithAndWithoutYear() {
        List<DateMention> mentions = find("The ceasefire observed in November echoed one in March 2013 and the "
                + "talks of mid-December.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("November", "March 2013", "mid-December");
        assertDate(mentions.get(0), "November", "2023-11-01", "2023-11-30", "DATE", "2023-11");
        assertDate(mentions.get(1), "March 2013", "2013-03-01", "2013-03-31", "DATE", "2013-03");
        assertDate(mentions.get(2), "mid-December", "2023-12-12", "2023-12-20", "DATE", "2023-12");
        assertThat(mentions.get(2).timex().mod()).isEqualTo("MID");
        assertDate(only("A ceasefire was observed in November.", null), "November", null, null, "DATE", "XXXX-11");
    }

    @Test
    void capitalisedMonthNamesOnly() {
        assertThat(find("The Mayor said prices may march upward in the spring.", PUBLISHED)).isEmpty();
    }

    @Test
    void seasonsQuartersDecadesCenturies() {
        List<DateMention> mentions = find("Growth slowed last summer and in the third quarter, as in the 1990s and "
                + "much of the 20th century.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("last summer", "the third quarter", "the 1990s",
                "the 20th century");
        assertDate(mentions.get(0), "last summer", "2023-06-01", "2023-08-31", "DATE", "2023-SU");
        assertDate(mentions.get(1), "the third quarter", "2023-07-01", "2023-09-30", "DATE", "2023-Q3");
        assertDate(mentions.get(2), "the 1990s", "1990-01-01", "1999-12-31", "DATE", "199");
        assertDate(mentions.get(3), "the 20th century", "1900-01-01", "1999-12-31", "DATE", "19");
    }

    @Test
    void seasonWordsAloneAreNoDates() {
        assertThat(find("After the fall of the city, winter came.", PUBLISHED)).isEmpty();
    }

    // ---- times and sets

    @Test
    void clockTimes() {
        List<DateMention> mentions = find("The convoy left at 8:30 a.m. and returned at 9 p.m. on Tuesday.",
                PUBLISHED);
        assertThat(texts(mentions)).containsExactly("8:30 a.m.", "9 p.m.", "Tuesday");
        assertDate(mentions.get(0), "8:30 a.m.", "2024-02-01", "2024-02-01", "TIME", "2024-02-01T08:30");
        assertDate(mentions.get(1), "9 p.m.", "2024-01-30", "2024-01-30", "TIME", "2024-01-30T21:00");
        assertDate(mentions.get(2), "Tuesday", "2024-01-30", "2024-01-30", "DATE", "2024-01-30");
    }

    @Test
    void clockTimeSplitOffByTheSentenceModelKeepsItsTense() {
        // the sentence model ends a sentence after "a.m."; the future clause still governs "Thursday"
        List<DateMention> mentions = find("Haniyeh will arrive at 8:30 a.m. on Thursday.", LocalDate.of(2024, 1, 30));
        assertThat(texts(mentions)).containsExactly("8:30 a.m.", "Thursday");
        assertDate(mentions.get(0), "8:30 a.m.", "2024-02-01", "2024-02-01", "TIME", "2024-02-01T08:30");
        assertDate(mentions.get(1), "Thursday", "2024-02-01", "2024-02-01", "DATE", "2024-02-01");
        assertThat(mentions.get(1).future()).isTrue();
    }

    @Test
    void sets() {
        List<DateMention> mentions = find("Envoys meet every Friday and report annually.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("every Friday", "annually");
        assertDate(mentions.get(0), "every Friday", null, null, "SET", "XXXX-WXX-5");
        assertThat(mentions.get(0).weekday()).isEqualTo(DayOfWeek.FRIDAY);
        assertDate(mentions.get(1), "annually", null, null, "SET", "P1Y");
    }

    // ---- what is not a date

    @Test
    void countsAndAgesAreNoDates() {
        assertThat(find("Israel released 240 Palestinian prisoners, and a 51-year-old man said 30-40 captives "
                + "remain of 7,729.", PUBLISHED)).isEmpty();
    }

    @Test
    void sentencesWithoutAnchorsYieldNothing() {
        assertThat(find("The talks in Cairo are expected to play a key role.", PUBLISHED)).isEmpty();
    }

    // ---- TimeML forms HeidelTime normalises: vague references and lengths, fiscal years, adjective quarters

    @Test
    void vagueReferencesAreValuedPastRefOrFutureRefWithoutDays() {
        List<DateMention> mentions = find("Prices fell in recent years and recently rose, but the future is "
                + "unclear, as it was in the past. Years ago the plant closed.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("recent years", "recently", "the future", "the past",
                "Years ago");
        assertDate(mentions.get(0), "recent years", null, null, "DATE", "PAST_REF");
        assertDate(mentions.get(1), "recently", null, null, "DATE", "PAST_REF");
        assertDate(mentions.get(2), "the future", null, null, "DATE", "FUTURE_REF");
        assertDate(mentions.get(3), "the past", null, null, "DATE", "PAST_REF");
        assertDate(mentions.get(4), "Years ago", null, null, "DATE", "PAST_REF");
    }

    @Test
    void lengthsWithoutANumberAreVagueDurations() {
        List<DateMention> mentions = find("Talks went on for months, then several years, and the past few weeks "
                + "brought the first deal in decades; a few hours later it failed.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("months", "several years", "the past few weeks", "decades",
                "a few hours");
        assertThat(mentions).extracting(m -> m.timex().type() + " " + m.timex().value()).containsExactly(
                "DURATION PXM", "DURATION PXY", "DURATION PXW", "DURATION PXDE", "DURATION PTXH");
        assertThat(mentions.get(0).first()).isNull();
    }

    @Test
    void theStandardFormsWithANumberStayAsTheyWere() {
        List<DateMention> mentions = find("The past two years, two years ago and the past year were hard; "
                + "the man, 30 years old, said so for the first time.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("The past two years", "two years ago", "the past year");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("P2Y", "2022", "P1Y");
    }

    @Test
    void fiscalYearsAndAdjectiveQuarters() {
        List<DateMention> mentions = find("Third-quarter profit rose, and fiscal 2023 sales beat those of fiscal "
                + "year 2022 and of the year 2000; 2000 workers stayed.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("Third-quarter", "fiscal 2023", "fiscal year 2022",
                "the year 2000");
        assertThat(mentions).extracting(m -> m.timex().value()).containsExactly("2023-Q3", "2023", "2022", "2000");
        assertDate(mentions.get(1), "fiscal 2023", "2023-01-01", "2023-12-31", "DATE", "2023");
    }

    @Test
    void halvesOfAYear() {
        List<DateMention> mentions = find("Sales rose in the first half of 2023 and the second half of last year, "
                + "but the first half of the year was weak; the second half of the game was not.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("the first half of 2023", "the second half of last year",
                "the first half of the year");
        assertDate(mentions.get(0), "the first half of 2023", "2023-01-01", "2023-06-30", "DATE", "2023-H1");
        assertDate(mentions.get(1), "the second half of last year", "2023-07-01", "2023-12-31", "DATE", "2023-H2");
        assertDate(mentions.get(2), "the first half of the year", "2024-01-01", "2024-06-30", "DATE", "2024-H1");
    }

    @Test
    void aYearModifyingANounIsADateOfThatNounBoundToNoEvent() {
        List<DateMention> mentions = find("The 1996 election was close, Israel's 2006 war was not, and its 2008 "
                + "season ended; the 2,000 workers and 1997 were not read.", PUBLISHED);
        assertThat(texts(mentions)).containsExactly("1996", "2006", "2008");
        assertDate(mentions.get(0), "1996", "1996-01-01", "1996-12-31", "DATE", "1996");
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.attributive()).isTrue();
            assertThat(m.event()).isNull();
        });
    }
}

package io.factunit.mention.duration;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.mention.TestArticles;
import io.factunit.mention.Timex;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class DurationFinderTest {

    private static List<DurationMention> find(String text) {
        List<DurationMention> mentions = new DurationFinder(TestLanguage.ENGLISH).find(TestArticles.analyzed(text, null));
        for (DurationMention mention : mentions) {
            assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
        }
        return mentions;
    }

    private static List<String> texts(List<DurationMention> mentions) {
        return mentions.stream().map(DurationMention::text).toList();
    }

    private static void assertDuration(DurationMention mention, String text, Period period, String head,
                                       String value) {
        assertThat(mention.text()).isEqualTo(text);
        assertThat(mention.period()).isEqualTo(period);
        assertThat(mention.head()).isEqualTo(head);
        assertThat(mention.timex()).isEqualTo(new Timex("DURATION", value));
    }

    @Test
    void hyphenatedLengthsTakeTheNounTheyDescribe() {
        List<DurationMention> mentions = find("The previous one-week truce ended; the plan involves an initial "
                + "six-week halt to the fighting and then a 48-hour ceasefire.");
        assertThat(texts(mentions)).containsExactly("one-week truce", "six-week halt", "48-hour ceasefire");
        assertDuration(mentions.get(0), "one-week truce", Period.ofWeeks(1), "truce", "P1W");
        assertDuration(mentions.get(1), "six-week halt", Period.ofWeeks(6), "halt", "P6W");
        // Period holds no hours: 48 hours are 2 days there, exact in the TIMEX value
        assertDuration(mentions.get(2), "48-hour ceasefire", Period.ofDays(2), "ceasefire", "PT48H");
    }

    @Test
    void countedUnits() {
        List<DurationMention> mentions = find("After 10 weeks of devastating Israeli attacks, a truce of three days "
                + "was agreed; a month later it had lasted two years in all, or two decades by another count.");
        assertThat(texts(mentions)).containsExactly("10 weeks", "three days", "a month", "two years",
                "two decades");
        assertDuration(mentions.get(0), "10 weeks", Period.ofWeeks(10), "attack", "P10W");
        assertDuration(mentions.get(1), "three days", Period.ofDays(3), null, "P3D");
        assertDuration(mentions.get(2), "a month", Period.ofMonths(1), null, "P1M");
        assertDuration(mentions.get(3), "two years", Period.ofYears(2), null, "P2Y");
        assertDuration(mentions.get(4), "two decades", Period.ofYears(20), null, "P2DE");
    }

    @Test
    void roundsHoursUpToWholeDays() {
        List<DurationMention> mentions = find("The pause lasted twenty-four hours, then 30 hours more.");
        assertThat(texts(mentions)).containsExactly("twenty-four hours", "30 hours");
        assertDuration(mentions.get(0), "twenty-four hours", Period.ofDays(1), null, "PT24H");
        assertDuration(mentions.get(1), "30 hours", Period.ofDays(2), null, "PT30H");
    }

    @Test
    void weekLongAndFortnight() {
        List<DurationMention> mentions = find("A week-long truce followed a fortnight of bombing.");
        assertThat(texts(mentions)).containsExactly("week-long truce", "a fortnight");
        assertDuration(mentions.get(0), "week-long truce", Period.ofWeeks(1), "truce", "P1W");
        assertDuration(mentions.get(1), "a fortnight", Period.ofWeeks(2), "bombing", "P2W");
    }

    @Test
    void agesStagesAndDatesAreNoDurations() {
        assertThat(find("The proposed three-stage plan was put to a 51-year-old negotiator, who is 51 years old, "
                + "two years ago.")).isEmpty();
    }

    @Test
    void ratesSetsRangesAndSpansFromNowAreLeftOut() {
        assertThat(find("Aid arrives twice a day and every two weeks; 30-40 days passed; in the past two years, "
                + "a week and a half went by.")).isEmpty();
    }

    @Test
    void vagueLengthsAreLeftOut() {
        assertThat(find("Decades of conflict and months of combat, several weeks and a few days.")).isEmpty();
    }
}

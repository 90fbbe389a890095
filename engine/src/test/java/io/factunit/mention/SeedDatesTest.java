package io.factunit.mention;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import io.factunit.mention.date.DateFinder;
import io.factunit.mention.date.DateMention;
import io.factunit.mention.date.DateParts;
import io.factunit.mention.duration.DurationFinder;
import io.factunit.mention.duration.DurationMention;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The temporal mentions of the five seed articles; only 004 has a known publication date (its dateline). */
class SeedDatesTest {
    private static Map<String, Article> articles;

    @BeforeAll
    static void load() {
        Story story = new StoryLoader().load(Path.of("../seeds"));
        articles = story.articles().stream().collect(Collectors.toMap(a -> a.id().substring(0, 3),
                Function.identity()));
        // the minimal loader does not read story.yaml yet; its entry for 004 says published: 2024-02-01
        articles.put("004", TestArticles.published(articles.get("004"), LocalDate.of(2024, 2, 1)));
    }

    private static List<DateMention> dates(String article) {
        return new DateFinder(TestLanguage.ENGLISH).find(TextAnalyzer.shared().analyze(articles.get(article), TestLanguage.ANCHORS));
    }

    private static List<DurationMention> durations(String article) {
        return new DurationFinder(TestLanguage.ENGLISH).find(TextAnalyzer.shared().analyze(articles.get(article), TestLanguage.ANCHORS));
    }

    private static DateMention date(String article, String text) {
        List<DateMention> found = dates(article).stream().filter(m -> m.text().equals(text)).toList();
        assertThat(found).as("%s in %s", text, article).isNotEmpty();
        return found.get(0);
    }

    private static DurationMention duration(String article, String text) {
        List<DurationMention> found = durations(article).stream().filter(m -> m.text().equals(text)).toList();
        assertThat(found).as("%s in %s", text, article).hasSize(1);
        return found.get(0);
    }

    @Test
    void thursdayFirstFebruaryIn004() {
        DateMention mention = date("004", "Thursday 1 February");
        assertThat(mention.first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(mention.last()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(mention.weekday()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(mention.timex()).isEqualTo(new Timex("DATE", "2024-02-01"));
        assertThat(mention.future()).isTrue(); // "is anticipated to arrive"
        assertThat(articles.get("004").text().substring(mention.start(), mention.end()))
                .isEqualTo("Thursday 1 February");
    }

    @Test
    void lastWeekendIn004() {
        DateMention mention = date("004", "last weekend");
        assertThat(mention.first()).isEqualTo(LocalDate.of(2024, 1, 27));
        assertThat(mention.last()).isEqualTo(LocalDate.of(2024, 1, 28));
        assertThat(mention.timex()).isEqualTo(new Timex("DATE", "2024-W04-WE"));
        assertThat(mention.future()).isFalse(); // "which was formulated", not "is scheduled to discuss"
    }

    @Test
    void datelineIn004() {
        assertThat(dates("004")).extracting(DateMention::text)
                .containsExactly("February 1, 2024", "Thursday 1 February", "last weekend");
    }

    @Test
    void truceRangeIn000And001IsOneUnresolvedMention() {
        for (String article : List.of("000", "001")) {
            DateMention truce = date(article, "November 24 to December 1");
            assertThat(truce.first()).isNull();
            assertThat(truce.last()).isNull();
            assertThat(truce.month()).isEqualTo(11);
            assertThat(truce.day()).isEqualTo(24);
            assertThat(truce.rangeEnd()).isEqualTo(DateParts.of(0, 12, 1));
            assertThat(truce.timex()).isEqualTo(new Timex("DATE", "XXXX-11-24"));
            assertThat(dates(article)).noneMatch(m -> m.text().equals("November 24") || m.text().equals("December 1"));
        }
    }

    @Test
    void octoberSeventhIn001() {
        List<DateMention> octobers = dates("001").stream().filter(m -> m.text().equals("October 7")).toList();
        assertThat(octobers).hasSize(2);
        assertThat(octobers).allSatisfy(m -> {
            assertThat(m.month()).isEqualTo(10);
            assertThat(m.day()).isEqualTo(7);
            assertThat(m.first()).isNull();
            assertThat(m.timex()).isEqualTo(new Timex("DATE", "XXXX-10-07"));
        });
    }

    @Test
    void onWednesdayIn000And001StaysUnresolvedWithItsWeekday() {
        for (String article : List.of("000", "001")) {
            DateMention wednesday = date(article, "Wednesday");
            assertThat(wednesday.first()).isNull();
            assertThat(wednesday.weekday()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(wednesday.relative()).isTrue();
            assertThat(wednesday.timex()).isEqualTo(new Timex("DATE", "XXXX-WXX-3"));
            assertThat(articles.get(article).text().substring(wednesday.start() - 3, wednesday.end()))
                    .isEqualTo("on Wednesday");
        }
    }

    @Test
    void allDatesOf001() {
        assertThat(dates("001")).extracting(DateMention::text).containsExactly("Wednesday",
                "November 24 to December 1", "October 7", "October 7", "recently", "Tuesday", "Monday", "now",
                "Tuesday night");
        assertThat(date("001", "recently").timex()).isEqualTo(new Timex("DATE", "PAST_REF"));
        assertThat(date("001", "Tuesday night").timex()).isEqualTo(new Timex("TIME", "XXXX-WXX-2TNI"));
        // "Qatari negotiators ... are now “in touch with both Hamas and the Israelis”"
        assertThat(date("001", "now").timex()).isEqualTo(new Timex("DATE", "PRESENT_REF"));
    }

    @Test
    void earlyNextWeekIn002IsFutureAndUnresolved() {
        DateMention mention = date("002", "early next week");
        assertThat(mention.future()).isTrue();
        assertThat(mention.first()).isNull();
        assertThat(mention.timex()).isEqualTo(new Timex("DATE", "XXXX-WXX", "START"));
        assertThat(date("002", "today").timex()).isEqualTo(new Timex("DATE", "XXXX-XX-XX"));
    }

    @Test
    void novemberIn003() {
        assertThat(dates("003")).extracting(DateMention::text).containsExactly("November", "October 7");
        assertThat(date("003", "November").timex()).isEqualTo(new Timex("DATE", "XXXX-11"));
    }

    @Test
    void durationsOfTheSeeds() {
        DurationMention truce = duration("002", "one-week truce");
        assertThat(truce.period()).isEqualTo(Period.ofWeeks(1));
        assertThat(truce.head()).isEqualTo("truce");
        assertThat(truce.timex()).isEqualTo(new Timex("DURATION", "P1W"));

        DurationMention halt = duration("004", "six-week halt");
        assertThat(halt.period()).isEqualTo(Period.ofWeeks(6));
        assertThat(halt.head()).isEqualTo("halt");
        assertThat(halt.timex()).isEqualTo(new Timex("DURATION", "P6W"));

        DurationMention weeks = duration("001", "10 weeks");
        assertThat(weeks.period()).isEqualTo(Period.ofWeeks(10));
        assertThat(weeks.timex()).isEqualTo(new Timex("DURATION", "P10W"));

        // "three-stage plan" in 004 is no duration, and 000 and 003 state none
        assertThat(durations("004")).extracting(DurationMention::text).containsExactly("six-week halt");
        assertThat(durations("000")).isEmpty();
        assertThat(durations("003")).isEmpty();
    }
}

package io.factunit.mention.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.analysis.TextAnalyzer;
import io.factunit.article.Article;
import io.factunit.article.Story;
import io.factunit.article.StoryLoader;
import io.factunit.language.TestLanguage;
import io.factunit.mention.quantity.Quantity.Precision;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Quantities in the five seed articles, as a reader of each sentence would count them. */
class SeedQuantitiesTest {
    private static Story story;
    private static final Map<String, List<QuantityMention>> MENTIONS = new LinkedHashMap<>();

    @BeforeAll
    static void findAll() {
        story = new StoryLoader().load(Path.of("../seeds"));
        QuantityFinder finder = new QuantityFinder(TestLanguage.ENGLISH);
        for (Article article : story.articles()) {
            MENTIONS.put(article.id().substring(0, 3), finder.find(TextAnalyzer.shared().analyze(article, TestLanguage.ANCHORS)));
        }
        assertThat(MENTIONS).containsOnlyKeys("000", "001", "002", "003", "004");
    }

    /** The one mention in an article with this nominal value and head. */
    private static QuantityMention mention(String article, double nominal, String head) {
        List<QuantityMention> matches = MENTIONS.get(article).stream()
                .filter(m -> m.value().nominal() == nominal && head.equals(m.head()))
                .toList();
        assertThat(matches).as("%s: %s %s in %s", article, nominal, head, MENTIONS.get(article)).hasSize(1);
        return matches.get(0);
    }

    @Test
    void everyMentionsTextIsItsSpanOfTheArticle() {
        for (Article article : story.articles()) {
            for (QuantityMention m : MENTIONS.get(article.id().substring(0, 3))) {
                assertThat(m.text()).isEqualTo(article.text().substring(m.start(), m.end()));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void palestinianPrisonersReleased(String article) {
        QuantityMention m = mention(article, 240, "prisoner");
        assertThat(m.text()).isEqualTo("240");
        assertThat(m.value()).isEqualTo(Quantity.exact(240));
        assertThat(m.verb()).isEqualTo("release");
        assertThat(m.modifiers()).containsExactly("palestinian");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void israelisAndOthersReturned(String article) {
        QuantityMention m = mention(article, 100, "israeli");
        assertThat(m.text()).isEqualTo("100 Israelis and others");
        assertThat(m.value()).isEqualTo(new Quantity(100, Double.POSITIVE_INFINITY, 100, Precision.AT_LEAST));
        assertThat(m.verb()).isEqualTo("return");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void deathToll(String article) {
        QuantityMention people = mention(article, 20_000, "people");
        assertThat(people.text()).isEqualTo("nearly 20,000");
        assertThat(people.value().precision()).isEqualTo(Precision.JUST_UNDER);
        assertThat(people.value().low()).isEqualTo(18_000);
        assertThat(people.value().high()).isLessThan(20_000).isGreaterThan(19_999.99);
        assertThat(people.verb()).isEqualTo("kill");

        QuantityMention children = mention(article, 7_729, "child");
        assertThat(children.value()).isEqualTo(Quantity.exact(7_729));
        assertThat(children.verb()).isEqualTo("kill");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void displaced(String article) {
        QuantityMention m = mention(article, 1_900_000, "displaced");
        assertThat(m.text()).isEqualTo("1.9 million");
        assertThat(m.value()).isEqualTo(Quantity.exact(1_900_000));
        assertThat(m.verb()).isEqualTo("leave");
    }

    @Test
    void captivesIn001() {
        QuantityMention taken = mention("001", 240, "captive");
        assertThat(taken.text()).isEqualTo("a total of 240");
        assertThat(taken.value()).isEqualTo(Quantity.exact(240));
        assertThat(taken.verb()).isEqualTo("take");
        assertThat(taken.modifiers()).containsExactly("israeli");

        assertThat(mention("001", 129, "captive").value()).isEqualTo(Quantity.exact(129));

        QuantityMention group = mention("001", 30, "captive");
        assertThat(group.text()).isEqualTo("30-40");
        assertThat(group.value()).isEqualTo(new Quantity(30, 40, 30, Precision.RANGE));
    }

    @Test
    void october7DeathTollIn001() {
        QuantityMention around = MENTIONS.get("001").stream()
                .filter(m -> m.text().equals("around 1,200")).findFirst().orElseThrow();
        assertThat(around.value().precision()).isEqualTo(Precision.APPROXIMATE);
        assertThat(around.value().nominal()).isEqualTo(1_200);
        assertThat(around.value().low()).isLessThan(1_200);
        assertThat(around.value().high()).isGreaterThan(1_200);
        assertThat(around.verb()).isEqualTo("kill");

        QuantityMention exact = mention("001", 1_200, "people");
        assertThat(exact.value()).isEqualTo(Quantity.exact(1_200));
        assertThat(exact.verb()).isEqualTo("kill");
    }

    @Test
    void exchangeIn002() {
        QuantityMention women = mention("002", 240, "woman");
        assertThat(women.alsoCounts()).containsExactly("minor");
        assertThat(women.modifiers()).containsExactly("palestinian");
        assertThat(women.counts("minor")).isTrue();

        QuantityMention hostages = mention("002", 105, "hostage");
        assertThat(hostages.value()).isEqualTo(Quantity.exact(105));
        assertThat(hostages.verb()).isEqualTo("release");
    }

    @Test
    void residentsIn003() {
        QuantityMention m = mention("003", 2_300_000, "resident");
        assertThat(m.text()).isEqualTo("2.3 million");
        assertThat(m.value()).isEqualTo(Quantity.exact(2_300_000));
    }

    @ParameterizedTest(name = "\"{0}\" is a date, not a quantity")
    @ValueSource(strings = {"October 7", "November 24", "December 1", "1 February", "2024"})
    void datesAreNotQuantities(String phrase) {
        assertNoMentionIn(phrase);
    }

    @ParameterizedTest(name = "\"{0}\" is a duration, not a quantity")
    @ValueSource(strings = {"10 weeks", "one-week", "six-week"})
    void durationsAreNotQuantities(String phrase) {
        assertNoMentionIn(phrase);
    }

    @Test
    void noQuantityCountsATimeUnit() {
        Set<String> timeUnits = Set.of("second", "minute", "hour", "day", "week", "month", "year");
        MENTIONS.values().stream().flatMap(List::stream)
                .forEach(m -> assertThat(timeUnits).as(m.toString()).doesNotContain(m.head()));
    }

    /** The phrase occurs in the seeds, and no quantity mention overlaps any occurrence of it. */
    private static void assertNoMentionIn(String phrase) {
        int occurrences = 0;
        for (Article article : story.articles()) {
            String text = article.text();
            for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
                occurrences++;
                int start = at;
                int end = at + phrase.length();
                assertThat(MENTIONS.get(article.id().substring(0, 3)))
                        .as("%s at %s", phrase, article.position(at))
                        .noneMatch(m -> m.start() < end && start < m.end());
            }
        }
        assertThat(occurrences).as("occurrences of %s", phrase).isPositive();
    }
}

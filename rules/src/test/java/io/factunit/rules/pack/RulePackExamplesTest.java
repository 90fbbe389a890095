package io.factunit.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.check.ExampleRunner;
import io.factunit.language.Language;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every {@code examples:} entry of the default pack is a self-test of its check. */
class RulePackExamplesTest {
    private static final RuleSet PACK = new RuleSetLoader().loadClasspathPacks(RulePackExamplesTest.class.getClassLoader());

    @Test
    void packLoadsFromTheClasspath() {
        assertThat(PACK.sources()).containsExactly("factunit/rules/news-counts.yaml",
                "factunit/rules/news-event-dates.yaml", "factunit/rules/news-figures.yaml",
                "factunit/rules/news-names-middle-east.yaml", "factunit/rules/news-people.yaml",
                "factunit/rules/news-time.yaml");
        assertThat(PACK.checks()).extracting(c -> c.id()).contains("prisoners-released-agree", "name-spelling",
                "weekday-matches-date", "truce-length-matches-dates", "event-dates-agree", "figures-agree",
                "figures-not-falling");
    }

    @TestFactory
    Stream<DynamicTest> examplesComeOutAsExpected() {
        return new ExampleRunner(PACK, Language.english()).runAll().stream()
                .map(outcome -> DynamicTest.dynamicTest(outcome.check().id() + ": " + outcome.example().name(),
                        () -> assertThat(outcome.actual()).as(outcome.describe()).isEqualTo(outcome.example().expect())));
    }
}

package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import io.factunit.rules.Severity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Open figures compared as aligned facts: what links two articles' figures, what keeps them apart, and the
 * severity, summary and reason each outcome carries.
 */
class AlignedFiguresTest {
    private static final String RULES = """
            claims:
              - id: figures
                mention: quantity
                open: true
                qualifiers: [head, event]
                align-by: [verb, holder, published]
            checks:
              - id: figures-agree
                kind: agree
                claim: figures
                alignment:
                  - {known: [head, verb, holder], shared-words: 25%, severity: error}
                  - {known: [head, holder], shared-words: 25%, severity: warning}
                  - {known: [head], shared-words: 55%, severity: warning}
                examples:
                  - name: a changed tally
                    articles:
                      - "The Senate passed the bill 219-212 on Tuesday."
                      - "The Senate passed the bill 219-212 after a long debate."
                      - "The Senate passed the bill 212-219 after a long debate."
                    expect: failed
                  - name: two people's figures
                    articles: ["Lawson scored 22 points.", "Green scored 14 points."]
                    expect: skipped
                  - name: two ages in each article, one fact each
                    articles:
                      - "Gary Gomes, 35, was arrested. His mother, Catherine Gomes, 61, was found dead."
                      - "Police arrested Gary Gomes, 35. The body of Catherine Gomes, 61, was found."
                    expect: passed
                  - name: alike sentences that say no verb or holder
                    articles:
                      - "During the raid, six rifles, 12 magazines and about 300 rounds of ammunition were seized."
                      - "During the raid, six rifles, 15 magazines and about 300 rounds of ammunition were seized."
                    expect: failed
                  - name: unlike sentences that say no verb or holder
                    articles:
                      - "The raid turned up 12 magazines in a house."
                      - "Police later found 15 magazines hidden under a bridge."
                    expect: skipped
                  - name: two figures of one sentence are two facts
                    articles:
                      - "He was charged with one count of murder and three counts of homicide."
                      - "He was charged with three counts of homicide."
                    expect: passed
                  - name: one hedge, two numbers
                    articles:
                      - "INS Mysore was about 13 nautical miles away from the vessel."
                      - "INS Mysore was about 14 nautical miles away from the vessel."
                    expect: failed
                  - name: two hedges, one number
                    articles:
                      - "Damage to the church was estimated at $1 million, officials said."
                      - "Damage to the church was estimated at more than $1 million, officials said."
                    expect: passed
                  - name: another day, another count
                    articles:
                      - {text: "The fire destroyed 40 homes, officials said.", published: 2024-03-01}
                      - {text: "The fire destroyed 55 homes, officials said.", published: 2024-03-02}
                    expect: skipped
                  - name: two people's figures in two wordings stay apart
                    articles:
                      - "Blackmore is charged with marrying 20 women, while Oler is accused of marrying two women."
                      - "Blackmore is alleged to be married to 20 women, while Oler is married to two women."
                    expect: skipped
              - id: figures-not-falling
                kind: not-decreasing
                claim: figures
                severity: warning
                alignment:
                  - {known: [head, verb, holder], shared-words: 25%, severity: warning}
                  - {known: [head], shared-words: 55%, severity: warning}
                examples:
                  - name: a count that falls a day later
                    articles:
                      - {text: "The fire destroyed 40 homes, officials said.", published: 2024-03-01}
                      - {text: "The fire destroyed 30 homes, officials said.", published: 2024-03-02}
                    expect: failed
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("figures.yaml", RULES);

    @TestFactory
    Stream<DynamicTest> eachExampleComesOutAsItSays() {
        return new ExampleRunner(RULE_SET, TestLanguage.ENGLISH).runAll().stream()
                .map(outcome -> DynamicTest.dynamicTest(outcome.check().id() + ": " + outcome.example().name(),
                        () -> assertThat(outcome.actual()).as(outcome.describe()).isEqualTo(outcome.example().expect())));
    }

    @Test
    void aChangedTallyIsAnErrorAtTheOutlier() {
        CheckResult result = failed("figures-agree", 0);
        assertThat(result.summary()).isEqualTo("219-212 in 2 articles, but 212-219 in example-3");
        assertThat(result.severity()).isEqualTo(Severity.ERROR);
        assertThat(result.outlier().articleId()).isEqualTo("example-3");
        assertThat(result.message()).contains("Aligned by head=tally, event=none, verb=pass, holder=senate;"
                + " the sentences share 100% of their words.");
    }

    @Test
    void aFigureTheSentencesGiveNoVerbOrHolderIsAWarningWhenWordedAlike() {
        CheckResult result = failed("figures-agree", 3);
        assertThat(result.summary()).isEqualTo("12 in example-1 but 15 in example-2");
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void theSameHedgeWithTwoNumbersDisagrees() {
        assertThat(failed("figures-agree", 6).summary()).isEqualTo("about 13 in example-1 but about 14 in example-2");
    }

    @Test
    void skipsSayWhy() {
        assertThat(summaries("figures-agree", 1, Status.SKIPPED)).containsExactly("14: skipped, no two articles"
                + " state it alike (example-1, example-2 each state a figure the others do not align with)");
        assertThat(summaries("figures-agree", 4, Status.SKIPPED)).containsExactly("12: skipped, no two articles"
                + " state it alike (example-1, example-2 each state a figure the others do not align with)");
        assertThat(summaries("figures-agree", 8, Status.SKIPPED)).containsExactly("40: skipped, no two articles"
                + " state it alike (example-1, example-2 each state a figure the others do not align with)");
    }

    @Test
    void twoPeoplesAgesAreTwoFacts() {
        assertThat(summaries("figures-agree", 2, Status.PASSED)).containsExactly("35 in 2 articles; 61 in 2 articles");
    }

    @Test
    void aFallFromOneDayToTheNextIsAWarning() {
        CheckResult result = failed("figures-not-falling", 0);
        assertThat(result.summary()).isEqualTo("40 on 2024-03-01 (example-1) fell to 30 on 2024-03-02 (example-2)");
        assertThat(result.severity()).isEqualTo(Severity.WARNING);
    }

    private static CheckResult failed(String checkId, int example) {
        List<CheckResult> failed = results(checkId, example).stream().filter(r -> r.status() == Status.FAILED).toList();
        assertThat(failed).hasSize(1);
        return failed.get(0);
    }

    private static List<String> summaries(String checkId, int example, Status status) {
        return results(checkId, example).stream().filter(r -> r.status() == status).map(CheckResult::summary).toList();
    }

    private static List<CheckResult> results(String checkId, int example) {
        var check = RULE_SET.check(checkId).orElseThrow();
        return new ExampleRunner(RULE_SET, TestLanguage.ENGLISH).run(check, check.examples().get(example)).results();
    }
}

package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.mention.MentionFinders;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check kind on tiny articles, through the whole pipeline (analysis, mentions, claims, Drools): each
 * kind's examples below must come out as they say, and the wording of what they report is exact.
 */
class CheckKindsTest {
    private static final String RULES = """
            claims:
              - {id: killed, mention: quantity, head: [people, civilian], verb: [kill, die]}
              - {id: children, mention: quantity, head: [child], verb: [kill, die]}
              - {id: women, mention: quantity, head: [woman], verb: [kill, die]}
              - {id: arrival, mention: date, context: [arrive]}
              - {id: departure, mention: date, context: [leave, depart]}
              - {id: quotes, mention: quote}
            checks:
              - id: children-within
                kind: at-most
                part: children
                whole: killed
                examples:
                  - articles: ["The strike killed 12 people, including 5 children."]
                    expect: passed
                  - articles: ["The strike killed 12 people.", "The strike killed 15 children."]
                    expect: failed
              - id: parts-add-up
                kind: sum
                parts: [children, women]
                total: killed
                examples:
                  - articles: ["The strike killed 12 people. It killed 5 children. It killed 4 women."]
                    expect: passed
                  - articles: ["The strike killed 12 people. It killed 9 children. It killed 6 women."]
                    expect: failed
              - id: arrive-before-leaving
                kind: date-order
                before: arrival
                after: departure
                examples:
                  - articles: [{text: "He will arrive on March 3.\\nHe will leave on March 5.", published: 2024-03-01}]
                    expect: passed
                  - articles: [{text: "He will arrive on March 7.\\nHe will leave on March 5.", published: 2024-03-01}]
                    expect: failed
                  - articles: ["He will arrive on March 7.\\nHe will leave on March 5."]
                    expect: skipped
              - id: one-speaker
                kind: same-quote
                claim: quotes
                examples:
                  - articles:
                      - "\\"We will not play this game,\\" said Ghazi Hamad."
                      - "\\"We will not play this game,\\" Ghazi Hamad told reporters."
                    expect: passed
                  - articles:
                      - "\\"We will not play this game,\\" said Ghazi Hamad."
                      - "\\"We will not play this game,\\" said Ismail Haniyeh."
                    expect: failed
              - id: one-wording
                kind: quote-wording
                claim: quotes
                examples:
                  - articles:
                      - "\\"We will never accept a deal that leaves our people behind,\\" said Ghazi Hamad."
                      - "\\"We'll never accept a deal … that leaves our people behind,\\" Hamad said."
                    expect: passed
                  - articles:
                      - "\\"We will never accept a deal that leaves our people behind,\\" said Ghazi Hamad."
                      - "\\"We will not accept a deal that leaves our people behind,\\" said Ghazi Hamad."
                      - "\\"We will never accept a deal that leaves our people behind,\\" Hamad said."
                    expect: failed
                  - articles:
                      - "\\"We will never accept a deal that leaves our people behind,\\" said Ghazi Hamad."
                      - "\\"Gaza needs water, fuel and medicine before the winter comes,\\" said Ghazi Hamad."
                    expect: skipped
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("kinds.yaml", RULES);

    @TestFactory
    Stream<DynamicTest> everyKindComesOutAsItsExamplesSay() {
        return new ExampleRunner(RULE_SET, TestLanguage.ENGLISH).runAll().stream()
                .map(outcome -> DynamicTest.dynamicTest(outcome.check().id() + ": " + outcome.example().expect(),
                        () -> assertThat(outcome.actual()).as(outcome.describe()).isEqualTo(outcome.example().expect())));
    }

    @Test
    void failuresSayWhatIsWrong() {
        assertThat(summaries("children-within", 1)).containsExactly("15 (example-2) exceeds 12 (example-1)");
        assertThat(summaries("parts-add-up", 1))
                .containsExactly("parts add up to 15, more than the total 12 in example-1");
        assertThat(summaries("arrive-before-leaving", 1))
                .containsExactly("March 7 (2024-03-07) comes after March 5 (2024-03-05) in example-1");
        assertThat(summaries("one-speaker", 1))
                .containsExactly("“We will not play this game” is attributed to Ghazi Hamad and Ismail Haniyeh");
        assertThat(summaries("one-wording", 1)).containsExactly("We will [never → not] accept a deal …");
    }

    @Test
    void aMisquoteCitesBothQuotesAndTheMostCommonWording() {
        ExampleRunner runner = new ExampleRunner(RULE_SET, TestLanguage.ENGLISH);
        var check = RULE_SET.check("one-wording").orElseThrow();
        CheckResult failed = runner.run(check, check.examples().get(1)).results().get(0);
        assertThat(failed.message()).isEqualTo("""
                one-wording: one quotation, different words:
                  We will [never → not] accept a deal …
                    “We will never accept a deal that leaves our people behind” at kinds.yaml#one-wording/example-1:1:1
                      "\"We will never accept a deal that leaves our people behind,\" said Ghazi Hamad."
                    “We will not accept a deal that leaves our people behind” at kinds.yaml#one-wording/example-2:1:1
                      "\"We will not accept a deal that leaves our people behind,\" said Ghazi Hamad."
                  most common wording (2 of 3 articles): “We will never accept a deal that leaves our people behind”
                  also quoted in:
                    “We will never accept a deal that leaves our people behind” at kinds.yaml#one-wording/example-3:1:1""");
        assertThat(failed.expected()).isEqualTo("We will never accept a deal that leaves our people behind");
        assertThat(failed.actual()).isEqualTo("We will not accept a deal that leaves our people behind");
        assertThat(failed.outlier().articleId()).isEqualTo("example-2");
    }

    private static List<String> summaries(String checkId, int example) {
        ExampleRunner runner = new ExampleRunner(RULE_SET, TestLanguage.ENGLISH);
        var check = RULE_SET.check(checkId).orElseThrow();
        return runner.run(check, check.examples().get(example)).results().stream()
                .filter(r -> r.status() == Status.FAILED).map(CheckResult::summary).toList();
    }
}

package io.factunit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.factunit.language.TestLanguage;
import io.factunit.rules.RuleSet;
import io.factunit.rules.RuleSetLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The claim options that decide what a count of people is, through the whole pipeline: {@code bare} (a number
 * with no noun stands for the heads), {@code unless-modifier} (a count marked as a part added to another), and
 * a part of a group ("two of the dead"), which a claim named by its noun alone does not take.
 */
class ClaimOptionsTest {
    private static final String RULES = """
            claims:
              - {id: killed, mention: quantity, head: [people], verb: [kill, die]}
              - {id: killed-bare, mention: quantity, head: [people], bare: true, verb: [kill, die]}
              - {id: killed-whole, mention: quantity, head: [people], verb: [kill, die], unless-modifier: [other, more]}
              - {id: dead, mention: quantity, head: [dead]}
            checks:
              - id: only-with-a-noun
                kind: agree
                claim: killed
                examples:
                  - articles: ["Twelve were killed.", "Fifteen were killed."]
                    expect: skipped
              - id: bare-numbers-too
                kind: agree
                claim: killed-bare
                examples:
                  - articles: ["Twelve were killed.", "Fifteen were killed."]
                    expect: failed
                  - articles: ["The blast killed 12.", "Twelve people died in the blast."]
                    expect: passed
                  - articles: ["The blast killed 12 goats.", "Twelve people died in the blast."]
                    expect: skipped
              - id: parts-added-apart
                kind: agree
                claim: killed-whole
                examples:
                  - articles: ["The fire killed 12 people.", "Three other people died in the fire."]
                    expect: skipped
                  - articles: ["The fire killed 12 people.", "Three more people died in the fire."]
                    expect: skipped
                  - articles: ["The fire killed 12 people.", "The fire killed three people."]
                    expect: failed
              - id: a-part-is-not-the-dead
                kind: agree
                claim: dead
                examples:
                  - articles: ["The blast left 12 dead.", "The blast left 12 dead. Two of the dead were children."]
                    expect: passed
                  - articles: ["The blast left 12 dead.", "The blast left 15 dead."]
                    expect: failed
            """;
    private static final RuleSet RULE_SET = new RuleSetLoader().parse("options.yaml", RULES);

    @TestFactory
    Stream<DynamicTest> eachOptionComesOutAsItsExamplesSay() {
        return new ExampleRunner(RULE_SET, TestLanguage.ENGLISH).runAll().stream()
                .map(outcome -> DynamicTest.dynamicTest(outcome.check().id() + ": " + outcome.example().articles(),
                        () -> assertThat(outcome.actual()).as(outcome.describe()).isEqualTo(outcome.example().expect())));
    }
}

package io.factunit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/** The examples: of rule files the user names run as tests beside the stories. */
class RuleExamplesTest {
    static final String EXAMPLES = """
                examples:
                  - name: a changed count
                    articles: ["Israel released 240 Palestinian prisoners.", "Israel released 250 Palestinian prisoners."]
                    expect: failed
                  - name: a wrong expectation
                    articles: ["Israel released 240 Palestinian prisoners.", "Israel released 240 Palestinian prisoners."]
                    expect: failed
            """;

    @TempDir
    Path tmp;
    Path rules;
    Path story;

    @BeforeEach
    void rulesWithExamples() {
        Newsroom newsroom = new Newsroom(tmp);
        story = newsroom.agreed();
        rules = Newsroom.write(tmp.resolve("examples.yaml"), Newsroom.RULES.replace("    tags: [prisoners]\n",
                "    tags: [prisoners]\n" + EXAMPLES));
    }

    @Test
    void eachExampleIsATestPointingAtItsEntry() {
        TestDescriptor engine = EngineTestKit.engine("factunit").configurationParameter("factunit.rules", rules.toString())
                .selectors(selectDirectory(story.toFile())).discover().getEngineDescriptor();
        TestDescriptor examples = engine.getChildren().stream().filter(d -> d.getDisplayName().equals("rule examples"))
                .findFirst().orElseThrow();
        assertThat(examples.getUniqueId()).isEqualTo(UniqueId.forEngine("factunit").append("examples", "rules"));
        assertThat(examples.getChildren()).extracting(TestDescriptor::getDisplayName).containsExactly(
                "prisoner counts must match: a changed count (expect failed)",
                "prisoner counts must match: a wrong expectation (expect failed)");
        assertThat(examples.getChildren().iterator().next().getSource())
                .contains(FileSource.from(rules.toFile(), FilePosition.from(22, 9)));
    }

    @Test
    void anExampleThatDoesNotComeOutAsExpectedFails() {
        EngineExecutionResults results = run(selectDirectory(story.toFile()));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("prisoner counts must match: a changed count (expect failed)"),
                        finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("prisoner counts must match: a wrong expectation (expect failed)"),
                        finishedWithFailure(message(m -> m.startsWith("rule example failed: prisoners-released-agree"
                                + " / a wrong expectation (" + rules + ":25:9): expected failed, got passed\n"
                                + "  passed: 240 in 2 articles")))));
        AssertionFailedError error = (AssertionFailedError) results.testEvents().failed().list().get(0)
                .getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
        assertThat(error.getExpected().getStringRepresentation()).isEqualTo("failed");
        assertThat(error.getActual().getStringRepresentation()).isEqualTo("passed");
    }

    @Test
    void oneExampleRerunsByItsUniqueId() {
        UniqueId id = UniqueId.forEngine("factunit").append("examples", "rules")
                .append("example", "prisoners-released-agree/a wrong expectation");
        EngineExecutionResults results = run(selectUniqueId(id));
        results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(results.testEvents().started().list().get(0).getTestDescriptor().getUniqueId()).isEqualTo(id);
    }

    @Test
    void withoutRulesTheStoryFailsSayingWhereRulesComeFrom() {
        // the engine module's own classpath has no rule pack
        EngineTestKit.engine("factunit").selectors(selectDirectory(story.toFile())).execute().testEvents()
                .assertThatEvents().haveExactly(1, event(test(), displayName("agreed"), finishedWithFailure(message(
                        "no rules: add the io.factunit:factunit-rules dependency for the default news pack, put rule"
                                + " files in src/test/resources/factunit/rules/, or name them in @FactCheck(rules = ...)"
                                + " or factunit.rules"))));
    }

    private EngineExecutionResults run(DiscoverySelector selector) {
        return EngineTestKit.engine("factunit").configurationParameter("factunit.rules", rules.toString())
                .selectors(selector).execute();
    }
}
